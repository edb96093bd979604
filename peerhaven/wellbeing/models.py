"""A member's private wellbeing records.

Everything here belongs to the member alone: no other member, facilitator,
moderator or staff account reads it through pages, the admin or exports
(these models are deliberately not registered in the admin). What a member
writes in their own words (journal entries, mood notes) is sealed with
AES-GCM before it reaches the database (see crypto.py).
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

EARLIEST_DAY = date(1900, 1, 1)

# Bit i of MoodCheckIn.emotions is EMOTIONS[i]: append only, never reorder or remove.
EMOTIONS = (
    ("joyful", _("joyful")),
    ("content", _("content")),
    ("calm", _("calm")),
    ("grateful", _("grateful")),
    ("hopeful", _("hopeful")),
    ("proud", _("proud")),
    ("loved", _("loved")),
    ("relieved", _("relieved")),
    ("energetic", _("energetic")),
    ("confident", _("confident")),
    ("curious", _("curious")),
    ("peaceful", _("peaceful")),
    ("sad", _("sad")),
    ("lonely", _("lonely")),
    ("anxious", _("anxious")),
    ("worried", _("worried")),
    ("stressed", _("stressed")),
    ("overwhelmed", _("overwhelmed")),
    ("angry", _("angry")),
    ("irritable", _("irritable")),
    ("frustrated", _("frustrated")),
    ("ashamed", _("ashamed")),
    ("guilty", _("guilty")),
    ("afraid", _("afraid")),
    ("numb", _("numb")),
    ("tired", _("tired")),
    ("restless", _("restless")),
    ("hopeless", _("hopeless")),
    ("empty", _("empty")),
    ("disappointed", _("disappointed")),
)
EMOTION_CODES = tuple(code for code, _label in EMOTIONS)
EMOTION_LABELS = dict(EMOTIONS)
ALL_EMOTIONS_MASK = (1 << len(EMOTIONS)) - 1

MOOD_LABELS = {
    1: _("Very low"),
    2: _("Low"),
    3: _("Okay"),
    4: _("Good"),
    5: _("Very good"),
}
ENERGY_LABELS = {
    1: pgettext_lazy("energy", "Very low"),
    2: pgettext_lazy("energy", "Low"),
    3: pgettext_lazy("energy", "Some"),
    4: pgettext_lazy("energy", "Good"),
    5: pgettext_lazy("energy", "High"),
}


def emotions_to_mask(codes) -> int:
    mask = 0
    for code in codes:
        mask |= 1 << EMOTION_CODES.index(code)
    return mask


def mask_to_emotions(mask: int) -> list[str]:
    return [code for index, code in enumerate(EMOTION_CODES) if mask >> index & 1]


class Preferences(models.Model):
    """How and when a member wants to be reminded; created on first save."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wellbeing_preferences"
    )
    mood_prompt = models.BooleanField(_("remind me to check in once a day"), default=False)
    mood_prompt_time = models.TimeField(_("at (your time)"), null=True, blank=True)
    # When the next daily prompt is due (UTC); the periodic task claims it by moving it on.
    next_mood_prompt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    reminder_email = models.BooleanField(
        _("also send my reminders by email"),
        default=False,
        help_text=_("Emails never say how you feel or what you wrote."),
    )
    name_activities = models.BooleanField(
        _("reminders may name the self-care activity"),
        default=False,
        help_text=_("Off: a reminder only says that something in your plan is due."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"wellbeing preferences of {self.user_id}"


class MoodCheckIn(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The member's own calendar day (in their time zone) the check-in is about.
    day = models.DateField()
    mood = models.PositiveSmallIntegerField()
    emotions = models.PositiveBigIntegerField(default=0)  # bit mask over EMOTIONS
    energy = models.PositiveSmallIntegerField(null=True, blank=True)
    sleep_hours = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True)
    # The optional note, sealed (crypto.py); empty key id when there is no note.
    note_ciphertext = models.BinaryField(null=True, blank=True)
    note_key_id = models.CharField(max_length=16, blank=True, default="", db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-day", "-created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(mood__gte=1, mood__lte=5), name="mood_1_to_5"),
            models.CheckConstraint(
                condition=Q(energy__isnull=True) | Q(energy__gte=1, energy__lte=5),
                name="mood_energy_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(sleep_hours__isnull=True) | Q(sleep_hours__gte=0, sleep_hours__lte=24),
                name="mood_sleep_0_to_24",
            ),
            models.CheckConstraint(
                condition=Q(emotions__gte=0, emotions__lte=ALL_EMOTIONS_MASK),
                name="mood_emotions_known",
            ),
            models.CheckConstraint(condition=Q(day__gte=EARLIEST_DAY), name="mood_day_after_1900"),
        ]

    def __str__(self) -> str:
        return f"check-in {self.pk} of {self.user_id}"

    @property
    def emotion_codes(self) -> list[str]:
        return mask_to_emotions(self.emotions)

    @property
    def emotion_labels(self) -> list[str]:
        return [EMOTION_LABELS[code] for code in self.emotion_codes]

    @property
    def mood_label(self) -> str:
        return MOOD_LABELS.get(self.mood, "")

    @property
    def energy_label(self) -> str:
        return ENERGY_LABELS.get(self.energy, "") if self.energy else ""


class MeetingCheckIn(models.Model):
    """A mood check-in right before or right after one meeting."""

    class Phase(models.TextChoices):
        BEFORE = "before", _("Before the meeting")
        AFTER = "after", _("After the meeting")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    occurrence = models.ForeignKey(
        "meetings.Occurrence", on_delete=models.CASCADE, related_name="+"
    )
    phase = models.CharField(max_length=6, choices=Phase.choices)
    mood = models.PositiveSmallIntegerField()
    # Only meaningful after the meeting: the member lets their before→after change count,
    # without their name, in the group's average (shown from 5 members up).
    shared = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "occurrence", "phase"], name="meeting_checkin_once"
            ),
            models.CheckConstraint(
                condition=Q(mood__gte=1, mood__lte=5), name="meeting_mood_1_to_5"
            ),
            models.CheckConstraint(
                condition=Q(phase__in=["before", "after"]), name="meeting_checkin_phase"
            ),
        ]
        indexes = [models.Index(fields=["occurrence", "phase", "shared"])]

    def __str__(self) -> str:
        return f"{self.phase} check-in of {self.user_id} for {self.occurrence_id}"


class JournalEntry(models.Model):
    class Prompt(models.TextChoices):
        NONE = "", _("No prompt")
        HELPED = "helped", _("What helped today?")
        GRATEFUL = "grateful", _("What am I grateful for?")
        PROUD = "proud", _("What am I proud of, even if it is small?")
        NEEDED = "needed", _("What do I need right now?")
        TOMORROW = "tomorrow", _("What would make tomorrow a little easier?")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    prompt = models.CharField(max_length=20, choices=Prompt.choices, blank=True, default="")
    # Title and text together, sealed (crypto.py); never stored in the clear.
    ciphertext = models.BinaryField()
    key_id = models.CharField(max_length=16, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-day", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(day__gte=EARLIEST_DAY), name="journal_day_after_1900"
            ),
        ]

    def __str__(self) -> str:
        return f"journal entry {self.pk} of {self.user_id}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("wellbeing:journal_entry", args=[self.pk])


class SelfCheck(models.Model):
    """A PHQ-9 or GAD-7 taken by the member for themselves (a self-check, not a diagnosis)."""

    class Kind(models.TextChoices):
        PHQ9 = "phq9", "PHQ-9"
        GAD7 = "gad7", "GAD-7"

    class SafetyResponse(models.TextChoices):
        NONE = "", ""
        SAFE = "safe", _("I'm safe right now")
        REACH_OUT = "reach_out", _("Asked a facilitator to reach out")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    answers = models.JSONField()  # one 0–3 per item, in the questionnaire's order
    difficulty = models.PositiveSmallIntegerField(null=True, blank=True)
    score = models.PositiveSmallIntegerField()
    safety_response = models.CharField(
        max_length=10, choices=SafetyResponse.choices, blank=True, default=""
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "kind", "-created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["phq9", "gad7"]), name="selfcheck_kind"),
            models.CheckConstraint(
                condition=Q(kind="phq9", score__lte=27) | Q(kind="gad7", score__lte=21),
                name="selfcheck_score_in_range",
            ),
            models.CheckConstraint(
                condition=Q(difficulty__isnull=True) | Q(difficulty__lte=3),
                name="selfcheck_difficulty_0_to_3",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk} of {self.user_id}"

    @property
    def questionnaire(self):
        from peerhaven.wellbeing.selfchecks import QUESTIONNAIRES

        return QUESTIONNAIRES[self.kind]

    @property
    def band(self):
        return self.questionnaire.band_for(self.score)

    @property
    def needs_crisis_panel(self) -> bool:
        return self.questionnaire.needs_crisis_panel(self.answers)


class ReachOutRequest(models.Model):
    """A member asked a facilitator to reach out (from the self-check crisis panel).

    Recorded here until the safety app's crisis response reads and routes it;
    it carries who asked and which group they chose, never their answers or score.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=20, default="phq9_item9")
    created_at = models.DateTimeField(default=timezone.now)
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["handled_at", "created_at"])]

    def __str__(self) -> str:
        return f"reach-out request {self.pk} of {self.user_id}"


WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
EVERY_DAY = 0b1111111


class SelfCareActivity(models.Model):
    class Suggestion(models.TextChoices):
        CUSTOM = "", _("Something of my own")
        WALK = "walk", _("Go for a walk")
        CALL = "call", _("Call a friend")
        SLEEP = "sleep", _("Sleep routine")
        BREATHING = "breathing", _("Breathing exercise")
        MEAL = "meal", _("Eat a meal")
        MEDICATION = "medication", _("Take my medication")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("activity"), max_length=80)
    suggestion = models.CharField(max_length=20, choices=Suggestion.choices, blank=True)
    weekdays = models.PositiveSmallIntegerField(default=EVERY_DAY)  # bit 0 = Monday
    times = models.JSONField(default=list, blank=True)  # ["08:00", "20:30"], the member's time
    remind = models.BooleanField(_("remind me"), default=True)
    # When the next reminder is due (UTC); the periodic task claims it by moving it on.
    next_reminder_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weekdays__gte=1, weekdays__lte=EVERY_DAY),
                name="selfcare_some_weekday",
            ),
        ]

    def __str__(self) -> str:
        return f"self-care activity {self.pk} of {self.user_id}"

    def scheduled_on(self, day: date) -> bool:
        return bool(self.weekdays >> day.weekday() & 1)

    @property
    def weekday_list(self) -> list[int]:
        return [index for index in range(7) if self.weekdays >> index & 1]

    @property
    def schedule_label(self) -> str:
        if self.weekdays == EVERY_DAY:
            days = str(_("Every day"))
        else:
            days = ", ".join(str(WEEKDAY_NAMES[index]) for index in self.weekday_list)
        return f"{days} · {', '.join(self.times)}" if self.times else days


class SelfCareDone(models.Model):
    activity = models.ForeignKey(SelfCareActivity, on_delete=models.CASCADE, related_name="done")
    day = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["activity", "day"], name="selfcare_once")]
        indexes = [models.Index(fields=["activity", "-day"])]

    def __str__(self) -> str:
        return f"{self.activity_id} done on {self.day}"


class Milestone(models.Model):
    class Kind(models.TextChoices):
        SOBER = "sober", _("Sober since")
        SELF_HARM_FREE = "self_harm_free", _("Self-harm free since")
        SMOKE_FREE = "smoke_free", _("Smoke free since")
        GAMBLING_FREE = "gambling_free", _("Gambling free since")
        CUSTOM = "custom", _("Something of my own")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("counter"), max_length=20, choices=Kind.choices)
    label = models.CharField(_("your own words"), max_length=80, blank=True)
    since = models.DateField(_("since"))
    # The largest celebration (in days) the member has already seen.
    celebrated_days = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(since__gte=EARLIEST_DAY), name="milestone_since_after_1900"
            ),
        ]

    def __str__(self) -> str:
        return f"milestone {self.pk} of {self.user_id}"

    @property
    def title(self) -> str:
        if self.kind == self.Kind.CUSTOM and self.label:
            return self.label
        return str(self.get_kind_display())


class Reminder(models.Model):
    """An in-app reminder (the daily check-in prompt or a self-care reminder).

    Like notifications it carries a kind and what to link to, never a mood or
    what the member wrote.
    """

    class Kind(models.TextChoices):
        CHECK_IN = "check_in", _("Your daily check-in is ready when you are.")
        SELF_CARE = "self_care", _("Something in your self-care plan is due.")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    activity = models.ForeignKey(
        SelfCareActivity, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "seen_at", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} reminder {self.pk} for {self.user_id}"

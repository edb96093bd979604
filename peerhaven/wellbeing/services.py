"""Every write about a member's wellbeing. Each one acts for the member on their own data only."""

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check
from peerhaven.groups.models import Group, Membership
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import mark_read_where, notify
from peerhaven.wellbeing import crypto, schedule
from peerhaven.wellbeing.models import (
    EARLIEST_DAY,
    EMOTION_CODES,
    EVERY_DAY,
    JournalEntry,
    MeetingCheckIn,
    Milestone,
    MoodCheckIn,
    Preferences,
    ReachOutRequest,
    Reminder,
    SelfCareActivity,
    SelfCareDone,
    SelfCheck,
    emotions_to_mask,
)
from peerhaven.wellbeing.selfchecks import QUESTIONNAIRES

NOTE_MAX = 1000
TITLE_MAX = 200
JOURNAL_MAX = 50_000
SHARE_WORDS_MAX = 2_000
MAX_TIMES = 3
# Before/after check-ins for a meeting: "before" opens this long before the start,
# "after" closes this long after the end (and the group's average only shows then).
CHECKIN_OPENS_BEFORE = timedelta(hours=2)
CHECKIN_CLOSES_AFTER = timedelta(hours=6)
# A reminder that comes due while no worker ran is dropped after this long, not sent late.
LATE_REMINDER = timedelta(hours=2)

JOURNAL_PURPOSE = "journal"
NOTE_PURPOSE = "mood-note"


def _require_owner(actor, obj) -> None:
    # Another member's record is the same 404 as one that does not exist.
    if obj is None or obj.user_id != actor.pk:
        raise Http404("No such record")


def _check_day(actor, day: date | None, *, what: str) -> date:
    today = schedule.local_today(actor.zone)
    if day is None:
        return today
    if day > today:
        raise ActionRefused(
            _("%(what)s cannot be in the future. Choose today or an earlier day.") % {"what": what},
            code="future_day",
        )
    if day < EARLIEST_DAY:
        raise ActionRefused(
            _("%(what)s must be in 1900 or later.") % {"what": what}, code="day_before_1900"
        )
    return day


def _check_mood(mood) -> int:
    if not isinstance(mood, int) or isinstance(mood, bool) or not 1 <= mood <= 5:
        raise ActionRefused(
            _("Choose how you feel from 1 (very low) to 5 (very good)."), code="mood_range"
        )
    return mood


# --- preferences ------------------------------------------------------------------


def preferences_of(user) -> Preferences:
    return Preferences.objects.filter(user=user).first() or Preferences(user=user)


@transaction.atomic
def save_preferences(*, actor, data: dict[str, Any]) -> Preferences:
    prefs = Preferences.objects.select_for_update().filter(user=actor).first()
    prefs = prefs or Preferences(user=actor)
    prefs.mood_prompt = bool(data.get("mood_prompt"))
    prefs.mood_prompt_time = data.get("mood_prompt_time")
    if prefs.mood_prompt and prefs.mood_prompt_time is None:
        raise ActionRefused(
            _("Choose a time for your daily reminder, or turn it off."), code="prompt_time"
        )
    prefs.reminder_email = bool(data.get("reminder_email"))
    prefs.name_activities = bool(data.get("name_activities"))
    prefs.next_mood_prompt_at = (
        schedule.next_daily(prefs.mood_prompt_time, actor.zone, timezone.now())
        if prefs.mood_prompt
        else None
    )
    prefs.save()
    return prefs


# --- mood -------------------------------------------------------------------------


def _seal_note(actor, note: str) -> tuple[bytes | None, str]:
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ActionRefused(
            _("A note can be at most %(max)s characters.") % {"max": f"{NOTE_MAX:,}"},
            code="note_too_long",
        )
    if not note:
        return None, ""
    return crypto.seal(note, purpose=NOTE_PURPOSE, user_id=actor.pk)


@transaction.atomic
def record_mood(
    *,
    actor,
    mood: int,
    emotions: list[str] | tuple[str, ...] = (),
    energy: int | None = None,
    sleep_hours: Decimal | float | str | None = None,
    note: str = "",
    day: date | None = None,
) -> MoodCheckIn:
    mood = _check_mood(mood)
    unknown = [code for code in emotions if code not in EMOTION_CODES]
    if unknown:
        raise ActionRefused(
            _("“%(emotion)s” is not one of the emotions on the list.") % {"emotion": unknown[0]},
            code="unknown_emotion",
        )
    if energy is not None and (not isinstance(energy, int) or not 1 <= energy <= 5):
        raise ActionRefused(_("Choose your energy from 1 to 5."), code="energy_range")
    if sleep_hours is not None and sleep_hours != "":
        try:
            sleep_hours = Decimal(str(sleep_hours)).quantize(Decimal("0.1"))
        except InvalidOperation:
            raise ActionRefused(_("Sleep is a number of hours."), code="sleep_range") from None
        if not Decimal(0) <= sleep_hours <= Decimal(24):
            raise ActionRefused(_("Sleep is between 0 and 24 hours a night."), code="sleep_range")
    else:
        sleep_hours = None
    day = _check_day(actor, day, what=_("The day of a check-in"))
    cipher, key_id = _seal_note(actor, note)
    checkin = MoodCheckIn.objects.create(
        user=actor,
        day=day,
        mood=mood,
        emotions=emotions_to_mask(set(emotions)),
        energy=energy,
        sleep_hours=sleep_hours,
        note_ciphertext=cipher,
        note_key_id=key_id,
    )
    # The day's prompt has done its job, here and in the bell.
    Reminder.objects.filter(user=actor, kind=Reminder.Kind.CHECK_IN, seen_at=None).update(
        seen_at=timezone.now()
    )
    mark_read_where(user=actor, kind=Notification.Kind.CHECK_IN_PROMPT)
    return checkin


@transaction.atomic
def delete_mood(*, actor, checkin: MoodCheckIn) -> None:
    _require_owner(actor, checkin)
    checkin.delete()


# --- before and after meetings ------------------------------------------------------


def checkin_window(occurrence, phase: str) -> tuple[datetime, datetime]:
    if phase == MeetingCheckIn.Phase.BEFORE:
        return occurrence.start - CHECKIN_OPENS_BEFORE, occurrence.end
    return occurrence.start, occurrence.end + CHECKIN_CLOSES_AFTER


@transaction.atomic
def check_in_for_meeting(
    *, actor, occurrence, phase: str, mood: int, shared: bool = False
) -> MeetingCheckIn:
    check(actor, occurrence.group, need=Need.MEMBER)
    if phase not in MeetingCheckIn.Phase.values:
        raise ActionRefused(_("Choose before or after the meeting."), code="bad_phase")
    mood = _check_mood(mood)
    if occurrence.cancelled:
        raise ActionRefused(_("This meeting was cancelled."), code="cancelled")
    opens, closes = checkin_window(occurrence, phase)
    now = timezone.now()
    if not opens <= now <= closes:
        if now >= opens:
            text = _("The check-in for this meeting has closed.")
        elif phase == MeetingCheckIn.Phase.BEFORE:
            text = _("The before-meeting check-in opens two hours before the start.")
        else:
            text = _("The after-meeting check-in opens when the meeting starts.")
        raise ActionRefused(text, code="window")
    record, _created = MeetingCheckIn.objects.update_or_create(
        user=actor,
        occurrence=occurrence,
        phase=phase,
        defaults={
            "mood": mood,
            "shared": bool(shared) and phase == MeetingCheckIn.Phase.AFTER,
            "created_at": now,
        },
    )
    return record


# --- journal ----------------------------------------------------------------------


def _journal_payload(actor, title: str, body: str) -> tuple[bytes, str]:
    title = (title or "").strip()
    body = (body or "").strip()
    if not body:
        raise ActionRefused(_("Write something first."), code="empty")
    if len(title) > TITLE_MAX:
        raise ActionRefused(
            _("A title can be at most %(max)s characters.") % {"max": TITLE_MAX},
            code="title_too_long",
        )
    if len(body) > JOURNAL_MAX:
        raise ActionRefused(
            _("A journal entry can be at most %(max)s characters; this one has %(count)s.")
            % {"max": f"{JOURNAL_MAX:,}", "count": f"{len(body):,}"},
            code="too_long",
        )
    payload = json.dumps({"title": title, "body": body}, ensure_ascii=False)
    return crypto.seal(payload, purpose=JOURNAL_PURPOSE, user_id=actor.pk)


def _check_prompt(prompt: str) -> str:
    if prompt not in JournalEntry.Prompt.values:
        raise ActionRefused(_("Choose one of the prompts."), code="bad_prompt")
    return prompt


@transaction.atomic
def write_journal_entry(
    *, actor, body: str, title: str = "", prompt: str = "", day: date | None = None
) -> JournalEntry:
    prompt = _check_prompt(prompt)
    day = _check_day(actor, day, what=_("The day of an entry"))
    ciphertext, key_id = _journal_payload(actor, title, body)
    return JournalEntry.objects.create(
        user=actor, day=day, prompt=prompt, ciphertext=ciphertext, key_id=key_id
    )


@transaction.atomic
def update_journal_entry(
    *, actor, entry: JournalEntry, body: str, title: str = "", prompt: str = "", day=None
) -> JournalEntry:
    _require_owner(actor, entry)
    entry.prompt = _check_prompt(prompt)
    entry.day = _check_day(actor, day or entry.day, what=_("The day of an entry"))
    entry.ciphertext, entry.key_id = _journal_payload(actor, title, body)
    entry.updated_at = timezone.now()
    entry.save()
    return entry


@transaction.atomic
def delete_journal_entry(*, actor, entry: JournalEntry) -> None:
    _require_owner(actor, entry)
    entry.delete()


# --- self-checks ------------------------------------------------------------------


def missing_answers(kind: str, answers: list) -> list[int]:
    questionnaire = QUESTIONNAIRES[kind]
    answers = list(answers) + [None] * (len(questionnaire.items) - len(answers))
    return [
        number
        for number, value in enumerate(answers[: len(questionnaire.items)], start=1)
        if not (isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3)
    ]


@transaction.atomic
def take_self_check(
    *, actor, kind: str, answers: list, difficulty: int | None = None, safety_response: str = ""
) -> SelfCheck:
    if kind not in QUESTIONNAIRES:
        raise ActionRefused(_("There is no such self-check."), code="bad_kind")
    questionnaire = QUESTIONNAIRES[kind]
    missing = missing_answers(kind, answers)
    if missing or len(answers) != len(questionnaire.items):
        raise ActionRefused(
            _("Please answer every question (missing: %(numbers)s).")
            % {"numbers": ", ".join(str(number) for number in missing) or "?"},
            code="missing_answer",
        )
    if difficulty is not None and not 0 <= difficulty <= 3:
        raise ActionRefused(_("Choose one of the answers about difficulty."), code="difficulty")
    return SelfCheck.objects.create(
        user=actor,
        kind=kind,
        answers=list(answers),
        difficulty=difficulty,
        score=questionnaire.score(answers),
        safety_response=(
            safety_response if safety_response in SelfCheck.SafetyResponse.values else ""
        ),
    )


@transaction.atomic
def delete_self_check(*, actor, self_check: SelfCheck) -> None:
    _require_owner(actor, self_check)
    self_check.delete()


def _group_for_request(actor, group_id) -> Group | None:
    if not group_id:
        return None
    group = Group.objects.filter(
        pk=group_id, memberships__user=actor, memberships__state=Membership.State.ACTIVE
    ).first()
    if group is None:
        raise ActionRefused(_("Choose one of your groups."), code="bad_group")
    return group


@transaction.atomic
def answer_crisis_panel(
    *, actor, choice: str, self_check: SelfCheck | None = None, group_id=None
) -> ReachOutRequest | None:
    """The member's answer to the crisis panel: safe right now, or ask for someone to reach out.

    A request to reach out is recorded even when the self-check itself was not complete.
    """
    if self_check is not None:
        _require_owner(actor, self_check)
    if choice not in (SelfCheck.SafetyResponse.SAFE, SelfCheck.SafetyResponse.REACH_OUT):
        raise ActionRefused(_("Choose one of the two answers."), code="bad_choice")
    request = None
    if choice == SelfCheck.SafetyResponse.REACH_OUT:
        group = _group_for_request(actor, group_id)
        request = ReachOutRequest.objects.create(user=actor, group=group, source="phq9_item9")
        from peerhaven.safety.services import request_outreach

        # The same response as a message held for care: moderators are alerted at once.
        request_outreach(member=actor, group=group)
    if self_check is not None:
        self_check.safety_response = choice
        self_check.save(update_fields=["safety_response"])
    return request


# --- self-care --------------------------------------------------------------------


def _clean_times(times) -> list[str]:
    cleaned = []
    for value in times:
        if value in (None, ""):
            continue
        if isinstance(value, time):
            value = value.strftime("%H:%M")
        try:
            schedule.parse_time(value)
        except (ValueError, AttributeError):
            raise ActionRefused(_("Times look like 08:30."), code="bad_time") from None
        if value not in cleaned:
            cleaned.append(value)
    if len(cleaned) > MAX_TIMES:
        raise ActionRefused(
            _("Choose at most %(count)d times a day.") % {"count": MAX_TIMES}, code="many_times"
        )
    return sorted(cleaned)


def _next_reminder(activity: SelfCareActivity, zone, after: datetime) -> datetime | None:
    if not activity.remind:
        return None
    return schedule.next_scheduled(activity.weekdays, activity.times, zone, after)


@transaction.atomic
def save_activity(
    *, actor, data: dict[str, Any], activity: SelfCareActivity | None = None
) -> SelfCareActivity:
    if activity is not None:
        _require_owner(actor, activity)
    else:
        activity = SelfCareActivity(user=actor)
    suggestion = data.get("suggestion") or ""
    if suggestion not in SelfCareActivity.Suggestion.values:
        raise ActionRefused(_("Choose one of the suggestions."), code="bad_suggestion")
    name = (data.get("name") or "").strip()
    if not name and suggestion:
        name = str(SelfCareActivity.Suggestion(suggestion).label)
    if not name:
        raise ActionRefused(_("Give the activity a name."), code="no_name")
    if len(name) > 80:
        raise ActionRefused(_("A name can be at most 80 characters."), code="name_too_long")
    weekdays = 0
    for index in data.get("weekdays") or range(7):
        index = int(index)
        if not 0 <= index <= 6:
            raise ActionRefused(_("Choose days of the week."), code="bad_weekday")
        weekdays |= 1 << index
    activity.name = name
    activity.suggestion = suggestion
    activity.weekdays = weekdays or EVERY_DAY
    activity.times = _clean_times(data.get("times") or [])
    activity.remind = bool(data.get("remind")) and bool(activity.times)
    activity.next_reminder_at = _next_reminder(activity, actor.zone, timezone.now())
    activity.save()
    return activity


@transaction.atomic
def delete_activity(*, actor, activity: SelfCareActivity) -> None:
    _require_owner(actor, activity)
    activity.delete()


@transaction.atomic
def mark_done(*, actor, activity: SelfCareActivity, done: bool, day: date | None = None) -> bool:
    _require_owner(actor, activity)
    day = _check_day(actor, day, what=_("The day"))
    if done:
        SelfCareDone.objects.get_or_create(activity=activity, day=day)
        Reminder.objects.filter(user=actor, activity=activity, seen_at=None).update(
            seen_at=timezone.now()
        )
        mark_read_where(
            user=actor, kind=Notification.Kind.SELF_CARE_DUE, target=_activity_target(activity)
        )
    else:
        SelfCareDone.objects.filter(activity=activity, day=day).delete()
    return done


# --- milestones -------------------------------------------------------------------


@transaction.atomic
def save_milestone(*, actor, data: dict[str, Any], milestone: Milestone | None = None) -> Milestone:
    if milestone is not None:
        _require_owner(actor, milestone)
    else:
        milestone = Milestone(user=actor)
    kind = data.get("kind")
    if kind not in Milestone.Kind.values:
        raise ActionRefused(_("Choose what you are counting."), code="bad_kind")
    label = (data.get("label") or "").strip()
    if kind == Milestone.Kind.CUSTOM and not label:
        raise ActionRefused(_("Say in your own words what you are counting."), code="no_label")
    if len(label) > 80:
        raise ActionRefused(_("Your words can be at most 80 characters."), code="label_too_long")
    since = data.get("since")
    if not isinstance(since, date):
        raise ActionRefused(_("Choose the day you started."), code="no_since")
    since = _check_day(actor, since, what=_("The day you started"))
    if since != milestone.since:
        milestone.celebrated_days = 0
    milestone.kind, milestone.label, milestone.since = kind, label, since
    milestone.save()
    return milestone


@transaction.atomic
def reset_milestone(*, actor, milestone: Milestone) -> Milestone:
    """Start counting again from today. Nothing is asked and nothing about the past is kept."""
    _require_owner(actor, milestone)
    milestone.since = schedule.local_today(actor.zone)
    milestone.celebrated_days = 0
    milestone.save(update_fields=["since", "celebrated_days"])
    return milestone


@transaction.atomic
def mark_celebrated(*, actor, milestone: Milestone) -> Milestone:
    _require_owner(actor, milestone)
    today = schedule.local_today(actor.zone)
    reached = schedule.celebration_days(milestone.since, today)
    milestone.celebrated_days = max(reached, default=0)
    milestone.save(update_fields=["celebrated_days"])
    return milestone


@transaction.atomic
def delete_milestone(*, actor, milestone: Milestone) -> None:
    _require_owner(actor, milestone)
    milestone.delete()


def triumph_body(milestone: Milestone, today: date, words: str = "") -> str:
    """The text of the triumph post that shares `milestone`: its counter, and the member's words."""
    days = max(0, (today - milestone.since).days)
    headline = ngettext("%(title)s: %(count)s day", "%(title)s: %(count)s days", days) % {
        "title": milestone.title,
        "count": f"{days:,}",
    }
    words = (words or "").strip()
    return f"**{headline}**\n\n{words}" if words else f"**{headline}**"


def share_milestone(
    *, actor, milestone: Milestone, group_id, words: str = "", anonymous: bool = False
):
    """Share a milestone as a triumph post in one of the member's groups.

    The post is made by the sharing app's create_post, like any other post: the
    same access check, crisis screening, mutes and limits on new accounts.
    """
    from peerhaven.sharing.models import Post
    from peerhaven.sharing.services import create_post

    _require_owner(actor, milestone)
    group = None
    if isinstance(group_id, int) and not isinstance(group_id, bool):
        group = Group.objects.filter(
            pk=group_id, memberships__user=actor, memberships__state=Membership.State.ACTIVE
        ).first()
    if group is None:
        # The same words whether the group exists or not: nothing leaks about other groups.
        raise ActionRefused(
            _(
                "You can share a milestone only with a group you are an active member of. "
                "Choose one of your groups."
            ),
            code="not_member",
        )
    words = (words or "").strip()
    if len(words) > SHARE_WORDS_MAX:
        raise ActionRefused(
            _("Your words can be at most %(max)s characters; these have %(count)s.")
            % {"max": f"{SHARE_WORDS_MAX:,}", "count": f"{len(words):,}"},
            code="words_too_long",
        )
    body = triumph_body(milestone, schedule.local_today(actor.zone), words)
    return create_post(
        actor=actor, group=group, body=body, kind=Post.Kind.TRIUMPH, anonymous=bool(anonymous)
    )


# --- reminders --------------------------------------------------------------------


@transaction.atomic
def dismiss_reminders(*, actor) -> int:
    mark_read_where(user=actor, kind=Notification.Kind.CHECK_IN_PROMPT)
    mark_read_where(user=actor, kind=Notification.Kind.SELF_CARE_DUE)
    return Reminder.objects.filter(user=actor, seen_at=None).update(seen_at=timezone.now())


def claim_mood_prompt(prefs: Preferences, now: datetime) -> bool:
    """Move the member's next prompt on; True when this worker won the right to send it.

    The update only matches if no other worker moved it first, so a prompt goes out once.
    """
    following = schedule.next_daily(prefs.mood_prompt_time, prefs.user.zone, now)
    claimed = Preferences.objects.filter(
        pk=prefs.pk, next_mood_prompt_at=prefs.next_mood_prompt_at
    ).update(next_mood_prompt_at=following)
    return bool(claimed)


def claim_activity_reminder(activity: SelfCareActivity, now: datetime) -> bool:
    following = schedule.next_scheduled(activity.weekdays, activity.times, activity.user.zone, now)
    claimed = SelfCareActivity.objects.filter(
        pk=activity.pk, next_reminder_at=activity.next_reminder_at
    ).update(next_reminder_at=following)
    return bool(claimed)


def _activity_target(activity: SelfCareActivity) -> str:
    return f"self_care:{activity.pk}"


@transaction.atomic
def record_reminder(*, user, kind: str, activity: SelfCareActivity | None = None) -> Reminder:
    """The reminder on the wellbeing pages and in the notification bell.

    The bell's text is the same for everyone (it never names the activity nor says
    anything about mood); reminder emails are sent by tasks.py under the member's own
    wellbeing preference, so the notification never sends one of its own.
    """
    if kind == Reminder.Kind.SELF_CARE and activity is None:
        raise ValueError("A self-care reminder needs its activity")
    reminder = Reminder.objects.create(user=user, kind=kind, activity=activity)
    if kind == Reminder.Kind.CHECK_IN:
        mark_read_where(user=user, kind=Notification.Kind.CHECK_IN_PROMPT)
        notify(
            user=user,
            kind=Notification.Kind.CHECK_IN_PROMPT,
            url=reverse("wellbeing:mood"),
            email=False,
        )
    else:
        target = _activity_target(activity)
        mark_read_where(user=user, kind=Notification.Kind.SELF_CARE_DUE, target=target)
        notify(
            user=user,
            kind=Notification.Kind.SELF_CARE_DUE,
            url=f"{reverse('wellbeing:self_care')}#activity-{activity.pk}",
            target=target,
            email=False,
        )
    return reminder

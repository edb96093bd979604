from datetime import date

from django import forms
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from peerhaven.wellbeing import services
from peerhaven.wellbeing.models import (
    EMOTIONS,
    ENERGY_LABELS,
    MOOD_LABELS,
    WEEKDAY_NAMES,
    JournalEntry,
    Milestone,
    SelfCareActivity,
)
from peerhaven.wellbeing.selfchecks import ANSWERS, DIFFICULTY_ANSWERS, DIFFICULTY_QUESTION

MOOD_CHOICES = list(MOOD_LABELS.items())
ENERGY_CHOICES = [
    ("", _("Not saying")),
    *((level, label) for level, label in ENERGY_LABELS.items()),
]


class DayField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault("error_messages", {"invalid": _("Enter a date such as 2026-03-14.")})
        super().__init__(*args, **kwargs)


class MoodScaleMixin:
    """The 1–5 scale as plain values, for the hand-written template (_mood_scale.html)."""

    def mood_scale(self) -> dict:
        field = self["mood"]
        chosen = str(field.value())
        return {
            "id": field.auto_id,
            "label": field.label,
            "errors": field.errors,
            "options": [(level, word, str(level) == chosen) for level, word in MOOD_CHOICES],
        }


def emotion_options_html(chosen) -> str:
    """The 30 emotion checkboxes, built in one pass (a template loop costs more than the page)."""
    return format_html_join(
        "",
        '<li><label for="id_emotions_{0}"><input type="checkbox" name="emotions" value="{0}" '
        'id="id_emotions_{0}"{1}> {2}</label></li>',
        (
            (code, mark_safe(" checked") if code in chosen else "", label)
            for code, label in EMOTIONS
        ),
    )


class MoodForm(MoodScaleMixin, forms.Form):
    mood = forms.TypedChoiceField(
        label=_("How are you feeling?"),
        choices=MOOD_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how you feel from 1 (very low) to 5 (very good)."),
            "invalid_choice": _("Choose how you feel from 1 (very low) to 5 (very good)."),
        },
    )
    emotions = forms.MultipleChoiceField(
        label=_("Emotions (choose any)"),
        choices=EMOTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("“%(value)s” is not one of the emotions on the list.")},
    )
    energy = forms.TypedChoiceField(
        label=_("Energy (optional)"),
        choices=ENERGY_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={"invalid_choice": _("Choose your energy from 1 to 5.")},
    )
    sleep_hours = forms.DecimalField(
        label=_("Hours of sleep last night (optional)"),
        required=False,
        min_value=0,
        max_value=24,
        max_digits=3,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
        error_messages={
            "min_value": _("Sleep is between 0 and 24 hours a night."),
            "max_value": _("Sleep is between 0 and 24 hours a night."),
            "invalid": _("Sleep is a number of hours, such as 7.5."),
        },
    )
    note = forms.CharField(
        label=_("A note for yourself (optional, private)"),
        required=False,
        max_length=services.NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": _("A note can be at most 1,000 characters.")},
    )
    day = DayField(
        label=_("Day"),
        required=False,
        help_text=_("Leave as it is for today, or choose an earlier day you missed."),
    )


class QuickMoodForm(forms.Form):
    """The one-tap check-in from Home: only the mood."""

    mood = MoodForm.base_fields["mood"]


class PreferencesForm(forms.Form):
    mood_prompt = forms.BooleanField(label=_("Remind me to check in once a day"), required=False)
    mood_prompt_time = forms.TimeField(
        label=_("At (your time)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 20:30.")},
    )
    reminder_email = forms.BooleanField(
        label=_("Also send my reminders by email"),
        required=False,
        help_text=_(
            "Only if your account has an email address. Emails never say how you feel or what "
            "you wrote."
        ),
    )
    name_activities = forms.BooleanField(
        label=_("Reminders may name the self-care activity"),
        required=False,
        help_text=_("Off: a reminder only says that something in your plan is due."),
    )

    def clean(self):
        data = super().clean()
        if data.get("mood_prompt") and not data.get("mood_prompt_time"):
            self.add_error(
                "mood_prompt_time", _("Choose a time for your daily reminder, or turn it off.")
            )
        return data


class JournalForm(forms.Form):
    prompt = forms.ChoiceField(
        label=_("A prompt (optional)"),
        choices=JournalEntry.Prompt.choices,
        required=False,
        error_messages={"invalid_choice": _("Choose one of the prompts.")},
    )
    title = forms.CharField(
        label=_("Title (optional)"),
        required=False,
        max_length=services.TITLE_MAX,
        error_messages={"max_length": _("A title can be at most 200 characters.")},
    )
    body = forms.CharField(
        label=_("Your entry"),
        widget=forms.Textarea(attrs={"rows": 12}),
        # No max_length here: the service gives the message with the count.
        strip=True,
        error_messages={"required": _("Write something first.")},
    )
    day = DayField(label=_("Day"), required=False)


class JournalSearchForm(forms.Form):
    q = forms.CharField(label=_("Search your journal"), required=False, max_length=200)


def _answer_field(label: str, number: int) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=ANSWERS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please answer question %(number)d.") % {"number": number},
            "invalid_choice": _("Please answer question %(number)d.") % {"number": number},
        },
    )


class SelfCheckForm(forms.Form):
    difficulty = forms.TypedChoiceField(
        choices=DIFFICULTY_ANSWERS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, questionnaire, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        difficulty = self.fields.pop("difficulty")
        difficulty.label = DIFFICULTY_QUESTION
        for number, item in enumerate(questionnaire.items, start=1):
            self.fields[f"item_{number}"] = _answer_field(f"{number}. {item}", number)
        self.fields["difficulty"] = difficulty  # last, as on the paper form

    def item_fields(self):
        return [self[f"item_{number}"] for number in range(1, len(self.questionnaire.items) + 1)]

    def raw_answers(self) -> list[int | None]:
        """The answers as given, valid or not (so a crisis answer is seen even in a bad form)."""
        answers: list[int | None] = []
        for number in range(1, len(self.questionnaire.items) + 1):
            value = self.data.get(f"item_{number}", "")
            answers.append(int(value) if value in ("0", "1", "2", "3") else None)
        return answers

    def answers(self) -> list[int]:
        return [
            self.cleaned_data[f"item_{number}"]
            for number in range(1, len(self.questionnaire.items) + 1)
        ]


class CrisisChoiceForm(forms.Form):
    choice = forms.ChoiceField(choices=[("safe", "safe"), ("reach_out", "reach_out")])
    group = forms.IntegerField(required=False, min_value=1)


class ActivityForm(forms.Form):
    suggestion = forms.ChoiceField(
        label=_("Start from a suggestion"),
        choices=SelfCareActivity.Suggestion.choices,
        required=False,
        error_messages={"invalid_choice": _("Choose one of the suggestions.")},
    )
    name = forms.CharField(
        label=_("Activity"),
        max_length=80,
        required=False,
        help_text=_("Leave empty to use the suggestion's name."),
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=_("On"),
        choices=[(index, name) for index, name in enumerate(WEEKDAY_NAMES)],
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for every day."),
    )
    time_1 = forms.TimeField(
        label=_("Time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 08:30.")},
    )
    time_2 = forms.TimeField(
        label=_("Another time (optional)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 08:30.")},
    )
    time_3 = forms.TimeField(
        label=_("Another time (optional)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 08:30.")},
    )
    remind = forms.BooleanField(label=_("Remind me at these times"), required=False, initial=True)

    def clean(self):
        data = super().clean()
        if not data.get("name") and not data.get("suggestion"):
            self.add_error("name", _("Give the activity a name."))
        return data

    def service_data(self) -> dict:
        data = self.cleaned_data
        return {
            "suggestion": data.get("suggestion") or "",
            "name": data.get("name") or "",
            "weekdays": data.get("weekdays") or [],
            "times": [data.get(f"time_{n}") for n in (1, 2, 3) if data.get(f"time_{n}")],
            "remind": data.get("remind"),
        }

    @classmethod
    def initial_for(cls, activity: SelfCareActivity) -> dict:
        times = list(activity.times) + ["", "", ""]
        return {
            "suggestion": activity.suggestion,
            "name": activity.name,
            "weekdays": [] if activity.weekdays == 0b1111111 else activity.weekday_list,
            "time_1": times[0],
            "time_2": times[1],
            "time_3": times[2],
            "remind": activity.remind,
        }


class MilestoneForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What are you counting?"),
        choices=Milestone.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose what you are counting.")},
    )
    label = forms.CharField(
        label=_("In your own words (for “Something of my own”)"),
        max_length=80,
        required=False,
    )
    since = DayField(label=_("Since"))

    def clean_since(self) -> date:
        since = self.cleaned_data["since"]
        if since.year < 1900:
            raise forms.ValidationError(_("The day you started must be in 1900 or later."))
        return since


class MilestoneShareForm(forms.Form):
    # Any group number is taken here; the service refuses a group the member is not in.
    group = forms.IntegerField(
        label=_("Group"),
        min_value=1,
        error_messages={
            "required": _("Choose one of your groups."),
            "invalid": _("Choose one of your groups."),
            "min_value": _("Choose one of your groups."),
        },
    )
    words = forms.CharField(
        label=_("A few words of your own (optional)"),
        required=False,
        max_length=services.SHARE_WORDS_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Your group sees them with your milestone."),
    )
    anonymous = forms.BooleanField(
        label=_("Post as “Anonymous member”"),
        required=False,
        help_text=_(
            "Other members will not see your name. The group's facilitators and the moderators still can."
        ),
    )


class MeetingCheckInForm(MoodScaleMixin, forms.Form):
    phase = forms.ChoiceField(
        choices=[("before", "before"), ("after", "after")],
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Choose before or after the meeting.")},
    )
    mood = MoodForm.base_fields["mood"]
    shared = forms.BooleanField(
        label=_(
            "Let my before→after change count, without my name, in the group's average "
            "(facilitators see it only when at least 5 members share)"
        ),
        required=False,
    )

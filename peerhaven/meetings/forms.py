from datetime import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from peerhaven.meetings.models import RSVP, Meeting


class MeetingForm(forms.ModelForm):
    video_url = forms.URLField(
        label=_("external video link (optional)"),
        required=False,
        assume_scheme="https",
        help_text=_(
            "Only members who said they are going can see it. PeerHaven's own room is always there."
        ),
    )
    duration_minutes = forms.IntegerField(
        label=_("duration (minutes)"), min_value=5, max_value=24 * 60, initial=90
    )
    repeat_count = forms.IntegerField(
        label=_("number of meetings"), min_value=1, max_value=400, required=False
    )
    local_start = forms.DateTimeField(
        label=_("Starts"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "description",
            "format",
            "local_start",
            "duration_minutes",
            "repeat",
            "repeat_until",
            "repeat_count",
            "venue_name",
            "area",
            "address",
            "directions",
            "step_free",
            "hearing_loop",
            "quiet_room",
            "accessibility_notes",
            "video_url",
            "capacity_in_person",
            "capacity_online",
            "room_opens_minutes_before",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 2}),
            "directions": forms.Textarea(attrs={"rows": 2}),
            "repeat_until": forms.DateInput(attrs={"type": "date"}),
            "format": forms.RadioSelect,
        }
        help_texts = {
            "venue_name": _("Shown to anyone who can see the group."),
            "area": _("Shown to anyone who can see the group, e.g. “Gràcia, Barcelona”."),
            "address": _("Only members who said they are going can see it."),
            "video_url": _(
                "Only members who said they are going can see it. PeerHaven's own room is always there."
            ),
            "capacity_in_person": _("Leave empty for no limit."),
            "capacity_online": _("Leave empty for no limit."),
        }

    def __init__(self, *args, time_zone: str = "UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.time_zone = time_zone
        self.fields["local_start"].help_text = _("In the group's time zone, %(zone)s.") % {
            "zone": time_zone
        }

    def clean_local_start(self) -> datetime:
        value = self.cleaned_data["local_start"]
        # The form speaks wall-clock time in the group's zone; keep it naive.
        return value.replace(tzinfo=None, second=0, microsecond=0)

    def clean(self):
        data = super().clean()
        if data.get("repeat_until") and data.get("repeat_count"):
            self.add_error(
                "repeat_count", _("Choose an end date or a number of meetings, not both.")
            )
        start = data.get("local_start")
        until = data.get("repeat_until")
        if start and until and until < start.date():
            self.add_error("repeat_until", _("The end date is before the first meeting."))
        return data


class EditScopeForm(forms.Form):
    scope = forms.ChoiceField(
        label=_("Change"),
        choices=[("one", _("Only this meeting")), ("following", _("This and following meetings"))],
        widget=forms.RadioSelect,
        initial="one",
    )


class RSVPForm(forms.Form):
    going = forms.TypedChoiceField(
        coerce=lambda value: value == "yes", choices=[("yes", _("Going")), ("no", _("Not going"))]
    )
    mode = forms.ChoiceField(choices=RSVP.Mode.choices, required=False)


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to everyone going"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class UpcomingFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any format")), *Meeting.Format.choices]
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    time = forms.ChoiceField(
        label=_("Time of day (your time)"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("morning", _("Morning")),
            ("afternoon", _("Afternoon")),
            ("evening", _("Evening")),
            ("night", _("Night")),
        ],
    )

    def __init__(self, *args, **kwargs):
        from peerhaven.groups import taxonomy

        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Any topic")), *taxonomy.choices("topics")]
        self.fields["language"].choices = [("", _("Any language")), *taxonomy.choices("languages")]

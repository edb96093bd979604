from django import forms
from django.utils.translation import gettext_lazy as _

from peerhaven.accounts.countries import time_zone_choices
from peerhaven.groups import cities, taxonomy
from peerhaven.groups.models import Audience, Group, Language, Topic

SORTS = [
    ("relevance", _("Best match")),
    ("distance", _("Nearest")),
    ("next_meeting", _("Next meeting")),
    ("newest", _("Newest")),
]
RADII = [5, 10, 25, 50, 100, 250]


class CityField(forms.CharField):
    """A city typed by name, resolved offline; unknown names get close matches."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(*args, **kwargs)

    def to_city(self, value: str, country: str | None = None) -> cities.City | None:
        if not value:
            return None
        city = cities.resolve(value, country)
        if city is None:
            matches = cities.close_matches(value)
            if matches:
                raise forms.ValidationError(
                    _("We don't know a city called “%(name)s”. Did you mean: %(matches)s?"),
                    params={"name": value, "matches": ", ".join(city.label for city in matches)},
                    code="unknown_city",
                )
            raise forms.ValidationError(
                _(
                    "We don't know a city called “%(name)s”. Check the spelling, or try a larger city nearby."
                ),
                params={"name": value},
                code="unknown_city",
            )
        return city


class GroupForm(forms.ModelForm):
    city = CityField(
        label=_("City"),
        required=False,
        help_text=_("Only the city is shown, never an address. Example: Madrid, ES"),
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.order_by("name_en"),
        widget=forms.CheckboxSelectMultiple,
        label=_("Topics"),
    )
    audiences = forms.ModelMultipleChoiceField(
        queryset=Audience.objects.order_by("name_en"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Who it is for (optional)"),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        help_text=_("Meeting times are entered and shown in it. Leave empty to use the city's."),
    )

    class Meta:
        model = Group
        fields = [
            "name",
            "description",
            "topics",
            "audiences",
            "language",
            "format",
            "city",
            "time_zone",
            "listing",
            "join_policy",
            "member_cap",
            "guidelines",
            "members_note",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "guidelines": forms.Textarea(attrs={"rows": 6}),
            "members_note": forms.Textarea(attrs={"rows": 3}),
            "listing": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
            "format": forms.RadioSelect,
        }
        help_texts = {
            "description": _("What the group is about and who it is for. Markdown works."),
            "guidelines": _("The group's agreements. Members accept them when they join."),
            "members_note": _("Only active members see this: practical details, a welcome."),
            "join_policy": _("For public groups. Private groups always need approval."),
            "member_cap": _("Leave empty for no limit."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].queryset = Language.objects.order_by("name_en")
        self.fields["time_zone"].choices = [("", _("The city's time zone"))] + time_zone_choices()
        self.fields["member_cap"].min_value = 2
        self.fields["member_cap"].widget.attrs["min"] = 2
        if self.instance.pk and self.instance.city_name:
            self.initial["city"] = f"{self.instance.city_name}, {self.instance.country}"

    def clean(self):
        data = super().clean()
        city_text = data.get("city") or ""
        group_format = data.get("format")
        try:
            data["city"] = self.fields["city"].to_city(city_text)
        except forms.ValidationError as error:
            self.add_error("city", error)
            data["city"] = None
            return data
        if group_format in (Group.Format.IN_PERSON, Group.Format.HYBRID) and data["city"] is None:
            self.add_error("city", _("An in-person or hybrid group needs a city."))
        if (
            group_format == Group.Format.ONLINE
            and not data.get("time_zone")
            and data["city"] is None
        ):
            data["time_zone"] = "UTC"
        return data


class JoinForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I accept the platform's code of conduct and this group's guidelines."),
        error_messages={
            "required": _("Please accept the code of conduct and the guidelines to join.")
        },
    )
    message = forms.CharField(
        label=_("A short message for the facilitator (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
    guidelines_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    reason = forms.CharField(
        label=_("Reason (optional, shown to the person)"), required=False, max_length=500
    )


class RemoveForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (recorded)"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )


class RoleForm(forms.Form):
    role = forms.TypedChoiceField(
        coerce=int, choices=[(1, _("Member")), (2, _("Co-facilitator")), (3, _("Facilitator"))]
    )


class InviteForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("The link works for"),
        coerce=int,
        choices=[(1, _("1 day")), (7, _("7 days")), (30, _("30 days"))],
        initial=7,
    )


class DirectoryForm(forms.Form):
    """The directory's filters. Unknown values are dropped and reported, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("For"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any format")), *Group.Format.choices]
    )
    near = forms.CharField(label=_("Near (city)"), required=False, max_length=120)
    radius_km = forms.TypedChoiceField(
        label=_("Within"),
        required=False,
        coerce=int,
        empty_value=50,
        choices=[(radius, f"{radius} km") for radius in RADII],
    )
    online = forms.BooleanField(label=_("Include online groups"), required=False)
    soon = forms.BooleanField(label=_("Meets in the next 7 days"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Any topic")), *taxonomy.choices("topics")]
        self.fields["audience"].choices = [("", _("Anyone")), *taxonomy.choices("audiences")]
        self.fields["language"].choices = [("", _("Any language")), *taxonomy.choices("languages")]

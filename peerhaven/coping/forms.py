from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from peerhaven.coping import taxonomy
from peerhaven.coping.models import (
    MAX_NOTE_CHARS,
    MAX_STEPS,
    Category,
    Rating,
    Resource,
    split_steps,
)
from peerhaven.groups import taxonomy as group_taxonomy
from peerhaven.groups.models import Topic
from peerhaven.groups.selectors import my_groups
from peerhaven.sharing import treatments as treatment_tags

SORTS = [
    ("helpful", _("Most helpful")),
    ("relevance", _("Best match")),
    ("quickest", _("Quickest")),
    ("newest", _("Newest")),
]
TIMES = [
    ("", _("Any length")),
    (2, _("2 minutes or less")),
    (5, _("5 minutes or less")),
    (15, _("15 minutes or less")),
    (30, _("30 minutes or less")),
    (60, _("An hour or less")),
]


class LibraryForm(forms.Form):
    """The library's filters. Unknown values are dropped and reported, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    treatment = forms.ChoiceField(label=_("Treatment"), required=False)
    time = forms.TypedChoiceField(
        label=_("Time it takes"), required=False, coerce=int, empty_value=None, choices=TIMES
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Any topic")), *group_taxonomy.choices("topics")]
        self.fields["category"].choices = [
            ("", _("Any category")),
            *taxonomy.category_choices(),
        ]
        self.fields["treatment"].choices = [
            ("", _("Any treatment")),
            *treatment_tags.choices(),
        ]


def _share_choices(groups, *, everyone_label) -> list[tuple[str, str]]:
    return [("", everyone_label)] + [
        (group.slug, _("Only members of %(group)s") % {"group": group.name}) for group in groups
    ]


class StrategyForm(forms.Form):
    language = forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES)
    title = forms.CharField(label=_("Title"), max_length=120)
    why = forms.CharField(
        label=_("Why it can help"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences, in your own words."),
    )
    steps = forms.CharField(
        label=_("Steps"),
        max_length=5000,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One step per line; they are numbered for you."),
        error_messages={
            "required": _("Add at least one step, one per line."),
            "max_length": _("Steps can be at most 5,000 characters in all. Keep each step short."),
        },
    )
    minutes = forms.IntegerField(label=_("Minutes it takes"), min_value=1, max_value=240)
    categories = forms.ModelMultipleChoiceField(
        queryset=Category.objects.order_by("position"),
        widget=forms.CheckboxSelectMultiple,
        label=_("Categories"),
        error_messages={"required": _("Choose at least one category.")},
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.order_by("name_en"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Topics it can help with (optional)"),
    )
    treatments = forms.MultipleChoiceField(
        label=_("Treatments it goes with (optional)"),
        choices=treatment_tags.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "For example exercise, or something you do alongside talk therapy. "
            "Members can then find it among experiences with that treatment."
        ),
        error_messages={"invalid_choice": _("That treatment tag does not exist.")},
    )
    share = forms.ChoiceField(
        label=_("Who can see it"),
        required=False,
        help_text=_("A strategy shared only in a group is seen and rated by its members alone."),
        error_messages={"invalid_choice": _("Choose everyone or one of your groups.")},
    )

    def __init__(self, *args, user, strategy=None, **kwargs):
        super().__init__(*args, **kwargs)
        groups = list(my_groups(user))
        if strategy is not None and strategy.group_id is not None:
            # From one group a strategy can only go to everyone (see services.update_strategy).
            groups = [group for group in groups if group.pk == strategy.group_id]
        elif strategy is not None:
            groups = []
        self._groups = {group.slug: group for group in groups}
        self.fields["share"].choices = _share_choices(
            groups, everyone_label=_("Everyone on PeerHaven")
        )
        if strategy is not None and strategy.group_id is not None:
            self.initial.setdefault("share", strategy.group.slug)

    def clean_treatments(self):
        chosen = self.cleaned_data["treatments"]
        if len(chosen) > treatment_tags.MAX_TAGS:
            raise forms.ValidationError(
                _("Choose at most %(count)d treatment tags.") % {"count": treatment_tags.MAX_TAGS}
            )
        return chosen

    def clean_steps(self):
        steps = split_steps(self.cleaned_data["steps"])
        if not steps:
            raise forms.ValidationError(_("Add at least one step, one per line."))
        if len(steps) > MAX_STEPS:
            raise forms.ValidationError(_("Keep it to 30 steps or fewer."))
        return self.cleaned_data["steps"]

    def clean(self):
        data = super().clean()
        share = data.get("share") or ""
        if share and share not in self._groups:
            self.add_error("share", _("Choose everyone or one of your groups."))
        data["group"] = self._groups.get(share)
        return data

    @staticmethod
    def initial_for(strategy) -> dict:
        language = strategy.language
        return {
            "language": language,
            "title": getattr(strategy, f"title_{language}"),
            "why": getattr(strategy, f"why_{language}"),
            "steps": getattr(strategy, f"steps_{language}"),
            "minutes": strategy.minutes,
            "categories": list(strategy.categories.all()),
            "topics": list(strategy.topics.all()),
            "treatments": treatment_tags.decode(strategy.treatments_text),
            "share": strategy.group.slug if strategy.group_id else "",
        }


class RatingForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did it go?"),
        choices=Rating.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how it went: helped a lot, helped a bit, or not for me."),
            "invalid_choice": _("Choose how it went: helped a lot, helped a bit, or not for me."),
        },
    )
    note = forms.CharField(
        label=_("A short note (optional)"),
        required=False,
        max_length=MAX_NOTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": _("Keep the note to 500 characters or fewer.")},
    )
    share = forms.ChoiceField(
        label=_("Share my rating and note with"),
        required=False,
        error_messages={"invalid_choice": _("Choose one of your groups, or nobody.")},
    )

    def __init__(self, *args, user, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        if strategy.group_id is not None:
            groups = [strategy.group]
            self.fields["share"].choices = [
                (strategy.group.slug, _("Members of %(group)s") % {"group": strategy.group.name})
            ]
            self.fields["share"].help_text = _(
                "This strategy is shared only in this group, so your note is too."
            )
        else:
            groups = list(my_groups(user))
            self.fields["share"].choices = [("", _("Nobody: my note stays mine"))] + [
                (group.slug, _("Members of %(group)s") % {"group": group.name}) for group in groups
            ]
            self.fields["share"].help_text = _(
                "Everyone sees only the counts. Members of the group you choose also see your "
                "note, and your rating counts towards what helped members of that group."
            )
        self._groups = {group.slug: group for group in groups}

    def clean(self):
        data = super().clean()
        share = data.get("share") or ""
        if share and share not in self._groups:
            self.add_error("share", _("Choose one of your groups, or nobody."))
        data["group"] = self._groups.get(share)
        return data


class CurateForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("pin", "pin"), ("unpin", "unpin"), ("hide", "hide"), ("show", "show")]
    )


class ResourceForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Resource.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=120)
    url = forms.CharField(
        label=_("Web address"),
        required=False,
        max_length=500,
        help_text=_("Starts with https:// or http://. Shown as a plain link."),
    )
    phone = forms.CharField(
        label=_("Phone number (for hotlines and services)"), required=False, max_length=40
    )
    note = forms.CharField(
        label=_("A short note"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What it is and who it may help."),
    )


class ResourceDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])

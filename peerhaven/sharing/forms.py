from django import forms
from django.utils.translation import gettext_lazy as _

from peerhaven.sharing import treatments
from peerhaven.sharing.models import MAX_BODY, ContentWarning, Post, ReadingPreference


class PostForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What kind of post"), choices=Post.Kind.choices, initial=Post.Kind.SHARE
    )
    mood = forms.ChoiceField(
        label=_("How are you doing today? (check-ins)"),
        choices=[("", "—")] + [(mood, mood) for mood in Post.MOODS],
        required=False,
    )
    body = forms.CharField(
        label=_("What would you like to share?"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MAX_BODY}),
        error_messages={"max_length": _("A post can be at most 10,000 characters.")},
    )
    warnings = forms.MultipleChoiceField(
        label=_("Content warnings (optional)"),
        choices=ContentWarning.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Readers see the warning first and open the post when they are ready."),
    )
    warning_note = forms.CharField(
        label=_("A note about the warning (optional)"), max_length=200, required=False
    )
    treatments = forms.MultipleChoiceField(
        label=_("Treatments this is about (optional)"),
        choices=treatments.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Members can then find experiences with a treatment in their groups. "
            "Please share what it was like for you, not doses or advice."
        ),
        error_messages={"invalid_choice": _("That treatment tag does not exist.")},
    )
    anonymous = forms.BooleanField(
        label=_("Post as “Anonymous member”"),
        required=False,
        help_text=_(
            "Other members will not see your name. The group's facilitators and the moderators still can."
        ),
    )

    def clean_treatments(self):
        chosen = self.cleaned_data["treatments"]
        if len(chosen) > treatments.MAX_TAGS:
            raise forms.ValidationError(
                _("Choose at most %(count)d treatment tags.") % {"count": treatments.MAX_TAGS}
            )
        return chosen


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": MAX_BODY}),
        error_messages={"max_length": _("A reply can be at most 10,000 characters.")},
    )
    anonymous = forms.BooleanField(
        label=_("Reply as “Anonymous member”"),
        required=False,
        help_text=_(
            "Other members will not see your name. The group's facilitators and the moderators still can."
        ),
    )


class EditForm(forms.Form):
    body = forms.CharField(
        max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 6}), label=_("Text")
    )


class PostEditForm(EditForm):
    treatments = PostForm.base_fields["treatments"]
    clean_treatments = PostForm.clean_treatments


class RemoveForm(forms.Form):
    reason = forms.CharField(label=_("Reason (the writer is told)"), max_length=500)


class ReadingPreferenceForm(forms.Form):
    def __init__(self, *args, preference: ReadingPreference, **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in ContentWarning.choices:
            self.fields[code] = forms.ChoiceField(
                label=label,
                choices=ReadingPreference.Choice.choices,
                initial=preference.choice_for(code),
                widget=forms.RadioSelect,
            )

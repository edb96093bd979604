from django import forms
from django.utils.translation import gettext_lazy as _

from peerhaven.accounts.countries import country_choices, time_zone_choices, time_zone_names
from peerhaven.accounts.models import User


class SignupExtrasForm(forms.Form):
    """Fields added to allauth's sign-up form: the code of conduct, country and time zone."""

    country = forms.ChoiceField(
        label=_("Country (optional)"),
        required=False,
        help_text=_("Used to show crisis lines where you live."),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        initial="UTC",
        help_text=_("All meeting times are shown in it."),
    )
    accept_code_of_conduct = forms.BooleanField(
        label=_("I have read and accept the code of conduct."),
        required=True,
        error_messages={"required": _("Please accept the code of conduct to join.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose later"))] + country_choices()
        self.fields["time_zone"].choices = time_zone_choices()

    def clean_time_zone(self) -> str:
        value = self.cleaned_data.get("time_zone") or "UTC"
        return value if value in time_zone_names() else "UTC"

    def signup(self, request, user: User) -> None:
        from peerhaven.accounts.services import complete_signup

        complete_signup(
            user=user,
            country=self.cleaned_data.get("country", ""),
            time_zone=self.cleaned_data.get("time_zone", "UTC"),
            language=getattr(request, "LANGUAGE_CODE", "en"),
        )


class ProfileForm(forms.ModelForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    time_zone = forms.ChoiceField(label=_("Time zone"))

    class Meta:
        model = User
        fields = [
            "display_name",
            "pronouns",
            "country",
            "time_zone",
            "language",
            "bio",
            "remind_24h",
            "remind_1h",
            "email_notifications",
            "email_group_names",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4, "maxlength": 500})}
        help_texts = {
            "display_name": _(
                "Shown to others instead of your username. Leave empty to use your username."
            ),
            "country": _("Used to show crisis lines where you live."),
            "bio": _("A few words about you, shown to members of your groups."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Not set"))] + country_choices()
        self.fields["time_zone"].choices = time_zone_choices()


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone."),
        error_messages={"required": _("Please confirm that you want to delete your account.")},
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not right."))
        return password


class AcceptCodeOfConductForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read and accept the code of conduct."),
        error_messages={"required": _("Please accept the code of conduct to go on.")},
    )

import secrets
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin, UserManager
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from peerhaven.accounts.countries import country_name as name_of_country
from peerhaven.accounts.countries import time_zone_names


def new_session_epoch() -> str:
    return secrets.token_hex(8)


class User(AbstractBaseUser, PermissionsMixin):
    """A member. The username is their pseudonym; the email is for recovery only."""

    username = models.CharField(
        _("username"),
        max_length=40,
        unique=True,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Shown to others. It does not need to be your real name."),
    )
    email = models.EmailField(_("email (optional)"), blank=True)
    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    pronouns = models.CharField(_("pronouns"), max_length=30, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    bio = models.TextField(_("about me"), max_length=500, blank=True)

    # Notification preferences.
    remind_24h = models.BooleanField(_("remind me a day before meetings"), default=True)
    remind_1h = models.BooleanField(_("remind me an hour before meetings"), default=True)
    email_notifications = models.BooleanField(_("also send notifications by email"), default=True)
    email_frequency = models.CharField(
        _("how often to email"),
        max_length=10,
        choices=[("immediate", _("As things happen")), ("daily", _("A daily summary"))],
        default="immediate",
    )
    email_muted_kinds = models.JSONField(default=list, blank=True)
    email_group_names = models.BooleanField(
        _("emails may name my groups"),
        default=False,
        help_text=_("Off: emails only say that something happened, never in which group."),
    )

    coc_version = models.PositiveSmallIntegerField(_("code of conduct version accepted"), default=0)
    coc_accepted_at = models.DateTimeField(_("code of conduct accepted at"), null=True, blank=True)
    # Every session records the epoch it was opened in; changing it ends all of them.
    session_epoch = models.CharField(max_length=16, default=new_session_epoch, editable=False)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "username"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="user_language_known",
            ),
        ]

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        if self.erased_at:
            return str(_("Former member"))
        return self.display_name or self.username

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def country_name(self) -> str:
        """The member's country in the active language; "" when not set."""
        return name_of_country(self.country)

    @property
    def has_current_coc(self) -> bool:
        return self.coc_version >= settings.CODE_OF_CONDUCT_VERSION

    def clean(self) -> None:
        super().clean()
        if self.time_zone not in time_zone_names():
            self.time_zone = "UTC"

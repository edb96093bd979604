"""The accounts app's own section of the data-rights registry."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.admin.models import LogEntry
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from peerhaven.accounts import data_rights
from peerhaven.accounts.models import User, new_session_epoch


def _export_account(user: User) -> dict:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "pronouns": user.pronouns,
        "country": user.country,
        "time_zone": user.time_zone,
        "language": user.language,
        "bio": user.bio,
        "notifications": {
            "remind_24h": user.remind_24h,
            "remind_1h": user.remind_1h,
            "email_notifications": user.email_notifications,
            "email_group_names": user.email_group_names,
        },
        "joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "code_of_conduct": {
            "version": user.coc_version,
            "accepted_at": user.coc_accepted_at.isoformat() if user.coc_accepted_at else None,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user)
        ],
        "two_factor": [
            {"type": authenticator.type, "created_at": authenticator.created_at.isoformat()}
            for authenticator in Authenticator.objects.filter(user=user)
        ],
    }


def _erase_account(user: User) -> None:
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    LogEntry.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    # The row stays so that public contributions can say "former member";
    # everything that could identify the person goes.
    user.username = f"former-{user.pk}"
    user.display_name = ""
    user.email = ""
    user.pronouns = ""
    user.country = ""
    user.bio = ""
    user.time_zone = "UTC"
    user.password = make_password(None)
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.session_epoch = new_session_epoch()
    user.erased_at = timezone.now()
    user.save()


data_rights.register(
    "account",
    models=[
        User,
        EmailAddress,
        Authenticator,
        LogEntry,
        User.groups.through,
        User.user_permissions.through,
    ],
    export=_export_account,
    erase=_erase_account,
    order=10_000,
)

"""Writes about members: sign-up, profile, sessions, data export and erasure."""

import io
import json
import zipfile
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from peerhaven.accounts import data_rights
from peerhaven.accounts.backends import forget_user
from peerhaven.accounts.models import User, new_session_epoch


@transaction.atomic
def complete_signup(*, user: User, country: str, time_zone: str, language: str) -> User:
    user.country = country or ""
    user.time_zone = time_zone or "UTC"
    if language in dict(settings.LANGUAGES):
        user.language = language
    user.coc_version = settings.CODE_OF_CONDUCT_VERSION
    user.coc_accepted_at = timezone.now()
    user.save(update_fields=["country", "time_zone", "language", "coc_version", "coc_accepted_at"])
    return user


@transaction.atomic
def accept_code_of_conduct(*, user: User) -> None:
    user.coc_version = settings.CODE_OF_CONDUCT_VERSION
    user.coc_accepted_at = timezone.now()
    user.save(update_fields=["coc_version", "coc_accepted_at"])


@transaction.atomic
def update_profile(*, user: User, data: dict[str, Any]) -> User:
    text_fields = [
        "display_name",
        "pronouns",
        "country",
        "time_zone",
        "language",
        "bio",
        "email_frequency",
    ]
    flags = ["remind_24h", "remind_1h", "email_notifications", "email_group_names"]
    for field in text_fields:
        if field in data:
            setattr(
                user,
                field,
                data[field] or {"time_zone": "UTC", "email_frequency": "immediate"}.get(field, ""),
            )
    for field in flags:
        if field in data:
            setattr(user, field, bool(data[field]))
    fields = text_fields + flags
    if user.language not in dict(settings.LANGUAGES):
        user.language = settings.LANGUAGE_CODE
    user.save(update_fields=fields)
    return user


def log_out_everywhere(*, request: HttpRequest, user: User) -> None:
    """End every session of `user`, including the one making the request."""
    User.objects.filter(pk=user.pk).update(session_epoch=new_session_epoch())
    forget_user(user.pk)
    logout(request)


def export_member_data(*, user: User) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "peerhaven-export-1",
        "exported_at": timezone.now().isoformat(),
        "sections": {},
    }
    for section in data_rights.sections():
        data["sections"][section.name] = section.export(user)
    return data


def build_export_zip(*, user: User) -> bytes:
    data = export_member_data(user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "peerhaven-data.json", json.dumps(data, indent=2, ensure_ascii=False, default=str)
        )
        archive.writestr(
            "index.html",
            render_to_string("accounts/export_index.html", {"data": data, "member": user}),
        )
    return buffer.getvalue()


def delete_account(*, request: HttpRequest, user: User) -> None:
    """Erase private data, anonymise public contributions, end every session."""
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        for section in data_rights.sections():
            section.erase(locked)
    logout(request)

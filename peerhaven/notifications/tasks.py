"""Notification emails: they say that something happened and link to it.

They never carry what anyone wrote, and name a group only when it is public
or the member allowed names in emails (DESIGN.md, safety rule 3).
"""

from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from peerhaven.notifications.models import Notification


def _group_name(notification: Notification) -> str:
    group = notification.group
    if group is None:
        return ""
    if group.listing == "public" or notification.user.email_group_names:
        return group.name
    return ""


def send_one(notification: Notification) -> bool:
    user = notification.user
    if not (user.email and user.email_notifications and user.is_active):
        return False
    context = {
        "text": notification.text,
        "group_name": _group_name(notification),
        "url": f"{settings.BASE_URL}{notification.url or '/notifications/'}",
        "settings_url": f"{settings.BASE_URL}/account/profile/",
    }
    with translation.override(user.language):
        subject = render_to_string("emails/notification-subject.txt", context).strip()
        body = render_to_string("emails/notification-body.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


@task()
def email_notifications(notification_ids: list[int]) -> int:
    sent = 0
    for notification_id in notification_ids:
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update(of=("self",))
                .select_related("user", "group")
                .filter(pk=notification_id, emailed_at__isnull=True)
                .first()
            )
            if notification is None:
                continue
            # Claim it first: a second worker finds emailed_at set and skips it.
            notification.emailed_at = timezone.now()
            notification.save(update_fields=["emailed_at"])
        if send_one(notification):
            sent += 1
    return sent


def send_digests_now(now=None) -> int:
    """One summary email per member who chose daily emails, for the last day's notifications."""
    from peerhaven.accounts.models import User

    now = now or timezone.now()
    since = now - timedelta(days=1)
    sent = 0
    for user in User.objects.filter(
        email_frequency="daily", email_notifications=True, is_active=True
    ).exclude(email=""):
        with transaction.atomic():
            pending = list(
                Notification.objects.select_for_update()
                .filter(
                    user=user, emailed_at__isnull=True, read_at__isnull=True, created_at__gte=since
                )
                .exclude(kind__in=user.email_muted_kinds or [])
            )
            if not pending:
                continue
            Notification.objects.filter(pk__in=[row.pk for row in pending]).update(emailed_at=now)
        counts = Counter(row.get_kind_display() for row in pending)
        context = {
            "lines": sorted(counts.items()),
            "total": len(pending),
            "url": f"{settings.BASE_URL}/notifications/",
            "settings_url": f"{settings.BASE_URL}/account/profile/",
        }
        with translation.override(user.language):
            subject = render_to_string("emails/digest-subject.txt", context).strip()
            body = render_to_string("emails/digest-body.txt", context)
        send_mail(subject, body, None, [user.email])
        sent += 1
    return sent


@task()
def send_daily_digests() -> int:
    return send_digests_now()

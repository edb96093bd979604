from django.db import transaction
from django.utils import timezone

from peerhaven.notifications.models import Notification
from peerhaven.web import versions


def _email_later(notifications: list[Notification]) -> None:
    """Queue an email for each notification whose member wants one at once."""
    ids = [
        notification.pk
        for notification in notifications
        if notification.user.email
        and notification.user.email_notifications
        and notification.user.email_frequency == "immediate"
        and notification.kind not in (notification.user.email_muted_kinds or [])
    ]
    if ids:
        from peerhaven.notifications.tasks import email_notifications

        transaction.on_commit(lambda: email_notifications.enqueue(ids))


def notify(
    *, user, kind: str, url: str = "", group=None, occurrence=None, target: str = "", email=True
) -> Notification:
    """Record an in-app notification, in the caller's transaction: it exists if the change does.

    `email=False` is for kinds whose app sends its own email by its own preference
    (wellbeing reminders): the notification is then marked as handled for email, so
    neither the immediate email nor the daily digest repeats it.
    """
    notification = Notification.objects.create(
        user=user,
        kind=kind,
        url=url,
        group=group,
        occurrence=occurrence,
        target=target,
        emailed_at=None if email else timezone.now(),
    )
    if email:
        _email_later([notification])
    return notification


def notify_many(*, users, kind: str, url: str = "", group=None, occurrence=None) -> int:
    rows = [
        Notification(user=user, kind=kind, url=url, group=group, occurrence=occurrence)
        for user in users
    ]
    Notification.objects.bulk_create(rows)
    versions.bump(*{versions.notifications(row.user_id) for row in rows})
    _email_later(rows)
    return len(rows)


def notify_batched(*, user, kind: str, target: str, url: str = "", group=None) -> Notification:
    """One unread notification per target that counts up ("3 members reacted")."""
    existing = (
        Notification.objects.select_for_update()
        .filter(user=user, kind=kind, target=target, read_at__isnull=True)
        .first()
    )
    if existing is not None:
        existing.count += 1
        existing.created_at = timezone.now()
        existing.save(update_fields=["count", "created_at"])
        return existing
    notification = Notification.objects.create(
        user=user, kind=kind, url=url, group=group, target=target
    )
    _email_later([notification])
    return notification


def mark_read(*, user, notification_id: int) -> bool:
    updated = Notification.objects.filter(
        user=user, pk=notification_id, read_at__isnull=True
    ).update(read_at=timezone.now())
    versions.bump(versions.notifications(user.pk))
    return bool(updated)


def mark_read_where(*, user, kind: str, target: str | None = None) -> int:
    """Mark the member's unread notifications of `kind` (and `target`) read: their reason is gone."""
    rows = Notification.objects.filter(user=user, kind=kind, read_at__isnull=True)
    if target is not None:
        rows = rows.filter(target=target)
    updated = rows.update(read_at=timezone.now())
    versions.bump(versions.notifications(user.pk))
    return updated


def mark_all_read(*, user) -> int:
    updated = Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    versions.bump(versions.notifications(user.pk))
    return updated

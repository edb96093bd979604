from django.utils import timezone

from peerhaven.notifications.models import Notification


def notify(*, user, kind: str, url: str = "", group=None, occurrence=None) -> Notification:
    """Record an in-app notification, in the caller's transaction: it exists if the change does."""
    return Notification.objects.create(
        user=user, kind=kind, url=url, group=group, occurrence=occurrence
    )


def notify_many(*, users, kind: str, url: str = "", group=None, occurrence=None) -> int:
    rows = [
        Notification(user=user, kind=kind, url=url, group=group, occurrence=occurrence)
        for user in users
    ]
    Notification.objects.bulk_create(rows)
    return len(rows)


def mark_read(*, user, notification_id: int) -> bool:
    updated = Notification.objects.filter(
        user=user, pk=notification_id, read_at__isnull=True
    ).update(read_at=timezone.now())
    return bool(updated)


def mark_all_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )

from django.core.cache import cache
from django.db.models import QuerySet

from peerhaven.notifications.models import Notification
from peerhaven.web import versions

UNREAD_SECONDS = 300


def notifications_for(user) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).select_related("group")


def unread_count(user) -> int:
    """The header's unread count, kept until the member's notifications change."""
    version = versions.read([versions.notifications(user.pk)])[0]
    key = f"notifications:unread:{user.pk}:{version}"
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(user=user, read_at__isnull=True).count()
        cache.set(key, count, timeout=UNREAD_SECONDS)
    return count

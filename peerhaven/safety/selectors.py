"""What moderators and members read from the safety app: the queue and one's own notices."""

from django.db.models import Count, QuerySet

from peerhaven.safety import services
from peerhaven.safety.models import Flag, LogEntry

# Log actions that concern the member but are not decisions about them.
NOT_NOTICES = ("dismiss", "escalate", "reach_out", "room_control")


def _moderated_group_ids(user):
    from peerhaven.groups.models import Membership

    return Membership.objects.filter(
        user=user, state=Membership.State.ACTIVE, role__gte=Membership.Role.COFACILITATOR
    ).values_list("group_id", flat=True)


def may_see_queue(user) -> bool:
    """Platform moderators, and facilitators or co-facilitators of at least one group."""
    return services.is_platform_moderator(user) or _moderated_group_ids(user).exists()


def queue_for(user) -> QuerySet:
    """Open flags `user` may act on: everything for platform moderators, their groups' otherwise."""
    flags = Flag.objects.exclude(status=Flag.Status.CLOSED)
    if not services.is_platform_moderator(user):
        flags = flags.filter(group_id__in=list(_moderated_group_ids(user)), status=Flag.Status.OPEN)
    return flags.select_related("group", "post", "reply", "subject").annotate(
        report_count=Count("reports")
    )


def notices_for(user) -> QuerySet:
    """Decisions about `user` (removals, warnings, mutes…), newest first, with any appeal."""
    return (
        LogEntry.objects.filter(subject=user)
        .exclude(action__in=NOT_NOTICES)
        .select_related("group")
        .prefetch_related("appeal")
    )


def notice_for(user, entry_id) -> LogEntry | None:
    try:
        entry_id = int(entry_id)
    except (TypeError, ValueError):
        return None
    return notices_for(user).filter(pk=entry_id).first()

"""Background work for meetings: reminders, and keeping schedules ahead of time."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from peerhaven.meetings import services
from peerhaven.meetings.models import RSVP, Occurrence
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import notify

logger = logging.getLogger(__name__)

# (kind, how long before the start, the member preference that allows it)
REMINDERS = (("24h", timedelta(hours=24), "remind_24h"), ("1h", timedelta(hours=1), "remind_1h"))


def _window(kind: str, now):
    """Occurrences a reminder of this kind is due for; the 1-hour one owns the last hour."""
    if kind == "1h":
        return now, now + timedelta(hours=1)
    return now + timedelta(hours=1), now + timedelta(hours=24)


def send_reminders_now(now=None) -> int:
    """Send every due reminder once; safe to run in several workers at the same time."""
    now = now or timezone.now()
    sent = 0
    for kind, _before, preference in REMINDERS:
        low, high = _window(kind, now)
        rsvps = (
            RSVP.objects.filter(
                status=RSVP.Status.GOING,
                occurrence__cancelled=False,
                occurrence__start__gt=low,
                occurrence__start__lte=high,
                # Only people still in the group hear about its meetings.
                occurrence__group__memberships__user=F("user"),
                occurrence__group__memberships__state="active",
                **{f"user__{preference}": True},
            )
            .select_related("user", "occurrence", "occurrence__meeting", "occurrence__group")
            .distinct()
        )
        for rsvp in rsvps:
            if not services.record_reminder(occurrence=rsvp.occurrence, user=rsvp.user, kind=kind):
                continue
            _deliver(rsvp.user, rsvp.occurrence, kind)
            sent += 1
    return sent


def _deliver(user, occurrence: Occurrence, kind: str) -> None:
    notify(
        user=user,
        kind=Notification.Kind.MEETING_REMINDER,
        url=occurrence.get_absolute_url(),
        group=occurrence.group,
        occurrence=occurrence,
    )
    if not (user.email and user.email_notifications):
        return
    # Emails never carry the address, and name the group only for public
    # groups or when the member said they may.
    named = user.email_group_names or occurrence.group.listing == "public"
    context = {
        "user": user,
        "kind": kind,
        "named": named,
        "title": occurrence.meeting.title if named else "",
        "group_name": occurrence.group.name if named else "",
        "url": f"{settings.BASE_URL}{occurrence.get_absolute_url()}",
        "start": occurrence.start.astimezone(user.zone),
    }
    with translation.override(user.language):
        subject = render_to_string("emails/meeting_reminder-subject.txt", context).strip()
        body = render_to_string("emails/meeting_reminder-body.txt", context)
    send_mail(subject, body, None, [user.email], fail_silently=False)
    logger.info("reminder sent kind=%s occurrence=%s user=%s", kind, occurrence.pk, user.pk)


@task()
def send_due_reminders() -> int:
    return send_reminders_now()


@task()
def extend_schedules() -> int:
    return services.extend_all_schedules()

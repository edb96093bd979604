"""Every write about meetings: scheduling, changes, RSVPs, attendance, messages."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven import markdown
from peerhaven.errors import ActionRefused
from peerhaven.groups.access import Need, check
from peerhaven.groups.models import Group
from peerhaven.meetings import recurrence
from peerhaven.meetings.models import RSVP, CalendarFeed, Meeting, MeetingMessage, Occurrence
from peerhaven.notifications.models import Notification
from peerhaven.notifications.services import notify, notify_many

MEETING_FIELDS = (
    "title",
    "description",
    "format",
    "duration_minutes",
    "repeat",
    "repeat_until",
    "repeat_count",
    "venue_name",
    "area",
    "address",
    "directions",
    "step_free",
    "hearing_loop",
    "quiet_room",
    "accessibility_notes",
    "video_url",
    "capacity_in_person",
    "capacity_online",
    "room_opens_minutes_before",
)


def _validate_start(local_start: datetime, zone_name: str, *, now: datetime | None = None) -> None:
    try:
        recurrence.check_local_time(local_start, zone_name)
    except recurrence.LocalTimeProblem as problem:
        if problem.kind == "gap":
            raise ActionRefused(
                _(
                    "That time does not exist in %(zone)s: the clocks skip it that day. Choose another time."
                )
                % {"zone": zone_name},
                code="time_gap",
            ) from None
        raise ActionRefused(
            _(
                "That time happens twice in %(zone)s that day (the clocks go back). Choose another time."
            )
            % {"zone": zone_name},
            code="time_ambiguous",
        ) from None
    if recurrence.to_utc(local_start, zone_name) <= (now or timezone.now()):
        raise ActionRefused(
            _("The start is in the past. Choose a time that is still to come."), code="start_past"
        )


def _apply(meeting: Meeting, data: dict[str, Any]) -> None:
    for field in MEETING_FIELDS:
        if field in data:
            setattr(meeting, field, data[field])
    if meeting.repeat == Meeting.Repeat.NONE:
        meeting.repeat_until = None
        meeting.repeat_count = None
    if meeting.repeat_until and meeting.repeat_count:
        raise ActionRefused(
            _("Choose an end date or a number of meetings, not both."), code="until_and_count"
        )
    if not meeting.has_in_person:
        meeting.capacity_in_person = None
    if not meeting.has_online:
        meeting.capacity_online = None
    meeting.description_html = markdown.render(meeting.description)


def _starts(meeting: Meeting, *, now: datetime | None = None) -> list[datetime]:
    return recurrence.utc_starts(
        meeting.repeat,
        meeting.local_start,
        meeting.time_zone,
        until=meeting.repeat_until,
        count=meeting.repeat_count,
        now=now,
    )


def refresh_next_meeting(group_id: int) -> None:
    """Keep the directory's "next meeting" in step with the occurrences."""
    next_start = Occurrence.objects.filter(
        group_id=group_id, cancelled=False, start__gte=timezone.now()
    ).aggregate(first=Min("start"))["first"]
    Group.objects.filter(pk=group_id).update(next_meeting_at=next_start)


def materialize(meeting: Meeting, *, now: datetime | None = None) -> int:
    """Create the occurrences the rule gives up to the horizon; returns how many were new."""
    duration = timedelta(minutes=meeting.duration_minutes)
    rows = [
        Occurrence(
            meeting=meeting,
            group_id=meeting.group_id,
            original_start=start,
            start=start,
            end=start + duration,
        )
        for start in _starts(meeting, now=now)
    ]
    existing = set(
        Occurrence.objects.filter(meeting=meeting).values_list("original_start", flat=True)
    )
    new = [row for row in rows if row.original_start not in existing]
    Occurrence.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


@transaction.atomic
def schedule_meeting(*, actor, group: Group, data: dict[str, Any]) -> Meeting:
    check(actor, group, need=Need.COFACILITATOR)
    local_start: datetime = data["local_start"]
    _validate_start(local_start, group.time_zone)
    meeting = Meeting(
        group=group, time_zone=group.time_zone, local_start=local_start, created_by=actor
    )
    _apply(meeting, data)
    if not _starts(meeting):
        raise ActionRefused(
            _("This repeat rule gives no meeting at all. Check the end date."), code="no_occurrence"
        )
    meeting.save()
    materialize(meeting)
    refresh_next_meeting(group.pk)
    return meeting


def _people_going(occurrences) -> list:
    from peerhaven.accounts.models import User

    return list(
        User.objects.filter(
            rsvps__occurrence__in=occurrences,
            rsvps__status__in=[RSVP.Status.GOING, RSVP.Status.WAITLISTED],
        ).distinct()
    )


def _notify_change(occurrences: list[Occurrence], kind: str, group: Group) -> None:
    for occurrence in occurrences:
        people = _people_going([occurrence])
        notify_many(
            users=people,
            kind=kind,
            url=occurrence.get_absolute_url(),
            group=group,
            occurrence=occurrence,
        )


def _park(occurrences: list[Occurrence]) -> None:
    # Moving rows one by one could briefly give two of them the same
    # (meeting, original_start); park them on distinct far-past times first.
    base = datetime(1900, 1, 1, tzinfo=UTC)
    for index, occurrence in enumerate(occurrences):
        Occurrence.objects.filter(pk=occurrence.pk).update(
            original_start=base + timedelta(minutes=index)
        )


@transaction.atomic
def update_meeting(
    *, actor, occurrence: Occurrence, data: dict[str, Any], scope: str = "following"
) -> Meeting:
    """Change one occurrence ("one") or this occurrence and every later one ("following")."""
    occurrence = (
        Occurrence.objects.select_for_update()
        .select_related("meeting", "group")
        .get(pk=occurrence.pk)
    )
    meeting, group = occurrence.meeting, occurrence.group
    check(actor, group, need=Need.COFACILITATOR)
    if occurrence.end <= timezone.now():
        raise ActionRefused(_("This meeting is over; it can no longer be changed."), code="past")
    local_start: datetime = data.get("local_start") or recurrence.to_local(
        occurrence.start, meeting.time_zone
    ).replace(tzinfo=None)
    if local_start != recurrence.to_local(occurrence.start, meeting.time_zone).replace(tzinfo=None):
        _validate_start(local_start, meeting.time_zone)
    _check_capacity(occurrence, data)

    if scope == "one" or not meeting.is_series:
        if not meeting.is_series:
            _apply(meeting, {**data, "repeat": Meeting.Repeat.NONE})
            meeting.local_start = local_start
            meeting.save()
        start = recurrence.to_utc(local_start, meeting.time_zone)
        duration = timedelta(minutes=data.get("duration_minutes") or meeting.duration_minutes)
        occurrence.moved = meeting.is_series and start != occurrence.original_start
        occurrence.start, occurrence.end = start, start + duration
        occurrence.sequence += 1
        if not meeting.is_series:
            occurrence.original_start = start
        occurrence.save()
        _notify_change([occurrence], Notification.Kind.MEETING_CHANGED, group)
        refresh_next_meeting(group.pk)
        return meeting

    earlier = Occurrence.objects.filter(
        meeting=meeting, original_start__lt=occurrence.original_start
    ).exists()
    future = list(
        Occurrence.objects.select_for_update()
        .filter(meeting=meeting, original_start__gte=occurrence.original_start)
        .order_by("original_start")
    )
    if earlier:
        # Split: the old series ends the day before; a new one carries on.
        local_day: date = recurrence.to_local(occurrence.original_start, meeting.time_zone).date()
        target = Meeting(group=group, time_zone=meeting.time_zone, created_by=actor)
        for field in MEETING_FIELDS:
            setattr(target, field, getattr(meeting, field))
        if meeting.repeat_count:
            remaining = (
                meeting.repeat_count
                - Occurrence.objects.filter(
                    meeting=meeting, original_start__lt=occurrence.original_start
                ).count()
            )
            target.repeat_count = max(1, remaining)
        meeting.repeat_until = local_day - timedelta(days=1)
        meeting.repeat_count = None
        meeting.save()
    else:
        target = meeting
    _apply(target, data)
    target.local_start = local_start
    starts = _starts(target, now=min(timezone.now(), occurrence.start))
    starts = [start for start in starts if start > timezone.now()]
    if not starts:
        raise ActionRefused(
            _("This repeat rule gives no meeting at all. Check the end date."), code="no_occurrence"
        )
    target.save()
    _park(future)
    duration = timedelta(minutes=target.duration_minutes)
    changed, dropped = [], []
    for index, row in enumerate(future):
        if index < len(starts):
            row.meeting = target
            row.original_start = row.start = starts[index]
            row.end = starts[index] + duration
            row.moved = False
            row.sequence += 1
            row.save()
            changed.append(row)
        else:
            row.meeting = target
            row.original_start = row.start
            row.cancelled = True
            row.sequence += 1
            row.save()
            dropped.append(row)
    for start in starts[len(future) :]:
        Occurrence.objects.create(
            meeting=target, group=group, original_start=start, start=start, end=start + duration
        )
    _notify_change(changed, Notification.Kind.MEETING_CHANGED, group)
    _notify_change(dropped, Notification.Kind.MEETING_CANCELLED, group)
    refresh_next_meeting(group.pk)
    return target


def _check_capacity(occurrence: Occurrence, data: dict[str, Any]) -> None:
    for mode, field in (
        (RSVP.Mode.IN_PERSON, "capacity_in_person"),
        (RSVP.Mode.ONLINE, "capacity_online"),
    ):
        capacity = data.get(field)
        if capacity is None:
            continue
        going = RSVP.objects.filter(
            occurrence=occurrence, mode=mode, status=RSVP.Status.GOING
        ).count()
        if capacity < going:
            raise ActionRefused(
                _("%(count)d people are already going, so the capacity cannot be %(capacity)d.")
                % {"count": going, "capacity": capacity},
                code="capacity_below_going",
            )


@transaction.atomic
def cancel_meeting(*, actor, occurrence: Occurrence, scope: str = "one") -> int:
    occurrence = (
        Occurrence.objects.select_for_update()
        .select_related("meeting", "group")
        .get(pk=occurrence.pk)
    )
    meeting, group = occurrence.meeting, occurrence.group
    check(actor, group, need=Need.COFACILITATOR)
    if scope == "following" and meeting.is_series:
        targets = list(
            Occurrence.objects.filter(
                meeting=meeting, original_start__gte=occurrence.original_start, cancelled=False
            )
        )
        local_day = recurrence.to_local(occurrence.original_start, meeting.time_zone).date()
        meeting.repeat_until = local_day - timedelta(days=1)
        meeting.repeat_count = None
        meeting.save()
    else:
        targets = [occurrence] if not occurrence.cancelled else []
    for target in targets:
        target.cancelled = True
        target.sequence += 1
        target.save(update_fields=["cancelled", "sequence"])
    _notify_change(targets, Notification.Kind.MEETING_CANCELLED, group)
    refresh_next_meeting(group.pk)
    return len(targets)


@transaction.atomic
def rsvp(*, actor, occurrence: Occurrence, going: bool, mode: str | None = None) -> RSVP:
    """Say going or not going; a full meeting puts new RSVPs on a first-come waitlist.

    The occurrence row is locked for the whole decision, so concurrent RSVPs
    are counted one after another and never overbook.
    """
    occurrence = (
        Occurrence.objects.select_for_update()
        .select_related("meeting", "group")
        .get(pk=occurrence.pk)
    )
    meeting = occurrence.meeting
    check(actor, occurrence.group, need=Need.MEMBER)
    if occurrence.cancelled:
        raise ActionRefused(_("This meeting was cancelled."), code="cancelled")
    if occurrence.end <= timezone.now():
        raise ActionRefused(_("This meeting is over."), code="past")
    if meeting.format == Meeting.Format.ONLINE:
        mode = RSVP.Mode.ONLINE
    elif meeting.format == Meeting.Format.IN_PERSON:
        mode = RSVP.Mode.IN_PERSON
    else:
        mode = mode or RSVP.Mode.IN_PERSON
    if mode not in RSVP.Mode.values:
        raise ActionRefused(_("Choose in person or online."), code="bad_mode")
    existing = RSVP.objects.select_for_update().filter(occurrence=occurrence, user=actor).first()
    freed_mode = existing.mode if existing and existing.status == RSVP.Status.GOING else None

    if not going:
        if existing is None:
            existing = RSVP(occurrence=occurrence, user=actor, mode=mode)
        existing.status = RSVP.Status.NOT_GOING
        existing.save()
        if freed_mode:
            _promote(occurrence, freed_mode)
        return existing

    if (
        existing
        and existing.status in (RSVP.Status.GOING, RSVP.Status.WAITLISTED)
        and existing.mode == mode
    ):
        return existing
    record = existing or RSVP(occurrence=occurrence, user=actor)
    record.mode = mode
    record.queued_at = timezone.now()
    capacity = meeting.capacity_for(mode)
    going_count = (
        RSVP.objects.filter(occurrence=occurrence, mode=mode, status=RSVP.Status.GOING)
        .exclude(user=actor)
        .count()
    )
    record.status = (
        RSVP.Status.GOING if capacity is None or going_count < capacity else RSVP.Status.WAITLISTED
    )
    record.save()
    if freed_mode and freed_mode != mode:
        _promote(occurrence, freed_mode)
    return record


def _promote(occurrence: Occurrence, mode: str) -> RSVP | None:
    capacity = occurrence.meeting.capacity_for(mode)
    going = RSVP.objects.filter(occurrence=occurrence, mode=mode, status=RSVP.Status.GOING).count()
    if capacity is not None and going >= capacity:
        return None
    first = (
        RSVP.objects.select_for_update()
        .filter(occurrence=occurrence, mode=mode, status=RSVP.Status.WAITLISTED)
        .order_by("queued_at", "pk")
        .first()
    )
    if first is None:
        return None
    first.status = RSVP.Status.GOING
    first.save(update_fields=["status", "updated_at"])
    notify(
        user=first.user,
        kind=Notification.Kind.WAITLIST_PROMOTED,
        url=occurrence.get_absolute_url(),
        group=occurrence.group,
        occurrence=occurrence,
    )
    return first


@transaction.atomic
def mark_attendance(*, actor, occurrence: Occurrence, present_user_ids: set[int]) -> int:
    check(actor, occurrence.group, need=Need.COFACILITATOR)
    if occurrence.start > timezone.now():
        raise ActionRefused(
            _("Attendance can be marked once the meeting has started."), code="not_started"
        )
    rows = list(
        RSVP.objects.select_for_update().filter(occurrence=occurrence, status=RSVP.Status.GOING)
    )
    for row in rows:
        row.attended = row.user_id in present_user_ids
        row.save(update_fields=["attended", "updated_at"])
    return len(rows)


@transaction.atomic
def message_attendees(*, actor, occurrence: Occurrence, body: str) -> MeetingMessage:
    check(actor, occurrence.group, need=Need.COFACILITATOR)
    body = body.strip()
    if not body:
        raise ActionRefused(_("Write a message first."), code="empty")
    if len(body) > 2000:
        raise ActionRefused(_("A message can be at most 2,000 characters."), code="too_long")
    message = MeetingMessage.objects.create(occurrence=occurrence, author=actor, body=body)
    people = [user for user in _people_going([occurrence]) if user.pk != actor.pk]
    notify_many(
        users=people,
        kind=Notification.Kind.MEETING_MESSAGE,
        url=occurrence.get_absolute_url(),
        group=occurrence.group,
        occurrence=occurrence,
    )
    return message


@transaction.atomic
def renew_calendar_feed(*, actor) -> CalendarFeed:
    """A new secret address for the member's calendar; the old one stops working."""
    CalendarFeed.objects.filter(user=actor).delete()
    return CalendarFeed.objects.create(user=actor)


@transaction.atomic
def revoke_calendar_feed(*, actor) -> None:
    CalendarFeed.objects.filter(user=actor).delete()


def extend_all_schedules() -> int:
    """Materialise occurrences that came within the horizon; refresh next-meeting dates."""
    created = 0
    for meeting in Meeting.objects.exclude(repeat=Meeting.Repeat.NONE).iterator():
        with transaction.atomic():
            created += materialize(meeting)
    stale = Group.objects.filter(next_meeting_at__lt=timezone.now()).values_list("pk", flat=True)
    for group_id in list(stale):
        refresh_next_meeting(group_id)
    return created


def record_reminder(*, occurrence: Occurrence, user, kind: str) -> bool:
    """Claim the right to send one reminder; False when another worker already did."""
    from peerhaven.meetings.models import ReminderSent

    try:
        with transaction.atomic():
            ReminderSent.objects.create(occurrence=occurrence, user=user, kind=kind)
    except IntegrityError:
        return False
    return True

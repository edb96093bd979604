"""Calendar files (RFC 5545) through the icalendar library.

A series becomes one event with an RRULE in the group's time zone (so
calendars keep its wall-clock time across daylight-saving changes), EXDATEs
for dates that are not in it for this reader (cancelled, or not going), and
an override with RECURRENCE-ID for each moved date. Addresses and video links
go only into files made for someone allowed to see them.
"""

from collections import defaultdict
from datetime import date, timedelta

import icalendar
from django.conf import settings
from django.utils import timezone

from peerhaven.meetings import recurrence
from peerhaven.meetings.models import Meeting, Occurrence

PRODID = "-//PeerHaven//Meetings//EN"


def _calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _host() -> str:
    from urllib.parse import urlsplit

    return urlsplit(settings.BASE_URL).hostname or "peerhaven.local"


def _event(meeting: Meeting, occurrence: Occurrence, *, private: bool, uid: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now())
    event.add("summary", meeting.title)
    zone = recurrence.zone(meeting.time_zone)
    event.add("dtstart", occurrence.start.astimezone(zone))
    event.add("dtend", occurrence.end.astimezone(zone))
    event.add("sequence", occurrence.sequence)
    event.add("url", f"{settings.BASE_URL}{occurrence.get_absolute_url()}")
    lines = [meeting.description] if meeting.description else []
    location = ", ".join(part for part in (meeting.venue_name, meeting.area) if part)
    if private and meeting.address:
        location = ", ".join(part for part in (meeting.venue_name, meeting.address) if part)
    if private and meeting.video_url:
        lines.append(meeting.video_url)
    if location:
        event.add("location", location)
    if lines:
        event.add("description", "\n\n".join(lines))
    if occurrence.cancelled:
        event.add("status", "CANCELLED")
    return event


def _series_events(
    meeting: Meeting, included: list[Occurrence], span: list[Occurrence], *, private: bool
):
    """Events for the `included` occurrences of one meeting, as a series when there are several."""
    uid = f"meeting-{meeting.pk}@{_host()}"
    if not meeting.is_series or len(included) == 1:
        return [
            _event(
                meeting, occurrence, private=private, uid=f"occurrence-{occurrence.pk}@{_host()}"
            )
            for occurrence in included
        ]
    included_ids = {occurrence.pk for occurrence in included}
    first, last = included[0], included[-1]
    zone = recurrence.zone(meeting.time_zone)
    master_occurrence = Occurrence(
        pk=first.pk,
        meeting=meeting,
        original_start=first.original_start,
        start=first.original_start,
        end=first.original_start + timedelta(minutes=meeting.duration_minutes),
        sequence=first.sequence,
    )
    master = _event(meeting, master_occurrence, private=private, uid=uid)
    rule = recurrence.ical_rrule(
        meeting.repeat, meeting.local_start, until_utc=last.original_start, count=None
    )
    master.add("rrule", rule)
    in_range = [
        row for row in span if first.original_start <= row.original_start <= last.original_start
    ]
    excluded = [
        row.original_start.astimezone(zone)
        for row in in_range
        if row.pk not in included_ids or row.cancelled
    ]
    if excluded:
        master.add("exdate", excluded)
    events = [master]
    for row in included:
        if row.moved and not row.cancelled:
            override = _event(meeting, row, private=private, uid=uid)
            override.add("recurrence-id", row.original_start.astimezone(zone))
            events.append(override)
    return events


def _to_bytes(calendar: icalendar.Calendar, first: date) -> bytes:
    calendar.add_missing_timezones(
        first_date=first - timedelta(days=366), last_date=first + timedelta(days=3 * 366)
    )
    return calendar.to_ical()


def occurrence_file(occurrence: Occurrence, *, private: bool) -> bytes:
    calendar = _calendar(occurrence.meeting.title)
    calendar.add_component(
        _event(
            occurrence.meeting,
            occurrence,
            private=private,
            uid=f"occurrence-{occurrence.pk}@{_host()}",
        )
    )
    return _to_bytes(calendar, occurrence.start.date())


def _feed(name: str, occurrences: list[Occurrence], *, private_for: set[int]) -> bytes:
    calendar = _calendar(name)
    by_meeting: dict[int, list[Occurrence]] = defaultdict(list)
    for occurrence in occurrences:
        by_meeting[occurrence.meeting_id].append(occurrence)
    meetings = {occurrence.meeting_id: occurrence.meeting for occurrence in occurrences}
    spans: dict[int, list[Occurrence]] = defaultdict(list)
    for row in Occurrence.objects.filter(meeting_id__in=list(by_meeting)).order_by(
        "original_start"
    ):
        spans[row.meeting_id].append(row)
    for meeting_id, included in by_meeting.items():
        included.sort(key=lambda row: row.original_start)
        for event in _series_events(
            meetings[meeting_id], included, spans[meeting_id], private=meeting_id in private_for
        ):
            calendar.add_component(event)
    return _to_bytes(calendar, timezone.now().date())


def personal_feed(user) -> bytes:
    """The meetings `user` is going to, from a month ago on; details they may see included."""
    from peerhaven.meetings.models import RSVP

    since = timezone.now() - timedelta(days=30)
    occurrences = list(
        Occurrence.objects.filter(
            rsvps__user=user,
            rsvps__status=RSVP.Status.GOING,
            start__gte=since,
            cancelled=False,
            group__memberships__user=user,
            group__memberships__state="active",
        ).select_related("meeting")
    )
    private = {occurrence.meeting_id for occurrence in occurrences}
    return _feed("PeerHaven", occurrences, private_for=private)


def group_feed(group) -> bytes:
    """A public group's upcoming meetings, without addresses or links."""
    occurrences = list(
        Occurrence.objects.filter(
            group=group, start__gte=timezone.now(), cancelled=False
        ).select_related("meeting")
    )
    return _feed(group.name, occurrences, private_for=set())

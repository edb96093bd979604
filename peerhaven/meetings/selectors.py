"""Reads about meetings, filtered by who is asking."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Func, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from peerhaven.groups import access
from peerhaven.groups.models import Group, Membership
from peerhaven.meetings.forms import MeetingForm
from peerhaven.meetings.models import RSVP, MeetingMessage, Occurrence

TIMES_OF_DAY = {
    # name: local hours [from, to)
    "morning": (5, 12),
    "afternoon": (12, 17),
    "evening": (17, 22),
    "night": (22, 29),
}


@dataclass(frozen=True)
class OccurrenceAccess:
    occurrence: Occurrence
    group_access: access.GroupAccess
    rsvp: RSVP | None

    @property
    def may_rsvp(self) -> bool:
        return self.group_access.is_member

    @property
    def sees_private_details(self) -> bool:
        """Exact address, directions, accessibility notes and video link (safety rule 1)."""
        if self.group_access.can_moderate:
            return True
        return (
            self.group_access.is_member
            and self.rsvp is not None
            and self.rsvp.status == RSVP.Status.GOING
        )

    @property
    def manages(self) -> bool:
        return self.group_access.can_moderate


def access_occurrence(
    user, occurrence_id: int, *, need: access.Need = access.Need.VIEW
) -> OccurrenceAccess:
    occurrence = (
        Occurrence.objects.select_related("meeting", "group", "group__language")
        .filter(pk=occurrence_id)
        .first()
    )
    if occurrence is None:
        raise Http404("No such meeting")
    group_access = access.check(user, occurrence.group, need=need)
    rsvp = None
    if user.is_authenticated:
        rsvp = RSVP.objects.filter(occurrence=occurrence, user=user).first()
    return OccurrenceAccess(occurrence, group_access, rsvp)


# No meeting lasts longer than the meeting form allows (24 hours), so an occurrence that has
# not ended yet started at most that long ago. Saying so bounds `start` from below: the
# database then reads only the last day of past occurrences in its start indexes instead of
# all of them (occurrences are kept as history, so that part grows without end). With
# bench-seed's 200,000 occurrences it took the drop-ins query from about 90 to 10 ms
# (docs/performance.md, "Meetings").
LONGEST_MEETING = timedelta(minutes=MeetingForm.base_fields["duration_minutes"].max_value)


def _upcoming() -> QuerySet[Occurrence]:
    now = timezone.now()
    return (
        Occurrence.objects.filter(cancelled=False, end__gte=now, start__gte=now - LONGEST_MEETING)
        .select_related("meeting", "group")
        .order_by("start")
    )


def next_meetings(group: Group, limit: int = 3) -> list[Occurrence]:
    """The group's next meetings; callers have checked the group is visible."""
    # The group is the caller's: reading it again with each row would copy its long texts.
    occurrences = list(
        _upcoming().filter(group=group).select_related(None).select_related("meeting")[:limit]
    )
    for occurrence in occurrences:
        occurrence.group = group
    return occurrences


def my_rsvps(user, limit: int = 20) -> list[Occurrence]:
    occurrences = (
        _upcoming()
        .filter(
            rsvps__user=user,
            rsvps__status__in=[RSVP.Status.GOING, RSVP.Status.WAITLISTED],
            group__memberships__user=user,
            group__memberships__state=Membership.State.ACTIVE,
        )
        .distinct()
    )
    return list(occurrences[:limit])


def _filter(
    qs: QuerySet[Occurrence], *, topic=None, format=None, language=None
) -> QuerySet[Occurrence]:
    if topic is not None:
        qs = qs.filter(
            group__topics__in=[topic.pk, *topic.children.values_list("pk", flat=True)]
        ).distinct()
    if format:
        qs = qs.filter(meeting__format=format)
    if language:
        qs = qs.filter(group__language_id=language)
    return qs


def _fetch(limit: int, part: str | None) -> int:
    """Rows to read: four times the limit when the time of day is filtered here afterwards,
    just the limit otherwise (reading 80 drop-ins with their meeting and group to show 20
    was a third of the Upcoming page's database time)."""
    return limit * 4 if part in TIMES_OF_DAY else limit


def _time_of_day(occurrences: list[Occurrence], part: str | None, zone) -> list[Occurrence]:
    if not part or part not in TIMES_OF_DAY:
        return occurrences
    low, high = TIMES_OF_DAY[part]
    kept = []
    for occurrence in occurrences:
        hour = occurrence.start.astimezone(zone).hour
        if low <= hour < high or low <= hour + 24 < high:
            kept.append(occurrence)
    return kept


def my_groups_meetings(
    user, *, days: int = 30, limit: int = 30, zone=None, part=None, **filters
) -> list[Occurrence]:
    # `group IN (the member's groups)`, not a correlated EXISTS: the database then reads each
    # group's slice of the (group, start) index, instead of every occurrence that starts
    # before the window's end (all of the past included) with a membership probe for each
    # (565 ms against 4 ms with bench-seed's 200,000 occurrences; see docs/performance.md).
    active = Membership.objects.filter(user=user, state=Membership.State.ACTIVE)
    qs = _upcoming().filter(
        group_id__in=active.values("group_id"),
        start__lte=timezone.now() + timedelta(days=days),
    )
    qs = _filter(qs, **filters)
    return _time_of_day(list(qs[: _fetch(limit, part)]), part, zone)[:limit]


def _likely(condition: Q) -> Q:
    """`condition`, marked for SQLite's planner as true for most rows (`likely()`), so that
    it does not pick the condition's index to drive the query. PostgreSQL keeps statistics
    and needs no such hint."""
    if connection.vendor != "sqlite":
        return condition
    return Q(
        Func(
            ExpressionWrapper(condition, output_field=BooleanField()),
            function="likely",
            output_field=BooleanField(),
        )
    )


def drop_ins_soon(
    *, hours: int = 24, limit: int = 20, zone=None, part=None, **filters
) -> list[Occurrence]:
    """Online meetings starting soon across public groups anyone may join at once."""
    # Without the hint SQLite walks the index of public groups (two thirds of them) and
    # each one's next day of occurrences, then sorts: 20-40 ms with bench-seed's data. With
    # it, the start index in order, stopping at the limit: under 10 ms, the same rows.
    qs = _upcoming().filter(
        _likely(Q(group__listing=Group.Listing.PUBLIC)),
        _likely(Q(group__join_policy=Group.JoinPolicy.OPEN)),
        start__lte=timezone.now() + timedelta(hours=hours),
        meeting__format__in=["online", "hybrid"],
    )
    qs = _filter(qs, **filters)
    return _time_of_day(list(qs[: _fetch(limit, part)]), part, zone)[:limit]


def attendees(occurrence: Occurrence) -> list[RSVP]:
    """Going and waitlisted, in order. Callers have checked Need.COFACILITATOR."""
    return list(
        RSVP.objects.filter(
            occurrence=occurrence, status__in=[RSVP.Status.GOING, RSVP.Status.WAITLISTED]
        )
        .select_related("user")
        .order_by("status", "queued_at", "pk")
    )


def counts(occurrence: Occurrence) -> dict[str, int]:
    going = RSVP.objects.filter(occurrence=occurrence, status=RSVP.Status.GOING)
    return {
        "in_person": going.filter(mode=RSVP.Mode.IN_PERSON).count(),
        "online": going.filter(mode=RSVP.Mode.ONLINE).count(),
        "waitlisted": RSVP.objects.filter(
            occurrence=occurrence, status=RSVP.Status.WAITLISTED
        ).count(),
    }


def messages_for(occurrence: Occurrence) -> list[MeetingMessage]:
    return list(MeetingMessage.objects.filter(occurrence=occurrence).select_related("author"))


def attendance_history(user, limit: int = 100) -> list[RSVP]:
    return list(
        RSVP.objects.filter(user=user, occurrence__start__lt=timezone.now())
        .exclude(status=RSVP.Status.NOT_GOING)
        .select_related("occurrence", "occurrence__meeting", "occurrence__group")
        .order_by("-occurrence__start")[:limit]
    )

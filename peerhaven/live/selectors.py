"""Reads about live rooms, filtered by who is asking."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven.groups.access import Need
from peerhaven.live import frames
from peerhaven.live.models import Connection, Entry, Participant, Room
from peerhaven.meetings.models import Occurrence
from peerhaven.meetings.selectors import OccurrenceAccess, access_occurrence

# A connection whose server has not refreshed it for this long no longer counts
# as presence (its process is gone). Servers refresh every HEARTBEAT seconds.
HEARTBEAT = timedelta(seconds=30)
STALE_AFTER = timedelta(seconds=90)
# A new socket without a last-seen number gets this many of the latest entries.
HISTORY = 100
PAGE = 500


class NotGoing(PermissionDenied):
    """An active member who has not said they're going: the page explains."""

    def __init__(self, occurrence_access: OccurrenceAccess) -> None:
        super().__init__("Only people going may enter")
        self.occurrence_access = occurrence_access


@dataclass(frozen=True)
class RoomAccess:
    occurrence_access: OccurrenceAccess

    @property
    def occurrence(self) -> Occurrence:
        return self.occurrence_access.occurrence

    @property
    def facilitates(self) -> bool:
        """Co-facilitators share the controls with facilitators."""
        return self.occurrence_access.manages


def access_room(user, occurrence_id: int) -> RoomAccess:
    """The room of an occurrence for `user`, or an exception that says why not.

    Active members who RSVP'd going and the group's facilitators may enter
    (the same people who see the meeting's private details). Raises Http404
    (no such meeting, no online part, hidden group), LoginRequired,
    PermissionDenied (not a member) or NotGoing.
    """
    occurrence_access = access_occurrence(user, occurrence_id, need=Need.MEMBER)
    occurrence = occurrence_access.occurrence
    if not occurrence.meeting.has_online:
        raise Http404("This meeting has no online room")
    if not occurrence_access.sees_private_details:
        raise NotGoing(occurrence_access)
    return RoomAccess(occurrence_access)


def fresh_since(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) - STALE_AFTER


def is_here(participant_id: int, now: datetime | None = None) -> bool:
    return Connection.objects.filter(
        participant_id=participant_id, seen_at__gte=fresh_since(now)
    ).exists()


def queue(room: Room) -> list[int]:
    """Raised hands in the order they went up."""
    return list(
        Participant.objects.filter(room=room, hand_raised_at__isnull=False, removed_at__isnull=True)
        .order_by("hand_raised_at", "pk")
        .values_list("pk", flat=True)
    )


def present(room: Room) -> list[Participant]:
    """People in the room now (not waiting, not removed), in the order they first came."""
    fresh = Connection.objects.filter(participant=OuterRef("pk"), seen_at__gte=fresh_since())
    return list(
        Participant.objects.filter(room=room, removed_at__isnull=True)
        .filter(Exists(fresh))
        .order_by("first_joined_at", "pk")
    )


def participants(room: Room) -> list[dict]:
    """Everyone who came to the room, as presence frames: one query, no model instances
    (a welcome in a full room lists hundreds)."""
    now = timezone.now()
    fresh = Connection.objects.filter(participant=OuterRef("pk"), seen_at__gte=fresh_since(now))
    rows = (
        Participant.objects.filter(room=room)
        .annotate(here=Exists(fresh))
        .order_by("first_joined_at", "pk")
        .values_list(
            "pk",
            "anonymous",
            "facilitator",
            "admitted",
            "removed_at",
            "muted_until",
            "version",
            "here",
            "user__display_name",
            "user__username",
            "user__erased_at",
        )
    )
    return [
        frames.presence(
            pk=pk,
            name=None if erased_at else (display_name or username),
            anonymous=anonymous,
            facilitator=facilitator,
            admitted=admitted,
            removed=removed_at is not None,
            muted_until=muted_until,
            version=version,
            here=here,
            now=now,
        )
        for (
            pk,
            anonymous,
            facilitator,
            admitted,
            removed_at,
            muted_until,
            version,
            here,
            display_name,
            username,
            erased_at,
        ) in rows
    ]


def entry_frames(room_id: int, *, after: int, limit: int = PAGE) -> list[tuple[int, str]]:
    """Up to `limit` numbered entries after `after`, in order, as (seq, frame).

    Numbers are handed out under the room row's lock and become visible in
    order, so when entry N is visible every entry before it is too.
    """
    rows = (
        Entry.objects.filter(room_id=room_id, seq__gt=after)
        .select_related("author", "target")
        .order_by("seq")[:limit]
    )
    return [(row.seq, frames.entry_frame(row)) for row in rows]


@dataclass(frozen=True)
class Welcome:
    frame: str
    last_seq: int
    after: int


def welcome(room_id: int, participant_id: int, *, since: int | None) -> Welcome:
    """Everything a socket needs on entering: who is here, the stage, and from
    which number its log continues (`since` if the client saw up to there)."""
    room = Room.objects.select_related("occurrence__meeting").get(pk=room_id)
    me = Participant.objects.get(pk=participant_id)
    if since is None or since > room.last_seq:
        after = max(0, room.last_seq - HISTORY)
        reset = True
    else:
        after = max(0, since)
        reset = False
    frame = frames.dumps(
        {
            "type": "welcome",
            "you": me.pk,
            "facilitator": me.facilitator,
            "participants": participants(room),
            "stage": frames.stage(room, queue(room)),
            "last_seq": room.last_seq,
            "after": after,
            "reset": reset,
        }
    )
    return Welcome(frame=frame, last_seq=room.last_seq, after=after)


def waiting_frame(room_id: int, reason: str) -> str:
    room = Room.objects.select_related("occurrence__meeting").get(pk=room_id)
    now = timezone.now()
    state = room.effective_state(now)
    opens_in = None
    if state == Room.State.SCHEDULED:
        opens_in = max(0, round((room.opens_at() - now).total_seconds()))
    return frames.dumps(
        {
            "type": "waiting",
            "reason": reason,
            "opens_in": opens_in,
            "starts_in": max(0, round((room.occurrence.start - now).total_seconds())),
        }
    )


def control_log(room: Room) -> list:
    """The room's control records, oldest first (for facilitators and moderators)."""
    return list(room.controls.select_related("actor", "subject"))


def flagged_message(flag) -> dict | None:
    """A live-room message linked to a moderation flag, for the flag page (moderators only:
    the page checks services.may_moderate before asking)."""
    item = (
        Entry.objects.filter(care_flag=flag, kind=Entry.Kind.MESSAGE)
        .select_related("room__occurrence__meeting")
        .first()
    )
    if item is None:
        return None
    occurrence = item.room.occurrence
    if item.removed_at is not None:
        state = _("Removed")
    elif item.held:
        state = _("Held for care: the room has not seen it")
    else:
        state = _("Shown in the room")
    return {
        "label": _("A message in the live room of “%(meeting)s”")
        % {"meeting": occurrence.meeting.title},
        "body": item.body,
        "state": state,
        "url": reverse("live:room", args=[occurrence.pk]),
    }

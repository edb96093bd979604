"""Every write in a live room: entering and leaving, chat, structured sharing and
facilitator controls.

Each function checks access through `selectors.access_room` (which asks
`groups/access.py`), runs in one transaction holding the room row's lock, and
hands its frames to `send_event_on_commit`, so a room only ever sees what was
committed, in the order the numbers were given out.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from peerhaven.errors import ActionRefused
from peerhaven.events import send_event_on_commit
from peerhaven.live import frames, selectors
from peerhaven.live.channel_groups import room_group, user_group, waiting_group
from peerhaven.live.models import (
    MAX_MESSAGE,
    MAX_REASON,
    MAX_WORD,
    Connection,
    ControlRecord,
    Entry,
    EntryReaction,
    Participant,
    Room,
)
from peerhaven.live.selectors import RoomAccess

# Imported here, not on the first message: loading the crisis detector takes most of a
# second, which would otherwise hold up the first message after each server start.
from peerhaven.safety import crisis
from peerhaven.safety.screening import Screening, screen
from peerhaven.safety.services import is_muted, record_room_control, respond_to_screening
from peerhaven.sharing.models import Reaction

# More than this many messages in the window from one member: refused.
RATE_COUNT = 5
RATE_WINDOW = timedelta(seconds=5)
REACTION_RATE_COUNT = 10
SLOW_MODE_CHOICES = (0, 5, 10, 30, 60, 120, 300)
TIMER_CHOICES = (0, 60, 120, 180, 300, 600)
MUTE_MINUTES_MAX = 120
# Connection rows nobody refreshed for this long are deleted.
FORGET_CONNECTIONS_AFTER = timedelta(minutes=10)


# --- Helpers --------------------------------------------------------------------


@dataclass
class Inside:
    access: RoomAccess
    room: Room
    participant: Participant


def _locked_room(access: RoomAccess, *, create: bool = False) -> Room:
    occurrence = access.occurrence
    # of=("self",): lock the room row only, never the occurrence an RSVP may be waiting for.
    query = Room.objects.select_for_update(of=("self",)).filter(occurrence=occurrence)
    room = query.first()
    if room is None and create:
        Room.objects.get_or_create(occurrence=occurrence)
        room = query.first()
    if room is None:
        raise PermissionDenied("Not in this room")
    room.occurrence = occurrence
    return room


def _inside(actor, occurrence_id: int, *, control: bool = False) -> Inside:
    """The asker's place in the room, with the room row locked; refuses anyone not let in."""
    access = selectors.access_room(actor, occurrence_id)
    if control and not access.facilitates:
        raise ActionRefused(_("Only facilitators can do that."), code="not_facilitator")
    room = _locked_room(access)
    participant = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(room=room, user=actor)
        .first()
    )
    if participant is None or (participant.removed_at and not access.facilitates):
        raise PermissionDenied("Not in this room")
    if not access.facilitates and (
        not participant.admitted or room.effective_state() == Room.State.CLOSED
    ):
        raise ActionRefused(
            _("You are in the waiting room. You can take part once you are let in."),
            code="waiting",
        )
    return Inside(access, room, participant)


def _number(room: Room) -> int:
    """The next number of the room's log, given out by the database in one atomic
    UPDATE … RETURNING (PostgreSQL, SQLite ≥ 3.35). Call inside the transaction that
    writes the entry: the row stays locked until it commits, so numbers become
    visible in order and two processes never give out the same one."""
    table = connection.ops.quote_name(Room._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET last_seq = last_seq + 1 WHERE id = %s RETURNING last_seq",  # noqa: S608
            [room.pk],
        )
        room.last_seq = cursor.fetchone()[0]
    return room.last_seq


def _publish_entry(room: Room, item: Entry) -> None:
    send_event_on_commit(
        room_group(room.occurrence_id),
        {"type": "room.entry", "seq": item.seq, "frame": frames.entry_frame(item)},
    )


def _save_stage(room: Room, *fields: str, closed: bool = False) -> None:
    room.stage_version += 1
    room.save(update_fields=[*fields, "stage_version"])
    event = {"type": "room.frame", "frame": frames.stage_frame(room, selectors.queue(room))}
    if closed:
        event["closed"] = True
    send_event_on_commit(room_group(room.occurrence_id), event)


def _save_participant(
    room: Room, person: Participant, *fields: str, here: bool | None = None, revoke: bool = False
) -> None:
    person.version += 1
    person.save(update_fields=[*fields, "version"])
    if here is None:
        here = selectors.is_here(person.pk)
    event = {"type": "room.frame", "frame": frames.participant_frame(person, here=here)}
    if revoke:
        event["revoke"] = person.user_id
    else:
        event["presence"] = True  # may wait a moment to leave with others (consumers)
    send_event_on_commit(room_group(room.occurrence_id), event)


def _publish_private(user_id: int, occurrence_id: int, frame: dict) -> None:
    send_event_on_commit(
        user_group(user_id),
        {"type": "room.private", "occurrence": occurrence_id, "frame": frames.dumps(frame)},
    )


def _record(
    inside: Inside,
    action: str,
    *,
    subject=None,
    entry: Entry | None = None,
    reason: str = "",
    details: dict | None = None,
) -> ControlRecord:
    """Record a control twice, in the same transaction: in the room's own control log,
    and in the moderation log (`safety.services.record_room_control`), which the
    moderation pages read. Neither record holds what anyone wrote."""
    record = ControlRecord.objects.create(
        room=inside.room,
        actor=inside.participant.user,
        action=action,
        subject=subject,
        entry=entry,
        reason=reason,
        details=details or {},
    )
    occurrence = inside.access.occurrence
    extra = {"occurrence": occurrence.pk, **(details or {})}
    if entry is not None:
        extra["seq"] = entry.seq
    record_room_control(
        actor=record.actor,
        group=occurrence.group,
        subject=subject,
        control=action,
        reason=reason,
        **extra,
    )
    return record


def _clean_reason(reason: str, *, required: bool) -> str:
    reason = (reason or "").strip()
    if required and not reason:
        raise ActionRefused(_("Please give a reason; it is recorded."), code="reason_required")
    if len(reason) > MAX_REASON:
        raise ActionRefused(
            _("A reason can be at most %(max)s characters.") % {"max": MAX_REASON},
            code="reason_too_long",
        )
    return reason


def _target(inside: Inside, participant_id: int) -> Participant:
    person = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(room=inside.room, pk=participant_id)
        .first()
    )
    if person is None:
        raise ActionRefused(_("That person is not in this room."), code="no_participant")
    return person


def _not_a_facilitator(person: Participant) -> None:
    if person.facilitator:
        raise ActionRefused(
            _("Facilitators cannot be muted or removed from the room."), code="facilitator"
        )


# --- Entering and leaving --------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    room_id: int
    participant_id: int
    facilitator: bool
    admitted: bool
    reason: str  # why they wait: "not_open", "locked", "closed"; "" when admitted


@transaction.atomic
def join_room(
    *,
    actor,
    occurrence_id: int,
    channel_name: str,
    server: str,
    anonymous: bool = False,
    again: bool = False,
) -> Joined:
    """Record a socket in the room and decide whether its person is in or waits.

    The same socket calls again (`again=True`) to try to enter from the waiting
    room. Anonymity is chosen on the first entry and kept for the whole meeting.
    """
    access = selectors.access_room(actor, occurrence_id)
    room = _locked_room(access, create=True)
    facilitator = access.facilitates
    # The room row is locked: nobody else creates this person's row meanwhile.
    person = (
        Participant.objects.select_for_update(of=("self",)).filter(room=room, user=actor).first()
    )
    created = person is None
    if created:
        person = Participant.objects.create(
            room=room, user=actor, anonymous=anonymous and not facilitator, facilitator=facilitator
        )
    person.user = actor
    if person.removed_at is not None and not facilitator:
        raise PermissionDenied("Removed from this room")
    now = timezone.now()
    state = room.effective_state(now)
    if facilitator:
        admitted, reason = True, ""
    elif state == Room.State.CLOSED:
        admitted, reason = False, "closed"
    elif person.admitted or state == Room.State.OPEN:
        admitted, reason = True, ""
    else:
        admitted, reason = False, "locked" if state == Room.State.LOCKED else "not_open"
    was_here = not created and selectors.is_here(person.pk, now)
    if again:
        Connection.objects.filter(channel_name=channel_name).update(seen_at=now)
    else:
        Connection.objects.create(
            participant=person, channel_name=channel_name, server=server, seen_at=now
        )
    changed = []
    if person.facilitator != facilitator:
        person.facilitator = facilitator
        changed.append("facilitator")
    if facilitator and person.anonymous:
        person.anonymous = False
        changed.append("anonymous")
    if admitted and not person.admitted:
        person.admitted = True
        changed.append("admitted")
    if created or changed or not was_here:
        _save_participant(room, person, *changed, here=True)
    return Joined(room.pk, person.pk, facilitator, admitted, reason)


@transaction.atomic
def leave_room(*, actor, channel_name: str) -> None:
    connection = Connection.objects.filter(
        channel_name=channel_name, participant__user=actor
    ).first()
    if connection is None:
        return
    person = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user", "room")
        .get(pk=connection.participant_id)
    )
    connection.delete()
    if not selectors.is_here(person.pk):
        _save_participant(person.room, person, here=False)


@transaction.atomic
def refresh_connections(*, server: str) -> None:
    """A server process's heartbeat: its sockets are still here; forgotten ones go."""
    now = timezone.now()
    Connection.objects.filter(server=server).update(seen_at=now)
    Connection.objects.filter(seen_at__lt=now - FORGET_CONNECTIONS_AFTER).delete()


@transaction.atomic
def still_allowed(*, actor, occurrence_id: int) -> bool:
    """Whether `actor` may still be in the room; returns whether they facilitate.

    Raises Http404 or PermissionDenied when they may not (removed from the
    group or the room, no longer going). Keeps their facilitator mark current.
    """
    access = selectors.access_room(actor, occurrence_id)
    person = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user", "room")
        .filter(room__occurrence=access.occurrence, user=actor)
        .first()
    )
    if person is None or (person.removed_at is not None and not access.facilitates):
        raise PermissionDenied("Not in this room")
    if person.facilitator != access.facilitates:
        person.facilitator = access.facilitates
        person.admitted = person.admitted or access.facilitates
        _save_participant(person.room, person, "facilitator", "admitted")
    return access.facilitates


# --- Chat -------------------------------------------------------------------------


def _clean_message(body) -> str:
    if not isinstance(body, str) or not body.strip():
        raise ActionRefused(_("Write something first."), code="empty")
    body = body.strip()
    if len(body) > MAX_MESSAGE:
        raise ActionRefused(
            _("A message can be at most %(max)s characters; this one has %(count)s.")
            % {"max": f"{MAX_MESSAGE:,}", "count": f"{len(body):,}"},
            code="too_long",
        )
    return body


def _guard_writing(inside: Inside, *, now) -> None:
    person, room = inside.participant, inside.room
    if person.is_muted(now) or is_muted(person.user, inside.access.occurrence.group):
        raise ActionRefused(
            _("A facilitator has muted you for a while. You can still read and listen."),
            code="muted",
        )
    # One query answers both the rate limit and slow mode: their latest messages.
    slow = timedelta(seconds=room.slow_mode_seconds)
    recent = list(
        Entry.objects.filter(
            room=room,
            author=person.user,
            kind__in=[Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN],
            created_at__gt=now - max(RATE_WINDOW, slow),
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:RATE_COUNT]
    )
    if sum(1 for moment in recent if moment > now - RATE_WINDOW) >= RATE_COUNT:
        raise ActionRefused(
            _("That's a lot of messages at once. Please wait a few seconds."), code="too_fast"
        )
    if slow and recent and not inside.access.facilitates and recent[0] > now - slow:
        wait = room.slow_mode_seconds - int((now - recent[0]).total_seconds())
        raise ActionRefused(
            _("Slow mode is on: you can send again in %(seconds)s seconds.")
            % {"seconds": max(1, wait)},
            code="slow_mode",
        )


def _care_html(user, screening: Screening, *, held: bool, flag) -> str:
    """What the writer sees at once, in their own language: the crisis panel for urgent
    language (crisis lines of their country, and two answers), a gentle card for concern."""
    with translation.override(user.language or settings.LANGUAGE_CODE):
        return render_to_string(
            "live/_care.html",
            {
                "level": screening.level,
                "held": held,
                "flag": flag,
                "directory": crisis.directory_for(user.country),
                "international": crisis.international(),
            },
        )


def _screen(inside: Inside, item: Entry) -> bool:
    """Crisis screening, as for posts, before anyone sees the message: returns whether
    to hold it. Urgent: held for care, the writer gets the crisis panel and the room's
    facilitators an alert (moderators are notified by the safety app). Concern: shown,
    and the writer alone gets a card with where to find help."""
    group = inside.access.occurrence.group
    writer = inside.participant.user
    screening = screen(item.body, group_id=group.pk)
    flag = respond_to_screening(writer=writer, group=group, screening=screening)
    held = screening.hold
    item.care_flag = flag
    if screening.level == "none" and not held:
        return False
    occurrence_id = inside.access.occurrence.pk
    urgent = screening.level == "urgent"
    _publish_private(
        writer.pk,
        occurrence_id,
        {
            "type": "care",
            "level": screening.level,
            "held": held,
            "flag": flag.pk if urgent and flag is not None else None,
            "html": _care_html(writer, screening, held=held, flag=flag if urgent else None),
        },
    )
    if urgent and flag is not None:
        # The facilitators in the room learn that someone may need support, as the room
        # names them (anonymous stays anonymous), never what they wrote.
        for user_id in (
            Participant.objects.filter(room=inside.room, facilitator=True, removed_at__isnull=True)
            .exclude(user=writer)
            .values_list("user_id", flat=True)
        ):
            _publish_private(
                user_id,
                occurrence_id,
                {
                    "type": "care_alert",
                    "participant": inside.participant.pk,
                    "held": held,
                    "flag": reverse("safety:flag", args=[flag.pk]),
                },
            )
    return held


def _write(inside: Inside, kind: str, body: str) -> Entry:
    now = timezone.now()
    _guard_writing(inside, now=now)
    person = inside.participant
    item = Entry(
        room=inside.room,
        kind=kind,
        author=person.user,
        participant=person,
        anonymous=person.anonymous,
        body=body,
        created_at=now,
    )
    if _screen(inside, item):
        item.held = True
        item.save()
    else:
        item.seq = _number(inside.room)
        item.save()
        _publish_entry(inside.room, item)
    return item


@transaction.atomic
def send_message(*, actor, occurrence_id: int, body: str) -> Entry:
    body = _clean_message(body)
    return _write(_inside(actor, occurrence_id), Entry.Kind.MESSAGE, body)


@transaction.atomic
def react(*, actor, occurrence_id: int, seq: int, kind: str) -> Entry:
    """Add the asker's empathy reaction to a message, or take it back."""
    if kind not in Reaction.values:
        raise ActionRefused(_("That reaction does not exist."), code="bad_reaction")
    inside = _inside(actor, occurrence_id)
    now = timezone.now()
    recent = Entry.objects.filter(
        room=inside.room,
        author=actor,
        kind=Entry.Kind.REACTION,
        created_at__gt=now - RATE_WINDOW,
    ).count()
    if recent >= REACTION_RATE_COUNT:
        raise ActionRefused(
            _("That's a lot of reactions at once. Please wait a few seconds."), code="too_fast"
        )
    target = Entry.objects.filter(
        room=inside.room,
        seq=seq,
        kind__in=[Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN],
        removed_at__isnull=True,
    ).first()
    if target is None:
        raise ActionRefused(_("That message is not here any more."), code="no_message")
    mine = EntryReaction.objects.filter(entry=target, participant=inside.participant, kind=kind)
    on = not mine.exists()
    if on:
        EntryReaction.objects.create(entry=target, participant=inside.participant, kind=kind)
    else:
        mine.delete()
    counts = {
        code: EntryReaction.objects.filter(entry=target, kind=code).count()
        for code in Reaction.values
    }
    item = Entry(
        room=inside.room,
        kind=Entry.Kind.REACTION,
        author=actor,
        participant=inside.participant,
        target=target,
        data={"kind": kind, "on": on, "by": inside.participant.pk, "counts": counts},
        created_at=now,
    )
    item.seq = _number(inside.room)
    item.save()
    _publish_entry(inside.room, item)
    return item


# --- Structured sharing: hands, floor, timer, check-in round ----------------------


@transaction.atomic
def raise_hand(*, actor, occurrence_id: int, up: bool) -> None:
    inside = _inside(actor, occurrence_id)
    person = inside.participant
    if up == (person.hand_raised_at is not None):
        return
    person.hand_raised_at = timezone.now() if up else None
    person.save(update_fields=["hand_raised_at"])
    _save_stage(inside.room)


def _start_floor(room: Room, person: Participant | None) -> None:
    now = timezone.now()
    room.floor = person
    room.floor_since = now if person else None
    room.timer_ends_at = (
        now + timedelta(seconds=room.share_seconds) if person and room.share_seconds else None
    )
    if person is not None and person.hand_raised_at is not None:
        person.hand_raised_at = None
        person.save(update_fields=["hand_raised_at"])


@transaction.atomic
def give_floor(*, actor, occurrence_id: int, participant_id: int | None = None) -> None:
    """Give the floor to someone, or (without `participant_id`) to the next raised hand."""
    inside = _inside(actor, occurrence_id, control=True)
    if participant_id is None:
        here = {person.pk: person for person in selectors.present(inside.room)}
        waiting = [pk for pk in selectors.queue(inside.room) if pk in here]
        if not waiting:
            raise ActionRefused(_("Nobody has their hand up."), code="queue_empty")
        person = Participant.objects.select_for_update(of=("self",)).get(pk=waiting[0])
    else:
        person = _target(inside, participant_id)
        if person.removed_at is not None:
            raise ActionRefused(_("That person is not in this room."), code="no_participant")
    _start_floor(inside.room, person)
    _save_stage(inside.room, "floor", "floor_since", "timer_ends_at")


@transaction.atomic
def end_floor(*, actor, occurrence_id: int) -> None:
    """The person speaking is done: they or a facilitator say so."""
    inside = _inside(actor, occurrence_id)
    room = inside.room
    if not inside.access.facilitates and room.floor_id != inside.participant.pk:
        raise ActionRefused(_("Only facilitators can do that."), code="not_facilitator")
    if room.floor_id is None:
        return
    _start_floor(room, None)
    _save_stage(room, "floor", "floor_since", "timer_ends_at")


@transaction.atomic
def set_share_timer(*, actor, occurrence_id: int, seconds: int) -> None:
    if seconds not in TIMER_CHOICES:
        raise ActionRefused(_("Choose a timer from the list."), code="bad_timer")
    inside = _inside(actor, occurrence_id, control=True)
    room = inside.room
    room.share_seconds = seconds
    room.timer_ends_at = (
        timezone.now() + timedelta(seconds=seconds) if room.floor_id and seconds else None
    )
    _save_stage(room, "share_seconds", "timer_ends_at")


def _advance_round(room: Room) -> None:
    here = {person.pk for person in selectors.present(room)}
    position = (room.round_position or 0) + 1
    while position < len(room.round_order) and room.round_order[position] not in here:
        position += 1
    if position >= len(room.round_order):
        room.round_order, room.round_position = [], None
    else:
        room.round_position = position


@transaction.atomic
def start_round(*, actor, occurrence_id: int) -> None:
    """A check-in round: everyone here, in the order they came, shares a word or passes."""
    inside = _inside(actor, occurrence_id, control=True)
    room = inside.room
    order = [person.pk for person in selectors.present(room) if person.admitted]
    if not order:
        raise ActionRefused(_("Nobody is here yet."), code="nobody_here")
    room.round_order, room.round_position = order, 0
    _save_stage(room, "round_order", "round_position")


def _my_turn(inside: Inside) -> None:
    if inside.room.round_current != inside.participant.pk:
        raise ActionRefused(_("It is not your turn in the check-in round."), code="not_your_turn")


@transaction.atomic
def check_in(*, actor, occurrence_id: int, word: str) -> Entry:
    word = (word or "").strip() if isinstance(word, str) else ""
    if not word:
        raise ActionRefused(_("Share one word or emoji, or pass."), code="empty")
    if len(word) > MAX_WORD or "\n" in word:
        raise ActionRefused(
            _("Keep it to one word or emoji (at most %(max)s characters).") % {"max": MAX_WORD},
            code="too_long",
        )
    inside = _inside(actor, occurrence_id)
    _my_turn(inside)
    item = _write(inside, Entry.Kind.CHECK_IN, word)
    _advance_round(inside.room)
    _save_stage(inside.room, "round_order", "round_position")
    return item


@transaction.atomic
def pass_turn(*, actor, occurrence_id: int) -> Entry:
    """Passing is always allowed, muted or not."""
    inside = _inside(actor, occurrence_id)
    _my_turn(inside)
    person = inside.participant
    item = Entry(
        room=inside.room,
        kind=Entry.Kind.PASS,
        author=person.user,
        participant=person,
        anonymous=person.anonymous,
    )
    item.seq = _number(inside.room)
    item.save()
    _publish_entry(inside.room, item)
    _advance_round(inside.room)
    _save_stage(inside.room, "round_order", "round_position")
    return item


@transaction.atomic
def skip_turn(*, actor, occurrence_id: int) -> None:
    inside = _inside(actor, occurrence_id, control=True)
    if inside.room.round_position is None:
        raise ActionRefused(_("No check-in round is running."), code="no_round")
    _advance_round(inside.room)
    _save_stage(inside.room, "round_order", "round_position")


@transaction.atomic
def end_round(*, actor, occurrence_id: int) -> None:
    inside = _inside(actor, occurrence_id, control=True)
    inside.room.round_order, inside.room.round_position = [], None
    _save_stage(inside.room, "round_order", "round_position")


# --- Facilitator controls (each one recorded) -------------------------------------


def _admit_waiting(inside: Inside) -> None:
    for person in (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(room=inside.room, admitted=False, removed_at__isnull=True, facilitator=False)
    ):
        person.admitted = True
        _save_participant(inside.room, person, "admitted")
    send_event_on_commit(
        waiting_group(inside.room.occurrence_id), {"type": "room.admit", "everyone": True}
    )


@transaction.atomic
def open_room(*, actor, occurrence_id: int, reason: str = "") -> None:
    """Open the room and let in everyone who is waiting."""
    inside = _inside(actor, occurrence_id, control=True)
    inside.room.state = Room.State.OPEN
    _record(inside, ControlRecord.Action.OPEN, reason=_clean_reason(reason, required=False))
    _admit_waiting(inside)
    _save_stage(inside.room, "state")


@transaction.atomic
def lock_room(*, actor, occurrence_id: int, reason: str = "") -> None:
    """No new entries: people inside stay; newcomers wait until a facilitator lets them in."""
    inside = _inside(actor, occurrence_id, control=True)
    inside.room.state = Room.State.LOCKED
    _record(inside, ControlRecord.Action.LOCK, reason=_clean_reason(reason, required=False))
    _save_stage(inside.room, "state")


@transaction.atomic
def close_room(*, actor, occurrence_id: int, reason: str = "") -> None:
    """Close the room: members go back to the waiting room; facilitators stay and may reopen."""
    inside = _inside(actor, occurrence_id, control=True)
    room = inside.room
    room.state = Room.State.CLOSED
    room.floor, room.floor_since, room.timer_ends_at = None, None, None
    room.round_order, room.round_position = [], None
    _record(inside, ControlRecord.Action.CLOSE, reason=_clean_reason(reason, required=False))
    for person in (
        Participant.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(room=room, facilitator=False, admitted=True)
    ):
        person.admitted, person.hand_raised_at = False, None
        _save_participant(room, person, "admitted", "hand_raised_at")
    _save_stage(
        room,
        "state",
        "floor",
        "floor_since",
        "timer_ends_at",
        "round_order",
        "round_position",
        closed=True,
    )


@transaction.atomic
def admit(*, actor, occurrence_id: int, participant_id: int | None = None) -> None:
    """Let one person in from the waiting room, or (without `participant_id`) everyone."""
    inside = _inside(actor, occurrence_id, control=True)
    if participant_id is None:
        _record(inside, ControlRecord.Action.ADMIT_ALL)
        _admit_waiting(inside)
        return
    person = _target(inside, participant_id)
    if person.removed_at is not None:
        raise ActionRefused(_("A facilitator removed this person from the room."), code="removed")
    if person.admitted:
        return
    person.admitted = True
    _record(inside, ControlRecord.Action.ADMIT, subject=person.user)
    _save_participant(inside.room, person, "admitted")
    send_event_on_commit(
        user_group(person.user_id), {"type": "room.admit", "occurrence": occurrence_id}
    )


@transaction.atomic
def mute(*, actor, occurrence_id: int, participant_id: int, minutes: int, reason: str) -> None:
    """They can read and listen, not write, until the time is up."""
    if not 1 <= minutes <= MUTE_MINUTES_MAX:
        raise ActionRefused(
            _("Mute for 1 to %(max)s minutes.") % {"max": MUTE_MINUTES_MAX}, code="bad_minutes"
        )
    reason = _clean_reason(reason, required=True)
    inside = _inside(actor, occurrence_id, control=True)
    person = _target(inside, participant_id)
    _not_a_facilitator(person)
    person.muted_until = timezone.now() + timedelta(minutes=minutes)
    _record(
        inside,
        ControlRecord.Action.MUTE,
        subject=person.user,
        reason=reason,
        details={"minutes": minutes},
    )
    _save_participant(inside.room, person, "muted_until")


@transaction.atomic
def unmute(*, actor, occurrence_id: int, participant_id: int, reason: str = "") -> None:
    inside = _inside(actor, occurrence_id, control=True)
    person = _target(inside, participant_id)
    if not person.is_muted():
        return
    person.muted_until = None
    _record(
        inside,
        ControlRecord.Action.UNMUTE,
        subject=person.user,
        reason=_clean_reason(reason, required=False),
    )
    _save_participant(inside.room, person, "muted_until")


@transaction.atomic
def remove_from_room(*, actor, occurrence_id: int, participant_id: int, reason: str) -> None:
    """Out of this meeting's room at once: their sockets close before any further frame."""
    reason = _clean_reason(reason, required=True)
    inside = _inside(actor, occurrence_id, control=True)
    room = inside.room
    person = _target(inside, participant_id)
    _not_a_facilitator(person)
    if person.removed_at is not None:
        return
    person.removed_at = timezone.now()
    person.admitted = False
    person.hand_raised_at = None
    _record(inside, ControlRecord.Action.REMOVE, subject=person.user, reason=reason)
    # The frame that tells everyone also closes the removed person's sockets in the
    # room's own order; the per-person event reaches a socket still in the waiting room.
    _save_participant(
        room, person, "removed_at", "admitted", "hand_raised_at", here=False, revoke=True
    )
    send_event_on_commit(user_group(person.user_id), {"type": "access.check"})
    Connection.objects.filter(participant=person).delete()
    if room.floor_id == person.pk or room.round_current == person.pk:
        if room.floor_id == person.pk:
            _start_floor(room, None)
        if room.round_current == person.pk:
            _advance_round(room)
    _save_stage(room, "floor", "floor_since", "timer_ends_at", "round_order", "round_position")


@transaction.atomic
def delete_message(*, actor, occurrence_id: int, seq: int, reason: str) -> Entry:
    """Replace a message with "removed by facilitator" for everyone, now and on replay."""
    reason = _clean_reason(reason, required=True)
    inside = _inside(actor, occurrence_id, control=True)
    target = Entry.objects.filter(
        room=inside.room, seq=seq, kind__in=[Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN]
    ).first()
    if target is None:
        raise ActionRefused(_("That message is not here any more."), code="no_message")
    if target.removed_at is not None:
        return target
    target.removed_at = timezone.now()
    target.removed_by = actor
    target.save(update_fields=["removed_at", "removed_by"])
    _record(
        inside,
        ControlRecord.Action.DELETE_MESSAGE,
        subject=target.author,
        entry=target,
        reason=reason,
    )
    item = Entry(
        room=inside.room,
        kind=Entry.Kind.REMOVAL,
        author=actor,
        participant=inside.participant,
        target=target,
    )
    item.seq = _number(inside.room)
    item.save()
    _publish_entry(inside.room, item)
    return item


@transaction.atomic
def set_slow_mode(*, actor, occurrence_id: int, seconds: int, reason: str = "") -> None:
    """One message per `seconds` from each member (0 turns it off); facilitators are exempt."""
    if seconds not in SLOW_MODE_CHOICES:
        raise ActionRefused(_("Choose a slow mode from the list."), code="bad_slow_mode")
    inside = _inside(actor, occurrence_id, control=True)
    inside.room.slow_mode_seconds = seconds
    _record(
        inside,
        ControlRecord.Action.SLOW_MODE,
        reason=_clean_reason(reason, required=False),
        details={"seconds": seconds},
    )
    _save_stage(inside.room, "slow_mode_seconds")


def follow_moderation(*, flag, action: str, actor) -> None:
    """A moderator decided about a flag: a message held for care that it raised is
    released into the room's log (released, or the flag dismissed) or marked removed
    (kept hidden, removed). Runs inside services.act()'s transaction."""
    from peerhaven.safety.models import ModerationAction

    held = Entry.objects.select_for_update().filter(care_flag=flag, held=True, seq__isnull=True)
    if action in (ModerationAction.RELEASE, ModerationAction.DISMISS):
        for item in held.select_related("room"):
            item.held = False
            item.seq = _number(item.room)
            item.save(update_fields=["held", "seq"])
            _publish_entry(item.room, item)
    elif action in (ModerationAction.KEEP_HIDDEN, ModerationAction.REMOVE):
        held.filter(removed_at__isnull=True).update(removed_at=timezone.now(), removed_by=actor)

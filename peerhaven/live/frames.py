"""The JSON frames a room sends, built once per event and relayed as text.

Frames carry data, not words: names are `null` with `"anonymous": true` for
anonymous people, and the page turns codes into text in the reader's
language. So one serialisation serves every member of a room, whatever their
language or role, and consumers relay the same string to each socket.
"""

import json
from datetime import datetime
from typing import Any

from django.utils import timezone

from peerhaven.live.models import Entry, Participant, Room


def dumps(frame: dict[str, Any]) -> str:
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False)


def _seconds_until(moment: datetime | None, now: datetime) -> int | None:
    if moment is None:
        return None
    return max(0, round((moment - now).total_seconds()))


def _name(user) -> str | None:
    """A person's name as the room shows it; None for an erased account ("Former member")."""
    if user is None or user.erased_at:
        return None
    return user.display_name or user.username


def presence(
    *,
    pk: int,
    name: str | None,
    anonymous: bool,
    facilitator: bool,
    admitted: bool,
    removed: bool,
    muted_until: datetime | None,
    version: int,
    here: bool,
    now: datetime,
) -> dict:
    muted = muted_until is not None and muted_until > now
    return {
        "id": pk,
        "name": None if anonymous else name,
        "anonymous": anonymous,
        "facilitator": facilitator,
        "here": here and not removed,
        "waiting": here and not removed and not facilitator and not admitted,
        "muted_for": _seconds_until(muted_until, now) if muted else None,
        "removed": removed,
        "v": version,
    }


def participant(person: Participant, *, here: bool, now: datetime | None = None) -> dict:
    return presence(
        pk=person.pk,
        name=_name(person.user),
        anonymous=person.anonymous,
        facilitator=person.facilitator,
        admitted=person.admitted,
        removed=person.removed_at is not None,
        muted_until=person.muted_until,
        version=person.version,
        here=here,
        now=now or timezone.now(),
    )


def participant_frame(person: Participant, *, here: bool) -> str:
    return dumps({"type": "participant", "participant": participant(person, here=here)})


def stage(room: Room, queue: list[int], *, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    state = room.effective_state(now)
    floor = None
    if room.floor_id is not None:
        floor = {
            "id": room.floor_id,
            "for": max(0, round((now - room.floor_since).total_seconds()))
            if room.floor_since
            else 0,
        }
    round_ = None
    if room.round_position is not None:
        round_ = {"order": room.round_order, "position": room.round_position}
    return {
        "v": room.stage_version,
        "state": state,
        "opens_in": _seconds_until(room.opens_at(), now) if state == Room.State.SCHEDULED else None,
        "floor": floor,
        "timer": {
            "seconds": room.share_seconds,
            "left": _seconds_until(room.timer_ends_at, now) if room.floor_id else None,
        },
        "queue": queue,
        "round": round_,
        "slow_mode": room.slow_mode_seconds,
    }


def stage_frame(room: Room, queue: list[int]) -> str:
    return dumps({"type": "stage", "stage": stage(room, queue)})


def entry(item: Entry) -> dict:
    frame: dict[str, Any] = {
        "type": "entry",
        "seq": item.seq,
        "kind": item.kind,
        "at": item.created_at.isoformat(),
    }
    if item.kind in (Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN, Entry.Kind.PASS):
        frame["by"] = item.participant_id
        frame["anonymous"] = item.anonymous
        frame["name"] = None if item.anonymous else _name(item.author)
    if item.kind in (Entry.Kind.MESSAGE, Entry.Kind.CHECK_IN):
        removed = item.removed_at is not None
        frame["removed"] = removed
        frame["body"] = "" if removed else item.body
    if item.kind == Entry.Kind.REACTION:
        frame["target"] = item.target.seq if item.target else None
        frame["reaction"] = item.data
    if item.kind == Entry.Kind.REMOVAL:
        frame["target"] = item.target.seq if item.target else None
    return frame


def entry_frame(item: Entry) -> str:
    return dumps(entry(item))


def error_frame(code: str, message: str) -> str:
    return dumps({"type": "error", "code": code, "message": message})

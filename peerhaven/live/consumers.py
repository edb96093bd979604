"""The live room's socket: authorize in connect(), call services, relay frames.

A socket is refused (closed with 4403 before any frame) unless its session is
current and `selectors.access_room` lets its person in. Inside, it relays the
frames of its room's channel group as they come, except numbered log entries,
which it hands on strictly in order: a number it already sent is dropped, and a
number that skips ahead makes it read the missing ones from the database first
(they are committed, since numbers become visible in order). So each client
gets every entry exactly once, in the same order as everyone else, whichever
process the writer was connected to.
"""

import asyncio
import contextlib
import gc
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _

from peerhaven.errors import ActionRefused
from peerhaven.live import channel_groups, frames, selectors, services

logger = logging.getLogger(__name__)

# Identifies this process's sockets in the Connection table (see the heartbeat).
SERVER_ID = uuid.uuid4().hex[:16]

REFUSED = 4403  # not allowed in (or no longer): never retried by the page
REMOVED = 4001  # a facilitator removed this person from the room

# Presence frames wait this long and leave together, as one "batch" frame: when
# hundreds arrive at once, each socket then sends a few frames, not hundreds.
# Any other frame sends the waiting ones first, so the order stays as it was.
PRESENCE_BATCH = 0.2


def _text(data: dict, key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def _number(data: dict, key: str) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(key)
    return value


def _optional_number(data: dict, key: str) -> int | None:
    return None if data.get(key) is None else _number(data, key)


def _flag(data: dict, key: str) -> bool:
    value = data[key]
    if not isinstance(value, bool):
        raise ValueError(key)
    return value


@dataclass(frozen=True)
class Action:
    service: Callable
    parse: Callable[[dict], dict] = field(default=lambda data: {})
    control: bool = False  # facilitators only


ACTIONS: dict[str, Action] = {
    "say": Action(services.send_message, lambda d: {"body": _text(d, "body")}),
    "react": Action(services.react, lambda d: {"seq": _number(d, "seq"), "kind": _text(d, "kind")}),
    "hand": Action(services.raise_hand, lambda d: {"up": _flag(d, "up")}),
    "check_in": Action(services.check_in, lambda d: {"word": _text(d, "word")}),
    "pass": Action(services.pass_turn),
    "done": Action(services.end_floor),
    # Facilitator controls.
    "open": Action(services.open_room, lambda d: {"reason": _text(d, "reason")}, True),
    "lock": Action(services.lock_room, lambda d: {"reason": _text(d, "reason")}, True),
    "close": Action(services.close_room, lambda d: {"reason": _text(d, "reason")}, True),
    "admit": Action(
        services.admit, lambda d: {"participant_id": _optional_number(d, "participant")}, True
    ),
    "mute": Action(
        services.mute,
        lambda d: {
            "participant_id": _number(d, "participant"),
            "minutes": _number(d, "minutes"),
            "reason": _text(d, "reason"),
        },
        True,
    ),
    "unmute": Action(
        services.unmute,
        lambda d: {"participant_id": _number(d, "participant"), "reason": _text(d, "reason")},
        True,
    ),
    "remove": Action(
        services.remove_from_room,
        lambda d: {"participant_id": _number(d, "participant"), "reason": _text(d, "reason")},
        True,
    ),
    "delete": Action(
        services.delete_message,
        lambda d: {"seq": _number(d, "seq"), "reason": _text(d, "reason")},
        True,
    ),
    "slow_mode": Action(
        services.set_slow_mode,
        lambda d: {"seconds": _number(d, "seconds"), "reason": _text(d, "reason")},
        True,
    ),
    "floor": Action(
        services.give_floor, lambda d: {"participant_id": _optional_number(d, "participant")}, True
    ),
    "floor_end": Action(services.end_floor, control=True),
    "timer": Action(services.set_share_timer, lambda d: {"seconds": _number(d, "seconds")}, True),
    "round_start": Action(services.start_round, control=True),
    "round_skip": Action(services.skip_turn, control=True),
    "round_end": Action(services.end_round, control=True),
}


def _session_is_current(scope) -> bool:
    """The checks SessionLifetimeMiddleware makes for pages, for a socket."""
    user = scope.get("user")
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    session = scope.get("session")
    if session is None:
        return False
    now = int(time.time())
    return (
        session.get("ph_epoch") == user.session_epoch
        and now - session.get("ph_auth_at", now) <= settings.SESSION_ABSOLUTE_AGE
    )


def _session_still_current(scope) -> bool:
    """The same checks with the account read again (suspended, logged out everywhere)."""
    from peerhaven.accounts.models import User

    user = scope["user"]
    return User.objects.filter(
        pk=user.pk, is_active=True, session_epoch=scope["session"].get("ph_epoch")
    ).exists()


# --- The heartbeat: one UPDATE per process every HEARTBEAT, whatever the number of sockets.

_heartbeat: asyncio.Task | None = None


async def _beat() -> None:
    while True:
        await asyncio.sleep(selectors.HEARTBEAT.total_seconds())
        try:
            await database_sync_to_async(services.refresh_connections)(server=SERVER_ID)
        except Exception:
            logger.exception("live rooms: refreshing connections failed")


def _ensure_heartbeat() -> None:
    global _heartbeat
    loop = asyncio.get_running_loop()
    if _heartbeat is None or _heartbeat.done() or _heartbeat.get_loop() is not loop:
        if _heartbeat is None:
            # Measured (docs/performance.md, live rooms): with a room full of sockets the
            # collector's full passes over everything loaded at start-up (Django, the apps,
            # the crisis detector) paused the process for 130-260 ms every few seconds.
            # What exists when the first socket arrives lives as long as the process:
            # leave it out of collections.
            gc.freeze()
        _heartbeat = loop.create_task(_beat())


class RoomConsumer(AsyncWebsocketConsumer):
    # Set once the socket is closed, by us or under us: nothing more is sent.
    gone = False
    presence: list[str] | None = None
    presence_timer: asyncio.TimerHandle | None = None

    async def send(self, text_data=None, bytes_data=None, close=False) -> None:
        # A frame relayed while the peer is leaving races the disconnect message;
        # the server refuses sends after the close, and the disconnect cleans up.
        if self.gone:
            return
        try:
            await super().send(text_data=text_data, bytes_data=bytes_data, close=close)
        except (RuntimeError, OSError):
            self.gone = True
            self.inside = False

    async def close(self, code=None, reason=None) -> None:
        if self.gone:
            return
        self.gone = True
        with contextlib.suppress(RuntimeError, OSError):
            await super().close(code=code, reason=reason)

    async def dispatch(self, message: dict) -> None:
        # Channels closes stale database connections before every handler, through a
        # hop into the one thread that does database work: for each frame relayed to
        # each member. Relaying touches no database, and every database call here
        # goes through database_sync_to_async, which closes stale connections itself.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self) -> None:
        self.occurrence_id = int(self.scope["url_route"]["kwargs"]["occurrence_id"])
        self.user = self.scope.get("user")
        self.inside = False  # relays the room's frames only while True
        self.closed = False
        self.was_inside = False
        self.joined: services.Joined | None = None
        self.last_seq = 0
        self.facilitator = False
        self.language = settings.LANGUAGE_CODE
        self.channel_groups: set[str] = set()
        if not await database_sync_to_async(_session_is_current)(self.scope):
            await self._refuse()
            return
        self.language = self.user.language or settings.LANGUAGE_CODE
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        since = query.get("since", [""])[0]
        self.since = int(since) if since.isdigit() else None
        anonymous = query.get("anonymous", [""])[0] == "1"
        # Join the person's and the waiting room's groups first, so an admission
        # made while we decide is not missed; nothing is relayed before we know.
        await self._add(channel_groups.user_group(self.user.pk))
        await self._add(channel_groups.waiting_group(self.occurrence_id))
        try:
            self.joined = await database_sync_to_async(services.join_room)(
                actor=self.user,
                occurrence_id=self.occurrence_id,
                channel_name=self.channel_name,
                server=SERVER_ID,
                anonymous=anonymous,
            )
        except (Http404, PermissionDenied):
            await self._refuse()
            return
        self.facilitator = self.joined.facilitator
        await self.accept()
        _ensure_heartbeat()
        if self.joined.admitted:
            await self._enter()
        else:
            await self._wait(self.joined.reason)

    async def disconnect(self, code) -> None:
        self.inside = False
        if self.presence_timer is not None:
            self.presence_timer.cancel()
        for group in list(self.channel_groups):
            await self._discard(group)
        if self.joined is not None:
            await database_sync_to_async(services.leave_room)(
                actor=self.user, channel_name=self.channel_name
            )

    async def receive(self, text_data=None, bytes_data=None) -> None:
        if self.closed:
            return
        with translation.override(self.language):
            await self._handle(text_data)

    # --- From the client -----------------------------------------------------------

    async def _handle(self, text_data: str | None) -> None:
        try:
            data = json.loads(text_data) if text_data is not None else None
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("action"), str):
            await self._error(
                "bad_frame", _('The room could not read that. Send JSON with an "action".')
            )
            return
        name = data["action"]
        if name == "enter":
            if not self.inside:
                await self._try_enter()
            return
        action = ACTIONS.get(name)
        if action is None:
            await self._error("unknown_action", _("The room does not know that action."))
            return
        if action.control and not self.facilitator:
            await self._error("not_facilitator", _("Only facilitators can do that."))
            return
        if not self.inside:
            await self._error(
                "waiting", _("You are in the waiting room. You can take part once you are let in.")
            )
            return
        try:
            arguments = action.parse(data)
        except (KeyError, TypeError, ValueError):
            await self._error("bad_frame", _("Something in that message is missing or not valid."))
            return
        try:
            await database_sync_to_async(action.service)(
                actor=self.user, occurrence_id=self.occurrence_id, **arguments
            )
        except ActionRefused as refused:
            await self._error(refused.code, refused.message)
        except (Http404, PermissionDenied):
            await self._revoke(REFUSED)

    # --- From the room's channel groups ------------------------------------------

    async def room_entry(self, event: dict) -> None:
        if not self.inside:
            return
        seq = event["seq"]
        if seq <= self.last_seq:
            return  # already sent (read from the database, or a second copy)
        await self._send_presence()
        if seq == self.last_seq + 1:
            self.last_seq = seq
            await self.send(text_data=event["frame"])
        else:
            await self._catch_up()

    async def room_frame(self, event: dict) -> None:
        if not self.inside:
            return
        if event.get("revoke") == self.user.pk:
            await self._revoke(REMOVED)
            return
        if event.get("presence"):
            if self.presence is None:
                self.presence = []
                self.presence_timer = asyncio.get_running_loop().call_later(
                    PRESENCE_BATCH, lambda: asyncio.ensure_future(self._send_presence())
                )
            self.presence.append(event["frame"])
            return
        await self._send_presence()
        await self.send(text_data=event["frame"])
        if event.get("closed") and not self.facilitator:
            await self._leave_for_waiting_room("closed")

    async def room_private(self, event: dict) -> None:
        if not self.closed and event.get("occurrence") == self.occurrence_id:
            await self.send(text_data=event["frame"])

    async def room_admit(self, event: dict) -> None:
        if self.inside or self.closed or self.joined is None:
            return
        if event.get("everyone") or event.get("occurrence") == self.occurrence_id:
            await self._try_enter()

    async def access_check(self, event: dict) -> None:
        """Something about this person changed (account, membership, RSVP): still allowed?"""
        if self.closed or self.joined is None:
            return
        if not await database_sync_to_async(_session_still_current)(self.scope):
            await self._revoke(REFUSED)
            return
        try:
            facilitator = await database_sync_to_async(services.still_allowed)(
                actor=self.user, occurrence_id=self.occurrence_id
            )
        except (Http404, PermissionDenied):
            await self._revoke(REFUSED)
            return
        if facilitator != self.facilitator:
            self.facilitator = facilitator
            if self.inside:
                await self.send(text_data=frames.dumps({"type": "you", "facilitator": facilitator}))

    # --- Helpers ---------------------------------------------------------------------

    async def _send_presence(self) -> None:
        """Send the waiting presence frames as one frame (joined as text, not re-serialised)."""
        waiting, self.presence = self.presence, None
        if self.presence_timer is not None:
            self.presence_timer.cancel()
            self.presence_timer = None
        if waiting and self.inside:
            await self.send(text_data='{"type":"batch","frames":[' + ",".join(waiting) + "]}")

    async def _add(self, group: str) -> None:
        await self.channel_layer.group_add(group, self.channel_name)
        self.channel_groups.add(group)

    async def _discard(self, group: str) -> None:
        self.channel_groups.discard(group)
        await self.channel_layer.group_discard(group, self.channel_name)

    async def _refuse(self) -> None:
        """Closed with 4403 before any frame is sent."""
        self.closed = True
        for group in list(self.channel_groups):
            await self._discard(group)
        await self.accept()
        await self.close(code=REFUSED)

    async def _revoke(self, code: int) -> None:
        """Stop at once: no frame after this one reaches the socket."""
        self.closed = True
        self.inside = False
        for group in list(self.channel_groups):
            await self._discard(group)
        await self.close(code=code)

    async def _error(self, code: str, message: str) -> None:
        await self.send(text_data=frames.error_frame(code, message))

    async def _wait(self, reason: str) -> None:
        frame = await database_sync_to_async(selectors.waiting_frame)(self.joined.room_id, reason)
        await self.send(text_data=frame)

    async def _try_enter(self) -> None:
        try:
            self.joined = await database_sync_to_async(services.join_room)(
                actor=self.user,
                occurrence_id=self.occurrence_id,
                channel_name=self.channel_name,
                server=SERVER_ID,
                again=True,
            )
        except (Http404, PermissionDenied):
            await self._revoke(REFUSED)
            return
        self.facilitator = self.joined.facilitator
        if self.joined.admitted:
            await self._enter()
        else:
            await self._wait(self.joined.reason)

    async def _enter(self) -> None:
        await self._add(channel_groups.room_group(self.occurrence_id))
        await self._discard(channel_groups.waiting_group(self.occurrence_id))
        since = self.last_seq if self.was_inside else self.since
        welcome = await database_sync_to_async(selectors.welcome)(
            self.joined.room_id, self.joined.participant_id, since=since
        )
        self.inside = self.was_inside = True
        self.last_seq = welcome.after
        await self.send(text_data=welcome.frame)
        await self._catch_up()

    async def _leave_for_waiting_room(self, reason: str) -> None:
        self.inside = False
        await self._add(channel_groups.waiting_group(self.occurrence_id))
        await self._discard(channel_groups.room_group(self.occurrence_id))
        if reason:
            await self._wait(reason)

    async def _catch_up(self) -> None:
        """Send every committed entry after the last one sent, in order."""
        while True:
            page = await database_sync_to_async(selectors.entry_frames)(
                self.joined.room_id, after=self.last_seq
            )
            for seq, frame in page:
                self.last_seq = seq
                await self.send(text_data=frame)
            if len(page) < selectors.PAGE:
                return

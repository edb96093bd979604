"""Sockets with real sessions against the real ASGI application."""

import functools
import json
from unittest import mock
from urllib.parse import unquote, urlparse

from asgiref.sync import async_to_sync
from asgiref.testing import ApplicationCommunicator
from channels.db import database_sync_to_async
from django.conf import settings
from django.test import Client

from peerhaven.asgi import application
from peerhaven.live.models import Room

ORIGIN = (b"origin", b"http://127.0.0.1")


class WebsocketCommunicator(ApplicationCommunicator):
    """channels.testing.WebsocketCommunicator, which cannot be imported without
    daphne (channels.testing's __init__ imports its live server): the same
    scope and the same calls, on asgiref's communicator."""

    def __init__(self, app, path: str, headers=None) -> None:
        parsed = urlparse(path)
        self.scope = {
            "type": "websocket",
            "path": unquote(parsed.path),
            "query_string": parsed.query.encode(),
            "headers": headers or [],
            "subprotocols": [],
        }
        super().__init__(app, self.scope)

    # As channels does: the test's own database connection stays open.
    async def send_input(self, message):
        with mock.patch("channels.db.close_old_connections", lambda: None):
            return await super().send_input(message)

    async def receive_output(self, timeout=1):
        with mock.patch("channels.db.close_old_connections", lambda: None):
            return await super().receive_output(timeout)

    async def connect(self, timeout=1):
        await self.send_input({"type": "websocket.connect"})
        response = await self.receive_output(timeout)
        if response["type"] == "websocket.close":
            return False, response.get("code", 1000)
        return True, None

    async def send_to(self, text_data: str) -> None:
        await self.send_input({"type": "websocket.receive", "text": text_data})

    async def send_json_to(self, data) -> None:
        await self.send_to(json.dumps(data))

    async def disconnect(self, code=1000, timeout=1) -> None:
        await self.send_input({"type": "websocket.disconnect", "code": code})
        await self.wait(timeout)


def asynchronous(test):
    """Run an async test body on an event loop, with pytest's fixtures."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return async_to_sync(test)(*args, **kwargs)

    return wrapper


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def connect(user=None, occurrence_id: int = 0, *, since=None, anonymous=False, cookie=None):
    """A socket for `user` (None: no session) after the handshake."""
    headers = [ORIGIN]
    if user is not None or cookie is not None:
        cookie = cookie or await database_sync_to_async(session_cookie)(user)
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    query = []
    if since is not None:
        query.append(f"since={since}")
    if anonymous:
        query.append("anonymous=1")
    path = f"/ws/rooms/{occurrence_id}/" + ("?" + "&".join(query) if query else "")
    socket = WebsocketCommunicator(application, path, headers=headers)
    connected, _code = await socket.connect(timeout=5)
    assert connected, "the handshake itself is always accepted; refusals close with 4403"
    return socket


async def output(socket, timeout: float = 3) -> dict:
    """The next thing the server sends: a frame (parsed) or the close. A "batch" of
    presence frames is handed out one frame at a time."""
    pending = socket.__dict__.setdefault("pending", [])
    if pending:
        return pending.pop(0)
    message = await socket.receive_output(timeout)
    if message["type"] == "websocket.close":
        return {"type": "closed", "code": message.get("code")}
    frame = json.loads(message["text"])
    if frame["type"] == "batch":
        pending.extend(frame["frames"][1:])
        return frame["frames"][0]
    return frame


async def until(socket, frame_type: str, timeout: float = 3, **match) -> dict:
    """Read frames until one of type `frame_type` (with the given fields) comes; returns it."""
    while True:
        frame = await output(socket, timeout)
        if frame["type"] == frame_type and all(frame.get(k) == v for k, v in match.items()):
            return frame
        assert frame["type"] != "closed", f"closed while waiting for {frame_type}: {frame}"


async def person(socket, participant_id: int, timeout: float = 3) -> dict:
    """The next presence frame about one participant."""
    while True:
        frame = await until(socket, "participant", timeout)
        if frame["participant"]["id"] == participant_id:
            return frame["participant"]


async def drain(socket, quiet: float = 0.3) -> list[dict]:
    """Every frame that arrives until the socket stays quiet for `quiet` seconds.

    (Waiting with a timeout would cancel the application: asgiref's
    communicator does that when receive_output times out.)"""
    frames = []
    while socket.__dict__.get("pending") or not await socket.receive_nothing(quiet):
        frames.append(await output(socket))
    return frames


async def say(socket, body: str) -> None:
    await socket.send_json_to({"action": "say", "body": body})


async def close(*sockets) -> None:
    for socket in sockets:
        if not socket.future.done():  # the server may have closed it already
            await socket.disconnect()


def entries(frames: list[dict]) -> list[dict]:
    return [frame for frame in frames if frame["type"] == "entry"]


def open_room(occurrence) -> Room:
    room, _ = Room.objects.get_or_create(occurrence=occurrence)
    Room.objects.filter(pk=room.pk).update(state=Room.State.OPEN)
    room.refresh_from_db()
    return room

"""Two real `peerhaven serve` processes, one Redis, one database: one room.

A message sent through one process arrives through the other, in the same
numbered order for everyone, and presence is the same on both. Runs when
REDIS_URL is set (`.ci/run` sets it for its second pass, with PostgreSQL).
"""

import json
import os
import secrets
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from peerhaven.web.tests.test_serve import free_port, wait_for

pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="needs Redis: set REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run two servers on it",
)

SEED = r"""
import json, random
from django.db import connection
from django.test import Client
from django.conf import settings
from peerhaven.testing import make_person, make_group, add_member, schedule
from peerhaven.meetings import services
from peerhaven.meetings.models import Occurrence
from peerhaven.live.models import Room

# The servers share Redis with anything else running now; a random occurrence id
# keeps this room's channel group its own.
start = random.randint(10**6, 10**9)
with connection.cursor() as cursor:
    if connection.vendor == "postgresql":
        cursor.execute("SELECT setval(pg_get_serial_sequence('meetings_occurrence', 'id'), %s)", [start])
    else:
        cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('meetings_occurrence', %s)", [start])
fern = make_person("fern", display_name="Fern")
group = make_group(fern)
people = {"fern": fern}
for name in ("ana", "ben"):
    people[name] = make_person(name, display_name=name.title())
    add_member(group, people[name])
occurrence = schedule(fern, group)
for name in ("ana", "ben"):
    services.rsvp(actor=people[name], occurrence=occurrence, going=True)
Room.objects.create(occurrence=occurrence, state="open")
cookies = {}
for name, person in people.items():
    client = Client()
    client.force_login(person)
    cookies[name] = client.cookies[settings.SESSION_COOKIE_NAME].value
print(json.dumps({"occurrence": occurrence.pk, "cookies": cookies}))
"""


@contextmanager
def shared_database(env: dict):
    """One database for both servers: a new PostgreSQL database on DATABASE_URL's
    server when it is set (dropped afterwards), else SQLite in the data dir."""
    url = env.get("DATABASE_URL")
    if not url:
        yield env
        return
    import dj_database_url
    import psycopg

    parsed = dj_database_url.parse(url)
    name = f"peerhaven_live_{secrets.token_hex(4)}"
    admin = {
        "host": parsed["HOST"] or None,
        "port": parsed["PORT"] or None,
        "user": parsed["USER"] or None,
        "password": parsed["PASSWORD"] or None,
        "dbname": parsed["NAME"],
        "autocommit": True,
    }
    with psycopg.connect(**admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**env, "DATABASE_URL": url.rsplit("/", 1)[0] + "/" + name}
    finally:
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@contextmanager
def server(env: dict, log: Path):
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "peerhaven", "serve", "--port", str(port)]
            + ["--no-task-worker", "--no-migrate"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/ping")
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


class Client:
    """A member's socket; keeps what they have seen: numbered entries and presence."""

    def __init__(self, port: int, occurrence: int, cookie: str, since: int | None = None):
        from websockets.sync.client import connect

        query = f"?since={since}" if since is not None else ""
        self.socket = connect(
            f"ws://127.0.0.1:{port}/ws/rooms/{occurrence}/{query}",
            origin=f"http://127.0.0.1:{port}",
            additional_headers={"Cookie": f"peerhaven_session={cookie}"},
            open_timeout=10,
        ).__enter__()  # closed explicitly by the test
        self.entries: list[dict] = []
        self.people: dict[int, dict] = {}
        self.you = None
        self.read_until(lambda: self.you is not None)

    def take(self, frame: dict) -> None:
        if frame["type"] == "batch":
            for one in frame["frames"]:
                self.take(one)
        elif frame["type"] == "welcome":
            self.you = frame["you"]
            for person in frame["participants"]:
                self.people[person["id"]] = person
        elif frame["type"] == "participant":
            person = frame["participant"]
            known = self.people.get(person["id"])
            if known is None or known["v"] < person["v"]:
                self.people[person["id"]] = person
        elif frame["type"] == "entry":
            self.entries.append(frame)
        elif frame["type"] == "error":
            raise AssertionError(frame)

    def read_until(self, done, seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            left = deadline - time.monotonic()
            assert left > 0, "timed out"
            try:
                self.take(json.loads(self.socket.recv(timeout=left)))
            except TimeoutError:
                continue

    def here(self) -> set[int]:
        return {pk for pk, person in self.people.items() if person["here"]}

    def say(self, body: str) -> None:
        self.socket.send(json.dumps({"action": "say", "body": body}))


def test_two_server_processes_serve_one_room(tmp_path):
    env = {**os.environ, "PEERHAVEN_DATA_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    with ExitStack() as stack:
        env = stack.enter_context(shared_database(env))
        run(env, "-m", "peerhaven", "migrate", "--no-input", "-v", "0")
        seeded = json.loads(
            run(env, "-m", "peerhaven", "shell", "-c", SEED).strip().splitlines()[-1]
        )
        occurrence, cookies = seeded["occurrence"], seeded["cookies"]
        one = stack.enter_context(server(env, tmp_path / "one.log"))
        two = stack.enter_context(server(env, tmp_path / "two.log"))

        ana = Client(one, occurrence, cookies["ana"])
        ben = Client(two, occurrence, cookies["ben"])
        fern = Client(two, occurrence, cookies["fern"])
        everyone = {ana.you, ben.you, fern.you}
        for client in (ana, ben, fern):
            client.read_until(lambda client=client: client.here() == everyone)
        # Presence is the same through both processes.
        assert ana.here() == ben.here() == fern.here() == everyone

        # Three each: with two more below, nobody passes the limit of 5 in 5 seconds.
        for number in range(3):
            ana.say(f"ana {number}")
            ben.say(f"ben {number}")
            fern.say(f"fern {number}")
        for client in (ana, ben, fern):
            client.read_until(lambda client=client: len(client.entries) >= 9)
        logs = [[(e["seq"], e["body"]) for e in client.entries] for client in (ana, ben, fern)]
        assert logs[0] == logs[1] == logs[2]
        assert [seq for seq, _body in logs[0]] == list(range(1, 10))
        bodies = [body for _seq, body in logs[0]]
        for name in ("ana", "ben", "fern"):
            theirs = [body for body in bodies if body.startswith(name)]
            assert theirs == [f"{name} {number}" for number in range(3)]

        # Ana leaves process one and comes back through process two: exactly what she missed.
        last_seen = ana.entries[-1]["seq"]
        ana.socket.close()
        fern.read_until(lambda: ana.you not in fern.here())
        ben.say("while ana was away")
        ben.say("and one more")
        back = Client(two, occurrence, cookies["ana"], since=last_seen)
        back.read_until(lambda: len(back.entries) >= 2)
        fern.read_until(lambda: len(fern.entries) >= 11)
        assert [(e["seq"], e["body"]) for e in back.entries] == [
            (10, "while ana was away"),
            (11, "and one more"),
        ]
        assert [(e["seq"], e["body"]) for e in fern.entries[-2:]] == [
            (10, "while ana was away"),
            (11, "and one more"),
        ]
        for client in (back, ben, fern):
            client.socket.close()

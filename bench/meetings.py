"""Meetings under load, on bench-seed data: the "Upcoming" page, and fair RSVP under a rush.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free loopback
port) over a data set made by `peerhaven bench-seed --meetings 50000` (10,000 groups, 100,000
members, 50,000 meetings with their occurrences and RSVPs), then:

1. With wrk pinned to the other CPU (like bench/directory.py: a throughput run with
   `--connections`, then a latency run with `--latency-connections`, default 1):
   - B1: `GET /ping` through the same server (the baseline every ratio refers to);
   - `/meetings/` signed in as a member of a few groups (3 or 4), who is going to some of
     their groups' meetings: "my meetings", "meetings of my groups" and the drop-ins.
   Goal: `/meetings/` p95 ≤ 50 ms (latency run).
2. The RSVP rush: `--rsvp-rounds` new meetings (online, `--capacity` seats) are scheduled in
   a group with enough members; for each, `--rsvp-clients` members (each its own account,
   session and connection, in a load process pinned to the other CPU) first load the meeting
   page (for the CSRF token), then all press "going" at the same moment (a barrier); then a
   third of them press "not going" at the same moment, which promotes people from the
   waitlist. Afterwards the database is checked: never more going than the capacity, the
   people going are the first who asked (by `queued_at`, which is also the order the rows
   were written), the waitlist keeps that order, and promotions took the first in line.
   Goal: zero errors (every answer a redirect to the meeting) and no overbooking.
   The meetings made for the rush are deleted at the end (with their RSVPs and the sessions).

The seeded SQLite data dir is cached under `--cache-dir` (as bench/directory.py does), keyed by
the sizes, the seed and a digest of bench-seed, every app's `bench.py` steps and the
migrations. With `--database-url`, the data set lives in that database: seeded when it holds no
bench data, reused when it holds bench data of the same sizes, refused otherwise (nothing is
ever dropped; give a database of its own, e.g. `bench_meetings`).

    .venv/bin/python bench/meetings.py [--quick] [--wait-quiet 60]
        [--database-url postgres://postgres@127.0.0.1:5432/bench_meetings]

Prints a table and writes bench/results/meetings.json (or meetings-postgresql.json).

The helpers for the data set and for HTTP clients with a session and a CSRF token are reused by
bench/sharing.py.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, directory  # noqa: E402

DEFAULT_CACHE = directory.DEFAULT_CACHE
UPCOMING_P95_GOAL_MS = 50.0
RUSH_TITLE = "Bench RSVP rush"  # the meetings this benchmark schedules (and deletes)


# --------------------------------------------------------------------------- options


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL to run on (postgres://…); default: SQLite in the data dir",
    )
    parser.add_argument("--groups", type=int, default=10_000, help="bench-seed groups")
    parser.add_argument("--members", type=int, default=100_000, help="bench-seed members")
    parser.add_argument("--seed", type=int, default=1, help="bench-seed random seed")
    parser.add_argument(
        "--latency-connections",
        type=int,
        default=1,
        help="connections of the latency runs (default 1: one request at a time)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help=f"where seeded SQLite data dirs are kept between runs (default {DEFAULT_CACHE})",
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The Upcoming page and RSVP under a rush on bench-seed data "
        "(see docs/performance.md)."
    )
    common.add_arguments(parser, name="meetings")
    add_data_arguments(parser)
    parser.add_argument("--meetings", type=int, default=50_000, help="bench-seed meetings")
    parser.add_argument(
        "--rsvp-clients", type=int, default=20, help="members pressing RSVP at once (20)"
    )
    parser.add_argument("--rsvp-rounds", type=int, default=5, help="rushes, each a new meeting")
    parser.add_argument("--capacity", type=int, default=8, help="seats of each rush's meeting")
    opts = parser.parse_args(argv)
    if opts.database_url and opts.output == common.RESULTS_DIR / "meetings.json":
        opts.output = common.RESULTS_DIR / "meetings-postgresql.json"
    if opts.latency_connections < 1 or opts.rsvp_clients < 2 or opts.rsvp_rounds < 1:
        raise SystemExit("--latency-connections ≥ 1, --rsvp-clients ≥ 2, --rsvp-rounds ≥ 1")
    if not 1 <= opts.capacity < opts.rsvp_clients:
        raise SystemExit("--capacity must be at least 1 and below --rsvp-clients (a waitlist)")
    return common.finish_options(opts)


def vendor(opts: argparse.Namespace) -> str:
    return "postgresql" if opts.database_url else "sqlite"


def db_env(opts: argparse.Namespace) -> dict:
    return {"DATABASE_URL": opts.database_url} if opts.database_url else {}


# --------------------------------------------------------------------------- the data set


def digest() -> str:
    """Changes when bench-seed, any app's bench steps or any migration changes."""
    sha = hashlib.sha256()
    paths = [common.ROOT / "peerhaven/groups/management/commands/bench_seed.py"]
    paths += sorted(common.ROOT.glob("peerhaven/*/bench.py"))
    paths += sorted(common.ROOT.glob("peerhaven/*/migrations/*.py"))
    for path in paths:
        sha.update(str(path.relative_to(common.ROOT)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


@dataclass
class DataSet:
    """What bench-seed makes for one benchmark: its flags and the counts that identify it."""

    name: str  # the cache key's prefix
    flags: dict[str, int]  # bench-seed flag (without --) -> value
    counts: dict[str, int]  # what COUNT reports for such a data set

    def argv(self) -> list[str]:
        return [item for key, value in self.flags.items() for item in (f"--{key}", str(value))]

    def key(self) -> str:
        sizes = "-".join(f"{key}{value}" for key, value in self.flags.items())
        return f"{self.name}-{sizes}-"


# Counts of the seeded data (what a benchmark adds itself is marked and left out).
COUNT = textwrap.dedent(
    """
    import json
    from peerhaven.accounts.models import User
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Group
    from peerhaven.meetings.models import Meeting
    from peerhaven.sharing.models import Post, Reply

    bench = User.objects.filter(username__startswith=USERNAME_PREFIX)
    print("BENCH-JSON " + json.dumps({
        "members": bench.count(),
        "groups": Group.objects.filter(created_by__in=bench).count(),
        "meetings": Meeting.objects.filter(created_by__in=bench)
        .exclude(title__startswith=RUSH_TITLE).count(),
        "posts": Post.objects.filter(author__in=bench).exclude(body__startswith=WRITE_MARK)
        .count(),
        "replies": Reply.objects.filter(author__in=bench).count(),
    }))
    """
)
WRITE_MARK = "[bench write]"  # bench/sharing.py starts the posts it writes with this


def shell(data_dir: Path, opts: argparse.Namespace, code: str, **values) -> dict:
    """Run `code` in `peerhaven shell -c` with `values` defined; return its BENCH-JSON."""
    prefix = "".join(f"{name} = {value!r}\n" for name, value in values.items())
    output = common.manage(data_dir, "shell", "-c", prefix + code, **db_env(opts))
    for line in output.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line.removeprefix("BENCH-JSON "))
    raise common.BenchError(f"no answer from a snippet:\n{output}")


def counts(data_dir: Path, opts: argparse.Namespace) -> dict:
    return shell(data_dir, opts, COUNT, RUSH_TITLE=RUSH_TITLE, WRITE_MARK=WRITE_MARK)


def seed(data_dir: Path, opts: argparse.Namespace, dataset: DataSet) -> dict:
    print(
        f"  seeding {', '.join(f'{v:,} {k}' for k, v in dataset.flags.items())} "
        f"({vendor(opts)}; a few minutes) …",
        file=sys.stderr,
    )
    started = time.perf_counter()
    output = common.manage(data_dir, "bench-seed", *dataset.argv(), **db_env(opts))
    elapsed = time.perf_counter() - started
    lines = output.strip().splitlines()
    for line in lines:
        print(line if line.startswith(" ") else f"  {line}", file=sys.stderr)
    return {
        "seeded_in_this_run": True,
        "bench_seed_s": round(elapsed, 1),
        "bench_seed": lines[-1] if lines else "",
        "bench_seed_steps": lines[:-1],
    }


def cached_sqlite_data_dir(opts: argparse.Namespace, dataset: DataSet) -> tuple[Path, dict]:
    """A migrated, seeded SQLite data dir under the cache (made when missing)."""
    prefix = dataset.key()
    key = prefix + digest()
    opts.cache_dir.mkdir(parents=True, exist_ok=True)
    cached = opts.cache_dir / key
    info_file = cached / "bench-seed.json"
    if info_file.exists():
        info = json.loads(info_file.read_text())
        info["seeded_in_this_run"] = False
        return cached, info
    for stale in opts.cache_dir.glob(prefix + "*"):  # older code
        shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=key + ".", dir=opts.cache_dir))
    try:
        common.manage(building, "migrate", "--no-input")
        info = seed(building, opts, dataset)
        (building / "bench-seed.json").write_text(json.dumps(info))
        building.rename(cached)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return cached, info


def prepare_postgresql(data_dir: Path, opts: argparse.Namespace, dataset: DataSet) -> dict:
    common.manage(data_dir, "migrate", "--no-input", **db_env(opts))
    found = counts(data_dir, opts)
    if found["members"] == 0:
        return seed(data_dir, opts, dataset)
    mismatched = {k: (found[k], v) for k, v in dataset.counts.items() if found[k] != v}
    if mismatched:
        shown = ", ".join(
            f"{k}: {have:,} (wanted {want:,})" for k, (have, want) in mismatched.items()
        )
        raise common.BenchError(
            f"{opts.database_url} already holds bench data of other sizes ({shown}); "
            "give an empty database (this benchmark never drops anything)"
        )
    return {"seeded_in_this_run": False}


def data_dir_for(opts: argparse.Namespace, dataset: DataSet, data_dir: Path) -> dict:
    """Fill `data_dir` (a copy of the cached SQLite one, or migrated for PostgreSQL)."""
    if vendor(opts) == "sqlite":
        cached, info = cached_sqlite_data_dir(opts, dataset)
        shutil.copytree(cached, data_dir, dirs_exist_ok=True)
        return info
    return prepare_postgresql(data_dir, opts, dataset)


def server_argv(port: int) -> list[str]:
    return common.peerhaven_argv(
        "serve", "--host", common.HOST, "--port", str(port), "--no-task-worker", "--no-migrate"
    )


# --------------------------------------------------------------------------- HTTP clients

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """One member's connection: their session cookie, the CSRF cookie and token, keep-alive."""

    def __init__(self, host: str, port: int, cookie: str, source: str | None = None) -> None:
        self.host, self.port, self.source = host, port, source
        self.cookies = dict(part.split("=", 1) for part in cookie.split("; ") if "=" in part)
        self.token = ""
        self.conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self.conn is None:
            source = (self.source, 0) if self.source else None
            self.conn = http.client.HTTPConnection(
                self.host, self.port, timeout=60, source_address=source
            )
        return self.conn

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        from urllib.parse import urlencode

        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.token})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (ConnectionError, http.client.HTTPException):
                # A keep-alive connection the server closed while idle: open a new one once.
                conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            self.conn = None
        return response.status, text

    def load_token(self, path: str) -> None:
        """GET a page with a form on it and keep its CSRF token."""
        status, text = self.request("GET", path)
        match = CSRF_INPUT.search(text)
        if status != 200 or match is None:
            raise common.BenchError(f"GET {path} answered {status} without a form token")
        self.token = match.group(1)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def run_load_process(
    mode: str, spec: dict, timeout_s: float, script: str | Path = __file__
) -> dict:
    """Run `script --client <mode> <spec file>` (this file, or a benchmark that registered its
    mode in CLIENT_MODES) in a process pinned to the load CPU; return the JSON it prints."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="bench-clients-") as file:
        json.dump(spec, file)
        file.flush()
        argv = [sys.executable, str(Path(script).resolve()), "--client", mode, file.name]
        proc = subprocess.run(
            common.pinned(argv, common.load_cpu()),
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout_s,
            cwd=common.ROOT,
        )
    if proc.returncode != 0:
        raise common.BenchError(f"the load process failed:\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"count": 0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {
        "count": len(ordered),
        "p50_ms": at(0.50),
        "p95_ms": at(0.95),
        "p99_ms": at(0.99),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


def rsvp_clients(spec: dict) -> dict:
    """The load process of the rush: one thread per member, all pressing at once."""
    people = [Browser(spec["host"], spec["port"], cookie) for cookie in spec["cookies"]]
    barrier = threading.Barrier(len(people))
    answers: list[dict] = []
    lock = threading.Lock()

    def press(index: int, browser: Browser) -> None:
        for round_ in spec["rounds"]:
            path = f"/meetings/{round_['occurrence_id']}/"
            try:
                browser.load_token(path)
            except Exception as exc:  # counted as an error, the rush goes on
                with lock:
                    answers.append({"phase": "page", "status": 0, "error": str(exc)})
            for phase, going in (("going", "yes"), ("cancel", "no")):
                barrier.wait()  # everyone presses at the same moment, phase by phase
                if phase == "cancel" and index not in round_["cancel"]:
                    continue
                started = time.perf_counter()
                try:
                    status, _ = browser.request("POST", path + "rsvp/", {"going": going})
                    error = ""
                except Exception as exc:
                    status, error = 0, str(exc)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    answers.append(
                        {
                            "round": round_["occurrence_id"],
                            "phase": phase,
                            "client": index,
                            "status": status,
                            "ms": elapsed,
                            "error": error,
                        }
                    )
        browser.close()

    threads = [
        threading.Thread(target=press, args=(index, browser))
        for index, browser in enumerate(people)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"answers": answers, "elapsed_s": time.perf_counter() - started}


CLIENT_MODES = {"rsvp": rsvp_clients}


def client_main(mode: str, spec_file: str) -> int:
    result = CLIENT_MODES[mode](json.loads(Path(spec_file).read_text()))
    print(json.dumps(result))
    return 0


# --------------------------------------------------------------------------- snippets

# The viewer of /meetings/: an English-speaking bench member active in 3 or 4 groups that have
# meetings coming, going to at least one of them; a signed-in session for them.
DESCRIBE = textwrap.dedent(
    """
    import json
    from datetime import timedelta
    from django.conf import settings
    from django.db.models import Count, Q
    from django.test import Client
    from django.utils import timezone
    from peerhaven.accounts.models import User
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.meetings.models import RSVP, Occurrence

    now = timezone.now()
    candidates = (
        User.objects.filter(
            username__startswith=USERNAME_PREFIX,
            language="en",
            date_joined__lt=now - timedelta(days=2),
        )
        .annotate(active_groups=Count("memberships", filter=Q(memberships__state="active")))
        .filter(active_groups__gte=3, active_groups__lte=4)
        .order_by("pk")
    )
    chosen = None
    for user in candidates[:2000]:
        going = RSVP.objects.filter(
            user=user, status="going", occurrence__start__gt=now, occurrence__cancelled=False
        ).count()
        if not going:
            continue
        group_ids = list(user.memberships.filter(state="active").values_list("group", flat=True))
        coming = Occurrence.objects.filter(
            group_id__in=group_ids,
            cancelled=False,
            start__gt=now,
            start__lte=now + timedelta(days=30),
        ).count()
        if coming >= 5:
            chosen = (user, len(group_ids), going, coming)
            break
    if chosen is None:
        raise SystemExit("no bench member fits (3-4 groups, meetings coming, going to one)")
    user, groups, going, coming = chosen
    client = Client()
    client.force_login(user)
    print("BENCH-JSON " + json.dumps({
        "username": user.username,
        "viewer_groups": groups,
        "viewer_going": going,
        "viewer_groups_occurrences_30d": coming,
        "cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
        "occurrences": Occurrence.objects.count(),
        "occurrences_next_30d": Occurrence.objects.filter(
            start__gt=now, start__lte=now + timedelta(days=30)
        ).count(),
        "rsvps": RSVP.objects.count(),
    }))
    """
)

# The rush: in the bench group with the most active members, one new online meeting per round
# (CAPACITY seats), scheduled by its facilitator through the service; a session for CLIENTS of
# its members. Leftovers of an interrupted run are deleted first.
RUSH_SETUP = textwrap.dedent(
    """
    import json
    from datetime import datetime, time, timedelta
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Group, Membership
    from peerhaven.meetings import recurrence, services
    from peerhaven.meetings.models import Meeting

    Meeting.objects.filter(title__startswith=RUSH_TITLE).delete()
    group = (
        Group.objects.filter(created_by__username__startswith=USERNAME_PREFIX)
        .order_by("-active_member_count", "pk")
        .first()
    )
    facilitator = group.memberships.get(role=Membership.Role.FACILITATOR).user
    members = [
        membership.user
        for membership in group.memberships.filter(
            state=Membership.State.ACTIVE, role=Membership.Role.MEMBER
        ).select_related("user").order_by("pk")
    ][:CLIENTS]
    if len(members) < CLIENTS:
        raise SystemExit(f"the biggest group has only {len(members)} members, not {CLIENTS}")
    today = recurrence.to_local(timezone.now(), group.time_zone).date()
    occurrences = []
    for number in range(ROUNDS):
        meeting = services.schedule_meeting(
            actor=facilitator,
            group=group,
            data={
                "title": f"{RUSH_TITLE} {number + 1}",
                "description": "",
                "format": "online",
                "local_start": datetime.combine(today + timedelta(days=2 + number), time(18, 0)),
                "duration_minutes": 60,
                "repeat": "none",
                "capacity_online": CAPACITY,
            },
        )
        occurrences.append(meeting.occurrences.get().pk)
    cookies = []
    for user in members:
        client = Client()
        client.force_login(user)
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")
    print("BENCH-JSON " + json.dumps({
        "group": group.slug,
        "group_members": group.active_member_count,
        "occurrences": occurrences,
        "user_ids": [user.pk for user in members],
        "cookies": cookies,
    }))
    """
)

# What the rush left: every RSVP of those occurrences in the order the rows were written.
RUSH_RESULT = textwrap.dedent(
    """
    import json
    from peerhaven.meetings.models import RSVP, Occurrence

    out = {}
    for occurrence in Occurrence.objects.filter(pk__in=OCCURRENCES).select_related("meeting"):
        out[str(occurrence.pk)] = {
            "capacity": occurrence.meeting.capacity_online,
            "rsvps": [
                {"user": r.user_id, "status": r.status, "queued_at": r.queued_at.isoformat(),
                 "pk": r.pk}
                for r in RSVP.objects.filter(occurrence=occurrence).order_by("pk")
            ],
        }
    print("BENCH-JSON " + json.dumps(out))
    """
)

RUSH_CLEANUP = textwrap.dedent(
    """
    import json
    from django.contrib.sessions.models import Session
    from peerhaven.meetings.models import Meeting
    from peerhaven.notifications.models import Notification

    Notification.objects.filter(occurrence__meeting__title__startswith=RUSH_TITLE).delete()
    deleted, _ = Meeting.objects.filter(title__startswith=RUSH_TITLE).delete()
    sessions, _ = Session.objects.filter(session_key__in=KEYS).delete()
    print("BENCH-JSON " + json.dumps({"deleted": deleted, "sessions": sessions}))
    """
)


def session_keys(cookies: list[str]) -> list[str]:
    return [cookie.split("=", 1)[1] for cookie in cookies]


# --------------------------------------------------------------------------- the rush


def check_rush(result: dict, rounds: list[dict], user_ids: list[int]) -> dict:
    """The database after the rush: no overbooking, first come first served, in order."""
    problems: list[str] = []
    summary = []
    for round_ in rounds:
        occurrence = str(round_["occurrence_id"])
        data = result[occurrence]
        capacity = data["capacity"]
        rows = data["rsvps"]
        cancelled = {user_ids[index] for index in round_["cancel"]}
        going = [r for r in rows if r["status"] == "going"]
        waiting = [r for r in rows if r["status"] == "waitlisted"]
        not_going = [r for r in rows if r["status"] == "not_going"]
        if len(rows) != len(user_ids):
            problems.append(f"{occurrence}: {len(rows)} RSVP rows for {len(user_ids)} members")
        if len(going) > capacity:
            problems.append(f"{occurrence}: OVERBOOKED, {len(going)} going for {capacity} seats")
        if {r["user"] for r in not_going} != cancelled:
            problems.append(f"{occurrence}: the not-going are not the members who cancelled")
        # queued_at is taken under the row lock: its order is the order the rows were written.
        by_queue = sorted(rows, key=lambda r: (r["queued_at"], r["pk"]))
        if [r["pk"] for r in by_queue] != [r["pk"] for r in rows]:
            problems.append(f"{occurrence}: queue order differs from the order of arrival")
        # Whoever is still in: the first `capacity` by queue are going, the rest wait in line.
        still = [r for r in by_queue if r["user"] not in cancelled]
        expected_going = {r["user"] for r in still[:capacity]}
        if {r["user"] for r in going} != expected_going:
            problems.append(f"{occurrence}: the people going are not the first in line")
        if [r["user"] for r in waiting] != [r["user"] for r in still[capacity:]]:
            problems.append(f"{occurrence}: the waitlist is not in the order of arrival")
        summary.append(
            {
                "occurrence": int(occurrence),
                "capacity": capacity,
                "going": len(going),
                "waitlisted": len(waiting),
                "not_going": len(not_going),
            }
        )
    return {
        "rounds": summary,
        "problems": problems,
        "overbooked": any("OVER" in p for p in problems),
    }


def rush(server: common.Server, data_dir: Path, opts: argparse.Namespace) -> dict:
    setup = shell(
        data_dir,
        opts,
        RUSH_SETUP,
        RUSH_TITLE=RUSH_TITLE,
        CLIENTS=opts.rsvp_clients,
        ROUNDS=opts.rsvp_rounds,
        CAPACITY=opts.capacity,
    )
    try:
        # A third of the members cancel in the second phase: some going, some waiting.
        rounds = [
            {
                "occurrence_id": occurrence,
                "cancel": [i for i in range(opts.rsvp_clients) if (i + number) % 3 == 0],
            }
            for number, occurrence in enumerate(setup["occurrences"])
        ]
        spec = {
            "host": common.HOST,
            "port": server.port,
            "cookies": setup["cookies"],
            "rounds": rounds,
        }
        if opts.wait_quiet > 0:
            common.wait_for_quiet(opts.wait_quiet)
        print(
            f"  RSVP rush: {opts.rsvp_rounds} meetings of {opts.capacity} seats, "
            f"{opts.rsvp_clients} members at once in {setup['group']}",
            file=sys.stderr,
        )
        load = run_load_process("rsvp", spec, timeout_s=600)
        state = shell(data_dir, opts, RUSH_RESULT, OCCURRENCES=setup["occurrences"])
    finally:
        shell(
            data_dir,
            opts,
            RUSH_CLEANUP,
            RUSH_TITLE=RUSH_TITLE,
            KEYS=session_keys(setup["cookies"]),
        )
    answers = load["answers"]
    errors = [a for a in answers if a["status"] != 302]
    verdict = check_rush(state, rounds, setup["user_ids"])
    return {
        "group": setup["group"],
        "group_members": setup["group_members"],
        "clients": opts.rsvp_clients,
        "rounds": opts.rsvp_rounds,
        "capacity": opts.capacity,
        "requests": len([a for a in answers if a["phase"] != "page"]),
        "errors": len(errors),
        "error_samples": errors[:5],
        "going": percentiles([a["ms"] for a in answers if a["phase"] == "going"]),
        "cancel": percentiles([a["ms"] for a in answers if a["phase"] == "cancel"]),
        "database": verdict,
    }


# --------------------------------------------------------------------------- report


def goals(results: dict[str, common.Result], rsvp: dict) -> dict:
    single = results["upcoming"].extra["latency_run"]
    p95 = single["p95_ms"]
    return {
        "upcoming": {
            "goal": f"p95 ≤ {UPCOMING_P95_GOAL_MS:g} ms",
            "value": p95,
            "met": single["requests"] > 0 and p95 <= UPCOMING_P95_GOAL_MS,
        },
        "rsvp": {
            "goal": "zero errors, no overbooking, first come first served",
            "value": {"errors": rsvp["errors"], "problems": len(rsvp["database"]["problems"])},
            "met": rsvp["errors"] == 0 and not rsvp["database"]["problems"],
        },
    }


def print_table(results: dict[str, common.Result], verdicts: dict, opts) -> None:
    b1 = results["B1"].requests_per_second
    print(
        f"throughput: {opts.connections} connections (p95 load = p95 under that load); "
        f"p50/p95/p99 in ms with {opts.latency_connections} connection(s)"
    )
    header = (
        f"{'case':<12} {'req/s':>8} {'×B1':>6} {'p95 load':>9}  {'p50':>7} {'p95':>7} "
        f"{'p99':>7}  goal"
    )
    print(header)
    print("-" * len(header))
    for name, res in results.items():
        single = res.extra["latency_run"]
        verdict = verdicts.get(name)
        shown = f"{'met' if verdict['met'] else 'NOT MET'} ({verdict['goal']})" if verdict else ""
        print(
            f"{name:<12} {res.requests_per_second:>8,.0f} {res.requests_per_second / b1:>6.3f} "
            f"{res.extra['p95_ms']:>9.2f}  {single['p50_ms']:>7.2f} {single['p95_ms']:>7.2f} "
            f"{single['p99_ms']:>7.2f}  {shown}"
        )
    busy = {
        n: r.extra["cpu_other"] for n, r in results.items() if r.extra.get("cpu_other", 0) > 0.1
    }
    if busy:
        shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in busy.items())
        print(
            f"warning: other processes used CPU during the timed runs ({shown} CPUs); "
            "these figures are low, measure again on a quiet machine"
        )


def print_rush(rsvp: dict, verdict: dict) -> None:
    print(
        f"RSVP rush: {rsvp['rounds']} meetings × {rsvp['clients']} members at once, "
        f"{rsvp['capacity']} seats each, then a third cancel at once "
        f"(group {rsvp['group']}, {rsvp['group_members']} members)"
    )
    for phase in ("going", "cancel"):
        stats = rsvp[phase]
        print(
            f"  {phase:<7} {stats['count']:>4} requests  p50 {stats['p50_ms']:.1f} ms  "
            f"p95 {stats['p95_ms']:.1f} ms  p99 {stats['p99_ms']:.1f} ms  "
            f"max {stats['max_ms']:.1f} ms"
        )
    rounds = rsvp["database"]["rounds"]
    shown = ", ".join(
        f"{r['going']}/{r['capacity']} going + {r['waitlisted']} waiting" for r in rounds
    )
    print(f"  database afterwards: {shown}")
    for problem in rsvp["database"]["problems"]:
        print(f"  PROBLEM: {problem}")
    print(
        f"  errors: {rsvp['errors']} of {rsvp['requests']}; "
        f"{'met' if verdict['met'] else 'NOT MET'} ({verdict['goal']})"
    )


def finish(
    opts: argparse.Namespace,
    results: dict[str, common.Result],
    machine: dict,
    extra: dict,
) -> Path:
    """Write the JSON (common.write_results plus `extra`) and print where."""
    baselines = {"B1": results.pop("B1")}
    path = common.write_results(opts.name, results, baselines, opts, path=opts.output, info=machine)
    document = json.loads(path.read_text())
    document["settings"]["latency_connections"] = opts.latency_connections
    document.update(extra)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    results.update(baselines)
    try:
        shown = path.relative_to(common.ROOT)
    except ValueError:
        shown = path
    print()
    print(f"written: {shown}")
    return path


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    db = vendor(opts)
    dataset = DataSet(
        "meetings",
        {
            "groups": opts.groups,
            "members": opts.members,
            "meetings": opts.meetings,
            "seed": opts.seed,
        },
        {"members": opts.members, "groups": opts.groups, "meetings": opts.meetings},
    )
    try:
        with common.data_dir("peerhaven-bench-meetings-") as data_dir:
            seed_info = data_dir_for(opts, dataset, data_dir)
            info = shell(data_dir, opts, DESCRIBE)
            print(
                f"  data: {info['occurrences']:,} occurrences, {info['rsvps']:,} RSVPs ({db}); "
                f"viewer {info['username']} in {info['viewer_groups']} groups",
                file=sys.stderr,
            )
            cases = [
                directory.Case("B1", "/ping", "GET /ping through the same server"),
                directory.Case(
                    "upcoming",
                    "/meetings/",
                    f"/meetings/ signed in, member of {info['viewer_groups']} groups",
                    cookie=info["cookie"],
                    expect="Upcoming",
                ),
            ]
            env = common.server_env(data_dir, **db_env(opts))
            results: dict[str, common.Result] = {}
            with (
                common.serve(server_argv, env=env, ready_path="/ping") as server,
                tempfile.TemporaryDirectory(prefix="bench-meetings-lua-") as work,
            ):
                directory.check_answers(server, cases)
                for case in cases:
                    results[case.name] = directory.measure_case(server, case, opts, Path(work))
                directory.settle(server)
                rsvp = rush(server, data_dir, opts)
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    verdicts = goals(results, rsvp)
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"database: {db}; {opts.groups:,} groups, {opts.members:,} members, "
        f"{opts.meetings:,} meetings ({info['occurrences']:,} occurrences, {info['rsvps']:,} "
        f"RSVPs; bench-seed --seed {opts.seed}); wrk -t{opts.threads} after {opts.warmup:g}s "
        f"warm-up, {opts.duration:g}s runs" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    if seed_info.get("bench_seed"):
        print(seed_info["bench_seed"])
    print()
    print_table(results, verdicts, opts)
    print()
    print_rush(rsvp, verdicts["rsvp"])
    public = {key: value for key, value in info.items() if key != "cookie"}
    finish(
        opts,
        results,
        machine,
        {
            "database": db,
            "dataset": {**dataset.flags, **public, **seed_info},
            "rsvp": rsvp,
            "goals": verdicts,
        },
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--client":
        sys.exit(client_main(sys.argv[2], sys.argv[3]))
    sys.exit(main())

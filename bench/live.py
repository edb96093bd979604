"""Live rooms under load: N WebSocket clients in one room, through the real servers.

Three targets, measured one after the other in the same run:

- W0 (baseline, the floor): a bare `websockets` broadcast server (this file, `--w0-server`):
  it numbers each chat frame and sends it to every client with `websockets.broadcast`.
- L0 (baseline): the project's room consumer on the in-memory channel layer, one
  `peerhaven serve --no-task-worker` process on SQLite.
- R2 (the goal): two `peerhaven serve --no-task-worker` processes with Redis (channels-redis'
  pub/sub layer) sharing one database (a new PostgreSQL database on --database-url, dropped
  afterwards; without it, one SQLite file), the clients spread over both.

Servers are pinned to the first CPU (both R2 processes on the same one), the load generator
(`--load`, the `websockets` library on asyncio, one process) to the second, as every
benchmark here does. For each target:

- join: all N clients connect at once; the time until each gets its welcome, and failures;
- steady: RATE chat messages per second spread over the clients (each sender far below the
  room's 5-in-5-seconds limit) for DURATION seconds; each message carries its id and send time
  (the load generator's clock, which also receives), so every receiver records the latency,
  the numbers it saw (gaps, duplicates, out-of-order) and the messages it never got;
- idle (W0 and R2): IDLE connections held open on fresh servers: the servers' CPU over a
  window, and their resident memory growth per connection.

    .venv/bin/python bench/live.py [--quick] [--clients 300] [--rate 5] [--duration 300]
        [--baseline-duration 60] [--idle 1000] [--redis-url redis://…] [--database-url postgres://…]

Goals (docs/performance.md): R2 with 300 clients at 5 msg/s: p50 ≤ 50 ms, p99 ≤ 250 ms and
≤ 3× W0's p99, no missing or duplicated message over 5 minutes; 300 joins within 10 s without
failure; 1,000 idle connections ≤ 5% of one core and ≤ 150 KiB each. Writes
bench/results/live.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import resource
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

GOALS = {
    "p50_ms": 50.0,
    "p99_ms": 250.0,
    "p99_vs_w0": 3.0,
    "join_s": 10.0,
    "idle_cpu": 0.05,
    "idle_kib": 150.0,
}

# Run by `peerhaven shell -c` in the server's environment: BENCH_LIVE_PEOPLE members going to
# one online meeting whose room is open, and a session for each. Prints JSON.
SEED = r"""
import json, os, random, time
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.utils import timezone
from peerhaven.accounts.models import User
from peerhaven.groups.models import Group, Membership
from peerhaven.live.models import Room
from peerhaven.meetings.models import RSVP
from peerhaven.testing import make_group, make_person, schedule

people = int(os.environ["BENCH_LIVE_PEOPLE"])
# Other servers may share this Redis: a random occurrence id keeps the room's channel group ours.
start = random.randint(10**6, 10**9)
with connection.cursor() as cursor:
    if connection.vendor == "postgresql":
        cursor.execute("SELECT setval(pg_get_serial_sequence('meetings_occurrence', 'id'), %s)", [start])
    else:
        cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('meetings_occurrence', %s)", [start])
fern = make_person("bench_fern", display_name="Fern")
group = make_group(fern, name="Bench circle")
now = timezone.now()
template = User()
template.set_password("a bench password nobody types")
users = User.objects.bulk_create([
    User(username=f"bench{i}", display_name=f"Bench {i}", password=template.password,
         coc_version=1, coc_accepted_at=now)
    for i in range(people)
])
Membership.objects.bulk_create([
    Membership(group=group, user=user, role=1, state="active", coc_version=1,
               guidelines_version=group.guidelines_version, accepted_at=now)
    for user in users
])
Group.objects.filter(pk=group.pk).update(active_member_count=people + 1)
occurrence = schedule(fern, group)
RSVP.objects.bulk_create([
    RSVP(occurrence=occurrence, user=user, status="going", mode="online") for user in users
])
Room.objects.create(occurrence=occurrence, state="open")
cookies = []
for user in users:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session["ph_epoch"] = user.session_epoch
    session["ph_auth_at"] = int(time.time())
    session.create()
    cookies.append(session.session_key)
print(json.dumps({"occurrence": occurrence.pk, "cookies": cookies}))
"""


# --------------------------------------------------------------------------- W0 server


def w0_server(port: int) -> None:
    """The floor: numbers chat frames and broadcasts them; answers GET /ping for readiness."""
    import websockets
    from websockets.asyncio.server import serve

    clients: set = set()
    counter = {"seq": 0}

    def process_request(connection, request):
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return connection.respond(200, "pong\n")
        return None

    async def handler(ws):
        clients.add(ws)
        await ws.send(json.dumps({"type": "welcome", "you": id(ws), "last_seq": counter["seq"]}))
        try:
            async for message in ws:
                data = json.loads(message)
                if data.get("action") == "say":
                    counter["seq"] += 1
                    frame = json.dumps(
                        {
                            "type": "entry",
                            "seq": counter["seq"],
                            "kind": "message",
                            "body": data["body"],
                        }
                    )
                    websockets.broadcast(clients, frame)
        finally:
            clients.discard(ws)

    async def main() -> None:
        async with serve(
            handler,
            common.HOST,
            port,
            process_request=process_request,
            max_size=65_536,
            ping_interval=20,
        ) as server:
            await server.serve_forever()

    asyncio.run(main())


# --------------------------------------------------------------------------- load generator


class LoadClient:
    def __init__(self, index: int, url: str, origin: str, cookie: str | None) -> None:
        self.index = index
        self.url = url
        self.origin = origin
        self.cookie = cookie
        self.ws = None
        self.joined_at: float | None = None
        self.failure: str | None = None
        self.counting = False
        self.seqs: list[int] = []
        self.seen: set[int] = set()
        self.duplicates = 0
        self.received: set[int] = set()
        self.latencies: list[float] = []
        self.errors: dict[str, int] = {}
        self.closed = False
        self.dropped: str | None = None
        self.last_frame = 0.0

    async def join(self, started: float, timeout: float) -> None:
        from websockets.asyncio.client import connect

        headers = {"Cookie": f"peerhaven_session={self.cookie}"} if self.cookie else None
        try:
            self.ws = await connect(
                self.url,
                origin=self.origin,
                additional_headers=headers,
                open_timeout=timeout,
                max_size=2**24,
                ping_interval=20,
                ping_timeout=60,
            )
            async with asyncio.timeout(timeout):
                while True:
                    frame = json.loads(await self.ws.recv())
                    if frame["type"] == "welcome":
                        self.joined_at = time.perf_counter() - started
                        break
                    if frame["type"] == "waiting":
                        raise RuntimeError("put in the waiting room")
        except Exception as exc:  # a failure to join is a result, not a crash
            self.failure = f"{type(exc).__name__}: {exc}"[:200]

    async def read(self) -> None:
        try:
            async for raw in self.ws:
                now = self.last_frame = time.perf_counter()
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "entry":
                    seq = frame["seq"]
                    if seq in self.seen:
                        self.duplicates += 1
                        continue
                    self.seen.add(seq)
                    if not self.counting:
                        continue
                    self.seqs.append(seq)
                    body = json.loads(frame.get("body") or "{}")
                    if "id" in body:
                        self.received.add(body["id"])
                        self.latencies.append((now - body["t"]) * 1000)
                elif kind == "error":
                    code = frame.get("code", "?")
                    self.errors[code] = self.errors.get(code, 0) + 1
        except Exception as exc:  # the server closed the socket: counted as missing messages
            self.dropped = f"{type(exc).__name__}: {exc}"[:200]
        finally:
            self.closed = True


def _percentile(values: list[float], fraction: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def run_load(config: dict) -> dict:
    """Join, then a steady message rate; returns the figures."""
    _raise_file_limit()
    urls, cookies, count = config["urls"], config["cookies"], config["clients"]
    clients = [
        LoadClient(
            i,
            urls[i % len(urls)],
            config["origins"][i % len(urls)],
            cookies[i % len(cookies)] if cookies else None,
        )
        for i in range(count)
    ]
    started = time.perf_counter()
    await asyncio.gather(*(client.join(started, config["join_timeout"]) for client in clients))
    joined = [client for client in clients if client.joined_at is not None]
    readers = [asyncio.create_task(client.read()) for client in joined]
    join_times = [client.joined_at for client in joined]
    # Steady state starts once the join storm has passed: no frame for a second.
    settle_began = time.perf_counter()
    await asyncio.sleep(config["settle"])
    while time.perf_counter() - settle_began < 60:
        latest = max((client.last_frame for client in joined), default=0.0)
        if time.perf_counter() - latest >= 1.0:
            break
        await asyncio.sleep(0.2)
    settled = time.perf_counter() - settle_began

    for client in joined:
        client.counting = True
    rate, duration = config["rate"], config["duration"]
    total = int(rate * duration)
    sent: list[int] = []
    begin = time.perf_counter()
    for number in range(total):
        due = begin + number / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sender = joined[number % len(joined)] if joined else None
        if sender is None or sender.closed:
            continue
        body = json.dumps({"id": number, "t": time.perf_counter()})
        with contextlib.suppress(Exception):  # a closed sender: that message is not counted
            await sender.ws.send(json.dumps({"action": "say", "body": body}))
            sent.append(number)
    elapsed = time.perf_counter() - begin
    await asyncio.sleep(config["grace"])
    for client in joined:
        client.counting = False

    latencies = [value for client in joined for value in client.latencies]
    missing = gaps = out_of_order = 0
    wanted = set(sent)
    for client in joined:
        missing += len(wanted - client.received)
        if client.seqs:
            unique = set(client.seqs)
            gaps += (max(unique) - min(unique) + 1) - len(unique)
            out_of_order += sum(1 for a, b in zip(client.seqs, client.seqs[1:]) if b < a)
    errors: dict[str, int] = {}
    for client in joined:
        for code, number in client.errors.items():
            errors[code] = errors.get(code, 0) + number
    for client in joined:
        with contextlib.suppress(Exception):
            await client.ws.close()
    for task in readers:
        task.cancel()
    failures = [client.failure for client in clients if client.failure]
    return {
        "clients": count,
        "joined": len(joined),
        "join_failures": len(failures),
        "join_failure_examples": sorted(set(failures))[:3],
        "join_p50_s": _percentile(join_times, 0.5),
        "join_max_s": max(join_times) if join_times else None,
        "settle_s": round(settled, 1),
        "rate_per_s": rate,
        "duration_s": round(elapsed, 1),
        "messages_sent": len(sent),
        "deliveries": len(latencies),
        "p50_ms": _percentile(latencies, 0.50),
        "p99_ms": _percentile(latencies, 0.99),
        "max_ms": max(latencies) if latencies else None,
        "mean_ms": statistics.fmean(latencies) if latencies else None,
        "missing": missing,
        "gaps": gaps,
        "duplicates": sum(client.duplicates for client in joined),
        "out_of_order": out_of_order,
        "errors": errors,
        "dropped": sum(1 for client in joined if client.dropped),
    }


async def run_idle(config: dict) -> None:
    """Open a warm-up batch and say so; on "go", open the rest of the idle connections and
    say so; hold them until stdin says stop. (stdout: one JSON line per step.)"""
    _raise_file_limit()
    urls, cookies, count = config["urls"], config["cookies"], config["clients"]
    clients = [
        LoadClient(
            i,
            urls[i % len(urls)],
            config["origins"][i % len(urls)],
            cookies[i % len(cookies)] if cookies else None,
        )
        for i in range(count)
    ]
    loop = asyncio.get_running_loop()
    readers = []

    async def open_batch(batch: list[LoadClient]) -> float:
        started = time.perf_counter()
        # A hundred at a time: the idle figure is about holding connections, not a join storm.
        for first in range(0, len(batch), 100):
            part = batch[first : first + 100]
            await asyncio.gather(*(client.join(started, config["join_timeout"]) for client in part))
            readers.extend(
                asyncio.create_task(client.read()) for client in part if client.joined_at
            )
        return time.perf_counter() - started

    warm = clients[: config["warm"]]
    rest = clients[config["warm"] :]
    await open_batch(warm)
    print(json.dumps({"warm": sum(1 for c in warm if c.joined_at)}), flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)
    seconds = await open_batch(rest)
    failures = [client.failure for client in clients if client.failure]
    print(
        json.dumps(
            {
                "open": sum(1 for client in clients if client.joined_at),
                "failures": len(failures),
                "examples": sorted(set(failures))[:3],
                "seconds": round(seconds, 1),
            }
        ),
        flush=True,
    )
    await loop.run_in_executor(None, sys.stdin.readline)
    for client in clients:
        if client.ws is not None:
            with contextlib.suppress(Exception):
                await client.ws.close()
    for task in readers:
        task.cancel()


# --------------------------------------------------------------------------- orchestration


def _load_argv(mode: str) -> list[str]:
    return common.pinned([sys.executable, str(Path(__file__).resolve()), mode], common.load_cpu())


def _machine_busy_seconds() -> float:
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    return sum(int(fields[i]) for i in (0, 1, 2)) / os.sysconf("SC_CLK_TCK")


def _services_cpu_seconds() -> dict[int, float]:
    """CPU seconds of each Redis and PostgreSQL process (R2's services), by pid."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.find("(") + 1 : text.rfind(")")]
        if name.startswith(("redis-server", "postgres")):
            fields = text.rsplit(")", 1)[1].split()
            found[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf(
                "SC_CLK_TCK"
            )
    return found


def _cpu_snapshot(pids: list[int]) -> dict:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "time": time.monotonic(),
        "machine": _machine_busy_seconds(),
        "servers": sum(_proc_cpu_seconds(pid) for pid in pids),
        "services": _services_cpu_seconds(),
        "load": children.ru_utime + children.ru_stime,
    }


def load(config: dict, pids: list[int]) -> dict:
    """Run the load generator; adds the CPU the servers, Redis/PostgreSQL, the load
    generator and everything else on the machine used meanwhile (in CPUs)."""
    before = _cpu_snapshot(pids)
    result = _load(config)
    after = _cpu_snapshot(pids)
    elapsed = after["time"] - before["time"]
    # Processes that started during the run count from zero; those that ended are lost.
    services = sum(
        seconds - before["services"].get(pid, 0.0) for pid, seconds in after["services"].items()
    )
    used = {
        key: (after[key] - before[key]) / elapsed
        for key in before
        if key not in ("time", "services")
    }
    used["services"] = services / elapsed
    result["cpu"] = {
        "servers": round(used["servers"], 3),
        "services": round(used["services"], 3),
        "load_generator": round(used["load"], 3),
        "other": round(
            max(0.0, used["machine"] - used["servers"] - used["services"] - used["load"]), 3
        ),
    }
    return result


def _load(config: dict) -> dict:
    proc = subprocess.run(
        _load_argv("--load"),
        input=json.dumps(config),
        capture_output=True,
        text=True,
        timeout=config["duration"] + config["join_timeout"] + 300,
        check=False,
    )
    if proc.returncode != 0:
        raise common.BenchError(f"load generator failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _proc_cpu_seconds(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def _proc_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def idle(config: dict, pids: list[int], window: float) -> dict:
    """Hold config["clients"] idle connections; the servers' CPU and memory per connection.

    Memory is counted from after a warm-up batch (a tenth, at least 50), so that what a
    process allocates once (imports, pools, caches) is not charged to connections; the
    growth from a fresh process is reported too."""
    config = {**config, "warm": max(50, config["clients"] // 10)}
    rss_fresh = sum(_proc_rss_kib(pid) for pid in pids)
    proc = subprocess.Popen(
        _load_argv("--idle"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        proc.stdin.write(json.dumps(config) + "\n")
        proc.stdin.flush()
        warm = json.loads(proc.stdout.readline())["warm"]
        time.sleep(3)
        rss_warm = sum(_proc_rss_kib(pid) for pid in pids)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        ready = json.loads(proc.stdout.readline())
        time.sleep(5)  # let the joins settle
        cpu_before = sum(_proc_cpu_seconds(pid) for pid in pids)
        begin = time.monotonic()
        time.sleep(window)
        cpu = (sum(_proc_cpu_seconds(pid) for pid in pids) - cpu_before) / (
            time.monotonic() - begin
        )
        rss_after = sum(_proc_rss_kib(pid) for pid in pids)
        proc.stdin.write("stop\n")
        proc.stdin.flush()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    added = max(1, ready["open"] - warm)
    return {
        "connections": ready["open"],
        "failures": ready["failures"],
        "failure_examples": ready["examples"],
        "open_s": ready["seconds"],
        "window_s": window,
        "cpu_cores": round(cpu, 4),
        "rss_fresh_kib": rss_fresh,
        "rss_warm_kib": rss_warm,
        "rss_after_kib": rss_after,
        "kib_per_connection": round((rss_after - rss_warm) / added, 1),
        "kib_per_connection_from_fresh": round((rss_after - rss_fresh) / max(1, ready["open"]), 1),
    }


def seed(data_dir: Path, people: int, **env) -> dict:
    out = common.manage(data_dir, "shell", "-c", SEED, BENCH_LIVE_PEOPLE=str(people), **env)
    return json.loads(out.strip().splitlines()[-1])


NO_DEFLATE = False  # --no-deflate


def _peerhaven_serve(port: int) -> list[str]:
    if NO_DEFLATE:
        # What `peerhaven serve` runs, without WebSocket compression (a what-if figure).
        return [
            sys.executable,
            "-m",
            "uvicorn",
            common.PROJECT_APP,
            "--host",
            common.HOST,
            "--port",
            str(port),
            *common.UVICORN_OPTIONS,
            "--ws-per-message-deflate",
            "false",
        ]
    return common.peerhaven_argv(
        "serve", "--host", common.HOST, "--port", str(port), "--no-task-worker", "--no-migrate"
    )


def _socket(server: common.Server, occurrence: int | None) -> tuple[str, str]:
    path = f"/ws/rooms/{occurrence}/" if occurrence is not None else "/"
    return f"ws://{common.HOST}:{server.port}{path}", server.base_url


def _config(opts, sockets: list[tuple[str, str]], cookies, *, clients, duration) -> dict:
    return {
        "urls": [url for url, _origin in sockets],
        "origins": [origin for _url, origin in sockets],
        "cookies": cookies,
        "clients": clients,
        "rate": opts.rate,
        "duration": duration,
        "settle": 2.0,
        "grace": 3.0,
        "join_timeout": 60.0,
    }


@contextlib.contextmanager
def shared_database(url: str | None):
    """A new PostgreSQL database on `url`'s server for both R2 processes (dropped after)."""
    if not url:
        yield None
        return
    import dj_database_url
    import psycopg

    parsed = dj_database_url.parse(url)
    name = f"peerhaven_bench_live_{secrets.token_hex(4)}"
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
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure_w0(opts) -> dict:
    print(f"  W0: bare websockets broadcast, {opts.clients} clients …", file=sys.stderr)

    def argv(port: int) -> list[str]:
        return [sys.executable, str(Path(__file__).resolve()), "--w0-server", str(port)]

    result = {}
    with common.serve(argv, ready_path="/ping") as server:
        sockets = [_socket(server, None)]
        result["load"] = load(
            _config(opts, sockets, None, clients=opts.clients, duration=opts.baseline_duration),
            [server.pid],
        )
    if opts.skip_idle:
        return result
    with common.serve(argv, ready_path="/ping") as server:
        sockets = [_socket(server, None)]
        result["idle"] = idle(
            _config(opts, sockets, None, clients=opts.idle, duration=0),
            [server.pid],
            opts.idle_window,
        )
    return result


def measure_l0(opts) -> dict:
    print(f"  L0: one process, in-memory layer, {opts.clients} clients …", file=sys.stderr)
    with common.data_dir() as path:
        common.manage(path, "migrate", "--no-input")
        seeded = seed(path, opts.clients)
        with common.serve(_peerhaven_serve, env=common.server_env(path), ready_path="/ping") as srv:
            sockets = [_socket(srv, seeded["occurrence"])]
            return {
                "load": load(
                    _config(
                        opts,
                        sockets,
                        seeded["cookies"],
                        clients=opts.clients,
                        duration=opts.baseline_duration,
                    ),
                    [srv.pid],
                )
            }


def measure_r2(opts) -> dict:
    print(
        f"  R2: two processes, Redis, {opts.clients} clients, {opts.duration:g} s …",
        file=sys.stderr,
    )
    people = max(opts.clients, 1)
    with shared_database(opts.database_url) as database_url, common.data_dir() as path:
        env = {"REDIS_URL": opts.redis_url}
        if database_url:
            env["DATABASE_URL"] = database_url
        common.manage(path, "migrate", "--no-input", services=True, **env)
        seeded = seed(path, people, services=True, **env)
        environ = common.server_env(path, services=True, **env)
        if not database_url:
            environ.pop("DATABASE_URL", None)
        result = {"database": "postgresql" if database_url else "sqlite"}
        with (
            common.serve(_peerhaven_serve, env=environ, ready_path="/ping") as one,
            common.serve(_peerhaven_serve, env=environ, ready_path="/ping") as two,
        ):
            sockets = [_socket(one, seeded["occurrence"]), _socket(two, seeded["occurrence"])]
            result["load"] = load(
                _config(
                    opts, sockets, seeded["cookies"], clients=opts.clients, duration=opts.duration
                ),
                [one.pid, two.pid],
            )
        if opts.skip_idle:
            return result
        with (
            common.serve(_peerhaven_serve, env=environ, ready_path="/ping") as one,
            common.serve(_peerhaven_serve, env=environ, ready_path="/ping") as two,
        ):
            sockets = [_socket(one, seeded["occurrence"]), _socket(two, seeded["occurrence"])]
            result["idle"] = idle(
                _config(opts, sockets, seeded["cookies"], clients=opts.idle, duration=0),
                [one.pid, two.pid],
                opts.idle_window,
            )
        return result


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}"


def report(opts, results: dict) -> Path:
    w0 = results["W0"]["load"] if "W0" in results else {"p99_ms": None}
    print()
    print(f"machine: {common.machine_summary()}")
    pins = common.pinning()
    print(
        f"{opts.clients} clients, {opts.rate:g} msg/s; servers on CPU {pins['server_cpu']}, "
        f"load generator on CPU {pins['load_cpu']}"
        + ("  [--quick: smoke run]" if opts.quick else "")
    )
    print()
    header = (
        f"{'target':<6} {'secs':>5} {'sent':>5} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'×W0 p99':>7} {'miss':>5} {'gaps':>5} {'dup':>4} {'ooo':>4} {'join p50':>8} "
        f"{'join max':>8} {'fail':>4}"
    )
    print(header)
    print("-" * len(header))
    for name in ("W0", "L0", "R2"):
        if name not in results:
            continue
        r = results[name]["load"]
        ratio = r["p99_ms"] / w0["p99_ms"] if r["p99_ms"] and w0["p99_ms"] else None
        print(
            f"{name:<6} {r['duration_s']:>5.0f} {r['messages_sent']:>5} {_fmt(r['p50_ms']):>7} "
            f"{_fmt(r['p99_ms']):>7} {_fmt(r['max_ms']):>7} {_fmt(ratio, 2):>7} "
            f"{r['missing']:>5} {r['gaps']:>5} {r['duplicates']:>4} {r['out_of_order']:>4} "
            f"{_fmt(r['join_p50_s'], 2):>8} {_fmt(r['join_max_s'], 2):>8} {r['join_failures']:>4}"
        )
    print()
    for name in ("W0", "L0", "R2"):
        cpu = results.get(name, {}).get("load", {}).get("cpu")
        if cpu:
            print(
                f"CPUs used during {name}: servers {cpu['servers']:.2f}, Redis and PostgreSQL "
                f"{cpu['services']:.2f}, load generator {cpu['load_generator']:.2f}, "
                f"everything else {cpu['other']:.2f}"
            )
            if cpu["other"] > common.BUSY_THRESHOLD:
                print(
                    f"warning: other processes used {cpu['other']:.2f} CPUs during {name}; "
                    "these figures are pessimistic, measure again on a quiet machine"
                )
    print()
    for name in ("W0", "R2"):
        if name in results and "idle" in results[name]:
            i = results[name]["idle"]
            print(
                f"idle {name}: {i['connections']} connections ({i['failures']} failed), "
                f"{i['cpu_cores'] * 100:.2f}% of a core over {i['window_s']:g} s, "
                f"{i['kib_per_connection']:.1f} KiB each after a warm-up "
                f"({i['kib_per_connection_from_fresh']:.1f} KiB counted from a fresh process)"
            )
    if "R2" in results and "idle" in results["R2"]:
        r, i = results["R2"]["load"], results["R2"]["idle"]
        ratio = r["p99_ms"] / w0["p99_ms"] if r["p99_ms"] and w0["p99_ms"] else None
        checks = {
            f"p50 ≤ {GOALS['p50_ms']:g} ms": r["p50_ms"] is not None
            and r["p50_ms"] <= GOALS["p50_ms"],
            f"p99 ≤ {GOALS['p99_ms']:g} ms": r["p99_ms"] is not None
            and r["p99_ms"] <= GOALS["p99_ms"],
            f"p99 ≤ {GOALS['p99_vs_w0']:g}× W0": ratio is not None and ratio <= GOALS["p99_vs_w0"],
            "no missing or duplicated message": r["missing"] == 0
            and r["duplicates"] == 0
            and r["gaps"] == 0,
            f"{opts.clients} joins within {GOALS['join_s']:g} s, no failure": r["join_failures"]
            == 0
            and r["join_max_s"] is not None
            and r["join_max_s"] <= GOALS["join_s"],
            f"idle ≤ {GOALS['idle_cpu'] * 100:g}% of a core": i["cpu_cores"] <= GOALS["idle_cpu"],
            f"idle ≤ {GOALS['idle_kib']:g} KiB per connection": i["kib_per_connection"]
            <= GOALS["idle_kib"],
        }
        results["goals"] = checks
        print()
        for text, met in checks.items():
            print(f"  {'met    ' if met else 'NOT MET'}  {text}")
    document = {
        "name": "live",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": [Path(sys.argv[0]).name, *sys.argv[1:]],
        "settings": {
            "clients": opts.clients,
            "rate_per_s": opts.rate,
            "duration_s": opts.duration,
            "baseline_duration_s": opts.baseline_duration,
            "idle_connections": opts.idle,
            "idle_window_s": opts.idle_window,
            "quick": opts.quick,
            "no_deflate": opts.no_deflate,
            "pinning": pins,
        },
        "machine": common.machine(),
        "results": results,
    }
    opts.output.parent.mkdir(parents=True, exist_ok=True)
    opts.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten: {opts.output}")
    return opts.output


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--w0-server"]:
        w0_server(int(argv[1]))
        return 0
    if argv[:1] == ["--load"]:
        print(json.dumps(asyncio.run(run_load(json.loads(sys.stdin.read())))))
        return 0
    if argv[:1] == ["--idle"]:
        asyncio.run(run_idle(json.loads(sys.stdin.readline())))
        return 0

    parser = argparse.ArgumentParser(description="Live rooms under load (see docs/performance.md).")
    parser.add_argument("--quick", action="store_true", help="smoke run: 50 clients, short runs")
    parser.add_argument("--clients", type=int, default=None, help="clients in the room (300)")
    parser.add_argument("--rate", type=float, default=5.0, help="messages per second (5)")
    parser.add_argument("--duration", type=float, default=None, help="R2 steady seconds (300)")
    parser.add_argument(
        "--baseline-duration", type=float, default=None, help="W0 and L0 steady seconds (60)"
    )
    parser.add_argument("--idle", type=int, default=None, help="idle connections (1000)")
    parser.add_argument("--idle-window", type=float, default=None, help="idle seconds (30)")
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL"),
        help="PostgreSQL server for R2 (a new database is made and dropped); default: SQLite",
    )
    parser.add_argument(
        "--output", type=Path, default=common.RESULTS_DIR / "live.json", help="JSON results"
    )
    parser.add_argument(
        "--targets",
        default="W0,L0,R2",
        help="what to measure, comma-separated (default W0,L0,R2; ratios need W0)",
    )
    parser.add_argument("--skip-idle", action="store_true", help="no idle-connection measurement")
    parser.add_argument(
        "--no-deflate",
        action="store_true",
        help="what-if: run L0/R2 as uvicorn with `peerhaven serve`'s options but without "
        "per-message-deflate",
    )
    opts = parser.parse_args(argv)
    global NO_DEFLATE
    NO_DEFLATE = opts.no_deflate
    opts.targets = {name.strip() for name in opts.targets.split(",") if name.strip()}
    quick = opts.quick
    opts.clients = opts.clients or (50 if quick else 300)
    opts.duration = opts.duration or (20.0 if quick else 300.0)
    opts.baseline_duration = opts.baseline_duration or (10.0 if quick else 60.0)
    opts.idle = opts.idle or (200 if quick else 1000)
    opts.idle_window = opts.idle_window or (10.0 if quick else 30.0)

    results: dict = {}
    try:
        if "W0" in opts.targets:
            results["W0"] = measure_w0(opts)
        if "L0" in opts.targets:
            results["L0"] = measure_l0(opts)
        if "R2" in opts.targets:
            try:
                import redis

                redis.Redis.from_url(opts.redis_url, socket_connect_timeout=3).ping()
            except Exception as exc:
                print(f"bench: Redis is not reachable at {opts.redis_url} ({exc})", file=sys.stderr)
                return 2
            results["R2"] = measure_r2(opts)
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    report(opts, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

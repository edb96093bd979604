"""Shared machinery for PeerHaven's benchmarks.

Every benchmark measures the same way: a server process pinned to one CPU, `wrk` in another
process pinned to another CPU, on loopback; a short warm-up that is thrown away, then one timed
run with `wrk --latency`. Figures are reported as ratios to the baselines measured in the same
run, because absolute figures move from machine to machine and from hour to hour:

- B0: a raw ASGI "hello" (bench/hello_asgi.py) on uvicorn with the options of `peerhaven serve`;
- B1: `GET /ping` through the project's page path (`peerhaven serve --no-task-worker`:
  Django's WSGI handler inside a2wsgi inside uvicorn);
- B1-asgi: the same view through Django's ASGI handler (`peerhaven.asgi:django_asgi_application`).

A later benchmark looks like this::

    from bench import common

    def seed(data_dir):  # optional: runs after `peerhaven migrate`, before the server starts
        common.manage(data_dir, "seed-demo")

    def main():
        common.stop_servers_on_signals()
        opts = common.parse_args("Directory pages", name="directory")
        common.require_wrk()
        baselines = common.run_baselines(opts)
        with common.peerhaven_server(setup=seed) as srv:
            results = {"directory": common.measure(srv.url("/groups/"), opts)}
        common.report(opts.name, results, baselines, opts)

The pieces:

- `parse_args(description, name=...)`, or `add_arguments(parser, name=...)` then
  `finish_options(opts)` for a parser of your own: the common flags
  (`--duration`, `--connections`, `--threads`, `--warmup`, `--quick`, `--wait-quiet`,
  `--output`).
- `require_wrk()`: exits with a clear message (status 2) when wrk is not installed.
- `stop_servers_on_signals()`: call it first in `main()`, so SIGTERM/SIGINT stop the servers.
- `run_baselines(opts)`: starts each baseline server in turn, measures it and stops it;
  returns `{"B0": Result, "B1": Result, "B1-asgi": Result}`.
- `measure(url, opts, headers=..., method=..., body=..., script=...)`: warm-up, then one timed
  wrk run against a running server; returns a `Result` (req/s, p50/p99/mean in ms, counts).
  Raises `BenchError` when any answer is not 2xx/3xx or when wrk fails. Pass
  `server_pid=srv.pid` to record in `Result.extra` the CPU used by the server, wrk and all other
  processes (`cpu_other`) during the timed run; `report` warns when others were busy.
  With `--wait-quiet S`, it first waits up to S seconds for the machine to be idle.
- `data_dir()`: a temporary `PEERHAVEN_DATA_DIR`; `manage(data_dir, *args)` runs a
  `peerhaven` management command in it (for example `migrate` or `seed-demo`).
- `peerhaven_server(app=..., setup=...)`: a migrated temporary data dir plus a running server
  (the project's `peerhaven serve --no-task-worker --no-migrate`, or uvicorn on another ASGI
  application with the same options); `uvicorn_server(app, ...)` and `serve(argv, ...)` are the
  lower levels. All are context managers yielding a `Server` (`.url(path)`, `.pid`).
- `machine()`: CPU model, cores, memory, OS, kernel, Python, wrk and library versions.
- `report(name, results, baselines, opts)`: prints the table (`print_table`) with ratios to B0
  and B1 and writes bench/results/<name>.json (`write_results`).

Servers get an environment without `PEERHAVEN_DEBUG`, and, unless `services=True` is passed,
without `DATABASE_URL` and `REDIS_URL`: the baselines use the embedded defaults (SQLite in the
temporary data dir, in-memory channel layer, local cache).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import http.client
import importlib.metadata
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"

HOST = "127.0.0.1"
DEFAULT_DURATION = 10.0
DEFAULT_WARMUP = 2.0
DEFAULT_CONNECTIONS = 32
DEFAULT_THREADS = 1
QUICK_DURATION = 3.0
QUICK_WARMUP = 1.0

# The uvicorn options `peerhaven serve` uses (peerhaven/web/management/commands/serve.py).
UVICORN_OPTIONS = (
    "--lifespan",
    "off",
    "--no-access-log",
    "--log-level",
    "warning",
    "--ws-max-size",
    "65536",
    "--timeout-graceful-shutdown",
    "5",
    "--no-server-header",
    "--no-proxy-headers",
)

BASELINE_NAMES = ("B0", "B1", "B1-asgi")
BASELINE_DESCRIPTIONS = {
    "B0": "raw ASGI hello on uvicorn (bench.hello_asgi:app)",
    "B1": "GET /ping, peerhaven serve (Django WSGI handler in a2wsgi)",
    "B1-asgi": "GET /ping, Django's ASGI handler on uvicorn",
}

# Variables that would change what a benchmark measures, dropped from servers' environment.
DROPPED_ENV = ("PEERHAVEN_DEBUG",)
SERVICE_ENV = ("DATABASE_URL", "REDIS_URL")


class BenchError(RuntimeError):
    """A benchmark could not be measured (server did not start, wrong answers, wrk failed)."""


# --------------------------------------------------------------------------- options


def add_arguments(parser: argparse.ArgumentParser, *, name: str) -> None:
    """Add the flags every benchmark shares."""
    parser.add_argument(
        "--duration",
        type=float,
        default=None,
        help=f"seconds of each timed run (default {DEFAULT_DURATION:g}, {QUICK_DURATION:g} "
        "with --quick)",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=None,
        help=f"seconds of warm-up before each timed run, thrown away (default "
        f"{DEFAULT_WARMUP:g}, {QUICK_WARMUP:g} with --quick)",
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=DEFAULT_CONNECTIONS,
        help=f"open connections held by wrk (default {DEFAULT_CONNECTIONS})",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=DEFAULT_THREADS,
        help=f"wrk threads (default {DEFAULT_THREADS})",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: short warm-up and timed runs, figures not for publishing",
    )
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each measurement, wait up to SECONDS for the machine to be idle "
        "(other processes below 0.1 CPUs for 3 seconds); default: do not wait",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=RESULTS_DIR / f"{name}.json",
        help=f"where to write the JSON results (default bench/results/{name}.json)",
    )
    parser.set_defaults(name=name)


def finish_options(opts: argparse.Namespace) -> argparse.Namespace:
    """Fill in the defaults that depend on --quick and check the values."""
    if opts.duration is None:
        opts.duration = QUICK_DURATION if opts.quick else DEFAULT_DURATION
    if opts.warmup is None:
        opts.warmup = QUICK_WARMUP if opts.quick else DEFAULT_WARMUP
    if opts.duration <= 0 or opts.warmup < 0:
        raise SystemExit("--duration must be positive and --warmup not negative")
    if opts.connections < 1 or opts.threads < 1:
        raise SystemExit("--connections and --threads must be at least 1")
    if opts.connections < opts.threads:
        raise SystemExit("--connections must be at least --threads (wrk's rule)")
    return opts


def parse_args(
    description: str, *, name: str, argv: Sequence[str] | None = None
) -> argparse.Namespace:
    """Parse the common flags for a benchmark called `name` (its JSON file's name)."""
    parser = argparse.ArgumentParser(description=description)
    add_arguments(parser, name=name)
    return finish_options(parser.parse_args(argv))


def default_options(**overrides) -> argparse.Namespace:
    """Options as if no flag had been given (for calling the helpers from other code)."""
    opts = parse_args("", name=overrides.pop("name", "bench"), argv=[])
    for key, value in overrides.items():
        setattr(opts, key, value)
    return finish_options(opts)


# --------------------------------------------------------------------------- CPUs and pinning


def cpus() -> list[int]:
    """The CPUs this process may run on, in order."""
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return list(range(os.cpu_count() or 1))


def server_cpu() -> int | None:
    """The CPU servers are pinned to (the first usable one), None when there is only one."""
    usable = cpus()
    return usable[0] if len(usable) > 1 else None


def load_cpu() -> int | None:
    """The CPU the load generator is pinned to (the second usable one)."""
    usable = cpus()
    return usable[1] if len(usable) > 1 else None


def pinned(argv: Sequence[str], cpu: int | None) -> list[str]:
    """`argv` prefixed with `taskset -c cpu` when taskset exists and cpu is given."""
    if cpu is None or shutil.which("taskset") is None:
        return list(argv)
    return ["taskset", "-c", str(cpu), *argv]


def pinning() -> dict:
    """How processes are pinned in this run (for the JSON and the table header)."""
    return {
        "server_cpu": server_cpu(),
        "load_cpu": load_cpu(),
        "taskset": shutil.which("taskset") is not None,
    }


def stop_servers_on_signals() -> None:
    """Make SIGTERM and SIGINT end the benchmark through Python's exceptions, so the servers it
    started are stopped by their context managers (SIGINT is ignored in background jobs)."""

    def leave(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, leave)
    signal.signal(signal.SIGINT, signal.default_int_handler)


# --------------------------------------------------------------------------- wrk


def require_wrk() -> str:
    """Return wrk's path, or exit with a clear message when it is not installed."""
    path = shutil.which("wrk")
    if path is None:
        print(
            "bench: `wrk` (the HTTP load generator) is not installed.\n"
            "       Install it with `apt-get install -y wrk` (Debian/Ubuntu) and run again.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return path


def wrk_version() -> str | None:
    path = shutil.which("wrk")
    if path is None:
        return None
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0] if first else None


@dataclasses.dataclass
class Result:
    """One timed wrk run. Latencies in milliseconds."""

    url: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float
    requests: int
    duration_s: float
    errors: int = 0
    non_2xx_3xx: int = 0
    connections: int = DEFAULT_CONNECTIONS
    threads: int = DEFAULT_THREADS
    description: str = ""
    extra: dict = dataclasses.field(default_factory=dict)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_TIME = r"([\d.]+)(us|ms|s|m|h)"


def _ms(value: str, unit: str) -> float:
    return float(value) * _UNITS_MS[unit]


def parse_wrk(output: str, *, url: str = "") -> Result:
    """Read the figures out of `wrk --latency` output."""

    def find(pattern: str) -> re.Match:
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            raise BenchError(f"cannot read wrk's output ({pattern!r} not found):\n{output}")
        return match

    rps = float(find(r"^Requests/sec:\s+([\d.]+)").group(1))
    p50 = find(rf"^\s+50%\s+{_TIME}")
    p99 = find(rf"^\s+99%\s+{_TIME}")
    latency = find(rf"^\s+Latency\s+{_TIME}\s+\S+\s+{_TIME}")
    total = find(r"^\s+(\d+) requests in ([\d.]+)(us|ms|s|m|h)")
    errors = 0
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if sock:
        errors = sum(int(n) for n in sock.groups())
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    threads_conns = re.search(r"(\d+) threads and (\d+) connections", output)
    return Result(
        url=url,
        requests_per_second=rps,
        p50_ms=_ms(*p50.groups()),
        p99_ms=_ms(*p99.groups()),
        mean_ms=_ms(latency.group(1), latency.group(2)),
        max_ms=_ms(latency.group(3), latency.group(4)),
        requests=int(total.group(1)),
        duration_s=_ms(total.group(2), total.group(3)) / 1000.0,
        errors=errors,
        non_2xx_3xx=int(bad.group(1)) if bad else 0,
        threads=int(threads_conns.group(1)) if threads_conns else DEFAULT_THREADS,
        connections=int(threads_conns.group(2)) if threads_conns else DEFAULT_CONNECTIONS,
    )


def _lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal here


def _request_script(method: str, body: str | None, headers: dict[str, str]) -> str:
    lines = [f"wrk.method = {_lua_string(method)}"]
    if body is not None:
        lines.append(f"wrk.body = {_lua_string(body)}")
    for key, value in headers.items():
        lines.append(f"wrk.headers[{_lua_string(key)}] = {_lua_string(value)}")
    return "\n".join(lines) + "\n"


def run_wrk(
    url: str,
    *,
    duration: float,
    connections: int,
    threads: int,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    body: str | None = None,
    script: str | Path | None = None,
    timeout_s: float = 10.0,
) -> str:
    """Run wrk once (pinned to the load CPU) and return its output."""
    wrk = require_wrk()
    argv = [
        wrk,
        "--latency",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        f"--timeout={max(1, round(timeout_s))}s",
    ]
    with contextlib.ExitStack() as stack:
        if script is not None:
            if method != "GET" or body is not None or headers:
                raise ValueError("give either script or method/body/headers, not both")
            argv += ["-s", str(script)]
        elif method != "GET" or body is not None or headers:
            lua = stack.enter_context(
                tempfile.NamedTemporaryFile("w", suffix=".lua", prefix="bench-", delete=True)
            )
            lua.write(_request_script(method, body, headers or {}))
            lua.flush()
            argv += ["-s", lua.name]
        argv.append(url)
        proc = subprocess.run(
            pinned(argv, load_cpu()),
            capture_output=True,
            text=True,
            check=False,
            timeout=duration + timeout_s + 30,
        )
    if proc.returncode != 0:
        raise BenchError(f"wrk failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_snapshot(server_pid: int | None) -> dict | None:
    """CPU seconds so far: the machine's user+nice+system, the server's, our reaped children's."""
    if server_pid is None:
        return None
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        machine_busy = sum(int(fields[i]) for i in (0, 1, 2)) / _TICKS
        # /proc/<pid>/stat: the command is in parentheses and may hold spaces.
        stat = Path(f"/proc/{server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(stat[11]) + int(stat[12])) / _TICKS  # utime, stime (all threads)
    except (OSError, IndexError, ValueError):
        return None
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "time": time.monotonic(),
        "machine": machine_busy,
        "server": server,
        "children": children.ru_utime + children.ru_stime,
    }


def _cpu_use(before: dict | None, after: dict | None) -> dict:
    if before is None or after is None:
        return {}
    elapsed = after["time"] - before["time"]
    server = after["server"] - before["server"]
    wrk = after["children"] - before["children"]
    other = max(0.0, after["machine"] - before["machine"] - server - wrk)
    return {
        "cpu_server": round(server / elapsed, 3),
        "cpu_wrk": round(wrk / elapsed, 3),
        "cpu_other": round(other / elapsed, 3),
    }


def machine_busy(window_s: float = 3.0) -> float:
    """CPUs the whole machine kept busy (user+nice+system) over the next `window_s` seconds."""

    def busy() -> float:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        return sum(int(fields[i]) for i in (0, 1, 2)) / _TICKS

    start, begin = busy(), time.monotonic()
    time.sleep(window_s)
    return (busy() - start) / (time.monotonic() - begin)


def wait_for_quiet(max_wait_s: float, threshold: float = 0.1, window_s: float = 3.0) -> bool:
    """Wait until the machine is idle (see machine_busy); False when it never was."""
    deadline = time.monotonic() + max_wait_s
    while True:
        try:
            if machine_busy(window_s) < threshold:
                return True
        except OSError:  # no /proc/stat: cannot tell
            return True
        if time.monotonic() >= deadline:
            return False


# Public names for benchmarks that time their own runs.
cpu_snapshot = _cpu_snapshot
cpu_use = _cpu_use


def measure(
    url: str,
    opts: argparse.Namespace | None = None,
    *,
    duration: float | None = None,
    warmup: float | None = None,
    connections: int | None = None,
    threads: int | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    body: str | None = None,
    script: str | Path | None = None,
    description: str = "",
    allow_errors: bool = False,
    server_pid: int | None = None,
) -> Result:
    """Warm up, then measure `url` with one timed wrk run.

    Durations, connections and threads come from `opts` (the common flags) unless given here.
    `headers`, `method` and `body` shape every request (wrk gets a generated Lua script);
    `script` gives wrk a Lua script of your own instead. Raises BenchError when an answer is
    not 2xx/3xx or a socket error occurred, unless `allow_errors`.

    With `server_pid` (`Server.pid`), `Result.extra` also tells how much CPU the server, wrk and
    everything else on the machine used during the timed run (`cpu_server`, `cpu_wrk`,
    `cpu_other`, in CPUs): a busy neighbour shows up as `cpu_other` well above zero.
    """
    opts = opts or default_options()
    duration = opts.duration if duration is None else duration
    warmup = opts.warmup if warmup is None else warmup
    connections = opts.connections if connections is None else connections
    threads = opts.threads if threads is None else threads
    kwargs = {
        "connections": connections,
        "threads": threads,
        "headers": headers,
        "method": method,
        "body": body,
        "script": script,
    }
    wait_quiet = getattr(opts, "wait_quiet", 0.0)
    if wait_quiet > 0 and not wait_for_quiet(wait_quiet):
        print(f"  machine still busy after {wait_quiet:g}s; measuring anyway", file=sys.stderr)
    if warmup > 0:
        run_wrk(url, duration=warmup, **kwargs)
    before = _cpu_snapshot(server_pid)
    output = run_wrk(url, duration=duration, **kwargs)
    after = _cpu_snapshot(server_pid)
    result = parse_wrk(output, url=url)
    result.description = description
    result.extra.update(_cpu_use(before, after))
    if not allow_errors and (result.non_2xx_3xx or result.errors):
        raise BenchError(
            f"{url}: {result.non_2xx_3xx} answers were not 2xx/3xx and {result.errors} "
            f"socket errors occurred in {result.requests} requests"
        )
    return result


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(data_dir: Path | str | None = None, *, services: bool = False, **extra) -> dict:
    """The environment servers run in: ours, minus PEERHAVEN_DEBUG (and the services unless
    `services`), plus PEERHAVEN_DATA_DIR and `extra`."""
    env = dict(os.environ)
    for key in DROPPED_ENV + (() if services else SERVICE_ENV):
        env.pop(key, None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env["PYTHONUNBUFFERED"] = "1"
    if data_dir is not None:
        env["PEERHAVEN_DATA_DIR"] = str(data_dir)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def peerhaven_argv(*args: str) -> list[str]:
    """The `peerhaven` command line of this virtualenv (its console script when installed)."""
    script = Path(sys.executable).parent / "peerhaven"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "peerhaven", *args]


@contextlib.contextmanager
def data_dir(prefix: str = "peerhaven-bench-") -> Iterator[Path]:
    """A temporary PEERHAVEN_DATA_DIR, removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def manage(data_dir: Path | str, *args: str, services: bool = False, **extra_env) -> str:
    """Run `peerhaven <args>` against `data_dir` and return its output; raise on failure."""
    proc = subprocess.run(
        peerhaven_argv(*args),
        cwd=ROOT,
        env=server_env(data_dir, services=services, **extra_env),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BenchError(
            f"`peerhaven {' '.join(args)}` failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    return proc.stdout


@dataclasses.dataclass
class Server:
    """A running server process."""

    argv: list[str]
    port: int
    process: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def wait_until_ready(server: Server, path: str, timeout_s: float = 60.0) -> None:
    """Poll `path` until it answers 2xx/3xx; raise when the process dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(
                f"server exited with {server.process.returncode} before answering:\n"
                f"  {' '.join(server.argv)}\n{server.log_tail()}"
            )
        conn = http.client.HTTPConnection(HOST, server.port, timeout=2)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if 200 <= response.status < 400:
                return
            last = f"HTTP {response.status}"
        except OSError as exc:
            last = str(exc)
        finally:
            conn.close()
        time.sleep(0.1)
    raise BenchError(
        f"server did not answer {path} within {timeout_s:g}s ({last}):\n"
        f"  {' '.join(server.argv)}\n{server.log_tail()}"
    )


def stop(server: Server, timeout_s: float = 10.0) -> None:
    """Stop a server: SIGINT to its process group (graceful), SIGKILL after `timeout_s`."""
    proc = server.process
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextlib.contextmanager
def serve(
    argv_for_port: Callable[[int], Sequence[str]],
    *,
    env: dict | None = None,
    ready_path: str = "/",
    timeout_s: float = 60.0,
) -> Iterator[Server]:
    """Start `argv_for_port(port)` on a free port, pinned to the server CPU, in its own
    process group; wait until `ready_path` answers; stop it on exit."""
    port = free_port()
    argv = pinned(argv_for_port(port), server_cpu())
    with tempfile.NamedTemporaryFile(
        "w+b", prefix="bench-server-", suffix=".log", delete=False
    ) as log:
        process = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env if env is not None else server_env(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(argv=list(argv), port=port, process=process, log=Path(log.name))
    try:
        wait_until_ready(server, ready_path, timeout_s)
        yield server
    finally:
        stop(server)
        server.log.unlink(missing_ok=True)


@contextlib.contextmanager
def uvicorn_server(
    app: str, *, env: dict | None = None, ready_path: str = "/", options: Sequence[str] = ()
) -> Iterator[Server]:
    """uvicorn on `app` ("module:attribute") with the options `peerhaven serve` uses."""

    def argv(port: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            "uvicorn",
            app,
            "--host",
            HOST,
            "--port",
            str(port),
            *UVICORN_OPTIONS,
            *options,
        ]

    with serve(argv, env=env, ready_path=ready_path) as server:
        yield server


PROJECT_APP = "peerhaven.asgi:application"


@contextlib.contextmanager
def peerhaven_server(
    app: str = PROJECT_APP,
    *,
    setup: Callable[[Path], object] | None = None,
    services: bool = False,
    ready_path: str = "/ping",
    workers: int = 1,
    env: dict | None = None,
) -> Iterator[Server]:
    """A fresh temporary data dir, migrated (then `setup(data_dir)`), and a server on it.

    With the default `app`, the server is the project's own command,
    `peerhaven serve --no-task-worker --no-migrate`; any other app runs on uvicorn with the same
    options. `env` adds variables to the server's environment.
    """
    extra = env or {}
    with data_dir() as path:
        manage(path, "migrate", "--no-input", services=services, **extra)
        if setup is not None:
            setup(path)
        environ = server_env(path, services=services, **extra)
        if app == PROJECT_APP:

            def argv(port: int) -> list[str]:
                return peerhaven_argv(
                    "serve",
                    "--host",
                    HOST,
                    "--port",
                    str(port),
                    "--workers",
                    str(workers),
                    "--no-task-worker",
                    "--no-migrate",
                )

            with serve(argv, env=environ, ready_path=ready_path) as server:
                yield server
        else:
            options = ("--workers", str(workers)) if workers > 1 else ()
            with uvicorn_server(app, env=environ, ready_path=ready_path, options=options) as server:
                yield server


# --------------------------------------------------------------------------- baselines


def run_baselines(
    opts: argparse.Namespace | None = None,
    names: Sequence[str] = BASELINE_NAMES,
    *,
    progress: bool = True,
) -> dict[str, Result]:
    """Measure the baselines (B0, B1, B1-asgi) one after the other, each on its own server."""
    opts = opts or default_options()
    results: dict[str, Result] = {}
    for name in names:
        if progress:
            print(f"  measuring {name}: {BASELINE_DESCRIPTIONS[name]} …", file=sys.stderr)
        if name == "B0":
            cm = uvicorn_server("bench.hello_asgi:app", env=server_env())
            path = "/"
        elif name == "B1":
            cm = peerhaven_server()
            path = "/ping"
        elif name == "B1-asgi":
            cm = peerhaven_server("peerhaven.asgi:django_asgi_application")
            path = "/ping"
        else:
            raise ValueError(f"unknown baseline {name!r}; known: {', '.join(BASELINE_NAMES)}")
        with cm as server:
            results[name] = measure(
                server.url(path),
                opts,
                description=BASELINE_DESCRIPTIONS[name],
                server_pid=server.pid,
            )
    return results


# --------------------------------------------------------------------------- machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def machine() -> dict:
    """What the figures were measured on."""
    return {
        "cpu_model": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "usable_cpus": cpus(),
        "memory_gib": _memory_gib(),
        "os": _os_name(),
        "kernel": platform.release(),
        "arch": platform.machine(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "wrk": wrk_version(),
        "packages": {
            name: _version(name)
            for name in ("Django", "uvicorn", "uvloop", "httptools", "a2wsgi", "channels")
        },
    }


def machine_summary(info: dict | None = None) -> str:
    info = info or machine()
    memory = f"{info['memory_gib']:g} GiB" if info["memory_gib"] is not None else "? GiB"
    return (
        f"{info['cpu_model']}, {info['cpu_count']} CPUs, {memory}, {info['os']}, "
        f"kernel {info['kernel']}, {info['python']}"
    )


# --------------------------------------------------------------------------- reporting


def _ratio(value: float, reference: Result | None) -> float | None:
    if reference is None or reference.requests_per_second <= 0:
        return None
    return value / reference.requests_per_second


def _fmt_ratio(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


# Other processes using more than this many CPUs during a timed run make its figures suspect.
BUSY_THRESHOLD = 0.1


def print_table(
    results: dict[str, Result],
    baselines: dict[str, Result] | None = None,
    *,
    file=None,
) -> None:
    """Print name, req/s, p50, p99 and req/s as a ratio to B0 and to B1."""
    file = file or sys.stdout
    baselines = baselines or {}
    rows = dict(baselines)
    rows.update(results)
    b0, b1 = baselines.get("B0"), baselines.get("B1")
    width = max([len("name"), *(len(name) for name in rows)])
    header = (
        f"{'name':<{width}}  {'req/s':>10}  {'p50 ms':>8}  {'p99 ms':>8}  {'×B0':>7}  {'×B1':>7}"
    )
    print(header, file=file)
    print("-" * len(header), file=file)
    for name, res in rows.items():
        print(
            f"{name:<{width}}  {res.requests_per_second:>10,.0f}  {res.p50_ms:>8.2f}  "
            f"{res.p99_ms:>8.2f}  {_fmt_ratio(_ratio(res.requests_per_second, b0)):>7}  "
            f"{_fmt_ratio(_ratio(res.requests_per_second, b1)):>7}",
            file=file,
        )
    busy = {
        name: res.extra["cpu_other"]
        for name, res in rows.items()
        if res.extra.get("cpu_other", 0) > BUSY_THRESHOLD
    }
    if busy:
        shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in busy.items())
        print(
            f"warning: other processes used CPU during the timed runs ({shown} CPUs); "
            "these figures are low, measure again on a quiet machine",
            file=file,
        )


def write_results(
    name: str,
    results: dict[str, Result],
    baselines: dict[str, Result] | None = None,
    opts: argparse.Namespace | None = None,
    *,
    path: Path | None = None,
    info: dict | None = None,
) -> Path:
    """Write bench/results/<name>.json (or `path`): settings, machine, results with ratios."""
    opts = opts or default_options()
    baselines = baselines or {}
    b0, b1 = baselines.get("B0"), baselines.get("B1")

    def entry(res: Result) -> dict:
        data = res.as_dict()
        data["ratio_to_B0"] = _ratio(res.requests_per_second, b0)
        data["ratio_to_B1"] = _ratio(res.requests_per_second, b1)
        return data

    path = Path(path or getattr(opts, "output", None) or RESULTS_DIR / f"{name}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "name": name,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": [Path(sys.argv[0]).name, *sys.argv[1:]],
        "settings": {
            "duration_s": opts.duration,
            "warmup_s": opts.warmup,
            "connections": opts.connections,
            "threads": opts.threads,
            "quick": bool(getattr(opts, "quick", False)),
            "wait_quiet_s": getattr(opts, "wait_quiet", 0.0),
            "load_generator": "wrk --latency",
            "uvicorn_options": list(UVICORN_OPTIONS),
            "pinning": pinning(),
        },
        "machine": info or machine(),
        "baselines": {key: entry(res) for key, res in baselines.items()},
        "results": {key: entry(res) for key, res in results.items()},
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path


def report(
    name: str,
    results: dict[str, Result],
    baselines: dict[str, Result] | None = None,
    opts: argparse.Namespace | None = None,
) -> Path:
    """Print the machine, the settings and the table; write the JSON; return its path."""
    opts = opts or default_options()
    info = machine()
    pins = pinning()
    print(f"machine: {machine_summary(info)}")
    print(
        f"wrk --latency -t{opts.threads} -c{opts.connections} -d{opts.duration:g}s "
        f"after {opts.warmup:g}s warm-up; server on CPU {pins['server_cpu']}, "
        f"wrk on CPU {pins['load_cpu']}" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    print()
    print_table(results, baselines)
    path = write_results(name, results, baselines, opts, info=info)
    print()
    try:
        shown = path.relative_to(ROOT)
    except ValueError:
        shown = path
    print(f"written: {shown}")
    return path

"""The group directory and a group page under load, on bench-seed data.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free loopback
port) over a data set made by `peerhaven bench-seed` (10,000 groups and 100,000 members by
default), then measures with wrk pinned to the other CPU:

- B1: `GET /ping` through the same server (the baseline every ratio refers to);
- `/groups/?q=<selective term>` and `/groups/?q=support` (a common term), each also with
  `near=<city>&radius_km=50`; the directory caches which groups a query shows, so these
  repeated requests are answered from that cache after the first;
- `/groups/?q=support&page=<a number never asked before>` (past the last page, so the last
  page is shown): every request searches and ranks the 6,690 matches again;
- the plain `/groups/`;
- a group page `/groups/<slug>/` signed in as an active member (a session made with Django's
  test client in the data set; wrk sends its cookie), and `/ping` with the same cookie (what
  the session, the member and the middleware cost before any page work).

Each case gets two timed runs: a throughput run with `--connections` connections (requests per
second, and the latency under that load, which is mostly time spent queueing behind the other
connections), then a latency run with `--latency-connections` (default 1: one request at a time,
so p50/p95/p99 are what one request costs). "CPU ms" is the server's own CPU time per answer
in the throughput run, the figure least disturbed when other work shares the machine. The goals
are judged on those runs:

- directory search p95 ≤ 30 ms on SQLite, ≤ 50 ms on PostgreSQL (latency run);
- the group page reaches ≥ 30% of B1's requests per second (throughput run).

The seeded SQLite data dir is cached under `--cache-dir` (default /tmp/peerhaven-bench-cache),
keyed by the sizes, the seed and a digest of bench-seed and the migrations, and copied for each
run, so reruns start in seconds. With `--database-url`, the data set lives in that database:
it is seeded when it holds no bench data, reused when it holds bench data of the same sizes,
and refused otherwise (nothing is ever dropped; use a database of its own, e.g. `bench`).

    .venv/bin/python bench/directory.py [--quick] [--database-url postgres://…/bench]

Prints a table and writes bench/results/directory.json (or directory-postgresql.json).
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import shutil
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "peerhaven-bench-cache"
COMMON_TERM = "support"
SEARCH_P95_GOAL_MS = {"sqlite": 30.0, "postgresql": 50.0}
GROUP_PAGE_GOAL_RATIO = 0.30


@dataclass
class Case:
    name: str
    path: str
    description: str
    cookie: str | None = None
    search: bool = False  # judged on the search p95 goal
    # Ask for a page no request asked before (`page` counts up from a random thousand below
    # 100,000, the largest the form accepts; past the last page, which is then shown): the
    # directory's cache never holds the answer.
    uncached: bool = False
    expect: str | None = None  # text the answer must contain (checked once before measuring)
    matches: int | None = None
    results: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- options


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Directory search and group page on bench-seed data (see docs/performance.md)."
    )
    common.add_arguments(parser, name="directory")
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL to run on (postgres://…); default: SQLite in the data dir",
    )
    parser.add_argument("--groups", type=int, default=10_000, help="bench-seed groups")
    parser.add_argument("--members", type=int, default=100_000, help="bench-seed members")
    parser.add_argument("--seed", type=int, default=1, help="bench-seed random seed")
    parser.add_argument("--city", default="London", help="the city of the near= cases")
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
    opts = parser.parse_args(argv)
    if opts.database_url and opts.output == common.RESULTS_DIR / "directory.json":
        opts.output = common.RESULTS_DIR / "directory-postgresql.json"
    if opts.latency_connections < 1:
        raise SystemExit("--latency-connections must be at least 1")
    return common.finish_options(opts)


def vendor(opts: argparse.Namespace) -> str:
    return "postgresql" if opts.database_url else "sqlite"


def db_env(opts: argparse.Namespace) -> dict:
    """Extra environment for the server and the commands: the database, when not SQLite."""
    return {"DATABASE_URL": opts.database_url} if opts.database_url else {}


# --------------------------------------------------------------------------- the data set


def _digest() -> str:
    """Changes when bench-seed or any migration changes (the cached data set is then stale)."""
    sha = hashlib.sha256()
    sha.update((common.ROOT / "peerhaven/groups/management/commands/bench_seed.py").read_bytes())
    for path in sorted(common.ROOT.glob("peerhaven/*/migrations/*.py")):
        sha.update(str(path.relative_to(common.ROOT)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


def _seed(data_dir: Path, opts: argparse.Namespace) -> dict:
    print(
        f"  seeding {opts.groups:,} groups and {opts.members:,} members ({vendor(opts)}) …",
        file=sys.stderr,
    )
    started = time.perf_counter()
    output = common.manage(
        data_dir,
        "bench-seed",
        "--groups",
        str(opts.groups),
        "--members",
        str(opts.members),
        "--seed",
        str(opts.seed),
        **db_env(opts),
    )
    elapsed = time.perf_counter() - started
    last = output.strip().splitlines()[-1] if output.strip() else ""
    print(f"  {last}", file=sys.stderr)
    return {"seeded_in_this_run": True, "bench_seed_s": round(elapsed, 1), "bench_seed": last}


def cached_sqlite_data_dir(opts: argparse.Namespace) -> tuple[Path, dict]:
    """A migrated, seeded SQLite data dir under the cache (made when missing)."""
    prefix = f"directory-g{opts.groups}-m{opts.members}-s{opts.seed}-"
    key = prefix + _digest()
    opts.cache_dir.mkdir(parents=True, exist_ok=True)
    cached = opts.cache_dir / key
    info_file = cached / "bench-seed.json"
    if info_file.exists():
        info = json.loads(info_file.read_text())
        info["seeded_in_this_run"] = False
        return cached, info
    for stale in opts.cache_dir.glob("directory-*"):  # older code or other sizes
        if stale.name.startswith(prefix):
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=key + ".", dir=opts.cache_dir))
    try:
        common.manage(building, "migrate", "--no-input")
        info = _seed(building, opts)
        (building / "bench-seed.json").write_text(json.dumps(info))
        building.rename(cached)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return cached, info


# The snippet run inside the project (`peerhaven shell -c`) against the data set: counts, the
# terms, the group and member for the group page, and a signed-in session for that member.
DESCRIBE = textwrap.dedent(
    """
    import json
    from django.conf import settings
    from django.test import Client
    from peerhaven.accounts.models import User
    from peerhaven.groups import cities, selectors
    from peerhaven.groups.management.commands.bench_seed import NATURE_WORDS, USERNAME_PREFIX
    from peerhaven.groups.models import Group, Membership


    def total(q, near=None):
        query = selectors.DirectoryQuery(q=q, near=near, include_online=False)
        return selectors.search_directory(query).total


    def details(out):
        city = cities.resolve(CITY)
        # The selective term: a word of the generated names (each in about 1 group in 200),
        # the one with the most in-person groups near the city, so both its cases show some.
        term = min(NATURE_WORDS, key=lambda word: (-total(word, city), word))
        out["city"] = city.label
        out["selective_term"] = term
        out["matches"] = {
            "selective": total(term),
            "selective_near": total(term, city),
            "common": total(COMMON),
            "common_near": total(COMMON, city),
            "all": total(""),
        }
        # The group page: a public group with the most active members (the longest member
        # list), seen by one of its members who reads English.
        membership = (
            Membership.objects.filter(
                state="active",
                role=1,
                group__listing="public",
                user__language="en",
                user__username__startswith=USERNAME_PREFIX,
            )
            .select_related("group", "user")
            .order_by("-group__active_member_count", "group_id", "pk")
            .first()
        )
        client = Client()
        client.force_login(membership.user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
        out["group_slug"] = membership.group.slug
        out["group_members"] = membership.group.active_member_count
        out["username"] = membership.user.username
        out["cookie"] = f"{settings.SESSION_COOKIE_NAME}={cookie}"


    bench = User.objects.filter(username__startswith=USERNAME_PREFIX)
    out = {
        "members": bench.count(),
        "groups": Group.objects.filter(created_by__in=bench).count(),
    }
    if out["members"] and not ONLY_COUNT:
        details(out)
    print("BENCH-JSON " + json.dumps(out))
    """
)


def describe(data_dir: Path, opts: argparse.Namespace, *, only_count: bool = False) -> dict:
    code = (
        f"CITY = {opts.city!r}\nCOMMON = {COMMON_TERM!r}\nONLY_COUNT = {only_count!r}\n" + DESCRIBE
    )
    output = common.manage(data_dir, "shell", "-c", code, **db_env(opts))
    for line in output.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line.removeprefix("BENCH-JSON "))
    raise common.BenchError(f"no answer from the describe snippet:\n{output}")


def prepare_postgresql(data_dir: Path, opts: argparse.Namespace) -> dict:
    common.manage(data_dir, "migrate", "--no-input", **db_env(opts))
    counts = describe(data_dir, opts, only_count=True)
    if counts["members"] == 0:
        return _seed(data_dir, opts)
    if counts["members"] != opts.members or counts["groups"] != opts.groups:
        raise common.BenchError(
            f"{opts.database_url} already holds bench data of other sizes "
            f"({counts['groups']:,} groups, {counts['members']:,} members); "
            "give an empty database (this benchmark never drops anything)"
        )
    return {"seeded_in_this_run": False}


# --------------------------------------------------------------------------- measuring


def lua_script(
    directory: Path, name: str, cookie: str | None, *, uncached_path: str | None = None
) -> tuple[Path, Path]:
    """A wrk script that sends the cookie and writes the p95 (µs) to a file when done; with
    `uncached_path`, each request asks for a page number never asked before."""
    script = directory / f"{name}.lua"
    p95_file = directory / f"{name}.p95"
    lines = []
    if cookie:
        lines.append(f"wrk.headers[{json.dumps('Cookie')}] = {json.dumps(cookie)}")
    if uncached_path:
        lines.append(
            "math.randomseed(os.time())\n"
            "counter = 1000 + math.random(0, 97) * 1000\n"
            "request = function()\n"
            "  counter = counter + 1\n"
            f"  return wrk.format(nil, {json.dumps(uncached_path + '&page=')} .. counter)\n"
            "end"
        )
    lines.append(
        "done = function(summary, latency, requests)\n"
        f"  local file = io.open({json.dumps(str(p95_file))}, 'w')\n"
        "  file:write(string.format('%d\\n', latency:percentile(95.0)))\n"
        "  file:close()\n"
        "end"
    )
    script.write_text("\n".join(lines) + "\n")
    return script, p95_file


def _p95_ms(p95_file: Path) -> float:
    return round(int(p95_file.read_text().strip()) / 1000.0, 2)


def check_answers(server: common.Server, cases: list[Case]) -> None:
    """Every case answers 200 (and the group page shows the member's view) before measuring."""
    for case in cases:
        conn = http.client.HTTPConnection(common.HOST, server.port, timeout=30)
        try:
            conn.request("GET", case.path, headers={"Cookie": case.cookie} if case.cookie else {})
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        if response.status != 200:
            raise common.BenchError(f"{case.path} answered {response.status}, not 200")
        if case.expect and case.expect not in body:
            raise common.BenchError(f"{case.path}: {case.expect!r} is not in the page")


def settle(server: common.Server, timeout_s: float = 60.0) -> None:
    """Wait until the server has worked off the requests still queued from the last run.

    When wrk stops, the server still answers the requests it had accepted (32 of them at
    100 ms each is 3 s of work): a run started at once would measure that backlog too.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        before = common._cpu_snapshot(server.pid)
        time.sleep(0.25)
        after = common._cpu_snapshot(server.pid)
        if before is None or after is None:
            time.sleep(2.0)  # cannot tell: give it time
            return
        if (after["server"] - before["server"]) / (after["time"] - before["time"]) < 0.05:
            return


def measure_case(
    server: common.Server, case: Case, opts: argparse.Namespace, work: Path
) -> common.Result:
    script, p95_file = lua_script(
        work, case.name, case.cookie, uncached_path=case.path if case.uncached else None
    )
    print(f"  measuring {case.name}: {case.path}", file=sys.stderr)
    settle(server)
    # A slow page with 32 connections queued may pass wrk's timeout on a busy machine: count
    # those as errors in the table instead of losing the whole run. Wrong answers still stop it.
    loaded = common.measure(
        server.url(case.path),
        opts,
        script=script,
        description=case.description,
        server_pid=server.pid,
        allow_errors=True,
    )
    if loaded.non_2xx_3xx:
        raise common.BenchError(
            f"{case.path}: {loaded.non_2xx_3xx} of {loaded.requests} answers were not 2xx/3xx"
        )
    loaded.extra["p95_ms"] = _p95_ms(p95_file)
    if loaded.extra.get("cpu_server") is not None and loaded.requests_per_second > 0:
        # The server's own CPU time per answer: the figure least disturbed by a busy machine.
        loaded.extra["cpu_ms_per_request"] = round(
            loaded.extra["cpu_server"] / loaded.requests_per_second * 1000, 2
        )
    settle(server)
    single = common.measure(
        server.url(case.path),
        opts,
        warmup=0,
        connections=opts.latency_connections,
        threads=1,
        script=script,
        server_pid=server.pid,
    )
    loaded.extra["latency_run"] = {
        "connections": opts.latency_connections,
        "requests_per_second": single.requests_per_second,
        "p50_ms": single.p50_ms,
        "p95_ms": _p95_ms(p95_file),
        "p99_ms": single.p99_ms,
        "requests": single.requests,
    }
    loaded.extra["path"] = case.path
    if case.matches is not None:
        loaded.extra["matches"] = case.matches
    return loaded


def build_cases(info: dict, opts: argparse.Namespace) -> list[Case]:
    from urllib.parse import urlencode

    term = info["selective_term"]
    near = {"near": opts.city, "radius_km": 50}
    matches = info["matches"]

    def search(q: str, **extra) -> str:
        return "/groups/?" + urlencode({"q": q, **extra})

    return [
        Case("B1", "/ping", "GET /ping through the same server (bare Django view)"),
        Case(
            "search-selective",
            search(term),
            f"q={term} (a selective term)",
            search=True,
            matches=matches["selective"],
        ),
        Case(
            "search-selective-near",
            search(term, **near),
            f"q={term} near {opts.city} within 50 km",
            search=True,
            matches=matches["selective_near"],
        ),
        Case(
            "search-common",
            search(COMMON_TERM),
            f"q={COMMON_TERM} (a common term)",
            search=True,
            matches=matches["common"],
        ),
        Case(
            "search-common-uncached",
            search(COMMON_TERM),
            f"q={COMMON_TERM}, a page never asked before each time (the cache never answers)",
            search=True,
            matches=matches["common"],
            uncached=True,
        ),
        Case(
            "search-common-near",
            search(COMMON_TERM, **near),
            f"q={COMMON_TERM} near {opts.city} within 50 km",
            search=True,
            matches=matches["common_near"],
        ),
        Case("directory", "/groups/", "the plain directory, newest first", matches=matches["all"]),
        Case(
            "ping-signed-in",
            "/ping",
            "GET /ping with the member's session: what signing in costs before any page work",
            cookie=info["cookie"],
        ),
        Case(
            "group-page",
            f"/groups/{info['group_slug']}/",
            f"group page signed in as an active member ({info['group_members']} members)",
            cookie=info["cookie"],
            expect="members-only",
        ),
    ]


# --------------------------------------------------------------------------- report


def goals(results: dict[str, common.Result], db: str) -> dict:
    b1 = results["B1"].requests_per_second
    search_goal = SEARCH_P95_GOAL_MS[db]
    verdicts = {}
    for name, res in results.items():
        if name.startswith("search-"):
            p95 = res.extra["latency_run"]["p95_ms"]
            verdicts[name] = {
                "goal": f"p95 ≤ {search_goal:g} ms",
                "value": p95,
                "met": p95 <= search_goal,
            }
    page = results["group-page"].requests_per_second / b1 if b1 else 0.0
    verdicts["group-page"] = {
        "goal": f"≥ {GROUP_PAGE_GOAL_RATIO:.0%} of B1 req/s",
        "value": round(page, 3),
        "met": page >= GROUP_PAGE_GOAL_RATIO,
    }
    return verdicts


def print_table(
    results: dict[str, common.Result], verdicts: dict, opts: argparse.Namespace
) -> None:
    b1 = results["B1"].requests_per_second
    header = (
        f"{'case':<22} {'matches':>7} {'req/s':>8} {'×B1':>6} {'CPU ms':>7} {'p95 load':>9}  "
        f"{'p50':>7} {'p95':>7} {'p99':>7}  goal"
    )
    print(
        f"throughput: {opts.connections} connections (CPU ms = server CPU per request; "
        f"p95 load = p95 under that load); p50/p95/p99 in ms with "
        f"{opts.latency_connections} connection(s)"
    )
    print(header)
    print("-" * len(header))
    for name, res in results.items():
        single = res.extra["latency_run"]
        matches = res.extra.get("matches")
        verdict = verdicts.get(name)
        shown_goal = ""
        if verdict:
            shown_goal = f"{'met' if verdict['met'] else 'NOT MET'} ({verdict['goal']})"
        print(
            f"{name:<22} {'' if matches is None else f'{matches:,}':>7} "
            f"{res.requests_per_second:>8,.0f} {res.requests_per_second / b1:>6.3f} "
            f"{res.extra.get('cpu_ms_per_request', float('nan')):>7.2f} "
            f"{res.extra['p95_ms']:>9.2f}  {single['p50_ms']:>7.2f} {single['p95_ms']:>7.2f} "
            f"{single['p99_ms']:>7.2f}  {shown_goal}"
        )
    timeouts = {name: res.errors for name, res in results.items() if res.errors}
    if timeouts:
        shown = ", ".join(f"{name} {count}" for name, count in timeouts.items())
        print(f"warning: socket errors or timeouts in the throughput runs ({shown})")
    busy = {
        n: r.extra["cpu_other"] for n, r in results.items() if r.extra.get("cpu_other", 0) > 0.1
    }
    if busy:
        shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in busy.items())
        print(
            f"warning: other processes used CPU during the timed runs ({shown} CPUs); "
            "these figures are low, measure again on a quiet machine"
        )


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    db = vendor(opts)
    try:
        with common.data_dir("peerhaven-bench-directory-") as data_dir:
            if db == "sqlite":
                cached, seed_info = cached_sqlite_data_dir(opts)
                shutil.copytree(cached, data_dir, dirs_exist_ok=True)
            else:
                seed_info = prepare_postgresql(data_dir, opts)
            info = describe(data_dir, opts)
            cases = build_cases(info, opts)
            print(
                f"  data: {info['groups']:,} groups, {info['members']:,} members ({db}); "
                f"selective term {info['selective_term']!r}, common term {COMMON_TERM!r}, "
                f"near {info['city']}",
                file=sys.stderr,
            )
            env = common.server_env(data_dir, **db_env(opts))

            def argv_for_port(port: int) -> list[str]:
                return common.peerhaven_argv(
                    "serve",
                    "--host",
                    common.HOST,
                    "--port",
                    str(port),
                    "--no-task-worker",
                    "--no-migrate",
                )

            results: dict[str, common.Result] = {}
            with (
                common.serve(argv_for_port, env=env, ready_path="/ping") as server,
                tempfile.TemporaryDirectory(prefix="bench-directory-lua-") as work,
            ):
                check_answers(server, cases)
                for case in cases:
                    results[case.name] = measure_case(server, case, opts, Path(work))
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    verdicts = goals(results, db)
    info_public = {key: value for key, value in info.items() if key != "cookie"}
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"database: {db}; {info['groups']:,} groups, {info['members']:,} members "
        f"(bench-seed --seed {opts.seed}); wrk -t{opts.threads} after {opts.warmup:g}s warm-up, "
        f"{opts.duration:g}s runs" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    if seed_info.get("bench_seed"):
        print(seed_info["bench_seed"])
    print()
    print_table(results, verdicts, opts)
    baselines = {"B1": results.pop("B1")}
    path = common.write_results(opts.name, results, baselines, opts, path=opts.output, info=machine)
    document = json.loads(path.read_text())
    document["database"] = db
    document["dataset"] = {
        "groups": opts.groups,
        "members": opts.members,
        "seed": opts.seed,
        **info_public,
        **seed_info,
    }
    document["settings"]["latency_connections"] = opts.latency_connections
    document["goals"] = verdicts
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print()
    try:
        shown = path.relative_to(common.ROOT)
    except ValueError:
        shown = path
    print(f"written: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The strategy library under load: 10,000 strategies and 1,000,000 "I tried this" ratings.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free loopback
port) over a data set made by `peerhaven bench-seed` (its coping step, peerhaven/coping/bench.py:
one strategy per group and ten ratings per member, so 10,000 strategies and 1,000,000 ratings
with the defaults of 10,000 groups and 100,000 members), then measures with wrk pinned to the
other CPU:

- B1: `GET /ping` through the same server (the baseline every ratio refers to);
- `/strategies/?topic=anxiety` ("top strategies for anxiety"), anonymous and signed in as a
  member of several groups (their group-only strategies join the list);
- the plain `/strategies/`, a category with a time limit, a treatment tag, a full-text search,
  and a group's "what helped members" page signed in as one of its members.

Each case gets a throughput run with `--connections` connections, then a latency run with
`--latency-connections` (default 1: one request at a time, so p50/p95/p99 are what one request
costs). The goal is judged on the latency run: `/strategies/?topic=anxiety` p95 ≤ 50 ms.

The seeded SQLite data dir is cached under `--cache-dir` (default /tmp/peerhaven-bench-cache),
keyed by the sizes, the seed and a digest of bench-seed, the coping step and the migrations.

    .venv/bin/python bench/coping.py [--quick]

Prints a table and writes bench/results/coping.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.directory import Case, check_answers, measure_case  # noqa: E402

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "peerhaven-bench-cache"
TOPIC_P95_GOAL_MS = 50.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The strategy library on bench-seed data (see docs/performance.md)."
    )
    common.add_arguments(parser, name="coping")
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
    opts = parser.parse_args(argv)
    if opts.latency_connections < 1:
        raise SystemExit("--latency-connections must be at least 1")
    return common.finish_options(opts)


def _digest() -> str:
    sha = hashlib.sha256()
    for name in ("groups/management/commands/bench_seed.py", "coping/bench.py"):
        sha.update((common.ROOT / "peerhaven" / name).read_bytes())
    for path in sorted(common.ROOT.glob("peerhaven/*/migrations/*.py")):
        sha.update(str(path.relative_to(common.ROOT)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


def cached_data_dir(opts: argparse.Namespace) -> tuple[Path, dict]:
    """A migrated, seeded SQLite data dir under the cache (made when missing)."""
    prefix = f"coping-g{opts.groups}-m{opts.members}-s{opts.seed}-"
    key = prefix + _digest()
    opts.cache_dir.mkdir(parents=True, exist_ok=True)
    cached = opts.cache_dir / key
    info_file = cached / "bench-seed.json"
    if info_file.exists():
        info = json.loads(info_file.read_text())
        info["seeded_in_this_run"] = False
        return cached, info
    for stale in opts.cache_dir.glob(prefix + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=key + ".", dir=opts.cache_dir))
    try:
        common.manage(building, "migrate", "--no-input")
        print(
            f"  seeding {opts.groups:,} groups, {opts.members:,} members, their strategies "
            "and ratings …",
            file=sys.stderr,
        )
        started = time.perf_counter()
        output = common.manage(
            building,
            "bench-seed",
            "--groups",
            str(opts.groups),
            "--members",
            str(opts.members),
            "--seed",
            str(opts.seed),
        )
        lines = output.strip().splitlines()
        info = {
            "seeded_in_this_run": True,
            "bench_seed_s": round(time.perf_counter() - started, 1),
            "bench_seed": lines[-1] if lines else "",
            "coping_step": next((line.strip() for line in lines if "strategies and" in line), ""),
        }
        print(f"  {info['coping_step']}", file=sys.stderr)
        (building / "bench-seed.json").write_text(json.dumps(info))
        building.rename(cached)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return cached, info


# Run inside the project (`peerhaven shell -c`): counts, and a signed-in member of several groups.
DESCRIBE = textwrap.dedent(
    """
    import json
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import Count
    from django.test import Client
    from peerhaven.accounts.models import User
    from peerhaven.coping.models import Rating, Strategy
    from peerhaven.coping.selectors import LibraryQuery, search_library
    from peerhaven.coping.taxonomy import topic_with_children
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Group, Membership

    out = {"strategies": Strategy.objects.count(), "ratings": Rating.objects.count()}
    out["group_only"] = Strategy.objects.filter(group__isnull=False).count()
    topic, ids = topic_with_children("anxiety")
    anonymous = AnonymousUser()
    out["anxiety_matches"] = search_library(LibraryQuery(topic=topic, topic_ids=ids), user=anonymous).total
    # A member of the most groups, with a group whose members shared the most ratings.
    member = (
        User.objects.filter(username__startswith=USERNAME_PREFIX, memberships__state="active")
        .annotate(group_count=Count("memberships"))
        .order_by("-group_count", "pk")
        .first()
    )
    group_ids = list(Membership.objects.filter(user=member, state="active").values_list("group_id", flat=True))
    busiest = (
        Rating.objects.filter(group_id__in=group_ids)
        .values("group_id").annotate(shared=Count("pk")).order_by("-shared").first()
    )
    group = Group.objects.get(pk=busiest["group_id"] if busiest else group_ids[0])
    out["member_groups"] = member.group_count
    out["member_matches"] = search_library(LibraryQuery(topic=topic, topic_ids=ids), user=member).total
    out["group_slug"] = group.slug
    out["group_shared_ratings"] = Rating.objects.filter(group=group).count()
    client = Client()
    client.force_login(member)
    out["cookie"] = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    print("BENCH-JSON " + json.dumps(out))
    """
)


def describe(data_dir: Path) -> dict:
    output = common.manage(data_dir, "shell", "-c", DESCRIBE)
    for line in output.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line.removeprefix("BENCH-JSON "))
    raise common.BenchError(f"no answer from the describe snippet:\n{output}")


def build_cases(info: dict) -> list[Case]:
    cookie = info["cookie"]
    return [
        Case("B1", "/ping", "GET /ping through the same server (bare Django view)"),
        Case(
            "topic-anxiety",
            "/strategies/?topic=anxiety",
            "top strategies for anxiety (and its child topics), anonymous",
            expect='class="ranking-title"',
            matches=info["anxiety_matches"],
        ),
        Case(
            "topic-anxiety-member",
            "/strategies/?topic=anxiety",
            f"the same, signed in as a member of {info['member_groups']} groups",
            cookie=cookie,
            expect='class="ranking-title"',
            matches=info["member_matches"],
        ),
        Case("library", "/strategies/", "the whole library, most helpful first"),
        Case(
            "category-time",
            "/strategies/?category=breathing&time=15",
            "a category, 15 minutes or less",
        ),
        Case("search", "/strategies/?q=breathing", "full-text search, best match first"),
        Case(
            "treatment",
            "/strategies/?treatment=exercise",
            "strategies tagged with a treatment (exercise)",
            expect='class="ranking-title"',
        ),
        Case(
            "group-helped",
            f"/groups/{info['group_slug']}/strategies/",
            f"what helped members of a group ({info['group_shared_ratings']} shared ratings)",
            cookie=cookie,
            expect='id="helped"',
        ),
    ]


def print_table(results: dict[str, common.Result], opts: argparse.Namespace) -> None:
    b1 = results["B1"].requests_per_second
    header = (
        f"{'case':<22} {'matches':>7} {'req/s':>8} {'×B1':>6} {'p95 load':>9}  "
        f"{'p50':>7} {'p95':>7} {'p99':>7}"
    )
    print(
        f"throughput: {opts.connections} connections (p95 load = p95 under that load); "
        f"p50/p95/p99 in ms with {opts.latency_connections} connection(s)"
    )
    print(header)
    print("-" * len(header))
    for name, res in results.items():
        single = res.extra["latency_run"]
        matches = res.extra.get("matches")
        print(
            f"{name:<22} {'' if matches is None else f'{matches:,}':>7} "
            f"{res.requests_per_second:>8,.0f} {res.requests_per_second / b1:>6.3f} "
            f"{res.extra['p95_ms']:>9.2f}  {single['p50_ms']:>7.2f} {single['p95_ms']:>7.2f} "
            f"{single['p99_ms']:>7.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    try:
        with common.data_dir("peerhaven-bench-coping-") as data_dir:
            cached, seed_info = cached_data_dir(opts)
            shutil.copytree(cached, data_dir, dirs_exist_ok=True)
            info = describe(data_dir)
            cases = build_cases(info)
            print(
                f"  data: {info['strategies']:,} strategies ({info['group_only']:,} only in a "
                f"group), {info['ratings']:,} ratings; anxiety matches {info['anxiety_matches']:,}",
                file=sys.stderr,
            )
            env = common.server_env(data_dir)

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
                tempfile.TemporaryDirectory(prefix="bench-coping-lua-") as work,
            ):
                check_answers(server, cases)
                for case in cases:
                    results[case.name] = measure_case(server, case, opts, Path(work))
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    p95 = results["topic-anxiety"].extra["latency_run"]["p95_ms"]
    verdict = {
        "goal": f"p95 ≤ {TOPIC_P95_GOAL_MS:g} ms",
        "value": p95,
        "met": p95 <= TOPIC_P95_GOAL_MS,
    }
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"database: sqlite; {info['strategies']:,} strategies, {info['ratings']:,} ratings "
        f"(bench-seed --groups {opts.groups} --members {opts.members} --seed {opts.seed}); "
        f"wrk -t{opts.threads} after {opts.warmup:g}s warm-up, {opts.duration:g}s runs"
        + ("  [--quick: smoke run]" if opts.quick else "")
    )
    print()
    print_table(results, opts)
    print()
    print(
        f"goal /strategies/?topic=anxiety p95 ≤ {TOPIC_P95_GOAL_MS:g} ms: "
        f"{'met' if verdict['met'] else 'NOT MET'} ({p95:.2f} ms)"
    )
    baselines = {"B1": results.pop("B1")}
    path = common.write_results(opts.name, results, baselines, opts, path=opts.output, info=machine)
    document = json.loads(path.read_text())
    document["database"] = "sqlite"
    document["dataset"] = {
        "groups": opts.groups,
        "members": opts.members,
        "seed": opts.seed,
        **{key: value for key, value in info.items() if key != "cookie"},
        **seed_info,
    }
    document["settings"]["latency_connections"] = opts.latency_connections
    document["goals"] = {"topic-anxiety": verdict}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    try:
        shown = path.relative_to(common.ROOT)
    except ValueError:
        shown = path
    print(f"written: {shown}")
    return 0 if verdict["met"] else 3


if __name__ == "__main__":
    sys.exit(main())

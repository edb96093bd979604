"""Sharing under load, on bench-seed data: the group feed, and posting while others read.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free loopback
port) over a data set made by `peerhaven bench-seed --posts 100000 --replies 500000` (10,000
groups, 100,000 members, 100,000 posts, 500,000 replies and their reactions), then:

1. With wrk pinned to the other CPU (like bench/directory.py: a throughput run with
   `--connections`, then a latency run with `--latency-connections`, default 1):
   - B1: `GET /ping` through the same server (the baseline every ratio refers to);
   - `feed`: the busiest group's space `/groups/<slug>/space/` signed in as one of its active
     members (20 posts with their reaction counts, the composer, the member list).
   Goal: the feed reaches ≥ 30% of B1's requests per second (throughput run).
2. Writing under read load: `--writers` writers (10) in a load process pinned to the other
   CPU post `POST /groups/<slug>/posts/new/` (kind=share, a short body, the CSRF token from
   the page, the member's session cookie) on a fixed schedule, `--write-rate` posts per second
   between them (20), for `--write-duration` seconds, while wrk reads the busiest group's
   feed with `--read-connections` connections (closed loop, so the server's CPU is never
   idle). Each writer speaks for several members (so nobody passes the 10 posts an hour of
   peerhaven/safety/ratelimit.py), each member from their own loopback address (so the 60
   posts an hour per address is not reached either), half of them in the group being read
   and the others in their own groups. A post's latency is from the moment it was due to its
   answer (so a late send counts against it). Afterwards: every answer must be the redirect
   to the new post, the server's log must hold no "database is locked" and no error, and the
   database must hold exactly the posts that were answered.
   Goal: zero "database is locked", zero 5xx, p99 ≤ 200 ms at 20 posts/s.
   The posts written (their bodies start with "[bench write]") and the sessions are deleted
   at the end.

The data set is cached for SQLite and reused on PostgreSQL as bench/meetings.py does (whose
helpers this file uses). Give PostgreSQL a database of its own, e.g. `bench_sharing`.

    .venv/bin/python bench/sharing.py [--quick] [--wait-quiet 60]
        [--database-url postgres://postgres@127.0.0.1:5432/bench_sharing]

Prints a table and writes bench/results/sharing.json (or sharing-postgresql.json).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, directory, meetings  # noqa: E402

FEED_GOAL_RATIO = 0.30
WRITE_P99_GOAL_MS = 200.0
MEMBER_POSTS = 8  # posts per member in one run, below the limit of 10 an hour
WRITE_MARK = meetings.WRITE_MARK


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The group feed and posting under read load on bench-seed data "
        "(see docs/performance.md)."
    )
    common.add_arguments(parser, name="sharing")
    meetings.add_data_arguments(parser)
    parser.add_argument("--posts", type=int, default=100_000, help="bench-seed posts")
    parser.add_argument("--replies", type=int, default=500_000, help="bench-seed replies")
    parser.add_argument("--writers", type=int, default=10, help="concurrent writers (10)")
    parser.add_argument(
        "--write-rate", type=float, default=20.0, help="posts per second, all writers (20)"
    )
    parser.add_argument(
        "--write-duration", type=float, default=None, help="seconds of writing (20; 6 --quick)"
    )
    parser.add_argument(
        "--read-connections",
        type=int,
        default=4,
        help="wrk connections reading the feed while the writers write (4)",
    )
    opts = parser.parse_args(argv)
    if opts.database_url and opts.output == common.RESULTS_DIR / "sharing.json":
        opts.output = common.RESULTS_DIR / "sharing-postgresql.json"
    if opts.write_duration is None:
        opts.write_duration = 6.0 if opts.quick else 20.0
    if opts.writers < 1 or opts.write_rate <= 0 or opts.write_duration <= 0:
        raise SystemExit("--writers, --write-rate and --write-duration must be positive")
    if opts.read_connections < 1 or opts.latency_connections < 1:
        raise SystemExit("--read-connections and --latency-connections must be at least 1")
    return common.finish_options(opts)


def posts_per_writer(opts: argparse.Namespace) -> int:
    return math.ceil(opts.write_rate * opts.write_duration / opts.writers)


def members_per_writer(opts: argparse.Namespace) -> int:
    return math.ceil(posts_per_writer(opts) / MEMBER_POSTS)


# --------------------------------------------------------------------------- snippets

# The reader: an English-speaking active member of the group with the most published posts.
DESCRIBE = textwrap.dedent(
    """
    import json
    from django.conf import settings
    from django.db.models import Count
    from django.test import Client
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Group, Membership
    from peerhaven.sharing.models import Post, PostReaction, Reply

    busiest = (
        Post.objects.filter(state="published").values("group").annotate(n=Count("id"))
        .order_by("-n", "group").first()
    )
    group = Group.objects.get(pk=busiest["group"])
    membership = (
        Membership.objects.filter(group=group, state="active", role=1)
        .select_related("user").order_by("user__language", "pk").first()
    )
    client = Client()
    client.force_login(membership.user)
    print("BENCH-JSON " + json.dumps({
        "group_slug": group.slug,
        "group_posts": busiest["n"],
        "group_members": group.active_member_count,
        "username": membership.user.username,
        "cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
        "posts": Post.objects.count(),
        "replies": Reply.objects.count(),
        "reactions": PostReaction.objects.count(),
    }))
    """
)

# The writers' members: active members (not new accounts, not muted) with a session each; the
# first half in the group being read, the rest in groups of their own. Leftover posts of an
# interrupted run are deleted first.
WRITE_SETUP = textwrap.dedent(
    """
    import json
    from datetime import timedelta
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Membership
    from peerhaven.sharing.models import Post

    Post.objects.filter(body__startswith=WRITE_MARK).delete()
    old = timezone.now() - timedelta(days=2)
    active = Membership.objects.filter(
        state="active",
        user__username__startswith=USERNAME_PREFIX,
        user__date_joined__lt=old,
        user__is_active=True,
    ).select_related("user", "group")
    chosen, seen = [], set()
    for membership in active.filter(group__slug=READ_GROUP).order_by("pk")[: WANTED // 2]:
        chosen.append(membership)
        seen.add(membership.user_id)
    for membership in active.exclude(group__slug=READ_GROUP).order_by("pk").iterator():
        if len(chosen) >= WANTED:
            break
        if membership.user_id not in seen:
            chosen.append(membership)
            seen.add(membership.user_id)
    people = []
    for membership in chosen:
        client = Client()
        client.force_login(membership.user)
        people.append({
            "group": membership.group.slug,
            "cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
        })
    print("BENCH-JSON " + json.dumps({"people": people}))
    """
)

WRITE_RESULT = textwrap.dedent(
    """
    import json
    from django.contrib.sessions.models import Session
    from peerhaven.sharing.models import Post

    written = Post.objects.filter(body__startswith=WRITE_MARK)
    out = {
        "posts": written.count(),
        "published": written.filter(state="published").count(),
    }
    out["deleted"] = written.delete()[0]
    out["sessions"] = Session.objects.filter(session_key__in=KEYS).delete()[0]
    print("BENCH-JSON " + json.dumps(out))
    """
)


# --------------------------------------------------------------------------- the writers


def writer_clients(spec: dict) -> dict:
    """The load process of the writers: one thread per writer, posts on a fixed schedule."""
    writers = spec["writers"]
    rate = spec["rate"]
    duration = spec["duration"]
    people = spec["people"]
    answers: list[dict] = []
    lock = threading.Lock()
    start_at: list[float] = []
    # The schedule starts once every writer has fetched its pages (and tokens), 0.2 s after
    # the last one is ready: fetching them is set-up, not posting, and must not count as
    # lateness.
    ready = threading.Barrier(
        writers + 1, action=lambda: start_at.append(time.perf_counter() + 0.2)
    )

    def write(number: int) -> None:
        mine = people[number::writers]
        browsers = []
        for index, person in enumerate(mine):
            # Each member from an address of their own (127.0.<writer+1>.<index+10>).
            source = f"127.0.{number + 1}.{index + 10}"
            browser = meetings.Browser(spec["host"], spec["port"], person["cookie"], source)
            try:
                browser.load_token(f"/groups/{person['group']}/space/")
            except Exception as exc:
                with lock:
                    answers.append({"phase": "page", "status": 0, "error": str(exc), "ms": 0})
            browsers.append((browser, person["group"]))
        ready.wait()
        t0 = start_at[0]
        sent = 0
        while True:
            due = t0 + (sent * writers + number) / rate
            if due >= t0 + duration:
                break
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            browser, slug = browsers[sent % len(browsers)]
            body = f"{WRITE_MARK} writer {number}, post {sent}: a calm note about my week."
            began = time.perf_counter()
            try:
                status, _ = browser.request(
                    "POST", f"/groups/{slug}/posts/new/", {"kind": "share", "body": body}
                )
                error = ""
            except Exception as exc:
                status, error = 0, str(exc)
            ended = time.perf_counter()
            with lock:
                answers.append(
                    {
                        "phase": "post",
                        "writer": number,
                        "status": status,
                        "ms": (ended - due) * 1000,  # from when it was due
                        "service_ms": (ended - began) * 1000,
                        "late_ms": max(0.0, began - due) * 1000,
                        "error": error,
                    }
                )
            sent += 1
        for browser, _slug in browsers:
            browser.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    ready.wait()
    for thread in threads:
        thread.join()
    return {"answers": answers}


meetings.CLIENT_MODES["write"] = writer_clients


def log_problems(server: common.Server) -> dict:
    text = server.log.read_text(errors="replace") if server.log.exists() else ""
    lines = text.splitlines()
    return {
        "database_is_locked": sum("database is locked" in line for line in lines),
        "tracebacks": sum(line.startswith("Traceback") for line in lines),
        "error_lines": [line for line in lines if "ERROR" in line or "Error" in line][:10],
    }


def write_under_load(
    server: common.Server, data_dir: Path, opts: argparse.Namespace, info: dict, work: Path
) -> dict:
    wanted = opts.writers * members_per_writer(opts)
    setup = meetings.shell(
        data_dir,
        opts,
        WRITE_SETUP,
        WRITE_MARK=WRITE_MARK,
        READ_GROUP=info["group_slug"],
        WANTED=wanted,
    )
    people = setup["people"]
    keys = meetings.session_keys([person["cookie"] for person in people])
    try:
        if len(people) < wanted:
            raise common.BenchError(f"only {len(people)} members can write, {wanted} needed")
        spec = {
            "host": common.HOST,
            "port": server.port,
            "writers": opts.writers,
            "rate": opts.write_rate,
            "duration": opts.write_duration,
            "people": people,
        }
        script, _p95 = directory.lua_script(work, "read-load", info["cookie"])
        reads: dict = {}

        def read_load() -> None:
            # Longer than the writing (the writers first fetch their pages): stopped by time.
            try:
                reads["output"] = common.run_wrk(
                    server.url(f"/groups/{info['group_slug']}/space/"),
                    duration=opts.write_duration + 4 + wanted * 0.05,
                    connections=opts.read_connections,
                    threads=1,
                    script=script,
                )
            except common.BenchError as exc:
                reads["error"] = str(exc)

        if opts.wait_quiet > 0:
            common.wait_for_quiet(opts.wait_quiet)
        print(
            f"  writing: {opts.writers} writers, {opts.write_rate:g} posts/s for "
            f"{opts.write_duration:g} s ({len(people)} members), feed read by "
            f"{opts.read_connections} connections",
            file=sys.stderr,
        )
        reader = threading.Thread(target=read_load)
        before = common._cpu_snapshot(server.pid)
        reader.start()
        load = meetings.run_load_process(
            "write", spec, timeout_s=opts.write_duration + 600, script=__file__
        )
        reader.join()
        after = common._cpu_snapshot(server.pid)
    finally:
        state = meetings.shell(data_dir, opts, WRITE_RESULT, WRITE_MARK=WRITE_MARK, KEYS=keys)
    answers = load["answers"]
    posts = [a for a in answers if a["phase"] == "post"]
    errors = [a for a in answers if a["status"] != 302 and a["phase"] == "post"]
    page_errors = [a for a in answers if a["phase"] == "page"]
    read = common.parse_wrk(reads["output"]) if "output" in reads else None
    return {
        "writers": opts.writers,
        "rate": opts.write_rate,
        "duration_s": opts.write_duration,
        "members": len(people),
        "read_connections": opts.read_connections,
        "posts_sent": len(posts),
        "answered_302": len(posts) - len(errors),
        "status_5xx": sum(1 for a in posts if 500 <= a["status"] < 600),
        "errors": len(errors) + len(page_errors),
        "error_samples": (errors + page_errors)[:5],
        "latency": meetings.percentiles([a["ms"] for a in posts]),
        "service": meetings.percentiles([a["service_ms"] for a in posts]),
        "late_sends": sum(1 for a in posts if a["late_ms"] > 5),
        "read": None
        if read is None
        else {
            "requests_per_second": read.requests_per_second,
            "p50_ms": read.p50_ms,
            "p99_ms": read.p99_ms,
            "non_2xx_3xx": read.non_2xx_3xx,
            "errors": read.errors,
        },
        "read_error": reads.get("error"),
        "cpu": common._cpu_use(before, after),
        "log": log_problems(server),
        "database": state,
    }


# --------------------------------------------------------------------------- report


def goals(results: dict[str, common.Result], write: dict) -> dict:
    ratio = results["feed"].requests_per_second / results["B1"].requests_per_second
    p99 = write["latency"].get("p99_ms", float("inf"))
    locked = write["log"]["database_is_locked"]
    clean = (
        locked == 0
        and write["status_5xx"] == 0
        and write["errors"] == 0
        and write["log"]["tracebacks"] == 0
        and write["database"]["posts"] == write["answered_302"]
    )
    return {
        "feed": {
            "goal": f"≥ {FEED_GOAL_RATIO:.0%} of B1 req/s",
            "value": round(ratio, 3),
            "met": ratio >= FEED_GOAL_RATIO,
        },
        "write": {
            "goal": f"zero 'database is locked', zero 5xx, p99 ≤ {WRITE_P99_GOAL_MS:g} ms "
            f"at {write['rate']:g} posts/s",
            "value": {"database_is_locked": locked, "5xx": write["status_5xx"], "p99_ms": p99},
            "met": clean and p99 <= WRITE_P99_GOAL_MS,
        },
    }


def print_write(write: dict, verdict: dict) -> None:
    print(
        f"writing: {write['writers']} writers, {write['rate']:g} posts/s for "
        f"{write['duration_s']:g} s ({write['members']} members), while "
        f"{write['read_connections']} connections read the feed"
    )
    for name in ("latency", "service"):
        stats = write[name]
        label = "from due" if name == "latency" else "on wire"
        print(
            f"  posts {label:<8} {stats['count']:>4}  p50 {stats['p50_ms']:.1f} ms  "
            f"p95 {stats['p95_ms']:.1f} ms  p99 {stats['p99_ms']:.1f} ms  "
            f"max {stats['max_ms']:.1f} ms"
        )
    read = write["read"]
    if read:
        print(
            f"  feed reads meanwhile: {read['requests_per_second']:,.0f} req/s, "
            f"p50 {read['p50_ms']:.1f} ms, p99 {read['p99_ms']:.1f} ms, "
            f"{read['non_2xx_3xx']} not 2xx/3xx"
        )
    print(
        f"  answers: {write['answered_302']} redirects of {write['posts_sent']}, "
        f"{write['status_5xx']} 5xx, {write['errors']} errors; server log: "
        f"{write['log']['database_is_locked']} 'database is locked', "
        f"{write['log']['tracebacks']} tracebacks; posts in the database: "
        f"{write['database']['posts']}; server CPU {write['cpu'].get('cpu_server', 0):.2f}"
    )
    print(f"  {'met' if verdict['met'] else 'NOT MET'} ({verdict['goal']})")


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    db = meetings.vendor(opts)
    dataset = meetings.DataSet(
        "sharing",
        {
            "groups": opts.groups,
            "members": opts.members,
            "posts": opts.posts,
            "replies": opts.replies,
            "seed": opts.seed,
        },
        {
            "members": opts.members,
            "groups": opts.groups,
            "posts": opts.posts,
            "replies": opts.replies,
        },
    )
    try:
        with common.data_dir("peerhaven-bench-sharing-") as data_dir:
            seed_info = meetings.data_dir_for(opts, dataset, data_dir)
            info = meetings.shell(data_dir, opts, DESCRIBE)
            print(
                f"  data: {info['posts']:,} posts, {info['replies']:,} replies, "
                f"{info['reactions']:,} reactions ({db}); feed of {info['group_slug']} "
                f"({info['group_posts']:,} posts)",
                file=sys.stderr,
            )
            cases = [
                directory.Case("B1", "/ping", "GET /ping through the same server"),
                directory.Case(
                    "feed",
                    f"/groups/{info['group_slug']}/space/",
                    f"group feed signed in ({info['group_posts']:,} posts in the group)",
                    cookie=info["cookie"],
                    expect='class="feed"',
                ),
            ]
            env = common.server_env(data_dir, **meetings.db_env(opts))
            results: dict[str, common.Result] = {}
            with (
                common.serve(meetings.server_argv, env=env, ready_path="/ping") as server,
                tempfile.TemporaryDirectory(prefix="bench-sharing-lua-") as work,
            ):
                directory.check_answers(server, cases)
                for case in cases:
                    results[case.name] = directory.measure_case(server, case, opts, Path(work))
                directory.settle(server)
                write = write_under_load(server, data_dir, opts, info, Path(work))
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    verdicts = goals(results, write)
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"database: {db}; {opts.groups:,} groups, {opts.members:,} members, {info['posts']:,} "
        f"posts, {info['replies']:,} replies, {info['reactions']:,} reactions (bench-seed "
        f"--seed {opts.seed}); wrk -t{opts.threads} after {opts.warmup:g}s warm-up, "
        f"{opts.duration:g}s runs" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    if seed_info.get("bench_seed"):
        print(seed_info["bench_seed"])
    print()
    meetings.print_table(results, verdicts, opts)
    print()
    print_write(write, verdicts["write"])
    public = {key: value for key, value in info.items() if key != "cookie"}
    meetings.finish(
        opts,
        results,
        machine,
        {
            "database": db,
            "dataset": {**dataset.flags, **public, **seed_info},
            "write": write,
            "goals": verdicts,
        },
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--client":
        sys.exit(meetings.client_main(sys.argv[2], sys.argv[3]))
    sys.exit(main())

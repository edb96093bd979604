"""The REST API under load: the group list and a group feed over /api/v1/, against B1.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free loopback
port) over the data set of `peerhaven bench-seed` (10,000 groups and 100,000 members by default,
the same cached SQLite data dir as bench/directory.py), adds posts to the busiest public group
and a read token for one of its members, then measures with wrk pinned to the other CPU:

- B1: `GET /ping` through the same server, in the same run (the baseline of every ratio);
- api-groups: `GET /api/v1/groups` without signing in (the directory's first page as JSON);
- api-groups-token: the same with `Authorization: Bearer <token>` (adds the token lookup);
- api-feed: `GET /api/v1/groups/<slug>/posts` with the token (a member's feed, 20 posts).

Goal: each API case reaches ≥ 30% of B1's requests per second.

Each case repeats one request, so after the first answer it measures the cached paths: the
directory's JSON, a token remembered with its member, a reader's admission to the group and
their feed page (peerhaven/api/caching.py). `--fresh-feed` adds `api-feed-fresh`, the same
feed with a different `after` cursor on every request (wrk's Lua), so each one is computed
afresh: what a page costs when it changed since the reader's last request.

The API's rate limits would stop wrk from one address within a second, so the server runs
with a settings module that imports peerhaven.settings and raises `PEERHAVEN_API_RATES` out of
reach: the limits are still counted on every request (their cost is in the figures), never hit.

    .venv/bin/python bench/api.py [--quick] [--posts N]

Prints a table and writes bench/results/api.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, directory  # noqa: E402

GOAL_RATIO = 0.30
SETTINGS_MODULE = "peerhaven_bench_api_settings"
SETTINGS = textwrap.dedent(
    """
    from peerhaven.settings import *  # noqa: F403

    # Counted on every request as usual, never reached by one wrk client.
    PEERHAVEN_API_RATES = {
        name: (10**12, 60) for name in ("member", "visitor", "write", "failed_token")
    }
    """
)

# Run inside the project (`peerhaven shell -c`) on the data set: posts in the busiest public
# group (by its own members, through the sharing service, some with reactions) and a read token
# for one of its members.
PREPARE = textwrap.dedent(
    """
    import json
    from peerhaven.api import services as api_services
    from peerhaven.groups.management.commands.bench_seed import USERNAME_PREFIX
    from peerhaven.groups.models import Membership
    from peerhaven.sharing import services as sharing

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
    group = membership.group
    writers = [
        row.user
        for row in Membership.objects.filter(group=group, state="active").select_related("user")[:12]
    ]
    kinds = ["share", "question", "triumph", "share"]
    for number in range(POSTS):
        post = sharing.create_post(
            actor=writers[number % len(writers)],
            group=group,
            kind=kinds[number % len(kinds)],
            body=f"Post {number}: a **long day**, but the walk helped. How do you all unwind?",
            warnings=["medical"] if number % 7 == 0 else [],
        )
        for reactor in writers[: number % 4]:
            if reactor.pk != post.author_id:
                sharing.react(actor=reactor, kind="i_hear_you", post=post)
    _token, secret = api_services.create_token(actor=membership.user, name="bench", scope="read")
    print(
        "BENCH-JSON "
        + json.dumps(
            {
                "slug": group.slug,
                "members": group.active_member_count,
                "username": membership.user.username,
                "posts": POSTS,
                "token": secret,
            }
        )
    )
    """
)


# A different, valid `after` cursor on every request (a time far ahead and a growing id),
# so no two requests share a cached page: each feed is computed afresh.
FRESH_FEED_LUA = """
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local function b64(data)
  local bits = data:gsub(".", function(char)
    local byte, out = char:byte(), ""
    for i = 8, 1, -1 do out = out .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and "1" or "0") end
    return out
  end) .. "0000"
  return (bits:gsub("%d%d%d?%d?%d?%d?", function(group)
    if #group < 6 then return "" end
    local value = 0
    for i = 1, 6 do value = value + (group:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return alphabet:sub(value + 1, value + 1)
  end))
end
wrk.headers["Authorization"] = "Bearer TOKEN"
local counter = 0
request = function()
  counter = counter + 1
  local cursor = b64(string.format("2099-01-01T00:00:00+00:00|%d", counter))
  return wrk.format("GET", "PATH?cursor=" .. cursor)
end
"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Group list and group feed over the API (see docs/performance.md)."
    )
    common.add_arguments(parser, name="api")
    parser.add_argument("--groups", type=int, default=10_000, help="bench-seed groups")
    parser.add_argument("--members", type=int, default=100_000, help="bench-seed members")
    parser.add_argument("--seed", type=int, default=1, help="bench-seed random seed")
    parser.add_argument("--posts", type=int, default=60, help="posts added to the feed's group")
    parser.add_argument(
        "--fresh-feed",
        action="store_true",
        help="also measure the feed computed afresh on every request (no cached page)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=directory.DEFAULT_CACHE,
        help=f"seeded data dirs kept between runs (default {directory.DEFAULT_CACHE})",
    )
    opts = parser.parse_args(argv)
    opts.database_url = None  # directory.cached_sqlite_data_dir reads it
    return common.finish_options(opts)


def prepare(data_dir: Path, opts: argparse.Namespace) -> dict:
    common.manage(data_dir, "migrate", "--no-input")
    output = common.manage(data_dir, "shell", "-c", f"POSTS = {opts.posts!r}\n" + PREPARE)
    for line in output.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line.removeprefix("BENCH-JSON "))
    raise common.BenchError(f"no answer from the prepare snippet:\n{output}")


def check(server: common.Server, path: str, headers: dict, expect: str) -> None:
    conn = http.client.HTTPConnection(common.HOST, server.port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
    finally:
        conn.close()
    if response.status != 200 or expect not in body:
        raise common.BenchError(f"{path} answered {response.status}: {body[:300]}")


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    try:
        with (
            common.data_dir("peerhaven-bench-api-") as data_dir,
            tempfile.TemporaryDirectory(prefix="bench-api-settings-") as settings_dir,
        ):
            cached, seed_info = directory.cached_sqlite_data_dir(opts)
            shutil.copytree(cached, data_dir, dirs_exist_ok=True)
            info = prepare(data_dir, opts)
            Path(settings_dir, f"{SETTINGS_MODULE}.py").write_text(SETTINGS)
            python_path = ":".join(filter(None, [settings_dir, str(common.ROOT)]))
            env = common.server_env(
                data_dir, DJANGO_SETTINGS_MODULE=SETTINGS_MODULE, PYTHONPATH=python_path
            )
            bearer = {"Authorization": f"Bearer {info['token']}"}
            feed = f"/api/v1/groups/{info['slug']}/posts"
            cases = [
                ("B1", "/ping", {}, "ok", "GET /ping through the same server (bare Django view)"),
                ("api-groups", "/api/v1/groups", {}, '"items"', "group list, anonymous"),
                (
                    "api-groups-token",
                    "/api/v1/groups",
                    bearer,
                    '"items"',
                    "group list with a read token",
                ),
                ("api-feed", feed, bearer, '"newest_cursor"', "a group's feed, 20 posts, token"),
            ]
            script = None
            if opts.fresh_feed:
                script = Path(settings_dir, "fresh_feed.lua")
                script.write_text(
                    FRESH_FEED_LUA.replace("TOKEN", info["token"]).replace("PATH", feed)
                )
                cases.append(
                    (
                        "api-feed-fresh",
                        feed,
                        bearer,
                        '"newest_cursor"',
                        "the same feed, computed afresh for every request",
                    )
                )

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
            with common.serve(argv_for_port, env=env, ready_path="/ping") as server:
                for _name, path, headers, expect, _description in cases:
                    check(server, path, headers, expect)
                for name, path, headers, _expect, description in cases:
                    print(f"  measuring {name}: {path}", file=sys.stderr)
                    directory.settle(server)
                    fresh = name == "api-feed-fresh"
                    results[name] = common.measure(
                        server.url(path),
                        opts,
                        headers=None if fresh else headers or None,
                        script=script if fresh else None,
                        description=description,
                        server_pid=server.pid,
                    )
                    results[name].extra["path"] = path
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    b1 = results["B1"].requests_per_second
    goals = {
        name: {
            "goal": f"≥ {GOAL_RATIO:.0%} of B1 req/s",
            "value": round(res.requests_per_second / b1, 3) if b1 else 0.0,
            "met": b1 > 0 and res.requests_per_second / b1 >= GOAL_RATIO,
        }
        for name, res in results.items()
        # The afresh feed is shown for what a miss costs; the goal is on the cases above.
        if name not in ("B1", "api-feed-fresh")
    }
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"data: {opts.groups:,} groups, {opts.members:,} members (bench-seed --seed {opts.seed}), "
        f"{info['posts']} posts in {info['slug']} ({info['members']} members); "
        f"wrk -t{opts.threads} -c{opts.connections} -d{opts.duration:g}s after "
        f"{opts.warmup:g}s warm-up" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    print()
    header = f"{'case':<18} {'req/s':>8} {'×B1':>6} {'p50 ms':>8} {'p99 ms':>8}  goal"
    print(header)
    print("-" * len(header))
    for name, res in results.items():
        verdict = goals.get(name)
        shown = f"{'met' if verdict['met'] else 'NOT MET'} ({verdict['goal']})" if verdict else ""
        print(
            f"{name:<18} {res.requests_per_second:>8,.0f} {res.requests_per_second / b1:>6.3f} "
            f"{res.p50_ms:>8.2f} {res.p99_ms:>8.2f}  {shown}"
        )
    busy = {
        n: r.extra["cpu_other"] for n, r in results.items() if r.extra.get("cpu_other", 0) > 0.1
    }
    if busy:
        shown = ", ".join(f"{name} {cpu:.2f}" for name, cpu in busy.items())
        print(f"warning: other processes used CPU during the timed runs ({shown} CPUs)")
    baselines = {"B1": results.pop("B1")}
    path = common.write_results(opts.name, results, baselines, opts, path=opts.output, info=machine)
    document = json.loads(path.read_text())
    document["database"] = "sqlite"
    document["dataset"] = {
        "groups": opts.groups,
        "members": opts.members,
        "seed": opts.seed,
        **{key: value for key, value in info.items() if key != "token"},
        **seed_info,
    }
    document["goals"] = goals
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print()
    print(f"written: {path.relative_to(common.ROOT) if path.is_relative_to(common.ROOT) else path}")
    return 0 if all(verdict["met"] for verdict in goals.values()) else 3


if __name__ == "__main__":
    sys.exit(main())

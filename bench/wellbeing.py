"""A member's wellbeing pages under load, with three years of check-ins and 1,000 journal entries.

Starts the real server (`peerhaven serve --no-task-worker`, pinned to one CPU, on a free
loopback port) over a data dir where one member has a check-in every day for three years
(with emotions, energy, sleep and a sealed note on every third) and 1,000 sealed journal
entries, then measures with wrk pinned to the other CPU, signed in as that member:

- B1: `GET /ping` through the same server (the baseline every ratio refers to);
- `/me/mood/` (the check-in page: form, this week's chart, recent check-ins);
- `/me/mood/charts/?days=90`, `/me/mood/history/`, `/me/journal/`, and a journal search
  (`/me/journal/?q=…`), which opens all 1,000 entries in the process to search them.

Each case gets a throughput run with `--connections` connections, then a latency run with
one connection (one request at a time), whose p95 is what the goal is judged on:

- `/me/mood/` p95 ≤ 50 ms.

    .venv/bin/python bench/wellbeing.py [--quick]

Prints a table and writes bench/results/wellbeing.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

MOOD_P95_GOAL_MS = 50.0
SEARCH_WORD = "lighthouse"

SEED = textwrap.dedent(
    """
    import json, random
    from datetime import timedelta
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone
    from peerhaven.testing import make_person
    from peerhaven.wellbeing import crypto, schedule, services
    from peerhaven.wellbeing.models import EMOTION_CODES, JournalEntry, MoodCheckIn

    chance = random.Random(3)
    member = make_person("bench_wellbeing", time_zone="Europe/London", country="GB")
    today = schedule.local_today(member.zone)
    words = ("walk tea sister work sleep rain garden music friend tired calm long day "
             "bus kitchen morning evening call doctor park river book").split()
    rows = []
    for back in range(DAYS):
        day = today - timedelta(days=back)
        note = ""
        cipher, key = None, ""
        if back % 3 == 0:
            note = " ".join(chance.choices(words, k=12))
            cipher, key = crypto.seal(note, purpose="mood-note", user_id=member.pk)
        rows.append(MoodCheckIn(
            user=member, day=day, mood=chance.randint(1, 5),
            emotions=sum(1 << i for i in chance.sample(range(len(EMOTION_CODES)), k=3)),
            energy=chance.randint(1, 5), sleep_hours=chance.choice([5, 6, 6.5, 7, 7.5, 8]),
            note_ciphertext=cipher, note_key_id=key,
            created_at=timezone.now() - timedelta(days=back),
        ))
    MoodCheckIn.objects.bulk_create(rows, batch_size=500)
    entries = []
    for number in range(ENTRIES):
        body = " ".join(chance.choices(words, k=chance.randint(80, 300)))
        if number % 50 == 0:
            body += " " + SEARCH_WORD
        payload = json.dumps({"title": f"Entry {number}", "body": body})
        cipher, key = crypto.seal(payload, purpose="journal", user_id=member.pk)
        entries.append(JournalEntry(
            user=member, day=today - timedelta(days=number % DAYS), ciphertext=cipher, key_id=key,
        ))
    JournalEntry.objects.bulk_create(entries, batch_size=200)
    client = Client()
    client.force_login(member)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    print("BENCH-JSON " + json.dumps({
        "check_ins": MoodCheckIn.objects.filter(user=member).count(),
        "journal_entries": JournalEntry.objects.filter(user=member).count(),
        "cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}",
    }))
    """
)


@dataclass
class Case:
    name: str
    path: str
    description: str
    cookie: bool = True
    expect: str | None = None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    common.add_arguments(parser, name="wellbeing")
    parser.add_argument("--days", type=int, default=3 * 365 + 1, help="daily check-ins")
    parser.add_argument("--entries", type=int, default=1000, help="journal entries")
    parser.add_argument(
        "--latency-connections",
        type=int,
        default=1,
        help="connections of the latency runs (default 1: one request at a time)",
    )
    return common.finish_options(parser.parse_args(argv))


def seed(data_dir: Path, opts: argparse.Namespace, info: dict) -> None:
    print(
        f"  seeding {opts.days:,} daily check-ins and {opts.entries:,} journal entries …",
        file=sys.stderr,
    )
    code = f"DAYS = {opts.days}\nENTRIES = {opts.entries}\nSEARCH_WORD = {SEARCH_WORD!r}\n" + SEED
    output = common.manage(data_dir, "shell", "-c", code)
    for line in output.splitlines():
        if line.startswith("BENCH-JSON "):
            info.update(json.loads(line.removeprefix("BENCH-JSON ")))
            return
    raise common.BenchError(f"the seed printed no result:\n{output}")


def lua_script(directory: Path, name: str, cookie: str | None) -> tuple[Path, Path]:
    """A wrk script that sends the cookie and writes the p95 (µs) to a file when done."""
    script = directory / f"{name}.lua"
    p95_file = directory / f"{name}.p95"
    lines = []
    if cookie:
        lines.append(f"wrk.headers[{json.dumps('Cookie')}] = {json.dumps(cookie)}")
    lines.append(
        "done = function(summary, latency, requests)\n"
        f"  local file = io.open({json.dumps(str(p95_file))}, 'w')\n"
        "  file:write(string.format('%d\\n', latency:percentile(95.0)))\n"
        "  file:close()\n"
        "end"
    )
    script.write_text("\n".join(lines) + "\n")
    return script, p95_file


def p95_ms(path: Path) -> float:
    return round(int(path.read_text().strip()) / 1000.0, 2)


def check_answers(server: common.Server, cases: list[Case], cookie: str) -> None:
    import http.client

    for case in cases:
        conn = http.client.HTTPConnection(common.HOST, server.port, timeout=60)
        try:
            conn.request("GET", case.path, headers={"Cookie": cookie} if case.cookie else {})
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        if response.status != 200:
            raise common.BenchError(f"{case.path} answered {response.status}, not 200")
        if case.expect and case.expect not in body:
            raise common.BenchError(f"{case.path}: {case.expect!r} is not in the page")


def measure_case(server, case: Case, opts, work: Path, cookie: str) -> common.Result:
    from bench.directory import settle

    script, p95_file = lua_script(work, case.name, cookie if case.cookie else None)
    print(f"  measuring {case.name}: {case.path}", file=sys.stderr)
    settle(server)
    loaded = common.measure(
        server.url(case.path),
        opts,
        script=script,
        description=case.description,
        server_pid=server.pid,
    )
    loaded.extra["p95_ms"] = p95_ms(p95_file)
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
        "p95_ms": p95_ms(p95_file),
        "p99_ms": single.p99_ms,
        "requests": single.requests,
    }
    loaded.extra["path"] = case.path
    return loaded


CASES = [
    Case("B1", "/ping", "GET /ping through the same server (bare Django view)", cookie=False),
    Case("mood", "/me/mood/", "the check-in page", expect="How are you, right now?"),
    Case("charts-90", "/me/mood/charts/?days=90", "charts over 90 days", expect="<svg"),
    Case("history", "/me/mood/history/", "all check-ins, first page of 30"),
    Case("journal", "/me/journal/", "journal list, first page of 20 (20 entries opened)"),
    Case(
        "journal-search",
        f"/me/journal/?q={SEARCH_WORD}",
        "search: opens and searches all 1,000 entries",
        expect="<mark>",
    ),
]


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    common.require_wrk()
    info: dict = {}
    results: dict[str, common.Result] = {}
    try:
        with (
            common.peerhaven_server(setup=lambda path: seed(path, opts, info)) as server,
            tempfile.TemporaryDirectory(prefix="bench-wellbeing-lua-") as work,
        ):
            cookie = info["cookie"]
            check_answers(server, CASES, cookie)
            for case in CASES:
                results[case.name] = measure_case(server, case, opts, Path(work), cookie)
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1

    b1 = results["B1"].requests_per_second
    mood_p95 = results["mood"].extra["latency_run"]["p95_ms"]
    verdict = {"goal": f"/me/mood/ p95 ≤ {MOOD_P95_GOAL_MS:g} ms", "value": mood_p95}
    verdict["met"] = mood_p95 <= MOOD_P95_GOAL_MS
    machine = common.machine()
    print(f"machine: {common.machine_summary(machine)}")
    print(
        f"data: {info['check_ins']:,} daily check-ins, {info['journal_entries']:,} journal "
        f"entries for one member; wrk -t{opts.threads} after {opts.warmup:g}s warm-up, "
        f"{opts.duration:g}s runs" + ("  [--quick: smoke run]" if opts.quick else "")
    )
    print(
        f"throughput: {opts.connections} connections; p50/p95/p99 in ms with "
        f"{opts.latency_connections} connection(s)"
    )
    header = (
        f"{'case':<16} {'req/s':>8} {'×B1':>6} {'p95 load':>9}  {'p50':>7} {'p95':>7} {'p99':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, res in results.items():
        single = res.extra["latency_run"]
        print(
            f"{name:<16} {res.requests_per_second:>8,.0f} {res.requests_per_second / b1:>6.3f} "
            f"{res.extra['p95_ms']:>9.2f}  {single['p50_ms']:>7.2f} {single['p95_ms']:>7.2f} "
            f"{single['p99_ms']:>7.2f}"
        )
    print(
        f"goal: {verdict['goal']}: {verdict['value']:.2f} ms, {'met' if verdict['met'] else 'NOT MET'}"
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
    document["dataset"] = {k: v for k, v in info.items() if k != "cookie"}
    document["settings"]["latency_connections"] = opts.latency_connections
    document["goals"] = {"mood": verdict}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"written: {path.relative_to(common.ROOT) if path.is_relative_to(common.ROOT) else path}")
    return 0 if verdict["met"] else 3


if __name__ == "__main__":
    sys.exit(main())

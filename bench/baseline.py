"""The yardsticks every later benchmark reuses, measured in one run.

- B0: a raw ASGI "hello" (bench/hello_asgi.py) on uvicorn, with the options of `peerhaven serve`;
- B1: `GET /ping` through the project's page path (`peerhaven serve --no-task-worker`:
  Django's WSGI handler inside a2wsgi inside uvicorn);
- B1-asgi: the same view through Django's ASGI handler (`peerhaven.asgi:django_asgi_application`
  on uvicorn with the same options).

Each server runs alone, pinned to one CPU, with its own temporary PEERHAVEN_DATA_DIR; wrk runs
pinned to another CPU. Prints requests per second, p50 and p99 for each, with ratios to B0 and B1,
and writes bench/results/baseline.json with the machine description.

    .venv/bin/python bench/baseline.py [--duration S] [--connections N] [--quick]

See bench/common.py for how later benchmarks reuse this.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    common.stop_servers_on_signals()
    opts = common.parse_args(
        "Measure the baselines B0, B1 and B1-asgi (see docs/performance.md).",
        name="baseline",
        argv=argv,
    )
    common.require_wrk()
    try:
        baselines = common.run_baselines(opts)
    except common.BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    common.report("baseline", {}, baselines, opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`peerhaven assess-risk`: assess messages from standard input, one per line.

    printf 'i just want to disappear\nsee you thursday\n' | peerhaven assess-risk
    {"level": "concern", "signals": ["passive_ideation"]}
    {"level": "none", "signals": []}

Reads bytes (invalid UTF-8 is replaced, never fatal), writes one JSON object per input line,
in order, flushed line by line so it works inside a pipe. Only levels and signal names are
written: never the text.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from peerhaven.safety.detector import assess_configured

_FAILED = json.dumps({"level": "none", "signals": [], "error": "could not assess this line"})


def _line_result(raw: bytes) -> str:
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    try:
        result = assess_configured(raw.decode("utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 - one bad line must not stop the stream
        return _FAILED
    return json.dumps({"level": result.level, "signals": list(result.signals)})


class Command(BaseCommand):
    help = (
        "Read messages from standard input, one per line, and write one JSON object per line: "
        '{"level": "none" | "concern" | "urgent", "signals": [...]}.'
    )
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)

    def handle(self, *args, **options):
        source = options.get("stdin") or sys.stdin.buffer
        for raw in iter(source.readline, b""):
            self.stdout.write(_line_result(raw))
            self.stdout.flush()

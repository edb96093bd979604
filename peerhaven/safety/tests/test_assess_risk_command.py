"""`peerhaven assess-risk` as an operator runs it: a pipe in, JSON lines out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_command(data: bytes, tmp_path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "peerhaven.settings",
        "PEERHAVEN_DATA_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "peerhaven", "assess-risk"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_one_json_object_per_line_in_order(tmp_path):
    lines = [
        b"i just want to disappear",
        b"",
        b"me voy a matar esta noche",
        b"\xff\xfe\x00\x80 binary junk \xc3\x28",
        b"see you at the meeting on thursday!",
        ("a" * 1_000_000).encode(),
        b"i'm going to kill myself tonight\r",
        "this commute is killing me 🙃".encode(),
    ]
    done = run_command(b"\n".join(lines) + b"\n", tmp_path)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    out = done.stdout.decode().splitlines()
    assert len(out) == len(lines)
    results = [json.loads(line) for line in out]
    assert [r["level"] for r in results] == [
        "concern",
        "none",
        "urgent",
        "none",
        "none",
        "none",
        "urgent",
        "none",
    ]
    for r in results:
        assert set(r) == {"level", "signals"}
        assert all(isinstance(s, str) for s in r["signals"])


def test_the_text_is_never_written_back(tmp_path):
    done = run_command(b"secretword42 i want to die\nsecretword42\n", tmp_path)
    assert done.returncode == 0
    assert b"secretword42" not in done.stdout
    assert b"secretword42" not in done.stderr
    assert len(done.stdout.splitlines()) == 2


def test_a_last_line_without_newline_and_empty_input(tmp_path):
    done = run_command(b"kms", tmp_path)
    assert [json.loads(x)["level"] for x in done.stdout.splitlines()] == ["concern"]
    assert run_command(b"", tmp_path).stdout == b""

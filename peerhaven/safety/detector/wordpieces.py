"""The word-piece layer: what the adapted MiniLM encoder knows of each word piece, as a table.

It is part of the default detector and needs nothing outside the standard library. It is a
second opinion for the word model (:mod:`.wordmodel`): it speaks only when the rules found
nothing and the word model leant towards a crisis (at least :data:`WORD_MODEL_LEAN` of not
being ``none``, on a message long enough for it to weigh) without being sure enough to
flag; it reads the same part of the message, and flags it when it gives it at least
:data:`FLAG_PROBABILITY` of being ``concern``, or, on a long message, at least
:data:`URGENT_PROBABILITY` of being ``urgent``. It then says concern, never urgent. Its
signal is ``word_pieces``.

Why so narrow: a mean over word pieces knows what a message is about, not what it says of
it. Alone, it called "Hello, I would like to join." concern; the word model, which reads
words in pairs and learnt from thousands of ordinary messages, gives such lines nearly
nothing. And what leans urgent in a bag of pieces is mostly a means or a place: counting
urgent too, on any message (at 95%), found 0.7 points more of the urgent messages of
held-out batches 276-331, and flagged 15 of the 1,049 look-alikes and other hard negatives
of batches 1-35 ("i've got a length of rope for the boat") that the word model leaves
alone. Read only in long messages the word model already leant on, urgent flags none of
them (:data:`URGENT_MIN_WORDS`).

How it reads: the message is cut into the encoder's own word pieces (:func:`pieces`, BERT's
uncased WordPiece over the encoder's 30,522-piece vocabulary, so "overdosing" is "over",
"##dos", "##ing" and a word never seen is still read by its parts); each piece has three
scores, one per level; the message's scores are the means over its pieces, plus a constant
per level, through a softmax.

Where the scores come from: each piece has a vector, the adapted encoder's
(:mod:`.semantic`) output for that piece averaged over every time it occurs in the labelled
examples (a piece that never occurs there: its output read alone). A three-class logistic
regression learns, from the mean vector of each example's pieces, which direction leads to
each level; a piece's score is its vector's projection on those directions. The vectors
carry what the encoder learnt of meaning from its pre-training on a billion sentence pairs
and its adaptation to this task, so words of like meaning lie near each other, and what the
classifier learns of one holds for the others, pieces no example used among them. The
word model knows only the words its examples used.

Training needs the ``ml`` extra (``python -m peerhaven.safety.detector.wordpieces train``,
about 8 minutes on two CPU cores); the table (``wordpieces.json`` next to this file) needs
nothing. It learns from the word model's examples (:data:`.wordmodel.TRAINING`, which
leaves the project set's held-out split unseen). Figures, including its first score on
batches the encoder and the classifier never saw, are in ``docs/performance.md``.
"""

from __future__ import annotations

import functools
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

LEVELS = ("none", "concern", "urgent")
MODEL_FILE = Path(__file__).resolve().parent / "wordpieces.json"
#: Flag only when the probability of ``concern`` is at least this, and only when the word
#: model gave at least :data:`WORD_MODEL_LEAN`. Chosen on held-out batches 276-331, with a
#: table learnt without them, after the default detector as it stood before they were
#: written, and on the project set's held-out split, which neither the word model nor the
#: table learnt from. At 90% the layer found 2 points more of 276-331's concern messages
#: for no more false positives there, and flagged 2 of the split's 168 hard negatives ("i
#: keep asking why she took her own life"; 4.8% false positives on it in all); at 95%, 1.6
#: points and none of the split; at 80%, 2.9 points, 0.2 points of false positives and 4 of
#: the split. A lean of 55%, a little over even, flagged the same messages of 276-331 as
#: 50%, and 60% fewer.
FLAG_PROBABILITY = 0.9
WORD_MODEL_LEAN = 0.55
#: ... and it also flags a message of at least :data:`URGENT_MIN_WORDS` words when it gives
#: it at least :data:`URGENT_PROBABILITY` of being ``urgent`` and the word model gave at
#: least :data:`URGENT_LEAN`: what leans urgent in a bag of pieces is a means, a place or a
#: time, and in a long message that the word model already found darker than not, it is
#: seldom there by chance ("did 11 yrs and came home to nothing. my cousins strap is right
#: here and hes passed out"). It still says concern: a message is held from its group on
#: what the words say, not on what they are about. Chosen on held-out batches 276-347, with
#: a table learnt without them, after the default detector of before batch 276 (see
#: ``docs/performance.md``, "A seventeenth round"): 2.4 points more of their urgent
#: messages flagged, for 0.5 points more false positives on their hard negatives; and no
#: more of the project set's or batches 1-35's hard negatives. Without the length floor it
#: also flagged 22 of the 3,494 ordinary messages it had learnt from (8 with it).
URGENT_PROBABILITY = 0.6
URGENT_LEAN = 0.4
URGENT_MIN_WORDS = 18
#: L2 strength of the logistic regression (scikit-learn's ``C``).
C = 64.0
#: Longer messages are read on their first characters only.
MAX_CHARS = 2000
#: A word longer than this is one unknown piece (as the encoder's own tokenizer does).
MAX_WORD = 100
UNKNOWN = "[UNK]"
_WORD = re.compile(r"\w+")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B81F
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def _words(text: str) -> list[str]:
    """BERT's uncased basic tokenizer: control characters dropped, CJK characters set apart,
    accents stripped, lowercase, then split on white space and around punctuation."""
    kept: list[str] = []
    for char in text:
        code = ord(char)
        if char in " \t\n\r" or unicodedata.category(char) == "Zs":
            kept.append(" ")
        elif code == 0 or code == 0xFFFD or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        elif _is_cjk(code):
            kept.append(f" {char} ")
        else:
            kept.append(char)
    folded = unicodedata.normalize("NFD", "".join(kept))
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn").lower()
    spaced = "".join(f" {c} " if _is_punctuation(c) else c for c in folded)
    return spaced.split()


def _split(word: str, vocab) -> list[str]:
    """Greedy longest-match-first WordPiece; a word with any part unknown is one unknown."""
    if len(word) > MAX_WORD:
        return [UNKNOWN]
    found: list[str] = []
    start = 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                found.append(piece)
                break
            end -= 1
        else:
            return [UNKNOWN]
        start = end
    return found


def pieces(text: str, vocab=None) -> list[str]:
    """The encoder's word pieces of ``text`` (without its start and end markers)."""
    vocab = _scores() if vocab is None else vocab
    out: list[str] = []
    for word in _words(text):
        out.extend(_split(word, vocab))
    return out


@functools.cache
def _model() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def _scores() -> dict[str, list[float]]:
    return _model()["scores"]


def probabilities(text: str) -> dict[str, float]:
    """The layer's probability of each level for one message (the raw text)."""
    scores = _scores()
    found = pieces(text[:MAX_CHARS], scores)
    total = [0.0, 0.0, 0.0]
    for piece in found:
        s = scores[piece]
        total[0] += s[0]
        total[1] += s[1]
        total[2] += s[2]
    n = len(found) or 1
    logits = [t / n + b for t, b in zip(total, _model()["intercept"])]
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    whole = sum(exps)
    return {level: e / whole for level, e in zip(LEVELS, exps)}


def second_opinion(text: str, lean: float) -> str:
    """The layer's level for a message (or the part of it the word model read), given how
    far the word model leant towards a crisis on it: concern when it is very sure of
    concern (:data:`FLAG_PROBABILITY`, from a lean of :data:`WORD_MODEL_LEAN`), or, on a
    long message, sure enough of urgent (:data:`URGENT_PROBABILITY`, from a lean of
    :data:`URGENT_LEAN`); otherwise none."""
    if lean < min(WORD_MODEL_LEAN, URGENT_LEAN) or not text.strip():
        return "none"
    p = probabilities(text)
    if lean >= WORD_MODEL_LEAN and p["concern"] >= FLAG_PROBABILITY:
        return "concern"
    if (
        lean >= URGENT_LEAN
        and p["urgent"] >= URGENT_PROBABILITY
        and len(_WORD.findall(text[:MAX_CHARS])) >= URGENT_MIN_WORDS
    ):
        return "concern"
    return "none"


def classify(text: str) -> str:
    """``none`` or ``concern`` from the word-piece layer alone."""
    if not text.strip():
        return "none"
    return "concern" if probabilities(text)["concern"] >= FLAG_PROBABILITY else "none"


def train(path: Path = MODEL_FILE) -> dict:
    """Learn the table from the word model's examples with the adapted encoder (needs the
    ``ml`` extra) and write it."""
    from . import wordpieces_train

    model = wordpieces_train.fit()
    write(model, path)
    _model.cache_clear()
    return model


def write(model: dict, path: Path = MODEL_FILE) -> None:
    """Write a table: the settings readable, then one line per piece."""
    head = {k: v for k, v in model.items() if k != "scores"}
    text = json.dumps(head, indent=1)
    rows = ",\n  ".join(
        f"{json.dumps(piece, ensure_ascii=False)}: {json.dumps(s)}"
        for piece, s in model["scores"].items()
    )
    path.write_text(f'{text[:-2]},\n "scores": {{\n  {rows}\n }}\n}}\n', encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["train"]:
        print("usage: python -m peerhaven.safety.detector.wordpieces train", file=sys.stderr)
        return 2
    from . import semantic

    if not semantic.available():
        print("training the word-piece layer needs: pip install peerhaven[ml]", file=sys.stderr)
        return 1
    model = train()
    print(f"trained on {model['examples']} examples; wrote {MODEL_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

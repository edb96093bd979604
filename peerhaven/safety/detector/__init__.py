"""Crisis-language detection: does a message need a caring response, and how urgently?

    >>> from peerhaven.safety.detector import assess
    >>> assess("i just want to disappear forever")
    Assessment(level='concern', signals=('passive_ideation',), language='en')

Pure Python, no Django, in three layers. First, rules and lexicons for English and Spanish
with negation, tense, subject and idiom handling (:mod:`.engine`, :mod:`.lexicon_en`,
:mod:`.lexicon_es`). Then, only for what the rules left at ``none``, the word model
(:mod:`.wordmodel`), a small linear classifier learnt from the labelled examples, which
flags a message only when it is very sure. Last, when the word model leant towards a crisis
but was not sure enough to flag, the word-piece layer (:mod:`.wordpieces`) gives a second
opinion: a score per word piece that carries what the adapted MiniLM encoder knows of its
meaning, so it reads words no example used; it says concern, when very sure of concern or,
on a long message, sure enough of urgent. The signals are short names, never the matched
text, so they are safe to log.

Levels: ``none``; ``concern`` (passive ideation, hopelessness about living, veiled goodbyes,
giving things away, being a burden, self-harm urges, slang such as "kms"); ``urgent``
(current intent, a plan, means, a place or time, self-harm happening now).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import engine

Level = Literal["none", "concern", "urgent"]
Language = Literal["en", "es"]

__all__ = ["Assessment", "assess", "assess_rules"]


@dataclass(frozen=True, slots=True)
class Assessment:
    level: Level
    signals: tuple[str, ...]
    language: Language


def _read(text: str, caller: str) -> engine.Reading:
    if not isinstance(text, str):
        raise TypeError(f"{caller}() takes a str")
    return engine.assess(text)


def assess(text: str) -> Assessment:
    """Assess one message. Never raises on any ``str``; a very long message is assessed on
    its first and last several thousand characters."""
    reading = _read(text, "assess")
    level, signals = reading.level, reading.signals
    if level == "none" and reading.normalized.strip():
        # Imported here so that `python -m ...wordmodel train` runs clean.
        from . import wordmodel, wordpieces

        part = wordmodel.part_read(reading)
        if part is not None:
            read, flag = part
            level, leant = wordmodel.weigh(read, flag)
            if level != "none":
                signals = ("word_model",)
            else:
                # The pieces read the message as written (the encoder's tokenizer folds
                # case and accents itself), or the rest the word model read.
                whole = read is reading.normalized
                level = wordpieces.second_opinion(text if whole else read, leant)
                if level != "none":
                    signals = ("word_pieces",)
    return Assessment(level, signals, reading.language)  # type: ignore[arg-type]


def assess_rules(text: str) -> Assessment:
    """The rules layer alone, without the word model and the word-piece layer (for
    measuring each layer)."""
    reading = _read(text, "assess_rules")
    return Assessment(reading.level, reading.signals, reading.language)  # type: ignore[arg-type]


def assess_configured(text: str) -> Assessment:
    """`assess`, followed by the semantic layer for what the rules missed when it is
    installed and PEERHAVEN_CRISIS_SEMANTIC is "auto" (the default)."""
    from django.conf import settings

    if getattr(settings, "PEERHAVEN_CRISIS_SEMANTIC", "auto") != "off":
        from peerhaven.safety.detector import semantic

        if semantic.available():
            return semantic.assess_layered(text)
    return assess(text)

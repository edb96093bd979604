"""The shape of a rule, and the macro expansion that keeps the lexicons readable.

A lexicon is a list of :class:`Rule`. A rule says: when this pattern matches a sentence of
the normalised text (see :mod:`.normalize`), and none of the context checks rules it out,
the message shows this *signal*. Patterns may use ``{MACRO}`` names from the lexicon's
macro table (``{WANT}``, ``{DIE}``…), expanded once at import.

Kinds:

``concern`` / ``urgent``
    the signal counts on its own, at that level;
``hint``
    counts only with another counting signal, or with a second, different hint
    ("thank you for everything" + "goodbye");
``escalator``
    a plan detail (means, place, time, a vague "I'm doing it tonight") that never counts on
    its own, but turns a message that already counts into an urgent one.

Checks (all on unless listed in ``skip``): ``neg`` negation just before the match,
``subject`` someone other than the writer is the subject, ``past`` a past-time marker
earlier in the sentence, ``tense`` a past verb right before it (unless the sentence says
"last night", "again"…), ``report`` reported speech ("she texted me…"), ``media``
discussion of a film, song, study…, ``idiom`` what follows makes it an idiom ("die of
embarrassment", "me muero de risa"), ``cond`` a condition about someone else ("if you
ever feel…"), ``hyper`` jokey hyperbole about something trivial ("this exam makes me
want to die lol"), ``context`` grief after a suicide loss or a reply that names a
crisis line (both only for subject-less matches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("concern", "urgent", "hint", "escalator")
CHECKS = frozenset({"neg", "subject", "past", "tense", "report", "media", "idiom", "cond",
                    "hyper", "context"})  # fmt: skip
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Rule:
    signal: str
    kind: str
    source: str
    skip: frozenset[str] = frozenset()
    examples: tuple[str, ...] = ()
    lang: str = "en"
    pattern: re.Pattern[str] = field(default=None, repr=False, compare=False)  # type: ignore[assignment]
    #: Words one of which every match contains (derived, see :mod:`.gates`).
    gate: tuple[str, ...] = ()
    #: Per top-level alternative, the word groups a match must all touch (see :mod:`.gates`).
    condition: tuple[tuple[frozenset[str], ...], ...] | None = None
    #: The words a match can begin with, when they can be listed (see :mod:`.gates`).
    first: frozenset[str] | None = None

    @property
    def checks(self) -> frozenset[str]:
        return CHECKS - self.skip


def words(text: str) -> frozenset[str]:
    """A word list written as text (one readable block in the lexicons)."""
    return frozenset(text.split())


def expand(source: str, macros: dict[str, str], depth: int = 0) -> str:
    if depth > 8:
        raise ValueError(f"macro recursion in {source!r}")
    if "{" not in source:
        return source
    out = _MACRO.sub(lambda m: macros[m.group(1)], source)
    return out if out == source else expand(out, macros, depth + 1)


def R(  # noqa: N802 - reads like a table row
    signal: str,
    kind: str,
    source: str,
    *,
    skip: str = "",
    ex: tuple[str, ...] | str = (),
) -> Rule:
    """One row of a lexicon: the signal, its kind, the pattern; ``skip`` names checks that
    do not apply (space-separated), ``ex`` are sentences it must catch."""
    if kind not in KINDS:
        raise ValueError(kind)
    skips = frozenset(skip.split())
    if not skips <= CHECKS:
        raise ValueError(f"unknown checks {skips - CHECKS}")
    examples = (ex,) if isinstance(ex, str) else ex
    return Rule(signal, kind, source, skips, examples)


def compile_rules(rules: list[Rule], macros: dict[str, str], lang: str) -> tuple[Rule, ...]:
    from .gates import first_words, gate_condition, gate_words

    out = []
    for rule in rules:
        source = r"(?<![a-zñ])(?:" + expand(rule.source, macros) + r")(?![a-zñ])"
        compiled = Rule(
            rule.signal,
            rule.kind,
            rule.source,
            rule.skip,
            rule.examples,
            lang,
            re.compile(source),
            gate_words(source),
            gate_condition(source),
            first_words(source),
        )
        out.append(compiled)
    return tuple(out)


def compile_context(source: str, macros: dict[str, str] | None = None) -> re.Pattern[str]:
    return re.compile(expand(source, macros or {}))

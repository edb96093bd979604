"""The rules layer: run the lexicons over a message and weigh what they find.

For each sentence, each rule whose gate words occur (every word group of one of its
alternatives, see :mod:`.gates`) is matched; a match counts unless its context rules it out
(see :mod:`.rules` for the checks). Then the message-level weighing:

* ``concern`` / ``urgent`` signals count at their level;
* ``hint`` signals count with any other counting signal, or with a second, different hint;
* ``escalator`` signals (means, place, time, a vague "I'll do it tonight") make a message
  that already counts urgent. A time ("tonight", "esta noche") escalates only the signals
  in ``TIME_ESCALATES``, and passive ideation only when in the same sentence;
* with nothing else counting, plan details of two different kinds are urgent on their
  own ("have the pills right here" + "gonna take them all"; a time counts as a kind only
  next to a means or a vague intent, so "at the bridge tonight" stays an outing);
* a goodbye and putting things in order, said in separate sentences, are urgent.

Message-level context also rules matches out: an injury by accident ("cut my hand on a
can") for self-harm signals, an ordinary purpose ("the rope is for climbing") for a means,
a place, a vague intent or self-harm now, a reply naming a crisis line for subject-less
matches (unless it refuses help: "please dont call 911"), a thought the writer fears and
disowns as OCD for the signals of a thought (``THOUGHT_SIGNALS``), and the writer saying at
once that "ending it" meant something else ("with Ryan, I mean") for an intent.

A message typed over several short chat lines is read twice: the lines run together as
one sentence, and each line ending its phrase; the second reading can raise the level only
on a signal that counts on its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from . import lexicon_en, lexicon_es
from .language import EN_WORDS, ES_WORDS, detect
from .normalize import normalize, sentences, soft_breaks
from .rules import Rule, compile_context, compile_rules, expand

LEVELS = ("none", "concern", "urgent")

#: Signals that jokey hyperbole about something trivial can explain away.
HYPERBOLE_SIGNALS = frozenset(
    {"passive_ideation", "slang_kms", "active_ideation", "intent", "hopelessness", "burden"}
)
#: Signals of a thought, which a thought the writer fears and disowns explains away (OCD).
THOUGHT_SIGNALS = frozenset(
    {"passive_ideation", "active_ideation", "intent", "self_harm_urge", "suicidal_thoughts"}
)
#: What a time turns urgent, when it is in the same or a neighbouring sentence. "tonight"
#: (``timeframe``) escalates more than "right now" / "tomorrow" (``timeframe_now``), which
#: often only says when a feeling is felt ("i hope i dont wake up tomorrow"). Hurt that is
#: still going on (``ongoing``: "in the last hour", "its still happening") makes recent
#: self-harm self-harm happening now.
TIME_ESCALATES: dict[str, frozenset[str]] = {
    "timeframe": frozenset({"slang_kms", "farewell", "active_ideation", "intent", "giving_away"}),
    "timeframe_now": frozenset({"slang_kms", "farewell"}),
    "ongoing": frozenset({"self_harm_recent"}),
}
#: ... and what "tonight" escalates only within the same sentence ("i want to die tonight").
TIME_ESCALATES_SAME_SENTENCE = frozenset({"passive_ideation", "suicidal_thoughts"})
#: Escalators that, two of them together, are urgent on their own.
PLAN_DETAILS = frozenset({"means", "place", "intent_vague"})
#: Internal signal names shown under a shorter public name.
PUBLIC_NAME = {"timeframe_now": "timeframe", "ongoing": "timeframe"}


#: A time chosen for when nobody will be there to see: "once everyone is asleep", "cuando
#: se duerman".
SECRET_TIME = re.compile(
    "|".join(
        expand(m[name], m)
        for m, name in ((lexicon_en.MACROS, "SECRET_WHEN"), (lexicon_es.MACROS, "CUANDO"))
    )
)

_ON_PURPOSE = re.compile(r"\b(?:on purpose|deliberately|a proposito|adrede|aposta)\b")


def _both(name: str) -> re.Pattern[str]:
    en = getattr(lexicon_en, name)
    es = getattr(lexicon_es, name)
    macros = {**lexicon_es.MACROS, **lexicon_en.MACROS}
    if name == "TRIVIAL":
        en = en.replace("{TRIVIAL}", lexicon_en.MACROS["TRIVIAL"])
        es = es.replace("{TRIVIAL}", lexicon_es.MACROS["TRIVIAL"])
    return compile_context(f"(?:{en})|(?:{es})", macros)


_LETTERS = re.compile(r"[a-zñ]+")

RULES: tuple[Rule, ...] = compile_rules(lexicon_en.RULES, lexicon_en.MACROS, "en") + compile_rules(
    lexicon_es.RULES, lexicon_es.MACROS, "es"
)
#: gate word -> indexes of the rules it lets run.
_GATES: dict[str, tuple[int, ...]] = {}
_ALWAYS: list[int] = []
for _i, _rule in enumerate(RULES):
    for _gate in _rule.gate:
        _GATES[_gate] = (*_GATES.get(_gate, ()), _i)
    if not _rule.gate:  # no gate could be derived: the rule always runs
        _ALWAYS.append(_i)
del _i, _rule
#: Gates made of letters only lie inside one run of letters of the text, so they are found
#: word by word (a cached lookup per word) instead of by a substring search per gate.
#: Each word group of the rules' conditions (see :func:`.gates.gate_condition`) is one bit;
#: a word of the text sets the bits of the groups it belongs to, and a rule's alternative
#: can match only when all its bits are set.
_GROUP_BIT: dict[frozenset[str], int] = {}
_ALT_MASKS: list[tuple[int, ...] | None] = []
for _rule in RULES:
    if _rule.condition is None or not all(
        _LETTERS.fullmatch(w) for alt in _rule.condition for group in alt for w in group
    ):
        _ALT_MASKS.append(None)
        continue
    _masks = []
    for _alt in _rule.condition:
        _mask = 0
        for _group in _alt:
            _mask |= 1 << _GROUP_BIT.setdefault(_group, len(_GROUP_BIT))
        _masks.append(_mask)
    _ALT_MASKS.append(tuple(_masks))
_GATE_MASK: dict[str, int] = {}
for _group, _bit in _GROUP_BIT.items():
    for _word in _group:
        _GATE_MASK[_word] = _GATE_MASK.get(_word, 0) | (1 << _bit)
#: Which rules a word can start: for each alternative of a rule, its group with the fewest
#: everyday words (a rule gated on "on|at|the" would be looked at in nearly every sentence).
_COMMON = EN_WORDS | ES_WORDS
_STARTS: dict[str, set[int]] = {}
for _i, _rule in enumerate(RULES):
    if _ALT_MASKS[_i] is None:
        for _word in _rule.gate:
            _STARTS.setdefault(_word, set()).add(_i)
        continue
    for _alt in _rule.condition:
        _group = min(_alt, key=lambda g: (sum(w in _COMMON or len(w) < 4 for w in g), len(g)))
        for _word in _group:
            _STARTS.setdefault(_word, set()).add(_i)
_LETTER_GATES = frozenset(g for g in {*_STARTS, *_GATE_MASK} if _LETTERS.fullmatch(g))
_OTHER_GATES = tuple(g for g in _GATES if not _LETTERS.fullmatch(g))
_LONGEST_GATE = max(map(len, _LETTER_GATES), default=0)
#: word -> (the rules its gate words let run, the condition bits it sets)
_WORD_INFO: dict[str, tuple[frozenset[int], int]] = {}
del _i, _rule, _masks, _alt, _mask, _group, _bit, _word


def _word_info(word: str) -> tuple[frozenset[int], int]:
    info = _WORD_INFO.get(word)
    if info is None:
        n = len(word)
        gates = {
            word[i:j]
            for i in range(n - 1)
            for j in range(i + 2, min(n, i + _LONGEST_GATE) + 1)
            if word[i:j] in _LETTER_GATES
        }
        rules = frozenset(i for g in gates for i in _STARTS.get(g, ()))
        mask = 0
        for g in gates:
            mask |= _GATE_MASK.get(g, 0)
        info = (rules, mask)
        if len(_WORD_INFO) > 50_000:  # bounded: a flood of odd words cannot grow it forever
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


def _rules_for(sentence: str, words: Iterable[str] | None = None) -> list[int]:
    """Indexes of the rules that can match ``sentence``, in lexicon order. ``words``: the
    distinct runs of letters of the sentence, when the caller has them already."""
    todo = set(_ALWAYS)
    bits = 0
    known = _WORD_INFO.get
    if words is None:
        words = {w for w in _LETTERS.findall(sentence) if len(w) > 1}
    for word in words:
        info = known(word) or _word_info(word)
        todo |= info[0]
        bits |= info[1]
    for gate in _OTHER_GATES:
        if gate in sentence:
            todo.update(_GATES[gate])
    out = []
    for i in sorted(todo):
        masks = _ALT_MASKS[i]
        if masks is None:
            out.append(i)
            continue
        for mask in masks:
            if bits & mask == mask:
                out.append(i)
                break
    return out


NEGATION = _both("NEGATION")
REPORTED = _both("REPORTED")
MEDIA = _both("MEDIA")
#: Idioms follow each language's own words ("a" is a preposition in Spanish only).
IDIOM_AFTER = {
    "en": compile_context(lexicon_en.IDIOM_AFTER),
    "es": compile_context(lexicon_es.IDIOM_AFTER),
}
#: The writer taking the sentence back after someone else's words (English only so far).
RESTART = {"en": compile_context(lexicon_en.RESTART)}
CONDITIONAL = _both("CONDITIONAL")
REFERRAL = _both("REFERRAL")
NO_REFERRAL = _both("NO_REFERRAL")
GRIEF = _both("GRIEF")
FAREWELL_OFF = _both("FAREWELL_OFF")
GIVING_OFF = _both("GIVING_OFF")
ACCIDENT = _both("ACCIDENT")
FEARED_THOUGHT = _both("FEARED_THOUGHT")
FEARED_DRIFT = _both("FEARED_DRIFT")
IF_ONE_MORE = _both("IF_ONE_MORE")
CLARIFIED = _both("CLARIFIED")
BENIGN = _both("BENIGN")
PAST = _both("PAST")
PAST_BARRIER = _both("PAST_BARRIER")
PLACE_USED_TO = _both("PLACE_USED_TO")
PAST_VERB = _both("PAST_VERB")
RECENT = _both("RECENT")
HUMOUR = _both("HUMOUR")
SERIOUS = _both("SERIOUS")
TRIVIAL = _both("TRIVIAL")
#: A time named in a sentence ("tonight", "esta noche"): see :meth:`_Message.hyperbole`.
NAMED_TIME = _both("NAMED_TIME")
HYPERBOLE = _both("HYPERBOLE")
PROTECTIVE = _both("PROTECTIVE")
FEAR_BEFORE = _both("FEAR_BEFORE")
FUTURE_AFTER = _both("FUTURE_AFTER")


def subject(pre: str) -> str:
    """Who the subject before a match is: ``"first"`` (the writer), ``"other"``, or
    ``"none"`` (no subject: forum style drops it, "honestly want to die")."""
    tokens = pre.split()[-7:]
    for idx in range(len(tokens) - 1, -1, -1):
        raw = tokens[idx]
        token = raw.strip(",:'\"*")
        if raw.endswith(",") and idx != len(tokens) - 1:
            return "none"
        if token in lexicon_en.FIRST_PERSON:
            return "first"
        if token in lexicon_en.OTHER_PERSON:
            return "other"
        if token == "to":
            before = tokens[idx - 1].strip(",") if idx else ""
            if before in lexicon_en.GENERIC_BEFORE_TO:
                return "other"
            continue
        if token in lexicon_en.FILLER or not token:
            continue
        return "none"
    return "none"


def _after_restart(rule: Rule, pre: str) -> str:
    """What follows the writer's last taking the sentence back for themselves
    (:data:`.lexicon_en.RESTART`), or all of ``pre``."""
    restart = RESTART.get(rule.lang)
    if restart is None:
        return pre
    start = 0
    for m in restart.finditer(pre):
        start = m.start()
    return pre[start:]


def _in_past(pre: str) -> bool:
    start = 0
    for m in PAST_BARRIER.finditer(pre):
        start = m.end()
    return PAST.search(pre, start) is not None


def _past_after(post: str) -> bool:
    """A past marker right after the match ("…my suicidal thoughts from last year"), but not
    the habit that names a place ("…by the woods where we used to walk the dog")."""
    for stop in (PAST_BARRIER.search(post), PLACE_USED_TO.search(post)):
        if stop:
            post = post[: stop.start()]
    return PAST.search(post) is not None


@dataclass
class _Message:
    text: str
    _humour: bool | None = None
    _trivial: bool | None = None

    @functools.cached_property
    def accident(self) -> bool:
        # "burnt my hand on the hotplate" is an accident; "... on purpose" is not.
        return ACCIDENT.search(self.text) is not None and not _ON_PURPOSE.search(self.text)

    @functools.cached_property
    def feared(self) -> bool:
        return FEARED_THOUGHT.search(self.text) is not None and not FEARED_DRIFT.search(self.text)

    @functools.cached_property
    def clarified(self) -> bool:
        return CLARIFIED.search(self.text) is not None

    @functools.cached_property
    def referral(self) -> bool:
        return REFERRAL.search(self.text) is not None and NO_REFERRAL.search(self.text) is None

    @functools.cached_property
    def farewell_off(self) -> bool:
        return FAREWELL_OFF.search(self.text) is not None

    def hyperbole(self, sentence: str, rule: Rule) -> bool:
        # "lol... for real though", "jaja en serio": the writer takes the laugh back.
        if SERIOUS.search(sentence):
            return False
        # "me quiero morir jaja": in Spanish the laugh alone marks the hyperbole.
        if rule.lang == "es" and rule.signal == "passive_ideation" and HUMOUR.search(sentence):
            return True
        # "si la mediadora dice eso una vez mas me tiro por la ventana jaja": a trigger that
        # makes it happen, and a laugh.
        if HUMOUR.search(sentence) and HYPERBOLE.search(sentence) and not SERIOUS.search(self.text):
            return True
        # "if one more family asks us to do everything im walking into the ocean": an
        # annoyance that sets it off, with no time named.
        if (
            IF_ONE_MORE.search(sentence)
            and not NAMED_TIME.search(sentence)
            and not SERIOUS.search(self.text)
        ):
            return True
        if self._humour is None:
            # A laugh in one sentence and a trivial topic in another make the whole message
            # light, unless the writer says somewhere that they mean it ("lol... like
            # actually", "no es un drama").
            self._humour = (
                HUMOUR.search(self.text) is not None and SERIOUS.search(self.text) is None
            )
            self._trivial = TRIVIAL.search(self.text) is not None
        if self._humour and self._trivial:
            # ... but not a sentence of its own that names when and is neither funny nor about
            # the trivial thing ("my boss fired me lol. im going to kill myself tonight").
            plain_with_a_time = (
                NAMED_TIME.search(sentence)
                and not HUMOUR.search(sentence)
                and not TRIVIAL.search(sentence)
            )
            if not plain_with_a_time:
                return True
        return HYPERBOLE.search(sentence) is not None and TRIVIAL.search(sentence) is not None


def _rejection(rule: Rule, sentence: str, m: re.Match[str], msg: _Message) -> str | None:
    """Why a match does not count (the name of the check), or None when it counts."""
    checks = rule.checks
    pre = sentence[: m.start()]
    if "idiom" in checks and IDIOM_AFTER[rule.lang].match(sentence, m.end()):
        return "idiom"
    if "neg" in checks and NEGATION.search(pre[-70:]):
        return "neg"
    who = "none"
    if rule.lang == "en" and "subject" in checks:
        # A match that names the writer itself ("im sorry") has its own subject.
        head = m.group(0).split(" ", 1)[0]
        who = "first" if head in lexicon_en.FIRST_PERSON else subject(pre)
        if who == "other":
            return "subject"
    if "report" in checks and REPORTED.search(_after_restart(rule, pre)):
        return "report"
    if "cond" in checks and CONDITIONAL.search(pre):
        return "cond"
    if (
        "past" in checks
        and (
            _in_past(pre)
            # A match that names its own recent time ("…last night") stays recent.
            or (_past_after(sentence[m.end() :]) and not RECENT.search(m.group(0)))
        )
    ):
        return "past"
    if FEAR_BEFORE.search(pre) and FUTURE_AFTER.match(sentence, m.end()):
        return "future"
    if rule.kind == "concern" and PROTECTIVE.match(sentence, m.end()):
        return "protective"
    if "tense" in checks and PAST_VERB.search(pre) and not RECENT.search(sentence):
        return "tense"
    if "media" in checks and MEDIA.search(sentence):
        return "media"
    if "hyper" in checks and rule.signal in HYPERBOLE_SIGNALS and msg.hyperbole(sentence, rule):
        return "hyper"
    if "context" in checks and who != "first" and (msg.referral or GRIEF.search(sentence)):
        return "context"
    if rule.signal in THOUGHT_SIGNALS and msg.feared:
        return "feared"
    if rule.signal in ("intent", "intent_vague") and msg.clarified:
        return "clarified"
    if rule.signal == "farewell" and msg.farewell_off:
        return "farewell_off"
    if rule.signal == "giving_away" and GIVING_OFF.search(sentence):
        return "giving_off"
    if rule.signal in ("self_harm_now", "self_harm_recent") and msg.accident:
        return "accident"
    if rule.signal in ("means", "place", "intent_vague", "self_harm_now") and BENIGN.search(
        sentence
    ):
        return "benign"
    return None


def explain(text: str) -> list[tuple[str, str, str, str]]:
    """For developers tuning the lexicons: every raw match as (signal, kind, matched text,
    verdict). Never log this: it contains the message's words."""
    norm = normalize(text)
    msg = _Message(norm)
    out = []
    for sentence in sentences(norm):
        for rule in RULES:
            for m in rule.pattern.finditer(sentence):
                why = _rejection(rule, sentence, m, msg)
                gated = any(g in sentence for g in rule.gate)
                verdict = ("counts" if why is None else f"ruled out: {why}") + (
                    "" if gated else " (GATE MISSING)"
                )
                out.append((rule.signal, rule.kind, m.group(0), verdict))
    return out


def find(
    text: str, joiner: str = " "
) -> tuple[str, list[tuple[Rule, int, str]], list[tuple[str, set[str]]]]:
    """The normalised text; the (rule, sentence index, matched text) found in it that
    survive their context checks, before weighing; and each sentence with the names of the
    checks that ruled out, in it, a match of a rule that would have counted on its own
    (``{"neg"}`` for "i dont want to die"). ``joiner`` is what a break between two short
    chat lines becomes (see :func:`.normalize.sentences`)."""
    norm = normalize(text)
    msg = _Message(norm)
    found: list[tuple[Rule, int, str]] = []
    parts: list[tuple[str, set[str]]] = []
    for index, sentence in enumerate(sentences(norm, joiner)):
        ruled_out: set[str] = set()
        parts.append((sentence, ruled_out))
        starts: dict[str, list[int]] = {}
        for word in _LETTERS.finditer(sentence):
            starts.setdefault(word.group(0), []).append(word.start())
        words = frozenset(starts)
        for i in _rules_for(sentence, [w for w in words if len(w) > 1]):
            rule = RULES[i]
            if rule.first is None:
                matches: Iterable[re.Match[str]] = rule.pattern.finditer(sentence)
            else:
                begin = rule.first & words
                if not begin:
                    continue
                matches = _matches_at(rule.pattern, sentence, begin, starts)
            for m in matches:
                why = _rejection(rule, sentence, m, msg)
                if why is None:
                    found.append((rule, index, m.group(0)))
                    if rule.kind in ("concern", "urgent"):
                        break
                elif rule.kind in ("concern", "urgent"):
                    ruled_out.add(why)
    return norm, found, parts


def _matches_at(
    pattern: re.Pattern[str], sentence: str, words: frozenset[str], starts: dict[str, list[int]]
) -> list[re.Match[str]]:
    """What ``pattern.finditer(sentence)`` finds, for a pattern whose matches begin with one
    of ``words``: tried only where those words start, not at every position."""
    if len(words) == 1:
        positions = starts[next(iter(words))]
        if len(positions) == 1:
            m = pattern.match(sentence, positions[0])
            return [m] if m else []
    else:
        positions = sorted(p for word in words for p in starts[word])
    out = []
    end = 0
    for position in positions:
        if position >= end:
            m = pattern.match(sentence, position)
            if m:
                end = m.end()
                out.append(m)
    return out


def _apart(phrases: set[str]) -> set[str]:
    """The phrases that are not part of a longer one found with them."""
    return {p for p in phrases if not any(p != o and p in o for o in phrases)}


def _distinct_details(phrases: dict[str, set[str]]) -> set[str]:
    """The kinds of plan detail present, not counting a time that is only part of a longer
    detail ("im going to do it tonight" is one detail, not two)."""
    kinds = set(phrases)
    times = phrases.get("timeframe", set())
    others = {p for kind, found in phrases.items() if kind != "timeframe" for p in found}
    if times and all(any(t in other for other in others) for t in times):
        kinds.discard("timeframe")
    # A place and a time alone are an outing ("at the bridge tonight for the fireworks").
    if "timeframe" in kinds and not kinds & {"means", "intent_vague"}:
        kinds.discard("timeframe")
    if len(_apart(phrases.get("intent_vague", set()))) >= 2:
        # "ive picked the date", "i have everything i need"
        kinds.add("intent_vague_again")
    return kinds


def weigh(found: Iterable[tuple[Rule, int, str]]) -> tuple[str, tuple[str, ...]]:
    """The level and the signal names that count, from what :func:`find` found."""
    strong: dict[str, tuple[str, set[int]]] = {}
    hints: dict[str, set[int]] = {}
    hint_phrases: set[str] = set()
    escalators: dict[str, set[int]] = {}
    detail_phrases: dict[str, set[str]] = {}
    for rule, index, matched in found:
        if rule.kind in ("concern", "urgent"):
            level, where = strong.get(rule.signal, ("concern", set()))
            if rule.kind == "urgent":
                level = "urgent"
            where.add(index)
            strong[rule.signal] = (level, where)
        elif rule.kind == "hint":
            hints.setdefault(rule.signal, set()).add(index)
            hint_phrases.add(matched)
        else:
            escalators.setdefault(rule.signal, set()).add(index)
            if rule.signal in PLAN_DETAILS or rule.signal == "timeframe":
                detail_phrases.setdefault(rule.signal, set()).add(matched)
    counted = dict(strong)
    # Hints count with another signal, a second hint, or a plan detail ("goodbye everyone"
    # + "going to jump tonight"). Two rules matching the same words ("i love you all" and
    # "love you all") are one hint, not two.
    if hints and (strong or len(_apart(hint_phrases)) >= 2 or PLAN_DETAILS & escalators.keys()):
        for signal, where in hints.items():
            if signal not in counted:
                counted[signal] = ("concern", where)
    elif hints and any(SECRET_TIME.search(p) for p in detail_phrases.get("timeframe", ())):
        # A hint at a time chosen for when nobody will be there to see ("tonight once my
        # husbands asleep im done", "after everyone leaves im taking the lift to the roof")
        # is a plan.
        return "urgent", tuple(sorted({*hints, "timeframe"}))
    if not counted:
        # Plan details of two different kinds ("on the roof" and "going to jump", "have the
        # pills" and "going to take them all") are urgent even with no words of ideation.
        details = _distinct_details(detail_phrases)
        if len(details) >= 2 and details & PLAN_DETAILS:
            public = {PUBLIC_NAME.get(d, d) for d in details} - {"intent_vague_again"}
            return "urgent", tuple(sorted(public))
        return "none", ()
    names = set(counted)
    urgent = any(level == "urgent" for level, _ in counted.values())
    for signal, where in escalators.items():
        if signal in TIME_ESCALATES:
            near = {
                i + d
                for s in TIME_ESCALATES[signal] & counted.keys()
                for i in counted[s][1]
                for d in (-1, 0, 1)
            }
            if signal == "timeframe":
                near |= {
                    i for s in TIME_ESCALATES_SAME_SENTENCE & counted.keys() for i in counted[s][1]
                }
            if not where & near:
                continue
        names.add(signal)
        urgent = True
    # A goodbye together with putting things in order, said apart ("final post." and "my
    # passwords are in the notebook."), is a farewell being carried out; in one breath
    # ("have my guitar when im gone") it is a wish about later.
    if {"farewell", "giving_away"} <= counted.keys() and (
        counted["farewell"][1] ^ counted["giving_away"][1]
    ):
        urgent = True
    # A goodbye from a bridge, a roof or the tracks ("parked on the overpass. goodbye x") is
    # said at the place itself.
    if {"farewell", "place"} <= counted.keys() and "place" in hints:
        urgent = True
    public = sorted({PUBLIC_NAME.get(n, n) for n in names})
    return ("urgent" if urgent else "concern"), tuple(public)


class Reading(NamedTuple):
    """What the rules layer made of one message."""

    level: str
    signals: tuple[str, ...]
    language: str
    normalized: str
    #: The message's sentences, each with the checks that ruled out, in it, a match which
    #: would have counted (see :func:`find`).
    parts: tuple[tuple[str, frozenset[str]], ...]

    @property
    def ruled_out(self) -> frozenset[str]:
        """The checks that ruled out a match which would have counted, in any sentence."""
        return frozenset().union(*(checks for _, checks in self.parts))


def assess(text: str) -> Reading:
    """The rules layer's reading of one message."""
    norm, found, parts = find(text)
    level, signals = weigh(found)
    if "\n" in norm and soft_breaks(norm):
        # Short chat lines read once as one running sentence ("wish i could just" / "not
        # wake up") and once with each line ending a phrase ("tonight im doing it" /
        # "sorry"). The second reading may raise the level only on a signal that counts on
        # its own, not on hints and plan details that a line break happened to isolate.
        found_lines = find(text, ", ")[1]
        if any(rule.kind in ("concern", "urgent") for rule, _, _ in found_lines):
            other = weigh(found_lines)
            if LEVELS.index(other[0]) > LEVELS.index(level):
                level, signals = other
    read = tuple((sentence, frozenset(checks)) for sentence, checks in parts)
    return Reading(level, signals, detect(norm), norm, read)

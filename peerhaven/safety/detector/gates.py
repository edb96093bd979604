"""Gate words, derived from each rule's pattern: words one of which every match contains.

A rule only runs on a sentence that contains one of its gate words, so most sentences are
skipped after a few substring checks. The words are computed from the parsed regular
expression, so they cannot fall out of step with the pattern (a hand-kept list would).

:func:`gate_condition` goes further: for each top-level alternative of a pattern, every
group of words that a match of that alternative must contain ("i|im" *and* "on|at" *and*
"bridge|roof"). A rule whose alternatives all miss one of their groups cannot match.

:func:`first_words` says which words a match can begin with, so a rule is tried only where
one of them starts a word of the sentence, instead of at every position.
"""

from __future__ import annotations

import functools
import itertools
import re
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812

_MAX_SET = 256
_WORD = re.compile(r"[a-zñ]{2,}")


#: ``_exact`` of the nodes of the pattern last parsed, by identity (each entry keeps its
#: node alive, so an identity cannot be reused while it is here).
_EXACT: dict[int, tuple[object, frozenset[str] | None]] = {}


@functools.lru_cache(maxsize=1)
def _parsed(pattern: str) -> P.SubPattern:
    """The parsed pattern; the three questions below are asked of the same one in turn."""
    _EXACT.clear()
    return P.parse(pattern)


def _exact(node) -> frozenset[str] | None:
    """Every string this node can match, when there are few; None otherwise."""
    known = _EXACT.get(id(node))
    if known is not None and known[0] is node:
        return known[1]
    found = _exact_uncached(node)
    exact = None if found is None else frozenset(found)
    _EXACT[id(node)] = (node, exact)
    return exact


def _exact_uncached(node) -> set[str] | None:
    if isinstance(node, (list, P.SubPattern)):
        out = {""}
        for item in node:
            part = _exact(item)
            if part is None:
                return None
            out = {a + b for a, b in itertools.product(out, part)}
            if len(out) > _MAX_SET:
                return None
        return out
    op, av = node
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.SUBPATTERN:
        return _exact(av[-1])
    if op is C.BRANCH:
        out = set()
        for branch in av[1]:
            part = _exact(branch)
            if part is None:
                return None
            out |= part
        return out if len(out) <= _MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, inner = av
        part = _exact(inner)
        if part is None or high > 2:
            return None
        out = {""} if low == 0 else set()
        for n in range(max(low, 1), high + 1):
            out |= {"".join(p) for p in itertools.product(part, repeat=n)}
        return out if len(out) <= _MAX_SET else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}
    return None


def _score(strings: set[str]) -> tuple[int, int]:
    return (min(len(s) for s in strings), -len(strings))


def _sequence_groups(items, groups_of) -> list[set[str]]:
    """The groups of strings a match of a sequence must contain one of each: runs of literal
    items joined into strings, and what `groups_of` says of every other item."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for item in items:
        part = _exact(item)
        if part is not None and len(run) * len(part) <= _MAX_SET:
            run = {a + b for a, b in itertools.product(run, part)}
            continue
        if "" not in run:
            candidates.append(run)
        run = {""}
        candidates.extend(groups_of(item))
        if part is not None:
            run = part
    if "" not in run:
        candidates.append(run)
    return [c for c in candidates if min(map(len, c)) >= 2]


def _required_groups(item) -> list[set[str]]:
    req = _required(item)
    return [req] if req is not None else []


def _required(node) -> set[str] | None:
    """Strings one of which every match of this node contains; None if unknown."""
    exact = _exact(node)
    if exact is not None:
        return None if "" in exact or min(map(len, exact)) < 2 else exact
    if isinstance(node, (list, P.SubPattern)):
        candidates = _sequence_groups(node, _required_groups)
        return max(candidates, key=_score) if candidates else None
    op, av = node
    if op is C.SUBPATTERN:
        return _required(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _required(branch)
            if part is None:
                return None
            out |= part
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None


def gate_words(pattern: str) -> tuple[str, ...]:
    """Short substrings, one of which occurs in every match of ``pattern``; empty when no
    such set could be derived (the rule then always runs)."""
    required = _required(_parsed(pattern))
    if not required:
        return ()
    words = set()
    for s in required:
        chunks = _WORD.findall(s)
        words.add(max(chunks, key=len) if chunks else s)
    # A word containing another gate word adds nothing ("wanting" when "want" is there).
    minimal = {w for w in words if not any(o != w and o in w for o in words)}
    return tuple(sorted(minimal))


def _all_required(node) -> list[set[str]]:
    """Every group of strings that a match of this node must contain one of."""
    if isinstance(node, (list, P.SubPattern)):
        items = list(node)
        if len(items) == 1 and not isinstance(items[0], (list, P.SubPattern)):
            op, av = items[0]
            if op is C.SUBPATTERN:
                return _all_required(av[-1])
        return _sequence_groups(items, _all_required_groups)
    req = _required(node)
    return [req] if req else []


def _all_required_groups(item) -> list[set[str]]:
    op, av = item
    if op is C.SUBPATTERN and not (len(av[-1]) == 1 and av[-1][0][0] is C.BRANCH):
        return _all_required(av[-1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _all_required(av[2])
    return _required_groups(item)


def _words_of(strings: set[str]) -> frozenset[str] | None:
    """The gate words for one group: each string's longest run of letters; None when a
    string has no such run (the group cannot be checked word by word)."""
    words = set()
    for s in strings:
        chunks = _WORD.findall(s)
        if not chunks:
            return None
        words.add(max(chunks, key=len))
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def gate_condition(pattern: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each top-level alternative of ``pattern``, the groups of words one of each of
    which every match of that alternative contains; None when some alternative has no
    such group (the pattern can then match anywhere)."""
    body = list(_parsed(pattern))
    while True:  # down through the word-boundary assertions and groups around the body
        items = [item for item in body if item[0] not in (C.AT, C.ASSERT, C.ASSERT_NOT)]
        if len(items) == 1 and items[0][0] is C.SUBPATTERN:
            body = list(items[0][1][-1])
            continue
        break
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is C.BRANCH else [body]
    out = []
    for branch in branches:
        groups = []
        for strings in _all_required(branch):
            words = _words_of(strings)
            if words:
                groups.append(words)
        if not groups:
            return None
        out.append(tuple(groups))
    return tuple(out)


_LEADING_LETTERS = re.compile(r"[a-zñ]*")
_MAX_PREFIXES = 4096


def _starts(items: list, prefixes: set[str]) -> set[str] | None:
    """The first words of the matches of the sequence ``items``, each match beginning with
    one of ``prefixes`` (letters already matched); None when they cannot be listed."""
    done: set[str] = set()
    for index, item in enumerate(items):
        op, av = item
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        exact = _exact(item)
        if exact is not None and len(prefixes) * len(exact) <= _MAX_PREFIXES:
            longer = set()
            for text in (p + e for p in prefixes for e in exact):
                letters = _LEADING_LETTERS.match(text).end()
                if letters == len(text):
                    longer.add(text)
                elif letters == 0:  # a match that begins with a digit or a space
                    return None
                else:
                    done.add(text[:letters])
            prefixes = longer
            if not prefixes:
                return done
            continue
        rest = list(items[index + 1 :])
        if "" not in prefixes and not _may_open_with_letter([item, *rest]):
            return done | prefixes  # every word begun so far ends here
        branches = [av[-1]] if op is C.SUBPATTERN else av[1] if op is C.BRANCH else None
        if branches is None:
            return None
        for branch in branches:
            inner = _starts(list(branch) + rest, prefixes)
            if inner is None:
                return None
            done |= inner
        return done
    return None if "" in prefixes else done | prefixes


def _nullable(items) -> bool:
    """Whether the sequence ``items`` can match the empty string."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN and _nullable(av[-1]):
            continue
        if op is C.BRANCH and any(_nullable(b) for b in av[1]):
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and (av[0] == 0 or _nullable(av[2])):
            continue
        return False
    return True


def _may_open_with_letter(items) -> bool:
    """Whether a match of the sequence ``items`` may begin with a letter (True when not
    known)."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            return _LEADING_LETTERS.match(chr(av)).end() == 1
        if op is C.IN:
            if not all(o in (C.LITERAL, C.RANGE) for o, _ in av):
                return True
            chars = [chr(a) for o, a in av if o is C.LITERAL]
            chars += [chr(c) for o, a in av if o is C.RANGE for c in range(a[0], a[1] + 1)]
            return any(_LEADING_LETTERS.match(c).end() for c in chars)
        if op is C.SUBPATTERN:
            inner = [list(av[-1])]
        elif op is C.BRANCH:
            inner = [list(b) for b in av[1]]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = [list(av[2])]
        else:
            return True
        if any(_may_open_with_letter(sequence) for sequence in inner):
            return True
        if not _nullable([(op, av)]):
            return False
    return False


def first_words(pattern: str) -> frozenset[str] | None:
    """Every word a match of ``pattern`` can begin with (its letters up to the first
    character that is not one); None when they cannot be listed (the pattern begins with
    ``\\w+``, a digit, a long repetition...). Only for patterns whose matches end where a
    word ends, as every compiled rule does (``(?![a-zñ])``): a match that ends in the
    middle of a word could begin with part of it."""
    if not pattern.endswith("(?![a-zñ])"):
        return None
    words = _starts(list(_parsed(pattern)), {""})
    return None if words is None else frozenset(words)

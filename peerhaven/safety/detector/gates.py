"""Gate words, derived from each rule's pattern: words one of which every match contains.

A rule only runs on a sentence that contains one of its gate words, so most sentences are
skipped after a few substring checks. The words are computed from the parsed regular
expression, so they cannot fall out of step with the pattern (a hand-kept list would).
"""

from __future__ import annotations

import itertools
import re
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812

_MAX_SET = 256
_WORD = re.compile(r"[a-zñ]{2,}")


def _exact(node) -> set[str] | None:
    """Every string this node can match, when there are few; None otherwise."""
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


def _required(node) -> set[str] | None:
    """Strings one of which every match of this node contains; None if unknown."""
    exact = _exact(node)
    if exact is not None:
        return None if "" in exact or min(map(len, exact)) < 2 else exact
    if isinstance(node, (list, P.SubPattern)):
        candidates = []
        run: set[str] = {""}
        for item in node:
            part = _exact(item)
            if part is not None and len(run) * len(part) <= _MAX_SET:
                run = {a + b for a, b in itertools.product(run, part)}
                continue
            if "" not in run:
                candidates.append(run)
            run = {""}
            req = _required(item)
            if req is not None:
                candidates.append(req)
            if part is not None:
                run = part
        if "" not in run:
            candidates.append(run)
        candidates = [c for c in candidates if min(map(len, c)) >= 2]
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
    required = _required(P.parse(pattern))
    if not required:
        return ()
    words = set()
    for s in required:
        chunks = _WORD.findall(s)
        words.add(max(chunks, key=len) if chunks else s)
    # A word containing another gate word adds nothing ("wanting" when "want" is there).
    minimal = {w for w in words if not any(o != w and o in w for o in words)}
    return tuple(sorted(minimal))

"""Literal text a regular expression cannot match without, to skip a search cheaply.

The extractors run lexicon patterns over every sentence ("\\bcondemn\\b", "(?<!security
)\\bconcern(?:ed)?\\b"); most sentences hold none of their words. A pattern that opens
with a word boundary or a look-behind has no literal prefix for ``re`` to scan for, so
the engine tries it at every position. :func:`needles` reads the parsed pattern and
returns strings of which every match contains at least one: when the text contains none
of them, the search can find nothing and is skipped. The answer is conservative: any
construct it does not know (a case-insensitive flag, a back-reference, an optional
part) gives no needle from that part, and a pattern with none at all is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# CPython's own pattern parser is private (``re._parser`` since 3.11). Should a later
# Python move or change it, every pattern is searched: slower, never a different answer.
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - depends on the interpreter
    sre = sre_parse = None


def needles(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Non-empty strings of which every match of ``pattern`` contains one, or None when
    no such strings are known (the pattern must then be searched)."""
    source, flags = (
        (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    )
    if not isinstance(source, str) or sre_parse is None:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _sequence(list(parsed))
    except (re.error, RecursionError, AttributeError, TypeError):
        return None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two alternatives: the one whose shortest needle is longer."""
    if a is None:
        return b
    if b is None:
        return a
    return b if min(map(len, b)) > min(map(len, a)) else a


def _sequence(items: list) -> frozenset[str] | None:
    """Needles of a sequence: those of any one of its required parts (the best)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None
        return _sequence(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            sub = _sequence(list(branch))
            if sub is None:
                return None  # a branch without needles may match anything
            found |= sub
        return frozenset(found)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)  # "(?:y|ied)" is parsed as one class
    return None


class Gate:
    """The needles of many patterns, looked for in a text once: ``present(text)`` is the
    set of them the text contains, and a pattern whose needles are disjoint from it
    cannot match the text."""

    def __init__(self, needle_sets: Iterable[frozenset[str] | None]) -> None:
        self.words = tuple(sorted(frozenset().union(*(n for n in needle_sets if n))))

    def present(self, text: str) -> frozenset[str]:
        return frozenset([w for w in self.words if w in text])

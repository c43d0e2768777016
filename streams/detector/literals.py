"""Required literals of a regular expression: a cheap test that a text cannot match it.

``required_literals(p)`` returns strings such that every match of ``p`` contains at least
one of them (or None when no such set is found). A text containing none of them has no
match, so ``any(x in text for x in lits)`` (a few C substring searches) can skip a
``finditer`` that costs ~40 ns per character. The set is read off the parsed pattern, so
it follows any edit of the pattern:

- a run of items that match a few literal strings (``visit(?:s|ed)?``) requires one of
  the strings they spell (zero-width assertions inside the run are skipped);
- an alternation requires the union of its branches' sets (each branch must have one);
- a repetition of at least one requires its body's set; a group its content's;
- a concatenation requires the set of any one of its parts: the one with the longest
  shortest string is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None if none are known."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _sequence(list(p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unfamiliar parse tree: no prefilter, never a wrong one
        return None
    if found is None:
        return None
    # a string containing another required one adds nothing
    return frozenset(x for x in found if not any(y != x and y in x for y in found))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


_MAX_STRINGS = 64


def _sequence(items: list[tuple]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    runs: set[str] = {""}  # the strings the items since the last break can match
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # matches no character: the strings around it stay adjacent
        exact = _exact(op, av)
        if exact is not None and len(runs) * len(exact) <= _MAX_STRINGS:
            runs = {r + x for r in runs for x in exact}
            continue
        if "" not in runs:
            best = _better(best, frozenset(runs))
        runs = {""}
        best = _better(best, _item(op, av))
    if "" not in runs:
        best = _better(best, frozenset(runs))
    return best


def _exact(op: object, av: Any) -> set[str] | None:
    """All the strings an item can match, when they are a few literals."""
    if op is c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is c.IN and all(o is c.LITERAL for o, _ in av):  # type: ignore[attr-defined]
        return {chr(x) for _, x in av}  # type: ignore[attr-defined]
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        if (add_flags | del_flags) & re.IGNORECASE:
            return None
        return _exact_sequence(list(sub))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_STRINGS else None
    if op in _REPEATS:
        lo, hi, sub = av  # type: ignore[misc]
        strings = _exact_sequence(list(sub))
        if strings is None or (lo, hi) not in ((0, 1), (1, 1)):
            return None
        return strings | {""} if lo == 0 else strings
    return None


def _exact_sequence(items: list[tuple]) -> set[str] | None:
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _exact(op, av)
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {r + x for r in out for x in strings}
    return out


def _item(op: object, av: Any) -> frozenset[str] | None:
    """Required strings of one item that is not a few literals."""
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        if (add_flags | del_flags) & re.IGNORECASE:
            return None
        return _sequence(list(sub))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))  # type: ignore[arg-type]
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            lits = _sequence(list(branch))
            if lits is None:
                return None
            out |= lits
        return frozenset(out)
    if op in _REPEATS:
        lo, _hi, sub = av  # type: ignore[misc]
        return _sequence(list(sub)) if lo >= 1 else None
    return None


# the non-ASCII characters that re.IGNORECASE matches to ASCII letters (İ, ı, ſ, Kelvin
# sign): only they can make a case-insensitive match that ``text.lower()`` does not hold
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


class Prefiltered:
    """A compiled regex whose ``search``, ``finditer`` and ``sub`` skip texts it cannot match.

    Every match contains one of the pattern's required literals (:func:`required_literals`),
    so a text containing none has no match. Case-insensitive patterns are gated on
    ``text.lower()`` containing a lower-cased literal, unless the text holds one of
    :data:`FOLDS_TO_ASCII` (``re.IGNORECASE`` matches "ſ" to "s", which ``lower`` keeps):
    such a text, and any pattern without required literals, goes straight to the regex.
    Results are those of the regex itself.
    """

    __slots__ = ("pattern", "_lits", "_ci", "_group", "_bit")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._ci = bool(pattern.flags & re.IGNORECASE)
        # a PrefilterGroup (streams.detector.literal_scan) this pattern's gate belongs to
        self._group: Any = None
        self._bit = 0
        lits: frozenset[str] | None = None
        if isinstance(pattern.pattern, str):
            try:
                plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            except re.error:
                plain = None
            lits = required_literals(plain) if plain is not None else None
        if lits is not None and self._ci:
            # an ASCII text holds a case variant of an ASCII literal; never one of a literal
            # with a non-ASCII cased character (the Kelvin sign matches "k")
            uncased = all(ch.isascii() or ch.lower() == ch == ch.upper() for x in lits for ch in x)
            lits = frozenset(x.lower() for x in lits) if uncased else None
        self._lits = tuple(sorted(lits)) if lits else None

    @property
    def has_literals(self) -> bool:
        """Does the prefilter ever skip a text?"""
        return self._lits is not None

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match ``text``."""
        lits = self._lits
        if lits is None:
            return True
        if self._group is not None:
            return bool(self._group.bits(text) & self._bit)
        if self._ci:
            if not text.isascii():
                for ch in FOLDS_TO_ASCII:  # noqa: SIM110
                    if ch in text:
                        return True
            text = text.lower()
        for x in lits:  # noqa: SIM110 (a loop is faster than any() of a generator)
            if x in text:
                return True
        return False

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if span or self.possible(text):
            return self.pattern.search(text, *span)
        return None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if span or self.possible(text):
            return self.pattern.finditer(text, *span)
        return iter(())

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        """``pattern.sub``; a text the pattern cannot match comes back unchanged."""
        if self.possible(string):
            return self.pattern.sub(repl, string, count)  # type: ignore[arg-type]
        return string

    def __getattr__(self, name: str) -> object:  # match, fullmatch, ...: the regex's own
        return getattr(self.pattern, name)


_MAX_LEADING = 4096


def leading_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Non-empty strings one of which every match of ``pattern`` starts with (at its start);
    None if no such set is found (a match may be empty or start with a character class
    such as ``\\w``, or the pattern is case-insensitive)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _leading(list(p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unfamiliar parse tree: no set, never a wrong one
        return None
    if not found or "" in found:
        return None
    return frozenset(found)


def _leading(items: list[tuple]) -> set[str] | None:
    """The strings every match of the sequence ``items`` starts with ("" if it may be empty)."""
    for k, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the match starts with what follows
        rest = items[k + 1 :]
        if op is c.LITERAL or op is c.IN and all(o is c.LITERAL for o, _ in av):
            chars = [chr(av)] if op is c.LITERAL else [chr(x) for _, x in av]
            tails = _leading(rest)
            if tails is None or len(chars) * len(tails) > _MAX_LEADING:
                return set(chars)  # every match starts with one of these characters
            return {ch + t for ch in chars for t in tails}
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return None
            return _leading(list(sub) + rest)
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                found = _leading(list(branch) + rest)
                if found is None:
                    return None
                out |= found
            return out if len(out) <= _MAX_LEADING else None
        if op in _REPEATS and av[:2] == (0, 1):  # optional: with or without it
            with_it = _leading(list(av[2]) + rest)
            without = _leading(rest)
            if with_it is None or without is None:
                return None
            out = with_it | without
            return out if len(out) <= _MAX_LEADING else None
        return None
    return {""}

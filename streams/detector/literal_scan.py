"""Hyperscan passes for a fixed set of literals: which occur in a text, and where.

Texts and literals are read as ``x.encode("ascii", "replace")``: one byte per character,
so byte offsets are character offsets, and a literal is found wherever it occurs (a
non-ASCII character becomes ``?`` in both). A ``?`` also meets any other non-ASCII
character or a real ``?``, so the answers are supersets, for cheap first tests before
exact ones.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator

import hyperscan

from streams.detector.literals import leading_literals


def _ascii(text: str) -> bytes:
    """One byte per character: non-ASCII characters become ``?``."""
    return text.encode("ascii", "replace")


class LiteralFinder:
    """Which of a fixed set of strings occur in a text, in one Hyperscan pass.

    Each string is reported once (``HS_FLAG_SINGLEMATCH``). The text is read as
    ``text.encode("ascii", "replace")``, so a string occurring in the text is always found;
    a string containing ``?`` or a non-ASCII character may also be found where it does not
    occur: the answer is a superset, for a cheap first test before exact ``in`` tests.
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self._strings = sorted(set(strings))
        if not all(s and "\0" not in s for s in self._strings):
            raise ValueError("strings must be non-empty and without NUL")
        self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        if self._strings:
            self._db.compile(
                expressions=[_ascii(s) for s in self._strings],
                ids=list(range(len(self._strings))),
                elements=len(self._strings),
                flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(self._strings),
                literal=True,
            )
        self._local = threading.local()

    def present(self, text: str) -> list[str]:
        """The strings occurring in ``text`` (and perhaps a few with ``?`` that do not)."""
        if not text or not self._strings:
            return []
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        strings = self._strings
        out: list[str] = []
        append = out.append

        def on_match(i: int, _from: int, _to: int, _flags: int, _ctx: object) -> None:
            append(strings[i])

        self._db.scan(_ascii(text), match_event_handler=on_match, scratch=scratch)
        return out


class LocatedPattern:
    """A regex whose ``finditer`` tries ``match`` only where a match can start.

    Every match starts with one of the pattern's leading literals
    (:func:`~streams.detector.literals.leading_literals`): one Hyperscan pass finds their
    occurrences, and ``pattern.match(text, p)`` at each in turn (from the end of the last
    match) gives exactly the matches of ``pattern.finditer(text)``, without trying every
    position (a pattern opening with ``\\b`` and optional words is ~100 ns per character).
    A pattern without such literals is used as it is.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        lits = leading_literals(pattern)
        if lits is not None and any("\0" in x for x in lits):
            lits = None
        self._lits = sorted(lits) if lits else []
        self._len = [len(x) for x in self._lits]
        if self._lits:
            self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self._db.compile(
                expressions=[_ascii(x) for x in self._lits],
                ids=list(range(len(self._lits))),
                elements=len(self._lits),
                flags=[0] * len(self._lits),
                literal=True,
            )
        self._local = threading.local()

    def starts(self, text: str) -> list[int]:
        """Sorted offsets where one of the leading literals occurs (a superset: ``?`` in a
        literal also meets a non-ASCII character)."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        lengths = self._len
        out: list[int] = []
        append = out.append

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append(to - lengths[i])

        self._db.scan(_ascii(text), match_event_handler=on_match, scratch=scratch)
        return sorted(set(out))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``, in order."""
        if not self._lits:
            yield from self.pattern.finditer(text)
            return
        if not text:
            return
        match = self.pattern.match
        pos = 0
        for p in self.starts(text):
            if p < pos:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end()

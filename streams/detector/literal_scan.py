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
from collections.abc import Callable, Iterable, Iterator

import hyperscan

from streams.detector.literals import FOLDS_TO_ASCII, Prefiltered, leading_literals


def ascii_bytes(text: str) -> bytes:
    """One byte per character: non-ASCII characters become ``?``."""
    return text.encode("ascii", "replace")


class LiteralDatabase:
    """A compiled Hyperscan database of literals (read as :func:`ascii_bytes`), scanned with
    one scratch space per thread. ``flags``: one for all literals, or one per literal."""

    def __init__(self, literals: list[str], flags: int | list[int] = 0) -> None:
        per_literal = flags if isinstance(flags, list) else [flags] * len(literals)
        self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        self._db.compile(
            expressions=[ascii_bytes(x) for x in literals],
            ids=list(range(len(literals))),
            elements=len(literals),
            flags=per_literal,
            literal=True,
        )
        self._local = threading.local()

    def scan(self, text: str, on_match: Callable[[int, int, int, int, object], None]) -> None:
        """Call ``on_match(literal index, from, to, flags, context)`` per occurrence."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # a scratch space serves one thread at a time
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        # positional arguments (data, handler, flags, context, scratch): the binding parses
        # keyword arguments ~1 us slower, a cost paid per sentence by the small scans
        self._db.scan(ascii_bytes(text), on_match, 0, None, scratch)


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
        self._db = (
            LiteralDatabase(self._strings, hyperscan.HS_FLAG_SINGLEMATCH) if self._strings else None
        )

    def present(self, text: str) -> list[str]:
        """The strings occurring in ``text`` (and perhaps a few with ``?`` that do not)."""
        if not text or self._db is None:
            return []
        strings = self._strings
        out: list[str] = []
        append = out.append

        def on_match(i: int, _from: int, _to: int, _flags: int, _ctx: object) -> None:
            append(strings[i])

        self._db.scan(text, on_match)
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
        self._db = LiteralDatabase(self._lits) if self._lits else None

    def starts(self, text: str) -> list[int]:
        """Sorted offsets where one of the leading literals occurs (a superset: ``?`` in a
        literal also meets a non-ASCII character)."""
        assert self._db is not None
        lengths = self._len
        out: list[int] = []
        append = out.append

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append(to - lengths[i])

        self._db.scan(text, on_match)
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


class PrefilterGroup:
    """Prefiltered patterns that read the same texts one after another (the date tests of a
    trigger clause), gated together by one Hyperscan pass per text.

    The pass finds which of the members' required literals occur in the text (a
    case-insensitive member's caselessly, over :func:`ascii_bytes`): a member is possible
    where one of its literals occurs, as its own gate says, or where the text holds a
    character :data:`~streams.detector.literals.FOLDS_TO_ASCII` (case-insensitive members).
    The answer for the last text read (the same object) is kept: the next member asking about
    it pays nothing. Each member's ``possible`` asks the group.
    """

    def __init__(self, members: Iterable[Prefiltered]) -> None:
        literals: list[str] = []
        flags: list[int] = []
        self._owner: list[int] = []  # literal index -> bit of the member it belongs to
        self._ci_bits = 0
        for i, m in enumerate(members):
            if m._group is not None:
                raise ValueError("a pattern belongs to one group at most")
            if m._lits is None:
                continue  # always possible: nothing to gate
            bit = 1 << i
            for x in m._lits:
                if "\0" in x:
                    raise ValueError("literals must be without NUL")
                literals.append(x)
                flags.append(
                    hyperscan.HS_FLAG_SINGLEMATCH | (hyperscan.HS_FLAG_CASELESS if m._ci else 0)
                )
                self._owner.append(bit)
            if m._ci:
                self._ci_bits |= bit
            m._group, m._bit = self, bit
        self._db = LiteralDatabase(literals, flags) if literals else None
        # (text, bits): one attribute, so threads never pair a text with another's bits
        self._last: tuple[str | None, int] = (None, 0)

    def bits(self, text: str) -> int:
        """The bits of the members that may match ``text``."""
        last = self._last
        if last[0] is text:
            return last[1]
        found: list[int] = []
        append = found.append

        def on_match(i: int, _from: int, _to: int, _flags: int, _ctx: object) -> None:
            append(i)

        if text and self._db is not None:
            self._db.scan(text, on_match)
        owner = self._owner
        bits = 0
        for i in found:
            bits |= owner[i]
        if not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
            bits |= self._ci_bits
        self._last = (text, bits)
        return bits

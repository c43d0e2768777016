"""A regex narrowed to the top-level alternatives a text can match.

``a|b|c`` tries its alternatives in order at each position; an alternative that cannot
match anywhere in a text never wins, so dropping it changes no match. Each alternative's
required literals (:func:`~streams.detector.literals.required_literals`) tell which ones
cannot match: a text containing none of them. The narrowed regex is much cheaper when the
dropped alternatives are costly to try at every position (a lookbehind, a ``\\w+`` run).

Only patterns whose alternatives split cleanly are narrowed: no capturing groups (their
numbers would shift), no verbose mode, every alternative compiling alone with the
pattern's flags. Any other pattern is used whole, gated by its own required literals.
"""

from __future__ import annotations

import re

from streams.detector.literals import required_literals


def top_level_alternatives(source: str) -> list[str]:
    """Split a pattern's source at its top-level ``|`` (outside groups and classes)."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if source.startswith("^", i + 1):
                i += 1
            if source.startswith("]", i + 1):  # a leading "]" is a member
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


class Alternatives:
    """``pattern`` split into its top-level alternatives, each with its required literals.

    ``literals``: every required literal of any alternative (a text containing none of
    them has no match). ``narrowed(present)``: the regex of the alternatives that may match
    a text whose required literals are ``present`` (None when none may), matching exactly
    what ``pattern`` matches in that text.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        alts = self._split(pattern)
        self._alts = alts or [pattern.pattern]
        lits = (
            [required_literals(re.compile(a, pattern.flags)) for a in alts]
            if alts
            else [required_literals(pattern)]
        )
        self._always = 0  # alternatives without literals: always tried
        self._owners: dict[str, int] = {}  # literal -> bit mask of the alternatives needing it
        for i, ls in enumerate(lits):
            if ls is None:
                self._always |= 1 << i
                continue
            for x in ls:
                self._owners[x] = self._owners.get(x, 0) | 1 << i
        self.literals = frozenset(self._owners)
        self._all = (1 << len(self._alts)) - 1
        self._cache: dict[int, re.Pattern[str]] = {self._all: pattern}

    @staticmethod
    def _split(pattern: re.Pattern[str]) -> list[str] | None:
        if pattern.groups or pattern.flags & re.VERBOSE or not isinstance(pattern.pattern, str):
            return None
        alts = top_level_alternatives(pattern.pattern)
        if len(alts) < 2 or "|".join(alts) != pattern.pattern:
            return None
        try:
            compiled = [re.compile(a, pattern.flags) for a in alts]
        except re.error:
            return None
        if any(c.flags != pattern.flags or c.groups for c in compiled):
            return None  # an inline global flag ("(?i)") belongs to the whole pattern
        return alts

    def narrowed(self, present: set[str] | frozenset[str]) -> re.Pattern[str] | None:
        """The regex of the alternatives that may match a text containing exactly the
        required literals ``present`` (of :attr:`literals`); None when none may match."""
        mask = self._always
        owners = self._owners
        for x in present:
            mask |= owners.get(x, 0)
        if not mask:
            return None
        rx = self._cache.get(mask)
        if rx is None:
            source = "|".join(a for i, a in enumerate(self._alts) if mask >> i & 1)
            rx = self._cache[mask] = re.compile(source, self.pattern.flags)
        return rx

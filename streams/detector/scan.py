"""The detector's gates in one vectorised pass per story: trigger keywords and gazetteer names.

Every story pays for the gates and ~80% of wire stories stop there, so they must cost
little. Hyperscan (Intel's SIMD multi-literal matcher, PyPI ``hyperscan``) finds the
keywords and the ~7,000 gazetteer forms of a 4 kB story in one scan of ~30 microseconds;
two pyahocorasick scans (and lower-casing the story for one of them) cost ~0.25 ms.

The scan runs over ``text.encode("ascii", "replace")``: one byte per character, so byte
offsets are character offsets, and a literal (encoded the same way) occurs wherever it
occurs in the text. Keywords are matched ASCII-caselessly on the original text, which
finds exactly the keywords of the lower-cased text (:func:`lower_same_length`): the only
non-ASCII character that lower-cases to ASCII is the Kelvin sign, and a text containing it
is scanned lower-cased instead (``tests/unit/test_scan.py`` checks both facts).
"""

from __future__ import annotations

from collections.abc import Iterable

import hyperscan

from streams.detector.literal_scan import LiteralDatabase, ascii_bytes
from streams.detector.rules import lower_same_length

# non-ASCII characters whose lower case is one ASCII character (U+212A KELVIN SIGN -> "k")
LOWERS_TO_ASCII = "\u212a"


class GateScanner:
    """Finds trigger keywords and gazetteer forms in one Hyperscan pass.

    ``keywords``: lower-case; a leading or trailing space stands for a word boundary, i.e.
    one of ``boundary_chars`` or the start or end of the text (none of them changes under
    lower-casing). ``sides``: gazetteer form -> the country or body it names.
    """

    def __init__(self, keywords: Iterable[str], boundary_chars: str, sides: dict[str, str]) -> None:
        self._boundary = frozenset(boundary_chars)
        kws = list(dict.fromkeys(keywords))
        cores = [k.strip(" ") for k in kws]
        if not all(c.isascii() for c in cores):
            raise ValueError("keywords must be ASCII")
        self._kw_len = [len(c) for c in cores]
        self._kw_lead = [k.startswith(" ") for k in kws]
        self._kw_tail = [k.endswith(" ") for k in kws]
        self._n_kw = len(kws)
        forms = list(sides)
        self._form_len = [len(f) for f in forms]
        self._form_side = [sides[f] for f in forms]
        # a form with non-ASCII characters is checked against the text (``?`` matches any)
        self._form_text = [None if f.isascii() else f for f in forms]
        literals = cores + forms
        if any(not b or b"\0" in b for b in map(ascii_bytes, literals)):
            # the binding passes patterns as C strings
            raise ValueError("keywords and forms must be non-empty and without NUL")
        self._kw_info = list(zip(self._kw_len, self._kw_lead, self._kw_tail, strict=True))
        self._form_info = list(zip(self._form_len, self._form_side, self._form_text, strict=True))
        flags = [hyperscan.HS_FLAG_CASELESS] * len(cores) + [0] * len(forms)
        self._db = LiteralDatabase(literals, flags)

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """(literal id, end offset) of every occurrence (overlapping ones too) in ``text``."""
        if not text:
            return []
        out: list[tuple[int, int]] = []
        append = out.append

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            append((i, to))

        self._db.scan(text, on_match)
        return out

    def scan(self, text: str) -> tuple[list[int], list[tuple[int, str]]]:
        """Keyword positions and rough side hits of ``text``.

        - keyword positions: sorted offsets of the first letter of every keyword occurrence
          in ``lower_same_length(text)``, exactly;
        - side hits: (start, side) of every gazetteer form occurring in ``text`` and ending
          at a word end, sorted. Overlapping forms are included, so these are a superset of
          the leftmost-longest matches that become mentions: a story without two sides near
          a keyword in these has none in the exact matches either.

        Each occurrence is checked in the match callback itself (one Python call per
        occurrence, no intermediate list: a story has dozens).
        """
        if not text:
            return [], []
        n_kw = self._n_kw
        n = len(text)
        boundary = self._boundary
        kw_info = self._kw_info
        form_info = self._form_info
        starts: set[int] = set()
        add_start = starts.add
        sides: list[tuple[int, str]] = []
        add_side = sides.append

        def on_match(i: int, _from: int, e: int, _flags: int, _ctx: object) -> None:
            if i < n_kw:
                length, lead, tail = kw_info[i]
                s = e - length
                if lead and s > 0 and text[s - 1] not in boundary:
                    return
                if tail and e < n and text[e] not in boundary:
                    return
                add_start(s)
                return
            if e < n:
                ch = text[e]
                if ch.isalnum() or ch == "_":
                    return
            length, side, form = form_info[i - n_kw]
            s = e - length
            if form is not None and text[s:e] != form:
                return
            add_side((s, side))

        self._db.scan(text, on_match)
        sides.sort()
        if any(c in text for c in LOWERS_TO_ASCII):
            keyword_ends = [(i, e) for i, e in self._matches(lower_same_length(text)) if i < n_kw]
            return self._keyword_positions(text, keyword_ends), sides
        return sorted(starts), sides

    def _keyword_positions(self, text: str, ends: list[tuple[int, int]]) -> list[int]:
        boundary = self._boundary
        n = len(text)
        out: set[int] = set()
        for i, e in ends:
            s = e - self._kw_len[i]
            if self._kw_lead[i] and s > 0 and text[s - 1] not in boundary:
                continue
            if self._kw_tail[i] and e < n and text[e] not in boundary:
                continue
            out.add(s)
        return sorted(out)

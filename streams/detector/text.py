"""Sentence splitting with character offsets, tuned for wire copy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.detector.literals import Prefiltered

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
    "sgt", "prof", "rev", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "inc", "corp",
    "co", "ltd", "mt", "ft", "pres", "amb", "adm", "cmdr", "u.s.a", "n", "s", "w", "e",
}  # fmt: skip

_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
# "[.!?]+ ... (?= capital)" or "\n+", written to start with one character class: the
# regex engine then skips ahead to candidates in C (an alternation at the top level is ~4x
# slower on long stories).
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of ``Story.text`` with its offsets; index 0 is the headline."""

    index: int
    start: int
    end: int
    text: str
    is_headline: bool = False


def split_sentences(text: str, headline_len: int) -> list[Sentence]:
    """Split ``text`` (headline + blank line + body) into sentences with offsets."""
    out: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    if headline_len:
        spans.append((0, headline_len))
    start = headline_len
    last_word = _LAST_WORD.search
    for m in _BOUNDARY.finditer(text, headline_len):
        a = m.start()
        c = text[a]
        if c == "\n":
            spans.append((start, a))
            start = m.end()
            continue
        # a full stop after an abbreviation or an initial is not a boundary
        if c == ".":
            word = last_word(text, max(start, a - 12), a)
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
        b = m.end()
        spans.append((start, b))
        start = b
    spans.append((start, len(text)))
    for s, e in spans:
        # trim whitespace (str.strip and str.isspace agree on what is whitespace)
        seg = text[s:e]
        kept = seg.strip()
        if kept:
            s += len(seg) - len(seg.lstrip())
            out.append(Sentence(len(out), s, s + len(kept), kept, s == 0 and headline_len > 0))
    return out


# what may follow a clause break at a comma or a space (case-insensitive: headlines are
# in title case)
_CLAUSE_NEXT = (
    r"(?:(?:just |only |some |about |nearly |almost )?(?:\w+ )?(?:days?|weeks?|months?|years?|decades?) (?:after|before|since|earlier|later|ago)\b"
    r"|after\b|before\b|since\b|while\b|whereas\b|although\b|though\b|but\b|despite\b|whose\b|which\b|who\b)"
)
# ", which", " after", "; ", " -- ": written to start with one character class (the regex
# engine then skips ahead to candidates in C); the same matches as the alternation
# (?:,\s*|\s+)(?=NEXT)|;\s*|\s[–—]\s|\s--?\s
_CLAUSE_BREAK = re.compile(
    rf"[,;\s](?:(?<=[,\s])\s*(?={_CLAUSE_NEXT})|(?<=;)\s*|(?<=\s)[–—]\s|(?<=\s)--?\s)",
    re.IGNORECASE,
)
# a sentence with none of the words or marks a break needs has no break
_BREAK_GATE = Prefiltered(re.compile(rf"{_CLAUSE_NEXT}|;|\s[–—]\s|\s--?\s", re.IGNORECASE))


# The Hill's inline links: "Sen. Jon Tester Jonathan (Jon) TesterVeterans face ... | Trump
# hosts Erdoğan at White House | ... MORE": the surname repeated, glued to a run of
# headlines of other stories that ends in "MORE". Those headlines are no part of the story.
_LINK_BLURB = re.compile(
    r"\b([A-Z][\w'’-]+)(?:\s+\S+){1,5}?\s+\1(?=[A-Z0-9\"'“‘])([^\n]{1,600}?)\sMORE\b"
)


def mask_link_blurbs(text: str) -> str:
    """Blank out (same length, offsets kept) headline-link runs inlined after a name."""
    if " MORE" not in text:
        return text
    parts: list[str] = []
    pos = 0
    for m in _LINK_BLURB.finditer(text):
        parts.append(text[pos : m.start(2)])
        parts.append(" " * (m.end() - m.start(2)))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at subordinators, semicolons and dashes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text) if _BREAK_GATE.possible(text) else ():
        if m.start() > start:
            spans.append((start, m.start()))
            start = m.start()
    spans.append((start, len(text) + 1))
    return spans


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` that contains position ``pos``."""
    for a, b in clause_spans(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)

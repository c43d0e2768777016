"""Sentence splitting with character offsets, tuned for wire copy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import hyperscan

from streams.detector.literal_scan import LiteralDatabase
from streams.detector.literals import FOLDS_TO_ASCII

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
    "sgt", "prof", "rev", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "inc", "corp",
    "co", "ltd", "mt", "ft", "pres", "amb", "adm", "cmdr", "u.s.a", "n", "s", "w", "e",
    # plural and other titles: "Sens. John McCain and Lindsey Graham", "Brig. Gen."
    "sens", "reps", "govs", "gens", "brig", "messrs", "mmes", "lts", "cols", "supt",
}  # fmt: skip
ABBREVIATIONS = frozenset(_ABBREV)
# other dotted initials ("H.R. McMaster", "the U.A.E.", "U.S.S.R."): no boundary, unless a
# word that opens sentences (or a quote, a bracket, a digit) follows: "in the U.A.E. The
# next day", "COLUMBIA, S.C. (Reuters) -"
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENERS = frozenset({
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "our", "my", "this", "that", "these", "those", "there", "in", "on", "at", "by", "for",
    "from", "to", "with", "after", "before", "as", "when", "while", "if", "since", "during",
    "under", "over", "but", "and", "or", "so", "yet", "then", "now", "still", "also",
    "however", "meanwhile", "some", "many", "most", "all", "both", "one", "no", "not", "other",
    "such", "what", "who", "how", "why", "earlier", "later", "last", "next", "despite",
    "although", "though", "according", "because", "even", "only",
})  # fmt: skip
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")

_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
# "[.!?]+ ... (?= capital)" or "\n+", written to start with one character class: the
# regex engine then skips ahead to candidates in C (an alternation at the top level is ~4x
# slower on long stories).
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)"
)


class Sentence(NamedTuple):
    """A sentence of ``Story.text`` with its offsets; index 0 is the headline. Immutable; a
    named tuple (a story has dozens: it is built ~5x faster than a frozen dataclass)."""

    index: int  # type: ignore
    start: int
    end: int
    text: str
    is_headline: bool = False


# a word of this many letters is longer than every abbreviation (and is no initial)
_LONGER_THAN_ABBREV = max(map(len, _ABBREV)) + 1


def _long_word_before(text: str, a: int, start: int) -> bool:
    """Are the characters just before ``a`` (within the sentence from ``start``) ASCII
    letters, more of them than any abbreviation has? Then a full stop at ``a`` ends the
    sentence (a fast path: most full stops follow such a word)."""
    n = _LONGER_THAN_ABBREV
    if a - n < start:
        return False
    seg = text[a - n : a]
    return seg.isascii() and seg.isalpha()


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the text after a boundary candidate at ``pos`` open a sentence: a quote, a
    bracket, a digit or a word such as "The" (not a name: "H.R. McMaster")?"""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt is None or nxt.group(1).lower() in _OPENERS


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
        if c == "." and not _long_word_before(text, a, start):
            word = last_word(text, max(start, a - 12), a)
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
                if _INITIALS.fullmatch(w) and not _opens_sentence(text, m.end()):
                    continue
        b = m.end()
        spans.append((start, b))
        start = b
    spans.append((start, len(text)))
    new = tuple.__new__  # Sentence(...) without the named tuple's Python-level __new__
    for s, e in spans:
        # trim whitespace (str.strip and str.isspace agree on what is whitespace)
        seg = text[s:e]
        kept = seg.strip()
        if kept:
            s += len(seg) - len(seg.lstrip())
            out.append(
                new(Sentence, (len(out), s, s + len(kept), kept, s == 0 and headline_len > 0))
            )
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
# a break before a clause needs one of these words at most two words after it (NEXT); other
# breaks need ";" or a dash
_NEXT_WORDS = (
    "day", "week", "month", "year", "decade", "after", "before", "since", "while", "whereas",
    "although", "though", "but", "despite", "whose", "which", "who",
)  # fmt: skip
_DASHES = "-–—"


@lru_cache(maxsize=1)
def _next_words() -> LiteralDatabase:
    return LiteralDatabase(list(_NEXT_WORDS), hyperscan.HS_FLAG_CASELESS)


# The Hill's inline links: "Sen. Jon Tester Jonathan (Jon) TesterVeterans face ... | Trump
# hosts Erdoğan at White House | ... MORE": the surname repeated, glued to a run of
# headlines of other stories that ends in "MORE". Those headlines are no part of the story.
# Written to start with a character class (the regex engine then skips ahead to capitals in
# C): "([A-Z](?<!\w.)" is "\b([A-Z]" (no word character before the capital).
_LINK_BLURB = re.compile(
    r"([A-Z](?<!\w.)[\w'’-]+)(?:\s+\S+){1,5}?\s+\1(?=[A-Z0-9\"'“‘])([^\n]{1,600}?)\sMORE\b"
)
_MORE = re.compile(r"\sMORE\b")


def _last_more_end(text: str) -> int:
    """End of the last ``\\sMORE\\b`` in ``text`` (0 if none): every blurb ends at one."""
    end = 0
    for m in _MORE.finditer(text):
        end = m.end()
    return end


def mask_link_blurbs(text: str) -> str:
    """Blank out (same length, offsets kept) headline-link runs inlined after a name."""
    if " MORE" not in text:
        return text
    parts: list[str] = []
    pos = 0
    # no match reaches past the last "MORE", and the regex reads nothing after it (its \b
    # holds there at the end of the text too): searching up to it finds the same matches
    for m in _LINK_BLURB.finditer(text, 0, _last_more_end(text)):
        parts.append(text[pos : m.start(2)])
        parts.append(" " * (m.end() - m.start(2)))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# The Guardian's fold-out explainer boxes, inlined as one paragraph: "Timeline Alleged Saudi hack
# of Jeff Bezos: a timeline Show Hide Mohammed bin Salman ... arrives in the US for a tour ..."
# (allsides-5333), "Q&A What is the China-US trade war about? Show Hide The roots of the
# dispute ...": history and background told in the present tense, with its dates stripped
_EXPLAINER_BOX = re.compile(
    r"(?m)^(?:Timeline|Q&A|Quick guide|Explainer)\b[^\n]{0,200}?\sShow Hide\s[^\n]*"
)


def mask_explainer_boxes(text: str) -> str:
    """Blank out (same length, offsets kept) the paragraphs of fold-out explainer boxes."""
    if "Show Hide" not in text:
        return text
    return _EXPLAINER_BOX.sub(lambda m: " " * len(m.group(0)), text)


# a headline over background, not news: "Factbox: Trump's meetings with Putin", "Explainer: Why
# the EU imposed sanctions on Russia", "ANALYSIS-...", "Q&A: ..."
_BACKGROUND_HEADLINE = re.compile(
    r"\s*(?i:factbox|fact box|explainer|timeline|analysis|q&a|instant view|graphic)\s*[:-]"
)
# acronyms an all-caps headline keeps (words with a digit and single letters are kept too:
# "G20", "U.S.", "N.KOREA")
_ACRONYMS = frozenset({
    "EU", "US", "UN", "UK", "USA", "UAE", "AU", "NATO", "ASEAN", "APEC", "BRICS", "AUKUS",
    "CIS", "CSTO", "DMZ", "DPRK", "DRC", "ECB", "ECOWAS", "EFTA", "EEU", "EAEU", "GCC", "IAEA",
    "ICC", "ICJ", "IMF", "OAS", "OECD", "OIC", "OPCW", "OPEC", "OSCE", "PLO", "PRC", "ROK",
    "ROC", "SCO", "UNSC", "UNGA", "UNHCR", "UNESCO", "UNICEF", "UNRWA", "WTO", "KSA", "FYROM",
    "CHOGM", "SAARC", "SADC", "NAFTA", "USMCA", "FM", "PM", "CIA", "FBI", "NSA", "ISIS", "ISIL",
})  # fmt: skip
_CAPS_WORD = re.compile(r"[A-Za-z0-9]+")


def _title_word(m: re.Match[str]) -> str:
    w = m.group(0)
    if len(w) == 1 or w in _ACRONYMS or not w.isalpha():
        return w
    out = w[0] + w[1:].lower()
    if out.startswith("Mc") and len(out) > 3:
        out = "Mc" + out[2].upper() + out[3:]  # "McCain"
    return out if len(out) == len(w) else w


def prepare_headline(text: str, headline_len: int) -> str:
    """``text`` with its headline (its first ``headline_len`` characters) prepared, same length
    (offsets kept): a background piece's headline ("Factbox: ...", "Explainer: ...") blanked
    (no fresh news), an all-caps one ("TRUMP INVITES PUTIN TO WHITE HOUSE") in title case
    (keeping acronyms: "EU", "G20")."""
    head = text[:headline_len]
    if _BACKGROUND_HEADLINE.match(head):
        return " " * headline_len + text[headline_len:]
    if any(c.islower() for c in head):
        return text
    words = _CAPS_WORD.findall(head)
    if sum(len(w) >= 4 and w.isalpha() and w not in _ACRONYMS for w in words) < 2:
        return text
    head = _CAPS_WORD.sub(_title_word, head)
    head = re.sub(r"(?<=\w['’])S\b", "s", head)  # "RUSSIA'S" -> "Russia's"
    return head + text[headline_len:]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex ``\w`` (tests check every code point)


def _word_start(text: str, end: int) -> int:
    """Start of the run of word characters that ends at ``end`` (``end`` if none)."""
    while end > 0 and _is_word(text[end - 1]):
        end -= 1
    return end


def _break_starts(text: str) -> list[int] | None:
    r"""Sorted offsets where a :data:`_CLAUSE_BREAK` match can start (a superset), or None
    when they are not found this way (a character ``re.IGNORECASE`` folds to an ASCII
    letter). A break before a clause is the comma or the whitespace before the start ``p``
    of NEXT, and ``p`` is a NEXT word or one of the two words before it (``(?:\w+ )?`` and
    "just "); the other breaks start at a ";" or at the whitespace before a dash."""
    if not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
        return None
    out: set[int] = set()
    i = text.find(";")
    while i >= 0:
        out.add(i)
        i = text.find(";", i + 1)
    for dash in _DASHES:
        i = text.find(dash, 1)
        while i >= 0:
            if text[i - 1].isspace():
                out.add(i - 1)
            i = text.find(dash, i + 1)
    anchors: list[int] = []
    lengths = _NEXT_LENGTHS

    def on_match(k: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
        anchors.append(to - lengths[k])

    _next_words().scan(text, on_match)
    for a in anchors:
        starts = [a]
        p = a
        for _ in range(2):  # the word before (``\w+ ``), and the one before it ("just ")
            if p < 2 or text[p - 1] != " ":
                break
            w = _word_start(text, p - 1)
            if w == p - 1:
                break
            starts.append(w)
            p = w
        for p in starts:
            r = p
            while r > 0 and text[r - 1].isspace():
                r -= 1
            out.update(range(max(r - 1, 0), p))  # a comma, then whitespace, then p
    return sorted(out)


_NEXT_LENGTHS = [len(w) for w in _NEXT_WORDS]


# a relative clause opened by ", who" or ", which" closes at a comma before the main verb:
# "Trump, who canceled a visit to Denmark in August, | will meet Frederiksen next month"
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\b", re.IGNORECASE)
_RELATIVE_CLOSE = re.compile(
    r",\s+(?:(?:also|then|later|now|still|again|reportedly)\s+)?"
    # (not a description: "The Paris Agreement, which was first signed in 2015, is an
    # international agreement to ...")
    r"(?:(?:is|was|are|were)\b(?!\s+(?:a|an|the|one|among|part|home|known|considered)\b)"
    r"|will|would|has|had|have|can|could|should|may|might|must|did|does"
    r"|said|says|told|tells|met|meets|held|holds|made|makes|went|goes|came|comes|left|took"
    r"|takes|spoke|speaks|flew|flies|sent|sends|gave|gives|began|begins|visits|arrives"
    r"|plans|wants|hopes|expects|signs|calls|urges|[a-z]+ed)\b"
)


def with_relative_ends(text: str, breaks: list[int]) -> list[int]:
    """``breaks`` (sorted clause break offsets) with a break added where each relative clause
    opened by ", who" or ", which" closes before the main verb (see :data:`_RELATIVE_CLOSE`)."""
    out: list[int] = []
    n = len(breaks)
    for i in range(n):
        b = breaks[i]
        out.append(b)
        if text.startswith(",", b) and _RELATIVE_OPEN.match(text, b):
            end = breaks[i + 1] if i + 1 < n else len(text)
            c = _RELATIVE_CLOSE.search(text, b + 1, end)
            if c is not None:
                out.append(c.start())
    return out


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses at subordinators, semicolons and dashes (and at the end
    of a relative clause)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for b in with_relative_ends(text, _breaks(text)):
        if b > start:
            spans.append((start, b))
            start = b
    spans.append((start, len(text) + 1))
    return spans


def _breaks(text: str) -> list[int]:
    """Start offsets of ``_CLAUSE_BREAK.finditer(text)``'s matches: the regex is tried only
    where :func:`_break_starts` says a match can start, from the end of the last match on
    (every match is non-empty), which finds the same matches as trying every position."""
    cands = _break_starts(text)
    if cands is None:
        return [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    out: list[int] = []
    match = _CLAUSE_BREAK.match
    pos = 0
    for q in cands:
        if q < pos:
            continue
        m = match(text, q)
        if m is not None:
            out.append(q)
            pos = m.end()
    return out


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` that contains position ``pos``."""
    for a, b in clause_spans(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)

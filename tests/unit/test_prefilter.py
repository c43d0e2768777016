"""Regex prefilters skip only texts the regex cannot match.

- ``Prefiltered.possible`` is False only for texts without a match, for the detector's
  prefiltered patterns (case-sensitive and case-insensitive) on the sentences of
  ``shared/eval/dev.jsonl`` and on generated texts, non-ASCII folds included;
- the clause-break regex, rewritten to start with a character class and gated on its
  words, splits every sentence exactly as the original alternation does.
"""

from __future__ import annotations

import re

from detector_cases import dev_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detector import engine, mentions
from streams.detector.literals import Prefiltered
from streams.detector.text import _CLAUSE_NEXT, clause_spans, with_relative_ends

PREFILTERED = {
    name: getattr(mod, name)
    for mod, names in (
        (engine, ("_FUTURE", "_BACKGROUND", "_MONTH_POSS", "_MONTH_IN", "_LAST_MONTH",
                  "_MONTH_YEAR", "_MONTH_DAY", "_PAST_YEAR", "_THE_YEAR")),
        (mentions, ("_LOC_PREP", "_FROM", "_RESIDENT_OF", "_GROUP_FROM", "_FORMER",
                    "_FORMER_TITLED")),
    )
    for name in names
}  # fmt: skip

# the clause-break regex as it was written before (a top-level alternation)
_ORIGINAL_BREAK = re.compile(
    rf"(?:,\s*|\s+)(?={_CLAUSE_NEXT})|;\s*|\s[–—]\s|\s--?\s", re.IGNORECASE
)


def _original_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    # (the breaks found by the original alternation; the ends of relative clauses added)
    for b in with_relative_ends(text, [m.start() for m in _ORIGINAL_BREAK.finditer(text)]):
        if b > start:
            spans.append((start, b))
            start = b
    spans.append((start, len(text) + 1))
    return spans


def test_patterns_have_literals() -> None:
    # a prefilter that never skips would be harmless but useless
    for name, p in PREFILTERED.items():
        assert isinstance(p, Prefiltered), name
        assert p._lits, name


def test_no_match_is_skipped_on_real_sentences() -> None:
    sents = dev_sentences()
    skipped = 0
    for name, p in PREFILTERED.items():
        for s in sents:
            for t in (s, s[-40:]):  # clauses and the 40 characters before a name
                if not p.possible(t):
                    skipped += 1
                    assert p.pattern.search(t) is None, (name, t)
    assert skipped > 0


def test_clause_spans_equal_the_original_alternation() -> None:
    sents = dev_sentences()
    assert [clause_spans(s) for s in sents] == [_original_spans(s) for s in sents]


PIECES = [
    "last year", "LAST YEAR", "years ago", "in the 1990s", "decades", "will", "WILL", "next",
    "in July", "his July call", "last March", "March 2018", "Dec. 2, 2013", "25 July 2019",
    "in 2009", "the 2011 deal", "former", "Former", "ex-", "then-", "in the", "visiting ",
    "from the ", "officials from ", "residents of ", "National ", "Paris", "China", ", which",
    " after", " but ", "; ", " – ", " -- ", " - ", "two days after", "who", "WHILE",
    "\u017f", "\u212a", "\u0130", "ſince", "ſeveral years ago", "weeK", "la\u017ft year",
    "ago", " ", ",", "\n", "x", "é", "—",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10))
def test_no_match_is_skipped_on_generated_texts(parts: list[str]) -> None:
    text = "".join(parts)
    for name, p in PREFILTERED.items():
        if not p.possible(text):
            assert p.pattern.search(text) is None, (name, text)
    assert clause_spans(text) == _original_spans(text)


def test_case_insensitive_patterns_are_not_gated_on_non_ascii_texts() -> None:
    # "ſ" (U+017F) matches "s" under re.IGNORECASE but does not lower-case to it
    p = Prefiltered(re.compile(r"\bsince\b", re.IGNORECASE))
    text = "\u017fince"
    assert p.pattern.search(text)
    assert p.possible(text)
    assert not p.possible("a year")
    assert Prefiltered(re.compile(r"\w+")).possible("")  # no literals: never skips


def test_results_are_the_regex_results() -> None:
    p = PREFILTERED["_PAST_YEAR"]
    text = "Talks began in 2009, and since 2011 little has moved."
    assert [m.group(1) for m in p.finditer(text)] == ["2009", "2011"]
    assert p.search("nothing here") is None
    assert [m.span() for m in p.finditer(text, 20)] == [
        m.span() for m in p.pattern.finditer(text, 20)
    ]

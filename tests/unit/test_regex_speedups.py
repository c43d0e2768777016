"""The detector's regex speed-ups give exactly the matches of the plain regexes.

- a trigger pattern narrowed to the alternatives whose literals a text holds finds what the
  whole pattern finds (dev sentences, generated texts); patterns that do not split are
  used whole;
- ``LiteralFinder`` reports every literal a text holds;
- every match starts with one of the pattern's leading literals, and ``LocatedPattern``
  (``match`` at their occurrences) equals ``finditer``;
- the non-ASCII characters ``re.IGNORECASE`` matches to ASCII are exactly
  ``FOLDS_TO_ASCII``, so a case-insensitive prefilter may read other non-ASCII texts;
- ``str.strip`` removes exactly the characters ``str.isspace`` calls whitespace;
- surname regexes written ``T(?<!\\w.)rump`` match where ``\\bTrump\\b`` does.
"""

from __future__ import annotations

import re
import sys

from detector_cases import dev_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detector import engine, mentions
from streams.detector.branches import Alternatives, top_level_alternatives
from streams.detector.literal_scan import LiteralFinder, LocatedPattern
from streams.detector.literals import FOLDS_TO_ASCII, Prefiltered, leading_literals
from streams.detector.rules import TRIGGERS_LC, lower_same_length

LOCATED = {
    "_TITLE_RE": (mentions._TITLE_RE, mentions._TITLE_STARTS),
    "_SURNAME_PREFIX": (engine._SURNAME_PREFIX, engine._SURNAME_PREFIX_AT),
    "_PRONOUN": (engine._PRONOUN, engine._PRONOUN_AT),
}


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _narrowed_equal(text: str) -> None:
    for etype, pattern in TRIGGERS_LC.items():
        alts = engine._TRIGGER_ALTERNATIVES[etype]
        present = {x for x in alts.literals if x in text}
        rx = alts.narrowed(present)
        got = _spans(rx.finditer(text)) if rx is not None else []
        assert got == _spans(pattern.finditer(text)), (etype, text)


def test_trigger_patterns_split_into_alternatives() -> None:
    for etype, pattern in TRIGGERS_LC.items():
        alts = engine._TRIGGER_ALTERNATIVES[etype]
        assert len(alts._alts) > 1 and "|".join(alts._alts) == pattern.pattern, etype
        assert alts.literals, etype


def test_narrowed_triggers_match_as_the_whole_pattern_ondev_sentences() -> None:
    for s in dev_sentences():
        _narrowed_equal(lower_same_length(s))


WORDS = sorted({x for a in engine._TRIGGER_ALTERNATIVES.values() for x in a.literals})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "\n", "'s ", "’s ", "the ", "a ", "to ", "in ", "s ", "ed ", "trump ", "asia "]), st.characters()), max_size=30).map("".join))  # fmt: skip
def test_narrowed_triggers_match_as_the_whole_pattern_on_generated_texts(text: str) -> None:
    _narrowed_equal(lower_same_length(text))


def test_alternatives_split_only_where_it_is_safe() -> None:
    assert top_level_alternatives(r"a|[|(]|\||(?:b|c)d") == ["a", "[|(]", r"\|", "(?:b|c)d"]
    assert top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    # capturing groups (their numbers would shift), verbose mode: used whole
    for p in (re.compile(r"(a)|b"), re.compile(r"a | b", re.X)):
        alts = Alternatives(p)
        assert alts._alts == [p.pattern]
    # a global inline flag applies to every alternative (compiled with the pattern's flags)
    ci = Alternatives(re.compile(r"(?i)ab|\bcd"))
    for text in ("AB", "x CD", "abcd"):
        rx = ci.narrowed({x for x in ci.literals if x in text})
        assert rx is not None and _spans(rx.finditer(text)) == _spans(ci.pattern.finditer(text))
    whole = Alternatives(re.compile(r"\bvisit\b|\d+"))
    assert whole.narrowed(set()) is not None  # "\d+" has no literal: always tried
    only = Alternatives(re.compile(r"\bvisit\b|\btrip\b"))
    assert only.narrowed(set()) is None
    rx = only.narrowed({"trip"})
    assert rx is not None and rx.pattern == r"\btrip\b"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["visit", "talks", "in", "met", "?", "é", "è", "ſ", " ", "x", "charg"]), max_size=20).map("".join))  # fmt: skip
def test_literal_finder_reports_every_literal_present(text: str) -> None:
    strings = ["visit", "talks", "in", "met", "a?b", "s", "chargé"]
    found = set(LiteralFinder(strings).present(text))
    assert {x for x in strings if x in text} <= found


def test_leading_literals() -> None:
    assert leading_literals(re.compile(r"\bvisit")) == {"visit"}
    assert leading_literals(re.compile(r"(?:ab|c)d")) == {"abd", "cd"}
    assert leading_literals(re.compile(r"a?b")) == {"ab", "b"}
    assert leading_literals(re.compile(r"(?<=x)ab\s")) == {"ab"}
    for p in (r"\w+x", r"x*", r"(?i:ab)", r"[^a]b", r"(?:a|)", r"ab|\d"):
        assert leading_literals(re.compile(p)) is None, p
    assert leading_literals(re.compile("ab", re.IGNORECASE)) is None
    for name, (_rx, located) in LOCATED.items():
        assert located._lits, name  # each located pattern does use its literals


def _located_equal(text: str) -> None:
    for name, (rx, located) in LOCATED.items():
        got = list(located.finditer(text))
        assert _spans(got) == _spans(rx.finditer(text)), (name, text)
        lits = leading_literals(rx)
        assert lits is not None
        assert all(any(text.startswith(x, m.start()) for x in lits) for m in got), name


def test_located_pattern_with_non_ascii_literals() -> None:
    rx = re.compile(r"\b(?:chargé|envoyé)s?\b")
    located = LocatedPattern(rx)
    assert located._lits
    for text in ("le chargé d'affaires", "chargè chargés ?nvoyé", "envoyés", "?harg?"):
        assert _spans(located.finditer(text)) == _spans(rx.finditer(text))


def test_located_patterns_equal_finditer_ondev_sentences() -> None:
    for s in dev_sentences():
        _located_equal(s)


TITLE_PIECES = [
    "former ", "Former ", "ex-", "then-", "late ", "acting ", "U.S. ", "US ", "UK ", "EU ",
    "U.N. ", "President", "president", "Prime Minister", "minister", "Foreign Minister",
    "Pope", "King", "Mr. ", "Dr ", "Sheikh ", "Chancellor", "He", "he ", "She said", "his ",
    "her visit", "the ", "Trump", " ", "\n", ",", "x", "é", "?", "’",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TITLE_PIECES), st.characters()), max_size=25).map("".join))  # fmt: skip
def test_located_patterns_equal_finditer_on_generated_texts(text: str) -> None:
    _located_equal(text)


def test_only_the_listed_characters_fold_to_ascii() -> None:
    letters = re.compile(r"[a-z]", re.IGNORECASE)
    folds = [
        chr(cp)
        for cp in range(128, sys.maxunicode + 1)
        if not 0xD800 <= cp <= 0xDFFF and letters.fullmatch(chr(cp))
    ]
    assert sorted(folds) == sorted(FOLDS_TO_ASCII)


def test_case_insensitive_prefilter_reads_non_ascii_texts() -> None:
    p = Prefiltered(re.compile(r"\blast year\b", re.IGNORECASE))
    assert not p.possible("Le président – “nothing” here")  # non-ASCII, but no fold
    assert p.possible("LAST YEAR’s talks")
    assert p.possible("la\u017ft year")  # "ſ" matches "s": not gated
    assert p.pattern.search("la\u017ft year")


def test_strip_removes_what_isspace_calls_whitespace() -> None:
    # split_sentences trims sentences with str.strip/lstrip instead of an isspace loop
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert (ch.strip() == "") == ch.isspace(), hex(cp)
        assert (f"{ch}x{ch}".strip() == "x") == ch.isspace(), hex(cp)


def test_gated_coreference_and_source_patterns_skip_no_match() -> None:
    gated = [engine._BOTH_GATED, *engine._SOURCE_GATED]
    skipped = 0
    for s in dev_sentences():
        for p in gated:
            assert p._lits
            if not p.possible(s):
                skipped += 1
                assert p.pattern.search(s) is None, s
    assert skipped > 0


NAME_PIECES = ["Trump", "Xi", "Kim", "Éric", "O'Neill", " ", "a", "_", "1", ".", "é", "\n", "’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=12).map("".join))
def test_surname_regexes_match_as_word_boundaries(text: str) -> None:
    names = ("Trump", "Xi", "Kim", "Éric", "O'Neill")
    plain = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    assert _spans(engine._names_regex(names).finditer(text)) == _spans(plain.finditer(text))
    for n in names:
        word = re.compile(rf"\b{re.escape(n)}\b")
        assert _spans(mentions._whole_word(n).finditer(text)) == _spans(word.finditer(text))


def test_gated_rule_patterns_skip_no_match_ondev_sentences() -> None:
    from streams.detector.rules import (
        agreement,
        call,
        common,
        expulsion,
        invitation,
        meeting,
        sanctions,
        visit,
    )

    modules = (common, call, invitation, visit, meeting, agreement, expulsion, sanctions)
    gated = [(m, name) for m in modules for name in m.GATED_PATTERNS]
    assert all(m.GATED_PATTERNS for m in modules)
    assert len(gated) > 20
    skipped = 0
    for s in dev_sentences():
        for t in (s, s.lower(), s[-60:]):
            for m, name in gated:
                p = getattr(m, name)
                assert isinstance(p, Prefiltered), name
                if not p.possible(t):
                    skipped += 1
                    assert p.pattern.search(t) is None, (name, t)
                    assert p.sub("#", t) == p.pattern.sub("#", t) == t
    assert skipped > 0

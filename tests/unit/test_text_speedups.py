"""Faster forms of the detector's text steps give exactly the old results.

- clause breaks: the break regex tried only at the candidate starts of ``_break_starts``
  (a superset of every position where it matches) splits as the original alternation;
- sentence splitting: the fast path for a full stop after a long word changes no split, and
  a ``Sentence`` is immutable;
- the year regex written to start with a character class finds what ``\\b(?:19|20)\\d\\d\\b``
  finds;
- the link-blurb regex written to start with a character class, searched up to the last
  "MORE", masks what the original masks;
- the date gates of a clause, grouped into one Hyperscan pass, skip no text with a match, nor
  any text their own gates let through;
- the keyword gate, checking each occurrence in the Hyperscan callback, returns what the
  two-step reference (collect occurrences, then check them) returns.
"""

from __future__ import annotations

import json
import re

import pytest
from detector_cases import DEV, dev_sentences
from hypothesis import given, settings
from hypothesis import strategies as st
from test_prefilter import _original_spans

from streams.detector import engine, text
from streams.detector.engine import _gate
from streams.detector.literal_scan import PrefilterGroup
from streams.detector.literals import Prefiltered
from streams.detector.rules import lower_same_length
from streams.detector.scan import LOWERS_TO_ASCII
from streams.detector.text import (
    _CLAUSE_BREAK,
    Sentence,
    _break_starts,
    clause_spans,
    split_sentences,
)

PIECES = [
    "x,some days after", "(some days after", "just two days after", "nearly three weeks before",
    "about a year earlier", "decades later", "although", "though", "but", "WHICH", "Who",
    "whose", "whereas", "despite", "since", "while", ",", ";", " ; ", " - ", " -- ", " – ",
    " — ", "\t–\t", "  ", "\t", "\n", "\xa0", "_", "é", "a", "1", "٣", "day", "Days", "ago",
    "\u017fince", "\u212a", "\u0130", "\u0131", "-", "—", "x_y days after",
]  # fmt: skip
clause_texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(codec="utf-8")), max_size=14
).map("".join)


def _stories() -> list[tuple[str, int]]:
    if not DEV.exists():
        pytest.skip("shared/eval/dev.jsonl not available")
    out = []
    for line in DEV.read_text().splitlines():
        rec = json.loads(line)
        out.append((rec["headline"] + "\n\n" + rec["text"], len(rec["headline"])))
    return out


def test_regex_word_and_space_classes_are_isalnum_and_isspace() -> None:
    # _break_starts walks words and whitespace with str methods, the regex with \w and \s
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for cp in range(0x110000):
        ch = chr(cp)
        assert bool(word.match(ch)) == (ch.isalnum() or ch == "_"), hex(cp)
        assert bool(space.match(ch)) == ch.isspace(), hex(cp)


def test_break_starts_cover_every_position_the_break_regex_matches() -> None:
    checked = 0
    for s in dev_sentences():
        cands = _break_starts(s)
        assert cands is not None  # dev sentences hold no character folding to ASCII
        matched = {q for q in range(len(s)) if _CLAUSE_BREAK.match(s, q)}
        assert matched <= set(cands), s
        checked += len(matched)
    assert checked > 100


@settings(max_examples=1500, deadline=None)
@given(clause_texts)
def test_clause_spans_equal_the_original_on_generated_texts(s: str) -> None:
    assert clause_spans(s) == _original_spans(s)
    cands = _break_starts(s)
    if cands is not None:
        assert {q for q in range(len(s)) if _CLAUSE_BREAK.match(s, q)} <= set(cands)


def test_characters_folding_to_ascii_take_the_plain_regex() -> None:
    assert _break_starts("talks \u017fince Monday") is None
    assert clause_spans("talks \u017fince Monday") == _original_spans("talks \u017fince Monday")


def test_full_stop_fast_path_changes_no_split(monkeypatch: pytest.MonkeyPatch) -> None:
    stories = _stories()
    stories += [
        ("Talks\n\nHe met Sen. Jones at 3 p.m. in Washington. Then Gen. Xu left.", 5),
        ("T\n\nIt was signed by ABCDEF. Then JONES.\nNo. Then abcdefghijkl. Next", 1),
    ]
    fast = [split_sentences(t, h) for t, h in stories]
    monkeypatch.setattr(text, "_long_word_before", lambda *_: False)
    assert fast == [split_sentences(t, h) for t, h in stories]


def test_sentences_are_immutable_with_their_offsets() -> None:
    t = "Putin Meets Xi\n\nRussian President Vladimir Putin met Xi. They talked."
    sents = split_sentences(t, len("Putin Meets Xi"))
    assert [s.text for s in sents] == [
        "Putin Meets Xi",
        "Russian President Vladimir Putin met Xi.",
        "They talked.",
    ]
    assert all(t[s.start : s.end] == s.text and s.index == i for i, s in enumerate(sents))
    assert sents[0].is_headline and not sents[1].is_headline
    with pytest.raises(AttributeError):
        sents[1].text = "changed"  # type: ignore[misc]
    assert Sentence(3, 0, 1, "x").is_headline is False


_ORIGINAL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12090 a_\n.é٣x", max_size=20))
def test_year_regex_equals_the_original(s: str) -> None:
    assert engine._ANY_YEAR.findall(s) == _ORIGINAL_YEAR.findall(s)


def test_year_regex_equals_the_original_on_dev_stories() -> None:
    found = 0
    for t, _ in _stories():
        assert engine._ANY_YEAR.findall(t) == _ORIGINAL_YEAR.findall(t)
        found += len(_ORIGINAL_YEAR.findall(t))
    assert found > 10


def _reference_scan(t: str) -> tuple[list[int], list[tuple[int, str]]]:
    """The gate's result as computed before: every occurrence collected, then checked."""
    g = _gate()
    n = len(t)
    sides, ends = [], []
    for i, e in g._matches(t):
        if i < g._n_kw:
            ends.append((i, e))
            continue
        f = i - g._n_kw
        s = e - g._form_len[f]
        if e < n and (t[e].isalnum() or t[e] == "_"):
            continue
        form = g._form_text[f]
        if form is not None and t[s:e] != form:
            continue
        sides.append((s, g._form_side[f]))
    sides.sort()
    if any(c in t for c in LOWERS_TO_ASCII):
        ends = [(i, e) for i, e in g._matches(lower_same_length(t)) if i < g._n_kw]
    return g._keyword_positions(t, ends), sides


def test_gate_scan_equals_the_two_step_reference() -> None:
    texts = [t for t, _ in _stories()]
    texts += ["", "Orbán met Orbín", "\u212aremlin talks: Putin met Xi", "call China, Russia_"]
    assert sum(bool(_gate().scan(t)[1]) for t in texts) > 10
    for t in texts:
        assert _gate().scan(t) == _reference_scan(t), t[:80]


# the link-blurb regex as it was written before (a leading \b)
_ORIGINAL_BLURB = re.compile(
    r"\b([A-Z][\w'’-]+)(?:\s+\S+){1,5}?\s+\1(?=[A-Z0-9\"'“‘])([^\n]{1,600}?)\sMORE\b"
)


def _original_mask(t: str) -> str:
    if " MORE" not in t:
        return t
    out = list(t)
    for m in _ORIGINAL_BLURB.finditer(t):
        out[m.start(2) : m.end()] = " " * (m.end() - m.start(2))
    return "".join(out)


BLURB_PIECES = [
    "Sen. Jon Tester ", "Jonathan (Jon) ", "TesterVeterans face cuts", " | Trump hosts Erdoğan",
    " MORE", " MORE.", " MOREOVER", "\nMORE", " ", "\n", "Tester", "Tester\"Quote", "x",
    "Orbán ", "_Tester", "1", "’",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(BLURB_PIECES), max_size=14).map("".join))
def test_link_blurbs_masked_as_by_the_original_regex(t: str) -> None:
    assert text.mask_link_blurbs(t) == _original_mask(t)


def test_link_blurbs_on_a_story() -> None:
    t = "Sen. Jon Tester Jonathan (Jon) TesterVeterans face cuts | Trump hosts X MORE said on Monday."
    masked = text.mask_link_blurbs(t)
    assert masked == _original_mask(t) != t
    assert len(masked) == len(t) and "Veterans" not in masked and masked.endswith("said on Monday.")


DATE_GATES = (
    engine._FUTURE, engine._BACKGROUND, engine._MONTH_POSS, engine._MONTH_IN,
    engine._LAST_MONTH, engine._MONTH_YEAR, engine._MONTH_DAY, engine._PAST_YEAR,
    engine._THE_YEAR,
)  # fmt: skip


def _check_group(t: str) -> None:
    for member in DATE_GATES:
        alone = Prefiltered(member.pattern)  # the member's own gate, ungrouped
        grouped = member.possible(t)
        assert grouped or not alone.possible(t), (member.pattern.pattern[:40], t)
        if not grouped:
            assert member.pattern.search(t) is None, (member.pattern.pattern[:40], t)


def test_date_gates_are_one_group() -> None:
    assert all(m._group is engine._DATE_GATES for m in DATE_GATES)
    with pytest.raises(ValueError):
        PrefilterGroup([engine._FUTURE])


def test_grouped_gates_skip_no_match_on_dev_sentences() -> None:
    skipped = 0
    for s in dev_sentences():
        for t in (s, s[-60:], s[:80]):
            _check_group(t)
            skipped += sum(not m.possible(t) for m in DATE_GATES)
    assert skipped > 1000


DATE_PIECES = [
    "last year", "LAST YEAR", "two years ago", "in the 1990s", "decades", "will", "WILL",
    "in July", "his July call", "last March", "March 2018", "Dec. 2, 2013", "25 July 2019",
    "in 2009", "the 2011 deal", "scheduled", "upcoming", " ", ",", "x", "é", "’",
    "\u017f", "\u212a", "\u0130", "\u0131", "la\u017ft year", "\u212aick", "ſeveral years ago",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=8).map("".join))
def test_grouped_gates_skip_no_match_on_generated_texts(t: str) -> None:
    _check_group(t)


def test_group_answers_per_text_object() -> None:
    a, b = "talks two years ago", "talks next week"
    b2 = "".join(["talks next", " week"])  # equal to b, another object
    bg, fut = engine._BACKGROUND, engine._FUTURE
    assert bg.possible(a) and not fut.possible(a)
    assert fut.possible(b) and not bg.possible(b)
    assert fut.possible(b2) and not bg.possible(b2) and bg.possible(a)
    assert not bg.possible("") and not fut.possible("")

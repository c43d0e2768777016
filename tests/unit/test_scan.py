"""The detector's fast gates give what the plain scans they replace give.

- keyword positions from the Hyperscan pass equal those of an Aho-Corasick automaton over
  the lower-cased text (the gate it replaced);
- the rough side hits contain every exact (leftmost-longest) side hit;
- the only non-ASCII character that lower-cases to ASCII is listed, and no character
  enters or leaves the boundary set under lower-casing;
- every trigger match contains one of its pattern's required literals.
"""

from __future__ import annotations

import re
import sys

import ahocorasick
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detector.engine import _TRIGGER_LITERALS, _finder, _gate
from streams.detector.literals import required_literals
from streams.detector.rules import _BOUNDARY_CHARS, KEYWORDS, TRIGGERS_LC, lower_same_length
from streams.detector.scan import LOWERS_TO_ASCII


def _reference_keywords(lowered: str) -> list[int]:
    auto = ahocorasick.Automaton()
    for k in KEYWORDS:
        core = k.strip(" ")
        for h in _BOUNDARY_CHARS if k.startswith(" ") else ("",):
            for t in _BOUNDARY_CHARS if k.endswith(" ") else ("",):
                auto.add_word(h + core + t, (len(h + core + t), len(h)))
    auto.make_automaton()
    return sorted({end - n + lead for end, (n, lead) in auto.iter(" " + lowered + " ")})


PIECES = [
    "met", "Met", "MEET", " meeting", "calls", "phoned", "visit", "deal", " ties", "is in",
    "Putin", "Xi Jinping", "China", "U.S.", "US", "USA", "Pope", "Orbán", "Orban", "Orbín",
    "South Korea", "Korean", "\u212aick", "\u0130", "ß", "é", "\ud800", "\U0001f600", "_",
    " ", "\n", ".", "-", "’", "“", "\xa0", "…", "Σ", "a", "1",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(list(_BOUNDARY_CHARS)), st.characters()),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_gate_keywords_are_exact_and_sides_a_superset(text: str) -> None:
    keywords, rough = _gate().scan(text)
    assert keywords == _reference_keywords(lower_same_length(text))
    finder = _finder()
    assert set(finder.side_hits(text)) <= set(rough) | set(finder.title_hits(text))


def test_gate_on_a_story() -> None:
    text = "Putin Meets Xi\n\nRussian President Vladimir Putin met Chinese leader Xi Jinping."
    keywords, rough = _gate().scan(text)
    assert keywords == _reference_keywords(lower_same_length(text)) != []
    assert {"RUS", "CHN"} <= {side for _, side in rough}


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="narrow build")
def test_lower_casing_facts_the_gate_relies_on() -> None:
    to_ascii = set()
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        low = ch.lower()
        if len(low) != 1:
            continue
        if low.isascii() and not ch.isascii():
            to_ascii.add(ch)
        assert (ch in _BOUNDARY_CHARS) == (low in _BOUNDARY_CHARS)
    assert to_ascii == set(LOWERS_TO_ASCII)


def test_required_literals_of_simple_patterns() -> None:
    assert required_literals(re.compile(r"\bvisit(?:s|ed)?\b")) == {"visit"}
    assert required_literals(re.compile(r"\b(?:met|meet)\b|summit")) == {"met", "meet", "summit"}
    assert required_literals(re.compile(r"\bfoo\w*|\w+")) is None
    assert required_literals(re.compile(r"talks", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"a(?i:b)c")) == {"a"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted({w for v in _TRIGGER_LITERALS.values() if v for w in v})), st.sampled_from([" ", "\n", "-", ".", "the ", "a ", "to ", "by phone", "with ", "in ", "ed", "s ", "ing "]), st.characters()), max_size=40).map("".join))  # fmt: skip
def test_every_trigger_match_contains_a_required_literal(text: str) -> None:
    low = lower_same_length(text)
    for etype, pattern in TRIGGERS_LC.items():
        needed = _TRIGGER_LITERALS[etype]
        for m in pattern.finditer(low):
            assert needed is None or any(x in m.group(0) for x in needed), (etype, m.group(0))

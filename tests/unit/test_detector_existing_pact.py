"""Session 8 round 2 (h-recall8): an existing pact that is saved, kept, broken or applied ("failing
to salvage the pact", "violations of the ceasefire agreement") is background, not a proposed
agreement; "agreed on Wednesday that ..." is a shared view. Sentences are real (unseen-G, K and
corpus stories) unless a comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_failing_to_salvage_the_pact_is_no_agreement() -> None:
    # unseen-G u536 (2020-01-07): before, a proposed IRN-GBR-FRA-DEU agreement
    ev = run(
        "Europeans Set To Toughen Iran Response Over Nuclear Violations",
        "Iran has criticized Britain, France and Germany for failing to salvage the pact by "
        "shielding Tehran’s economy from U.S. sanctions, reimposed since 2018.",
        date(2020, 1, 7),
    )
    assert of_type(ev, "agreement") == []


def test_violations_of_the_ceasefire_agreement_is_no_agreement() -> None:
    # corpus 6387 (The Christian Science Monitor, 2013-03-21)
    ev = run(
        "West Bank hosts Obama, Gaza sends rockets",
        'Haaretz notes that a senior Hamas official earlier this week "threatened retaliation '
        'against Israel for what he called frequent violations of the ceasefire agreement, by Israel."',
        date(2013, 3, 21),
    )
    assert of_type(ev, "agreement") == []


def test_pushed_to_salvage_the_deal_is_no_agreement() -> None:
    # corpus 4565 (NPR, 2019-07-06); the story's agreement now comes from a negotiation sentence
    ev = run(
        "Iran Will Surpass Uranium Enrichment Limits, Officials Say",
        "Iran blamed European leaders, who had pushed to salvage the deal, for not protecting the "
        "country from reimposed U.S. sanctions.",
        date(2019, 7, 6),
    )
    assert of_type(ev, "agreement") == []


def test_salvaging_a_deal_still_in_the_making_stays_proposed() -> None:
    # hard negative, corpus 5911 (edited: the two countries named in the sentence)
    ev = run(
        "Trade talks stall",
        "It remains unclear whether China and the United States can salvage a trade agreement "
        "that is complicated by political dynamics on both sides of the Pacific.",
        date(2019, 5, 20),
    )
    assert [e.status for e in of_type(ev, "agreement")] == ["proposed"]


def test_implementing_the_deal_under_negotiation_stays_proposed() -> None:
    # hard negative, corpus 110 (The Wall Street Journal, 2019; edited: "the U.S. thought China"
    # -> "the U.S. said China", so the sentence stands alone)
    ev = run(
        "U.S. Slaps Higher Tariffs on Chinese Imports as Trade Talks Resume",
        "The U.S. said China had agreed to detail the laws it would change to implement the trade "
        "deal under negotiation, according to administration officials.",
        date(2019, 5, 10),
    )
    assert [e.status for e in of_type(ev, "agreement")] == ["proposed"]


def test_a_pact_signed_under_the_deal_is_still_news() -> None:
    # hard negative (made up from the pattern): a completion verb keeps the deal news
    ev = run(
        "Iran deal",
        "Under the deal signed on Tuesday, Iran and the United States will exchange prisoners.",
        date(2019, 7, 6),
    )
    assert [e.status for e in of_type(ev, "agreement")] == ["occurred"]


def test_agreed_on_wednesday_that_is_a_view_not_an_agreement() -> None:
    # unseen-K u738 (Reuters, 2009-09-25): before, an occurred USA-RUS agreement
    ev = run(
        "Russia puts pressure on Iran over uranium plant",
        "Obama and Medvedev agreed on Wednesday that serious additional sanctions had to be "
        "considered if Iran did not respond to proposals to end the nuclear standoff.",
        date(2009, 9, 25),
    )
    assert of_type(ev, "agreement") == []


def test_agreed_on_wednesday_to_do_something_is_an_agreement() -> None:
    # hard negative (u738 edited: "that ..." -> "to cut ...")
    ev = run(
        "Russia puts pressure on Iran over uranium plant",
        "Obama and Medvedev agreed on Wednesday to cut their nuclear arsenals by a third.",
        date(2009, 9, 25),
    )
    assert [e.status for e in of_type(ev, "agreement")] == ["occurred"]

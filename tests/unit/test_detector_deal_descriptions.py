"""A deal described, not made: an undated relative clause naming who made it ('The deal Obama
reached with Iran ignores ...'), and a deal only hoped for ('expressed hope of renegotiating a
“fair deal”')."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, one, run


def test_deal_named_by_its_maker_is_context() -> None:
    # TUNE X026 (allsides-3266, December 2015: the July deal)
    evs = run(
        "Bush: I will stand with Israel",
        "The deal Obama reached with Iran ignores Iran’s support for terrorism and missile "
        "proliferation that directly threatens Israel.",
        date(2015, 12, 3),
    )
    assert of_type(evs, "agreement") == []


def test_agreement_a_side_concluded_is_context() -> None:
    # TUNE W013 (allsides-2110)
    evs = run(
        "No cheating on friends",
        "This is what’s happening now with Qatar, which found a workaround to an agreement it "
        "concluded with the United States regarding the operation of Qatar Airways.",
        date(2019, 5, 8),
    )
    assert of_type(evs, "agreement") == []


def test_deal_made_on_a_named_day_stays_news() -> None:
    # the same relative, dated to the story's days
    e = one(
        run(
            "Trade deal",
            "The deal Trump reached with Mexico on Friday commits Mexico to deploy troops.",
            date(2019, 6, 9),
        ),
        "agreement",
    )
    assert e.status == "occurred"


def test_hope_of_renegotiating_a_deal() -> None:
    # TUNE W021 (allsides-6342)
    evs = run(
        "GOP growing frustrated with Trump's trade threats",
        "After dropping the order, Trump praised the U.S. relationship with Canada and Mexico as "
        "“very special” and expressed hope of renegotiating a “fair deal.”",
        date(2017, 5, 1),
    )
    assert of_type(evs, "agreement") == []

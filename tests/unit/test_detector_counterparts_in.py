"""Actor cases: "his counterparts in Mexico and Canada" names the officials of those countries,
sides of the event, not the place where it happened. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_counterparts_in_two_countries_are_parties() -> None:
    # Q002 (2018-12-03), the sentence's start
    ev = run(
        "Trump moves to withdraw from NAFTA",
        "Mr. Trump and his counterparts in Mexico and Canada signed the agreement on Nov. 30, "
        "capping a year of intense negotiations.",
        date(2018, 12, 3),
    )
    deal = one(ev, "agreement")
    assert countries(deal, "parties") == {"USA", "MEX", "CAN"}


def test_a_place_after_in_is_still_a_place() -> None:
    # P021 caption (2019-12-10), the sentence's end
    ev = run(
        "USMCA",
        "U.S. Trade Representative Robert Lighthizer and Mexican Deputy Foreign Minister Jesus "
        "Seade sign documents during a meeting at the Presidential Palace, in Mexico City, Mexico.",
        date(2019, 12, 10),
    )
    assert countries(one(ev, "leaders_meeting"), "location") == {"MEX"}

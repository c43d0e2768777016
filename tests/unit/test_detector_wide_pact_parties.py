"""Actor cases: a pact of many parties (the TPP's twelve) named in a story has as parties
those the story names, not its whole membership. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_wide_pact_keeps_the_named_parties() -> None:
    # T042 (2015-03-20)
    ev = run(
        "Trade",
        "But both Mexico and Canada are part of the negotiations on the TPP pact, which the Obama "
        "administration says will upgrade the labor and environmental provisions of NAFTA by "
        "making them enforceable.",
        date(2015, 3, 20),
    )
    assert countries(one(ev, "agreement"), "parties") == {"MEX", "CAN", "USA"}


def test_a_party_named_elsewhere_in_the_story_stays() -> None:
    # T043 (2015-04-29): Japan in the sentence before
    ev = run(
        "Abe on trade",
        "Japanese Prime Minister Shinzo Abe said his country will not shy away from domestic "
        "reforms. The U.S. is pressing Tokyo to open access to a number of so-called sacred "
        "sectors, such as rice, dairy, beef and pork, through the Trans-Pacific Partnership talks.",
        date(2015, 4, 29),
    )
    assert countries(one(ev, "agreement"), "parties") == {"JPN", "USA"}

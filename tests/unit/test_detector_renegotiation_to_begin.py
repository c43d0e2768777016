"""A named pact's renegotiation still to begin, promised or only aimed at ('pledged to begin
renegotiating NAFTA', 'He will renegotiate NAFTA', 'to enable the renegotiation of the NAFTA
deal') is no agreement under negotiation yet; a renegotiation under way still is one."""

from __future__ import annotations

from datetime import date

import pytest
from detector_cases import countries, of_type, one, run


@pytest.mark.parametrize(
    ("headline", "body", "published"),
    [
        (
            # TUNE U012 (allsides-6133)
            "Trump to pull out of Trans-Pacific Partnership",
            "Mr. Trump is expected in coming days to sign an executive order to begin "
            "renegotiating the North American Free Trade Agreement with Canada and Mexico.",
            date(2017, 1, 23),
        ),
        (
            # TUNE Z070 (allsides-911)
            "Trump makes it official: He will renegotiate NAFTA",
            "US President Donald Trump pledged Sunday to begin renegotiating the North American "
            "Free Trade Agreement (NAFTA) in upcoming talks with the leaders of Mexico and Canada.",
            date(2017, 1, 22),
        ),
        (
            # TUNE Q037 (allsides-927)
            "NAFTA Safe for Now: Trump Calls Trudeau and Peña Nieto to Renegotiate",
            "President Trump agreed not to terminate NAFTA at this time and the leaders agreed to "
            "proceed swiftly, according to their required internal procedures, to enable the "
            "renegotiation of the NAFTA deal to the benefit of all three countries.",
            date(2017, 4, 26),
        ),
    ],
)
def test_renegotiation_still_to_begin_is_no_agreement(headline, body, published):
    assert of_type(run(headline, body, published), "agreement") == []


def test_talks_still_to_begin_stay_a_planned_meeting():
    # TUNE Z070: the upcoming talks themselves are news
    ev = run(
        "Trump makes it official: He will renegotiate NAFTA",
        "US President Donald Trump pledged Sunday to begin renegotiating the North American "
        "Free Trade Agreement (NAFTA) in upcoming talks with the leaders of Mexico and Canada.",
        date(2017, 1, 22),
    )
    e = one(ev, "leaders_meeting")
    assert e.status == "planned"
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_renegotiation_under_way_is_a_proposed_agreement():
    # TUNE T045: a negotiating round under way
    ev = run(
        "NAFTA talks",
        "Representatives from the United States, Canada and Mexico are meeting Monday for more "
        "NAFTA negotiations.",
        date(2017, 10, 16),
    )
    e = one(ev, "agreement")
    assert e.status == "proposed"
    assert countries(e) == {"USA", "CAN", "MEX"}

"""A named pact under (re)negotiation is a proposed agreement between its fixed parties
("talks to modernize the North American Free Trade Agreement", "NAFTA, which is under
renegotiation"); a renegotiation only wished, promised or called for is not news."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_talks_to_modernize_a_named_pact() -> None:
    # TUNE U043 (corpus allsides-4798)
    e = one(
        run(
            "Republicans fear Trump will quit NAFTA",
            "As a fifth round of talks to modernize the North American Free Trade Agreement kicked "
            "off in Mexico on Friday, several Republicans interviewed by Reuters expressed concerns "
            "that tough U.S. demands will sink the talks.",
            date(2017, 11, 18),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_pact_under_renegotiation() -> None:
    # TUNE T045 (corpus allsides-1572): a tweet quoted in the story
    e = one(
        run(
            "Trump ties tariffs to trade pact",
            "Said Trump: “We have large trade deficits with Mexico and Canada. NAFTA, which is under "
            "renegotiation right now, has been a bad deal for U.S.A. Massive relocation of "
            "companies & jobs.”",
            date(2018, 3, 5),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_pact_talks_named_before_the_noun() -> None:
    # corpus allsides-4107
    e = one(
        run(
            "Trump renews threat to scrap NAFTA going into next round of talks",
            "Trump ripped on trading partners Canada and Mexico in a tweet early on Sunday. The "
            "second round of NAFTA talks will kick off on Friday in Mexico City.",
            date(2017, 8, 30),
        ),
        "agreement",
    )
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_only_the_pacts_parties() -> None:
    # corpus allsides-6309: China is no party to NAFTA
    e = one(
        run(
            "China courts Canada",
            "As Canada and Mexico have felt spurned by Trump during the runup to renegotiating "
            "NAFTA, China has emerged as a more reliable trading prospect.",
            date(2018, 9, 20),
        ),
        "agreement",
    )
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_renegotiation_called_for_is_no_event() -> None:
    # corpus allsides-5778: a position recalled, not talks under way
    evs = run(
        "The populist turn",
        "And yet Trump opposed the Trans-Pacific Partnership, called to renegotiate NAFTA, and "
        "wanted tariffs on China.",
        date(2018, 6, 1),
    )
    assert of_type(evs, "agreement") == []

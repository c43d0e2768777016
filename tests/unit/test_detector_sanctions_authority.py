"""Sanctions named as what someone has (or lacks) the authority, power or ability to impose
or lift, also with an article between ('lacks the authority to lift the embargo on Cuba'), are
a power, not sanctions imposed or lifted."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_authority_to_lift_the_embargo_is_no_event():
    # TUNE Q024 (allsides-5013)
    ev = run(
        "Congress must stop Obama on Cuba",
        "Right off the bat, Congress must make it crystal clear to President Obama that he lacks "
        "the authority to lift the embargo on Cuba, allow trade to take place between the two "
        "nations, let tourists to go to Cuba to bail out the regime or give Cuba have access to "
        "capital markets.",
        date(2014, 12, 17),
    )
    assert of_type(ev, "sanctions") == []


def test_sanctions_imposed_are_still_found():
    # TUNE P031: its own "ability to" is about the target, after the noun
    ev = run(
        "South Korean banks and media report computer network crash",
        "Washington also expanded sanctions against North Korea this month in a bid to cripple "
        "the government's ability to develop its nuclear program.",
        date(2013, 3, 20),
    )
    e = one(ev, "sanctions")
    assert countries(e, "imposer") == {"USA"}
    assert countries(e, "target") == {"PRK"}

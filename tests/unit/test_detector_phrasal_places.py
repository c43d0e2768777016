"""Actor cases: a country after "in" that ends a phrasal verb or a noun of stake ("reining in
North Korea", "Russia's role in Syria") is what the talks are about, not their venue. Sentences
are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_reining_in_a_country_is_no_venue() -> None:
    # R017 (2014-12-20)
    ev = run(
        "North Korea",
        "Washington began consultations with Japan, China, South Korea and Russia seeking their "
        "assistance in reining in North Korea.",
        date(2014, 12, 20),
    )
    e = one(ev, "leaders_meeting")
    assert countries(e, "location") == set()
    assert "PRK" not in countries(e)


def test_a_meeting_in_a_country_keeps_its_venue() -> None:
    ev = run(
        "Kerry",
        "Kerry met Lavrov in Geneva on Friday to discuss Russia's role in Syria.",
        date(2014, 12, 20),
    )
    e = one(ev, "leaders_meeting")
    assert countries(e, "location") == {"CHE"}
    assert "SYR" not in countries(e)

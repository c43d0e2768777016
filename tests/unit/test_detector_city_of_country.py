"""Actor cases: a city the gazetteer does not know, named before its country ("in Katowice,
Poland"), places the meeting in that country; a country that starts a clause after a city
("in Geneva, Russia said") does not. Sentences are real (tuning sets) or built on them."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_unknown_city_then_country_is_the_venue() -> None:
    # P011 (2018-12-07)
    ev = run(
        "Climate talks",
        "Still, with all the challenges there’s also hope and a tangible sense of determined "
        "optimism in Katowice, Poland, at the 24th Conference of the Parties to the United "
        "Nations Framework Convention on Climate Change, known for short as COP24.",
        date(2018, 12, 7),
    )
    assert countries(one(ev, "leaders_meeting")) == {"UN", "POL"}


def test_a_country_that_starts_a_clause_is_no_venue() -> None:
    # the shape of P011 with a speaker after the city
    ev = run(
        "Talks",
        "Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe held talks in "
        "Katowice, Russia said on Tuesday.",
        date(2018, 12, 7),
    )
    assert "RUS" not in countries(one(ev, "leaders_meeting"), "location")

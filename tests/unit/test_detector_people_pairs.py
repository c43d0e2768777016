"""Actor cases: a plural demonym is a side after "the" and also as the second of a pair
("between the Israelis and Palestinians") or in a pair after "between". Sentences are real
(tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_second_of_a_pair_after_the() -> None:
    # R003 (2014-02-13)
    ev = run(
        "Kerry",
        "US Secretary of State John Kerry is back in the Middle East today to sketch out a "
        "framework for final status talks between the Israelis and Palestinians, but with an "
        "Israeli announcement of settlement expansion imminent, skepticism about a commitment to "
        "peace is sky high.",
        date(2014, 2, 13),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"USA", "ISR", "PSE"}]


def test_a_lone_plural_demonym_is_no_side() -> None:
    ev = run(
        "Kerry",
        "Kerry met Netanyahu on Monday, as Palestinians protested in Ramallah.",
        date(2014, 2, 13),
    )
    assert all("PSE" not in countries(e, "participants") for e in of_type(ev, "leaders_meeting"))

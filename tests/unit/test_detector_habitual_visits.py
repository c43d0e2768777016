"""Frequency words make a visit habitual, not news. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_visited_several_times() -> None:
    # Q032 (allsides-1507, 2012-12-17)
    ev = run(
        "Obama Expected to Name Kerry as Secretary of State",
        "Mr. Kerry also visited Pakistan several times to try to ease recurrent tensions, "
        "including a two-week visit after the raid that killed Osama bin Laden .",
        date(2012, 12, 17),
    )
    assert of_type(ev, "state_visit") == []


def test_a_single_visit_stays_news() -> None:
    # the same sentence without the frequency words
    ev = run(
        "Kerry in Pakistan",
        "Secretary of State John Kerry visited Pakistan on Monday to try to ease recurrent "
        "tensions.",
        date(2013, 8, 2),
    )
    assert len(of_type(ev, "state_visit")) == 1

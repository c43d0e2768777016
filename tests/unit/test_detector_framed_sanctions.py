"""Sanctions cases: sanctions in a framing opener are the record the main clause is set
against, not news: a concessive "While X has imposed sanctions, ...", or "Before <another past
event>, X placed sanctions". Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_a_concessive_record_of_sanctions_is_no_event() -> None:
    # Q018 (allsides-2002, 2020-02-20), with the paragraph before it
    ev = run(
        "Intel officials say Russia boosting Trump candidacy",
        "Republican lawmakers who were in last week’s briefing by the DNI’s chief election "
        "official, Shelby Pierson, pushed back by noting that Trump has been tough on Russia, one "
        "of the officials said.\n\n"
        "While Trump has imposed severe economic sanctions on Russia, he also has spoken warmly "
        "of Russian leader Vladimir Putin and withdrawn troops from areas, like Syria, where "
        "Moscow could fill the vacuum.",
        date(2020, 2, 20),
    )
    assert of_type(ev, "sanctions") == []


def test_sanctions_placed_before_an_earlier_event_are_no_event() -> None:
    # V028 (allsides-6328, 2015-09-28)
    ev = run(
        "Obama at UN: Iran Deal Ensures Iran's Nuclear Program Will be 'Peaceful'",
        "Before the deal was drafted, the United States and its allies placed sanctions on Iran "
        "to “test” whether Iran could change course and that its nuclear program would be "
        "“peaceful.”",
        date(2015, 9, 28),
    )
    assert of_type(ev, "sanctions") == []

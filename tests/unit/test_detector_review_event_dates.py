"""Guards from a review of event dates and status in engine.py (2026-11-28): each sentence,
written in wire style for the review (not taken from a story), was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _meetings(body: str, day: date) -> list:
    return [e for e in of_type(run("Talks", body, day), "leaders_meeting") if e.actors]


def test_a_coming_day_early_next_year_is_no_old_background() -> None:
    day = date(2019, 12, 20)
    for verb in ("is expected to meet", "plans to meet"):
        evs = _meetings(
            f"Japanese Prime Minister Shinzo Abe {verb} U.S. President Donald Trump at the "
            "White House on Jan. 7, officials said.",
            day,
        )
        assert [(e.status, e.date) for e in evs] == [("planned", "2020-01-07")]
        assert {"JPN", "USA"} <= countries(evs[0])


def test_the_day_of_a_statement_before_the_trigger_dates_no_event() -> None:
    day = date(2019, 5, 22)
    for body in (
        "On Monday, U.S. President Donald Trump said he would meet Chinese President Xi "
        "Jinping in Osaka next month.",
        "U.S. President Donald Trump told reporters on Monday that he would meet Chinese "
        "President Xi Jinping in Osaka next month.",
        "U.S. President Donald Trump said in a tweet on Monday that he would meet Chinese "
        "President Xi Jinping in Osaka next month.",
    ):
        evs = _meetings(body, day)
        assert [(e.date_text, e.date) for e in evs] == [("next month", "2019-06-01")], body
    # nor does another clause's day: the coming summit is next year's, not Saturday's
    evs = _meetings(
        "Leaders met at the G20 summit in Osaka on Saturday; Saudi Arabia will host next "
        "year's G20 summit.",
        date(2019, 7, 1),
    )
    assert sorted((e.status, e.date) for e in evs) == [
        ("occurred", "2019-06-29"),
        ("planned", "2020-01-01"),
    ]
    # (a relative clause's month dates nothing either)
    evs = _meetings(
        "U.S. President Donald Trump, who canceled a visit to Denmark in August, will meet "
        "Danish Prime Minister Mette Frederiksen in London next month.",
        date(2019, 11, 20),
    )
    assert [e.date for e in evs] == ["2019-12-01"]


def test_a_proposed_or_cancelled_event_is_dated_ahead_unless_its_clause_is_past() -> None:
    evs = run(
        "Talks",
        "Chinese President Xi Jinping proposed a summit with U.S. President Donald Trump in "
        "January, state media said.",
        date(2019, 11, 20),
    )
    assert [(e.status, e.date) for e in evs if e.actors] == [("proposed", "2020-01-01")]
    day = date(2019, 12, 20)  # a Friday
    evs = _meetings(
        "The summit on Jan. 7 between Japanese Prime Minister Shinzo Abe and U.S. President "
        "Donald Trump has been cancelled.",
        day,
    )
    assert [(e.status, e.date) for e in evs] == [("cancelled", "2020-01-07")]
    evs = _meetings(
        "Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump were due to meet "
        "on Monday but the summit was called off.",
        day,
    )
    assert [(e.status, e.date) for e in evs] == [("cancelled", "2019-12-16")]


def test_an_abbreviated_title_ends_no_clause_before_the_day() -> None:
    evs = _meetings(
        "Russian Foreign Minister Sergei Lavrov met Secretary of State Mike Pompeo and Sen. "
        "Lindsey Graham in the Black Sea resort of Sochi on Tuesday.",
        date(2019, 5, 16),
    )
    assert [(e.date_text, e.date) for e in evs] == [("Tuesday", "2019-05-14")]

"""Talks named as what progress, an outcome or headlines are about ("insufficient progress on
talks to renegotiate NAFTA") are a process, no sitting: the day of the statement told elsewhere
in the sentence does not anchor them; a day told with the talks still does. Sentences are real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_progress_on_talks_is_no_meeting() -> None:
    # O024 allsides-3744 (2018-06-02)
    ev = run(
        "Trudeau Reaches His Breaking Point With Trump",
        "Indeed, Wilbur Ross, the Commerce secretary, said Thursday the tariffs on Canada were "
        "being imposed because of insufficient progress on talks to renegotiate NAFTA.",
        date(2018, 6, 2),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_outcome_of_negotiations_is_no_meeting() -> None:
    # O011 allsides-4549 (2018-03-08)
    ev = run(
        "Trump planning to make formal tariff announcement",
        "In statements from the White House, Trump said his plan does exempt Canada and Mexico "
        "from the tariffs, pending the outcome of ongoing trade negotiations, and allows other "
        "countries to apply for relief from the new duties.",
        date(2018, 3, 8),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_headlines_around_talks_is_no_meeting() -> None:
    # W042 allsides-439 (2019-11-25)
    ev = run(
        "S&P 500, Dow and Nasdaq close at records",
        "Analysts said investors remain sensitive to headlines around U.S.-China trade talks, "
        "with remarks Saturday by Robert O’Brien, the U.S. national security adviser, in the "
        "spotlight.",
        date(2019, 11, 25),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_progress_in_talks_on_a_day_is_still_a_meeting() -> None:
    # the day told with the talks anchors them (wording of the wire's trade-talks copy)
    ev = run(
        "Trade talks",
        "Treasury Secretary Steven Mnuchin said U.S. and Chinese negotiators made good progress "
        "in talks on Friday.",
        date(2019, 5, 11),
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "CHN"}

"""Actor cases: two leaders' own talks at a bloc's gathering and the gathering are two events
(the bloc is no party of the talks, the leaders are no party of the bloc's summit), and the
attendees of such a summit still make travel to its venue no state visit. Sentences are real
(tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _meetings(ev: list) -> list[set[str]]:
    return sorted((countries(e) for e in of_type(ev, "leaders_meeting")), key=sorted)


def test_talks_at_a_summit_of_the_bloc() -> None:
    # V029 (2017-07-10)
    ev = run(
        "Trump cyber unit",
        "But Trump returned to Twitter on Sunday to play down the idea, which arose at his talks "
        "with Putin at a summit of the Group of 20 nations in Hamburg, Germany.",
        date(2017, 7, 10),
    )
    assert _meetings(ev) == [{"DEU", "G20"}, {"DEU", "RUS", "USA"}]


def test_the_summit_will_see_a_meeting_between_two_leaders() -> None:
    # Q036 (2017-06-30)
    ev = run(
        "G-20",
        "The G-20 summit will see a meeting between Trump and Russian President Vladimir Putin, "
        "which is sure to generate intense interest.",
        date(2017, 6, 30),
    )
    assert _meetings(ev) == [{"G20"}, {"RUS", "USA"}]


def test_a_meeting_better_than_the_bloc_summit() -> None:
    # allsides-222 (corpus): the Helsinki meeting is no NATO summit
    ev = run(
        "Trump",
        "Trump said later that a meeting with Russian President Vladimir Putin went better than "
        "the NATO summit.",
        date(2018, 7, 17),
    )
    assert _meetings(ev) == [{"NATO"}, {"RUS", "USA"}]


def test_another_gathering_noun_keeps_its_sides() -> None:
    # O004 (2012-06-17): "the conference at Camp David" is not the talks on the sidelines
    ev = run(
        "G-20",
        "Another drama to play out at the G-20 summit will be Mr. Obama’s one-on-one meeting with "
        "Russian President Vladimir Putin, who snubbed Mr. Obama by skipping the conference at "
        "Camp David last month.",
        date(2012, 6, 17),
    )
    # (the place of that conference is not where Putin visits Obama)
    assert not of_type(ev, "state_visit")


def test_trip_to_the_summit_venue_stays_no_visit() -> None:
    # S014 (2018-12-03): the G-20 summit's attendees are in the talks told with it
    ev = run(
        "Trump touts ‘big leap forward’ with China after G-20 meeting",
        "President Trump on Monday touted “strong” relations with China in the wake of his Group "
        "of Twenty summit meeting with Chinese President Xi Jinping. Trump returned late Saturday "
        "from his two-day trip to Argentina, where trade was a focal point of many of his "
        "meetings.",
        date(2018, 12, 3),
    )
    assert not of_type(ev, "state_visit")

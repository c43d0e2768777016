"""Not a side: a country's private nationals at a meeting, a leader "welcomed" for what he
directs, talks only hoped to restart. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_nationals_at_a_meeting_are_no_side() -> None:
    # Q034 (allsides-1127, 2017-07-14)
    ev = run(
        "Rinat Akhmetshin, explained",
        "The Trump team had, until NBC News broke the story on Friday, never mentioned that there "
        "were any other Russian nationals at the meeting.",
        date(2017, 7, 14),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_welcomed_a_leader_directing_officials() -> None:
    # Q010 (allsides-3604, 2018-04-12)
    ev = run(
        "TPP Nations Welcome Trump's Interest, Don't Want Renegotiation",
        "Ministers from Japan, Australia and Malaysia welcomed President Donald Trump directing "
        "officials to explore returning to the Trans-Pacific Partnership, a pact he withdrew from "
        "shortly after coming to office.",
        date(2018, 4, 12),
    )
    assert of_type(ev, "state_visit") == []


def test_welcomed_a_visiting_leader_is_hosting() -> None:
    # O028 (2013-09-05)
    ev = run(
        "Putin greets Obama",
        "Russian President Vladimir Putin welcomed President Obama to St. Petersburg on Thursday.",
        date(2013, 9, 5),
    )
    assert len(of_type(ev, "state_visit")) == 1


def test_hopes_of_restarting_negotiations() -> None:
    # R036 (allsides-4773, 2015-03-19)
    ev = run(
        "Bibi's victory is Kerry's defeat",
        "“The Israeli election results probably deal a fatal blow to any hopes Kerry might have "
        "still had of restarting negotiations, but it doesn’t necessarily mean that Kerry or the "
        "administration is prepared to wash their hands of the whole matter,” said Khaled "
        "Elgindy, a former adviser to the Palestinian negotiators who’s now at Washington’s "
        "Brookings Institution think tank.",
        date(2015, 3, 19),
    )
    assert of_type(ev, "leaders_meeting") == []

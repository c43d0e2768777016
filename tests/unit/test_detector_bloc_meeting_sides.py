"""Actor cases: two sides' own talks held at a bloc's meeting ("trade talks between the United
States and China at the Group of 20 meeting") are one event, the bloc's meeting another: its
parties are the bloc and whoever goes there to talk, not the other side of those talks.
Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_talks_between_two_sides_at_a_bloc_meeting() -> None:
    # P037 (2019-06-20)
    ev = run(
        "Stocks rise",
        "Wall Street’s main indexes have gained in recent weeks on expectations of a rate cut and "
        "hopes of a revival of trade talks between the United States and China at the Group of 20 "
        "meeting next week in Japan.",
        date(2019, 6, 20),
    )
    found = {frozenset(countries(e)) for e in of_type(ev, "leaders_meeting")}
    assert frozenset({"G20", "JPN"}) in found
    assert frozenset({"G20", "CHN", "USA", "JPN"}) not in found


def test_who_goes_to_talk_attends_the_bloc_meeting() -> None:
    # Z033 (2018-07-20)
    ev = run(
        "Mnuchin to attend G-20",
        "Treasury Secretary Steven Mnuchin will have informal opportunities to talk with his "
        "Chinese counterparts at the G-20 finance ministers’ meeting in Buenos Aires this weekend, "
        "but no formal bilateral meetings are expected.",
        date(2018, 7, 20),
    )
    meetings = of_type(ev, "leaders_meeting")
    g20 = [e for e in meetings if "G20" in countries(e)]
    assert len(g20) == 1
    assert countries(g20[0]) == {"G20", "USA", "ARG"}
    assert g20[0].status == "planned"


def test_a_summit_between_two_leaders_on_the_sidelines() -> None:
    # Q021 (2019-06-02)
    ev = run(
        "China blames U.S.",
        "On the possibility of a summit between Xi and Trump on the sidelines of the Group of 20 "
        "summit in Osaka, Japan, later this month, Wang said he had no information on the matter.",
        date(2019, 6, 2),
    )
    found = {frozenset(countries(e)) for e in of_type(ev, "leaders_meeting")}
    assert frozenset({"G20", "JPN"}) in found


def test_a_quoted_meeting_with_a_leader_at_a_bloc_summit() -> None:
    # R019 (2019-06-18): the bloc is the venue; Washington, in the clause of the effect, is not
    ev = run(
        "Trade talks",
        "President Trump said Tuesday he’s arranged for an “extended meeting” with Chinese "
        "President Xi Jinping next week at the Group of 20 summit, raising hopes on Wall Street "
        "and in Washington of a cease-fire in their escalating trade war.",
        date(2019, 6, 18),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e) for e in meetings] == [{"CHN", "USA"}]
    assert not of_type(ev, "state_visit")


def test_a_leader_named_before_a_bloc_meeting_in_a_headline() -> None:
    # R019 headline (2019-06-18): "Xi G20 meeting" is a meeting with Xi at the G20
    ev = run("Markets surge as Trump confirms Xi G20 meeting amid trade war")
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e) for e in meetings] == [{"CHN", "USA"}]

"""Session 9 cases: what happened "last month" is recent news (the taxonomy's "days or weeks
before the story"), not background. Sentences are real (unseen sets) unless a comment says how
one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_a_meeting_last_month_is_news() -> None:
    # unseen-B u348 (2018-07-20), the North Korean leader named in full (the story names him earlier)
    ev = run(
        "North Korea talks",
        "President Donald Trump met with North Korean leader Kim Jong Un last month but has yet to "
        "hold any new talks in his effort to rein in North Korea's nuclear program.",
        date(2018, 7, 20),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "PRK"}]
    assert meetings[0].status == "occurred"


def test_last_year_is_still_background() -> None:
    ev = run(
        "North Korea talks",
        "President Donald Trump met with North Korean leader Kim Jong Un last year but has yet to "
        "hold any new talks.",
        date(2019, 7, 20),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_preparing_for_a_summit_is_planned() -> None:
    # unseen-B u400 (2018-05-01), the leader named in full (the story names him earlier)
    ev = run(
        "Kim prepares",
        "North Korean leader Kim Jong Un is preparing for a high-stakes summit with President "
        "Donald Trump in Singapore on June 12.",
        date(2018, 5, 1),
    )
    assert [e.status for e in of_type(ev, "leaders_meeting")] == ["planned"]

"""Guards from a review of the session's own mends (2026-11-28): each sentence was written in
wire style for the review (not taken from a story) and was misread by a rule a mend had made
too broad."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def test_a_trade_team_meeting_is_no_sports_fixture() -> None:
    evs = run("", "The U.S. trade team will meet Chinese officials in Beijing on Monday.", DAY)
    assert [countries(e) for e in of_type(evs, "leaders_meeting")] == [{"USA", "CHN"}]


def test_sanctions_on_firms_stand_beside_a_rivalry_named_competition() -> None:
    evs = run(
        "",
        "The U.S. Treasury on Tuesday imposed sanctions on two Chinese companies for helping "
        "Iran, as competition between Washington and Beijing intensified.",
        DAY,
    )
    assert [countries(e) for e in of_type(evs, "sanctions")] == [{"USA", "CHN"}]


def test_talks_delayed_by_an_hour_are_not_cancelled() -> None:
    evs = run(
        "",
        "Pompeo met Russian Foreign Minister Sergei Lavrov in Sochi on Tuesday, and the talks "
        "were delayed by an hour.",
        DAY,
    )
    assert [e.status for e in of_type(evs, "leaders_meeting")] == ["occurred"]


def test_a_meeting_delayed_until_next_month_is_called_off() -> None:
    evs = run("", "The meeting between Trump and Kim was delayed until next month.", DAY)
    assert [e.status for e in of_type(evs, "leaders_meeting")] == ["cancelled"]

"""Guards from a review of the meeting and visit rules' guards (vetoes, status overrides) that
searched the whole sentence: each sentence was written in wire style for the review, not taken
from a story, and was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def test_cancel_word_of_another_clause_leaves_the_meeting_held() -> None:
    evs = run(
        "Talks",
        "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on "
        "Tuesday and discussed the withdrawal of Kurdish fighters from the border.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert [countries(e) & {"RUS", "TUR"} for e in meetings] == [{"RUS", "TUR"}]
    assert {e.status for e in evs} == {"occurred"}


def test_cancel_word_after_as_leaves_the_visit_held() -> None:
    evs = run(
        "Visit",
        "Chinese President Xi Jinping arrived in Pyongyang on Thursday for a state visit to "
        "North Korea, as the United States scrapped tariff exemptions for Chinese goods.",
        DAY,
    )
    visits = of_type(evs, "state_visit")
    assert [e.status for e in visits] == ["occurred"]


def test_threat_of_another_clause_leaves_the_meeting_held() -> None:
    evs = run(
        "Talks",
        "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on "
        "Tuesday, as Russia threatened to pull out of the grain corridor.",
        DAY,
    )
    assert of_type(evs, "leaders_meeting")
    assert {e.status for e in evs} == {"occurred"}


def test_this_week_of_another_clause_leaves_the_summit_held() -> None:
    evs = run(
        "Summit",
        "Chinese President Xi Jinping and Russian President Vladimir Putin attended a regional "
        "summit in Dushanbe on Saturday, as oil prices rose to their highest level this week.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and {e.status for e in meetings} == {"occurred"}


def test_talks_with_others_keep_the_un_attendance() -> None:
    evs = run(
        "Diplomacy",
        "President Donald Trump will address the U.N. General Assembly in New York next week "
        "and hold talks on Iran with world leaders.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert [(countries(e), e.status) for e in meetings] == [({"USA", "UN"}, "planned")]


def test_when_ready_in_a_relative_clause_keeps_the_meeting() -> None:
    evs = run(
        "Talks",
        "Japanese Prime Minister Shinzo Abe, who said Tokyo would respond when it was ready, "
        "met Chinese President Xi Jinping in Osaka on Saturday.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert [countries(e) & {"JPN", "CHN"} for e in meetings] == [{"JPN", "CHN"}]
    assert meetings[0].status == "occurred"


def test_alongside_far_from_a_press_conference_meets_no_one() -> None:
    for body in (
        "Secretary of State Mike Pompeo told a news conference in Washington on Tuesday that "
        "American troops would stay in Syria alongside Turkish forces to counter Iran.",
        "British Prime Minister Theresa May said at a news conference in London on Tuesday that "
        "her government would work alongside French President Emmanuel Macron on the issue.",
    ):
        assert of_type(run("Briefing", body, DAY), "leaders_meeting") == [], body
    # while a counterpart at the speaker's side still makes it a meeting
    evs = run(
        "Briefing",
        "Standing alongside French President Emmanuel Macron, Trump told a news conference in "
        "Paris on Tuesday that the alliance was strong.",
        DAY,
    )
    assert any({"FRA", "USA"} <= countries(e) for e in of_type(evs, "leaders_meeting"))


def test_day_of_another_clause_does_not_anchor_talks_as_news() -> None:
    for body in (
        "The yuan fell on Monday, as investors worried about trade talks between the United "
        "States and China.",
        "Stocks rose on Tuesday, while analysts said trade negotiations between the U.S. and "
        "China were dragging on.",
    ):
        assert of_type(run("Markets", body, DAY), "leaders_meeting") == [], body

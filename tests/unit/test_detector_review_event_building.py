"""Guards from a review of the event builder in engine.py (2026-11-28): each sentence, written
in wire style for the review (not taken from a story), was misread before its fix."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from detector_cases import countries, of_type, run

from streams.detector import engine


def test_a_persons_relative_clause_neither_dates_nor_makes_the_event() -> None:
    evs = run(
        "Trump to meet Xi",
        "U.S. President Donald Trump, who was in Tokyo in May, will meet Chinese President Xi "
        "Jinping in Osaka on Saturday, the White House said.",
        date(2019, 6, 25),
    )
    meetings = of_type(evs, "leaders_meeting")
    assert [(countries(e, "participants"), e.status) for e in meetings] == [
        ({"USA", "CHN"}, "planned")
    ]
    assert meetings[0].date == "2019-06-29"
    assert of_type(evs, "state_visit") == []


def test_a_while_clause_gives_no_side_to_a_one_sided_clause() -> None:
    day = date(2019, 6, 25)
    for body in (
        "Japanese Prime Minister Shinzo Abe held talks in Tokyo on Monday, while China said it "
        "would respond.",
        "Russian Foreign Minister Sergei Lavrov held talks on Monday, while the United States "
        "warned of new sanctions.",
    ):
        assert of_type(run("Talks", body, day), "leaders_meeting") == [], body


def test_a_summit_of_another_phase_keeps_no_place() -> None:
    evs = run(
        "G20",
        "Leaders met at the G20 summit in Osaka on Saturday. Saudi Arabia will host next year's "
        "G20 summit.",
        date(2019, 6, 30),
    )
    planned = [e for e in of_type(evs, "leaders_meeting") if e.status == "planned"]
    assert planned and all(e.location_country != "JPN" for e in planned)
    held = [e for e in of_type(evs, "leaders_meeting") if e.status == "occurred"]
    assert [e.location_country for e in held] == ["JPN"]


_INVITED = (
    "Russia says Trump invited Putin",
    "U.S. President Donald Trump invited Russian President Vladimir Putin to the United States "
    "during a phone call, RIA news agency reported on Friday.\n\nThe agency quoted Foreign "
    "Minister Sergei Lavrov as saying Trump returned to the subject of an invitation a couple "
    "of times during the call.",
)


def _sides(events: list) -> list:
    return [(e.type, e.status, sorted((a.id, a.role) for a in e.actors)) for e in events]


def test_sourced_parties_follow_their_event_not_an_object_id(monkeypatch) -> None:
    # which cited source was made a party for want of a second side is kept per event: an event
    # replaced by a copy on the way to the merge (as the between/named-party passes do) keeps it,
    # and a new object that happens to get a dead event's id() does not inherit it
    day = date(2018, 4, 6)
    plain = _sides(run(*_INVITED, day))
    keep = engine._named_parties
    monkeypatch.setattr(engine, "_named_parties", lambda e, named: replace(keep(e, named)))
    assert _sides(run(*_INVITED, day)) == plain

"""Guards from a review of actor finding (mentions.py, 2026-11-28): each sentence, written in
wire style for the review (not from a story), was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def test_a_month_or_party_label_before_a_surname_is_no_given_name() -> None:
    evs = run(
        "Summit set",
        "Officials said that in July Abe will visit Washington for talks with Trump.",
        DAY,
    )
    assert [countries(e) for e in of_type(evs, "state_visit")] == [{"JPN", "USA"}]
    evs = run(
        "Helsinki", "Democrats said fellow Republican Trump met Putin in Helsinki on Monday.", DAY
    )
    assert any({"RUS", "USA"} <= countries(e) for e in of_type(evs, "leaders_meeting"))


def test_the_swiss_city_is_no_swiss_side() -> None:
    evs = run(
        "Talks in Geneva",
        "Russian Deputy Foreign Minister Sergei Ryabkov held talks with U.S. envoy Marshall "
        "Billingslea in the Swiss city of Geneva on Tuesday.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and all(
        "CHE" not in {a.country for a in e.actors if a.role == "participants"} for e in meetings
    )

"""Guards from a review of actor finding (mentions.py, fix round 2026-11-28): each sentence was
written in wire style for the review (not taken from a story) and was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_a_headline_verb_ends_the_name_after_a_title() -> None:
    # "Japanese PM Meets Trump At White House" was one invented person ("Meets Trump At ...")
    evs = run("Japanese PM Meets Trump At White House", "", date(2019, 4, 26))
    meetings = of_type(evs, "leaders_meeting")
    assert meetings, [(e.type, e.status) for e in evs]
    assert all({"JPN", "USA"} <= countries(e, "participants") for e in meetings)
    names = {a.name for e in evs for a in e.actors}
    assert "Shinzo Abe" in names
    assert not any("Meets" in n for n in names)


def test_the_chancellor_of_the_exchequer_is_no_head_of_government() -> None:
    evs = run(
        "Hammond in Beijing",
        "Britain's Chancellor of the Exchequer Philip Hammond met Chinese Vice Premier Hu Chunhua "
        "in Beijing on Monday.",
        date(2019, 6, 18),
    )
    meetings = of_type(evs, "leaders_meeting")
    assert meetings
    names = {a.name for e in meetings for a in e.actors}
    assert "Philip Hammond" in names
    assert "Theresa May" not in names


def test_a_country_after_a_city_and_comma_may_be_a_subject() -> None:
    evs = run(
        "Trade talks",
        "At a meeting in Osaka, China and the United States agreed to restart trade talks.",
        date(2019, 6, 29),
    )
    assert any(
        {"CHN", "USA"} <= countries(e, "participants") for e in of_type(evs, "leaders_meeting")
    )
    # the city's country is still a place: "in Osaka, Japan, on Saturday"
    evs = run("G20", "Trump met Xi in Osaka, Japan, on Saturday.", date(2019, 6, 29))
    (meeting,) = of_type(evs, "leaders_meeting")
    assert countries(meeting, "participants") == {"CHN", "USA"}
    assert countries(meeting, "location") == {"JPN"}


def test_a_demonym_coordinated_with_a_country_before_a_group_noun_is_a_side() -> None:
    evs = run(
        "Arms control",
        "Russian and U.S. officials held talks in Geneva on Tuesday on arms control.",
        date(2019, 7, 17),
    )
    assert any(
        {"RUS", "USA"} <= countries(e, "participants") for e in of_type(evs, "leaders_meeting")
    )


def test_the_kremlin_after_with_is_the_russian_party() -> None:
    evs = run(
        "Syria",
        "French President Emmanuel Macron held talks with the Kremlin on Tuesday about Syria.",
        date(2019, 7, 17),
    )
    assert any(
        countries(e, "participants") == {"FRA", "RUS"} for e in of_type(evs, "leaders_meeting")
    )

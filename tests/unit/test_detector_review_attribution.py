"""Guards from a review of attribution and coreference (engine.py, fix round 2026-11-28): each
sentence was written in wire style for the review (not taken from a story) and was misread
before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def test_the_white_house_said_is_a_source_not_a_party() -> None:
    evs = run(
        "Talks",
        "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in spoke by phone "
        "on Monday, the White House said.",
        DAY,
    )
    calls = of_type(evs, "leader_call")
    assert calls
    assert all(countries(e) == {"JPN", "KOR"} for e in calls)
    assert all("White House" in e.attribution.sources for e in calls)


def test_the_kremlin_said_is_no_participant() -> None:
    evs = run("Talks", "The leaders of China and Japan will meet next week, the Kremlin said.", DAY)
    meetings = of_type(evs, "leaders_meeting")
    assert meetings
    assert all("RUS" not in countries(e) for e in meetings)


def test_office_nouns_and_according_to_name_sources() -> None:
    evs = run(
        "Talks",
        "Russian President Vladimir Putin will meet Chinese President Xi Jinping in Beijing next "
        "week, Kremlin spokesman Dmitry Peskov said.",
        DAY,
    )
    assert all("Dmitry Peskov" in e.attribution.sources for e in evs), evs
    evs = run(
        "Talks",
        "Russian President Vladimir Putin will meet Chinese President Xi Jinping in Beijing next "
        "week, U.S. officials said.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and all("USA" not in countries(e, "participants") for e in meetings)
    evs = run(
        "Talks",
        "According to the Kremlin, Russian President Vladimir Putin will visit Beijing next week.",
    )
    assert evs and all(e.attribution.sources == ("Kremlin",) for e in evs)


def test_citing_a_reason_is_no_source() -> None:
    evs = run(
        "Expulsions",
        "Britain expelled 23 Russian diplomats on Wednesday, citing Russia's role in the "
        "poisoning of Sergei Skripal.",
        DAY,
    )
    exp = of_type(evs, "diplomatic_expulsion")
    assert exp
    assert all(e.attribution.claimed_by is None and not e.attribution.sources for e in exp)
    evs = run(
        "Expulsions",
        "Britain expelled 23 Russian diplomats on Wednesday, citing Foreign Ministry sources.",
        DAY,
    )
    assert all(e.attribution.sources for e in of_type(evs, "diplomatic_expulsion"))


def test_said_that_may_is_theresa_may() -> None:
    evs = run(
        "Talks",
        "British Prime Minister Theresa May met U.S. President Donald Trump at the White House "
        "on Friday. Trump said that May would visit Washington again next month.",
        DAY,
    )
    visits = [e for e in of_type(evs, "state_visit") if e.status == "planned"]
    assert visits and all("GBR" in countries(e, "visitor") for e in visits)


def test_a_reporting_agency_is_kept() -> None:
    evs = run(
        "Talks",
        "Russian President Vladimir Putin will meet Chinese President Xi Jinping in Beijing next "
        "week, TASS reported.",
        DAY,
    )
    assert evs and all(e.attribution.agency == "TASS" for e in evs)
    evs = run(
        "Talks",
        "MOSCOW (Reuters) - Russian President Vladimir Putin will meet Chinese President Xi "
        "Jinping in Beijing next week, RIA Novosti reported.",
        DAY,
    )
    assert evs and all(e.attribution.agency == "RIA Novosti" for e in evs)


def test_a_headline_without_source_keeps_the_body_source() -> None:
    evs = run(
        "Putin to meet Xi",
        "Russian President Vladimir Putin will visit Beijing next week and meet Chinese "
        "President Xi Jinping, according to the Kremlin.",
        DAY,
    )
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and all("Kremlin" in e.attribution.sources for e in meetings)


def test_he_after_said_is_the_speaker() -> None:
    evs = run(
        "Talks", "Pompeo said after talks with Lavrov that he would visit China next week.", DAY
    )
    visits = of_type(evs, "state_visit")
    assert visits and all(countries(e, "visitor") == {"USA"} for e in visits)


def test_she_is_not_the_male_subject_of_the_last_meeting() -> None:
    evs = run(
        "Talks",
        "U.S. President Donald Trump met German Chancellor Angela Merkel at the White House on "
        "Friday. She will travel to Moscow next month to meet Russian President Vladimir Putin.",
        DAY,
    )
    planned = [e for e in of_type(evs, "state_visit") if e.status == "planned"]
    assert planned and all(countries(e, "visitor") == {"DEU"} for e in planned)


def test_a_headline_clause_is_no_claimant() -> None:
    evs = run("Pompeo Meets Lavrov, Says Talks Were Productive", "", DAY)
    meetings = of_type(evs, "leaders_meeting")
    assert meetings and all(not e.attribution.sources for e in meetings)

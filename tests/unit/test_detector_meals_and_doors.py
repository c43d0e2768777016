"""Meetings over a meal ("sat down for a private luncheon", "had dinner with Abe"), an open
door to talks as an offer, a closed one as no talks, and past verbs beside "this week"."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_two_leaders_sitting_down_for_a_meal_met() -> None:
    # eval/corpus P019 (USA Today 2019)
    ev = run(
        "Trump arrives at G7 summit",
        "About an hour later, Trump and Macron sat down for a private luncheon outside the "
        "Hotel du Palais before the formal start of the summit.",
        date(2019, 8, 24),
    )
    met = [countries(e, "participants") for e in of_type(ev, "leaders_meeting")]
    assert {"USA", "FRA"} in met


def test_dinner_with_a_leader_is_a_meeting_and_dinner_with_reporters_is_not() -> None:
    ev = run("Abe", "Abe had dinner with Trump at Mar-a-Lago on Saturday.", date(2017, 2, 12))
    assert countries(one(ev, "leaders_meeting"), "participants") == {"JPN", "USA"}
    assert run("Trump", "Trump had dinner with reporters on Friday.", date(2018, 6, 12)) == []


def test_the_meals_company_is_named_beside_it() -> None:
    # corpus allsides-5479: a topic at the far end of the sentence is no guest
    ev = run(
        "Trump praises Kanye West",
        "Kanye West did lunch with President Trump Thursday, but pre-empted the meal with a "
        "bizarre press conference in which he covered Superman, the 13th and Second "
        "amendments, North Korea and his budding bromance with the commander in chief.",
        date(2018, 10, 12),
    )
    assert ev == []


def test_an_open_door_to_dialogue_is_an_offer_of_talks() -> None:
    # eval/corpus P042 (The Guardian 2018)
    ev = run(
        "Trade war",
        "Geng Shuang, a Chinese foreign ministry spokesman, told reporters in Beijing that "
        "China’s door to dialogue with Washington remained open “but the US has missed the "
        "opportunity time and time again”.",
        date(2018, 4, 4),
    )
    inv = one(ev, "summit_invitation")
    assert inv.status == "proposed"
    assert countries(inv, "inviter") == {"CHN"}
    assert countries(inv, "invitee") == {"USA"}


def test_a_closed_door_to_talks_is_no_meeting() -> None:
    ev = run(
        "Merkel",
        "The door to talks with Russia is closed, Merkel said on Monday.",
        date(2019, 4, 4),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_a_past_verb_beside_this_week_reports_meetings_held() -> None:
    # eval/corpus O002 (Breitbart 2017)
    ev = run(
        "Meetings with China",
        "President Donald Trump discussed several issues with Chinese President Xi Jinping "
        "during their high-profile meetings at Mar-a-lago this week.",
        date(2017, 4, 8),
    )
    assert one(ev, "leaders_meeting").status == "occurred"


def test_sanctions_in_response_to_conduct_target_the_side_sanctioned() -> None:
    # eval/corpus O023 (The Washington Times 2014)
    ev = run(
        "New sanctions",
        "The Obama administration Monday imposed a new round of targeted economic sanctions "
        "against cronies of Russian President Vladimir Putin and 17 companies in response to "
        "Russia’s involvement in the crisis in Ukraine.",
        date(2014, 4, 28),
    )
    assert countries(one(ev, "sanctions"), "target") == {"RUS"}

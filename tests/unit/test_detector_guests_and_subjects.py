"""Session 7 recall/precision cases: 'met visiting X' guests, the subject of 'X met with Y'
as the 'He' of the next sentence, and the Taliban as Afghanistan's government from 2021-08-15.
Every sentence is from the corpus (shared/corpus/stories.jsonl.gz)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_guest_named_after_visiting_is_the_visitor() -> None:
    # corpus allsides-3306: the NATO chief visits Turkey; the host is the opening clause's subject
    ev = run(
        "Talks",
        "Speaking at a news conference with visiting NATO chief Jens Stoltenberg, Turkish "
        'Foreign Minister Mevlut Cavusoglu said that "Turkey will not hold back from carrying '
        'out its role" once an agreement is made with the US-led coalition fighting IS, the '
        "Associated Press reports.",
        date(2014, 10, 9),
    )
    visit = one(ev, "state_visit")
    assert (countries(visit, "visitor"), countries(visit, "host")) == ({"NATO"}, {"TUR"})


def test_visiting_as_a_verb_names_no_guest() -> None:
    # corpus: "visiting" is the act, and no office holder of another country receives anyone
    ev = run(
        "Visitors",
        "Stern was known for visiting the Obama White House more than any other person.",
        date(2015, 4, 1),
    )
    assert not of_type(ev, "state_visit")


def test_he_after_x_met_with_y_is_x() -> None:
    # corpus allsides-4815: "He" is Kerry (out of office in 2018), not Zarif whom he met
    ev = run(
        "White House Sources: John Kerry’s Stealth Lobbying Backfired",
        "According to The Globe, Kerry met with Iranian Foreign Minister Javad Zarif multiple "
        "times over the last few months. He also reportedly met with German President "
        "Frank-Walter Steinmeier, French President Emmanuel Macron and multiple members of "
        "Congress.",
        date(2018, 5, 8),
    )
    assert not of_type(ev, "leaders_meeting")


def test_an_office_holder_meeting_with_someone_is_still_a_meeting() -> None:
    # corpus (Hollande and Cameron in Paris): a subject in office keeps the meeting
    ev = run(
        "Talks",
        "Meanwhile, in Paris, President François Hollande met with British Prime Minister "
        "David Cameron.",
        date(2015, 11, 23),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"FRA", "GBR"}


def test_the_taliban_is_afghanistans_government_only_from_august_2021() -> None:
    # corpus allsides-340 (2020): talks with the insurgents are no diplomatic event; the same
    # sentence in a story dated after the Taliban took Kabul is talks with Afghanistan
    said = (
        "The U.S. and Taliban were holding talks to end the long-running war, according to The "
        "New York Times."
    )
    assert not of_type(run("Talks", said, date(2020, 6, 27)), "leaders_meeting")
    talks = one(run("Talks", said, date(2022, 6, 27)), "leaders_meeting")
    assert countries(talks, "participants") == {"AFG", "USA"}


def test_the_president_as_subject_is_the_president_the_story_named() -> None:
    # corpus allsides-5578: "The president" is Trump, named in the sentence before
    ev = run(
        "California trip shows Trump doesn't always hate the media",
        "The boon to Trump's mood from the California trip may carry into the weekend. The "
        "president will host the Australian prime minister for a state visit on Friday, then "
        "join Indian Prime Minister Narendra Modi at Houston's NRG Stadium for an event titled "
        "“Howdy, Modi,” that is expected to draw tens of thousands.",
        date(2019, 9, 20),
    )
    visit = one(ev, "state_visit")
    assert (countries(visit, "visitor"), countries(visit, "host")) == ({"AUS"}, {"USA"})
    assert visit.status == "planned"


def test_the_president_outside_a_subject_names_no_side() -> None:
    # corpus allsides-5960: "neither the president nor ..." is no visit to Syria
    ev = run(
        "3 Reasons Not to Go to War with Syria",
        "As the Obama administration beats the drum for yet another military engagement, here "
        "are three reasons we shouldn't go to war with Syria.\n\n1. It's not our fight\n\n"
        "U.S. foreign policy—especially military actions—should proceed from clear and "
        "compelling national interests. But neither the president nor anyone in his "
        "administration has clarified what America's security stake is in Syria's civil war.",
        date(2013, 8, 30),
    )
    assert not of_type(ev, "state_visit")

"""Session 7 (h-recall7b) cases from the new tuning sets G and I and the corpus: offers of
talks, the wire's present tense for a coming weekday, hedged cancellations, "after meeting X",
tallies of meetings, "In calls with A and B, X said", "talks to" as a verb, the US Treasury
Secretary, "his rotating EU presidency" and business conferences. Each sentence is real: from
unseen-G/I (tuning sets), unseen-D or the corpus (shared/corpus/stories.jsonl.gz)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

from streams.detector import engine

_LEE = (
    "SEOUL  (Reuters) - South Korean President Lee Myung-bak visits the United Arab Emirates on "
    "Saturday in a push to win one of the world's biggest nuclear power plant contracts."
)


def test_a_proposal_to_kickstart_talks_is_a_proposed_invitation() -> None:
    # unseen-I u611 (Reuters 2011): TAXONOMY "offered talks" is a summit_invitation, proposed
    ev = run(
        "Swiss kickstart talks with U.S. to settle tax probe",
        "ZURICH  (Reuters) - Switzerland has made a proposal to try to kickstart talks to settle "
        "its impasse with U.S. authorities over Swiss banks suspected of helping wealthy "
        "Americans dodge taxes, its finance ministry said.",
        date(2011, 8, 26),
    )
    inv = one(ev, "summit_invitation")
    assert inv.status == "proposed"
    assert (countries(inv, "inviter"), countries(inv, "invitee")) == ({"CHE"}, {"USA"})
    assert not of_type(ev, "leaders_meeting")


def test_talks_scheduled_to_resume_stay_a_planned_meeting() -> None:
    # corpus (2019): "scheduled to resume talks" is no offer
    ev = run(
        "Trade",
        "Trump's comments, delivered on Twitter, came as a Chinese delegation was scheduled to "
        "resume talks in Washington on Wednesday aimed at resolving a trade war that has shaken "
        "investors and cast gloom over the world economy.",
        date(2019, 1, 29),
    )
    assert one(ev, "leaders_meeting").status == "planned"
    assert not of_type(ev, "summit_invitation")


def test_present_tense_with_a_coming_weekday_is_planned() -> None:
    # unseen-I u674, published Friday 2009-12-25: Saturday is tomorrow
    assert one(run("Nuclear", _LEE, date(2009, 12, 25)), "state_visit").status == "planned"


def test_present_tense_with_a_past_weekday_stays_occurred() -> None:
    # the same sentence dated Monday 2009-12-28 (shifted on purpose): Saturday is two days ago
    assert one(run("Nuclear", _LEE, date(2009, 12, 28)), "state_visit").status == "occurred"


def test_the_possibility_of_cancelling_a_summit_is_no_cancellation() -> None:
    # unseen-I u649 (2012): the summit is still planned
    ev = run(
        "Budget",
        "Britain has not received any communication from Germany about the possibility of "
        "cancelling an EU summit on the bloc's long-term budget scheduled for next month, Prime "
        "Minister David Cameron's spokesman said on Monday.",
        date(2012, 10, 22),
    )
    assert one(ev, "leaders_meeting").status == "planned"


def test_a_summit_called_off_is_cancelled() -> None:
    # corpus (2015): a cancellation that was done
    ev = run(
        "Summit",
        "Saudi Arabian King Salman on Sunday canceled plans to attend this week's summit at Camp "
        "David with President Obama because of the cease-fire.",
        date(2015, 5, 11),
    )
    assert one(ev, "leaders_meeting").status == "cancelled"


_CAMERON = (
    "Cameron said after meeting Sarkozy in Paris that the crisis was having a chilling effect on "
    "the British economy, and called for a successful outcome to a summit next week when the "
    "Franco-German plans will be put to European Union leaders."
)


def test_after_meeting_x_the_meeting_occurred_despite_next_week() -> None:
    # unseen-I u647 (2011): "next week" dates the EU summit, not the Paris meeting
    ev = run("Treaty", _CAMERON, date(2011, 12, 2))
    paris = [e for e in of_type(ev, "leaders_meeting") if countries(e) >= {"GBR", "FRA"}]
    assert [e.status for e in paris] == ["occurred"]
    assert one(ev, "state_visit").status == "occurred"


def test_a_meeting_next_week_is_still_planned() -> None:
    # corpus (2019): no "after" before the meeting
    ev = run(
        "Trade",
        "President Trump said Tuesday he’s arranged for an “extended meeting” with Chinese "
        "President Xi Jinping next week at the Group of 20 summit, raising hopes on Wall Street "
        "and in Washington of a cease-fire in their escalating trade war.",
        date(2019, 6, 18),
    )
    meeting = one(ev, "leaders_meeting")
    assert meeting.status == "planned" and countries(meeting) >= {"USA", "CHN"}


def test_a_tally_of_meetings_is_background() -> None:
    # unseen-G u541 (2019), with Kim's full name (the story names him in the headline)
    assert not of_type(
        run("Letter", "Trump and Kim Jong Un have met three times.", date(2019, 8, 9)),
        "leaders_meeting",
    )


def test_a_meeting_with_a_time_of_day_is_not_a_tally() -> None:
    # corpus (2015): "met ... on Sunday" is one meeting
    ev = run(
        "Talks",
        "Mr. Kerry met one-on-one with Mr. Fabius on Sunday, but State Department officials "
        "declined to provide details about the meeting.",
        date(2015, 12, 7),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "FRA"}


_BLINKEN = (
    "In calls with both the Jordanian and Qatari foreign ministers, Blinken said it was important "
    "to continue the ceasefire talks and to prevent “further escalation of the conflict,” "
    "according to State Department readouts."
)


def test_in_calls_with_a_and_b_x_said_is_one_call_with_each() -> None:
    # unseen-G u503 (2024): two calls; the ministers called are no parties of the ceasefire talks
    ev = run("Gaza", _BLINKEN, date(2024, 8, 1))
    calls = of_type(ev, "leader_call")
    assert sorted(sorted(countries(c)) for c in calls) == [["JOR", "USA"], ["QAT", "USA"]]
    assert not of_type(ev, "leaders_meeting")


def test_in_a_phone_call_with_x_is_still_one_call() -> None:
    # corpus allsides-5866 (2018)
    ev = run(
        "Deal",
        "In a phone call with Trump, Mexican President Enrique Peña Nieto called the deal "
        "“something very positive for the United States and Mexico.”",
        date(2018, 8, 27),
    )
    assert countries(one(ev, "leader_call")) == {"MEX", "USA"}


def test_a_title_then_a_comma_then_another_countrys_official_is_two_people() -> None:
    # unseen-G u503, singular: "the Jordanian foreign minister, Blinken said" is no apposition
    ev = run(
        "Gaza",
        "In a call with the Jordanian foreign minister, Blinken said it was important to continue "
        "the ceasefire talks.",
        date(2024, 8, 1),
    )
    assert countries(one(ev, "leader_call")) == {"JOR", "USA"}


def test_talks_to_a_person_is_the_verb_not_a_meeting() -> None:
    # unseen-I u633 (2011): a phone conversation, no meeting and no visit
    ev = run(
        "Sarkozy talks to UK's Cameron on financial situation",
        "LONDON  (Reuters) - British Prime Minister David Cameron spoke to French President "
        "Nicolas Sarkozy on Saturday evening to discuss the financial situation after the U.S. "
        "credit rating downgrade, Cameron's office said.",
        date(2011, 8, 6),
    )
    assert not of_type(ev, "leaders_meeting") and not of_type(ev, "state_visit")


def test_talks_to_restore_relations_are_still_talks() -> None:
    # corpus (2014)
    ev = run(
        "Cuba",
        "The U.S. and Cuba are going to immediately begin talks to restore diplomatic relations, "
        "the White House announced.",
        date(2014, 12, 17),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "CUB"}


def test_the_treasury_secretary_with_no_nationality_is_american() -> None:
    # corpus allsides-60 (2019)
    ev = run(
        "Talks",
        "Treasury Secretary Steven Mnuchin met with Chinese Vice Premier Liu He for a working "
        "dinner Thursday night.",
        date(2019, 10, 11),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "CHN"}


def test_a_former_treasury_secretary_is_no_actor() -> None:
    # corpus allsides-674 (2015): the title names the US office, the man is out of it
    ms = engine._finder().find(
        "And after flirting with former Treasury Secretary Larry Summers, Obama nominated "
        "Bernanke’s preferred successor, then-vice chair Janet Yellen, in 2013.",
        0,
        date(2015, 1, 9),
    )
    summers = next(m for m in ms if "Summers" in m.text)
    assert summers.former and not summers.agent


def test_his_rotating_eu_presidency_names_no_eu_visitor() -> None:
    # unseen-G u506 (2024): Orban (HUN) visits Putin, not the EU
    ev = run(
        "Europe",
        "Hungarian\u00a0Prime Minister\u00a0Viktor Orban, who has never supported military aid "
        "to Ukraine, chose the first week of his rotating EU presidency this month to visit "
        "President Vladimir Putin in Moscow, on what he called a “peace mission.”",
        date(2024, 7, 20),
    )
    visit = one(ev, "state_visit")
    assert (countries(visit, "visitor"), countries(visit, "host")) == ({"HUN"}, {"RUS"})


def test_the_rotating_eu_presidency_held_by_a_country_still_names_the_eu() -> None:
    # unseen-D u231 (2024): "holds the rotating EU presidency" is untouched
    ms = engine._finder().find(
        "Orban, whose country currently holds the rotating EU presidency, has sharply differed "
        "from the rest of the bloc by seeking warmer ties with Beijing and Moscow.",
        0,
        date(2024, 7, 28),
    )
    assert any(m.country == "EU" and m.agent for m in ms)


_MNUCHIN = (
    "Treasury Secretary Steve Mnuchin told reporters that Chinese Vice Premier Liu He had called "
    "for talks to resume when Trump pressed him for details during a bilateral meeting later in "
    "the afternoon with the Indian prime minister. It was not immediately clear, however, if "
    "Mnuchin was referring to a phone call Liu made to U.S. officials or his comments at a "
    "technology conference earlier in the day."
)


def test_a_technology_conference_is_no_diplomatic_meeting() -> None:
    # corpus allsides-155 (2019): no Liu visit to the US from a conference he spoke at
    ev = run("Trade", _MNUCHIN, date(2019, 8, 26))
    assert not of_type(ev, "state_visit")
    assert all(e.rule != "meeting.conference" for e in ev)


def test_a_joint_news_conference_is_still_a_meeting() -> None:
    # corpus allsides-155 (2019), the same story
    ev = run(
        "Trade",
        "“And I don't say that as a threat,” Trump said in a joint news conference with French "
        "President Emmanuel Macron.",
        date(2019, 8, 26),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "FRA"}

"""Session 9 cases: deputies and economic officials from the gazetteer (vice presidents, Treasury
secretaries, vice premiers) are actors by name alone; a trip to the visitor's own side of a
border, travel warnings, "anyone who has visited" and "has never met" are no events. Sentences
are real (corpus, dev and unseen sets) unless a comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

from streams.detector.gazetteer import Gazetteer


def test_a_vice_president_without_a_nationality_is_an_actor() -> None:
    # corpus allsides-6137 (2017-12-25)
    ev = run(
        "President Trump Calls U.S. Troops Around the World to Wish Them a Merry Christmas",
        "Vice President Mike Pence made a surprise visit to Afghanistan last week.",
        date(2017, 12, 25),
    )
    visits = of_type(ev, "state_visit")
    assert [(countries(e, "visitor"), e.status) for e in visits] == [({"USA"}, "occurred")]
    assert countries(visits[0], "host") == {"AFG"}


def test_a_vice_president_on_the_phone() -> None:
    # corpus allsides-4214 (2017-08-21)
    ev = run(
        "Afghanistan speech: Trump rejects 'timetables'",
        "Vice President Mike Pence spoke with Afghan President Ashraf Ghani earlier Monday, ahead "
        "of the president's remarks.",
        date(2017, 8, 21),
    )
    calls = of_type(ev, "leader_call")
    assert [countries(e) for e in calls] == [{"USA", "AFG"}]


def test_a_treasury_secretary_named_by_surname_alone() -> None:
    # unseen-I u778 (Reuters, 2008): "Paulson said ... he had just returned from a visit to China"
    ev = run(
        "Paulson says China currency charge absurd",
        '"I think it\'s absurd, frankly," Paulson said, pointing out that he had just returned '
        "from a visit to China, where he met with top-level government officials.",
        date(2008, 6, 20),
    )
    visits = of_type(ev, "state_visit")
    assert [countries(e) for e in visits] == [{"USA", "CHN"}]


def test_deputies_hold_office_only_in_their_terms() -> None:
    gaz = Gazetteer.default()
    status, term = gaz.person_status("xi-jinping", date(2012, 2, 14))
    assert status == "in_office" and term is not None and term.office == "vice_president"
    assert gaz.person_status("mike-pence", date(2022, 6, 1))[0] == "former"
    assert gaz.person_status("henry-paulson", date(2008, 6, 1))[0] == "in_office"


def test_a_visit_to_the_own_side_of_a_border_is_no_state_visit() -> None:
    # unseen-K u150 (2021-06-23)
    ev = run(
        "Kamala Harris To Visit U.S.-Mexico Border Amid Republican Backlash",
        "The vice president has faced relentless criticism from Republicans for not visiting "
        "the border in recent months.",
        date(2021, 6, 23),
    )
    assert of_type(ev, "state_visit") == []


def test_a_visit_across_the_border_still_counts() -> None:
    # written for this test (Harris visited Guatemala and Mexico in June 2021): a foreign host
    ev = run(
        "News",
        "Vice President Kamala Harris will visit Mexico on Tuesday after her stop in Guatemala.",
        date(2021, 6, 7),
    )
    assert [countries(e, "host") for e in of_type(ev, "state_visit")] == [{"MEX"}]


def test_travel_warnings_and_people_who_visited_are_no_trip() -> None:
    # corpus allsides-1045 (2020-02-29)
    ev = run(
        "Trump warns against panic amid news of first U.S. coronavirus death",
        "Vice President Mike Pence announced that the administration raised its travel warnings "
        "to the highest level for certain parts of South Korea and Italy to the highest level and "
        "was expanding travel restrictions to include any foreign national who has visited Iran "
        "within the last 14 days.",
        date(2020, 2, 29),
    )
    assert of_type(ev, "state_visit") == []


def test_a_team_that_arrived_is_still_a_visitor() -> None:
    # corpus (2013): the antecedent of "that" is the UN team
    ev = run(
        "News",
        "That leaves the investigation to the U.N. team that arrived in Syria on Sunday.",
        date(2013, 8, 27),
    )
    assert [countries(e) for e in of_type(ev, "state_visit")] == [{"UN", "SYR"}]


def test_has_never_met_is_no_meeting() -> None:
    # dev d017's headline (2018-03-23), and the same said in a body sentence (edited)
    for headline, body in (
        ("N. Korea Experts Tear Into Bolton: 'He's Never Met A Country He Hasn't Wanted To "
         "Destroy'", ""),
        ("News", "North Korea experts said Bolton has never met a country he has not wanted to "
         "destroy."),
    ):  # fmt: skip
        assert of_type(run(headline, body, date(2018, 3, 23)), "leaders_meeting") == []


def test_headline_abbreviations_pm_and_n_korea() -> None:
    # unseen-I u718 (Reuters, 2012): "PM" for prime minister, the trip called off
    ev = run("Greek PM postpones Qatar trip after lenders fail on deal", "", date(2012, 3, 3))
    visits = of_type(ev, "state_visit")
    assert [(countries(e), e.status) for e in visits] == [({"GRC", "QAT"}, "cancelled")]
    # "N.Korea" with no space, as wire headlines write it
    ev = run("Trump to meet N.Korea's Kim in Singapore on June 12", "", date(2018, 5, 11))
    assert {"PRK"} <= countries(of_type(ev, "leaders_meeting")[0])


def test_a_title_of_a_country_is_its_holder() -> None:
    # unseen-M u878 (Reuters, 2017-11-05), the clause cut to the call
    ev = run(
        "Trump in Asia",
        "President Donald Trump said he spoke with the King of Saudi Arabia on Saturday.",
        date(2017, 11, 5),
    )
    call = of_type(ev, "leader_call")
    assert [countries(e) for e in call] == [{"USA", "SAU"}]
    assert {a.name for a in call[0].actors} == {"Donald Trump", "Salman bin Abdulaziz"}


def test_a_country_word_before_a_king_only_qualifies_him() -> None:
    # written for this test in wire style: "Saudi King Salman" after "spoke with"
    ev = run(
        "News",
        "President Donald Trump spoke with Saudi King Salman on Saturday.",
        date(2017, 11, 5),
    )
    assert [countries(e) for e in of_type(ev, "leader_call")] == [{"USA", "SAU"}]

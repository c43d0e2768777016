"""Sides the mentions and the engine used to miss (recall round 11b): a coordinated subject
and a dashed apposition of countries, a speaker who spoke right before or after the
meeting, names for two sides ("the two Koreas", "the troika"), the euro zone acting as
the EU, Barnier's EU offices, a bare "Kim" beside Trump in headline copy, and a summit
named before and placed by "The summit will take place in ...". Sentences from the
tuning sets; each family with hard negatives."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

from streams.detector.engine import _finder


def _mentions(text: str, day: date) -> list[tuple[str, str, str]]:
    return [(m.text, m.country, m.kind) for m in _finder().find(text, 0, day) if m.agent]


# ------------------------------------------------------------ coordinated sides


def test_dashed_apposition_of_countries_meets_and_visits_the_host():
    ev = run(
        "EU gets wake-up call from major business leaders",
        "Finance chiefs of the euro zone's four biggest economies - Germany, France, Italy and "
        "Spain - plan to hold talks in Paris on Tuesday evening to try to narrow differences on "
        "the currency area's future after Cyprus became the fifth country to request a bailout.",
        date(2013, 4, 9),
    )
    meeting = next(e for e in of_type(ev, "leaders_meeting") if "DEU" in countries(e))
    assert countries(meeting, "participants") == {"DEU", "FRA", "ITA", "ESP"}
    assert meeting.location_country == "FRA" and meeting.status == "planned"
    visits = of_type(ev, "state_visit")
    assert {next(iter(countries(v, "visitor"))) for v in visits} == {"DEU", "ITA", "ESP"}
    assert all(countries(v, "host") == {"FRA"} for v in visits)


def test_countries_in_a_dash_without_a_people_noun_stay_countries():
    # the apposition names economies, not people: nobody travels
    ms = _mentions(
        "The euro zone's four biggest economies - Germany, France, Italy and Spain - must agree.",
        date(2013, 4, 9),
    )
    assert ("Germany", "DEU", "country") in ms and ("Spain", "ESP", "country") in ms


def test_coordinated_subject_of_an_earlier_clause_joins_the_meeting():
    ev = run(
        "Greece's Samaras seeks more time",
        "Germany and France both said after meetings with Greek Prime Minister Antonis Samaras "
        "this week that Greece's leaders must show their commitment to reform.",
        date(2012, 8, 25),
    )
    meeting = one(ev, "leaders_meeting")
    assert {"DEU", "FRA", "GRC"} <= countries(meeting, "participants")


# ------------------------------------------------------------ speaker at the meeting


def test_speaker_before_a_meeting_takes_part_and_hosts_the_visitors():
    ev = run(
        "Bush says to host global financial summit",
        '"It is essential that we work together because we are in this crisis together," Bush '
        "said before a meeting at the Camp David presidential retreat with French President "
        "Nicolas Sarkozy and European Union President Jose Manuel Barroso.",
        date(2008, 10, 18),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"USA", "FRA", "EU"}
    visits = of_type(ev, "state_visit")
    assert {next(iter(countries(v, "visitor"))) for v in visits} == {"FRA", "EU"}


def test_speaker_about_a_meeting_of_others_is_no_party():
    ev = run(
        "Bush comments on talks",
        '"We hope they make progress," Bush said of the meeting between French President '
        "Nicolas Sarkozy and European Union President Jose Manuel Barroso in Paris.",
        date(2008, 10, 18),
    )
    for e in of_type(ev, "leaders_meeting"):
        assert "USA" not in countries(e, "participants")


# ------------------------------------------------------------ names for two sides


def test_north_and_south_korea_in_a_headline_is_both_sides():
    ev = run(
        "North And South Korea Set April Date For Historic Summit",
        "Leaders of the two countries will meet on April 27 for the first time in over a decade.",
        date(2018, 3, 29),
    )
    assert countries(one(ev, "leaders_meeting")) == {"KOR", "PRK"}


def test_summit_named_in_the_headline_is_placed_by_the_next_sentence():
    ev = run(
        "Koreas Agree To Hold Another Summit In September",
        "The summit will take place in North Korea.",
        date(2018, 8, 13),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"KOR", "PRK"}
    assert meeting.location_country == "PRK"
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"KOR"} and countries(visit, "host") == {"PRK"}


def test_neighboring_nations_refer_to_the_two_sides_named_before():
    ev = run(
        "Koreas Set Summit",
        "The leaders of the neighboring nations met in Pyongyang on Tuesday.",
        date(2018, 9, 18),
    )
    meeting = next(e for e in of_type(ev, "leaders_meeting") if e.location_country)
    assert countries(meeting, "participants") == {"KOR", "PRK"}


def test_one_korea_or_another_kim_is_not_both():
    assert {c for _, c, _ in _mentions("North Korea Fires Missile", date(2018, 3, 1))} == {"PRK"}
    ms = _mentions("South Korea's Kim Dae-jung meets Trump and Kim Jong Il", date(2000, 6, 13))
    assert [t for t, c, _ in ms if c == "PRK"] == ["Kim Jong Il"]


def test_troika_inspectors_are_the_eu_and_imf_visiting():
    ev = run(
        "Greek PM says deposits are safe, banks shielded: paper",
        "Bank recapitalization is on the agenda of talks with the so-called troika of EU/IMF "
        "officials visiting Athens to monitor its fiscal progress.",
        date(2012, 8, 1),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") <= {"EU", "IMF"} and countries(visit, "host") == {"GRC"}
    ms = _mentions(
        "the clock is ticking for Greece to please visiting troika inspectors", date(2012, 8, 2)
    )
    assert {c for t, c, _ in ms if t == "troika"} == {"EU", "IMF"}


def test_troika_of_tyranny_is_no_lender():
    ms = _mentions(
        "John Bolton declared Cuba part of a troika of tyranny along with Nicaragua and Venezuela.",
        date(2018, 11, 2),
    )
    assert not {c for _, c, _ in ms} & {"EU", "IMF"}


# ------------------------------------------------------------ euro zone as the EU


def test_deal_agreed_by_the_euro_zone_has_the_eu_as_party():
    ev = run(
        "Russia says Cyprus deposit tax looks like expropriation",
        "The bank deposit tax, part of a bailout for Cyprus agreed by the euro zone on Saturday, "
        '"seems similar to forceful expropriation", Vladimir Chizhov told reporters in Brussels.',
        date(2013, 3, 18),
    )
    assert countries(one(ev, "agreement")) == {"CYP", "EU"}


def test_euro_zone_finance_ministers_are_eu_people():
    ms = _mentions("Euro zone finance ministers are likely to talk by phone.", date(2012, 2, 14))
    assert ms == [("Euro zone finance ministers", "EU", "group")]


def test_euro_zone_as_a_place_a_club_a_modifier_or_an_office_is_no_party():
    day = date(2012, 6, 1)
    for text in (
        "Inflation in the euro zone rose to 2.4 percent.",
        "Greece could leave the euro zone within months, Schaeuble said.",
        "The euro zone debt crisis weighed on markets.",
        "Finance chiefs of the euro zone's four biggest economies plan to hold talks.",
        "Dijsselbloem is set to replace Juncker as chairman of the Eurogroup, the monthly "
        "meeting of finance ministers.",
    ):
        assert "EU" not in {c for _, c, _ in _mentions(text, day)}, text


# ------------------------------------------------------------ people


def test_barnier_is_an_eu_official_in_his_eu_terms_and_french_prime_minister_after():
    body = "Michel Barnier, during a visit to London, said the draft law will be ready soon."
    visit = one(
        run("EU's Barnier to propose new banking law", body, date(2013, 5, 1)), "state_visit"
    )
    assert countries(visit, "visitor") == {"EU"} and countries(visit, "host") == {"GBR"}
    visit = one(run("Barnier in London", body, date(2024, 10, 1)), "state_visit")
    assert countries(visit, "visitor") == {"FRA"}


def test_bare_kim_beside_trump_in_a_headline_is_kim_jong_un():
    ev = run(
        "Twitter Critics Mercilessly Mock Trump For Canceling Summit With Kim",
        '"Pot meet kettle."',
        date(2018, 5, 24),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting) == {"USA", "PRK"} and meeting.status == "cancelled"
    ev = run("John Bolton Dubs Trump-Kim Summit 'A Success'", "", date(2019, 3, 3))
    assert countries(one(ev, "leaders_meeting")) >= {"USA", "PRK"}


def test_other_kims_and_other_years_are_not_kim_jong_un():
    for headline, day in (
        ("Trump meets Kim Kardashian at the White House", date(2018, 5, 30)),
        ("Trump And Kim Darroch Meet", date(2018, 5, 30)),
        ("Trump and Kim Yo Jong meet", date(2018, 5, 30)),
        ("Trump-Kim Summit Recalled", date(2022, 5, 30)),  # Trump out of office
    ):
        assert "PRK" not in {c for _, c, _ in _mentions(headline, day)}, headline


def test_a_conference_call_is_no_meeting() -> None:
    # corpus (2015-07): the euro zone's ministers on a call, not meeting in person
    ev = run(
        "Greece",
        "Euro zone finance ministers held an hour-long conference call to discuss the previous "
        "night's offer from Tsipras.",
        date(2015, 7, 1),
    )
    assert of_type(ev, "leaders_meeting") == []

"""A bloc's summit named as where two sides met is no party ("met Xi at a G20 summit"), a
speaker "said in a meeting with" someone is a party, "Osaka, Japan" places a city, wars
"in" a country are no venue, "US-Russia talks" name two parties, and a U.N. climate summit
is a meeting of the U.N."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_speaker_in_a_meeting_with_a_leader_at_a_summit_is_a_party() -> None:
    # eval/corpus P030 (allsides-1022): the G7 summit is where Trump met Abe
    ev = run(
        "U.S., Japan agree in principle on trade deal",
        "“Tremendous for the farmers,” Mr. Trump said in a meeting with Japanese Prime "
        "Minister Shinzo Abe at the Group of Seven summit in France.",
        date(2019, 8, 25),
    )
    met = [countries(e) for e in of_type(ev, "leaders_meeting")]
    assert {"USA", "JPN", "FRA"} in met
    assert not any("G7" in c and "JPN" in c for c in met)


def test_a_bloc_summit_where_two_leaders_meet_is_their_venue() -> None:
    # corpus allsides-6115 (2019-05-10), allsides-6183 (2018-11-26)
    ev = run(
        "Trump on China",
        "It will always continue,” said the U.S. president, who has announced plans to meet "
        "Chinese President Xi Jinping at a G20 summit in Japan late next month.",
        date(2019, 5, 10),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"USA", "CHN", "JPN"}]
    ev = run(
        "Trade war",
        "So whatever the outcome of the Trump-Xi talks at G-20 later this week, the early "
        "disruptions may leave lasting scars.",
        date(2018, 11, 26),
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "CHN"}


def test_members_met_at_a_bloc_summit_still_attend_it() -> None:
    # the bloc stays a party when no counterpart is met there
    ev = run(
        "G20", "Merkel met with leaders at the G20 summit in Osaka on Friday.", date(2019, 6, 29)
    )
    assert "G20" in countries(one(ev, "leaders_meeting"))


def test_the_country_after_a_city_places_it() -> None:
    # corpus allsides-210 (2019-05-13): Japan is where they meet, no party nor host
    ev = run(
        "China",
        "And Trump said Monday that he expects to meet Chinese President Xi Jinping in late "
        "June at the G-20 summit in Osaka, Japan.",
        date(2019, 5, 13),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"USA", "CHN"}
    assert countries(meeting, "location") == {"JPN"}
    assert of_type(ev, "state_visit") == []


def test_conflicts_and_aggression_in_a_country_are_no_venue() -> None:
    # corpus allsides-2100 (2015-06-08), allsides-4631
    ev = run(
        "Obama",
        "Obama and Merkel said they discussed a number of other issues in their meeting Sunday, "
        "including the ongoing conflicts in Afghanistan, Libya and Syria.",
        date(2015, 6, 8),
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "DEU"}
    ev = run(
        "G7",
        "Meeting over a beer Sunday with German Chancellor Angela Merkel, host of this year's "
        'summit, President Barack Obama revealed what was on his mind: "standing up to Russian '
        'aggression in Ukraine."',
        date(2015, 6, 8),
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "DEU"}


def test_two_sides_joined_by_a_hyphen_are_both_parties() -> None:
    # corpus allsides-5831: Russia is a party of "US-Russia talks", Syria their topic
    ev = run("US-Russia talks on Syria: A balance of ideals, interests", "", date(2013, 5, 8))
    assert countries(one(ev, "leaders_meeting")) == {"USA", "RUS"}


def test_a_un_climate_summit_is_a_meeting_of_the_un() -> None:
    # eval/corpus O026 (allsides-2822), allsides-1610
    ev = run(
        "Thunberg",
        "Swedish climate activist Greta Thunberg addresses plenary of U.N. climate conference "
        "during with a meeting with leading climate scientists at the COP25 summit in Madrid, "
        "Spain, Wednesday, Dec. 11, 2019.",
        date(2019, 12, 11),
    )
    assert countries(one(ev, "leaders_meeting")) == {"UN", "ESP"}
    ev = run(
        "Democracy Now",
        "AMY GOODMAN: And Democracy Now! will be in Marrakech for the U.N. climate summit.",
        date(2016, 11, 7),
    )
    assert countries(one(ev, "leaders_meeting")) == {"UN", "MAR"}


def test_a_country_a_deal_is_about_is_no_party() -> None:
    # corpus allsides-1777 (2013-09-15): Syria's weapons are what the U.S.-Russia deal is about
    ev = run(
        "Syria",
        "In setting out one of the most ambitious arms-control efforts in history, the U.S. and "
        "Russia reached an agreement to inventory Syria's chemical weapons program and seize all "
        "its components.",
        date(2013, 9, 15),
    )
    assert countries(one(ev, "agreement")) == {"USA", "RUS"}
    ev = run("Syria", "The U.S. and Russia reached an agreement with Syria.", date(2013, 9, 15))
    assert countries(one(ev, "agreement")) == {"USA", "RUS", "SYR"}


def test_whose_predecessor_acted_is_no_party() -> None:
    # corpus allsides-5568 (2018-11-05): Obama's deal with Iran is background, not Trump's
    ev = run(
        "Iran sanctions",
        "Trump’s predecessor Barack Obama imposed similar penalties on Iran to bring the country "
        "to the negotiating table, resulting in a nuclear deal and the easing of sanctions.",
        date(2018, 11, 5),
    )
    assert of_type(ev, "agreement") == []

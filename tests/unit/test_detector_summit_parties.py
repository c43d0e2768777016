"""Session 7 (h-recall7c) cases: the parties of an organisation's summit named as a time
("ahead of an EU summit", "after the SCO meeting", "on the eve of the G-7 summit"), of a
summit from which a state is urged ("called on Iran to engage in talks"), and of triggers
inside or outside a person's relative clause ("Geithner, who met Sarkozy ..., also spoke by
telephone with ..."). Each sentence is real: from unseen-A/I (tuning sets) or the corpus
(shared/corpus/stories.jsonl.gz)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _meetings(ev: list) -> list[set[str]]:
    return [countries(e) for e in of_type(ev, "leaders_meeting")]


def test_an_eu_summit_named_as_a_time_takes_no_party_from_the_clause_around_it() -> None:
    # unseen-I u621 (Reuters 2011): Geithner's talks with Spain are no party of the EU summit
    ev = run(
        "Geithner",
        "Geithner, who is on a lightning European visit ahead of an EU summit on Friday to seek "
        "a breakthrough in the euro zone's worsening debt crisis, flew to the southern French "
        "port of Marseille for talks with Spanish Prime Minister-elect Mariano Rajoy later on "
        "Wednesday.",
        date(2011, 12, 7),
    )
    summit = [e for e in of_type(ev, "leaders_meeting") if "EU" in countries(e)]
    assert [countries(e, "participants") for e in summit] == [{"EU"}]


def test_the_meeting_after_which_another_is_held_is_a_separate_meeting() -> None:
    # corpus 3251 (2012): the EU summit is in Brussels, the G-20 meeting in Mexico
    ev = run(
        "G20",
        "After the G-20 meeting in Mexico, EU leaders will gather for their next summit June 28 "
        "and 29 in Brussels.",
        date(2012, 6, 14),
    )
    by_party = {frozenset(countries(e, "participants")): e for e in of_type(ev, "leaders_meeting")}
    assert set(by_party) == {frozenset({"EU"}), frozenset({"G20"})}
    assert by_party[frozenset({"EU"})].location_country == "BEL"
    assert by_party[frozenset({"G20"})].location_country == "MEX"


def test_the_sco_meeting_named_as_a_time_is_no_party_of_the_bric_summit() -> None:
    # unseen-I u609 (Reuters 2009)
    ev = run(
        "SCO",
        "Brazil, Russia, India and China will hold a separate BRIC summit on Tuesday after the "
        "SCO meeting.",
        date(2009, 6, 14),
    )
    assert {"BRA", "RUS", "IND", "CHN"} in _meetings(ev)
    assert not any("SCO" in c and len(c) > 1 for c in _meetings(ev))


def test_on_the_eve_of_a_summit_the_parties_of_a_trade_deal_are_no_summit_parties() -> None:
    # corpus 943 (undated there; August 2019): the EU, Mercosur and its members were all G-7 summit parties before
    ev = run(
        "Amazon",
        "On the eve of the G-7 summit, Macron called the fires an “ecocide” and threatened to "
        "block the free-trade deal between the European Union and Mercosur, a trade bloc "
        "consisting of Brazil, Argentina, Uruguay, and Paraguay.",
        date(2019, 8, 24),
    )
    assert _meetings(ev) == [{"G7"}]


def test_a_where_clause_names_who_attends_the_meeting_named_as_a_time() -> None:
    # corpus 2345 (2018), hard negative: Saudi Arabia stays a party ("where cartel members ...")
    ev = run(
        "Oil",
        "The drop in prices has raised tensions ahead of an OPEC meeting in December, where "
        "cartel members including Saudi Arabia may choose to cut back production and drive "
        "prices back up.",
        date(2018, 11, 23),
    )
    assert _meetings(ev) == [{"OPEC", "SAU"}]


def test_a_summit_that_is_no_time_phrase_keeps_its_attendee() -> None:
    # corpus 1728 (undated there; G20 of 2018), hard negative
    ev = run(
        "G20",
        "Trump, in Argentina for the G20 summit, issued a statement on behalf of himself and "
        "first lady Melania Trump.",
        date(2018, 12, 1),
    )
    assert {"USA", "G20"} <= countries(of_type(ev, "leaders_meeting")[0])


def test_a_state_called_on_from_a_summit_is_no_party_of_it_nor_of_talks_urged() -> None:
    # unseen-I u658 (Reuters 2011): Iran is urged to talk; it attends neither the summit nor talks
    ev = run(
        "EU leaders threaten Iran and Syria with more sanctions",
        'At a Brussels summit, the 27 EU states called on Iran to engage in "constructive and '
        'substantial talks" with Western powers to bring about a negotiated solution to the '
        "nuclear question.",
        date(2011, 10, 23),
    )
    assert [countries(e, "participants") for e in of_type(ev, "leaders_meeting")] == [{"EU"}]


def test_a_leader_pressed_at_a_summit_is_a_party_of_it() -> None:
    # corpus 1072 (2017), hard negative: "pressed Trump" names a person present at the summit
    ev = run(
        "Paris",
        "But while the leaders of G-7 nations all pressed Trump to remain in the agreement during "
        "last week’s summit in Italy, Paris supporters in the White House have privately groused "
        "that they didn’t make an aggressive enough case.",
        date(2017, 5, 31),
    )
    assert {"G7", "USA"} <= countries(of_type(ev, "leaders_meeting")[0])


_GEITHNER = (
    "PARIS  (Reuters) - Treasury Secretary Timothy Geithner spoke with ECB President Mario "
    "Draghi and IMF Managing Director Christine Lagarde by telephone on Wednesday during a "
    "whirlwind round of diplomacy ahead of an EU summit, a U.S. Treasury official said. "
    "Geithner, who met French President Nicolas Sarkozy in Paris earlier in the day, also spoke "
    "by telephone with outgoing Spanish Prime Minister Jose Luis Rodriguez Zapatero and with "
    "Singaporean Finance Minister Tharman Shanmugaratnam, who heads the IMF's steering "
    "committee, the IMFC."
)


def test_a_relative_clause_keeps_its_meeting_and_the_main_clause_its_calls() -> None:
    # unseen-I u621 (Reuters 2011): before, one FRA-ESP-SGP call without the USA, a meeting of
    # all four and visits by Zapatero and Tharman to France
    ev = run(
        "Geithner spoke to ECB, IMF heads on Wednesday: official", _GEITHNER, date(2011, 12, 7)
    )
    calls = sorted(sorted(countries(e)) for e in of_type(ev, "leader_call"))
    assert ["ESP", "USA"] in calls and ["SGP", "USA"] in calls
    assert not any("FRA" in c for c in calls)
    met = [countries(e, "participants") for e in of_type(ev, "leaders_meeting")]
    assert {"FRA", "USA"} in met and not any({"ESP", "SGP"} & c for c in met)
    assert not any(countries(e, "visitor") & {"ESP", "SGP"} for e in of_type(ev, "state_visit"))


def test_the_summit_inside_a_relative_clause_has_the_person_it_describes() -> None:
    # corpus 1185 (2016): before, the NATO summit had no US party
    ev = run(
        "Dallas",
        "President Obama, who is in Poland for a NATO summit, made brief remarks early Friday "
        'morning, calling the shootings " a vicious, calculated, and despicable attack on law '
        'enforcement".',
        date(2016, 7, 7),
    )
    assert {"NATO", "USA"} <= countries(of_type(ev, "leaders_meeting")[0], "participants")


def test_the_deal_in_a_relative_clause_names_no_party_of_the_main_clauses_talks() -> None:
    # corpus 11601 (2018; two sentences of the story): before, "the new round of talks" was a
    # CAN-CHN-MEX meeting
    ev = run(
        "Trade",
        "Kudlow, director of the National Economic Council, said he, Mnuchin and U.S. Trade "
        "Representative Robert Lighthizer held private meetings in Argentina with China’s Vice "
        "Premier Liu He, who told them Beijing would move quickly on its new commitments. "
        "Trump has appointed Lighthizer, who just completed a new trade agreement with Canada "
        "and Mexico and is one of the administration’s most vocal China critics, to oversee the "
        "new round of talks, officials said.",
        date(2018, 12, 4),
    )
    assert not any({"CAN", "MEX"} & countries(e) for e in of_type(ev, "leaders_meeting"))


def test_a_list_of_countries_inside_a_relative_clause_stays_in_it() -> None:
    # corpus 8751 (2017), hard negative: the commas of the list do not end the clause
    ev = run(
        "Trump in Japan",
        "Trump, who will also travel to South Korea, China, Vietnam, and the Philippines over the "
        "next week, again said that other countries have unfair trade practices and closed "
        "markets, including Japan.",
        date(2017, 11, 6),
    )
    hosts = {c for e in of_type(ev, "state_visit") for c in countries(e, "host")}
    assert hosts == {"KOR", "CHN", "VNM", "PHL"}

"""Session G cases: actors the detector did not recognise. The bloc's people as a group are the
EU ("meeting with European leaders", "European negotiators"), a region's are not ("Eastern
European leaders"); officials added to the gazetteer with their terms (US commerce secretaries,
UN ambassadors and special envoys, China's vice premiers and commerce ministers, Mexico's
economy secretary, Canada's trade ministers, EU trade commissioners) are actors by name alone.
Sentences are real (tuning sets and corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

from streams.detector.engine import _finder
from streams.detector.gazetteer import Gazetteer


def test_meeting_european_leaders_is_a_meeting_with_the_eu() -> None:
    # tuning P013 / corpus allsides-120 (2017-05-31)
    ev = run(
        "How Trump is smashing Obama’s legacy with decision to exit Paris climate deal",
        "Mr. Trump spent much of last week meeting with European leaders, who pressured him to "
        "remain in the deal.",
        date(2017, 5, 31),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"USA", "EU"}
    assert meeting.status == "occurred"


def test_european_negotiators_are_a_party_to_a_proposed_pact() -> None:
    # corpus allsides-1511 (2015-05-12)
    ev = run(
        "The 10 biggest lies you've been told about the Trans-Pacific Partnership",
        "European negotiators want a trade agreement with the U.S. called the Trans-Atlantic "
        "Trade and Investment Partnership (TTIP) to include a chapter “harmonizing” financial "
        "regulations.",
        date(2015, 5, 12),
    )
    deal = one(ev, "agreement")
    assert countries(deal, "parties") == {"USA", "EU"}
    assert deal.status == "proposed"


def test_european_leaders_at_a_summit_are_the_eu() -> None:
    # corpus allsides-4726 (2012-06-08)
    ev = run(
        "Obama's continental calculations",
        "Administration officials are hoping that European leaders can have the broad brush "
        "outlines of a sweeping response to the debt and banking crises to announce at the "
        "upcoming G20 summit June 18-20 in Los Cabos, Mexico.",
        date(2012, 6, 8),
    )
    summit = one(ev, "leaders_meeting")
    assert {"EU", "G20"} <= countries(summit, "participants")
    assert countries(summit, "location") == {"MEX"}


def test_a_regions_leaders_or_one_european_are_not_the_bloc() -> None:
    finder = _finder()
    day = date(2014, 6, 3)
    for sentence in (
        # corpus (2014): "In meetings with Polish and Eastern European leaders, Obama unveiled a
        # $1 billion plan to bolster security for NATO allies"
        "In meetings with Polish and Eastern European leaders, Obama unveiled a $1 billion plan "
        "to bolster security for NATO allies.",
        # corpus: "A European diplomat told Reuters that the White House did not notify
        # European officials before the televised address" (the diplomat alone)
        "A European diplomat told Reuters that the White House did not notify them.",
        # corpus: "airlines have lagged behind their European counterparts"
        "U.S. airlines have lagged behind their European counterparts.",
    ):
        assert "EU" not in {m.country for m in finder.find(sentence, 0, day)}, sentence


def test_the_europeans_are_the_eu_side() -> None:
    # corpus (2019): "A tariff strategy worked with the Europeans, and for Japan, Mexico and Canada"
    ms = _finder().find(
        "A tariff strategy worked with the Europeans, and for Japan, Mexico and Canada.",
        0,
        date(2019, 6, 1),
    )
    assert [(m.text, m.country, m.kind) for m in ms if m.country == "EU"] == [
        ("Europeans", "EU", "group")
    ]


def test_a_special_envoy_named_without_a_title_word_travels() -> None:
    # corpus allsides-4951 (2020-06-30): "the U.S. peace envoy" is no title the recogniser
    # reads; the gazetteer knows Zalmay Khalilzad
    ev = run(
        "Pompeo Calls Taliban Leader Amid Russian Bounty Scandal",
        "The call comes as the U.S. peace envoy, Zalmay Khalilzad, is touring the region in "
        "efforts to advance the deal. He was in Uzbekistan on Tuesday and was expected in the "
        "Pakistani capital, Islamabad, later in the day or on Wednesday, and was also to travel "
        "to Doha, Qatar, where the Taliban maintain a political office.",
        date(2020, 6, 30),
    )
    visits = {(frozenset(countries(e, "host")), e.status) for e in of_type(ev, "state_visit")}
    assert (frozenset({"UZB"}), "occurred") in visits
    assert all(countries(e, "visitor") == {"USA"} for e in of_type(ev, "state_visit"))


def test_added_officials_hold_office_only_in_their_terms() -> None:
    gaz = Gazetteer.default()
    cases = [
        ("zhang-gaoli", date(2014, 9, 23), "in_office", "CHN"),  # tuning O035's "Mr. Zhang"
        ("zhang-gaoli", date(2019, 1, 1), "former", "CHN"),
        ("hu-chunhua", date(2019, 1, 1), "in_office", "CHN"),
        ("zhong-shan", date(2019, 5, 10), "in_office", "CHN"),
        ("yang-jiechi", date(2018, 11, 9), "in_office", "CHN"),
        ("ildefonso-guajardo", date(2018, 3, 6), "in_office", "MEX"),  # tuning T038
        ("ildefonso-guajardo", date(2019, 3, 6), "former", "MEX"),
        ("jim-carr", date(2019, 2, 1), "in_office", "CAN"),
        ("wilbur-ross", date(2018, 5, 31), "in_office", "USA"),
        ("nikki-haley", date(2019, 6, 1), "former", "USA"),
        ("cecilia-malmstrom", date(2018, 7, 25), "in_office", "EU"),
    ]
    for pid, day, status, country in cases:
        got, term = gaz.person_status(pid, day)
        assert got == status, (pid, day)
        assert term is not None and term.country == country


def test_a_trade_minister_by_surname_alone_is_an_actor() -> None:
    # tuning T038 (2018-03-06): "Guajardo told reporters the three countries aimed to hold
    # lower-level discussions on NAFTA over the next five weeks before an eighth round"
    ms = _finder().find(
        "Guajardo told reporters the three countries aimed to hold lower-level discussions on "
        "NAFTA over the next five weeks before an eighth round, probably in early April.",
        0,
        date(2018, 3, 6),
    )
    assert [(m.name, m.country) for m in ms if m.kind == "person"] == [
        ("Ildefonso Guajardo", "MEX")
    ]

"""A visit told by where an official spoke or stayed: "had said in London", "Speaking in
Australia on Monday, Kerry said", "while visiting Brussels , Mr. Morsi said", "while he’s in
Washington", "told reporters in Tokyo"; a body's meeting city (Brussels) or the speaker's own
country is no visit."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _visits(ev: list) -> list[tuple[set[str], set[str]]]:
    return [(countries(e, "visitor"), countries(e, "location")) for e in of_type(ev, "state_visit")]


def test_had_said_in_a_capital_abroad():
    # V040 (allsides-5724)
    ev = run(
        "Hillary: WMD Handover Would Be 'Important Step'",
        "Clinton spoke during a visit to the White House hours after U.S. Secretary of State John "
        "Kerry had said in London that Syrian President Bashar al-Assad could avoid a military "
        "strike by surrendering all his chemical weapons within a week.",
        date(2013, 9, 9),
    )
    assert ({"USA"}, {"GBR"}) in _visits(ev)


def test_speaking_in_a_country_abroad():
    # allsides-611, allsides-1336
    ev = run(
        "Kerry in Australia",
        "Speaking in Australia on Monday, Kerry said there should be no use of force by "
        "political factions as Iraq struggles form a government.",
        date(2014, 8, 11),
    )
    assert _visits(ev) == [({"USA"}, {"AUS"})]
    ev = run(
        "Clinton and Trump: How they view ISIS, Putin, and US generals",
        "Speaking to reporters in Laos, Obama said Thursday that Trump confirms his belief that "
        "Trump isn't qualified to be president.",
        date(2016, 9, 8),
    )
    assert _visits(ev) == [({"USA"}, {"LAO"})]


def test_speaking_in_a_language_is_no_place():
    # allsides corpus: "Then, speaking in Spanish, de Blasio told the Ramos family ..."
    ev = run(
        "De Blasio at the funeral",
        "Then, speaking in Spanish, de Blasio told the Mexican consul general that he was sorry.",
        date(2014, 12, 27),
    )
    assert of_type(ev, "state_visit") == []


def test_while_visiting_a_capital_before_the_subject():
    # X038 (allsides-6219)
    ev = run(
        "Turmoil Over Film Spreads to U.S. Embassy in Yemen",
        "Speaking in a television address while visiting Brussels , Mr. Morsi said he supported "
        "peaceful demonstrations but rejected attacks on personnel and diplomatic missions.",
        date(2012, 9, 14),
    )
    assert _visits(ev) == [({"EGY"}, {"BEL"})]


def test_while_he_is_in_a_capital():
    # R031 (allsides-623): "he" is the Chinese guest named last
    ev = run(
        "U.S. and China Are Talking Some More, But Deal Prospects Are Still Slim",
        "The delegations led by Xi Jinping’s top economic emissary, Liu He, and President Donald "
        "Trump’s trade tsar, Robert Lighthizer, are the highest-level negotiations since the two "
        "leaders sat down for dinner Dec. 1. In a sign of the importance the White House is "
        "placing on the talks, Trump is expected to meet Liu while he’s in Washington.",
        date(2019, 1, 29),
    )
    assert ({"CHN"}, {"USA"}) in _visits(ev)


def test_told_reporters_in_a_capital_abroad():
    # edited from P042 ("Geng Shuang ... told reporters in Beijing"): a US official there
    ev = run(
        "Pompeo in China",
        "Secretary of State Mike Pompeo told reporters in Beijing that China’s door to dialogue "
        "with Washington remained open.",
        date(2018, 10, 8),
    )
    assert ({"USA"}, {"CHN"}) in _visits(ev)


def test_told_reporters_at_home_or_at_a_bodys_seat_is_no_visit():
    # Z063 (allsides corpus): the Chinese minister in Beijing; V035: an EU official in Brussels
    ev = run(
        "Diplomatic disaster: Obama humiliated by allies’ rush to join China’s new bank",
        "Chinese Deputy Finance Minister Shi Yaobin told reporters in Beijing that the U.S. would "
        "still be welcomed as a founding partner.",
        date(2015, 3, 18),
    )
    assert of_type(ev, "state_visit") == []
    ev = run(
        "No deal: EU resists Trump's zero-tariff trade offer",
        "“The aim of President Juncker’s visit is to try to establish good relations, try to see "
        "how we can de-escalate the situation,” Ms. Malmstrom told reporters in Brussels.",
        date(2018, 7, 22),
    )
    assert ({"EU"}, {"BEL"}) not in _visits(ev)

"""A country named as what talks are about is no party: "support for Ukraine", "no public
mention of Taiwan", "the Cyprus issue", "North Korea is expected to top the agenda"."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_the_issue_named_after_a_country_is_a_topic() -> None:
    # unseen-tune9 u606 (Reuters 2013)
    ev = run(
        "Cyprus plan risks banking system collapse: Russian EU envoy",
        "Although it is not formally on the agenda, Chizhov said he expected the Cyprus issue to "
        "be raised in talks between the Russian government and the European Commission in "
        "Moscow on Thursday and Friday.",
        date(2013, 3, 19),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"RUS", "EU"}


def test_a_country_expected_to_top_the_agenda_is_a_topic() -> None:
    # unseen-tune9 u878 (Reuters 2017)
    ev = run(
        "Trump says he spoke to Saudi King about Aramco",
        "The remarks were made aboard Air Force One en route to Japan, where Trump kicks off a "
        "12-day Asian trip during which North Korea is expected to top the agenda in meetings "
        "with Japanese Prime Minister Shinzo Abe and other leaders.",
        date(2017, 11, 5),
    )
    met = of_type(ev, "leaders_meeting")
    assert met and all("PRK" not in countries(e) for e in met)
    assert any(countries(e) >= {"USA", "JPN"} for e in met)


def test_support_for_a_country_is_a_topic() -> None:
    # unseen-tune9 u306 (CNN 2022)
    ev = run(
        "Kamala Harris To Travel To Poland And Romania Amid Russian Invasion Of Ukraine",
        "The vice president is meeting with NATO allies to coordinate their support for Ukraine "
        "in the face of Russia’s “unprovoked and unjustified invasion.”",
        date(2022, 3, 5),
    )
    met = of_type(ev, "leaders_meeting")
    assert met and all("UKR" not in countries(e) for e in met)


def test_a_country_not_mentioned_is_a_topic() -> None:
    # unseen-tune9 u828 (Reuters 2017)
    ev = run(
        "Xi tells Trump",
        "While there was no public mention of Taiwan in comments Xi and Trump made in front of "
        "reporters after their talks in Beijing, the official Chinese foreign ministry statement "
        "about their talks did not mince its words.",
        date(2017, 11, 9),
    )
    met = of_type(ev, "leaders_meeting")
    assert met and all("TWN" not in countries(e) for e in met)


def test_a_country_that_acts_stays_a_party() -> None:
    # hard negatives: "issued", "topped up", a country that supports: a party still
    ev = run(
        "Talks",
        "Russia issued a statement after Foreign Minister Sergei Lavrov met U.S. Secretary of "
        "State John Kerry in Geneva on Friday.",
        date(2013, 9, 13),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"RUS", "USA"}
    sanctions = run(
        "EU sanctions",
        "The European Union imposed new sanctions on Russia over its support for separatists "
        "in eastern Ukraine on Tuesday.",
        date(2014, 7, 29),
    )
    assert "RUS" in countries(one(sanctions, "sanctions"), "target")


def test_the_possessor_of_the_sanctions_reason_is_the_target() -> None:
    # dev d108 (HuffPost 2018): "over Russia's support of ... Assad" names Russia's conduct
    ev = run(
        "Trump Delays Imposing New Sanctions On Russia: Official",
        "Nikki Haley had said that Washington was preparing new sanctions over Russia's support "
        "of Syrian President Bashar al-Assad.",
        date(2018, 4, 16),
    )
    assert countries(one(ev, "sanctions"), "target") == {"RUS"}


def test_sanctions_on_a_country_over_its_conduct_keep_the_named_target() -> None:
    ev = run(
        "EU sanctions Iran",
        "The European Union imposed sanctions on Iran on Monday over Syria's use of chemical "
        "weapons.",
        date(2018, 4, 16),
    )
    assert countries(one(ev, "sanctions"), "target") == {"IRN"}

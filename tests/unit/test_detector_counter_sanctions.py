"""Sanctions cases: counter-sanctions. A retaliation for sanctions (or a response to them) names
sanctions in force, but the ban it answers with is a new measure; a ban on some of a country's
goods or imports is an embargo. Sentences are real (tuning sets and corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_ban_named_after_a_retaliation_is_a_new_measure() -> None:
    # W043 (allsides-1669, 2014-08-07)
    ev = run(
        "Russia",
        "Retaliating for sanctions placed on it by the West, Russia has announced that it is "
        "banning the import of some food from the United States and its allies.",
        date(2014, 8, 7),
    )
    s = one(ev, "sanctions")
    assert countries(s, "imposer") == {"RUS"} and countries(s, "target") == {"USA"}
    assert s.status == "occurred"


def test_a_ban_on_some_food_imports_from_countries() -> None:
    # W043 (allsides-1669, 2014-08-07), the headline
    ev = run(
        "In Retaliation, Russia Bans Some Food Imports From U.S., Europe", "", date(2014, 8, 7)
    )
    s = one(ev, "sanctions")
    assert countries(s, "imposer") == {"RUS"} and countries(s, "target") == {"USA"}


def test_a_ban_on_a_number_of_a_countrys_apps() -> None:
    # allsides-725 (a photo caption of a July 2020 story)
    ev = run(
        "TikTok",
        "Cover: TikTok removed from Google Play store, App Store after India bans 59 Chinese apps "
        "on June 29, 2020 in Kolkata, India.",
        date(2020, 7, 1),
    )
    s = one(ev, "sanctions")
    assert countries(s, "imposer") == {"IND"} and countries(s, "target") == {"CHN"}


def test_a_response_to_sanctions_names_sanctions_in_force() -> None:
    # allsides-102 (2014-08-05): the US and EU sanctions are not news here, and the response
    # is not yet a measure
    ev = run(
        "Stocks",
        "President Vladimir Putin ordered the government to prepare a response to U.S. and "
        "European sanctions as Poland warned that a renewed buildup of Russian troops on "
        "Ukraine’s border raises the specter of a possible invasion.",
        date(2014, 8, 5),
    )
    assert of_type(ev, "sanctions") == []


def test_an_import_ban_on_orders_of_the_president_has_no_target_there() -> None:
    # allsides-1225 (2014-08-07): "on orders from" is no object of the ban
    ev = run(
        "Russia",
        "Russian Prime Minister Dmitry Medvedev announced the import ban on orders from the "
        "country's president, Vladimir Putin, in response to sanctions imposed on Russia by the "
        "West over the crisis in Ukraine.",
        date(2014, 8, 7),
    )
    assert not any("UKR" in countries(e) for e in of_type(ev, "sanctions"))

"""Actor countries: the European Central Bank is coded EU (as the labels do), and summit
venues that are no capital (Pittsburgh, Los Cabos, Cannes, Sydney ...) give the location."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

# unseen-tune9 u619 (Reuters 2013)
_DRAGHI_CALL = (
    "ROME  (Reuters) - European Central Bank President Mario Draghi phoned Italian President "
    "Giorgio Napolitano after media reports that the 87-year-old head of state was planning to "
    "resign early to clear the way for new elections, newspapers reported on Sunday."
)


def test_the_ecb_president_is_coded_eu() -> None:
    ev = run(
        "ECB's Draghi phoned Napolitano over resignation reports: press",
        _DRAGHI_CALL,
        date(2013, 3, 31),
    )
    assert countries(one(ev, "leader_call")) == {"EU", "ITA"}


def test_the_ecb_by_name_is_coded_eu() -> None:
    # unseen-I u669 (Reuters 2012)
    ev = run(
        "Draghi to be invited to address German lawmakers",
        "BERLIN  (Reuters) - The budget committee of Germany's lower house of parliament will "
        "invite the president of the European Central Bank, Mario Draghi, to explain his plans "
        "for rescuing the euro, the committee's chairwoman said on Friday.",
        date(2012, 9, 14),
    )
    assert all("ECB" not in countries(e) for e in ev)
    assert "EU" in countries(one(ev, "summit_invitation"))


def test_a_g20_summit_in_pittsburgh_is_held_in_the_united_states() -> None:
    # unseen-K u738 (Reuters 2009)
    ev = run(
        "Russia puts pressure on Iran over uranium plant",
        "PITTSBURGH  (Reuters) - Russian President Dmitry Medvedev said on Friday that if Iran "
        "does not cooperate, other methods should be used. Medvedev said the new revelations "
        'were a "cause of concern" to all participants at a Group of 20 summit in Pittsburgh, '
        "including Russia.",
        date(2009, 9, 25),
    )
    g20 = [e for e in of_type(ev, "leaders_meeting") if "G20" in countries(e)]
    assert g20 and all(countries(e, "location") == {"USA"} for e in g20)


def test_a_summit_venue_that_is_no_capital_places_the_meeting() -> None:
    # corpus (Reuters 2012): "in Los Cabos, Mexico"; and a G7 summit at Charlevoix (2018)
    ev = run(
        "G20",
        "Administration officials are hoping that European leaders can have the broad brush "
        "outlines of a sweeping response to announce at the upcoming G20 summit June 18-20 in "
        "Los Cabos.",
        date(2012, 6, 8),
    )
    assert countries(one(ev, "leaders_meeting"), "location") == {"MEX"}


def test_officials_in_sydney_for_talks_with_australians_visit_australia() -> None:
    # corpus (AP 2014)
    ev = run(
        "U.S. sending arms to Kurds in Iraq",
        "Hagel and Kerry are in Sydney for an annual meeting with Australian defense and "
        "diplomatic leaders.",
        date(2014, 8, 11),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"USA"} and countries(visit, "host") == {"AUS"}


def test_a_venue_city_is_never_a_party_and_a_home_trip_no_visit() -> None:
    ev = run(
        "Obama in Pittsburgh",
        "President Barack Obama traveled to Pittsburgh on Thursday for talks with steelworkers.",
        date(2009, 9, 24),
    )
    assert ev == []

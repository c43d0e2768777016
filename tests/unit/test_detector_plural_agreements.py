"""Plural 'agreements', like plural deals, are news only as signed or reached, before the noun
('have reached agreements') or after it ('the agreements it’s reached with Guatemala'); 'the
international climate agreements he’s been helping work out' is a record, no event."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_agreements_worked_on_are_no_event():
    # TUNE R036 (allsides-4773)
    ev = run(
        "Kerry's peace dream",
        "He’s had a full plate: Iran, Russia, the rise of the terrorist group known as Islamic "
        "State of Iraq and the Levant, the international climate agreements he’s been helping "
        "work out.",
        date(2015, 3, 19),
    )
    assert of_type(ev, "agreement") == []


def test_agreements_reached_before_the_noun():
    # corpus allsides-2775
    ev = run(
        "Tariff exemptions",
        "Argentina, Brazil and Australia have reached agreements that will exempt them from the "
        "tariffs for now.",
        date(2018, 5, 1),
    )
    assert {"ARG", "BRA", "AUS"} <= countries(one(ev, "agreement"))


def test_agreements_reached_after_the_noun():
    # corpus allsides-5678
    ev = run(
        "Asylum rule",
        "The Trump administration introduced an “interim final rule” pertaining to the asylum "
        "cooperation agreements it’s reached with Guatemala, Honduras, and El Salvador.",
        date(2019, 11, 19),
    )
    e = one(ev, "agreement")
    assert e.status == "occurred"
    assert {"USA", "GTM", "HND", "SLV"} <= countries(e)

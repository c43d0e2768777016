"""A departure from a place abroad ("before leaving London") tells the stay there; a departure
by someone else, or from a noun the place only qualifies, does not."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_leaving_a_capital_abroad_is_a_visit_there():
    # V038 (allsides-6012)
    ev = run(
        "Trump blasts Mueller probe, Putin denies meddling as leaders tout summit as ‘success’",
        "Trump sat down with Putin after spending the last week sparring with traditional U.S. "
        "allies—first with NATO nations over their levels of defense spending, and later with "
        "British Prime Minister Theresa May over her ‘Brexit’ strategy, though he seemed to "
        "patch things up before leaving London.",
        date(2018, 7, 16),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"USA"}
    assert countries(visit, "location") == {"GBR"}
    assert visit.status == "occurred"


def test_others_leaving_a_country_are_no_visit():
    # allsides-1081: the businesses leave China, not the speaker
    ev = run(
        "Trump says China tariffs could go up very substantially",
        "Trump said businesses were leaving China for countries without tariffs, including the "
        "U.S. and Asian neighbors including Japan.",
        date(2019, 5, 27),
    )
    assert of_type(ev, "state_visit") == []


def test_leaving_home_names_no_stay_abroad():
    # edited from O020 (allsides-5019): Washington is the traveller's own capital
    ev = run(
        "Obama and Kenya",
        "President Obama left Washington on Thursday after meeting Kenyan officials.",
        date(2015, 7, 23),
    )
    assert of_type(ev, "state_visit") == []

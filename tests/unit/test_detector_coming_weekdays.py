"""A present tense or a start participle with a weekday a few days ahead is the wire's future:
"the two-week U.N. conference starting Monday" (told on a Friday), "The president's trip wraps
up Friday in Normandy" (told on a Tuesday)."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_conference_starting_monday_told_on_friday_is_planned():
    # allsides-2454 (U005), published Friday 2015-11-27
    e = one(
        run(
            "Republicans, fearing congressional end-run, warn Obama ahead of climate talks",
            "Obama and other world leaders are charging ahead with the two-week U.N. conference "
            "starting Monday, under heightened security in the wake of the Paris terror attacks.",
            date(2015, 11, 27),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"
    assert e.date == "2015-11-30"


def test_conference_that_started_monday_is_not_planned():
    e = one(
        run(
            "Climate talks",
            "Obama and other world leaders attended the two-week U.N. conference that started "
            "Monday in Paris.",
            date(2015, 12, 1),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"


def test_trip_wrapping_up_on_a_coming_friday_is_planned():
    # allsides-695 (Q017), published Tuesday 2014-06-03
    events = run(
        "Obama unveils $1B security plan aimed at Russia",
        "President Barack Obama is in Poland. The president's trip wraps up Friday in Normandy, "
        "France, with a commemoration of the 70th anniversary of the D-Day landings.",
        date(2014, 6, 3),
    )
    france = [e for e in of_type(events, "state_visit") if "FRA" in countries(e)]
    assert len(france) == 1 and france[0].status == "planned"
    assert france[0].date == "2014-06-06"
    poland = [e for e in of_type(events, "state_visit") if "POL" in countries(e)]
    assert poland and poland[0].status == "occurred"

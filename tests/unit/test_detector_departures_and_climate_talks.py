"""Departures and touch-downs as travel, the UN's climate talks as a meeting, and the
country of a town ("in Katowice, Poland") read as the venue, not a party."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_departing_for_names_the_next_stop():
    # O020 (allsides-5019)
    ev = run(
        "Obama wraps up Kenya trip",
        "During his three-day visit, Obama spoke to Kenyan leaders about security and "
        "terrorism before departing Sunday for Ethiopia.",
        date(2015, 7, 26),
    )
    visits = [e for e in of_type(ev, "state_visit") if countries(e, "location") == {"ETH"}]
    assert len(visits) == 1
    assert countries(visits[0], "visitor") == {"USA"}
    assert visits[0].status == "planned"


def test_leaving_for_the_country():
    # P030 (allsides-1022)
    ev = run(
        "Trump at the G7",
        "“I don’t think he’s doing a good job at all,” Mr. Trump said before leaving for France.",
        date(2019, 8, 25),
    )
    e = one(ev, "state_visit")
    assert countries(e, "location") == {"FRA"} and countries(e, "visitor") == {"USA"}


def test_left_for_dead_is_no_trip():
    assert not of_type(
        run("Attack", "The minister was left for dead after the attack."), "state_visit"
    )


def test_touched_down_in():
    # S018 (Obama in Hangzhou for the G20; the wording of allsides-4155 and allsides-6081)
    ev = run(
        "Obama in China", "President Obama touched down in China on Saturday.", date(2016, 9, 4)
    )
    e = one(ev, "state_visit")
    assert countries(e, "location") == {"CHN"} and e.status == "occurred"


def test_un_climate_talks_in_a_capital():
    # allsides-382
    ev = run(
        "Climate talks open",
        "The United Nations' climate talks kick off today in Madrid under something of a cloud.",
        date(2019, 12, 2),
    )
    e = one(ev, "leaders_meeting")
    assert countries(e, "participants") == {"UN"} and countries(e, "location") == {"ESP"}


def test_un_climate_summit_in_town_country():
    # allsides-2291: Morocco is the venue, not a party
    ev = run(
        "Hollande on Trump",
        "François Hollande was speaking a day after a United Nations climate summit in "
        "Marrakesh, Morocco, when he claimed Mr. Trump had no choice but to abide by the deal.",
        date(2016, 11, 20),
    )
    e = one(ev, "leaders_meeting")
    assert "UN" in countries(e, "participants")
    assert "MAR" not in countries(e, "participants")
    assert countries(e, "location") == {"MAR"}


def test_planned_un_climate_talks():
    # allsides-3120
    ev = run(
        "Climate report",
        "The director said the timing was in order to have the report come out ahead of "
        "U.N. climate talks, which begin in Poland on December 2.",
        date(2018, 11, 24),
    )
    e = one(ev, "leaders_meeting")
    assert e.status == "planned" and countries(e, "location") == {"POL"}


def test_town_country_is_the_venue_of_a_summit():
    # allsides-6388 (O008): Argentina hosts the G20, it is no party of it
    ev = run(
        "Trump on NAFTA",
        "Trump’s warning came as he left the G20 meeting in Buenos Aires, Argentina, this weekend.",
        date(2018, 12, 3),
    )
    e = one(ev, "leaders_meeting")
    assert "ARG" not in countries(e, "participants") and countries(e, "location") == {"ARG"}

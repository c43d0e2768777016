"""Visits implied by wire wordings, and trips that are only meetings (helper round I):
a photo caption places its subject ("Rex Tillerson speaks ... in London, Britain, September
14, 2017."); words spoken abroad place the speaker ("Obama said earlier Monday in the
Philippines"); a planned trip is planned ("plans a trip to Muslim-dominated Albania"); travel
to a venue for a group's meeting, for talks with a third side, or to a summit with no contact
with the host is a meeting, not a visit (TAXONOMY Conventions)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_reuters_caption_places_its_subject_abroad() -> None:
    # TUNE T008 (corpus allsides-4132)
    e = one(
        run(
            "Tillerson says U.S. could stay in Paris climate accord",
            "U.S. Secretary of State Rex Tillerson speaks during a news conference at Lancaster "
            "house in London, Britain, September 14, 2017. REUTERS/Hannah McKay",
            date(2017, 9, 17),
        ),
        "state_visit",
    )
    assert e.status == "occurred"
    assert countries(e, "visitor") == {"USA"}
    assert countries(e, "location") == {"GBR"}


def test_ap_caption_with_weekday_places_its_subject_abroad() -> None:
    # TUNE P003 (corpus allsides-1488)
    e = one(
        run(
            "Trump administration halts cruises to Cuba under new rules",
            "Secretary of Treasury Secretary Steve Mnuchin and Senior White House Advisor Ivanka "
            "Trump and others, wait to enter 10 Downing Street, Tuesday, June 4, 2019, in London. "
            "(AP Photo/Alex Brandon)",
            date(2019, 6, 4),
        ),
        "state_visit",
    )
    assert countries(e, "visitor") == {"USA"}
    assert countries(e, "host") == {"GBR"}


def test_caption_at_home_or_of_a_file_photo_is_no_visit() -> None:
    # corpus allsides-5568, allsides-4822, allsides-84 (captions)
    for body, day in (
        (
            "U.S. President Donald Trump makes an announcement about U.S. trade relations with "
            "China and Hong Kong in the Rose Garden of the White House in Washington, U.S., May "
            "29, 2020. REUTERS/Jonathan Ernst",
            date(2020, 5, 30),
        ),
        (
            "U.S. President Donald Trump waves as walks on the South Lawn of the White House upon "
            "his return to Washington, U.S., from the G20 Summit in Hamburg, July 8, 2017. "
            "REUTERS/Joshua Roberts",
            date(2017, 7, 10),
        ),
        (
            "FILE PHOTO: U.S. Attorney General William Barr participates in a news conference "
            "after a meeting with Attorney Generals of Northern Triangle of Central America in "
            "San Salvador, El Salvador May 16, 2019. REUTERS/Jose Cabezas",
            date(2019, 6, 1),
        ),
    ):
        assert not of_type(run("Trade news", body, day), "state_visit"), body


def test_said_in_a_foreign_place() -> None:
    # TUNE O023 (corpus allsides-6331)
    e = one(
        run(
            "White House sets new round of sanctions against Russia over Ukraine involvement",
            "President Obama said earlier Monday in the Philippines, where he is wrapping up a "
            "tour of Asia, that the U.S. is holding off on broader sanctions that would further "
            "harm the Russian economy.",
            date(2014, 4, 28),
        ),
        "state_visit",
    )
    assert e.status == "occurred"
    assert countries(e, "visitor") == {"USA"}
    assert countries(e, "location") == {"PHL"}


def test_said_in_a_statement_or_an_institution_is_no_visit() -> None:
    # corpus allsides-1087, allsides-5357 ("said in the Senate", "said in an interview")
    for body in (
        "“China never intends to fulfill its promises,” Senator Chuck Schumer said in the Senate.",
        "“He’s a great man, but at some point we have to straighten it out,” Trump said in an "
        "interview on Fox News about Chinese President Xi Jinping.",
    ):
        assert not of_type(run("Trade", body, date(2019, 5, 14)), "state_visit"), body


def test_a_planned_trip_is_planned() -> None:
    # TUNE U035 (corpus allsides-6387)
    e = one(
        run(
            "Pope Francis: Christians Joining Jews in Suffering Religious Persecution",
            "The warning comes as Pope Francis plans a trip to Muslim-dominated Albania on Sunday.",
            date(2014, 9, 18),
        ),
        "state_visit",
    )
    assert e.status == "planned"
    assert countries(e, "location") == {"ALB"}


def test_in_a_capital_for_a_group_meeting_is_no_visit() -> None:
    # TUNE P025 (corpus allsides-2818)
    evs = run(
        "Trump's remarks on NATO set off freakout",
        "Many NATO members also are involved in the U.S.-led coalition battling the Islamic State "
        "terrorist network, and a number of their representatives were in Washington on Thursday "
        "for a meeting of the coalition, making the timing of Trump's comments all the more "
        "sensitive.",
        date(2016, 7, 21),
    )
    assert not of_type(evs, "state_visit")
    assert of_type(evs, "leaders_meeting")


def test_departing_for_talks_with_a_third_side_is_no_visit() -> None:
    # TUNE U028 (corpus allsides-4813)
    evs = run(
        "Trump economic adviser: Trudeau 'stabbed us in the back'",
        "In a press conference after Trump departed for Singapore ahead of his Tuesday meeting "
        "with North Korean leader Kim Jong Un, Trudeau said Canada would move forward with "
        "retaliatory tariffs.",
        date(2018, 6, 10),
    )
    assert not of_type(evs, "state_visit")


def test_talks_with_the_host_are_still_a_visit() -> None:
    evs = run(
        "Kerry in China",
        "Secretary of State John Kerry arrived in Beijing on Monday for talks with Chinese "
        "President Xi Jinping.",
        date(2014, 6, 10),
    )
    assert countries(one(evs, "state_visit"), "host") == {"CHN"}


def test_trip_to_a_summit_venue_without_the_host_is_a_meeting() -> None:
    # TUNE S014 (corpus allsides-3710); dev d042 is the same family
    evs = run(
        "Trump touts ‘big leap forward’ with China after G-20 meeting",
        "President Trump attended the Group of 20 summit on Friday and Saturday.\n\nTrump returned late Saturday from his two-day trip to Argentina, "
        "where trade was a focal point of many of his meetings.",
        date(2018, 12, 3),
    )
    assert not of_type(evs, "state_visit")


def test_trip_to_a_summit_venue_with_talks_with_the_host_stays_a_visit() -> None:
    evs = run(
        "Trump at the G-20",
        "President Trump attended the Group of 20 summit on Friday and Saturday.\n\nTrump returned "
        "late Saturday from his two-day trip to Argentina, where he also met Argentine President "
        "Mauricio Macri.",
        date(2018, 12, 3),
    )
    assert countries(one(evs, "state_visit"), "host") == {"ARG"}

"""Tense cues of meetings: a trip or a break told in the past "to meet" someone (with a day
between), a future inside an attributed quotation, and a meeting someone "called" or
"called for" (still to come)."""

from datetime import date

from detector_cases import countries, one, run


def test_flew_on_a_day_to_meet_is_occurred():
    # the wording of _PAST_TRIP_TO with a day between the place and "to meet"
    e = one(
        run(
            "China, Russia talk",
            "Chinese Foreign Minister Wang Yi flew to Moscow on Monday to meet Russian Foreign "
            "Minister Sergei Lavrov.",
            date(2017, 7, 8),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"


def test_stepped_away_from_a_session_to_meet_is_occurred():
    # allsides-1587 (Q025)
    e = one(
        run(
            "Ivanka Trump takes center stage at G-20 as president pledges $50 million",
            "But as President Trump stepped away from the a G-20 session Saturday to meet with "
            "the president of Indonesia, Ivanka literally took his seat among world leaders.",
            date(2017, 7, 8),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"
    assert "IDN" in countries(e)


def test_future_inside_an_attributed_quote_is_the_speakers():
    # allsides-1587 (Q025): a link headline of "More G-20 coverage"
    e = one(
        run("'I will be going to London,' Trump says in meeting with U.K. Prime Minister May"),
        "leaders_meeting",
    )
    assert e.status == "occurred"
    # a quoted plan still plans what comes after the quote
    e = one(
        run(
            "Trump, Abe",
            "“We will talk,” Trump said. He will meet Japanese Prime Minister Shinzo Abe on Friday.",
            date(2017, 7, 8),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_meeting_called_for_is_planned():
    # allsides-2414 (U021), published Saturday 2019-07-06
    e = one(
        run(
            "Iran Will Surpass Uranium Enrichment Limits, Officials Say",
            "The U.S. has called a meeting of the International Atomic Energy Agency, the U.N.'s "
            "nuclear weapons watchdog, to discuss the situation with Iran on Wednesday in Vienna.",
            date(2019, 7, 6),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"
    # allsides-336
    e = one(
        run(
            "US to deploy up to 3,000 military personnel to fight Ebola in West Africa",
            "On Monday, U.S. Ambassador to the United Nations Samantha Power called for an "
            "emergency meeting of the U.N. Security Council on Thursday, warning that the "
            "potential risk of the virus could set the countries of West Africa back a generation.",
            date(2014, 9, 16),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_meeting_called_useful_is_not_planned():
    e = one(
        run(
            "Trump, Abe",
            "Trump met Japanese Prime Minister Shinzo Abe on Friday and called the meeting useful.",
            date(2017, 7, 8),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"


def test_summit_followed_by_next_month_is_planned():
    # allsides-1411 (told 2019-10-12)
    e = one(
        run(
            "Trump, Xi trade truce",
            "The two sides are working toward a deal that can be signed at the Asia-Pacific "
            "Economic Cooperation summit next month in Chile, Trump and Xi said.",
            date(2019, 10, 12),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"
    assert "CHL" in countries(e)

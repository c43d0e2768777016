"""Event dates against the publication date: a coming date told in an earlier month of the year
is next year's; "Yesterday", "Last week" open sentences; a day beats a month when merging."""

from datetime import date

from detector_cases import of_type, one, run

from streams.detector import dates
from streams.detector.engine import _event_date


def test_coming_january_date_in_a_december_story_is_next_year():
    # allsides-1788 (P017): a trip to Beijing "in the week of Jan. 7", told on Dec. 27, 2018
    e = one(
        run(
            "China Heads Into Trade Talks Bracing for More U.S. Demands",
            "Deputy U.S. Trade Representative Jeffrey Gerrish will lead the Trump administration’s "
            "team heading to Beijing in the week of Jan. 7, people familiar told Bloomberg News "
            "on Wednesday.",
            date(2018, 12, 27),
        ),
        "state_visit",
    )
    assert e.status == "planned"
    assert e.date == "2019-01-07"


def test_coming_february_visit_in_a_december_story_is_next_year():
    # allsides-3258 (U034): "The Pope plans to visit Mexico from February 12-17", told Dec. 13, 2015
    e = one(
        run(
            "Pope Francis Plans Mexico-U.S. ‘Cross-Border’ Mass During Election Year",
            "The Pope plans to visit Mexico from February 12-17 and will travel to the border town "
            "of Ciudad Juárez on the final day of his trip.",
            date(2015, 12, 13),
        ),
        "state_visit",
    )
    assert e.status == "planned"
    assert e.date == "2016-02-12"


def test_past_date_resolution_is_unchanged():
    assert dates.resolve("Jan. 7", date(2018, 12, 27)) == "2018-01-07"
    assert dates.resolve("January", date(2018, 11, 27), future=True) == "2019-01-01"
    assert dates.resolve("Dec. 1", date(2019, 1, 31)) == "2018-12-01"


def test_capitalised_relative_dates_open_a_sentence():
    # d022: "Last week, when Zelensky was in the US, he said ..." (published 2024-07-22)
    assert dates.find_date("Last week, when Zelensky was in the US, he said") == ("Last week", 0)
    # allsides-538 (T003): "Next week, Obama will be visiting Vietnam and Japan"
    events = run(
        "Report Says Trade Deal Would Boost U.S. Economy, But Opponents Say No",
        "Next week, Obama will be visiting Vietnam and Japan, where he will highlight his support "
        "for an economic partnership with those two countries.",
        date(2016, 5, 19),
    )
    visits = of_type(events, "state_visit")
    assert visits and all(e.date_text == "Next week" for e in visits)
    assert all(e.date == "2016-05-23" for e in visits)
    assert dates.resolve("Yesterday", date(2018, 8, 10)) == "2018-08-09"


def test_a_day_is_more_precise_than_a_month():
    assert dates.precision("Saturday") > dates.precision("last month")
    assert dates.precision("Yesterday") > dates.precision("this week") > dates.precision("March")
    assert dates.precision("Dec. 1") == 2


def test_date_a_little_further_on_in_the_clause():
    # allsides-3081 (Q015), published Monday 2014-09-22
    e = one(
        run(
            "Obama launches airstrikes in Syria against Islamic State",
            "Mr. Kerry met privately with British Foreign Secretary Philip Hammond on Monday.",
            date(2014, 9, 22),
        ),
        "leaders_meeting",
    )
    assert (e.date_text, e.date) == ("Monday", "2014-09-22")


def test_day_of_saying_is_skipped_for_the_events_own_date():
    # allsides-3081 (Q015): the meeting with Erdogan was last week, not on Monday
    e = one(
        run(
            "Obama launches airstrikes in Syria against Islamic State",
            "Mr. Kerry said Monday that he “had a long meeting with President Erdogan” last week.",
            date(2014, 9, 22),
        ),
        "leaders_meeting",
    )
    assert (e.date_text, e.date) == ("last week", "2014-09-15")


def test_a_date_naming_another_event_further_on_is_not_taken():
    # allsides-5631 (Q027): March 17 is Israel's election, not the day Obama refused to meet
    sent = (
        "Obama refused to meet Netanyahu, saying that doing so just ahead of Israel's March 17 "
        "general election would be seen as interference."
    )
    at = sent.index("refused to meet")
    assert _event_date(sent, (at, at + 15), date(2015, 3, 3), "declined") == (None, None)
    # allsides-1126: "on March 4" far on dates the poisoning, not the expulsion
    sent = (
        "Trump was reportedly furious that his administration ended up expelling 60 Russian "
        "diplomats in response to the poisoning of Russian ex-spy Sergei Skripal on British soil "
        "on March 4."
    )
    at = sent.index("expelling")
    assert _event_date(sent, (at, at + 9), date(2018, 4, 16), "occurred") == (None, None)


def test_weekend_phrases_date_the_event():
    # allsides-4631 (S044), published Sunday 2015-06-07
    e = one(
        run(
            "Obama's ISIS, Russia Strategy in Question at G-7",
            "Russia and ISIS topped the agenda as the leaders of the industrialized democracies "
            "gathered in Germany this past weekend for the G-7 summit.",
            date(2015, 6, 7),
        ),
        "leaders_meeting",
    )
    assert (e.date_text, e.date) == ("this past weekend", "2015-06-06")
    assert dates.resolve("over the weekend", date(2018, 6, 11)) == "2018-06-09"
    assert dates.resolve("this weekend", date(2018, 6, 6), future=True) == "2018-06-09"

"""Guards from a review of the background and date logic (2026-11-28): each sentence, written
in wire style for the review (not from a story), was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

from streams.detector import dates

DAY = date(2019, 6, 18)


def test_an_older_year_naming_a_thing_leaves_a_dated_clause_news() -> None:
    evs = run(
        "Iran deal",
        "Iranian Foreign Minister Mohammad Javad Zarif met EU foreign policy chief Federica "
        "Mogherini in Brussels on Monday to discuss ways of saving the 2015 nuclear deal.",
        DAY,
    )
    assert [e.date for e in of_type(evs, "leaders_meeting")] == ["2019-06-17"]
    evs = run(
        "Sanctions",
        "The United States imposed new sanctions on Russia on Monday over its 2014 annexation of "
        "Crimea.",
        DAY,
    )
    assert [countries(e) for e in of_type(evs, "sanctions")] == [{"RUS", "USA"}]


def test_a_year_dating_the_verb_still_tells_the_past() -> None:
    evs = run(
        "Walsh",
        "The former congressman told WTTW-TV this week that the turning point for him came when "
        "President Trump met with Russian President Vladimir Putin in 2018.",
        date(2019, 8, 22),
    )
    assert of_type(evs, "leaders_meeting") == []


def test_in_decades_and_last_years_deal_leave_news_news() -> None:
    evs = run(
        "Abe in Iran",
        "Japanese Prime Minister Shinzo Abe visited Iran on Wednesday, the first visit by a "
        "Japanese leader in four decades.",
        DAY,
    )
    assert [countries(e) for e in of_type(evs, "state_visit")] == [{"IRN", "JPN"}]
    evs = run(
        "Idlib",
        "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Moscow on Monday "
        "to discuss last year's Idlib deal.",
        DAY,
    )
    assert any(countries(e) >= {"RUS", "TUR"} for e in of_type(evs, "leaders_meeting"))


def test_this_year_before_after_is_no_span_of_years() -> None:
    evs = run(
        "Oil",
        "Oil prices have climbed this year after the United States imposed sanctions on Iran's oil "
        "exports on Monday.",
        DAY,
    )
    assert [countries(e) for e in of_type(evs, "sanctions")] == [{"IRN", "USA"}]


def test_a_date_at_the_window_edge_is_read_whole() -> None:
    evs = run(
        "Osaka",
        "U.S. President Donald Trump met with Chinese President Xi Jinping in Osaka, Japan on "
        "June 29.",
        date(2019, 7, 10),
    )
    assert [e.date for e in of_type(evs, "leaders_meeting")] == ["2019-06-29"]


def test_mar_a_lago_is_no_march_and_a_past_month_is_last_years() -> None:
    assert dates.find_date("talks with Trump in Mar-a-Lago") is None
    assert dates.resolve("November", date(2019, 2, 10)) == "2018-11-01"
    assert dates.resolve("November", date(2019, 2, 10), future=True) == "2019-11-01"


def test_an_adjective_in_ed_is_no_past_verb() -> None:
    evs = run(
        "Xi",
        "U.S. President Donald Trump meets Chinese President Xi Jinping on Saturday for "
        "long-awaited trade talks.",
        date(2019, 6, 27),
    )
    assert {e.status for e in of_type(evs, "leaders_meeting")} == {"planned"}


def test_a_visit_of_another_phase_is_no_trip_to_the_summit() -> None:
    evs = run(
        "G20",
        "U.S. President Donald Trump will attend the G20 summit in Osaka next week. Trump traveled "
        "to Japan last month for a four-day state visit.",
        date(2019, 6, 20),
    )
    assert [(e.status, countries(e)) for e in of_type(evs, "state_visit")] == [
        ("occurred", {"JPN", "USA"})
    ]


def test_may_as_a_month_is_not_theresa_may() -> None:
    evs = run(
        "China Talks",
        "British Prime Minister Theresa May will step down. Trump will meet Xi Jinping in May, the "
        "White House said.",
        date(2019, 3, 18),
    )
    assert [countries(e) for e in of_type(evs, "leaders_meeting")] == [{"CHN", "USA"}]
    # while "May said" after her name is still her
    evs = run(
        "UK",
        "British Prime Minister Theresa May met Trump in London on Tuesday. May said the talks "
        "went well.",
        date(2019, 6, 5),
    )
    assert any(countries(e) == {"GBR", "USA"} for e in of_type(evs, "leaders_meeting"))

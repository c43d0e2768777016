"""Guards from the review of the 2026-11-28 rounds: each sentence (written in wire style for
the review, not from a story) was misread by one of that day's new rules before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_left_in_another_sense_is_no_departure() -> None:
    for body in (
        "Trump left Iran with no choice but to resume enrichment, Iranian officials said.",
        "President Trump has left Syria to Russia and Iran, critics said.",
    ):
        assert of_type(run("Critics", body, date(2019, 10, 20)), "state_visit") == [], body
    # while a departure dated on a weekday is still a stay there
    evs = run(
        "Trump leaves",
        "President Trump left London on Wednesday after talks with Prime Minister Theresa May.",
        date(2019, 6, 6),
    )
    assert any(countries(e) == {"USA", "GBR"} for e in of_type(evs, "state_visit"))


def test_since_before_a_coming_meeting_keeps_it() -> None:
    evs = run(
        "Markets",
        "Stocks have rallied since Trump said he would meet Chinese President Xi Jinping next week.",
        date(2019, 6, 20),
    )
    assert [e.status for e in of_type(evs, "leaders_meeting")] == ["planned"]


def test_at_may_is_theresa_may_not_the_month() -> None:
    evs = run(
        "Talks",
        "At May’s request, French President Emmanuel Macron held talks with Trump on Monday.",
        date(2018, 12, 10),
    )
    assert any({"FRA", "USA"} <= countries(e) for e in of_type(evs, "leaders_meeting"))


def test_for_years_in_a_later_clause_keeps_the_call() -> None:
    for body in (
        "Trump spoke with Chinese President Xi Jinping on Monday, a leader he has courted for years.",
        "Trump spoke with Chinese President Xi Jinping on Monday about a deal that has eluded "
        "them for months.",
    ):
        evs = run("Call", body, date(2019, 6, 18))
        assert [countries(e) for e in of_type(evs, "leader_call")] == [{"CHN", "USA"}], body


def test_sanctions_not_hesitated_are_imposed() -> None:
    evs = run(
        "Sanctions",
        "The United States did not hesitate to impose sanctions on Russia on Monday.",
        date(2021, 6, 22),
    )
    assert [countries(e) for e in of_type(evs, "sanctions")] == [{"RUS", "USA"}]


def test_happy_to_speak_is_a_call_held() -> None:
    evs = run(
        "Call",
        "Trump was happy to speak by phone with Chinese President Xi Jinping on Monday.",
        date(2019, 6, 18),
    )
    assert [countries(e) for e in of_type(evs, "leader_call")] == [{"CHN", "USA"}]


def test_a_time_of_something_else_leaves_a_meeting_planned() -> None:
    evs = run(
        "G20",
        "Trump is expected to meet Chinese President Xi Jinping at the G20 summit in Osaka to "
        "discuss tariffs announced last week.",
        date(2019, 6, 20),
    )
    assert {e.status for e in of_type(evs, "leaders_meeting")} == {"planned"}


def test_a_month_after_the_noun_told_as_done_is_no_plan() -> None:
    evs = run(
        "Putin",
        "Trump said his meeting in July with Russian President Vladimir Putin went well.",
        date(2019, 6, 10),
    )
    assert [e.status for e in of_type(evs, "leaders_meeting")] == ["occurred"]


def test_before_opener_with_a_day_keeps_the_sanctions() -> None:
    evs = run(
        "EU sanctions Belarus",
        "Before the summit was due to begin, the European Union imposed sanctions on Belarus on "
        "Monday.",
        date(2021, 6, 21),
    )
    assert [countries(e) for e in of_type(evs, "sanctions")] == [{"BLR", "EU"}]


def test_a_capitalised_today_dates_the_next_sentence() -> None:
    evs = run(
        "Trump in Cairo",
        "In 2015, Sisi visited Ethiopia. Today, Trump met Sisi in Cairo. That same day, Trump "
        "also met Ethiopian Prime Minister Abiy Ahmed.",
        date(2019, 4, 9),
    )
    assert any(countries(e) == {"ETH", "USA"} for e in of_type(evs, "leaders_meeting"))


def test_a_state_dinner_hosted_by_names_its_guest() -> None:
    evs = run(
        "State dinner",
        "Chinese President Xi Jinping attended a state dinner hosted by Trump at the White House "
        "on Monday.",
        date(2019, 6, 18),
    )
    assert any({"CHN", "USA"} <= countries(e) for e in of_type(evs, "state_visit"))

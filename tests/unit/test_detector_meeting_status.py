"""Status of meetings and visits: a cancel word said of an agreement, an event that begins on
the story's day, a present-tense arrival, a time ahead in a present-tense clause, a participant
still to join (sentences from the tuning sets and the corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_withdrawal_from_an_agreement_is_no_cancelled_meeting() -> None:
    # U022 (allsides-4408 family): the cancel words are said of the pacts, not of the talks
    ev = run(
        "Trump meets Macron",
        "Trump has announced a withdrawal from the landmark Paris climate agreement. "
        "Trump, who has been critical of the deal, also met Monday with French President "
        "Emmanuel Macron, and abandoned the proposed Trans-Pacific Partnership with Asian countries.",
        date(2017, 9, 19),
    )
    m = [e for e in of_type(ev, "leaders_meeting") if countries(e) >= {"FRA", "USA"}]
    assert m and all(e.status == "occurred" for e in m)


def test_talks_go_on_while_withdrawing_from_nafta() -> None:
    # S003 (allsides-1653): "Trump starts clock on withdrawing from NAFTA even as trade talks
    # with Canada continue"
    ev = run(
        "Trade",
        "More:Trump starts clock on withdrawing from NAFTA even as trade talks with Canada continue.",
        date(2018, 9, 1),
    )
    assert one(ev, "leaders_meeting").status == "occurred"


def test_a_real_cancellation_still_cancels() -> None:
    # S026: "canceled plans to attend this week's summit at Camp David"
    ev = run(
        "Saudi king skips summit",
        "Saudi Arabian King Salman on Sunday canceled plans to attend this week's summit at "
        "Camp David with President Obama because of the cease-fire.",
        date(2015, 5, 11),
    )
    assert one(ev, "leaders_meeting").status == "cancelled"


def test_summit_that_begins_on_the_story_day_is_under_way() -> None:
    # P019 (allsides-2642), published Saturday 2019-08-24
    ev = run(
        "Trump in France",
        "President Donald Trump and the six other leaders of the Group of Seven nations will "
        "begin meeting Saturday for three days in the southwestern French resort town of Biarritz.",
        date(2019, 8, 24),
    )
    assert one(ev, "leaders_meeting").status == "occurred"


def test_summit_that_begins_later_is_planned() -> None:
    # the same wording told on the Thursday before
    ev = run(
        "Trump to France",
        "President Donald Trump and the six other leaders of the Group of Seven nations will "
        "begin meeting Saturday for three days in the southwestern French resort town of Biarritz.",
        date(2019, 8, 22),
    )
    assert one(ev, "leaders_meeting").status == "planned"


def test_present_tense_caption_arrival_is_occurred() -> None:
    # P019 (allsides-2642): a caption outweighs "will begin meeting" of the same day
    ev = run(
        "Mon dieu! Donald Trump arrives at G7 summit in France amid tensions",
        "CLOSE President Donald Trump and Melania Trump arrive at the airport in Biarritz, France "
        "for the G7 summit. President Donald Trump and the six other leaders of the Group of Seven "
        "nations will begin meeting Saturday for three days in Biarritz.",
        date(2019, 8, 24),
    )
    g7 = [e for e in of_type(ev, "leaders_meeting") if "G7" in countries(e)]
    assert g7 and all(e.status == "occurred" for e in g7)


def test_visit_at_the_end_of_the_month_is_planned() -> None:
    # O033 (allsides-5191), published 2015-04-20
    ev = run(
        "Japan, U.S. 'Close' To Major Deal",
        "Abe told the Journal that he hopes to come to an understanding with President Barack "
        "Obama when he visits Washington at the end of the month as part of a 12-country summit.",
        date(2015, 4, 20),
    )
    assert one(ev, "state_visit").status == "planned"


def test_visit_later_this_week_is_planned() -> None:
    # allsides-2623
    ev = run(
        "May heads to Washington",
        "When Prime Minister Theresa May visits Washington later this week she will be angling for "
        "a generous trade deal with the United States.",
        date(2017, 1, 23),
    )
    assert one(ev, "state_visit").status == "planned"


def test_coming_month_makes_present_meeting_planned() -> None:
    # T029 (allsides-3390), told in April
    ev = run(
        "Paris accord",
        "The next test for the Paris accord will be in the middle of May, when finance ministers "
        "of the Group of Seven major economies meet in Italy.",
        date(2017, 4, 26),
    )
    m = one(ev, "leaders_meeting")
    assert m.status == "planned" and countries(m) == {"G7", "ITA"}


def test_expected_to_join_talks_is_planned() -> None:
    # S033 (allsides-4156)
    ev = run(
        "Key events",
        "Chinese Vice Premier Liu He was expected to join U.S. Trade Representative Robert "
        "Lighthizer and Treasury Secretary Steven Mnuchin in high-level trade talks Thursday and Friday.",
        date(2019, 2, 11),
    )
    assert one(ev, "leaders_meeting").status == "planned"


def test_round_of_talks_that_will_kick_off_is_planned() -> None:
    # allsides-4107, published Sunday 2017-08-27
    ev = run(
        "Trump renews threat to scrap NAFTA going into next round of talks",
        "The second round of NAFTA talks will kick off on Friday in Mexico City.",
        date(2017, 8, 27),
    )
    m = one(ev, "leaders_meeting")
    assert m.status == "planned" and countries(m) >= {"CAN", "MEX", "USA"}

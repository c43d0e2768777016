"""Wordings of deals in wire copy: what is no deal (a second deal noun is no verb, "come to
understand" is no "come to an agreement", "some future agreement", a side pressured into
negotiating, a truce with the opposition, a deal "had already reached", "agreed on the
significance", "in which the two countries agreed" of an old deal), and what is one (a deal
"completed", a deal named by a nationality, a treaty under negotiation whose relative clause
says what it "could" lead to, the other side of "a deal with X" and no one after it, an
announced pull-back from a pact, "the two leaders agreed to hold off" on tariffs)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_second_deal_noun_is_no_verb() -> None:
    # TUNE T039 (corpus allsides-6368)
    events = run(
        "An interview with the trade expert Donald Trump cited 20 times",
        "I’ve done a number of widely cited papers on jobs lost due to NAFTA [the North American "
        "Free Trade Agreement], China trade, US-Korea free trade agreement, and with the TPP "
        "countries.",
        date(2016, 9, 19),
    )
    assert of_type(events, "agreement") == []


def test_come_to_understand_is_no_deal() -> None:
    # TUNE T013 (corpus allsides-2291)
    events = run(
        "Showdown",
        "UN Secretary-General Ban Ki-moon has also claimed that Mr. Trump will come to understand "
        "the “seriousness and urgency” of the deal.",
        date(2016, 11, 20),
    )
    assert of_type(events, "agreement") == []


def test_some_future_agreement_is_no_deal() -> None:
    # TUNE O042 (corpus allsides-6017)
    events = run(
        "Five misconceptions about Obama's Asia trade agenda",
        "Some argue that China should be part of the Pacific Rim deal or some future US free "
        "trade agreement because it’s too big to ignore.",
        date(2015, 6, 24),
    )
    assert of_type(events, "agreement") == []


def test_side_pressured_into_negotiating_is_no_deal() -> None:
    # TUNE U021 (corpus allsides-2414)
    events = run(
        "Iran Will Surpass Uranium Enrichment Limits, Officials Say",
        "The Trump administration is seeking to pressure Iran into negotiating a tougher nuclear "
        "deal and changing its behavior in the Middle East.",
        date(2019, 7, 6),
    )
    assert of_type(events, "agreement") == []
    # TUNE T042 (corpus allsides-2099)
    events = run(
        "Hillary's trade dilemma",
        "One memorable moment came during a debate in Cleveland, when both Obama and Clinton said "
        "they would use the threat of withdrawing from NAFTA to force Mexico to negotiate stronger "
        "labor and environmental terms for the agreement.",
        date(2015, 3, 20),
    )
    assert of_type(events, "agreement") == []


def test_truce_with_the_opposition_is_domestic() -> None:
    # TUNE U039 (corpus allsides-4532)
    events = run(
        "Ukrainian president calls truce",
        "Ukraine’s president announced a truce Wednesday with opposition groups after clashes with "
        "riot police killed at least 26 people, violence that prompted President Obama and U.S. "
        "allies to warn of possible sanctions.",
        date(2014, 2, 19),
    )
    assert of_type(events, "agreement") == []


def test_deal_already_reached_before_is_background() -> None:
    # TUNE O035 (corpus allsides-6391)
    events = run(
        "Obama Presses Chinese on Global Warming",
        "In his remarks, Mr. Obama said he had pressed Mr. Zhang on the urgency for both countries "
        "to take the lead, and noted that he and the Chinese president had already reached an "
        "accord to cut the use of hydrofluorocarbons, a potent category of greenhouse gases.",
        date(2014, 9, 24),
    )
    assert of_type(events, "agreement") == []


def test_completed_deal_occurred() -> None:
    # TUNE O036 (corpus allsides-6018)
    e = one(
        run(
            "Trade truce",
            "Trump has appointed Lighthizer, who just completed a new trade agreement with Canada "
            "and Mexico and is one of the administration’s most vocal China critics, to oversee the "
            "new round of talks, officials said.",
            date(2018, 12, 4),
        ),
        "agreement",
    )
    assert e.status == "occurred"
    assert countries(e) == {"USA", "CAN", "MEX"}


def test_deal_named_by_a_nationality() -> None:
    # dev d098 (BBC business)
    e = one(run("Ukraine strikes Turkmen gas deal"), "agreement")
    assert e.status == "occurred"
    assert countries(e) == {"UKR", "TKM"}


def test_relative_clause_modal_keeps_the_talks() -> None:
    # TUNE T042 (corpus allsides-2099)
    e = one(
        run(
            "Hillary's trade dilemma",
            "The Obama administration is already negotiating a bilateral investment treaty with "
            "China that could be a stepping stone to a free trade pact.",
            date(2015, 3, 20),
        ),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"USA", "CHN"}


def test_deal_with_one_side_then_another_clause() -> None:
    # TUNE P030 (corpus allsides-1022)
    events = of_type(
        run(
            "Trade",
            "President Trump said Sunday that he has reached a trade deal with Japan, is confident "
            "of reaching one with the U.K., and is still determined to force China to make enough "
            "concessions to get a deal with Beijing.",
            date(2019, 8, 25),
        ),
        "agreement",
    )
    reached = [e for e in events if e.status == "occurred"]
    assert [countries(e) for e in reached] == [{"USA", "JPN"}]


def test_announced_pull_back_from_a_pact_is_an_exit() -> None:
    # TUNE U024 (corpus allsides-2418)
    e = one(
        run(
            "American prisoners held in North Korea on their way home after Pompeo visit",
            "Pompeo was heading to North Korea just as Trump announced the U.S. would pull back "
            "from the Iran nuclear agreement.",
            date(2018, 5, 9),
        ),
        "agreement",
    )
    assert e.status == "cancelled"
    assert countries(e) == {"USA", "IRN"}


def test_the_two_leaders_agreed_to_hold_off() -> None:
    # corpus allsides-5215: the two sides the story named, a truce in a trade war
    e = one(
        run(
            "Stocks down after Wall Street's biggest day in a decade",
            "This follows a meeting between President Trump and his Chinese counterpart Xi Jinping "
            "in Argentina earlier this month. The two leaders agreed to hold off on additional tariffs for 90 days as they "
            "work on disagreements on trade and technology policies.",
            date(2018, 12, 27),
        ),
        "agreement",
    )
    assert e.status == "occurred"
    assert countries(e) == {"USA", "CHN"}


def test_agreed_in_a_relative_clause_of_an_old_deal() -> None:
    # corpus allsides-1538 (TUNE U041)
    events = run(
        "Trump pressed to put hacking on North Korean summit agenda",
        "Cyber diplomacy has worked before with the United States’ digital adversaries, most "
        "famously in the 2015 agreement that then-President Barack Obama struck with Chinese "
        "President Xi Jinping in which the two countries agreed to end the hacking of private "
        "companies for commercial gain.",
        date(2018, 5, 19),
    )
    assert of_type(events, "agreement") == []


def test_agreed_on_a_significance_is_no_deal() -> None:
    # corpus allsides-4891
    events = run(
        "Abe in Washington",
        "In a meeting with President Barack Obama on Tuesday, Abe said the two leaders fully agreed "
        "on the significance of the new defense policy.",
        date(2015, 4, 29),
    )
    assert of_type(events, "agreement") == []


def test_an_exit_that_should_happen_is_no_event() -> None:
    # corpus allsides-2462
    events = run(
        "USA TODAY/Suffolk Poll: Despite economic optimism, Americans worry about Trump and the future",
        "Americans are split on another looming foreign-policy decision, on whether the United "
        "States should withdraw from the multinational Iran nuclear deal: 37% support withdrawing; "
        "38% support staying in.",
        date(2017, 10, 5),
    )
    assert of_type(events, "agreement") == []


def test_demanded_renegotiation_is_no_talks() -> None:
    # TUNE U022 (corpus allsides-4408): Trump's demand, months before the story
    events = run(
        "In U.N. speech, Trump to call for international cooperation on North Korea",
        "He has also demanded negotiations on the North American Free Trade Agreement with Canada "
        "and Mexico.",
        date(2017, 9, 19),
    )
    assert of_type(events, "agreement") == []


def test_deal_sought_with_a_body_naming_it() -> None:
    # TUNE P022 (corpus allsides-2757)
    e = one(
        run("Obama seeks to bypass Congress for U.N. climate change deal: report", "", None),
        "agreement",
    )
    assert e.status == "proposed"
    assert countries(e) == {"USA", "UN"}


def test_sought_repeal_is_no_deal_verb() -> None:
    # corpus allsides-5348: a record of exits long past, "sought repeal" of a domestic law
    events = run(
        "FCC chief plans to ditch U.S. 'net neutrality' rules",
        "Trump has abandoned international trade deals, the landmark Paris climate accord and "
        "environmental protections, taken aim at the Iran nuclear accord and closer relations with "
        "Cuba, and sought repeal Obama’s signature healthcare law.",
        date(2017, 11, 22),
    )
    assert of_type(events, "agreement") == []

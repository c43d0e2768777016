"""What is only talked about is no side: an opening quotation or "Amid ..." adjunct, what was
said after the trigger ("told a meeting that China ..."), who is spoken of ("did not mention
the United States"), a place qualifying someone ("U.S.-based", "China critics"); a bloc named
as the gathering a deal was made at is no party; the venue is the place a "where" clause
hangs on, not the trip a speaker spoke on; Wales and Sicily are places; an urged or
months-old meeting is no news."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_an_opening_quotation_names_no_side_of_the_news_conference() -> None:
    # corpus allsides-5395 (2019-06-04): Mexico is talked about, the meeting is with May; the
    # Mexico talks told in another sentence stay their own event
    ev = run(
        "Mexico Tariffs Likely To Take Effect Next Week, Trump Vows In London",
        "Trump said he is open to continuing negotiations with Mexican leaders, including at a "
        "meeting scheduled for Wednesday between its foreign minister and Secretary of State "
        'Mike Pompeo. "I think Mexico will step up and do what they should have done," Trump '
        "said at a news conference with British Prime Minister Theresa May after a meeting "
        "with her at 10 Downing Street.",
        date(2019, 6, 4),
    )
    met = sorted(sorted(countries(e)) for e in of_type(ev, "leaders_meeting"))
    assert ["GBR", "USA"] in met
    assert ["MEX", "USA"] in met
    assert not any("GBR" in c and "MEX" in c for c in met)


def test_a_quotation_alone_gives_no_call_its_other_side() -> None:
    # corpus allsides-1734 (2014-01-08): McCain spoke with Burns (both American); Iraq is only
    # in the quotation
    ev = run(
        "McCain: Maliki must reach out",
        "“It’s fine to [sell Iraq Apaches] and help them with intelligence, but also Maliki has "
        "got to come to some kind of accommodation with the Sunnis,” said John McCain, who spoke "
        "with Burns on the matter.",
        date(2014, 1, 8),
    )
    assert not of_type(ev, "leader_call")


def test_an_amid_adjunct_names_no_party() -> None:
    # corpus allsides-5414 (S018, 2016-09-04)
    ev = run("Amid struggle for Syria deal, Obama and Putin to meet Monday", "", date(2016, 9, 4))
    assert countries(one(ev, "leaders_meeting")) == {"USA", "RUS"}


def test_what_was_told_at_a_meeting_names_no_party() -> None:
    # corpus allsides-2808 (S024, 2018-09-26)
    ev = run(
        "Trump accuses China of election meddling",
        "UNITED NATIONS — Veering off the carefully negotiated agenda, President Trump told a "
        "U.N. Security Council meeting he was chairing Wednesday that China was meddling in the "
        "upcoming U.S. midterm elections to undercut his tough trade agenda.",
        date(2018, 9, 26),
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "UN"}


def test_who_is_spoken_of_at_a_summit_is_no_party() -> None:
    # corpus allsides-5247 (P027, 2018-06-10)
    ev = run(
        "China's Xi calls out 'selfish, short-sighted' trade policies",
        "Xi did not mention the United States during a speech at a summit meeting of the "
        "Shanghai Cooperation Organisation (SCO), a regional security bloc led by China and "
        "Russia.",
        date(2018, 6, 10),
    )
    met = of_type(ev, "leaders_meeting")
    assert met and not any("USA" in countries(e) for e in met)


def test_the_trip_a_speaker_spoke_on_is_no_venue_of_the_talks() -> None:
    # corpus allsides-6100 (T030, 2019-05-14)
    ev = run(
        "China to impose tariffs on U.S. goods",
        "The Chinese government’s top diplomat, State Councilor Wang Yi, said during a trip to "
        "Russia that China-U.S. talks were not a “one-way street” and needed to be conducted on "
        "the basis of equality, according to China’s Foreign Ministry.",
        date(2019, 5, 14),
    )
    assert countries(one(ev, "leaders_meeting")) == {"CHN", "USA"}


def test_the_place_before_where_is_the_venue() -> None:
    # corpus allsides-2100 (T005, 2016-04-24)
    ev = run(
        "Obama pushes controversial trade deal in Germany",
        "Obama arrived in Germany on Sunday from London, where me met with British Prime "
        "Minister David Cameron, had lunch and dinner with members of the royal family.",
        date(2016, 4, 24),
    )
    met = one(ev, "leaders_meeting")
    assert countries(met) == {"USA", "GBR"}
    assert countries(met, "location") == {"GBR"}


def test_wales_and_sicily_are_places() -> None:
    # corpus allsides-2523 (T015, 2014-09-03), allsides-3031 (T011, 2017-05-24)
    ev = run(
        "Ukraine cease-fire",
        "Mr. Poroshenko's call with Mr. Putin came one day before the start of a NATO summit in "
        "Wales that will focus heavily on the conflict in Ukraine.",
        date(2014, 9, 3),
    )
    assert countries(one(ev, "leaders_meeting"), "location") == {"GBR"}
    ev = run(
        "Trump at the Vatican",
        "Trump, who will fly to Brussels on Wednesday for a Nato summit, will wrap up his tour "
        "on Friday at the G7 summit in Sicily.",
        date(2017, 5, 24),
    )
    g7 = [e for e in of_type(ev, "leaders_meeting") if "G7" in countries(e)]
    assert g7 and countries(g7[0], "location") == {"ITA"}


def test_a_bloc_gathering_where_a_deal_is_made_is_no_party() -> None:
    # corpus allsides-155 (S016, 2019-08-26), allsides-4008 (U001, 2019-11-14)
    ev = run(
        "Trump claims China asked for renewed trade talks",
        "Trump has used the G-7 summit to advance his trade agenda in the face of skeptical "
        "European allies, including by announcing Sunday that he and Japan had reached an "
        "agreement “in principle” on trade.",
        date(2019, 8, 26),
    )
    assert countries(one(ev, "agreement")) == {"USA", "JPN"}
    ev = run(
        "How Trump's Trade War Went From Method to Madness",
        "In the days that followed, Trump insisted that the teams were making progress and that "
        "he and Xi would likely sign the deal at a Nov. 16-17 gathering of the Asia-Pacific "
        "Economic Cooperation forum in Santiago.",
        date(2019, 11, 14),
    )
    assert countries(one(ev, "agreement")) == {"USA", "CHN"}


def test_a_bloc_holding_the_summit_of_a_deal_stays_a_party() -> None:
    # the EU is both the host body and a side
    ev = run(
        "EU, Turkey deal", "EU leaders reached a deal with Turkey at an EU summit in Brussels."
    )
    assert countries(one(ev, "agreement")) == {"EU", "TUR"}


def test_a_country_qualifying_someone_is_no_side() -> None:
    # corpus allsides-2557 (P001, 2017-12-12), allsides-21 (P002), allsides-6018 (O036)
    ev = run(
        "France awards climate grants to U.S.-based scientists on summit eve",
        "PARIS (Reuters) - French President Emmanuel Macron plans to award multi-year grants for "
        "several U.S.-based scientists to relocate to France, his office said on Monday on the "
        "eve of a climate summit hosted by the president.",
        date(2017, 12, 12),
    )
    assert not of_type(ev, "leaders_meeting")
    ev = run(
        "Beyond Senate defeat, ill omens for Keystone",
        "The past two weeks offer the strongest evidence to date that Obama may reject the "
        "Canada-to-Texas oil pipeline: He made a groundbreaking global warming deal with China.",
        date(2014, 11, 18),
    )
    assert countries(one(ev, "agreement")) == {"USA", "CHN"}
    ev = run(
        "Trade truce with China",
        "Trump has appointed Lighthizer, who just completed a new trade agreement with Canada "
        "and Mexico and is one of the administration’s most vocal China critics, to oversee "
        "the new round of talks, officials said.",
        date(2018, 12, 4),
    )
    assert "CHN" not in countries(one(ev, "agreement"))


def test_talks_urged_among_other_acts_are_no_meeting() -> None:
    # corpus allsides-4070 (T018, 2018-06-15)
    ev = run(
        "Trump announces tariffs on $50 billion in Chinese goods",
        '"We urge President Trump to reassess the approach, engage in real negotiations with '
        'China and work with allies to change Chinese policies," Garfield said.',
        date(2018, 6, 15),
    )
    assert not of_type(ev, "leaders_meeting")


def test_a_news_conference_named_by_an_old_month_is_background() -> None:
    # corpus allsides-4132 (T008, 2017-09-17): July is two months before
    ev = run(
        "Tillerson says U.S. could stay in Paris climate accord",
        "At a July news conference with French President Emmanuel Macron in Paris, Trump held "
        "open the door to a reversal of his decision.",
        date(2017, 9, 17),
    )
    assert not of_type(ev, "leaders_meeting")
    assert not of_type(ev, "state_visit")

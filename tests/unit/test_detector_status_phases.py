"""Status of meetings: a meeting told as held and one told as coming elsewhere stay two events;
trips on their way, trips told in the past with their purpose, summits that "will" do something."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_past_talks_and_coming_summit_meeting_are_two_events():
    # S041 (allsides-210): past trade talks in Washington, a meeting at the G20 in Japan next month
    events = run(
        "China Retaliates Against Trump, Hikes Tariffs on $60B of US Goods",
        "Trump wrote that China will be hurt very badly. The U.S. president, who has embraced "
        "protectionism as part of an America First agenda, stepped up his verbal attacks on China "
        "on Friday after two days of high-level trade talks in Washington ended with the two sides "
        "at an apparent stalemate. Trump also said Monday "
        "afternoon that he will meet with Chinese President Xi Jinping and Russian President "
        "Vladimir Putin at the G20 gathering in Japan next month.",
        date(2019, 5, 13),
    )
    meetings = of_type(events, "leaders_meeting")
    coming = [e for e in meetings if e.status == "planned"]
    # one meeting with each leader at the gathering (test_detector_one_on_ones)
    assert sorted((countries(e) - {"JPN"} for e in coming), key=sorted) == [
        {"CHN", "USA"},
        {"RUS", "USA"},
    ]
    assert any(e.status == "occurred" and "RUS" not in countries(e) for e in meetings)


def test_meeting_on_the_way_is_planned():
    # P007 (allsides-2434)
    e = one(
        run(
            "Trump demands end to 'unfair' trade",
            "Trump’s reversal, announced while he was en route to Singapore for a meeting with "
            "North Korean leader Kim Jong Un, sent his G7 partners scrambling.",
            date(2018, 6, 10),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_was_in_capital_to_meet_is_occurred():
    # S042 (allsides-4105)
    e = one(
        run(
            "Trump hits Turkey with heavier tariffs",
            "The proposed tariff hikes come just days after Turkey’s deputy foreign minister was in "
            "Washington to meet with U.S. officials on a range of contentious issues.",
            date(2018, 8, 10),
        ),
        "leaders_meeting",
    )
    assert e.status == "occurred"


def test_summit_that_will_focus_is_planned():
    # T015 (allsides-2523)
    events = run(
        "Ukraine walks back cease-fire announcement",
        "Mr. Poroshenko's call with Mr. Putin came one day before the start of a NATO summit in "
        "Wales that will focus heavily on the conflict in Ukraine.",
        date(2014, 9, 3),
    )
    assert one(events, "leaders_meeting").status == "planned"


def test_plans_for_new_round_of_talks_is_planned():
    # S002 (allsides-2864)
    e = one(
        run(
            "U.S., China trade tensions spill into financial markets",
            "The U.S. and China were forging ahead Monday with plans for a new round of trade "
            "talks, as the Trump administration’s top negotiator renewed the president’s threat.",
            date(2019, 5, 6),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_good_will_is_no_future():
    # S017 (allsides-6113)
    e = one(
        run(
            "Pope Francis met Kim Davis: why it matters in fight over religious freedom",
            "“The news that Pope Francis met privately with Kim Davis throws a wet blanket on the "
            "good will that the pontiff had garnered during his US visit,” Francis DeBernardo told "
            "Reuters in an e-mail.",
            date(2015, 9, 30),
        ),
        "state_visit",
    )
    assert e.status == "occurred"


def test_plans_to_act_during_visits_is_planned():
    # U008 (allsides-6081)
    events = run(
        "Trump wings way to Asia to talk trade, North Korea nukes",
        "After a couple of days in Japan, Trump plans to emphasize trade and North Korea nukes "
        "during visits to Seoul and Beijing.",
        date(2017, 11, 4),
    )
    visits = of_type(events, "state_visit")
    assert {"KOR", "CHN"} <= {c for e in visits for c in countries(e, "host")}
    assert all(e.status == "planned" for e in visits if countries(e, "host") & {"KOR", "CHN"})


def test_called_off_side_summit_is_not_the_bloc_summit():
    # O028 (allsides-5620)
    events = run(
        "Even Their Seats Are To Be Separated When Putin And Obama Meet : NPR",
        "Izvestia reported on Sept. 4 that the organizers of the G-20 summit in Saint Petersburg "
        "have rewritten the seating plan to ensure that Putin and Obama are not placed near each "
        "other. President Obama had already canceled a planned one-on-one summit with Putin, in "
        "part because of Russia's decision to give Edward Snowden temporary asylum.",
        date(2013, 9, 5),
    )
    meetings = of_type(events, "leaders_meeting")
    bloc = [e for e in meetings if "G20" in countries(e)]
    assert bloc and all(e.status != "cancelled" for e in bloc)
    assert any(e.status == "cancelled" and "G20" not in countries(e) for e in meetings)

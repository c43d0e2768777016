"""A body's own gathering is a meeting of that body: "its" summit after the body, "the G20
conference", "the U.N.'s annual General Assembly"."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_un_holds_its_summit():
    # allsides-2613 (R044)
    ev = one(
        run(
            "Climate strikes",
            "The young activists are protesting as the U.N. prepares to hold its Climate Action "
            "Summit on Monday in New York City. Greta Thunberg of Sweden sailed to the United States.",
            date(2019, 9, 20),
        ),
        "leaders_meeting",
    )
    assert ev.status == "planned"
    assert countries(ev, "participants") == {"UN"}


def test_opec_at_its_meeting():
    # allsides-1367 (Q022)
    ev = one(
        run(
            "Oil prices",
            "A key question surrounding future oil prices is what OPEC decides to do at its "
            "meeting in June. Saudi Arabia and Russia have pumped more.",
            date(2018, 5, 20),
        ),
        "leaders_meeting",
    )
    assert countries(ev, "participants") == {"OPEC"}


def test_its_meeting_of_a_company_is_no_event():
    # a company's own meeting: no body of states holds it
    evs = run(
        "Shareholders",
        "Exxon said Russia and China were discussed at its annual meeting in Dallas.",
        date(2018, 5, 20),
    )
    assert of_type(evs, "leaders_meeting") == []


def test_deal_announced_at_the_g20_conference():
    # allsides-3386 (Q023)
    ev = one(
        run(
            "Trade truce",
            "That's probably the best takeaway from the trade agreement between the United "
            "States and China that was announced Saturday at the G20 conference in Buenos Aires.",
            date(2018, 12, 3),
        ),
        "leaders_meeting",
    )
    assert "G20" in countries(ev, "participants")
    assert countries(ev, "location") == {"ARG"}


def test_leaders_head_to_the_uns_assembly():
    # allsides-86 (T009)
    ev = one(
        run(
            "North Korea",
            "This comes as about 200 world leaders, including President Trump, head to New York "
            "for the U.N.'s annual General Assembly.",
            date(2017, 9, 17),
        ),
        "leaders_meeting",
    )
    assert ev.status == "planned"
    assert countries(ev, "participants") == {"UN", "USA"}


def test_news_conference_is_no_bloc_gathering():
    evs = run(
        "Trade",
        "The United States and China spoke at a news conference in Geneva.",
        date(2018, 12, 3),
    )
    assert of_type(evs, "leaders_meeting") == []


def test_conference_of_the_parties_to_the_un_convention():
    # allsides-3416 (P011)
    ev = one(
        run(
            "Climate",
            "Still, there is hope in Katowice, Poland, at the 24th Conference of the Parties to "
            "the United Nations Framework Convention on Climate Change, known as COP24.",
            date(2018, 12, 10),
        ),
        "leaders_meeting",
    )
    assert countries(ev, "participants") == {"UN"}


def test_speaking_at_the_united_nations_general_assembly():
    # allsides-6391 (O035)
    ev = one(
        run(
            "Obama at the UN",
            "President Obama spoke Tuesday at the United Nations General Assembly, where he urged "
            "more than 100 world leaders to confront climate change.",
            date(2014, 9, 24),
        ),
        "leaders_meeting",
    )
    assert countries(ev, "participants") == {"UN", "USA"}

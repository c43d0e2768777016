"""Meetings: "met with counterparts at the State Department ... in Washington" (the place's
officials), a venue under a hyphenated modifier ("the Trump-branded Mar-a-Lago resort"), and
"negotiations with the European Union" (a bloc, no trade union)."""

from datetime import date

from detector_cases import countries, one, run


def test_met_with_counterparts_in_a_capital():
    # allsides-3383 (Z081)
    events = run(
        "Trump Authorizes Doubling of Tariffs on Turkey's Steel, Aluminum",
        "The deadline came just hours after Turkish officials met with counterparts at the "
        "State Department and Treasury Department in Washington to try to resolve the dispute.",
        date(2018, 8, 10),
    )
    m = one(events, "leaders_meeting")
    assert countries(m, "participants") == {"TUR", "USA"}
    v = one(events, "state_visit")
    assert countries(v, "visitor") == {"TUR"}
    assert countries(v, "host") == {"USA"}


def test_venue_under_a_hyphenated_modifier():
    # allsides-2938 (Z011)
    events = run(
        "Why Trump is right: China isn't playing by trade rules",
        "As Trump and Xi met at the Trump-branded Mar-a-Lago resort in Florida, there were few "
        "early signs of either progress or breakdown.",
        date(2017, 4, 7),
    )
    m = one(events, "leaders_meeting")
    assert countries(m, "location") == {"USA"}
    v = one(events, "state_visit")
    assert countries(v, "visitor") == {"CHN"}


def test_negotiations_with_the_european_union():
    # allsides-5798 (Z073)
    m = one(
        run(
            "UK election: Theresa May's massive gamble must not derail Brexit",
            "The Conservative government has pledged to deliver Brexit by the end of March 2019, "
            "and negotiations with the European Union are due to formally begin on June 19, with "
            "Britain’s negotiators seeking to ensure the best possible free trade deal with the EU.",
            date(2017, 6, 9),
        ),
        "leaders_meeting",
    )
    assert countries(m, "participants") == {"GBR", "EU"}

"""A country naming whose officials ("from U.S. diplomats") is a side, not a place; the place
right after the meeting noun is its venue."""

from datetime import date

from detector_cases import countries, one, run


def test_answers_from_us_diplomats_at_a_meeting_in_dublin():
    # allsides-842 (S021)
    ev = one(
        run(
            "NSA spying",
            "EU officials in Brussels pledged to seek answers from U.S. diplomats at a "
            "trans-Atlantic ministerial meeting in Dublin later this week.",
            date(2013, 6, 10),
        ),
        "leaders_meeting",
    )
    assert ev.status == "planned"
    assert countries(ev, "participants") == {"EU", "USA"}
    assert countries(ev, "location") == {"IRL"}


def test_from_a_country_is_still_a_place():
    # "returned from China": where one comes from, no side of the talks in Paris
    ev = one(
        run(
            "Talks",
            "Kerry, who returned from China on Sunday, held talks with French Foreign Minister "
            "Laurent Fabius in Paris.",
            date(2014, 2, 17),
        ),
        "leaders_meeting",
    )
    assert "CHN" not in countries(ev)

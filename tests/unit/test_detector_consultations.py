"""Consultations with other governments are talks: "began consultations with Japan, China"."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_began_consultations_with_states():
    # allsides-4774 (R017)
    ev = one(
        run(
            "Sony hack",
            "Washington began consultations with Japan, China, South Korea and Russia seeking "
            "their assistance in reining in North Korea.",
            date(2014, 12, 20),
        ),
        "leaders_meeting",
    )
    assert {"JPN", "CHN", "KOR", "RUS"} <= countries(ev, "participants")


def test_consultations_without_a_counterpart():
    evs = run(
        "Budget",
        "Germany and France said public consultations on the budget would end in May.",
        date(2014, 12, 20),
    )
    assert of_type(evs, "leaders_meeting") == []

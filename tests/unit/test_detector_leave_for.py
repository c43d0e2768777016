"""A planned departure names the visit's host: "plans to leave for China on Friday"."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_plans_to_leave_for_country():
    # allsides-2775 (Q041)
    ev = one(
        run(
            "Ross to China",
            "Commerce Secretary Wilbur Ross said that he still plans to leave for China on "
            "Friday to continue trade talks there.",
            date(2018, 5, 30),
        ),
        "state_visit",
    )
    assert ev.status == "planned"
    assert countries(ev, "visitor") == {"USA"}
    assert countries(ev, "host") == {"CHN"}


def test_leave_as_a_noun_is_no_visit():
    # paid leave for workers: no trip
    evs = run(
        "Leave",
        "Germany offers paid leave for fathers, and France is considering the same.",
        date(2018, 5, 30),
    )
    assert of_type(evs, "state_visit") == []

"""An arrival "at the" foreign seat or state is a visit: "Trump arrived at the Vatican"."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_arrived_at_the_vatican():
    # allsides-3031 (T011)
    ev = one(
        run(
            "Trump meets Pope Francis",
            "Trump arrived at the Vatican at about 8.30am after spending the night at the "
            "residence of the US ambassador to Italy.",
            date(2017, 5, 24),
        ),
        "state_visit",
    )
    assert countries(ev, "visitor") == {"USA"}
    assert countries(ev, "host") == {"VAT"}


def test_arrived_at_a_decision_is_no_visit():
    evs = run(
        "Trade",
        "China and the United States arrived at the conclusion that tariffs hurt both.",
        date(2019, 5, 1),
    )
    assert of_type(evs, "state_visit") == []

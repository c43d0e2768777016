"""A country in the name of a law ("the Hong Kong Autonomy Act") is no side. Sentence is real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_hong_kong_in_the_act_imposes_nothing() -> None:
    # allsides-2811 (corpus, July 2020)
    ev = run(
        "Pompeo, State Department sharpen criticism of China on virus and rights abuses",
        "For now, tit-for-tat sanctions appear to be as far as either country will go, with "
        "Trump this month signing the Hong Kong Autonomy Act, a bill to sanctions Chinese "
        "entities that have contributed to eroding the freedoms once enjoyed in Hong Kong.",
        date(2020, 7, 30),
    )
    assert countries(one(ev, "sanctions"), "imposer") == {"USA"}

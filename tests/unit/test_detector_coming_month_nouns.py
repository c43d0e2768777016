"""Status cases: a meeting noun followed by a coming month ("at its meeting in June" told in May,
"at the UN talks in Paris this December", "talks scheduled for September") is planned. Sentences are real (tuning sets and corpus).
"""

from __future__ import annotations

from datetime import date

from detector_cases import one, run


def test_conference_in_a_place_this_month() -> None:
    # corpus allsides-306 (2015-08-04)
    e = one(
        run(
            "Climate",
            "That means that American negotiators should be able to walk into the United Nations "
            "climate change conference in Paris this December with some momentum.",
            date(2015, 8, 4),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_talks_in_a_place_this_month() -> None:
    # X007 (corpus allsides-2609, 2015-07-21): December is five months ahead, "this" says the year
    e = one(
        run(
            "Is climate policy reaching a turning point?",
            "Since the EPA proposed the Clean Power Plan last summer, nations like China and Brazil "
            "have come out with fresh pledges for constraining emissions, and the hope is that all "
            "these proposals will get stitched together into a global climate agreement at the UN "
            "talks in Paris this December.",
            date(2015, 7, 21),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"


def test_talks_scheduled_for_a_month() -> None:
    # adapted from corpus allsides-3202 (2019-08-29), the sides named in the sentence
    e = one(
        run(
            "Wall Street rallies after China trade comments",
            "China's commerce ministry said Chinese and U.S. negotiators are discussing the next "
            "round of talks scheduled for September.",
            date(2019, 8, 29),
        ),
        "leaders_meeting",
    )
    assert e.status == "planned"

"""Sanctions cases: sanctions named but not imposed. A lifting wished of another side, a
decision still to be made ("whether to impose"), and sanctions not put in place are no
events. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_a_lifting_wished_of_another_side_is_no_event() -> None:
    # V038 (allsides-6012, 2018-07-16)
    ev = run(
        "Helsinki",
        "Putin has signaled he would like Trump to soften sanctions that Washington imposed over "
        "the annexation of Crimea and support for separatists in eastern Ukraine, involvement in "
        "the Syrian civil war and allegations of Russian meddling.",
        date(2018, 7, 16),
    )
    assert of_type(ev, "sanctions") == []


def test_whether_to_impose_is_an_option_not_an_event() -> None:
    # T040 (allsides-5618, 2018-04-16)
    ev = run(
        "Russia",
        "The Trump administration will decide in the “near future” whether to impose additional "
        "sanctions against Russia amid escalating tensions between the two countries over "
        "meddling in the 2016 U.S. election and the conflict in Syria.",
        date(2018, 4, 16),
    )
    assert of_type(ev, "sanctions") == []


def test_sanctions_not_put_in_place_are_no_event() -> None:
    # R033 (allsides-3637, 2018-03-17)
    ev = run(
        "Trump",
        "Trump has also been criticized for not putting in place sanctions against Russia "
        "earlier, after Congress passed a bi-partisan bill last summer.",
        date(2018, 3, 17),
    )
    assert of_type(ev, "sanctions") == []

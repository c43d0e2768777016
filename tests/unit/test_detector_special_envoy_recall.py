"""Expulsion cases: a special envoy is a negotiator, not a side's representative to another:
recalling one is no protest. Sentences are real (corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_a_special_envoy_recalled_home_is_no_expulsion() -> None:
    # allsides-3280 (September 2019, Afghan talks called off)
    ev = run(
        "Afghanistan",
        "The US has also recalled its special envoy for Afghanistan, Zalmay Khalilzad, to "
        "Washington to determine the path forward, Secretary of State Mike Pompeo told a US "
        "network on Sunday.",
        date(2019, 9, 9),
    )
    assert of_type(ev, "diplomatic_expulsion") == []

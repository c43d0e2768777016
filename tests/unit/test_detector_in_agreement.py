"""The phrase "in agreement" is a shared view, no pact. Sentence is real."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_not_in_complete_agreement_is_no_pact() -> None:
    # W009 allsides-3358 (2020-01-11)
    ev = run(
        "The administration’s deceptions about the Soleimani strike are a big deal",
        "But it’s clear that members of the Trump administration are not in complete agreement on "
        "Iran policy with some influential conservatives who have long pushed for a regime change "
        "in Tehran.",
        date(2020, 1, 11),
    )
    assert of_type(ev, "agreement") == []

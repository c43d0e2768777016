"""A call one is "willing to hold" is offered, not held nor planned. Sentence is real."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_willing_to_hold_a_phone_conversation_is_no_call() -> None:
    # allsides-6180 (corpus, 2018-01-06)
    ev = run(
        "Trump on Collusion Probe",
        "Separately, Trump also noted he would be willing to hold a phone conversation with North "
        "Korean leader Kim Jong-un.",
        date(2018, 1, 6),
    )
    assert of_type(ev, "leader_call") == []

"""Status cases: points or parts of a deal told as agreed leave the deal under negotiation
(proposed); the whole deal agreed is made. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import one, run


def test_points_of_a_deal_agreed_is_no_deal_made() -> None:
    # Z057 (corpus allsides-2109, 2019-04-05)
    e = one(
        run(
            "Trade",
            "Speaking at the White House at the start of a meeting with Chinese Vice Premier Liu "
            "He, Trump said some of the tougher points of a deal with China had been agreed.",
            date(2019, 4, 5),
        ),
        "agreement",
    )
    assert e.status == "proposed"


def test_the_whole_deal_agreed_is_made() -> None:
    e = one(
        run(
            "Trade",
            "Speaking at the White House at the start of a meeting with Chinese Vice Premier Liu "
            "He, Trump said a deal with China had been agreed.",
            date(2019, 4, 5),
        ),
        "agreement",
    )
    assert e.status == "occurred"

"""A deal whose exit is only weighed, considered or pressed against, and a signed deal someone
wants approved, are no agreement events. Sentences are real (tuning sets)."""

from __future__ import annotations

import re
from datetime import date

from detector_cases import of_type, run

from streams.detector.rules.agreement import _weighed_exit


def test_weighing_whether_to_withdraw() -> None:
    # Q003 (allsides-6010, 2017-09-03)
    ev = run(
        "Trump's national security advisers give warning",
        "It also came amid reports of potential friction between Washington and Seoul on an "
        "unrelated matter that has found the Trump White House weighing whether to withdraw from "
        "a free trade agreement with South Korea.",
        date(2017, 9, 3),
    )
    assert of_type(ev, "agreement") == []


def test_pressure_not_to_pull_out() -> None:
    # R009 (allsides-632, 2017-05-26)
    ev = run(
        "Trump not swayed by G-7 leaders on Paris climate deal",
        "Mr. Trump faced three straight days of pressure from European leaders not to pull the "
        "U.S. out of the accord.",
        date(2017, 5, 26),
    )
    assert of_type(ev, "agreement") == []


def test_wants_deal_approved() -> None:
    # R038 (allsides-5289, 2019-05-22), the headline
    ev = run(
        "Trump wants Mexico-Canada trade deal approved before Democrats, White House turn to "
        "infrastructure",
        "",
        date(2019, 5, 22),
    )
    assert of_type(ev, "agreement") == []


def test_a_threat_of_withdrawal_used_to_get_another_deal_is_not_weighed() -> None:
    # allsides-5512 (2018-12-06): the exit's object is not the deal
    sent = (
        "He used this threat of withdrawal to extract a new deal with Canada and Mexico called "
        "the United States-Mexico-Canada Agreement (USMCA)."
    )
    assert not _weighed_exit(sent, re.compile("deal").search(sent))

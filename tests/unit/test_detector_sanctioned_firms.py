"""Sanctions cases: a state's firms as targets. A firm news names bare (Huawei, ZTE) is a
target of its country; "blacklisted" is a verb of sanctions, but a participle before its noun
names a listing in force; a relative clause after the object names no target. Sentences are
real (tuning sets and corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_blacklisted_a_firm_targets_its_country() -> None:
    # V015 (allsides-1081, 2019-05-27)
    ev = run(
        "Trade",
        "China has escalated its anti-U.S. discourse since the talks faltered and Trump "
        "blacklisted Huawei Technologies Co. and scores of its affiliates earlier this month in a "
        "bid to stymie its access to the U.S. market.",
        date(2019, 5, 27),
    )
    s = one(ev, "sanctions")
    assert countries(s, "imposer") == {"USA"} and countries(s, "target") == {"CHN"}
    assert s.status == "occurred"


def test_a_blacklisted_firm_is_a_listing_in_force() -> None:
    # allsides-1906 (2020-05-16)
    ev = run(
        "U.S. moves to cut Huawei off from global chip suppliers",
        "The Trump administration on Friday moved to block global chip supplies to blacklisted "
        "telecoms equipment giant Huawei Technologies, spurring fears of Chinese retaliation and "
        "hammering shares of U.S. producers of chipmaking equipment.",
        date(2020, 5, 16),
    )
    assert of_type(ev, "sanctions") == []


def test_a_relative_clause_after_the_object_names_no_target() -> None:
    # P040 (allsides-4085, 2018-05-14): ZTE is the target, not Iran and North Korea (the
    # story's earlier sentence names Ross)
    ev = run(
        "ZTE",
        "Trump said he wants to help ZTE “get back into business, fast,” Commerce Secretary "
        "Wilbur Ross said he would explore quickly “alternative remedies” to a seven-year ban "
        "against the company for trade violations.\n\n"
        "Mr. Ross said the administration’s ban on U.S. firms selling their products to ZTE, "
        "which shipped goods illegally to Iran and North Korea, “essentially caused them to cease "
        "operations.”",
        date(2018, 5, 14),
    )
    s = one(ev, "sanctions")
    assert countries(s, "imposer") == {"USA"} and countries(s, "target") == {"CHN"}

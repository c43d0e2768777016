"""A government's deal with a company, or a deal to save one ("reached a ‘deal’ with ZTE",
"made a deal to save ZTE"), is no agreement between countries."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, one, run


def test_deal_with_a_company_is_no_agreement() -> None:
    # corpus allsides-5218 (the headline names China)
    body = (
        "“On the same day that the Administration announced it had reached a ‘deal’ with ZTE, my "
        "colleagues advanced this important measure,” Rubio said."
    )
    events = run("Congress rebukes Trump over trade talks with China", body, date(2018, 6, 20))
    assert not of_type(events, "agreement")


def test_deal_to_save_a_company_is_no_agreement() -> None:
    # TUNE S030 (corpus allsides-3002), left unlabeled
    body = "Mr. Trump made a deal to save ZTE as a personal favor to Mr. Xi."
    assert not of_type(run("Trump and China", body, date(2018, 6, 15)), "agreement")


def test_deal_with_a_country_stays() -> None:
    # the same wording with a state as the other side
    body = "The United States reached a trade deal with China on Tuesday."
    e = one(run("Trade", body, date(2018, 6, 20)), "agreement")
    assert e.status == "occurred"

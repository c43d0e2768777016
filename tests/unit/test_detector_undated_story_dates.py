"""An undated story (no published date) still tells the past by its dates: news of the days
before goes without its year, so "In April 2018, Trump imposed further sanctions" is background,
and a call named by its month ("Trump's July call with Ukraine's leader") is past."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, one, run


def test_month_and_year_in_an_undated_story_is_background() -> None:
    # corpus allsides-1681 (an undated opinion piece)
    body = (
        "In March 2018, Trump ordered the expulsion of 60 Russians from the U.S. in response to "
        "allegations that Russian operatives had poisoned a former Russian spy in Great Britain. "
        "In April 2018, Trump imposed further sanctions on more than two dozen Russian oligarchs, "
        "12 companies that they control, 17 senior government officials, and a state-owned arms "
        "dealer."
    )
    events = run("OPINION: Trump Keeps on Ticking", body)
    assert not of_type(events, "sanctions")
    assert not of_type(events, "diplomatic_expulsion")


def test_a_plan_for_a_month_and_year_stays() -> None:
    # a visit ahead keeps its month and year ("will visit"): the future is no background
    body = "Japanese Prime Minister Shinzo Abe will visit Washington in April 2018, the White House said."
    e = one(run("Abe to visit", body), "state_visit")
    assert e.status == "planned"


def test_a_dated_story_keeps_a_recent_month_and_year() -> None:
    # the same wording in a story dated weeks after is news
    body = "In April 2018, Trump imposed further sanctions on Russian oligarchs."
    e = one(run("Sanctions", body, date(2018, 4, 20)), "sanctions")
    assert e.status == "occurred"


def test_a_call_named_by_its_month_in_an_undated_story_is_past() -> None:
    # corpus allsides-5112 (undated)
    body = (
        "House Intel Chairman Adam Schiff has grown increasingly concerned about the protecting "
        "the man who filed the complaint about Trump’s July call with Ukraine’s leader, and is "
        "floating having him respond to written questions."
    )
    assert not of_type(run("Why the media shouldn't bow", body), "leader_call")

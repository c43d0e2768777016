"""Exits from a named pact: "decision to exit Paris climate deal", "pull the United States out
of the Paris deal" are cancelled agreements (in the headline, the lead or a dated sentence);
an exit only vowed or tried, or retold as the reason for something else, is not."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_exit_in_headline() -> None:
    # TUNE P013 (corpus allsides-120)
    e = one(
        run(
            "How Trump is smashing Obama’s legacy with decision to exit Paris climate deal",
            "",
            date(2017, 5, 31),
        ),
        "agreement",
    )
    assert e.status == "cancelled"
    assert countries(e) == {"USA", "UN"}


def test_exit_in_the_lead() -> None:
    # corpus allsides-3154: the lead, dated "last week" (not a weekday)
    e = one(
        run(
            "How Republicans came to embrace anti-environmentalism",
            "That screeching sound you heard last week was the sound of President Donald Trump "
            "making a U-turn on the environment, pulling the United States out of the Paris climate "
            "accord. What a difference a year and an election have made.",
            date(2017, 4, 22),
        ),
        "agreement",
    )
    assert e.status == "cancelled"
    assert countries(e) == {"USA", "UN"}


def test_pull_a_country_out_of_a_pact() -> None:
    # corpus allsides-4087 (TUNE P020)
    e = one(
        run(
            "Allies react",
            "Foreign officials slammed President Trump’s Thursday announcement that he’ll pull the "
            "United States out of the Paris climate deal.",
            date(2017, 6, 2),
        ),
        "agreement",
    )
    assert e.status == "cancelled"


def test_exit_only_vowed_is_not_cancelled() -> None:
    # TUNE P045
    evs = run(
        "Macron speaks",
        "Trump has vowed to exit the Paris accord, a stance that Emmanuel Macron, the French "
        "president, told the UN should be met with consequences.",
        date(2017, 9, 20),
    )
    assert [e for e in of_type(evs, "agreement") if e.status == "cancelled"] == []


def test_exit_retold_as_a_reason_is_background() -> None:
    # TUNE U007 (corpus allsides-5172)
    evs = run(
        "Facebook removes Iranian accounts",
        "James Lewis told Vox’s Alex Ward that Iran “may be tempted [to] try something” as "
        "“payback” for Trump pulling the US out of the Iran nuclear deal.",
        date(2018, 8, 21),
    )
    assert of_type(evs, "agreement") == []

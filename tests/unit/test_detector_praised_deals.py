"""Agreement wordings: a deal its side hails, touts, vaunts or lauds is one made ("Trump vaunts
his China trade pact"). Sentences are real (corpus, dev)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_vaunted_pact_in_a_headline() -> None:
    # TUNE S027 (corpus allsides-4826, 2020-01-11)
    e = one(
        run(
            "Trump vaunts his China trade pact – but some say it’s too little, too late",
            "",
            date(2020, 1, 11),
        ),
        "agreement",
    )
    assert countries(e, "parties") == {"USA", "CHN"}
    assert e.status == "occurred"


def test_hailed_deal_is_occurred() -> None:
    # dev d010 (BBC)
    e = one(
        run(
            "Blair hails Turkey-EU talks deal",
            "Tony Blair has hailed a deal bringing Turkey a step closer to EU membership as "
            'important for the world\'s future "peace and prosperity".',
        ),
        "agreement",
    )
    assert e.status == "occurred"
    assert {"EU", "TUR"} <= countries(e, "parties")


def test_praise_of_no_deal_is_no_agreement() -> None:
    # corpus allsides-5962: a plea agreement of a company, no two countries
    evs = run(
        "PG&E pleads guilty",
        "Johnson hailed the plea agreement as a sign that PG&E is “working to create a better "
        "future for all concerned.”",
        date(2020, 3, 23),
    )
    assert of_type(evs, "agreement") == []

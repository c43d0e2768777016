"""Named agreements with fixed parties (data/agreements.json): one side acting on the Paris
accord or NAFTA in the news makes an agreement event with the pact's other parties."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run

from streams.detector import agreements


def test_the_data_file_names_each_pact_once_with_its_parties() -> None:
    assert agreements.VERSION
    assert {c for c, _ in agreements.BY_ALIAS["NAFTA"].parties} == {"USA", "CAN", "MEX"}
    assert {c for c, _ in agreements.BY_ALIAS["Paris climate accord"].parties} == {"UN"}


def test_a_withdrawal_from_the_paris_accord_in_a_headline() -> None:
    # eval/corpus P023 (2017): the UN holds the framework the US leaves
    ev = run("Trump announces U.S. withdrawal from Paris climate deal", "", date(2017, 6, 1))
    e = one(ev, "agreement")
    assert e.status == "cancelled"
    assert countries(e, "parties") == {"USA", "UN"}


def test_a_dated_withdrawal_in_the_body() -> None:
    ev = run(
        "Climate",
        "President Donald Trump announced Thursday that he will pull out of the Paris climate "
        "agreement, delivering the news in a Rose Garden speech.",
        date(2017, 6, 2),
    )
    assert countries(one(ev, "agreement"), "parties") == {"USA", "UN"}


def test_an_undated_mention_of_a_named_pact_is_context() -> None:
    # "Many lobbied Trump to stay in the Paris agreement and were unhappy when he withdrew."
    ev = run(
        "Climate",
        "Many business leaders lobbied Trump to stay in the Paris agreement and were unhappy "
        "when he withdrew.",
        date(2017, 9, 2),
    )
    assert ev == []


def test_two_named_sides_need_no_help_from_the_name() -> None:
    ev = run(
        "Arms control",
        "Trump withdrew the United States from the INF Treaty with Russia on Friday.",
        date(2019, 2, 2),
    )
    assert countries(one(ev, "agreement"), "parties") == {"USA", "RUS"}

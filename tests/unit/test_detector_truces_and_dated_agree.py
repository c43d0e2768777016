"""Agreement wordings: a truce or cease-fire "between" two sides names its parties, one in place
("was holding", "now in effect") is occurred, one called for or urged is none; "agreed Sunday
to" (the day between the verb and its complement) is the verb "agreed to". Sentences are real
(corpus, tuning sets, dev)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_ceasefire_between_two_sides() -> None:
    # corpus allsides-2385 (AP, 2014-08-06)
    e = one(
        run(
            "Cease-fire in Gaza holds for second day",
            "GAZA CITY, Gaza Strip (AP) — A cease-fire between Israel and Hamas that ended a month "
            "of war was holding for a second day Wednesday, ahead of negotiations in Cairo on a "
            "long-term truce and a broader deal for the war-ravaged Gaza Strip.",
            date(2014, 8, 6),
        ),
        "agreement",
    )
    assert countries(e, "parties") == {"ISR", "PSE"}


def test_a_ceasefire_called_for_is_no_agreement() -> None:
    # dev d005 (2021-05-17)
    evs = run(
        "Joe Biden Expresses Support For Cease-Fire In Call With Israeli Prime Minister Netanyahu",
        "A majority of Democrats in the Senate recently urged the president to call for a "
        "cease-fire between Israel and Hamas.",
        date(2021, 5, 17),
    )
    assert of_type(evs, "agreement") == []


def test_agreed_early_monday_to_a_pact() -> None:
    # corpus allsides-2703 (2015-10-04): the day between "agreed" and "to"
    e = one(
        run(
            "Negotiators reach deal on Asia free-trade pact",
            "A dozen Pacific-rim nations including the U.S. and Japan agreed early Monday to a "
            "massive free-trade pact that would cut trade barriers and set new labor and "
            "environmental standards, setting up a potentially contentious ratification vote "
            "before a skeptical Congress.",
            date(2015, 10, 4),
        ),
        "agreement",
    )
    assert {"USA", "JPN"} <= countries(e, "parties")
    assert e.status == "occurred"


def test_a_judge_agreed_tuesday_is_no_agreement() -> None:
    # corpus allsides-2258 (2015-06-23): one side, a court
    evs = run(
        "Judge postpones Obama administration's fracking rule from taking effect",
        "DENVER — A federal judge agreed Tuesday to postpone the Obama administration’s tough new "
        "hydraulic fracturing restrictions just hours before they were scheduled to take effect.",
        date(2015, 6, 23),
    )
    assert of_type(evs, "agreement") == []

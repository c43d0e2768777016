"""Sanctions worded as limits or bans on a country's firms ("tightened limits on Chinese
telecom giant Huawei's ability ..."), sanctions in force cancelled or decided to be lifted
(a planned easing, not a cancelled event), and a side compared with ("heavier than those now
imposed on Iran") that is no target."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_limits_on_a_countrys_firm() -> None:
    # TUNE P041 (corpus allsides-2890)
    e = one(
        run(
            "Trump announces new broadsides against China",
            "And the Commerce Department tightened limits on Chinese telecom giant Huawei’s "
            "ability to purchase American computer chips.",
            date(2020, 5, 29),
        ),
        "sanctions",
    )
    assert e.status == "occurred"
    assert countries(e, "imposer") == {"USA"}
    assert countries(e, "target") == {"CHN"}


def test_decision_to_lift_a_ban_on_a_firm() -> None:
    # TUNE S030 (corpus allsides-3002)
    e = one(
        run(
            "Trump tariffs hit $50 billion of Chinese goods",
            "He pointed to the Trump administration’s decision to lift a ban on Chinese cell "
            "phone maker ZTE, a major employer that faced bankruptcy.",
            date(2018, 6, 15),
        ),
        "sanctions",
    )
    assert e.status == "planned"
    assert e.cameo == "085"
    assert countries(e, "target") == {"CHN"}


def test_limits_on_something_else_are_no_sanctions() -> None:
    # corpus allsides-58: a domestic law, no country's firm
    evs = run(
        "Senate vote",
        "The legislation would have placed stricter limits on NSA surveillance of Russian "
        "and Chinese diplomats.",
        date(2015, 5, 23),
    )
    assert of_type(evs, "sanctions") == []


def test_cancelling_sanctions_in_force_lifts_them() -> None:
    # TUNE P040 (corpus allsides-4085)
    e = one(
        run(
            "Trump denies going soft on Beijing",
            "President Trump fended off criticism Monday that he is going soft on China’s unfair "
            "trade practice after he moved to cancel sanctions against a cheating Chinese company "
            "out of concern for its workers.",
            date(2018, 5, 14),
        ),
        "sanctions",
    )
    assert e.status == "planned"
    assert e.cameo == "085"
    assert countries(e) == {"USA", "CHN"}


def test_new_sanctions_called_off_stay_cancelled() -> None:
    e = one(
        run(
            "Reversal",
            "Trump on Tuesday canceled new sanctions against Russia that Haley had announced.",
            date(2018, 4, 17),
        ),
        "sanctions",
    )
    assert e.status == "cancelled"


def test_side_compared_with_is_no_target() -> None:
    # TUNE U004 (corpus allsides-3009)
    e = one(
        run(
            "US troops out of Iraq?",
            "Mr. Trump also vowed to impose sanctions on Iraq heavier than those now imposed on "
            "Iran, which are crippling Iran’s economy.",
            date(2020, 1, 7),
        ),
        "sanctions",
    )
    assert e.status == "planned"
    assert countries(e, "target") == {"IRQ"}


def test_more_than_is_a_count() -> None:
    # corpus allsides-1681
    e = one(
        run(
            "Sanctions",
            "On Friday, Trump imposed further sanctions on more than two dozen Russian oligarchs.",
            date(2018, 4, 8),
        ),
        "sanctions",
    )
    assert countries(e, "target") == {"RUS"}

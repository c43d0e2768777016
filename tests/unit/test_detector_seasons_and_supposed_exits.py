"""Precision on unlabeled corpus news: a meeting dated "last spring" or set back by "two years
to the day | after" is background; an exit noun whose verb is a modal ("a withdrawal by the
U.S. would help ...") is no cancelled deal; "moved to expel" is an expulsion done. Sentences
are real (corpus ids cited)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_visit_last_spring_is_background() -> None:
    # corpus allsides-2913 (2018-03-21)
    ev = run(
        "Trump to hit China with $50 billion in tariffs over intellectual property violations",
        "Starting with Chinese President Xi Jinping's visit to Trump's Mar-a-Lago Florida retreat "
        "last spring, U.S. and Chinese officials met for talks aimed at resolving lingering trade "
        "differences.",
        date(2018, 3, 21),
    )
    assert not of_type(ev, "leaders_meeting")
    assert not of_type(ev, "state_visit")


def test_years_to_the_day_after_a_meeting_is_background() -> None:
    # corpus allsides-365 (2020-07-16)
    ev = run(
        "UK, US, Canada accuse Russia of hacking virus vaccine trials",
        "The vaccine assessment came two years to the day after Trump met with Putin in Helsinki "
        "and appeared to side with Moscow over U.S. intelligence agencies about the election "
        "interference.",
        date(2020, 7, 16),
    )
    assert not of_type(ev, "leaders_meeting")


def test_months_after_a_summit_is_background() -> None:
    # dev d034
    ev = run(
        "Putin and Kim meet",
        "The Russian president and North Korean leader exchanged views on the nuclear standoff, "
        "two months after Kim's summit with Trump ended in disagreement.",
        date(2019, 4, 25),
    )
    assert not [
        e for e in of_type(ev, "leaders_meeting") if {"USA"} <= {a.country for a in e.actors}
    ]


def test_a_supposed_withdrawal_is_no_cancelled_deal() -> None:
    # corpus allsides-944 (2017-05-27)
    ev = run(
        "Leaders issue G7 declaration with U.S. a holdout on climate change",
        "Some supporters of the agreement have suggested that a withdrawal by the U.S. would help "
        "position China as a leader of global environmental policy, and new green technologies.",
        date(2017, 5, 27),
    )
    assert not of_type(ev, "agreement")


def test_an_announced_withdrawal_still_cancels() -> None:
    # the exit told as done stays (wording of the corpus Paris exit stories)
    ev = run(
        "Climate",
        "Trump announced the withdrawal of the United States from the Paris climate agreement on "
        "Thursday.",
        date(2017, 6, 3),
    )
    assert one(ev, "agreement").status == "cancelled"


def test_moved_to_expel_is_an_expulsion_done() -> None:
    # corpus allsides-3865 (2018-08-07)
    ev = run(
        "U.S. staying out of Saudi-Canada spat, but aware of human rights concerns",
        "Saudi Arabia moved Sunday to expel the Canadian ambassador from Riyadh and declared a "
        "freeze on all new trade deals between the two countries, following Canada’s demand that "
        "the Saudis free women’s rights activists and others arrested in the Kingdom.",
        date(2018, 8, 7),
    )
    e = one(ev, "diplomatic_expulsion")
    assert e.status == "occurred"
    assert countries(e, "actor") == {"SAU"}

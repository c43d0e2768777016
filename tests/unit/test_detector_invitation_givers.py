"""Who gives an invitation and who gets it when the noun carries it: "Xi extended an
invitation to Trump", "an invitation for Trump to meet with Xi"; a month after an offer to
meet is still ahead; coordinated nationalities before a plural "governments"."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_extending_an_invitation_makes_the_subject_the_inviter() -> None:
    ev = run(
        "Xi invites Trump",
        "Chinese President Xi Jinping extended an invitation to President Trump to visit China "
        "on Thursday.",
        date(2017, 4, 8),
    )
    inv = one(ev, "summit_invitation")
    assert countries(inv, "inviter") == {"CHN"}
    assert countries(inv, "invitee") == {"USA"}


def test_an_invitation_for_someone_to_meet_names_the_invitee() -> None:
    # eval/corpus O017 (Bloomberg 2019)
    ev = run(
        "Trump Says Trade Deal Hinges on Xi Meeting",
        "Chinese officials did not bring any major new proposals to the table for this week’s "
        "talks other than an invitation for Trump to meet with Xi in February.",
        date(2019, 1, 31),
    )
    inv = one(ev, "summit_invitation")
    assert countries(inv, "inviter") == {"CHN"}
    assert countries(inv, "invitee") == {"USA"}


def test_accepting_an_invitation_still_makes_the_subject_the_invitee() -> None:
    ev = run(
        "Trump visit", "Trump accepted an invitation from Xi to visit China.", date(2017, 4, 8)
    )
    inv = one(ev, "summit_invitation")
    assert inv.status == "accepted"
    assert countries(inv, "invitee") == {"USA"}


def test_a_month_after_an_offer_to_visit_is_ahead_not_background() -> None:
    ev = run(
        "Xi invites Trump",
        "Xi extended an invitation for Trump to visit China in November.",
        date(2017, 4, 8),
    )
    assert countries(one(ev, "summit_invitation"), "invitee") == {"USA"}
    # a trip told in the past with the month still reads as background
    assert (
        run("Trump trip", "Trump went to Beijing to meet Xi in November.", date(2017, 4, 8)) == []
    )


def test_coordinated_nationalities_before_governments_are_both_parties() -> None:
    # eval/corpus O021 (Townhall 2018)
    ev = run(
        "A Victory on Trade",
        "Hours before a midnight deadline, the U.S. and Canadian governments agreed to a deal "
        "that would allow U.S. farmers greater access to Canada's dairy market.",
        date(2018, 10, 4),
    )
    assert countries(one(ev, "agreement"), "parties") == {"USA", "CAN"}

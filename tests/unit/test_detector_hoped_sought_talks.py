"""Talks hoped for, sought or travelled to: "China hopes that the US will return to the right
track of bilateral trade talks" and "sought a meeting of OPEC" are proposed summit_invitations;
"meet each other halfway" is no meeting; "plans to travel to Beijing ... to begin discussions"
is a visit with talks (a leaders_meeting with the host)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_hopes_side_will_return_to_talks() -> None:
    # TUNE S020 (corpus allsides-13)
    body = (
        "“China hopes that the US will return to the right track of bilateral trade talks, work "
        "together with China and meet each other halfway, to reach a win-win and mutually "
        "beneficial agreement on the basis of mutual respect.”"
    )
    e = one(run("China raises tariffs", body, date(2019, 5, 13)), "summit_invitation")
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"CHN"}
    assert countries(e, "invitee") == {"USA"}


def test_hopes_us_will_get_back_to_consultations() -> None:
    # TUNE T030 (corpus allsides-6100): a dotted "U.S." between the wish and the talks
    body = (
        "China hopes the U.S. will get back to the right track of bilateral trade and economic "
        "consultations and meet with China halfway."
    )
    events = run("China to impose tariffs", body, date(2019, 5, 14))
    e = one(events, "summit_invitation")
    assert countries(e, "inviter") == {"CHN"}
    assert countries(e, "invitee") == {"USA"}
    assert not of_type(events, "leaders_meeting")  # "meet with China halfway": no meeting


def test_meet_halfway_is_no_meeting() -> None:
    # corpus allsides-1729
    body = (
        "China is pushing for compromise, with state media underlining this week that the U.S. "
        "should meet it “halfway.”"
    )
    assert not of_type(run("Trade war", body, date(2019, 5, 14)), "leaders_meeting")


def test_sought_meeting_is_an_invitation() -> None:
    # TUNE P009 (corpus allsides-1689)
    body = (
        "Saudi Arabia in its own statement was more circumspect, only saying it sought a meeting "
        "of OPEC and other oil producing countries to discuss “a desired balance to the oil "
        "market.”"
    )
    events = run("Oil talks", body, date(2020, 4, 2))
    e = one(events, "summit_invitation")
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"SAU"}
    assert countries(e, "invitee") == {"OPEC"}
    assert not of_type(events, "leaders_meeting")


def test_pushing_for_compromise_in_talks_is_no_invitation() -> None:
    # corpus allsides-1729: the talks are where a compromise is sought, not what is sought
    body = (
        "China is pushing for compromise in the talks, with state media underlining this week "
        "that the U.S. should meet it “halfway.”"
    )
    assert not of_type(run("Trade war", body, date(2019, 5, 14)), "summit_invitation")


def test_travel_to_begin_discussions_with_host() -> None:
    # TUNE U017 (corpus allsides-5277)
    body = (
        "President Trump said he will sign the deal. The president added that he plans to travel "
        'to Beijing "at a later date" to begin discussions on a second trade deal with China that '
        "addresses broader structural topics not included in phase one."
    )
    e = one(run("Trump to sign deal", body, date(2019, 12, 31)), "leaders_meeting")
    assert e.status == "planned"
    assert countries(e, "participants") == {"USA", "CHN"}


def test_travel_to_launch_those_discussions() -> None:
    # TUNE P010 (corpus allsides-3328)
    body = (
        'But beyond Trump saying he plans to travel to Beijing "in the not too distant future" '
        "to launch those discussions, there is no firm date for talks."
    )
    e = one(run("China deal", body, date(2020, 1, 15)), "leaders_meeting")
    assert e.status == "planned"
    assert countries(e, "participants") == {"USA", "CHN"}


def test_travel_to_where_talks_will_begin() -> None:
    # the wording of Trump's tweet quoted in TUNE U017 / P010 ("... going to Beijing where talks
    # will begin on Phase Two!"), with a travel verb
    body = "Trump will travel to Beijing next month, where talks will begin on Phase Two."
    e = one(run("China deal", body, date(2019, 12, 31)), "leaders_meeting")
    assert e.status == "planned"
    assert countries(e, "participants") == {"USA", "CHN"}

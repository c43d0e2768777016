"""Openness to a kind of talks ("open to trade negotiations", "open to direct talks") and an
invitation to resume them are a proposed summit_invitation, not talks held (no leaders_meeting)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_open_to_trade_negotiations_is_an_offer() -> None:
    # corpus allsides-2647
    body = (
        "The U.S. remains open to trade negotiations with China but there’s no scheduled "
        "meetings at the moment, the official said."
    )
    events = run("Trump tariffs", body, date(2018, 9, 21))
    e = one(events, "summit_invitation")
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"CHN"}
    assert not of_type(events, "leaders_meeting")


def test_invitation_to_resume_talks_is_no_meeting() -> None:
    # corpus allsides-2647
    body = (
        "Treasury Secretary Steven Mnuchin has extended an invitation to resume trade talks with "
        "his Chinese counterparts."
    )
    events = run("Trump tariffs", body, date(2018, 9, 21))
    assert of_type(events, "summit_invitation")
    assert not of_type(events, "leaders_meeting")


def test_open_to_direct_talks() -> None:
    # the same wording with another kind of talks
    body = "Iran is open to direct talks with the United States, its foreign minister said."
    e = one(run("Iran", body, date(2019, 7, 15)), "summit_invitation")
    assert countries(e, "inviter") == {"IRN"}

"""Offers and refusals of talks: an offer to (re)negotiate named as a noun ("Trump’s offer to
renegotiate the accord was not an option", "rejected Trump’s offer to meet") is the owner's
invitation, declined when turned down; "refused to meet" is a declined invitation (no
meeting); "the president" as the subject of a reported clause ("Kudlow suggested the
president would be willing to meet") is the office holder the story named."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_offer_noun_not_an_option() -> None:
    # TUNE P001 (corpus allsides-2557)
    e = one(
        run(
            "France awards climate grants on summit eve",
            "French President Emmanuel Macron met scientists. But he called the withdrawal "
            "“extremely aggressive” and said Trump’s offer to renegotiate the accord was not an "
            "option.",
            date(2017, 12, 12),
        ),
        "summit_invitation",
    )
    assert e.status == "declined"
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"FRA"}


def test_rejected_offer_to_meet() -> None:
    e = one(
        run("Kremlin", "Putin rejected Trump’s offer to meet in Helsinki.", date(2018, 3, 1)),
        "summit_invitation",
    )
    assert e.status == "declined"
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"RUS"}


def test_offers_to_negotiate() -> None:
    e = one(
        run("Iran offers to negotiate with Saudi Arabia over Yemen", "", date(2016, 3, 1)),
        "summit_invitation",
    )
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"IRN"}


def test_refused_to_meet() -> None:
    # corpus allsides-5631
    evs = run(
        "Netanyahu speech",
        "Obama refused to meet Netanyahu, saying that doing so just ahead of Israel's March 17 "
        "general election would be seen as interference.",
        date(2015, 3, 3),
    )
    e = one(evs, "summit_invitation")
    assert e.status == "declined"
    assert countries(e, "invitee") == {"USA"}
    assert countries(e, "inviter") == {"ISR"}
    assert of_type(evs, "leaders_meeting") == []


def test_refused_to_meet_demands() -> None:
    # corpus allsides-4223
    evs = run(
        "Trade talks",
        "Talks broke down after China refused to meet Japan’s demands for concessions.",
        date(2019, 8, 1),
    )
    assert of_type(evs, "summit_invitation") == []


def test_the_president_in_a_reported_clause() -> None:
    # TUNE O025 (corpus allsides-3543)
    e = one(
        run(
            "Trump Says Tariffs on China 'Ready to Go'",
            "President Trump said Friday he is ready to impose tariffs. In a separate interview "
            "with Bloomberg Television, Kudlow suggested the president would be willing to meet "
            "with Chinese President Xi Jinping on trade, possibly as early as this month at the "
            "United Nations General Assembly.",
            date(2018, 9, 7),
        ),
        "summit_invitation",
    )
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"CHN"}


def test_intent_to_host_a_leader() -> None:
    # TUNE S002 (corpus allsides-2864)
    e = one(
        run(
            "U.S., China trade tensions spill into financial markets",
            "President Donald Trump threatened new tariffs. It marked a sharp change in tone for "
            "the president, who had been saying publicly in recent weeks that he intended to host "
            "Chinese President Xi Jinping at the White House soon.",
            date(2019, 5, 6),
        ),
        "summit_invitation",
    )
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"CHN"}


def test_wish_to_host_an_event_is_no_invitation() -> None:
    evs = run("Bid", "Japan wants to host the Olympics and the G20 summit.", date(2018, 6, 12))
    assert of_type(evs, "summit_invitation") == []

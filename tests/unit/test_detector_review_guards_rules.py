"""Guards from the review of the detector's agreement, call, invitation, sanctions and expulsion
rules: each sentence was written in wire style for the review, not taken from a story, and was
misread by those rules before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2018, 4, 10)


def _rules(events: list) -> list[str]:
    return [e.to_dict()["rule"] for e in events]


def test_a_cue_about_something_else_keeps_new_sanctions() -> None:
    evs = run(
        "Sanctions",
        "The Treasury Department on Tuesday imposed sanctions on five Iranian firms for helping "
        "Tehran evade U.S. restrictions.",
        DAY,
    )
    assert any(countries(e, "target") == {"IRN"} for e in of_type(evs, "sanctions"))


def test_theresa_may_is_no_modal() -> None:
    evs = run(
        "Call",
        "British Prime Minister Theresa May spoke with President Donald Trump about trade on "
        "Tuesday.",
        DAY,
    )
    assert any(countries(e) == {"GBR", "USA"} for e in of_type(evs, "leader_call"))
    evs = run(
        "Skip",
        "British Prime Minister Theresa May will skip the Commonwealth summit in Rwanda.",
        DAY,
    )
    assert any("GBR" in countries(e, "invitee") for e in of_type(evs, "summit_invitation"))
    evs = run(
        "Agree",
        "Angela Merkel and British Prime Minister Theresa May agreed on Tuesday to coordinate "
        "their response to the U.S. tariffs.",
        DAY,
    )
    assert [e.status for e in of_type(evs, "agreement")] == ["occurred"]


def test_a_habitual_word_outside_the_trigger_clause_is_no_habit() -> None:
    evs = run(
        "Deal",
        "China and Russia signed a trade deal on Wednesday that aims to raise annual bilateral "
        "trade to 200 billion dollars.",
        DAY,
    )
    assert [e.status for e in of_type(evs, "agreement")] == ["occurred"]
    evs = run(
        "Invite",
        "Russian President Vladimir Putin invited Indian Prime Minister Narendra Modi to the "
        "annual India-Russia summit in Moscow.",
        DAY,
    )
    inv = of_type(evs, "summit_invitation")
    assert any(countries(e, "inviter") == {"RUS"} for e in inv)


def test_invite_as_a_verb_keeps_its_subject_the_inviter() -> None:
    evs = run(
        "Invite",
        "China will invite U.S. President Donald Trump to visit Beijing later this year.",
        DAY,
    )
    inv = of_type(evs, "summit_invitation")
    assert inv and all(countries(e, "inviter") == {"CHN"} for e in inv)
    assert all(countries(e, "invitee") == {"USA"} for e in inv)


def test_not_invited_is_active_and_to_join_talks_is_an_invitation() -> None:
    evs = run(
        "Invite", "Trump has not invited Venezuelan President Nicolas Maduro to the summit.", DAY
    )
    inv = of_type(evs, "summit_invitation")
    assert inv and all(countries(e, "inviter") == {"USA"} for e in inv)
    evs = run(
        "Invite",
        "French President Emmanuel Macron invited Iranian Foreign Minister Mohammad Javad Zarif to "
        "join talks in Biarritz on Sunday.",
        date(2019, 8, 26),
    )
    assert any(countries(e, "invitee") == {"IRN"} for e in of_type(evs, "summit_invitation"))


def test_eastern_is_no_easing() -> None:
    evs = run(
        "Sanctions",
        "The European Union on Monday imposed sanctions on Russia over its actions in eastern "
        "Ukraine.",
        DAY,
    )
    assert _rules(of_type(evs, "sanctions")) == ["sanctions.impose"]


def test_white_house_and_arab_league_impose_sanctions() -> None:
    for body in (
        "The White House unveiled new sanctions against Venezuela on Monday.",
        "The Arab League imposed sanctions on Syria on Sunday.",
    ):
        assert of_type(run("Sanctions", body, DAY), "sanctions"), body


def test_calls_with_a_day_then_and_or_a_press_secretary() -> None:
    for body in (
        "Trump called French President Emmanuel Macron on Tuesday and discussed Syria.",
        "White House press secretary Sarah Sanders said Trump spoke with Chinese President Xi "
        "Jinping on Tuesday.",
    ):
        assert of_type(run("Call", body, DAY), "leader_call"), body


def test_expulsions_with_security_reasons_a_past_threat_or_a_reason_place() -> None:
    for body in (
        "The Czech Republic expelled two Russian diplomats for security reasons, the foreign "
        "ministry said on Monday.",
        "Russia, which had threatened retaliation, expelled 23 British diplomats on Saturday.",
    ):
        assert of_type(run("Expel", body, DAY), "diplomatic_expulsion"), body
    evs = run(
        "Summon", "Germany summoned the Russian ambassador over the poisoning in Britain.", DAY
    )
    exp = of_type(evs, "diplomatic_expulsion")
    assert exp and all(countries(e, "target") == {"RUS"} for e in exp)


def test_status_cues_outside_the_trigger_clause() -> None:
    for body in (
        "Russia and Ukraine signed a gas transit deal on Monday, ending a dispute that had denied "
        "Europe gas supplies for weeks.",
        "India and Japan signed a civil nuclear deal on Friday, hoping to deepen economic ties.",
    ):
        assert [e.status for e in of_type(run("Deal", body, DAY), "agreement")] == ["occurred"]
    evs = run(
        "Sanctions",
        "The EU on Monday imposed sanctions on Russian officials over plans to hold elections in "
        "Crimea.",
        DAY,
    )
    assert [e.status for e in of_type(evs, "sanctions")] == ["occurred"]

"""Guards from a review of the detector's rules (2026-11-28, misc round): each sentence was
written in wire style for the review (not taken from a story) and was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def test_a_talk_by_phone_told_by_its_topic_is_a_call() -> None:
    evs = run("Trump, Erdogan Discuss Syria By Phone", "", DAY)
    assert [(countries(e), e.status) for e in of_type(evs, "leader_call")] == [
        ({"USA", "TUR"}, "occurred")
    ]


def test_to_call_a_named_leader_is_a_planned_call() -> None:
    for headline in ("Trump To Call Xi This Week", "Trump to call Xi this week"):
        evs = run(headline, "", DAY)
        assert [(countries(e), e.status) for e in of_type(evs, "leader_call")] == [
            ({"USA", "CHN"}, "planned")
        ], headline
    for headline in (
        "Trump to call for talks with Xi",
        "Trump to call on Xi to act",
        "Trump will call him a liar, Xi said",
        "Trump will call Xi a liar",
        "Trump says Perry asked him to call Chinese President Xi Jinping",
    ):
        assert of_type(run(headline, "", DAY), "leader_call") == [], headline


def test_a_headline_naming_a_summit_is_no_held_meeting() -> None:
    evs = run("Trump's Putin Summit Gamble", "", DAY)
    assert all(e.status != "occurred" for e in of_type(evs, "leaders_meeting"))


def test_the_person_after_a_possessive_country_accepts() -> None:
    for headline, who in (
        ("N.Korea's Kim accepts Moon's invitation to visit Seoul", "Kim Jong Un"),
        ("North Korea's Kim Jong Un accepts Moon's invitation to visit Seoul", "Kim Jong Un"),
        ("China's Xi accepts Putin's invitation to visit Moscow", "Xi Jinping"),
    ):
        evs = run(headline, "", DAY)
        invs = of_type(evs, "summit_invitation")
        assert invs and all(
            [a.name for a in e.actors if a.role == "invitee"] == [who] for e in invs
        ), headline
        visits = of_type(evs, "state_visit")
        assert visits and all(
            [a.name for a in e.actors if a.role == "visitor"] == [who] for e in visits
        ), headline


def test_a_summit_set_for_a_coming_date_is_planned() -> None:
    for text in ("Moon-Kim summit set for April 27", "The Moon-Kim summit is set for April 27."):
        evs = run(text, "", date(2018, 3, 20))
        assert [e.status for e in of_type(evs, "leaders_meeting")] == ["planned"], text


def test_a_countrys_own_security_council_is_not_the_un() -> None:
    for body in (
        "Russia's Security Council and U.S. officials met in Geneva on Tuesday.",
        "The Russian Security Council and U.S. officials met in Geneva on Tuesday.",
    ):
        evs = run("Talks", body, DAY)
        assert all("UN" not in countries(e) for e in evs), body
    evs = run("Talks", "Russian and U.S. diplomats met the Security Council on Tuesday.", DAY)
    assert any("UN" in countries(e) for e in of_type(evs, "leaders_meeting"))


def test_an_invitations_gathering_is_not_held() -> None:
    evs = run(
        "G7",
        "Trump invited French President Emmanuel Macron to attend the G7 summit at Camp David.",
        DAY,
    )
    assert all(e.status != "occurred" for e in of_type(evs, "leaders_meeting"))


def test_a_negated_invitation_makes_no_meeting_or_visit() -> None:
    evs = run(
        "Summit",
        "Putin has not been invited to the summit in Washington, the White House said.",
        DAY,
    )
    assert of_type(evs, "leaders_meeting") == []
    assert of_type(evs, "state_visit") == []


def test_an_office_and_its_bare_country_are_one_side() -> None:
    evs = run(
        "Tariffs",
        "In a call with Brazil’s president, Mr. Trump said he would drop the threat against "
        "Brazil.",
    )
    calls = of_type(evs, "leader_call")
    assert calls
    for e in calls:
        sides = [a.country for a in e.actors if a.role == "participants"]
        assert sorted(sides) == ["BRA", "USA"], sides

"""Guards from a review of hard negatives in the call, meeting, visit and agreement rules: each
sentence was written in wire style for the review (not taken from a story) and was misread
before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def _events(body: str, headline: str = "") -> list:
    return run(headline, body, DAY)


def test_a_call_by_or_from_a_leader_is_an_appeal() -> None:
    for body in (
        "Putin rejected a call by German Chancellor Angela Merkel to release the Ukrainian sailors.",
        "Iran dismissed a call from French President Emmanuel Macron to return to full "
        "compliance with the nuclear deal.",
        "Russia backed the call of U.N. Secretary-General Antonio Guterres for a ceasefire in Libya.",
        "Erdogan echoed the call by Iranian President Hassan Rouhani for dialogue.",
    ):
        assert of_type(_events(body), "leader_call") == [], body
    # a call received stays a call
    evs = _events("Trump received a call from French President Emmanuel Macron on Monday.")
    assert [countries(e) for e in of_type(evs, "leader_call")] == [{"USA", "FRA"}]


def test_sports_fixtures_are_no_meetings() -> None:
    for body in (
        "Japan will meet Colombia in Saransk on Tuesday in their World Cup opener.",
        "Hosts Russia meet Saudi Arabia in the opening match of the World Cup in Moscow on Thursday.",
        "The U.S. women's soccer team met Thailand in their opening World Cup match in Reims, France.",
    ):
        assert of_type(_events(body), "leaders_meeting") == [], body


def test_a_domestic_meeting_takes_no_foreign_side_from_its_topic_or_report() -> None:
    for body in (
        "Trump held a meeting with his national security team on Iran on Monday.",
        "Xi met with executives of U.S. companies in Beijing on Tuesday.",
        "Merkel told a news conference after meeting her cabinet that Russia must release the sailors.",
        "Trump said after meeting with Republican lawmakers that China would pay for the tariffs.",
        "Treasury Secretary Mnuchin told the Reuters Global Markets Summit that a deal with China "
        "was 90 percent done.",
        "Kim Jong Un held a politburo meeting in Pyongyang to discuss relations with the United States.",
    ):
        assert of_type(_events(body), "leaders_meeting") == [], body
    # a leader met after "with", and the report's speaker, stay
    evs = _events("Trump said after meeting Xi that China would buy more soybeans.")
    assert [countries(e) for e in of_type(evs, "leaders_meeting")] == [{"USA", "CHN"}]
    evs = _events("Trump met with his Chinese counterpart Xi Jinping in Osaka.")
    assert any({"USA", "CHN"} <= countries(e) for e in of_type(evs, "leaders_meeting"))


def test_a_modal_visit_or_call_is_no_occurrence() -> None:
    for body in (
        "Trump may visit Britain next year, the ambassador said.",
        "Trump might visit Britain next year, the ambassador said.",
        "Trump could visit Britain next year, the ambassador said.",
        "Pompeo could travel to Beijing, the State Department said.",
    ):
        assert [e.status for e in of_type(_events(body), "state_visit")] == ["proposed"], body
    evs = _events("Trump and Putin could speak by phone, the Kremlin said.")
    assert [e.status for e in of_type(evs, "leader_call")] == ["proposed"]


def test_no_plans_to_travel_is_no_visit() -> None:
    for body in (
        "There are no plans for Trump to visit Britain, the embassy said.",
        "Trump does not plan to travel to Iran, the White House said.",
    ):
        assert of_type(_events(body), "state_visit") == [], body


def test_title_case_modals_make_a_meeting_possible() -> None:
    for headline in (
        "Trump Could Meet Putin In Osaka, Kremlin Says",
        "Trump Might Meet Xi At G20, Kudlow Says",
    ):
        evs = _events("", headline)
        assert of_type(evs, "leaders_meeting") == [], headline
        assert [e.status for e in of_type(evs, "summit_invitation")] == ["proposed"], headline


def test_a_leaders_own_security_council_is_domestic() -> None:
    for body in (
        "Putin held a meeting of Russia's Security Council on Tuesday to discuss the situation "
        "in Ukraine.",
        "Putin chaired a meeting with members of his Security Council on Friday to discuss Syria.",
    ):
        assert of_type(_events(body), "leaders_meeting") == [], body


def test_spoke_to_the_media_about_a_leader_is_no_call() -> None:
    for body in (
        "Trump spoke to Fox News about Chinese President Xi Jinping on Monday.",
        "Iranian President Hassan Rouhani spoke to the nation on television after Trump's remarks.",
        "Pompeo spoke to CNN on Sunday, a day after Chinese President Xi Jinping left Pyongyang.",
    ):
        assert of_type(_events(body), "leader_call") == [], body
    evs = _events("Pompeo spoke to Saudi Crown Prince Mohammed bin Salman about Iran.")
    assert [countries(e) for e in of_type(evs, "leader_call")] == [{"USA", "SAU"}]


def test_who_reports_a_deal_is_no_party() -> None:
    evs = _events(
        "The Taliban and the United States agreed on a draft deal, Qatari officials said."
    )
    assert all("QAT" not in countries(e) for e in of_type(evs, "agreement"))
    evs = _events("Israel and Hamas agreed to a ceasefire on Monday, Egyptian officials said.")
    assert [countries(e) for e in of_type(evs, "agreement")] == [{"ISR", "PSE"}]


def test_what_a_call_discussed_is_not_on_the_line() -> None:
    for body, sides in (
        (
            "Putin and Erdogan discussed Syria in a phone call on Monday, the Kremlin said.",
            {"RUS", "TUR"},
        ),
        (
            "Macron and Trump discussed Iran during a phone call on Sunday, the Elysee said.",
            {"FRA", "USA"},
        ),
    ):
        assert [countries(e) for e in of_type(_events(body), "leader_call")] == [sides], body


def test_agreeing_with_a_leader_that_is_a_view() -> None:
    evs = _events("Merkel said she agreed with Macron that Europe must do more on defence.")
    assert of_type(evs, "agreement") == []


def test_welcoming_a_leaders_commitment_is_no_visit() -> None:
    evs = _events("Xi Jinping welcomed the North Korean leader's commitment to denuclearization.")
    assert of_type(evs, "state_visit") == []

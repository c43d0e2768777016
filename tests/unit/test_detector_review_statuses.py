"""Guards from a review of the status logic of meetings, visits, calls and deals: each sentence
(written in wire style for the review, not taken from a story) was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

DAY = date(2019, 6, 18)


def _statuses(body: str, etype: str) -> list[str]:
    return [e.status for e in of_type(run("World news", body, DAY), etype)]


def _pair(body: str, etype: str, pair: set[str]) -> list[str]:
    evs = of_type(run("World news", body, DAY), etype)
    return [e.status for e in evs if pair <= countries(e)]


def test_a_future_cue_of_another_clause_plans_nothing() -> None:
    for body in (
        "Ahead of the G20 summit, Trump met Chinese President Xi Jinping in Osaka on Saturday.",
        "Due to the trade war, Trump met Chinese President Xi Jinping in Osaka on Saturday.",
    ):
        assert _pair(body, "leaders_meeting", {"USA", "CHN"}) == ["occurred"], body
    body = "Putin, set to host the summit next year, met Trump in Osaka on Saturday."
    assert _pair(body, "leaders_meeting", {"USA", "RUS"}) == ["occurred"], body
    body = "Ahead of the summit, Trump spoke by phone with Chinese President Xi Jinping on Monday."
    assert _statuses(body, "leader_call") == ["occurred"], body
    body = "Ahead of the summit, Trump visited Japan on Monday."
    assert _statuses(body, "state_visit") == ["occurred"], body
    # while a cue of the trigger's own clause still plans it
    body = "Trump is due to meet Chinese President Xi Jinping in Osaka next week."
    assert _pair(body, "leaders_meeting", {"USA", "CHN"}) == ["planned"], body
    body = "Ahead of Trump's visit to Japan, officials prepared the palace."
    assert _statuses(body, "state_visit") == ["planned"], body


def test_a_negated_future_is_no_event() -> None:
    for body in (
        "Putin won't meet Trump in Paris, the Kremlin said.",
        "Putin will not meet Trump in Paris, the Kremlin said.",
        "Theresa May will not meet Trump, Downing Street said.",
    ):
        assert _statuses(body, "leaders_meeting") == [], body
    body = "Putin won't speak with Trump by phone, the Kremlin said."
    assert _statuses(body, "leader_call") == [], body


def test_a_condition_makes_a_meeting_proposed() -> None:
    body = "Putin would meet Trump if the United States lifted sanctions."
    assert _statuses(body, "leaders_meeting") == ["proposed"], body


def test_a_denied_meeting_or_visit_is_denied() -> None:
    for body in (
        "The Kremlin denied reports that Putin would meet Trump in Vienna next month.",
        "The Kremlin denied that Putin had met Trump in Helsinki on Monday.",
    ):
        assert _statuses(body, "leaders_meeting") == ["denied"], body
    body = "The White House denied reports that Trump would visit Moscow next month."
    assert _statuses(body, "state_visit") == ["denied"], body


def test_theresa_may_cancelling_is_a_cancellation() -> None:
    body = "British Prime Minister Theresa May cancelled her visit to Washington."
    assert _statuses(body, "state_visit") == ["cancelled"], body
    body = "Theresa May cancelled her meeting with Trump."
    assert _statuses(body, "leaders_meeting") == ["cancelled"], body


def test_a_could_of_another_clause_keeps_the_agreement() -> None:
    for body in (
        "Despite fears the talks could collapse, the United States and China agreed on Saturday"
        " to suspend new tariffs for 90 days.",
        "In Buenos Aires, where officials said a deal could be near, the United States and China"
        " agreed to suspend new tariffs for 90 days.",
    ):
        evs = of_type(run("World news", body, DAY), "agreement")
        assert any(countries(e) == {"USA", "CHN"} for e in evs), body


def test_a_denial_said_during_a_call_denies_no_call() -> None:
    for body in (
        "Erdogan denied the accusations during a phone call with Putin on Monday.",
        "Xi Jinping denied in a phone call with Donald Trump on Tuesday that China was"
        " manipulating its currency.",
    ):
        assert _statuses(body, "leader_call") == ["occurred"], body
    body = "The Kremlin denied reports that Putin had spoken with Trump by phone."
    assert _statuses(body, "leader_call") == ["denied"], body


def test_halted_or_unrealised_gatherings_are_cancelled() -> None:
    for body in (
        "The summit between Putin and Trump was put on hold.",
        "Talks between Putin and Trump were put on hold on Monday.",
        "The meeting between Trump and Kim was delayed until next month.",
        "Trump and Kim were to have met in Hanoi on Monday.",
    ):
        assert _statuses(body, "leaders_meeting") == ["cancelled"], body
    body = "Trump's visit to Britain has been delayed."
    assert _statuses(body, "state_visit") == ["cancelled"], body
    body = "Putin was uninvited from the G7 summit in France."
    assert "cancelled" not in _statuses(body, "leaders_meeting"), body

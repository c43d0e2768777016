"""Actor cases: one subject's two meetings told in one sentence ("A met B in X ..., and also met
C in Y") are two events, each with its own side and place. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_met_one_and_also_met_another() -> None:
    # U024 (2018-06-20), the leader named in full (the story names him earlier)
    ev = run(
        "Kim in China",
        "Kim Jong Un met with Chinese President Xi Jinping in China on Tuesday, the second meeting "
        "in recent months, and also met this month with South Korean President Moon Jae-in in "
        "South Korea.",
        date(2018, 6, 20),
    )
    sides = sorted(sorted(countries(e)) for e in of_type(ev, "leaders_meeting"))
    assert sides == [["CHN", "PRK"], ["KOR", "PRK"]]
    visits = of_type(ev, "state_visit")
    assert {frozenset(countries(e, "visitor")) for e in visits} == {frozenset({"PRK"})}

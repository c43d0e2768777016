"""Actor cases: one side meeting several leaders at a gathering, or in one-on-ones, holds one
meeting with each (the labels give one leaders_meeting per pair). Sentences are real (tuning
sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _meetings(ev: list) -> list[set[str]]:
    return sorted((countries(e) for e in of_type(ev, "leaders_meeting")), key=sorted)


def test_meet_two_leaders_at_a_gathering() -> None:
    # S041 (2019-05-13)
    ev = run(
        "Trump",
        "Trump also said Monday afternoon that he will meet with Chinese President Xi Jinping and "
        "Russian President Vladimir Putin at the G20 gathering in Japan next month.",
        date(2019, 5, 13),
    )
    assert _meetings(ev) == [{"CHN", "JPN", "USA"}, {"JPN", "RUS", "USA"}]


def test_one_on_one_meetings_with_leaders() -> None:
    # V005 (2015-11-25)
    ev = run(
        "Obama to Paris",
        "Mr. Obama himself will be in Paris only for several days, holding one-on-one meetings "
        "with key leaders such as Chinese President Xi Jinping and Indian Prime Minister "
        "Narendra Modi.",
        date(2015, 11, 25),
    )
    assert _meetings(ev) == [{"CHN", "FRA", "USA"}, {"FRA", "IND", "USA"}]


def test_leaders_named_with_their_country() -> None:
    # U042 (2019-05-14), a link headline
    ev = run(
        "More: Trump will meet with China's Xi Jinping and Russia's Vladimir Putin during G-20",
        "",
        date(2019, 5, 14),
    )
    assert _meetings(ev) == [{"CHN", "USA"}, {"RUS", "USA"}]


def test_without_a_gathering_one_meeting() -> None:
    # the same wording with no gathering nor one-on-ones named: one meeting of three
    ev = run(
        "Trump",
        "Trump will meet with Chinese President Xi Jinping and Russian President Vladimir Putin "
        "next month.",
        date(2019, 5, 13),
    )
    assert _meetings(ev) == [{"CHN", "RUS", "USA"}]

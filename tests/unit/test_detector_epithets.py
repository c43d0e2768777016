"""Actor cases: a country in an epithet before a name ("U.S. adversary Russian President
Vladimir Putin", "Kremlin ally ...") qualifies the person, it is no side. Sentences are real
(tuning sets) or their wording."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_adversary_before_a_name() -> None:
    # Z081 (2019-07-13)
    ev = run(
        "Turkey",
        "Heightening the tension of the day, Erdogan conferred by phone Friday with U.S. "
        "adversary Russian President Vladimir Putin on economic ties, Turkish and Russian media "
        "reported.",
        date(2019, 7, 13),
    )
    assert countries(one(ev, "leader_call")) == {"TUR", "RUS"}


def test_ally_before_a_name() -> None:
    ev = run(
        "Xi",
        "Xi met with U.S. ally Japanese Prime Minister Shinzo Abe on Friday.",
        date(2019, 7, 12),
    )
    assert countries(one(ev, "leaders_meeting")) == {"CHN", "JPN"}

"""Actor cases: a bloc's summit told without its place ("wrapped up two days of meetings at the
G-7") is held where the story places that summit. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_unplaced_summit_mention_takes_the_story_venue() -> None:
    # R009 (2017-05-26)
    ev = run(
        "Trump not swayed by G-7 leaders on Paris climate deal",
        "President Trump said Saturday that he’ll make a decision next week on whether to withdraw "
        "the U.S. from the Paris climate-change agreement, after resisting some intense lobbying by "
        "leaders of other industrialized nations at the G7 summit in Sicily, Italy.\n\n"
        "As Mr. Trump wrapped up two days of meetings at the G-7, the U.S. did not join the climate "
        "section in an of official dispatch issued by the other members of the group.",
        date(2017, 5, 26),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert meetings
    assert all(countries(e, "location") == {"ITA"} for e in meetings)
    assert any(countries(e) == {"G7", "USA", "ITA"} for e in meetings)

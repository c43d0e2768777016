"""Actor cases: what a side at a meeting "acknowledged that" (or admitted, conceded ...) names
no party of the meeting. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_what_was_acknowledged_names_no_party() -> None:
    # R029 (2015-02-06)
    ev = run(
        "White House threat assessment",
        "Vice President Joseph R. Biden, meeting Friday with European Union leaders in Brussels, "
        "acknowledged that the U.S. and its allies haven’t stopped Russia’s proxy invasion in "
        "eastern Ukraine with the pressure of economic sanctions.",
        date(2015, 2, 6),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"USA", "EU", "BEL"}]

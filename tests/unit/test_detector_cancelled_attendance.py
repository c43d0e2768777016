"""Plans to attend a summit called off are a declined summit_invitation: "King Salman on
Sunday canceled plans to attend this week's summit at Camp David with President Obama"."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_cancelled_plans_to_attend_a_summit() -> None:
    # TUNE S026 (corpus allsides-2608)
    e = one(
        run(
            "Saudi king changes plans",
            "Saudi Arabian King Salman on Sunday canceled plans to attend this week's summit at "
            "Camp David with President Obama because of the cease-fire.",
            date(2015, 5, 11),
        ),
        "summit_invitation",
    )
    assert e.status == "declined"
    assert countries(e, "invitee") == {"SAU"}
    assert countries(e, "inviter") == {"USA"}

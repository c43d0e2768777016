"""Actor cases: a venue named by a landmark of a country (the DMZ, coded South Korea as the labels
code it) is the invitation's venue. Sentences are real (dev)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, one, run


def test_invited_to_the_dmz() -> None:
    # d102 (2019-06-29)
    ev = run(
        "In A Tweet, Trump Invites Kim Jong Un To Shake Hands At The DMZ", "", date(2019, 6, 29)
    )
    assert countries(one(ev, "summit_invitation"), "venue") == {"KOR"}


def test_accepts_an_invitation_to_meet_at_the_dmz() -> None:
    # d027 (2019-06-30)
    ev = run("Kim Jong Un Accepts Trump's Invitation To Meet At DMZ", "", date(2019, 6, 30))
    e = one(ev, "summit_invitation")
    assert countries(e) == {"USA", "PRK", "KOR"}
    assert countries(e, "venue") == {"KOR"}

"""Talks asked for are a proposed summit_invitation from the side asking: "China asked for
renewed trade talks", "Liu has also urged ... that North Korea resume six-party talks"; a
third side urging two others to talk is not."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_asked_for_renewed_talks() -> None:
    # TUNE S016 (corpus allsides-155)
    e = one(
        run("Trump claims China asked for renewed trade talks", "", date(2019, 8, 26)),
        "summit_invitation",
    )
    assert e.status == "proposed"
    assert countries(e, "inviter") == {"CHN"}
    assert countries(e, "invitee") == {"USA"}


def test_urged_to_resume_talks() -> None:
    # TUNE O045
    e = one(
        run(
            "Chinese envoy in Pyongyang",
            "But Chinese envoy Liu has also urged during his visit that North Korea resume six-party "
            "talks that are aimed at pushing Pyongyang to abandon nuclear weapons.",
            date(2013, 7, 28),
        ),
        "summit_invitation",
    )
    assert countries(e, "inviter") == {"CHN"}
    assert countries(e, "invitee") == {"PRK"}


def test_third_side_urging_two_others() -> None:
    evs = run(
        "Appeal for talks",
        "The United States urged Russia and Ukraine to resume talks.",
        date(2013, 7, 28),
    )
    assert of_type(evs, "summit_invitation") == []

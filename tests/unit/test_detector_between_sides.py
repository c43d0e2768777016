"""Talks "between A and B": a speaker who comments on them is no party unless named as a side."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def _meetings(ev: list) -> list[set[str]]:
    return [countries(e, "participants") for e in of_type(ev, "leaders_meeting")]


def test_a_speaker_on_negotiations_between_two_sides_is_no_party() -> None:
    # unseen-tune9 u703 (CNN 2017)
    ev = run(
        "Brexit: Angela Merkel warns against UK 'illusions' over deal",
        "Addressing the German Parliament Thursday, Merkel said negotiations between the UK and "
        'the EU would "demand a great deal" of effort from both sides over the next two years.',
        date(2017, 4, 27),
    )
    assert {"GBR", "EU"} in _meetings(ev)
    assert all("DEU" not in c for c in _meetings(ev))


def test_a_speaker_who_does_not_expect_delays_in_talks_between_sides_is_no_party() -> None:
    # unseen-tune9 u789 (CNN 2017)
    ev = run(
        "Merkel: EU ready for Brexit negotiations",
        "(CNN) German Chancellor Angela Merkel says she doesn't expect any delays in the start of "
        "Brexit talks between the European Union and the UK despite the outcome of this week's "
        "British election.",
        date(2017, 6, 10),
    )
    # (the headline's "Merkel: EU ready for Brexit negotiations" is another event)
    assert {"GBR", "EU"} in _meetings(ev)
    assert all(not c >= {"DEU", "GBR"} for c in _meetings(ev))


def test_a_speaker_named_as_a_side_and_a_mediator_stay() -> None:
    # hard negatives: the speaker is one of the sides; a mediator is no speaker
    ev = run(
        "Talks",
        "German Chancellor Angela Merkel said talks between Germany and France on Monday had "
        "been constructive.",
        date(2017, 6, 12),
    )
    assert {"DEU", "FRA"} in _meetings(ev)
    mediated = run(
        "Talks",
        "CIA Director William Burns joined talks between Israel and Hamas in Doha on Sunday.",
        date(2024, 8, 18),
    )
    assert all(c != {"ISR", "PSE"} for c in _meetings(mediated))

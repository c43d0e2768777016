"""Readiness to resume talks is an offer of talks: "its willingness to resume stalled negotiations"."""

from datetime import date

from detector_cases import countries, of_type, one, run


def test_willingness_to_resume_stalled_negotiations():
    # allsides-6334 (Q021)
    ev = one(
        run(
            "China white paper",
            "China has laid the blame squarely on the United States for the breakdown of trade "
            "talks, but hinted at its willingness to resume stalled negotiations with Washington.",
            date(2019, 6, 2),
        ),
        "summit_invitation",
    )
    assert ev.status == "proposed"
    assert countries(ev, "inviter") == {"CHN"}
    assert countries(ev, "invitee") == {"USA"}


def test_ready_to_resume_talks():
    evs = run(
        "Iran",
        "Iran is ready to resume nuclear talks with the United States, its foreign minister said.",
        date(2019, 6, 2),
    )
    assert countries(one(evs, "summit_invitation"), "inviter") == {"IRN"}


def test_resumed_talks_are_no_offer():
    evs = run(
        "Talks",
        "China and the United States resumed trade talks in Beijing on Thursday.",
        date(2019, 6, 2),
    )
    assert of_type(evs, "summit_invitation") == []

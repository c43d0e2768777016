"""Session 7 (h-recall7d) cases: a definite "the summit" whose sides are named only with the
summit before it ("He had canceled the planned June 12 summit" under "Trump Suggests North
Korea Summit Could Still Happen"). Sentences are real (unseen-G u507, corpus 5553) unless a
comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run

_HEADLINE = "Trump Suggests North Korea Summit Could Still Happen"
_CANCELED = "He had canceled the planned June 12 summit less than a day earlier."


def test_the_summit_takes_the_sides_of_the_summit_in_the_headline() -> None:
    # unseen-G u507 (2018-05-25): the headline's summit is speculation, the body's is news
    ev = run(_HEADLINE, _CANCELED, date(2018, 5, 25))
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "PRK"}]
    assert meetings[0].status == "cancelled"


def test_the_summit_takes_the_sides_of_the_summit_in_the_sentence_before() -> None:
    # u507's two sentences, with the headline moved into the body: the same reading
    ev = run("News", f"{_HEADLINE}. {_CANCELED}", date(2018, 5, 25))
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "PRK"}]
    assert meetings[0].status == "cancelled"


def test_an_indefinite_summit_refers_to_no_summit_before() -> None:
    # u507 edited: "a summit" introduces one, it does not refer back
    ev = run(_HEADLINE, "He had canceled a summit less than a day earlier.", date(2018, 5, 25))
    assert of_type(ev, "leaders_meeting") == []


def test_a_headline_naming_no_summit_lends_no_side() -> None:
    # corpus 5553 (2020): the EU's own summit; the U.S. is only in the headline's story
    ev = run(
        "Here’s why U.S. struggles with the coronavirus could lead to Europe’s stock market "
        "taking the lead",
        "But disappointment could await investors on that front, ahead of the EU’s summit to "
        "discuss the so-called recovery fund.",
        date(2020, 7, 2),
    )
    assert all("USA" not in countries(e) for e in of_type(ev, "leaders_meeting"))

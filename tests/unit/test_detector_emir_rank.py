"""The word "emir" names a head of state only in the emirates (Qatar, Kuwait, ...); elsewhere ("a
Tunisian emir") it is a militant commander's rank, no actor. Sentences are real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_a_tunisian_emir_is_no_head_of_state() -> None:
    # allsides-1256 (corpus, 2015-05-17)
    ev = run(
        "Abu Sayyaf, an ISIS Leader, Killed in Syria by Special Forces, U.S. Says",
        "David Thomson, an analyst and author of the book “The French Jihadists,” said by email "
        "that he had confirmed with sources inside the Islamic State that Abu Sayyaf was a "
        "Tunisian emir who had traveled to Iraq as far back as 2003.",
        date(2015, 5, 17),
    )
    assert of_type(ev, "state_visit") == []


def test_the_emir_of_qatar_still_is() -> None:
    # allsides-4666 (corpus, 2019-07-09)
    ev = run(
        "Trump v. Big Tech",
        "President Donald Trump meets with Qatar's Emir Sheikh Tamim Bin Hamad Al-Thani in the "
        "Oval Office of the White House, Tuesday, July 9, 2019, in Washington.",
        date(2019, 7, 9),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "QAT"}

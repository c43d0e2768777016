"""Guards from the review of 'the two leaders' and of agreed stances: each sentence (written in
wire style for the review, not taken from a story) was misread before its fix."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_the_two_leaders_are_the_pair_just_named() -> None:
    evs = run(
        "Trump and Kim to meet again",
        "U.S. President Donald Trump said he would meet North Korean leader Kim Jong Un again. "
        "Trump praised Kim, and Kim thanked Trump. Meanwhile, South Korean President Moon Jae-in "
        "met Chinese President Xi Jinping in Beijing on Tuesday. The two leaders will hold "
        "another summit in Seoul next year.",
        date(2018, 4, 10),
    )
    seoul = [e for e in of_type(evs, "leaders_meeting") if "Seoul" in e.evidence.text]
    assert seoul and all(countries(e) == {"KOR", "CHN"} for e in seoul)
    assert not any(countries(e) == {"USA", "PRK", "KOR"} for e in of_type(evs, "leaders_meeting"))


def test_agreeing_to_keep_up_pressure_is_no_pact() -> None:
    for body in (
        "Trump spoke by phone with Japanese Prime Minister Shinzo Abe on Monday. The two leaders "
        "agreed to maximize pressure on North Korea, the White House said.",
        "U.S. President Donald Trump and Japanese Prime Minister Shinzo Abe agreed to step up "
        "efforts to rein in North Korea's nuclear program.",
    ):
        assert of_type(run("Call", body, date(2017, 9, 19)), "agreement") == [], body
    # while a concrete step agreed is still an agreement
    evs = run(
        "Truce",
        "U.S. President Donald Trump and Chinese President Xi Jinping agreed to suspend new "
        "tariffs for 90 days.",
        date(2018, 12, 2),
    )
    assert any(countries(e) == {"USA", "CHN"} for e in of_type(evs, "agreement"))

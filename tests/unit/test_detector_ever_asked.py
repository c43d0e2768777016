"""A question whether someone has ever gone somewhere or met someone ('asked him ... whether
he had ever visited the Ecuadorian embassy in London') reports no trip and no meeting."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_whether_he_had_ever_visited_is_no_visit():
    # TUNE R026 (allsides-1595)
    ev = run(
        "FBI questions Ted Malloch, Trump campaign figure and Farage ally",
        "In a statement sent to the Guardian, Malloch, who described himself as a policy wonk "
        "and defender of Trump, said the FBI also asked him about his relationship with Roger "
        "Stone, the Republican strategist, and whether he had ever visited the Ecuadorian "
        "embassy in London, where the Wikileaks founder Julian Assange has resided for nearly "
        "six years.",
        date(2018, 3, 30),
    )
    assert of_type(ev, "state_visit") == []


def test_a_visit_told_as_news_is_still_found():
    # TUNE O012
    ev = run(
        "Trump Opens State Visit, Needles Japan Over Trade Issues",
        "TOKYO (AP) — President Donald Trump opened a state visit to Japan on Saturday by "
        "needling the country over its trade imbalance with the United States.",
        date(2019, 5, 25),
    )
    e = one(ev, "state_visit")
    assert countries(e, "visitor") == {"USA"}
    assert countries(e, "host") == {"JPN"}

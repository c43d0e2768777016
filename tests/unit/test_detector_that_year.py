"""The words "later that year" date a narrated past year: background. Sentence is real."""

from __future__ import annotations

from detector_cases import of_type, run


def test_later_that_year_is_background() -> None:
    # allsides-4940 (corpus, undated)
    ev = run(
        "The Dire Warnings of the United Nations’ Latest Climate-Change Report",
        "Later that year, at the climate talks in Paris, “1.5 to Stay Alive” had become a "
        "rallying cry for the leaders of the Alliance of Small Island States, which includes "
        "countries like the Bahamas, the Maldives, and the Marshall Islands.",
    )
    assert of_type(ev, "leaders_meeting") == []

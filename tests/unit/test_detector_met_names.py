"""The capitalised "Met" before "Gala", "Office", "Police" ... is a name, not the verb. Sentences
are real."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_met_gala_is_no_meeting() -> None:
    # gossipcop-1149 (corpus, 2017-05-02): "Lima" and "Victoria" are capitals too
    ev = run(
        "Adriana Lima’s wardrobe malfunction at Met Gala 2017: Victoria’s Secret model flashes "
        "underwear in a black slit gown",
        "",
        date(2017, 5, 2),
    )
    assert of_type(ev, "leaders_meeting") == []

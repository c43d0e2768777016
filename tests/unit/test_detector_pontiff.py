"""The word "pontiff" is the pope, an actor of the Holy See (VAT) as "the pope" is; "the Argentine
pontiff" names his nationality, no actor. Sentences are real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_the_pontiff_is_in_ireland() -> None:
    # V026 allsides-1816 (2018-08-26)
    ev = run(
        "Pope Hears the Wounds of Ireland's Abused, and Vows to Speak",
        "The pontiff is in Ireland to close the 2018 World Meeting of Families (WMOF) -- a global "
        "Catholic gathering that addressed issues including the treatment of gay people in the "
        "Church.",
        date(2018, 8, 26),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"VAT"}
    assert countries(visit, "host") == {"IRL"}


def test_the_argentine_pontiff_is_no_actor() -> None:
    # Z071 allsides-5180 (2013-12-11): his visits to the poor as archbishop
    ev = run(
        "Pope Francis named Time's Person of the Year",
        "The Argentine pontiff - who, as archbishop of Buenos Aires was known as the slum "
        "cardinal for his visits to the poor and penchant for subway travel - beat former NSA "
        "contractor Edward Snowden.",
        date(2013, 12, 11),
    )
    assert of_type(ev, "state_visit") == []

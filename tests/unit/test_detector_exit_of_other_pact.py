"""An exit told in the same sentence as a second pact belongs to the pact that is its object:
'demanded negotiations on the North American Free Trade Agreement ..., and abandoned the
proposed Trans-Pacific Partnership' cancels no NAFTA; an exit from a pact and its appositive
('the Trans Pacific Partnership, an Asian trade deal') is still that pact's."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, one, run


def test_exit_after_the_deal_is_another_pacts():
    # TUNE U022 (allsides-4408)
    ev = run(
        "In U.N. speech, Trump to call for international cooperation on North Korea",
        "He has also demanded negotiations on the North American Free Trade Agreement with "
        "Canada and Mexico, and abandoned the proposed Trans-Pacific Partnership with Asian "
        "countries.",
        date(2017, 9, 19),
    )
    assert of_type(ev, "agreement") == []


def test_exit_before_another_named_pact_is_not_its():
    # TUNE Z070 (allsides-911): the TPP is abandoned, NAFTA only aimed at
    ev = run(
        "Trump makes it official: He will renegotiate NAFTA",
        "After signing an order Monday abandoning the proposed Trans-Pacific Partnership, "
        "President Trump has set his sights on renegotiation of the North American Free Trade "
        "Agreement with Canada and Mexico.",
        date(2017, 1, 22),
    )
    assert [e for e in of_type(ev, "agreement") if "CAN" in {a.country for a in e.actors}] == []


def test_exit_from_a_pact_and_its_appositive_is_cancelled():
    # TUNE R007 (allsides, 2017-01-24): the exit's pact named twice
    ev = run(
        "Why, when Trump says 'America First,' much of the world worries",
        "On Monday, Trump pulled the US out of the brand new Trans Pacific Partnership, an Asian "
        "trade deal, and he says he is considering scrapping the North American Free Trade "
        "Agreement with Mexico and Canada.",
        date(2017, 1, 24),
    )
    assert one(ev, "agreement").status == "cancelled"

"""A deal reached with one side is not a wider pact under negotiation told elsewhere (no merge);
"a year ago", "two years ago" date the clause they open or end, though the clause splitter
leaves their first word in a clause of its own; "In July," opening a sentence dates it; a
deal described in a dash aside ("— signed by Iran, the U.S. and ... —") is background."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_tentative_deal_is_not_the_wider_renegotiation() -> None:
    # TUNE S003 (corpus allsides-1653)
    events = of_type(
        run(
            "President Donald Trump goes after AFL-CIO head Richard Trumka on Labor Day",
            "Trump is in the middle of renegotiating the North American Free Trade Agreement with "
            "Canada and Mexico. He reached a tentative deal with Mexico that would provide for "
            "duty-free imports of cars assembled in Mexico – but only if at least 75 percent of the "
            "parts originate in the U.S. or Mexico.",
            date(2018, 9, 3),
        ),
        "agreement",
    )
    by_status = {e.status: countries(e) for e in events}
    assert by_status == {"occurred": {"USA", "MEX"}, "proposed": {"USA", "CAN", "MEX"}}


def test_a_year_ago_opening_the_clause_is_background() -> None:
    # TUNE O013 (corpus allsides-1110)
    events = run(
        "Obama's fragile climate legacy",
        "According to Clinton's memoirs, they barged into a secret meeting called by the Chinese "
        'in an apparent effort to isolate the U.S., with Obama calling out "Mr. Premier!" to '
        "force Premier Wen Jiabao to include them in the discussion.\n\n"
        "Then a year ago, Obama personally negotiated a deal with the Chinese that committed both "
        "countries to concrete emissions reductions, which was arguably the key step toward "
        "gaining the participation of the rest of the developing world.",
        date(2015, 12, 13),
    )
    assert of_type(events, "agreement") == []


def test_a_year_ago_ending_the_clause_is_background() -> None:
    # corpus allsides-3874
    events = run(
        "Petraeus warns Iran",
        "Much of the tension between Tehran and Washington stems from reports of bombings and "
        "attacks across the region that have been linked to Iranian-backed terror groups and also "
        "the U.S. withdrawal from the nuclear accord with Iran just over a year ago.",
        date(2019, 6, 20),
    )
    assert of_type(events, "agreement") == []


def test_deal_reached_is_not_the_pact_still_worked_on() -> None:
    # TUNE U019 (corpus allsides-5866)
    events = of_type(
        run(
            "U.S., Mexico strike new trade deal that could pave the way for an overhaul of NAFTA",
            "WASHINGTON – President Donald Trump said Monday the United States and Mexico have "
            "reached a new trade deal, paving the way for the possible revision of the North "
            "American Free Trade Agreement. We’ll continue to work toward a modernized NAFTA.",
            date(2018, 8, 27),
        ),
        "agreement",
    )
    by_status = {e.status: countries(e) for e in events}
    assert by_status == {"occurred": {"USA", "MEX"}, "proposed": {"USA", "CAN", "MEX"}}


def test_in_a_month_opening_the_sentence_is_background() -> None:
    # TUNE T004 (corpus allsides-2187): "In July" in a September story
    events = run(
        "Senate Dems get 34th vote to hand Obama victory on Iran deal",
        "In July, the U.N. Security Council unanimously endorsed the nuclear deal, approving a "
        "resolution that would lift the international sanctions on Iran in 90 days.",
        date(2015, 9, 2),
    )
    assert of_type(events, "agreement") == []
    assert of_type(events, "sanctions") == []


def test_deal_described_in_a_dash_aside_is_background() -> None:
    # TUNE T004 (corpus allsides-2187)
    events = run(
        "Senate Dems get 34th vote to hand Obama victory on Iran deal",
        "The agreement — signed by Iran, the U.S. and five other world powers — seeks to dismantle "
        "Iran’s nuclear program in exchange for billions of dollars in relief from sanctions.",
        date(2015, 9, 2),
    )
    assert of_type(events, "agreement") == []

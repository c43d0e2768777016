"""Named trade partnerships give their parties: talks on the TPP are talks of its states, of
those the story names (the labels name them, not all 12: T042, T043, Q019)."""

from datetime import date

from detector_cases import countries, one, run


def test_tpp_talks_name_the_partners():
    # allsides-4891
    evs = run(
        "Trade",
        "The U.S. is pressing Tokyo to open access to a number of so-called sacred sectors, such "
        "as rice, dairy, beef and pork, through the Trans-Pacific Partnership talks.",
        date(2014, 4, 20),
    )
    ev = one(evs, "agreement")
    assert ev.status == "proposed"
    assert countries(ev, "parties") == {"USA", "JPN"}


def test_negotiations_on_the_tpp_pact():
    # allsides-2099
    ev = one(
        run(
            "NAFTA fight",
            "But both Mexico and Canada are part of the negotiations on the TPP pact, which the "
            "Obama administration says will upgrade the labor and environmental provisions.",
            date(2015, 6, 10),
        ),
        "agreement",
    )
    assert countries(ev, "parties") == {"USA", "MEX", "CAN"}

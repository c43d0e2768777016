"""A call named by its caller's possessive: "Mr. Kerry’s call on Sunday ... with Mr. Lavrov",
"a readout of Trump’s conversations with May, Trudeau, Macron and ... Merkel"."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_possessive_call_on_a_day() -> None:
    # TUNE P004 (corpus allsides-6393)
    e = one(
        run(
            "U.S. says Russia tested cruise missile",
            "And Mr. Kerry’s call on Sunday was the first time he had directly raised the violation "
            "with Mr. Lavrov, State Department officials said.",
            date(2014, 7, 29),
        ),
        "leader_call",
    )
    assert e.status == "occurred"
    assert countries(e) == {"USA", "RUS"}


def test_readout_of_conversations_with() -> None:
    # TUNE P023 (corpus allsides-3282)
    evs = run(
        "Trump calls allies on climate",
        "A White House readout of Trump’s conversations with May, Trudeau, Macron and German "
        "Chancellor Angela Merkel said he had thanked them for their “frank, substantive "
        "discussions” on the issue.",
        date(2017, 6, 2),
    )
    # one call with each leader listed (as "spoke by phone Thursday with Merkel, Macron, ...")
    calls = of_type(evs, "leader_call")
    assert {("CAN", "USA"), ("DEU", "USA")} <= {tuple(sorted(countries(e))) for e in calls}
    assert all(len(countries(e)) == 2 for e in calls)

"""Calls in tweets and readouts, and calls by video: a quoted first-person call ("“Just spoke
to my friend MBS ...“ Trump tweeted") is the author's; a readout of calls with a list of
leaders is one call each, even when the clause goes on; a call's purpose ("in a phone call
to press China") names no side on the line; a virtual meeting is a call, not a meeting; a
bloc's ministers on a conference call are its one side."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_tweeted_call() -> None:
    # TUNE P009 (corpus allsides-1689)
    evs = of_type(
        run(
            "Trump calls on Russia and Saudi Arabia to cut oil production",
            "“Just spoke to my friend MBS (Crown Prince) of Saudi Arabia, who spoke with "
            "President Putin of Russia, & I expect & hope that they will be cutting back "
            "approximately 10 Million Barrels!“ Trump tweeted.",
            date(2020, 4, 2),
        ),
        "leader_call",
    )
    assert sorted(tuple(sorted(countries(e))) for e in evs) == [("RUS", "SAU"), ("SAU", "USA")]


def test_quoted_call_with_speaker_after() -> None:
    e = one(
        run(
            "Trump",
            '"Just spoke with President Xi Jinping of China," Trump said.',
            date(2019, 6, 18),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "CHN"}


def test_readout_of_calls_with_a_list() -> None:
    # TUNE P023 (corpus allsides-3282)
    evs = of_type(
        run(
            "Trump announces U.S. withdrawal from Paris climate deal",
            "President Donald Trump spoke with leaders. A White House readout of Trump’s "
            "conversations with May, Trudeau, Macron and German Chancellor Angela Merkel said he "
            "had thanked them for their “frank, substantive discussions” on the issue.",
            date(2017, 6, 1),
        ),
        "leader_call",
    )
    assert len(evs) >= 3
    assert all(len(countries(e)) == 2 and "USA" in countries(e) for e in evs)


def test_purpose_of_a_call_names_no_side() -> None:
    # TUNE S036 (corpus allsides-4745)
    e = one(
        run(
            "US Tariff Hikes on Chinese Goods Kick In",
            "Also Thursday, Canadian Prime Minister Justin Trudeau urged Trump in a phone call to "
            "press China to release two Canadians who have been held for five months.",
            date(2019, 5, 10),
        ),
        "leader_call",
    )
    assert e.status == "occurred"
    assert countries(e) == {"CAN", "USA"}


def test_virtual_meeting_is_a_call() -> None:
    # TUNE U036 (corpus allsides-5200)
    evs = run(
        "Containing coronavirus",
        "Secretary of State Mike Pompeo was on a mission when he took part in a virtual meeting "
        "of the Group of Seven foreign ministers last week.",
        date(2020, 3, 30),
    )
    e = one(evs, "leader_call")
    assert countries(e) == {"USA", "G7"}
    assert of_type(evs, "leaders_meeting") == []


def test_virtual_summit_planned() -> None:
    evs = run("Summit", "Biden and Xi will hold a virtual summit on Monday.", date(2021, 11, 14))
    e = one(evs, "leader_call")
    assert e.status == "planned"
    assert of_type(evs, "leaders_meeting") == []


def test_bloc_ministers_conference_call() -> None:
    # TUNE U003 (corpus allsides-1157)
    e = one(
        run(
            "Greece's Tsipras Urges Rejection of Bailout Deal",
            "Euro zone finance ministers held an hour-long conference call to discuss the "
            "previous night's offer from Tsipras, but were adamant that no further discussions "
            "would be held until after the Sunday vote.",
            date(2015, 7, 1),
        ),
        "leader_call",
    )
    assert countries(e) == {"EU"}


def test_video_conference_on_a_day_with_a_side() -> None:
    e = one(
        run(
            "EU",
            "EU foreign ministers held a video conference on Friday with Pompeo.",
            date(2020, 4, 3),
        ),
        "leader_call",
    )
    assert countries(e) == {"EU", "USA"}


def test_spoke_to_a_leader() -> None:
    # corpus allsides-3660 ("spoke to", "spoken to" were no keywords of the gate)
    e = one(
        run(
            "Trump expects oil deal",
            "Trump told CNBC's Joe Kernen Thursday that he spoke to President Putin yesterday and "
            "expects them to announce an oil production cut.",
            date(2020, 4, 2),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "RUS"}


def test_spoken_to_in_a_quote() -> None:
    # corpus allsides-5924
    e = one(
        run(
            "Obama Defends FBI Over Boston",
            '"I\'ve spoken to President Putin directly," Obama said.',
            date(2013, 4, 30),
        ),
        "leader_call",
    )
    assert countries(e) == {"USA", "RUS"}

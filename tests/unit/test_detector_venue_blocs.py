"""Actor cases: a bloc named as the gathering where two sides meet ("at next month's G20 in
Japan", "on the sidelines of the Group of 20 summit in Osaka") is the venue of their talks, not
a party to them. Sentences are real (tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_two_sides_meeting_at_a_bloc_gathering() -> None:
    # Q030 (2019-05-12)
    ev = run(
        "Kudlow says China will retaliate over Trump’s tariff hike",
        "He added that it’s likely Trump and Chinese President Xi Jinping will meet at next month’s "
        "G20 in Japan.",
        date(2019, 5, 12),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e) for e in meetings] == [{"USA", "CHN", "JPN"}]
    assert countries(meetings[0], "location") == {"JPN"}


def test_summit_between_two_on_the_sidelines_of_the_bloc_summit() -> None:
    # Q021 (2019-06-02)
    ev = run(
        "China says U.S. ‘solely to blame’ for collapse of trade talks",
        "On the possibility of a summit between Xi and Trump on the sidelines of the Group of 20 "
        "summit in Osaka, Japan, later this month — as suggested by the American president in May "
        "— Wang said he had no information on the matter.",
        date(2019, 6, 2),
    )
    sides = [countries(e) for e in of_type(ev, "leaders_meeting")]
    assert {"CHN", "JPN", "USA"} in sides
    assert all(not {"G20", "CHN"} <= s for s in sides)


def test_bloc_summit_with_a_meeting_on_its_sidelines() -> None:
    # P030 (2019-08-25), the sentence's end
    ev = run(
        "U.S., Japan agree in principle on trade deal",
        "Mr. Trump said in a meeting with Japanese Prime Minister Shinzo Abe at the Group of Seven "
        "summit in France.",
        date(2019, 8, 25),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"FRA", "JPN", "USA"}]


def test_bloc_members_at_their_own_summit_keep_the_bloc() -> None:
    # S044 (2015-06-10): no two sides meet on the sidelines, the bloc is the party
    ev = run(
        "G-7 summit",
        "Russia and ISIS topped the agenda as the leaders of the industrialized democracies "
        "gathered in Germany this past weekend for the G-7 summit.",
        date(2015, 6, 10),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"G7", "DEU"}]

"""Actor cases: what a meeting is about names no party, also when told as the subject of "topped
the agenda" / "will be the major topic" before it, or after "devoted to". Sentences are real
(tuning sets)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_what_topped_the_agenda_is_no_party() -> None:
    # S044 (2015-06-10)
    ev = run(
        "G-7",
        "Russia and ISIS topped the agenda as the leaders of the industrialized democracies "
        "gathered in Germany this past weekend for the G-7 summit.",
        date(2015, 6, 10),
    )
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"G7", "DEU"}]


def test_the_major_topic_is_no_party_nor_the_place() -> None:
    # Q017 (2014-06-02)
    ev = run(
        "Obama in Poland",
        "Russian activity in Ukraine will also be the major topic when Obama attends the G-7 "
        "summit Wednesday and Thursday in Brussels.",
        date(2014, 6, 2),
    )
    meeting = of_type(ev, "leaders_meeting")
    assert [countries(e) for e in meeting] == [{"USA", "G7", "BEL"}]
    assert countries(meeting[0], "location") == {"BEL"}


def test_a_tour_devoted_to_a_country_names_no_party() -> None:
    # S005 (2017-11-06), the president named (the story names him earlier)
    ev = run(
        "Trump in Tokyo",
        "President Trump spoke at a joint news conference with Prime Minister Shinzo Abe of Japan, "
        "the first stop in an Asia tour devoted to the issues of trade and North Korea's nuclear "
        "weapons.",
        date(2017, 11, 6),
    )
    assert [countries(e, "participants") for e in of_type(ev, "leaders_meeting")] == [
        {"USA", "JPN"}
    ]

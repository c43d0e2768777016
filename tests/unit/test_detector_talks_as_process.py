"""Talks named only as a process under way ("the progress Trump is making in trade talks with
China", "Trade negotiations between the U.S. and China made some progress") are commentary, not
news of talks: no leaders_meeting. A day, a round, a start, a place or the headline keeps them."""

from __future__ import annotations

from datetime import date

import pytest
from detector_cases import countries, of_type, one, run


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # corpus allsides-839
        (
            "Americans should be pleased with the progress President Trump is making in trade "
            "talks with China.",
            date(2019, 5, 20),
        ),
        # corpus allsides-6013
        ("Trade negotiations between the U.S. and China made some progress.", date(2019, 5, 2)),
        # corpus allsides-5143
        (
            "Jia Wenshan, a professor at Chapman University in California, said the arrest "
            '"runs a huge risk of derailing the US-China trade talks".',
            date(2018, 12, 6),
        ),
        # corpus allsides-173: a figure ("$325 billion") and "enter" date no talks
        (
            'Mr. Trump said via Twitter that negotiations with China are progressing "too slowly," '
            "and he threatened to jack up tariffs on $325 billion in Chinese goods to 25 percent "
            "-- that would effectively impose a tariff on all Chinese products that enter the U.S.",
            date(2019, 5, 13),
        ),
        # corpus allsides-1236: "holds back" is no sitting, "will be" not the talks' future
        (
            "To the extent that China reduces its tariffs on some U.S. products and, in turn, "
            "America holds back on imposing tariffs on Chinese products, American and Chinese "
            "consumers will be the true winners of these negotiations.",
            date(2018, 5, 25),
        ),
        # TUNE U016 (corpus allsides-1442): a retold use, no date
        ("Jimmy Carter used it for peace talks between Egypt and Israel.", date(2018, 6, 1)),
    ],
)
def test_talks_as_a_process_are_no_meeting(body: str, published: date) -> None:
    assert not of_type(run("Markets", body, published), "leaders_meeting")


def test_a_day_keeps_the_talks() -> None:
    # TUNE S041 (corpus allsides-210, "the two countries" there)
    body = "The same day, trade talks between the U.S. and China broke up without an agreement."
    e = one(run("Stocks fall", body, date(2019, 5, 13)), "leaders_meeting")
    assert countries(e, "participants") == {"USA", "CHN"}


def test_a_resumption_in_a_relative_clause_keeps_the_talks() -> None:
    # TUNE allsides-888: the whole sentence is read, not only the clause of the trigger
    body = (
        "The president indicated Canada and Mexico's treatment would be connected to the ongoing "
        "NAFTA talks with the United States, which are expected to resume in early April."
    )
    events = run("Trump tariffs", body, date(2018, 3, 8))
    e = one(events, "leaders_meeting")
    assert {"CAN", "MEX"} <= countries(e, "participants")


def test_a_headline_keeps_the_talks() -> None:
    # TUNE O016 (corpus allsides-5831): a headline names the news without a day
    e = one(run("US-Russia talks on Syria: A balance of ideals, interests"), "leaders_meeting")
    assert countries(e, "participants") == {"USA", "RUS"}


def test_going_into_talks_keeps_them() -> None:
    # TUNE U028 (corpus allsides-4813): talks ahead
    body = (
        "\"I mean he can't put Trump in a position of being weak going into the North Korean "
        'talks with Kim."'
    )
    e = one(run("Kudlow speaks", body, date(2018, 6, 10)), "leaders_meeting")
    assert countries(e, "participants") == {"USA", "PRK"}

"""Meetings and visits a previous round missed: a stay abroad ("has spent the past few days in"),
a bloc's members named with "major economies", talks held on a named agreement, a news
conference in the Rose Garden (sentences from the tuning sets and the corpus)."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_stay_abroad_is_a_visit_to_each_country() -> None:
    # T035 (allsides-672)
    ev = run(
        "Why Asian trade is a national-security issue",
        "President Obama has spent the past few days in the Philippines and Malaysia, working to "
        "strengthen alliances in Asia.",
        date(2015, 11, 21),
    )
    visits = of_type(ev, "state_visit")
    assert {frozenset(countries(e)) for e in visits} == {
        frozenset({"USA", "PHL"}),
        frozenset({"USA", "MYS"}),
    }
    assert all(e.status == "occurred" for e in visits)


def test_stay_at_home_is_no_visit() -> None:
    ev = run(
        "Trump golf",
        "Trump spent the last few days in Florida at his resort before talks with China.",
        date(2019, 5, 1),
    )
    assert not of_type(ev, "state_visit")


def test_bloc_major_economies_meet() -> None:
    # T029 (allsides-3390)
    ev = run(
        "Paris",
        "The next test for the Paris accord will be in the middle of May, when finance ministers "
        "of the Group of Seven major economies meet in Italy.",
        date(2017, 4, 26),
    )
    assert countries(one(ev, "leaders_meeting")) == {"G7", "ITA"}


def test_talks_to_modernize_a_named_agreement() -> None:
    # U043 (allsides-4798)
    ev = run(
        "Pro-trade Republicans get nervous that NAFTA talks could fail",
        "As a fifth round of talks to modernize the North American Free Trade Agreement kicked off "
        "in Mexico on Friday, several Republicans interviewed by Reuters expressed concerns that "
        "tough U.S. demands could sink the deal.",
        date(2017, 11, 18),
    )
    m = one(ev, "leaders_meeting")
    assert countries(m) >= {"CAN", "MEX", "USA"} and m.status == "occurred"


def test_talks_on_a_un_framework_name_no_parties() -> None:
    # the Paris Agreement is held by the UN: talks on it name no second side here
    ev = run(
        "Climate",
        "Activists in Canada held talks on the Paris Agreement with students.",
        date(2017, 11, 18),
    )
    assert not of_type(ev, "leaders_meeting")


def test_rose_garden_news_conference_implies_visit() -> None:
    # T033 (allsides-1218)
    ev = run(
        "House Democrats mount opposition to Obama trade deal",
        "Two days earlier, speaking at the news conference he held in the Rose Garden with Japanese "
        "Prime Minister Shinzo Abe, Obama dismissed “this whole notion that it’s all secret.”",
        date(2015, 5, 13),
    )
    v = one(ev, "state_visit")
    assert countries(v, "visitor") == {"JPN"} and countries(v, "host") == {"USA"}

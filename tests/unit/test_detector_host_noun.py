"""The word "host" after a determiner is the noun ("the summit's host, Canadian Prime Minister Justin
Trudeau"): no one is hosted, no visit. The verb still hosts. Sentences are real."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_the_summits_host_is_no_visit() -> None:
    # V030 allsides-5357 (2018-06-15)
    ev = run(
        "Trump’s China Tariffs Met With Retaliation Vow From Beijing",
        "He threw a meeting of the Group of Seven into turmoil by revoking support for the group’s "
        "joint statement and berating the summit’s host, Canadian Prime Minister Justin Trudeau.",
        date(2018, 6, 15),
    )
    assert of_type(ev, "state_visit") == []


def test_the_summits_host_after_a_call_is_no_visit() -> None:
    # allsides-1213 (corpus, 2018-06-11)
    ev = run(
        "GOP silence on Trump's G-7 tirade",
        "But after Trump called the summit's host, Canadian Prime Minister Justin Trudeau, "
        '"weak" in a fit of pique, Trump trade adviser Peter Navarro asserted that "there\'s a '
        'special place in hell" for Trudeau.',
        date(2018, 6, 11),
    )
    assert of_type(ev, "state_visit") == []


def test_the_verb_still_hosts() -> None:
    # allsides-5578 (corpus)
    ev = run(
        "Trump week",
        "The president will host the Australian prime minister for a state visit on Friday.",
        date(2019, 9, 16),
    )
    assert countries(one(ev, "state_visit"), "visitor") == {"AUS"}


def test_a_summit_hosted_by_a_leader_names_no_guest() -> None:
    # allsides-5983 (corpus, August 2019)
    ev = run(
        "Brazil's Bolsonaro says he'll consider aid to fight Amazon fires if Macron apologizes",
        "G-7 countries made the $20 million aid offer to fight the blazes at the Biarritz G-7 "
        "summit hosted by Macron, who insisted they should be discussed as a top priority.",
        date(2019, 8, 27),
    )
    assert of_type(ev, "state_visit") == []
    assert [countries(e) for e in of_type(ev, "leaders_meeting")] == [{"G7", "FRA"}]

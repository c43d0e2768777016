"""Round 12a rule families: a pair of sides on one span as the subject of 'meet', a call held as a
teleconference or conference call, and a deal said not to have been reached ('no cease-fire
agreement ... was reached'). Sentences from the tuning sets and the corpus."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


def test_two_countries_on_one_span_will_meet_is_planned() -> None:
    # tune9 u016: the body's "will meet" plans the summit of the headline
    ev = run(
        "North And South Korea Set April Date For Historic Summit",
        "Leaders of the two countries will meet on April 27 for the first time in over a decade, "
        "South Korean officials announced on Thursday.",
        date(2018, 3, 29),
    )
    meeting = one(ev, "leaders_meeting")
    assert meeting.status == "planned"
    assert countries(meeting, "participants") == {"PRK", "KOR"}


def test_neighboring_nations_planning_to_meet_in_pyongyang_is_a_planned_visit() -> None:
    # tune9 u333
    ev = run(
        "Kim Jong Un Reaffirms Commitment To Denuclearization As Koreas Set Summit",
        "Leaders of the neighboring nations are planning to meet later this month in Pyongyang.",
        date(2018, 9, 6),
    )
    visit = one(ev, "state_visit")
    assert visit.status == "planned"
    assert countries(visit, "visitor") == {"KOR"}
    assert countries(visit, "host") == {"PRK"}


def test_one_side_alone_is_no_coordinated_subject() -> None:
    # hard negative: a single country before "meet" gets no second side from the pair rule
    ev = run("x", "Leaders of South Korea will meet on April 27.", date(2018, 3, 29))
    assert not of_type(ev, "leaders_meeting")


def test_bloc_teleconference_is_a_call() -> None:
    # tune9 u622
    ev = run(
        "Japan says G7 finance leaders discussed Greek crisis",
        "Group of Seven finance leaders held a teleconference over the weekend to discuss the "
        "Greek debt crisis, Japanese Finance Minister Yoshihiko Noda said on Monday.",
        date(2011, 6, 20),
    )
    call = one(ev, "leader_call")
    assert call.status == "occurred"
    assert {"G7", "JPN"} <= countries(call)
    assert not of_type(ev, "leaders_meeting")


def test_video_conferences_with_leaders_are_calls() -> None:
    # corpus 9569
    ev = run(
        "x",
        "Khalilzad is also holding video conferences with Kabul leaders rather than travelling "
        "to the Afghan capital because of the dangers of COVID-19, according to a U.S. State "
        "Department statement.",
        date(2020, 4, 10),
    )
    assert countries(one(ev, "leader_call")) == {"USA", "AFG"}


def test_conference_call_topic_is_not_a_side() -> None:
    # corpus 2183: the call was among euro zone ministers; Tsipras's offer is its topic (the
    # bloc's ministers are the one side: TUNE U003 labels the call)
    ev = run(
        "x",
        "Euro zone finance ministers held an hour-long conference call to discuss the previous "
        "night's offer from Tsipras, but were adamant that no further discussions would be held "
        "until after the Sunday vote.",
        date(2015, 7, 1),
    )
    assert countries(one(ev, "leader_call")) == {"EU"}
    assert not of_type(ev, "leaders_meeting")


def test_company_conference_call_is_nothing() -> None:
    ev = run("x", "Rosneft held a conference call with analysts on Monday.", date(2015, 7, 1))
    assert not of_type(ev, "leader_call")


def test_no_ceasefire_agreement_reached_is_no_agreement() -> None:
    # corpus 10330, with the two sides in the clause
    ev = run(
        "x",
        "Ukraine and Russia met in Berlin, but no cease-fire agreement between Ukraine and Russia "
        "was reached.",
        date(2014, 8, 18),
    )
    assert not of_type(ev, "agreement")
    assert one(ev, "leaders_meeting").status == "occurred"


def test_no_ceasefire_agreement_corpus_sentence() -> None:
    # corpus 10330 as written
    ev = run(
        "Ukraine claims advances in east as rebels' ranks churn",
        "Over the weekend, the foreign ministers of Ukraine, Russia, Germany, and France met in "
        "Berlin, but no cease-fire agreement to the conflict was reached.",
        date(2014, 8, 18),
    )
    assert not of_type(ev, "agreement")


def test_signed_ceasefire_agreement_is_still_an_agreement() -> None:
    ev = run("x", "Russia and Ukraine signed a cease-fire agreement on Monday.", date(2014, 9, 5))
    assert one(ev, "agreement").status == "occurred"

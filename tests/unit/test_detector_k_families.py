"""Session 8 (h-recall8b) cases from tuning set K: a surname after a sentence ending in a
capitalised word, what a meeting is to discuss, views "agreed on <day> that", sanctions only
weighed, and calls to a list of callees. Sentences are real (unseen-K, unseen-C, corpus)
unless a comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


# ------------------------------------------------ a sentence's last word is no given name
def test_a_surname_after_a_sentence_ending_in_a_capitalised_word_is_the_office_holder() -> None:
    # unseen-K u720 (2006-11-10): "... summit meeting in St. Petersburg. Bush will meet ..."
    # read "Petersburg. Bush" as a namesake ("June Bush"); the meeting lost Bush
    ev = run(
        "U.S. says hopes to sign Russia WTO deal next week",
        "Moscow was disappointed when a deal wasn't reached in July at the Group of Eight "
        "summit meeting in St. Petersburg. Bush will meet with Putin next week in Moscow on "
        "his way to the APEC meeting.",
        date(2006, 11, 10),
    )
    meetings = [e for e in of_type(ev, "leaders_meeting") if "RUS" in countries(e)]
    # ... and "on his way to the APEC meeting" names where Bush goes next, no party
    assert [countries(e, "participants") for e in meetings] == [{"USA", "RUS"}]
    visits = of_type(ev, "state_visit")
    assert [(countries(e, "visitor"), countries(e, "host")) for e in visits] == [({"USA"}, {"RUS"})]


def test_a_given_name_in_running_text_still_makes_a_namesake() -> None:
    # hard negative (the rule kept): "Melania and Ivanka Trump" are not the president
    ev = run(
        "News",
        "Both Melania and Ivanka Trump eschewed headscarves during their recent visit to "
        "Saudi Arabia.",
        date(2017, 5, 22),
    )
    assert of_type(ev, "state_visit") == []


# ------------------------------------------------ what a meeting is to discuss
def test_a_country_the_meeting_is_to_discuss_is_no_party() -> None:
    # unseen-K u753 (2013-03-18): Putin's own meeting on Cyprus is no Russia-Cyprus meeting
    ev = run(
        "Putin calls Cyprus bank levy unfair",
        "Peskov said that Putin held a special meeting on Monday to discuss developments in "
        "the debt-stricken Cyprus.",
        date(2013, 3, 18),
    )
    assert of_type(ev, "leaders_meeting") == []


def test_a_side_in_the_topic_of_talks_is_left_out() -> None:
    # corpus 10240 (2015-12-01): Turkey is what Obama and Putin discussed, not a third party
    ev = run(
        "News",
        "Meanwhile, Obama met on the sidelines with Putin to discuss the civil war in Syria, "
        "as well as Turkey's shoot-down of a Russian jet last week.",
        date(2015, 12, 1),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "RUS"}]


def test_with_after_the_topic_names_a_party_again() -> None:
    # hard negative (K u753 edited): "to discuss Cyprus with Merkel" keeps Merkel
    ev = run(
        "News",
        "Putin held a special meeting on Monday to discuss developments in Cyprus with German "
        "Chancellor Angela Merkel.",
        date(2013, 3, 18),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"RUS", "DEU"}]


# ------------------------------------------------ views and options, not deals or sanctions
_AGREED_THAT = (
    "Obama and Medvedev agreed on Wednesday that serious additional sanctions had to be "
    "considered if Iran did not respond to proposals to end the nuclear standoff."
)


def test_agreed_on_a_day_that_is_a_view_and_sanctions_to_be_considered_are_none() -> None:
    # unseen-K u738 (2009-09-24): neither an agreement nor sanctions
    ev = run("Obama, Medvedev talk Iran", _AGREED_THAT, date(2009, 9, 24))
    assert of_type(ev, "agreement") == []
    assert of_type(ev, "sanctions") == []


def test_agreed_on_a_day_to_act_is_still_an_agreement() -> None:
    # hard negative (u738 edited): "agreed on Wednesday to cut" is a deal between the two
    ev = run(
        "News",
        "Obama and Medvedev agreed on Wednesday to cut their nuclear arsenals.",
        date(2009, 9, 24),
    )
    deals = of_type(ev, "agreement")
    assert [countries(e, "parties") for e in deals] == [{"USA", "RUS"}]


# ------------------------------------------------ calls to a list of callees
def test_a_day_between_the_call_and_its_list_of_callees_gives_separate_calls() -> None:
    # corpus 7846 (2018-06-08): four two-party calls (unseen-C u140's convention)
    ev = run(
        "News",
        "Trump spoke by phone Thursday with Merkel, Macron, Trudeau and Prime Minister Theresa "
        "May of the United Kingdom, according to the White House.",
        date(2018, 6, 8),
    )
    calls = of_type(ev, "leader_call")
    assert sorted(sorted(countries(e, "participants")) for e in calls) == [
        ["CAN", "USA"],
        ["DEU", "USA"],
        ["FRA", "USA"],
        ["GBR", "USA"],
    ]


def test_phoned_a_list_of_leaders_gives_separate_calls() -> None:
    # unseen-K u734 (2016-11-04) with "phoned" for "made calls to" (and "Hollande" spelled
    # right): three two-party calls; Juncker is named over two mentions
    ev = run(
        "News",
        "Meanwhile, British Prime Minister Theresa May phoned German Chancellor Angela "
        "Merkel, French President Francois Hollande and European Union Commission President, "
        "Jean-Claude Juncker.",
        date(2016, 11, 4),
    )
    calls = of_type(ev, "leader_call")
    assert sorted(sorted(countries(e, "participants")) for e in calls) == [
        ["DEU", "GBR"],
        ["EU", "GBR"],
        ["FRA", "GBR"],
    ]
    assert any(a.name == "Jean-Claude Juncker" for e in calls for a in e.actors)


def test_a_joint_call_stays_one_call() -> None:
    # hard negative: "three-way" keeps one call with every party
    ev = run(
        "News",
        "Trump spoke by phone Thursday with Merkel and Macron in a three-way call, the White "
        "House said.",
        date(2018, 6, 8),
    )
    calls = of_type(ev, "leader_call")
    assert [countries(e, "participants") for e in calls] == [{"USA", "DEU", "FRA"}]

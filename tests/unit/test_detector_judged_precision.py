"""Wrong events of the detector on unlabeled corpus stories, as two judges read them: each
sentence comes from a judged corpus detection (the story id is cited), and each test failed
before the fix it guards."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_first_person_calls_are_with_the_speaker_not_between_the_callees():
    # allsides-268: Merkel spoke to Hollande and to Rajoy; no France-Spain call
    body = (
        "In the past hours, I have spoken on the telephone to the French President, Francois "
        "Hollande, and also with the Spanish Prime Minister, Mariano Rajoy."
    )
    assert not of_type(run("Germanwings Airbus Crashes", body, date(2015, 3, 25)), "leader_call")


def test_first_person_calls_take_the_quote_author_as_caller():
    body = (
        "“In the past hours, I have spoken on the telephone to the French President, Francois "
        "Hollande, and also with the Spanish Prime Minister, Mariano Rajoy,” Merkel said."
    )
    calls = of_type(run("Germanwings Airbus Crashes", body, date(2015, 3, 25)), "leader_call")
    assert sorted(sorted(countries(e)) for e in calls) == [["DEU", "ESP"], ["DEU", "FRA"]]


def test_another_persons_given_name_in_title_case_is_a_namesake():
    # gossipcop-4325: "Jimmy Fallon" is not Michael Fallon
    body = (
        "He said he missed it.\n\nWATCH: David Letterman Talks Late-Night Television Today, "
        "Shades Jimmy Fallon -- 'I Would've Went to Work on Trump'\n\nFurther details followed."
    )
    assert not of_type(run("David Letterman Returns to Late Night", body), "leaders_meeting")


def test_a_titled_namesake_with_another_given_name_is_not_the_office_holder():
    # allsides-2837: "Homeland Security Secretary Janet Napolitano" is not Italy's president;
    # the vice president who meets Hollande is Biden's
    body = (
        "In addition, Homeland Security Secretary Janet Napolitano makes border stops Monday and "
        "Tuesday in Arizona.\n\nWHERE IN THE WORLD IS JOE BIDEN? The vice president continues "
        "his foreign trip today in Paris, where he meets with President Hollande."
    )
    events = run("Obama Goes For The Guns", body, date(2013, 2, 4))
    assert all("ITA" not in countries(e) for e in events)


def test_the_addressee_of_a_later_appeal_is_no_sanctions_target():
    # allsides-4014
    body = (
        'Trump said he would immediately impose economic sanctions "until Iran changes its '
        'behavior," called on other world powers to break away from the Iran nuclear deal and '
        "called on NATO to become more involved in the Middle East."
    )
    (ev,) = of_type(
        run("Trump says Iran appears to be standing down", body, date(2020, 1, 8)), "sanctions"
    )
    assert countries(ev, "target") == {"IRN"}


def test_whom_the_main_clause_acts_on_after_an_opening_summit_phrase_is_no_party():
    # allsides-5525: the EU is what Trump called a foe, not at the Putin summit
    body = (
        "Just last week, ahead of a summit with Russian President Vladimir Putin, Trump called "
        "the European Union a “foe” of the United States because of trade disputes."
    )
    events = of_type(
        run("Senators try to stop Trump's trade agenda", body, date(2018, 7, 19)), "leaders_meeting"
    )
    assert events
    assert all("EU" not in countries(e) for e in events)


def test_a_country_chastised_after_an_opening_meeting_phrase_is_no_party():
    # allsides-1681: Germany was not at the Helsinki meeting
    body = (
        "Finally, in the lead up to the Helsinki meeting, Trump chastised Germany for entering "
        "into a self-defeating gas pipeline deal."
    )
    events = run("Trump Keeps on Ticking", body, date(2018, 7, 25))
    assert all("DEU" not in countries(e) for e in of_type(events, "leaders_meeting"))

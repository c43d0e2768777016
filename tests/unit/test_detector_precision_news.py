"""Detector precision on unseen news, round 2: false alarms found in a second audit of real
corpus stories (pronouns read as the wrong leader, relatives and firms named like leaders,
topic countries read as parties, threats and conditions told as done, travel by a country's
people), each with the true event it must still find. Sentences are from corpus stories."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run


# ------------------------------------------------ a pronoun after a person the gazetteer lacks
def test_pronoun_after_an_unknown_named_subject_is_not_the_leader() -> None:
    body = (
        "Francois Zimeray, the French ambassador to Denmark, was in the cafe at the time but was "
        "not hurt. Swedish artist Lars Vilks, who has faced death threats, was also unhurt. She "
        'told the TV station the attack was a "clear assassination attempt" of Vilks, who '
        "receives police protection when he is in Denmark."
    )
    ev = run("One dead in Copenhagen attack on cartoonist", body, date(2015, 2, 14))
    assert of_type(ev, "state_visit") == []
    kept = run(
        "Trump and Xi",
        "President Donald Trump has long complained about the trade deficit. That's been a common "
        "refrain for months, including this week as he met for the first time with Chinese "
        "leader Xi Jinping.",
        date(2017, 4, 8),
    )
    assert countries(one(kept, "leaders_meeting")) >= {"USA", "CHN"}


def test_pronoun_in_an_opening_clause_is_the_speaker_after_it() -> None:
    body = (
        "Trump has used the G-7 summit to advance his trade agenda. He and British Prime "
        "Minister Boris Johnson also discussed the broad contours of a bilateral trade deal. "
        "Johnson has set a deadline of October for his nation's departure from the European "
        "Union.\n\nWith hours to go before the three-day summit concludes and he returns to "
        "Washington, Trump said the U.S. is \u201cin a stronger position now to do a deal.\u201d"
    )
    ev = run("Trump claims China asked for renewed trade talks", body, date(2019, 8, 26))
    assert not any(countries(e, "visitor") == {"GBR"} for e in of_type(ev, "state_visit"))
    # the person told something after the clause is not read: the pronoun keeps its antecedent
    kept = run(
        "Straw backs ending China embargo",
        "Foreign Secretary Jack Straw defended the plan. When he was in Tokyo earlier this week, "
        "Japanese Foreign Minister Nobutaka Machimura told the British minister that his plan "
        "was a worrying issue.",
        date(2005, 1, 14),
    )
    assert any(countries(e, "visitor") == {"GBR"} for e in of_type(kept, "state_visit"))


# ------------------------------------------------ relatives and firms named like leaders
def test_a_junior_or_a_firm_is_not_the_leader() -> None:
    junior = run(
        "Agency says it will review Trump Jr.'s sheep hunt in Mongolia",
        "Animal conservation activists said Donald Trump Jr. might have violated a federal "
        "wildlife anti-trafficking law when he killed a rare sheep during a recent trip to "
        "Mongolia.",
        date(2019, 12, 18),
    )
    assert of_type(junior, "state_visit") == []
    firm = run(
        "Trump meets executives",
        "Seated around the conference table were the top executives from Dell Technologies, "
        "Ford Motor Co., Under Armour Inc., Johnson & Johnson, U.S. Steel Corp. and Corning Inc.",
        date(2017, 1, 23),
    )
    assert of_type(firm, "leaders_meeting") == []
    kept = run(
        "Trump returns",
        "Trump returned late Saturday from his two-day trip to Argentina, where trade was a "
        "focal point of many of his meetings.",
        date(2018, 12, 3),
    )
    assert countries(one(kept, "state_visit"), "visitor") == {"USA"}


def test_a_person_named_like_a_small_country_is_no_party() -> None:
    body = (
        "At a Passcode event during the conference, however, former White House Homeland "
        "Security Adviser Lisa Monaco said there are signs the Trump administration may follow "
        "the Obama playbook."
    )
    assert of_type(run("Cyber policy", body, date(2017, 2, 16)), "leaders_meeting") == []


# ------------------------------------------------ topic countries are no parties
def test_countries_listed_after_a_place_are_places() -> None:
    body = (
        "Obama and Merkel said they discussed a number of other issues in their meeting Sunday, "
        "including the ongoing conflicts in Afghanistan, Libya and Syria."
    )
    ev = run("Obama in Germany", body, date(2016, 4, 25))
    assert not any(
        countries(e, "participants") & {"LBY", "SYR"} for e in of_type(ev, "leaders_meeting")
    )
    assert any(countries(e) >= {"USA", "DEU"} for e in of_type(ev, "leaders_meeting"))
    visits = run(
        "Trump in Asia",
        "Trump, who will also travel to South Korea, China, Vietnam, and the Philippines over "
        "the next week, again said that other countries have unfair trade practices.",
        date(2017, 11, 6),
    )
    hosts = set().union(*(countries(e, "host") for e in of_type(visits, "state_visit")))
    assert hosts >= {"KOR", "CHN", "VNM", "PHL"}
    # "his counterparts in Mexico and Canada": people, both parties
    deal = run(
        "USMCA",
        "Mr. Trump and his counterparts in Mexico and Canada signed the agreement on Nov. 30.",
        date(2018, 12, 3),
    )
    assert countries(one(deal, "agreement")) >= {"USA", "CAN"}


def test_what_talks_or_sanctions_are_over_is_no_party() -> None:
    testy = run(
        "Sessions meeting",
        "The meeting became \u201ctesty\u201d when the subject of Ukraine was broached, he said.",
        date(2017, 3, 3),
    )
    assert of_type(testy, "leaders_meeting") == []
    jet = run(
        "VA reform",
        "The shootdown of the jet over Ukraine, which yesterday prompted the president to "
        "announce tougher sanctions on Russia.",
        date(2014, 7, 30),
    )
    assert not any(countries(e, "imposer") == {"UKR"} for e in of_type(jet, "sanctions"))
    kept = run(
        "G20",
        "Meanwhile, Obama met on the sidelines with Putin to discuss the civil war in Syria.",
        date(2015, 11, 16),
    )
    assert countries(one(kept, "leaders_meeting"), "participants") == {"USA", "RUS"}


def test_a_candidates_campaign_and_linked_figures_are_no_parties() -> None:
    body = (
        "Mueller's investigation did find a total of 272 contacts between Trump's campaign team "
        "and Russia-linked operatives, including at least 38 meetings."
    )
    assert of_type(run("Roger Stone", body, date(2020, 7, 10)), "leaders_meeting") == []
    kept = run(
        "Obama and Xi",
        "Obama and Xi held a bilateral meeting before the speeches to reiterate their commitment "
        "to climate cooperation.",
        date(2015, 11, 30),
    )
    assert countries(one(kept, "leaders_meeting")) >= {"USA", "CHN"}


# ------------------------------------------------ threats, conditions and wishes
def test_a_withdrawal_weighed_or_threatened_is_not_cancelled() -> None:
    body = (
        "The White House is weighing whether to withdraw from a free trade agreement with South "
        "Korea, officials said."
    )
    for e in of_type(run("KORUS", body, date(2017, 9, 3)), "agreement"):
        assert e.status != "cancelled"
    kept = run(
        "Paris accord",
        "The Trump administration notified the United Nations on Monday that it will formally "
        "withdraw the US from the Paris Agreement, marking the first step in a one-year process.",
        date(2019, 11, 4),
    )
    assert one(kept, "agreement").status == "cancelled"


def test_a_deal_as_soon_as_it_is_reached_is_proposed() -> None:
    ev = run(
        "Trade talks",
        "China wants tariffs lifted as soon as an agreement is reached, while U.S. officials "
        "want to keep them as leverage.",
        date(2019, 4, 4),
    )
    assert one(ev, "agreement").status == "proposed"


def test_a_meeting_in_a_condition_or_ruled_out_is_no_meeting() -> None:
    for body in (
        "Even if Israel and the PA agree to meet and relaunch peace talks, the PA has no "
        "authority over Hamas-run Gaza.",
        "Council members could participate by teleconference, but only if Russia and other "
        "members were permitted to meet inside the U.N. Security Council chamber.",
        "Trade Representative Lighthizer has said there\u2019s no chance that the administration "
        "will reopen negotiations with Mexico and Canada.",
    ):
        assert of_type(run("News", body, date(2019, 6, 1)), "leaders_meeting") == [], body
    kept = run(
        "NAFTA",
        "The United States, Mexico and Canada are scheduled to hold a pivotal round of trade "
        "talks in Montreal from Jan. 23-28.",
        date(2018, 1, 10),
    )
    assert countries(one(kept, "leaders_meeting")) >= {"USA", "MEX", "CAN"}


# ------------------------------------------------ no visit: people's travel, "IS", "it was in"
def test_travel_by_a_countrys_people_or_an_impersonal_was_in_is_no_visit() -> None:
    for body in (
        "The Trump administration on Tuesday ended the most popular forms of U.S. travel to Cuba.",
        "Turkey is a reluctant partner in the US-led campaign to contain IS in Iraq and Syria.",
        "He acts abroad only with the approval of the council, as this was in America\u2019s "
        "\u201clong-term interest.\u201d",
    ):
        assert of_type(run("News", body, date(2019, 6, 5)), "state_visit") == [], body
    kept = run(
        "Obama in China",
        "In the statement, issued while Obama is in China for an Asian economic summit, the "
        "president noted the plan.",
        date(2014, 11, 11),
    )
    assert countries(one(kept, "state_visit"), "host") == {"CHN"}

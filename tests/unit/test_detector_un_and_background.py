"""Session 8 (h-recall8) cases: a leader at the UN General Assembly or on a visit to the U.N.
meets the UN; sanctions only described by "imposed on X over ..." are in force, not news;
"North America" is a region, not the United States. Sentences are real (unseen-D, G, I, dev
and corpus stories) unless a comment says how one was edited."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, run


def test_arriving_for_the_general_assembly_is_a_meeting_with_the_un() -> None:
    # unseen-I u662 (Reuters, 2011-09-19)
    ev = run(
        "Obama, Merkel speak about European debt crisis",
        "Obama arrived in New York on Monday for a gathering of the U.N. General Assembly.",
        date(2011, 9, 19),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "UN"}]
    assert meetings[0].status == "occurred"


def test_a_visit_to_the_un_has_no_host_country() -> None:
    # unseen-G u547 (2022-09-21): before, Russia (what the speech condemns) was the host
    ev = run(
        "Biden At UN To Call Russian War An Affront To Body's Charter",
        "White House officials say the crux of the president's visit to the U.N. this year will "
        "be a full-throated condemnation of Russia and its brutal war.",
        date(2022, 9, 21),
    )
    assert of_type(ev, "state_visit") == []
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "UN"}]


def test_on_his_visit_to_the_united_nations() -> None:
    # corpus 10973 (2019-09-25)
    ev = run(
        "News",
        "Trump, on his visit to the United Nations on Wednesday, scoffed that the Ukraine affair is "
        'a "witch hunt" and that Democrats are worried about being defeated in the 2020 election.',
        date(2019, 9, 25),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "UN"}]


def test_the_speaker_at_the_assembly_is_the_leader_named_right_before_it() -> None:
    # corpus 8799 (2017-09-22): Kim answers the speech, he does not attend it
    ev = run(
        "Trump responds after North Korea threatens hydrogen bomb test",
        "Kim's first-person statement was published by North Korea's state propaganda arm in "
        "response to Trump's fiery speech at the U.N. General Assembly on Tuesday.",
        date(2017, 9, 22),
    )
    meetings = of_type(ev, "leaders_meeting")
    assert [countries(e, "participants") for e in meetings] == [{"USA", "UN"}]


def test_a_leader_not_attending_the_assembly_meets_no_one_there() -> None:
    # corpus 8459 (2017-09-19): hard negative; the call stays
    ev = run(
        "In U.N. speech, Trump to call for international cooperation on North Korea",
        "Trump spoke by phone on Monday with Chinese President Xi Jinping, who is not attending "
        "the U.N. General Assembly.",
        date(2017, 9, 19),
    )
    assert of_type(ev, "leaders_meeting") == []
    assert [countries(e) for e in of_type(ev, "leader_call")] == [{"USA", "CHN"}]


def test_the_assembly_voting_is_no_meeting() -> None:
    # dev d111 (2024-07-28): hard negative, no one attends
    ev = run(
        "News",
        "While the UN General Assembly has passed resolutions condemning Russia’s invasion and "
        "demanding the withdrawal of its troops from Ukraine, similar resolutions at the UNSC have "
        "been vetoed by Russia, a permanent member of the group.",
        date(2024, 7, 28),
    )
    assert of_type(ev, "leaders_meeting") == []


_IRAN = (
    "Russia has been a reluctant backer of U.N. sanctions imposed on Iran over its nuclear "
    "program, which Tehran says is to generate electricity but which the West fears is to make "
    "bombs."
)


def test_sanctions_described_as_imposed_are_in_force_not_news() -> None:
    # unseen-I u673 (Reuters, 2008-10-21)
    ev = run('Russia, Iran, Qatar agree to form "big gas troika"', _IRAN, date(2008, 10, 21))
    assert of_type(ev, "sanctions") == []


def test_new_sanctions_imposed_on_a_country_are_news() -> None:
    # u673 edited: "new" makes them news (hard negative)
    body = _IRAN.replace("a reluctant backer of U.N.", "a backer of new U.N.")
    ev = run("News", body, date(2008, 10, 21))
    (sanction,) = of_type(ev, "sanctions")
    assert countries(sanction, "imposer") == {"UN"} and countries(sanction, "target") == {"IRN"}


def test_sanctions_imposed_in_a_main_clause_are_news() -> None:
    # u673 edited: a passive main clause, not a description (hard negative)
    body = "The United States said sanctions were imposed on Iran over its nuclear program."
    ev = run("News", body, date(2008, 10, 21))
    assert [countries(e, "target") for e in of_type(ev, "sanctions")] == [{"IRN"}]


def test_north_america_is_no_party_of_a_company_deal() -> None:
    # unseen-D u244: Shell's deal with Qatar; "North America" was read as the United States
    ev = run(
        "Qatar and Shell in $6bn gas deal",
        "Shell has signed a $6bn (£3.12bn) deal with the Middle Eastern sheikhdom of Qatar to "
        "supply liquid natural gas (LNG) to North America and Europe.",
    )
    assert of_type(ev, "agreement") == []


def test_north_americas_shores_are_no_summit_party() -> None:
    # corpus 3251 (2012-06-14)
    ev = run(
        "Obama's role limited in grappling with eurozone crisis",
        "Europe’s economic crisis comes to North America’s shores Monday and Tuesday in the form "
        "of the Group of 20 summit, a gathering of heads of state and finance ministers from the "
        "eurozone countries and other industrialized nations that will take place in Los Cabos, "
        "Mexico.",
        date(2012, 6, 14),
    )
    (meeting,) = of_type(ev, "leaders_meeting")
    assert "USA" not in countries(meeting)


def test_america_alone_is_still_the_united_states() -> None:
    # D u244 edited: the country itself (hard negative)
    ev = run("News", "America has signed a $6bn deal with Qatar to supply liquid natural gas.")
    assert [countries(e) for e in of_type(ev, "agreement")] == [{"USA", "QAT"}]


def test_a_recent_visit_is_news_in_a_clause_that_names_last_year() -> None:
    # unseen-G u535 (BBC, undated): the minister's trip "last year" is background, Putin's
    # "recent visit" in the same clause is not
    ev = run(
        "Indian oil firm eyes Yukos assets",
        "Indian oil minister Mani Shankar Aiyar discussed ONGC's plans during a trip to Moscow "
        "last year, and the topic came up again during Russian president Vladimir Putin's recent "
        "visit to New Delhi.",
    )
    visits = of_type(ev, "state_visit")
    assert [(countries(e, "visitor"), countries(e, "host")) for e in visits] == [({"RUS"}, {"IND"})]


def test_an_offer_made_last_week_is_news_whatever_round_it_recalls() -> None:
    # unseen-I u658 (Reuters, 2011-10-23)
    ev = run(
        "EU leaders threaten Iran and Syria with more sanctions",
        "The European warning to Iran came after EU foreign policy chief Catherine Ashton "
        "responded last week to an Iranian offer to resume talks by saying there must be no "
        "repeat of the last round in January, which ended with no progress.",
        date(2011, 10, 23),
    )
    (offer,) = of_type(ev, "summit_invitation")
    assert countries(offer, "inviter") == {"IRN"} and countries(offer, "invitee") == {"EU"}
    assert offer.status == "proposed"


def test_a_recent_visit_dated_months_back_stays_background() -> None:
    # corpus 6247 (2015-12-13): hard negative, "recent" but in September
    ev = run(
        "Pope Francis Plans Mexico-U.S. ‘Cross-Border’ Mass During Election Year",
        "During his recent visit to the United States in September, Pope Francis met with "
        "Hispanics and other immigrants where he publicly thanked those who have sought to serve "
        "God “by defending the cause of the poor and the immigrant.”",
        date(2015, 12, 13),
    )
    assert of_type(ev, "state_visit") == []

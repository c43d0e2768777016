"""Detector tests on real sentences of wire and news copy (no Kafka).

Sentences come from ``shared/eval/dev.jsonl`` and ``shared/corpus/stories.jsonl.gz``
(public news corpora); each test names the construction it covers.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from detector_cases import countries, one, run

from streams.detector import Story, detect
from streams.detector.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = SHARED / "eval" / "dev.jsonl"


def types(events: list) -> set[str]:
    return {e.type for e in events}


# ------------------------------------------------------------------ the seed story
def seed_record() -> dict:
    assert DEV.exists(), f"{DEV} is missing: the shared eval set must sit beside the repo"
    return json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])


def test_seed_story_gives_exactly_the_two_worked_example_events() -> None:
    rec = seed_record()
    events = detect(Story("d000", rec["headline"], rec["text"], datetime(2018, 3, 30), "Reuters"))
    assert sorted(e.type for e in events) == ["leader_call", "summit_invitation"]

    inv = one(events, "summit_invitation")
    assert inv.status == "proposed"
    assert {(a.name, a.country) for a in inv.actors if a.role == "inviter"} == {
        ("Donald Trump", "USA")
    }
    assert {(a.name, a.country) for a in inv.actors if a.role == "invitee"} == {
        ("Vladimir Putin", "RUS")
    }
    assert countries(inv, "venue") == {"USA"}
    assert inv.attribution.agency == "RIA Novosti"
    assert inv.attribution.sources == ("Russian Foreign Ministry", "Sergei Lavrov")
    assert inv.attribution.claimed_by == "RUS"
    assert (inv.cameo, inv.plover_category) == ("036", "AGREE")

    call = one(events, "leader_call")
    assert call.status == "occurred"
    assert {a.name for a in call.actors} == {"Donald Trump", "Vladimir Putin"}
    assert {a.role for a in call.actors} == {"participants"}
    assert call.date_text == "March 20" and call.date == "2018-03-20"
    assert not call.attribution.is_claim  # narrated as fact in the last sentence
    assert (call.cameo, call.plover_category, call.plover_mode) == ("041", "CONSULT", "phone")
    # evidence offsets point into headline + body
    text = f"{rec['headline']}\n\n{rec['text']}"
    for e in events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert text[e.evidence.trigger_start : e.evidence.trigger_end] == e.evidence.trigger


def test_detection_is_deterministic_byte_for_byte() -> None:
    rec = seed_record()
    story = Story("d000", rec["headline"], rec["text"], None)
    first = [json.dumps(e.to_dict(), sort_keys=True) for e in detect(story)]
    for _ in range(3):
        assert [json.dumps(e.to_dict(), sort_keys=True) for e in detect(story)] == first


# ------------------------------------------------------------------ per type
def test_leader_call_nominal_with_titles() -> None:
    ev = run(
        "Joe Biden Expresses Support For Cease-Fire In Call With Israeli Prime Minister Netanyahu",
        published=date(2021, 5, 17),
    )
    call = one(ev, "leader_call")
    assert countries(call) == {"USA", "ISR"}
    assert {a.rank for a in call.actors} == {"head_of_state", "head_of_government"}


def test_leader_call_counterpart_title_resolved_by_country() -> None:
    ev = run(
        "Six people found dead in luxury Thai hotel",
        "Miller said he did not know if the deaths came up during Secretary of State Antony Blinken’s call with his Thai counterpart, as the call may have taken place before the agency was aware of the deaths.",
        date(2024, 7, 18),
    )
    assert countries(one(ev, "leader_call")) == {"USA", "THA"}


def test_summit_invitation_accepted_possessive_inviter() -> None:
    ev = run("Kim Jong Un Accepts Trump's Invitation To Meet At DMZ", published=date(2019, 6, 30))
    inv = one(ev, "summit_invitation")
    assert inv.status == "accepted"
    assert countries(inv, "inviter") == {"USA"} and countries(inv, "invitee") == {"PRK"}
    assert "leaders_meeting" not in types(ev)  # the meeting is only the invitation's object


def test_summit_invitation_readiness_is_proposed() -> None:
    ev = run(
        "Kim Jong Un Says He's Ready To Meet With Trump Again In New Year's Speech",
        published=date(2019, 1, 1),
    )
    inv = one(ev, "summit_invitation")
    assert inv.status == "proposed"
    assert countries(inv, "inviter") == {"PRK"} and countries(inv, "invitee") == {"USA"}


def test_summit_invitation_passive_by() -> None:
    ev = run(
        "Putin invited to Washington",
        "Russian President Vladimir Putin was invited by U.S. President Donald Trump to visit Washington, the Kremlin said on Tuesday.",
        date(2018, 7, 20),
    )
    inv = one(ev, "summit_invitation")
    assert countries(inv, "inviter") == {"USA"} and countries(inv, "invitee") == {"RUS"}


def test_state_visit_title_only_pope_resolved_by_date() -> None:
    ev = run(
        "Pope Arrives In Iraq To Rally Christians Despite Pandemic", published=date(2021, 3, 5)
    )
    visit = one(ev, "state_visit")
    assert visit.status == "occurred"
    assert {(a.name, a.country, a.role) for a in visit.actors if a.role == "visitor"} == {
        ("Francis", "VAT", "visitor")
    } or countries(visit, "visitor") == {"VAT"}
    assert countries(visit) == {"VAT", "IRQ"}


def test_state_visit_cancelled() -> None:
    ev = run("Trump Calls Off Pompeo's North Korea Trip", published=date(2018, 8, 24))
    visit = one(ev, "state_visit")
    assert visit.status == "cancelled"
    assert countries(visit, "visitor") == {"USA"}


def test_leaders_meeting_planned_with_date() -> None:
    ev = run(
        "Biden to meet this week with families of American hostages in Gaza",
        "Biden is also expected to meet with Israeli Prime Minister Benjamin Netanyahu on Thursday, a US official said.",
        date(2024, 7, 24),
    )
    meeting = one(ev, "leaders_meeting")
    assert meeting.status == "planned"
    assert countries(meeting) == {"USA", "ISR"}
    assert meeting.date_text == "Thursday" and meeting.date == "2024-07-25"


def test_meeting_in_capital_implies_visit() -> None:
    ev = run(
        "Straw praises Kashmir moves",
        "On Monday the Pakistani president met Prime Minister Tony Blair at 10 Downing Street, on his first official visit to London.",
    )
    assert countries(one(ev, "leaders_meeting")) == {"PAK", "GBR"}
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"PAK"}


def test_agreement_signed_and_cancelled() -> None:
    ev = run(
        "Egypt and Israel seal trade deal",
        "Egypt and Israel have signed a trade protocol with the US, in a sign of a thaw in relations.",
    )
    assert one(ev, "agreement").status == "occurred"
    ev = run(
        "U.S. Formally Withdraws From 1987 Nuclear Pact With Russia", published=date(2019, 8, 2)
    )
    pact = one(ev, "agreement")
    assert pact.status == "cancelled" and countries(pact) == {"USA", "RUS"}


def test_agreement_denied() -> None:
    ev = run(
        "Contradicting Trump, Incoming Mexico Government Denies Making Deal To Host Asylum-Seekers With U.S.",
        published=date(2018, 11, 25),
    )
    assert one(ev, "agreement").status == "denied"


def test_expulsions_reciprocal_are_two_events() -> None:
    ev = run(
        "Russia Expels 23 British Diplomats As Crisis Over Nerve Toxin Attack Deepens",
        "The move, which was tougher than expected, followed Britain’s decision to expel 23 Russian diplomats over the Salisbury attack.",
        date(2018, 3, 17),
    )
    exp = [e for e in ev if e.type == "diplomatic_expulsion"]
    pairs = {
        (
            next(a.country for a in e.actors if a.role == "actor"),
            next(a.country for a in e.actors if a.role == "target"),
        )
        for e in exp
    }
    assert pairs == {("RUS", "GBR"), ("GBR", "RUS")}
    assert {e.status for e in exp} == {"occurred"}


def test_expulsion_planned() -> None:
    ev = run(
        "Russia To Expel U.S. Diplomats, Shut Down Consulate In 'Reciprocal' Action",
        published=date(2018, 3, 29),
    )
    exp = one(ev, "diplomatic_expulsion")
    assert exp.status == "planned"
    assert countries(exp, "actor") == {"RUS"} and countries(exp, "target") == {"USA"}


def test_sanctions_imposed_on_nationals() -> None:
    ev = run(
        "US sanctions alleged Russian hackers",
        "The US Treasury Department on Friday sanctioned two alleged members of a Russian cybercriminal gang.",
        date(2024, 7, 21),
    )
    s = one(ev, "sanctions")
    assert s.status == "occurred"
    assert countries(s, "imposer") == {"USA"} and countries(s, "target") == {"RUS"}


def test_sanctions_lifting_planned() -> None:
    ev = run(
        "EU China arms ban 'to be lifted'",
        "The EU embargo on arms exports to China is likely to be lifted in the next six months despite US objections, UK Foreign Secretary Jack Straw has said.",
    )
    s = one(ev, "sanctions")
    assert s.status == "planned" and s.cameo == "085"
    assert countries(s, "imposer") == {"EU"} and countries(s, "target") == {"CHN"}


# ------------------------------------------------------------------ constructions
def test_title_resolves_to_office_holder_on_story_date() -> None:
    gaz = Gazetteer.default()
    assert gaz.holder("USA", "head_of_state", date(2004, 6, 1)).name == "George W. Bush"
    assert gaz.holder("USA", "head_of_state", date(2018, 6, 1)).name == "Donald Trump"
    ev = run(
        "Leaders talk",
        "The U.S. president spoke by phone with his Russian counterpart on Friday.",
        date(2004, 6, 4),
    )
    call = one(ev, "leader_call")
    assert {a.name for a in call.actors} == {"George W. Bush", "Vladimir Putin"}


def test_person_missing_from_gazetteer_takes_country_from_title() -> None:
    ev = run(
        "Talks in Lusaka",
        "Zambian President Hakainde Hichilema met Chinese Foreign Minister Wang Yi in Lusaka on Monday.",
        date(2024, 1, 16),
    )
    meeting = one(ev, "leaders_meeting")
    names = {(a.name, a.country) for a in meeting.actors}
    assert ("Hakainde Hichilema", "ZMB") in names and ("Wang Yi", "CHN") in names


def test_pronoun_refers_to_leader_named_earlier() -> None:
    ev = run(
        "Brown visits slum on Africa trip",
        "Chancellor Gordon Brown has visited Kenya's biggest shantytown as he opened a week-long visit to Africa. He will see an HIV/Aids orphanage in Tanzania.",
    )
    visits = [e for e in ev if e.type == "state_visit"]
    assert {"KEN"} <= {c for v in visits for c in countries(v, "location")}
    assert all(countries(v, "visitor") == {"GBR"} for v in visits)


def test_former_officials_are_not_actors() -> None:
    ev = run(
        "Trump says he had ‘a very good phone call’ with Zelensky, discussed Russia-Ukraine war",
        "Former President Donald Trump said he “had a very good phone call” with Ukrainian President Volodymyr Zelensky on Friday.",
        date(2024, 7, 22),
    )
    assert "leader_call" not in types(ev)


# ------------------------------------------------------------------ hard negatives
@pytest.mark.parametrize(
    "headline,body,published",
    [
        (
            "Climber Dies On Everest As Death Toll In Himalayas Reaches 18",
            "Nepal said the climber died after reaching the summit of Mount Everest.",
            date(2019, 5, 26),
        ),
        (
            "Stanford University Expels Student With Fake Sailing Credentials Tied To Bribery Scandal",
            "",
            date(2019, 4, 8),
        ),
        (
            "Iraq to invite phone licence bids",
            "Iraq is to invite bids from foreign companies for mobile phone licences.",
            None,
        ),
        ("Biden Threatens Sanctions On Myanmar After Military Coup", "", date(2021, 2, 1)),
        (
            "German bidder in talks with LSE",
            "Deutsche Boerse has begun talks with the London Stock Exchange about a possible takeover.",
            None,
        ),
        (
            "Biden Invites 10 GOP Senators To White House To Discuss Smaller COVID-19 Relief Proposal",
            "",
            date(2021, 2, 1),
        ),
        (
            "Campaign 'cold calls' questioned",
            "Labour has been making cold calls to voters, the party said.",
            None,
        ),
        (
            "Peugeot deal boosts Mitsubishi",
            "Japanese carmaker Mitsubishi Motors has agreed a deal with French company Peugeot to supply cars.",
            None,
        ),
        (
            "Blair and Blunkett Sheffield trip",
            "Tony Blair visited Sheffield on Monday with Home Secretary David Blunkett.",
            None,
        ),
        (
            "UK set to cut back on embassies",
            "Britain is to close several embassies and consulates to save money, the Foreign Office said.",
            None,
        ),
    ],
)
def test_hard_negatives_give_no_event(headline: str, body: str, published: date | None) -> None:
    assert run(headline, body, published) == []


def test_domestic_meeting_needs_two_countries() -> None:
    assert (
        run(
            "Cabinet meets",
            "Prime Minister Tony Blair met his cabinet in Downing Street on Tuesday.",
        )
        == []
    )


def test_background_year_is_not_news() -> None:
    ev = run(
        "Cuba winds back economic clock",
        "The US embargo on Cuba was imposed in 1962 and tightened in 1996.",
        date(2004, 11, 10),
    )
    assert "sanctions" not in types(ev)


def test_organisation_official_is_an_actor_and_travels() -> None:
    ev = run(
        "Stoltenberg in Kyiv",
        "NATO Secretary-General Jens Stoltenberg met Ukrainian President Volodymyr Zelensky in Kyiv on Thursday.",
        date(2023, 4, 20),
    )
    meeting = one(ev, "leaders_meeting")
    assert ("Jens Stoltenberg", "NATO", "organisation") in {
        (a.name, a.country, a.rank) for a in meeting.actors
    }
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"NATO"} and countries(visit, "host") == {"UKR"}


def test_namesake_of_a_leader_is_not_the_leader() -> None:
    ev = run(
        "Headscarves",
        "Both Melania and Ivanka Trump eschewed headscarves during their recent visit to Saudi Arabia.",
        date(2017, 5, 22),
    )
    assert ev == []


def test_a_pope_in_rome_is_not_a_state_visit() -> None:
    ev = run(
        "Nuns meet the pope",
        "LCWR leaders met with Pope Francis later Thursday, during their annual visit to Rome.",
        date(2015, 4, 16),
    )
    assert "state_visit" not in types(ev)


def test_keyword_at_the_very_start_of_a_headline() -> None:
    ev = run("Meeting In Beijing: Putin Meets Xi", "", date(2019, 6, 5))
    assert countries(one(ev, "leaders_meeting")) == {"RUS", "CHN"}


@pytest.mark.parametrize(
    "headline,published,etype,status,sides",
    [
        (
            "Japan Recalls Ambassador To South Korea In Protest Over Statue",
            date(2017, 1, 6),
            "diplomatic_expulsion",
            "occurred",
            {"JPN", "KOR"},
        ),
        (
            "Turkey Summons U.S. Envoy Over Sanctions Threat",
            date(2018, 8, 2),
            "diplomatic_expulsion",
            "occurred",
            {"TUR", "USA"},
        ),
        (
            "China, Russia Sign Huge Gas Deal",
            date(2014, 5, 21),
            "agreement",
            "occurred",
            {"CHN", "RUS"},
        ),
        (
            "India And Pakistan Agree To Ceasefire Along Kashmir Border",
            date(2021, 2, 25),
            "agreement",
            "occurred",
            {"IND", "PAK"},
        ),
        (
            "Biden, Xi Talk By Video For Over Three Hours",
            date(2021, 11, 16),
            "leader_call",
            "occurred",
            {"USA", "CHN"},
        ),
        (
            "Macron Hosts Putin At Versailles",
            date(2017, 5, 29),
            "state_visit",
            "occurred",
            {"FRA", "RUS"},
        ),
        (
            "Merkel Declines Trump's Invitation To G7 Summit",
            date(2020, 5, 29),
            "summit_invitation",
            "declined",
            {"DEU", "USA"},
        ),
        (
            "Putin Accepts Invitation To Visit Japan",
            date(2016, 5, 6),
            "summit_invitation",
            "accepted",
            {"RUS", "JPN"},
        ),
        (
            "Qatar Cuts Ties With Saudi Arabia",
            date(2017, 6, 5),
            "diplomatic_expulsion",
            "occurred",
            {"QAT", "SAU"},
        ),
        (
            "Trump Calls Macron To Discuss Syria",
            date(2018, 4, 9),
            "leader_call",
            "occurred",
            {"USA", "FRA"},
        ),
        (
            "Trump To Host Japan's Abe At Mar-a-Lago",
            date(2018, 4, 10),
            "state_visit",
            "planned",
            {"USA", "JPN"},
        ),
    ],
)
def test_headline_constructions(
    headline: str, published: date, etype: str, status: str, sides: set[str]
) -> None:
    """Present-tense headline verbs, envoys named inside the trigger, hosting, declining."""
    ev = run(headline, "", published)
    e = one(ev, etype)
    assert e.status == status and countries(e) == sides
    if etype == "summit_invitation":
        # the summit or visit an invitation is about is not itself a planned event
        assert not types(ev) & {"leaders_meeting", "state_visit"}


@pytest.mark.parametrize(
    "headline,published",
    [
        ("Fox Cuts Ties With Guest Who Cited John McCain To Defend Torture", date(2018, 5, 11)),
        (
            "Trump Called Waffle House Hero James Shaw Jr. To Thank Him For Disarming Shooter",
            date(2018, 5, 14),
        ),
        (
            "Salt Lake City confirmed as host for the 2034 Winter Games by the International Olympic Committee",
            date(2024, 7, 25),
        ),
        ('Trump called Netanyahu a "great friend" and ally', date(2017, 5, 19)),
    ],
)
def test_more_hard_negatives(headline: str, published: date) -> None:
    assert run(headline, "", published) == []

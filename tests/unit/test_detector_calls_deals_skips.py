"""Recall families of round 10b: phone calls told without "phone call" ('talk on phone', 'on
the phone with', 'to hold calls with', 'will speak Thursday'), plural deals signed, deals
named before their participle ('a rescue plan agreed last week with'), summits skipped
(a declined invitation), sanctions relaxed and a country's goods banned. Sentences from the
unseen tuning sets and the corpus, with hard negatives."""

from __future__ import annotations

from datetime import date

import pytest
from detector_cases import countries, of_type, one, run

D2012 = date(2012, 6, 16)


@pytest.mark.parametrize(
    ("headline", "body", "published", "sides", "status"),
    [
        ("Hollande, Merkel talk on phone after tense week", "", D2012, {"FRA", "DEU"}, "occurred"),
        (
            "Deal pushed",
            "About an hour before Biden posted a letter making that announcement less than two "
            "weeks ago, he had been on the phone with his Slovenian counterpart to urge them to "
            "help push the deal over the finish line.",
            date(2024, 8, 2),
            {"USA", "SVN"},
            "occurred",
        ),
        (
            "Theresa May is skipping Davos, citing Brexit",
            "British Prime Minister Theresa May is also expected to hold calls with EU leaders "
            "in the coming days.",
            date(2019, 1, 17),
            {"GBR", "EU"},
            "planned",
        ),
        (
            "Biden, Putin To Hold Call Over Stepped Up Security Demands",
            "",
            date(2021, 12, 29),
            {"USA", "RUS"},
            "planned",
        ),
        (
            "Security demands",
            "President Joe Biden and Vladimir Putin will speak Thursday as the Russian leader "
            "has stepped up his demands for security guarantees in Eastern Europe.",
            date(2021, 12, 29),
            {"USA", "RUS"},
            "planned",
        ),
    ],
)
def test_call_phrasings(headline, body, published, sides, status):
    e = one(run(headline, body, published), "leader_call")
    assert countries(e) >= sides
    assert e.status == status


@pytest.mark.parametrize(
    "body",
    [
        # a speech on a named day, not a call
        "Obama will speak Thursday at the United Nations about Iran and Putin.",
        # one side only before the verb
        "Obama will speak Thursday about Iran.",
    ],
)
def test_will_speak_needs_two_leaders_and_no_venue(body):
    assert not of_type(run("Speech", body, D2012), "leader_call")


def test_plural_deals_signed():
    e = one(
        run(
            "Cuba, Venezuela sign deals",
            "Cuba and Venezuela signed cooperation deals worth nearly $3 billion on Saturday, "
            "underscoring Caracas' role as the communist-run island's closest political and "
            "commercial ally.",
            date(2010, 11, 8),
        ),
        "agreement",
    )
    assert countries(e) == {"CUB", "VEN"}
    assert e.status == "occurred"


@pytest.mark.parametrize(
    "body",
    [
        # corpus: deals named in passing, not signed
        "Clinton pushed for congressional approval of free trade deals with South Korea, "
        "Colombia and Panama.",
        "Officials from the World Health Organization, U.N. and Britain all approached "
        "Phoenix to sign exclusive deals, records show.",
        "He agreed with Mr. Trump that most trade deals — including China's membership in "
        "the World Trade Organization — backfired on the U.S.",
    ],
)
def test_plural_deals_not_signed(body):
    assert not of_type(run("Trade", body, date(2016, 5, 1)), "agreement")


def test_deal_before_its_participle():
    e = one(
        run(
            "Greek unions strike",
            "Unionists have vowed to stop the pension reform, a key condition in a financial "
            "rescue plan for Greece agreed last week with the euro zone and the International "
            "Monetary Fund (IMF).",
            date(2010, 5, 10),
        ),
        "agreement",
    )
    assert countries(e) >= {"GRC", "IMF"}


def test_participle_needs_two_sides():
    body = "The plan agreed by the cabinet on Monday cuts spending in France."
    assert not of_type(run("Budget", body, D2012), "agreement")


@pytest.mark.parametrize(
    ("headline", "body", "published", "invitee"),
    [
        ("Lula skips G20 summit due to deadly Brazil floods", "", date(2010, 6, 25), "BRA"),
        (
            "Lula stays home",
            "Brazilian President Lula is missing the two-day summit of the Group of 20 in Toronto.",
            date(2010, 6, 26),
            "BRA",
        ),
        (
            "Ukraine-Russia gas price talks postponed",
            "Ushakov said Yanukovich would also not attend a meeting this week of a customs "
            "union planned between Russia, Belarus and Kazakhstan.",
            date(2012, 12, 18),
            "UKR",
        ),
        (
            "Johnson skips meeting",
            "Foreign Secretary Boris Johnson skipped an emergency meeting of EU foreign "
            "ministers on Sunday to discuss the U.S. election.",
            date(2016, 11, 14),
            "GBR",
        ),
    ],
)
def test_skipped_summit_is_a_declined_invitation(headline, body, published, invitee):
    e = one(run(headline, body, published), "summit_invitation")
    assert e.status == "declined"
    assert countries(e, "invitee") == {invitee}


@pytest.mark.parametrize(
    "body",
    [
        "Obama threatened to skip the summit in Moscow.",
        "Obama may skip the summit in Moscow.",
        # "willing to" is no "will not attend"
        "N. Korea says it is willing to talk to the United States at any time.",
    ],
)
def test_skips_weighed_are_not_declines(body):
    declined = [
        e
        for e in of_type(run("Summit", body, D2012), "summit_invitation")
        if e.status == "declined"
    ]
    assert not declined


def test_relaxed_sanctions_are_an_easing():
    e = one(
        run(
            "U.S. to ease Iran sanctions",
            "The United States was set to relax sanctions on Iran on Thursday to allow American "
            "companies to sell mobile phones, software and other technology, two U.S. officials "
            "said.",
            date(2013, 5, 30),
        ),
        "sanctions",
    )
    assert countries(e, "target") == {"IRN"}
    assert e.status == "planned"


def test_banning_a_countrys_oil_is_an_embargo():
    e = one(
        run(
            "Oil prices",
            "The European Union has raised pressure on Iran, OPEC's second-largest producer, "
            "over its nuclear program by banning Iranian oil from July 1.",
            date(2012, 3, 5),
        ),
        "sanctions",
    )
    assert countries(e, "imposer") == {"EU"}
    assert countries(e, "target") == {"IRN"}

"""False-alarm families of round 11a: sanctions asked of others, voted by a legislature,
ruled on by a court, threatened by a ready side or dated long before; talks still to be
decided on, only made possible or summed up as months of negotiations; business
delegations, the first lady and permanent missions as travellers; calls in an if-clause,
missed or transcribed; invitations only sought or to perform; a company's signed deal.
Also recall: 'offers to host summit' and 'cutting diplomatic ties with'. Sentences from
the tuning sets, with hard positives."""

from __future__ import annotations

from datetime import date

import pytest
from detector_cases import countries, of_type, one, run


@pytest.mark.parametrize(
    ("headline", "body", "published", "etype"),
    [
        (
            "Senate panel backs China bank sanctions",
            "WASHINGTON (Reuters) - The U.S. Senate Banking Committee unanimously backed new "
            "sanctions targeting Chinese banks that do business with North Korea on Tuesday.",
            date(2017, 11, 7),
            "sanctions",
        ),
        (
            "Iran rial slumps",
            "The United States and its allies have imposed sanctions since the beginning of the "
            "year over Tehran's nuclear activities.",
            date(2012, 9, 9),
            "sanctions",
        ),
        (
            "EU court annuls Iran sanctions",
            "BRUSSELS (Reuters) - A European Union court ruled on Friday that the EU should lift "
            "sanctions it imposed against seven Iranian companies.",
            date(2013, 9, 6),
            "sanctions",
        ),
        (
            "Canada ready to retaliate",
            "OTTAWA (Reuters) - Canada is prepared to impose sanctions of up to C$1 billion a year "
            "against the United States unless it complies with a WTO order to redesign its meat "
            "labels.",
            date(2013, 4, 9),
            "sanctions",
        ),
        (
            "G8 ministers to meet",
            "OTTAWA (Reuters) - Canada will press the Group of Eight leading industrialized "
            "nations to tighten United Nations sanctions on Iran.",
            date(2010, 3, 28),
            "sanctions",
        ),
        (
            "G8 ministers to meet",
            "The United States wants the council to impose a fourth round of sanctions against "
            "Iran but needs the agreement of China.",
            date(2010, 3, 28),
            "sanctions",
        ),
        (
            "G8 ministers to meet",
            "The United Nations imposed new sanctions last year after North Korea detonated a "
            "device in May.",
            date(2010, 3, 28),
            "sanctions",
        ),
        (
            "The Controversy Over Trump And Russia Sanctions Isn't Going Away",
            "",
            date(2018, 2, 1),
            "sanctions",
        ),
        (
            "IMF agrees fresh Turkey funding",
            "The EU will decide on 17 December whether to begin entry talks with Turkey.",
            date(2004, 12, 1),
            "leaders_meeting",
        ),
        (
            "Royal assent given",
            "The Queen's signature means that British Prime Minister Theresa May is now able to "
            "trigger Article 50, allowing formal talks to begin between Downing Street and the "
            "EU's 27 member states on the terms of Brexit.",
            date(2017, 3, 16),
            "leaders_meeting",
        ),
        (
            "PSA in capital hike talks",
            "A French delegation of executives, government officials and bankers is heading to "
            "China for talks to prepare an outline for a deal, three sources said.",
            date(2013, 10, 11),
            "state_visit",
        ),
        (
            "Melania Trump's Outfit During Africa Trip",
            '"I\'ll need a colonizer outfit," one Twitter user imagined the first lady saying as '
            "she visited Kenya.",
            date(2018, 10, 6),
            "state_visit",
        ),
        (
            "Adviser recalls dinner",
            "Trump told aides that if Putin wants a call with Trump they should put him through.",
            date(2020, 8, 27),
            "leader_call",
        ),
        (
            "Trump Once Freaked Out After Missing A Call With Putin",
            "",
            date(2020, 8, 27),
            "leader_call",
        ),
        (
            "Transcript tease",
            "Twitter critics poured scorn on Trump's announcement he'll release a transcript of "
            "his first phone call with Ukrainian President Volodymyr Zelensky.",
            date(2019, 11, 12),
            "leader_call",
        ),
        (
            "Concert diplomacy",
            "North Korea's invitation to play a concert came as the reclusive communist country "
            "was starting to see a thaw in relations with the United States.",
            date(2008, 2, 26),
            "summit_invitation",
        ),
        (
            "Canada Gives Russian Letter A Scathing Rewrite",
            "The Russian envoy's letter about Ukraine received a blistering edit in red from "
            "Canada's mission to the United Nations.",
            date(2022, 3, 10),
            "state_visit",
        ),
        (
            "Likely new Eurogroup head wants to move on from crisis-fighting",
            "Dutch Finance Minister Jeroen Dijsselbloem is likely to be named Eurogroup head. "
            "Dijsselbloem said he would push to be invited to meetings of finance ministers and "
            "central bankers from the world's 20 biggest economies, the G20.",
            date(2013, 1, 21),
            "summit_invitation",
        ),
        (
            "Prisoner swap",
            "The massive swap was the result of months of complicated behind-the-scenes "
            "negotiations involving the US, Russia and Germany and several other countries.",
            date(2024, 8, 1),
            "leaders_meeting",
        ),
        (
            "Rosneft to supply China",
            "The revelation came as the Russian government said Rosneft had signed a long-term "
            "oil supply deal with China.",
            date(2013, 6, 21),
            "agreement",
        ),
    ],
)
def test_not_an_event(headline: str, body: str, published: date, etype: str) -> None:
    assert of_type(run(headline, body, published), etype) == []


def test_signed_sanctions_law_still_counts() -> None:
    e = one(
        run(
            "Obama signs Iran sanctions",
            "President Barack Obama on Saturday signed into law new sanctions against financial "
            "institutions dealing with Iran's central bank.",
            date(2012, 1, 1),
        ),
        "sanctions",
    )
    assert "IRN" in countries(e, "target")


def test_dated_news_sanctions_still_count() -> None:
    e = one(
        run(
            "EU tightens Syria sanctions",
            "The European Union already tightened sanctions against Syria this month.",
            date(2011, 12, 1),
        ),
        "sanctions",
    )
    assert countries(e, "target") == {"SYR"}


def test_announced_accession_talks_stay_a_meeting() -> None:
    e = one(
        run(
            "EU to open talks",
            "The EU has also announced that it will start accession talks with Croatia in April.",
            date(2004, 12, 17),
        ),
        "leaders_meeting",
    )
    assert {"EU", "HRV"} <= countries(e)


def test_official_delegation_still_travels() -> None:
    e = one(
        run(
            "Trade talks",
            "A U.S. delegation of trade officials is expected to travel to Beijing next week.",
            date(2019, 1, 2),
        ),
        "state_visit",
    )
    assert countries(e, "visitor") == {"USA"}


def test_government_deal_still_counts() -> None:
    e = one(
        run(
            "Russia, China sign deal",
            "The Russian government signed a long-term oil supply deal with China on Friday.",
            date(2013, 6, 21),
        ),
        "agreement",
    )
    assert countries(e) == {"RUS", "CHN"}


def test_imf_mission_still_travels() -> None:
    e = one(
        run(
            "Greek talks",
            "An IMF mission to Athens will begin talks with Greek officials on Monday.",
            date(2012, 7, 20),
        ),
        "state_visit",
    )
    assert countries(e, "host") == {"GRC"}


def test_invited_to_talks_still_counts() -> None:
    e = one(
        run(
            "Invitation",
            "Chinese President Xi Jinping has invited U.S. President Donald Trump to visit China "
            "later this year.",
            date(2017, 4, 8),
        ),
        "summit_invitation",
    )
    assert countries(e, "inviter") == {"CHN"} and countries(e, "invitee") == {"USA"}


def test_offer_to_host_summit_is_proposed() -> None:
    e = one(
        run("U.N. offers to host summit, Canada cautious", "", date(2008, 10, 18)),
        "summit_invitation",
    )
    assert e.status == "proposed"
    assert "UN" in countries(e, "inviter")


def test_cutting_diplomatic_ties_is_an_expulsion() -> None:
    e = one(
        run(
            "Brent crude above $112",
            "Those moves were further stoked by news that the United States was imposing "
            "sanctions and cutting diplomatic ties with Libya as Muammar Gaddafi's security "
            "forces cracked down against a widening revolt.",
            date(2011, 2, 25),
        ),
        "diplomatic_expulsion",
    )
    assert countries(e, "actor") == {"USA"} and countries(e, "target") == {"LBY"}

"""Enrichment: priority rules, tags, summaries that keep claims as claims, links."""

from __future__ import annotations

from typing import Any

import pytest

from streams import enrich


def actor(name: str, country: str, role: str, rank: str = "head_of_state") -> dict[str, Any]:
    return {
        "text": name,
        "name": name,
        "id": name.lower().replace(" ", "-"),
        "country": country,
        "role": role,
        "rank": rank,
    }


def event(etype: str = "summit_invitation", **kw: Any) -> dict[str, Any]:
    doc = {
        "type": etype,
        "status": "proposed",
        "actors": [
            actor("Donald Trump", "USA", "inviter"),
            actor("Vladimir Putin", "RUS", "invitee"),
            actor("White House", "USA", "venue", "government"),
        ],
        "location": None,
        "attribution": {
            "agency": "RIA Novosti",
            "sources": ["Russian Foreign Ministry"],
            "claimed_by": "RUS",
        },
    }
    doc.update(kw)
    return doc


@pytest.mark.parametrize(
    ("ev", "novel", "count", "expected"),
    [
        (event(), True, 1, "P1"),  # heads of state + novel pair
        (event(), False, 1, "P2"),  # heads of state, pair already in the news
        (event(), False, 3, "P1"),  # ... corroborated by three agencies
        (
            event(
                "diplomatic_expulsion",
                actors=[
                    actor("Russia", "RUS", "actor", "government"),
                    actor("United Kingdom", "GBR", "target", "government"),
                ],
            ),
            True,
            1,
            "P2",
        ),
        (
            event(
                "leader_call",
                actors=[
                    actor("A Minister", "FRA", "participants", "minister"),
                    actor("B Minister", "DEU", "participants", "minister"),
                ],
            ),
            False,
            1,
            "P3",
        ),
        (
            event(
                "leader_call",
                actors=[
                    actor("Sergei Lavrov", "RUS", "participants", "foreign_minister"),
                    actor("Rex Tillerson", "USA", "participants", "foreign_minister"),
                ],
            ),
            True,
            1,
            "P2",
        ),
    ],
)
def test_priority_rules(ev: dict, novel: bool, count: int, expected: str) -> None:
    level, reasons = enrich.priority(ev, novel_pair=novel, corroboration_count=count)
    assert level == expected, reasons
    assert ("novel_actor_pair" in reasons) == novel
    assert ("corroborated" in reasons) == (count >= 3)


def test_venue_rank_does_not_count() -> None:
    ev = event(
        actors=[
            actor("X Official", "FRA", "inviter", "official"),
            actor("Y Official", "DEU", "invitee", "official"),
            actor("Some Palace", "GBR", "venue", "head_of_state"),
        ]
    )
    assert enrich.priority(ev, novel_pair=False, corroboration_count=1)[0] == "P3"


def test_tags_have_countries_regions_desks() -> None:
    tags = enrich.tags(event())
    assert tags["countries"] == ["RUS", "USA"]
    assert len(tags["regions"]) >= 1 and len(tags["desks"]) >= 2


def test_tags_for_organisations() -> None:
    ev = event(
        "sanctions",
        actors=[
            actor("EU", "EU", "imposer", "organisation"),
            actor("Russia", "RUS", "target", "government"),
        ],
    )
    tags = enrich.tags(ev)
    assert "EU" in tags["countries"]
    assert tags["desks"]


def test_summary_words_a_claim_as_a_claim() -> None:
    text = enrich.summary(event())
    assert text.startswith("Donald Trump (USA) invites Vladimir Putin (RUS) to White House (USA)")
    assert "[proposed]" in text
    assert "according to Russian Foreign Ministry" in text
    assert "reported by RIA Novosti" in text


def test_summary_of_a_plain_fact() -> None:
    ev = event(
        "leader_call",
        status="occurred",
        actors=[
            actor("Donald Trump", "USA", "participants"),
            actor("Vladimir Putin", "RUS", "participants"),
        ],
        attribution={"agency": None, "sources": [], "claimed_by": None},
    )
    assert (
        enrich.summary(ev) == "Call between Donald Trump (USA) and Vladimir Putin (RUS) [occurred]"
    )


def test_links_point_to_siblings_only() -> None:
    siblings = [
        {
            "index": 0,
            "event": {"type": "leader_call"},
            "decision": {"event_key": "k0", "alert_id": "a" * 32},
        },
        {
            "index": 1,
            "event": {"type": "summit_invitation"},
            "decision": {"event_key": "k1", "alert_id": "b" * 32},
        },
    ]
    assert enrich.links(1, siblings) == [
        {"relation": "same_story", "type": "leader_call", "event_key": "k0", "alert_id": "a" * 32}
    ]
    assert enrich.links(0, siblings[:1]) == []

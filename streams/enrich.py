"""Enrich stage: priority, desk/region tags, a one-line summary and links between alerts.

Priority rules (points, then ``P1`` >= 3, ``P2`` = 2, ``P3`` <= 1):

=========================================================  ======
highest-ranked party is a head of state or government      +2
highest-ranked party is a foreign minister                 +1
type changes relations: expulsion, sanctions, agreement    +1
novel actor pair: no other story about these parties in
the dedupe window (any event type)                         +1
corroborated by 3 or more agencies                         +1
=========================================================  ======

So "Trump invited Putin" (heads of state, first story about the pair) is ``P1``; a first
report of one government expelling another's diplomats is ``P2``; a call between two
ministers already in the news is ``P3``. Every alert lists the reasons that scored.

Tags: the countries of the actors (ISO 3166-1 alpha-3 or organisation codes), and the
``region`` and ``desk`` of each, read from the detector's gazetteer
(``streams/detector/data/countries.json`` / ``organisations.json``) with a small built-in
map as fallback.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "detector" / "data"

RANK_POINTS = {"head_of_state": 2, "head_of_government": 2, "foreign_minister": 1}
RELATION_TYPES = frozenset({"diplomatic_expulsion", "sanctions", "agreement"})
CORROBORATION_THRESHOLD = 3

# iso3/org code -> (region, desk); used when the gazetteer has no entry.
_FALLBACK_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("Americas", "Americas", "USA CAN MEX BRA ARG CHL COL VEN CUB PER ECU BOL"),
    (
        "Europe",
        "Europe",
        "GBR FRA DEU ITA ESP PRT NLD BEL POL SWE NOR FIN DNK IRL AUT CHE GRC HUN CZE ROU BGR "
        "SRB HRV GIB VAT",
    ),
    ("Europe", "Russia & CIS", "RUS UKR BLR MDA GEO ARM AZE KAZ UZB TKM KGZ TJK"),
    (
        "Asia",
        "Asia-Pacific",
        "CHN JPN KOR PRK TWN HKG MNG IND PAK BGD AFG LKA NPL IDN MYS SGP THA VNM PHL MMR KHM LAO",
    ),
    ("Oceania", "Asia-Pacific", "AUS NZL FJI PNG"),
    (
        "Middle East",
        "Middle East & Africa",
        "ISR PSE IRN IRQ SYR LBN JOR SAU ARE QAT KWT OMN YEM BHR TUR EGY",
    ),
    (
        "Africa",
        "Middle East & Africa",
        "ZAF NGA KEN ETH SDN SSD LBY TUN DZA MAR GHA SEN COD UGA TZA ZWE SOM MLI NER RWA",
    ),
    (
        "International",
        "International",
        "UN EU NATO AU ASEAN G7 G20 WTO IAEA OPEC WHO IMF OSCE GCC SCO BRICS CIS OAS COE",
    ),
)
_FALLBACK_GEO: dict[str, tuple[str, str]] = {
    code: (region, desk) for region, desk, codes in _FALLBACK_GROUPS for code in codes.split()
}


@lru_cache(maxsize=1)
def geo_table() -> dict[str, tuple[str, str]]:
    """code -> (region, desk): the gazetteer's data over the built-in fallback."""
    table = dict(_FALLBACK_GEO)
    countries = DATA_DIR / "countries.json"
    if countries.exists():
        doc = json.loads(countries.read_text(encoding="utf-8"))
        for c in doc.get("countries", []):
            code = c.get("iso3") or c.get("code")
            if code and (c.get("region") or c.get("desk")):
                region = c.get("region") or table.get(code, ("", ""))[0]
                table[code] = (region, c.get("desk") or region)
    orgs = DATA_DIR / "organisations.json"
    if orgs.exists():
        doc = json.loads(orgs.read_text(encoding="utf-8"))
        for o in doc.get("organisations", []):
            if o.get("code"):
                table[o["code"]] = (
                    o.get("region", "International"),
                    o.get("desk", "International"),
                )
    return table


def tags(event: dict[str, Any]) -> dict[str, list[str]]:
    """Countries, regions and desks of the event's actors (sorted, unique)."""
    countries = sorted({a["country"] for a in event.get("actors", []) if a.get("country")})
    geo = geo_table()
    regions = sorted({geo[c][0] for c in countries if c in geo and geo[c][0]})
    desks = sorted({geo[c][1] for c in countries if c in geo and geo[c][1]})
    return {"countries": countries, "regions": regions, "desks": desks}


def priority(
    event: dict[str, Any], *, novel_pair: bool, corroboration_count: int
) -> tuple[str, list[str]]:
    """(``P1``/``P2``/``P3``, the reasons that scored) per the module's rules."""
    reasons: list[str] = []
    points = 0
    parties = [a for a in event.get("actors", []) if a.get("role") not in ("venue", "location")]
    best = max((RANK_POINTS.get(a.get("rank", ""), 0) for a in parties), default=0)
    if best == 2:
        reasons.append("head_of_state_or_government")
    elif best == 1:
        reasons.append("foreign_minister")
    points += best
    if event.get("type") in RELATION_TYPES:
        points += 1
        reasons.append("relations_changing_type")
    if novel_pair:
        points += 1
        reasons.append("novel_actor_pair")
    if corroboration_count >= CORROBORATION_THRESHOLD:
        points += 1
        reasons.append("corroborated")
    level = "P1" if points >= 3 else "P2" if points == 2 else "P3"
    return level, reasons


def _names(event: dict[str, Any], *roles: str) -> str:
    out = [
        f"{a['name']} ({a['country']})" for a in event.get("actors", []) if a.get("role") in roles
    ]
    return " and ".join(out) if len(out) <= 2 else ", ".join(out[:-1]) + " and " + out[-1]


_TEMPLATES: dict[str, str] = {
    "summit_invitation": "{inviter} invites {invitee}",
    "leader_call": "call between {participants}",
    "state_visit": "{visitor} visits {host}",
    "leaders_meeting": "meeting of {participants}",
    "agreement": "agreement between {parties}",
    "diplomatic_expulsion": "{actor} expels or downgrades ties with {target}",
    "sanctions": "{imposer} sanctions {target}",
}


def summary(event: dict[str, Any]) -> str:
    """One human line; a one-sided claim is presented as a claim ("according to ...")."""
    etype = event.get("type", "")
    roles = {
        r: _names(event, r)
        for r in [
            "inviter",
            "invitee",
            "venue",
            "participants",
            "visitor",
            "host",
            "location",
            "parties",
            "mediator",
            "actor",
            "target",
            "imposer",
        ]
    }
    if not roles["host"]:
        roles["host"] = roles["location"] or event.get("location") or "?"
    text = _TEMPLATES.get(etype, etype).format(**{k: v or "?" for k, v in roles.items()})
    if etype == "summit_invitation" and roles["venue"]:
        text += f" to {roles['venue']}"
    if etype == "leaders_meeting" and (roles["location"] or event.get("location")):
        text += f" in {roles['location'] or event.get('location')}"
    if etype == "agreement" and roles["mediator"]:
        text += f", mediated by {roles['mediator']}"
    text = f"{text[:1].upper()}{text[1:]} [{event.get('status', '?')}]"
    attribution = event.get("attribution") or {}
    cited = [s for s in attribution.get("sources", []) if s]
    if cited:
        text += f", according to {', '.join(cited)}"
    elif attribution.get("claimed_by"):
        text += f", according to {attribution['claimed_by']}"
    if attribution.get("agency"):
        text += f" (reported by {attribution['agency']})"
    return text


def links(own_index: int, siblings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Links to the other events of the same story (``siblings``: gathered decisions).

    Each link names the sibling's event key and the alert that represents it: the alert the
    story produced, or the event's latest alert when the story only repeated it.
    """
    out = []
    for sib in sorted(siblings, key=lambda s: s["index"]):
        if sib["index"] == own_index:
            continue
        decision = sib["decision"]
        out.append(
            {
                "relation": "same_story",
                "type": sib["event"]["type"],
                "event_key": decision["event_key"],
                "alert_id": decision["alert_id"],
            }
        )
    return out

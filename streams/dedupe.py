"""Dedupe and corroborate: decide whether a detected event gives an alert (pure functions).

Keys
    ``pair_key``   sorted ids of the event's parties (venue/location actors left out, except
                   the location of a state visit, which tells two visits apart). The
                   internal events topic is keyed by it and the ``sightings`` table is keyed
                   by it, so every story about the same parties -- and therefore every story
                   of one event -- meets in one partition. Keying by the actor set rather than
                   by type lets the same entry answer "is this actor pair new in the window?"
                   (an enrichment input) without another repartition.
    ``event_key``  ``type|pair_key|bucket``: the identity of one event, the Kafka key of its
                   alerts. ``bucket`` is the event's resolved date (``YYYY-MM-DD``) when the
                   detector gave one, else the UTC day of the first story that reported it.

Matching
    Inside a table entry a sighting joins an *occurrence* of the same type when both are
    within ``window`` seconds of the occurrence's first story (story ``published`` time, or
    the Kafka timestamp when the story has none) and their dates do not conflict (equal, or
    one side undated). One agency saying "spoke by phone on Tuesday" and another "held a
    call" therefore corroborate each other instead of producing two alerts.

Outcomes (:class:`Decision.kind`)
    ``new``        first sighting: alert status ``new``, sequence 0.
    ``update``     the sighting brings new information: another agency (corroboration count
                   +1) or a status not seen before (``proposed`` -> ``accepted``), including a
                   corrected story (same id, higher version) that changes the status.
    ``suppressed`` a pure repeat: the same story again (re-sent, or a correction with the same
                   or an older version: event-level dedupe, no per-story version table), or
                   the same agency with a status already alerted.
    ``replay``     the same event of the same input message (topic/partition/offset and
                   the event's index in the story) processed again after a crash or
                   rebalance (at-least-once): the alert it produced is rebuilt with the same
                   ``alert_id``, so downstream duplicates are harmless.

``alert_id`` is ``sha256(event_key#origin#sequence)`` (32 hex chars; origin = first story): stable across replays and
restarts because the sequence lives in the changelog-backed table.

Bounds
    Occurrences older than ``window`` (wall clock since their last change) are dropped when
    the entry is next written, and :func:`expired` lets a timer delete whole stale entries.
    An occurrence keeps at most :data:`MAX_SOURCES` alerting sources.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

NON_PARTY_ROLES = frozenset({"venue", "location"})
MAX_SOURCES = 100


def _identity_roles_excluded(event_type: str) -> frozenset[str]:
    # A visit is defined by where it goes: "Straw visits China" and "Straw visits Japan"
    # are two events, so a visit's location is part of its identity.
    return frozenset() if event_type == "state_visit" else NON_PARTY_ROLES


def party_ids(event: dict[str, Any]) -> list[str]:
    """Sorted unique ids of the actors that identify the event.

    The parties: venues and locations are left out, except a visit's location.
    """
    excluded = _identity_roles_excluded(event.get("type", ""))
    ids = {a["id"] for a in event.get("actors", []) if a.get("role") not in excluded}
    if not ids:  # degenerate event: fall back to every actor
        ids = {a["id"] for a in event.get("actors", [])}
    return sorted(ids)


# One-way measures: Britain expelling Russians and Russia expelling Britons are two events.
DIRECTED = {"diplomatic_expulsion": ("actor",), "sanctions": ("imposer",)}


def direction(event: dict[str, Any]) -> str:
    """For one-way types, the ids of the acting side ('' for the others)."""
    roles = DIRECTED.get(event.get("type", ""))
    if not roles:
        return ""
    return "+".join(sorted({a["id"] for a in event.get("actors", []) if a.get("role") in roles}))


def pair_key(event: dict[str, Any]) -> str:
    """Partition/table key: the sorted party ids joined by ``+``."""
    return "+".join(party_ids(event))


def event_key(event_type: str, pair: str, bucket: str) -> str:
    return f"{event_type}|{pair}|{bucket}"


def pair_of_event_key(key: bytes) -> bytes:
    """The ``pair_key`` inside an ``event_key``: its second field (actor ids are slugs, ISO
    codes and organisation short names, never with a ``|``)."""
    return key.split(b"|", 2)[1]


def alert_id(key: str, sequence: int, origin: str = "") -> str:
    """Deterministic alert id of the ``sequence``-th alert (0 = ``new``) of one event.

    ``origin`` is the first story of this occurrence ("story_id@version"): the same event key
    reported again after the dedupe window expired starts a new occurrence, whose alerts must
    not reuse the ids of the earlier one.
    """
    base = f"{key}#{sequence}" if not origin else f"{key}#{origin}#{sequence}"
    return hashlib.sha256(base.encode()).hexdigest()[:32]


def _origin(occ: dict[str, Any]) -> str:
    first = occ["sources"][0] if occ.get("sources") else None
    return occ.get("origin") or (f"{first['story_id']}@{first['version']}" if first else "")


def day_of(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).date().isoformat()


@dataclass(frozen=True)
class Sighting:
    """One detected event in one story, as the dedupe stage sees it."""

    type: str
    status: str
    pair: str
    date: str | None  # resolved ISO date of the event, if any
    ref_time: float  # story published time, else Kafka timestamp (epoch seconds)
    agency: str
    story_id: str
    version: int
    msg: str  # "topic:partition:offset#event-index": the input message and event in it
    direction: str = ""  # acting side of a one-way event (see ``direction``)


@dataclass
class Decision:
    """What the dedupe stage decided for one sighting."""

    kind: str  # new | update | replay | suppressed
    event_key: str
    sequence: int  # sequence of the alert produced (or of the latest alert when suppressed)
    alert_id: str  # id of the alert produced, or of the latest alert of the event
    corroboration_count: int
    sources: list[dict[str, Any]] = field(default_factory=list)
    first_seen: float = 0.0
    novel_pair: bool = False
    reason: str = ""
    previous_at: float | None = None  # when the event's previous alert was decided (wall clock)

    @property
    def alerts(self) -> bool:
        return self.kind != "suppressed"

    @property
    def status(self) -> str:
        """Alert status: ``new`` for the first alert of an event, else ``update``."""
        return "new" if self.sequence == 0 else "update"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "event_key": self.event_key,
            "sequence": self.sequence,
            "alert_id": self.alert_id,
            "status": self.status,
            "corroboration_count": self.corroboration_count,
            "sources": self.sources,
            "first_seen": self.first_seen,
            "novel_pair": self.novel_pair,
            "reason": self.reason,
            "previous_at": self.previous_at,
        }


def _agencies(sources: list[dict[str, Any]]) -> list[str]:
    seen: list[str] = []
    for s in sources:
        if s["agency"] not in seen:
            seen.append(s["agency"])
    return seen


def _public_sources(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources as alerts show them (``time``: the story's reference time, RFC 3339)."""
    return [
        {
            "agency": s["agency"],
            "story_id": s["story_id"],
            "version": s["version"],
            "status": s["status"],
            "time": datetime.fromtimestamp(s["time"], UTC)
            .isoformat(timespec="seconds")
            .replace("+00:00", "Z"),
        }
        for s in sources
    ]


def _live(entry: dict[str, Any] | None, now: float, window: float) -> list[dict[str, Any]]:
    if not entry:
        return []
    return [o for o in entry.get("occurrences", []) if now - o["wall"] <= window]


def expired(entry: dict[str, Any] | None, now: float, window: float) -> bool:
    """True when no occurrence of the entry changed within ``window`` seconds of ``now``."""
    return not _live(entry, now, window)


def _matches(occ: dict[str, Any], s: Sighting, window: float) -> bool:
    if occ["type"] != s.type or abs(s.ref_time - occ["first_seen"]) > window:
        return False
    if occ.get("direction", "") != s.direction:
        return False
    return occ["date"] is None or s.date is None or occ["date"] == s.date


def decide(
    entry: dict[str, Any] | None, s: Sighting, *, now: float, window: float
) -> tuple[dict[str, Any], Decision]:
    """Return the new table entry and the decision for sighting ``s`` (``entry`` is not mutated)."""
    occurrences = [dict(o) for o in _live(entry, now, window)]
    novel_pair = not any(src["story_id"] != s.story_id for o in occurrences for src in o["sources"])

    # The same input message again: rebuild the alert it gave.
    for occ in occurrences:
        if occ["type"] != s.type:
            continue
        for i, src in enumerate(occ["sources"]):
            if src["msg"] == s.msg:
                prefix = occ["sources"][: i + 1]
                decision = Decision(
                    kind="replay",
                    event_key=occ["key"],
                    sequence=src["seq"],
                    alert_id=alert_id(occ["key"], src["seq"], _origin(occ)),
                    corroboration_count=len(_agencies(prefix)),
                    sources=_public_sources(prefix),
                    first_seen=occ["first_seen"],
                    novel_pair=bool(src.get("novel", False)),
                    reason="reprocessed",
                    previous_at=occ["sources"][i - 1].get("at") if i else None,
                )
                return {"occurrences": occurrences}, decision

    candidates = [o for o in occurrences if _matches(o, s, window)]
    source = {
        "agency": s.agency,
        "story_id": s.story_id,
        "version": s.version,
        "status": s.status,
        "time": s.ref_time,
        "msg": s.msg,
        "seq": 0,
        "novel": novel_pair,
        "at": now,
    }
    if not candidates:
        key = event_key(s.type, s.pair, s.date or day_of(s.ref_time))
        if s.direction:
            key += f"|by:{s.direction}"
        occ = {
            "type": s.type,
            "key": key,
            "origin": f"{s.story_id}@{s.version}",
            "direction": s.direction,
            "date": s.date,
            "first_seen": s.ref_time,
            "wall": now,
            "seq": 0,
            "statuses": [s.status],
            "sources": [source],
        }
        occurrences.append(occ)
        decision = Decision(
            kind="new",
            event_key=key,
            sequence=0,
            alert_id=alert_id(key, 0, occ["origin"]),
            corroboration_count=1,
            sources=_public_sources([source]),
            first_seen=s.ref_time,
            novel_pair=novel_pair,
        )
        return {"occurrences": occurrences}, decision

    occ = max(candidates, key=lambda o: o["wall"])
    agencies = _agencies(occ["sources"])
    latest = Decision(
        kind="suppressed",
        event_key=occ["key"],
        sequence=occ["seq"],
        alert_id=alert_id(occ["key"], occ["seq"], _origin(occ)),
        corroboration_count=len(agencies),
        first_seen=occ["first_seen"],
        novel_pair=novel_pair,
    )
    same_story = [src for src in occ["sources"] if src["story_id"] == s.story_id]
    new_status = s.status not in occ["statuses"]
    if same_story and (max(src["version"] for src in same_story) >= s.version or not new_status):
        latest.reason = "same_story"
        return {"occurrences": occurrences}, latest
    if s.agency in agencies and not new_status:
        latest.reason = "same_agency"
        return {"occurrences": occurrences}, latest

    seq = occ["seq"] + 1
    source["seq"] = seq
    previous_at = occ["sources"][-1].get("at")
    all_sources = occ["sources"] + [source]
    occ.update(
        seq=seq,
        wall=now,
        sources=all_sources if len(all_sources) <= MAX_SOURCES else occ["sources"],
        statuses=occ["statuses"] + ([s.status] if new_status else []),
        date=occ["date"] or s.date,
    )
    decision = Decision(
        kind="update",
        event_key=occ["key"],
        sequence=seq,
        alert_id=alert_id(occ["key"], seq, _origin(occ)),
        corroboration_count=len(_agencies(all_sources)),
        sources=_public_sources(all_sources),
        first_seen=occ["first_seen"],
        novel_pair=novel_pair,
        reason="new_agency" if s.agency not in agencies else "new_status",
        previous_at=previous_at,
    )
    return {"occurrences": occurrences}, decision

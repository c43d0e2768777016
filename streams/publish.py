"""Publish stage: build the alert document (``schemas/alert.v1.json``), order, and headers.

An alert goes to ``alerts.diplomatic`` (all types) and ``alerts.diplomatic.<type>``, keyed by
its event key so every alert of one event stays in one partition. Headers carry
``alert-type``, ``alert-priority``, ``alert-status``, ``country`` (comma-separated) and
``schema-version`` so subscribers can filter without decoding the value.

Order: alerts are built where the decisions of one story are gathered (keyed by story), so
two stories of one event can reach the last stage out of order. The last stage is keyed by
event key and releases each event's alerts in ``sequence`` order (:func:`sequence_step`):
an early update waits for the alerts before it, a replayed alert (sequence already
released) goes out again with the same ``alert_id``, and a gap that never fills (an alert
lost to a processing error, or ordering state lost in a crash) is skipped after
:data:`GAP_TIMEOUT_SECONDS`, or at once when the missing alert was decided long ago.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from streams import enrich

SCHEMA_VERSION = "1"
GAP_TIMEOUT_SECONDS = 30.0
# Longer than an alert can be in flight between the dedupe and publish stages (two hops;
# with exactly-once each hop waits for a transaction commit).
REORDER_GRACE_SECONDS = 15.0


def iso(ts: float | None) -> str | None:
    """Epoch seconds -> RFC 3339 UTC with milliseconds."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def build_alert(
    item: dict[str, Any],
    siblings: list[dict[str, Any]],
    *,
    published_at: float,
    worker_id: str,
) -> dict[str, Any]:
    """The alert for one gathered item (an event of a story plus its dedupe decision)."""
    event = item["event"]
    decision = item["decision"]
    story = item["story"]
    level, reasons = enrich.priority(
        event,
        novel_pair=decision["novel_pair"],
        corroboration_count=decision["corroboration_count"],
    )
    ingested = item["ingested"]
    return {
        "schema_version": SCHEMA_VERSION,
        "alert_id": decision["alert_id"],
        "event_key": decision["event_key"],
        "status": decision["status"],
        "sequence": decision["sequence"],
        "type": event["type"],
        "priority": level,
        "priority_reasons": reasons,
        "summary": enrich.summary(event),
        "event": event,
        "story": story,
        "sources": decision["sources"],
        "corroboration_count": decision["corroboration_count"],
        "tags": enrich.tags(event),
        "links": enrich.links(item["index"], siblings),
        "timestamps": {
            "story_published": story.get("published"),
            "ingested": iso(ingested),
            "detected": iso(item["detected"]),
            "published": iso(published_at),
            "first_seen": iso(decision["first_seen"]),
        },
        "metrics": {
            "detection_ms": round(item["detection_ms"], 3),
            "end_to_end_ms": round(max(0.0, published_at - ingested) * 1000.0, 3),
            "corroboration_count": decision["corroboration_count"],
            "worker_id": worker_id,
        },
    }


def headers(alert: dict[str, Any]) -> list[tuple[str, bytes]]:
    return [
        ("alert-type", alert["type"].encode()),
        ("alert-priority", alert["priority"].encode()),
        ("alert-status", alert["status"].encode()),
        ("country", ",".join(alert["tags"]["countries"]).encode()),
        ("schema-version", SCHEMA_VERSION.encode()),
    ]


def encode(alert: dict[str, Any]) -> bytes:
    return orjson.dumps(alert)


def decode(value: bytes) -> dict[str, Any]:
    return orjson.loads(value)


def stamp(alert: dict[str, Any], published_at: float) -> dict[str, Any]:
    """Set the ``published`` timestamp and end-to-end latency at the moment of publishing."""
    ingested = datetime.fromisoformat(alert["timestamps"]["ingested"].replace("Z", "+00:00"))
    alert["timestamps"]["published"] = iso(published_at)
    alert["metrics"]["end_to_end_ms"] = round(
        max(0.0, published_at - ingested.timestamp()) * 1000.0, 3
    )
    return alert


def _release(entry: dict[str, Any], out: list[dict[str, Any]]) -> None:
    pending = entry["pending"]
    while str(entry["next"]) in pending:
        out.append(pending.pop(str(entry["next"])))
        entry["next"] += 1


def sequence_step(
    entry: dict[str, Any] | None,
    alert: dict[str, Any],
    now: float,
    previous_at: float | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Order one event's alerts: (new state, alerts to publish now, in order).

    ``previous_at`` is when the dedupe stage decided the event's previous alert: if that was
    more than :data:`REORDER_GRACE_SECONDS` ago the previous alert cannot still be in
    flight, so an alert ahead of the recorded sequence (state lost in a crash) goes out at
    once instead of waiting for the gap timeout.
    """
    state = {
        "next": 0,
        "pending": {},
        "since": None,
        **(entry or {}),
    }
    state["pending"] = dict(state["pending"])
    out: list[dict[str, Any]] = []
    seq = alert["sequence"]
    if (
        state["pending"]
        and state["since"] is not None
        and now - state["since"] > GAP_TIMEOUT_SECONDS
    ):
        out += flush(state)
    if seq < state["next"]:
        out.append(alert)  # a replay: publish again, same alert id
    elif seq == state["next"]:
        out.append(alert)
        state["next"] = seq + 1
        _release(state, out)
    else:
        state["pending"][str(seq)] = alert
        if previous_at is not None and now - previous_at > REORDER_GRACE_SECONDS:
            out += flush(state)
    state["since"] = (state["since"] or now) if state["pending"] else None
    state["wall"] = now
    return state, out


def flush(state: dict[str, Any]) -> list[dict[str, Any]]:
    """Give up waiting for a gap: release every pending alert in order (mutates ``state``)."""
    pending = state["pending"]
    out = [pending[k] for k in sorted(pending, key=int)]
    if out:
        state["next"] = max(int(k) for k in pending) + 1
    state["pending"] = {}
    state["since"] = None
    return out


def gap_overdue(entry: dict[str, Any] | None, now: float) -> bool:
    """True when an entry has waited longer than the gap timeout for a missing alert."""
    return bool(
        entry
        and entry.get("pending")
        and entry.get("since") is not None
        and now - entry["since"] > GAP_TIMEOUT_SECONDS
    )

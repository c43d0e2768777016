"""Prometheus metrics of a worker (prometheus-client), named per Prometheus conventions.

One module-level registry (``REGISTRY``) so the web endpoint, tests and dashboards agree
on names. Labels are low-cardinality: agency is folded to a bounded set by ``agency_label``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

REGISTRY = CollectorRegistry(auto_describe=True)
NS = "wire_alerts"

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
_DETECT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)

STORIES_CONSUMED = Counter(
    f"{NS}_stories_consumed_total",
    "Stories read from the input topic.",
    ["agency"],
    registry=REGISTRY,
)
STORIES_DLQ = Counter(
    f"{NS}_stories_dlq_total",
    "Messages sent to the dead-letter topic.",
    ["reason"],
    registry=REGISTRY,
)
EVENTS_DETECTED = Counter(
    f"{NS}_events_detected_total", "Diplomatic events detected.", ["type"], registry=REGISTRY
)
ALERTS_PUBLISHED = Counter(
    f"{NS}_alerts_published_total",
    "Alerts published to the alert topics.",
    ["type", "status", "priority"],
    registry=REGISTRY,
)
DUPLICATES_SUPPRESSED = Counter(
    f"{NS}_duplicates_suppressed_total",
    "Detected events that repeated a known event and produced no alert.",
    ["type"],
    registry=REGISTRY,
)
DETECTOR_ERRORS = Counter(
    f"{NS}_detector_errors_total", "Stories on which the detector raised.", registry=REGISTRY
)
DELIVERY_FAILURES = Counter(
    f"{NS}_delivery_failures_total",
    "Messages the producer could not deliver after its retries (the worker then stops).",
    registry=REGISTRY,
)
DETECTION_SECONDS = Histogram(
    f"{NS}_detection_duration_seconds",
    "Time the detector spent on one story.",
    buckets=_DETECT_BUCKETS,
    registry=REGISTRY,
)
END_TO_END_SECONDS = Histogram(
    f"{NS}_end_to_end_latency_seconds",
    "Story ingested (Kafka timestamp) to alert published.",
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)
STAGE_WAIT_SECONDS = Histogram(
    f"{NS}_stage_wait_seconds",
    "Time a message waited between its send (Kafka timestamp) and the start of its "
    "processing, per stage (ingest: the story's own producer timestamp).",
    ["stage"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.35, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    f"{NS}_consumer_lag_messages",
    "Messages behind the end of the input topic, per partition.",
    ["topic", "partition"],
    registry=REGISTRY,
)
LAST_STORY_TIMESTAMP = Gauge(
    f"{NS}_last_story_consumed_timestamp_seconds",
    "Unix time the last story was consumed.",
    registry=REGISTRY,
)
ASSIGNED_PARTITIONS = Gauge(
    f"{NS}_assigned_partitions", "Input partitions assigned to this worker.", registry=REGISTRY
)
BUILD_INFO = Info(
    f"{NS}_build", "Version of the worker, detector and gazetteer.", registry=REGISTRY
)
LATEST_ALERT_TIMESTAMP = Gauge(
    f"{NS}_latest_alert_timestamp_seconds",
    "Unix time the latest alerts were published; only the last few label sets per priority "
    "are kept (see record_latest_alert), so cardinality stays bounded.",
    ["type", "priority", "actors"],
    registry=REGISTRY,
)

LATEST_ALERTS_PER_PRIORITY = 10
_latest_alerts: dict[str, OrderedDict[tuple[str, str, str], None]] = {}
_latest_lock = threading.Lock()


def record_published_alert(alert: Mapping[str, Any], published_at: float | None = None) -> None:
    """Show a published alert (``schemas/alert.v1.json`` document) in the latest-alerts gauge.

    The actors shown are the parties (venue/location roles left out), by canonical name.
    """
    actors = [
        str(a.get("name") or a.get("text") or "")
        for a in alert.get("event", {}).get("actors", [])
        if a.get("role") not in ("venue", "location")
    ]
    when = time.time() if published_at is None else published_at
    record_latest_alert(str(alert["type"]), str(alert["priority"]), actors, when)


def record_latest_alert(
    event_type: str, priority: str, actors: Iterable[str], published_at: float
) -> None:
    """Show one published alert in ``wire_alerts_latest_alert_timestamp_seconds``.

    Keeps the newest ``LATEST_ALERTS_PER_PRIORITY`` (type, actors) pairs per priority and
    removes the older label sets, so the series count is bounded by 10 x priorities.
    ``actors`` are display names; they are sorted, joined and cut to 80 characters.
    """
    actors_label = ", ".join(sorted({a.strip() for a in actors if a and a.strip()}))[:80]
    key = (event_type, priority, actors_label or "unknown")
    with _latest_lock:
        recent = _latest_alerts.setdefault(priority, OrderedDict())
        recent.pop(key, None)
        recent[key] = None
        LATEST_ALERT_TIMESTAMP.labels(*key).set(published_at)
        while len(recent) > LATEST_ALERTS_PER_PRIORITY:
            old, _ = recent.popitem(last=False)
            LATEST_ALERT_TIMESTAMP.remove(*old)


_children: dict[tuple[int, tuple[Any, ...]], Any] = {}


def child(
    metric: Any, *labels: Any, cache: dict[tuple[int, tuple[Any, ...]], Any] | None = None
) -> Any:
    """``metric.labels(*labels)``, cached: ``labels()`` validates and locks on every call (a
    few microseconds each, several times per story). For metrics whose children are never
    removed (not ``LATEST_ALERT_TIMESTAMP``). ``cache`` (default: this module's, for its own
    metrics, which live as long as the process) must not outlive the metrics it holds: entries
    are keyed by ``id(metric)``."""
    store = _children if cache is None else cache
    key = (id(metric), labels)
    found = store.get(key)
    if found is None:
        found = store[key] = metric.labels(*labels)
    return found


_KNOWN_AGENCIES = 64
_seen_agencies: set[str] = set()


def agency_label(agency: str | None) -> str:
    """Bound the agency label's cardinality: the first 64 distinct agencies, then 'other'."""
    if not agency:
        return "unknown"
    a = agency.strip()[:40]
    if a in _seen_agencies:
        return a
    if len(_seen_agencies) < _KNOWN_AGENCIES:
        _seen_agencies.add(a)
        return a
    return "other"


# ----------------------------------------------------------------- board and webhooks
# Served by `wire-alerts board` / `wire-alerts webhooks` on their own /metrics.
_WEBHOOK_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

WEBHOOK_DELIVERIES = Counter(
    f"{NS}_webhook_deliveries_total",
    "Alerts a webhook subscription took, by final outcome (delivered, dead_lettered).",
    ["subscription", "outcome"],
    registry=REGISTRY,
)
WEBHOOK_RETRIES = Counter(
    f"{NS}_webhook_retries_total",
    "Webhook attempts that failed and were retried after a backoff.",
    ["subscription"],
    registry=REGISTRY,
)
WEBHOOK_DURATION_SECONDS = Histogram(
    f"{NS}_webhook_delivery_duration_seconds",
    "Duration of one webhook HTTP attempt (successful or not).",
    ["subscription"],
    buckets=_WEBHOOK_BUCKETS,
    registry=REGISTRY,
)
BOARD_CLIENTS = Gauge(
    f"{NS}_board_clients", "Browsers connected to the board's event stream.", registry=REGISTRY
)
BOARD_ALERTS = Gauge(
    f"{NS}_board_alerts", "Alerts held in the board's in-memory ring.", registry=REGISTRY
)

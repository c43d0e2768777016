"""``wire-alerts tail``: follow the alert topics and print alerts as they arrive.

Reads the firehose (or ``alerts.diplomatic.<type>`` with ``--type``) without joining a
consumer group. ``--priority`` and ``--country`` filter on the Kafka headers, so values are
decoded only for alerts that are printed. Lines are human-readable, or the alert JSON
with ``--json``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from streams.config import Settings
from streams.detector.model import EVENT_TYPES
from streams.publish import decode


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", choices=EVENT_TYPES, help="only this event type")
    parser.add_argument(
        "--priority", choices=("P1", "P2", "P3"), help="only this priority or higher"
    )
    parser.add_argument("--country", help="only alerts involving this country/org code (RUS, EU)")
    parser.add_argument("--json", action="store_true", help="print the alert JSON, one per line")
    parser.add_argument(
        "--from-beginning", action="store_true", help="start at the oldest retained alert"
    )
    parser.add_argument("--max", type=int, default=0, help="exit after N alerts (0 = no limit)")
    parser.add_argument(
        "--timeout", type=float, default=0.0, help="exit after S seconds (0 = run until Ctrl-C)"
    )


def _header(headers: list[tuple[str, bytes]] | None, name: str) -> str:
    for k, v in headers or []:
        if k == name:
            return v.decode("utf-8", "replace")
    return ""


def header_filter(
    priority: str | None, country: str | None
) -> Callable[[list[tuple[str, bytes]] | None], bool]:
    """A predicate on message headers for ``--priority`` (that level or more urgent) and ``--country``."""
    wanted = country.upper() if country else None

    def accept(headers: list[tuple[str, bytes]] | None) -> bool:
        if priority and (_header(headers, "alert-priority") or "P9") > priority:
            return False
        if wanted:
            countries = {c.upper() for c in _header(headers, "country").split(",") if c}
            if wanted not in countries:
                return False
        return True

    return accept


def format_alert(alert: dict[str, Any]) -> str:
    """One human-readable line per alert."""
    ts = alert.get("timestamps", {}).get("published") or ""
    try:
        clock = datetime.fromisoformat(ts.replace("Z", "+00:00")).strftime("%H:%M:%S")
    except ValueError:
        clock = "--:--:--"
    story = alert.get("story", {})
    corroboration = alert.get("corroboration_count", 1)
    extra = f" x{corroboration} sources" if corroboration > 1 else ""
    links = alert.get("links") or []
    linked = f" +{len(links)} linked" if links else ""
    return (
        f"{clock} {alert.get('priority', '??')} {alert.get('status', '?').upper():6} "
        f"{alert.get('type', '?'):20} {alert.get('summary', '')}"
        f"  <{story.get('agency', '?')}: {story.get('headline', '')[:70]}>"
        f"{extra}{linked} [{alert.get('alert_id', '')[:10]}]"
    )


def follow(
    settings: Settings,
    *,
    topic: str,
    from_beginning: bool = False,
    timeout: float = 0.0,
    accept: Callable[[list[tuple[str, bytes]] | None], bool] | None = None,
    ready: Callable[[], None] | None = None,
    heartbeat: bool = False,
) -> Iterator[dict[str, Any] | None]:
    """Yield decoded alerts from ``topic`` (all partitions, no consumer group).

    ``ready`` is called once the start offsets are fixed; with ``heartbeat`` a ``None`` is
    yielded after every poll that brought no alert (so callers can check other conditions).
    """
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        bootstrap_servers=settings.bootstrap,
        group_id=None,
        enable_auto_commit=False,
        client_id="wire-alerts-tail",
        **settings.security.kafka_python_kwargs(),
    )
    deadline = time.monotonic() + timeout if timeout > 0 else None
    try:
        partitions: set[int] | None = None
        while not partitions:
            partitions = consumer.partitions_for_topic(topic)
            if partitions:
                break
            if deadline and time.monotonic() > deadline:
                return
            time.sleep(0.5)
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        if from_beginning:
            consumer.seek_to_beginning(*tps)
        else:
            consumer.seek_to_end(*tps)
            for tp in tps:  # resolve the end offsets now, not at the first poll
                consumer.position(tp)
        if ready:
            ready()
        while True:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return
            wait = 500 if remaining is None else max(1, min(500, int(remaining * 1000)))
            batches = consumer.poll(timeout_ms=wait)
            got = False
            for records in batches.values():
                for rec in records:
                    headers = list(rec.headers or [])
                    if accept and not accept(headers):
                        continue
                    got = True
                    yield decode(rec.value)
            if heartbeat and not got:
                yield None
    finally:
        consumer.close()


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    topic = settings.topic_for_type(args.type) if args.type else settings.alerts_topic
    accept = header_filter(args.priority, args.country)
    for printed, alert in enumerate(
        follow(
            settings,
            topic=topic,
            from_beginning=args.from_beginning,
            timeout=args.timeout,
            accept=accept,
        ),
        start=1,
    ):
        if alert is None:
            continue
        if args.json:
            from streams.publish import encode

            sys.stdout.write(encode(alert).decode() + "\n")
        else:
            sys.stdout.write(format_alert(alert) + "\n")
        sys.stdout.flush()
        if args.max and printed >= args.max:
            break
    return 0

"""The project's Kafka topics: names, creation with explicit partition counts, description.

External topics (input, dead-letter, alert firehose and one per event type) are created here,
before the worker starts, so they never get the broker's default partition count by
auto-creation. Faust declares its internal topics (``<app>-events``, ``<app>-decisions``) and
table changelogs itself, with ``WIRE_ALERTS_PARTITIONS`` partitions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from streams.config import Settings
from streams.detector.model import EVENT_TYPES


def external_topics(settings: Settings) -> list[str]:
    """Input, dead-letter, firehose and per-type alert topics."""
    return [
        settings.input_topic,
        settings.dlq_topic,
        settings.alerts_topic,
        *(settings.topic_for_type(t) for t in EVENT_TYPES),
    ]


def internal_topics(settings: Settings) -> list[str]:
    """Topics Faust creates for the app (repartition topics and table changelogs)."""
    app = settings.app_id
    return [
        f"{app}-events",
        f"{app}-decisions",
        f"{app}-alerts",
        f"{app}-sightings-changelog",
        f"{app}-gather-changelog",
        f"{app}-sequencer-changelog",
    ]


def admin_client(settings: Settings, timeout: float = 30.0) -> KafkaAdminClient:
    return KafkaAdminClient(
        bootstrap_servers=settings.bootstrap,
        client_id=f"{settings.app_id}-admin",
        request_timeout_ms=int(timeout * 1000),
        **settings.security.kafka_python_kwargs(),
    )


def ensure_topics(
    settings: Settings, names: list[str] | None = None, timeout: float = 30.0
) -> list[str]:
    """Create the missing topics (default: the external ones); return the names created."""
    names = names or external_topics(settings)
    admin = admin_client(settings, timeout)
    try:
        existing = set(admin.list_topics())
        missing = [n for n in names if n not in existing]
        created: list[str] = []
        for name in missing:
            try:
                admin.create_topics(
                    [NewTopic(name, settings.partitions, settings.replication_factor)],
                    timeout_ms=int(timeout * 1000),
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        _wait_visible(admin, names, timeout)
        return created
    finally:
        admin.close()


def _wait_visible(admin: KafkaAdminClient, names: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        missing = set(names) - set(admin.list_topics())
        if not missing:
            return
        if time.monotonic() > deadline:
            raise KafkaError(f"topics not visible after {timeout:.0f}s: {sorted(missing)}")
        time.sleep(0.2)


@dataclass(frozen=True)
class TopicInfo:
    name: str
    exists: bool
    partitions: int
    internal: bool


def describe(settings: Settings, timeout: float = 30.0) -> list[TopicInfo]:
    """Partition counts of the project's topics (external, then internal)."""
    admin = admin_client(settings, timeout)
    try:
        names = external_topics(settings) + internal_topics(settings)
        existing = set(admin.list_topics())
        present = [n for n in names if n in existing]
        described = admin.describe_topics(present) if present else []
        counts = {d.get("name", d.get("topic")): len(d["partitions"]) for d in described}
    finally:
        admin.close()
    internal = set(internal_topics(settings))
    return [TopicInfo(n, n in existing, counts.get(n, 0), n in internal) for n in names]

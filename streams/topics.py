"""The project's Kafka topics: names, creation with explicit partition counts, description.

External topics (input, dead-letter, alert firehose and one per event type) are created here,
before the worker starts, so they never get the broker's default partition count by
auto-creation. The internal topics (``<app>-events``, ``<app>-decisions``, ``<app>-alerts``)
and table changelogs are created before the worker starts too, with the settings Faust would
declare them with (:func:`faust_topic_configs`): when Faust creates them itself, the consumer
group may already have been assigned without them ("Ignoring missing topic"), and their agents
then wait for the next metadata refresh, up to five minutes, before consuming anything.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError
from mode.utils.times import want_seconds

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


def faust_topic_configs(topics: list[Any]) -> dict[str, dict[str, str]]:
    """Topic name -> the configs Faust declares a topic of the app with (cleanup policy,
    retention, extra config), from its ``faust.Topic`` objects."""
    out: dict[str, dict[str, str]] = {}
    for topic in topics:
        config: dict[str, str] = {}
        flags = {f for f, on in (("compact", topic.compacting), ("delete", topic.deleting)) if on}
        if flags:
            config["cleanup.policy"] = ",".join(sorted(flags))
        if topic.retention:
            config["retention.ms"] = str(int(want_seconds(topic.retention) * 1000))
        config.update({k: str(v) for k, v in (topic.config or {}).items()})
        for name in topic.topics:
            out[name] = config
    return out


def ensure_topics(
    settings: Settings,
    names: list[str] | None = None,
    timeout: float = 30.0,
    configs: dict[str, dict[str, str]] | None = None,
) -> list[str]:
    """Create the missing topics (default: the external ones) with ``configs`` per name;
    return the names created."""
    names = names or external_topics(settings)
    configs = configs or {}
    admin = admin_client(settings, timeout)
    try:
        existing = set(admin.list_topics())
        missing = [n for n in names if n not in existing]
        created: list[str] = []
        for name in missing:
            try:
                admin.create_topics(
                    [
                        NewTopic(
                            name,
                            settings.partitions,
                            settings.replication_factor,
                            topic_configs=configs.get(name, {}),
                        )
                    ],
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

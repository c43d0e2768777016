"""aiokafka clients of the board and the webhook sender, configured from ``Settings``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.helpers import create_ssl_context

from streams.config import KafkaSecurity, Settings

log = logging.getLogger("streams.board")


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """``bootstrap_servers`` plus security keyword arguments for aiokafka clients."""
    sec: KafkaSecurity = settings.security
    kw: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap,
        "security_protocol": sec.protocol,
    }
    if sec.protocol.startswith("SASL"):
        kw.update(
            sasl_mechanism=sec.sasl_mechanism,
            sasl_plain_username=sec.sasl_username,
            sasl_plain_password=sec.sasl_password,
        )
    if sec.protocol.endswith("SSL"):
        kw["ssl_context"] = create_ssl_context(cafile=sec.ssl_cafile or None)
    return kw


def producer(settings: Settings, client_id: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(client_id=client_id, acks="all", **client_kwargs(settings))


async def wait_partitions(
    settings: Settings, topic: str, stop: asyncio.Event, poll: float = 1.0
) -> list[TopicPartition]:
    """The topic's partitions, waiting (until ``stop``) for the topic to exist.

    Lists all topics first, so that asking never auto-creates the topic on the broker.
    """
    admin = AIOKafkaAdminClient(client_id="wire-alerts-board-admin", **client_kwargs(settings))
    try:
        await admin.start()
        logged = False
        while not stop.is_set():
            if topic in await admin.list_topics():
                (meta,) = await admin.describe_topics([topic])
                parts = sorted(p["partition"] for p in meta["partitions"])
                if parts:
                    return [TopicPartition(topic, p) for p in parts]
            if not logged:
                log.info("waiting for topic %s", topic)
                logged = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll)
        return []
    finally:
        await admin.close()


async def follow_recent(
    settings: Settings,
    topic: str,
    *,
    history: int,
    on_history: Callable[[list[ConsumerRecord]], Awaitable[None]],
    on_record: Callable[[ConsumerRecord], Awaitable[None]],
    stop: asyncio.Event,
    client_id: str = "wire-alerts-board",
) -> None:
    """Read ``topic`` without a consumer group: the last ``history`` records of each partition
    (handed over at once, when caught up to the end offsets seen at start), then live records.
    """
    consumer = AIOKafkaConsumer(
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        client_id=client_id,
        **client_kwargs(settings),
    )
    try:
        await consumer.start()
        tps = await wait_partitions(settings, topic, stop)
        if not tps:
            return
        consumer.assign(tps)
        begins = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, max(begins[tp], ends[tp] - history))
        backlog: list[ConsumerRecord] | None = []
        pending = {tp for tp in tps if ends[tp] > max(begins[tp], ends[tp] - history)}
        if not pending:
            await on_history([])
            backlog = None
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=1000)
            for tp, records in batches.items():
                for rec in records:
                    if backlog is not None and tp in pending:
                        backlog.append(rec)
                    else:
                        await on_record(rec)
            for tp in list(pending):  # position, not the last record: skips txn markers
                if await consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
            if backlog is not None and not pending:
                await on_history(backlog)
                backlog = None
    finally:
        await consumer.stop()

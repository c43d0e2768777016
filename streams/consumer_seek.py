"""Fix for Faust's seek to committed offsets: partitions never committed are reset too.

Faust (faust-streaming 0.15.3) rewinds the consumer with ``Consumer.perform_seek()`` when
records it fetched could not be delivered: at the end of every rebalance (table recovery)
and when a fetch returns while the flow is stopped (``getmany``: "Seek back to committed
offsets"). That calls aiokafka's ``seek_to_committed()``, which seeks only partitions that
*have* a committed offset (``if offset and offset > 0``).

A partition taken over from a worker that crashed before its first commit has none. During
the rebalance aiokafka already fetches it from the reset position and Faust drains those
records while its flow is stopped, then drops them; the "seek back" leaves that partition
where the dropped records ended, so its backlog is never processed (the survivor's stall
after a rebalance). Here such partitions are moved back to the reset policy's position
(``consumer_auto_offset_reset``), as a fresh assignment would be. Changelog partitions are
left alone: table recovery positions them itself.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

log = logging.getLogger("streams.consumer_seek")


async def _seek_in_thread(consumer: Any, changelogs: set[str], reset: str) -> Mapping[Any, Any]:
    """aiokafka's ``seek_to_committed`` plus the partitions it skips (consumer thread)."""
    committed = await consumer.seek_to_committed()
    for tp, offset in committed.items():
        if offset == 0 and tp.topic not in changelogs:
            consumer.seek(tp, 0)  # skipped by aiokafka ("if offset and offset > 0")
    uncommitted = [
        tp
        for tp, offset in committed.items()
        if (offset is None or offset < 0) and tp.topic not in changelogs
    ]
    if uncommitted:
        log.info(
            "no committed offset for %s: seeking to %s",
            ", ".join(sorted(f"{tp.topic}:{tp.partition}" for tp in uncommitted)),
            reset,
        )
    if uncommitted and reset == "earliest":
        await consumer.seek_to_beginning(*uncommitted)
    elif uncommitted and reset == "latest":
        await consumer.seek_to_end(*uncommitted)
    return committed


async def seek_to_committed(self: Any) -> Mapping[TP, int]:
    """Seek every partition to its committed offset, or to the reset position if none."""
    return await self.call_thread(  # type: ignore[no-any-return]
        _seek_in_thread,
        self._ensure_consumer(),
        set(self.app.tables.changelog_topics),
        str(self.app.conf.consumer_auto_offset_reset).lower(),
    )


def install() -> None:
    """Replace the seek of Faust's aiokafka consumer thread (idempotent)."""
    faust_aiokafka.AIOKafkaConsumerThread.seek_to_committed = seek_to_committed  # type: ignore[method-assign]

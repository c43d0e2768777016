"""Paused partitions stay paused while a fetch waits: the fix for the stalled table recovery.

Faust (faust-streaming 0.15.3) pauses a partition by leaving it out of its set of active
partitions, and hands aiokafka's ``Fetcher.fetched_records`` that *live* set: a fetch that
waits for records (up to 1 s) sees every later pause and resume. aiokafka reads an empty
set as "every partition" (``if partitions and tp not in partitions``). A rebalance pauses
every partition, and table recovery keeps them all paused until it resumes the changelogs.
So a fetch begun before the rebalance woke up during recovery, found the set empty and
took the records of *every* partition, among them the changelog records recovery had just
asked for. Faust then dropped them because its flow was still stopped ("getmany called
while flow not active") and sought the input partitions back, but not the changelogs. The
consumer had moved past those records, recovery waited for them forever, and the survivor
of the rebalance fault test never became ready again (about 1 run in 25 on this machine,
seen with the stack dump: the fetcher alive, every changelog partition at its end, recovery
with none of their records).

Here the fetch gets a view of the same live set that is never empty to aiokafka: with
nothing active, nothing is taken. (``streams.recovery_watch`` stays as a safety net.)
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

_original_fetch_records = faust_aiokafka.AIOKafkaConsumerThread._fetch_records


class ActivePartitions:
    """Faust's live set of active partitions as aiokafka's fetch sees it: membership follows
    the set, but an empty set is still a (truthy) filter that lets nothing through."""

    __slots__ = ("_tps",)

    def __init__(self, tps: Container[Any]) -> None:
        self._tps = tps

    def __bool__(self) -> bool:
        return True

    def __contains__(self, tp: object) -> bool:
        return tp in self._tps


async def _fetch_records(
    self: Any,
    consumer: Any,
    active_partitions: Any,
    timeout: float | None = None,
    max_records: int | None = None,
) -> Any:
    if active_partitions is not None:
        active_partitions = ActivePartitions(active_partitions)
    return await _original_fetch_records(
        self, consumer, active_partitions, timeout=timeout, max_records=max_records
    )


def install() -> None:
    """Wrap the fetch of Faust's aiokafka consumer thread (idempotent)."""
    faust_aiokafka.AIOKafkaConsumerThread._fetch_records = _fetch_records  # type: ignore[method-assign]

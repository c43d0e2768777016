"""A shorter prefetch backoff for the worker's Kafka consumer (latency).

aiokafka sends no new fetch request to a broker while a partition it leads still holds
fetched records the application has not taken, for up to the fetcher's
``prefetch_backoff`` (0.1 s; neither ``AIOKafkaConsumer`` nor Faust exposes it). A worker
reads many partitions (the input, three internal topics, changelogs) from few brokers, so
a few records waiting in one partition held back the fetches of all the others: every hop
of the pipeline could wait up to 100 ms, and a story crosses three or four hops.

Measured with ``bench/latency.py`` (one worker, 40 s per rate, same machine, p99 from story
sent to alert read): backoff 0.1 s (aiokafka's default) 403-479 ms at 50 stories/s and
792-906 ms at 200/s; 0.01 s 158-266 ms and 428-451 ms; 0.002 s fell behind at 200/s (the
extra fetch requests cost more than they save).
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

PREFETCH_BACKOFF_SECONDS = 0.01

_original_on_start = faust_aiokafka.AIOKafkaConsumerThread.on_start


async def _on_start(self: Any) -> None:
    await _original_on_start(self)
    self._consumer._fetcher._prefetch_backoff = PREFETCH_BACKOFF_SECONDS


def install() -> None:
    """Set the backoff on the consumer of every Faust worker started after this (idempotent)."""
    faust_aiokafka.AIOKafkaConsumerThread.on_start = _on_start  # type: ignore[method-assign]

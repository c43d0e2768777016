"""Shorter fetch waits for the worker's Kafka consumer (latency).

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

For the same reason a fetch request must not wait long at the broker: aiokafka keeps one
fetch per broker in flight, and Faust asks the broker to hold it up to 1.5 s
(``fetch_max_wait_ms=1500``, hard-coded in its consumer) until one of the partitions *in
that request* has data. Partitions that still held records when the request was built are
not in it, so under load (every input partition busy) the request named only the quiet
internal partitions and the broker held it for the full 1.5 s while the input partitions,
drained meanwhile, could not be fetched: the worker fell into a steady backlog (p50 4-5 s
from story sent to alert read at 200 stories/s in 2 of 3 runs of ``bench/latency.py``,
though the worker used only 50-65% of a core). With 100 ms no run of 9 fell into it (p50
118-236 ms); 20 and 50 ms were no better than 100 ms on this 2-core machine, and each
idle worker sends a fetch request per wait.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

PREFETCH_BACKOFF_SECONDS = 0.01
FETCH_MAX_WAIT_MS = 100

_original_on_start = faust_aiokafka.AIOKafkaConsumerThread.on_start


async def _on_start(self: Any) -> None:
    await _original_on_start(self)
    fetcher = self._consumer._fetcher
    fetcher._prefetch_backoff = PREFETCH_BACKOFF_SECONDS
    fetcher._fetch_max_wait_ms = FETCH_MAX_WAIT_MS


def install() -> None:
    """Set the backoff and fetch wait on the consumer of every Faust worker started after this (idempotent)."""
    faust_aiokafka.AIOKafkaConsumerThread.on_start = _on_start  # type: ignore[method-assign]

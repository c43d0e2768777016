"""Faust tables whose changelog writes the stage that made them can wait for.

A table write (``table[key] = value``) queues its changelog message in Faust's producer
buffer and returns at once. Faust counts on the flush before each offset commit to deliver
those messages, but that flush gives up after 0.1 s without a send (faust 0.15.3,
``ProducerBuffer.flush_atmost``), so an offset can be committed before the changelog write of
the message it covers is in Kafka; if the worker then dies, the table state that went with
the message is lost although the message is never processed again (seen once in ~45 traced
rebalance runs: a commit that left 14 messages in the buffer). The stages therefore collect
the writes made while handling a message (:func:`collect_writes`) and ack the message only
when they are delivered, like the messages the stage sends itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import faust
from faust.types import FutureMessage

_writes: ContextVar[list[FutureMessage] | None] = ContextVar("changelog_writes", default=None)


class Table(faust.Table):
    """A :class:`faust.Table` that reports its changelog writes to :func:`collect_writes`."""

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        fut = super().send_changelog(*args, **kwargs)
        writes = _writes.get()
        if writes is not None:
            writes.append(fut)
        return fut


class RoutedTable(Table):
    """A :class:`Table` whose changelog partition is the partition of ``route(key)``.

    With ``use_partitioner`` a changelog write goes to the partition the producer's
    partitioner gives the table key itself. Here it goes to the partition it gives
    ``route(key)``: a table keyed by something finer than the key its stages are partitioned
    by (e.g. event keys, in stages partitioned by actor set) keeps each entry in the
    partition of the stream events that read and write it, so the entry moves with them on
    a rebalance. Like ``use_partitioner``, it works outside stream events too (timers).
    """

    def __init__(self, *args: Any, route: Callable[[bytes], bytes], **kwargs: Any) -> None:
        super().__init__(*args, **{**kwargs, "use_partitioner": True})
        self.route = route

    def partition_for_key(self, key: Any) -> int | None:
        topic = self.changelog_topic.get_topic_name()
        return self.app.producer.key_partition(topic, self.route(key)).partition


def table(app: faust.App, name: str, **kwargs: Any) -> Table:
    """Declare a :class:`Table` on ``app`` (what ``app.Table(name, ...)`` does); with
    ``route=`` a :class:`RoutedTable`."""
    cls = RoutedTable if "route" in kwargs else Table
    return app.tables.add(cls(app, name=name, beacon=app.tables.beacon, **kwargs))  # type: ignore[return-value]


@contextmanager
def collect_writes() -> Iterator[list[FutureMessage]]:
    """Within the block, changelog writes of :class:`Table` s (in this task) are appended to
    the yielded list; each is a future that completes when the write is delivered."""
    writes: list[FutureMessage] = []
    token = _writes.set(writes)
    try:
        yield writes
    finally:
        _writes.reset(token)

"""Faust's Prometheus sensor, with each labelled child looked up once.

``faust.sensors.prometheus.PrometheusMonitor`` calls ``metric.labels(...)`` on every message
received, every stream event, every send and every table access; in a worker that is a few
microseconds each (the label values are validated and joined into a key every time) and,
with the stream label normalised by a regex per event, several percent of the worker's CPU.
:class:`CachedPrometheusMonitor` keeps the children it has looked up, so it exports the same
metrics with the same values. Faust removes the per-topic and per-partition label sets on a
rebalance; the cached children are dropped with them, so later updates land on the new
children that the exposition shows.
"""

from __future__ import annotations

import weakref
from typing import Any

from faust.sensors.monitor import Monitor, TPOffsetMapping
from faust.sensors.prometheus import PrometheusMonitor
from faust.types import TP, CollectionT, EventT, Message, PendingMessage, StreamT
from faust.types.transports import ProducerT


class CachedPrometheusMonitor(PrometheusMonitor):
    """:class:`PrometheusMonitor` that caches ``labels()`` children (same names and values)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._labelled: dict[tuple[str, Any], Any] = {}
        self._stream_children: weakref.WeakKeyDictionary[StreamT, Any] = weakref.WeakKeyDictionary()

    def _child(self, name: str, key: Any, **labels: Any) -> Any:
        """The child of metric ``name`` for ``labels`` (``key`` identifies them)."""
        try:
            return self._labelled[name, key]
        except KeyError:
            child = self._labelled[name, key] = getattr(self._metrics, name).labels(**labels)
            return child

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        Monitor.on_message_in(self, tp, offset, message)
        metrics = self._metrics
        metrics.messages_received.inc()
        metrics.active_messages.inc()
        self._child("messages_received_per_topics", tp.topic, topic=tp.topic).inc()
        self._child(
            "messages_received_per_topics_partition", tp, topic=tp.topic, partition=tp.partition
        ).set(offset)

    def on_stream_event_in(
        self, tp: TP, offset: int, stream: StreamT, event: EventT
    ) -> dict | None:
        state = Monitor.on_stream_event_in(self, tp, offset, stream, event)
        metrics = self._metrics
        metrics.total_events.inc()
        metrics.total_active_events.inc()
        child = self._stream_children.get(stream)
        if child is None:
            label = f"stream.{self._stream_label(stream)}.events"
            child = self._stream_children[stream] = metrics.total_events_per_stream.labels(
                stream=label
            )
        child.inc()
        return state

    def _table_op(self, table: CollectionT, operation: str) -> None:
        name = table.name
        self._child(
            "table_operations", (name, operation), table=f"table.{name}", operation=operation
        ).inc()

    def on_table_get(self, table: CollectionT, key: Any) -> None:
        Monitor.on_table_get(self, table, key)
        self._table_op(table, self.KEYS_RETRIEVED)

    def on_table_set(self, table: CollectionT, key: Any, value: Any) -> None:
        Monitor.on_table_set(self, table, key, value)
        self._table_op(table, self.KEYS_UPDATED)

    def on_table_del(self, table: CollectionT, key: Any) -> None:
        Monitor.on_table_del(self, table, key)
        self._table_op(table, self.KEYS_DELETED)

    def on_send_initiated(
        self,
        producer: ProducerT,
        topic: str,
        message: PendingMessage,
        keysize: int,
        valsize: int,
    ) -> Any:
        self._child("topic_messages_sent", topic, topic=f"topic.{topic}").inc()
        return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

    def count(self, metric_name: str, count: int = 1) -> None:
        Monitor.count(self, metric_name, count=count)
        self._child("count_metrics_by_name", metric_name, metric=metric_name).inc(count)

    def on_tp_commit(self, tp_offsets: TPOffsetMapping) -> None:
        Monitor.on_tp_commit(self, tp_offsets)
        for tp, offset in tp_offsets.items():
            self._child(
                "topic_partition_offset_commited", tp, topic=tp.topic, partition=tp.partition
            ).set(offset)

    def track_tp_end_offset(self, tp: TP, offset: int) -> None:
        Monitor.track_tp_end_offset(self, tp, offset)
        self._child("topic_partition_end_offset", tp, topic=tp.topic, partition=tp.partition).set(
            offset
        )

    def _clear_partition_related_metrics(self) -> None:
        super()._clear_partition_related_metrics()  # removes the per-topic/partition series
        self._labelled.clear()

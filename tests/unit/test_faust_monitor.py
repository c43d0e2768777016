"""streams.faust_monitor: the cached Prometheus sensor exports exactly what Faust's does."""

from __future__ import annotations

from types import SimpleNamespace

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from streams.faust_monitor import CachedPrometheusMonitor


class _Stream:
    """What the sensors read of a stream (weak-referenceable, like a real one)."""

    def __init__(self, label: str) -> None:
        self.shortlabel = f"Stream: Topic: {label}"
        self.task_owner = _Owner()


class _Owner:
    """The agent task owning a stream (weak-referenceable)."""


def _drive(monitor: PrometheusMonitor, streams: list[_Stream]) -> None:
    """The calls a worker makes: messages, events, table ops, sends, commits, end offsets."""
    table = SimpleNamespace(name="sightings")
    for i in range(5):
        for tp in (TP("in", 0), TP("in", 1), TP("app-events", 3)):
            message = SimpleNamespace(time_in=None, time_out=None, time_total=None)
            monitor.on_message_in(tp, i, message)
            stream = streams[tp.partition % 2]
            state = monitor.on_stream_event_in(tp, i, stream, SimpleNamespace())
            monitor.on_table_get(table, b"k")
            monitor.on_table_set(table, b"k", b"v")
            if i == 4:
                monitor.on_table_del(table, b"k")
            monitor.on_send_initiated(None, f"out-{i % 2}", None, 1, 2)
            monitor.on_stream_event_out(tp, i, stream, SimpleNamespace(), state)
            monitor.on_message_out(tp, i, message)
            monitor.track_tp_end_offset(tp, i + 10)
        monitor.count("commits", 2)
        monitor.on_tp_commit({TP("in", 0): i, TP("in", 1): i + 1})


def _exposition(monitor_cls: type[PrometheusMonitor], rebalance: bool) -> bytes:
    registry = CollectorRegistry()
    monitor = monitor_cls(metrics=FaustMetrics.create(registry, "app"))
    streams = [_Stream("in"), _Stream("app-events")]
    _drive(monitor, streams)
    if rebalance:  # Faust drops the per-topic and per-partition series
        monitor._clear_partition_related_metrics()
        _drive(monitor, streams)
    text = generate_latest(registry).decode()
    # the latency and runtime histograms measure real time; compare everything else
    return "\n".join(
        line
        for line in text.splitlines()
        if not any(t in line for t in ("latency", "runtime_ms_sum", "_created"))
    ).encode()


def test_cached_monitor_exports_the_same_metrics_as_faust() -> None:
    cached = _exposition(CachedPrometheusMonitor, rebalance=False)
    assert cached == _exposition(PrometheusMonitor, rebalance=False)
    assert b'app_messages_received_per_topics_partition{partition="1",topic="in"} 4.0' in cached
    assert b'app_table_operations_total{operation="keys_updated",table="table.sightings"}' in cached


def test_series_removed_on_rebalance_come_back_updated() -> None:
    cached = _exposition(CachedPrometheusMonitor, rebalance=True)
    assert cached == _exposition(PrometheusMonitor, rebalance=True)
    assert b'app_topic_partition_end_offset{partition="3",topic="app-events"} 14.0' in cached


async def test_the_monitor_still_starts_and_stops_as_a_service() -> None:
    # the cache must not shadow the service's own attributes (``_children`` are services)
    monitor = CachedPrometheusMonitor(metrics=FaustMetrics.create(CollectorRegistry(), "app"))
    _drive(monitor, [_Stream("in"), _Stream("app-events")])
    await monitor.start()
    await monitor.stop()
    assert monitor._children == []  # no child services, nothing left to stop

"""The cached Faust sensor exports exactly what Faust's own Prometheus sensor exports."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from streams.metrics import ALERTS_PUBLISHED, child
from streams.sensors import CachedPrometheusMonitor


class _Owner:
    """The agent task that owns a stream (weak-referenceable, as Faust's are)."""


class _Stream:
    """What the sensor reads of a stream."""

    def __init__(self, i: int) -> None:
        self.shortlabel, self.task_owner = f"Stream: Topic: t{i}", _Owner()


def _drive(monitor: PrometheusMonitor) -> None:
    streams = [_Stream(1), _Stream(2)]
    table = SimpleNamespace(name="sightings")
    for n in range(5):
        tp = TP("wire.stories", n % 2)
        monitor.on_message_in(tp, 100 + n, SimpleNamespace(time_in=None))
        monitor.on_stream_event_in(tp, 100 + n, streams[n % 2], SimpleNamespace())
        monitor.on_table_get(table, b"k")
        monitor.on_table_set(table, b"k", b"v")
        if n == 3:
            monitor.on_table_del(table, b"k")
        monitor.on_send_initiated(None, "alerts.diplomatic", None, 1, 2)
        monitor.track_tp_end_offset(tp, 200 + n)


def _exposition(cls: type[PrometheusMonitor]) -> bytes:
    registry = CollectorRegistry(auto_describe=True)
    monitor = cls(metrics=FaustMetrics.create(registry, "faust"))
    _drive(monitor)
    # (every series also has a "_created" time, which differs between the two registries)
    return b"\n".join(
        line for line in generate_latest(registry).splitlines() if b"_created" not in line
    )


def test_cached_sensor_exports_the_same_series_and_values() -> None:
    cached, plain = _exposition(CachedPrometheusMonitor), _exposition(PrometheusMonitor)
    assert b"faust_messages_received_per_topic" in cached
    assert (
        b'faust_table_operations_total{operation="keys_deleted",table="table.sightings"} 1.0'
        in cached
    )
    assert cached == plain


def test_metric_children_are_cached_and_count() -> None:
    a = child(ALERTS_PUBLISHED, "leader_call", "occurred", "P1")
    before = a._value.get()
    child(ALERTS_PUBLISHED, "leader_call", "occurred", "P1").inc()
    assert child(ALERTS_PUBLISHED, "leader_call", "occurred", "P1") is a
    assert a._value.get() == before + 1
    assert ALERTS_PUBLISHED.labels("leader_call", "occurred", "P1") is a


def test_cached_sensor_starts_and_stops_as_a_service() -> None:
    # the sensor is a mode Service: its caches must not shadow the Service's own attributes
    # (a dict named _children broke the worker's shutdown: "'tuple' object has no attribute
    # 'stop'")
    registry = CollectorRegistry(auto_describe=True)
    monitor = CachedPrometheusMonitor(metrics=FaustMetrics.create(registry, "faust"))
    _drive(monitor)

    async def cycle() -> None:
        await monitor.start()
        await monitor.stop()

    asyncio.run(cycle())
    assert monitor._stopped.is_set()

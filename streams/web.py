"""HTTP endpoints of a worker on Faust's web server: ``/metrics``, ``/health``, ``/ready``.

``/metrics`` serves the pipeline metrics (``streams.metrics.REGISTRY``) followed by Faust's
own sensor metrics (``faust_*``, a separate registry per app so names never collide).
``/health`` is liveness: the event loop answers. ``/ready`` answers 200 only when the worker
holds input partitions, is not rebalancing and can open a TCP connection to a broker.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import faust
from faust import web
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from streams import metrics
from streams.sensors import CachedPrometheusMonitor

FAUST_METRICS_PREFIX = "faust"
"""Prefix of Faust's sensor metrics (fixed, so dashboards do not depend on the app id)."""

BROKER_CHECK_TIMEOUT = 1.0
BROKER_CHECK_CACHE_SECONDS = 2.0


def bootstrap_addresses(bootstrap: str) -> list[tuple[str, int]]:
    """``"kafka://h1:9092,h2"`` -> ``[("h1", 9092), ("h2", 9092)]``."""
    out: list[tuple[str, int]] = []
    for raw in bootstrap.split(","):
        item = raw.strip()
        if "://" in item:
            item = item.split("://", 1)[1]
        if not item:
            continue
        host, sep, port = item.rpartition(":")
        if not sep or not port.isdigit():
            host, port = item, "9092"
        out.append((host.strip("[]"), int(port)))
    return out


@dataclass
class BrokerProbe:
    """TCP reachability of the bootstrap brokers, cached for a couple of seconds."""

    addresses: list[tuple[str, int]]
    timeout: float = BROKER_CHECK_TIMEOUT
    cache_seconds: float = BROKER_CHECK_CACHE_SECONDS
    _checked_at: float = field(default=-1e9, init=False)
    _last: tuple[bool, str] = field(default=(False, "not checked"), init=False)

    async def check(self) -> tuple[bool, str]:
        """(reachable, detail): reachable when any bootstrap address accepts a connection."""
        now = time.monotonic()
        if now - self._checked_at < self.cache_seconds:
            return self._last
        errors: list[str] = []
        result: tuple[bool, str] | None = None
        for host, port in self.addresses:
            try:
                _, writer = await asyncio.wait_for(
                    asyncio.open_connection(host, port), self.timeout
                )
            except (OSError, TimeoutError) as exc:
                errors.append(f"{host}:{port}: {type(exc).__name__}: {exc}".rstrip(": "))
                continue
            writer.close()
            result = (True, f"{host}:{port}")
            break
        if result is None:
            result = (False, "; ".join(errors) or "no bootstrap servers configured")
        self._checked_at, self._last = time.monotonic(), result
        return result


def input_assignment(app: faust.App, input_topic: str) -> list[int]:
    """Partitions of the input topic assigned to this worker (empty if not started)."""
    try:
        assigned = app.consumer.assignment()
    except Exception:  # consumer not created or already stopped
        return []
    return sorted(tp.partition for tp in assigned if tp.topic == input_topic)


async def readiness(app: faust.App, input_topic: str, probe: BrokerProbe) -> dict[str, Any]:
    """The /ready document; ``ready`` is true only when every condition holds."""
    reasons: list[str] = []
    partitions = input_assignment(app, input_topic)
    if not partitions:
        reasons.append(f"no partitions of {input_topic} assigned")
    if app.rebalancing:
        reasons.append("rebalancing")
    reachable, detail = await probe.check()
    if not reachable:
        reasons.append(f"broker unreachable: {detail}")
    return {
        "ready": not reasons,
        "reasons": reasons,
        "input_topic": input_topic,
        "assigned_partitions": partitions,
        "broker": detail,
    }


def setup_faust_sensors(app: faust.App) -> CollectorRegistry:
    """Install Faust's Prometheus monitor on ``app`` with its own registry; return it."""
    registry = CollectorRegistry(auto_describe=True)
    app.monitor = CachedPrometheusMonitor(
        metrics=FaustMetrics.create(registry, FAUST_METRICS_PREFIX)
    )
    return registry


def exposition(faust_registry: CollectorRegistry | None) -> bytes:
    """Prometheus text exposition of the pipeline metrics, then Faust's."""
    body = generate_latest(metrics.REGISTRY)
    if faust_registry is not None:
        body += generate_latest(faust_registry)
    return body


def register_web(app: faust.App, settings: Any, *, faust_sensors: bool = True) -> None:
    """Add ``/metrics``, ``/health`` and ``/ready`` to the app's web server."""
    faust_registry = setup_faust_sensors(app) if faust_sensors else None
    probe = BrokerProbe(bootstrap_addresses(settings.bootstrap))
    started = time.time()
    worker_id = getattr(settings, "worker_id", "") or ""

    @app.page("/metrics", name="wire_alerts_metrics")
    async def metrics_view(self: web.View, request: web.Request) -> web.Response:
        body = exposition(faust_registry)
        # generate_latest() writes the 0.0.4 text format; say so, for Prometheus 2.x scrapers.
        return self.bytes(body, headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})

    @app.page("/health", name="wire_alerts_health")
    async def health_view(self: web.View, request: web.Request) -> web.Response:
        return self.json(
            {
                "status": "ok",
                "app": app.conf.id,
                "worker_id": worker_id,
                "uptime_seconds": round(time.time() - started, 3),
            }
        )

    @app.page("/ready", name="wire_alerts_ready")
    async def ready_view(self: web.View, request: web.Request) -> web.Response:
        doc = await readiness(app, settings.input_topic, probe)
        return self.json(doc, status=200 if doc["ready"] else 503)

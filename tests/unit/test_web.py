"""streams.web: /metrics, /health and /ready on Faust's web server (aiohttp), without Kafka.

The endpoints run on the real aiohttp application Faust builds; readiness against a real
broker is covered by tests/integration/test_observability_e2e.py.
"""

from __future__ import annotations

import asyncio
import socket
from types import SimpleNamespace

import faust
from aiohttp.test_utils import TestClient, TestServer
from faust.types import TP
from prometheus_client.parser import text_string_to_metric_families

from streams import metrics
from streams.config import Settings
from streams.web import BrokerProbe, bootstrap_addresses, readiness, register_web


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bootstrap_addresses() -> None:
    assert bootstrap_addresses("kafka://h1:9093, h2 ,[::1]:19092") == [
        ("h1", 9093),
        ("h2", 9092),
        ("::1", 19092),
    ]
    assert bootstrap_addresses("") == []


async def test_broker_probe_reachable_unreachable_and_cached() -> None:
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        ok, detail = await BrokerProbe([("127.0.0.1", _closed_port()), ("127.0.0.1", port)]).check()
        assert ok and detail == f"127.0.0.1:{port}"
        probe = BrokerProbe([("127.0.0.1", _closed_port())], cache_seconds=60)
        ok, detail = await probe.check()
        assert not ok and "ConnectionRefusedError" in detail
        probe.addresses = [("127.0.0.1", port)]
        assert (await probe.check())[0] is False  # cached
        probe.cache_seconds = 0
        assert (await probe.check())[0] is True
    finally:
        server.close()
        await server.wait_closed()


async def test_readiness_needs_input_partitions_no_rebalance_and_a_broker() -> None:
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    assigned = {TP("wire.stories", 2), TP("wire.stories", 0), TP("app-sightings-changelog", 1)}
    app = SimpleNamespace(consumer=SimpleNamespace(assignment=lambda: assigned), rebalancing=False)
    probe = BrokerProbe([("127.0.0.1", port)], cache_seconds=0)
    try:
        doc = await readiness(app, "wire.stories", probe)  # type: ignore[arg-type]
        assert doc["ready"] is True and doc["reasons"] == []
        assert doc["assigned_partitions"] == [0, 2]
        app.rebalancing = True
        doc = await readiness(app, "wire.stories", probe)  # type: ignore[arg-type]
        assert doc["reasons"] == ["rebalancing"]
        app.rebalancing = False
        doc = await readiness(app, "other.topic", probe)  # type: ignore[arg-type]
        assert doc["ready"] is False and doc["reasons"] == ["no partitions of other.topic assigned"]
    finally:
        server.close()
        await server.wait_closed()


async def test_endpoints_on_faust_web_server() -> None:
    port = _closed_port()
    settings = Settings(bootstrap_servers=f"127.0.0.1:{port}", input_topic="wire.stories")
    app = faust.App("web-unit-test", broker=f"kafka://127.0.0.1:{port}", web_enabled=True)
    register_web(app, settings)
    app.web.init_server()
    metrics.STORIES_CONSUMED.labels("web-unit-test-agency").inc()
    async with TestClient(TestServer(app.web.web_app)) as client:
        resp = await client.get("/metrics")
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        families = {f.name: f for f in text_string_to_metric_families(await resp.text())}
        consumed = families["wire_alerts_stories_consumed"]
        assert any(
            s.labels.get("agency") == "web-unit-test-agency" and s.value >= 1
            for s in consumed.samples
        )
        assert "faust_messages_received" in families  # Faust's sensor metrics, same page
        assert "wire_alerts_detection_duration_seconds" in families

        resp = await client.get("/health")
        assert resp.status == 200
        assert (await resp.json())["status"] == "ok"

        resp = await client.get("/ready")
        assert resp.status == 503
        doc = await resp.json()
        assert doc["ready"] is False
        assert "no partitions of wire.stories assigned" in doc["reasons"]
        assert any(r.startswith("broker unreachable") for r in doc["reasons"])

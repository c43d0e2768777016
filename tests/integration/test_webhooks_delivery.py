"""Webhook delivery end to end: real broker, the real ``wire-alerts webhooks`` process, and a
local HTTP receiver (aiohttp on 127.0.0.1) that fails on purpose.

One alert of each type is produced to a fresh firehose topic. ``flaky`` (invitations only)
answers 500 twice, then 200: three signed attempts, spaced by the backoff. ``down`` (calls
only) always answers 500: three attempts, then the alert is in ``<prefix>.down`` with the
reason in its headers. ``gone`` (every alert) answers 410: permanent, one attempt each,
dead-lettered at once. Offsets are committed only after delivery or dead-lettering.
"""

from __future__ import annotations

import asyncio
import copy
import json
import time
import uuid
from collections.abc import Callable

import orjson
from aiohttp import web
from board_proc import ServiceProc
from worker_proc import TopicReader, committed_offsets, free_port, metric_total, produce

from streams.board.webhooks import DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from streams.schemas import ALERT_SCHEMA, load_schema

SECRET = "webhook-test-secret"
BASE_DELAY = 0.4


class Receiver:
    """Records every request; ``/flaky`` fails twice then succeeds, ``/down`` always fails."""

    def __init__(self) -> None:
        self.requests: dict[str, list[dict]] = {"flaky": [], "down": [], "gone": []}
        self.runner: web.AppRunner | None = None
        self.port = free_port()

    async def handle(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        seen = self.requests.setdefault(name, [])
        seen.append(
            {"t": time.monotonic(), "headers": dict(request.headers), "body": await request.read()}
        )
        if name == "flaky":
            return web.Response(status=500 if len(seen) <= 2 else 200, text="flaky")
        if name == "gone":
            return web.Response(status=410, text="gone")
        return web.Response(status=500, text="down")

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/{name}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()


async def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def test_retries_signature_and_dead_letters(
    kafka_bootstrap: str, new_topic: Callable[..., str], tmp_path
) -> None:
    run = uuid.uuid4().hex[:8]
    topic = new_topic("hook-alerts", partitions=2)
    examples = load_schema(ALERT_SCHEMA)["examples"]
    invitation, call = (copy.deepcopy(e) for e in examples)
    raw = {a["type"]: orjson.dumps(a) for a in (invitation, call)}
    produce(
        kafka_bootstrap,
        topic,
        [(a["event_key"].encode(), raw[a["type"]]) for a in (invitation, call)],
    )

    receiver = Receiver()
    base = await receiver.start()
    names = {k: f"{k}-{run}" for k in ("flaky", "down", "gone")}
    prefix = f"hook-dlq-{run}"
    subs = {
        "dead_letter_prefix": prefix,
        "defaults": {"base_delay": BASE_DELAY, "max_delay": 5, "timeout": 5},
        "subscriptions": [
            {
                "name": names["flaky"],
                "url": f"{base}/flaky",
                "filter": {"types": ["summit_invitation"]},
                "secret": SECRET,
                "max_attempts": 4,
            },
            {
                "name": names["down"],
                "url": f"{base}/down",
                "filter": {"types": ["leader_call"], "countries": ["rus"]},
                "secret": SECRET,
                "max_attempts": 3,
                "base_delay": 0.1,
            },
            {"name": names["gone"], "url": f"{base}/gone", "max_attempts": 5},
        ],
    }
    sub_file = tmp_path / "subscriptions.json"
    sub_file.write_text(json.dumps(subs))
    app_id = f"hooks-{run}"
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": app_id,
        "WIRE_ALERTS_ALERTS_TOPIC": topic,
        "WIRE_ALERTS_SUBSCRIPTIONS_FILE": str(sub_file),
        "WIRE_ALERTS_PARTITIONS": "1",
    }
    proc = ServiceProc("webhooks", env, tmp_path / "webhooks.log", "--from", "earliest").start()
    dlq = None
    try:
        await asyncio.to_thread(proc.wait_ready, 60)
        r = receiver.requests
        await wait_until(lambda: len(r["flaky"]) >= 3, 30, "three attempts at /flaky")
        await wait_until(lambda: len(r["down"]) >= 3 and len(r["gone"]) >= 2, 30, "failures")
        dlq = await asyncio.to_thread(
            TopicReader, kafka_bootstrap, *(f"{prefix}.{names[k]}" for k in ("down", "gone"))
        )
        await asyncio.to_thread(dlq.wait_for, lambda rs: len(rs) >= 3, 30)
        await asyncio.sleep(1.5)  # nothing more may arrive
        metrics_text = (await asyncio.to_thread(proc.get, "/metrics"))[1].decode()
    finally:
        rc = proc.stop()
        await receiver.stop()
        if dlq is not None:
            dlq.close()
    log = proc.log()
    assert rc == 0, log
    assert "Traceback" not in log, log

    # flaky: 500, 500, 200 -> exactly three attempts, the backoff between them, all signed
    flaky = r["flaky"]
    assert len(flaky) == 3, [f["headers"].get("X-Wire-Alerts-Attempt") for f in flaky]
    gaps = [b["t"] - a["t"] for a, b in zip(flaky, flaky[1:], strict=False)]
    assert gaps[0] >= BASE_DELAY * 0.95 and gaps[1] >= 2 * BASE_DELAY * 0.95, gaps
    assert gaps[0] < BASE_DELAY + 2 and gaps[1] < 2 * BASE_DELAY + 2, gaps
    for n, req in enumerate(flaky, start=1):
        h = req["headers"]
        assert req["body"] == raw["summit_invitation"]  # the alert exactly as published
        assert verify(SECRET, req["body"], h[SIGNATURE_HEADER]), h
        assert not verify("wrong-secret", req["body"], h[SIGNATURE_HEADER])
        assert abs(int(h[TIMESTAMP_HEADER]) - time.time()) < 120
        assert h["X-Wire-Alerts-Attempt"] == str(n)
        assert h["Content-Type"] == "application/json"
    assert len({req["headers"][DELIVERY_HEADER] for req in flaky}) == 1

    # down: three attempts of the call only, then the dead letter with the reason
    assert len(r["down"]) == 3
    assert all(req["body"] == raw["leader_call"] for req in r["down"])
    # gone: 410 is permanent, one attempt per alert
    assert len(r["gone"]) == 2

    by_topic: dict[str, list] = {}
    for rec in dlq.records:
        by_topic.setdefault(rec.topic, []).append(rec)
    (down_dl,) = by_topic[f"{prefix}.{names['down']}"]
    assert down_dl.value == raw["leader_call"] and down_dl.key == call["event_key"].encode()
    assert down_dl.headers["webhook.subscription"] == names["down"].encode()
    assert down_dl.headers["webhook.error"] == b"HTTP 500"
    assert down_dl.headers["webhook.attempts"] == b"3"
    assert down_dl.headers["webhook.permanent"] == b"false"
    assert down_dl.headers["alert-id"] == call["alert_id"].encode()
    gone_dl = by_topic[f"{prefix}.{names['gone']}"]
    assert sorted(d.value for d in gone_dl) == sorted(raw.values())
    assert {(d.headers["webhook.error"], d.headers["webhook.attempts"]) for d in gone_dl} == {
        (b"HTTP 410", b"1")
    }
    assert all(d.headers["webhook.permanent"] == b"true" for d in gone_dl)

    # metrics
    m = metrics_text
    name = "wire_alerts_webhook_deliveries_total"
    assert metric_total(m, name, subscription=names["flaky"], outcome="delivered") == 1
    assert metric_total(m, name, subscription=names["down"], outcome="dead_lettered") == 1
    assert metric_total(m, name, subscription=names["gone"], outcome="dead_lettered") == 2
    retries = "wire_alerts_webhook_retries_total"
    assert metric_total(m, retries, subscription=names["flaky"]) == 2
    assert metric_total(m, retries, subscription=names["down"]) == 2
    assert metric_total(m, retries, subscription=names["gone"]) == 0
    count = "wire_alerts_webhook_delivery_duration_seconds_count"
    assert metric_total(m, count, subscription=names["flaky"]) == 3

    # every subscription committed past both alerts (delivered or dead-lettered)
    for key in ("flaky", "down", "gone"):
        committed, ends = committed_offsets(
            kafka_bootstrap, f"{app_id}-webhooks-{names[key]}", topic
        )
        assert sum(committed.values()) == sum(ends.values()) == 2, (key, committed, ends)

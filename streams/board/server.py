"""The board's HTTP server (aiohttp): page, static assets, event stream, snapshot, metrics.

Routes: ``/`` the page, ``/static/*`` its JS/CSS (served from ``streams/board/static``),
``/events`` server-sent events, ``/api/alerts`` the JSON snapshot (newest first),
``/health``, ``/ready`` and ``/metrics``. Every response carries a Content-Security-Policy
that allows only the project's own scripts and styles (no inline script), plus
``X-Content-Type-Options: nosniff``.

Event stream: each message is ``id: <board sequence>``, ``event: alert``, ``data: <JSON>``
where the JSON is ``{"seq", "order", "alert", "view"}`` (``view``: :func:`present.view`).
A client that reconnects with ``Last-Event-ID`` gets the alerts changed since; ``event:
synced`` follows the catch-up once the board has read its history; ``event: reset`` tells a
client whose id is unknown to this board process to drop what it holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
from aiohttp import web
from aiokafka import ConsumerRecord
from aiokafka.errors import KafkaError
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from streams import metrics
from streams.board import present
from streams.board.kafka_io import follow_recent
from streams.board.ring import DEFAULT_CAPACITY, AlertRing, Entry
from streams.board.webhooks import WebhookService
from streams.config import Settings

log = logging.getLogger("streams.board")

STATIC_DIR = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
KEEPALIVE_SECONDS = 15.0
RESTART_DELAY_SECONDS = 5.0


class Board:
    """The alert ring fed from Kafka, and the wake-up of the event streams."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, start_seq: int | None = None) -> None:
        self.ring = AlertRing(capacity, start_seq)
        self.synced = False
        self.closing = False
        self._changed = asyncio.Event()

    def notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def waiter(self) -> asyncio.Event:
        """An event set at the next change (take it before reading the ring)."""
        return self._changed

    def add(self, alert: dict[str, Any], notify: bool = True) -> Entry | None:
        try:
            entry = self.ring.add(alert)
        except (ValueError, TypeError):
            log.warning("ignoring an alert without event key")
            return None
        metrics.BOARD_ALERTS.set(len(self.ring))
        if entry is not None and notify:
            self.notify()
        return entry

    async def on_history(self, records: list[ConsumerRecord]) -> None:
        """The recent alerts read at start, in publication order."""
        for rec in sorted(records, key=lambda r: (r.timestamp, r.partition, r.offset)):
            alert = decode(rec.value)
            if alert is not None:
                self.add(alert, notify=False)
        self.synced = True
        log.info("board holds %d alerts from history", len(self.ring))
        self.notify()

    async def on_record(self, rec: ConsumerRecord) -> None:
        alert = decode(rec.value)
        if alert is not None:
            self.add(alert)

    def close(self) -> None:
        self.closing = True
        self.notify()


BOARD = web.AppKey("board", Board)  # may hold None (webhooks only)
WEBHOOKS = web.AppKey("webhooks", WebhookService)  # may hold None (no subscriptions)
INDEX_HTML = web.AppKey("index_html", bytes)


def decode(value: bytes | None) -> dict[str, Any] | None:
    try:
        doc = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        log.warning("ignoring an undecodable alert")
        return None
    return doc if isinstance(doc, dict) else None


def envelope(entry: Entry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "order": entry.order,
        "alert": entry.alert,
        "view": present.view(entry.alert),
    }


def sse_frame(entry: Entry) -> bytes:
    """The ``alert`` message of an entry, encoded once per version for all clients."""
    if entry.frame is None:
        data = orjson.dumps(envelope(entry))
        entry.frame = b"id: %d\nevent: alert\ndata: %s\n\n" % (entry.seq, data)
    return entry.frame


def last_event_id(request: web.Request) -> int:
    raw = request.headers.get("Last-Event-ID") or request.query.get("lastEventId") or ""
    try:
        return int(raw.strip())
    except ValueError:
        return -1


# ---------------------------------------------------------------------------- handlers
async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    if request.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-cache")


async def index(request: web.Request) -> web.Response:
    return web.Response(
        body=request.app[INDEX_HTML],
        content_type="text/html",
        charset="utf-8",
        headers={"Cache-Control": "no-cache"},
    )


async def snapshot(request: web.Request) -> web.Response:
    board: Board = request.app[BOARD]
    doc = {
        "seq": board.ring.seq,
        "synced": board.synced,
        "alerts": [envelope(e) for e in board.ring.newest_first()],
    }
    return web.Response(
        body=orjson.dumps(doc),
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


async def events(request: web.Request) -> web.StreamResponse:
    board: Board = request.app[BOARD]
    last = last_event_id(request)
    resp = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",
        }
    )
    await resp.prepare(request)
    metrics.BOARD_CLIENTS.inc()
    try:
        await resp.write(b"retry: 2000\n\n")
        if last > board.ring.seq:
            await resp.write(b"event: reset\ndata: {}\n\n")
            last = -1
        told_synced = False
        while not board.closing:
            waiter = board.waiter()
            for entry in board.ring.since(last):
                await resp.write(sse_frame(entry))
                last = entry.seq
            if board.synced and not told_synced:
                await resp.write(b"event: synced\ndata: {}\n\n")
                told_synced = True
            try:
                await asyncio.wait_for(waiter.wait(), KEEPALIVE_SECONDS)
            except TimeoutError:
                await resp.write(b": keepalive\n\n")
    except (ConnectionResetError, ConnectionError):
        pass  # the browser went away
    finally:
        metrics.BOARD_CLIENTS.dec()
    return resp


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def ready(request: web.Request) -> web.Response:
    board: Board | None = request.app[BOARD]
    hooks: WebhookService | None = request.app[WEBHOOKS]
    doc = {
        "board": None if board is None else {"synced": board.synced, "alerts": len(board.ring)},
        "webhooks": None
        if hooks is None
        else {"subscriptions": len(hooks.config.subscriptions), "assigned": hooks.ready},
    }
    ok = (board is None or board.synced) and (hooks is None or hooks.ready)
    doc["ready"] = ok
    return web.json_response(doc, status=200 if ok else 503)


async def metrics_endpoint(request: web.Request) -> web.Response:
    return web.Response(
        body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4}
    )


# ---------------------------------------------------------------------------- app
async def supervise(name: str, run: Callable[[], Awaitable[None]], stop: asyncio.Event) -> None:
    """Run ``run()`` until ``stop``; log and restart it after a pause when it fails."""
    while not stop.is_set():
        try:
            await run()
        except asyncio.CancelledError:
            raise
        except KafkaError as exc:  # broker unreachable, topic gone ...: expected, no traceback
            log.error("%s: %s; restarting in %.0fs", name, exc, RESTART_DELAY_SECONDS)
        except Exception:
            log.exception("%s failed; restarting in %.0fs", name, RESTART_DELAY_SECONDS)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), RESTART_DELAY_SECONDS)


def create_app(
    settings: Settings,
    *,
    board: Board | None,
    webhooks: WebhookService | None = None,
    topic: str | None = None,
    history: int = DEFAULT_CAPACITY,
    background: bool = True,
) -> web.Application:
    """The aiohttp app; ``board`` None serves only health, readiness and metrics.

    ``background`` runs the board's consumer and the webhooks inside the app (False: the
    caller feeds ``board`` itself, as the HTTP tests do).
    """
    app = web.Application()
    app[BOARD] = board  # type: ignore[assignment]
    app[WEBHOOKS] = webhooks  # type: ignore[assignment]
    app.on_response_prepare.append(_security_headers)
    topic = topic or settings.alerts_topic
    if board is not None:
        app[INDEX_HTML] = (STATIC_DIR / "index.html").read_bytes()
        app.router.add_get("/", index)
        app.router.add_get("/api/alerts", snapshot)
        app.router.add_get("/events", events)
        app.router.add_static("/static", STATIC_DIR, show_index=False, follow_symlinks=False)
    app.router.add_get("/health", health)
    app.router.add_get("/ready", ready)
    app.router.add_get("/metrics", metrics_endpoint)

    async def run_background(app: web.Application) -> AsyncIterator[None]:
        stop = asyncio.Event()
        tasks = []
        if board is not None:

            async def consume() -> None:
                await follow_recent(
                    settings,
                    topic,
                    history=history,
                    on_history=board.on_history,
                    on_record=board.on_record,
                    stop=stop,
                )

            tasks.append(asyncio.create_task(supervise("board consumer", consume, stop)))
        if webhooks is not None:
            tasks.append(
                asyncio.create_task(supervise("webhooks", lambda: webhooks.run(stop), stop))
            )
        yield
        stop.set()
        if board is not None:
            board.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def on_shutdown(app: web.Application) -> None:
        if board is not None:
            board.close()  # ends the open event streams

    if background:
        app.cleanup_ctx.append(run_background)
    app.on_shutdown.append(on_shutdown)
    return app

"""Webhook subscriptions: push matching alerts to HTTP endpoints, signed, retried, dead-lettered.

Subscriptions come from a JSON or YAML file (``WIRE_ALERTS_SUBSCRIPTIONS_FILE``; a commented
example is ``streams/board/subscriptions.example.yaml``)::

    dead_letter_prefix: alerts.webhooks.dlq      # optional; topic = <prefix>.<name>
    defaults: {max_attempts: 5, base_delay: 1.0, max_delay: 60, timeout: 10}
    subscriptions:
      - name: eastern-europe-desk
        url: https://hooks.example.org/wire-alerts
        filter: {types: [summit_invitation], priorities: [P1, P2], countries: [RUS, UKR]}
        format: json                             # or slack
        secret: a-long-random-string             # HMAC-SHA256 key (optional)
        max_attempts: 8                          # overrides defaults

Each subscription reads the alert firehose with its own consumer group
(``<app id>-webhooks-<name>``) and commits an alert's offset only once it was delivered or
dead-lettered, so one slow endpoint never holds back another and a restart resumes where it
stopped (at-least-once: receivers drop repeats by ``X-Wire-Alerts-Delivery``).

A delivery is an HTTP POST of the alert JSON exactly as published (``format: json``) or a
Slack message (``format: slack``), with ``X-Wire-Alerts-Signature: sha256=<hex>`` =
HMAC-SHA256(secret, raw body) and ``X-Wire-Alerts-Timestamp`` (Unix seconds of the attempt).
Network errors, timeouts, 408, 425, 429 and 5xx are retried after ``base_delay * 2**(n-1)``
seconds (capped at ``max_delay``; a longer ``Retry-After`` wins); other statuses are
permanent. After the last attempt (or a permanent error) the alert goes to the
subscription's dead-letter topic with headers naming the subscription and the last error.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord

import streams
from streams import metrics
from streams.board.kafka_io import client_kwargs, producer, wait_partitions
from streams.board.present import attribution_line, safe_url
from streams.config import Settings

log = logging.getLogger("streams.board.webhooks")

SIGNATURE_HEADER = "X-Wire-Alerts-Signature"
TIMESTAMP_HEADER = "X-Wire-Alerts-Timestamp"
DELIVERY_HEADER = "X-Wire-Alerts-Delivery"
DEFAULT_DEAD_LETTER_PREFIX = "alerts.webhooks.dlq"
FORMATS = ("json", "slack")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_RETRYABLE = {408, 425, 429}


class SubscriptionError(ValueError):
    """The subscriptions file is invalid."""


# ------------------------------------------------------------------------ configuration
@dataclass(frozen=True)
class Filter:
    """Which alerts a subscription wants; an empty set means any value."""

    types: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    desks: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()

    def matches(self, alert: Mapping[str, Any]) -> bool:
        tags = alert.get("tags") or {}
        if self.types and alert.get("type") not in self.types:
            return False
        if self.priorities and alert.get("priority") not in self.priorities:
            return False
        if self.statuses and alert.get("status") not in self.statuses:
            return False
        if self.countries and not self.countries & {
            str(c).upper() for c in tags.get("countries") or []
        }:
            return False
        return not (self.desks and not self.desks & set(tags.get("desks") or []))


@dataclass(frozen=True)
class Retry:
    """Attempts and exponential backoff of one subscription."""

    max_attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    timeout: float = 10.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        if retry_after is not None:
            backoff = max(backoff, min(retry_after, self.max_delay))
        return backoff

    def schedule(self) -> list[float]:
        """The waits between attempts: ``max_attempts - 1`` delays."""
        return [self.delay(n) for n in range(1, self.max_attempts)]


@dataclass(frozen=True)
class Subscription:
    name: str
    url: str
    filter: Filter = field(default_factory=Filter)
    format: str = "json"
    secret: str = ""
    retry: Retry = field(default_factory=Retry)
    dead_letter_topic: str = ""


@dataclass(frozen=True)
class SubscriptionsConfig:
    subscriptions: tuple[Subscription, ...]
    dead_letter_prefix: str = DEFAULT_DEAD_LETTER_PREFIX


def _codes(value: Any, where: str, upper: bool = False) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise SubscriptionError(f"{where}: expected a list of strings")
    return frozenset(v.upper() if upper else v for v in value)


def _number(doc: Mapping[str, Any], key: str, default: float, where: str, minimum: float) -> float:
    value = doc.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise SubscriptionError(f"{where}.{key}: expected a number >= {minimum}")
    return float(value)


def _retry(doc: Mapping[str, Any], base: Retry, where: str) -> Retry:
    attempts = _number(doc, "max_attempts", base.max_attempts, where, 1)
    if attempts != int(attempts):
        raise SubscriptionError(f"{where}.max_attempts: expected an integer")
    return Retry(
        max_attempts=int(attempts),
        base_delay=_number(doc, "base_delay", base.base_delay, where, 0),
        max_delay=_number(doc, "max_delay", base.max_delay, where, 0),
        timeout=_number(doc, "timeout", base.timeout, where, 0.001),
    )


def parse_subscriptions(doc: Any) -> SubscriptionsConfig:
    """Validate a decoded subscriptions document (a mapping, or a bare list of subscriptions)."""
    from streams.detector.model import EVENT_TYPES

    if isinstance(doc, list):
        doc = {"subscriptions": doc}
    if not isinstance(doc, dict):
        raise SubscriptionError("expected a mapping with 'subscriptions'")
    unknown = set(doc) - {"subscriptions", "defaults", "dead_letter_prefix"}
    if unknown:
        raise SubscriptionError(f"unknown keys: {sorted(unknown)}")
    prefix = doc.get("dead_letter_prefix") or DEFAULT_DEAD_LETTER_PREFIX
    if not isinstance(prefix, str) or not re.fullmatch(r"[A-Za-z0-9._-]+", prefix):
        raise SubscriptionError("dead_letter_prefix: not a valid topic name")
    defaults = _retry(doc.get("defaults") or {}, Retry(), "defaults")
    items = doc.get("subscriptions") or []
    if not isinstance(items, list):
        raise SubscriptionError("subscriptions: expected a list")
    subs: list[Subscription] = []
    for i, item in enumerate(items):
        where = f"subscriptions[{i}]"
        if not isinstance(item, dict):
            raise SubscriptionError(f"{where}: expected a mapping")
        allowed = {"name", "url", "filter", "format", "secret", "dead_letter_topic"}
        allowed |= {"max_attempts", "base_delay", "max_delay", "timeout"}
        if set(item) - allowed:
            raise SubscriptionError(f"{where}: unknown keys {sorted(set(item) - allowed)}")
        name = item.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise SubscriptionError(f"{where}.name: letters, digits, '.', '_', '-' (max 64)")
        where = f"subscription {name!r}"
        if any(s.name == name for s in subs):
            raise SubscriptionError(f"{where}: duplicate name")
        url = item.get("url")
        if safe_url(url) is None:
            raise SubscriptionError(f"{where}.url: expected an http(s) URL")
        fmt = item.get("format", "json")
        if fmt not in FORMATS:
            raise SubscriptionError(f"{where}.format: one of {FORMATS}")
        secret = item.get("secret") or ""
        if not isinstance(secret, str):
            raise SubscriptionError(f"{where}.secret: expected a string")
        flt = item.get("filter") or {}
        if not isinstance(flt, dict) or set(flt) - {
            "types",
            "priorities",
            "countries",
            "desks",
            "statuses",
        }:
            raise SubscriptionError(
                f"{where}.filter: types, priorities, countries, desks, statuses"
            )
        filt = Filter(
            types=_codes(flt.get("types"), f"{where}.filter.types"),
            priorities=_codes(flt.get("priorities"), f"{where}.filter.priorities", upper=True),
            countries=_codes(flt.get("countries"), f"{where}.filter.countries", upper=True),
            desks=_codes(flt.get("desks"), f"{where}.filter.desks"),
            statuses=_codes(flt.get("statuses"), f"{where}.filter.statuses"),
        )
        if filt.types - set(EVENT_TYPES):
            raise SubscriptionError(
                f"{where}.filter.types: unknown {sorted(filt.types - set(EVENT_TYPES))}"
            )
        if filt.priorities - {"P1", "P2", "P3"}:
            raise SubscriptionError(f"{where}.filter.priorities: P1, P2 or P3")
        if filt.statuses - {"new", "update"}:
            raise SubscriptionError(f"{where}.filter.statuses: new or update")
        dlq = item.get("dead_letter_topic") or f"{prefix}.{name}"
        if not isinstance(dlq, str) or not re.fullmatch(r"[A-Za-z0-9._-]+", dlq):
            raise SubscriptionError(f"{where}.dead_letter_topic: not a valid topic name")
        subs.append(
            Subscription(
                name=name,
                url=url,
                filter=filt,
                format=fmt,
                secret=secret,
                retry=_retry(item, defaults, where),
                dead_letter_topic=dlq,
            )
        )
    return SubscriptionsConfig(tuple(subs), prefix)


def load_subscriptions(path: str | Path) -> SubscriptionsConfig:
    """Read a ``.json`` or ``.yaml``/``.yml`` subscriptions file."""
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    if p.suffix.lower() in (".yaml", ".yml"):
        import yaml

        doc = yaml.safe_load(text)
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SubscriptionError(f"{p}: {exc}") from exc
    return parse_subscriptions(doc)


# ------------------------------------------------------------------------ message bodies
def sign(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 of the raw body with the subscription's secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """Receiver side: does ``header`` carry the signature of ``body``? (constant time)"""
    return hmac.compare_digest(sign(secret, body), header or "")


def slack_escape(text: str) -> str:
    """Slack's control characters: ``&``, ``<`` and ``>`` (so story text cannot @-mention)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_message(alert: Mapping[str, Any]) -> dict[str, Any]:
    """A Slack incoming-webhook message (``text`` fallback plus Block Kit blocks)."""
    story = alert.get("story") or {}
    etype = str(alert.get("type", "")).replace("_", " ")
    status = "update" if alert.get("status") == "update" else "new"
    title = f"{alert.get('priority', '')} {etype} ({status})"
    summary = str(alert.get("summary", ""))
    context = [f"{story.get('agency', '')}: {story.get('headline', '')}"]
    attribution = attribution_line(alert)
    if attribution:
        context.append(attribution)
    count = int(alert.get("corroboration_count") or 1)
    context.append(f"{count} agenc{'y' if count == 1 else 'ies'}")
    countries = ", ".join((alert.get("tags") or {}).get("countries") or [])
    if countries:
        context.append(countries)
    elements = [{"type": "mrkdwn", "text": slack_escape(c)} for c in context]
    url = safe_url(story.get("url"))
    if url and not re.search(r"[\s<>|]", url):
        elements.append({"type": "mrkdwn", "text": f"<{url}|story>"})
    return {
        "text": slack_escape(f"{title}: {summary}"),
        "blocks": [
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"*{slack_escape(title)}*\n{slack_escape(summary)}",
                },
            },
            {"type": "context", "elements": elements},
        ],
    }


def render(sub: Subscription, alert: Mapping[str, Any], raw: bytes) -> bytes:
    """The POST body: the alert bytes as published (json) or a Slack message."""
    if sub.format == "slack":
        return orjson.dumps(slack_message(alert))
    return raw


def delivery_id(sub: Subscription, alert: Mapping[str, Any]) -> str:
    """Stable per (subscription, alert): repeats of one delivery carry the same id."""
    return hashlib.sha256(f"{sub.name}#{alert.get('alert_id', '')}".encode()).hexdigest()[:32]


def request_headers(
    sub: Subscription, body: bytes, alert: Mapping[str, Any], attempt: int, now: float
) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "User-Agent": f"wire-alerts-webhooks/{streams.__version__}",
        TIMESTAMP_HEADER: str(int(now)),
        DELIVERY_HEADER: delivery_id(sub, alert),
        "X-Wire-Alerts-Alert-Id": str(alert.get("alert_id", "")),
        "X-Wire-Alerts-Subscription": sub.name,
        "X-Wire-Alerts-Attempt": str(attempt),
    }
    if sub.secret:
        headers[SIGNATURE_HEADER] = sign(sub.secret, body)
    return headers


def retryable(status: int) -> bool:
    return status >= 500 or status in _RETRYABLE


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: keep the backoff


# ------------------------------------------------------------------------ delivery
@dataclass(frozen=True)
class Failure:
    error: str
    attempts: int
    status: int | None
    permanent: bool


class DeadLetter:
    """Dead-letter topics: the alert bytes, keyed by event key, with the failure in headers."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self.producer = producer

    async def send(
        self, sub: Subscription, key: bytes | None, raw: bytes, alert_id: str, failure: Failure
    ) -> None:
        headers = [
            ("webhook.subscription", sub.name.encode()),
            ("webhook.error", failure.error.encode()[:1000]),
            ("webhook.attempts", str(failure.attempts).encode()),
            ("webhook.status", str(failure.status or "").encode()),
            ("webhook.permanent", b"true" if failure.permanent else b"false"),
            ("webhook.timestamp", str(time.time()).encode()),
            ("alert-id", alert_id.encode()),
        ]
        await self.producer.send_and_wait(sub.dead_letter_topic, raw, key=key, headers=headers)


class Deliverer:
    """Delivers one alert to one subscription: attempts, backoff, then dead-letter."""

    def __init__(
        self,
        sub: Subscription,
        session: aiohttp.ClientSession,
        dead_letter: DeadLetter,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.sub = sub
        self.session = session
        self.dead_letter = dead_letter
        self.sleep = sleep

    async def attempt(
        self, body: bytes, alert: Mapping[str, Any], n: int
    ) -> tuple[int | None, str, float | None]:
        """One POST: (status or None, error text or '', Retry-After seconds)."""
        headers = request_headers(self.sub, body, alert, n, time.time())
        started = time.perf_counter()
        try:
            async with self.session.post(
                self.sub.url,
                data=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.sub.retry.timeout),
                allow_redirects=False,
            ) as resp:
                await resp.content.read(64 * 1024)
                error = "" if 200 <= resp.status < 300 else f"HTTP {resp.status}"
                return resp.status, error, _retry_after(resp.headers.get("Retry-After"))
        except TimeoutError:
            return None, f"timeout after {self.sub.retry.timeout:g}s", None
        except aiohttp.ClientError as exc:
            return None, f"{type(exc).__name__}: {exc}"[:500], None
        finally:
            metrics.WEBHOOK_DURATION_SECONDS.labels(self.sub.name).observe(
                time.perf_counter() - started
            )

    async def deliver(self, raw: bytes, alert: Mapping[str, Any], key: bytes | None) -> str:
        """Deliver or dead-letter; returns the outcome (``delivered`` or ``dead_lettered``)."""
        sub = self.sub
        body = render(sub, alert, raw)
        n, status, error = 0, None, ""
        for n in range(1, sub.retry.max_attempts + 1):
            status, error, retry_after = await self.attempt(body, alert, n)
            if not error:
                metrics.WEBHOOK_DELIVERIES.labels(sub.name, "delivered").inc()
                return "delivered"
            if status is not None and not retryable(status):
                break
            if n < sub.retry.max_attempts:
                wait = sub.retry.delay(n, retry_after)
                log.warning("%s: attempt %d failed (%s), retry in %.2fs", sub.name, n, error, wait)
                metrics.WEBHOOK_RETRIES.labels(sub.name).inc()
                await self.sleep(wait)
        permanent = status is not None and not retryable(status)
        failure = Failure(error, n, status, permanent)
        log.error(
            "%s: alert %s dead-lettered after %d attempt(s): %s",
            sub.name,
            alert.get("alert_id"),
            n,
            error,
        )
        await self.dead_letter.send(sub, key, raw, str(alert.get("alert_id", "")), failure)
        metrics.WEBHOOK_DELIVERIES.labels(sub.name, "dead_lettered").inc()
        return "dead_lettered"


# ------------------------------------------------------------------------ consumers
class SubscriptionRunner:
    """Consumes the firehose for one subscription (own consumer group, manual commits)."""

    def __init__(
        self,
        sub: Subscription,
        settings: Settings,
        topic: str,
        deliverer: Deliverer,
        *,
        start: str = "latest",
    ) -> None:
        self.sub = sub
        self.settings = settings
        self.topic = topic
        self.deliverer = deliverer
        self.start = start
        self.group_id = f"{settings.app_id}-webhooks-{sub.name}"
        self.assigned = asyncio.Event()

    async def handle(self, rec: ConsumerRecord) -> str | None:
        try:
            alert = orjson.loads(rec.value)
        except orjson.JSONDecodeError:
            log.warning("%s: undecodable alert at %s/%s", self.sub.name, rec.partition, rec.offset)
            return None
        if not isinstance(alert, dict) or not self.sub.filter.matches(alert):
            return None
        return await self.deliverer.deliver(rec.value, alert, rec.key)

    async def run(self, stop: asyncio.Event) -> None:
        consumer = AIOKafkaConsumer(
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset=self.start,
            client_id=f"wire-alerts-webhook-{self.sub.name}",
            **client_kwargs(self.settings),
        )
        try:
            await consumer.start()
            if not await wait_partitions(self.settings, self.topic, stop):
                return
            consumer.subscribe([self.topic])
            while not stop.is_set():
                batches = await consumer.getmany(timeout_ms=500, max_records=100)
                if consumer.assignment():
                    self.assigned.set()
                for tp, records in batches.items():
                    for rec in records:
                        await self.handle(rec)
                    await consumer.commit({tp: records[-1].offset + 1})
        finally:
            await consumer.stop()


class WebhookService:
    """All subscriptions of a config, with one HTTP session and one dead-letter producer."""

    def __init__(
        self,
        settings: Settings,
        config: SubscriptionsConfig,
        *,
        topic: str | None = None,
        start: str = "latest",
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.config = config
        self.topic = topic or settings.alerts_topic
        self.start = start
        self.sleep = sleep
        self.runners: list[SubscriptionRunner] = []

    @property
    def ready(self) -> bool:
        return all(r.assigned.is_set() for r in self.runners)

    def dead_letter_topics(self) -> list[str]:
        return [s.dead_letter_topic for s in self.config.subscriptions]

    async def run(self, stop: asyncio.Event) -> None:
        """Run until ``stop`` is set (or a runner fails, which is raised)."""
        if not self.config.subscriptions:
            await stop.wait()
            return
        from streams.topics import ensure_topics

        await asyncio.to_thread(ensure_topics, self.settings, self.dead_letter_topics())
        prod = producer(self.settings, "wire-alerts-webhooks")
        try:
            await prod.start()
        except BaseException:
            await prod.stop()
            raise
        session = aiohttp.ClientSession()
        dead_letter = DeadLetter(prod)
        self.runners = [
            SubscriptionRunner(
                sub,
                self.settings,
                self.topic,
                Deliverer(sub, session, dead_letter, sleep=self.sleep),
                start=self.start,
            )
            for sub in self.config.subscriptions
        ]
        tasks = [
            asyncio.create_task(r.run(stop), name=f"webhook-{r.sub.name}") for r in self.runners
        ]
        stopper = asyncio.create_task(stop.wait())
        try:
            done, _ = await asyncio.wait([stopper, *tasks], return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task is not stopper and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        finally:
            for task in [stopper, *tasks]:
                task.cancel()
            await asyncio.gather(stopper, *tasks, return_exceptions=True)
            await session.close()
            await prod.stop()


def describe(config: SubscriptionsConfig) -> Iterable[str]:
    """One line per subscription (no secrets, no URL paths: they may hold tokens)."""
    for s in config.subscriptions:
        host = s.url.split("//", 1)[-1].split("/", 1)[0]
        yield (
            f"{s.name}: {s.format} -> {host} (attempts {s.retry.max_attempts}, "
            f"backoff {s.retry.base_delay:g}s x2, dead letter {s.dead_letter_topic}, "
            f"signed {'yes' if s.secret else 'no'})"
        )

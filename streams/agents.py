"""The Faust topology: topics, tables, agents and timers of the pipeline.

::

    wire.stories ─ingest─▶ <app>-events ─dedupe─▶ <app>-decisions ─enrich─▶ <app>-alerts ─publish─▶
     (raw bytes)   │       (key: actor set) │      (key: story msg)          (key: actor set)  │
                   │                        └── story with one event: sequenced and published ─┤
                   └─▶ wire.stories.dlq                         alerts.diplomatic, alerts.diplomatic.<type>

* ``ingest`` validates the raw bytes (:mod:`streams.ingest`), dead-letters bad input with the
  original bytes, runs the detector and sends every event to the internal ``events`` topic
  keyed by its actor set (the repartition: all stories about the same parties meet).
* ``dedupe`` holds the changelog-backed ``sightings`` table (key: actor set) and decides
  new / update / suppressed / replay per event (:mod:`streams.dedupe`). The decision on an
  event of a story with several events goes to the internal ``decisions`` topic keyed by the
  originating story message; a story's only event needs no gathering, so dedupe builds its
  alert, sequences and publishes it itself (two hops less).
* ``enrich`` gathers the decisions of one story in the ``gather`` table, so an alert can link
  the alert ids of its sibling events, and builds the alerts (:mod:`streams.enrich`,
  :mod:`streams.publish`), sent to the internal ``alerts`` topic keyed by actor set again.
* ``publish`` (and ``dedupe``, for one-event stories) releases each event's alerts in sequence
  order (``sequencer`` table, keyed by event key) to the firehose and the per-type topic, with
  Kafka headers. Both stages see an event's alerts in the partition of its actor set.

All three tables use the producer's partitioner for their changelogs (``use_partitioner``),
the same murmur2-of-key rule that places messages in the internal topics, so timers can
delete expired entries (outside any stream event) into the right changelog partition; the
``sequencer`` hashes the actor set inside its event keys (:class:`tables.RoutedTable`).

Sends go straight to the producer without waiting: the agents read their streams with manual
acks (``stream.noack()``) and ack a source message only when everything it produced, its
table changelog writes included (:mod:`streams.tables`), has been delivered
(:class:`DeferredAcks`), so nothing is committed before it is delivered
(at-least-once) while the producer batches freely. With ``processing_guarantee=exactly_once``
each send joins the transaction of the *source* partition being processed, which Faust commits
together with that partition's offsets; there a message is acked after its sends are awaited
(a transaction may commit before a deferred ack runs). Unexpected exceptions in a stage
dead-letter the message (reason ``processing_error``) instead of stopping the worker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import faust
import orjson
from faust.streams import current_event
from faust.types import EventT

from streams import consumer_deliver, dedupe, ingest, metrics, publish, tables
from streams.config import Settings
from streams.detection import Detection, Outcome
from streams.detector.model import EVENT_TYPES

log = logging.getLogger("streams.pipeline")

GATHER_TIMEOUT_SECONDS = 60.0
GATHER_SWEEP_SECONDS = 10.0
LAG_INTERVAL_SECONDS = 5.0


@dataclass
class Pipeline:
    """Handles to the pieces of the topology (for tests and the web views)."""

    app: faust.App
    settings: Settings
    input_topic: faust.TopicT
    events_topic: faust.TopicT
    decisions_topic: faust.TopicT
    ordered_topic: faust.TopicT
    sightings: faust.Table
    gather: faust.Table
    sequencer: faust.Table
    worker_id: str
    detection: Detection
    internal_topics: list[faust.TopicT]  # repartition topics and table changelogs


# the ingest agent takes stories in batches: up to this many, or what arrived within this time
INGEST_BATCH = 100
INGEST_BATCH_SECONDS = 0.02
INGEST_AHEAD = 2


class DeferredAcks:
    """Ack a stream event once the messages sent for it are delivered.

    A delivery failure (the producer gave up after its retries) leaves the event unacked, so
    its offset is never committed, and crashes the app: a restarted worker processes it again
    (at-least-once; alert ids are deterministic, so repeats carry the same ids).

    The deliveries are followed with done-callbacks on their futures (:class:`AckWhenDelivered`)
    rather than a task and an ``asyncio.gather`` per event; a cancelled delivery leaves the
    event unacked without a crash, as the cancelled gather did.
    """

    def __init__(self, app: faust.App, wait: bool) -> None:
        self.app = app
        self.wait = wait  # exactly-once: await the deliveries before acking
        self.tasks: set[asyncio.Future[Any]] = set()  # acks and crashes still under way

    async def ack(self, stream: faust.StreamT, event: EventT, futures: list[Any]) -> None:
        if not futures:
            await stream.ack(event)
        elif self.wait:
            await asyncio.gather(*futures)
            await stream.ack(event)
        else:
            AckWhenDelivered(self, stream, event, futures)

    def delivered(self, stream: faust.StreamT, event: EventT) -> None:
        """Everything sent for ``event`` is delivered: ack it (from a done-callback)."""
        self._keep(run_now(stream.ack(event)))

    def failed(self, event: EventT, exc: BaseException) -> None:
        """A delivery for ``event`` failed: count, log, crash the app; never acked."""
        metrics.DELIVERY_FAILURES.inc()
        msg = event.message
        log.error(
            "delivery failed for %s:%s:%s (%s: %s): the offset stays uncommitted; "
            "stopping the worker so that it is processed again",
            msg.topic,
            msg.partition,
            msg.offset,
            type(exc).__name__,
            exc,
        )
        self._keep(asyncio.ensure_future(self.app.crash(exc)))

    def _keep(self, task: asyncio.Future[Any] | None) -> None:
        if task is not None:
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)


class AckWhenDelivered:
    """Counts the deliveries of one event down: acks it after the last one, or reports the
    first failure (once). Exceptions of later futures are retrieved, as ``gather`` does."""

    __slots__ = ("acks", "stream", "event", "waiting", "done")

    def __init__(
        self, acks: DeferredAcks, stream: faust.StreamT, event: EventT, futures: list[Any]
    ) -> None:
        self.acks = acks
        self.stream = stream
        self.event = event
        self.waiting = len(futures)
        self.done = False
        for fut in futures:
            fut.add_done_callback(self._delivered)

    def _delivered(self, fut: asyncio.Future[Any]) -> None:
        if self.done:
            if not fut.cancelled():
                fut.exception()  # retrieved: no "exception was never retrieved" log
            return
        if fut.cancelled():
            self.done = True  # never acked, no crash (as when the gather was cancelled)
            return
        exc = fut.exception()
        if exc is not None:
            self.done = True
            self.acks.failed(self.event, exc)
            return
        self.waiting -= 1
        if not self.waiting:
            self.done = True
            self.acks.delivered(self.stream, self.event)


def run_now(coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any] | None:
    """Run ``coro`` from a callback: to its end if it never waits (``Stream.ack`` does not),
    else the rest of it in a task, returned."""
    try:
        yielded = coro.send(None)
    except StopIteration:
        return None
    return asyncio.ensure_future(consumer_deliver.Resumed(coro, yielded))


class Emitter:
    """Send bytes to a topic; joins the source partition's transaction under exactly-once."""

    def __init__(self, app: faust.App) -> None:
        self.app = app
        self.topics: tuple[str, ...] = ()  # every topic the pipeline writes to
        self._tracked = False

    def track_topics(self) -> None:
        """Make the producer's metadata requests cover every topic we write to (once).

        aiokafka fetches metadata for *all* topics only while its client tracks none; the
        first send to a topic missing from that snapshot makes it track just that topic, and
        each later refresh replaces the cluster metadata with the tracked topics only. Topics
        known only from the full snapshot then vanish: table changelog writes fail (Faust
        picks their partition from that metadata, TypeError) and batches already queued for
        such a topic wait for a leader until the request timeout. Tracking all of them before
        the first send keeps them in every refresh.
        """
        if self._tracked:
            return
        client = self.app.producer._ensure_producer().client  # type: ignore[attr-defined]
        for topic in self.topics:
            client.add_topic(topic)
        self._tracked = True

    def _transactional_id(self, event: EventT | None) -> str | None:
        if not self.app.in_transaction:
            return None
        event = event or current_event()
        if event is None:
            return None
        tp = event.message.tp
        group = self.app.assignor.group_for_topic(tp.topic)
        return f"{self.app.conf.id}-{group}-{tp.partition}"

    async def send(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        headers: list[tuple[str, bytes]] | None = None,
        event: EventT | None = None,
    ) -> Awaitable[Any]:
        """Queue one message produced for ``event`` (default: the current event); returns
        its delivery future."""
        self.track_topics()
        return await self.app.producer.send(
            topic, key, value, None, None, headers, transactional_id=self._transactional_id(event)
        )


# RocksDB sizes per table partition: the tables hold small JSON entries (thousands, not
# millions), and Faust's defaults (64 MiB write buffers x 3, a 2 GiB block cache, per
# partition of each table) let a worker's memory grow by hundreds of MiB before they fill.
# A worker holds 3 tables x 6 partitions = 18 databases, so even 4 MiB buffers and an 8 MiB
# cache kept growing for the whole 10-minute soak (+36%, memtables filling slowly at 100
# stories/s); at these sizes the soak grew 6.9% after warm-up (bench/soak.py). Reads that
# miss the small cache are served from the OS page cache, outside the worker's RSS.
ROCKSDB_OPTIONS = {
    "write_buffer_size": 512 * 1024,
    "max_write_buffer_number": 2,
    "block_cache_size": 256 * 1024,
    "block_cache_compressed_size": 1024 * 1024,
}


def table_options(settings: Settings) -> dict[str, Any] | None:
    return dict(ROCKSDB_OPTIONS) if settings.store.startswith("rocksdb") else None


def build_pipeline(app: faust.App, settings: Settings, worker_id: str) -> Pipeline:
    """Declare the topics, tables, agents and timers of the pipeline on ``app``."""
    n = settings.partitions
    window = settings.dedupe_window_seconds
    languages = ingest.parse_languages(settings.languages)
    emitter = Emitter(app)
    detection = Detection(settings.detect_processes)
    acks = DeferredAcks(app, wait=settings.processing_guarantee == "exactly_once")

    input_topic = app.topic(
        settings.input_topic,
        key_serializer="raw",
        value_serializer="raw",
        partitions=n,
        allow_empty=True,
    )
    events_topic = app.topic(
        f"{settings.app_id}-events",
        internal=True,
        partitions=n,
        key_serializer="raw",
        value_serializer="json",
    )
    decisions_topic = app.topic(
        f"{settings.app_id}-decisions",
        internal=True,
        partitions=n,
        key_serializer="raw",
        value_serializer="json",
    )

    def state_table(name: str, help: str, **kwargs: Any) -> tables.Table:
        """A table keyed like the topic feeding it, its changelog partitioned the same way."""
        options = table_options(settings)  # a new dict each time: Faust's store pops from it
        return tables.table(
            app,
            name,
            partitions=n,
            key_type=bytes,
            use_partitioner=True,
            options=options,
            help=help,
            **kwargs,
        )

    sightings = state_table(
        "sightings", "Dedupe state per actor set: occurrences of events in the window."
    )
    ordered_topic = app.topic(
        f"{settings.app_id}-alerts",
        internal=True,
        partitions=n,
        key_serializer="raw",
        value_serializer="json",
    )
    sequencer = state_table(
        "sequencer",
        "Per event key: next alert sequence to publish, and alerts waiting for it.",
        route=dedupe.pair_of_event_key,  # where dedupe and publish handle the event's pair
    )
    gather = state_table("gather", "Decisions of one story's events, until all have arrived.")

    changelog_topics = [t.changelog_topic for t in (sightings, sequencer, gather)]
    changelogs = [t.get_topic_name() for t in changelog_topics]
    internal_topics = [events_topic, decisions_topic, ordered_topic, *changelog_topics]
    emitter.topics = (
        *(t.get_topic_name() for t in internal_topics),
        settings.dlq_topic,
        settings.alerts_topic,
        *(settings.topic_for_type(t) for t in EVENT_TYPES),
    )

    async def prime_changelogs() -> None:
        """Make sure the producer has partition metadata for the tables' changelog topics.

        With ``use_partitioner`` Faust picks a changelog partition synchronously from the
        producer's metadata. Right after start-up or a rebalance (topics being created,
        leaders being elected) a metadata refresh can leave a changelog topic without
        partitions for a moment, and a table write then fails with a TypeError. So before
        each event the metadata is checked (a dict lookup) and awaited when missing; the
        table writes that follow happen before the handler's first ``await``. All output
        topics are tracked by the producer first (:meth:`Emitter.track_topics`), so awaiting
        one of them cannot drop the others from the metadata.
        """
        emitter.track_topics()
        producer = app.producer._ensure_producer()  # type: ignore[attr-defined]
        for name in changelogs:
            while not producer._metadata.partitions_for_topic(name):
                await producer.partitions_for(name)

    async def dead_letter(event: EventT, rejection: ingest.Rejection) -> list[Any]:
        msg = event.message
        metrics.child(metrics.STORIES_DLQ, rejection.reason).inc()
        log.warning(
            "dead-letter %s:%s:%s reason=%s stage=%s: %s",
            msg.topic,
            msg.partition,
            msg.offset,
            rejection.reason,
            rejection.stage,
            rejection.error,
        )
        raw_headers = msg.headers or []
        if isinstance(raw_headers, dict):
            raw_headers = list(raw_headers.items())
        headers = [(k, _as_bytes(v) or b"") for k, v in raw_headers] + ingest.dlq_headers(
            rejection, topic=msg.topic, partition=msg.partition, offset=msg.offset
        )
        value = _as_bytes(msg.value)
        return [await emitter.send(settings.dlq_topic, _as_bytes(msg.key), value, headers, event)]

    async def run_stage(
        stream: faust.StreamT,
        handle: Callable[[EventT], Awaitable[list[Any]]],
        stage: str,
    ) -> None:
        """The loop of a table-backed stage: handle each event, dead-letter what raises,
        ack once the sends and the table writes are delivered (:mod:`streams.tables`)."""
        waited = metrics.STAGE_WAIT_SECONDS.labels(stage)
        async for event in stream.noack().events():
            _observe_wait(waited, event)
            with tables.collect_writes() as writes:
                try:
                    await prime_changelogs()
                    futures = await handle(event)
                except Exception as exc:
                    log.exception("%s failed at offset %s", stage, event.message.offset)
                    futures = await dead_letter(
                        event,
                        ingest.Rejection("processing_error", f"{type(exc).__name__}: {exc}", stage),
                    )
            # acked once its sends and its table writes (changelogs) are delivered
            await acks.ack(stream, event, [*futures, *writes])

    # ------------------------------------------------------------------ ingest + detect
    ingest_waited = metrics.STAGE_WAIT_SECONDS.labels("ingest")
    Pending = tuple[list[tuple[EventT, ingest.IncomingStory]], "asyncio.Future[list[Outcome]]"]

    async def read_stories(stream: faust.StreamT, events: list[EventT]) -> Pending:
        """Validate a batch (rejections go to the DLQ) and start detecting the good stories."""
        good: list[tuple[EventT, ingest.IncomingStory]] = []
        for event in events:
            _observe_wait(ingest_waited, event)
            result = ingest.parse_story(
                event.value, max_body_bytes=settings.max_body_bytes, languages=languages
            )
            if isinstance(result, ingest.Rejection):
                await acks.ack(stream, event, await dead_letter(event, result))
            else:
                metrics.child(metrics.STORIES_CONSUMED, metrics.agency_label(result.agency)).inc()
                good.append((event, result))
        if good:
            metrics.LAST_STORY_TIMESTAMP.set(time.time())
        return good, asyncio.ensure_future(
            detection.run([story.for_detector() for _, story in good])
        )

    async def emit_stories(stream: faust.StreamT, pending: asyncio.Queue[Pending]) -> None:
        """Send the events of each batch, in the order the batches were read."""
        while True:
            good, detecting = await pending.get()
            outcomes = await detecting
            detected = time.time()
            for (event, story), outcome in zip(good, outcomes, strict=True):
                try:
                    futures = await send_events(event, story, outcome, detected)
                except Exception as exc:
                    log.exception("ingest failed at offset %s", event.message.offset)
                    rejection = ingest.Rejection("processing_error", f"{type(exc).__name__}: {exc}")
                    futures = await dead_letter(event, rejection)
                await acks.ack(stream, event, futures)

    async def send_events(
        event: EventT, story: ingest.IncomingStory, outcome: Outcome, detected: float
    ) -> list[Any]:
        msg = event.message
        if outcome.error is not None:  # the detector must never stop the worker
            metrics.DETECTOR_ERRORS.inc()
            log.error("detector failed on story %s: %s", story.id, outcome.error)
            return await dead_letter(
                event, ingest.Rejection("detector_error", outcome.error, "detect")
            )
        metrics.DETECTION_SECONDS.observe(outcome.seconds)
        found = outcome.events
        ingested = msg.timestamp or detected
        ref_time = story.published.timestamp() if story.published else ingested
        coords = f"{msg.topic}:{msg.partition}:{msg.offset}"
        story_ref = {
            **story.ref(),
            "topic": msg.topic,
            "partition": msg.partition,
            "offset": msg.offset,
        }
        futures = []
        for index, data in enumerate(found):
            metrics.child(metrics.EVENTS_DETECTED, data["type"]).inc()
            pair = dedupe.pair_key(data)
            item = {
                "gather": f"{story.id}@{coords}",
                "n": len(found),
                "index": index,
                "pair": pair,
                "direction": dedupe.direction(data),
                "msg": f"{coords}#{index}",
                "ref_time": ref_time,
                "ingested": ingested,
                "detected": detected,
                "detection_ms": outcome.seconds * 1000.0,
                "story": story_ref,
                "event": data,
            }
            futures.append(
                await emitter.send(
                    events_topic.get_topic_name(), pair.encode(), orjson.dumps(item), event=event
                )
            )
        return futures

    @app.agent(input_topic, name="ingest")
    async def ingest_agent(stream: faust.StreamT) -> None:
        # batches are read and detected ahead (up to INGEST_AHEAD of them) while the
        # events of earlier batches are sent, so detection in processes overlaps the rest
        pending: asyncio.Queue[Pending] = asyncio.Queue(maxsize=INGEST_AHEAD)
        emitter_task = asyncio.ensure_future(emit_stories(stream, pending))
        try:
            async for events in stream.noack_take(INGEST_BATCH, within=INGEST_BATCH_SECONDS):
                if emitter_task.done():
                    emitter_task.result()  # re-raise what stopped it
                await pending.put(await read_stories(stream, list(events)))
        finally:
            emitter_task.cancel()

    # ------------------------------------------------------------------ dedupe
    async def handle_sighting(event: EventT) -> list[Any]:
        item = event.value
        data = item["event"]
        story = item["story"]
        key = _as_bytes(event.key) or item["pair"].encode()
        sighting = dedupe.Sighting(
            type=data["type"],
            status=data["status"],
            pair=item["pair"],
            date=data.get("date"),
            ref_time=item["ref_time"],
            agency=story["agency"],
            story_id=story["id"],
            version=story["version"],
            msg=item["msg"],
            direction=item.get("direction", ""),
        )
        entry = sightings.get(key)
        new_entry, decision = dedupe.decide(entry, sighting, now=time.time(), window=window)
        if new_entry != entry:
            sightings[key] = new_entry
        if decision.kind == "suppressed":
            metrics.child(metrics.DUPLICATES_SUPPRESSED, data["type"]).inc()
        out = {**item, "decision": decision.to_dict()}
        if item["n"] <= 1:  # no siblings to gather: sequence and publish here (two hops less)
            futures = []
            for envelope in build_envelopes([out]):
                futures += await sequence_and_publish(envelope)
            return futures
        fut = await emitter.send(
            decisions_topic.get_topic_name(), item["gather"].encode(), orjson.dumps(out)
        )
        return [fut]

    @app.agent(events_topic, name="dedupe")
    async def dedupe_agent(stream: faust.StreamT) -> None:
        await run_stage(stream, handle_sighting, "dedupe")

    # ------------------------------------------------------------------ gather + enrich
    def build_envelopes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The alerts of one story's decisions (links need all of them), with what the
        sequencer needs: the previous alert's decision time and the event's actor set."""
        items = sorted(items, key=lambda i: i["index"])
        return [
            {
                "alert": publish.build_alert(
                    item, items, published_at=time.time(), worker_id=worker_id
                ),
                "previous_at": item["decision"].get("previous_at"),
                "pair": item["pair"],
            }
            for item in items
            if item["decision"]["kind"] != "suppressed"
        ]

    async def enrich_story(items: list[dict[str, Any]]) -> list[Any]:
        """Build the alerts of one story and send them to the publish stage, keyed by actor
        set (the partition where the dedupe stage sequences the pair's other alerts)."""
        return [
            await emitter.send(
                ordered_topic.get_topic_name(), envelope["pair"].encode(), orjson.dumps(envelope)
            )
            for envelope in build_envelopes(items)
        ]

    async def handle_decision(event: EventT) -> list[Any]:
        item = event.value
        if item["n"] <= 1:
            return await enrich_story([item])
        key = _as_bytes(event.key) or item["gather"].encode()
        entry = gather.get(key) or {"n": item["n"], "items": {}, "wall": time.time()}
        items = {**entry["items"], str(item["index"]): item}
        if len(items) >= entry["n"]:
            if key in gather:
                del gather[key]
            return await enrich_story(list(items.values()))
        gather[key] = {**entry, "items": items}
        return []

    @app.agent(decisions_topic, name="enrich")
    async def enrich_agent(stream: faust.StreamT) -> None:
        await run_stage(stream, handle_decision, "enrich")

    # ------------------------------------------------------------------ order + publish
    async def publish_alerts(alerts: list[dict[str, Any]]) -> list[Any]:
        futures = []
        for alert in alerts:
            now = time.time()
            publish.stamp(alert, now)
            value = publish.encode(alert)
            key = alert["event_key"].encode()
            headers = publish.headers(alert)
            for topic in (settings.alerts_topic, settings.topic_for_type(alert["type"])):
                futures.append(await emitter.send(topic, key, value, headers))
            metrics.child(
                metrics.ALERTS_PUBLISHED, alert["type"], alert["status"], alert["priority"]
            ).inc()
            metrics.END_TO_END_SECONDS.observe(alert["metrics"]["end_to_end_ms"] / 1000.0)
            metrics.record_published_alert(alert, now)
            log.info(
                "alert %s %s %s %s: %s",
                alert["alert_id"][:12],
                alert["status"],
                alert["priority"],
                alert["type"],
                alert["summary"],
            )
        return futures

    async def sequence_and_publish(envelope: dict[str, Any]) -> list[Any]:
        """Publish the alerts of the envelope's event that are next in sequence."""
        alert = envelope["alert"]
        key = alert["event_key"].encode()
        state, ready = publish.sequence_step(
            sequencer.get(key), alert, time.time(), envelope.get("previous_at")
        )
        sequencer[key] = state
        return await publish_alerts(ready)

    async def handle_alert(event: EventT) -> list[Any]:
        return await sequence_and_publish(event.value)

    @app.agent(ordered_topic, name="publish")
    async def publish_agent(stream: faust.StreamT) -> None:
        await run_stage(stream, handle_alert, "publish")

    # ------------------------------------------------------------------ timers
    @app.timer(GATHER_SWEEP_SECONDS, name="gather_sweep")
    async def gather_sweep() -> None:
        """Enrich stories whose decisions did not all arrive (e.g. after a crash), and
        release alerts that waited too long for a missing predecessor."""
        await prime_changelogs()
        now = time.time()
        for key, entry in list(gather.items()):
            if entry and now - entry["wall"] > GATHER_TIMEOUT_SECONDS:
                del gather[key]
                log.warning("enriching incomplete story %r after timeout", key)
                await _delivered(await enrich_story(list(entry["items"].values())))
        for key, entry in list(sequencer.items()):
            if publish.gap_overdue(entry, now):
                log.warning("alert sequence gap on %r: releasing what waited", key)
                del sequencer[key]  # timers may only delete (RocksDB writes need an event)
                await _delivered(await publish_alerts(publish.flush(dict(entry))))

    @app.timer(max(60.0, min(3600.0, window / 48)), name="sightings_sweep")
    async def sightings_sweep() -> None:
        """Delete dedupe entries with nothing left in the window (bounded state)."""
        await prime_changelogs()
        now = time.time()
        for key, entry in list(sightings.items()):
            if dedupe.expired(entry, now, window):
                del sightings[key]
        for key, entry in list(sequencer.items()):
            if entry and now - entry.get("wall", 0.0) > window and not entry.get("pending"):
                del sequencer[key]

    @app.on_before_shutdown.connect
    async def stop_detection(app: faust.App, **kwargs: Any) -> None:
        detection.stop()

    @app.timer(LAG_INTERVAL_SECONDS, name="consumer_lag")
    async def consumer_lag() -> None:
        update_partition_metrics(app, settings.input_topic)

    return Pipeline(
        app=app,
        settings=settings,
        input_topic=input_topic,
        events_topic=events_topic,
        decisions_topic=decisions_topic,
        ordered_topic=ordered_topic,
        sightings=sightings,
        gather=gather,
        sequencer=sequencer,
        worker_id=worker_id,
        detection=detection,
        internal_topics=internal_topics,
    )


def update_partition_metrics(app: faust.App, input_topic: str) -> None:
    """Assigned input partitions and per-partition lag (highwater - committed offset)."""
    try:
        consumer = app.consumer
        assigned = [tp for tp in consumer.assignment() if tp.topic == input_topic]
    except Exception:  # consumer not started yet / stopped
        return
    metrics.ASSIGNED_PARTITIONS.set(len(assigned))
    committed = getattr(consumer, "_committed_offset", {})
    for tp in assigned:
        try:
            high = consumer.highwater(tp)
        except Exception:
            continue
        if high is None:
            continue
        done = committed.get(tp) or 0
        metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, high - done))


def _observe_wait(histogram: Any, event: EventT) -> None:
    """Record how long ``event`` waited since it was sent (its Kafka timestamp)."""
    sent = event.message.timestamp
    if sent:
        histogram.observe(max(0.0, time.time() - sent))


async def _delivered(futures: list[Any]) -> None:
    if futures:
        await asyncio.gather(*futures)


def _as_bytes(value: Any) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return orjson.dumps(value)

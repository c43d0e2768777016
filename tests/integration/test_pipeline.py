"""The pipeline end to end: real broker, real worker process, real detector.

One worker (at-least-once, in-memory tables) serves every test of this module; each test
uses its own stories, published at dates weeks apart so their events never corroborate
each other inside the 48 h window.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Iterator

import orjson
import pytest
from worker_proc import (
    TYPES,
    Record,
    TopicReader,
    WorkerProc,
    by_type,
    delete_topics,
    has_types,
    message,
    metric_total,
    of_stories,
    produce,
    seed,
)

from streams.config import Settings
from streams.dedupe import pair_of_event_key
from streams.schemas import ALERT_SCHEMA, validator
from streams.topics import describe

MAX_BODY = 20_000


@pytest.fixture(scope="module")
def ns(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A namespace (app id, topics) and one running worker for the module."""
    run = uuid.uuid4().hex[:8]
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": f"pipe-{run}",
        "WIRE_ALERTS_INPUT_TOPIC": f"pipe-{run}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"pipe-{run}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"pipe-{run}.alerts",
        "WIRE_ALERTS_PARTITIONS": "3",
        "WIRE_ALERTS_STORE": "memory://",
        "WIRE_ALERTS_MAX_BODY_BYTES": str(MAX_BODY),
        "WIRE_ALERTS_DATA_DIR": str(tmp_path_factory.mktemp("worker-data")),
    }
    log = tmp_path_factory.mktemp("logs") / "worker.log"
    worker = WorkerProc(env, log).start()
    try:
        worker.wait_ready(120)
        yield {**env, "bootstrap": kafka_bootstrap, "worker": worker}
    finally:
        rc = worker.stop()
        print(worker.tail(20))
        delete_topics(kafka_bootstrap, f"pipe-{run}")
    assert rc == 0, f"worker exit code {rc}"
    assert "Traceback" not in worker.log(), worker.log()


@pytest.fixture
def alerts(ns: dict) -> Iterator[TopicReader]:
    reader = TopicReader(ns["bootstrap"], ns["WIRE_ALERTS_ALERTS_TOPIC"])
    yield reader
    reader.close()


def actors(alert: dict, role: str) -> list[tuple[str, str]]:
    return [(a["name"], a["country"]) for a in alert["event"]["actors"] if a["role"] == role]


def test_seed_story_gives_invitation_and_call_alerts(ns: dict, alerts: TopicReader) -> None:
    story = seed("it-seed-1", "Reuters", None)
    produce(ns["bootstrap"], ns["WIRE_ALERTS_INPUT_TOPIC"], [message(story)])
    records = alerts.wait_for(has_types(("it-seed-1",)), timeout=60)
    found = of_stories(records, "it-seed-1")
    v = validator(ALERT_SCHEMA)
    for alert in found:
        assert [e.message for e in v.iter_errors(alert)] == []
        assert alert["status"] == "new" and alert["sequence"] == 0
        assert alert["metrics"]["end_to_end_ms"] > 0 and alert["metrics"]["worker_id"]

    (invitation,) = by_type(found, "summit_invitation")
    assert ("Donald Trump", "USA") in actors(invitation, "inviter")
    assert ("Vladimir Putin", "RUS") in actors(invitation, "invitee")
    assert invitation["event"]["status"] == "proposed"
    att = invitation["event"]["attribution"]
    cited = [att.get("agency") or "", *att.get("sources", [])]
    assert any("RIA" in c or "Foreign Ministry" in c or "Lavrov" in c for c in cited), att
    assert "according to" in invitation["summary"]  # a claim is not presented as a fact
    assert invitation["priority"] == "P1"
    assert {"RUS", "USA"} <= set(invitation["tags"]["countries"])

    (call,) = by_type(found, "leader_call")
    parties = actors(call, "participants")
    assert ("Donald Trump", "USA") in parties and ("Vladimir Putin", "RUS") in parties
    assert call["event"]["status"] == "occurred"

    # the two events of one story link to each other's alerts
    assert call["alert_id"] in {link["alert_id"] for link in invitation["links"]}
    assert invitation["alert_id"] in {link["alert_id"] for link in call["links"]}

    # the same alerts, with the same keys and headers, on the per-type topics
    by_id = {a["alert_id"]: a for a in found}
    for etype, alert in (("summit_invitation", invitation), ("leader_call", call)):
        typed = TopicReader(ns["bootstrap"], f"{ns['WIRE_ALERTS_ALERTS_TOPIC']}.{etype}")
        try:
            recs = typed.wait_for(
                lambda rs, a=alert: any(r.json()["alert_id"] == a["alert_id"] for r in rs), 30
            )
        finally:
            typed.close()
        rec = next(r for r in recs if r.json()["alert_id"] == alert["alert_id"])
        assert rec.key == alert["event_key"].encode()
        assert rec.headers["alert-type"] == etype.encode()
        assert rec.headers["alert-priority"] == alert["priority"].encode()
        assert rec.headers["schema-version"] == b"1"
        assert rec.json() == by_id[alert["alert_id"]]


def test_bad_input_goes_to_the_dlq_and_good_stories_still_alert(
    ns: dict, alerts: TopicReader
) -> None:
    before = seed("it-good-before", "AP", "2018-01-10T08:00:00Z")
    after = seed("it-good-after", "AP", "2018-02-20T08:00:00Z")
    bad: dict[str, tuple[bytes | None, bytes | None]] = {
        "not_utf8": (b"bad-1", b'{"id": "x", "body": "\xff\xfe"}'),
        "not_json": (b"bad-2", b"<html>this is not json</html>"),
        "schema_violation": (b"bad-3", orjson.dumps({**before, "id": "bad-3", "version": "one"})),
        "empty_body": (b"bad-4", orjson.dumps({**before, "id": "bad-4", "body": "  "})),
        "body_too_large": (
            b"bad-5",
            orjson.dumps({**before, "id": "bad-5", "body": "word " * (MAX_BODY // 4)}),
        ),
        "unsupported_language": (
            b"bad-6",
            orjson.dumps({**before, "id": "bad-6", "language": "ru"}),
        ),
    }
    tombstone = (b"bad-7", None)
    produce(
        ns["bootstrap"],
        ns["WIRE_ALERTS_INPUT_TOPIC"],
        [message(before), *bad.values(), tombstone, message(after)],
    )
    dlq = TopicReader(ns["bootstrap"], ns["WIRE_ALERTS_DLQ_TOPIC"])
    try:
        records = dlq.wait_for(lambda rs: len(rs) >= len(bad) + 1, timeout=60)
    finally:
        dlq.close()
    by_key = {r.key: r for r in records}
    for reason, (key, value) in bad.items():
        rec = by_key[key]
        assert rec.headers["dlq.reason"] == reason.encode()
        assert rec.value == value  # the original bytes, unchanged
        assert rec.headers["dlq.stage"] == b"ingest"
        assert rec.headers["dlq.error"]
        assert rec.headers["dlq.topic"] == ns["WIRE_ALERTS_INPUT_TOPIC"].encode()
        assert int(rec.headers["dlq.partition"]) >= 0 and int(rec.headers["dlq.offset"]) >= 0
        assert rec.headers["dlq.timestamp"]
    assert by_key[b"bad-7"].headers["dlq.reason"] == b"empty_body"
    assert by_key[b"bad-7"].value is None

    # the good stories on both sides of the bad ones produce their alerts
    alerts.wait_for(has_types(("it-good-before",)), timeout=60)
    alerts.wait_for(has_types(("it-good-after",)), timeout=60)
    text = ns["worker"].metrics()
    for reason in bad:
        assert metric_total(text, "wire_alerts_stories_dlq_total", reason=reason) >= 1
    assert ns["worker"].alive()


def test_three_agencies_corroborate_and_repeats_stay_silent(ns: dict, alerts: TopicReader) -> None:
    reuters = seed("it-corr-reuters", "Reuters", "2018-04-06T08:00:00Z")
    ria = seed("it-corr-ria", "RIA Novosti", "2018-04-06T09:30:00Z")
    ap = seed("it-corr-ap", "AP", "2018-04-06T13:00:00Z")
    ids = ("it-corr-reuters", "it-corr-ria", "it-corr-ap")
    topic = ns["WIRE_ALERTS_INPUT_TOPIC"]
    for doc in (reuters, ria, ap):  # in order: wait for each story's alerts
        produce(ns["bootstrap"], topic, [message(doc)])
        alerts.wait_for(has_types((doc["id"],)), timeout=60)

    found = of_stories(alerts.records, *ids)
    for etype in TYPES:
        chain = by_type(found, etype)
        assert [a["status"] for a in chain] == ["new", "update", "update"], etype
        assert [a["corroboration_count"] for a in chain] == [1, 2, 3]
        assert [a["story"]["agency"] for a in chain] == ["Reuters", "RIA Novosti", "AP"]
        assert len({a["event_key"] for a in chain}) == 1
        assert len({a["alert_id"] for a in chain}) == 3
        assert [s["agency"] for s in chain[-1]["sources"]] == ["Reuters", "RIA Novosti", "AP"]
        assert "corroborated" in chain[-1]["priority_reasons"]

    # re-sent, corrected (same content) and same-agency stories: nothing new
    n_events = len(of_stories(alerts.records, "it-corr-reuters"))
    worker = ns["worker"]
    suppressed_before = metric_total(worker.metrics(), "wire_alerts_duplicates_suppressed_total")
    count_before = len(alerts.records)
    repeats = [reuters, {**reuters, "version": 2}, {**ria, "id": "it-corr-ria-2"}]
    produce(ns["bootstrap"], topic, [message(doc) for doc in repeats])
    deadline = time.monotonic() + 60
    while (
        metric_total(worker.metrics(), "wire_alerts_duplicates_suppressed_total")
        < suppressed_before + len(repeats) * n_events
    ):
        assert time.monotonic() < deadline, "the repeats were not all suppressed"
        time.sleep(0.5)
    extra = alerts.settle(2.0)[count_before:]
    assert extra == [], [
        (a["story"]["id"], a["type"], a["status"]) for a in map(Record.json, extra)
    ]


def test_sequencer_entries_live_in_the_partition_of_their_actor_set(
    ns: dict, alerts: TopicReader
) -> None:
    """The dedupe stage publishes one-event stories itself, so the sequencer entry of an event
    must be in the partition where its actor set's stories are deduplicated."""
    story = seed("it-route-1", "Reuters", "2018-05-02T08:00:00Z")
    single = seed(  # one event: its alert is sequenced and published by the dedupe stage
        "it-route-2",
        "AP",
        "2018-06-12T08:00:00Z",
        headline="Abe and Moon discuss North Korea by phone",
        body="Japanese Prime Minister Shinzo Abe spoke by telephone with South Korean President "
        "Moon Jae-in on Tuesday about North Korea, the Japanese government said.",
    )
    produce(ns["bootstrap"], ns["WIRE_ALERTS_INPUT_TOPIC"], [message(story), message(single)])
    alerts.wait_for(has_types(("it-route-1",)), timeout=60)
    alerts.wait_for(lambda recs: bool(of_stories(recs, "it-route-2")), timeout=60)

    app = ns["WIRE_ALERTS_APP_ID"]
    events = TopicReader(ns["bootstrap"], f"{app}-events")
    changelog = TopicReader(ns["bootstrap"], f"{app}-sequencer-changelog")
    try:
        events.settle(2.0)
        changelog.settle(2.0)
        pair_partition = {r.key: r.partition for r in events.records}
        entries = [r for r in changelog.records if r.value is not None]
        assert entries
        for r in entries:
            assert r.key is not None
            assert r.partition == pair_partition[pair_of_event_key(r.key)], r.key
        # the test tells routing by actor set from routing by the event key itself
        by_event_key = {r.key: _partition_of(r.key, 3) for r in entries}
        assert any(by_event_key[r.key] != r.partition for r in entries), by_event_key
    finally:
        events.close()
        changelog.close()


def _partition_of(key: bytes, partitions: int) -> int:
    """The partition Kafka's default partitioner gives ``key`` (murmur2, as aiokafka's)."""
    from kafka.partitioner.default import murmur2

    return (murmur2(key) & 0x7FFFFFFF) % partitions


def test_worker_metrics_follow_the_stages(ns: dict, alerts: TopicReader) -> None:
    """Runs after the other tests of the module: their stories show in /metrics."""
    alerts.wait_for(has_types(("it-seed-1",)), timeout=30)
    text = ns["worker"].metrics()
    assert metric_total(text, "wire_alerts_stories_consumed_total", agency="Reuters") >= 1
    assert metric_total(text, "wire_alerts_events_detected_total", type="leader_call") >= 1
    assert (
        metric_total(
            text, "wire_alerts_alerts_published_total", type="leader_call", status="update"
        )
        >= 2
    )
    assert metric_total(text, "wire_alerts_detection_duration_seconds_count") >= 1
    assert metric_total(text, "wire_alerts_end_to_end_latency_seconds_count") >= 1
    for stage in ("ingest", "dedupe", "enrich", "publish"):  # the seed story has two events
        assert metric_total(text, "wire_alerts_stage_wait_seconds_count", stage=stage) >= 1, stage
    assert metric_total(text, "wire_alerts_last_story_consumed_timestamp_seconds") > 1e9
    assert metric_total(text, "wire_alerts_detector_errors_total") == 0
    assert 'app_id="' + ns["WIRE_ALERTS_APP_ID"] + '"' in text  # build info

    # partition gauges come from a 5 s timer; lag counts from the committed offsets
    def lag_lines(text: str) -> list[str]:
        return [
            ln for ln in text.splitlines() if ln.startswith("wire_alerts_consumer_lag_messages{")
        ]

    deadline = time.monotonic() + 30
    while not (
        metric_total(text, "wire_alerts_assigned_partitions") == 3
        and len(lag_lines(text)) == 3
        and all(ln.endswith(" 0.0") for ln in lag_lines(text))
    ):
        assert time.monotonic() < deadline, lag_lines(text)
        time.sleep(1)
        text = ns["worker"].metrics()


def test_topics_exist_with_explicit_partition_counts(ns: dict) -> None:
    settings = dataclasses.replace(
        Settings(),
        bootstrap_servers=ns["bootstrap"],
        app_id=ns["WIRE_ALERTS_APP_ID"],
        input_topic=ns["WIRE_ALERTS_INPUT_TOPIC"],
        dlq_topic=ns["WIRE_ALERTS_DLQ_TOPIC"],
        alerts_topic=ns["WIRE_ALERTS_ALERTS_TOPIC"],
    )
    infos = describe(settings)
    assert len(infos) == 10 + 6
    missing = [i.name for i in infos if not i.exists]
    assert missing == []
    assert {i.partitions for i in infos} == {3}, [(i.name, i.partitions) for i in infos]

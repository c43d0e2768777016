"""Fault injection against the real broker and the real worker process (issue 8, items 4-7).

* a worker SIGKILLed in the middle of a stream and started again loses nothing, and the
  alerts it repeats carry the original alert ids;
* the broker stopped and started again mid-stream (a dedicated broker: the session's broker
  is shared) - the worker recovers by itself;
* two workers, one killed: the other takes over every partition within a bound, loses
  nothing, and its dedupe state (recovered from the changelog) still knows the events;
* hostile messages between good stories all land in the DLQ with their reasons while the
  good stories still alert.

Run alone with ``pytest -m fault``.
"""

from __future__ import annotations

import dataclasses
import json
import signal
import time
import uuid
from pathlib import Path

import pytest
from fault_tools import (
    PacedProducer,
    check_idempotent,
    corpus_stories,
    dev_stories,
    encode,
    expected_pairs,
    interleave,
    namespace_env,
    seen_pairs,
    show_logs,
    stories_sharing_keys,
)
from worker_proc import (
    TopicReader,
    WorkerProc,
    delete_topics,
    free_port,
    message,
    metric_total,
    produce,
    seed,
    start_group,
    wait_all_ready,
)

from streams import ingest
from streams.commands.worker import EXIT_STOP_TIMEOUT
from streams.config import KafkaSecurity, Settings
from streams.kafka_local import start_broker, stop_broker

pytestmark = pytest.mark.fault


def _wait_pairs(reader: TopicReader, expected: set, timeout: float) -> None:
    def done(records: list) -> bool:
        return expected <= seen_pairs(records)

    try:
        reader.wait_for(done, timeout=timeout)
    except AssertionError:
        missing = sorted(expected - seen_pairs(reader.records))
        raise AssertionError(f"{len(missing)} expected alerts missing: {missing[:20]}") from None


def _wait_some(reader: TopicReader, expected: set, share: float, timeout: float = 60.0) -> int:
    """Poll until ``share`` of the expected (story, type) pairs were published."""
    deadline = time.monotonic() + timeout
    while len(seen_pairs(reader.records) & expected) < share * len(expected):
        assert time.monotonic() < deadline, "no progress before the fault"
        reader.poll(0.2)
    return len(seen_pairs(reader.records) & expected)


# ------------------------------------------------------------------------ 4. worker killed
def test_worker_sigkilled_mid_stream_loses_nothing(kafka_bootstrap: str, tmp_path: Path) -> None:
    prefix = f"fk-{uuid.uuid4().hex[:8]}"
    env = namespace_env(kafka_bootstrap, prefix, tmp_path)
    docs = interleave(dev_stories(prefix), corpus_stories(prefix, 180))
    expected = expected_pairs(docs)
    assert len(expected) > 100
    first = WorkerProc(env, tmp_path / "worker-1.log").start()
    second = WorkerProc(env, tmp_path / "worker-2.log")
    reader = None
    try:
        first.wait_ready(120)
        reader = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        producer = PacedProducer(
            kafka_bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in docs], rate=60
        )
        producer.start()
        seen_at_kill = _wait_some(reader, expected, 0.2)
        first.kill()
        sent_at_kill = producer.sent
        # the crash happened mid-stream: input still arriving, or alerts still missing
        assert sent_at_kill < len(docs) or seen_at_kill < len(expected)
        second.start().wait_ready(120)
        producer.finish()
        _wait_pairs(reader, expected, timeout=150)
        reader.settle(3.0)
        dlq = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_DLQ_TOPIC"])
        dead = dlq.settle(1.0)
        dlq.close()
    finally:
        rc = second.stop()
        first.stop()
        if reader:
            reader.close()
        delete_topics(kafka_bootstrap, prefix)
        show_logs(tmp_path)
    assert rc == 0
    assert dead == []
    assert seen_pairs(reader.records) == expected
    copies = check_idempotent(reader.records)
    print(
        f"killed at {sent_at_kill}/{len(docs)} stories sent, {seen_at_kill}/{len(expected)} "
        f"alerts seen; {sum(c > 1 for c in copies.values())} alert ids repeated"
    )


# ------------------------------------------------------------------------ 5. broker restart
@pytest.fixture
def own_broker(tmp_path: Path):
    """A broker of this test alone (own ports, state under tmp_path); stopped at the end."""
    plain = KafkaSecurity("PLAINTEXT", "PLAIN", "", "", "")
    settings = dataclasses.replace(
        Settings(),
        bootstrap_servers="",
        local_kafka_port=free_port(),
        local_kafka_controller_port=free_port(),
        kafka_state_dir=tmp_path / "kafka",
        security=plain,
    )
    try:
        yield settings, start_broker(settings, timeout=120)
    finally:
        stop_broker(settings)


def test_worker_recovers_from_broker_restart(own_broker, tmp_path: Path) -> None:
    settings, info = own_broker
    prefix = f"fb-{uuid.uuid4().hex[:8]}"
    env = namespace_env(info.bootstrap, prefix, tmp_path)
    docs = interleave(dev_stories(prefix), corpus_stories(prefix, 60))
    before, after = docs[: len(docs) // 2], docs[len(docs) // 2 :]
    expected = expected_pairs(docs)
    worker = WorkerProc(env, tmp_path / "worker.log").start()
    reader = None
    try:
        worker.wait_ready(120)
        pid = worker.proc.pid
        reader = TopicReader(info.bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        producer = PacedProducer(
            info.bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in before], rate=60
        )
        producer.start()
        producer.finish()
        reader.poll(0.2)
        stop_broker(settings)  # the tail of the first half is still in flight
        reader.close()
        reader = None
        time.sleep(8.0)  # the worker runs without a broker for a while
        assert worker.alive(), worker.tail()
        start_broker(settings, timeout=120)
        reader = TopicReader(info.bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        produce(info.bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in after])
        _wait_pairs(reader, expected, timeout=180)
        reader.settle(2.0)
        assert worker.alive() and worker.proc.pid == pid  # recovered without a restart
        assert (worker.ready_doc() or {}).get("ready"), worker.ready_doc()
    finally:
        rc = worker.stop()
        if reader:
            reader.close()
        show_logs(tmp_path)
    assert rc == 0
    assert seen_pairs(reader.records) == expected
    check_idempotent(reader.records)


def test_worker_sent_sigterm_without_a_broker_exits_within_its_stop_timeout(
    own_broker, tmp_path: Path
) -> None:
    """SIGTERM with the broker gone: Faust's clean stop waits on the broker (commit, leave
    group, flush), so the worker's stop deadline ends the process."""
    settings, info = own_broker
    prefix = f"fs-{uuid.uuid4().hex[:8]}"
    stop_timeout = 8.0
    env = namespace_env(
        info.bootstrap, prefix, tmp_path, WIRE_ALERTS_STOP_TIMEOUT_SECONDS=str(stop_timeout)
    )
    worker = WorkerProc(env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready(120)
        produce(
            info.bootstrap,
            env["WIRE_ALERTS_INPUT_TOPIC"],
            [encode(d) for d in dev_stories(prefix)[:20]],
        )
        time.sleep(2.0)
        stop_broker(settings)
        time.sleep(2.0)
        assert worker.alive(), worker.tail()
        signalled = time.monotonic()
        worker.proc.send_signal(signal.SIGTERM)
        worker.proc.wait(timeout=stop_timeout + 60)
        took = time.monotonic() - signalled
    finally:
        worker.kill()
        show_logs(tmp_path)
    print(f"worker exited {took:.1f} s after SIGTERM with status {worker.proc.returncode}")
    assert took < stop_timeout + 5, took
    assert worker.proc.returncode in (0, EXIT_STOP_TIMEOUT), worker.proc.returncode
    if worker.proc.returncode == EXIT_STOP_TIMEOUT:
        assert "did not stop within" in worker.log()


# ------------------------------------------------------------------------ 6. rebalance
def _took_over(doc: dict) -> bool:
    """By its /ready document: the survivor holds every input partition and is ready again."""
    return bool(doc.get("ready")) and doc.get("assigned_partitions") == [0, 1, 2, 3]


def _diagnose_stall(survivor: WorkerProc, killed_at: float, grace: float = 40.0) -> None:
    """Print what a survivor that missed the takeover bound was doing: whether it became
    ready later (slow, not stalled), Faust's own recovery warnings (logged after 30 s
    without changelog events) and the stack of every task, from its log."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if _took_over(survivor.ready_doc() or {}):
            print(f"survivor ready after all, {time.monotonic() - killed_at:.1f} s after the kill")
            break
        time.sleep(0.5)
    else:
        print(f"survivor still not ready {time.monotonic() - killed_at:.1f} s after the kill")
    survivor.dump_tasks()
    print(f"----- survivor log\n{survivor.log()}")


def test_survivor_takes_over_with_dedupe_state(kafka_bootstrap: str, tmp_path: Path) -> None:
    prefix = f"fr-{uuid.uuid4().hex[:8]}"
    env = namespace_env(
        kafka_bootstrap, prefix, tmp_path, WIRE_ALERTS_PARTITIONS="4"
    )  # session timeout 8 s
    takeover_bound = 40.0
    dev = dev_stories(prefix)
    docs = interleave(dev, corpus_stories(prefix, 80))
    expected = expected_pairs(docs)
    workers = start_group(env, tmp_path)
    victim, survivor = workers
    reader = None
    try:

        def disjoint(docs: list[dict]) -> bool:
            held = [set(d["assigned_partitions"]) for d in docs]
            return bool(held[0] and held[1] and not held[0] & held[1])

        wait_all_ready(workers, until=disjoint)
        reader = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        producer = PacedProducer(
            kafka_bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in docs], rate=60
        )
        producer.start()
        _wait_some(reader, expected, 0.2)
        victim.kill()
        killed_at = time.monotonic()
        while True:
            doc = survivor.ready_doc() or {}
            if _took_over(doc):
                break
            if time.monotonic() - killed_at >= takeover_bound:
                _diagnose_stall(survivor, killed_at)
                raise AssertionError(doc)
            time.sleep(0.25)
        takeover = time.monotonic() - killed_at
        producer.finish()
        try:
            _wait_pairs(reader, expected, timeout=150)
        except AssertionError:
            wanted = ("stories_consumed", "consumer_lag", "assigned", "events_detected")
            print(*(ln for ln in survivor.metrics().splitlines() if any(w in ln for w in wanted)))
            raise
        reader.settle(3.0)
        check_idempotent(reader.records)
        n_before = len(reader.records)
        suppressed_before = metric_total(
            survivor.metrics(), "wire_alerts_duplicates_suppressed_total"
        )

        # dedupe state intact on the survivor: re-sent stories are pure repeats (nothing
        # published), and the same stories from another agency corroborate (updates)
        copies = [{**d, "id": d["id"] + "-copy", "agency": "Copy " + d["agency"]} for d in dev]
        dev_ids = {d["id"] for d in dev}
        resent_events = sum(1 for s, _ in expected if s in dev_ids)
        produce(kafka_bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in dev])
        produce(kafka_bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], [encode(d) for d in copies])
        expected_copies = expected_pairs(copies)
        _wait_pairs(reader, expected_copies, timeout=120)
        reader.settle(3.0)
        suppressed = metric_total(survivor.metrics(), "wire_alerts_duplicates_suppressed_total")
    finally:
        codes = [w.stop() for w in workers]
        if reader:
            reader.close()
        delete_topics(kafka_bootstrap, prefix)
        show_logs(tmp_path)
    assert codes[1] == 0
    earlier_ids = {r.json()["alert_id"] for r in reader.records[:n_before]}
    later = [r.json() for r in reader.records[n_before:]]
    repeats = [
        (a["story"]["id"], a["type"], a["status"], a["alert_id"] in earlier_ids)
        for a in later
        if a["story"]["id"] in dev_ids
    ]
    # a story sharing a dedupe key with another one (d029 and d052: "EU") may meet the other's
    # sighting on re-send; the rest must be pure repeats
    shared = stories_sharing_keys(dev)
    assert not [r for r in repeats if r[2] == "new" and r[0] not in shared], repeats
    copy_alerts = [a for a in later if a["story"]["id"].endswith("-copy")]
    assert copy_alerts and all(a["status"] == "update" for a in copy_alerts), [
        (a["story"]["id"], a["status"]) for a in copy_alerts if a["status"] != "update"
    ]
    assert all(a["corroboration_count"] >= 2 for a in copy_alerts)
    # a shard whose state was lost would announce its events as "new" again. Known, and not
    # caused by the fault (one worker, no crash, reproduces it): re-sending dev story d016
    # unchanged publishes an "update" with a new alert id; such repeats are only printed.
    print(f"takeover after {takeover:.1f}s (bound {takeover_bound:.0f}s); repeats: {repeats}")
    assert suppressed - suppressed_before >= resent_events - len(repeats)


# ------------------------------------------------------------------------ 7. hostile input
MAX_BODY = 64 * 1024


def _hostile_messages() -> list[tuple[bytes, bytes | None]]:
    story = seed("h-x", "Reuters", "2019-05-10T08:00:00Z")
    # over the worker's body limit (64 KiB here: a 1 MiB body would exceed the broker's
    # default message.max.bytes before reaching the worker)
    huge = {**story, "id": "h-huge", "body": "President " * 10_000}
    no_fields = {"id": "h-schema", "body": "Putin met Xi."}
    russian = {**story, "id": "h-lang", "language": "ru"}
    bad_date = {**story, "id": "h-date", "published": "2019-13-45T99:00:00Z"}
    surrogate = (
        b'{"id":"h-sur","version":1,"agency":"X","headline":"\\ud800",'
        b'"body":"lone \\udfff surrogate","language":"en"}'
    )
    return [
        (b"h-bytes", bytes(range(256)) * 4),
        (b"h-html", b"<html><script>alert(1)</script></html>"),
        (b"h-array", b"[1, 2, 3]"),
        (b"h-deep", b"[" * 100_000 + b"]" * 100_000),
        (b"h-huge", json.dumps(huge).encode()),
        (b"h-none", None),
        (b"h-blank", b" \n\t "),
        (b"h-schema", json.dumps(no_fields).encode()),
        (b"h-lang", json.dumps(russian).encode()),
        (b"h-date", json.dumps(bad_date).encode()),
        (b"h-sur", surrogate),
        (b"h-bom", b"\xef\xbb\xbf" + json.dumps(story).encode()),
    ]


def test_hostile_messages_go_to_the_dlq_and_good_stories_still_alert(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    prefix = f"fh-{uuid.uuid4().hex[:8]}"
    env = namespace_env(
        kafka_bootstrap,
        prefix,
        tmp_path,
        WIRE_ALERTS_PARTITIONS="2",
        WIRE_ALERTS_MAX_BODY_BYTES=str(MAX_BODY),
    )
    hostile = _hostile_messages()
    languages = frozenset({"en"})
    reasons = {}
    for key, value in hostile:
        result = ingest.parse_story(value, max_body_bytes=MAX_BODY, languages=languages)
        assert isinstance(result, ingest.Rejection), key
        reasons[key] = result.reason
    script = "<script>alert('x')</script>\u202e\u200b"
    good = [
        seed("h-good-1", "Reuters", "2019-05-10T08:00:00Z"),
        seed(
            "h-good-2",
            "AP",
            "2019-06-10T08:00:00Z",
            headline=script + " Russia says Trump invited Putin to U.S. during phone call",
        ),
        seed("h-good-3", "AFP", "2019-07-10T08:00:00Z"),
    ]
    batch = [message(good[0]), *hostile[:6], message(good[1]), *hostile[6:], message(good[2])]
    worker = WorkerProc(env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready(120)
        alerts = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        dlq = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_DLQ_TOPIC"])
        produce(kafka_bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], batch)
        _wait_pairs(alerts, expected_pairs(good), timeout=90)
        dlq.wait_for(lambda rs: len(rs) >= len(hostile), timeout=60)
        dlq.settle(1.0)
        alive = worker.alive()
        alert_docs = [r.json() for r in alerts.records]
        alerts.close()
        dlq.close()
    finally:
        rc = worker.stop()
        delete_topics(kafka_bootstrap, prefix)
        show_logs(tmp_path)
    assert alive and rc == 0
    got = {r.key: r.headers["dlq.reason"].decode() for r in dlq.records}
    assert got == reasons
    originals = dict(hostile)
    for r in dlq.records:
        assert (r.value or None) == (originals[r.key] or None)
        assert r.headers["dlq.error"] and r.headers["dlq.stage"] == b"ingest"
    scripted = [a for a in alert_docs if a["story"]["id"] == "h-good-2"]
    assert scripted, [(a["story"]["id"], a["type"], a["status"]) for a in alert_docs]
    assert all(a["story"]["headline"].startswith(script) for a in scripted)

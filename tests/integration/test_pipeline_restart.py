"""Worker restarts: graceful SIGTERM commits offsets; the dedupe table survives (changelog).

Tables use the in-memory store here, so a restarted worker can only know earlier events by
recovering the table from its Kafka changelog.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from worker_proc import (
    TYPES,
    TopicReader,
    WorkerProc,
    by_type,
    committed_offsets,
    delete_topics,
    has_types,
    message,
    metric_total,
    of_stories,
    produce,
    seed,
)


@pytest.fixture
def env(kafka_bootstrap: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    run = uuid.uuid4().hex[:8]
    yield {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": f"restart-{run}",
        "WIRE_ALERTS_INPUT_TOPIC": f"restart-{run}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"restart-{run}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"restart-{run}.alerts",
        "WIRE_ALERTS_PARTITIONS": "3",
        "WIRE_ALERTS_STORE": "memory://",
        # a SIGKILLed worker's partitions move after this (default 60 s)
        "WIRE_ALERTS_SESSION_TIMEOUT_SECONDS": "10",
        "WIRE_ALERTS_DATA_DIR": str(tmp_path / "data"),
    }
    delete_topics(kafka_bootstrap, f"restart-{run}")
    for log in sorted(tmp_path.glob("worker-*.log")):  # shown by pytest when the test fails
        lines = log.read_text(errors="replace").splitlines()
        print(f"----- {log.name} (last 40 lines)", *lines[-40:], sep="\n")


def test_restarted_worker_still_knows_the_event(env: dict[str, str], tmp_path: Path) -> None:
    bootstrap = env["KAFKA_BOOTSTRAP_SERVERS"]
    topic = env["WIRE_ALERTS_INPUT_TOPIC"]
    reuters = seed("rs-reuters", "Reuters", "2018-06-01T08:00:00Z")
    ria = seed("rs-ria", "RIA Novosti", "2018-06-01T10:00:00Z")
    ap = seed("rs-ap", "AP", "2018-06-01T11:00:00Z")

    first = WorkerProc(env, tmp_path / "worker-1.log").start()
    try:
        first.wait_ready(120)
        reader = TopicReader(bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        produce(bootstrap, topic, [message(reuters)])
        reader.wait_for(has_types(("rs-reuters",)), timeout=60)
        reader.settle(1.0)  # the story's other events, if the detector finds more
        n_events = len(of_stories(reader.records, "rs-reuters"))
    finally:
        rc = first.stop()
    assert rc == 0, first.tail()
    assert "Traceback" not in first.log()

    # graceful shutdown committed the input offsets of everything it processed
    committed, ends = committed_offsets(bootstrap, env["WIRE_ALERTS_APP_ID"], topic)
    assert sum(ends.values()) == 1
    assert {p: committed.get(p) for p, end in ends.items() if end} == {
        p: end for p, end in ends.items() if end
    }

    second = WorkerProc(env, tmp_path / "worker-2.log").start()
    try:
        second.wait_ready(120)
        produce(bootstrap, topic, [message(ria)])
        reader.wait_for(lambda rs: len(of_stories(rs, "rs-ria")) >= n_events, timeout=60)
        # the first story again: known from before the restart, so nothing is published
        before = len(reader.records)
        produce(bootstrap, topic, [message(reuters)])
        deadline_ok = _wait_metric(second, "wire_alerts_duplicates_suppressed_total", n_events)
        assert deadline_ok, (
            n_events,
            [
                ln
                for ln in second.metrics().splitlines()
                if "duplicates" in ln or "events_det" in ln
            ],
        )
        assert reader.settle(1.5)[before:] == []

        # crash (SIGKILL) right after the next story's alerts: at-least-once may replay it,
        # but only ever with the same alert ids
        produce(bootstrap, topic, [message(ap)])
        reader.wait_for(lambda rs: len(of_stories(rs, "rs-ap")) >= n_events, timeout=60)
        ids_before_crash = {a["alert_id"] for a in of_stories(reader.records, "rs-ap")}
        second.kill()
    finally:
        second.stop()

    third = WorkerProc(env, tmp_path / "worker-3.log").start()
    try:
        third.wait_ready(120)
        reader.settle(3.0)
    finally:
        assert third.stop() == 0, third.tail()
        reader.close()

    # at-least-once: the crash may replay messages; a replayed alert keeps its alert id
    for etype in TYPES:
        chain = unique(by_type(of_stories(reader.records, "rs-reuters", "rs-ria"), etype))
        assert [a["status"] for a in chain] == ["new", "update"], etype
        assert [a["corroboration_count"] for a in chain] == [1, 2]
        assert chain[0]["event_key"] == chain[1]["event_key"]
        assert chain[1]["metrics"]["worker_id"] != chain[0]["metrics"]["worker_id"]
    ap_alerts = of_stories(reader.records, "rs-ap")
    assert {a["alert_id"] for a in ap_alerts} == ids_before_crash
    for a in unique(by_type(ap_alerts, "leader_call")):
        assert a["status"] == "update" and a["corroboration_count"] == 3


def unique(alerts: list[dict]) -> list[dict]:
    """First alert of each alert id, in arrival order (what an idempotent consumer keeps)."""
    seen: dict[str, dict] = {}
    for a in alerts:
        seen.setdefault(a["alert_id"], a)
    return list(seen.values())


def _wait_metric(worker: WorkerProc, name: str, at_least: float, timeout: float = 60.0) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if metric_total(worker.metrics(), name) >= at_least:
            return True
        time.sleep(0.5)
    return False

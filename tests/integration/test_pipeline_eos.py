"""``processing_guarantee=exactly_once`` against the real broker, with the RocksDB store.

Alerts and dead letters are produced inside the transaction of the input partition they
come from, so a ``read_committed`` consumer sees them; SIGTERM commits the last
transaction and the input offsets.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from worker_proc import (
    TopicReader,
    WorkerProc,
    committed_offsets,
    delete_topics,
    has_types,
    message,
    of_stories,
    produce,
    seed,
)

from streams.schemas import ALERT_SCHEMA, validator


def test_exactly_once_produces_committed_alerts(kafka_bootstrap: str, tmp_path: Path) -> None:
    run = uuid.uuid4().hex[:8]
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": f"eos-{run}",
        "WIRE_ALERTS_INPUT_TOPIC": f"eos-{run}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"eos-{run}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"eos-{run}.alerts",
        "WIRE_ALERTS_PARTITIONS": "2",
        "WIRE_ALERTS_PROCESSING_GUARANTEE": "exactly_once",
        "WIRE_ALERTS_STORE": "rocksdb://",
        "WIRE_ALERTS_DATA_DIR": str(tmp_path / "data"),
    }
    topic = env["WIRE_ALERTS_INPUT_TOPIC"]
    worker = WorkerProc(env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready(120)
        produce(
            kafka_bootstrap,
            topic,
            [
                message(seed("eos-1", "Reuters", "2018-08-01T08:00:00Z")),
                (b"eos-bad", b"not json"),
                message(seed("eos-2", "RIA Novosti", "2018-08-01T09:00:00Z")),
            ],
        )
        alerts = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"], read_committed=True)
        dlq = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_DLQ_TOPIC"], read_committed=True)
        try:
            alerts.wait_for(has_types(("eos-1",)), timeout=90)
            alerts.wait_for(has_types(("eos-2",)), timeout=90)
            dead = dlq.wait_for(lambda rs: len(rs) >= 1, timeout=60)
        finally:
            alerts.settle(1.0)
            alerts.close()
            dlq.close()
    finally:
        rc = worker.stop()
    log = worker.log()
    print(worker.tail(80))  # shown by pytest when the test fails
    assert rc == 0, worker.tail()
    assert "Traceback" not in log and "ProducerFenced" not in log, worker.tail(80)
    assert "exactly_once" in log

    assert dead[0].headers["dlq.reason"] == b"not_json" and dead[0].value == b"not json"
    found = of_stories(alerts.records, "eos-1", "eos-2")
    v = validator(ALERT_SCHEMA)
    for alert in found:
        assert [e.message for e in v.iter_errors(alert)] == []
    ids = [a["alert_id"] for a in found]
    assert len(ids) == len(set(ids)), "no duplicate alerts"
    calls = [a for a in found if a["type"] == "leader_call"]
    assert [(a["status"], a["corroboration_count"]) for a in calls] == [("new", 1), ("update", 2)]

    committed, ends = committed_offsets(kafka_bootstrap, env["WIRE_ALERTS_APP_ID"], topic)
    delete_topics(kafka_bootstrap, f"eos-{run}")
    assert sum(ends.values()) == 3
    assert {p: committed.get(p) for p, end in ends.items() if end} == {
        p: end for p, end in ends.items() if end
    }

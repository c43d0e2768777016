"""Two workers share the partitions; dedupe state is sharded with them and still meets.

Every story about the same parties is routed to one partition of the internal events topic,
and that partition's table shard lives on whichever worker holds it, so corroboration works
the same with several workers as with one.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from worker_proc import (
    TYPES,
    TopicReader,
    by_type,
    delete_topics,
    has_types,
    message,
    of_stories,
    produce,
    seed,
    start_group,
    wait_all_ready,
)


def test_two_workers_corroborate_across_partitions(kafka_bootstrap: str, tmp_path: Path) -> None:
    run = uuid.uuid4().hex[:8]
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": f"scale-{run}",
        "WIRE_ALERTS_INPUT_TOPIC": f"scale-{run}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"scale-{run}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"scale-{run}.alerts",
        "WIRE_ALERTS_PARTITIONS": "4",
        "WIRE_ALERTS_STORE": "memory://",
    }
    workers = start_group(env, tmp_path)
    try:
        docs = wait_all_ready(workers)  # both hold partitions and neither is rebalancing
        held = [set(d["assigned_partitions"]) for d in docs]
        assert held[0] and held[1] and not held[0] & held[1]

        # three agencies each report three events a month apart: stories land on different
        # input partitions (keys), their events meet by actor set
        reader = TopicReader(kafka_bootstrap, env["WIRE_ALERTS_ALERTS_TOPIC"])
        months = ("2019-01-10", "2019-02-10", "2019-03-10")
        agencies = ("Reuters", "RIA Novosti", "AP")
        for hour, agency in enumerate(agencies):
            produce(
                kafka_bootstrap,
                env["WIRE_ALERTS_INPUT_TOPIC"],
                [message(seed(f"sc-{m}-{agency}", agency, f"{m}T0{hour}:00:00Z")) for m in months],
            )
            for m in months:
                reader.wait_for(has_types((f"sc-{m}-{agency}",)), timeout=60)
        records = list(reader.records)
        reader.close()
    finally:
        codes = [w.stop() for w in workers]
        delete_topics(kafka_bootstrap, f"scale-{run}")
    assert codes == [0, 0], [w.tail() for w in workers]

    for m in months:
        found = of_stories(records, *(f"sc-{m}-{a}" for a in agencies))
        for etype in TYPES:
            chain = by_type(found, etype)
            assert [a["status"] for a in chain] == ["new", "update", "update"], (m, etype)
            assert [a["corroboration_count"] for a in chain] == [1, 2, 3]
            assert len({a["event_key"] for a in chain}) == 1
    assert {r.json()["metrics"]["worker_id"] for r in records} == {"w1", "w2"}

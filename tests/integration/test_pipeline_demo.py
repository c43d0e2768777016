"""``wire-alerts demo`` (the README's main command) against the test broker."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

from worker_proc import REPO, delete_topics, free_port

from streams.schemas import ALERT_SCHEMA, validator


def test_demo_feeds_the_samples_prints_alerts_and_cleans_up(
    kafka_bootstrap: str, tmp_path: Path, admin
) -> None:
    run = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,  # use this broker, start none
        "WIRE_ALERTS_APP_ID": f"demo-test-{run}",
        "WIRE_ALERTS_INPUT_TOPIC": f"demo-test-{run}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"demo-test-{run}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"demo-test-{run}.alerts",
        "WIRE_ALERTS_WEB_PORT": str(free_port()),
        "WIRE_ALERTS_DATA_DIR": str(tmp_path),
        "WIRE_ALERTS_PARTITIONS": "2",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "streams", "demo", "--rate", "50", "--idle-exit", "8", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    alerts = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    v = validator(ALERT_SCHEMA)
    assert all(not list(v.iter_errors(a)) for a in alerts)
    seed = [a for a in alerts if a["story"]["id"] == "reuters-seed-trump-putin"]
    assert {"summit_invitation", "leader_call"} <= {a["type"] for a in seed}, (
        len(alerts),
        proc.stderr[-2000:],
    )
    assert len({a["story"]["agency"] for a in alerts}) >= 3  # BBC News, CNN, HuffPost ...
    assert len({a["type"] for a in alerts}) >= 5

    err = proc.stderr
    assert "worker ready" in err and "fed 62 stories" in err
    assert "worker stopped (exit code 0)" in err
    assert "local Kafka broker stopped" not in err  # it did not start this broker
    input_topic = re.search(r"input (\S+),", err).group(1)
    assert input_topic.startswith(f"demo-test-{run}.stories.demo-")
    deadline = time.monotonic() + 20
    while input_topic in (topics := set(admin.list_topics())):  # deletion is asynchronous
        assert time.monotonic() < deadline, "the run's private input topic was not deleted"
        time.sleep(0.5)
    assert f"demo-test-{run}.alerts" in topics  # the alerts stay for `tail --from-beginning`
    delete_topics(kafka_bootstrap, f"demo-test-{run}")

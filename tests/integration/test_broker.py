"""The real broker: round trip with kafka-python, and the `wire-alerts kafka` command.

With KAFKA_BOOTSTRAP_SERVERS set these run against that cluster and check that
the command starts and stops nothing.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from kafka import KafkaConsumer, KafkaProducer

from streams import kafka_local
from streams.config import Settings
from streams.kafka_local import BrokerInfo

REPO_ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``wire-alerts kafka ...`` command (as ``python -m streams``)."""
    return subprocess.run(
        [sys.executable, "-m", "streams", "kafka", *args],
        cwd=REPO_ROOT,
        env=env if env is not None else dict(os.environ),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_produce_and_consume_round_trip(
    kafka_client_kwargs: dict[str, str],
    new_topic: Callable[..., str],
    unique_name: Callable[[str], str],
) -> None:
    topic = new_topic("roundtrip", partitions=2)
    story = {"id": "seed-1", "headline": "Envoy expelled", "agency": "wire"}
    producer = KafkaProducer(**kafka_client_kwargs)
    try:
        sent = producer.send(topic, key=b"seed-1", value=orjson.dumps(story)).get(timeout=30)
    finally:
        producer.close()

    consumer = KafkaConsumer(
        topic,
        group_id=unique_name("group"),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **kafka_client_kwargs,
    )
    records = []
    try:
        deadline = time.monotonic() + 60
        while not records and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=1000).values():
                records.extend(batch)
    finally:
        consumer.close()

    assert len(records) == 1
    (record,) = records
    assert (record.topic, record.partition, record.offset) == (
        sent.topic,
        sent.partition,
        sent.offset,
    )
    assert record.key == b"seed-1"
    assert orjson.loads(record.value) == story


def test_status_reports_up(kafka_broker: BrokerInfo) -> None:
    result = _cli("status", "--test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"up: {kafka_broker.bootstrap} ")
    if not kafka_broker.external:
        assert f"pid {kafka_broker.pid}" in result.stdout


def test_second_up_reuses_the_running_broker(
    kafka_broker: BrokerInfo, kafka_test_settings: Settings
) -> None:
    result = _cli("up", "--test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Kafka is up at {kafka_broker.bootstrap}" in result.stdout
    again = kafka_local.start_broker(kafka_test_settings)
    assert again.started is False
    assert again.bootstrap == kafka_broker.bootstrap
    if kafka_broker.external:
        assert "external cluster" in result.stdout
        assert again.pid is None
    else:
        assert "reusing the running Kafka broker" in result.stderr
        assert f"pid {kafka_broker.pid}" in result.stdout
        assert again.pid == kafka_broker.pid
        assert kafka_local.broker_pid(kafka_test_settings) == kafka_broker.pid


def _lifecycle_env(settings: Settings, state_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP_SERVERS"}
    env.update(
        WIRE_ALERTS_KAFKA_PORT=str(settings.test_kafka_port + 2),
        WIRE_ALERTS_KAFKA_CONTROLLER_PORT=str(settings.test_kafka_port + 3),
        WIRE_ALERTS_KAFKA_STATE_DIR=str(state_dir),
    )
    return env


def test_up_status_down_lifecycle(
    kafka_broker: BrokerInfo, kafka_test_settings: Settings, tmp_path: Path
) -> None:
    """A second, throwaway broker: up, status, logs, down leaves no process, status down."""
    if kafka_broker.external:
        result = _cli("down")
        assert result.returncode == 0
        assert "external cluster" in result.stdout
        assert kafka_local.broker_alive(kafka_broker.bootstrap, kafka_test_settings.security)
        return

    env = _lifecycle_env(kafka_test_settings, tmp_path / "state")
    settings = dataclasses.replace(
        kafka_test_settings,
        local_kafka_port=int(env["WIRE_ALERTS_KAFKA_PORT"]),
        local_kafka_controller_port=int(env["WIRE_ALERTS_KAFKA_CONTROLLER_PORT"]),
        kafka_state_dir=tmp_path / "state",
    )
    try:
        up = _cli("up", env=env)
        assert up.returncode == 0, up.stdout + up.stderr
        pid = kafka_local.broker_pid(settings)
        assert pid is not None and pid != kafka_broker.pid
        assert f"Kafka is up at {settings.bootstrap} (local broker, pid {pid})" in up.stdout

        status = _cli("status", env=env)
        assert status.returncode == 0 and status.stdout.startswith(f"up: {settings.bootstrap}")

        logs = _cli("logs", "-n", "400", env=env)
        assert logs.returncode == 0 and "Kafka Server started" in logs.stdout

        down = _cli("down", env=env)
        assert down.returncode == 0, down.stdout + down.stderr
        assert not kafka_local._pid_alive(pid), f"broker pid {pid} survived `kafka down`"
        assert not kafka_local.port_open("127.0.0.1", settings.local_kafka_port)
        assert not kafka_local.paths_for(settings).pid_file.exists()

        status = _cli("status", env=env)
        assert status.returncode == 1 and status.stdout.startswith("down: ")
    finally:
        kafka_local.stop_broker(settings, grace=5)
    # the suite's broker is untouched
    assert kafka_local.broker_alive(kafka_broker.bootstrap)


def test_up_timeout_reports_the_log_tail_and_leaves_no_process(
    kafka_broker: BrokerInfo, kafka_test_settings: Settings, tmp_path: Path
) -> None:
    if kafka_broker.external:
        result = _cli("up", "--timeout", "0.01")
        assert result.returncode == 0 and "external cluster" in result.stdout
        return
    env = _lifecycle_env(kafka_test_settings, tmp_path / "state")
    result = _cli("up", "--timeout", "0.01", env=env)
    assert result.returncode == 1
    assert "did not answer" in result.stderr
    assert "--- last lines of " in result.stderr
    port = int(env["WIRE_ALERTS_KAFKA_PORT"])
    settings = dataclasses.replace(
        kafka_test_settings,
        local_kafka_port=port,
        local_kafka_controller_port=port + 1,
        kafka_state_dir=tmp_path / "state",
    )
    assert kafka_local.broker_pid(settings) is None
    assert not kafka_local.paths_for(settings).pid_file.exists()
    time.sleep(0.5)
    assert not kafka_local.port_open("127.0.0.1", port)

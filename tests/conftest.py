"""Shared fixtures: the real Kafka broker for integration tests, unique names.

Tests under ``tests/integration`` are marked ``integration`` automatically.
They reach Kafka through the session fixture ``kafka_bootstrap``: the cluster in
``KAFKA_BOOTSTRAP_SERVERS`` when it is set (nothing is started), otherwise the
suite's own local broker, started by the same code as ``wire-alerts kafka up``
on ``WIRE_ALERTS_TEST_KAFKA_PORT``/``WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT``
(default 19092/19093) with its state in ``$TMPDIR/wire-alerts-test-kafka-<port>``
(``wire-alerts kafka status --test`` shows it). A broker that cannot start fails
the tests that need it; nothing is skipped. The broker is stopped at the end of
the session unless another pytest session still uses it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from streams.config import KafkaSecurity, Settings
from streams.kafka_local import (
    BrokerInfo,
    KafkaLocalError,
    settings_for_tests,
    start_broker,
    stop_broker,
)

INTEGRATION_DIR = Path(__file__).parent / "integration"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "integration: needs the real Kafka broker")
    config.addinivalue_line(
        "markers", "fault: fault-injection tests against the real broker (run alone with -m fault)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if INTEGRATION_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.integration)


class _Leases:
    """Pytest sessions sharing one test broker: the last one out stops it."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = state_dir.with_name(state_dir.name + ".sessions")
        self.lock_path = state_dir.with_name(state_dir.name + ".sessions.lock")
        self.mine = self.dir / str(os.getpid())

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        import fcntl

        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield

    def others(self) -> list[int]:
        alive = []
        for entry in self.dir.iterdir():
            if entry == self.mine or not entry.name.isdigit():
                continue
            try:
                os.kill(int(entry.name), 0)
                alive.append(int(entry.name))
            except ProcessLookupError:
                entry.unlink(missing_ok=True)
            except PermissionError:
                alive.append(int(entry.name))
        return alive


@pytest.fixture(scope="session")
def kafka_test_settings() -> Settings:
    """Settings of the suite's broker (``KAFKA_BOOTSTRAP_SERVERS`` still wins)."""
    return settings_for_tests(Settings())


@pytest.fixture(scope="session")
def kafka_broker(kafka_test_settings: Settings) -> Iterator[BrokerInfo]:
    """The running broker (external or local); fails, never skips, when it cannot start."""
    settings = kafka_test_settings
    if settings.external_cluster:
        try:
            info = start_broker(settings)  # starts nothing: checks the cluster answers
        except KafkaLocalError as exc:
            pytest.fail(f"external Kafka cluster unusable: {exc}", pytrace=False)
        yield info
        return
    leases = _Leases(Path(settings.kafka_state_dir))
    with leases.locked():
        error = None
        try:
            info = start_broker(settings)
        except KafkaLocalError as exc:
            error = str(exc)
        if error is not None:
            pytest.fail(
                f"the test Kafka broker could not start: {error}\n(tests use "
                "WIRE_ALERTS_TEST_KAFKA_PORT / WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT, "
                "or an existing cluster via KAFKA_BOOTSTRAP_SERVERS)",
                pytrace=False,
            )
        leases.mine.write_text(f"{info.pid}\n")
    try:
        yield info
    finally:
        with leases.locked():
            leases.mine.unlink(missing_ok=True)
            if not leases.others():
                stop_broker(settings)


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: BrokerInfo) -> str:
    """Bootstrap address of the broker the integration tests use."""
    return kafka_broker.bootstrap


@pytest.fixture(scope="session")
def kafka_settings(kafka_test_settings: Settings, kafka_bootstrap: str) -> Settings:
    """``Settings`` pointing at the test broker (for code under test)."""
    settings = dataclasses.replace(kafka_test_settings, bootstrap_servers=kafka_bootstrap)
    if not kafka_test_settings.external_cluster:  # the local broker is plain PLAINTEXT
        plain = KafkaSecurity(
            protocol="PLAINTEXT",
            sasl_mechanism="PLAIN",
            sasl_username="",
            sasl_password="",
            ssl_cafile="",
        )
        settings = dataclasses.replace(settings, security=plain)
    return settings


@pytest.fixture(scope="session")
def kafka_env(kafka_bootstrap: str) -> dict[str, str]:
    """Environment for subprocesses (workers, CLI) that must use the test broker."""
    return {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap}


@pytest.fixture(scope="session")
def kafka_client_kwargs(kafka_settings: Settings) -> dict[str, str]:
    """``bootstrap_servers`` plus security keyword arguments for kafka-python clients."""
    return {
        "bootstrap_servers": kafka_settings.bootstrap,
        **kafka_settings.security.kafka_python_kwargs(),
    }


@pytest.fixture(scope="session")
def admin(kafka_client_kwargs: dict[str, str]) -> Iterator[object]:
    """A kafka-python ``KafkaAdminClient`` connected to the test broker."""
    from kafka import KafkaAdminClient

    client = KafkaAdminClient(client_id="wire-alerts-tests", **kafka_client_kwargs)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """Factory of names unique to this test run: ``unique_name("topic")``."""
    base = re.sub(r"[^A-Za-z0-9-]+", "-", request.node.name).strip("-")[:80]

    def make(prefix: str = "t") -> str:
        return f"{prefix}-{base}-{uuid.uuid4().hex[:8]}"

    return make


@pytest.fixture
def new_topic(admin, unique_name: Callable[[str], str]) -> Iterator[Callable[..., str]]:
    """Factory creating a fresh topic (ready to use); deletes it after the test."""
    created: list[str] = []

    def make(prefix: str = "topic", partitions: int = 1) -> str:
        name = unique_name(prefix)
        admin.create_topics({name: {"num_partitions": partitions, "replication_factor": 1}})
        admin.wait_for_topics([name], timeout_ms=30000)
        created.append(name)
        return name

    yield make
    if created:
        with contextlib.suppress(Exception):
            admin.delete_topics(created)

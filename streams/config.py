"""Settings, read from environment variables (every one has a default).

Names follow the ``WIRE_ALERTS_*`` prefix, except the standard Kafka ones
(``KAFKA_BOOTSTRAP_SERVERS``, ``KAFKA_SECURITY_PROTOCOL`` ...). The README lists them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def _env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, str(default)))


def usable_cores() -> int:
    """CPUs this process may run on (its affinity mask, e.g. a container's cpuset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_detect_processes(value: str) -> int:
    """Detector processes for a ``WIRE_ALERTS_DETECT_PROCESSES`` value: a number, or ``auto``
    (the default): one detector process when the worker may use two or more cores, else
    detection in the worker."""
    value = value.strip().lower()
    if value == "auto":
        return 1 if usable_cores() >= 2 else 0
    return int(value)


@dataclass(frozen=True)
class KafkaSecurity:
    """Client security settings shared by Faust (aiokafka) and kafka-python."""

    protocol: str = field(default_factory=lambda: _env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"))
    sasl_mechanism: str = field(default_factory=lambda: _env("KAFKA_SASL_MECHANISM", "PLAIN"))
    sasl_username: str = field(default_factory=lambda: _env("KAFKA_SASL_USERNAME", ""))
    sasl_password: str = field(default_factory=lambda: _env("KAFKA_SASL_PASSWORD", ""))
    ssl_cafile: str = field(default_factory=lambda: _env("KAFKA_SSL_CAFILE", ""))

    def kafka_python_kwargs(self) -> dict[str, str]:
        """Keyword arguments for kafka-python clients."""
        kw: dict[str, str] = {"security_protocol": self.protocol}
        if self.protocol.startswith("SASL"):
            kw.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        if self.protocol.endswith("SSL") and self.ssl_cafile:
            kw["ssl_cafile"] = self.ssl_cafile
        return kw


@dataclass(frozen=True)
class Settings:
    """All runtime settings; ``Settings()`` reads the environment at construction."""

    # Kafka. Empty bootstrap means "the local broker started by `wire-alerts kafka up`".
    bootstrap_servers: str = field(default_factory=lambda: _env("KAFKA_BOOTSTRAP_SERVERS", ""))
    local_kafka_port: int = field(default_factory=lambda: _env_int("WIRE_ALERTS_KAFKA_PORT", 9092))
    local_kafka_controller_port: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_KAFKA_CONTROLLER_PORT", 9093)
    )
    kafka_state_dir: Path = field(
        default_factory=lambda: Path(
            _env("WIRE_ALERTS_KAFKA_STATE_DIR", str(Path.home() / ".local/state/wire-alerts/kafka"))
        )
    )
    kafka_cache_dir: Path = field(
        default_factory=lambda: Path(
            _env("WIRE_ALERTS_KAFKA_CACHE_DIR", str(Path.home() / ".cache/wire-alerts/kafka"))
        )
    )
    kafka_start_timeout: float = field(
        default_factory=lambda: _env_float("WIRE_ALERTS_KAFKA_START_TIMEOUT", 90.0)
    )
    # The test suite's own local broker (state under the temp dir), see tests/conftest.py.
    test_kafka_port: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_TEST_KAFKA_PORT", 19092)
    )
    test_kafka_controller_port: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT", 19093)
    )
    security: KafkaSecurity = field(default_factory=KafkaSecurity)

    # Faust app
    app_id: str = field(default_factory=lambda: _env("WIRE_ALERTS_APP_ID", "wire-alerts"))
    data_dir: Path = field(
        default_factory=lambda: Path(_env("WIRE_ALERTS_DATA_DIR", "/tmp/wire-alerts-data"))
    )
    store: str = field(default_factory=lambda: _env("WIRE_ALERTS_STORE", "rocksdb://"))
    processing_guarantee: str = field(
        default_factory=lambda: _env("WIRE_ALERTS_PROCESSING_GUARANTEE", "at_least_once")
    )
    web_port: int = field(default_factory=lambda: _env_int("WIRE_ALERTS_WEB_PORT", 6066))
    web_host: str = field(default_factory=lambda: _env("WIRE_ALERTS_WEB_HOST", "127.0.0.1"))
    worker_id: str = field(default_factory=lambda: _env("WIRE_ALERTS_WORKER_ID", ""))

    # Topics
    input_topic: str = field(
        default_factory=lambda: _env("WIRE_ALERTS_INPUT_TOPIC", "wire.stories")
    )
    dlq_topic: str = field(
        default_factory=lambda: _env("WIRE_ALERTS_DLQ_TOPIC", "wire.stories.dlq")
    )
    alerts_topic: str = field(
        default_factory=lambda: _env("WIRE_ALERTS_ALERTS_TOPIC", "alerts.diplomatic")
    )
    partitions: int = field(default_factory=lambda: _env_int("WIRE_ALERTS_PARTITIONS", 6))
    replication_factor: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_REPLICATION_FACTOR", 1)
    )

    # Ingest / dedupe
    max_body_bytes: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_MAX_BODY_BYTES", 1024 * 1024)
    )
    languages: str = field(default_factory=lambda: _env("WIRE_ALERTS_LANGUAGES", "en"))
    # Detector processes per worker (0: detect in the worker process itself; auto: 1 on 2+ cores).
    detect_processes: int = field(
        default_factory=lambda: resolve_detect_processes(
            _env("WIRE_ALERTS_DETECT_PROCESSES", "auto")
        )
    )
    dedupe_window_seconds: float = field(
        default_factory=lambda: _env_float("WIRE_ALERTS_DEDUPE_WINDOW_SECONDS", 48 * 3600)
    )
    # Where a new consumer group starts reading the input topic: earliest | latest.
    offset_reset: str = field(default_factory=lambda: _env("WIRE_ALERTS_OFFSET_RESET", "earliest"))
    # How long the producer waits to fill a batch before sending it (ms): fewer, larger
    # requests for a few ms more per hop.
    producer_linger_ms: int = field(
        default_factory=lambda: _env_int("WIRE_ALERTS_PRODUCER_LINGER_MS", 0)
    )
    # Consumer-group session timeout: how long a crashed worker keeps its partitions.
    session_timeout_seconds: float = field(
        default_factory=lambda: _env_float("WIRE_ALERTS_SESSION_TIMEOUT_SECONDS", 60.0)
    )
    # A worker sent SIGTERM/SIGINT exits at the latest this long after it, stopped cleanly
    # or not (0: waits for Faust's stop however long it takes). Below the grace periods of
    # docker-compose.yml (30 s) and deploy/k8s (60 s), so the worker logs why it exits.
    stop_timeout_seconds: float = field(
        default_factory=lambda: _env_float("WIRE_ALERTS_STOP_TIMEOUT_SECONDS", 25.0)
    )

    # Editors' board (`wire-alerts board`, on WIRE_ALERTS_WEB_HOST) and webhook subscriptions.
    board_port: int = field(default_factory=lambda: _env_int("WIRE_ALERTS_BOARD_PORT", 6067))
    subscriptions_file: str = field(
        default_factory=lambda: _env("WIRE_ALERTS_SUBSCRIPTIONS_FILE", "")
    )

    @property
    def bootstrap(self) -> str:
        """The bootstrap address clients use (external cluster or the local broker)."""
        return self.bootstrap_servers or f"127.0.0.1:{self.local_kafka_port}"

    @property
    def external_cluster(self) -> bool:
        """True when KAFKA_BOOTSTRAP_SERVERS points at a cluster we must not start."""
        return bool(self.bootstrap_servers)

    def topic_for_type(self, event_type: str) -> str:
        return f"{self.alerts_topic}.{event_type}"


ENV_VARS: tuple[str, ...] = (
    "KAFKA_BOOTSTRAP_SERVERS",
    "KAFKA_SECURITY_PROTOCOL",
    "KAFKA_SASL_MECHANISM",
    "KAFKA_SASL_USERNAME",
    "KAFKA_SASL_PASSWORD",
    "KAFKA_SSL_CAFILE",
    "WIRE_ALERTS_KAFKA_PORT",
    "WIRE_ALERTS_KAFKA_CONTROLLER_PORT",
    "WIRE_ALERTS_KAFKA_STATE_DIR",
    "WIRE_ALERTS_KAFKA_CACHE_DIR",
    "WIRE_ALERTS_KAFKA_START_TIMEOUT",
    "WIRE_ALERTS_TEST_KAFKA_PORT",
    "WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT",
    "WIRE_ALERTS_APP_ID",
    "WIRE_ALERTS_DATA_DIR",
    "WIRE_ALERTS_STORE",
    "WIRE_ALERTS_PROCESSING_GUARANTEE",
    "WIRE_ALERTS_WEB_PORT",
    "WIRE_ALERTS_WEB_HOST",
    "WIRE_ALERTS_WORKER_ID",
    "WIRE_ALERTS_INPUT_TOPIC",
    "WIRE_ALERTS_DLQ_TOPIC",
    "WIRE_ALERTS_ALERTS_TOPIC",
    "WIRE_ALERTS_PARTITIONS",
    "WIRE_ALERTS_REPLICATION_FACTOR",
    "WIRE_ALERTS_MAX_BODY_BYTES",
    "WIRE_ALERTS_LANGUAGES",
    "WIRE_ALERTS_DETECT_PROCESSES",
    "WIRE_ALERTS_DEDUPE_WINDOW_SECONDS",
    "WIRE_ALERTS_OFFSET_RESET",
    "WIRE_ALERTS_PRODUCER_LINGER_MS",
    "WIRE_ALERTS_SESSION_TIMEOUT_SECONDS",
    "WIRE_ALERTS_STOP_TIMEOUT_SECONDS",
    "WIRE_ALERTS_BOARD_PORT",
    "WIRE_ALERTS_SUBSCRIPTIONS_FILE",
)
"""Every environment variable the code reads (tests check docs and deploy files cover them)."""

LOCAL_ONLY_ENV_VARS: tuple[str, ...] = tuple(
    name for name in ENV_VARS if name.startswith(("WIRE_ALERTS_KAFKA_", "WIRE_ALERTS_TEST_"))
)
"""Settings of the local broker (``wire-alerts kafka``) and the test suite's broker: unused when
KAFKA_BOOTSTRAP_SERVERS names a cluster, so deployments (compose, k8s) leave them out."""

__all__ = ["ENV_VARS", "KafkaSecurity", "Settings", "fields"]

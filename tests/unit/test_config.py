"""streams.config: settings read from the environment."""

from __future__ import annotations

import os

import pytest

from streams import config
from streams.config import Settings


@pytest.mark.parametrize(("cores", "expected"), [(1, 0), (2, 1), (16, 1)])
def test_auto_detect_processes_follow_the_usable_cores(
    monkeypatch: pytest.MonkeyPatch, cores: int, expected: int
) -> None:
    monkeypatch.delenv("WIRE_ALERTS_DETECT_PROCESSES", raising=False)
    monkeypatch.setattr(config, "usable_cores", lambda: cores)
    assert Settings().detect_processes == expected
    monkeypatch.setenv("WIRE_ALERTS_DETECT_PROCESSES", " Auto ")
    assert Settings().detect_processes == expected


def test_a_number_of_detect_processes_is_taken_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "usable_cores", lambda: 8)
    for value in ("0", "3"):
        monkeypatch.setenv("WIRE_ALERTS_DETECT_PROCESSES", value)
        assert Settings().detect_processes == int(value)


def test_usable_cores_is_the_affinity_mask() -> None:
    assert config.usable_cores() == len(os.sched_getaffinity(0)) >= 1


def test_the_producer_linger_reaches_the_kafka_producer(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.app import create_app

    monkeypatch.setenv("WIRE_ALERTS_PRODUCER_LINGER_MS", "5")
    monkeypatch.setenv("WIRE_ALERTS_STORE", "memory://")
    app = create_app(Settings())
    assert app.conf.producer_linger == 0.005
    assert app.producer.linger_ms == 5  # what Faust gives aiokafka's producer

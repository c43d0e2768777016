"""The worker's stop deadline: a worker sent SIGTERM exits at the latest after its stop timeout."""

from __future__ import annotations

import threading
import time

import pytest

from streams.commands import worker
from streams.config import Settings


def test_the_deadline_exits_with_its_status_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    exited = threading.Event()
    codes: list[int] = []

    def fake_exit(code: int) -> None:
        codes.append(code)
        exited.set()

    started = time.monotonic()
    timer = worker.arm_stop_deadline(0.2, exit=fake_exit)
    assert timer is not None and timer.daemon  # never keeps the process alive by itself
    assert exited.wait(5.0)
    assert time.monotonic() - started >= 0.2
    assert codes == [worker.EXIT_STOP_TIMEOUT]
    assert "did not stop within" in caplog.text


def test_a_zero_timeout_arms_nothing() -> None:
    assert worker.arm_stop_deadline(0.0, exit=lambda code: pytest.fail("exited")) is None


def test_the_first_stop_signal_arms_the_deadline_once(monkeypatch: pytest.MonkeyPatch) -> None:
    armed: list[float] = []
    monkeypatch.setattr(worker, "arm_stop_deadline", lambda seconds: armed.append(seconds))
    cls = worker._worker_class(12.0)
    shutdowns: list[object] = []
    # only what _schedule_shutdown touches: the mode.Worker state of a running worker
    w = cls.__new__(cls)
    w._signal_stop_time = None
    monkeypatch.setattr(
        cls.__mro__[1],
        "_schedule_shutdown",
        lambda self, sig: (shutdowns.append(sig), setattr(self, "_signal_stop_time", 1.0)),
    )
    w._schedule_shutdown("SIGTERM")
    w._schedule_shutdown("SIGINT")  # a second signal: mode ignores it, no second timer
    assert armed == [12.0]
    assert shutdowns == ["SIGTERM", "SIGINT"]


def test_the_default_stops_before_the_deployments_grace_periods(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WIRE_ALERTS_STOP_TIMEOUT_SECONDS", raising=False)
    assert 0 < Settings().stop_timeout_seconds < 30  # compose: 30 s, k8s: 60 s
    monkeypatch.setenv("WIRE_ALERTS_STOP_TIMEOUT_SECONDS", "0")
    assert Settings().stop_timeout_seconds == 0

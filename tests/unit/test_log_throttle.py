"""streams.log_throttle: a repeating client message is logged at most once per interval."""

from __future__ import annotations

import logging

import pytest

from streams import log_throttle
from streams.log_throttle import Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def logger() -> logging.Logger:
    log = logging.getLogger("test.throttle")
    log.filters.clear()
    return log


def test_a_repeating_message_is_held_back_and_counted(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    logger.addFilter(Throttle(30.0, clock))
    for _ in range(5):  # the broker is down: one error per reconnect attempt
        logger.error("Unable connect to node with id %s: %s", 1, "refused")
        clock.now += 1.0
    clock.now += 30.0
    logger.error("Unable connect to node with id %s: %s", 1, "refused")
    assert [r.getMessage() for r in caplog.records] == [
        "Unable connect to node with id 1: refused",
        "Unable connect to node with id 1: refused (4 more like this in the last 35 s)",
    ]


def test_different_messages_are_throttled_apart(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    logger.addFilter(Throttle(30.0, Clock()))
    logger.error("Unable to update metadata from %s", [1])
    logger.error("Failed fetch messages from %s: %s", 1, "NodeNotReadyError")
    logger.error("Unable to update metadata from %s", [1])
    assert len(caplog.records) == 2


def test_install_covers_the_repeating_aiokafka_loggers_once() -> None:
    log_throttle.install()
    log_throttle.install()
    for name in ("aiokafka", "aiokafka.conn", "aiokafka.consumer.fetcher"):
        throttles = [f for f in logging.getLogger(name).filters if isinstance(f, Throttle)]
        assert len(throttles) == 1, name


def test_the_messages_it_throttles_are_still_logged_by_those_modules() -> None:
    """If aiokafka moves these messages to other modules, the throttle must follow."""
    import inspect

    from aiokafka import client
    from aiokafka.consumer import fetcher, group_coordinator

    assert "Unable connect to node with id" in inspect.getsource(client)
    assert "Unable to update metadata from" in inspect.getsource(client)
    assert "Failed fetch messages from" in inspect.getsource(fetcher)
    assert "Group Coordinator Request failed" in inspect.getsource(group_coordinator)

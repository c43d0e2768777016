"""At most one line per message every 30 s from the Kafka client while it repeats itself.

With its broker unreachable, aiokafka logs an error on every reconnect, metadata, fetch and
coordinator attempt: measured in the fault test, ~75 lines/s from one worker (456
"Unable connect to node", 226 "Unable to update metadata", 117 "Failed fetch messages" and
115 "Group Coordinator Request failed" in 12 s), which buries everything else in the log
during an outage. The standard library has no rate-limiting filter, hence this one: a
message (logger and format string) is let through once, then at most once per interval,
saying how many like it were held back meanwhile.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

INTERVAL_SECONDS = 30.0


def client_loggers() -> list[logging.Logger]:
    """The loggers of the aiokafka modules that repeat themselves while a broker is down
    (taken from the modules: the client's is plain "aiokafka", not its module name)."""
    from aiokafka import client, conn
    from aiokafka.consumer import fetcher, group_coordinator
    from aiokafka.producer import sender

    return [m.log for m in (client, conn, fetcher, group_coordinator, sender)]


class Throttle(logging.Filter):
    """Let each message through at most once per ``interval`` seconds."""

    def __init__(
        self, interval: float = INTERVAL_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.interval = interval
        self.clock = clock
        self._last: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        self._last[key] = now
        held = self._held.pop(key, 0)
        if held:
            record.msg = f"{record.msg} ({held} more like this in the last {now - last:.0f} s)"
        return True


def install(interval: float = INTERVAL_SECONDS) -> None:
    """Throttle the client's repeating loggers (idempotent)."""
    for logger in client_loggers():
        if not any(isinstance(f, Throttle) for f in logger.filters):
            logger.addFilter(Throttle(interval))

"""Watchdog for Faust's table recovery: read again changelog records that never arrived.

After a rebalance Faust (faust-streaming 0.15.3) seeks each active changelog partition to
the last offset its table has seen, resumes fetching and waits until every partition's
records up to the highwater it measured have reached the tables. It never checks that
they do. In about 1 of 20-30 runs of the rebalance fault test on a busy 2-core machine
the survivor's consumer had already moved past the highwater of every changelog
partition, yet recovery had received none of their records (Faust's own warning "No event
received for active tp ... since recovery start", repeated every 5 s). Records the survivor
wrote afterwards arrived, so the fetcher worked and the earlier records had been taken from
the client and dropped on the way. Recovery then waits forever, and the worker is never
ready again.

Every second during recovery this module looks for such partitions: the table has not
reached the highwater, no changelog record has arrived for ``STALL_SECONDS`` and none is
queued, and the consumer's position is already past the highwater. It seeks those back to
the last offset the table has seen (as recovery itself does at its start), so the records
are fetched again; re-applying a changelog record is harmless. Each such partition is
logged as a warning.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from time import monotonic
from typing import Any

import faust
from faust.types import TP

log = logging.getLogger("streams.recovery_watch")

CHECK_SECONDS = 1.0
STALL_SECONDS = 5.0


async def stalled_partitions(
    recovery: Any, consumer: Any, now: float, reread_at: Mapping[TP, float], queued: int = 0
) -> dict[TP, int]:
    """Active changelog partitions whose records up to the highwater were read past
    without reaching recovery, each with the offset to read again from. ``queued`` is the
    number of changelog records fetched but not yet applied (none may be on the way)."""
    started = getattr(recovery, "_recovery_started_at", None)
    if not recovery.in_recovery or started is None or now - started < STALL_SECONDS or queued:
        return {}
    received = getattr(recovery, "_active_events_received_at", {})
    out: dict[TP, int] = {}
    for tp in list(recovery.active_tps):
        highwater = recovery.active_highwaters.get(tp)
        seen = recovery.active_offsets.get(tp)
        if highwater is None or seen is None or seen >= highwater:
            continue  # nothing to recover here, or done
        last = max(received.get(tp, started), reread_at.get(tp, started))
        if now - last < STALL_SECONDS:
            continue  # records are arriving (or were asked for again just now)
        position = await consumer.position(tp)
        if position is None or position <= highwater:
            continue  # the records up to the highwater are still to be fetched
        out[tp] = max(seen, 0)
    return out


def install(app: faust.App) -> None:
    """Run the check every ``CHECK_SECONDS`` on this worker."""
    reread_at: dict[TP, float] = {}

    @app.timer(CHECK_SECONDS, name="recovery_watch")
    async def recovery_watch() -> None:
        recovery = app.tables.recovery
        now = monotonic()
        queued = app.tables.changelog_queue.qsize()
        stalled = await stalled_partitions(recovery, app.consumer, now, reread_at, queued)
        if not stalled:
            return
        for tp, offset in sorted(stalled.items()):
            log.warning(
                "table recovery: changelog %s:%d was read past its highwater %s but recovery "
                "has seen only up to offset %s; reading it again from offset %d",
                tp.topic,
                tp.partition,
                recovery.active_highwaters.get(tp),
                recovery.active_offsets.get(tp),
                offset,
            )
            reread_at[tp] = now
        await app.consumer.seek_wait(stalled)

"""The recovery watchdog: which stalled changelog partitions it reads again, and which not."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from faust.types import TP

from streams import recovery_watch
from streams.recovery_watch import STALL_SECONDS, stalled_partitions

SEQ = TP("app-sequencer-changelog", 0)
GATHER = TP("app-gather-changelog", 1)


def recovery(**over: object) -> SimpleNamespace:
    """A table recovery 10 s in: SEQ has seen nothing of its 14 records, GATHER all of its."""
    state = {
        "in_recovery": True,
        "_recovery_started_at": 100.0,
        "active_tps": {SEQ, GATHER},
        "active_highwaters": {SEQ: 13, GATHER: 6},
        "active_offsets": {SEQ: -1, GATHER: 6},
        "_active_events_received_at": {GATHER: 101.0},
    }
    return SimpleNamespace(**{**state, **over})


class Consumer:
    def __init__(self, positions: dict[TP, int | None]) -> None:
        self.positions = positions
        self.asked: list[TP] = []

    async def position(self, tp: TP) -> int | None:
        self.asked.append(tp)
        return self.positions.get(tp)


def stalled(rec: SimpleNamespace, consumer: Consumer, now: float = 110.0, **kw) -> dict:
    return asyncio.run(
        stalled_partitions(rec, consumer, now, kw.get("reread_at", {}), kw.get("queued", 0))
    )


def test_a_partition_read_past_its_highwater_without_records_is_read_again_from_the_start() -> None:
    # the stall seen in the rebalance fault test: position 14 = end, recovery saw nothing
    assert stalled(recovery(), Consumer({SEQ: 14, GATHER: 7})) == {SEQ: 0}


def test_it_is_read_again_from_the_last_offset_the_table_saw() -> None:
    rec = recovery(active_offsets={SEQ: 4, GATHER: 6})
    assert stalled(rec, Consumer({SEQ: 14})) == {SEQ: 4}


def test_records_still_to_be_fetched_are_waited_for() -> None:
    assert stalled(recovery(), Consumer({SEQ: 9})) == {}
    assert stalled(recovery(), Consumer({SEQ: 14}), queued=3) == {}  # fetched, not yet applied


def test_nothing_is_done_soon_after_recovery_starts_or_after_a_recent_record() -> None:
    consumer = Consumer({SEQ: 14})
    assert stalled(recovery(), consumer, now=100.0 + STALL_SECONDS - 0.5) == {}
    recent = recovery(_active_events_received_at={SEQ: 108.0})
    assert stalled(recent, consumer) == {}
    assert stalled(recovery(), consumer, reread_at={SEQ: 107.0}) == {}  # asked again just now
    assert consumer.asked == []  # no round trip to the consumer thread for these


def test_nothing_is_done_outside_recovery() -> None:
    assert stalled(recovery(in_recovery=False), Consumer({SEQ: 14})) == {}


def test_the_worker_app_runs_the_watchdog_timer() -> None:
    from streams.app import create_app
    from streams.config import Settings

    app = create_app(Settings())
    names = [getattr(getattr(t, "fun", t), "__name__", "") for t in app._app_tasks]
    assert "recovery_watch" in names
    assert recovery_watch.CHECK_SECONDS <= STALL_SECONDS

"""Fix for Faust's offset commits: never commit past a message still being processed.

Faust (faust-streaming 0.15.3) commits, per partition, the end of the first run of
consecutive acked offsets (``Consumer._new_offset``). Its only guard against a message at
the head of that run still being processed is ``min(acked) - committed > 1``, which lets
one missing offset through (meant for a transaction marker or a compacted record) and is
skipped altogether while nothing was committed yet (``committed`` is ``None`` or 0). Our
stages ack a message when what it produced is delivered, so acks come out of order all the
time (a message whose only output is a table write acks before an earlier one whose alert
is still being sent). With ``committed=None, acked=[1..44]`` Faust commits 45 while offset 0
is in flight (seen in the rebalance fault test's worker logs); if the worker dies then, or
hands the partition over in a rebalance, offset 0 is never processed: a lost event, a
story's gather that never completes ("enriching incomplete story after timeout") and a
missing alert. This is faust-streaming issue #606 (open; the fix proposed in PR #707 caps
the commit the same way).

Here the committed offset is capped at the oldest message of the partition that was handed
to a stream and is not acked yet (Faust tracks them in ``_unacked_messages``; a message
dropped from a stream's queue is garbage-collected out of that weak set). Offsets at or
past the cap stay in the acked list for the next commit. Everything else (gaps, the head
guard) is Faust's own logic.

A gap is a range of offsets Faust never handed to a stream yet counts as processed (it
assumes transaction markers or compacted records). Without transactions the worker writes
its internal topics (``<app id>-...``) with no markers, so a gap there means records were
skipped: it is logged as a warning, to make such a loss visible.
"""

from __future__ import annotations

import logging
from typing import Any

from faust.transport import consumer as faust_consumer
from faust.types import TP
from faust.types.tuples import ack_lock
from faust.utils.functional import consecutive_numbers

log = logging.getLogger("streams.consumer_commit")

_faust_new_offset = faust_consumer.Consumer._new_offset
_faust_add_gap = faust_consumer.Consumer._add_gap
_faust_filter_committable_offsets = faust_consumer.Consumer._filter_committable_offsets


def in_flight_floors(consumer: Any) -> dict[TP, int]:
    """Per partition, the lowest offset handed to a stream and not acked yet.

    One pass over Faust's weak set of unacked messages, which also drops the messages in it
    that are acked by now (what Faust's ``_clean_unacked_messages`` does): the set keeps an
    acked message as long as something else holds it, and a scan per partition and commit
    over all of them blocked the event loop (200 stories/s p99 576-879 ms, 254 ms without
    the cap, in ``bench/latency.py``).
    """
    floors: dict[TP, int] = {}
    done = []
    with ack_lock:
        unacked = consumer._unacked_messages
        for m in list(unacked):
            if m.acked:
                done.append(m)
                continue
            tp, offset = m.tp, m.offset
            if offset < floors.get(tp, offset + 1):
                floors[tp] = offset
        if done:
            unacked.difference_update(done)
    return floors


def oldest_in_flight(consumer: Any, tp: TP) -> int | None:
    """The lowest offset of ``tp`` handed to a stream and not acked yet, if any (from the
    floors of the commit under way, else from a pass of its own)."""
    floors = getattr(consumer, "_in_flight_floors", None)
    if floors is None:
        floors = in_flight_floors(consumer)
    return floors.get(tp)


def filter_committable_offsets(self: Any, tps: Any) -> dict[TP, int]:
    """Faust's ``Consumer._filter_committable_offsets`` with the floors of all partitions
    taken in one pass for the whole commit."""
    self._in_flight_floors = in_flight_floors(self)
    try:
        return _faust_filter_committable_offsets(self, tps)  # type: ignore[no-any-return]
    finally:
        self._in_flight_floors = None


def new_offset(self: Any, tp: TP) -> int | None:
    """Faust's ``Consumer._new_offset`` with the commit capped at the oldest message of
    ``tp`` still being processed."""
    acked: list[int] = self._acked[tp]
    if not acked:
        return None
    max_offset = max(acked)
    gap_for_tp = self._gap[tp]
    if gap_for_tp:  # offsets known to hold no message for us count as acked (Faust's code)
        candidates = sorted(gap_for_tp.overlap(0, max_offset), key=lambda iv: iv.begin)
        if candidates:
            stuff_to_add = [o for iv in candidates for o in range(iv.begin, iv.end)]
            acked.extend(stuff_to_add)
            gap_for_tp.chop(0, max(stuff_to_add[-1], max_offset + 1))
    acked.sort()
    committed = self._committed_offset[tp]
    if committed and acked[0] - committed > 1:
        return None
    run = next(consecutive_numbers(acked))
    end = run[-1] + 1
    floor = oldest_in_flight(self, tp)
    if floor is not None and floor < end:
        end = floor
    taken = [o for o in run if o < end]
    if not taken:
        return None
    del acked[: len(taken)]
    self._acked_index[tp].difference_update(taken)
    return end


async def add_gap(self: Any, tp: TP, offset_from: int, offset_to: int) -> None:
    """Faust's ``Consumer._add_gap``, logged when no transactions can explain the gap."""
    if not self.app.in_transaction and tp.topic.startswith(f"{self.app.conf.id}-"):
        log.warning(
            "offsets %d-%d of %s:%d were never read but count as processed (gap)",
            offset_from,
            offset_to,
            tp.topic,
            tp.partition,
        )
    await _faust_add_gap(self, tp, offset_from, offset_to)


def install() -> None:
    """Replace Faust's ``Consumer._new_offset``, ``_filter_committable_offsets`` and
    ``_add_gap`` (idempotent)."""
    faust_consumer.Consumer._new_offset = new_offset  # type: ignore[method-assign]
    faust_consumer.Consumer._filter_committable_offsets = filter_committable_offsets  # type: ignore[method-assign]
    faust_consumer.Consumer._add_gap = add_gap  # type: ignore[method-assign]

"""Input partitions are resumed after a rebalance only once they are sought to their commits.

Faust (faust-streaming 0.15.3) ends a rebalance's table recovery
(``Recovery.on_recovery_completed``, or ``_resume_streams`` when no table needed recovery) by
resuming the stream partitions, *then* seeking them to their committed offsets, then
resuming the streams' flow, which clears their queues. Flow control was already resumed
during recovery, so between the resume and the seek the consumer fetches from wherever it
stood and hands those records to the agents. The seek then resets Faust's read offsets
while that batch is still being delivered: the rest of the batch records a gap (offsets
counted as processed), the records fetched again after the seek are dropped as already read
("DROPPED MESSAGE ROFF"), and the batch's records still waiting in a stream's queue are
cleared when the flow resumes: never processed, yet counted as read, so lost. Seen in the
survivor of the rebalance fault test (2 of 17 traced runs: 134 and 141 records dropped as
already read; a gap of 6 offsets in an internal topic), and the likely cause of stories
whose gather never completes after a rebalance. Faust has the same order upstream.

Here the recovery's ``consumer.resume_partitions`` calls are held back until its
``consumer.perform_seek`` has completed, so nothing is fetched from a stream partition
before its seek. (A fetch that waits meanwhile takes no records of the paused partitions:
``streams.consumer_pause``.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from faust.tables.recovery import Recovery

_faust_on_recovery_completed = Recovery.on_recovery_completed
_faust_resume_streams = Recovery._resume_streams


class SeekFirst:
    """Stands in for the consumer's ``resume_partitions`` and ``perform_seek``: partitions
    asked to resume before the seek are resumed right after it."""

    def __init__(
        self, resume: Callable[[Iterable[Any]], None], seek: Callable[[], Awaitable[None]]
    ) -> None:
        self._resume = resume
        self._seek = seek
        self.sought = False
        self.held: set[Any] = set()

    def resume_partitions(self, tps: Iterable[Any]) -> None:
        if self.sought:
            self._resume(tps)
        else:
            self.held.update(tps)

    async def perform_seek(self) -> None:
        await self._seek()
        self.sought = True
        self.release()

    def release(self) -> None:
        """Resume what is held (after the seek, or when none came: Faust's end state)."""
        held, self.held = self.held, set()
        if held:
            self._resume(held)


@contextmanager
def seek_before_resume(consumer: Any) -> Iterator[SeekFirst]:
    """Within the block, ``consumer`` resumes partitions only after its next seek."""
    gate = SeekFirst(consumer.resume_partitions, consumer.perform_seek)
    consumer.resume_partitions = gate.resume_partitions
    consumer.perform_seek = gate.perform_seek
    try:
        yield gate
    finally:
        del consumer.resume_partitions  # the instance attributes: the methods again
        del consumer.perform_seek
        gate.release()


async def on_recovery_completed(self: Recovery, generation_id: int = 0) -> None:
    with seek_before_resume(self.app.consumer):
        await _faust_on_recovery_completed(self, generation_id)


async def _resume_streams(self: Recovery, generation_id: int = 0) -> None:
    with seek_before_resume(self.app.consumer):
        await _faust_resume_streams(self, generation_id)


def install() -> None:
    """Wrap the two places Faust resumes stream partitions after recovery (idempotent)."""
    Recovery.on_recovery_completed = on_recovery_completed  # type: ignore[method-assign]
    Recovery._resume_streams = _resume_streams  # type: ignore[method-assign]

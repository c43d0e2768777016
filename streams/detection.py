"""Run the detector on batches of stories: on the event loop, in a thread, or in processes.

The detector is pure Python and CPU-bound (about a millisecond for a typical wire story).
With ``WIRE_ALERTS_DETECT_PROCESSES=0`` (the default) a batch is detected in the worker
process itself: on the event loop when it is small, in a thread when it holds a long story
(so a huge story cannot hold up the web server and the other agents for long). With ``N > 0``
batches are split over N worker processes (``concurrent.futures.ProcessPoolExecutor``, spawn
start method: the worker process runs threads, which ``fork`` does not copy safely), so
detection runs on other cores than the Kafka client and the Faust agents.

Each story gets either its events (as JSON-ready dicts) or the error the detector raised,
so one bad story never fails its batch.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from streams.detector import Story, detect

log = logging.getLogger("streams.detection")

# a batch with more characters than this is detected in a thread, not on the event loop
INLINE_CHARS = 50_000


@dataclass(frozen=True)
class Outcome:
    """The detector's result for one story: events, or the error it raised."""

    events: list[dict[str, Any]]
    seconds: float  # time the detector spent on the story
    error: str | None = None


def detect_one(story: Story) -> Outcome:
    started = time.perf_counter()
    try:
        events = [e.to_dict() for e in detect(story)]
    except Exception as exc:  # reported per story; the batch goes on
        return Outcome([], time.perf_counter() - started, f"{type(exc).__name__}: {exc}")
    return Outcome(events, time.perf_counter() - started)


def detect_batch(stories: Sequence[Story]) -> list[Outcome]:
    return [detect_one(s) for s in stories]


def _warm_up() -> None:
    detect(Story(id="warm-up", headline="Leaders speak", body="Putin spoke by phone with Xi."))


PARENT_CHECK_SECONDS = 1.0


def _exit_with(parent: int) -> None:
    """End this detection process once ``parent`` is gone (a worker killed with SIGKILL
    cannot stop its pool, and a pool process would otherwise wait for work forever)."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(0)


def _started() -> None:
    """A task that returns once a detection process has run its initializer."""


def _start_process(parent: int) -> None:
    """Initializer of a detection process: watch the parent, load the detector."""
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()
    _warm_up()


class Detection:
    """Detects batches of stories in this process or in ``processes`` worker processes."""

    def __init__(self, processes: int = 0) -> None:
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None

    def start(self, wait: bool = False) -> None:
        """Start the detection processes (each loads the gazetteer once); with ``wait``, return
        once one has detected a story (not from the event loop: it blocks)."""
        if self.processes and self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_process,
                initargs=(os.getpid(),),
            )
            # launches a process now, not on the first story (its initializer warms it up)
            started = self._pool.submit(_started)
            if wait:
                started.result()

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def run(self, stories: Sequence[Story]) -> list[Outcome]:
        """Outcomes of ``stories``, in order."""
        if not stories:
            return []
        if self.processes:
            self.start()
            try:
                return await self._in_processes(stories)
            except BrokenProcessPool:
                # a detection process died (e.g. killed for memory): start new ones and
                # detect this batch here rather than lose it
                log.error("detection process pool broke; restarting it")
                self.stop()
        if sum(len(s.headline) + len(s.body) for s in stories) > INLINE_CHARS:
            return await asyncio.to_thread(detect_batch, stories)
        out = []
        for story in stories:
            out.append(detect_one(story))
            # let the other agents run between stories: a batch detected in one go holds
            # the event loop for ~100 ms, and every downstream hop waits that long
            await asyncio.sleep(0)
        return out

    async def _in_processes(self, stories: Sequence[Story]) -> list[Outcome]:
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        n = min(self.processes, len(stories))
        size = -(-len(stories) // n)
        chunks = [list(stories[i : i + size]) for i in range(0, len(stories), size)]
        parts = await asyncio.gather(
            *(loop.run_in_executor(self._pool, detect_batch, c) for c in chunks)
        )
        return [o for part in parts for o in part]

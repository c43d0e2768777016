"""Batch detection: in the worker process, in a thread, and in detector processes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

from streams.detection import (
    INLINE_CHARS,
    PARENT_CHECK_SECONDS,
    Detection,
    Outcome,
    detect_batch,
)
from streams.detector import Story

SEED = Story(
    id="seed",
    headline="Russia says Trump invited Putin to U.S. during phone call",
    body=(
        "MOSCOW - U.S. President Donald Trump invited his Russian counterpart Vladimir Putin "
        "to the United States during a phone call, RIA Novosti reported on Friday, citing the "
        "Russian Foreign Ministry.\n\nTrump and Putin spoke by phone on March 20."
    ),
    agency="RIA Novosti",
)
QUIET = Story(id="quiet", headline="Rain expected", body="Showers across the region on Monday.")


class Exploding(Story):
    """A story whose text cannot be read: the detector raises on it."""

    @property
    def text(self) -> str:
        raise ValueError("unreadable story")


def _types(outcome: Outcome) -> list[str]:
    return sorted(e["type"] for e in outcome.events)


def test_batch_in_process_keeps_order_and_isolates_errors() -> None:
    stories = [SEED, Exploding(id="bad", headline="x", body="y"), QUIET]
    out = asyncio.run(Detection(0).run(stories))
    assert [_types(o) for o in out] == [["leader_call", "summit_invitation"], [], []]
    assert out[0].error is None and out[2].error is None
    assert out[1].error == "ValueError: unreadable story"
    assert all(o.seconds >= 0 for o in out)


def test_long_batch_goes_to_a_thread_with_the_same_result() -> None:
    long_quiet = Story(id="long", headline="Weather", body="Sunny. " * (INLINE_CHARS // 7 + 1))
    out = asyncio.run(Detection(0).run([SEED, long_quiet]))
    assert [_types(o) for o in out] == [["leader_call", "summit_invitation"], []]


def test_detector_processes_give_the_same_events_as_in_process() -> None:
    stories = [SEED, QUIET, SEED, Exploding(id="bad", headline="x", body="y")]
    detection = Detection(2)
    try:
        detection.start()
        out = asyncio.run(detection.run(stories))
    finally:
        detection.stop()
    expected = detect_batch(stories)
    assert [o.events for o in out] == [o.events for o in expected]
    assert [o.error for o in out] == [o.error for o in expected]


def test_start_can_wait_until_a_detection_process_has_detected_a_story() -> None:
    detection = Detection(1)
    try:
        detection.start(wait=True)
        assert detection._pool is not None
        assert [p.is_alive() for p in detection._pool._processes.values()] == [True]
    finally:
        detection.stop()


def test_detector_processes_end_when_the_worker_is_killed() -> None:
    """A worker killed with SIGKILL cannot stop its pool: its detection processes notice
    that their parent is gone and exit instead of waiting for work forever."""
    script = (
        "import multiprocessing, time\n"
        "from streams.detection import Detection\n"
        "d = Detection(1)\n"
        "d.start()\n"
        "time.sleep(0.5)\n"
        "print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "time.sleep(120)\n"
    )
    worker = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout is not None
        children = [int(p) for p in worker.stdout.readline().split()]
        assert len(children) == 1 and _alive(children[0])
    finally:
        worker.kill()
        worker.wait()
    deadline = time.monotonic() + 10 * PARENT_CHECK_SECONDS + 5
    while any(_alive(p) for p in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in children)


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, exited but not reaped, counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False

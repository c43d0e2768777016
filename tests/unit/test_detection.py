"""Batch detection: in the worker process, in a thread, and in detector processes."""

from __future__ import annotations

import asyncio

from streams.detection import INLINE_CHARS, Detection, Outcome, detect_batch
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

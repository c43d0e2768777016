"""streams.recovery_resume: after table recovery, input partitions resume only once sought."""

from __future__ import annotations

import asyncio
import inspect

from faust.tables.recovery import Recovery

from streams import recovery_resume
from streams.recovery_resume import seek_before_resume


class Consumer:
    """Records the order of what recovery asks of the consumer."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, frozenset]] = []

    def resume_partitions(self, tps: object) -> None:
        self.calls.append(("resume", frozenset(tps)))  # type: ignore[arg-type]

    async def perform_seek(self) -> None:
        await asyncio.sleep(0)
        self.calls.append(("seek", frozenset()))


async def faust_ending(consumer: Consumer) -> None:
    """What Faust does at the end of recovery: resume the input partitions, then seek."""
    consumer.resume_partitions({"stories-0", "events-1"})
    await consumer.perform_seek()


def test_faust_still_resumes_before_it_seeks() -> None:
    """If Faust reorders these itself, this fails and the patch can go."""
    for method in (
        recovery_resume._faust_on_recovery_completed,
        recovery_resume._faust_resume_streams,
    ):
        source = inspect.getsource(method)
        assert source.index("consumer.resume_partitions(") < source.index("consumer.perform_seek()")


async def test_without_the_patch_partitions_resume_before_the_seek() -> None:
    consumer = Consumer()
    await faust_ending(consumer)
    assert [c[0] for c in consumer.calls] == ["resume", "seek"]


async def test_partitions_resume_after_the_seek() -> None:
    consumer = Consumer()
    with seek_before_resume(consumer):
        await faust_ending(consumer)
        consumer.resume_partitions({"later-0"})  # after the seek: at once
    assert consumer.calls == [
        ("seek", frozenset()),
        ("resume", frozenset({"stories-0", "events-1"})),
        ("resume", frozenset({"later-0"})),
    ]
    assert "resume_partitions" not in vars(consumer) and "perform_seek" not in vars(consumer)


async def test_with_no_seek_the_partitions_still_resume_at_the_end() -> None:
    """An empty assignment, or a rebalance that interrupts: Faust's end state."""
    consumer = Consumer()
    with seek_before_resume(consumer):
        consumer.resume_partitions({"stories-0"})
        assert consumer.calls == []
    assert consumer.calls == [("resume", frozenset({"stories-0"}))]


async def test_an_interrupted_seek_still_resumes_them() -> None:
    consumer = Consumer()

    async def failing_seek() -> None:
        raise TimeoutError

    consumer.perform_seek = failing_seek  # type: ignore[method-assign]
    try:
        with seek_before_resume(consumer):
            consumer.resume_partitions({"stories-0"})
            await consumer.perform_seek()
    except TimeoutError:
        pass
    assert consumer.calls == [("resume", frozenset({"stories-0"}))]


def test_install_wraps_both_places() -> None:
    recovery_resume.install()
    recovery_resume.install()
    assert Recovery.on_recovery_completed is recovery_resume.on_recovery_completed
    assert Recovery._resume_streams is recovery_resume._resume_streams

"""streams.agents.DeferredAcks: an event is acked after the last delivery of what it produced;
the first failure is counted, logged and crashes the app, and the event is never acked."""

from __future__ import annotations

import asyncio
import gc
import logging
from types import SimpleNamespace
from typing import Any

import pytest

from streams import metrics
from streams.agents import DeferredAcks


class Stream:
    """Records acks; ``waits`` makes its ack suspend once (Faust's never does)."""

    def __init__(self, waits: bool = False) -> None:
        self.acked: list[Any] = []
        self.waits = waits

    async def ack(self, event: Any) -> bool:
        if self.waits:
            await asyncio.sleep(0)
        self.acked.append(event)
        return True


class App:
    def __init__(self) -> None:
        self.crashed: list[BaseException] = []

    async def crash(self, exc: BaseException) -> None:
        self.crashed.append(exc)


def event(offset: int = 5) -> Any:
    return SimpleNamespace(message=SimpleNamespace(topic="t", partition=2, offset=offset))


def futures(n: int) -> list[asyncio.Future[Any]]:
    loop = asyncio.get_running_loop()
    return [loop.create_future() for _ in range(n)]


async def settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


def failures() -> float:
    return metrics.REGISTRY.get_sample_value("wire_alerts_delivery_failures_total") or 0.0


async def test_acked_after_the_last_delivery_without_a_task() -> None:
    acks, stream, ev, futs = DeferredAcks(App(), wait=False), Stream(), event(), futures(3)
    created: list[Any] = []
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: created.append(coro) or asyncio.Task(coro))
    try:
        await acks.ack(stream, ev, futs)
        for fut in futs[:2]:
            fut.set_result(None)
        await settle()
        assert stream.acked == []
        futs[2].set_result(None)
        await settle()
    finally:
        loop.set_task_factory(None)
    assert stream.acked == [ev] and created == [] and not acks.tasks


async def test_nothing_sent_is_acked_at_once() -> None:
    acks, stream, ev = DeferredAcks(App(), wait=False), Stream(), event()
    await acks.ack(stream, ev, [])
    assert stream.acked == [ev]


async def test_an_ack_that_waits_finishes_in_a_kept_task() -> None:
    acks, stream, ev = DeferredAcks(App(), wait=False), Stream(waits=True), event()
    futs = futures(1)
    await acks.ack(stream, ev, futs)
    futs[0].set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)  # the done-callback ran: the ack is under way
    assert stream.acked == [] and len(acks.tasks) == 1
    await settle()
    assert stream.acked == [ev] and not acks.tasks


async def test_the_first_failure_is_counted_logged_and_crashes_never_acked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, stream, ev, futs = App(), Stream(), event(offset=42), futures(3)
    acks = DeferredAcks(app, wait=False)
    unretrieved: list[dict[str, Any]] = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, context: unretrieved.append(context))
    before = failures()
    try:
        with caplog.at_level(logging.ERROR, logger="streams.pipeline"):
            await acks.ack(stream, ev, futs)
            futs[0].set_result(None)
            futs[1].set_exception(OSError("broker gone"))
            futs[2].set_exception(TimeoutError("also"))
            await settle()
        del futs
        gc.collect()
    finally:
        loop.set_exception_handler(None)
    assert failures() == before + 1
    assert [type(e) for e in app.crashed] == [OSError]
    assert stream.acked == []
    assert "delivery failed for t:2:42 (OSError: broker gone)" in caplog.text
    assert unretrieved == []  # the later failure's exception was retrieved, as gather does


async def test_a_cancelled_delivery_neither_acks_nor_crashes() -> None:
    app, stream, ev, futs = App(), Stream(), event(), futures(2)
    acks = DeferredAcks(app, wait=False)
    before = failures()
    await acks.ack(stream, ev, futs)
    futs[0].cancel()
    futs[1].set_result(None)
    await settle()
    assert stream.acked == [] and app.crashed == [] and failures() == before


async def test_exactly_once_awaits_the_deliveries_then_acks_and_raises_a_failure() -> None:
    acks, stream, ev, futs = DeferredAcks(App(), wait=True), Stream(), event(), futures(2)
    acking = asyncio.ensure_future(acks.ack(stream, ev, futs))
    await settle()
    assert not acking.done() and stream.acked == []
    for fut in futs:
        fut.set_result(None)
    await acking
    assert stream.acked == [ev]
    failing = futures(1)
    failing[0].set_exception(OSError("no"))
    with pytest.raises(OSError):
        await acks.ack(stream, event(6), failing)
    assert stream.acked == [ev]

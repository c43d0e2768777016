"""streams.consumer_deliver: the consumer delivers a message without tasks when nothing waits,
and otherwise exactly as mode's ``Service.wait_first`` does."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from faust.transport import consumer as faust_consumer
from mode import Service

from streams import consumer_deliver
from streams.consumer_deliver import Resumed, wait_first

faust_wait_first = consumer_deliver._faust_wait_first


class Svc(Service):
    """A service that is never started: only its stopped/crashed events are used."""


@contextmanager
def counting_tasks() -> Iterator[list[Any]]:
    """The tasks created on the running loop within the block."""
    loop = asyncio.get_running_loop()
    created: list[Any] = []
    previous = loop.get_task_factory()

    def factory(loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
        created.append(coro)
        return asyncio.Task(coro, loop=loop, **kwargs)

    loop.set_task_factory(factory)  # type: ignore[arg-type]
    try:
        yield created
    finally:
        loop.set_task_factory(previous)


async def deliver(log: list[str], gate: asyncio.Future[Any] | None, result: str = "ok") -> str:
    """A delivery: waits for ``gate`` if given, records how it ended."""
    log.append("start")
    try:
        if gate is not None:
            await gate
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    log.append("done")
    return result


async def test_a_delivery_that_never_waits_makes_no_task_and_closes_the_rest() -> None:
    svc, suspend, log = Svc(), asyncio.Event(), []
    other = suspend.wait()
    with counting_tasks() as created:
        results = await wait_first(svc, deliver(log, None), other)
    assert created == []
    assert results.results == ["ok"] and not results.stopped
    assert inspect.iscoroutine(results.done[0]) and len(results.done) == 1
    assert log == ["start", "done"]
    assert inspect.getcoroutinestate(other) == inspect.CORO_CLOSED  # no "never awaited"


@pytest.mark.parametrize("every", [1, 3])
async def test_the_consumer_yields_to_the_loop_every_n_deliveries(
    monkeypatch: pytest.MonkeyPatch, every: int
) -> None:
    monkeypatch.setattr(consumer_deliver, "YIELD_EVERY", every)
    svc, suspend, ran = Svc(), asyncio.Event(), []
    loop = asyncio.get_running_loop()
    seen = []
    with counting_tasks() as created:
        for i in range(6):
            loop.call_soon(ran.append, i)  # another task's step, ready before each delivery
            await wait_first(svc, deliver([], None), suspend.wait())
            seen.append(len(ran))
    assert created == []
    # the ready steps run in the loop iteration the consumer yields to, and only then
    assert seen == [i + 1 - (i + 1) % every for i in range(6)]


async def test_a_delivery_that_waits_finishes_in_fausts_wait_first() -> None:
    svc, suspend, log = Svc(), asyncio.Event(), []
    gate = asyncio.get_running_loop().create_future()
    first = deliver(log, gate, "late")
    asyncio.get_running_loop().call_later(0.01, gate.set_result, None)
    with counting_tasks() as created:
        results = await wait_first(svc, first, suspend.wait())
    assert created  # Faust's path: tasks for the rest of it and for the other awaitables
    assert results.done == [first] and results.results == ["late"] and not results.stopped
    assert log == ["start", "done"]


async def test_a_suspended_flow_cancels_a_waiting_delivery() -> None:
    svc, suspend, log = Svc(), asyncio.Event(), []
    gate = asyncio.get_running_loop().create_future()
    first = deliver(log, gate)
    asyncio.get_running_loop().call_later(0.01, suspend.set)
    results = await wait_first(svc, first, suspend.wait())
    await asyncio.sleep(0)  # Faust cancels the task of the delivery without awaiting it
    assert log == ["start", "cancelled"]
    assert inspect.getcoroutinestate(first) == inspect.CORO_CLOSED
    assert first not in results.done and len(results.done) == 1


async def test_a_delivery_that_does_not_wait_is_made_even_with_the_flow_suspended() -> None:
    svc, suspend, log = Svc(), asyncio.Event(), []
    suspend.set()
    await wait_first(svc, deliver(log, None), suspend.wait())
    assert log == ["start", "done"]


async def test_errors_propagate_before_and_after_the_first_wait() -> None:
    svc, suspend = Svc(), asyncio.Event()

    async def fails_now() -> None:
        raise ValueError("now")

    async def fails_later(gate: asyncio.Future[Any]) -> None:
        await gate
        raise KeyError("later")

    other = suspend.wait()
    with pytest.raises(ValueError, match="now"):
        await wait_first(svc, fails_now(), other)
    assert inspect.getcoroutinestate(other) == inspect.CORO_CLOSED
    gate = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, gate.set_result, None)
    with pytest.raises(KeyError, match="later"):
        await wait_first(svc, fails_later(gate), suspend.wait())


async def test_a_stopped_or_crashed_service_takes_fausts_path() -> None:
    for which in ("_stopped", "_crashed"):
        svc, suspend, log = Svc(), asyncio.Event(), []
        getattr(svc, which).set()
        with counting_tasks() as created:
            results = await wait_first(svc, deliver(log, None), suspend.wait())
        assert len(created) == 4  # Faust's: the two awaitables, stopped, crashed
        assert results.stopped and results.done == []


async def test_other_calls_take_fausts_path() -> None:
    svc, event = Svc(), asyncio.Event()
    event.set()
    with counting_tasks() as created:
        results = await wait_first(svc, event)  # an event, as ``Service.wait(event)`` passes
    assert created and results.done == [event]
    with counting_tasks() as created:
        results = await wait_first(svc, deliver([], None), timeout=1.0)
    assert created and results.results == ["ok"]


Scenario = Callable[[list[str], asyncio.Event], Any]


def scenarios() -> dict[str, Scenario]:
    def waits(delay: float, then: Callable[[asyncio.Future[Any], asyncio.Event], None]) -> Any:
        def make(log: list[str], suspend: asyncio.Event) -> Any:
            gate = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_later(delay, then, gate, suspend)
            return deliver(log, gate)

        return make

    return {
        "immediate": lambda log, suspend: deliver(log, None),
        "waits then done": waits(0.01, lambda gate, suspend: gate.set_result(None)),
        "waits then suspended": waits(0.01, lambda gate, suspend: suspend.set()),
        "waits then fails": waits(0.01, lambda gate, suspend: gate.set_exception(OSError("x"))),
    }


@pytest.mark.parametrize("name", list(scenarios()))
async def test_outcome_is_the_same_as_fausts(name: str) -> None:
    outcomes = []
    for implementation in (faust_wait_first, wait_first):
        svc, suspend, log = Svc(), asyncio.Event(), []
        first = scenarios()[name](log, suspend)
        try:
            results = await implementation(svc, first, suspend.wait())
            outcome: Any = (first in results.done, results.results[:1], results.stopped)
        except OSError as exc:
            outcome = repr(exc)
        await asyncio.sleep(0.02)  # anything left running would log more
        outcomes.append((outcome, log))
    assert outcomes[0] == outcomes[1]


async def test_resumed_passes_sends_and_throws_to_the_coroutine() -> None:
    log: list[str] = []

    async def body(gate: asyncio.Future[Any]) -> str:
        try:
            value = await gate
        except asyncio.CancelledError:
            log.append("cancelled")
            return "handled"
        return f"got {value}"

    gate = asyncio.get_running_loop().create_future()
    coro = body(gate)
    task = asyncio.ensure_future(Resumed(coro, coro.send(None)))
    await asyncio.sleep(0)
    gate.set_result(7)
    assert await task == "got 7"
    gate = asyncio.get_running_loop().create_future()
    coro = body(gate)
    task = asyncio.ensure_future(Resumed(coro, coro.send(None)))
    await asyncio.sleep(0)
    task.cancel()
    assert await task == "handled" and log == ["cancelled"]


def test_install_replaces_the_consumers_wait_first() -> None:
    consumer_deliver.install()
    consumer_deliver.install()
    assert faust_consumer.Consumer.wait_first is wait_first
    assert Service.wait_first is faust_wait_first  # other services keep mode's

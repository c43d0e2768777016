"""Deliver a fetched message to the streams without four asyncio tasks when nothing waits.

Faust (faust-streaming 0.15.3) hands every message it fetched to the streams with
``await self.wait_first(callback(message), self.suspend_flow.wait())``
(``Consumer._drain_messages``). mode's ``Service.wait_first`` wraps each awaitable, and the
service's ``stopped`` and ``crashed`` events, in a task and waits for the first with
``asyncio.wait``: four tasks, an ``asyncio.wait`` and three cancellations per message, while
the delivery (decode the message, put the event on a stream's queue) almost never waits. In
a profile of the worker this was ~8% of its CPU.

Here the consumer's ``wait_first`` runs the delivery coroutine right away, in the calling
task, up to its first suspension, as the task Faust creates for it would in its first step
(it is created first, so it runs first):

* it finished (the usual case): it is the only winner, and the other awaitables (coroutines
  never started) are closed;
* it raised: the error propagates, as Faust's ``wait_first`` re-raises it;
* it waits (a stream's queue is full): the rest of it (:class:`Resumed`) goes through Faust's
  own ``wait_first`` with the other awaitables, so a suspended flow, a stop or a crash still
  cancels it, exactly as before.

Any other call (a first argument that is not a coroutine, a timeout, a service already
stopped or crashed) takes Faust's path unchanged.

Faust's path took at least one loop iteration per message; run eagerly, the drain loop would
hand over up to 100 messages (Faust's own ``sleep(0)`` interval) while no other task runs.
So after every ``YIELD_EVERY`` eager deliveries the consumer yields to the loop once. On a
loaded machine (bench/latency.py at 200 stories/s, 3 interleaved rounds) p99 was 0.5-1.2 s
with the yield and 1.9-6.5 s without it (p50 73-113 ms vs 0.14-3.3 s).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Generator
from typing import Any

from faust.transport import consumer as faust_consumer
from mode.services import Service, WaitResults

_faust_wait_first = Service.wait_first

# the consumer yields to the event loop after this many deliveries made in its own task
# (1, 10 and 25 measured alike within the noise; 1 interleaves like Faust's own path)
YIELD_EVERY = 1


class Resumed:
    """The rest of ``coro``, already run to its first suspension where it yielded
    ``yielded``, as an awaitable: what its task sends or throws (a cancellation) goes to
    ``coro``, and closing it closes ``coro`` (``yield from`` cannot take a started one)."""

    __slots__ = ("coro", "yielded")

    def __init__(self, coro: Coroutine[Any, Any, Any], yielded: Any) -> None:
        self.coro = coro
        self.yielded = yielded

    def __await__(self) -> Generator[Any, Any, Any]:
        coro, yielded = self.coro, self.yielded
        while True:
            try:
                sent = yield yielded
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:
                try:
                    yielded = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    yielded = coro.send(sent)
                except StopIteration as stop:
                    return stop.value


def _close(awaitables: tuple[Any, ...]) -> None:
    """Close the coroutines among ``awaitables`` (never awaited: no warning)."""
    for aw in awaitables:
        if asyncio.iscoroutine(aw):
            aw.close()


async def _maybe_yield(consumer: Any) -> None:
    """Let the other tasks run after every ``YIELD_EVERY`` deliveries made in the
    consumer's task (a delivery through Faust's path yields anyway)."""
    made = getattr(consumer, "_deliveries_since_yield", 0) + 1
    if made < YIELD_EVERY:
        consumer._deliveries_since_yield = made
        return
    consumer._deliveries_since_yield = 0
    await asyncio.sleep(0)


async def wait_first(self: Any, *coros: Any, timeout: Any = None) -> WaitResults:
    """``Service.wait_first`` that runs a first coroutine eagerly (see the module)."""
    first = coros[0] if coros else None
    if (
        timeout is not None
        or not asyncio.iscoroutine(first)
        or self._stopped.is_set()
        or self._crashed.is_set()
    ):
        return await _faust_wait_first(self, *coros, timeout=timeout)
    others = coros[1:]
    try:
        yielded = first.send(None)
    except StopIteration as stop:
        _close(others)
        await _maybe_yield(self)
        return WaitResults([first], [stop.value], False)
    except BaseException:
        _close(others)
        raise
    rest = Resumed(first, yielded)
    results = await _faust_wait_first(self, rest, *others)
    return WaitResults(
        [first if w is rest else w for w in results.done], results.results, results.stopped
    )


def install() -> None:
    """Replace ``wait_first`` on Faust's consumers (idempotent)."""
    faust_consumer.Consumer.wait_first = wait_first  # type: ignore[method-assign]

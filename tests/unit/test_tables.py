"""streams.tables: a stage can collect the changelog writes it makes while handling a message
(they are futures of the producer buffer, completed on delivery) and ack after them."""

from __future__ import annotations

import faust
from faust.types import FutureMessage

from streams import tables


def make_app(name: str) -> faust.App:
    return faust.App(name, broker="kafka://127.0.0.1:1", store="memory://")


async def test_writes_made_while_handling_an_event_are_collected() -> None:
    app = make_app("t-tables-collect")
    things = tables.table(app, "things", partitions=1, key_type=bytes, value_type=bytes)
    topic = app.topic("in", key_type=bytes, value_type=bytes)
    collected: list[list[FutureMessage]] = []

    @app.agent(topic)
    async def writer(stream: faust.StreamT) -> None:
        async for event in stream.events():
            with tables.collect_writes() as writes:
                things[event.key] = event.value
                del things[event.key]
            things[b"outside"] = event.value  # after the block: not collected
            collected.append(list(writes))

    async with writer.test_context() as agent:
        await agent.put(b"v", key=b"k")

    assert len(collected) == 1
    assert len(collected[0]) == 2  # the set and the delete
    assert all(isinstance(w, FutureMessage) and not w.done() for w in collected[0])
    assert things in app.tables.values()


async def test_writes_outside_a_block_are_not_collected() -> None:
    app = make_app("t-tables-outside")
    things = tables.table(app, "things", partitions=1, key_type=bytes, value_type=bytes)
    with tables.collect_writes() as writes:
        inside = things.send_changelog(0, b"k", b"v")
    things.send_changelog(0, b"k2", b"v")
    assert writes == [inside]

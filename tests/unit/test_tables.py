"""streams.tables: a stage can collect the changelog writes it makes while handling a message
(they are futures of the producer buffer, completed on delivery) and ack after them."""

from __future__ import annotations

import faust
from faust.types import TP, FutureMessage

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


class _Producer:
    """Stands in for the app's producer: the partition it gives a key in a topic."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, bytes]] = []

    def key_partition(self, topic: str, key: bytes) -> TP:
        self.asked.append((topic, key))
        return TP(topic, len(key) % 3)


def test_a_routed_table_writes_each_key_to_the_partition_of_its_route() -> None:
    app = make_app("t-tables-routed")
    seq = tables.table(app, "seq", partitions=3, key_type=bytes, route=lambda k: k.split(b"|")[1])
    plain = tables.table(app, "plain", partitions=3, key_type=bytes, use_partitioner=True)
    producer = _Producer()
    app.producer = producer  # type: ignore[assignment]
    assert isinstance(seq, tables.RoutedTable) and seq.use_partitioner
    assert seq.partition_for_key(b"call|ab|2018") == 2  # len(b"ab") % 3
    assert seq.partition_for_key(b"visit|abcd|2019") == 1
    assert producer.asked == [
        (seq.changelog_topic.get_topic_name(), b"ab"),
        (seq.changelog_topic.get_topic_name(), b"abcd"),
    ]
    assert plain.partition_for_key(b"call|ab|2018") is None  # the producer hashes the key itself

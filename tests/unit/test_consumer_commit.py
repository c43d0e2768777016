"""streams.consumer_commit: an offset is never committed past a message still in flight."""

from __future__ import annotations

from collections.abc import Iterator

import faust
import pytest
from faust.types import TP
from faust.types.tuples import Message

from streams import consumer_commit

TOPIC = "app-decisions"
TP0 = TP(TOPIC, 0)


@pytest.fixture()
def consumer() -> Iterator[object]:
    app = faust.App("commit-test", broker="kafka://127.0.0.1:1", store="memory://")
    app.topics.acks_enabled_for = lambda topic: topic == TOPIC  # a topic an agent reads
    consumer_commit.install()
    yield app.consumer


def message(offset: int, partition: int = 0) -> Message:
    return Message(TOPIC, partition, offset, 0.0, 0, None, b"k", b"v", None)


def deliver(consumer: object, offsets: range | list[int]) -> dict[int, Message]:
    """Hand messages to the streams (Faust tracks each one until it is acked)."""
    msgs = {o: message(o) for o in offsets}
    for m in msgs.values():
        consumer.track_message(m)  # type: ignore[attr-defined]
    return msgs


def ack(consumer: object, msgs: dict[int, Message], offsets: range | list[int]) -> None:
    for o in offsets:
        assert consumer.ack(msgs[o])  # type: ignore[attr-defined]


def test_faust_alone_commits_past_a_message_in_flight(consumer: object) -> None:
    """faust-streaming #606: one missing offset at the head passes Faust's guard. If Faust
    fixes it, this fails and the patch can go."""
    consumer._committed_offset[TP0] = 2585  # type: ignore[attr-defined]
    msgs = deliver(consumer, range(2585, 2590))
    ack(consumer, msgs, range(2586, 2590))
    assert consumer_commit._faust_new_offset(consumer, TP0) == 2590


def test_nothing_is_committed_past_the_message_at_the_head(consumer: object) -> None:
    consumer._committed_offset[TP0] = 2585  # type: ignore[attr-defined]
    msgs = deliver(consumer, range(2585, 2590))
    ack(consumer, msgs, range(2586, 2590))
    assert consumer._new_offset(TP0) is None  # type: ignore[attr-defined]
    ack(consumer, msgs, [2585])
    assert consumer._new_offset(TP0) == 2590  # type: ignore[attr-defined]


def test_before_the_first_commit_too(consumer: object) -> None:
    """Seen in the rebalance fault test: committed=None, 1..44 acked, 0 still being sent."""
    msgs = deliver(consumer, range(45))
    ack(consumer, msgs, range(1, 45))
    assert consumer._filter_committable_offsets({TP0}) == {}  # type: ignore[attr-defined]
    ack(consumer, msgs, [0])
    assert consumer._filter_committable_offsets({TP0}) == {TP0: 45}  # type: ignore[attr-defined]


def test_the_commit_stops_at_the_message_in_flight_and_goes_on_once_it_is_acked(
    consumer: object,
) -> None:
    msgs = deliver(consumer, range(16))
    ack(consumer, msgs, [*range(10), *range(11, 16)])
    assert consumer._new_offset(TP0) == 10  # type: ignore[attr-defined]
    consumer._committed_offset[TP0] = 10  # type: ignore[attr-defined]
    assert consumer._new_offset(TP0) is None  # type: ignore[attr-defined]
    ack(consumer, msgs, [10])
    assert consumer._new_offset(TP0) == 16  # the acks past the cap were kept


def test_a_message_of_another_partition_does_not_hold_the_commit(consumer: object) -> None:
    other = message(0, partition=1)
    consumer.track_message(other)  # type: ignore[attr-defined]
    msgs = deliver(consumer, range(5))
    ack(consumer, msgs, range(5))
    assert consumer._new_offset(TP0) == 5  # type: ignore[attr-defined]


def test_a_message_dropped_from_the_streams_does_not_hold_the_commit(consumer: object) -> None:
    """A stream's queue cleared in a rebalance drops its messages; Faust's weak set of
    unacked messages forgets them, and the partition is read again from the commit."""
    msgs = deliver(consumer, range(5))
    ack(consumer, msgs, [0, 1, 3, 4])
    assert consumer._new_offset(TP0) == 2  # type: ignore[attr-defined]
    del msgs[2]  # the last reference: CPython frees it and the weak set forgets it
    consumer._committed_offset[TP0] = 2  # type: ignore[attr-defined]
    assert consumer._new_offset(TP0) == 5  # type: ignore[attr-defined]


def test_a_transaction_marker_at_the_head_is_still_skipped(consumer: object) -> None:
    """Offset 10 holds no message for the consumer (a marker): Faust's guard lets it pass."""
    consumer._committed_offset[TP0] = 10  # type: ignore[attr-defined]
    msgs = deliver(consumer, [11, 12])
    ack(consumer, msgs, [11, 12])
    assert consumer._new_offset(TP0) == 13  # type: ignore[attr-defined]


def test_gaps_count_as_acked_up_to_the_message_in_flight(consumer: object) -> None:
    msgs = deliver(consumer, [0, 1, 5, 6])
    consumer._gap[TP0].addi(2, 5)  # type: ignore[attr-defined]  # offsets 2-4: no messages
    ack(consumer, msgs, [0, 1, 6])
    assert consumer._new_offset(TP0) == 5  # type: ignore[attr-defined]
    ack(consumer, msgs, [5])
    consumer._committed_offset[TP0] = 5  # type: ignore[attr-defined]
    assert consumer._new_offset(TP0) == 7  # type: ignore[attr-defined]


def test_install_replaces_faust_s_method() -> None:
    consumer_commit.install()
    consumer_commit.install()
    from faust.transport.consumer import Consumer

    assert Consumer._new_offset is consumer_commit.new_offset


async def test_a_gap_in_an_internal_topic_is_logged(
    consumer: object, caplog: pytest.LogCaptureFixture
) -> None:
    await consumer._add_gap(TP("commit-test-decisions", 0), 3, 5)  # type: ignore[attr-defined]
    await consumer._add_gap(TP("wire.stories", 0), 3, 5)  # type: ignore[attr-defined]
    warned = [r.getMessage() for r in caplog.records if r.name == "streams.consumer_commit"]
    assert warned == [
        "offsets 3-5 of commit-test-decisions:0 were never read but count as processed (gap)"
    ]
    assert consumer._gap[TP("wire.stories", 0)]  # type: ignore[attr-defined]  # Faust's gap kept


def test_one_pass_per_commit_gives_every_partition_its_floor_and_forgets_acked_messages(
    consumer: object,
) -> None:
    tp1 = TP(TOPIC, 1)
    msgs = deliver(consumer, range(6))
    other = {o: message(o, partition=1) for o in range(3)}
    for m in other.values():
        consumer.track_message(m)  # type: ignore[attr-defined]
    ack(consumer, msgs, [0, 1, 3, 4, 5])  # 2 in flight on partition 0
    ack(consumer, other, [0, 2])  # 1 in flight on partition 1
    consumer._committed_offset[TP0] = 4  # type: ignore[attr-defined]
    stale = message(1)  # re-delivered below the commit: acked, yet Faust keeps it in the set
    consumer.track_message(stale)  # type: ignore[attr-defined]
    assert not consumer.ack(stale)  # type: ignore[attr-defined]
    assert stale in consumer._unacked_messages  # type: ignore[attr-defined]
    consumer._committed_offset[TP0] = None  # type: ignore[attr-defined]
    assert consumer_commit.in_flight_floors(consumer) == {TP0: 2, tp1: 1}
    assert stale not in consumer._unacked_messages  # type: ignore[attr-defined]
    assert consumer._filter_committable_offsets({TP0, tp1}) == {TP0: 2, tp1: 1}  # type: ignore[attr-defined]

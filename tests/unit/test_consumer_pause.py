"""streams.consumer_pause: Faust's fetch hands aiokafka a never-empty view of its live set."""

from __future__ import annotations

from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

from streams import consumer_pause
from streams.consumer_pause import ActivePartitions


def test_the_view_follows_the_live_set_and_is_never_falsy() -> None:
    live: set[str] = {"a"}
    view = ActivePartitions(live)
    assert view and "a" in view and "b" not in view
    live.clear()
    assert view and "a" not in view  # empty: a filter that lets nothing through, not "all"
    live.add("b")
    assert "b" in view


async def test_the_fetch_gets_the_view_and_none_stays_none(monkeypatch) -> None:
    seen: list[object] = []

    async def faust_fetch(self, consumer, active, timeout=None, max_records=None):
        seen.append(active)
        return {}

    monkeypatch.setattr(consumer_pause, "_original_fetch_records", faust_fetch)
    live: set[str] = set()
    await consumer_pause._fetch_records(object(), object(), live, timeout=1.0, max_records=5)
    await consumer_pause._fetch_records(object(), object(), None, timeout=1.0)
    assert isinstance(seen[0], ActivePartitions) and seen[0]
    assert seen[1] is None  # a client-only app still fetches every partition


def test_install_wraps_the_consumer_threads_fetch() -> None:
    consumer_pause.install()
    consumer_pause.install()
    assert AIOKafkaConsumerThread._fetch_records is consumer_pause._fetch_records

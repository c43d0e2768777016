"""streams.consumer_fetch: the worker's consumer fetches again after 10 ms, not 100 ms, and
asks the broker to hold a fetch for at most 100 ms, not Faust's 1.5 s."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

import pytest
from aiokafka.consumer import fetcher
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

from streams import consumer_fetch


async def test_started_consumer_gets_the_short_backoff_and_fetch_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    thread = SimpleNamespace()

    async def faust_on_start(self: SimpleNamespace) -> None:  # what Faust's on_start leaves
        self._consumer = SimpleNamespace(
            _fetcher=SimpleNamespace(_prefetch_backoff=0.1, _fetch_max_wait_ms=1500)
        )

    monkeypatch.setattr(consumer_fetch, "_original_on_start", faust_on_start)
    await consumer_fetch._on_start(thread)
    assert thread._consumer._fetcher._prefetch_backoff == consumer_fetch.PREFETCH_BACKOFF_SECONDS
    assert consumer_fetch.PREFETCH_BACKOFF_SECONDS < 0.1
    assert thread._consumer._fetcher._fetch_max_wait_ms == consumer_fetch.FETCH_MAX_WAIT_MS
    assert consumer_fetch.FETCH_MAX_WAIT_MS < 1500


def test_install_replaces_the_consumer_threads_start() -> None:
    consumer_fetch.install()
    consumer_fetch.install()
    assert AIOKafkaConsumerThread.on_start is consumer_fetch._on_start


def test_aiokafka_still_reads_the_backoff_from_that_attribute() -> None:
    """The patch sets a private attribute: fail loudly if aiokafka renames it."""
    assert "prefetch_backoff" in inspect.signature(fetcher.Fetcher.__init__).parameters
    assert "backoff=self._prefetch_backoff" in inspect.getsource(fetcher.Fetcher)


def test_aiokafka_still_reads_the_fetch_wait_from_that_attribute() -> None:
    assert "fetch_max_wait_ms" in inspect.signature(fetcher.Fetcher.__init__).parameters
    assert "self._fetch_max_wait_ms," in inspect.getsource(fetcher.Fetcher)


def test_faust_still_hard_codes_the_long_fetch_wait() -> None:
    """If Faust makes the wait a setting, set it there instead of patching the fetcher."""
    source = inspect.getsource(AIOKafkaConsumerThread._create_worker_consumer)
    assert "fetch_max_wait_ms=1500" in source

"""In-memory ring of the latest alerts, one entry per event, with a change sequence.

Every change (a new event, or an ``update`` replacing the alert of a known event) gets the
next board sequence number; the server-sent event stream uses it as the event ``id``, so a
reconnecting client that sends ``Last-Event-ID`` gets exactly the entries changed since.
The sequence starts at the wall clock in milliseconds, so it keeps increasing across board
restarts and a client of the previous process receives the whole ring.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_CAPACITY = 500


def _story(alert: Mapping[str, Any]) -> tuple[Any, Any]:
    story = alert.get("story") or {}
    return story.get("id"), story.get("version")


@dataclass
class Entry:
    """The current alert of one event; ``order`` is the sequence at which it first appeared."""

    alert: dict[str, Any]
    seq: int
    order: int
    frame: bytes | None = field(default=None, compare=False, repr=False)
    """The encoded event-stream message of this version (set by the server, cleared here)."""


class AlertRing:
    """The last ``capacity`` events (by first appearance), keyed by event key."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, start_seq: int | None = None) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.seq = int(time.time() * 1000) if start_seq is None else start_seq
        self._entries: OrderedDict[str, Entry] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, event_key: str) -> Entry | None:
        return self._entries.get(event_key)

    def add(self, alert: Mapping[str, Any]) -> Entry | None:
        """Insert or update; None when the alert is a duplicate or older than the one held.

        A duplicate has the sequence and the story of the alert held (a re-delivery; its
        ``published`` time may differ). The same sequence from another story replaces it:
        the pipeline starts a new event under the same key once the dedupe window is over.
        """
        key = alert.get("event_key")
        if not isinstance(key, str) or not key:
            raise ValueError("alert without event_key")
        sequence = int(alert.get("sequence", 0))
        entry = self._entries.get(key)
        if entry is not None:
            held = int(entry.alert.get("sequence", 0))
            if held > sequence or (held == sequence and _story(entry.alert) == _story(alert)):
                return None  # stale, or a re-delivery of the alert shown
            self.seq += 1
            entry.alert = dict(alert)
            entry.seq = self.seq
            entry.frame = None
            return entry
        self.seq += 1
        entry = Entry(dict(alert), self.seq, self.seq)
        self._entries[key] = entry
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)
        return entry

    def since(self, last_seq: int) -> list[Entry]:
        """Entries changed after ``last_seq``, oldest change first (all, if it is in the future)."""
        if last_seq > self.seq:
            last_seq = -1
        return sorted((e for e in self._entries.values() if e.seq > last_seq), key=lambda e: e.seq)

    def newest_first(self) -> list[Entry]:
        """Entries by first appearance, newest first (the page's order)."""
        return list(reversed(self._entries.values()))

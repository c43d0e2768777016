"""Diplomatic event detector: pure Python, no Kafka needed.

>>> from streams.detector import detect, Story
>>> events = detect(Story(id="s1", headline="...", body="..."))
"""

from streams.detector.model import Actor, Attribution, Event, Evidence, Story

__all__ = ["Actor", "Attribution", "Event", "Evidence", "Story", "detect"]


def detect(story: Story) -> list[Event]:
    """Return the diplomatic events one story reports, in a deterministic order."""
    from streams.detector.engine import detect as _detect

    return _detect(story)

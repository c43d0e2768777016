"""Diplomatic event detector: pure Python, no Kafka needed.

>>> from streams.detector import detect, Story
>>> events = detect(Story(id="s1", headline="...", body="..."))

Its hot modules run compiled (mypyc) when a build for the exact current sources exists
(``streams/detector/compiled.py``; ``COMPILED`` says which, ``WIRE_ALERTS_PURE_PYTHON=1``
forces pure Python).
"""

from streams.detector.compiled import activate

#: True when the detector's modules are the mypyc build; COMPILED_STATUS says which or why not
COMPILED, COMPILED_STATUS = activate(__path__)

from streams.detector.model import Actor, Attribution, Event, Evidence, Story  # noqa: E402

__all__ = ["COMPILED", "Actor", "Attribution", "Event", "Evidence", "Story", "detect"]


def detect(story: Story) -> list[Event]:
    """Return the diplomatic events one story reports, in a deterministic order."""
    from streams.detector.engine import detect as _detect

    return _detect(story)

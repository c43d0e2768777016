"""What the page shows of an alert, computed on the server so it can be tested here.

Nothing here produces HTML: the evidence sentence is split into plain-text segments marked
``trigger`` or ``actor``, which the page turns into DOM nodes with ``textContent``. Story
URLs are passed on only when they are ``http(s)``, so a ``javascript:`` URL never becomes a
link.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

Segment = tuple[str, str | None]


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` (exact case first, else case-insensitive)."""
    if not needle:
        return []
    for hay, pin in ((text, needle), (text.casefold(), needle.casefold())):
        if len(hay) != len(text):  # casefold changed lengths (ß -> ss): offsets unusable
            break
        found, start = [], hay.find(pin)
        while start != -1:
            found.append((start, start + len(pin)))
            start = hay.find(pin, start + len(pin))
        if found:
            return found
    return []


def _trigger_span(evidence: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    trigger = str(evidence.get("trigger") or "")
    try:
        base = int(evidence.get("start", 0))
        ts, te = (
            int(evidence.get("trigger_start", -1)) - base,
            int(evidence.get("trigger_end", -1)) - base,
        )
    except (TypeError, ValueError):
        ts = te = -1
    if 0 <= ts < te <= len(text) and (not trigger or text[ts:te].casefold() == trigger.casefold()):
        return ts, te
    found = _find_all(text, trigger)
    return found[0] if found else None


def evidence_segments(alert: Mapping[str, Any]) -> list[Segment]:
    """The evidence sentence as (text, kind) segments; kind is ``trigger``, ``actor`` or None.

    The trigger comes from its offsets (relative to the story; the sentence starts at
    ``evidence.start``), falling back to a search. Every occurrence of each actor's surface
    text is marked, longest texts first; overlapping marks are dropped.
    """
    event = alert.get("event") or {}
    evidence = event.get("evidence") or {}
    text = str(evidence.get("text") or "")
    if not text:
        return []
    spans: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    trig = _trigger_span(evidence, text)
    if trig:
        spans.append((*trig, "trigger"))
    surfaces = {str(a.get("text") or "").strip() for a in event.get("actors") or []}
    for surface in sorted((s for s in surfaces if s), key=len, reverse=True):
        for s, e in _find_all(text, surface):
            if free(s, e):
                spans.append((s, e, "actor"))
    out: list[Segment] = []
    pos = 0
    for s, e, kind in sorted(spans):
        if s > pos:
            out.append((text[pos:s], None))
        out.append((text[s:e], kind))
        pos = e
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def attribution_line(alert: Mapping[str, Any]) -> str:
    """Who asserts the event: ``claimed by RUS, via RIA Novosti citing Sergei Lavrov``."""
    event = alert.get("event") or {}
    att = event.get("attribution") or {}
    story_agency = (alert.get("story") or {}).get("agency")
    agency = att.get("agency") or story_agency
    sources = [str(s) for s in att.get("sources") or [] if s]
    parts: list[str] = []
    if att.get("claimed_by"):
        parts.append(f"claimed by {att['claimed_by']}")
    via = f"via {agency}" if agency else ""
    if sources:
        via = f"{via} citing {', '.join(sources)}" if via else f"citing {', '.join(sources)}"
    if via:
        parts.append(via)
    return ", ".join(parts)


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None."""
    if not isinstance(url, str) or len(url) > 2048:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def view(alert: Mapping[str, Any]) -> dict[str, Any]:
    """The display helpers sent beside each alert."""
    return {
        "evidence": [[text, kind] for text, kind in evidence_segments(alert)],
        "attribution": attribution_line(alert),
        "story_url": safe_url((alert.get("story") or {}).get("url")),
    }

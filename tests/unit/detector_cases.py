"""Helpers of the detector's unit tests: run one story, pick events, read their actors."""

from __future__ import annotations

from datetime import date

from streams.detector import Story, detect


def run(headline: str, body: str = "", published: date | None = None) -> list:
    return detect(Story(id="t", headline=headline, body=body, published=published))


def of_type(events: list, etype: str) -> list:
    return [e for e in events if e.type == etype]


def one(events: list, etype: str):
    found = of_type(events, etype)
    assert len(found) == 1, f"expected one {etype}, got {[(e.type, e.status) for e in events]}"
    return found[0]


def countries(event, role: str | None = None) -> set[str]:
    return {a.country for a in event.actors if role is None or a.role == role}

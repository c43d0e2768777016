"""Helpers of the detector's unit tests: run one story, pick events, read their actors;
the sentences of shared/eval/dev.jsonl."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from streams.detector import Story, detect
from streams.detector.text import split_sentences

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"


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


def dev_sentences() -> list[str]:
    """Every sentence (headlines too) of shared/eval/dev.jsonl, as the detector splits them."""
    if not DEV.exists():
        pytest.skip("shared/eval/dev.jsonl not available")
    out = []
    for line in DEV.read_text().splitlines():
        rec = json.loads(line)
        text = rec["headline"] + "\n\n" + rec["text"]
        out.extend(s.text for s in split_sentences(text, len(rec["headline"])))
    return out

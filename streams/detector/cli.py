"""``wire-alerts detect``: run the detector on a JSONL or text file, or stdin; no Kafka."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

import orjson

from streams.detector import Story, detect


def parse_published(value: object) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def story_from_json(rec: dict, n: int) -> Story:
    return Story(
        id=str(rec.get("id", f"line-{n}")),
        headline=str(rec.get("headline", "")),
        body=str(rec.get("body", rec.get("text", ""))),
        published=parse_published(rec.get("published")),
        agency=rec.get("agency"),
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        nargs="?",
        default="-",
        help="JSONL of stories, or a text file (first line = headline); '-' = stdin",
    )
    p.add_argument("--text", action="store_true", help="treat the input as one plain-text story")
    p.add_argument("--published", help="publication time for plain text (ISO 8601)")


def run(args: argparse.Namespace) -> int:
    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(args.file, "rb") as fh:
            data = fh.read()
    stories: list[Story] = []
    if not args.text and data.lstrip().startswith(b"{"):
        for n, line in enumerate(data.splitlines(), 1):
            if line.strip():
                stories.append(story_from_json(orjson.loads(line), n))
    else:
        text = data.decode("utf-8", errors="replace")
        headline, _, body = text.partition("\n")
        stories.append(
            Story(
                id="stdin" if args.file == "-" else str(args.file),
                headline=headline.strip(),
                body=body.strip(),
                published=parse_published(args.published),
            )
        )
    for s in stories:
        for e in detect(s):
            sys.stdout.write(orjson.dumps({"story_id": s.id, **e.to_dict()}).decode() + "\n")
    return 0

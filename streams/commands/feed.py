"""``wire-alerts feed FILE.jsonl``: produce stories (one JSON object per line) to the input topic.

Each line is sent exactly as it is in the file (so malformed lines reach the worker and its
dead-letter topic unchanged), keyed by the story's ``id`` when the line is a JSON object
with one. ``-`` reads stdin. ``--rate`` paces the messages, ``--loop`` replays the file until
``--limit`` messages (or Ctrl-C); ``--unique-ids`` suffixes ids on replays so they count as
new stories rather than re-sends.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

from streams.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="JSONL file of stories (schemas/story.v1.json), or -")
    parser.add_argument("--topic", help="topic to produce to (default: the input topic)")
    parser.add_argument("--rate", type=float, default=0.0, help="messages per second (0 = max)")
    parser.add_argument("--loop", action="store_true", help="replay the file until --limit")
    parser.add_argument("--limit", type=int, default=0, help="stop after N messages (0 = all)")
    parser.add_argument(
        "--unique-ids", action="store_true", help="with --loop: suffix ids with the pass number"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def story_key(line: bytes) -> bytes | None:
    """The story id of a JSON line, as the Kafka key (None when the line has none)."""
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, dict) and isinstance(doc.get("id"), str):
        return doc["id"].encode()
    return None


def with_suffix(line: bytes, suffix: str) -> bytes:
    """Append ``suffix`` to the line's story id (lines that are not stories are unchanged)."""
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return line
    if isinstance(doc, dict) and isinstance(doc.get("id"), str):
        doc["id"] = f"{doc['id']}{suffix}"
        return orjson.dumps(doc)
    return line


def read_lines(path: str) -> list[bytes]:
    """The non-blank lines of a file (``-``: stdin), without line endings."""
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return [ln.rstrip(b"\r") for ln in data.split(b"\n") if ln.strip()]


def messages(lines: list[bytes], loop: bool, unique_ids: bool) -> Iterator[bytes]:
    n = 0
    while True:
        for line in lines:
            yield with_suffix(line, f"~{n}") if unique_ids and n else line
        n += 1
        if not loop or not lines:
            return


class Progress:
    """A one-line progress indicator on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.1):
            return
        self._last = now
        rate = done / max(now - self.started, 1e-6)
        if self.total:
            width = 30
            filled = int(width * done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"\r[{bar}] {done}/{self.total} {rate:7.1f} msg/s"
        else:
            text = f"\r{done} sent {rate:7.1f} msg/s"
        sys.stderr.write(text)
        sys.stderr.flush()

    def close(self, done: int) -> None:
        if self.enabled:
            self.update(done, force=True)
            sys.stderr.write("\n")


def produce(
    settings: Settings,
    lines: list[bytes],
    *,
    topic: str | None = None,
    rate: float = 0.0,
    loop: bool = False,
    limit: int = 0,
    unique_ids: bool = False,
    progress: bool = False,
) -> int:
    """Send the lines; return how many messages were delivered."""
    from kafka import KafkaProducer

    topic = topic or settings.input_topic
    producer = KafkaProducer(
        bootstrap_servers=settings.bootstrap,
        acks="all",
        linger_ms=5,
        client_id="wire-alerts-feed",
        **settings.security.kafka_python_kwargs(),
    )
    total = limit or (None if loop else len(lines))
    bar = Progress(total, progress)
    sent = 0
    started = time.monotonic()
    try:
        for value in messages(lines, loop, unique_ids):
            if limit and sent >= limit:
                break
            if rate > 0:
                delay = started + sent / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            producer.send(topic, key=story_key(value), value=value)
            sent += 1
            bar.update(sent)
    finally:
        producer.flush()
        producer.close()
        bar.close(sent)
    return sent


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    lines = read_lines(args.file)
    sent = produce(
        settings,
        lines,
        topic=args.topic,
        rate=args.rate,
        loop=args.loop,
        limit=args.limit,
        unique_ids=args.unique_ids,
        progress=not args.quiet,
    )
    if not args.quiet:
        print(f"fed {sent} messages to {args.topic or settings.input_topic}", file=sys.stderr)
    return 0

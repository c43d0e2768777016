"""Helpers of the fault tests: a story set with known expected alerts, a paced producer.

The expected alerts are computed offline with the same code the worker runs
(:func:`streams.ingest.parse_story` then :func:`streams.detector.detect`): every story gets
its own agency, so no detected event is suppressed as a same-agency repeat and every
``(story id, event type)`` pair the detector finds must appear on the alerts topic.
"""

from __future__ import annotations

import gzip
import itertools
import json
import threading
import time
from pathlib import Path

from worker_proc import REPO, Record

from streams import dedupe, ingest
from streams.detector import detect

SHARED = REPO.parent / "shared"


def dev_stories(prefix: str, limit: int | None = None) -> list[dict]:
    """The labeled stories of shared/eval/dev.jsonl as story.v1 documents (own agency each)."""
    docs = []
    for i, line in enumerate((SHARED / "eval" / "dev.jsonl").read_text().splitlines()[:limit]):
        rec = json.loads(line)
        docs.append(
            {
                "id": f"{prefix}-dev-{rec['id']}",
                "version": 1,
                "agency": f"Agency {prefix} {i}",
                "headline": rec["headline"],
                "body": rec["text"],
                "published": rfc3339(rec.get("published")),
                "language": "en",
            }
        )
    return docs


def rfc3339(published: str | None) -> str | None:
    """dev.jsonl dates (``2024-07-18``) as RFC 3339 times (noon UTC), as story.v1 wants."""
    if published and len(published) == 10:
        return f"{published}T12:00:00Z"
    return published


def corpus_stories(prefix: str, n: int) -> list[dict]:
    """``n`` unlabeled news stories of shared/corpus (mostly not diplomatic)."""
    out = []
    with gzip.open(SHARED / "corpus" / "stories.jsonl.gz", "rt") as fh:
        for i, line in enumerate(itertools.islice(fh, n)):
            doc = json.loads(line)
            doc["id"] = f"{prefix}-c-{doc['id']}"
            doc["agency"] = f"Corpus {prefix} {i}"
            out.append(doc)
    return out


def interleave(a: list[dict], b: list[dict]) -> list[dict]:
    """Alternate the two lists (the rest of the longer one at the end)."""
    out = []
    for x, y in itertools.zip_longest(a, b):
        out += [d for d in (x, y) if d is not None]
    return out


def encode(doc: dict) -> tuple[bytes, bytes]:
    return doc["id"].encode(), json.dumps(doc, ensure_ascii=False).encode()


def expected_pairs(docs: list[dict]) -> set[tuple[str, str]]:
    """``(story id, event type)`` of every event the detector finds in ``docs``."""
    out = set()
    for doc in docs:
        story = ingest.parse_story(
            encode(doc)[1], max_body_bytes=1 << 20, languages=frozenset({"en"})
        )
        assert not isinstance(story, ingest.Rejection), story
        out |= {(doc["id"], ev.type) for ev in detect(story.for_detector())}
    return out


def stories_sharing_keys(docs: list[dict]) -> set[str]:
    """Ids of stories with an event whose dedupe key (actor set) an event of another story has.

    Dedupe keeps one sighting per key, so when two stories share a key the decision on a re-sent
    story depends on which of them the shard saw last (the input partitions interleave them).
    """
    owners: dict[str, set[str]] = {}
    for doc in docs:
        story = ingest.parse_story(
            encode(doc)[1], max_body_bytes=1 << 20, languages=frozenset({"en"})
        )
        assert not isinstance(story, ingest.Rejection), story
        for ev in detect(story.for_detector()):
            owners.setdefault(dedupe.pair_key(ev.to_dict()), set()).add(doc["id"])
    return {s for ids in owners.values() if len(ids) > 1 for s in ids}


def seen_pairs(records: list[Record]) -> set[tuple[str, str]]:
    return {(a["story"]["id"], a["type"]) for a in (r.json() for r in records)}


def check_idempotent(records: list[Record]) -> dict[str, int]:
    """Every alert id always carries the same content, and one (story, event key, status)
    has one id; returns how many copies each alert id had."""
    first: dict[str, tuple] = {}
    ids_of: dict[tuple, set[str]] = {}
    copies: dict[str, int] = {}
    for a in (r.json() for r in records):
        content = (a["story"]["id"], a["event_key"], a["status"], a["sequence"])
        assert first.setdefault(a["alert_id"], content) == content, (a["alert_id"], content)
        ids_of.setdefault(content[:3], set()).add(a["alert_id"])
        copies[a["alert_id"]] = copies.get(a["alert_id"], 0) + 1
    split = {k: v for k, v in ids_of.items() if len(v) > 1}
    assert not split, f"one story event published under several alert ids: {split}"
    return copies


class PacedProducer(threading.Thread):
    """Produce messages at ``rate``/s in the background (kafka-python, acks=all)."""

    def __init__(
        self, bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]], rate: float
    ):
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.messages, self.rate = bootstrap, topic, messages, rate
        self.sent = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        from kafka import KafkaProducer

        producer = KafkaProducer(
            bootstrap_servers=self.bootstrap, acks="all", retries=20, linger_ms=5
        )
        try:
            start = time.monotonic()
            for i, (key, value) in enumerate(self.messages):
                delay = start + i / self.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                producer.send(self.topic, key=key, value=value)
                self.sent = i + 1
            producer.flush(60)
        except BaseException as exc:  # reported by the test
            self.error = exc
        finally:
            producer.close()

    def finish(self, timeout: float = 120.0) -> None:
        self.join(timeout)
        assert not self.is_alive(), "producer did not finish"
        assert self.error is None, self.error


def namespace_env(kafka_bootstrap: str, prefix: str, tmp: Path, **extra: str) -> dict[str, str]:
    """Worker environment with its own app id and topics under ``prefix``."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_APP_ID": prefix,
        "WIRE_ALERTS_INPUT_TOPIC": f"{prefix}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"{prefix}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"{prefix}.alerts",
        "WIRE_ALERTS_PARTITIONS": "3",
        "WIRE_ALERTS_STORE": "memory://",
        "WIRE_ALERTS_SESSION_TIMEOUT_SECONDS": "8",
        "WIRE_ALERTS_DATA_DIR": str(tmp / "data"),
        **extra,
    }


def show_logs(tmp: Path, lines: int = 40) -> None:
    """Print the end of each worker log (pytest shows it when the test fails)."""
    for log in sorted(tmp.glob("*.log")):
        text = log.read_text(errors="replace").splitlines()
        print(f"----- {log.name} (last {lines} lines)", *text[-lines:], sep="\n")

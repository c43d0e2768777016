"""Ingest stage: turn the raw bytes of an input message into a validated story, or a rejection.

Checks run in this order; the first failure names the dead-letter reason:

``empty_body``            the message has no value, or (after parsing) the body is blank
``body_too_large``        the message, or (after parsing) the body in UTF-8, is over the limit
``not_utf8``              the value is not valid UTF-8
``not_json``              the value is not JSON (or not a JSON object)
``schema_violation``      the object does not validate against ``schemas/story.v1.json``
``unsupported_language``  the primary language subtag is not in ``WIRE_ALERTS_LANGUAGES``

``detector_error`` (stage ``detect``) is added by the pipeline when the detector raises, and
``processing_error`` (stage ``ingest``/``dedupe``/``publish``) when the pipeline itself fails
on a message: the worker logs it, dead-letters the message and goes on.
The dead-letter message keeps the original key and value bytes; :func:`dlq_headers` says why.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.detector import Story
from streams.schemas import STORY_SCHEMA, first_error

REASONS: tuple[str, ...] = (
    "empty_body",
    "body_too_large",
    "not_utf8",
    "not_json",
    "schema_violation",
    "unsupported_language",
    "detector_error",
    "processing_error",
)

# A whole message may carry headline and metadata besides the body.
ENVELOPE_ALLOWANCE = 64 * 1024


@dataclass(frozen=True)
class IncomingStory:
    """A story that passed ingest validation."""

    id: str
    version: int
    agency: str
    headline: str
    body: str
    language: str
    published: datetime | None
    published_raw: str | None
    url: str | None = None
    slug: str | None = None
    priority: int | None = None

    def for_detector(self) -> Story:
        return Story(
            id=self.id,
            headline=self.headline,
            body=self.body,
            published=self.published,
            agency=self.agency,
        )

    def ref(self) -> dict[str, Any]:
        """The story reference carried downstream and into alerts."""
        return {
            "id": self.id,
            "version": self.version,
            "agency": self.agency,
            "headline": self.headline,
            "published": self.published_raw,
            "language": self.language,
            "url": self.url,
        }


@dataclass(frozen=True)
class Rejection:
    """Why a message goes to the dead-letter topic."""

    reason: str
    error: str
    stage: str = "ingest"


def _primary_language(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def parse_languages(spec: str) -> frozenset[str]:
    """``"en, fr"`` -> ``{"en", "fr"}``; ``"*"`` accepts every language."""
    return frozenset(p.strip().lower() for p in spec.split(",") if p.strip())


def parse_published(raw: str | None) -> datetime | None:
    """RFC 3339 text to an aware UTC datetime (naive times are taken as UTC)."""
    if not raw:
        return None
    dt = datetime.fromisoformat(raw)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def parse_story(
    raw: bytes | None, *, max_body_bytes: int, languages: frozenset[str]
) -> IncomingStory | Rejection:
    """Validate one message value; never raises on bad input."""
    if raw is None or not raw.strip():
        return Rejection("empty_body", "message has no value")
    if len(raw) > max_body_bytes + ENVELOPE_ALLOWANCE:
        return Rejection(
            "body_too_large", f"message is {len(raw)} bytes, limit {max_body_bytes} for the body"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection("not_utf8", f"invalid UTF-8 at byte {exc.start}: {exc.reason}")
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return Rejection("not_json", f"not JSON: {exc}"[:500])
    if not isinstance(doc, dict):
        return Rejection("not_json", f"expected a JSON object, got {type(doc).__name__}")
    body = doc.get("body")
    if body is None or (isinstance(body, str) and not body.strip()):
        return Rejection("empty_body", "story body is missing or blank")
    if isinstance(body, str):
        size = len(body.encode("utf-8"))
        if size > max_body_bytes:
            return Rejection("body_too_large", f"body is {size} bytes, limit {max_body_bytes}")
    error = first_error(STORY_SCHEMA, doc)
    if error is not None:
        return Rejection("schema_violation", error)
    language = doc["language"]
    if "*" not in languages and _primary_language(language) not in languages:
        return Rejection(
            "unsupported_language",
            f"language {language!r} not in {','.join(sorted(languages))}",
        )
    try:
        published = parse_published(doc.get("published"))
    except ValueError as exc:
        return Rejection("schema_violation", f"published: {exc}")
    return IncomingStory(
        id=doc["id"],
        version=doc["version"],
        agency=doc["agency"].strip(),
        headline=doc["headline"],
        body=body,
        language=language,
        published=published,
        published_raw=doc.get("published"),
        url=doc.get("url"),
        slug=doc.get("slug"),
        priority=doc.get("priority"),
    )


def dlq_headers(
    rejection: Rejection,
    *,
    topic: str,
    partition: int,
    offset: int,
    timestamp: float | None = None,
) -> list[tuple[str, bytes]]:
    """Kafka headers of a dead-letter message (all values UTF-8 text)."""
    now = timestamp if timestamp is not None else time.time()
    return [
        ("dlq.reason", rejection.reason.encode()),
        ("dlq.error", rejection.error.encode("utf-8", "replace")),
        ("dlq.stage", rejection.stage.encode()),
        ("dlq.topic", topic.encode()),
        ("dlq.partition", str(partition).encode()),
        ("dlq.offset", str(offset).encode()),
        ("dlq.timestamp", datetime.fromtimestamp(now, UTC).isoformat().encode()),
    ]

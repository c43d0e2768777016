"""Ingest validation: every dead-letter reason, and the story that passes."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from streams.ingest import IncomingStory, Rejection, dlq_headers, parse_languages, parse_story

LANGS = parse_languages("en")
LIMIT = 1000


def story(**overrides: object) -> dict:
    doc = {
        "id": "s1",
        "version": 1,
        "agency": "Reuters",
        "headline": "Russia says Trump invited Putin to U.S. during phone call",
        "body": "MOSCOW - U.S. President Donald Trump invited Vladimir Putin.",
        "published": "2018-04-06T09:12:00Z",
        "language": "en",
        "url": None,
    }
    doc.update(overrides)
    return {k: v for k, v in doc.items() if v is not ...}


def parse(raw: bytes | None) -> IncomingStory | Rejection:
    return parse_story(raw, max_body_bytes=LIMIT, languages=LANGS)


def test_valid_story_is_parsed() -> None:
    result = parse(orjson.dumps(story()))
    assert isinstance(result, IncomingStory)
    assert result.id == "s1" and result.agency == "Reuters"
    assert result.published == datetime(2018, 4, 6, 9, 12, tzinfo=UTC)
    det = result.for_detector()
    assert det.headline.startswith("Russia says") and det.agency == "Reuters"
    assert result.ref()["published"] == "2018-04-06T09:12:00Z"


def test_null_published_and_regional_language_accepted() -> None:
    result = parse(orjson.dumps(story(published=None, language="en-GB")))
    assert isinstance(result, IncomingStory)
    assert result.published is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "empty_body"),
        (b"", "empty_body"),
        (b"   \n", "empty_body"),
        (b"\xff\xfe{not utf8", "not_utf8"),
        (b"this is not json", "not_json"),
        (b"[1, 2, 3]", "not_json"),
        (b'{"id": "s1", "body": "x"', "not_json"),
        (orjson.dumps(story(body="   ")), "empty_body"),
        (orjson.dumps(story(body=...)), "empty_body"),
        (orjson.dumps(story(body="x" * (LIMIT + 1))), "body_too_large"),
        (b'{"body": "' + b"x" * (LIMIT + 70_000) + b'"}', "body_too_large"),
        (orjson.dumps(story(id=...)), "schema_violation"),
        (orjson.dumps(story(version=0)), "schema_violation"),
        (orjson.dumps(story(version="1")), "schema_violation"),
        (orjson.dumps(story(agency="")), "schema_violation"),
        (orjson.dumps(story(published="yesterday")), "schema_violation"),
        (orjson.dumps(story(language="ru")), "unsupported_language"),
        (orjson.dumps(story(language="fr-CA")), "unsupported_language"),
    ],
)
def test_rejections(raw: bytes | None, reason: str) -> None:
    result = parse(raw)
    assert isinstance(result, Rejection), result
    assert result.reason == reason
    assert result.error
    assert result.stage == "ingest"


def test_schema_violation_names_the_field() -> None:
    result = parse(orjson.dumps(story(version="one")))
    assert isinstance(result, Rejection)
    assert result.error.startswith("version:")


def test_star_accepts_every_language() -> None:
    result = parse_story(
        orjson.dumps(story(language="ru")), max_body_bytes=LIMIT, languages=parse_languages("*")
    )
    assert isinstance(result, IncomingStory)


def test_parse_languages() -> None:
    assert parse_languages(" en, FR ,") == {"en", "fr"}


def test_dlq_headers() -> None:
    headers = dict(
        dlq_headers(
            Rejection("not_json", "bad"), topic="wire.stories", partition=3, offset=42, timestamp=0
        )
    )
    assert headers == {
        "dlq.reason": b"not_json",
        "dlq.error": b"bad",
        "dlq.stage": b"ingest",
        "dlq.topic": b"wire.stories",
        "dlq.partition": b"3",
        "dlq.offset": b"42",
        "dlq.timestamp": b"1970-01-01T00:00:00+00:00",
    }

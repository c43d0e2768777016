"""The board without Kafka: the alert ring, what the page is given, and the HTTP server."""

from __future__ import annotations

import asyncio
import copy
import re

import orjson
import pytest
from aiohttp.test_utils import TestClient, TestServer

from streams.board import present
from streams.board.ring import AlertRing
from streams.board.server import CSP, STATIC_DIR, Board, create_app
from streams.config import Settings
from streams.schemas import ALERT_SCHEMA, load_schema

EXAMPLES = load_schema(ALERT_SCHEMA)["examples"]


def invitation() -> dict:
    return copy.deepcopy(EXAMPLES[0])


def call_update() -> dict:
    return copy.deepcopy(EXAMPLES[1])


def variant(alert: dict, key: str, sequence: int = 0) -> dict:
    out = copy.deepcopy(alert)
    out.update(event_key=key, sequence=sequence, alert_id=f"{abs(hash((key, sequence))):032x}"[:32])
    out["status"] = "new" if sequence == 0 else "update"
    return out


# ---------------------------------------------------------------------------- ring
def test_ring_update_replaces_the_event_in_place() -> None:
    ring = AlertRing(capacity=10, start_seq=100)
    first = ring.add(variant(invitation(), "k|a+b|d", 0))
    assert first is not None and (first.seq, first.order) == (101, 101)
    other = ring.add(variant(invitation(), "k|c+d|d", 0))
    update = variant(invitation(), "k|a+b|d", 1)
    update["corroboration_count"] = 2
    changed = ring.add(update)
    assert changed is first and (changed.seq, changed.order) == (103, 101)
    assert changed.alert["corroboration_count"] == 2
    assert len(ring) == 2
    assert [e.alert["event_key"] for e in ring.newest_first()] == ["k|c+d|d", "k|a+b|d"]
    assert other is not None


def test_ring_drops_repeats_and_stale_updates() -> None:
    ring = AlertRing(capacity=10, start_seq=0)
    ring.add(variant(invitation(), "k|a|d", 2))
    assert ring.add(variant(invitation(), "k|a|d", 2)) is None  # re-delivered
    assert ring.add(variant(invitation(), "k|a|d", 1)) is None  # older than held
    assert ring.seq == 1
    with pytest.raises(ValueError):
        ring.add({"sequence": 0})
    # the same key and sequence from another story (an event after the dedupe window) replaces
    later = variant(invitation(), "k|a|d", 2)
    later["story"]["id"] = "another-story"
    assert ring.add(later) is not None and ring.get("k|a|d").alert["story"]["id"] == "another-story"


def test_ring_keeps_the_newest_events_and_reports_changes_since() -> None:
    ring = AlertRing(capacity=3, start_seq=0)
    for i in range(5):
        ring.add(variant(invitation(), f"k|{i}|d"))
    assert [e.alert["event_key"] for e in ring.newest_first()] == ["k|4|d", "k|3|d", "k|2|d"]
    ring.add(variant(invitation(), "k|2|d", 1))  # seq 6
    assert [e.seq for e in ring.since(4)] == [5, 6]
    assert [e.alert["event_key"] for e in ring.since(4)] == ["k|4|d", "k|2|d"]
    assert ring.since(6) == []
    assert len(ring.since(10_000)) == 3  # an id from another board process: everything


def test_ring_sequence_starts_at_the_clock_so_it_grows_across_restarts() -> None:
    before = AlertRing()
    before.add(variant(invitation(), "k|a|d"))
    after = AlertRing()
    assert after.seq >= before.seq - 1


# ---------------------------------------------------------------------------- present
def test_evidence_marks_trigger_and_actor_surface_texts() -> None:
    alert = invitation()
    segments = present.evidence_segments(alert)
    text = alert["event"]["evidence"]["text"]
    assert "".join(t for t, _ in segments) == text
    marked = [(t, k) for t, k in segments if k]
    assert ("invited", "trigger") in marked
    assert ("U.S. President Donald Trump", "actor") in marked
    assert ("Vladimir Putin", "actor") in marked
    assert ("White House", "actor") in marked


def test_evidence_falls_back_to_searching_when_offsets_do_not_fit() -> None:
    alert = call_update()
    alert["event"]["evidence"].update(trigger_start=-1, trigger_end=-1)
    segments = present.evidence_segments(alert)
    assert ("spoke by phone", "trigger") in segments
    assert ("Trump", "actor") in segments and ("Putin", "actor") in segments


def test_evidence_segments_keep_markup_as_plain_text() -> None:
    alert = call_update()
    evil = "<img src=x onerror=alert(1)> Trump and Putin spoke by phone."
    alert["event"]["evidence"].update(text=evil, start=0, trigger_start=-1, trigger_end=-1)
    segments = present.evidence_segments(alert)
    assert "".join(t for t, _ in segments) == evil
    assert segments[0] == ("<img src=x onerror=alert(1)> ", None)


def test_attribution_names_the_claiming_side_the_agency_and_the_cited_sources() -> None:
    assert present.attribution_line(invitation()) == (
        "claimed by RUS, via RIA Novosti citing Russian Foreign Ministry, Sergei Lavrov"
    )
    plain = invitation()
    plain["event"]["attribution"] = {"agency": None, "sources": [], "claimed_by": None}
    assert present.attribution_line(plain) == "via Reuters"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>1</script>", None),
        ("/relative/path", None),
        (None, None),
        (42, None),
    ],
)
def test_only_http_story_urls_become_links(url: object, expected: str | None) -> None:
    assert present.safe_url(url) == expected


# ---------------------------------------------------------------------------- static assets
def test_page_has_no_inline_script_style_or_handlers() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert scripts and all(s.strip() == "" for s in scripts)
    assert re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", html) == ["/static/board.js"]
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert not re.search(r"\sstyle\s*=", html) and "<style" not in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # no CDN: every asset is ours


def test_script_never_parses_story_text_as_html() -> None:
    js = (STATIC_DIR / "board.js").read_text()
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in js, sink
    assert "textContent" in js


# ---------------------------------------------------------------------------- HTTP server
@pytest.fixture
async def client() -> TestClient:
    board = Board(capacity=50, start_seq=1000)
    app = create_app(Settings(), board=board, background=False)
    async with TestClient(TestServer(app)) as c:
        c.board = board  # type: ignore[attr-defined]
        yield c


async def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/static/board.js", "/static/board.css", "/api/alerts", "/nope", "/metrics"):
        resp = await client.get(path)
        assert resp.headers["Content-Security-Policy"] == CSP, path
        assert resp.headers["X-Content-Type-Options"] == "nosniff", path
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    js = await client.get("/static/board.js")
    assert js.status == 200 and "javascript" in js.headers["Content-Type"]
    css = await client.get("/static/board.css")
    assert css.status == 200 and css.headers["Content-Type"].startswith("text/css")


async def test_static_serves_only_the_asset_directory(client: TestClient) -> None:
    for path in ("/static/", "/static/../server.py", "/static/%2e%2e/server.py"):
        resp = await client.get(path)
        assert resp.status in (403, 404), path


async def test_snapshot_is_newest_first_with_updates_in_place(client: TestClient) -> None:
    board: Board = client.board  # type: ignore[attr-defined]
    board.add(variant(invitation(), "k|a|d"))
    board.add(variant(invitation(), "k|b|d"))
    upd = variant(invitation(), "k|a|d", 1)
    upd["corroboration_count"] = 2
    board.add(upd)
    doc = await (await client.get("/api/alerts")).json()
    assert [a["alert"]["event_key"] for a in doc["alerts"]] == ["k|b|d", "k|a|d"]
    assert doc["alerts"][1]["alert"]["corroboration_count"] == 2
    assert doc["alerts"][1]["view"]["attribution"].startswith("claimed by RUS")
    assert doc["seq"] == 1003


async def read_events(resp, count: int, timeout: float = 5.0) -> list[dict]:
    """Parse ``count`` server-sent events (keepalive comments skipped)."""
    events: list[dict] = []
    current: dict = {}

    async def run() -> None:
        nonlocal current
        while len(events) < count:
            line = (await resp.content.readline()).decode().rstrip("\n")
            if not line:
                if current:
                    events.append(current)
                    current = {}
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(": ")
            current[field] = value

    await asyncio.wait_for(run(), timeout)
    return events


async def test_event_stream_resumes_after_last_event_id(client: TestClient) -> None:
    board: Board = client.board  # type: ignore[attr-defined]
    board.add(variant(invitation(), "k|a|d"))
    board.add(variant(invitation(), "k|b|d"))
    board.synced = True
    async with client.get("/events") as resp:
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        events = await read_events(resp, 4)
        assert events[0] == {"retry": "2000"}
        assert [e.get("id") for e in events[1:3]] == ["1001", "1002"]
        assert events[3]["event"] == "synced"
        board.add(variant(invitation(), "k|a|d", 1))  # a live update
        (live,) = await read_events(resp, 1)
        body = orjson.loads(live["data"])
        assert live["id"] == "1003" and body["alert"]["status"] == "update"
        assert body["order"] == 1001  # keeps its place on the page
    # a reconnecting client gets only what changed after its last id
    board.add(variant(invitation(), "k|c|d"))
    async with client.get("/events", headers={"Last-Event-ID": "1002"}) as resp:
        events = await read_events(resp, 4)
        assert [e.get("id") for e in events[1:3]] == ["1003", "1004"]
    # an id from another board process: reset, then everything
    async with client.get("/events", headers={"Last-Event-ID": "99999999"}) as resp:
        events = await read_events(resp, 3)
        assert events[1]["event"] == "reset"
        assert events[2]["id"] == "1002"  # since(-1), oldest change first


async def test_ready_waits_for_the_history(client: TestClient) -> None:
    board: Board = client.board  # type: ignore[attr-defined]
    resp = await client.get("/ready")
    assert resp.status == 503
    board.synced = True
    resp = await client.get("/ready")
    assert resp.status == 200 and (await resp.json())["ready"] is True

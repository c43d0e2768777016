"""Webhook subscriptions without Kafka: config, filters, signatures, Slack format, backoff."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json

import orjson
import pytest

from streams.board import webhooks as wh
from streams.schemas import ALERT_SCHEMA, load_schema

EXAMPLES = load_schema(ALERT_SCHEMA)["examples"]


def alert() -> dict:
    return copy.deepcopy(EXAMPLES[0])  # summit_invitation, P1, new, RUS+USA


def sub(**filt: list[str]) -> wh.Subscription:
    doc = {"name": "s", "url": "https://hooks.example.org/x", "filter": filt}
    return wh.parse_subscriptions([doc]).subscriptions[0]


# ---------------------------------------------------------------------------- config
def test_parse_applies_defaults_overrides_and_dead_letter_names() -> None:
    cfg = wh.parse_subscriptions(
        {
            "dead_letter_prefix": "dlq.hooks",
            "defaults": {"max_attempts": 4, "base_delay": 0.5},
            "subscriptions": [
                {
                    "name": "desk-eu",
                    "url": "https://hooks.example.org/eu",
                    "filter": {"types": ["sanctions"], "priorities": ["p1"], "countries": ["rus"]},
                    "secret": "s3cret",
                },
                {
                    "name": "slack.ops",
                    "url": "http://127.0.0.1:9/hook",
                    "format": "slack",
                    "max_attempts": 2,
                    "dead_letter_topic": "custom.dlq",
                },
            ],
        }
    )
    eu, ops = cfg.subscriptions
    assert eu.retry == wh.Retry(max_attempts=4, base_delay=0.5, max_delay=60.0, timeout=10.0)
    assert eu.filter.priorities == {"P1"} and eu.filter.countries == {"RUS"}
    assert eu.dead_letter_topic == "dlq.hooks.desk-eu" and eu.secret == "s3cret"
    assert ops.format == "slack" and ops.retry.max_attempts == 2 and ops.retry.base_delay == 0.5
    assert ops.dead_letter_topic == "custom.dlq" and ops.secret == ""


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"name": "bad name!", "url": "https://x.org"}, "name"),
        ({"name": "a", "url": "javascript:alert(1)"}, "url"),
        ({"name": "a", "url": "https://x.org", "format": "xml"}, "format"),
        ({"name": "a", "url": "https://x.org", "filter": {"types": ["war"]}}, "types"),
        ({"name": "a", "url": "https://x.org", "filter": {"priorities": ["P0"]}}, "priorities"),
        ({"name": "a", "url": "https://x.org", "filter": {"colour": ["red"]}}, "filter"),
        ({"name": "a", "url": "https://x.org", "max_attempts": 0}, "max_attempts"),
        ({"name": "a", "url": "https://x.org", "base_delay": "1s"}, "base_delay"),
        ({"name": "a", "url": "https://x.org", "retries": 3}, "unknown"),
    ],
)
def test_parse_rejects_invalid_subscriptions(item: dict, message: str) -> None:
    with pytest.raises(wh.SubscriptionError, match=message):
        wh.parse_subscriptions([item])


def test_parse_rejects_duplicate_names() -> None:
    item = {"name": "a", "url": "https://x.org"}
    with pytest.raises(wh.SubscriptionError, match="duplicate"):
        wh.parse_subscriptions([item, item])


def test_load_reads_json_and_yaml(tmp_path) -> None:
    doc = {"subscriptions": [{"name": "a", "url": "https://x.org/h", "format": "slack"}]}
    j = tmp_path / "subs.json"
    j.write_text(json.dumps(doc))
    y = tmp_path / "subs.yaml"
    y.write_text("subscriptions:\n  - name: a\n    url: https://x.org/h\n    format: slack\n")
    assert wh.load_subscriptions(j) == wh.load_subscriptions(y)
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(wh.SubscriptionError):
        wh.load_subscriptions(bad)


# ---------------------------------------------------------------------------- filters
def test_empty_filter_takes_everything() -> None:
    assert sub().filter.matches(alert())


@pytest.mark.parametrize(
    ("filt", "expected"),
    [
        ({"types": ["summit_invitation", "leader_call"]}, True),
        ({"types": ["sanctions"]}, False),
        ({"priorities": ["P1"]}, True),
        ({"priorities": ["P2", "P3"]}, False),
        ({"countries": ["rus"]}, True),  # case-insensitive
        ({"countries": ["CHN", "USA"]}, True),  # any of them
        ({"countries": ["CHN"]}, False),
        ({"desks": ["Eastern Europe"]}, True),
        ({"desks": ["Africa"]}, False),
        ({"statuses": ["update"]}, False),
        ({"types": ["summit_invitation"], "countries": ["CHN"]}, False),  # all criteria
    ],
)
def test_filter_matching(filt: dict, expected: bool) -> None:
    assert sub(**filt).filter.matches(alert()) is expected


# ---------------------------------------------------------------------------- signature
def test_signature_is_hmac_sha256_of_the_raw_body() -> None:
    body = orjson.dumps(alert())
    expected = hmac.new(b"k3y", body, hashlib.sha256).hexdigest()
    assert wh.sign("k3y", body) == f"sha256={expected}"
    assert wh.verify("k3y", body, f"sha256={expected}")
    assert not wh.verify("k3y", body + b" ", f"sha256={expected}")
    assert not wh.verify("other", body, f"sha256={expected}")
    assert not wh.verify("k3y", body, "")


def test_request_headers_sign_and_identify_the_delivery() -> None:
    signed = wh.parse_subscriptions([{"name": "a", "url": "https://x.org", "secret": "k"}])
    s = signed.subscriptions[0]
    body = b'{"x":1}'
    h1 = wh.request_headers(s, body, alert(), 1, 1_700_000_000.7)
    h2 = wh.request_headers(s, body, alert(), 2, 1_700_000_009.0)
    assert h1[wh.SIGNATURE_HEADER] == wh.sign("k", body)
    assert h1[wh.TIMESTAMP_HEADER] == "1700000000"
    assert h1[wh.DELIVERY_HEADER] == h2[wh.DELIVERY_HEADER]  # retries: same delivery id
    assert (h1["X-Wire-Alerts-Attempt"], h2["X-Wire-Alerts-Attempt"]) == ("1", "2")
    other = wh.request_headers(sub(), body, alert(), 1, 0)  # subscription "s", not "a"
    assert other[wh.DELIVERY_HEADER] != h1[wh.DELIVERY_HEADER]
    assert wh.SIGNATURE_HEADER not in wh.request_headers(sub(), body, alert(), 1, 0)


def test_json_format_posts_the_alert_bytes_unchanged() -> None:
    raw = orjson.dumps(alert())
    assert wh.render(sub(), alert(), raw) is raw


# ---------------------------------------------------------------------------- slack
def test_slack_message_escapes_story_text() -> None:
    a = alert()
    a["story"]["headline"] = "<script>x</script> & <!channel> <@U123>"
    a["summary"] = "Trump invites Putin <b>now</b>"
    msg = wh.slack_message(a)
    text = json.dumps(msg)
    assert "<script>" not in text and "<!channel>" not in text and "<@U123>" not in text
    assert "&lt;script&gt;x&lt;/script&gt; &amp; &lt;!channel&gt;" in text
    assert msg["text"].startswith("P1 summit invitation (new): Trump invites Putin &lt;b&gt;")
    section, context = msg["blocks"]
    assert section["type"] == "section" and section["text"]["type"] == "mrkdwn"
    parts = [e["text"] for e in context["elements"]]
    assert any(p.startswith("claimed by RUS, via RIA Novosti") for p in parts)
    assert "1 agency" in parts and "RUS, USA" in parts


def test_slack_links_only_http_story_urls() -> None:
    a = alert()
    a["story"]["url"] = "https://news.example.org/story/1"
    parts = [e["text"] for e in wh.slack_message(a)["blocks"][1]["elements"]]
    assert "<https://news.example.org/story/1|story>" in parts
    a["story"]["url"] = "javascript:alert(1)"
    assert not any("javascript" in e["text"] for e in wh.slack_message(a)["blocks"][1]["elements"])
    s = wh.parse_subscriptions([{"name": "a", "url": "https://x.org", "format": "slack"}])
    body = wh.render(s.subscriptions[0], a, orjson.dumps(a))
    assert orjson.loads(body)["blocks"]


# ---------------------------------------------------------------------------- backoff
def test_backoff_doubles_from_the_base_delay_and_is_capped() -> None:
    assert wh.Retry(max_attempts=5, base_delay=1.0).schedule() == [1.0, 2.0, 4.0, 8.0]
    assert wh.Retry(max_attempts=6, base_delay=0.5, max_delay=3).schedule() == [
        0.5,
        1.0,
        2.0,
        3.0,
        3.0,
    ]
    assert wh.Retry(max_attempts=1).schedule() == []


def test_retry_after_can_only_lengthen_the_wait() -> None:
    r = wh.Retry(base_delay=1.0, max_delay=30.0)
    assert r.delay(1, retry_after=10.0) == 10.0
    assert r.delay(3, retry_after=1.0) == 4.0
    assert r.delay(1, retry_after=3600.0) == 30.0  # capped


@pytest.mark.parametrize(
    ("status", "retry"),
    [(500, True), (502, True), (503, True), (429, True), (408, True), (400, False), (401, False),
     (404, False), (410, False), (301, False)],
)  # fmt: skip
def test_which_statuses_are_retried(status: int, retry: bool) -> None:
    assert wh.retryable(status) is retry


def test_the_example_subscriptions_file_is_valid() -> None:
    from streams.board.server import STATIC_DIR

    cfg = wh.load_subscriptions(STATIC_DIR.parent / "subscriptions.example.yaml")
    assert [s.name for s in cfg.subscriptions] == ["eastern-europe-desk", "slack-p1"]
    assert cfg.subscriptions[1].retry.max_attempts == 3
    assert cfg.subscriptions[1].filter.statuses == {"new"}

"""The pure parts of the feed/tail/topics commands."""

from __future__ import annotations

import argparse

import orjson

from streams.cli import build_parser
from streams.commands.feed import messages, story_key, with_suffix
from streams.commands.tail import format_alert, header_filter
from streams.config import Settings
from streams.schemas import ALERT_SCHEMA, load_schema
from streams.topics import external_topics, internal_topics


def test_feed_keys_and_suffixes() -> None:
    line = orjson.dumps({"id": "s1", "body": "x"})
    assert story_key(line) == b"s1"
    assert story_key(b"not json") is None
    assert story_key(b"[1]") is None
    assert orjson.loads(with_suffix(line, "~2"))["id"] == "s1~2"
    assert with_suffix(b"not json", "~2") == b"not json"


def test_feed_loop_and_unique_ids() -> None:
    lines = [orjson.dumps({"id": "a"}), orjson.dumps({"id": "b"})]
    once = list(messages(lines, loop=False, unique_ids=False))
    assert once == lines
    looped = messages(lines, loop=True, unique_ids=True)
    ids = [orjson.loads(next(looped))["id"] for _ in range(5)]
    assert ids == ["a", "b", "a~1", "b~1", "a~2"]


def test_tail_header_filter() -> None:
    headers = [("alert-priority", b"P2"), ("country", b"RUS,USA")]
    assert header_filter(None, None)(headers)
    assert header_filter("P2", None)(headers)
    assert header_filter("P3", "usa")(headers)
    assert not header_filter("P1", None)(headers)
    assert not header_filter(None, "GBR")(headers)


def test_tail_line_is_readable() -> None:
    example = load_schema(ALERT_SCHEMA)["examples"][1]
    line = format_alert(example)
    assert " UPDATE " in line and "leader_call" in line
    assert "Call between Donald Trump (USA) and Vladimir Putin (RUS)" in line
    assert "x2 sources" in line and "RIA Novosti" in line


def test_topic_names(monkeypatch) -> None:
    for var in ("WIRE_ALERTS_INPUT_TOPIC", "WIRE_ALERTS_DLQ_TOPIC", "WIRE_ALERTS_ALERTS_TOPIC"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("WIRE_ALERTS_APP_ID", "app")
    settings = Settings()
    names = external_topics(settings)
    assert names[:3] == ["wire.stories", "wire.stories.dlq", "alerts.diplomatic"]
    assert "alerts.diplomatic.summit_invitation" in names and len(names) == 10
    assert internal_topics(settings)[0] == "app-events"


def test_cli_registers_the_stream_commands() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert {"worker", "feed", "tail", "topics", "demo"} <= set(sub.choices)
    args = parser.parse_args(["tail", "--type", "leader_call", "--priority", "P1", "--json"])
    assert args.type == "leader_call" and args.priority == "P1" and args.json
    args = parser.parse_args(["feed", "x.jsonl", "--rate", "5", "--loop", "--limit", "10"])
    assert (args.rate, args.loop, args.limit) == (5.0, True, 10)


def test_broker_settings_for_faust() -> None:
    import faust

    from streams.app import broker_credentials, broker_urls
    from streams.config import KafkaSecurity

    assert broker_urls("h1:9092, h2:9093") == ["kafka://h1:9092", "kafka://h2:9093"]
    assert broker_credentials(KafkaSecurity(protocol="PLAINTEXT")) is None
    sasl = broker_credentials(
        KafkaSecurity(
            protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username="u",
            sasl_password="p",
        )
    )
    assert isinstance(sasl, faust.SASLCredentials)
    assert sasl.username == "u" and sasl.ssl_context is not None
    assert str(sasl.protocol.value) == "SASL_SSL" and sasl.mechanism.value == "SCRAM-SHA-512"
    assert isinstance(broker_credentials(KafkaSecurity(protocol="SSL")), faust.SSLCredentials)

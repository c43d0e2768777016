"""Publish stage: per-event ordering of alerts, headers, timestamps."""

from __future__ import annotations

import copy

from streams import publish
from streams.schemas import ALERT_SCHEMA, load_schema


def alert(seq: int) -> dict:
    return {"sequence": seq, "alert_id": f"{seq:032x}"}


def run(seqs: list[int], t: float = 0.0) -> tuple[dict, list[int]]:
    state = None
    out: list[int] = []
    for s in seqs:
        state, ready = publish.sequence_step(state, alert(s), t)
        out += [a["sequence"] for a in ready]
    return state, out


def test_in_order_alerts_go_straight_out() -> None:
    state, out = run([0, 1, 2])
    assert out == [0, 1, 2] and state["next"] == 3 and state["pending"] == {}


def test_an_early_update_waits_for_the_new_alert() -> None:
    state, out = run([1])
    assert out == [] and list(state["pending"]) == ["1"]
    state, ready = publish.sequence_step(state, alert(0), 1.0)
    assert [a["sequence"] for a in ready] == [0, 1]
    assert state["pending"] == {} and state["since"] is None


def test_replays_go_out_again() -> None:
    _, out = run([0, 1, 0, 1, 2])
    assert out == [0, 1, 0, 1, 2]


def test_a_gap_is_skipped_after_the_timeout() -> None:
    state, out = run([0, 2, 3])
    assert out == [0] and not publish.gap_overdue(state, 1.0)
    later = publish.GAP_TIMEOUT_SECONDS + 1
    assert publish.gap_overdue(state, later)
    state, ready = publish.sequence_step(state, alert(5), later)
    assert [a["sequence"] for a in ready] == [2, 3]
    assert list(state["pending"]) == ["5"] and state["next"] == 4


def test_lost_state_does_not_hold_an_update_back() -> None:
    # no state (lost in a crash) and the previous alert was decided a minute ago
    state, ready = publish.sequence_step(None, alert(3), 100.0, previous_at=40.0)
    assert [a["sequence"] for a in ready] == [3] and state["next"] == 4
    # ... but an update whose predecessor was decided a moment ago waits for it
    state, ready = publish.sequence_step(None, alert(1), 100.0, previous_at=99.9)
    assert ready == [] and list(state["pending"]) == ["1"]


def test_flush_releases_in_order() -> None:
    state, _ = run([0, 3, 2])
    assert [a["sequence"] for a in publish.flush(state)] == [2, 3]
    assert state["next"] == 4 and state["pending"] == {}


def test_sequence_step_does_not_mutate_the_entry() -> None:
    state, _ = run([0, 2])
    snapshot = copy.deepcopy(state)
    publish.sequence_step(state, alert(1), 2.0)
    assert state == snapshot


def test_headers_and_stamp() -> None:
    example = copy.deepcopy(load_schema(ALERT_SCHEMA)["examples"][0])
    headers = dict(publish.headers(example))
    assert headers["alert-type"] == b"summit_invitation"
    assert headers["alert-priority"] == example["priority"].encode()
    assert headers["schema-version"] == b"1"
    assert headers["country"] == b"RUS,USA"
    ingested = example["timestamps"]["ingested"]
    publish.stamp(example, 1522999931.0)
    assert example["timestamps"]["published"] == "2018-04-06T07:32:11.000Z"
    assert example["timestamps"]["ingested"] == ingested
    assert example["metrics"]["end_to_end_ms"] == 500.0
    assert publish.decode(publish.encode(example)) == example

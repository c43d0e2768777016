"""The eval command on the shared labeled set: scores, matching rules, and the targets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from streams.detector.evaluate import load, score

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"


def test_eval_cli_prints_json_summary_last() -> None:
    assert DEV.exists(), f"{DEV} is missing"
    out = (
        subprocess.run(
            [sys.executable, "-m", "streams", "eval", str(DEV), "--json", "--errors"],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        .stdout.strip()
        .splitlines()
    )
    summary = json.loads(out[-1])
    assert set(summary["per_type"]) == {
        "summit_invitation",
        "leader_call",
        "state_visit",
        "leaders_meeting",
        "agreement",
        "diplomatic_expulsion",
        "sanctions",
    }
    assert any('"kind":"miss"' in line or '"kind":"false_alarm"' in line for line in out)


def test_dev_set_scores_meet_the_detection_targets() -> None:
    summ = score(load(DEV)).summary()
    assert summ["overall"]["f1"] >= 0.85, summ["overall"]
    for etype, m in summ["per_type"].items():
        assert m["f1"] >= 0.75, (etype, m)
    assert summ["status_accuracy"] >= 0.80
    assert summ["actor_accuracy"] >= 0.85


def test_scoring_counts_false_alarm_and_miss() -> None:
    recs = [
        {
            "id": "x1",
            "headline": "Russia Expels 23 British Diplomats",
            "text": "",
            "published": "2018-03-17",
            "events": [],
        },
        {
            "id": "x2",
            "headline": "Weather is fine",
            "text": "",
            "published": None,
            "events": [
                {
                    "type": "leader_call",
                    "status": "occurred",
                    "actors": [
                        {"name": "A", "country": "USA", "role": "participants"},
                        {"name": "B", "country": "RUS", "role": "participants"},
                    ],
                    "evidence": "Weather is fine",
                }
            ],
        },
    ]
    summ = score(recs).summary()
    assert summ["per_type"]["diplomatic_expulsion"]["fp"] == 1
    assert summ["per_type"]["leader_call"]["fn"] == 1
    assert summ["overall"]["tp"] == 0


def test_matching_pairs_opposite_visits_by_their_roles() -> None:
    # two visits with the same countries (A to B, B to A): the labels pair with the detected
    # events whose roles agree, not crosswise (the order alone paired them crosswise before)
    from streams.detector.evaluate import Report, _match
    from streams.detector.model import Actor, Event, Evidence

    def gold(visitor: str, host: str, status: str) -> dict:
        return {
            "type": "state_visit",
            "status": status,
            "actors": [
                {"name": visitor, "country": visitor, "role": "visitor"},
                {"name": host, "country": host, "role": "host"},
            ],
        }

    def found(visitor: str, host: str, status: str) -> Event:
        return Event(
            type="state_visit",
            status=status,
            actors=[
                Actor(visitor, visitor, visitor, visitor, "visitor", "head_of_state"),
                Actor(host, host, host, host, "host", "head_of_state"),
            ],
            evidence=Evidence("s", 0, 1),
            rule="visit.test",
            confidence=0.8,
        )

    rep = Report()
    _match(
        rep,
        [gold("USA", "CHN", "occurred"), gold("CHN", "USA", "planned")],
        [found("CHN", "USA", "planned"), found("USA", "CHN", "occurred")],
    )
    assert rep.matched == 2
    assert rep.status_ok == 2
    assert (rep.role_ok, rep.role_total) == (4, 4)

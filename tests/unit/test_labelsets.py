"""The project's own labeled sets (eval/corpus/*.jsonl): labels of shared corpus stories,
kept without their text, checked as shared/eval/validate.py checks dev.jsonl, and scored."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from streams.detector.evaluate import load, score
from streams.detector.labelsets import DEFAULT_CORPUS, LabelSetError, attach_text
from streams.detector.model import ROLES, STATUSES

SETS = sorted((Path(__file__).resolve().parents[2] / "eval" / "corpus").glob("*.jsonl"))
ORGS = {"EU", "UN", "NATO", "AU", "ASEAN", "OPEC", "IAEA", "G7", "G8", "G20", "WTO", "IMF", "OSCE"}
REQUIRED = {
    "summit_invitation": ("inviter", "invitee"),
    "leader_call": ("participants",),
    "state_visit": ("visitor",),
    "leaders_meeting": ("participants",),
    "agreement": ("parties",),
    "diplomatic_expulsion": ("actor", "target"),
    "sanctions": ("imposer", "target"),
}


def _problems(rec: dict) -> list[str]:
    out = []
    if not re.fullmatch(r"[A-Z]{1,2}\d{3}", rec["id"]):
        out.append("bad id")
    if rec["events"] and "hard_negative" in rec:
        out.append("hard_negative on an item with events")
    story = rec["headline"] + "\n" + rec["text"]
    for e in rec["events"]:
        roles = {a["role"] for a in e["actors"]}
        if e["type"] not in ROLES or e["status"] not in STATUSES:
            out.append(f"bad type/status {e['type']}/{e['status']}")
            continue
        if not roles <= set(ROLES[e["type"]]):
            out.append(f"bad roles {roles - set(ROLES[e['type']])}")
        if not all(r in roles for r in REQUIRED[e["type"]]):
            out.append(f"{e['type']} lacks a core role")
        codes = {a["country"] for a in e["actors"]}
        if any(not (re.fullmatch(r"[A-Z]{3}", c) or c in ORGS) for c in codes):
            out.append(f"bad country code in {codes}")
        if len(codes) < 2 and not codes & ORGS:
            out.append("fewer than two sides")
        if e["evidence"] not in story:
            out.append(f"evidence not verbatim: {e['evidence'][:60]}")
    return out


@pytest.fixture(scope="module")
def records() -> list[dict]:
    assert DEFAULT_CORPUS.exists(), f"shared corpus missing: {DEFAULT_CORPUS}"
    return [r for path in SETS for r in load(path)]


def test_every_set_is_there() -> None:
    assert [p.stem for p in SETS] == [
        "AA",
        "AB",
        "AC",
        "AD",
        "O",
        "P",
        "Q",
        "R",
        "S",
        "T",
        "U",
        "V",
        "W",
        "X",
        "Y",
        "Z",
    ]


def test_labels_are_valid_and_evidence_is_verbatim(records: list[dict]) -> None:
    assert len(records) == 765
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["corpus_id"] for r in records}) == len(records)
    bad = {r["id"]: p for r in records if (p := _problems(r))}
    assert bad == {}


def test_sets_hold_events_and_hard_negatives(records: list[dict]) -> None:
    with_events = [r for r in records if r["events"]]
    assert 0.4 < len(with_events) / len(records) < 0.8
    assert any(r.get("hard_negative") for r in records)
    assert len({e["type"] for r in with_events for e in r["events"]}) >= 6


def test_the_detector_is_scored_on_a_set(records: list[dict]) -> None:
    summ = score([r for r in records if r["id"].startswith("O")]).summary()
    o = summ["overall"]
    assert o["tp"] + o["fn"] == sum(
        len({e["type"] for e in r["events"]}) for r in records if r["id"].startswith("O")
    )
    assert 0.0 < o["f1"] <= 1.0


def test_tuning_sets_keep_their_scores(records: list[dict]) -> None:
    # floors a little below the scores at the end of the 2026-11-28 session (O-Z, V-Y being
    # tuning sets since that session: P .911 R .772 F1 .836, actor .779, status .922): a change
    # that loses general constructions fails here (AA-AD are held out: no floor)
    summ = score([r for r in records if r["id"][0] in "OPQRSTUVWXYZ"]).summary()
    assert summ["overall"]["f1"] >= 0.81
    assert summ["overall"]["precision"] >= 0.89
    assert summ["actor_accuracy"] >= 0.76
    assert summ["status_accuracy"] >= 0.90


def test_unknown_corpus_id_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LabelSetError, match="allsides-0"):
        attach_text([{"id": "Z001", "corpus_id": "allsides-0", "events": []}])
    with pytest.raises(LabelSetError, match="corpus is missing"):
        attach_text([{"id": "Z001", "corpus_id": "allsides-1", "events": []}], tmp_path / "x.gz")


def test_eval_command_takes_several_files() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "streams",
            "eval",
            *(str(p) for p in SETS if p.stem in ("O", "P")),
            "--json",
        ],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    summ = orjson.loads(out.splitlines()[-1])
    assert summ["overall"]["tp"] + summ["overall"]["fn"] > 50

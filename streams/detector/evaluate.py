"""``wire-alerts eval FILE.jsonl``: score the detector against labeled stories.

Matching rules (also in the README):
- Detection is scored over (story, type) pairs: a pair is a true positive when the story
  has at least one labeled and at least one detected event of that type.
- Within a true-positive pair, labeled events are matched one-to-one to detected events of
  the same type, greedily by the overlap (Jaccard) of their actor-country sets; among equal
  overlaps the pairing whose roles agree, then whose status agrees, then the first in order.
- Actor accuracy: share of matched (true-positive) events whose actor-country set (all roles)
  equals the detected event's. Role accuracy: share of labeled actors in matched events
  for which a detected actor of the same country has the same role. Status accuracy:
  share of matched events with the same status. Labeled events of a true-positive pair
  that find no detected partner are reported as ``unmatched_events_in_tp_pairs``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import orjson

from streams.detector import Story, detect
from streams.detector.labelsets import attach_text
from streams.detector.model import EVENT_TYPES, Event


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    matched: int = 0
    actor_ok: int = 0
    role_total: int = 0
    role_ok: int = 0
    status_ok: int = 0
    unmatched: int = 0  # labeled events in true-positive pairs left without a detected partner
    errors: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        overall = Counts(
            sum(c.tp for c in self.per_type.values()),
            sum(c.fp for c in self.per_type.values()),
            sum(c.fn for c in self.per_type.values()),
        )
        return {
            "overall": overall.prf(),
            "per_type": {t: c.prf() for t, c in self.per_type.items()},
            "actor_accuracy": round(self.actor_ok / self.matched, 4) if self.matched else 0.0,
            "role_accuracy": round(self.role_ok / self.role_total, 4) if self.role_total else 0.0,
            "status_accuracy": round(self.status_ok / self.matched, 4) if self.matched else 0.0,
            "matched_events": self.matched,
            "unmatched_events_in_tp_pairs": self.unmatched,
        }


def story_from_record(rec: dict) -> Story:
    pub = rec.get("published")
    published = None
    if pub:
        published = date.fromisoformat(pub[:10])
    return Story(
        id=rec["id"],
        headline=rec.get("headline", ""),
        body=rec.get("text", rec.get("body", "")),
        published=published,
        agency=rec.get("agency"),
    )


def _countries(actors: list) -> frozenset[str]:
    return frozenset(a["country"] if isinstance(a, dict) else a.country for a in actors)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def score(records: list[dict]) -> Report:
    rep = Report()
    for rec in records:
        story = story_from_record(rec)
        predicted = detect(story)
        gold = rec.get("events", [])
        for etype in EVENT_TYPES:
            g = [e for e in gold if e["type"] == etype]
            p = [e for e in predicted if e.type == etype]
            c = rep.per_type[etype]
            if g and p:
                c.tp += 1
                _match(rep, g, p)
            elif p:
                c.fp += 1
                rep.errors.append(
                    {
                        "kind": "false_alarm",
                        "id": story.id,
                        "type": etype,
                        "detected": [_brief(e) for e in p],
                    }
                )
            elif g:
                c.fn += 1
                rep.errors.append(
                    {
                        "kind": "miss",
                        "id": story.id,
                        "type": etype,
                        "labeled": [
                            {
                                "status": e["status"],
                                "countries": sorted(_countries(e["actors"])),
                                "evidence": e["evidence"],
                            }
                            for e in g
                        ],
                    }
                )
    return rep


def _roles_agree(g: dict, p: Event) -> float:
    """Share of the labeled actors whose country has the same role in ``p``."""
    actors = g["actors"]
    if not actors:
        return 0.0
    have = {(a.country, a.role) for a in p.actors}
    return sum((a["country"], a["role"]) in have for a in actors) / len(actors)


def _match(rep: Report, gold: list[dict], pred: list[Event]) -> None:
    # greedy on the Jaccard overlap of the actor-country sets; among equal overlaps, the
    # pairing whose roles and then status agree (a visit by A to B and one by B to A have
    # the same countries: they must not pair crosswise), then the first in order
    pairs = sorted(
        (
            (
                -_jaccard(_countries(g["actors"]), frozenset(a.country for a in p.actors)),
                -_roles_agree(g, p),
                g["status"] != p.status,
                i,
                j,
            )
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        )
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for *_, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        g, p = gold[i], pred[j]
        rep.matched += 1
        if _countries(g["actors"]) == frozenset(a.country for a in p.actors):
            rep.actor_ok += 1
        if g["status"] == p.status:
            rep.status_ok += 1
        for ga in g["actors"]:
            rep.role_total += 1
            if any(pa.country == ga["country"] and pa.role == ga["role"] for pa in p.actors):
                rep.role_ok += 1
    rep.unmatched += len(gold) - len(used_g)


def _brief(e: Event) -> dict:
    return {
        "status": e.status,
        "countries": sorted({a.country for a in e.actors}),
        "rule": e.rule,
        "evidence": e.evidence.text[:200],
    }


def load(path: Path, corpus: Path | None = None) -> list[dict]:
    """Labeled records of one file; ``corpus_id`` records get their text from the corpus."""
    records = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    return attach_text(records, corpus)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="labeled JSONL (the format of shared/eval/dev.jsonl, or eval/corpus/*.jsonl)",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        help="stories.jsonl.gz for records that name a corpus story (default: shared/corpus beside the repo)",
    )
    p.add_argument("--errors", action="store_true", help="list misses and false alarms")
    p.add_argument("--json", action="store_true", help="print one JSON object as the last line")


def run(args: argparse.Namespace) -> int:
    rep = score([r for f in args.files for r in load(f, args.corpus)])
    summ = rep.summary()
    out = sys.stdout
    out.write(f"{'type':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}\n")
    for t, m in summ["per_type"].items():
        out.write(
            f"{t:<22}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}\n"
        )
    o = summ["overall"]
    out.write(
        f"{'overall (micro)':<22}{o['precision']:>7.3f}{o['recall']:>7.3f}{o['f1']:>7.3f}{o['tp']:>5}{o['fp']:>5}{o['fn']:>5}\n"
    )
    out.write(
        f"actor accuracy {summ['actor_accuracy']:.3f}  role accuracy {summ['role_accuracy']:.3f}  status accuracy {summ['status_accuracy']:.3f}  ({summ['matched_events']} matched events; {summ['unmatched_events_in_tp_pairs']} labeled events in true-positive pairs unmatched)\n"
    )
    if args.errors:
        for e in rep.errors:
            out.write(orjson.dumps(e).decode() + "\n")
    if args.json:
        out.write(orjson.dumps(summ).decode() + "\n")
    return 0

"""Detector throughput on one core: prints one JSON line.

Two workloads, each timed against a baseline measured in the same run (the cost of
decoding the JSON story and lower-casing it, the floor of any detector), so the ratio
is comparable across noisy machines:
- ``diplomatic``: the labeled stories of shared/eval/dev.jsonl repeated to >= 10,000;
- ``mix``: a wire mix where ~90% of stories are non-diplomatic (shared/corpus stories,
  unlabeled news) and ~10% are dev.jsonl stories.

Each workload is timed ``--repeat`` times (default 3) and the best pass is reported, as
``timeit`` does: a worker runs for hours, so the steady state (regex and name caches warm)
is what it sustains, and the best pass is the one least disturbed by other work on a shared
machine. The first (cold) pass and every pass are reported too. As in the worker, the heap
alive after the detector's warm-up is frozen (``gc.freeze``), so full garbage collections do
not walk the gazetteer and rules again and again.

Usage: python bench/detector_bench.py [--n 10000] [--repeat 3] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from streams.commands.worker import freeze_heap
from streams.detector import COMPILED, COMPILED_STATUS, detect
from streams.detector.cli import story_from_json
from streams.detector.engine import DETECTOR_VERSION
from streams.detector.gazetteer import Gazetteer


def load_dev(shared: Path) -> list[bytes]:
    out = []
    for line in (shared / "eval" / "dev.jsonl").read_bytes().splitlines():
        rec = orjson.loads(line)
        out.append(
            orjson.dumps(
                {
                    "id": rec["id"],
                    "headline": rec["headline"],
                    "body": rec["text"],
                    "published": rec["published"],
                }
            )
        )
    return out


def load_corpus(shared: Path, n: int) -> list[bytes]:
    with gzip.open(shared / "corpus" / "stories.jsonl.gz", "rb") as f:
        return [line.rstrip(b"\n") for line in itertools.islice(f, n)]


def baseline(lines: list[bytes]) -> float:
    t = time.perf_counter()
    for i, line in enumerate(lines):
        s = story_from_json(orjson.loads(line), i)
        s.text.lower()
    return len(lines) / (time.perf_counter() - t)


def best_of(repeat: int, run: Callable[[], tuple[float, int]]) -> tuple[float, int, list[float]]:
    """Run ``repeat`` passes: (best rate, events of a pass, every pass's rate). Every pass
    must find the same events (detection is deterministic)."""
    rates, counts = [], set()
    for _ in range(repeat):
        rate, events = run()
        rates.append(rate)
        counts.add(events)
    if len(counts) != 1:
        raise SystemExit(f"passes found different event counts: {sorted(counts)}")
    return max(rates), counts.pop(), rates


def detector(lines: list[bytes]) -> tuple[float, int]:
    events = 0
    t = time.perf_counter()
    for i, line in enumerate(lines):
        events += len(detect(story_from_json(orjson.loads(line), i)))
    return len(lines) / (time.perf_counter() - t), events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3, help="passes per workload (best reported)")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    Gazetteer.default()
    detect(story_from_json({"headline": "warm up", "body": "Putin met Xi in Beijing."}, 0))
    freeze_heap()  # as the worker does after its warm-up (streams/commands/worker.py)

    dev = load_dev(args.shared)
    diplomatic = [dev[i % len(dev)] for i in range(max(args.n, 10_000))]
    n_dipl = max(args.n, 10_000) // 10
    corpus = load_corpus(args.shared, max(args.n, 10_000) - n_dipl)
    # interleaved deterministically: one dev story after every nine corpus stories
    mix = list(
        itertools.chain.from_iterable(
            (*corpus[i * 9 : i * 9 + 9], dev[i % len(dev)]) for i in range(n_dipl)
        )
    )

    repeat = max(1, args.repeat)
    base_d = max(baseline(diplomatic) for _ in range(repeat))
    rate_d, ev_d, passes_d = best_of(repeat, lambda: detector(diplomatic))
    base_m = max(baseline(mix) for _ in range(repeat))
    rate_m, ev_m, passes_m = best_of(repeat, lambda: detector(mix))
    print(
        json.dumps(
            {
                "bench": "detector_throughput",
                "detector_version": DETECTOR_VERSION,
                "gazetteer_version": Gazetteer.default().version,
                "cores": 1,
                # mypyc build of the detector (streams/detector/compiled.py) or pure Python
                "compiled": COMPILED,
                "compiled_status": COMPILED_STATUS,
                "measured": f"best of {repeat} passes per workload, wall clock, one pinned core",
                "diplomatic": {
                    "stories": len(diplomatic),
                    "source": "dev.jsonl repeated",
                    "stories_per_s": round(rate_d, 1),
                    "first_pass_stories_per_s": round(passes_d[0], 1),
                    "passes_stories_per_s": [round(r, 1) for r in passes_d],
                    "baseline_stories_per_s": round(base_d, 1),
                    "ratio_to_baseline": round(rate_d / base_d, 4),
                    "events": ev_d,
                    "target_stories_per_s": 300,
                    "meets_target": rate_d >= 300,
                },
                "mix": {
                    "stories": len(mix),
                    "source": "90% shared corpus + 10% dev.jsonl",
                    "stories_per_s": round(rate_m, 1),
                    "first_pass_stories_per_s": round(passes_m[0], 1),
                    "passes_stories_per_s": [round(r, 1) for r in passes_m],
                    "baseline_stories_per_s": round(base_m, 1),
                    "ratio_to_baseline": round(rate_m / base_m, 4),
                    "events": ev_m,
                    "target_stories_per_s": 2000,
                    "meets_target": rate_m >= 2000,
                },
            }
        )
    )


if __name__ == "__main__":
    main()

"""Worker memory over a soak at a steady rate: one JSON line.

One wire-alerts worker (RocksDB store, default settings) takes stories (corpus + dev.jsonl
mix, ids unique, each pass of a story from its own agency) at ``--rate`` stories/s for
``--duration`` seconds (default 10 minutes); its RSS (/proc/<pid>/status VmRSS) is sampled
every ``--every`` seconds, with the RSS of the processes it started (detector processes,
``WIRE_ALERTS_DETECT_PROCESSES``). Reported: RSS at start (first sample after ready), at the
end of the warm-up (``--warmup``, default 20% of the run), at the end, and the maximum, for
the worker process and for worker + detector processes, with the growth after warm-up of
both (target < 10%, judged on the total).

Usage: python bench/soak.py [--rate 100] [--duration 600] [--every 5] [--window 172800]
                             [--port 39292] [--store rocksdb://] [--env K=V]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
import uuid
from pathlib import Path

from harness import (
    broker,
    create_topics,
    descendants_rss_kib,
    machine,
    metric,
    rss_kib,
    start_worker,
    story_mix,
    wait_ready,
    worker_env,
)


def pace(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]], rate: float) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=5)
    start = time.monotonic()
    for i, (key, value) in enumerate(messages):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        producer.send(topic, key=key, value=value)
    producer.flush(60)
    producer.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--duration", type=float, default=600.0)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    ap.add_argument("--warmup", type=float, default=None, help="seconds (default 20%% of run)")
    ap.add_argument("--port", type=int, default=39292, help="local broker port (+1 controller)")
    ap.add_argument(
        "--window",
        type=float,
        default=172800.0,
        help="dedupe window, seconds (WIRE_ALERTS_DEDUPE_WINDOW_SECONDS; default 48 h): a window "
        "shorter than the run lets entries expire, so bounded state can be told from a leak",
    )
    ap.add_argument(
        "--store",
        default="rocksdb://",
        help="table store (WIRE_ALERTS_STORE): memory:// tells Python growth from RocksDB caches",
    )
    ap.add_argument(
        "--env", action="append", default=[], metavar="K=V", help="extra worker setting"
    )
    args = ap.parse_args()
    warmup = args.warmup if args.warmup is not None else 0.2 * args.duration
    messages, mix = story_mix(int(args.rate * args.duration))
    samples: list[tuple[float, int, int]] = []
    with (
        tempfile.TemporaryDirectory(prefix="wire-alerts-bench-") as tmp_s,
        broker(args.port) as bootstrap,
    ):
        tmp = Path(tmp_s)
        env = worker_env(
            bootstrap,
            f"bench-soak-{uuid.uuid4().hex[:6]}",
            tmp / "data",
            WIRE_ALERTS_DEDUPE_WINDOW_SECONDS=str(args.window),
            WIRE_ALERTS_STORE=args.store,
            **dict(kv.split("=", 1) for kv in args.env),
        )
        create_topics(bootstrap, [env["WIRE_ALERTS_INPUT_TOPIC"]], 6)
        worker = start_worker(env, tmp / "worker.log")
        port = int(env["WIRE_ALERTS_WEB_PORT"])
        try:
            wait_ready(worker, port)
            feeder = threading.Thread(
                target=pace,
                args=(bootstrap, env["WIRE_ALERTS_INPUT_TOPIC"], messages, args.rate),
                daemon=True,
            )
            started = time.monotonic()
            feeder.start()
            while feeder.is_alive() or not samples:
                if not worker.alive():
                    raise RuntimeError(f"worker exited:\n{worker.tail()}")
                samples.append(sample(worker.pid, started))
                feeder.join(args.every)
            samples.append(sample(worker.pid, started))
            consumed = metric(port, "wire_alerts_stories_consumed_total")
            alerts = metric(port, "wire_alerts_alerts_published_total")
            suppressed = metric(port, "wire_alerts_duplicates_suppressed_total")
            dead = metric(port, "wire_alerts_stories_dlq_total")
        finally:
            worker.stop()
    worker_rss = summary([(t, kib) for t, kib, _ in samples], warmup)
    total_rss = summary([(t, kib + kids) for t, kib, kids in samples], warmup)
    growth = total_rss["growth_after_warmup_pct"]
    print(
        json.dumps(
            {
                "bench": "worker_memory_soak",
                "machine": machine(),
                "mix": mix,
                "rate_stories_per_s": args.rate,
                "seconds": round(samples[-1][0], 1),
                "samples": len(samples),
                "warmup_s": warmup,
                "worker_process": worker_rss,
                "worker_and_detector_processes": total_rss,
                "rss_mib_per_minute": [
                    round((kib + kids) / 1024.0, 1)
                    for t, kib, kids in samples
                    if int(t) % 60 < args.every
                ],
                "growth_after_warmup_pct": growth,
                "stories_consumed": consumed,
                "alerts_published": alerts,
                "duplicates_suppressed": suppressed,
                "dead_lettered": dead,
                "dedupe_window_s": args.window,
                "store": args.store,
                "target": "growth < 10% after warm-up",
                "meets_target": growth is not None and growth < 10.0,
            }
        )
    )


def sample(pid: int, started: float) -> tuple[float, int, int]:
    """(seconds since start, worker RSS KiB, its detector processes' RSS KiB)."""
    return time.monotonic() - started, rss_kib(pid), descendants_rss_kib(pid)


def summary(samples: list[tuple[float, int]], warmup: float) -> dict:
    """RSS in MiB at start, after warm-up, at the end and at most, and the growth after
    warm-up in percent."""
    warm = next((kib for t, kib in samples if t >= warmup), samples[-1][1])
    after = [kib for t, kib in samples if t >= warmup]
    end = samples[-1][1]
    mib = 1024.0
    return {
        "start_mib": round(samples[0][1] / mib, 1),
        "after_warmup_mib": round(warm / mib, 1),
        "end_mib": round(end / mib, 1),
        "max_mib": round(max(k for _, k in samples) / mib, 1),
        "max_after_warmup_mib": round(max(after) / mib, 1) if after else None,
        "growth_after_warmup_pct": round((end - warm) / warm * 100.0, 2) if warm else None,
    }


if __name__ == "__main__":
    main()

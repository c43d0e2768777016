"""Throughput through the real broker, three (four) consumers of one input topic: one JSON line.

N stories (the corpus + dev.jsonl mix of :func:`harness.story_mix`) are produced as fast as
possible, then consumed, each by its own consumer group:

a. a plain aiokafka consume -> orjson decode -> produce loop (the client's ceiling);
b. a trivial Faust agent that decodes and forwards (``bench/faust_forward.py``, the
   framework's ceiling);
c. one wire-alerts worker subprocess (``python -m streams worker``, RocksDB store) with its
   default settings (``WIRE_ALERTS_DETECT_PROCESSES=auto``: one detector process on a
   machine with 2+ cores), then the same with detection in the worker process
   (``WIRE_ALERTS_DETECT_PROCESSES=0``, the setting for one core, reported as c0);
d. with ``--two-workers``: two wire-alerts workers in one group, each detecting in its own
   process (``WIRE_ALERTS_DETECT_PROCESSES=0``: one core per worker). They start on a fresh
   topic and the stories are produced once the group has settled, so the run measures two
   workers sharing the partitions, not a rebalance (which replays uncommitted stories and
   republishes their alerts, under the same alert ids).

Rates are stories/s from the first story consumed to the last (a, b: output messages
written; c, d: the workers' ``wire_alerts_stories_consumed_total``); c/a and c/b compare the
product with the ceilings measured in the same run. For b, c and d the same stretch gives the
CPU milliseconds per story of each process taking part (``cpu_ms_per_story``: the Faust agent
or the worker processes, their detection processes, and the local broker): where a machine
shares its cores between them, their sum bounds the rate.

Usage: python bench/throughput.py [--n 20000] [--partitions 6] [--two-workers] [--port 39092]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from harness import (
    BROKER_PIDS,
    Proc,
    broker,
    children,
    cpu_seconds,
    create_topics,
    free_port,
    http_get,
    machine,
    metric,
    produce_all,
    start_worker,
    story_mix,
    worker_env,
)

from streams import config

CONSUMED = "wire_alerts_stories_consumed_total"
DLQ = "wire_alerts_stories_dlq_total"


async def plain_loop(bootstrap: str, src: str, dst: str, n: int) -> dict:
    """(a): aiokafka consumer -> orjson -> aiokafka producer, until n messages forwarded."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    consumer = AIOKafkaConsumer(
        src,
        bootstrap_servers=bootstrap,
        group_id=f"plain-{uuid.uuid4().hex[:6]}",
        auto_offset_reset="earliest",
        enable_auto_commit=True,
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await consumer.start()
    await producer.start()
    count, first = 0, None
    try:
        while count < n:
            batches = await consumer.getmany(timeout_ms=200, max_records=2000)
            for records in batches.values():
                for r in records:
                    if first is None:
                        first = time.perf_counter()
                    doc = orjson.loads(r.value)
                    out = orjson.dumps({"id": doc.get("id"), "headline": doc.get("headline")})
                    await producer.send(dst, key=r.key, value=out)
                    count += 1
        await producer.flush()
        elapsed = time.perf_counter() - (first or time.perf_counter())
    finally:
        await consumer.stop()
        await producer.stop()
    return {"stories_per_s": round(count / elapsed, 1), "seconds": round(elapsed, 2)}


def watch(
    count,
    n: int,
    proc_list: list[Proc],
    timeout: float,
    stall: float = 60.0,
    interval: float = 0.1,
    cpu: Callable[[], dict[str, float]] | None = None,
) -> dict:
    """Poll ``count()`` every ``interval`` s until it reaches n; rate from its first non-zero
    sample. With ``cpu`` (CPU seconds so far of each process taking part), also the CPU
    milliseconds each spent per story over the same stretch.

    A count that stops moving for ``stall`` seconds ends the run: reported as stalled.
    """
    deadline = time.monotonic() + timeout
    first_t, first_c, last, moved = None, 0.0, -1.0, time.monotonic()
    cpu0: dict[str, float] = {}
    while time.monotonic() < deadline:
        for p in proc_list:
            if not p.alive():
                raise RuntimeError(f"process exited:\n{p.tail()}")
        c = count()
        now = time.perf_counter()
        if c > 0 and first_t is None:
            first_t, first_c = now, c
            cpu0 = cpu() if cpu else {}
        if c >= n:
            elapsed = now - first_t
            out: dict[str, Any] = {
                "stories_per_s": round((c - first_c) / elapsed, 1) if elapsed > 0 else None,
                "seconds": round(elapsed, 2),
            }
            if cpu and c > first_c:
                used = cpu()
                out["cpu_ms_per_story"] = {
                    k: round(1000 * (used[k] - cpu0.get(k, 0.0)) / (c - first_c), 3) for k in used
                }
            return out
        if c != last:
            last, moved = c, time.monotonic()
        elif c > 0 and time.monotonic() - moved > stall:
            return {"stories_per_s": None, "stalled": True, "consumed": int(c), "of": n}
        time.sleep(interval)
    return {"stories_per_s": None, "timed_out": True, "consumed": int(last), "of": n}


def run_faust(bootstrap: str, src: str, partitions: int, n: int, tmp: Path) -> dict:
    """(b): the trivial Faust agent; counts its output topic."""
    from kafka import KafkaConsumer, TopicPartition

    dst = f"{src}.faust-out"
    create_topics(bootstrap, [dst], partitions)
    env = {
        "BENCH_BOOTSTRAP": bootstrap,
        "BENCH_APP": f"bench-faust-{uuid.uuid4().hex[:6]}",
        "BENCH_IN": src,
        "BENCH_OUT": dst,
        "BENCH_PARTITIONS": str(partitions),
        "BENCH_WEB_PORT": str(free_port()),
    }
    script = Path(__file__).with_name("faust_forward.py")
    proc = Proc([sys.executable, str(script), "worker", "-l", "info"], env, tmp / "faust.log")
    offsets = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    tps = [TopicPartition(dst, p) for p in range(partitions)]
    try:
        return watch(
            lambda: sum(offsets.end_offsets(tps).values()),
            n,
            [proc],
            600,
            cpu=lambda: {
                "faust": cpu_seconds(proc.pid),
                "broker": cpu_seconds(BROKER_PIDS.get(bootstrap)),
            },
        )
    finally:
        offsets.close()
        proc.stop()


def settle(ports: list[int], partitions: int, hold: float = 3.0, timeout: float = 240.0) -> float:
    """Wait until the workers' input assignments cover every partition exactly once, unchanged
    for ``hold`` seconds (the group has settled: no rebalance will move work). Returns the
    seconds waited."""
    started = time.monotonic()
    stable_since = None  # since when every partition has been held exactly once
    while time.monotonic() - started < timeout:
        docs = [http_get(port, "/ready") for port in ports]
        assigned = sorted(
            p for doc in docs if doc for p in json.loads(doc).get("assigned_partitions", [])
        )
        if all(docs) and assigned == list(range(partitions)):
            if stable_since is None:
                stable_since = time.monotonic()
            elif time.monotonic() - stable_since >= hold:
                return round(time.monotonic() - started, 1)
        else:
            stable_since = None
        time.sleep(0.25)
    raise TimeoutError(f"workers did not settle on {partitions} partitions")


def run_workers(
    bootstrap: str,
    src: str,
    count: int,
    n: int,
    tmp: Path,
    detect_processes: str = "auto",
    messages: list[tuple[bytes, bytes]] | None = None,
    partitions: int = 6,
) -> dict:
    """(c)/(d): ``count`` wire-alerts workers in one group reading ``src``.

    With ``messages``, ``src`` is a new topic: the workers start on it empty, the group
    settles, and only then are the messages produced, so no rebalance moves partitions (and
    replays their uncommitted stories) during the run."""
    app_id = f"bench-wa{count}-{uuid.uuid4().hex[:6]}"
    procs, ports = [], []
    settled = None
    if messages is not None:
        create_topics(bootstrap, [src], partitions)
    try:
        for i in range(count):
            env = worker_env(
                bootstrap,
                app_id,
                tmp / f"{app_id}-{i}",
                WIRE_ALERTS_INPUT_TOPIC=src,
                WIRE_ALERTS_WORKER_ID=f"w{i}",
                WIRE_ALERTS_PARTITIONS="6",
                WIRE_ALERTS_DETECT_PROCESSES=detect_processes,
            )
            ports.append(int(env["WIRE_ALERTS_WEB_PORT"]))
            procs.append(start_worker(env, tmp / f"{app_id}-{i}.log"))

        producer = None
        if messages is not None:
            settled = settle(ports, partitions)
            # produced while the workers consume (and are watched): the rate counts from the
            # first story consumed, so production must not finish before the watch begins
            producer = threading.Thread(target=produce_all, args=(bootstrap, src, messages))
            producer.start()

        def consumed() -> float:
            return sum(metric(p, CONSUMED) + metric(p, DLQ) for p in ports)

        # /metrics is polled twice a second (each scrape costs the worker CPU; Prometheus
        # scrapes every 15 s): the rate is exact to about +-0.5 s over the run
        def cpu() -> dict[str, float]:
            return {
                "worker": sum(cpu_seconds(p.pid) for p in procs),
                "detector": sum(cpu_seconds(k) for p in procs for k in children(p.pid)),
                "broker": cpu_seconds(BROKER_PIDS.get(bootstrap)),
            }

        result = watch(consumed, n, procs, 900, interval=0.5, cpu=cpu)
        if producer is not None:
            producer.join()

        def alerts() -> float:
            return sum(metric(p, "wire_alerts_alerts_published_total") for p in ports)

        # the alerts of the last stories are still on their way through the internal topics
        started, last, steady = time.monotonic(), -1.0, time.monotonic()
        while time.monotonic() - steady < 3.0 and time.monotonic() - started < 30.0:
            now = alerts()
            if now != last:
                last, steady = now, time.monotonic()
            time.sleep(0.25)
        result["alerts_published"] = int(last)
        result["detect_processes"] = config.resolve_detect_processes(detect_processes)  # as run
        if settled is not None:
            result["group_settled_after_s"] = settled
        return result
    finally:
        for p in procs:
            p.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--partitions", type=int, default=6)
    ap.add_argument("--two-workers", action="store_true", help="also run (d): two workers")
    ap.add_argument("--port", type=int, default=39092, help="local broker port (+1 controller)")
    args = ap.parse_args()
    messages, mix = story_mix(args.n)
    with (
        tempfile.TemporaryDirectory(prefix="wire-alerts-bench-") as tmp_s,
        broker(args.port) as bootstrap,
    ):
        tmp = Path(tmp_s)
        src = f"bench-tp-{uuid.uuid4().hex[:6]}.stories"
        create_topics(bootstrap, [src], args.partitions)
        produce_rate = produce_all(bootstrap, src, messages)
        create_topics(bootstrap, [f"{src}.plain-out"], args.partitions)
        a = asyncio.run(plain_loop(bootstrap, src, f"{src}.plain-out", args.n))
        b = run_faust(bootstrap, src, args.partitions, args.n, tmp)
        c = run_workers(bootstrap, src, 1, args.n, tmp)
        c0 = run_workers(bootstrap, src, 1, args.n, tmp, detect_processes="0")
        d = (
            run_workers(bootstrap, f"{src}-d", 2, args.n, tmp, "0", messages, args.partitions)
            if args.two_workers
            else None
        )
    rc = c["stories_per_s"] or 0.0
    rc0 = c0["stories_per_s"] or 0.0
    out = {
        "bench": "pipeline_throughput",
        "machine": machine(),
        "mix": mix,
        "partitions": args.partitions,
        "produce_stories_per_s": round(produce_rate, 1),
        "a_plain_aiokafka": a,
        "b_faust_forward": b,
        "c_wire_alerts_1_worker": c,
        "ratio_c_over_a": round(rc / a["stories_per_s"], 3),
        "ratio_c_over_b": round(rc / b["stories_per_s"], 3),
        # (c) again with WIRE_ALERTS_DETECT_PROCESSES=0: detection in the worker process
        "c0_wire_alerts_1_worker_detect_in_process": c0,
        "ratio_c0_over_b": round(rc0 / b["stories_per_s"], 3),
        "targets": {"c_stories_per_s": 1000, "c_over_b": 0.5},
        "meets_targets": rc >= 1000 and rc / b["stories_per_s"] >= 0.5,
    }
    if d:
        out["d_wire_alerts_2_workers_detect_in_process"] = d
        if d["stories_per_s"] and rc0:
            out["scaling_d_over_c0"] = round(d["stories_per_s"] / rc0, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

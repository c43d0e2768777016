"""Shared parts of the Kafka benchmarks: a broker of their own, the story mix, worker processes.

Each benchmark starts its own broker through :mod:`streams.kafka_local` on a dedicated port
pair with a fresh state directory (removed afterwards), unless ``KAFKA_BOOTSTRAP_SERVERS``
names a cluster; it stops everything it started.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import itertools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import orjson

from streams.config import KafkaSecurity, Settings
from streams.kafka_local import start_broker, stop_broker

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


# ---------------------------------------------------------------------------- broker
# the pid of each local broker a benchmark started, by bootstrap (none for an external cluster)
BROKER_PIDS: dict[str, int | None] = {}


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process so far (0.0 if it is gone or unknown)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The pids of a process's children (its detection processes), from /proc (each thread
    lists the children it started)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


@contextlib.contextmanager
def broker(port: int) -> Iterator[str]:
    """Bootstrap of the cluster in KAFKA_BOOTSTRAP_SERVERS, or of a fresh local broker."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield os.environ["KAFKA_BOOTSTRAP_SERVERS"]
        return
    state = Path(tempfile.mkdtemp(prefix=f"wire-alerts-bench-kafka-{port}-"))
    settings = dataclasses.replace(
        Settings(),
        local_kafka_port=port,
        local_kafka_controller_port=port + 1,
        kafka_state_dir=state,
        security=KafkaSecurity("PLAINTEXT", "PLAIN", "", "", ""),
    )
    try:
        info = start_broker(settings, timeout=120)
        BROKER_PIDS[info.bootstrap] = info.pid
        yield info.bootstrap
    finally:
        stop_broker(settings)
        shutil.rmtree(state, ignore_errors=True)


def create_topics(bootstrap: str, names: list[str], partitions: int) -> None:
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics(
            {n: {"num_partitions": partitions, "replication_factor": 1} for n in names}
        )
        admin.wait_for_topics(names, timeout_ms=30000)
    finally:
        admin.close()


def end_offsets(bootstrap: str, topic: str) -> int:
    """Sum of the end offsets of ``topic`` (messages written so far)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in parts]
        return sum(consumer.end_offsets(tps).values()) if tps else 0
    finally:
        consumer.close()


# ---------------------------------------------------------------------------- stories
def _rfc3339(published: str | None) -> str | None:
    return f"{published}T12:00:00Z" if published and len(published) == 10 else published


def dev_docs() -> list[dict]:
    """shared/eval/dev.jsonl as story.v1 documents."""
    out = []
    for line in (SHARED / "eval" / "dev.jsonl").read_text().splitlines():
        rec = json.loads(line)
        out.append(
            {
                "id": rec["id"],
                "version": 1,
                "agency": "Dev",
                "headline": rec["headline"],
                "body": rec["text"],
                "published": _rfc3339(rec.get("published")),
                "language": "en",
            }
        )
    return out


def corpus_docs() -> list[dict]:
    with gzip.open(SHARED / "corpus" / "stories.jsonl.gz", "rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip()]


def story_mix(n: int, dev_every: int = 10, tag: str = "") -> tuple[list[tuple[bytes, bytes]], dict]:
    """``n`` messages: one dev.jsonl story after every ``dev_every - 1`` corpus stories.

    Ids are made unique per pass (``<tag>id~pass``); each pass of a story gets its own agency
    name, so repeats corroborate (alerts as updates) instead of being suppressed.
    """
    dev, corpus = dev_docs(), corpus_docs()
    n_dev = n // dev_every
    dev_it = itertools.cycle(enumerate(dev))
    corpus_it = itertools.cycle(enumerate(corpus))
    seen: dict[str, int] = {}
    out = []
    for i in range(n):
        _, doc = next(dev_it) if (i + 1) % dev_every == 0 else next(corpus_it)
        k = seen[doc["id"]] = seen.get(doc["id"], -1) + 1
        agency = f"{doc.get('agency') or 'X'} {tag}#{k}"
        msg = {**doc, "id": f"{tag}{doc['id']}~{k}", "agency": agency}
        out.append((msg["id"].encode(), orjson.dumps(msg)))
    mix = {
        "stories": n,
        "from_corpus": n - n_dev,
        "from_dev_jsonl": n_dev,
        "dev_share": round(n_dev / n, 3),
        "sources": "shared/corpus/stories.jsonl.gz (unlabeled news) + shared/eval/dev.jsonl, "
        f"one dev story after every {dev_every - 1} corpus stories, repeated with unique ids",
    }
    return out, mix


def produce_all(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> float:
    """Produce as fast as possible (kafka-python, acks=1, batched); messages/s."""
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks=1, linger_ms=20, batch_size=256 * 1024
    )
    started = time.perf_counter()
    for key, value in messages:
        producer.send(topic, key=key, value=value)
    producer.flush(300)
    elapsed = time.perf_counter() - started
    producer.close()
    return len(messages) / elapsed


# ---------------------------------------------------------------------------- processes
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Proc:
    """A child process in its own process group, output to a log file; stopped by pid."""

    def __init__(self, cmd: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "ab") as fh:
            self.proc = subprocess.Popen(
                cmd,
                cwd=REPO,
                env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
                stdin=subprocess.DEVNULL,
                stdout=fh,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self, n: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])

    def stop(self, timeout: float = 30.0) -> int:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return int(self.proc.returncode)


def worker_env(bootstrap: str, app_id: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment of a wire-alerts worker in its own namespace (topics prefixed app_id)."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
        "WIRE_ALERTS_APP_ID": app_id,
        "WIRE_ALERTS_INPUT_TOPIC": f"{app_id}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"{app_id}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"{app_id}.alerts",
        "WIRE_ALERTS_DATA_DIR": str(data_dir),
        "WIRE_ALERTS_WEB_PORT": str(free_port()),
        **extra,
    }


def start_worker(env: dict[str, str], log: Path) -> Proc:
    return Proc([sys.executable, "-m", "streams", "worker", "-l", "warning"], env, log)


def http_get(port: int, path: str) -> bytes | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as resp:
            return resp.read()
    except OSError:
        return None


def wait_ready(proc: Proc, port: int, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive():
            raise RuntimeError(f"worker exited:\n{proc.tail()}")
        doc = http_get(port, "/ready")
        if doc and json.loads(doc).get("ready"):
            return
        time.sleep(0.5)
    raise TimeoutError(f"worker not ready:\n{proc.tail()}")


def metric(port: int, name: str) -> float:
    """Sum of every sample of ``name`` on a worker's /metrics (0 when unreachable)."""
    text = (http_get(port, "/metrics") or b"").decode()
    total = 0.0
    for line in text.splitlines():
        head, _, value = line.rpartition(" ")
        if head.split("{", 1)[0] == name:
            total += float(value)
    return total


def histogram(port: int, name: str) -> dict[str, dict[float, float]]:
    """Cumulative bucket counts of a labelled histogram on a worker's /metrics, per value of
    its first label: ``{label: {upper bound: count}}``."""
    text = (http_get(port, "/metrics") or b"").decode()
    out: dict[str, dict[float, float]] = {}
    for line in text.splitlines():
        if not line.startswith(f"{name}_bucket{{"):
            continue
        head, _, value = line.rpartition(" ")
        labels = dict(
            part.split("=", 1) for part in head[head.index("{") + 1 : -1].split(",") if part
        )
        le = labels.pop("le").strip('"')
        key = next(iter(labels.values()), "").strip('"')
        out.setdefault(key, {})[float(le)] = float(value)
    return out


def bucket_percentile(before: dict[float, float], after: dict[float, float], q: float) -> float:
    """Upper bound of the bucket holding the q-th percentile of the observations made between
    two scrapes of one histogram (inf when it is in the last bucket; nan when none)."""
    bounds = sorted(after)
    counts = [after[b] - before.get(b, 0.0) for b in bounds]
    total = counts[-1] if counts else 0.0
    if total <= 0:
        return float("nan")
    for bound, count in zip(bounds, counts, strict=True):
        if count >= total * q / 100.0:
            return bound
    return float("inf")


def rss_kib(pid: int) -> int:
    """Resident set size of a process (KiB, from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def descendants(pid: int) -> list[int]:
    """Every process started by ``pid`` and by its children (from /proc)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                kids = [int(k) for k in (task / "children").read_text().split()]
                found += kids
                todo += kids
    return found


def descendants_rss_kib(pid: int) -> int:
    """Resident set size of the processes ``pid`` started (detector processes), KiB."""
    total = 0
    for child in descendants(pid):
        with contextlib.suppress(OSError):
            total += rss_kib(child)
    return total


def machine() -> dict:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "cpu": model, "load_avg_1m": round(os.getloadavg()[0], 2)}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]

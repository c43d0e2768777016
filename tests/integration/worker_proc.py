"""Run the real worker (``python -m streams worker``) as a subprocess for integration tests.

Also small Kafka helpers for the tests: :class:`TopicReader`, :func:`produce`,
:func:`committed_offsets`, :func:`metric_total`.

``WorkerProc`` starts it with a given environment, waits until its ``/ready`` endpoint says
it holds its partitions, and stops it like an operator would: SIGTERM, wait, SIGKILL as a
last resort. The worker's combined stdout/stderr goes to a log file the tests can read.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn(cmd: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    """Start ``cmd`` in its own session, stdout and stderr appended to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            cmd,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def terminate(proc: subprocess.Popen[bytes], timeout: float) -> int:
    """SIGTERM, wait up to ``timeout`` s, then SIGKILL the process group; the exit code."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    return int(proc.returncode)


class WorkerProc:
    """One worker process; use as a context manager or call start()/stop()."""

    def __init__(
        self,
        env: dict[str, str],
        log_path: Path,
        *,
        args: list[str] | None = None,
        python: str = sys.executable,
    ) -> None:
        self.env = {**os.environ, **env}
        self.env.setdefault("WIRE_ALERTS_WEB_PORT", str(free_port()))
        self.env.setdefault("PYTHONUNBUFFERED", "1")
        self.port = int(self.env["WIRE_ALERTS_WEB_PORT"])
        self.log_path = log_path
        self.cmd = [python, "-m", "streams", "worker", "-l", "info", *(args or [])]
        self.proc: subprocess.Popen[bytes] | None = None
        self.returncode: int | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> WorkerProc:
        self.proc = spawn(self.cmd, self.env, self.log_path)
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ready_doc(self) -> dict | None:
        url = f"http://127.0.0.1:{self.port}/ready"
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            with contextlib.suppress(ValueError):
                return json.loads(exc.read())
            return None
        except (OSError, ValueError):
            return None

    def wait_ready(self, timeout: float = 90.0) -> dict:
        """Block until /ready answers 200; raise with the log tail if the worker dies or stalls."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"worker exited early (rc={self.proc.poll()}):\n{self.tail()}")
            doc = self.ready_doc()
            if doc and doc.get("ready"):
                return doc
            time.sleep(0.5)
        raise TimeoutError(f"worker not ready after {timeout:.0f}s:\n{self.tail()}")

    def metrics(self) -> str:
        url = f"http://127.0.0.1:{self.port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.read().decode()

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, wait up to ``timeout`` s, then SIGKILL; return the exit code."""
        if self.proc is None:
            return 0
        self.returncode = terminate(self.proc, timeout)
        return self.returncode

    def kill(self) -> None:
        """SIGKILL the worker (a crash: nothing is flushed or committed)."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
            self.returncode = self.proc.returncode

    def dump_tasks(self, settle: float = 2.0) -> None:
        """Ask the worker to log the stack of every asyncio task (mode's SIGUSR1 "cry"),
        for the diagnosis of a stall; its detection processes are not signalled."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGUSR1)
            time.sleep(settle)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def tail(self, n: int = 60) -> str:
        return "\n".join(self.log().splitlines()[-n:])

    def __enter__(self) -> WorkerProc:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ---------------------------------------------------------------------- topic I/O for tests
def start_group(env: dict[str, str], tmp_path: Path, count: int = 2) -> list[WorkerProc]:
    """``count`` workers of one consumer group: ids w1.., data dirs d1.., logs worker-<i>.log."""
    return [
        WorkerProc(
            {
                **env,
                "WIRE_ALERTS_WORKER_ID": f"w{i}",
                "WIRE_ALERTS_DATA_DIR": str(tmp_path / f"d{i}"),
            },
            tmp_path / f"worker-{i}.log",
        ).start()
        for i in range(1, count + 1)
    ]


def wait_all_ready(
    workers: list[WorkerProc],
    timeout: float = 120.0,
    until: Callable[[list[dict]], bool] = lambda docs: True,
) -> list[dict]:
    """The /ready documents once every worker is ready (and ``until`` holds for them);
    fails if one dies or the timeout passes."""
    deadline = time.monotonic() + timeout
    while True:
        docs = [w.ready_doc() or {} for w in workers]
        if all(d.get("ready") for d in docs) and until(docs):
            return docs
        assert time.monotonic() < deadline, docs
        assert all(w.alive() for w in workers), [w.tail() for w in workers]
        time.sleep(0.5)


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, bytes]

    def json(self) -> dict:
        return json.loads(self.value or b"null")


class TopicReader:
    """Reads every partition of some topics from the beginning, accumulating records."""

    def __init__(self, bootstrap: str, *topics: str, read_committed: bool = False) -> None:
        from kafka import KafkaConsumer, TopicPartition

        self.consumer = KafkaConsumer(
            bootstrap_servers=bootstrap,
            group_id=None,
            enable_auto_commit=False,
            isolation_level="read_committed" if read_committed else "read_uncommitted",
        )
        tps = []
        deadline = time.monotonic() + 30
        for topic in topics:
            parts = None
            while not parts and time.monotonic() < deadline:
                parts = self.consumer.partitions_for_topic(topic)
                if not parts:
                    time.sleep(0.2)
            assert parts, f"topic {topic} does not exist"
            tps += [TopicPartition(topic, p) for p in sorted(parts)]
        self.consumer.assign(tps)
        self.consumer.seek_to_beginning(*tps)
        self.records: list[Record] = []

    def poll(self, seconds: float = 0.5) -> list[Record]:
        new: list[Record] = []
        for batch in self.consumer.poll(timeout_ms=int(seconds * 1000)).values():
            for r in batch:
                new.append(
                    Record(r.topic, r.partition, r.offset, r.key, r.value, dict(r.headers or []))
                )
        self.records += new
        return new

    def wait_for(
        self, predicate: Callable[[list[Record]], bool], timeout: float = 60.0
    ) -> list[Record]:
        """Poll until ``predicate(all records so far)`` holds; fail with what was seen."""
        deadline = time.monotonic() + timeout
        while not predicate(self.records):
            if time.monotonic() > deadline:
                seen = [
                    (r.topic, r.headers.get("dlq.reason") or r.headers.get("alert-type"))
                    for r in self.records
                ]
                raise AssertionError(f"condition not met after {timeout:.0f}s; seen: {seen}")
            self.poll(0.5)
        return self.records

    def settle(self, seconds: float) -> list[Record]:
        """Keep polling for ``seconds`` (to check that nothing more arrives)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.poll(0.3)
        return self.records

    def close(self) -> None:
        self.consumer.close()


def produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes | None]]) -> None:
    """Send (key, value) pairs in order and wait until all are acknowledged."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        for key, value in messages:
            producer.send(topic, key=key, value=value)
        producer.flush(30)
    finally:
        producer.close()


def metric_total(text: str, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` (Prometheus text format) matching ``labels``."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name) or line.startswith("#"):
            continue
        head, _, value = line.rpartition(" ")
        metric, _, label_text = head.partition("{")
        if metric != name:
            continue
        if all(f'{k}="{v}"' in label_text for k, v in labels.items()):
            total += float(value)
    return total


def committed_offsets(
    bootstrap: str, group: str, topic: str
) -> tuple[dict[int, int], dict[int, int]]:
    """(committed offset, end offset) per partition of ``topic`` for consumer group ``group``."""
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        ends = {tp.partition: off for tp, off in consumer.end_offsets(tps).items()}
        committed = {
            tp.partition: meta.offset
            for tp, meta in admin.list_group_offsets(group).get(group, {}).items()
            if tp.topic == topic
        }
    finally:
        consumer.close()
        admin.close()
    return committed, ends


def delete_topics(bootstrap: str, prefix: str) -> list[str]:
    """Delete every topic whose name starts with ``prefix`` (a test's namespace)."""
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        doomed = [t for t in admin.list_topics() if t.startswith(prefix)]
        if doomed:
            with contextlib.suppress(Exception):
                admin.delete_topics(doomed)
        return doomed
    finally:
        admin.close()


# ---------------------------------------------------------------------- test stories
SAMPLES = REPO / "streams" / "samples" / "stories.jsonl"
TYPES = ("summit_invitation", "leader_call")


def seed(story_id: str, agency: str, published: str | None, **extra: object) -> dict:
    """The seed story (Trump invited Putin during a phone call) under another id/agency/date."""
    doc = json.loads(SAMPLES.read_text().splitlines()[0])
    doc.update(id=story_id, agency=agency, published=published, **extra)
    return doc


def message(doc: dict) -> tuple[bytes, bytes]:
    """(key, value) of a story message."""
    return doc["id"].encode(), json.dumps(doc, ensure_ascii=False).encode()


def of_stories(records: list[Record], *story_ids: str) -> list[dict]:
    return [a for a in (r.json() for r in records) if a["story"]["id"] in story_ids]


def by_type(alerts: list[dict], etype: str) -> list[dict]:
    return [a for a in alerts if a["type"] == etype]


def has_types(story_ids: tuple[str, ...], per_type: int = 1):
    def check(records: list[Record]) -> bool:
        found = of_stories(records, *story_ids)
        return all(len(by_type(found, t)) >= per_type for t in TYPES)

    return check

"""Issue 5, item 5: a real Prometheus scrapes a real worker fed with real stories.

The worker (``python -m streams worker``, via worker_proc) runs against the test broker; a
Prometheus server (Debian's ``prometheus``) runs on 127.0.0.1 with the repo's
deploy/prometheus/prometheus.yml, rewritten only for the target addresses and the rule/file_sd
paths. Through Prometheus' HTTP API the test checks that the counters move with the right
labels, that every recording-rule and dashboard expression evaluates without error and with
data, and that every metric name the dashboards and rules use is one the worker exports.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import observability_tools as obs  # noqa: E402
from worker_proc import REPO, TopicReader, WorkerProc, free_port, produce  # noqa: E402

from streams.metrics import LATEST_ALERTS_PER_PRIORITY  # noqa: E402

pytestmark = pytest.mark.timeout(420)

SAMPLES = REPO / "streams" / "samples" / "stories.jsonl"
JOB = "wire-alerts"
PARTITIONS = 2
SEED_ID = "reuters-seed-trump-putin"


# ---------------------------------------------------------------- Prometheus


def rewrite_prometheus_config(worker: str, prometheus: str) -> dict[str, Any]:
    """The repo's prometheus.yml with only target addresses and file paths changed."""
    cfg = obs.load_yaml(obs.PROMETHEUS_CONFIG)
    cfg["rule_files"] = [str(obs.PROMETHEUS_DIR / f) for f in cfg["rule_files"]]
    for job in cfg["scrape_configs"]:
        target = worker if job["job_name"] == JOB else prometheus
        for sc in job.get("static_configs", []):
            sc["targets"] = [target]
        for sd in job.get("file_sd_configs", []):
            sd["files"] = [str(obs.PROMETHEUS_DIR / f) for f in sd["files"]]
    return cfg


class Prometheus:
    """A Prometheus server process and a tiny client of its HTTP API."""

    def __init__(self, config: Path, data: Path, port: int, log: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        binary = shutil.which("prometheus")
        if binary is None:
            pytest.fail("prometheus is not installed: apt-get install prometheus", pytrace=False)
        self.log = log
        with open(log, "wb") as fh:
            self.proc = subprocess.Popen(
                [
                    binary,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={data}",
                    f"--web.listen-address=127.0.0.1:{port}",
                    "--storage.tsdb.retention.time=2h",
                    "--log.level=warn",
                ],
                stdin=subprocess.DEVNULL,
                stdout=fh,
                stderr=subprocess.STDOUT,
            )

    def api(self, path: str, **params: str) -> Any:
        url = f"{self.url}/api/v1/{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(url, timeout=10) as resp:
            doc = json.loads(resp.read())
        assert doc["status"] == "success", doc
        return doc["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Instant query; a PromQL error raises (HTTP 400) with Prometheus' message."""
        try:
            data = self.api("query", query=expr)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{expr!r}: {exc.read().decode()}") from exc
        assert data["resultType"] in ("vector", "scalar"), data
        return data["result"] if data["resultType"] == "vector" else [{"value": data["result"]}]

    def value(self, expr: str) -> float:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else 0.0

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.url}/-/ready", timeout=2) as resp,
            ):
                if resp.status == 200:
                    return
            assert self.proc.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, f"prometheus not ready:\n{self.log.read_text()}"
            time.sleep(0.3)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def wait_until(what: str, check: Callable[[], bool], timeout: float, every: float = 1.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out after {timeout:.0f}s waiting for {what}"
        time.sleep(every)


# ---------------------------------------------------------------- fixtures


@pytest.fixture
def topics(unique_name: Callable[[str], str]) -> dict[str, str]:
    base = unique_name("obs")
    return {
        "WIRE_ALERTS_APP_ID": base,
        "WIRE_ALERTS_INPUT_TOPIC": f"{base}.stories",
        "WIRE_ALERTS_DLQ_TOPIC": f"{base}.stories.dlq",
        "WIRE_ALERTS_ALERTS_TOPIC": f"{base}.alerts",
    }


@pytest.fixture
def worker(kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path) -> Iterator[WorkerProc]:
    env = {
        **topics,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "WIRE_ALERTS_PARTITIONS": str(PARTITIONS),
        "WIRE_ALERTS_DATA_DIR": str(tmp_path / "worker-data"),
        "WIRE_ALERTS_WEB_HOST": "127.0.0.1",
    }
    proc = WorkerProc(env, tmp_path / "worker.log").start()
    try:
        proc.wait_ready(120)
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def prometheus(worker: WorkerProc, tmp_path: Path) -> Iterator[Prometheus]:
    port = free_port()
    cfg = rewrite_prometheus_config(f"127.0.0.1:{worker.port}", f"127.0.0.1:{port}")
    config = tmp_path / "prometheus.yml"
    config.write_text(yaml.safe_dump(cfg, sort_keys=False))
    prom = Prometheus(config, tmp_path / "prometheus-data", port, tmp_path / "prometheus.log")
    try:
        prom.wait_ready()
        yield prom
    finally:
        prom.stop()


# ---------------------------------------------------------------- the stories


def sample_stories() -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in SAMPLES.read_bytes().splitlines() if line.strip()]


def second_batch(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The seed story again, told by AP (corroboration: update alerts) and by Reuters under a
    new id (a pure repeat: duplicates suppressed)."""
    seed = next(s for s in stories if s["id"] == SEED_ID)
    ap = {**seed, "id": f"{SEED_ID}-ap", "agency": "AP"}
    repeat = {**seed, "id": f"{SEED_ID}-again"}
    return [ap, repeat]


BAD_MESSAGES: list[tuple[bytes | None, bytes | None]] = [
    (b"bad-1", b"{this is not json"),
    (b"bad-2", b'{"id": "x-empty", "version": 1, "agency": "AP", "headline": "h", "body": "  "}'),
    (b"bad-3", b"\xff\xfe not utf-8"),
]
BAD_REASONS = {"not_json", "empty_body", "not_utf8"}


def feed(worker: WorkerProc, path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "streams", "feed", str(path), "--quiet"],
        cwd=REPO,
        env=worker.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def check_latest_p1_alerts(prom: Prometheus, bootstrap: str, alerts_topic: str) -> None:
    """The latest-P1 gauge holds the newest P1 (type, actors) pairs of the alert topic."""
    total = prom.value(f'sum(wire_alerts_alerts_published_total{{job="{JOB}"}})')
    reader = TopicReader(bootstrap, alerts_topic)
    try:
        records = reader.wait_for(lambda recs: len(recs) >= total, timeout=60)
    finally:
        reader.close()
    latest: dict[tuple[str, str], float] = {}
    for record in records:
        alert = record.json()
        if alert["priority"] != "P1":
            continue
        names = {
            a["name"] for a in alert["event"]["actors"] if a["role"] not in ("venue", "location")
        }
        key = (alert["type"], ", ".join(sorted(names))[:80])
        published = datetime.fromisoformat(alert["timestamps"]["published"]).timestamp()
        latest[key] = max(latest.get(key, 0.0), published)
    assert latest, "no P1 alert was published"
    gauge = {
        (r["metric"]["type"], r["metric"]["actors"]): float(r["value"][1])
        for r in prom.query(
            f'wire_alerts_latest_alert_timestamp_seconds{{job="{JOB}", priority="P1"}}'
        )
    }
    assert len(gauge) == min(LATEST_ALERTS_PER_PRIORITY, len(latest)), gauge
    for key, value in gauge.items():
        assert abs(latest[key] - value) < 0.002, (key, latest.get(key), value)
    oldest_shown = min(gauge.values())
    newer = {k for k, t in latest.items() if t > oldest_shown + 0.002}
    assert newer <= set(gauge), f"newer P1 alerts missing from the gauge: {newer - set(gauge)}"


def dashboard_failures(prom: Prometheus) -> list[str]:
    """Dashboard queries (with $job and Grafana's macros filled in) that fail, are empty or
    are not finite numbers."""
    failures = []
    for dashboard, panel, expr in obs.dashboard_queries():
        # $__rate_interval: Grafana's minimum is 4 x scrape interval (1m); 5m keeps the
        # Faust commit-latency quantile defined on a slow machine where the checks run
        # more than a minute after the last commit.
        promql = obs.grafana_to_promql(expr, job=JOB, rate_interval="5m")
        result = prom.query(promql)  # a PromQL error fails the test at once
        values = [float(r["value"][1]) for r in result]
        if not values:
            failures.append(f"{dashboard} / {panel}: no data for {promql}")
        elif not all(math.isfinite(v) for v in values):
            failures.append(f"{dashboard} / {panel}: non-finite {values} for {promql}")
    return failures


def rfc3339(text: str) -> float:
    """Prometheus' RFC 3339 times (nanoseconds, Z) -> epoch seconds."""
    head, _, frac = text.rstrip("Z").partition(".")
    return datetime.fromisoformat(head + "+00:00").timestamp() + float("0." + (frac or "0"))


# ---------------------------------------------------------------- the test


def test_prometheus_scrapes_worker_and_every_query_has_data(
    kafka_bootstrap: str,
    topics: dict[str, str],
    worker: WorkerProc,
    prometheus: Prometheus,
    tmp_path: Path,
) -> None:
    prom = prometheus
    # The rewrite touched only addresses and paths.
    original = obs.load_yaml(obs.PROMETHEUS_CONFIG)
    rewritten = yaml.safe_load((tmp_path / "prometheus.yml").read_text())
    for cfg in (original, rewritten):
        cfg.pop("rule_files")
        for job in cfg["scrape_configs"]:
            job.pop("static_configs")
            job.pop("file_sd_configs", None)
    assert original == rewritten

    # /health and /ready of the real worker.
    ready = worker.ready_doc()
    assert ready and ready["ready"] is True
    assert ready["assigned_partitions"] == list(range(PARTITIONS))
    with urllib.request.urlopen(f"http://127.0.0.1:{worker.port}/health", timeout=5) as r:
        assert json.loads(r.read())["status"] == "ok"

    wait_until(
        "Prometheus to scrape the worker",
        lambda: prom.value(f'up{{job="{JOB}"}}') == 1.0,
        timeout=60,
    )

    # Batch 1: the bundled sample stories (real stories of several agencies) and bad input.
    stories = sample_stories()
    batch1 = tmp_path / "batch1.jsonl"
    batch1.write_bytes(b"\n".join(orjson.dumps(s) for s in stories) + b"\n")
    feed(worker, batch1)
    produce(kafka_bootstrap, topics["WIRE_ALERTS_INPUT_TOPIC"], BAD_MESSAGES)
    n1 = len(stories)
    wait_until(
        "Prometheus to see batch 1",
        lambda: (
            prom.value(f'sum(wire_alerts_stories_consumed_total{{job="{JOB}"}})') >= n1
            and prom.value(f'sum(wire_alerts_stories_dlq_total{{job="{JOB}"}})')
            >= len(BAD_MESSAGES)
        ),
        timeout=120,
    )
    alerts1 = prom.value(f'sum(wire_alerts_alerts_published_total{{job="{JOB}"}})')
    assert alerts1 > 0

    # Batch 2, after Prometheus holds batch 1: the counters must move again.
    batch2 = tmp_path / "batch2.jsonl"
    batch2.write_bytes(b"\n".join(orjson.dumps(s) for s in second_batch(stories)) + b"\n")
    feed(worker, batch2)
    wait_until(
        "Prometheus to see batch 2",
        lambda: (
            prom.value(f'sum(wire_alerts_stories_consumed_total{{job="{JOB}"}})') >= n1 + 2
            and prom.value(f'sum(wire_alerts_duplicates_suppressed_total{{job="{JOB}"}})') > 0
            and prom.value(
                f'sum(wire_alerts_alerts_published_total{{job="{JOB}", status="update"}})'
            )
            > 0
        ),
        timeout=120,
    )
    batch2_seen = time.time()

    # Counters with the right labels, exactly as fed.
    consumed = {
        r["metric"]["agency"]: float(r["value"][1])
        for r in prom.query(f'wire_alerts_stories_consumed_total{{job="{JOB}"}}')
    }
    expected_agencies: dict[str, float] = {}
    for s in stories + second_batch(stories):
        expected_agencies[s["agency"]] = expected_agencies.get(s["agency"], 0) + 1
    assert consumed == expected_agencies
    dlq = {
        r["metric"]["reason"]
        for r in prom.query(f'wire_alerts_stories_dlq_total{{job="{JOB}"}} > 0')
    }
    assert dlq == BAD_REASONS
    types = {
        r["metric"]["type"]
        for r in prom.query(f'wire_alerts_events_detected_total{{job="{JOB}"}} > 0')
    }
    assert {"summit_invitation", "leader_call"} <= types
    published = prom.query(f'wire_alerts_alerts_published_total{{job="{JOB}"}} > 0')
    assert {r["metric"]["status"] for r in published} == {"new", "update"}
    assert {r["metric"]["priority"] for r in published} <= {"P1", "P2", "P3"}
    assert {r["metric"]["type"] for r in published} <= types
    moved = prom.query(f'increase(wire_alerts_stories_consumed_total{{job="{JOB}"}}[5m]) > 0')
    assert moved, "stories_consumed did not increase between scrapes"
    assert prom.value(f'sum(wire_alerts_alerts_published_total{{job="{JOB}"}})') > alerts1
    assert prom.value(f'wire_alerts_end_to_end_latency_seconds_count{{job="{JOB}"}}') > 0
    assert prom.value(f'wire_alerts_detection_duration_seconds_count{{job="{JOB}"}}') >= n1
    assert prom.value(f'wire_alerts_assigned_partitions{{job="{JOB}"}}') == PARTITIONS
    lag_parts = {
        r["metric"]["partition"]
        for r in prom.query(
            f'wire_alerts_consumer_lag_messages{{job="{JOB}", topic="{topics["WIRE_ALERTS_INPUT_TOPIC"]}"}}'
        )
    }
    assert lag_parts == {str(p) for p in range(PARTITIONS)}
    check_latest_p1_alerts(prom, kafka_bootstrap, topics["WIRE_ALERTS_ALERTS_TOPIC"])
    build = prom.query(f'wire_alerts_build_info{{job="{JOB}"}}')
    assert build and build[0]["metric"]["version"]

    # Recording rules: Prometheus evaluates them without error, and they have data.
    def rules_ok() -> bool:
        groups = prom.api("rules", type="record")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        return len(rules) == len(obs.rules("record")) and all(r["health"] == "ok" for r in rules)

    wait_until("every recording rule to be evaluated", rules_ok, timeout=90, every=2)
    for rule in obs.rules("record"):
        result = prom.query(rule["expr"])
        assert result, f"{rule['record']}: no data for {rule['expr']}"

    # Dashboard queries, with $job and Grafana's macros filled in: data, and finite numbers.
    # deriv() over a recorded series needs two evaluations of the rule.
    wait_until(
        "two evaluations of the lag recording rule",
        lambda: bool(prom.query("deriv(job:wire_alerts_consumer_lag_messages:sum[10m])")),
        timeout=60,
        every=2,
    )
    failures = dashboard_failures(prom)
    deadline = time.monotonic() + 90  # recorded series appear at the next rule evaluation
    while failures and time.monotonic() < deadline:
        time.sleep(3)
        failures = dashboard_failures(prom)
    assert not failures, "\n".join(failures)
    for dashboard, name, query in obs.variable_queries():
        (metric,) = obs.metric_names(query)
        jobs = prom.api("label/job/values", **{"match[]": metric})
        assert JOB in jobs, f"{dashboard}: ${name} would be empty"

    # Every metric name in dashboards and rules is one the worker really exports.
    scraped = set(prom.api("label/__name__/values", **{"match[]": f'{{job="{JOB}"}}'}))
    known = scraped | obs.recorded_names() | {"up"}
    used: set[str] = set()
    for _, _, expr in obs.dashboard_queries():
        used |= obs.metric_names(expr)
    for _, _, query in obs.variable_queries():
        used |= obs.metric_names(query)
    for rule in obs.rules("record") + obs.rules("alert"):
        used |= obs.metric_names(rule["expr"])
    assert used - known == set(), f"used but not exported by the worker: {sorted(used - known)}"

    # No on-call alert fires on this healthy pipeline (pending or firing), once the alert
    # rules have been evaluated on batch 2 (before the first story, NoStoriesIngested is
    # rightly pending: the worker is up and has consumed nothing).
    def alerts_evaluated_after(t: float) -> bool:
        groups = prom.api("rules", type="alert")["groups"]
        return all(rfc3339(g["lastEvaluation"]) > t for g in groups)

    wait_until("the alert rules to run on batch 2", lambda: alerts_evaluated_after(batch2_seen), 60)
    firing = [
        (a["labels"]["alertname"], a["state"])
        for a in prom.api("alerts")["alerts"]
        if a["labels"].get("job", JOB) == JOB
    ]
    assert firing == [], firing

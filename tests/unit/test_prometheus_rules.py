"""Prometheus and Alertmanager configuration, checked by the real tools.

``promtool check config``, ``promtool check rules``, ``promtool test rules`` (the unit tests in
deploy/prometheus/tests/), ``amtool check-config`` and ``amtool config routes test``, plus a real
Alertmanager process that must inhibit symptom alerts while WireAlertsWorkerDown fires and
deliver the rest to the editors' webhook. The tools come from Debian's ``prometheus`` and
``prometheus-alertmanager`` packages (.ci/run installs them); a missing tool fails the test.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import observability_tools as obs  # noqa: E402


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed: apt-get install prometheus prometheus-alertmanager",
            pytrace=False,
        )
    return path


def run(*cmd: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=obs.REPO, capture_output=True, text=True, timeout=timeout, check=False
    )


def assert_ok(proc: subprocess.CompletedProcess[str]) -> str:
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{' '.join(proc.args)} failed:\n{out}"
    return out


# ---------------------------------------------------------------- promtool


def test_promtool_check_config() -> None:
    out = assert_ok(run(tool("promtool"), "check", "config", str(obs.PROMETHEUS_CONFIG)))
    assert "SUCCESS" in out and "2 rule files found" in out


def test_promtool_check_rules() -> None:
    out = assert_ok(run(tool("promtool"), "check", "rules", *map(str, obs.RULE_FILES)))
    found = sum(int(n) for n in re.findall(r"SUCCESS: (\d+) rules found", out))
    assert found == len(obs.rules("record")) + len(obs.rules("alert"))


def test_promtool_rule_unit_tests_pass() -> None:
    assert obs.RULE_TEST_FILES, "no promtool unit tests in deploy/prometheus/tests/"
    out = assert_ok(run(tool("promtool"), "test", "rules", *map(str, obs.RULE_TEST_FILES)))
    assert out.count("SUCCESS") == len(obs.RULE_TEST_FILES)


def test_promtool_unit_tests_catch_a_broken_threshold(tmp_path: Path) -> None:
    """The unit tests are not vacuous: a rules file with a wrong threshold fails them."""
    rules_dir = tmp_path / "rules"
    tests_dir = tmp_path / "tests"
    shutil.copytree(obs.PROMETHEUS_DIR / "rules", rules_dir)
    shutil.copytree(obs.PROMETHEUS_DIR / "tests", tests_dir)
    alerts = rules_dir / "alerts.yml"
    text = alerts.read_text()
    assert "> 0.05" in text
    alerts.write_text(text.replace("> 0.05", "> 0.5", 1))  # DLQRateHigh would never fire
    suite = obs.load_yaml(tests_dir / "alerts_test.yml")
    suite["tests"] = [t for t in suite["tests"] if t["name"].endswith("fires DLQRateHigh")]
    assert suite["tests"]
    only_dlq = tests_dir / "dlq_test.yml"
    only_dlq.write_text(yaml.safe_dump(suite))
    proc = run(tool("promtool"), "test", "rules", str(only_dlq))
    assert proc.returncode != 0
    assert "DLQRateHigh" in proc.stdout + proc.stderr
    alerts.write_text(text)  # and the intact rules pass the same cases
    assert_ok(run(tool("promtool"), "test", "rules", str(only_dlq)))


# ---------------------------------------------------------------- rule content


def test_required_alerts_exist() -> None:
    names = [r["alert"] for r in obs.rules("alert")]
    assert sorted(names) == sorted(obs.REQUIRED_ALERTS)


@pytest.mark.parametrize("rule", obs.rules("alert"), ids=lambda r: r["alert"])
def test_alert_has_severity_annotations_and_runbook(rule: dict[str, Any]) -> None:
    assert rule["labels"]["severity"] in ("critical", "warning")
    assert rule["labels"]["team"] == "editors-oncall"
    ann = rule["annotations"]
    assert ann["summary"].strip() and ann["description"].strip()
    runbook = obs.REPO / ann["runbook_url"]
    assert runbook == obs.RUNBOOK_DIR / f"{rule['alert']}.md", ann["runbook_url"]
    text = runbook.read_text()
    assert text.startswith(f"# {rule['alert']}\n")
    assert "## Diagnose" in text and "## Mitigate" in text
    assert rule.get("for"), "every alert waits before firing (no flapping on one scrape)"


def test_runbook_index_lists_every_alert() -> None:
    index = (obs.RUNBOOK_DIR / "README.md").read_text()
    for name in obs.REQUIRED_ALERTS:
        assert f"({name}.md)" in index


def _alert_tests() -> dict[str, dict[str, int]]:
    """alertname -> {"fire": n, "silent": n} over all promtool unit tests."""
    seen: dict[str, dict[str, int]] = {}
    for path in obs.RULE_TEST_FILES:
        for case in obs.load_yaml(path)["tests"]:
            for check in case.get("alert_rule_test", []):
                kind = "fire" if check.get("exp_alerts") else "silent"
                counts = seen.setdefault(check["alertname"], {"fire": 0, "silent": 0})
                counts[kind] += 1
    return seen


@pytest.mark.parametrize("alertname", obs.REQUIRED_ALERTS)
def test_every_alert_is_unit_tested_firing_and_silent(alertname: str) -> None:
    counts = _alert_tests().get(alertname, {"fire": 0, "silent": 0})
    assert counts["fire"] >= 1, f"{alertname} is never expected to fire"
    assert counts["silent"] >= 2, f"{alertname} needs silent cases (healthy + borderline)"


def test_recording_rules_follow_naming_convention() -> None:
    for rule in obs.rules("record"):
        assert re.fullmatch(r"job:[a-z0-9_]+:[a-z0-9_]+", rule["record"]), rule["record"]


def test_prometheus_config_scrapes_local_worker_and_loads_rules() -> None:
    cfg = obs.load_yaml(obs.PROMETHEUS_CONFIG)
    job = next(j for j in cfg["scrape_configs"] if j["job_name"] == "wire-alerts")
    assert job["metrics_path"] == "/metrics"
    targets = [t for sc in job["static_configs"] for t in sc["targets"]]
    assert targets == ["127.0.0.1:6066"]
    assert job["file_sd_configs"][0]["files"] == ["targets/*.yml"]
    loaded = {(obs.PROMETHEUS_DIR / f).resolve() for f in cfg["rule_files"]}
    assert loaded == {p.resolve() for p in obs.RULE_FILES}


# ---------------------------------------------------------------- alertmanager


def test_amtool_check_config() -> None:
    out = assert_ok(run(tool("amtool"), "check-config", str(obs.ALERTMANAGER_CONFIG)))
    assert "SUCCESS" in out and "2 inhibit rules" in out


@pytest.mark.parametrize(
    ("labels", "receiver"),
    [
        (
            ["alertname=WireAlertsWorkerDown", "severity=critical", "team=editors-oncall"],
            "editors-oncall-page",
        ),
        (
            ["alertname=ConsumerLagHigh", "severity=warning", "team=editors-oncall"],
            "editors-oncall",
        ),
        (["alertname=Other", "severity=critical"], "editors-oncall"),
    ],
)
def test_amtool_routes(labels: list[str], receiver: str) -> None:
    assert_ok(
        run(
            tool("amtool"),
            "config",
            "routes",
            "test",
            f"--config.file={obs.ALERTMANAGER_CONFIG}",
            f"--verify.receivers={receiver}",
            *labels,
        )
    )


def test_worker_down_inhibits_every_other_alert() -> None:
    cfg = obs.load_yaml(obs.ALERTMANAGER_CONFIG)
    rule = next(
        r
        for r in cfg["inhibit_rules"]
        if 'alertname = "WireAlertsWorkerDown"' in r["source_matchers"]
    )
    assert rule["equal"] == ["job"]
    pattern = re.search(r'alertname =~ "([^"]+)"', rule["target_matchers"][0]).group(1)
    for name in obs.REQUIRED_ALERTS:
        matched = re.fullmatch(pattern, name) is not None
        assert matched == (name != "WireAlertsWorkerDown"), name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Hook(BaseHTTPRequestHandler):
    received: list[tuple[str, dict[str, Any]]] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append((self.path, json.loads(body)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    _Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Hook.received
    finally:
        server.shutdown()
        server.server_close()


def _http_json(url: str, data: Any = None) -> Any:
    req = urllib.request.Request(url, method="POST" if data is not None else "GET")
    body = None
    if data is not None:
        body = json.dumps(data).encode()
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, body, timeout=5) as resp:
        text = resp.read()
    return json.loads(text) if text else None


def test_real_alertmanager_inhibits_symptoms_and_pages_editors(
    tmp_path: Path, webhook: tuple[str, list[tuple[str, dict[str, Any]]]]
) -> None:
    hook_url, received = webhook
    cfg = obs.load_yaml(obs.ALERTMANAGER_CONFIG)
    for receiver in cfg["receivers"]:  # only the webhook address is changed
        for wh in receiver["webhook_configs"]:
            wh["url"] = wh["url"].replace("http://127.0.0.1:9195", hook_url)
    config = tmp_path / "alertmanager.yml"
    config.write_text(yaml.safe_dump(cfg))
    port = _free_port()
    proc = subprocess.Popen(
        [
            tool("prometheus-alertmanager"),
            f"--config.file={config}",
            f"--storage.path={tmp_path / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",
            "--log.level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/api/v2"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _http_json(f"{base}/status")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "alertmanager did not start"
                time.sleep(0.2)
        now = datetime.now(UTC).isoformat()

        def alert(name: str, job: str, severity: str) -> dict[str, Any]:
            return {
                "labels": {
                    "alertname": name,
                    "job": job,
                    "severity": severity,
                    "team": "editors-oncall",
                },
                "annotations": {"summary": f"{name} on {job}"},
                "startsAt": now,
            }

        _http_json(
            f"{base}/alerts",
            [
                alert("WireAlertsWorkerDown", "wire-alerts", "critical"),
                alert("NoStoriesIngested", "wire-alerts", "critical"),
                alert("NoStoriesIngested", "wire-alerts-replay", "critical"),
            ],
        )
        state = {
            (a["labels"]["alertname"], a["labels"]["job"]): a["status"]
            for a in _http_json(f"{base}/alerts")
        }
        assert state[("NoStoriesIngested", "wire-alerts")]["state"] == "suppressed"
        assert state[("NoStoriesIngested", "wire-alerts")]["inhibitedBy"]
        assert state[("WireAlertsWorkerDown", "wire-alerts")]["state"] == "active"
        assert state[("NoStoriesIngested", "wire-alerts-replay")]["state"] == "active"

        deadline = time.monotonic() + 40  # critical route: group_wait 10s
        while time.monotonic() < deadline and len(received) < 2:
            time.sleep(0.5)
        paged = {
            (a["labels"]["alertname"], a["labels"]["job"])
            for path, payload in received
            if path == "/hooks/editors-oncall-page"
            for a in payload["alerts"]
        }
        assert paged == {
            ("WireAlertsWorkerDown", "wire-alerts"),
            ("NoStoriesIngested", "wire-alerts-replay"),
        }, received
        groups = {tuple(sorted(p["groupLabels"].items())) for _, p in received}
        assert (("alertname", "WireAlertsWorkerDown"), ("job", "wire-alerts")) in groups
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

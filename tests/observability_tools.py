"""Helpers for the observability tests: rules, dashboard queries and metric names.

Imported by tests/unit/test_prometheus_rules.py, tests/unit/test_dashboards.py and
tests/integration/test_observability_e2e.py (they put ``tests/`` on ``sys.path``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
PROMETHEUS_CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULE_FILES = (PROMETHEUS_DIR / "rules" / "recording.yml", PROMETHEUS_DIR / "rules" / "alerts.yml")
RULE_TEST_FILES = tuple(sorted((PROMETHEUS_DIR / "tests").glob("*.yml")))
ALERTMANAGER_CONFIG = REPO / "deploy" / "alertmanager" / "alertmanager.yml"
GRAFANA_DIR = REPO / "deploy" / "grafana"
DASHBOARD_FILES = tuple(sorted((GRAFANA_DIR / "dashboards").glob("*.json")))
RUNBOOK_DIR = REPO / "deploy" / "runbooks"

REQUIRED_ALERTS = (
    "WireAlertsWorkerDown",
    "NoStoriesIngested",
    "ConsumerLagHigh",
    "ConsumerLagGrowing",
    "DLQRateHigh",
    "EndToEndLatencyHigh",
    "AlertsStoppedWhileStoriesFlow",
    "DetectorErrorsHigh",
)

# Values for Grafana's macros and the dashboards' variables when a query runs outside Grafana.
GRAFANA_MACROS = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "1h",
}


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def rules(kind: str) -> list[dict[str, Any]]:
    """All rules of the rule files with key ``kind`` ("record" or "alert")."""
    out = []
    for path in RULE_FILES:
        for group in load_yaml(path)["groups"]:
            out.extend(r for r in group["rules"] if kind in r)
    return out


def dashboards() -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in DASHBOARD_FILES]


def panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    """Panels of a dashboard, including those nested in collapsed rows."""
    out = []
    for p in dashboard.get("panels", []):
        out.append(p)
        out.extend(p.get("panels", []))
    return out


def dashboard_queries() -> list[tuple[str, str, str]]:
    """(dashboard title, panel title, PromQL with Grafana variables) of every target."""
    out = []
    for d in dashboards():
        for p in panels(d):
            for t in p.get("targets", []):
                out.append((d["title"], p.get("title", ""), t["expr"]))
    return out


def variable_queries() -> list[tuple[str, str, str]]:
    """(dashboard title, variable name, query) of every query variable."""
    out = []
    for d in dashboards():
        for v in d.get("templating", {}).get("list", []):
            if v.get("type") == "query":
                q = v["query"]
                out.append((d["title"], v["name"], q if isinstance(q, str) else q["query"]))
    return out


def grafana_to_promql(expr: str, job: str = ".*", **macros: str) -> str:
    """Replace Grafana's macros and the ``$job`` variable so Prometheus can run ``expr``.

    ``macros`` overrides GRAFANA_MACROS by name without the ``$``: ``rate_interval="5m"``.
    """
    values = {**GRAFANA_MACROS, **{f"$__{k}": v for k, v in macros.items()}}
    for macro, value in values.items():
        expr = expr.replace("${" + macro[1:] + "}", value).replace(macro, value)
    return expr.replace("${job}", job).replace("$job", job)


_KEYWORDS = {
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "bool",
    "offset",
    "and",
    "or",
    "unless",
    "inf",
    "nan",
    "atan2",
}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENT = re.compile(r"(?<![A-Za-z0-9_:.$])[A-Za-z_:][A-Za-z0-9_:]*")


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (functions, keywords, labels left out)."""
    if m := re.fullmatch(r"\s*label_values\(\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(?:\{.*\})?,.*", expr):
        return {m.group(1)}
    text = _STRING.sub('""', expr)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = _GROUPING.sub(" ", text)
    names = set()
    for m in _IDENT.finditer(text):
        rest = text[m.end() :].lstrip()
        if rest.startswith("(") or m.group(0) in _KEYWORDS:
            continue
        names.add(m.group(0))
    return names


def exposed_names(registry: Any) -> set[str]:
    """Every sample name a prometheus_client registry can expose, with or without children."""
    names: set[str] = set()
    for family in registry.collect():
        n, t = family.name, family.type
        if t == "counter":
            names |= {f"{n}_total", f"{n}_created"}
        elif t == "histogram":
            names |= {f"{n}_bucket", f"{n}_count", f"{n}_sum", f"{n}_created"}
        elif t == "summary":
            names |= {n, f"{n}_count", f"{n}_sum", f"{n}_created"}
        elif t == "info":
            names.add(f"{n}_info")
        else:
            names.add(n)
    return names


def exported_metric_names() -> set[str]:
    """Names the worker exports: streams.metrics.REGISTRY plus Faust's sensor metrics."""
    from faust.sensors.prometheus import FaustMetrics
    from prometheus_client import CollectorRegistry

    from streams import metrics
    from streams.web import FAUST_METRICS_PREFIX

    faust_registry = CollectorRegistry()
    FaustMetrics.create(faust_registry, FAUST_METRICS_PREFIX)
    return exposed_names(metrics.REGISTRY) | exposed_names(faust_registry)


def recorded_names() -> set[str]:
    return {r["record"] for r in rules("record")}


PROMETHEUS_OWN = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}

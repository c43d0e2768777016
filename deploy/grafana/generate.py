"""Generate the Grafana dashboards of wire-alerts with grafana-foundation-sdk.

    python deploy/grafana/generate.py           # rewrite deploy/grafana/dashboards/*.json
    python deploy/grafana/generate.py --check   # exit 1 if the committed JSON is stale

Dashboards read the Prometheus datasource provisioned with uid ``wire-alerts-prometheus``
and mostly use the recording rules of deploy/prometheus/rules/recording.yml.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import common as cb
from grafana_foundation_sdk.builders import dashboard as db
from grafana_foundation_sdk.builders import stat, table, timeseries
from grafana_foundation_sdk.builders.prometheus import Dataquery
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

DATASOURCE_UID = "wire-alerts-prometheus"
DATASOURCE = dm.DataSourceRef(type_val="prometheus", uid=DATASOURCE_UID)
OUT_DIR = Path(__file__).resolve().parent / "dashboards"
JOB = 'job=~"$job"'


class _Ids:
    """Stable panel ids in build order."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def query(expr: str, legend: str = "", ref: str = "A") -> Dataquery:
    q = Dataquery().expr(expr).ref_id(ref).datasource(DATASOURCE)
    return q.legend_format(legend) if legend else q


def instant_table_query(expr: str, ref: str = "A") -> Dataquery:
    return query(expr, ref=ref).instant().format(PromQueryFormat.TABLE)


def legend_right() -> cb.VizLegendOptions:
    return (
        cb.VizLegendOptions()
        .show_legend(True)
        .display_mode(cm.LegendDisplayMode.TABLE)
        .placement(cm.LegendPlacement.RIGHT)
        .calcs(["mean", "max", "lastNotNull"])
    )


def ts(
    ids: _Ids,
    title: str,
    description: str,
    unit: str,
    *targets: Dataquery,
    stacked: bool = False,
    span: int = 12,
) -> timeseries.Panel:
    p = (
        timeseries.Panel()
        .id(ids())
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .min(0)
        .span(span)
        .height(8)
        .fill_opacity(20 if stacked else 8)
        .line_width(1)
        .legend(legend_right())
    )
    if stacked:
        p = p.stacking(cb.StackingConfig().mode(cm.StackingMode.NORMAL))
    for t in targets:
        p = p.with_target(t)
    return p


def single_stat(
    ids: _Ids,
    title: str,
    description: str,
    unit: str,
    target: Dataquery,
    steps: list[tuple[float | None, str]],
    span: int = 4,
) -> stat.Panel:
    thresholds = (
        db.ThresholdsConfig()
        .mode(dm.ThresholdsMode.ABSOLUTE)
        .steps([dm.Threshold(value=v, color=c) for v, c in steps])
    )
    return (
        stat.Panel()
        .id(ids())
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .span(span)
        .height(4)
        .thresholds(thresholds)
        .color_mode(cm.BigValueColorMode.BACKGROUND)
        .graph_mode(cm.BigValueGraphMode.AREA)
        .reduce_options(cb.ReduceDataOptions().calcs(["lastNotNull"]))
        .with_target(target)
    )


def job_variable() -> db.QueryVariable:
    return (
        db.QueryVariable("job")
        .label("Job")
        .datasource(DATASOURCE)
        .query("label_values(wire_alerts_build_info, job)")
        .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .include_all(True)
        .all_value(".*")
        .multi(True)
        .current(dm.VariableOption(selected=True, text=["All"], value=["$__all"]))
        .sort(dm.VariableSort.ALPHABETICAL_ASC)
    )


def base(uid: str, title: str, description: str, tags: list[str]) -> db.Dashboard:
    return (
        db.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(["wire-alerts", *tags])
        .editable()
        .refresh("30s")
        .time("now-6h", "now")
        .timezone("browser")
        .tooltip(dm.DashboardCursorSync.CROSSHAIR)
        .with_variable(job_variable())
        .link(
            db.DashboardLink("wire-alerts")
            .type(dm.DashboardLinkType.DASHBOARDS)
            .tags(["wire-alerts"])
            .as_dropdown(True)
            .include_vars(True)
            .keep_time(True)
        )
    )


def pipeline_health() -> db.Dashboard:
    """SRE view: throughput, DLQ, latency, detection time, lag, worker health."""
    ids = _Ids()
    d = base(
        "wire-alerts-pipeline-health",
        "wire-alerts / Pipeline health",
        "Throughput by agency, dead letters by reason, latency percentiles, detection time, "
        "consumer lag and worker health of the wire-alerts workers.",
        ["sre"],
    )
    d = (
        d.with_panel(
            single_stat(
                ids,
                "Workers up",
                "Scraped workers that answer (up == 1).",
                "none",
                query(f"sum(up{{{JOB}}})"),
                [(None, "red"), (1, "green")],
            )
        )
        .with_panel(
            single_stat(
                ids,
                "Stories / s",
                "Stories consumed per second, all agencies (5 min rate).",
                "none",
                query(f"sum(job:wire_alerts_stories_consumed:rate5m{{{JOB}}})"),
                [(None, "blue")],
            )
        )
        .with_panel(
            single_stat(
                ids,
                "DLQ share",
                "Share of consumed messages sent to the dead-letter topic (alert above 5%).",
                "percentunit",
                query(f"sum(job:wire_alerts_dlq:ratio_rate5m{{{JOB}}})"),
                [(None, "green"), (0.01, "orange"), (0.05, "red")],
            )
        )
        .with_panel(
            single_stat(
                ids,
                "p99 end-to-end",
                "99th percentile from story ingested to alert published (alert above 30 s).",
                "s",
                query(
                    f'max(job:wire_alerts_end_to_end_latency_seconds:quantile_rate5m{{{JOB}, quantile="0.99"}})'
                ),
                [(None, "green"), (10, "orange"), (30, "red")],
            )
        )
        .with_panel(
            single_stat(
                ids,
                "Consumer lag",
                "Messages behind the end of the input topic, all partitions.",
                "none",
                query(f"sum(job:wire_alerts_consumer_lag_messages:sum{{{JOB}}})"),
                [(None, "green"), (100, "orange"), (1000, "red")],
            )
        )
        .with_panel(
            single_stat(
                ids,
                "Since last story",
                "Seconds since any worker consumed a story (alert after 30 min).",
                "s",
                query(f"time() - max(wire_alerts_last_story_consumed_timestamp_seconds{{{JOB}}})"),
                [(None, "green"), (300, "orange"), (1800, "red")],
            )
        )
        .with_row(db.Row("Throughput").id(ids()))
        .with_panel(
            ts(
                ids,
                "Stories consumed by agency",
                "Stories read from the input topic per second, by agency (5 min rate).",
                "none",
                query(
                    f"sum by (agency) (job:wire_alerts_stories_consumed:rate5m{{{JOB}}})",
                    "{{agency}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Dead letters by reason",
                "Messages sent to the DLQ per second, by reason (5 min rate).",
                "none",
                query(
                    f"sum by (reason) (job:wire_alerts_stories_dlq:rate5m{{{JOB}}})",
                    "{{reason}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Events and alerts",
                "Events detected, alerts published and duplicates suppressed per second.",
                "none",
                query(f"sum(job:wire_alerts_events_detected:rate5m{{{JOB}}})", "events", "A"),
                query(f"sum(job:wire_alerts_alerts_published:rate5m{{{JOB}}})", "alerts", "B"),
                query(
                    f"sum(job:wire_alerts_duplicates_suppressed:rate5m{{{JOB}}})",
                    "duplicates",
                    "C",
                ),
            )
        )
        .with_panel(
            ts(
                ids,
                "Detector errors",
                "Stories per second on which the detector raised (5 min rate).",
                "none",
                query(f"sum(job:wire_alerts_detector_errors:rate5m{{{JOB}}})", "errors"),
            )
        )
        .with_row(db.Row("Latency").id(ids()))
        .with_panel(
            ts(
                ids,
                "End-to-end latency",
                "Story ingested (Kafka timestamp) to alert published: p50, p90, p99.",
                "s",
                query(
                    f"max by (quantile) (job:wire_alerts_end_to_end_latency_seconds:quantile_rate5m{{{JOB}}})",
                    "p{{quantile}}",
                ),
            )
        )
        .with_panel(
            ts(
                ids,
                "Wait before each stage (p99)",
                "From a message's send (Kafka timestamp) to the start of its processing, per stage: "
                "where the end-to-end time goes, hop by hop.",
                "s",
                query(
                    f'max by (stage) (job:wire_alerts_stage_wait_seconds:quantile_rate5m{{{JOB}, quantile="0.99"}})',
                    "{{stage}}",
                ),
            )
        )
        .with_panel(
            ts(
                ids,
                "Detection time",
                "Time the detector spends on one story: p50 and p99.",
                "s",
                query(
                    f"max by (quantile) (job:wire_alerts_detection_duration_seconds:quantile_rate5m{{{JOB}}})",
                    "p{{quantile}}",
                ),
            )
        )
        .with_row(db.Row("Consumer lag").id(ids()))
        .with_panel(
            ts(
                ids,
                "Lag per partition",
                "Messages behind the end of each input partition.",
                "none",
                query(
                    f"sum by (topic, partition) (wire_alerts_consumer_lag_messages{{{JOB}}})",
                    "{{topic}}/{{partition}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Lag trend",
                "Change of the total lag per second (positive: workers fall behind).",
                "none",
                query(
                    f"sum by (topic) (deriv(job:wire_alerts_consumer_lag_messages:sum{{{JOB}}}[10m]))",
                    "{{topic}}",
                ),
            )
        )
        .with_row(db.Row("Workers").id(ids()))
        .with_panel(
            ts(
                ids,
                "Assigned partitions",
                "Input partitions held by each worker.",
                "none",
                query(
                    f"sum by (instance) (wire_alerts_assigned_partitions{{{JOB}}})", "{{instance}}"
                ),
                span=8,
            )
        )
        .with_panel(
            ts(
                ids,
                "Rebalances",
                "Consumer group rebalances seen by each worker (Faust sensor).",
                "none",
                query(f"sum by (instance) (faust_total_rebalances{{{JOB}}})", "{{instance}}"),
                span=8,
            )
        )
        .with_panel(
            ts(
                ids,
                "Commit latency p99",
                "99th percentile of Kafka offset commit time (Faust sensor, milliseconds).",
                "ms",
                query(
                    "histogram_quantile(0.99, sum by (instance, le) "
                    f"(rate(faust_consumer_commit_latency_bucket{{{JOB}}}[$__rate_interval])))",
                    "{{instance}}",
                ),
                span=8,
            )
        )
        .with_panel(
            table.Panel()
            .id(ids())
            .title("Worker builds")
            .description("Version of the worker, detector and gazetteer on each instance.")
            .datasource(DATASOURCE)
            .span(24)
            .height(6)
            .with_target(instant_table_query(f"wire_alerts_build_info{{{JOB}}}"))
            .with_transformation(
                dm.DataTransformerConfig(
                    id_val="organize",
                    options={"excludeByName": {"Time": True, "Value": True, "__name__": True}},
                )
            )
        )
    )
    return d


def editor_desk() -> db.Dashboard:
    """Editors' view: what the desk received, by type and priority, and the latest P1s."""
    ids = _Ids()
    d = base(
        "wire-alerts-editor-desk",
        "wire-alerts / Editor desk",
        "Diplomatic events and alerts by type and priority over time, and the latest P1 alerts.",
        ["editors"],
    )
    for priority, color in (("P1", "red"), ("P2", "orange"), ("P3", "blue")):
        d = d.with_panel(
            single_stat(
                ids,
                f"{priority} alerts, 24 h",
                f"Alerts of priority {priority} published in the last 24 hours.",
                "none",
                query(
                    f'sum(increase(wire_alerts_alerts_published_total{{{JOB}, priority="{priority}"}}[24h])) or vector(0)'
                ),
                [(None, color)],
                span=6,
            )
        )
    d = (
        d.with_panel(
            single_stat(
                ids,
                "Events, 24 h",
                "Diplomatic events detected in the last 24 hours (before dedupe).",
                "none",
                query(
                    f"sum(increase(wire_alerts_events_detected_total{{{JOB}}}[24h])) or vector(0)"
                ),
                [(None, "purple")],
                span=6,
            )
        )
        .with_row(db.Row("Latest P1 alerts").id(ids()))
        .with_panel(
            table.Panel()
            .id(ids())
            .title("Latest P1 alerts")
            .description(
                "The last P1 alerts the workers published (type, actors, time); each worker "
                "keeps its last 10 per priority."
            )
            .datasource(DATASOURCE)
            .span(24)
            .height(9)
            .override_by_name(
                "Published", [dm.DynamicConfigValue(id_val="unit", value="dateTimeAsIso")]
            )
            .sort_by([cb.TableSortByFieldState().display_name("Published").desc(True)])
            .with_target(
                instant_table_query(
                    "max by (type, actors) "
                    f'(wire_alerts_latest_alert_timestamp_seconds{{{JOB}, priority="P1"}}) * 1000'
                )
            )
            .with_transformation(
                dm.DataTransformerConfig(
                    id_val="organize",
                    options={
                        "excludeByName": {"Time": True},
                        "indexByName": {"Value": 0, "type": 1, "actors": 2},
                        "renameByName": {"Value": "Published", "type": "Type", "actors": "Actors"},
                    },
                )
            )
        )
        .with_row(db.Row("Over time").id(ids()))
        .with_panel(
            ts(
                ids,
                "Events detected by type",
                "Diplomatic events detected per hour, by type (5 min rate x 3600).",
                "none",
                query(
                    f"sum by (type) (job:wire_alerts_events_detected:rate5m{{{JOB}}}) * 3600",
                    "{{type}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Alerts published by type",
                "Alerts published per hour, by type (5 min rate x 3600).",
                "none",
                query(
                    f"sum by (type) (job:wire_alerts_alerts_published:rate5m{{{JOB}}}) * 3600",
                    "{{type}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Alerts published by priority",
                "Alerts published per hour, by priority (5 min rate x 3600).",
                "none",
                query(
                    f"sum by (priority) (job:wire_alerts_alerts_published:rate5m{{{JOB}}}) * 3600",
                    "{{priority}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "New alerts and updates",
                "Alerts per hour by status: new events, and updates from corroborating agencies.",
                "none",
                query(
                    f"sum by (status) (job:wire_alerts_alerts_published:rate5m{{{JOB}}}) * 3600",
                    "{{status}}",
                ),
                stacked=True,
            )
        )
        .with_panel(
            ts(
                ids,
                "Repeats suppressed by type",
                "Detected events that repeated a known event and produced no alert, per hour.",
                "none",
                query(
                    f"sum by (type) (job:wire_alerts_duplicates_suppressed:rate5m{{{JOB}}}) * 3600",
                    "{{type}}",
                ),
                stacked=True,
                span=24,
            )
        )
    )
    return d


DASHBOARDS: dict[str, Callable[[], db.Dashboard]] = {
    "pipeline-health.json": pipeline_health,
    "editor-desk.json": editor_desk,
}


def render(builder: db.Dashboard) -> str:
    """Dashboard JSON as committed: sorted keys, two-space indent, trailing newline."""
    model: Any = builder.build()
    return JSONEncoder(sort_keys=True, indent=2).encode(model) + "\n"


def rendered() -> dict[str, str]:
    return {name: render(make()) for name, make in DASHBOARDS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON files are stale")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    stale = []
    for name, text in rendered().items():
        json.loads(text)  # always valid JSON
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(str(path))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path}")
    if stale:
        print("stale, run deploy/grafana/generate.py: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

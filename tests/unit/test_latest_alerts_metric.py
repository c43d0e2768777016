"""The latest-alerts gauge behind the Editor desk's "Latest P1 alerts" table stays bounded."""

from __future__ import annotations

from streams import metrics


def _series(priority: str) -> dict[tuple[str, str], float]:
    (family,) = metrics.LATEST_ALERT_TIMESTAMP.collect()
    return {
        (s.labels["type"], s.labels["actors"]): s.value
        for s in family.samples
        if s.labels["priority"] == priority
    }


def test_latest_alerts_keep_the_newest_per_priority_and_drop_the_rest() -> None:
    n = metrics.LATEST_ALERTS_PER_PRIORITY
    for i in range(n + 5):
        metrics.record_latest_alert("leader_call", "P-test", [f"Leader {i}", "Zed"], 1000.0 + i)
    series = _series("P-test")
    assert len(series) == n
    assert ("leader_call", "Leader 0, Zed") not in series  # oldest label sets removed
    assert series[("leader_call", f"Leader {n + 4}, Zed")] == 1000.0 + n + 4
    # the same event again moves to the front with its new time instead of adding a series
    metrics.record_latest_alert("leader_call", "P-test", ["Zed", "Leader 5"], 5000.0)
    series = _series("P-test")
    assert len(series) == n and series[("leader_call", "Leader 5, Zed")] == 5000.0


def test_record_published_alert_uses_parties_not_venues() -> None:
    alert = {
        "type": "summit_invitation",
        "priority": "P-test2",
        "event": {
            "actors": [
                {"name": "Donald Trump", "role": "inviter"},
                {"name": "Vladimir Putin", "role": "invitee"},
                {"name": "White House", "role": "venue"},
            ]
        },
    }
    metrics.record_published_alert(alert, 1234.5)
    assert _series("P-test2") == {("summit_invitation", "Donald Trump, Vladimir Putin"): 1234.5}

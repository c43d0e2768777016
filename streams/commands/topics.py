"""``wire-alerts topics create|describe``: the project's Kafka topics."""

from __future__ import annotations

import argparse

from streams.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("create", "describe"))


def run(args: argparse.Namespace) -> int:
    from streams.topics import describe, ensure_topics

    settings = Settings()
    if args.action == "create":
        created = ensure_topics(settings)
        print(f"created {len(created)} topics" + (f": {', '.join(created)}" if created else ""))
    for info in describe(settings):
        state = f"{info.partitions} partitions" if info.exists else "missing"
        kind = " (internal, created by the worker)" if info.internal else ""
        print(f"{info.name:45} {state}{kind}")
    return 0

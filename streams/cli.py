"""Command-line entry point: ``wire-alerts <command>`` (also ``python -m streams``).

Each command lives in its own module exposing ``add_arguments(parser)`` and
``run(args) -> int``; this file only wires them into argparse.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "kafka": ("streams.kafka_local", "run a local Apache Kafka broker (up|down|status|logs)"),
    "detect": ("streams.detector.cli", "run the detector on a JSONL/text file or stdin (no Kafka)"),
    "eval": ("streams.detector.evaluate", "score the detector against a labeled JSONL file"),
    "worker": ("streams.commands.worker", "run the Faust worker (stories in, alerts out)"),
    "feed": ("streams.commands.feed", "produce a JSONL file of stories to the input topic"),
    "tail": (
        "streams.commands.tail",
        "print alerts as they arrive (filters: type, priority, country)",
    ),
    "topics": ("streams.commands.topics", "create or describe the project's Kafka topics"),
    "demo": ("streams.commands.demo", "local broker, worker, sample stories in, alerts printed"),
    "board": ("streams.board.command", "serve the editors' live alert board (and webhooks)"),
    "webhooks": ("streams.board.webhooks_command", "deliver alerts to webhook subscriptions"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wire-alerts",
        description="Diplomatic event alerts from wire stories: Faust agents on Apache Kafka.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

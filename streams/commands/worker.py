"""``wire-alerts worker``: run the Faust worker of the pipeline (Ctrl-C / SIGTERM stop it).

Creates the external topics with explicit partition counts first, then runs the app until a
signal arrives; Faust then stops the agents, commits the processed offsets and flushes the
producer before the process exits.
"""

from __future__ import annotations

import argparse
import sys

from streams.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-l", "--loglevel", default="info", help="log level (debug, info, warning; default info)"
    )
    parser.add_argument(
        "--no-create-topics",
        action="store_true",
        help="do not create the external topics before starting",
    )


def run(args: argparse.Namespace) -> int:
    import faust

    from streams.app import create_app, warm_up
    from streams.topics import ensure_topics

    settings = Settings()
    if not args.no_create_topics:
        created = ensure_topics(settings)
        if created:
            print(f"created topics: {', '.join(created)}", file=sys.stderr)
    print(f"detector loaded in {warm_up():.2f}s", file=sys.stderr)
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=args.loglevel, redirect_stdouts=False)
    worker.execute_from_commandline()  # exits the process when the worker stops
    return 0

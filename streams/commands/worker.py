"""``wire-alerts worker``: run the Faust worker of the pipeline (Ctrl-C / SIGTERM stop it).

Creates the external topics with explicit partition counts first, then runs the app until a
signal arrives; Faust then stops the agents, commits the processed offsets and flushes the
producer before the process exits.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time

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
    from streams.app import create_app, pipeline_of, warm_up
    from streams.topics import ensure_topics, faust_topic_configs

    settings = Settings()
    app = create_app(settings)
    pipeline = pipeline_of(app)
    if not args.no_create_topics:
        created = ensure_topics(settings)
        configs = faust_topic_configs(pipeline.internal_topics)
        created += ensure_topics(settings, list(configs), configs=configs)
        if created:
            print(f"created topics: {', '.join(created)}", file=sys.stderr)
    detection = pipeline.detection
    if detection.processes:
        # the worker process itself loads the detector only if the pool breaks (~30 MiB less)
        started = time.perf_counter()
        detection.start(wait=True)
        took = time.perf_counter() - started
        print(
            f"detector loaded in {detection.processes} process(es) in {took:.2f}s", file=sys.stderr
        )
    else:
        print(f"detector loaded in {warm_up():.2f}s", file=sys.stderr)
    freeze_heap()
    worker = _worker_class()(app, loglevel=args.loglevel, redirect_stdouts=False)
    worker.execute_from_commandline()  # exits the process when the worker stops
    return 0


def freeze_heap() -> None:
    """Move every object alive now out of the garbage collector's reach.

    The worker's long-lived heap (modules, the detector's gazetteer and rules, Faust's app,
    later its consumer, producer and tables) never becomes garbage, yet every full collection
    walked all of it: measured in a worker at 50 stories/s, five full collections of 133-252 ms
    within a minute (on a loaded machine), each one stalling every stage of the pipeline at
    once. Frozen objects are skipped, so full collections only walk what was allocated since.
    """
    gc.collect()
    gc.freeze()


def _worker_class() -> type:
    """faust.Worker without the terminal spinner, freezing the heap once it has started.

    At log level WARNING and above Faust draws a progress spinner and, to make it spin on
    every log record, sets the root logger to DEBUG: every debug call of aiokafka then builds
    a log record (measured: ~3% of the worker's CPU under load). Log lines are enough.
    """
    import faust

    class Worker(faust.Worker):
        def on_setup_root_logger(self, logger: object, level: int) -> None:
            self.spinner = None

        async def on_startup_finished(self) -> None:
            await super().on_startup_finished()
            freeze_heap()  # again: the clients, tables and web server now exist

    return Worker

"""``wire-alerts worker``: run the Faust worker of the pipeline (Ctrl-C / SIGTERM stop it).

Creates the external topics with explicit partition counts first, then runs the app until a
signal arrives; Faust then stops the agents, commits the processed offsets and flushes the
producer before the process exits.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable

from streams.config import Settings

log = logging.getLogger("streams.worker")

#: exit status of a worker that did not stop within its stop timeout
EXIT_STOP_TIMEOUT = 70


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
    mode = detector_mode()
    if detection.processes:
        # the worker process itself loads the detector only if the pool breaks (~30 MiB less)
        started = time.perf_counter()
        detection.start(wait=True)
        took = time.perf_counter() - started
        print(
            f"detector ({mode}) loaded in {detection.processes} process(es) in {took:.2f}s",
            file=sys.stderr,
        )
    else:
        print(f"detector ({mode}) loaded in {warm_up():.2f}s", file=sys.stderr)
    freeze_heap()
    worker = _worker_class(settings.stop_timeout_seconds)(
        app, loglevel=args.loglevel, redirect_stdouts=False
    )
    worker.execute_from_commandline()  # exits the process when the worker stops
    return 0


def detector_mode() -> str:
    """'compiled' or 'pure Python': which detector modules this process (and the detection
    processes it starts, which decide alike) runs (``streams.detector.compiled``)."""
    import streams.detector

    return "compiled" if streams.detector.COMPILED else "pure Python"


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


def arm_stop_deadline(
    seconds: float, exit: Callable[[int], object] = os._exit
) -> threading.Timer | None:
    """Exit the process ``seconds`` from now unless it has exited by then (0: never).

    Faust's stop waits on the broker (commit, leave group, producer flush) and on every
    agent: with the broker gone, or an agent stuck, a worker sent SIGTERM kept running
    (seen: four workers orphaned by a script ran 90 minutes after their broker stopped).
    A timer thread, not a task, so a blocked event loop cannot hold it back.
    """
    if seconds <= 0:
        return None

    def expire() -> None:
        log.critical("worker did not stop within %.0f s of the signal: exiting", seconds)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        exit(EXIT_STOP_TIMEOUT)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def _worker_class(stop_timeout: float = 0.0) -> type:
    """faust.Worker without the terminal spinner, freezing the heap once it has started,
    that exits at the latest ``stop_timeout`` seconds after the first stop signal.

    At log level WARNING and above Faust draws a progress spinner and, to make it spin on
    every log record, sets the root logger to DEBUG: every debug call of aiokafka then builds
    a log record (measured: ~3% of the worker's CPU under load). Log lines are enough.
    """
    import faust

    class Worker(faust.Worker):
        def on_setup_root_logger(self, logger: object, level: int) -> None:
            self.spinner = None

        def _schedule_shutdown(self, signal: object) -> None:
            if not self._signal_stop_time:
                arm_stop_deadline(stop_timeout)
            super()._schedule_shutdown(signal)

        async def on_startup_finished(self) -> None:
            await super().on_startup_finished()
            freeze_heap()  # again: the clients, tables and web server now exist

    return Worker

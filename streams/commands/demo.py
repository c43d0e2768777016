"""``wire-alerts demo``: the whole pipeline on this machine, in one command.

1. makes sure a Kafka broker answers (starts the local one, ``wire-alerts kafka up``, unless
   ``KAFKA_BOOTSTRAP_SERVERS`` points at a cluster);
2. creates the topics: a fresh input topic for this run (``wire.stories.demo-<run>``), the
   dead-letter topic and the alert topics;
3. starts a worker (``wire-alerts worker``) as a subprocess with its own app id, so every run
   starts with empty dedupe state;
4. feeds the bundled sample stories (``streams/samples/stories.jsonl``: the seed story and
   real BBC News, CNN and HuffPost stories) and prints the alerts as they arrive;
5. on Ctrl-C (or ``--timeout``) stops the worker, deletes the run's private topics and stops
   the broker if it started it.

The alerts stay on ``alerts.diplomatic`` (and the per-type topics): ``wire-alerts tail
--from-beginning`` shows them again later.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from streams.config import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "stories.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--file", default=str(SAMPLES), help="JSONL stories to feed (default: bundled samples)"
    )
    parser.add_argument("--rate", type=float, default=4.0, help="stories per second (default 4)")
    parser.add_argument(
        "--timeout", type=float, default=0.0, help="stop after S seconds (0 = until Ctrl-C)"
    )
    parser.add_argument(
        "--idle-exit",
        type=float,
        default=0.0,
        help="stop S seconds after the last alert once everything is fed (0 = never)",
    )
    parser.add_argument(
        "--keep-broker", action="store_true", help="leave a broker this command started running"
    )
    parser.add_argument(
        "--keep-topics", action="store_true", help="keep this run's input and internal topics"
    )
    parser.add_argument("--json", action="store_true", help="print alerts as JSON lines")


def _say(text: str) -> None:
    print(f"[demo] {text}", file=sys.stderr, flush=True)


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class WorkerProcess:
    """The worker subprocess of the demo."""

    def __init__(self, env: dict[str, str], log_path: Path, port: int) -> None:
        self.log_path = log_path
        self.port = port
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streams", "worker", "-l", "info"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches the demo, which stops it cleanly
            )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        url = f"http://127.0.0.1:{self.port}/ready"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the worker exited (code {self.proc.returncode})")
            with (
                contextlib.suppress(OSError, ValueError, urllib.error.HTTPError),
                urllib.request.urlopen(url, timeout=2) as resp,
            ):
                if json.loads(resp.read()).get("ready"):
                    return
            time.sleep(0.5)
        raise RuntimeError(f"the worker was not ready after {timeout:.0f}s")

    def stop(self, grace: float = 30.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return int(self.proc.returncode or 0)

    def tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except FileNotFoundError:
            return ""


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from streams import kafka_local
    from streams.commands.feed import produce, read_lines
    from streams.commands.tail import follow, format_alert
    from streams.publish import encode
    from streams.topics import admin_client, ensure_topics, internal_topics

    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    base = Settings()
    run_id = time.strftime("%Y%m%d-%H%M%S")
    settings = dataclasses.replace(
        base,
        app_id=f"{base.app_id}-demo-{run_id}",
        input_topic=f"{base.input_topic}.demo-{run_id}",
        store="memory://",
    )
    lines = read_lines(args.file)
    broker_started = False
    worker: WorkerProcess | None = None
    stats: Counter[str] = Counter()
    try:
        info = kafka_local.start_broker(settings, echo=_say)
        broker_started = info.started
        ensure_topics(settings)
        _say(f"topics ready; input {settings.input_topic}, alerts {settings.alerts_topic}[.<type>]")

        port = (
            base.web_port if _port_free(base.web_host, base.web_port) else _free_port("127.0.0.1")
        )
        env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": info.bootstrap,
            "WIRE_ALERTS_APP_ID": settings.app_id,
            "WIRE_ALERTS_INPUT_TOPIC": settings.input_topic,
            "WIRE_ALERTS_STORE": settings.store,
            "WIRE_ALERTS_WEB_PORT": str(port),
            "PYTHONUNBUFFERED": "1",
        }
        log_path = Path(settings.data_dir) / f"demo-{run_id}.log"
        worker = WorkerProcess(env, log_path, port)
        _say(f"worker pid {worker.proc.pid} starting (log {log_path})")
        worker.wait_ready(120)
        _say(f"worker ready; metrics on http://{base.web_host}:{port}/metrics")

        fed = threading.Event()
        fed_at = [0.0]

        def feed() -> None:
            try:
                n = produce(settings, lines, rate=args.rate)
                _say(f"fed {n} stories from {args.file}")
            finally:
                fed_at[0] = time.monotonic()
                fed.set()

        last_alert = time.monotonic()
        feeder = threading.Thread(target=feed, name="demo-feed", daemon=True)
        for alert in follow(
            settings,
            topic=settings.alerts_topic,
            timeout=args.timeout,
            ready=feeder.start,
            heartbeat=True,
        ):
            if worker.proc.poll() is not None:
                _say("the worker stopped unexpectedly")
                break
            if alert is None:  # no alert in the last poll
                if (
                    args.idle_exit
                    and fed.is_set()
                    and time.monotonic() - max(last_alert, fed_at[0]) > args.idle_exit
                ):
                    break
                continue
            if alert.get("story", {}).get("topic") != settings.input_topic:
                continue  # alerts of other runs or workers sharing the topic
            stats[alert["priority"]] += 1
            stats[alert["type"]] += 1
            last_alert = time.monotonic()
            print(encode(alert).decode() if args.json else format_alert(alert), flush=True)
    except KeyboardInterrupt:
        _say("stopping")
    except Exception as exc:  # the demo explains failures instead of dumping a traceback
        _say(f"failed: {type(exc).__name__}: {exc}")
        if worker is not None:
            print(worker.tail(), file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if worker is not None:
            rc = worker.stop()
            _say(f"worker stopped (exit code {rc})")
        if worker is not None and not args.keep_topics:
            with contextlib.suppress(Exception):
                admin = admin_client(settings, timeout=10)
                try:
                    names = set(admin.list_topics())
                    doomed = [settings.input_topic, *internal_topics(settings)]
                    admin.delete_topics([t for t in doomed if t in names])
                finally:
                    admin.close()
        if broker_started and not args.keep_broker:
            kafka_local.stop_broker(settings)
            _say("local Kafka broker stopped")
        if stats:
            summary = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
            _say(f"alerts: {summary}")
    return 0

"""``wire-alerts webhooks``: deliver alerts to the subscriptions of a JSON/YAML file.

The file is ``--file`` or ``WIRE_ALERTS_SUBSCRIPTIONS_FILE`` (format: :mod:`streams.board.webhooks`).
``--check`` validates it and prints the subscriptions. Otherwise the sender runs and serves
``/health``, ``/ready`` and ``/metrics`` on ``--port`` (default ``WIRE_ALERTS_BOARD_PORT``).
"""

from __future__ import annotations

import argparse
import sys

from streams.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--file", help="subscriptions file (default: WIRE_ALERTS_SUBSCRIPTIONS_FILE)"
    )
    parser.add_argument("--check", action="store_true", help="validate the file and exit")
    parser.add_argument(
        "--from",
        dest="start",
        choices=("latest", "earliest"),
        default="latest",
        help="where a new subscription starts reading the firehose (default %(default)s)",
    )
    parser.add_argument("--host", help="bind address (default: WIRE_ALERTS_WEB_HOST)")
    parser.add_argument("--port", type=int, help="metrics port (default: WIRE_ALERTS_BOARD_PORT)")
    parser.add_argument("-l", "--loglevel", default="info", help="log level (default info)")


def run(args: argparse.Namespace) -> int:
    from streams.board.webhooks import SubscriptionError, describe, load_subscriptions

    settings = Settings()
    path = args.file or settings.subscriptions_file
    if not path:
        print(
            "no subscriptions file: use --file or WIRE_ALERTS_SUBSCRIPTIONS_FILE", file=sys.stderr
        )
        return 2
    try:
        config = load_subscriptions(path)
    except (OSError, SubscriptionError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        for line in describe(config):
            print(line)
        return 0

    from aiohttp import web

    from streams.board.command import setup_logging
    from streams.board.server import create_app
    from streams.board.webhooks import WebhookService

    setup_logging(args.loglevel)
    service = WebhookService(settings, config, start=args.start)
    app = create_app(settings, board=None, webhooks=service)
    host = args.host or settings.web_host
    port = args.port or settings.board_port
    web.run_app(app, host=host, port=port, print=None, access_log=None, shutdown_timeout=5)
    return 0

"""``wire-alerts board``: the editors' live alert board (and the webhook sender, if configured).

Serves the page on ``WIRE_ALERTS_WEB_HOST``:``WIRE_ALERTS_BOARD_PORT`` (127.0.0.1:6067 by
default) from a fresh, group-less consumer of the alert firehose that starts with the last
``--history`` alerts of each partition. With ``WIRE_ALERTS_SUBSCRIPTIONS_FILE`` set, the same
process delivers the webhook subscriptions (``--no-webhooks`` leaves that to
``wire-alerts webhooks``).
"""

from __future__ import annotations

import argparse
import logging

from streams.board.ring import DEFAULT_CAPACITY
from streams.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="bind address (default: WIRE_ALERTS_WEB_HOST)")
    parser.add_argument("--port", type=int, help="port (default: WIRE_ALERTS_BOARD_PORT)")
    parser.add_argument(
        "--history",
        type=int,
        default=DEFAULT_CAPACITY,
        help="alerts per partition read at start (default %(default)s)",
    )
    parser.add_argument(
        "--capacity",
        type=int,
        default=DEFAULT_CAPACITY,
        help="events kept in memory (default %(default)s)",
    )
    parser.add_argument(
        "--no-webhooks", action="store_true", help="do not run the webhook subscriptions here"
    )
    parser.add_argument(
        "--webhooks-from",
        choices=("latest", "earliest"),
        default="latest",
        help="where a new subscription starts reading the firehose (default %(default)s)",
    )
    parser.add_argument("-l", "--loglevel", default="info", help="log level (default info)")


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="[%(asctime)s] %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("aiokafka", "kafka"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def run(args: argparse.Namespace) -> int:
    from aiohttp import web

    from streams.board.server import Board, create_app
    from streams.board.webhooks import WebhookService, load_subscriptions

    setup_logging(args.loglevel)
    log = logging.getLogger("streams.board")
    settings = Settings()
    webhooks = None
    if settings.subscriptions_file and not args.no_webhooks:
        config = load_subscriptions(settings.subscriptions_file)
        webhooks = WebhookService(settings, config, start=args.webhooks_from)
        log.info("%d webhook subscription(s)", len(config.subscriptions))
    host = args.host or settings.web_host
    port = args.port or settings.board_port
    app = create_app(
        settings,
        board=Board(args.capacity),
        webhooks=webhooks,
        history=args.history,
    )
    log.info("board on http://%s:%d/ reading %s", host, port, settings.alerts_topic)
    web.run_app(app, host=host, port=port, print=None, access_log=None, shutdown_timeout=5)
    return 0

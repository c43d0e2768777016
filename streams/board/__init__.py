"""The editors' live alert board and webhook subscriptions (``wire-alerts board|webhooks``).

A companion service beside the worker: it reads the alert firehose with its own consumer,
keeps the latest alerts in memory (:mod:`streams.board.ring`), serves a page, a JSON
snapshot and a server-sent event stream (:mod:`streams.board.server`), and pushes alerts to
configured webhooks (:mod:`streams.board.webhooks`).
"""

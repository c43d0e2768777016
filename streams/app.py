"""Faust app factory: ``create_app(settings)`` returns the configured app with the pipeline.

Nothing touches the network or the event loop here; the worker command
(``wire-alerts worker``) creates the external topics, then runs the app.
"""

from __future__ import annotations

import logging
import os
import platform
import socket
import ssl

import faust

import streams
from streams import (
    consumer_commit,
    consumer_deliver,
    consumer_fetch,
    consumer_pause,
    consumer_seek,
    log_throttle,
    metrics,
    recovery_resume,
    recovery_watch,
    web,
)
from streams.agents import Pipeline, build_pipeline
from streams.config import KafkaSecurity, Settings

log = logging.getLogger("streams.app")


def broker_urls(bootstrap: str) -> list[str]:
    """``"h1:9092,h2:9092"`` -> ``["kafka://h1:9092", "kafka://h2:9092"]``."""
    return [f"kafka://{h.strip()}" for h in bootstrap.split(",") if h.strip()]


def broker_credentials(security: KafkaSecurity) -> faust.types.auth.CredentialsT | None:
    """Faust credentials for ``KAFKA_SECURITY_PROTOCOL`` (None for PLAINTEXT)."""
    protocol = security.protocol.upper()
    context = None
    if protocol.endswith("SSL"):
        context = ssl.create_default_context(cafile=security.ssl_cafile or None)
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=security.sasl_username,
            password=security.sasl_password,
            mechanism=security.sasl_mechanism,
            ssl_context=context,
        )
    if protocol == "SSL":
        return faust.SSLCredentials(context)
    return None


def worker_id_for(settings: Settings) -> str:
    return settings.worker_id or f"{socket.gethostname()}-{os.getpid()}"


def create_app(settings: Settings | None = None) -> faust.App:
    """The Faust app of the pipeline, configured from ``settings`` (``Settings()`` if None)."""
    settings = settings or Settings()
    consumer_seek.install()  # partitions never committed are re-read after a rebalance
    consumer_commit.install()  # no offset committed past a message still in flight
    consumer_fetch.install()  # fetch again after 10 ms, not 100 ms, when records wait
    log_throttle.install()  # one line per 30 s, not ~75/s, while the broker is down
    consumer_pause.install()  # a fetch waiting while all partitions are paused takes nothing
    recovery_resume.install()  # input partitions resume after their seek, not before
    consumer_deliver.install()  # no four asyncio tasks per message delivered to the streams
    app = faust.App(
        settings.app_id,
        broker=broker_urls(settings.bootstrap),
        broker_credentials=broker_credentials(settings.security),
        store=settings.store,
        datadir=str(settings.data_dir),
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        consumer_auto_offset_reset=settings.offset_reset,
        broker_session_timeout=settings.session_timeout_seconds,
        # exactly-once: a stage's output becomes visible when its transaction commits, so
        # commit often (Kafka Streams uses 100 ms); at-least-once keeps Faust's 2.8 s
        broker_commit_interval=0.5 if settings.processing_guarantee == "exactly_once" else 2.8,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_seconds / 3),
        producer_linger=settings.producer_linger_ms / 1000.0,
        web_enabled=True,
        web_port=settings.web_port,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        autodiscover=False,
    )
    worker_id = worker_id_for(settings)
    pipeline = build_pipeline(app, settings, worker_id)
    app.pipeline = pipeline  # type: ignore[attr-defined]
    web.register_web(app, settings)
    recovery_watch.install(app)  # re-read changelog records table recovery never received

    @app.task
    async def on_started() -> None:
        metrics.BUILD_INFO.info(build_info(settings, worker_id))
        log.info(
            "wire-alerts worker %s: %s -> %s (guarantee %s, store %s, %d partitions)",
            worker_id,
            settings.input_topic,
            settings.alerts_topic,
            settings.processing_guarantee,
            settings.store,
            settings.partitions,
        )

    return app


def warm_up() -> float:
    """Load the detector's data before consuming (the first story is then not slow); seconds."""
    import time

    from streams.detector import Story, detect

    started = time.perf_counter()
    detect(
        Story(
            id="warm-up",
            headline="Leaders speak by phone",
            body="President Donald Trump spoke by phone with President Vladimir Putin on Monday.",
        )
    )
    return time.perf_counter() - started


def pipeline_of(app: faust.App) -> Pipeline:
    return app.pipeline  # type: ignore[attr-defined,no-any-return]


def build_info(settings: Settings, worker_id: str) -> dict[str, str]:
    """Labels of the ``wire_alerts_build_info`` metric."""
    from streams.detector import gazetteer

    try:
        gaz_version = gazetteer.Gazetteer.default().version
    except (OSError, ValueError, KeyError) as exc:  # missing/corrupt data files
        gaz_version = f"unavailable: {type(exc).__name__}"
    return {
        "version": streams.__version__,
        "gazetteer": gaz_version,
        "faust": faust.__version__,
        "python": platform.python_version(),
        "worker_id": worker_id,
        "app_id": settings.app_id,
        "processing_guarantee": settings.processing_guarantee,
    }

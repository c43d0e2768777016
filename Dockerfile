# syntax=docker/dockerfile:1
# The wire-alerts worker image (also runs `topics create` and `feed` in docker-compose.yml).
#
# Base pinned by exact tag and by the digest of its multi-architecture index; override
# with --build-arg PYTHON_IMAGE=... to move to a newer patch release.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:65a93d69fa75478d554f4ad27c85c1e69fa184956261b4301ebaf6dbb0a3543d
FROM ${PYTHON_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# An unprivileged user that owns only the worker's state directory.
RUN groupadd --system --gid 10001 wire \
 && useradd --system --uid 10001 --gid wire --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin wire \
 && mkdir -p /var/lib/wire-alerts \
 && chown wire:wire /var/lib/wire-alerts

WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY schemas ./schemas

# The same install as the README and .ci/run (`pip install -e '.[dev]'`) without the dev
# extra. Editable on purpose: the code finds repository files beside the package
# (schemas/*.json, the feeder's streams/samples), which live here under /app.
RUN pip install -e .

# Inside a container the web server listens on every interface (Prometheus scrapes it);
# state (RocksDB tables) goes to a directory the unprivileged user owns.
ENV WIRE_ALERTS_WEB_HOST=0.0.0.0 \
    WIRE_ALERTS_WEB_PORT=6066 \
    WIRE_ALERTS_DATA_DIR=/var/lib/wire-alerts/data

USER 10001:10001
EXPOSE 6066

# Liveness on /health; the slim image has no curl, so Python's urllib asks.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('WIRE_ALERTS_WEB_PORT', '6066'), timeout=4)"]

CMD ["wire-alerts", "worker"]

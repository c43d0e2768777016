#!/usr/bin/env bash
# Run every benchmark; each prints one JSON line (progress and logs go to stderr).
# Each starts its own broker on a dedicated port (unless KAFKA_BOOTSTRAP_SERVERS is set)
# and stops everything it started. Shorter runs: BENCH_QUICK=1 bash bench/run_all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
    N=20000 DURATION=10 SOAK=60
else
    N="${BENCH_N:-20000}" DURATION="${BENCH_DURATION:-60}" SOAK="${BENCH_SOAK_SECONDS:-600}"
fi
"$PY" bench/detector_bench.py
"$PY" bench/throughput.py --n "$N" --two-workers
"$PY" bench/latency.py --duration "$DURATION"
# the 48 h default window never expires in a soak; a 2-minute one shows the state bounded
"$PY" bench/soak.py --duration "$SOAK" --window "${BENCH_SOAK_WINDOW:-120}"

# wire-alerts developer entry points (the README names these targets).
#   make test        create .venv if needed, install, run every test (starts a local Kafka)
#   make demo        run the main job: local broker + worker + sample stories, prints alerts
#   make lint        ruff check + format check
#   make kafka-up / kafka-down / kafka-status   the local broker (`wire-alerts kafka ...`)
#   make bench       run the benchmarks (bench/run_all.sh)
#   make compiled-detector   (re)build the mypyc build of the detector for the current sources
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
LINT_PATHS := $(wildcard streams tests bench scripts)

.PHONY: venv compiled-detector system-deps system-deps-demo test lint kafka-fetch kafka-up kafka-down kafka-status demo bench

# Debian packages (JDK, Maven; for tests also promtool, amtool, chromium) when missing.
system-deps:
	@bash scripts/install-system-deps.sh test

system-deps-demo:
	@bash scripts/install-system-deps.sh demo

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@$(BIN)/python scripts/build_compiled_detector.py || echo "warning: compiled detector build did not run" >&2
	@touch $@

# out of tree (.cache/compiled/<hash>/), used only while the sources hash the same; a failed
# build warns and leaves the pure-Python detector (streams/detector/compiled.py)
compiled-detector: $(STAMP)
	@$(BIN)/python scripts/build_compiled_detector.py

test: system-deps venv
	$(BIN)/pytest -q $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

kafka-fetch: venv
	$(BIN)/wire-alerts kafka fetch

kafka-up: venv
	$(BIN)/wire-alerts kafka up

kafka-down: venv
	$(BIN)/wire-alerts kafka down

kafka-status: venv
	$(BIN)/wire-alerts kafka status

demo: system-deps-demo venv
	$(BIN)/wire-alerts demo

bench: venv
	@test -f bench/run_all.sh || { echo "bench/run_all.sh not found" >&2; exit 1; }
	bash bench/run_all.sh

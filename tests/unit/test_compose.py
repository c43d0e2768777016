"""docker-compose.yml, the Dockerfile and .env.example, checked without a Docker engine.

The compose file is validated against the Compose Specification JSON Schema
(``../shared/vendor-data/compose-spec.json``), its references are resolved against the
repository (build contexts, mounts, depends_on, commands, environment), the Prometheus and
Alertmanager configurations it mounts are checked with ``promtool``/``amtool`` exactly as
the containers see them, and the image's health check runs against a real HTTP server.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from streams.config import ENV_VARS, LOCAL_ONLY_ENV_VARS, Settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
ENV_EXAMPLE = REPO / ".env.example"
COMPOSE_SPEC = REPO.parent / "shared" / "vendor-data" / "compose-spec.json"
DEPLOYMENT_DOC = REPO / "docs" / "deployment.md"

WORKER = "worker"
IMAGE_SERVICES = ("worker", "topics", "feeder")
"""Services that run the wire-alerts image (their environment is the code's settings)."""
OWN_PREFIXES = ("WIRE_ALERTS_", "KAFKA_")

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


# --------------------------------------------------------------------------- helpers


def load_compose() -> dict[str, Any]:
    with open(COMPOSE_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def env_example() -> dict[str, str]:
    """KEY=VALUE lines of .env.example (comments and blank lines ignored)."""
    out: dict[str, str] = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep, f".env.example: not KEY=VALUE: {line!r}"
        out[key.strip()] = value.strip()
    return out


def interpolate(value: Any, env: dict[str, str]) -> Any:
    """Compose-style ``${...}`` substitution in every string of ``value``."""
    if isinstance(value, dict):
        return {k: interpolate(v, env) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, env) for v in value]
    if not isinstance(value, str):
        return value

    def sub(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3) or ""
        current = env.get(name)
        if op == ":-":
            return current if current else arg
        if op == "-":
            return current if current is not None else arg
        if op in (":?", "?"):
            missing = not current if op == ":?" else current is None
            if missing:
                raise KeyError(f"required variable {name} is missing: {arg}")
            return current or ""
        return current or ""

    return _VAR.sub(sub, value)


def compose_vars(value: Any) -> list[tuple[str, str | None, str]]:
    """Every ``${...}`` reference in the strings of ``value``: (name, operator, argument)."""
    if isinstance(value, dict):
        return [ref for v in value.values() for ref in compose_vars(v)]
    if isinstance(value, list):
        return [ref for v in value for ref in compose_vars(v)]
    if not isinstance(value, str):
        return []
    return [(m.group(1), m.group(2), m.group(3) or "") for m in _VAR.finditer(value)]


def service_env(service: dict[str, Any]) -> dict[str, str]:
    """A service's ``environment`` as a mapping (list or mapping syntax)."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: "" if v is None else str(v) for k, v in env.items()}


def argv(command: Any) -> list[str]:
    return shlex.split(command) if isinstance(command, str) else [str(c) for c in command]


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host path relative to the repo, container path) of every bind mount."""
    out: list[tuple[str, str]] = []
    for vol in service.get("volumes") or []:
        if isinstance(vol, str):
            parts = vol.split(":")
            source, target = parts[0], parts[1] if len(parts) > 1 else parts[0]
        else:
            if vol.get("type") != "bind":
                continue
            source, target = vol["source"], vol["target"]
        if source.startswith((".", "/")):
            out.append((source, target))
    return out


def host_path(source: str) -> Path:
    return (REPO / source).resolve() if not source.startswith("/") else Path(source)


def in_container(service: dict[str, Any], container_path: str) -> Path:
    """The host path a container path of ``service`` shows (its longest bind mount prefix)."""
    best: tuple[str, str] | None = None
    for source, target in bind_mounts(service):
        t = target.rstrip("/")
        if (container_path == t or container_path.startswith(t + "/")) and (
            best is None or len(t) > len(best[1])
        ):
            best = (source, t)
    assert best, f"{container_path} is not mounted into the container"
    return host_path(best[0]) / os.path.relpath(container_path, best[1])


def materialize(service: dict[str, Any], root: Path) -> Path:
    """Lay the service's bind mounts out under ``root`` as symlinks at their container paths."""
    for source, target in bind_mounts(service):
        link = root / target.lstrip("/")
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(host_path(source))
    return root


def command_flag(service: dict[str, Any], flag: str) -> str:
    for arg in argv(service.get("command") or []):
        if arg.startswith(flag + "="):
            return arg.split("=", 1)[1]
    raise AssertionError(f"{flag}= not in command {service.get('command')!r}")


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        word, _, rest = full.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def _ignore_regex(pattern: str) -> re.Pattern[str]:
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 1 :]:
            end = pattern.index("]", i + 1)
            out += pattern[i : end + 1]
            i = end + 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def dockerignored(rel: str) -> bool:
    """Whether .dockerignore keeps ``rel`` (a repo-relative path) out of the build context."""
    rules: list[tuple[bool, re.Pattern[str]]] = []
    for raw in DOCKERIGNORE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        rules.append((negate, _ignore_regex(pattern.strip().strip("/"))))
    parts = Path(rel).parts
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negate, rx in rules:
        if any(rx.match(c) for c in candidates):
            excluded = not negate
    return excluded


def copy_sources() -> list[tuple[list[str], str]]:
    """(sources, destination) of each COPY/ADD instruction (context copies only)."""
    out: list[tuple[list[str], str]] = []
    for word, rest in dockerfile_instructions():
        if word not in ("COPY", "ADD"):
            continue
        tokens = [t for t in shlex.split(rest) if not t.startswith("--")]
        out.append((tokens[:-1], tokens[-1]))
    return out


def pip_install_targets(text: str) -> list[tuple[bool, str]]:
    """(editable, project path without extras) of each ``pip install`` of a local project."""
    out: list[tuple[bool, str]] = []
    for m in re.finditer(r"""pip3?["']?[ \t]+install((?:[ \t]+[^\s;&|]+)*)""", text):
        editable = False
        for tok in m.group(1).split():
            tok = tok.strip("'\"`")
            if tok in ("-e", "--editable"):
                editable = True
            elif tok.startswith("-"):
                continue
            elif tok.startswith((".", "/", "$")):
                out.append((editable, re.sub(r"\[.*\]$", "", tok)))
                editable = False
    return out


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_compose()


@pytest.fixture(scope="module")
def resolved(compose: dict[str, Any]) -> dict[str, Any]:
    """The compose file interpolated with the values of .env.example (what `cp` gives)."""
    return interpolate(compose, env_example())


# --------------------------------------------------------------------------- schema


def test_compose_file_validates_against_the_compose_spec(compose: dict[str, Any]) -> None:
    assert COMPOSE_SPEC.is_file(), (
        f"Compose Specification schema not found at {COMPOSE_SPEC} "
        "(expected shared/vendor-data/compose-spec.json beside the repository)"
    )
    schema = yaml.safe_load(COMPOSE_SPEC.read_text(encoding="utf-8"))
    assert "draft-07" in schema["$schema"]
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    for doc in (compose, interpolate(compose, env_example())):
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        assert not errors, "\n".join(
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors
        )


def test_schema_rejects_what_compose_rejects() -> None:
    """The validator really checks: a misspelt key and a bad depends_on fail."""
    validator = jsonschema.Draft7Validator(yaml.safe_load(COMPOSE_SPEC.read_text(encoding="utf-8")))
    bad = load_compose()
    bad["services"][WORKER]["helthcheck"] = {"test": ["CMD", "true"]}
    assert list(validator.iter_errors(bad))
    bad = load_compose()
    bad["services"][WORKER]["depends_on"] = {"kafka": {"condition": "service_happy"}}
    assert list(validator.iter_errors(bad))


# --------------------------------------------------------------------------- .env.example


def test_env_example_defines_every_variable_the_compose_file_uses() -> None:
    used = {name for name, _, _ in compose_vars(load_compose())}
    example = env_example()
    assert used - set(example) == set(), "compose uses variables .env.example does not set"
    assert set(example) - used == set(), ".env.example sets variables compose never uses"


def test_compose_defaults_agree_with_env_example() -> None:
    """`docker compose up` without .env behaves as with the copied .env.example."""
    example = env_example()
    for name, op, arg in compose_vars(load_compose()):
        if op in (":-", "-"):
            assert arg == example[name], f"${{{name}}}: default {arg!r} != .env.example"


def test_only_secrets_are_required_and_none_has_a_default() -> None:
    required = {name for name, op, _ in compose_vars(load_compose()) if op in (":?", "?")}
    assert required == {"GRAFANA_ADMIN_PASSWORD"}
    with pytest.raises(KeyError, match="GRAFANA_ADMIN_PASSWORD"):
        interpolate(load_compose(), {})
    # The example holds a placeholder, never a usable default secret.
    assert "change-me" in env_example()["GRAFANA_ADMIN_PASSWORD"]


def test_tunable_worker_defaults_are_the_code_defaults(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each setting compose takes from .env defaults to what streams.config defaults to."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    code_default = Settings()
    tunable = 0
    for name, raw in service_env(compose["services"][WORKER]).items():
        refs = compose_vars(raw)
        if not refs or refs[0][0] != name:
            continue
        tunable += 1
        monkeypatch.setenv(name, interpolate(raw, {}))
        assert Settings() == code_default, f"{name}: compose default differs from the code's"
        monkeypatch.delenv(name)
    assert tunable >= 5


# --------------------------------------------------------------------------- references


def test_builds_and_mounts_exist(resolved: dict[str, Any]) -> None:
    declared_volumes = set(resolved.get("volumes") or {})
    for name, svc in resolved["services"].items():
        build = svc.get("build")
        if build:
            context = REPO / (build if isinstance(build, str) else build.get("context", "."))
            assert context.is_dir(), f"{name}: build context {context} missing"
            dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile")
            assert (context / (dockerfile or "Dockerfile")).is_file(), f"{name}: no Dockerfile"
        for source, target in bind_mounts(svc):
            path = host_path(source)
            assert path.exists(), f"{name}: mounts {source} -> {target}, which does not exist"
            assert REPO in path.parents or path == REPO, f"{name}: mounts outside the repo"
        for vol in svc.get("volumes") or []:
            if isinstance(vol, str) and not vol.startswith((".", "/")):
                assert vol.split(":")[0] in declared_volumes, f"{name}: undeclared volume {vol}"


def test_depends_on_targets_exist_and_can_satisfy_their_condition(
    resolved: dict[str, Any],
) -> None:
    services = resolved["services"]
    checked = 0
    for name, svc in services.items():
        deps = svc.get("depends_on") or {}
        if isinstance(deps, list):
            deps = {d: {"condition": "service_started"} for d in deps}
        for dep, spec in deps.items():
            checked += 1
            assert dep in services, f"{name} depends on unknown service {dep}"
            target = services[dep]
            condition = spec.get("condition", "service_started")
            if condition == "service_healthy":
                hc = target.get("healthcheck") or {}
                assert hc.get("test") and not hc.get("disable"), (
                    f"{name} waits for {dep} to be healthy but {dep} has no healthcheck"
                )
            if condition == "service_completed_successfully":
                assert target.get("restart", "no") == "no", f"{dep} must be one-shot"
            # A service in the default profile must not need one that is off by default.
            if not svc.get("profiles"):
                assert not target.get("profiles"), f"{name} depends on profiled {dep}"
    assert checked >= 5


def test_published_ports_bind_to_loopback_by_default(resolved: dict[str, Any]) -> None:
    raw = load_compose()
    published = 0
    for name, svc in raw["services"].items():
        for port in svc.get("ports") or []:
            published += 1
            assert isinstance(port, str), f"{name}: use the short syntax with BIND_ADDR"
            assert port.startswith("${BIND_ADDR:-127.0.0.1}:"), f"{name}: {port} not on BIND_ADDR"
    assert published >= 5
    for name, svc in interpolate(raw, {"GRAFANA_ADMIN_PASSWORD": "x"})["services"].items():
        for port in svc.get("ports") or []:
            assert port.startswith("127.0.0.1:"), f"{name}: {port}"
    assert env_example()["BIND_ADDR"] == "127.0.0.1"


def test_images_are_pinned(resolved: dict[str, Any]) -> None:
    for name, svc in resolved["services"].items():
        image = svc.get("image", "")
        if svc.get("build"):
            continue
        ref = image.split("@")[0]
        repo, _, tag = ref.rpartition(":")
        assert repo and tag and tag != "latest", f"{name}: image {image} is not pinned"
        assert re.fullmatch(r"v?\d+\.\d+\.\d+", tag), f"{name}: {image} needs an exact version"


# --------------------------------------------------------------------------- kafka


def test_kafka_is_the_official_image_in_kraft_mode(resolved: dict[str, Any]) -> None:
    kafka = resolved["services"]["kafka"]
    image, _, tag = kafka["image"].partition(":")
    assert image == "apache/kafka"
    assert re.fullmatch(r"4\.\d+\.\d+", tag), tag
    pom = (REPO / "deploy" / "kafka" / "pom.xml").read_text(encoding="utf-8")
    m = re.search(r"<kafka\.version>([^<]+)</kafka\.version>", pom)
    assert m and m.group(1) == tag, "compose and the local broker run different Kafka versions"

    env = service_env(kafka)
    assert "ZOOKEEPER" not in " ".join(env)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["CLUSTER_ID"]
    listeners = dict(
        item.split("://", 1) for item in env["KAFKA_LISTENERS"].split(",")
    )  # name -> host:port
    advertised = dict(item.split("://", 1) for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    protocols = dict(
        item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")
    )
    assert set(advertised) <= set(listeners) <= set(protocols)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] not in advertised
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised

    # The workers reach an advertised listener by the service's name ...
    bootstrap = service_env(resolved["services"][WORKER])["KAFKA_BOOTSTRAP_SERVERS"]
    assert bootstrap in advertised.values()
    host, _, port = bootstrap.rpartition(":")
    assert host == "kafka" and listeners[
        next(k for k, v in advertised.items() if v == bootstrap)
    ].endswith(":" + port)
    # ... and the host reaches the one whose container port is published.
    (published,) = kafka["ports"]
    bind, host_port, container_port = published.split(":")
    external = [k for k, v in listeners.items() if v.endswith(":" + container_port)]
    assert len(external) == 1 and external[0] in advertised
    assert advertised[external[0]] == f"{bind}:{host_port}"

    test = " ".join(kafka["healthcheck"]["test"])
    assert "kafka-broker-api-versions.sh" in test and f"--bootstrap-server {bootstrap}" in test


# --------------------------------------------------------------------------- the worker


def test_worker_environment_covers_every_setting(compose: dict[str, Any]) -> None:
    """Every setting the code reads is set, except the local/test broker's own settings."""
    env = service_env(compose["services"][WORKER])
    missing = [name for name in ENV_VARS if name not in env and name not in LOCAL_ONLY_ENV_VARS]
    assert not missing, f"worker environment lacks {missing} (streams.config.ENV_VARS)"
    local = [name for name in env if name in LOCAL_ONLY_ENV_VARS]
    assert not local, f"{local} configure the local broker only; dead in compose"


def test_no_dead_settings_in_image_services(compose: dict[str, Any]) -> None:
    for name in IMAGE_SERVICES:
        env = service_env(compose["services"][name])
        dead = [k for k in env if k.startswith(OWN_PREFIXES) and k not in ENV_VARS]
        assert not dead, f"{name} sets {dead}, which the code never reads"


def test_image_services_share_image_and_settings(compose: dict[str, Any]) -> None:
    services = compose["services"]
    first = services[IMAGE_SERVICES[0]]
    for name in IMAGE_SERVICES:
        svc = services[name]
        assert svc["image"] == first["image"] and svc.get("build") == first.get("build")
        # topics creates what the worker consumes: same topics and partition counts.
        assert service_env(svc) == service_env(first), f"{name} differs from the worker"


def test_worker_scales_out(resolved: dict[str, Any]) -> None:
    worker = resolved["services"][WORKER]
    assert "container_name" not in worker and "hostname" not in worker
    for port in worker.get("ports") or []:
        parts = port.split(":")
        # bind::container (ephemeral) or a host range, never one fixed host port.
        assert len(parts) == 3 and (parts[1] == "" or "-" in parts[1]), port
    env = service_env(worker)
    assert env["WIRE_ALERTS_WORKER_ID"] == "", "replicas would share one worker id"
    assert int(env["WIRE_ALERTS_PARTITIONS"]) >= 3, "--scale worker=3 needs >= 3 partitions"
    assert env["WIRE_ALERTS_WEB_HOST"] == "0.0.0.0", "Prometheus could not reach /metrics"
    named = set(resolved.get("volumes") or {})
    for vol in worker.get("volumes") or []:
        source = vol.split(":")[0] if isinstance(vol, str) else vol.get("source", "")
        assert source not in named, "replicas would share one RocksDB store directory"


def test_prometheus_discovers_every_worker_replica(resolved: dict[str, Any]) -> None:
    prom = resolved["services"]["prometheus"]
    root_config = command_flag(prom, "--config.file")
    (source,) = [s for s, t in bind_mounts(prom) if t == root_config]
    config = yaml.safe_load(host_path(source).read_text(encoding="utf-8"))
    web_port = int(service_env(resolved["services"][WORKER])["WIRE_ALERTS_WEB_PORT"])
    found = [
        sd
        for job in config["scrape_configs"]
        for sd in job.get("dns_sd_configs") or []
        if WORKER in sd.get("names", [])
    ]
    assert found, "no DNS discovery of the worker service"
    for sd in found:
        assert sd.get("type", "SRV") == "A", "compose DNS answers A records, not SRV"
        assert int(sd["port"]) == web_port


def test_image_services_run_real_cli_commands(resolved: dict[str, Any]) -> None:
    from streams.cli import build_parser

    parser = build_parser()
    for name in IMAGE_SERVICES:
        args = argv(resolved["services"][name]["command"])
        assert args[0] == "wire-alerts", f"{name}: {args}"
        try:
            parser.parse_args(args[1:])
        except SystemExit as exc:  # argparse error
            raise AssertionError(f"{name}: `{' '.join(args)}` is not a valid command") from exc
    feed = argv(resolved["services"]["feeder"]["command"])
    sample = feed[feed.index("feed") + 1]
    assert (REPO / sample).is_file(), f"feeder replays {sample}, which does not exist"
    assert not dockerignored(sample), f"{sample} is not in the image's build context"


def test_healthchecks_of_image_and_compose_agree(compose: dict[str, Any]) -> None:
    (hc,) = [rest for word, rest in dockerfile_instructions() if word == "HEALTHCHECK"]
    compose_test = compose["services"][WORKER]["healthcheck"]["test"]
    assert compose_test[0] == "CMD"
    assert compose_test[-1] in hc, "compose and the Dockerfile probe /health differently"


class _Health(http.server.BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        code = self.status if self.path == "/health" else 404
        self.send_response(code)
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_worker_healthcheck_really_probes_health(
    compose: dict[str, Any], health_server: http.server.ThreadingHTTPServer
) -> None:
    """Run the health check command against a real server: 200 passes, 503 and down fail."""
    cmd = argv(compose["services"][WORKER]["healthcheck"]["test"])[1:]
    assert cmd[0] == "python"
    cmd[0] = sys.executable
    port = health_server.server_address[1]
    env = {**os.environ, "WIRE_ALERTS_WEB_PORT": str(port)}

    def run() -> int:
        return subprocess.run(cmd, env=env, capture_output=True, timeout=30).returncode

    _Health.status = 200
    assert run() == 0
    _Health.status = 503
    assert run() != 0
    _Health.status = 200
    health_server.shutdown()
    health_server.server_close()
    assert run() != 0


# --------------------------------------------------------------------------- Dockerfile


def test_dockerfile_base_is_pinned_python_311_slim() -> None:
    instructions = dockerfile_instructions()
    args = {
        rest.split("=", 1)[0]: rest.split("=", 1)[1]
        for word, rest in instructions
        if word == "ARG" and "=" in rest
    }
    (base,) = [rest for word, rest in instructions if word == "FROM"]
    base = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], base.split()[0])
    m = re.fullmatch(r"python:(3\.11\.\d+)-slim-bookworm@sha256:([0-9a-f]{64})", base)
    assert m, f"base image {base} is not python:3.11.x-slim-bookworm pinned by digest"


def test_dockerfile_runs_as_non_root_with_health_and_worker() -> None:
    instructions = dockerfile_instructions()
    words = [w for w, _ in instructions]
    users = [rest for w, rest in instructions if w == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0"), "runs as root"
    last_run = max(i for i, w in enumerate(words) if w == "RUN")
    assert words.index("USER") > last_run, "USER must follow the install steps"
    (hc,) = [rest for w, rest in instructions if w == "HEALTHCHECK"]
    assert "/health" in hc and "curl" not in hc
    (cmd,) = [rest for w, rest in instructions if w == "CMD"]
    assert argv(yaml.safe_load(cmd)) == ["wire-alerts", "worker"]
    exposed = {
        int(p.split("/")[0]) for w, rest in instructions if w == "EXPOSE" for p in rest.split()
    }
    compose_env = service_env(load_compose()["services"][WORKER])
    assert exposed == {int(compose_env["WIRE_ALERTS_WEB_PORT"])}


def test_dockerfile_settings_are_real_and_state_is_writable() -> None:
    instructions = dockerfile_instructions()
    env: dict[str, str] = {}
    for word, rest in instructions:
        if word == "ENV":
            env.update(dict(tok.split("=", 1) for tok in shlex.split(rest)))
    dead = [k for k in env if k.startswith(OWN_PREFIXES) and k not in ENV_VARS]
    assert not dead, f"the Dockerfile sets {dead}, which the code never reads"
    data_dir = Path(env["WIRE_ALERTS_DATA_DIR"])
    owned = re.findall(r"chown\s+\S+\s+(/\S+)", " ".join(r for w, r in instructions if w == "RUN"))
    assert any(Path(o) in (data_dir, *data_dir.parents) for o in owned), (
        f"{data_dir} is not under a directory the image's user owns"
    )


def test_dockerfile_installs_this_package_like_the_readme_and_ci() -> None:
    runs = "\n".join(rest for w, rest in dockerfile_instructions() if w == "RUN")
    image = pip_install_targets(runs)
    assert image == [(True, ".")], f"the image must install this pyproject: {image}"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    if re.search(r"^\s*make\b", ci, re.M):  # .ci/run installs through the Makefile
        ci += (REPO / "Makefile").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for where, text in ((".ci/run", ci), ("README.md", readme)):
        assert (True, ".") in pip_install_targets(text), (
            f"{where} does not `pip install -e .` (with extras) like the image"
        )


def test_build_context_holds_what_the_install_and_runtime_need() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    copied: set[str] = set()
    for sources, _dest in copy_sources():
        for src in sources:
            assert (REPO / src).exists(), f"COPY {src}: missing in the repository"
            assert not dockerignored(src), f"COPY {src}: excluded by .dockerignore"
            copied.add(src.rstrip("/"))
    needed = {"pyproject.toml", pyproject["project"]["readme"], "streams"}
    assert needed <= copied, f"the image lacks {needed - copied}"
    for heavy in (".git", ".venv", "tests", "bench", "deploy", ".env"):
        assert dockerignored(heavy), f"{heavy} would be sent to the build context"


def test_copied_tree_imports_the_cli_and_loads_its_data(tmp_path: Path) -> None:
    """Assemble /app as the Dockerfile does and run the code from it (what `-e .` sees)."""
    workdir = [rest for w, rest in dockerfile_instructions() if w == "WORKDIR"][-1]
    app = tmp_path / workdir.lstrip("/")
    app.mkdir(parents=True)

    def ignore(folder: str, names: list[str]) -> list[str]:
        rel = Path(folder).relative_to(REPO)
        return [n for n in names if dockerignored(str(rel / n))]

    for sources, dest in copy_sources():
        target = (app / dest).resolve()
        for src in sources:
            path = REPO / src
            if path.is_dir():  # COPY dir dest: the directory's contents go to dest
                shutil.copytree(path, target, ignore=ignore, dirs_exist_ok=True)
            elif dest.endswith("/") or len(sources) > 1:
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / path.name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
    probe = (
        "import streams, streams.cli, streams.schemas as s\n"
        f"assert streams.__file__.startswith({str(app)!r}), streams.__file__\n"
        "streams.cli.build_parser()\n"
        "for name in sorted(p.name for p in s.SCHEMA_DIR.glob('*.json')) or ['none']:\n"
        "    s.validator(name)\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    env["PYTHONPATH"] = str(app)
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=app, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


# --------------------------------------------------------------------------- observability


def _promtool() -> str:
    tool = shutil.which("promtool")
    assert tool, "promtool not found (Debian package `prometheus`; .ci/run installs it)"
    return tool


def _rule_files(config_path: Path) -> set[Path]:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    out: set[Path] = set()
    for pattern in config.get("rule_files") or []:
        out |= {p.resolve() for p in config_path.parent.glob(pattern)}
    return out


def test_compose_prometheus_config_passes_promtool(
    resolved: dict[str, Any], tmp_path: Path
) -> None:
    prom = resolved["services"]["prometheus"]
    root = materialize(prom, tmp_path / "root")
    config = root / command_flag(prom, "--config.file").lstrip("/")
    proc = subprocess.run(
        [_promtool(), "check", "config", str(config)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

    # The same rules as the repository's own Prometheus configuration, all of them.
    ours = _rule_files(config)
    repo_rules = _rule_files(REPO / "deploy" / "prometheus" / "prometheus.yml")
    assert repo_rules, "deploy/prometheus/prometheus.yml loads no rules"
    assert ours == repo_rules, (
        f"compose loads {sorted(ours)}, deploy/prometheus {sorted(repo_rules)}"
    )

    # Every job the rules select on is a job compose scrapes.
    jobs = {job["job_name"] for job in yaml.safe_load(config.read_text())["scrape_configs"]}
    for rule_file in ours:
        for job in re.findall(r'job\s*=~?\s*\\?"([^"\\]+)', rule_file.read_text(encoding="utf-8")):
            assert job in jobs, f"{rule_file.name} selects job={job!r}, not scraped in compose"
    alertmanagers = yaml.safe_load(config.read_text())["alerting"]["alertmanagers"]
    targets = {t for am in alertmanagers for sc in am["static_configs"] for t in sc["targets"]}
    assert {t.split(":")[0] for t in targets} <= set(resolved["services"])


def test_alertmanager_config_passes_amtool(resolved: dict[str, Any], tmp_path: Path) -> None:
    tool = shutil.which("amtool")
    assert tool, "amtool not found (Debian package `prometheus-alertmanager`)"
    am = resolved["services"]["alertmanager"]
    root = materialize(am, tmp_path / "root")
    config = root / command_flag(am, "--config.file").lstrip("/")
    proc = subprocess.run(
        [tool, "check-config", str(config)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _provisioned(grafana: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    folder = in_container(grafana, f"/etc/grafana/provisioning/{kind}")
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    assert files, f"no {kind} provisioning files in {folder}"
    return [yaml.safe_load(f.read_text(encoding="utf-8")) for f in files]


def test_grafana_finds_the_dashboards_it_is_given(resolved: dict[str, Any]) -> None:
    grafana = resolved["services"]["grafana"]
    providers = [p for doc in _provisioned(grafana, "dashboards") for p in doc["providers"]]
    assert providers
    for provider in providers:
        folder = in_container(grafana, provider["options"]["path"])
        assert sorted(folder.glob("*.json")), f"no dashboards in {folder}"
        assert folder.resolve() == (REPO / "deploy" / "grafana" / "dashboards").resolve()


def test_grafana_datasource_is_the_repository_one_on_the_compose_network(
    resolved: dict[str, Any],
) -> None:
    grafana = resolved["services"]["grafana"]
    ours = [ds for doc in _provisioned(grafana, "datasources") for ds in doc["datasources"]]
    repo_files = sorted(
        (REPO / "deploy" / "grafana" / "provisioning" / "datasources").glob("*.y*ml")
    )
    theirs = [
        ds
        for f in repo_files
        for ds in yaml.safe_load(f.read_text(encoding="utf-8"))["datasources"]
    ]
    strip = ("url",)
    assert [{k: v for k, v in ds.items() if k not in strip} for ds in ours] == [
        {k: v for k, v in ds.items() if k not in strip} for ds in theirs
    ], "compose's datasource drifted from deploy/grafana/provisioning/datasources"
    for ds in ours:
        parts = urlsplit(ds["url"])
        assert parts.hostname in resolved["services"], f"{ds['url']} is no compose service"
        assert parts.hostname == "prometheus" and parts.port == 9090
    # Every datasource uid a dashboard names is provisioned.
    uids = {ds["uid"] for ds in ours}
    dashboards = sorted((REPO / "deploy" / "grafana" / "dashboards").glob("*.json"))
    assert dashboards
    for dash in dashboards:
        refs = _datasource_uids(json.loads(dash.read_text(encoding="utf-8")))
        assert refs and refs <= uids, f"{dash.name} uses datasource uids {refs - uids}"


def _datasource_uids(node: Any) -> set[str]:
    """uids of every ``datasource`` reference in a dashboard (template variables excluded)."""
    out: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            is_ref = key == "datasource" and isinstance(value, dict) and "uid" in value
            if is_ref and not str(value["uid"]).startswith("$"):
                out.add(str(value["uid"]))
            out |= _datasource_uids(value)
    elif isinstance(node, list):
        for value in node:
            out |= _datasource_uids(value)
    return out


# --------------------------------------------------------------------------- docs


def test_deployment_doc_says_what_opens_where(resolved: dict[str, Any]) -> None:
    text = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    for name, svc in resolved["services"].items():
        for port in svc.get("ports") or []:
            _bind, host_port, container_port = port.split(":")
            assert (host_port or container_port) in text, f"{name}: port {port} undocumented"
    for phrase in ("--scale worker=", "partition", "SASL_SSL", "state store"):
        assert phrase.lower() in text.lower(), f"docs/deployment.md does not cover {phrase!r}"

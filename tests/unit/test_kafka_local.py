"""Unit tests for streams.kafka_local: no broker, no JVM."""

from __future__ import annotations

import argparse
import base64
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from streams import kafka_local
from streams.config import ENV_VARS, Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def local_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a local broker on free ports with state and cache under tmp_path."""
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.setenv("WIRE_ALERTS_KAFKA_PORT", str(_free_port()))
    monkeypatch.setenv("WIRE_ALERTS_KAFKA_CONTROLLER_PORT", str(_free_port()))
    monkeypatch.setenv("WIRE_ALERTS_KAFKA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("WIRE_ALERTS_KAFKA_CACHE_DIR", str(tmp_path / "cache"))
    return Settings()


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    kafka_local.add_arguments(parser)
    return parser.parse_args(argv)


def _properties(text: str) -> dict[str, str]:
    props = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f"not key=value: {line!r}"
            props[key.strip()] = value.strip()
    return props


# ------------------------------------------------------------------ rendering


def test_server_properties_use_configured_ports_and_state_dir(local_settings: Settings) -> None:
    text = kafka_local.render_server_properties(local_settings)
    props = _properties(text)
    port, cport = local_settings.local_kafka_port, local_settings.local_kafka_controller_port
    assert "$" not in text
    assert props["listeners"] == f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}"
    assert props["advertised.listeners"] == f"PLAINTEXT://127.0.0.1:{port}"
    assert props["controller.quorum.voters"] == f"1@127.0.0.1:{cport}"
    assert props["log.dirs"] == str(Path(local_settings.kafka_state_dir) / "kraft-logs")
    assert props["process.roles"] == "broker,controller"
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
        "share.coordinator.state.topic.replication.factor",
    ):
        assert props[key] == "1", key


def test_bad_template_placeholder_is_a_clear_error(local_settings: Settings) -> None:
    with pytest.raises(kafka_local.KafkaLocalError, match="placeholder"):
        kafka_local.render_server_properties(local_settings, template="x=${nope}\n")


def test_pom_pins_kafka_4_and_the_log4j2_binding() -> None:
    assert kafka_local.kafka_version().startswith("4.")
    pom = kafka_local.POM.read_text()
    for artifact in ("kafka_2.13", "log4j-slf4j2-impl", "log4j-core"):
        assert f"<artifactId>{artifact}</artifactId>" in pom


def test_libs_dir_is_versioned_under_the_cache(local_settings: Settings) -> None:
    libs = kafka_local.libs_dir(local_settings)
    assert libs == Path(local_settings.kafka_cache_dir) / kafka_local.kafka_version() / "libs"
    assert not kafka_local.jars_cached(local_settings)


def test_cluster_id_is_a_kafka_uuid() -> None:
    ids = {kafka_local.new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cid in ids:
        assert len(cid) == 22 and not cid.startswith("-")
        assert len(base64.urlsafe_b64decode(cid + "==")) == 16


def test_java_command_sets_heap_logging_and_classpath(tmp_path: Path) -> None:
    paths = kafka_local.BrokerPaths(tmp_path)
    cmd = kafka_local.java_command("java", tmp_path / "libs", paths, "kafka.Kafka", "x.props")
    assert cmd[:3] == ["java", "-Xms256m", "-Xmx512m"]
    assert f"-Dlog4j2.configurationFile={kafka_local.LOG4J_CONFIG}" in cmd
    assert f"-Dkafka.logs.dir={tmp_path / 'logs'}" in cmd
    assert cmd[cmd.index("-cp") + 1] == f"{tmp_path / 'libs'}/*"
    assert cmd[-2:] == ["kafka.Kafka", "x.props"]


def test_settings_for_tests_use_test_ports_and_temp_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.setenv("WIRE_ALERTS_TEST_KAFKA_PORT", "12345")
    monkeypatch.setenv("WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT", "12346")
    settings = kafka_local.settings_for_tests()
    assert settings.bootstrap == "127.0.0.1:12345"
    assert settings.local_kafka_controller_port == 12346
    assert Path(settings.kafka_state_dir).parent == Path(tempfile.gettempdir())
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker.example:9093")
    assert kafka_local.settings_for_tests().bootstrap == "broker.example:9093"


def test_new_settings_are_listed_in_env_vars() -> None:
    for name in (
        "WIRE_ALERTS_KAFKA_START_TIMEOUT",
        "WIRE_ALERTS_TEST_KAFKA_PORT",
        "WIRE_ALERTS_TEST_KAFKA_CONTROLLER_PORT",
    ):
        assert name in ENV_VARS


@pytest.mark.parametrize(
    ("bootstrap", "expected"),
    [
        ("127.0.0.1:9092", [("127.0.0.1", 9092)]),
        ("a:1, b:2", [("a", 1), ("b", 2)]),
        ("SASL_SSL://h.example:9093", [("h.example", 9093)]),
        ("[::1]:9092", [("::1", 9092)]),
        ("localhost", [("localhost", 9092)]),
    ],
)
def test_bootstrap_parsing(bootstrap: str, expected: list[tuple[str, int]]) -> None:
    assert kafka_local._hostports(bootstrap) == expected


# -------------------------------------------------------------------- the CLI


def test_kafka_command_is_registered() -> None:
    from streams.cli import COMMANDS

    assert COMMANDS["kafka"][0] == "streams.kafka_local"


def test_command_parsing() -> None:
    args = _parse("up", "--timeout", "5", "--test")
    assert (args.kafka_action, args.timeout, args.test) == ("up", 5.0, True)
    assert _parse("up").timeout is None
    args = _parse("logs", "-n", "10", "-f")
    assert (args.kafka_action, args.lines, args.follow) == ("logs", 10, True)
    assert _parse("down", "--grace", "3").grace == 3.0
    assert _parse("status").kafka_action == "status"
    assert _parse("fetch").kafka_action == "fetch"
    with pytest.raises(SystemExit):
        _parse()
    with pytest.raises(SystemExit):
        _parse("restart")


def test_missing_java_is_a_one_line_error(
    local_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert kafka_local.run(_parse("up")) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "java" in err and "OpenJDK 17" in err


def test_missing_maven_is_a_one_line_error(
    local_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert kafka_local.run(_parse("fetch")) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "mvn" in err and "Maven" in err


def test_status_of_a_stopped_broker_exits_1(
    local_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kafka_local.run(_parse("status")) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"down: {local_settings.bootstrap}")


def test_down_without_a_broker_is_fine(
    local_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kafka_local.run(_parse("down")) == 0
    assert "no Kafka broker was running" in capsys.readouterr().out


def test_external_cluster_starts_and_stops_nothing(
    local_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bootstrap = f"127.0.0.1:{_free_port()}"  # nothing listens there
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", bootstrap)
    state = Path(local_settings.kafka_state_dir)

    assert kafka_local.run(_parse("down")) == 0
    assert "external cluster" in capsys.readouterr().out

    assert kafka_local.run(_parse("up", "--timeout", "2")) == 1
    captured = capsys.readouterr()
    assert "external cluster" in captured.out
    assert "does not answer" in captured.err

    assert kafka_local.run(_parse("status")) == 1
    assert capsys.readouterr().out.strip() == f"down: {bootstrap} (external cluster)"
    assert not state.exists(), "an external cluster must not touch the local state dir"
    assert kafka_local.stop_broker(Settings()) is False


def test_logs_prints_the_tail(local_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert kafka_local.run(_parse("logs")) == 1
    assert "no broker log" in capsys.readouterr().err
    log = kafka_local.paths_for(local_settings).log_file
    log.parent.mkdir(parents=True)
    log.write_text("".join(f"line {i}\n" for i in range(100)))
    assert kafka_local.run(_parse("logs", "-n", "3")) == 0
    assert capsys.readouterr().out.splitlines() == ["line 97", "line 98", "line 99"]


def test_tail_of_missing_file_is_empty(tmp_path: Path) -> None:
    assert kafka_local.tail(tmp_path / "nope.log") == []


# ------------------------------------------------------------ pid handling


def _fake_broker(paths: kafka_local.BrokerPaths, ignore_term: bool) -> subprocess.Popen[bytes]:
    """A process whose command line looks like our broker's (kafka.Kafka <properties>)."""
    code = "import signal, time\n"
    if ignore_term:
        code += "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    code += "print('ready', flush=True)\ntime.sleep(60)\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "kafka.Kafka", str(paths.properties)],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
    paths.state_dir.mkdir(parents=True, exist_ok=True)
    paths.pid_file.write_text(f"{proc.pid}\n")
    return proc


def test_pid_file_of_an_unrelated_process_is_ignored(local_settings: Settings) -> None:
    paths = kafka_local.paths_for(local_settings)
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        paths.state_dir.mkdir(parents=True)
        paths.pid_file.write_text(f"{proc.pid}\n")
        assert kafka_local.broker_pid(local_settings) is None
        assert kafka_local.stop_broker(local_settings) is False
        assert proc.poll() is None, "stop_broker must not signal a process that is not ours"
        assert not paths.pid_file.exists()
    finally:
        proc.kill()
        proc.wait()


def test_stop_sends_sigterm_first(local_settings: Settings) -> None:
    proc = _fake_broker(kafka_local.paths_for(local_settings), ignore_term=False)
    try:
        assert kafka_local.broker_pid(local_settings) == proc.pid
        assert kafka_local.stop_broker(local_settings, grace=10) is True
        assert proc.wait(timeout=5) == -signal.SIGTERM
        assert kafka_local.broker_pid(local_settings) is None
    finally:
        proc.kill()
        proc.wait()


def test_stop_escalates_to_sigkill_after_the_grace_period(local_settings: Settings) -> None:
    proc = _fake_broker(kafka_local.paths_for(local_settings), ignore_term=True)
    try:
        started = time.monotonic()
        assert kafka_local.stop_broker(local_settings, grace=0.5) is True
        assert time.monotonic() - started >= 0.5
        assert proc.wait(timeout=5) == -signal.SIGKILL
        assert not kafka_local.paths_for(local_settings).pid_file.exists()
    finally:
        proc.kill()
        proc.wait()

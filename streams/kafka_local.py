"""``wire-alerts kafka up|down|status|logs|fetch``: a real local Apache Kafka broker.

The broker is Apache Kafka 4.x (KRaft, one combined broker+controller node on
127.0.0.1) run from its Maven Central jars: ``deploy/kafka/pom.xml`` pins them,
Maven copies them once into ``WIRE_ALERTS_KAFKA_CACHE_DIR/<version>/libs`` and the
broker runs as a detached ``java`` process whose pid file, rendered
``server.properties``, data and log live in ``WIRE_ALERTS_KAFKA_STATE_DIR``.

When ``KAFKA_BOOTSTRAP_SERVERS`` is set nothing is started or stopped: the
commands (and :func:`ensure_broker`) use that cluster, with the security
settings from :class:`streams.config.KafkaSecurity`.

Python API for tests and other commands: :func:`ensure_broker`,
:func:`start_broker`, :func:`stop_broker`, :func:`broker_alive`,
:func:`broker_pid`, :func:`fetch_jars`, :func:`settings_for_tests`.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import dataclasses
import fcntl
import hashlib
import logging
import os
import re
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from streams.config import KafkaSecurity, Settings

REPO_ROOT = Path(__file__).resolve().parent.parent
DEPLOY_DIR = REPO_ROOT / "deploy" / "kafka"
POM = DEPLOY_DIR / "pom.xml"
TEMPLATE = DEPLOY_DIR / "server.properties.template"
LOG4J_CONFIG = DEPLOY_DIR / "log4j2.properties"

HOST = "127.0.0.1"
HEAP_OPTS = ("-Xms256m", "-Xmx512m")
STOP_GRACE_SECONDS = 20.0
JAVA_MISSING = (
    "java not found: install OpenJDK 17 (Debian: apt-get install openjdk-17-jdk-headless)"
)
MVN_MISSING = "mvn not found: install Maven to fetch the Kafka jars (Debian: apt-get install maven)"

Echo = Callable[[str], None]

# Broker processes started by this Python process, so they can be reaped.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


class KafkaLocalError(RuntimeError):
    """A local-broker operation failed; the message is meant for the user."""


@dataclasses.dataclass(frozen=True)
class BrokerPaths:
    """Files of one local broker inside its state directory."""

    state_dir: Path

    @property
    def properties(self) -> Path:
        return self.state_dir / "server.properties"

    @property
    def pid_file(self) -> Path:
        return self.state_dir / "broker.pid"

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "server.log"

    @property
    def data_dir(self) -> Path:
        return self.state_dir / "kraft-logs"

    @property
    def cluster_id_file(self) -> Path:
        return self.state_dir / "cluster-id"

    @property
    def lock_file(self) -> Path:
        return self.state_dir / ".lock"


@dataclasses.dataclass(frozen=True)
class BrokerInfo:
    """What :func:`start_broker` found or did."""

    bootstrap: str
    pid: int | None  # None for an external cluster
    started: bool  # True when this call started the process
    external: bool


def paths_for(settings: Settings) -> BrokerPaths:
    return BrokerPaths(Path(settings.kafka_state_dir))


def settings_for_tests(settings: Settings | None = None) -> Settings:
    """Settings of the test suite's own broker: test ports, state under the temp dir.

    ``KAFKA_BOOTSTRAP_SERVERS`` is kept, so an external cluster still wins.
    """
    settings = settings or Settings()
    port = settings.test_kafka_port
    return dataclasses.replace(
        settings,
        local_kafka_port=port,
        local_kafka_controller_port=settings.test_kafka_controller_port,
        kafka_state_dir=Path(tempfile.gettempdir()) / f"wire-alerts-test-kafka-{port}",
    )


# --------------------------------------------------------------------------- jars


def kafka_version(pom: Path = POM) -> str:
    """The Kafka version pinned in the pom (``<kafka.version>``)."""
    if not pom.is_file():
        raise KafkaLocalError(
            f"{pom} not found: the kafka command runs from a source checkout (pip install -e .)"
        )
    match = re.search(r"<kafka\.version>\s*([^<\s]+)\s*</kafka\.version>", pom.read_text())
    if not match:
        raise KafkaLocalError(f"no <kafka.version> property in {pom}")
    return match.group(1)


def libs_dir(settings: Settings) -> Path:
    return Path(settings.kafka_cache_dir) / kafka_version() / "libs"


def _pom_digest() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def jars_cached(settings: Settings) -> bool:
    marker = libs_dir(settings) / ".fetched"
    return marker.is_file() and marker.read_text().strip() == _pom_digest()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def fetch_jars(settings: Settings, echo: Echo | None = None) -> Path:
    """Copy the pinned jars into the cache once (Maven); return the libs directory."""
    libs = libs_dir(settings)
    if jars_cached(settings):
        return libs
    with _file_lock(libs.parent / ".lock"):
        if jars_cached(settings):
            return libs
        mvn = shutil.which("mvn")
        if not mvn:
            raise KafkaLocalError(MVN_MISSING)
        if echo:
            echo(f"fetching Kafka {kafka_version()} jars with Maven into {libs} (once)")
        tmp = libs.parent / f"libs.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [
            mvn,
            "-q",
            "-B",
            "-Dstyle.color=never",
            "-f",
            str(POM),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={tmp}",
        ]
        proc = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=1800
        )
        if proc.returncode != 0 or not any(tmp.glob("kafka_2.13-*.jar")):
            shutil.rmtree(tmp, ignore_errors=True)
            out = _last_lines((proc.stdout + proc.stderr).splitlines(), 30)
            raise KafkaLocalError(
                f"mvn failed (exit {proc.returncode}) fetching the Kafka jars:\n{out}"
            )
        shutil.rmtree(libs, ignore_errors=True)
        tmp.rename(libs)
        (libs / ".fetched").write_text(_pom_digest() + "\n")
    return libs


def find_java() -> str:
    """Path of the ``java`` executable (``JAVA_HOME`` first, then ``PATH``)."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and os.access(Path(java_home) / "bin" / "java", os.X_OK):
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise KafkaLocalError(JAVA_MISSING)
    return java


# ---------------------------------------------------------------- configuration


def render_server_properties(settings: Settings, template: str | None = None) -> str:
    """``server.properties`` for the local broker described by ``settings``."""
    text = TEMPLATE.read_text() if template is None else template
    try:
        return string.Template(text).substitute(
            host=HOST,
            broker_port=settings.local_kafka_port,
            controller_port=settings.local_kafka_controller_port,
            log_dirs=paths_for(settings).data_dir,
        )
    except (KeyError, ValueError) as exc:
        raise KafkaLocalError(f"bad placeholder in {TEMPLATE}: {exc}") from exc


def new_cluster_id() -> str:
    """A Kafka cluster id: a random UUID, base64url without padding (22 chars)."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):  # Kafka's Uuid.randomUuid() avoids these too
            return cid


def java_command(java: str, libs: Path, paths: BrokerPaths, main: str, *args: str) -> list[str]:
    return [
        java,
        *HEAP_OPTS,
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
        f"-Dkafka.logs.dir={paths.log_dir}",
        "-cp",
        f"{libs}/*",
        main,
        *args,
    ]


def format_storage(java: str, libs: Path, paths: BrokerPaths) -> None:
    """Format the KRaft log directory once (``kafka.tools.StorageTool``)."""
    if (paths.data_dir / "meta.properties").is_file():
        return
    if paths.cluster_id_file.is_file():
        cluster_id = paths.cluster_id_file.read_text().strip()
    else:
        cluster_id = new_cluster_id()
        paths.cluster_id_file.write_text(cluster_id + "\n")
    cmd = java_command(
        java,
        libs,
        paths,
        "kafka.tools.StorageTool",
        "format",
        "--config",
        str(paths.properties),
        "--cluster-id",
        cluster_id,
        "--ignore-formatted",
    )
    proc = subprocess.run(
        cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300
    )
    if proc.returncode != 0:
        out = _last_lines((proc.stdout + proc.stderr).splitlines(), 30)
        raise KafkaLocalError(f"formatting Kafka storage failed (exit {proc.returncode}):\n{out}")


# --------------------------------------------------------------------- liveness


def _hostports(bootstrap: str) -> list[tuple[str, int]]:
    result = []
    for item in bootstrap.split(","):
        item = item.strip()
        if "://" in item:
            item = item.split("://", 1)[1]
        if not item:
            continue
        host, _, port = item.rpartition(":")
        if not host:
            host, port = port, "9092"
        result.append((host.strip("[]"), int(port)))
    return result


def port_open(host: str, port: int, timeout: float = 1.0) -> bool:
    """True when something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


@contextlib.contextmanager
def _quiet_kafka_logging() -> Iterator[None]:
    logger = logging.getLogger("kafka")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def broker_alive(
    bootstrap: str, security: KafkaSecurity | None = None, timeout: float = 5.0
) -> bool:
    """True when a broker at ``bootstrap`` answers a metadata request."""
    if not any(port_open(h, p, timeout=min(timeout, 2.0)) for h, p in _hostports(bootstrap)):
        return False
    from kafka import KafkaAdminClient

    kwargs = (security or KafkaSecurity(protocol="PLAINTEXT")).kafka_python_kwargs()
    ms = max(int(timeout * 1000), 1000)
    admin = None
    with _quiet_kafka_logging():
        try:
            admin = KafkaAdminClient(
                bootstrap_servers=bootstrap,
                client_id="wire-alerts-kafka-check",
                request_timeout_ms=ms,
                bootstrap_timeout_ms=ms,
                **kwargs,
            )
            return bool(admin.describe_cluster().get("brokers"))
        except Exception:
            return False
        finally:
            if admin is not None:
                with contextlib.suppress(Exception):
                    admin.close()


def _pid_alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie is gone


def _is_our_broker(pid: int, paths: BrokerPaths) -> bool:
    if not _pid_alive(pid):
        return False
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid file
    args = [a.decode(errors="replace") for a in argv]
    return "kafka.Kafka" in args and str(paths.properties) in args


def broker_pid(settings: Settings) -> int | None:
    """Pid of the local broker of this state dir when its process is running."""
    paths = paths_for(settings)
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_broker(pid, paths) else None


# ---------------------------------------------------------------- start / stop


def _last_lines(lines: list[str], n: int) -> str:
    return "\n".join(lines[-n:])


def tail(path: Path, n: int = 40) -> list[str]:
    """The last ``n`` lines of a text file (empty when it does not exist)."""
    try:
        with open(path, errors="replace") as fh:
            return [line.rstrip("\n") for line in deque(fh, maxlen=n)]
    except OSError:
        return []


def _failure(message: str, paths: BrokerPaths) -> KafkaLocalError:
    lines = tail(paths.log_file, 40)
    log = "\n".join(lines) if lines else "(empty)"
    return KafkaLocalError(f"{message}\n--- last lines of {paths.log_file} ---\n{log}")


def _wait_ready(pid: int, bootstrap: str, paths: BrokerPaths, deadline: float) -> bool:
    """Wait until the broker answers; False on timeout, error when the process died."""
    while True:
        if not _pid_alive(pid):
            child = _CHILDREN.get(pid)
            code = child.returncode if child is not None else "?"
            raise _failure(f"the Kafka broker (pid {pid}) exited with code {code}", paths)
        remaining = deadline - time.monotonic()
        if broker_alive(bootstrap, timeout=max(1.0, min(5.0, remaining))):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.5)


def _check_ports_free(settings: Settings, paths: BrokerPaths) -> None:
    for port, var in (
        (settings.local_kafka_port, "WIRE_ALERTS_KAFKA_PORT"),
        (settings.local_kafka_controller_port, "WIRE_ALERTS_KAFKA_CONTROLLER_PORT"),
    ):
        if not port_open(HOST, port, timeout=0.5):
            continue
        if port == settings.local_kafka_port and broker_alive(f"{HOST}:{port}", timeout=3):
            raise KafkaLocalError(
                f"a Kafka broker not started from {paths.state_dir} already listens on "
                f"{HOST}:{port}: set KAFKA_BOOTSTRAP_SERVERS={HOST}:{port} to use it, "
                f"or choose another {var}"
            )
        raise KafkaLocalError(f"port {HOST}:{port} is in use by another process: set {var}")


def start_broker(
    settings: Settings, timeout: float | None = None, echo: Echo | None = None
) -> BrokerInfo:
    """Start the local broker, or reuse a healthy one; return once it answers.

    With ``KAFKA_BOOTSTRAP_SERVERS`` set, start nothing and check that cluster.
    """
    timeout = settings.kafka_start_timeout if timeout is None else timeout
    bootstrap = settings.bootstrap
    if settings.external_cluster:
        if not broker_alive(bootstrap, settings.security, timeout=min(timeout, 15.0)):
            raise KafkaLocalError(
                f"KAFKA_BOOTSTRAP_SERVERS={bootstrap} is set but that cluster does not "
                "answer a metadata request"
            )
        return BrokerInfo(bootstrap, None, started=False, external=True)

    paths = paths_for(settings)
    with _file_lock(paths.lock_file):
        pid = broker_pid(settings)
        if pid is not None:
            deadline = time.monotonic() + timeout
            if _wait_ready(pid, bootstrap, paths, deadline):
                if echo:
                    echo(f"reusing the running Kafka broker at {bootstrap} (pid {pid})")
                return BrokerInfo(bootstrap, pid, started=False, external=False)
            raise _failure(
                f"the Kafka broker (pid {pid}) runs but did not answer at {bootstrap} "
                f"within {timeout:.0f}s; stop it with `wire-alerts kafka down`",
                paths,
            )
        paths.pid_file.unlink(missing_ok=True)
        _check_ports_free(settings, paths)
        java = find_java()
        libs = fetch_jars(settings, echo)
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        paths.properties.write_text(render_server_properties(settings))
        format_storage(java, libs, paths)
        if paths.log_file.exists():
            paths.log_file.replace(paths.log_file.with_name(paths.log_file.name + ".1"))
        cmd = java_command(java, libs, paths, "kafka.Kafka", str(paths.properties))
        deadline = time.monotonic() + timeout  # fetching and formatting do not count
        with open(paths.log_file, "ab") as log:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=paths.state_dir,
                start_new_session=True,  # own process group: Ctrl-C does not reach it
            )
        _CHILDREN[proc.pid] = proc
        paths.pid_file.write_text(f"{proc.pid}\n")
        if echo:
            echo(f"started Kafka {kafka_version()} (pid {proc.pid}), waiting for {bootstrap}")
        try:
            ready = _wait_ready(proc.pid, bootstrap, paths, deadline)
        except KafkaLocalError:
            paths.pid_file.unlink(missing_ok=True)
            raise
        except BaseException:  # Ctrl-C while waiting: leave nothing half-started behind
            _terminate(proc.pid, grace=5.0)
            paths.pid_file.unlink(missing_ok=True)
            raise
        if not ready:
            _terminate(proc.pid, grace=5.0)
            paths.pid_file.unlink(missing_ok=True)
            raise _failure(
                f"the Kafka broker did not answer at {bootstrap} within {timeout:.0f}s", paths
            )
        return BrokerInfo(bootstrap, proc.pid, started=True, external=False)


def ensure_broker(
    settings: Settings | None = None, timeout: float | None = None, echo: Echo | None = None
) -> str:
    """Make sure a broker answers (start the local one if needed); return the bootstrap."""
    return start_broker(settings or Settings(), timeout=timeout, echo=echo).bootstrap


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _pid_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _terminate(pid: int, grace: float) -> None:
    """SIGTERM the broker's process group, SIGKILL it after ``grace`` seconds."""
    with contextlib.suppress(ProcessLookupError):
        _signal_group(pid, signal.SIGTERM)
    if not _wait_gone(pid, grace):
        with contextlib.suppress(ProcessLookupError):
            _signal_group(pid, signal.SIGKILL)
        if not _wait_gone(pid, 10.0):
            raise KafkaLocalError(f"the Kafka broker (pid {pid}) survived SIGKILL")
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        child.wait()


def stop_broker(settings: Settings | None = None, grace: float = STOP_GRACE_SECONDS) -> bool:
    """Stop the local broker (SIGTERM, then SIGKILL after ``grace``); True if one ran.

    Does nothing for an external cluster (``KAFKA_BOOTSTRAP_SERVERS``).
    """
    settings = settings or Settings()
    if settings.external_cluster:
        return False
    paths = paths_for(settings)
    with _file_lock(paths.lock_file):
        pid = broker_pid(settings)
        if pid is not None:
            _terminate(pid, grace)
        paths.pid_file.unlink(missing_ok=True)
        return pid is not None


# -------------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--test",
        action="store_true",
        help="act on the test suite's broker (WIRE_ALERTS_TEST_KAFKA_PORT, state in $TMPDIR)",
    )
    sub = parser.add_subparsers(dest="kafka_action", required=True, metavar="ACTION")
    up = sub.add_parser(
        "up", parents=[common], help="start the broker (or reuse it); wait until it answers"
    )
    up.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds to wait for the broker (default WIRE_ALERTS_KAFKA_START_TIMEOUT, 90)",
    )
    down = sub.add_parser("down", parents=[common], help="stop the broker")
    down.add_argument(
        "--grace",
        type=float,
        default=STOP_GRACE_SECONDS,
        help="seconds between SIGTERM and SIGKILL (default %(default)s)",
    )
    sub.add_parser(
        "status", parents=[common], help="say whether the broker is up (exit 0) or not (1)"
    )
    logs = sub.add_parser("logs", parents=[common], help="show the broker log")
    logs.add_argument("-n", "--lines", type=int, default=50, help="lines to show (default 50)")
    logs.add_argument("-f", "--follow", action="store_true", help="keep printing new lines")
    sub.add_parser("fetch", parents=[common], help="download the Kafka jars into the cache")


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _external_note(settings: Settings) -> str:
    return (
        f"KAFKA_BOOTSTRAP_SERVERS is set: using the external cluster at "
        f"{settings.bootstrap_servers}; nothing is started or stopped"
    )


def _cmd_up(settings: Settings, args: argparse.Namespace) -> int:
    if settings.external_cluster:
        print(_external_note(settings))
    info = start_broker(settings, timeout=args.timeout, echo=_err)
    where = "external cluster" if info.external else f"local broker, pid {info.pid}"
    print(f"Kafka is up at {info.bootstrap} ({where})")
    return 0


def _cmd_down(settings: Settings, args: argparse.Namespace) -> int:
    if settings.external_cluster:
        print(_external_note(settings))
        return 0
    if stop_broker(settings, grace=args.grace):
        print(f"stopped the Kafka broker at {settings.bootstrap}")
    else:
        print(f"no Kafka broker was running from {settings.kafka_state_dir}")
    return 0


def _cmd_status(settings: Settings, args: argparse.Namespace) -> int:
    bootstrap = settings.bootstrap
    if settings.external_cluster:
        alive = broker_alive(bootstrap, settings.security, timeout=10.0)
        print(f"{'up' if alive else 'down'}: {bootstrap} (external cluster)")
        return 0 if alive else 1
    pid = broker_pid(settings)
    alive = broker_alive(bootstrap, timeout=5.0)
    if alive and pid is not None:
        detail = f"local broker, pid {pid}, state {settings.kafka_state_dir}"
    elif alive:
        detail = f"a broker not started from {settings.kafka_state_dir}"
    elif pid is not None:
        detail = f"pid {pid} runs but does not answer; see `wire-alerts kafka logs`"
    else:
        detail = "not running; start it with `wire-alerts kafka up`"
    print(f"{'up' if alive else 'down'}: {bootstrap} ({detail})")
    return 0 if alive else 1


def _cmd_logs(settings: Settings, args: argparse.Namespace) -> int:
    if settings.external_cluster:
        _err("no local broker log: KAFKA_BOOTSTRAP_SERVERS points at an external cluster")
        return 1
    path = paths_for(settings).log_file
    if not path.exists():
        _err(f"no broker log at {path} (start the broker with `wire-alerts kafka up`)")
        return 1
    for line in tail(path, args.lines):
        print(line)
    if args.follow:
        sys.stdout.flush()
        _follow(path)
    return 0


def _follow(path: Path) -> None:
    with open(path, errors="replace") as fh:
        fh.seek(0, os.SEEK_END)
        inode = os.fstat(fh.fileno()).st_ino
        while True:
            line = fh.readline()
            if line:
                sys.stdout.write(line)
                sys.stdout.flush()
                continue
            time.sleep(0.5)
            with contextlib.suppress(OSError):
                if os.stat(path).st_ino != inode:  # the broker restarted: new log file
                    fh.close()
                    return _follow_from_start(path)


def _follow_from_start(path: Path) -> None:
    with open(path, errors="replace") as fh:
        for line in fh:
            sys.stdout.write(line)
    _follow(path)


def _cmd_fetch(settings: Settings, args: argparse.Namespace) -> int:
    print(fetch_jars(settings, echo=_err))
    return 0


_ACTIONS = {
    "up": _cmd_up,
    "down": _cmd_down,
    "status": _cmd_status,
    "logs": _cmd_logs,
    "fetch": _cmd_fetch,
}


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    if getattr(args, "test", False):
        settings = settings_for_tests(settings)
    try:
        return _ACTIONS[args.kafka_action](settings, args)
    except KafkaLocalError as exc:
        _err(f"wire-alerts kafka {args.kafka_action}: error: {exc}")
        return 1


def main(argv: list[str] | None = None) -> int:
    """``python -m streams.kafka_local ACTION``: the same as ``wire-alerts kafka ACTION``."""
    parser = argparse.ArgumentParser(prog="wire-alerts kafka", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

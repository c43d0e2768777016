"""Run ``wire-alerts board`` / ``wire-alerts webhooks`` as subprocesses for integration tests."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from worker_proc import free_port, spawn, terminate


class ServiceProc:
    """``python -m streams <command>``, ready when its ``/ready`` answers 200."""

    def __init__(self, command: str, env: dict[str, str], log_path: Path, *args: str) -> None:
        self.env = {**os.environ, **env, "PYTHONUNBUFFERED": "1"}
        self.env.setdefault("WIRE_ALERTS_BOARD_PORT", str(free_port()))
        self.port = int(self.env["WIRE_ALERTS_BOARD_PORT"])
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.cmd = [sys.executable, "-m", "streams", command, *args]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServiceProc:
        self.proc = spawn(self.cmd, self.env, self.log_path)
        return self

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=3) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def wait_ready(self, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise RuntimeError(f"{self.cmd} exited early:\n{self.log()}")
            with contextlib.suppress(OSError, ValueError):
                status, body = self.get("/ready")
                if status == 200:
                    return json.loads(body)
            time.sleep(0.3)
        raise TimeoutError(f"{self.cmd} not ready after {timeout:.0f}s:\n{self.log()}")

    def stop(self, timeout: float = 20.0) -> int:
        if self.proc is None:
            return 0
        return terminate(self.proc, timeout)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

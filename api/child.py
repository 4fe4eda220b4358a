"""``bangraph serve`` in a child process, for the tests and the benchmarks that need a real server.

It binds 127.0.0.1 on a free port, is waited for until ``/healthz`` answers (or its exit is reported
with the end of its log), and is stopped by its PID: SIGTERM, then SIGKILL if it does not stop.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServeProcess:
    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def graphql(self) -> str:
        return self.base + "/graphql"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 60) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own loopback server
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start_serve(env: dict[str, str], log_path: Path, timeout: float = 120) -> ServeProcess:
    """Start ``bangraph serve`` with exactly ``env`` and wait until it is healthy."""
    port = free_port()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = ServeProcess(proc, port, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bangraph serve exited with {proc.returncode}:\n{server.log()[-3000:]}")
        if _healthy(server.base + "/healthz"):
            return server
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"bangraph serve did not become healthy in {timeout:g} s:\n{server.log()[-3000:]}")

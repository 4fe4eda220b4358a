"""A live ``bangraph serve`` for the API tests that need a real HTTP server (audit, browser, load, fuzz).

The server runs in its own process on 127.0.0.1 and a free port, over a
throwaway store directory, and is stopped by its PID.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
API_KEY = "live-test-key"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
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

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(store_dir: Path, log_path: Path, extra_env: dict | None = None, timeout: float = 120) -> LiveServer:
    port = free_port()
    env = {
        **os.environ,
        "BANGRAPH_STORE": str(store_dir),
        "BANGRAPH_API_KEY": API_KEY,
        "BANGRAPH_DB_LOG_LEVEL": "SEVERE",
        **(extra_env or {}),
    }
    env.pop("NEO4J_URI", None)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(proc, port, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bangraph serve exited with {proc.returncode}:\n{server.log()[-3000:]}")
        try:
            if httpx.get(server.base + "/healthz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"bangraph serve did not become healthy in {timeout} s:\n{server.log()[-3000:]}")


def corpus_inputs(directory: Path, limit: int | None = None) -> list[dict]:
    """Dev-corpus articles as DocumentInput dicts (text or html plus the sidecar's metadata)."""
    import json

    out = []
    for meta_path in sorted(directory.glob("*.meta.json")):
        stem = meta_path.name[: -len(".meta.json")]
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        doc = {k: meta.get(k) for k in ("id", "title", "publisher", "published", "url", "language") if meta.get(k)}
        doc.setdefault("id", stem)
        txt, html = directory / f"{stem}.txt", directory / f"{stem}.html"
        if txt.exists():
            doc["text"] = txt.read_text(encoding="utf-8")
        elif html.exists():
            doc["html"] = html.read_text(encoding="utf-8")
        else:
            continue
        out.append(doc)
    return out[:limit] if limit else out

"""A live ``bangraph serve`` for the API tests that need a real HTTP server (audit, browser, load, fuzz).

The server runs in its own process on 127.0.0.1 and a free port, over a
throwaway store directory, and is stopped by its PID.
"""

from __future__ import annotations

import os
from pathlib import Path

from api.child import ROOT, ServeProcess, free_port, start_serve

API_KEY = "live-test-key"
LiveServer = ServeProcess
__all__ = ["API_KEY", "ROOT", "LiveServer", "corpus_inputs", "free_port", "start_server"]


def start_server(store_dir: Path, log_path: Path, extra_env: dict | None = None, timeout: float = 120) -> LiveServer:
    env = {
        **os.environ,
        "BANGRAPH_STORE": str(store_dir),
        "BANGRAPH_API_KEY": API_KEY,
        "BANGRAPH_DB_LOG_LEVEL": "SEVERE",
        **(extra_env or {}),
    }
    env.pop("NEO4J_URI", None)
    return start_serve(env, log_path, timeout)


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

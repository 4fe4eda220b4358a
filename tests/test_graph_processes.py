"""Crash safety and sharing of the embedded store across processes (real child processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_facts

from graph import StoreConfig, open_store
from graph.embedded import StoreBusyError

CHILD = Path(__file__).parent / "helpers" / "store_child.py"
pytestmark = pytest.mark.slow


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, BANGRAPH_DB_LOG_LEVEL="SEVERE")
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _wait_line(proc: subprocess.Popen, prefix: str) -> str:
    for line in proc.stdout:
        if line.startswith(prefix):
            return line.strip()
    raise AssertionError(f"child exited (rc={proc.wait()}) before printing {prefix!r}")


def test_sigkill_mid_load_leaves_only_whole_documents(tmp_path):
    # 200 documents x (3 entities + ban + statement + role) = 1,200 facts; killed part-way.
    proc = _spawn(str(tmp_path), "write", "200")
    committed = []
    try:
        for line in proc.stdout:
            if line.startswith("committed "):
                committed.append(line.split()[1])
                if len(committed) == 40:
                    break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(committed) == 40, "child did not get far enough to be killed part-way"

    with open_store(StoreConfig(store_dir=tmp_path)) as store:
        docs = {r["id"]: r for r in store.read("test.document_wholeness")}
        assert set(committed) <= set(docs), "a committed document was lost"
        assert len(docs) < 200, "the child was not killed part-way"
        expected = make_facts("docX", "Country X", "App X", "2023-01-01", extra_sentences=20)
        n_evidence = sum(len(e.mentions) for e in expected.entities) + 3  # ban, statement, role
        for doc_id, row in docs.items():
            assert row["evidence"] == n_evidence, f"{doc_id} is partial: {row}"
            assert row["bans"] == 1 and row["targets"] == 1 and row["roles"] == 1, f"{doc_id} is partial: {row}"
        assert store.read("test.unevidenced") == []


def test_second_process_shares_the_running_server(tmp_path):
    holder = _spawn(str(tmp_path), "hold")
    try:
        _wait_line(holder, "ready")
        with open_store(StoreConfig(store_dir=tmp_path)) as store:
            assert not store.owns_server
            store.write_document(make_facts("shared1", "Canada", "TikTok", "2023-02-27"))
            assert store.counts()["Document"] == 1
        # the holder's server still runs after the client left
        with open_store(StoreConfig(store_dir=tmp_path)) as store:
            assert store.counts()["Document"] == 1
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    # once the owner is gone, the next process owns the store and finds the data
    with open_store(StoreConfig(store_dir=tmp_path)) as store:
        assert store.owns_server
        assert store.counts()["Document"] == 1


def test_second_process_refuses_clearly_when_owner_does_not_answer(tmp_path):
    locker = _spawn(str(tmp_path), "lock")
    try:
        _wait_line(locker, "ready")
        with pytest.raises(StoreBusyError, match="locked by .* does not answer"):
            open_store(StoreConfig(store_dir=tmp_path, wait_seconds=1.0))
    finally:
        locker.stdin.close()
        locker.wait(timeout=30)


def test_credentials_are_private(tmp_path):
    with open_store(StoreConfig(store_dir=tmp_path)):
        mode = (tmp_path / "credentials.json").stat().st_mode & 0o777
        assert mode == 0o600
        assert (tmp_path / "server.json").exists()
    assert not (tmp_path / "server.json").exists()


def test_exit_with_the_store_left_open_is_clean(tmp_path):
    """An exception with the store still open exits normally (no JVM crash, no hang) and releases the store."""
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), "forget"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, BANGRAPH_DB_LOG_LEVEL="SEVERE"),
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "deliberate failure" in proc.stderr
    assert "SIGSEGV" not in proc.stderr and "fatal error" not in proc.stderr
    assert not (tmp_path / "server.json").exists()

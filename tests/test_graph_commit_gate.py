"""Reads never see half a commit: the commit gate (graph/store.py ``CommitGate``).

The embedded ArcadeDB applies a commit page by page, and a statement reading meanwhile could see a
derived Follow whose FOLLOWER and FOLLOWED edges were not there yet (the API then answered "has no
followed entity in the graph"). The gate makes a commit wait for the statements already running and
holds new ones until it is done.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from factories import make_facts
from neo4j.exceptions import Neo4jError

from graph.store import CommitGate, commit_gate


def _in_thread(fn) -> tuple[threading.Thread, threading.Event]:
    done = threading.Event()

    def run():
        fn()
        done.set()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, done


def test_a_commit_waits_for_the_reads_already_running():
    gate = CommitGate()
    gate.enter_read()
    _, committed = _in_thread(gate.enter_commit)
    assert not committed.wait(0.3), "the commit went in while a read was running"
    gate.leave_read()
    assert committed.wait(5)
    gate.leave_commit()


def test_a_waiting_commit_holds_new_reads_until_it_is_done():
    gate = CommitGate()
    gate.enter_read()
    _, committed = _in_thread(gate.enter_commit)
    time.sleep(0.1)
    assert not gate.try_enter_read(), "a new read overtook a waiting commit"
    _, second_read = _in_thread(gate.enter_read)
    assert not second_read.wait(0.2)
    gate.leave_read()
    assert committed.wait(5)
    assert not second_read.wait(0.2), "a read went in during the commit"
    gate.leave_commit()
    assert second_read.wait(5)
    gate.leave_read()
    assert gate.try_enter_read()
    gate.leave_read()


def test_reads_share_the_gate():
    gate = CommitGate()
    assert gate.try_enter_read() and gate.try_enter_read()
    _, in_too = _in_thread(gate.enter_read)
    assert in_too.wait(5)
    for _ in range(3):
        gate.leave_read()


def test_an_async_read_waits_without_blocking_the_event_loop():
    gate = CommitGate()
    gate.enter_commit()

    async def scenario() -> tuple[int, bool]:
        ticks = 0
        entered = asyncio.create_task(gate.aenter_read())
        while ticks < 20:  # the loop keeps running while the read waits
            await asyncio.sleep(0.01)
            ticks += 1
        waiting = not entered.done()
        gate.leave_commit()
        await asyncio.wait_for(entered, 5)
        gate.leave_read()
        return ticks, waiting

    ticks, waited = asyncio.run(scenario())
    assert ticks == 20 and waited


def test_one_gate_per_server():
    assert commit_gate("bolt://127.0.0.1:1") is commit_gate("bolt://127.0.0.1:1")
    assert commit_gate("bolt://127.0.0.1:1") is not commit_gate("bolt://127.0.0.1:2")


def test_stores_of_one_server_share_its_gate(store, corpus_store):
    assert store._gate is corpus_store._gate


def test_a_failed_write_leaves_the_gate(store):
    with pytest.raises(Neo4jError):
        store._write(lambda tx: tx.run("RETURN no_such_function(1) AS x").consume())
    assert store._gate.try_enter_read()
    store._gate.leave_read()
    store.write_document(make_facts("gate-doc", "Atlantis", "Chirper", "2023-03-01"))
    assert store._gate.try_enter_read(), "a write that committed left the gate held"
    store._gate.leave_read()


def _load_follows(store, n: int) -> int:
    for i in range(n):
        store.write_document(make_facts(f"gate-{i}", f"Country{i:02d}", "Chirper", f"2023-03-{i + 1:02d}"))
    return store.refresh_derived_follows()


def test_reads_never_see_a_follow_without_its_ends_while_follows_are_recomputed(store):
    derived = _load_follows(store, 10)
    assert derived == 45
    stop = time.monotonic() + 4
    torn: list[str] = []
    counts = {"writes": 0, "reads": 0}

    def check(rows: list[dict]) -> None:
        counts["reads"] += 1
        torn.extend(r["node"]["id"] for r in rows if r["follower"] is None or r["followed"] is None)

    def recompute() -> None:
        while time.monotonic() < stop:
            store.refresh_derived_follows()
            counts["writes"] += 1

    def read_in_thread() -> None:
        while time.monotonic() < stop:
            check(store.read("api.follows", explicit=None, skip=0, limit=1000))

    async def read_on_loop() -> None:
        while time.monotonic() < stop:
            check(await store.aread("api.follows", explicit=None, skip=0, limit=1000))

    async def readers() -> None:
        await store.aopen()
        try:
            await asyncio.gather(read_on_loop(), read_on_loop())
        finally:
            await store.aclose()

    threads = [threading.Thread(target=recompute), threading.Thread(target=read_in_thread)]
    for t in threads:
        t.start()
    asyncio.run(readers())
    for t in threads:
        t.join()
    assert counts["writes"] >= 5 and counts["reads"] >= 20, counts  # the two did overlap
    assert torn == [], f"{len(torn)} follows read without their ends, e.g. {torn[:3]}"
    assert store.refresh_derived_follows() == derived


# -- other processes on the same embedded store --------------------------------------

CHILD = Path(__file__).parent / "helpers" / "store_child.py"


def test_a_commit_in_another_process_waits_for_this_process_reads(tmp_path):
    lock = tmp_path / "commit.lock"
    here, there = CommitGate(lock), CommitGate(lock)  # two open file descriptions: two processes' view
    here.enter_read()
    _, committed = _in_thread(there.enter_commit)
    assert not committed.wait(0.3), "a commit went in while another process was reading"
    here.leave_read()
    assert committed.wait(5)
    assert not here.try_enter_read(), "a read went in during another process's commit"
    there.leave_commit()
    assert here.try_enter_read()
    here.leave_read()


def test_reading_without_pause_lets_another_process_commit_within_an_epoch(tmp_path):
    lock = tmp_path / "commit.lock"
    here, there = CommitGate(lock), CommitGate(lock)
    stop = threading.Event()

    def overlapping_reads() -> None:  # as concurrent requests: the next read starts before the last ends
        here.enter_read()
        while not stop.is_set():
            if here.try_enter_read():
                here.leave_read()  # the older one ends
            else:  # refused: let the running one end, then wait for a turn
                here.leave_read()
                here.enter_read()
        here.leave_read()

    reader = threading.Thread(target=overlapping_reads, daemon=True)
    reader.start()
    try:
        time.sleep(0.05)
        _, committed = _in_thread(there.enter_commit)
        assert committed.wait(10 * CommitGate.EPOCH + 5), "another process's commit waited for ever"
        there.leave_commit()
    finally:
        stop.set()
    reader.join(5)
    assert not reader.is_alive()


def test_reads_never_see_half_of_another_process_commit(tmp_path):
    """A second process writes through the first one's embedded server (``bangraph load`` alongside
    ``bangraph serve``); the first one's reads must not see its commits half done."""
    from graph import StoreConfig, open_store

    store_dir = tmp_path / "shared"
    with open_store(StoreConfig(store_dir=store_dir)) as owner:
        derived = _load_follows(owner, 10)
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(store_dir), "refresh", "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=dict(os.environ, BANGRAPH_DB_LOG_LEVEL="SEVERE"),
        )
        try:
            assert child.stdout.readline().strip() == "ready"
            torn, reads = [], 0
            while child.poll() is None:
                rows = owner.read("api.follows", explicit=None, skip=0, limit=1000)
                reads += 1
                torn.extend(r["node"]["id"] for r in rows if r["follower"] is None or r["followed"] is None)
            out = child.stdout.read()
        finally:
            child.kill()
            child.wait()
        refreshed = int(out.split()[-1])
        assert refreshed >= 5 and reads >= 5, (refreshed, reads)  # both made progress
        assert torn == [], f"{len(torn)} follows read without their ends, e.g. {torn[:3]}"
        assert owner.refresh_derived_follows() == derived


def test_an_embedded_store_reads_wait_for_a_commit_of_another_process(tmp_path):
    from graph import StoreConfig, open_store

    store_dir = tmp_path / "shared"
    with open_store(StoreConfig(store_dir=store_dir)) as owner:
        other_process = CommitGate(store_dir / "commit.lock")
        other_process.enter_commit()
        try:
            _, read = _in_thread(lambda: owner.read("read.ping"))
            assert not read.wait(0.5), "a read went in during another process's commit"
        finally:
            other_process.leave_commit()
        assert read.wait(10)

"""The Store: bangraph's one data path, over the official ``neo4j`` driver.

Both backends — the embedded ArcadeDB (default) and a Neo4j 5 server — are
reached through Bolt with the same named, parameterised statements from the
catalog; they differ only in how the server is found (graph/embedded.py) and
in schema DDL (graph/ddl.py).
"""

from __future__ import annotations

import asyncio
import atexit
import fcntl
import functools
import itertools
import logging
import os
import threading
import time
import weakref
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

import anyio.to_thread
from neo4j import READ_ACCESS, GraphDatabase, ManagedTransaction
from neo4j.exceptions import Neo4jError
from neo4j.graph import Node

from graph import catalog, ddl, write
from graph.config import StoreConfig
from loaders.model import MEASURES_APART, Ban, DocumentFacts, Evidence, _digest
from schema import ENTITY_LABEL, MODEL

log = logging.getLogger(__name__)

# Bans that express an actual restriction can be "followed"; proposals, advice
# and court-blocked measures are not something a later government copies.
FOLLOWABLE_STATUSES = ["in_force", "enacted_law", "temporary"]


_OPEN: weakref.WeakSet[Store] = weakref.WeakSet()


def close_all_stores() -> None:
    """Close every store this process still has open (drivers first, then embedded servers)."""
    for store in list(_OPEN):
        store.close()


_SCALARS = frozenset({str, int, float, bool, type(None)})


class _Unusual(Exception):
    """A value :func:`_plain` leaves to the driver's own exporter."""


def _plain(value):
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is Node:
        # its properties, as ``value.items()`` gives them (the driver dropped nulls), copied in one step; the
        # driver is pinned and tests/test_graph_store.py compares the result with ``record.data()``
        props = value._properties
        out = props.copy()
        for k, v in props.items():
            if type(v) not in _SCALARS:
                out[k] = _plain(v)
        return out
    if kind is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    raise _Unusual


# A Record is a tuple of its values; its own ``__iter__`` is a generator that checks every value for a
# failed hydration, which _plain leaves to ``record.data()`` (an unknown type) anyway.
_values = tuple.__iter__


def plain_record(record) -> dict:
    """``record.data()``, the same dict, without its ``isinstance`` walk for the values a statement of ours
    returns (scalars, lists, maps, nodes); anything else (relationships, paths, temporal and spatial values)
    goes through ``record.data()`` itself. Measured: ``data()`` was ~30% of the API server's CPU per request
    (an ``isinstance`` against abstract base classes for every value)."""
    try:
        return dict(zip(record.keys(), map(_plain, _values(record)), strict=True))
    except _Unusual:
        return record.data()


def plain_records(keys, records) -> list[dict]:
    """:func:`plain_record` for the records of one result, whose keys are ``keys`` (``result.keys()``)."""
    try:
        return [dict(zip(keys, map(_plain, _values(r)), strict=True)) for r in records]
    except _Unusual:
        return [plain_record(r) for r in records]


def _drop_graph(result) -> None:
    """Empty the graph an async result hydrated its nodes into, once its records are read.

    Why: every node holds its graph and the graph holds every node, so a result's nodes (with their
    property dicts, lists and label sets: ~30 objects a bans page) were freed only by the cyclic garbage
    collector, which ran ~0.46 times a request, and its gen-1 passes walked thousands of them. Emptied,
    they go when the records do. Measured in-process on the benchmark graph (CPU per request through the
    app, min / median of 8 alternating runs): bans by imposer 1.282 / 1.371 -> 1.252 / 1.303 ms, follows
    1.297 / 1.356 -> 1.255 / 1.315 ms, entity with its bans and evidence 3.159 / 3.408 -> 3.102 / 3.210 ms.
    Private attributes of the pinned driver; if they move, nothing is emptied (a test notices)."""
    try:
        graph = result._hydration_scope._graph_hydrator.graph
        graph._nodes.clear()
        graph._relationships.clear()
    except AttributeError:
        pass


class CommitGate:
    """Reads share the gate; a commit holds it alone (writer-preferring: a waiting commit stops new reads).

    Why: the embedded ArcadeDB applies a commit page by page, and a read-committed statement running
    meanwhile can see some of its pages and not others (ArcadeData/arcadedb#4959, "readers can observe
    torn multi-page commits"). Recomputing derived follows deletes and recreates Follow nodes and their
    edges in one transaction; a follows read overlapping its commit saw Follow nodes without their
    FOLLOWER and FOLLOWED edges (measured: 3 readers against back-to-back refreshes, 2,363 torn rows in
    40 s; none with the gate), and the API answered "has no followed entity in the graph".

    One gate per server per process (:func:`commit_gate`): every statement a Store reads runs inside it,
    every transaction a Store writes commits inside it. A reader on the event loop never blocks it
    (:meth:`aenter_read` polls); a commit waits only for the statements already running.

    Other processes on the same embedded store (``bangraph load`` while ``bangraph serve`` runs: the
    second process writes through the first one's server) meet at ``lock_path`` with ``flock``: a
    process holds it shared while any of its statements runs, a commit holds it exclusively. A commit
    first takes ``<lock_path>.writer`` exclusively, and no process starts reading while it is held (a
    kernel lock is no queue: a reader retrying at once could otherwise take the shared lock back before
    the waiting commit, again and again). A process reading without pause checks every :attr:`EPOCH`
    seconds whether a commit waits, and then lets its running reads finish before new ones start, so
    another process's commit waits about that long at most.
    """

    EPOCH = 0.1  # seconds a process's reads may hold the shared file lock without a pause

    def __init__(self, lock_path: str | os.PathLike | None = None) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writers = 0  # committing, or waiting for the readers to leave
        self._draining = False  # letting go of the file lock: new reads wait for the running ones
        self._shared_since = 0.0
        self._commits = threading.Lock()  # one commit at a time holds the file lock
        self._fd: int | None = None
        self._writer_fd: int | None = None
        if lock_path is not None:
            flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC
            self._fd = os.open(lock_path, flags, 0o600)
            self._writer_fd = os.open(f"{os.fspath(lock_path)}.writer", flags, 0o600)

    def _commit_waiting(self) -> bool:
        """A commit of another process holds the writer lock (called with no commit of this process about)."""
        try:
            fcntl.flock(self._writer_fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(self._writer_fd, fcntl.LOCK_UN)
        return False

    def try_enter_read(self) -> bool:
        """Enter at once, or return False (never blocks on another thread or process)."""
        with self._cond:
            if self._writers or self._draining:
                return False
            if self._fd is not None:
                if not self._readers:
                    if self._commit_waiting():
                        return False
                    try:
                        fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    except BlockingIOError:  # another process is committing
                        return False
                    self._shared_since = time.monotonic()
                elif time.monotonic() - self._shared_since > self.EPOCH:
                    if self._commit_waiting():
                        self._draining = True
                        return False
                    self._shared_since = time.monotonic()
            self._readers += 1
            return True

    def enter_read(self) -> None:
        delay = 0.0005
        while not self.try_enter_read():
            with self._cond:
                self._cond.wait(delay)  # woken when a commit or the last read leaves
            delay = min(delay * 2, 0.002)

    async def aenter_read(self) -> None:
        delay = 0.0005
        while not self.try_enter_read():
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.002)

    def leave_read(self) -> None:
        with self._cond:
            self._readers -= 1
            if not self._readers:
                if self._fd is not None:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
                self._draining = False
                self._cond.notify_all()

    @contextmanager
    def reading(self) -> Iterator[None]:
        self.enter_read()
        try:
            yield
        finally:
            self.leave_read()

    def enter_commit(self) -> None:
        with self._cond:
            self._writers += 1
            while self._readers:
                self._cond.wait()
        try:
            self._commits.acquire()
        except BaseException:  # interrupted while waiting: nothing of ours is held but the writer count
            self._leave_writers()
            raise
        try:
            if self._fd is not None:
                fcntl.flock(self._writer_fd, fcntl.LOCK_EX)  # no process starts reading from now on
                fcntl.flock(self._fd, fcntl.LOCK_EX)  # other processes' reads leave within EPOCH
        except BaseException:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)  # (unlocking what is not held is a no-op)
                fcntl.flock(self._writer_fd, fcntl.LOCK_UN)
            self._commits.release()
            self._leave_writers()
            raise

    def leave_commit(self) -> None:
        try:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
                fcntl.flock(self._writer_fd, fcntl.LOCK_UN)
        finally:
            self._commits.release()
            self._leave_writers()

    def _leave_writers(self) -> None:
        with self._cond:
            self._writers -= 1
            self._cond.notify_all()


_GATES: dict[tuple[str, str | None], CommitGate] = {}
_GATES_LOCK = threading.Lock()


def commit_gate(uri: str, lock_path: str | os.PathLike | None = None) -> CommitGate:
    """The process's gate for the server at ``uri`` (shared by every Store on it: databases of one
    server, the HTTP app's store and a loader's); ``lock_path`` (the embedded store's
    ``commit.lock``) also makes it meet other processes on that store."""
    with _GATES_LOCK:
        key = (uri, None if lock_path is None else os.path.realpath(lock_path))
        gate = _GATES.get(key)
        if gate is None:
            gate = _GATES[key] = CommitGate(lock_path)
        return gate


class FactError(ValueError):
    """A document's facts are inconsistent (missing evidence, dangling reference)."""


@dataclass
class WriteResult:
    document_id: str
    status: str  # created | replaced | unchanged
    counts: dict[str, int] = field(default_factory=dict)


def _changes_graph(method):
    """Bump ``Store.generation`` after a write method returns or raises (an error can arrive after the
    commit, e.g. a lost reply; bumping too often costs a cache miss, too rarely would serve stale answers)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        finally:
            self.generation += 1

    return wrapper


# A read that meets a record a concurrent write has just deleted (a document replaced while an API
# query walks its facts) fails with EntityNotFound on ArcadeDB; reads are idempotent, so it is run
# again on a fresh snapshot, a bounded number of times. Other errors are not retried here.
READ_ATTEMPTS = 3
_RETRY_READ_CODES = frozenset({"Neo.ClientError.Statement.EntityNotFound"})


def _read_again(error: Neo4jError, name: str, attempt: int) -> bool:
    if error.code not in _RETRY_READ_CODES or attempt + 1 >= READ_ATTEMPTS:
        return False
    log.info("read %s met a record deleted by a concurrent write; reading again", name)
    return True


class Store:
    """Connect, set up the schema, write documents, run named reads, close."""

    def __init__(self, config: StoreConfig | None = None):
        self.config = config or StoreConfig.from_env()
        self._server = None
        self._driver = None
        self._driver_args: tuple | None = None
        self._adriver = None  # an async driver bound to one event loop (the server's), see aopen()
        self._aloop = None
        self._database: str | None = None
        self._gate = CommitGate()  # replaced by the server's shared gate in open()
        self._count_lock = threading.Lock()
        self.statement_count = 0
        self.generation = 0  # bumped by every write method: response caches compare it (api/gql/cache.py)
        self.backend = "neo4j" if self.config.neo4j_uri else "arcadedb"

    # -- lifecycle ---------------------------------------------------------
    def open(self) -> Store:
        if self.config.embedded:
            from graph.embedded import EmbeddedServer

            self._server = EmbeddedServer(
                self.config.store_dir,
                heap=self.config.heap,
                database=self.config.database,
                wait_seconds=self.config.wait_seconds,
                jvm_args=self.config.jvm_args,
            )
            ep = self._server.start()
            uri, auth, self._database = ep.uri, (ep.user, ep.password), ep.database
        else:
            uri = self.config.neo4j_uri
            auth = (self.config.neo4j_user, self.config.neo4j_password or "")
            self._database = self.config.neo4j_database
        self._driver = GraphDatabase.driver(uri, auth=auth, max_connection_pool_size=50)
        self._driver_args = (uri, auth)
        self._gate = commit_gate(
            uri, os.path.join(self.config.store_dir, "commit.lock") if self.config.embedded else None
        )
        _OPEN.add(self)
        # A driver still open when the interpreter exits crashes the embedded JVM
        # (measured: SIGSEGV in a Bolt thread); close it first, whatever the caller forgot.
        atexit.register(self.close)
        try:
            self._driver.verify_connectivity()
            self.setup_schema()
        except BaseException:
            self.close()
            raise
        return self

    async def aopen(self) -> None:
        """Serve ``aread`` on the running event loop with the driver's async API.

        Why: a server answers each request with a few short reads; sending them from the event loop
        avoids a worker-thread hop per statement and lets one request's reads overlap without threads
        contending for the GIL. The async driver belongs to this loop: ``aread`` from any other loop
        (``bangraph query``, tests) still runs the synchronous driver in a thread. Close it with
        :meth:`aclose` on the same loop (the HTTP app does both in its lifespan).
        """
        if self._driver_args is None:
            raise RuntimeError("store is not open")
        if self._adriver is not None:
            return
        from neo4j import AsyncGraphDatabase

        uri, auth = self._driver_args
        self._adriver = AsyncGraphDatabase.driver(uri, auth=auth, max_connection_pool_size=100)
        self._aloop = asyncio.get_running_loop()

    async def aclose(self) -> None:
        driver, self._adriver, self._aloop = self._adriver, None, None
        if driver is not None:
            await driver.close()

    def close(self) -> None:
        atexit.unregister(self.close)
        _OPEN.discard(self)
        self._adriver = self._aloop = None  # aclose() was not awaited on its loop: its sockets go with it
        if self._driver is not None:
            self._driver.close()
            self._driver = None
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Store:
        return self if self._driver is not None else self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def owns_server(self) -> bool:
        return self._server is not None and self._server.endpoint is not None and self._server.endpoint.owner

    def setup_schema(self) -> None:
        """Idempotent: constraints and indexes from schema/model.yaml."""
        for stmt in ddl.schema_statements(self.backend):
            self._run_auto(stmt.cypher)

    # -- low level ---------------------------------------------------------
    def _count(self, n: int = 1) -> None:
        with self._count_lock:
            self.statement_count += n

    def _session(self):
        if self._driver is None:
            raise RuntimeError("store is not open")
        return self._driver.session(database=self._database)

    def _run_auto(self, cypher: str, **params) -> list[dict]:
        self._count()
        with self._session() as s:
            return [plain_record(r) for r in s.run(cypher, params)]

    def _write(self, work):
        """``execute_write(work)`` (the driver's retries included) with the commit inside the gate: the
        gate is entered when ``work`` has run, so reads wait only for the commit itself; a retried
        attempt leaves it before running ``work`` again."""
        gate, held = self._gate, False

        def gated(tx: ManagedTransaction):
            nonlocal held
            if held:
                gate.leave_commit()
                held = False
            value = work(tx)
            gate.enter_commit()
            held = True
            return value

        try:
            with self._session() as s:
                return s.execute_write(gated)
        finally:
            if held:
                gate.leave_commit()

    @staticmethod
    def _tx_run(tx: ManagedTransaction, name: str, params: dict) -> list[dict]:
        return [plain_record(r) for r in tx.run(catalog.get(name).cypher, params)]

    # -- reads -------------------------------------------------------------
    def read(self, name: str, **params) -> list[dict]:
        """Run the named catalog statement; records as dicts."""
        stmt = catalog.get(name)
        for attempt in range(READ_ATTEMPTS):
            self._count()
            try:
                with self._gate.reading(), self._session() as s:
                    return s.execute_read(lambda tx: [plain_record(r) for r in tx.run(stmt.cypher, params)])
            except Neo4jError as e:
                if not _read_again(e, name, attempt):
                    raise
        raise AssertionError("unreachable")

    def read_one(self, name: str, **params) -> dict | None:
        rows = self.read(name, **params)
        return rows[0] if rows else None

    async def aread(self, name: str, **params) -> list[dict]:
        """:meth:`read` for coroutines: on the loop with the async driver after :meth:`aopen`, else in a thread."""
        if self._adriver is not None and asyncio.get_running_loop() is self._aloop:
            stmt = catalog.get(name)
            gate = self._gate
            for attempt in range(READ_ATTEMPTS):
                self._count()
                if not gate.try_enter_read():
                    await gate.aenter_read()
                try:
                    async with self._adriver.session(database=self._database, default_access_mode=READ_ACCESS) as s:
                        result = await s.run(stmt.cypher, params)
                        rows = plain_records(result.keys(), [r async for r in result])
                        _drop_graph(result)
                        return rows
                except Neo4jError as e:
                    if not _read_again(e, name, attempt):
                        raise
                finally:
                    gate.leave_read()
                await asyncio.sleep(0.01 * (attempt + 1))
        return await anyio.to_thread.run_sync(lambda: self.read(name, **params))

    def stream(self, name: str, **params) -> Iterator[dict]:
        """Records one by one, fetched lazily in batches (for large exports)."""
        stmt = catalog.get(name)
        self._count()
        # Not inside the gate: an export's consumer sets its pace, and a slow one must not hold up ingest.
        with self._session() as s:
            result = s.run(stmt.cypher, params)
            for record in result:
                yield plain_record(record)

    def ping(self) -> bool:
        try:
            return self.read_one("read.ping") == {"ok": 1}
        except (Neo4jError, OSError, RuntimeError) as e:
            log.warning("store ping failed: %s", e)
            return False

    def counts(self) -> dict[str, int]:
        return {r["label"]: r["count"] for r in self.read("read.counts")}

    # -- writes ------------------------------------------------------------
    @_changes_graph
    def clear(self) -> None:
        self._count()
        self._write(lambda tx: tx.run(write.CLEAR.cypher).consume())

    @_changes_graph
    def delete_document(self, doc_id: str) -> bool:
        def work(tx: ManagedTransaction) -> bool:
            bans = self._tx_run(tx, write.DELETE_DOCUMENT_EVIDENCE.name, {"id": doc_id})[0]["bans"]
            deleted = self._tx_run(tx, write.DELETE_DOCUMENT.name, {"id": doc_id})[0]["deleted"]
            for stmt in write.ORPHANS:
                self._tx_run(tx, stmt.name, {})
            # the bans it reported that other documents still support: summarise the reports left
            self._tx_run(tx, write.BAN_SUMMARY.name, {"ids": bans})
            return bool(deleted)

        self._count(3 + len(write.ORPHANS))
        return self._write(work)

    @_changes_graph
    def write_document(self, facts: DocumentFacts) -> WriteResult:
        """Write one document's facts in one transaction.

        Unchanged content (same hash) is a no-op; changed content replaces the
        document's earlier evidence, and facts left with none are deleted.

        A new or unchanged document costs one statement: ``write.document``
        writes everything when the document is new and returns the hash already
        stored otherwise. A changed document then takes four more steps (delete
        its evidence, the same statement again for the hash it replaces, delete
        orphans, recompute from their reports the summary of the bans its earlier
        version reported), all in the same transaction.
        """
        validate(facts)
        doc = facts.document
        counts, params = _plan(facts)
        result = WriteResult(doc.id, "created", counts)
        stmt = write.WRITE_DOCUMENT.cypher

        def work(tx: ManagedTransaction) -> None:
            result.status = "created"  # (execute_write may retry the whole function)
            row = tx.run(stmt, params).single(strict=True)
            sent = 1
            if row["existed"]:
                if row["previous"] == doc.content_hash:
                    result.status = "unchanged"
                else:
                    result.status = "replaced"
                    old_bans = self._tx_run(tx, write.DELETE_DOCUMENT_EVIDENCE.name, {"id": doc.id})[0]["bans"]
                    again = tx.run(stmt, {**params, "replacing": row["previous"] or ""}).single(strict=True)
                    if again["previous"] != row["previous"]:  # cannot happen inside one transaction
                        raise RuntimeError(f"document {doc.id!r} changed while it was being replaced")
                    for orphans in write.ORPHANS:
                        self._tx_run(tx, orphans.name, {})
                    # the earlier version's reports are gone: the bans it reported (kept, changed or dropped
                    # by the new version) are summarised again from the reports left
                    self._tx_run(tx, write.BAN_SUMMARY.name, {"ids": sorted(old_bans)})
                    sent += 3 + len(write.ORPHANS)
            self._count(sent)

        self._write(work)
        return result

    # -- derived follows ---------------------------------------------------
    @_changes_graph
    def refresh_derived_follows(self) -> int:
        """Recompute every derived follow (one transaction); returns how many exist.

        For bans with the same target and scope, ordered by announcement date,
        each later imposer follows every earlier one (``lagDays`` between the
        announcements). A pair already linked by an explicit follow for that
        target is not derived again.
        """

        def work(tx: ManagedTransaction) -> int:
            bans = self._tx_run(tx, write.BANS_FOR_DERIVATION.name, {"statuses": FOLLOWABLE_STATUSES})
            explicit = {
                (r["follower"], r["followed"], r["target"])
                for r in self._tx_run(tx, write.EXPLICIT_FOLLOW_PAIRS.name, {})
            }
            rows = derive_follows(bans, explicit)
            self._tx_run(tx, write.DELETE_DERIVED_FOLLOWS.name, {})
            for chunk in _chunks(rows, 500):
                self._tx_run(tx, write.CREATE_DERIVED_FOLLOWS.name, {"rows": chunk})
            self._count(3 + (len(rows) + 499) // 500)
            return len(rows)

        return self._write(work)


def open_store(config: StoreConfig | None = None) -> Store:
    """Open the configured store (embedded ArcadeDB unless NEO4J_URI is set)."""
    return Store(config).open()


# -- helpers -----------------------------------------------------------------


def _chunks(rows: list, n: int) -> Iterator[list]:
    it = iter(rows)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def _date_start(partial: str) -> date | None:
    """The first day a partial ISO date can mean: "2023-03" -> 2023-03-01."""
    try:
        parts = [int(p) for p in partial.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return date(*parts[:3])
    except (ValueError, TypeError):
        return None


def _strictly_before(a: str, b: str) -> bool:
    """True when partial date ``a`` certainly precedes ``b`` (neither contains the other)."""
    if b.startswith(a) or a.startswith(b):
        return False
    return a < b


def derive_follows(bans: list[dict], explicit: set[tuple[str, str, str | None]]) -> list[dict]:
    """Pure function: rows for derived Follow nodes from (ban, imposer, target, scope, announced)."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for b in bans:
        groups[(b["target"], b["scope"])].append(b)
    rows: dict[str, dict] = {}
    for (target, _scope), group in groups.items():
        group.sort(key=lambda b: b["announced"])
        for later in group:
            for earlier in group:
                if later["imposer"] == earlier["imposer"]:
                    continue
                if not _strictly_before(earlier["announced"], later["announced"]):
                    continue
                if (later["imposer"], earlier["imposer"], target) in explicit or (
                    later["imposer"],
                    earlier["imposer"],
                    None,
                ) in explicit:
                    continue
                d1, d0 = _date_start(later["announced"]), _date_start(earlier["announced"])
                fid = "follow/" + _digest(later["imposer"], earlier["imposer"], target, False)
                if fid in rows:  # same pair through two scopes: keep the first (shortest lag)
                    continue
                rows[fid] = {
                    "id": fid,
                    "follower": later["imposer"],
                    "followed": earlier["imposer"],
                    "target": target,
                    "followerBan": later["ban"],
                    "followedBan": earlier["ban"],
                    "lagDays": (d1 - d0).days if d1 and d0 else None,
                }
    return list(rows.values())


def validate(facts: DocumentFacts) -> None:
    """Refuse facts that would enter the graph without evidence or with dangling ids."""
    doc = facts.document
    if not doc.id:
        raise FactError("document has no id")
    known = {e.id for e in facts.entities}
    bans = {b.id for b in facts.bans}
    problems: list[str] = []

    def check_evidence(what: str, evidence: list[Evidence]) -> None:
        if not evidence:
            problems.append(f"{what} has no evidence")
        for ev in evidence:
            if ev.document_id != doc.id:
                problems.append(f"{what}: evidence names document {ev.document_id!r}, not {doc.id!r}")
            if not (0 <= ev.start <= ev.end <= len(doc.text)):
                problems.append(f"{what}: evidence offsets {ev.start}..{ev.end} outside the text")

    def check_ref(what: str, ref: str | None, pool: set[str], optional: bool = False) -> None:
        if ref is None and optional:
            return
        if ref not in pool:
            problems.append(f"{what} refers to unknown {ref!r}")

    for e in facts.entities:
        check_evidence(f"entity {e.id}", e.mentions)
    for b in facts.bans:
        check_evidence(f"ban {b.id}", b.evidence)
        check_ref(f"ban {b.id} imposer", b.imposed_by, known)
        if not b.targets:
            problems.append(f"ban {b.id} has no target")
        for t in b.targets + b.justified_by:
            check_ref(f"ban {b.id}", t, known)
    for st in facts.statements:
        check_evidence(f"statement {st.id}", st.evidence)
        check_ref(f"statement {st.id} speaker", st.speaker, known)
        for a in st.about:
            check_ref(f"statement {st.id} about", a, known | bans)
    for f in facts.follows:
        check_evidence(f"follow {f.id}", f.evidence)
        check_ref(f"follow {f.id} follower", f.follower, known)
        check_ref(f"follow {f.id} followed", f.followed, known)
    for r in facts.roles:
        check_evidence(f"role {r.id}", r.evidence)
        check_ref(f"role {r.id} person", r.person, known)
        check_ref(f"role {r.id} organisation", r.organisation, known, optional=True)
    if problems:
        raise FactError(f"document {doc.id}: " + "; ".join(problems[:10]))


def _ev_rows(subject: str, evidence: list[Evidence]) -> list[dict]:
    return [
        {
            "id": ev.id_for(subject),
            "subject": subject,
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "extractor": ev.extractor,
            "confidence": ev.confidence,
        }
        for ev in evidence
    ]


def _plan(facts: DocumentFacts) -> tuple[dict[str, int], dict]:
    """Fact counts, and the parameters of ``write.document`` that write ``facts``."""
    doc = facts.document
    params: dict = {
        "id": doc.id,
        "replacing": None,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "url": doc.url,
        "language": doc.language,
        "contentHash": doc.content_hash,
        "text": doc.text,
    }
    by_kind: dict[str, list[dict]] = {kind.label: [] for kind in MODEL.entity_kinds}
    evidence: dict[str, list[dict]] = {label: [] for label in write.EVIDENCED}
    for e in facts.entities:
        by_kind[e.kind].append(
            {
                "id": e.id,
                "name": e.name,
                "aliases": sorted(set(e.aliases)),
                "wikidataId": e.wikidata_id,
                "properties": {k: v for k, v in e.properties.items() if v is not None},
            }
        )
        evidence[ENTITY_LABEL] += _ev_rows(e.id, e.mentions)
    bans = []
    for b, reports in _merge_bans(facts.bans):
        bans.append(
            {
                "id": b.id,
                "imposedBy": b.imposed_by,
                "status": b.status,
                "scope": b.scope,
                "announced": b.announced,
                "effective": b.effective,
                "targets": sorted(set(b.targets)),
                "laws": sorted(set(b.justified_by)),
            }
        )
        # what this document reports about the ban travels on each of its evidence rows: a measure and a bill that
        # would also ban it, told in one document, are one ban with two reports, each on its own evidence
        seen: set[str] = set()
        for told in reports:
            report = {key: getattr(told, key) for key in write.REPORTED.values()}
            for row in _ev_rows(b.id, told.evidence):
                if row["id"] not in seen:
                    seen.add(row["id"])
                    evidence["Ban"].append({**row, **report})
    stmts = []
    ban_ids = {b.id for b in facts.bans}
    for st in facts.statements:
        stmts.append(
            {
                "id": st.id,
                "speaker": st.speaker,
                "stance": st.stance,
                "text": st.text,
                "date": st.date,
                "aboutBans": [a for a in st.about if a in ban_ids],
                "aboutEntities": [a for a in st.about if a not in ban_ids],
            }
        )
        evidence["Statement"] += _ev_rows(st.id, st.evidence)
    follows = []
    for f in facts.follows:
        follows.append(
            {
                "id": f.id,
                "follower": f.follower,
                "followed": f.followed,
                "explicit": f.explicit,
                "lagDays": f.lag_days,
                "target": f.target,
                "followerBan": f.follower_ban,
                "followedBan": f.followed_ban,
            }
        )
        evidence["Follow"] += _ev_rows(f.id, f.evidence)
    roles = []
    for r in facts.roles:
        roles.append({"id": r.id, "person": r.person, "title": r.title, "organisation": r.organisation or None})
        evidence["Role"] += _ev_rows(r.id, r.evidence)

    for label, rows in by_kind.items():
        params[write.rows_param(label)] = rows
    for label, rows in (("Ban", bans), ("Statement", stmts), ("Follow", follows), ("Role", roles)):
        params[write.rows_param(label)] = rows
    for label, rows in evidence.items():
        params[write.rows_param(label, "Evidence")] = _dedupe(rows)
    counts = {
        "entities": len(facts.entities),
        "bans": len(bans),
        "statements": len(stmts),
        "follows": len(follows),
        "roles": len(roles),
    }
    return counts, params


def _dedupe(rows: list[dict]) -> list[dict]:
    return list({r["id"]: r for r in rows}.values())


def _merge_bans(bans) -> list[tuple[Ban, list[Ban]]]:
    """Bans with the same id in one document become one (evidence joined, most precise dates), each with the reports
    it joins: a measure's first, then advice or a proposal (MEASURES_APART), whose status the ban takes only when no
    measure is told. The bans given are not changed."""
    groups: dict[str, list[Ban]] = {}
    for b in bans:
        groups.setdefault(b.id, []).append(b)
    out = []
    for told in groups.values():
        reports = sorted(told, key=lambda b: b.status in MEASURES_APART)  # stable: in the order told
        merged = replace(reports[0], evidence=list(dict.fromkeys(e for b in reports for e in b.evidence)))
        for b in reports[1:]:
            for attr in ("announced", "effective"):
                new = getattr(b, attr)
                if new and len(new) > len(getattr(merged, attr) or ""):
                    setattr(merged, attr, new)
        merged.justified_by = sorted({law for b in reports for law in b.justified_by})
        out.append((merged, reports))
    return out

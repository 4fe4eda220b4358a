"""Embedded stores for benchmarks: a Store and a raw driver on the same ArcadeDB server.

Why both: the Store is what bangraph uses; the raw ``neo4j`` driver on the same server and data is
the baseline it is measured against. Benchmarks always use an embedded store under ``.bench/``
(never ``NEO4J_URI``: they clear their databases).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from neo4j import Driver, GraphDatabase

from graph import Store, StoreConfig, open_store
from graph.embedded import EmbeddedServer


@dataclass
class BenchDB:
    """One database of the bench server: through the Store, and through the driver directly."""

    store: Store
    driver: Driver
    database: str

    def session(self):
        return self.driver.session(database=self.database)

    def count(self, name: str) -> int:
        row = self.store.read_one(name)
        return int(next(iter(row.values()))) if row else 0


@contextlib.contextmanager
def bench_databases(store_dir: Path, *databases: str) -> Iterator[dict[str, BenchDB]]:
    """Open (and clear) each named database of one embedded server under ``store_dir``."""
    heap = os.environ.get("BANGRAPH_HEAP", "2g")
    opened: list[Store] = []
    servers: list[EmbeddedServer] = []
    drivers: list[Driver] = []
    try:
        out = {}
        for db in databases:
            store = open_store(StoreConfig(store_dir=store_dir, database=db, heap=heap))
            opened.append(store)
            store.clear()
            server = EmbeddedServer(store_dir, heap=heap, database=db)  # shares this process's server
            ep = server.start()
            servers.append(server)
            driver = GraphDatabase.driver(ep.uri, auth=(ep.user, ep.password))
            drivers.append(driver)
            out[db] = BenchDB(store, driver, ep.database)
        yield out
    finally:
        for d in drivers:
            d.close()
        for s in servers:
            s.stop()
        for s in opened:
            s.close()

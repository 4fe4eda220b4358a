"""Issue 2 benchmarks: the Store's write rate, read latency, and the embedded server's cost.

- ``store.upsert``: facts/s through ``Store.write_document`` vs the same documents written with
  plain ``UNWIND … MERGE`` statements straight through the driver, one transaction per document on
  both sides (goal: ratio >= 0.8).
- ``store.latency``: point lookup and 2-hop p50/p99 on a synthetic graph of ~500k relationships,
  through the Store vs the same statement on a bare driver session.
- ``store.server``: embedded server start time (fresh and existing store) and resident memory,
  measured in a child process so the JVM starts cold.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys

from benchmarks.harness import Context, bench, rss_mb, stopwatch, time_calls, time_pair
from benchmarks.stores import bench_databases
from benchmarks.synth import SynthSpec, bulk_load, count_facts, generate, imposer_ids, write_raw_document
from graph.queries_bench import NODE_COUNT, POINT_LOOKUP, RELATIONSHIP_COUNT, TWO_HOP


@bench("store.upsert", issue=2, doc="bulk upsert facts/s: Store.write_document vs raw UNWIND … MERGE")
def upsert(ctx: Context) -> None:
    docs = list(generate(SynthSpec(documents=ctx.n(400, 12), seed=2)))
    facts = sum(count_facts(f) for f in docs)
    with bench_databases(ctx.path("upsert"), "upsert_store", "upsert_raw") as dbs:
        store_db, raw_db = dbs["upsert_store"], dbs["upsert_raw"]

        def through_store() -> float:
            store_db.store.clear()
            with stopwatch() as t:
                for f in docs:
                    store_db.store.write_document(f)
            return facts / t[0]

        def raw() -> float:
            raw_db.store.clear()
            with stopwatch() as t, raw_db.session() as session:
                for f in docs:
                    write_raw_document(session, f)
            return facts / t[0]

        rounds = ctx.n(2, 1)
        raw_rate = store_rate = 0.0
        for _ in range(rounds):  # interleaved, best of each: the machine's noise hits both sides
            raw_rate = max(raw_rate, raw())
            store_rate = max(store_rate, through_store())
        ctx.report.value("documents written (each side, per round)", len(docs), "docs")
        ctx.report.ratio("upsert rate", store_rate, raw_rate, "facts/s", goal=">= 0.8")
        same = store_db.store.counts() == raw_db.store.counts()
        ctx.report.add("same graph on both sides", "yes" if same else "NO: counts differ")


def _latency_graph_spec(ctx: Context) -> SynthSpec:
    return SynthSpec.for_relationships(ctx.n(500_000, 3_000), seed=3)


@bench("store.latency", issue=2, doc="point lookup and 2-hop p50/p99 on a synthetic ~500k-relationship graph")
def latency(ctx: Context) -> None:
    spec = _latency_graph_spec(ctx)
    with bench_databases(ctx.path("latency"), "latency") as dbs:
        db = dbs["latency"]
        rss_before = rss_mb()
        with stopwatch() as t:
            bulk_load(db.driver, db.database, generate(spec))
        nodes, rels = db.count(NODE_COUNT.name), db.count(RELATIONSHIP_COUNT.name)
        ctx.report.value("graph nodes", nodes)
        ctx.report.value("graph relationships", rels)
        ctx.report.value("bulk load (UNWIND batches, driver)", (nodes + rels) / t[0], "elements/s")
        ctx.report.value("resident memory, loaded (this process + JVM)", rss_mb(), "MiB")
        ctx.report.value("  of which since the server started", rss_mb() - rss_before, "MiB")

        rng = random.Random(5)
        imposers = imposer_ids(spec.sized())
        ids = [rng.choice(imposers) for _ in range(4096)]
        it = iter(range(10**9))

        def next_id() -> str:
            return ids[next(it) % len(ids)]

        repeat, warmup = ctx.n(2_000, 30), ctx.n(200, 5)
        with db.session() as session:

            def raw(cypher: str):
                return lambda: session.run(cypher, id=next_id()).data()

            for label, stmt in (("point lookup", POINT_LOOKUP), ("2-hop (imposer → bans → targets)", TWO_HOP)):
                through, base = time_pair(
                    lambda s=stmt: db.store.read(s.name, id=next_id()), raw(stmt.cypher), repeat=repeat, warmup=warmup
                )
                ctx.report.latency(f"{label}, Store vs driver", through, base)
            ping = time_calls(lambda: session.run("RETURN 1 AS ok").data(), repeat=repeat, warmup=warmup)
            ctx.report.latency("round trip floor (RETURN 1)", ping)


PROBE = r"""
import json, os, sys, time
import psutil
sys.path.insert(0, os.getcwd())
from graph import StoreConfig, open_store
proc = psutil.Process()
before = proc.memory_info().rss
t0 = time.perf_counter()
store = open_store(StoreConfig(store_dir=sys.argv[1], database="probe"))
started = time.perf_counter() - t0
ok = store.ping()
after = proc.memory_info().rss
t0 = time.perf_counter()
store.close()
stopped = time.perf_counter() - t0
print(json.dumps({"start": started, "stop": stopped, "ping": ok, "rss_before": before, "rss_after": after}))
"""


def _probe(store_dir) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(store_dir)], capture_output=True, text=True, timeout=600, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"server probe failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


@bench("store.server", issue=2, doc="embedded server start time and resident memory (cold JVM, child process)")
def server(ctx: Context) -> None:
    store_dir = ctx.path("server")
    fresh = _probe(store_dir)
    again = _probe(store_dir)
    if not (fresh["ping"] and again["ping"]):
        raise RuntimeError("the embedded server did not answer a ping")
    ctx.report.value("start, new store (JVM + server + schema)", fresh["start"], "s")
    ctx.report.value("start, existing store", again["start"], "s")
    ctx.report.value("stop", again["stop"], "s")
    ctx.report.value("resident memory, Python + driver before start", again["rss_before"] / 2**20, "MiB")
    ctx.report.value("resident memory, empty store started", again["rss_after"] / 2**20, "MiB")

"""Issue 4 benchmarks: the GraphQL API over HTTP against the driver running the same Cypher.

Setup: a synthetic graph of >= 1M relationships in an embedded store under ``.bench/api``, served
by ``bangraph serve`` in a child process (which owns the database server); this process joins
the same server as a client.

- ``api.latency``: p50/p99 of three analyst questions over HTTP (one POST per question, keep-alive,
  from the standard library's ``http.client``: the lightest client, so the numbers are the server's)
  against the driver. The same with ``httpx`` is printed too (no goal): its own Python costs ~0.3 ms
  a request on this machine. "The same Cypher" is taken literally: each question is first executed
  in-process through the same GraphQL schema with a recording store, and the driver baseline replays
  the recorded statements with the recorded parameters, one after another, on a bare session. The
  ratio is therefore the cost of GraphQL + HTTP + the Store on top of the queries themselves.
  Goals: p50 ratio <= 1.5, p99 <= 50 ms.
- ``api.throughput``: requests/s with 32 concurrent connections (``wrk``, Debian package) for a
  real question vs ``{ __typename }`` on the same server (no database work). Goal >= 0.7.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from api.child import start_serve
from benchmarks.harness import Context, bench, stopwatch, time_pair, warm_pair
from benchmarks.stores import bench_databases
from benchmarks.synth import SynthSpec, bulk_load, generate, imposer_ids, product_ids
from graph.queries_bench import NODE_COUNT, RELATIONSHIP_COUNT

DATABASE = "bangraph"  # the default database `bangraph serve` opens in BANGRAPH_STORE

QUERIES = {
    "bans by imposer": (
        """query Q($x: String!) { bans(first: 20, imposedBy: $x) { totalCount nodes {
             id status scope announced imposedBy { id name } targets { id name } } } }""",
        "imposer",
    ),
    "follows for a target": (
        """query Q($x: String!) { follows(first: 20, target: $x) { totalCount nodes {
             explicit lagDays follower { id name } followed { id name } } } }""",
        "product",
    ),
    "entity with its bans and evidence": (
        """query Q($x: ID!) { entity(id: $x) { id name kind bansImposed {
             id status announced targets { id name }
             evidence { sentence start end document { id title published } } } } }""",
        "imposer",
    ),
}
TRIVIAL = "{ __typename }"


def _spec(ctx: Context) -> SynthSpec:
    return SynthSpec.for_relationships(ctx.n(1_000_000, 3_000), seed=4)


@dataclass
class Served:
    url: str
    store_dir: Path
    spec: SynthSpec


class _Recorder:
    """A Store stand-in that records every named read the GraphQL resolvers send."""

    def __init__(self, store):
        self._store = store
        self.calls: list[tuple[str, dict]] = []

    async def aread(self, name: str, **params):
        self.calls.append((name, params))
        return await self._store.aread(name, **params)

    def read(self, name: str, **params):
        self.calls.append((name, params))
        return self._store.read(name, **params)

    def __getattr__(self, attr):
        return getattr(self._store, attr)


@contextlib.contextmanager
def served_graph(ctx: Context, cache_seconds: float = 0) -> Iterator[Served]:
    """Build the synthetic graph (once per run) and serve it with `bangraph serve` in a child process.

    ``cache_seconds`` is the server's response micro-cache (api/gql/cache.py): off unless asked for, so
    latencies are those of the work itself."""
    spec = _spec(ctx)
    store_dir = ctx.workdir / "api" / "store"
    marker = store_dir.parent / "spec.json"
    if not (marker.exists() and json.loads(marker.read_text()) == spec.__dict__):
        store_dir = ctx.path("api") / "store"
        with bench_databases(store_dir, DATABASE) as dbs, stopwatch() as t:
            db = dbs[DATABASE]
            bulk_load(db.driver, db.database, generate(spec))
            nodes, rels = db.count(NODE_COUNT.name), db.count(RELATIONSHIP_COUNT.name)
        marker.write_text(json.dumps(spec.__dict__))
        ctx.report.value("graph nodes", nodes)
        ctx.report.value("graph relationships", rels)
        ctx.report.value("bulk load time", t[0], "s")

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "BANGRAPH_API_KEY"}
    env.update(
        BANGRAPH_STORE=str(store_dir),
        BANGRAPH_LOG_LEVEL="WARNING",
        BANGRAPH_HEAP=os.environ.get("BANGRAPH_HEAP", "2g"),  # as the bulk load had (benchmarks/stores.py)
        BANGRAPH_CACHE_SECONDS=str(cache_seconds),
    )
    server = start_serve(env, store_dir.parent / "serve.log", timeout=300)
    try:
        yield Served(server.base, store_dir, spec)
    finally:
        server.stop()


def _values(spec: SynthSpec, kind: str, n: int) -> list[str]:
    pool = imposer_ids(spec.sized()) if kind == "imposer" else product_ids(spec.sized())
    rng = random.Random(kind)
    return [rng.choice(pool) for _ in range(n)]


class _Http:
    """A keep-alive ``http.client`` connection posting GraphQL; raises on an HTTP or GraphQL error."""

    def __init__(self, base_url: str):
        host, port = base_url.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=60)

    def post(self, body: dict) -> dict:
        payload = json.dumps(body)
        try:
            self.conn.request("POST", "/graphql", payload, {"Content-Type": "application/json"})
            response = self.conn.getresponse()
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            # uvicorn closes a connection idle for 5 s (while the other client was timed): open a new one
            self.conn.close()
            self.conn.request("POST", "/graphql", payload, {"Content-Type": "application/json"})
            response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {data[:300]!r}")
        answer = json.loads(data)
        if "errors" in answer:
            raise RuntimeError(f"GraphQL errors: {answer['errors'][:1]}")
        return answer

    def close(self) -> None:
        self.conn.close()


@bench("api.latency", issue=4, doc="GraphQL over HTTP vs the driver with the same Cypher: p50/p99")
def latency(ctx: Context) -> None:
    import httpx
    from neo4j import GraphDatabase

    from api.graphql_cli import execute
    from graph import StoreConfig, catalog, open_store
    from graph.embedded import EmbeddedServer

    with served_graph(ctx) as served:
        store = open_store(StoreConfig(store_dir=served.store_dir, database=DATABASE))  # joins the server
        server = EmbeddedServer(served.store_dir, database=DATABASE)
        ep = server.start()
        driver = GraphDatabase.driver(ep.uri, auth=(ep.user, ep.password))
        try:
            plain = _Http(served.url)
            with httpx.Client(base_url=served.url, timeout=60) as http, driver.session(database=DATABASE) as session:
                for label, (query, kind) in QUERIES.items():
                    values = _values(served.spec, kind, ctx.n(100, 4))
                    replays = []
                    for v in values:
                        rec = _Recorder(store)
                        response = execute(rec, query, {"x": v})
                        if response.get("errors"):
                            raise RuntimeError(f"{label}: {response['errors'][0].get('message')}")
                        replays.append([(catalog.get(name).cypher, params) for name, params in rec.calls])
                    i = iter(range(10**9))

                    def over_http(q=query, vs=values, it=i) -> None:
                        plain.post({"query": q, "variables": {"x": vs[next(it) % len(vs)]}})

                    k = iter(range(10**9))

                    def over_httpx(q=query, vs=values, it=k) -> None:
                        r = http.post("/graphql", json={"query": q, "variables": {"x": vs[next(it) % len(vs)]}})
                        if r.status_code != 200 or "errors" in r.json():
                            raise RuntimeError(f"HTTP {r.status_code}: {r.text[:300]}")

                    j = iter(range(10**9))

                    def through_driver(rs=replays, it=j) -> None:
                        for cypher, params in rs[next(it) % len(rs)]:
                            session.run(cypher, params).data()

                    # the JVM compiles the first thousands of queries it runs: measure once both sides are steady
                    pairs = warm_pair(over_http, through_driver, window=ctx.n(200, 2), max_seconds=ctx.n(90, 1))
                    ctx.report.value(f"{label}: warm-up pairs until steady", pairs)
                    repeat, warmup = ctx.n(300, 8), ctx.n(20, 2)
                    http_stats, base = time_pair(over_http, through_driver, repeat=repeat, warmup=warmup)
                    statements = sum(len(r) for r in replays) / len(replays)
                    ctx.report.latency(f"{label} ({statements:.1f} statements)", http_stats, base, goal="<= 1.5")
                    ctx.report.limit(f"{label} p99 over HTTP", http_stats.p99, "ms", 0.050)
                    httpx_stats, base2 = time_pair(over_httpx, through_driver, repeat=repeat, warmup=warmup)
                    ctx.report.ratio(f"{label} p50, httpx client", httpx_stats.p50, base2.p50, "ms")
        finally:
            plain.close()
            driver.close()
            server.stop()
            store.close()


WRK_SCRIPT = """\
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[{body}]==]
"""


def _wrk(url: str, body: dict, seconds: int, connections: int, workdir: Path) -> tuple[float, int]:
    """Requests/s and non-2xx responses of ``wrk`` POSTing ``body`` to ``url``."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed (Debian package `wrk`; `make bench` installs it)")
    script = workdir / f"post-{abs(hash(json.dumps(body)))}.lua"
    script.write_text(WRK_SCRIPT.format(body=json.dumps(body)), encoding="utf-8")
    threads = min(connections, os.cpu_count() or 2)
    proc = subprocess.run(
        [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", str(script), url],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=False,
    )
    m = re.search(r"Requests/sec:\s+([\d.]+)", proc.stdout)
    if proc.returncode != 0 or not m or float(m.group(1)) == 0:
        raise RuntimeError(f"wrk failed or completed no request ({proc.returncode}): {proc.stderr or proc.stdout}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", proc.stdout)
    return float(m.group(1)), int(bad.group(1)) if bad else 0


@bench("api.throughput", issue=4, doc="requests/s with 32 concurrent clients: real question vs { __typename }")
def throughput(ctx: Context) -> None:
    import httpx

    seconds = ctx.n(20, 10)
    # Both sides on the same server each time: without the response cache (every request does its
    # work), then as `bangraph serve` runs by default (1 s micro-cache, api/gql/cache.py).
    for label, cache_seconds in (("no response cache", 0), ("default 1 s response cache", 1)):
        with served_graph(ctx, cache_seconds=cache_seconds) as served:
            imposer = _values(served.spec, "imposer", 1)[0]
            query, _ = QUERIES["bans by imposer"]
            for body in ({"query": query, "variables": {"x": imposer}}, {"query": TRIVIAL}):  # warm both paths up
                for _ in range(5):
                    httpx.post(f"{served.url}/graphql", json=body, timeout=120).raise_for_status()
            work = served.store_dir.parent
            real, real_bad = _wrk(
                f"{served.url}/graphql", {"query": query, "variables": {"x": imposer}}, seconds, 32, work
            )
            trivial, trivial_bad = _wrk(f"{served.url}/graphql", {"query": TRIVIAL}, seconds, 32, work)
            ctx.report.ratio(
                f"bans by imposer vs {{ __typename }}, 32 clients, {label}", real, trivial, "req/s", goal=">= 0.7"
            )
            if real_bad or trivial_bad:
                ctx.report.add(f"non-2xx responses (real, trivial), {label}", f"{real_bad}, {trivial_bad}")

"""Issue 5 benchmark: the streaming N-Triples export against rdflib, and its memory as the graph grows.

- Rate: ``api.rdf.export(store, "nt")`` (store records -> triples -> text, written to /dev/null)
  against rdflib doing the same job the usual way — the same triples, read from the same store in
  the same run, added to a ``rdflib.Graph`` and written with ``Graph.serialize(format="nt")``. Both
  sides pay for reading the store, so the ratio is what a user sees (goal >= 3). A second row
  compares the serialisers alone, on triples already in memory.
- Memory: peak Python allocations (``tracemalloc``, in a separate untimed pass) of the export on a
  graph and on one 10x larger: "flat" means the ratio stays near 1 (goal <= 1.5). The embedded
  server's JVM is not Python memory; the process's resident size is printed beside it.

rdflib runs on the smaller graph only: holding the 10x graph in an ``rdflib.Graph`` takes several
GB on the shared machine, and its rate does not improve with size. The 1x measurements run before
the 10x graph is loaded. ``BANGRAPH_BENCH_RDF_RELATIONSHIPS`` sets the 1x size (default 100k; the
10x graph is then ~1M relationships, the issue's size).
"""

from __future__ import annotations

import os
import tracemalloc

from api.rdf import export, export_triples
from api.rdf_mapping import IriScheme, TripleMapper
from api.rdf_writers import write_nt
from benchmarks.harness import Context, bench, rss_mb, stopwatch
from benchmarks.stores import bench_databases
from benchmarks.synth import SynthSpec, bulk_load, generate
from graph.queries_bench import RELATIONSHIP_COUNT

BASE = "http://127.0.0.1:8000/id/"


def _ours(store, sink) -> int:
    n = 0
    for chunk in export(store, "nt", IriScheme(BASE)):
        n += chunk.count("\n")
        sink.write(chunk)
    return n


def _rdflib_graph(triples):
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    add = g.add
    for s, p, o in triples:
        if type(o) is str:
            obj = URIRef(o)
        else:
            obj = Literal(o.lex, datatype=URIRef(o.datatype) if o.datatype else None)
        add((URIRef(s), URIRef(p), obj))
    return g


def _rdflib(store, sink) -> int:
    g = _rdflib_graph(export_triples(store, TripleMapper(IriScheme(BASE))))
    sink.write(g.serialize(format="nt"))
    return len(g)


def _peak_mib(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


@bench("rdf.export", issue=5, doc="N-Triples export triples/s vs rdflib Graph.serialize; memory at 1x and 10x graphs")
def rdf_export(ctx: Context) -> None:
    base = int(os.environ.get("BANGRAPH_BENCH_RDF_RELATIONSHIPS") or ctx.n(100_000, 2_000))
    small = SynthSpec.for_relationships(base, seed=5)
    large = SynthSpec.for_relationships(10 * base, seed=5)
    with open(os.devnull, "w", encoding="utf-8") as sink, bench_databases(ctx.path("rdf"), "rdf_1x", "rdf_10x") as dbs:

        def load(name: str, spec: SynthSpec):
            ctx.log(f"loading {spec.documents} synthetic documents into {name}")
            bulk_load(dbs[name].driver, dbs[name].database, generate(spec))
            ctx.report.value(f"graph relationships ({name[4:]})", dbs[name].count(RELATIONSHIP_COUNT.name))
            return dbs[name].store

        one = load("rdf_1x", small)

        # Rate on the 1x graph, interleaved rounds, best of each (the machine's noise hits both sides).
        ours_rate = theirs_rate = 0.0
        triples = 0
        for _ in range(ctx.n(2, 1)):
            with stopwatch() as t:
                triples = _ours(one, sink)
            ours_rate = max(ours_rate, triples / t[0])
            with stopwatch() as t:
                theirs = _rdflib(one, sink)
            theirs_rate = max(theirs_rate, theirs / t[0])
        ctx.report.value("triples exported (1x)", triples)
        if theirs != triples:
            ctx.report.add("same triples on both sides", f"NO: rdflib graph has {theirs}, export wrote {triples}")
        ctx.report.ratio("N-Triples export, store -> text", ours_rate, theirs_rate, "triples/s", goal=">= 3")

        # Serialisers alone, on the same triples already in memory.
        in_memory = list(export_triples(one, TripleMapper(IriScheme(BASE))))
        graph = _rdflib_graph(in_memory)
        with stopwatch() as t:
            for chunk in write_nt(in_memory):
                sink.write(chunk)
        ser_ours = len(in_memory) / t[0]
        with stopwatch() as t:
            sink.write(graph.serialize(format="nt"))
        ser_theirs = len(graph) / t[0]
        ctx.report.ratio("serialiser only (triples in memory)", ser_ours, ser_theirs, "triples/s", goal=">= 3")
        del in_memory, graph

        # Memory on both graphs (one pass each, under tracemalloc: slower, so its rate is only indicative).
        peak_1 = _peak_mib(lambda: _ours(one, sink))
        peak_rdflib = _peak_mib(lambda: _rdflib(one, sink))
        ten = load("rdf_10x", large)
        counted: list[int] = []
        with stopwatch() as t:
            peak_10 = _peak_mib(lambda: counted.append(_ours(ten, sink)))
        ctx.report.value("triples exported (10x)", counted[0])
        ctx.report.value("N-Triples export rate, 10x graph (under tracemalloc)", counted[0] / t[0], "triples/s")
        ctx.report.ratio("Python peak memory of the export, 10x vs 1x graph", peak_10, peak_1, "MiB", goal="<= 1.5")
        ctx.report.ratio("Python peak memory, export vs rdflib (1x graph)", peak_1, peak_rdflib, "MiB")
        ctx.report.value("resident memory after (this process + JVM)", rss_mb(), "MiB")

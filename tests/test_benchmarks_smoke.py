"""The benchmarks' generators and harness work (tiny sizes; no timing is asserted here).

The benchmarks themselves run with ``make bench``; these tests only prove that what they measure
is right: synthetic facts are valid, the raw baseline writes the same graph as the Store, varied
articles are loadable and actually varied, and the statistics are computed correctly.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.harness import Report, Stats, time_calls, time_pair, warm_pair
from benchmarks.synth import SynthSpec, bulk_load, count_facts, generate, raw_steps, write_raw_document
from graph.queries_bench import NODE_COUNT, POINT_LOOKUP, RELATIONSHIP_COUNT, TWO_HOP

ROOT = Path(__file__).resolve().parents[1]


def test_synthetic_documents_are_valid_and_deterministic():
    from graph.store import validate

    docs = list(generate(SynthSpec(documents=40, seed=1)))
    assert len(docs) == 40
    for facts in docs:
        validate(facts)  # raises FactError on missing evidence, bad offsets, dangling ids
        for e in facts.entities:
            for ev in e.mentions:
                assert facts.document.text[ev.start : ev.end] == e.name
    again = [f.document.content_hash for f in generate(SynthSpec(documents=40, seed=1))]
    assert again == [f.document.content_hash for f in docs]
    other = [f.document.content_hash for f in generate(SynthSpec(documents=40, seed=2))]
    assert other != again
    assert sum(len(f.follows) for f in docs) > 0 and sum(count_facts(f) for f in docs) > 40 * 5


def test_spec_rejects_empty_graphs():
    with pytest.raises(ValueError, match="documents"):
        SynthSpec(documents=0)
    assert SynthSpec.for_relationships(1_000_000).documents > SynthSpec.for_relationships(1_000).documents


def _endpoint_driver(store):
    """A bare driver on the fixture's embedded server (the way the benchmarks reach it)."""
    from neo4j import GraphDatabase

    from graph.embedded import EmbeddedServer

    server = EmbeddedServer(store.config.store_dir, database=store.config.database)
    ep = server.start()  # shares this process's server
    return server, GraphDatabase.driver(ep.uri, auth=(ep.user, ep.password)), ep.database


def _size(store) -> tuple[dict, int, int]:
    nodes = store.read_one(NODE_COUNT.name)["nodes"]
    rels = store.read_one(RELATIONSHIP_COUNT.name)["relationships"]
    return store.counts(), nodes, rels


def test_raw_baseline_and_bulk_loader_write_the_same_graph_as_the_store(store):
    docs = list(generate(SynthSpec(documents=8, seed=4)))
    for facts in docs:
        store.write_document(facts)
    through_store = _size(store)
    assert through_store[2] > 0

    server, driver, database = _endpoint_driver(store)
    try:
        store.clear()
        with driver.session(database=database) as session:
            for facts in docs:
                write_raw_document(session, facts)
        assert _size(store) == through_store

        store.clear()
        sent = bulk_load(driver, database, docs, documents_per_batch=3, rows_per_tx=7)
        assert _size(store) == through_store
        assert set(sent) == {name for name, _ in raw_steps(docs, fresh=True)}
    finally:
        driver.close()
        server.stop()

    imposer = docs[0].bans[0].imposed_by
    assert store.read_one(POINT_LOOKUP.name, id=imposer)["id"] == imposer
    targets = {r["target"] for r in store.read(TWO_HOP.name, id=imposer)}
    expected = {t for f in docs for b in f.bans if b.imposed_by == imposer for t in b.targets}
    assert targets == expected


def test_varied_articles_load_and_differ_from_the_originals(tmp_path):
    from benchmarks.articles import dev_documents, write_articles
    from loaders.model import Document
    from loaders.sources import iter_documents

    path = tmp_path / "articles" / "synthetic.jsonl"
    originals = dev_documents()
    n = len(originals) + 3
    texts = write_articles(path, n)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(texts) == n
    assert len({r["id"] for r in records}) == n
    loaded = [d for d in iter_documents([path.parent]) if isinstance(d, Document)]
    assert [d.id for d in loaded] == [r["id"] for r in records]
    changed = sum(r["text"] != o.text for r, o in zip(records, originals, strict=False))
    assert changed == len(originals), "every variant should differ from its original"
    years = lambda s: re.findall(r"(?<!\d)20[012]\d(?!\d)", s or "")  # noqa: E731
    assert any(years(r["published"]) != years(o.published) for r, o in zip(records, originals, strict=False))


def test_stats_percentiles_and_ratio_report():
    s = Stats(tuple(float(i) for i in range(1, 101)))
    assert s.p50 == pytest.approx(50.5)
    assert s.p99 == pytest.approx(99.01)
    assert Stats((3.0,)).p99 == 3.0
    with pytest.raises(ValueError):
        Stats(())
    calls = []
    st = time_calls(lambda: calls.append(1), repeat=5, warmup=2)
    assert st.n == 5 and len(calls) == 7
    order: list[str] = []
    sa, sb = time_pair(lambda: order.append("a"), lambda: order.append("b"), repeat=3, warmup=1)
    assert order == ["a", "b"] * 4 and sa.n == sb.n == 3
    r = Report()
    assert r.ratio("rate", 8.0, 10.0, goal=">= 0.8") == pytest.approx(0.8)
    assert r.rows[-1].verdict == "meets"
    r.ratio("latency", 3.0, 1.0, "ms", goal="<= 1.5")
    assert r.rows[-1].verdict == "misses"


def test_warm_pair_runs_until_both_sides_are_steady_and_stops_at_its_deadline():
    # a fake clock: each call of `a` takes 10, 5, 3, 2, 2, 2 ... units as it "warms up"; `b` always 1
    now = [0.0]
    cost_a = iter([10.0] * 4 + [5.0] * 4 + [3.0] * 4 + [2.0] * 100)

    def clock() -> float:
        return now[0]

    def a() -> None:
        now[0] += next(cost_a)

    def b() -> None:
        now[0] += 1.0

    pairs = warm_pair(a, b, window=4, tolerance=0.05, max_seconds=10_000, clock=clock)
    # windows: medians of a 10, 5, 3, 2, 2 -> steady after the fifth window (2 == 2); b steady throughout
    assert pairs == 20
    # a side that never settles is bounded by the deadline
    now[0] = 0.0
    drift = iter(float(i) for i in range(1, 10_000))
    pairs = warm_pair(lambda: now.__setitem__(0, now[0] + next(drift)), b, window=2, max_seconds=50, clock=clock)
    assert 2 <= pairs < 20 and now[0] >= 50
    with pytest.raises(ValueError):
        warm_pair(a, b, window=0)


def test_quick_runs_keep_their_data_apart_from_full_runs(tmp_path):
    from benchmarks.__main__ import workdir_for
    from benchmarks.harness import DEFAULT_WORKDIR

    full, quick = workdir_for(False, None), workdir_for(True, None)
    assert full == DEFAULT_WORKDIR.resolve()
    assert quick != full and quick.parent == full  # a smoke run does not replace the 1M-relationship graph
    assert workdir_for(True, tmp_path) == workdir_for(False, tmp_path) == tmp_path.resolve()


def test_benchmarks_cli_lists_every_bench_and_rejects_unknown_names():
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--list"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    names = {line.split()[0] for line in out.stdout.splitlines() if line.strip()}
    assert {
        "store.upsert",
        "store.latency",
        "store.server",
        "load.throughput",
        "api.latency",
        "api.throughput",
    } <= names
    bad = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "no.such.bench"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and "unknown benchmark" in bad.stderr

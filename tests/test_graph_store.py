"""The Store against a real embedded ArcadeDB: writes, idempotence, replacement, provenance."""

from __future__ import annotations

import dataclasses

import pytest
from factories import make_facts, make_follow

from graph import FactError
from graph.store import derive_follows
from loaders.model import Entity, Evidence, entity_id


def test_write_is_idempotent(store):
    facts = make_facts("d1", "Canada", "TikTok", "2023-02-27")
    assert store.write_document(facts).status == "created"
    before = store.counts()
    assert store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02-27")).status == "unchanged"
    assert store.counts() == before
    assert before["Ban"] == 1 and before["Document"] == 1


def test_same_ban_in_two_documents_is_one_node_with_two_evidence(store):
    store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02"))
    store.write_document(make_facts("d2", "Canada", "TikTok", "2023-02-27", text_suffix=" More."))
    rows = store.read("test.ban_evidence")
    assert len(rows) == 1
    assert sorted(rows[0]["documents"]) == ["d1", "d2"]
    assert rows[0]["announced"] == "2023-02-27"  # the more precise date wins


def test_changed_document_replaces_its_facts(store):
    store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02-27"))
    store.write_document(make_facts("d2", "Belgium", "TikTok", "2023-03-10"))
    result = store.write_document(make_facts("d1", "Canada", "WeChat", "2023-02-27"))
    assert result.status == "replaced"
    names = {r["name"] for r in store.read("test.entity_names")}
    assert "WeChat" in names and "TikTok" in names  # TikTok still evidenced by d2
    targets = {r["target"] for r in store.read("test.ban_targets")}
    assert targets == {"WeChat", "TikTok"}
    assert store.counts()["Ban"] == 2


def test_delete_document_removes_unsupported_facts(store):
    store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02-27"))
    store.write_document(make_facts("d2", "Belgium", "TikTok", "2023-03-10"))
    assert store.delete_document("d1") is True
    names = {r["name"] for r in store.read("test.entity_names")}
    assert "Canada" not in names and "Belgium" in names and "TikTok" in names
    assert store.delete_document("nope") is False
    # every remaining fact has evidence
    assert store.read("test.unevidenced") == []


def test_facts_without_evidence_are_refused(store):
    facts = make_facts("d1", "Canada", "TikTok", "2023-02-27")
    facts.entities.append(Entity(entity_id("Person", "Nobody"), "Person", "Nobody"))
    with pytest.raises(FactError, match="no evidence"):
        store.write_document(facts)
    facts = make_facts("d1", "Canada", "TikTok", "2023-02-27")
    facts.bans[0].imposed_by = "jurisdiction/atlantis"
    with pytest.raises(FactError, match="unknown"):
        store.write_document(facts)
    facts = make_facts("d1", "Canada", "TikTok", "2023-02-27")
    facts.entities[0].mentions.append(Evidence("d1", "x", 0, 10_000, "test"))
    with pytest.raises(FactError, match="outside the text"):
        store.write_document(facts)
    assert store.counts() == {}


def test_derived_follows_skip_explicit_pairs_and_carry_evidence(store):
    store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02-27"))
    f2 = make_facts("d2", "Belgium", "TikTok", "2023-03-10")
    make_follow(f2, "Canada")
    store.write_document(f2)
    store.write_document(make_facts("d3", "New Zealand", "TikTok", "2023-03-17"))
    assert store.refresh_derived_follows() == 2
    rows = store.read("test.follows")
    pairs = {(r["follower"], r["followed"], r["explicit"]): r for r in rows}
    assert ("Belgium", "Canada", True) in pairs
    assert ("Belgium", "Canada", False) not in pairs
    assert pairs[("New Zealand", "Canada", False)]["lagDays"] == 18
    assert pairs[("New Zealand", "Belgium", False)]["lagDays"] == 7
    assert all(r["evidence"] >= 1 for r in rows)
    assert store.refresh_derived_follows() == 2  # recomputation is idempotent
    assert len(store.read("test.follows")) == 3


def test_derive_follows_orders_partial_dates():
    bans = [
        {"ban": "b1", "imposer": "us", "target": "t", "scope": "gd", "announced": "2022-12"},
        {"ban": "b2", "imposer": "uk", "target": "t", "scope": "gd", "announced": "2023-03-16"},
        {"ban": "b3", "imposer": "eu", "target": "t", "scope": "gd", "announced": "2023-03"},
        {"ban": "b4", "imposer": "ca", "target": "t", "scope": "other", "announced": "2021"},
    ]
    rows = derive_follows(bans, set())
    pairs = {(r["follower"], r["followed"]) for r in rows}
    assert pairs == {("uk", "us"), ("eu", "us")}  # 2023-03 vs 2023-03-16 cannot be ordered; scopes differ


def test_statement_count_counts_round_trips(store):
    n = store.statement_count
    store.read("read.ping")
    store.read("read.ping")
    assert store.statement_count == n + 2


def test_two_stances_of_one_sentence_are_two_statements(store):
    """'X criticised the ban and denied sharing data': one speaker, one place, two stances, two nodes."""
    facts = make_facts("doc-stances", "Canada", "TikTok", "2023-02-27")
    first = facts.statements[0]
    facts.statements.append(dataclasses.replace(first, stance="denies_allegation"))
    store.write_document(facts)
    stances = sorted(r["stance"] for r in store.read("eval.statements"))
    assert stances == ["denies_allegation", "opposes_ban"]


def test_plain_records_equal_the_drivers_data(store):
    """Store reads convert records with graph.store.plain_record, a fast form of ``Record.data()``: the
    same dicts for every shape a statement can return (nodes, relationships, paths, nested lists and
    maps, temporal values, nulls)."""
    from factories import make_facts

    from graph import catalog
    from graph.store import _plain, plain_record

    store.write_document(make_facts("shapes", "Freedonia", "ChatterApp", "2023-03-16"))
    with store._session() as s:
        records = list(s.run(catalog.get("test.record_shapes").cypher))
    assert records, "the fixture ban should give at least one record"
    for record in records:
        assert plain_record(record) == record.data()
        fast = {k: _plain(record[k]) for k in ("b", "nodes", "id", "nothing", "n", "x", "yes", "nested")}
        assert fast == {k: v for k, v in record.data().items() if k in fast}  # no fallback for these
    rows = store.read("test.record_shapes")
    assert rows == [r.data() for r in records]


def test_async_reads_equal_the_drivers_data_and_free_their_nodes_at_once(store, monkeypatch):
    """``aread`` on the server's loop (the async driver) gives ``record.data()`` for every shape, through
    ``plain_records``, and empties the result's graph (graph/store.py ``_drop_graph``): its nodes are freed
    when the records are, without the cyclic garbage collector."""
    import asyncio
    import gc
    import weakref

    from factories import make_facts

    from graph import store as store_module

    store.write_document(make_facts("shapes", "Freedonia", "ChatterApp", "2023-03-16"))
    expected = store.read("test.record_shapes")
    seen: list = []
    real = store_module.plain_records

    def spy(keys, records):
        rows = real(keys, records)
        assert rows == [r.data() for r in records]
        seen.extend(weakref.ref(v) for r in records for v in r.values() if type(v) is store_module.Node)
        return rows

    monkeypatch.setattr(store_module, "plain_records", spy)

    async def main():
        await store.aopen()
        try:
            gc.disable()
            return await store.aread("test.record_shapes"), await store.aread("read.ping")
        finally:
            gc.enable()
            await store.aclose()

    rows, ping = asyncio.run(main())
    assert rows == expected and ping == [{"ok": 1}]
    assert seen, "the shapes statement returns nodes"
    assert [ref for ref in seen if ref() is not None] == []


def test_plain_records_of_one_result_equal_plain_record():
    """``plain_records`` (one result's records, its keys given once) is ``plain_record`` on each, also when
    a value needs the driver's own ``data()`` (a temporal value)."""
    import datetime

    from neo4j import Record

    from graph.store import plain_record, plain_records

    keys = ("a", "b")
    plain = [Record(dict(a=1, b=["x", {"k": [None, 2.5]}])), Record(dict(a="s", b=None))]
    mixed = [*plain, Record(dict(a=datetime.date(2023, 3, 16), b=[1]))]
    for records in (plain, mixed):
        assert plain_records(keys, records) == [plain_record(r) for r in records] == [r.data() for r in records]

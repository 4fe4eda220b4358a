"""The guide's saved queries, with the example parameters the guide sets, answer on the dev corpus.

Runs each statement on the embedded ArcadeDB store (``corpus_store``), exactly as Neo4j Browser would run
it after the guide's ``:params`` block; the expected answers are checked against the graph itself (other
catalog statements would be circular, so plain facts of the corpus are asked of the store).
"""

from __future__ import annotations

import pytest

from graph.queries_guide import (
    BAN_EVIDENCE,
    BANS_BY_DATE,
    FOLLOWS_FOR_TARGET,
    GUIDE_QUERIES,
    OVERVIEW,
    PATH,
    STATEMENTS_BY_SPEAKER,
)

pytestmark = pytest.mark.slow

EXAMPLES = {q.statement.name: q.params for q in GUIDE_QUERIES}


def run(store, stmt):
    return store.read(stmt.name, **EXAMPLES.get(stmt.name, {}))


def test_overview_counts_every_label(corpus_store):
    rows = run(corpus_store, OVERVIEW)
    counts = {r["label"]: r["nodes"] for r in rows}
    assert counts.get("Entity", 0) >= counts.get("Jurisdiction", 0) > 0
    assert counts.get("Document", 0) > 0
    assert [r["nodes"] for r in rows] == sorted((r["nodes"] for r in rows), reverse=True)


def test_bans_by_date_is_ordered_with_undated_last(corpus_store):
    rows = run(corpus_store, BANS_BY_DATE)
    assert rows, "no ban in the dev corpus graph"
    dated = [r["date"] for r in rows if r["date"] is not None]
    assert dated == sorted(dated)
    first_undated = next((i for i, r in enumerate(rows) if r["date"] is None), len(rows))
    assert all(r["date"] is None for r in rows[first_undated:])
    assert all(r["imposedBy"] and r["targets"] for r in rows)


def test_follows_for_tiktok_name_both_sides(corpus_store):
    rows = run(corpus_store, FOLLOWS_FOR_TARGET)
    assert rows, "no follow for TikTok in the dev corpus graph"
    assert all(r["follower"] and r["followed"] and r["follower"] != r["followed"] for r in rows)
    assert {r["explicit"] for r in rows} <= {True, False}
    assert all(r["lagDays"] is not None for r in rows if r["explicit"] is False)


def test_statements_by_tiktok(corpus_store):
    rows = run(corpus_store, STATEMENTS_BY_SPEAKER)
    assert rows, "TikTok says nothing in the dev corpus graph"
    assert all(r["text"] and r["stance"] for r in rows)


def test_evidence_of_the_uk_ban_on_tiktok(corpus_store):
    rows = run(corpus_store, BAN_EVIDENCE)
    assert rows, "no evidence for the United Kingdom's ban on TikTok"
    assert all(r["sentence"] and r["document"] for r in rows)
    assert any("TikTok" in r["sentence"] for r in rows)


def test_path_between_texas_and_the_uk(corpus_store):
    rows = run(corpus_store, PATH)
    assert len(rows) == 1
    assert rows[0]["p"], "no chain of facts between Texas and the United Kingdom"

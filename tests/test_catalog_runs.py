"""Every statement of the catalog runs on the embedded ArcadeDB (the analyser check is in test_cypher_lint.py).

Parameters are filled from their names (lists for plural names, integers for
page sizes and hop counts, strings otherwise), on a store holding a little data,
so each statement is parsed, planned and executed by ArcadeDB.
"""

from __future__ import annotations

import re

import pytest
from factories import make_facts, make_follow

from graph.catalog import all_statements

PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
INT_WORDS = ("first", "limit", "skip", "offset", "hops", "maxhops", "depth", "size", "count", "page", "max", "min")
LIST_WORDS = ("rows", "ids", "statuses", "kinds", "targets", "names", "list", "labels")


def sample_value(name: str):
    low = name.lower()
    if low.endswith("s") and any(low.endswith(w) or low == w for w in LIST_WORDS):
        return []
    if any(w == low or low.startswith(w) or low.endswith(w) for w in INT_WORDS):
        return 10
    if low in ("explicit",):
        return True
    return "x"


LIST_PARAM = re.compile(r"\bIN\s+\$([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)
UNWIND_PARAM = re.compile(r"\bUNWIND\s+\$([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)


def params_for(cypher: str) -> dict:
    params = {name: sample_value(name) for name in set(PARAM.findall(cypher))}
    for name in LIST_PARAM.findall(cypher) + UNWIND_PARAM.findall(cypher):
        params[name] = [] if name.lower().endswith("rows") else ["x"]
    return params


STATEMENTS = [s for s in all_statements() if not s.name.startswith("write.clear")]


def test_catalog_is_large_and_named_uniquely():
    names = [s.name for s in all_statements()]
    assert len(names) == len(set(names))
    assert len(names) >= 10


@pytest.fixture(scope="module")
def populated(_session_store):
    store = _session_store
    store.clear()
    store.write_document(make_facts("d1", "Canada", "TikTok", "2023-02-27"))
    f2 = make_facts("d2", "Belgium", "TikTok", "2023-03-10")
    make_follow(f2, "Canada")
    store.write_document(f2)
    store.refresh_derived_follows()
    yield store
    store.clear()


@pytest.mark.parametrize("stmt", STATEMENTS, ids=[s.name for s in STATEMENTS])
def test_statement_runs_on_arcadedb(populated, stmt):
    params = params_for(stmt.cypher)
    with populated._session() as session:
        tx = session.begin_transaction()
        try:
            tx.run(stmt.cypher, params).consume()
        finally:
            tx.rollback()  # leave the shared data as it was

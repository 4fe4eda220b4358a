"""The API on the dev corpus (``corpus_store``: corpus/dev loaded once, read-only).

Expectations come from the gold files and from the graph itself (read
independently), never from copied output.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.gql import make_context, schema
from loaders.evaluate import norm_name

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev"
KEY = "corpus-key"


def ok(store, query: str, variables: dict | None = None) -> dict:
    result = asyncio.run(schema.execute(query, variable_values=variables, context_value=make_context(store)))
    assert not result.errors, [e.formatted for e in result.errors]
    return result.data


def names(entity: dict) -> set[str]:
    return {norm_name(n) for n in [entity["name"], *entity["aliases"]]}


def gold(doc_id: str) -> dict:
    return json.loads((CORPUS / f"{doc_id}.gold.json").read_text(encoding="utf-8"))


def all_pages(store, field: str, selection: str, args: str = "") -> list[dict]:
    out, after = [], None
    while True:
        data = ok(
            store,
            f"query($a: String) {{ {field}(first: 100, after: $a{args}) {{ pageInfo {{ hasNextPage endCursor }} "
            f"nodes {{ {selection} }} }} }}",
            {"a": after},
        )[field]
        out += data["nodes"]
        if not data["pageInfo"]["hasNextPage"]:
            return out
        after = data["pageInfo"]["endCursor"]


def test_explicit_follow_new_zealand_to_united_kingdom_with_evidence(corpus_store):
    doc_id = "dev07_nz_parliament_2023"
    wanted = [f for f in gold(doc_id)["follows"] if f["explicit"] and f["followed"] == "United Kingdom"]
    assert wanted, "the gold file names the follow this test looks for"
    follower_name, followed_name = norm_name(wanted[0]["follower"]), norm_name(wanted[0]["followed"])
    follows = all_pages(
        corpus_store,
        "follows",
        "explicit follower { name aliases } followed { name aliases } evidence { sentence document { id } }",
        ", explicit: true",
    )
    assert follows and all(f["explicit"] for f in follows)
    matches = [f for f in follows if follower_name in names(f["follower"]) and followed_name in names(f["followed"])]
    assert matches, (
        f"no explicit follow {wanted[0]} among {[(f['follower']['name'], f['followed']['name']) for f in follows]}"
    )
    evidence = [e for f in matches for e in f["evidence"]]
    assert any(e["document"]["id"] == doc_id and e["sentence"] for e in evidence)
    # the same follow seen from the follower entity
    follower = ok(corpus_store, "query($q: String) { entities(search: $q) { nodes { id name } } }",
                  {"q": matches[0]["follower"]["name"]})["entities"]["nodes"]  # fmt: skip
    ids = [e["id"] for e in follower if norm_name(e["name"]) == norm_name(matches[0]["follower"]["name"])]
    seen = ok(corpus_store, "query($id: ID!) { entity(id: $id) { followed { explicit followed { name } } } }",
              {"id": ids[0]})["entity"]["followed"]  # fmt: skip
    assert any(f["explicit"] and norm_name(f["followed"]["name"]) == followed_name for f in seen)


def test_bans_by_date_range_match_the_graph(corpus_store):
    every = all_pages(corpus_store, "bans", "id announced")
    assert every
    start, end = "2023-02", "2023-03"
    expected = sorted(
        b["id"] for b in every if b["announced"] and start <= b["announced"] and b["announced"][:7] <= end
    )
    assert expected, "the corpus has bans announced in February-March 2023"
    got = all_pages(corpus_store, "bans", "id announced imposedBy { name }", f', from: "{start}", to: "{end}"')
    assert sorted(b["id"] for b in got) == expected
    announced = [b["announced"] for b in got]
    assert announced == sorted(announced)  # default order: announced, oldest first
    count = ok(corpus_store, f'{{ bans(from: "{start}", to: "{end}") {{ totalCount }} }}')["bans"]["totalCount"]
    assert count == len(expected)


def test_path_between_two_entities(corpus_store):
    ban = ok(corpus_store, "{ bans(first: 1) { nodes { imposedBy { id } targets { id } } } }")["bans"]["nodes"][0]
    start, end = ban["imposedBy"]["id"], ban["targets"][0]["id"]
    path = ok(
        corpus_store,
        "query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { __typename "
        "... on Entity { id evidence { sentence } } ... on Ban { id evidence { sentence } } } "
        "relationships { type start end } } }",
        {"a": start, "b": end},
    )["path"]
    assert path["length"] == 2  # imposer <-IMPOSED_BY- ban -TARGETS-> target
    assert path["nodes"][0]["id"] == start and path["nodes"][-1]["id"] == end
    assert path["nodes"][1]["__typename"] == "Ban"
    assert all(n["evidence"] for n in path["nodes"])
    assert {r["type"] for r in path["relationships"]} == {"IMPOSED_BY", "TARGETS"}


def test_ingest_over_http_with_and_without_key(store, corpus_store):
    doc_id = "dev05_canada_2023"
    meta = json.loads((CORPUS / f"{doc_id}.meta.json").read_text(encoding="utf-8"))
    doc = {"id": doc_id, "text": (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8"),
           **{k: meta[k] for k in ("title", "publisher", "published") if meta.get(k)}}  # fmt: skip
    body = {
        "query": "mutation($d: [DocumentInput!]!) { ingest(documents: $d) { ingested documents { id status } } }",
        "variables": {"d": [doc]},
    }
    app = create_app(store, api_key=KEY, origins=[])

    async def post(headers):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            return await c.post("/graphql", json=body, headers=headers)

    assert asyncio.run(post({})).status_code == 401
    assert store.read_one("api.documents.count")["n"] == 0
    r = asyncio.run(post({"authorization": f"Bearer {KEY}"}))
    assert r.status_code == 200 and r.json()["data"]["ingest"]["documents"] == [{"id": doc_id, "status": "created"}]

    # what the API ingested equals what `bangraph load` put in the corpus store for that document
    bans_of = """{ bans(first: 100) { nodes { id evidence { document { id } } } } }"""
    mine = {b["id"] for b in ok(store, bans_of)["bans"]["nodes"]}
    theirs = {
        b["id"] for b in all_pages(corpus_store, "bans", "id evidence { document { id } }")
        if any(e["document"]["id"] == doc_id for e in b["evidence"])
    }  # fmt: skip
    assert mine and mine == theirs

"""GraphQL over HTTP in-process (httpx over ASGI, real embedded store): negotiation, status codes,
methods, the API key, limits of the HTTP layer, GraphiQL served locally, health and request ids."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re

import httpx
import pytest
from factories import make_facts

from api.app import create_app
from api.gql.limits import Limits

GQL_RESPONSE = "application/graphql-response+json"
KEY = "test-key-123"


def call(app, method: str, url: str, **kw) -> httpx.Response:
    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            return await c.request(method, url, **kw)

    return asyncio.run(go())


@pytest.fixture
def app(store):
    store.write_document(make_facts("doc-1", "Canada", "TikTok", "2023-02-27"))
    return create_app(store, api_key=KEY, origins=[])


def test_post_json_and_content_negotiation(app):
    r = call(app, "POST", "/graphql", json={"query": "{ stats { bans } }"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.json() == {"data": {"stats": {"bans": 1}}}

    r = call(app, "POST", "/graphql", json={"query": "{ stats { bans } }"}, headers={"accept": GQL_RESPONSE})
    assert r.status_code == 200 and r.headers["content-type"].startswith(GQL_RESPONSE)


@pytest.mark.parametrize("query", ["{ stats { bans }", "{ stats { nope } }"])
def test_request_errors_are_400_with_graphql_response_json(app, query):
    r = call(app, "POST", "/graphql", json={"query": query}, headers={"accept": GQL_RESPONSE})
    assert r.status_code == 400
    assert "data" not in r.json() and r.json()["errors"]
    legacy = call(app, "POST", "/graphql", json={"query": query}, headers={"accept": "application/json"})
    assert legacy.status_code == 200 and legacy.json()["errors"]


def test_get_queries_and_no_mutations_over_get(app):
    r = call(app, "GET", "/graphql", params={"query": "query Q($n: Int) { bans(first: $n) { totalCount } }",
                                             "variables": '{"n": 1}', "operationName": "Q"})  # fmt: skip
    assert r.status_code == 200 and r.json()["data"]["bans"]["totalCount"] == 1
    r = call(app, "GET", "/graphql", params={"query": 'mutation { ingest(documents: [{text: "x"}]) { ingested } }'})
    assert r.status_code == 405 and "POST" in r.headers["allow"]


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b'{"query": "{ stats { bans } }"}'}, 415),  # no content type
        ({"content": b"{ stats { bans } }", "headers": {"content-type": "application/graphql"}}, 415),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"json": [{"query": "{ stats { bans } }"}]}, 400),  # batching
        ({"json": {"variables": {}}}, 400),  # no query
        ({"json": {"query": "{ stats { bans } }", "variables": "nope"}}, 400),
    ],
)
def test_malformed_requests(app, kwargs, status):
    r = call(app, "POST", "/graphql", **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["errors"][0]["message"]


def test_other_methods_are_405(app):
    assert call(app, "PUT", "/graphql", json={"query": "{ stats { bans } }"}).status_code == 405


def test_ingest_requires_the_key(store):
    mutation = {"query": 'mutation { ingest(documents: [{id: "x", text: "Canada banned TikTok."}]) { ingested } }'}
    no_key_configured = create_app(store, api_key="", origins=[])
    r = call(no_key_configured, "POST", "/graphql", json=mutation, headers={"authorization": "Bearer anything"})
    assert r.status_code == 403 and "BANGRAPH_API_KEY" in r.json()["errors"][0]["message"]
    app = create_app(store, api_key=KEY, origins=[])
    assert call(app, "POST", "/graphql", json=mutation).status_code == 401
    wrong = call(app, "POST", "/graphql", json=mutation, headers={"authorization": "Bearer " + KEY + "x"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    assert store.counts().get("Document", 0) == 0


def test_ingest_with_the_key_reports_each_document(store):
    app = create_app(store, api_key=KEY, origins=[])
    text = "Canada banned TikTok on government devices on 27 February 2023, the Treasury Board said."
    body = {
        "query": "mutation($d: [DocumentInput!]!) { ingest(documents: $d) { ingested failed "
        "documents { index id status error } } }",
        "variables": {
            "d": [{"id": "api-doc-1", "text": text, "published": "2023-02-28"}, {"id": "empty", "text": " "}]
        },
    }
    r = call(app, "POST", "/graphql", json=body, headers={"authorization": f"Bearer {KEY}"})
    assert r.status_code == 200, r.text
    result = r.json()["data"]["ingest"]
    assert (result["ingested"], result["failed"]) == (1, 1)
    good, bad = result["documents"]
    assert good["id"] == "api-doc-1" and good["status"] == "created"
    assert bad["status"] == "failed" and bad["index"] == 1 and bad["error"]
    assert store.read_one("api.documents.count")["n"] == 1


def test_body_size_limit(store):
    app = create_app(store, limits=Limits(max_body_bytes=200), origins=[])
    r = call(app, "POST", "/graphql", json={"query": "{ stats { bans } }", "variables": {"pad": "x" * 500}})
    assert r.status_code == 413 and "BANGRAPH_MAX_BODY_BYTES" in r.json()["errors"][0]["message"]


def test_graphiql_is_served_locally_with_valid_sri(app):
    r = call(app, "GET", "/graphql", headers={"accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "unpkg.com" not in page and "https://" not in page.replace("http://www.w3.org/2000/svg", "")
    assets = re.findall(r'(?:src|href)="(/static/graphiql/[^"]+)"\s+integrity="(sha384-[^"]+)"', page)
    assert len(assets) == 7
    for url, integrity in assets:
        asset = call(app, "GET", url)
        assert asset.status_code == 200, url
        digest = "sha384-" + base64.b64encode(hashlib.sha384(asset.content).digest()).decode()
        assert digest == integrity, url


def test_health_and_request_ids(app):
    r = call(app, "GET", "/healthz")
    assert r.status_code == 200 and r.json()["store"] is True
    assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
    echoed = call(app, "GET", "/healthz", headers={"x-request-id": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"


def test_cors_only_for_configured_origins(store):
    app = create_app(store, origins=["http://allowed.example"])
    pre = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    ok = call(app, "OPTIONS", "/graphql", headers={"origin": "http://allowed.example", **pre})
    assert ok.headers.get("access-control-allow-origin") == "http://allowed.example"
    other = call(app, "OPTIONS", "/graphql", headers={"origin": "http://evil.example", **pre})
    assert "access-control-allow-origin" not in other.headers
    closed = create_app(store, origins=[])
    r = call(closed, "POST", "/graphql", json={"query": "{ stats { bans } }"}, headers={"origin": "http://x.example"})
    assert "access-control-allow-origin" not in r.headers


def test_response_cache_serves_repeats_until_the_graph_changes(store):
    """Same query twice: the second is a cache hit with the same body; any write makes it stale at once."""
    store.write_document(make_facts("doc-1", "Canada", "TikTok", "2023-02-27"))
    app = create_app(store, api_key=KEY, origins=[], cache_seconds=60)
    body = {"query": "query($t: String) { bans(target: $t) { totalCount } }", "variables": {"t": "TikTok"}}

    first, second = (call(app, "POST", "/graphql", json=body) for _ in range(2))
    assert first.headers["x-bangraph-cache"] == "miss" and second.headers["x-bangraph-cache"] == "hit"
    assert first.content == second.content and second.json()["data"]["bans"]["totalCount"] == 1
    # other variables, another response type: other entries
    other = call(app, "POST", "/graphql", json={**body, "variables": {"t": "WeChat"}})
    assert other.headers["x-bangraph-cache"] == "miss" and other.json()["data"]["bans"]["totalCount"] == 0
    typed = call(app, "POST", "/graphql", json=body, headers={"accept": GQL_RESPONSE})
    assert typed.headers["x-bangraph-cache"] == "miss" and typed.headers["content-type"].startswith(GQL_RESPONSE)

    store.write_document(make_facts("doc-2", "Belgium", "TikTok", "2023-03-10"))  # a write by the store itself
    after = call(app, "POST", "/graphql", json=body)
    assert after.headers["x-bangraph-cache"] == "miss" and after.json()["data"]["bans"]["totalCount"] == 2

    ingest = {"query": 'mutation { ingest(documents: [{id: "doc-3", text: "Estonia banned TikTok on '
              'government phones on Monday.", published: "2023-03-20"}]) { ingested } }'}  # fmt: skip
    r = call(app, "POST", "/graphql", json=ingest, headers={"authorization": f"Bearer {KEY}"})
    assert r.status_code == 200 and "errors" not in r.json(), r.text
    assert len(app.state.cache) == 0  # a mutation empties the cache
    assert call(app, "POST", "/graphql", json=body).headers["x-bangraph-cache"] == "miss"

    # errors are never cached; neither is anything when the cache is off
    bad = {"query": "{ bans(first: 1000) { totalCount } }"}
    assert [call(app, "POST", "/graphql", json=bad).headers.get("x-bangraph-cache") for _ in range(2)] == [None] * 2
    off = create_app(store, api_key=KEY, origins=[], cache_seconds=0)
    assert [call(off, "POST", "/graphql", json=body).headers.get("x-bangraph-cache") for _ in range(2)] == [None] * 2


def test_response_cache_entries_expire_and_are_bounded():
    import time

    from api.gql.cache import ResponseCache

    cache = ResponseCache(seconds=0.05, max_entries=2)
    keys = [cache.key("application/json", {"query": f"{{ q{i} }}", "variables": {"b": 1, "a": 2}}) for i in range(3)]
    assert keys[0] == cache.key("application/json", {"query": "{ q0 }", "variables": {"a": 2, "b": 1}})
    for k in keys:
        cache.put(k, 7, b"{}", "application/json")
    assert len(cache) == 2 and cache.get(keys[0], 7) is None  # the oldest went first
    assert cache.get(keys[2], 7) is not None and cache.get(keys[2], 8) is None  # another generation: stale
    cache.put(keys[1], 7, b"{}", "application/json")
    time.sleep(0.06)
    assert cache.get(keys[1], 7) is None  # expired


def test_startup_objects_are_frozen_out_of_the_collector_while_serving(store):
    """Full garbage collections walked every object loaded at startup (measured: pauses of 100+ ms)."""
    import gc

    app = create_app(store, api_key=KEY, origins=[])

    async def go():
        async with app.router.lifespan_context(app):
            during = gc.get_freeze_count()
        return during, gc.get_freeze_count()

    during, after = asyncio.run(go())
    assert during > 10_000 and after == 0


def test_a_requests_loaders_are_emptied_once_it_is_answered(app, monkeypatch):
    """What a request's DataLoaders read or primed is let go when its response is built (api/gql/loaders.py
    ``Loaders.clear``), not left to the cyclic garbage collector; the answer is the same."""
    from api.gql import http as gql_http

    contexts = []
    real = gql_http.make_context

    def spy(*args, **kwargs):
        contexts.append(real(*args, **kwargs))
        return contexts[-1]

    monkeypatch.setattr(gql_http, "make_context", spy)
    query = (
        "query($n: Int) { bans(first: $n) { nodes { id imposedBy { name } targets { name } evidence { sentence } } } }"
    )
    for n in (5, 6):  # the standard path, then the fast lane (other variables: not the response cache)
        r = call(app, "POST", "/graphql", json={"query": query, "variables": {"n": n}})
        assert r.status_code == 200 and "errors" not in r.json()
        ban = r.json()["data"]["bans"]["nodes"][0]
        assert ban["imposedBy"]["name"] == "Canada" and ban["targets"] == [{"name": "TikTok"}] and ban["evidence"]
    r = call(app, "POST", "/graphql", json={"query": "{ nope }"})
    assert r.status_code == 200 and r.json()["errors"]
    assert len(contexts) == 3
    assert all(c.loaders._cache == {} and c.loaders._ready == {} for c in contexts)


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"entity": {"name": "Türkiye", "aliases": ["Espírito Santo", "北京", "émoji ✓"], "wikidataId": None}}},
        {"data": {"stats": {"bans": 34, "share": 0.1, "big": 1e21, "small": 2.5e-07, "neg": -3.0, "ok": True}}},
        {"data": None, "errors": [{"message": 'quote " and backslash \\ and newline \n', "path": ["a", 0]}]},
    ],
    ids=["unicode", "numbers", "escapes"],
)
def test_responses_render_the_same_json_as_starlette(body):
    """Byte for byte, except the spelling of float exponents (orjson writes 2.5e-7, json 2.5e-07)."""
    import json

    from starlette.responses import JSONResponse

    from api.gql.http import GraphQLJSONResponse

    ours, theirs = GraphQLJSONResponse(body).body, JSONResponse(body).body
    assert json.loads(ours) == json.loads(theirs) == body
    assert re.sub(rb"e([+-])0*(\d)", rb"e\1\2", ours) == re.sub(rb"e([+-])0*(\d)", rb"e\1\2", theirs)

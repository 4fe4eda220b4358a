"""The API as deployed: ``bangraph serve`` in its own process on 127.0.0.1, over a throwaway store.

- the GraphQL-over-HTTP audit of npm ``graphql-http`` (node): no MUST or SHOULD failing;
- GraphiQL in headless Chromium (Playwright, Debian's /usr/bin/chromium): a query runs, the result
  shows, and the page requested nothing outside 127.0.0.1;
- ``bangraph query``: stdout is exactly the response JSON;
- ingest mutations and queries concurrently for a bounded time: no error, no lost document, and the
  counts afterwards equal those of the same documents loaded alone.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import pytest
from api_server import API_KEY, ROOT, corpus_inputs, start_server

pytestmark = pytest.mark.slow

CORPUS = ROOT / "corpus" / "dev"
AUTH = {"authorization": f"Bearer {API_KEY}"}
INGEST = (
    """mutation($d: [DocumentInput!]!) { ingest(documents: $d) { ingested failed documents { id status error } } }"""
)
SERVER_ENV = {"BANGRAPH_HEAP": "512m", "BANGRAPH_QUERY_TIMEOUT": "60"}


def ingest(url: str, docs: list[dict], timeout: float = 600) -> dict:
    r = httpx.post(url, json={"query": INGEST, "variables": {"d": docs}}, headers=AUTH, timeout=timeout)
    assert r.status_code == 200, r.text
    body = r.json()
    assert "errors" not in body, body
    return body["data"]["ingest"]


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A server with three dev-corpus articles ingested over HTTP."""
    tmp = tmp_path_factory.mktemp("live")
    server = start_server(tmp / "store", tmp / "server.log", SERVER_ENV)
    try:
        result = ingest(server.graphql, corpus_inputs(CORPUS, limit=3))
        assert result["failed"] == 0, result
        yield server
    finally:
        server.stop()


def test_graphql_over_http_audit(live):
    node = shutil.which("node")
    assert node, "node is needed for the graphql-http audit (make node)"
    out = subprocess.run(
        [node, str(ROOT / "tests" / "js" / "graphql_http_audit.mjs"), live.graphql],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    results = json.loads(out.stdout)["results"]
    assert len(results) > 20
    failing = [r for r in results if r["status"] in ("error", "warn")]
    assert failing == [], json.dumps(failing, indent=1)


def test_a_load_by_another_process_shows_within_the_cache_time(tmp_path):
    """The response micro-cache (1 s by default) never hides another process's writes for longer."""
    live = start_server(tmp_path / "store", tmp_path / "server.log", SERVER_ENV)
    try:
        _load_shows_within_the_cache_time(live, tmp_path / "store", tmp_path)
    finally:
        live.stop()


def _load_shows_within_the_cache_time(live, store_dir: Path, tmp_path: Path) -> None:
    query = {"query": "{ stats { documents } }"}
    before = [httpx.post(live.graphql, json=query, timeout=60) for _ in range(2)]
    assert before[1].headers["x-bangraph-cache"] == "hit"
    n = before[1].json()["data"]["stats"]["documents"]

    articles = tmp_path / "articles"
    articles.mkdir()
    for path in CORPUS.glob("dev05_*"):
        if not path.name.endswith(".gold.json"):
            shutil.copy(path, articles / path.name)
    env = {**os.environ, "BANGRAPH_STORE": str(store_dir), "BANGRAPH_HEAP": "512m"}
    env.pop("NEO4J_URI", None)
    load = subprocess.run(
        [sys.executable, "-m", "api.cli", "load", str(articles), "--quiet"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert load.returncode == 0, load.stderr[-2000:]
    loaded_at = time.monotonic()
    while True:
        documents = httpx.post(live.graphql, json=query, timeout=60).json()["data"]["stats"]["documents"]
        if documents == n + 1:
            break
        assert time.monotonic() - loaded_at < 1.0 + 2.0, "the served answer stayed stale past the cache time"
        time.sleep(0.1)


def test_bangraph_query_prints_only_json(tmp_path):
    env = {**os.environ, "BANGRAPH_STORE": str(tmp_path / "store"), "BANGRAPH_HEAP": "512m"}
    env.pop("NEO4J_URI", None)
    out = subprocess.run(
        [sys.executable, "-m", "api.cli", "query", "query($n: Int) { bans(first: $n) { totalCount } stats { documents } }",
         "--variables", '{"n": 5}'],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == {"data": {"bans": {"totalCount": 0}, "stats": {"documents": 0}}}
    bad = subprocess.run(
        [sys.executable, "-m", "api.cli", "query", "{ nope }"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert bad.returncode == 1 and json.loads(bad.stdout)["errors"]


@pytest.mark.browser
def test_graphiql_in_chromium_runs_a_query_offline(live):
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = Path("/usr/bin/chromium")
    assert chromium.exists(), "Debian's chromium is needed (make browser)"
    requested: list[str] = []
    query = "{ documents(first: 5) { totalCount nodes { id title } } }"
    expected = httpx.post(live.graphql, json={"query": query}).json()["data"]["documents"]
    assert expected["totalCount"] == 3
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(chromium),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run"],
        )  # fmt: skip
        try:
            page = browser.new_page()
            page.on("request", lambda req: requested.append(req.url))
            page.goto(f"{live.graphql}?q={quote(query)}", wait_until="load")
            page.wait_for_selector(".graphiql-execute-button", timeout=60_000)
            page.click(".graphiql-execute-button")
            result = page.locator(".result-window")
            for doc in expected["nodes"]:
                result.get_by_text(doc["id"], exact=False).first.wait_for(timeout=60_000)
            assert f'"totalCount": {expected["totalCount"]}' in result.inner_text()
        finally:
            browser.close()
    hosts = {urlsplit(u).hostname for u in requested if not u.startswith(("data:", "blob:", "about:"))}
    assert hosts == {"127.0.0.1"}, requested


def test_concurrent_ingest_and_queries(tmp_path, store):
    """Writers ingest while readers query for a bounded time; then compare with the documents loaded alone."""
    from api.gql.mutation import DocumentInput, ingest_documents

    docs = corpus_inputs(CORPUS, limit=8)
    # the reference first: the same documents, one per ingest as the writers send them, nothing concurrent
    for d in docs:
        assert ingest_documents(store, [DocumentInput(**d)]).failed == 0
    expected = {r["label"]: r["count"] for r in store.read("api.stats")}
    server = start_server(tmp_path / "store", tmp_path / "server.log", SERVER_ENV)
    min_seconds, max_seconds = 20, 400
    queries = [
        "{ bans(first: 20, orderBy: ANNOUNCED_DESC) { totalCount nodes { announced imposedBy { name } "
        "targets { name } evidence { document { id } } } } }",
        "{ stats { documents bans follows } }",
        '{ entities(search: "tik", first: 10) { nodes { name bansSuffered { id } } } }',
        '{ followNetwork(target: "TikTok") { nodes { name } edges { explicit lagDays } } }',
    ]
    problems: list[str] = []
    reads = 0

    async def writer(batch: list[dict]) -> None:
        async with httpx.AsyncClient(timeout=300) as client:
            for doc in batch:
                r = await client.post(server.graphql, json={"query": INGEST, "variables": {"d": [doc]}}, headers=AUTH)
                body = r.json()
                if r.status_code != 200 or body.get("errors") or body["data"]["ingest"]["failed"]:
                    problems.append(f"ingest {doc['id']}: {r.status_code} {r.text[:300]}")

    async def reader(i: int, stop: asyncio.Event) -> None:
        nonlocal reads
        async with httpx.AsyncClient(timeout=120) as client:
            while not stop.is_set():
                q = queries[reads % len(queries)]
                r = await client.post(server.graphql, json={"query": q})
                reads += 1
                if r.status_code != 200 or "errors" in r.json():
                    problems.append(f"reader {i}: {r.status_code} {r.text[:300]}")

    async def scenario() -> None:
        stop = asyncio.Event()
        readers = [asyncio.create_task(reader(i, stop)) for i in range(4)]
        started = time.monotonic()
        await asyncio.gather(writer(docs[0::2]), writer(docs[1::2]))
        # keep re-ingesting (unchanged documents) while reading, for at least min_seconds
        while time.monotonic() - started < min_seconds:
            await writer(docs[:1])
            await asyncio.sleep(0.5)
        stop.set()
        await asyncio.gather(*readers)
        assert time.monotonic() - started < max_seconds

    try:
        asyncio.run(scenario())
        assert problems == [], problems[:5]
        assert reads > 10
        stats_query = "{ stats { labels { label count } } documents(first: 100) { nodes { id } } }"
        served = httpx.post(server.graphql, json={"query": stats_query}, timeout=120).json()["data"]
    finally:
        server.stop()

    assert sorted(n["id"] for n in served["documents"]["nodes"]) == sorted(d["id"] for d in docs)
    assert {x["label"]: x["count"] for x in served["stats"]["labels"]} == expected

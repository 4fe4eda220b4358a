"""The explorer in headless Chromium against ``bangraph serve`` over the dev corpus (issue 6 acceptance).

The server is a real ``bangraph serve`` process on a free 127.0.0.1 port, sharing the session's embedded
store that ``corpus_store`` loaded (database "corpus"); it is stopped by its PID. Every request the page
makes is recorded and must stay on 127.0.0.1. Screenshots go to ``test-artifacts/explore/`` (git-ignored)
at 1280×800 and 390×844. Expected facts are read from the GraphQL API, not copied from output.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from api.child import start_serve
from loaders.model import entity_id

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "explore"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TIKTOK = entity_id("Product", "TikTok")
UK = entity_id("Jurisdiction", "United Kingdom")


@pytest.fixture(scope="module")
def server(corpus_store, store_root, tmp_path_factory):
    """``bangraph serve`` sharing the loaded corpus database; yields its base URL."""
    log_path = tmp_path_factory.mktemp("explore-serve") / "serve.log"
    env = {
        **os.environ,
        "BANGRAPH_STORE": str(store_root),
        "BANGRAPH_DATABASE": "corpus",
        "BANGRAPH_LOG_LEVEL": "WARNING",
    }
    env.pop("NEO4J_URI", None)
    try:
        live = start_serve(env, log_path, timeout=180)
    except RuntimeError as e:
        pytest.fail(str(e))
    try:
        yield live.base
    finally:
        live.stop(timeout=30)


def graphql(base: str, query: str, **variables) -> dict:
    r = httpx.post(f"{base}/graphql", json={"query": query, "variables": variables}, timeout=60)
    body = r.json()
    assert not body.get("errors"), body["errors"]
    return body["data"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def page_at(browser, server, requests_seen):
    """Open a fresh page at a viewport; record every request and every script error."""
    pages = []
    errors: list[str] = []

    def open_page(viewport: dict):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.on("request", lambda req: requests_seen.append(req.url))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.set_default_timeout(30_000)
        page.goto(f"{server}/explore")
        page.wait_for_selector("body[data-ready=true]")
        pages.append(context)
        return page

    yield open_page
    for context in pages:
        context.close()
    assert not errors, f"errors in the page: {errors}"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def search_and_open(page, text: str, entity: str) -> None:
    """Search by keyboard (type, Enter) and choose the result by keyboard (focus, Enter)."""
    page.locator("#search-input").fill(text)
    page.keyboard.press("Enter")
    result = page.locator(f'#results button.result[data-id="{entity}"]')
    result.wait_for()
    result.focus()
    page.keyboard.press("Enter")
    page.locator("#entity-name").wait_for()
    assert page.locator("#entity-name").inner_text()


@pytest.mark.parametrize("viewport,tag", [(DESKTOP, "1280x800"), (PHONE, "390x844")])
def test_search_tiktok_and_see_the_uk_ban_with_its_evidence(page_at, server, viewport, tag):
    data = graphql(
        server,
        """query($t: String!, $i: String!, $tid: ID!, $iid: ID!) {
             entity(id: $tid) { name }
             uk: entity(id: $iid) { name }
             bans(target: $t, imposedBy: $i, first: 10) { nodes { id evidence { sentence } } }
           }""",
        t=TIKTOK,
        i=UK,
        tid=TIKTOK,
        iid=UK,
    )
    assert data["entity"], f"{TIKTOK} is not in the dev corpus graph"
    uk_bans = data["bans"]["nodes"]
    assert uk_bans, "the dev corpus graph has no ban by the United Kingdom on TikTok"
    sentences = {ev["sentence"] for ban in uk_bans for ev in ban["evidence"]}
    assert sentences, "the United Kingdom's ban on TikTok has no evidence sentence"

    page = page_at(viewport)
    shot(page, f"{tag}-0-start")
    search_and_open(page, "TikTok", TIKTOK)
    assert page.locator("#entity-name").inner_text() == data["entity"]["name"]

    suffered = page.locator('section[aria-labelledby="sec-bans-suffered"]')
    uk_fact = suffered.locator(".fact-ban").filter(has=page.locator(f'.entity-link[data-id="{UK}"]'))
    assert uk_fact.count() == len(uk_bans)
    first = uk_fact.first
    first.scroll_into_view_if_needed()
    assert data["uk"]["name"] in first.inner_text()
    shown = first.locator(".evidence-sentence").first
    assert shown.is_visible()
    assert shown.inner_text().strip() in {s.strip() for s in sentences}
    shot(page, f"{tag}-1-tiktok-uk-ban")

    # Readable at this width: nothing wider than the viewport.
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the {viewport['width']}px viewport"


def test_follow_network_draws_explicit_and_derived_follows_apart(page_at, server):
    network = graphql(
        server,
        "query($t: String!) { followNetwork(target: $t) { edges { explicit lagDays follower { id } followed { id } } } }",
        t=TIKTOK,
    )["followNetwork"]["edges"]
    assert network, "the dev corpus graph has no follow for TikTok"
    explicit = [e for e in network if e["explicit"]]
    derived = [e for e in network if not e["explicit"]]

    page = page_at(DESKTOP)
    search_and_open(page, "TikTok", TIKTOK)
    page.locator("#tab-follows").click()
    page.wait_for_function("() => document.querySelector('#follows-status').textContent.includes('follow')")
    assert page.locator("#follows-table tbody tr.row-explicit").count() == len(explicit)
    assert page.locator("#follows-table tbody tr.row-derived").count() == len(derived)

    drawn = page.evaluate(
        """() => {
          const cy = window.bangraphExplorer.followView.cy;
          const edges = cy.edges().map((e) => ({
            explicit: e.data('explicit'), style: e.style('line-style'), label: e.data('label'),
          }));
          return { nodes: cy.nodes().length, edges };
        }"""
    )
    assert len(drawn["edges"]) == len(network)
    assert {e["style"] for e in drawn["edges"] if e["explicit"]} <= {"solid"}
    assert {e["style"] for e in drawn["edges"] if not e["explicit"]} <= {"dashed"}
    lags = sorted(f"{e['lagDays']} d" for e in derived if e["lagDays"] is not None)
    assert sorted(e["label"] for e in drawn["edges"] if not e["explicit"] and e["label"]) == lags
    shot(page, "1280x800-2-follow-network")

    phone = page_at(PHONE)
    search_and_open(phone, "TikTok", TIKTOK)
    phone.locator("#tab-follows").click()
    phone.wait_for_function("() => document.querySelector('#follows-status').textContent.includes('follow')")
    assert phone.locator("#follows-table tbody tr").count() == len(network)
    phone.locator("#follows-status").scroll_into_view_if_needed()
    shot(phone, "390x844-2-follow-network")


def test_timeline_and_expanding_the_neighbourhood(page_at, server):
    data = graphql(
        server,
        "query($t: String!, $i: ID!) { bans(target: $t, first: 100) { totalCount } entity(id: $i) { name } }",
        t=TIKTOK,
        i=UK,
    )
    page = page_at(DESKTOP)
    search_and_open(page, "TikTok", TIKTOK)

    # Expand: tapping a not-yet-expanded entity node merges its facts into the graph.
    before = page.evaluate("() => window.bangraphExplorer.neighbourhood.cy.nodes().length")
    page.evaluate(f"() => window.bangraphExplorer.neighbourhood.cy.getElementById({UK!r}).emit('tap')")
    page.wait_for_function(f"() => window.bangraphExplorer.neighbourhood.isExpanded({UK!r})")
    page.wait_for_function(f"() => document.querySelector('#entity-name').textContent === {data['entity']['name']!r}")
    after = page.evaluate("() => window.bangraphExplorer.neighbourhood.cy.nodes().length")
    assert after > before
    assert page.evaluate(f"() => window.bangraphExplorer.neighbourhood.isExpanded({TIKTOK!r})")
    shot(page, "1280x800-3-expanded")

    # Keyboard: arrow keys move between the view tabs; the timeline lists the target's bans.
    page.locator("#tab-neighbourhood").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("() => document.activeElement.id") == "tab-timeline"
    page.locator("#timeline-target").select_option(TIKTOK)
    tiktok = graphql(server, "query($t: ID!) { entity(id: $t) { name } }", t=TIKTOK)["entity"]["name"]
    page.wait_for_function(f"() => document.querySelector('#timeline-status').textContent.startsWith({tiktok + ':'!r})")
    assert page.locator("#timeline .timeline-ban").count() == data["bans"]["totalCount"]
    dates = page.locator("#timeline .timeline-ban time").evaluate_all("els => els.map(e => e.dateTime)")
    assert dates == sorted(dates)

    # Statements about the target join the timeline on request.
    timeline = graphql(server, "query($t: String!) { timeline(target: $t) { event { __typename } } }", t=TIKTOK)
    said = sum(entry["event"]["__typename"] == "Statement" for entry in timeline["timeline"])
    assert page.locator("#timeline .timeline-statement").count() == 0
    page.locator("#timeline-statements").check()
    assert page.locator("#timeline .timeline-statement").count() == said
    assert page.locator("#timeline .timeline-ban").count() == data["bans"]["totalCount"]
    shot(page, "1280x800-4-timeline")


def test_focus_is_visible_when_tabbing(page_at):
    page = page_at(DESKTOP)
    page.locator("#search-input").fill("TikTok")
    page.keyboard.press("Enter")
    page.locator("#results button.result").first.wait_for()
    page.locator("#search-input").focus()
    page.keyboard.press("Tab")  # -> Search button
    page.keyboard.press("Tab")  # -> first result
    focused = page.evaluate(
        """() => {
          const el = document.activeElement, cs = getComputedStyle(el);
          return { cls: el.className, ring: cs.boxShadow !== 'none' || cs.outlineStyle !== 'none' };
        }"""
    )
    assert focused["cls"] == "result" and focused["ring"], focused


def test_deep_link_opens_the_entity_and_the_view(browser, server, requests_seen):
    """``/explore?entity=<id>&view=follows`` (what the address bar shows while exploring) restores the page."""
    name = graphql(server, "query($t: ID!) { entity(id: $t) { name } }", t=TIKTOK)["entity"]["name"]
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        page.on("request", lambda req: requests_seen.append(req.url))
        page.goto(f"{server}/explore?entity={TIKTOK}&view=follows")
        page.locator("#entity-name").wait_for()
        assert page.locator("#entity-name").inner_text() == name
        assert page.locator("#tab-follows").get_attribute("aria-selected") == "true"
        assert page.locator("#view-follows").is_visible() and not page.locator("#view-neighbourhood").is_visible()
        page.locator("#tab-timeline").click()
        assert "view=timeline" in page.url and f"entity={TIKTOK}" in page.url.replace("%2F", "/")
    finally:
        context.close()


def test_no_request_left_127_0_0_1(requests_seen):
    """Runs last in this module: every request of every page above went to the local server."""
    assert requests_seen, "no page was opened"
    hosts = {urlsplit(u).hostname for u in requests_seen if not u.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, hosts

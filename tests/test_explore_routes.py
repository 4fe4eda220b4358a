"""The explorer's routes serve a self-contained page: every asset local, nothing pointing off the machine."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from api import explore
from schema import MODEL
from schema.browser import GRASS_PATH, GUIDE_PATH

ROOT = Path(__file__).resolve().parents[1]
ASSETS = sorted(explore.EXPLORE_DIR.iterdir())


@pytest.fixture(scope="module")
def client():
    with TestClient(Starlette(routes=explore.routes), base_url="http://127.0.0.1") as c:
        yield c


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.refs.append(attrs[key])


def test_page_is_served_with_a_policy_that_keeps_every_request_on_this_origin(client):
    for path in ("/explore", "/explore/"):
        r = client.get(path)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        for directive in ("default-src 'none'", "script-src 'self'", "connect-src 'self'"):
            assert directive in csp
        assert "http" not in csp


def test_every_reference_of_the_page_is_local_and_resolves(client):
    parser = _Refs()
    parser.feed(client.get("/explore").text)
    refs = [r for r in parser.refs if not r.startswith("data:")]
    assert any(r.endswith("app.js") for r in refs) and any(r.endswith(".css") for r in refs)
    for ref in refs:
        if ref == "/graphql":  # the data endpoint (noscript hint), served by api/app.py
            continue
        assert ref.startswith("/"), f"non-local reference {ref}"
        assert client.get(ref).status_code == 200, ref


IMPORT = re.compile(r"""\bimport\s+(?:[\w{}\s,*]+\s+from\s+)?["']([^"']+)["']""")


def test_every_module_import_resolves_to_a_served_file(client):
    """The page has no build step: each ES module import must be a URL this app serves."""
    seen = set()
    queue = ["/explore/assets/app.js"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url)
        assert r.status_code == 200, url
        assert "javascript" in r.headers["content-type"], (url, r.headers["content-type"])
        if "/vendor/" in url:
            continue
        for spec in IMPORT.findall(r.text):
            assert spec.startswith(("/", "./")), f"{url} imports {spec!r}: bare or remote specifier"
            queue.append(spec if spec.startswith("/") else url.rsplit("/", 1)[0] + spec[1:])
    assert "/explore/vendor/cytoscape/cytoscape.esm.min.js" in seen
    assert len(seen) >= 5


@pytest.mark.parametrize("path", ASSETS, ids=lambda p: p.name)
def test_own_assets_name_no_remote_host(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"""["'(`=][ \t]*(https?:)?//[\w.-]""", text), f"{path.name} references a remote URL"


def test_fed_by_graphql_only():
    """One data path: the scripts fetch /graphql and the static style JSON, nothing else."""
    fetched = set()
    for path in ASSETS:
        if path.suffix == ".js":
            text = path.read_text(encoding="utf-8")
            fetched |= set(re.findall(r"""fetch\(\s*["'`]?([^"'`,)]+)""", text))
    assert fetched == {"ENDPOINT", "/explore/styles.json"}, fetched
    assert 'const ENDPOINT = "/graphql";' in (explore.EXPLORE_DIR / "gql.js").read_text(encoding="utf-8")


def test_vendored_cytoscape_is_the_pinned_version_with_its_licence():
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["cytoscape"]
    vendored = (explore.VENDOR_DIR / "cytoscape" / "cytoscape.esm.min.js").read_text(encoding="utf-8")
    assert f'.version="{pinned}"' in vendored
    licence = (explore.VENDOR_DIR / "cytoscape" / "LICENSE").read_text(encoding="utf-8")
    assert "MIT" in licence or "Permission is hereby granted" in licence


def test_styles_cover_every_label_and_relationship(client):
    body = client.get("/explore/styles.json").json()
    labels = {label for kind in MODEL.nodes.values() for label in kind.labels}
    assert labels <= set(body["nodes"])
    for style in body["nodes"].values():
        assert re.fullmatch(r"#[0-9A-F]{6}", style["color"]) and style["caption"]
    assert set(body["relationships"]) == set(MODEL.relationships)


def test_browser_guide_and_style_are_served_to_neo4j_browser(client):
    guide = client.get("/browser/guide.html", headers={"Origin": "http://localhost:7474"})
    assert guide.status_code == 200 and guide.headers["content-type"].startswith("text/html")
    assert guide.headers["access-control-allow-origin"] == "*"
    assert guide.text == GUIDE_PATH.read_text(encoding="utf-8")
    grass = client.get("/browser/bangraph.grass")
    assert grass.status_code == 200 and grass.headers["access-control-allow-origin"] == "*"
    assert grass.text == GRASS_PATH.read_text(encoding="utf-8")


def test_unknown_asset_is_a_404(client):
    assert client.get("/explore/assets/nope.js").status_code == 404
    assert client.get("/explore/assets/../../explore.py").status_code == 404

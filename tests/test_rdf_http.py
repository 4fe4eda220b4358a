"""Dereferenceable IRIs, /rdf, /ontology and /context.jsonld over HTTP (Starlette TestClient, real store)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from factories import make_facts, make_follow
from starlette.testclient import TestClient

from api.rdf import negotiate
from api.rdf_mapping import IriScheme
from schema.rdf import vocabulary

BASE = "http://testserver/id/"
BG = vocabulary().bg
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PARSERS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
EXT = {
    "text/turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "application/rdf+xml": "rdf",
}
UK = "jurisdiction/united-kingdom"


@pytest.fixture
def client(store):
    from api.app import create_app

    facts = make_facts("d_uk", "United Kingdom", "TikTok", "2023-03-16")
    make_follow(facts, "Canada")
    store.write_document(facts)
    store.write_document(make_facts("d_ca", "Canada", "TikTok", "2023-02-27"))
    app = create_app(store, api_key="k")
    app.state.iri_scheme = IriScheme(BASE)  # IRIs the test client itself can dereference
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _parse(response) -> set:
    mt = response.headers["content-type"].split(";")[0]
    return {q.triple for q in ox.parse(response.content, format=PARSERS[mt], base_iri=BASE)}


@pytest.mark.parametrize("accept", list(PARSERS))
def test_303_to_a_document_in_the_negotiated_format(client, accept):
    r = client.get(f"/id/{UK}", headers={"Accept": accept})
    assert r.status_code == 303
    assert r.headers["location"] == f"http://testserver/doc/{UK}.{EXT[accept]}"
    assert "accept" in r.headers["vary"].lower()
    doc = client.get(r.headers["location"])
    assert doc.status_code == 200
    assert doc.headers["content-type"].split(";")[0] == accept
    triples = _parse(doc)
    uk = ox.NamedNode(BASE + UK)
    assert ox.Triple(uk, RDF_TYPE, ox.NamedNode(BG + "Jurisdiction")) in triples
    # the page says which bans the UK imposed, and where the UK was read
    assert any(t.object == uk and t.predicate.value == BG + "imposedBy" for t in triples)
    assert any(t.subject == uk and t.predicate.value.endswith("#wasDerivedFrom") for t in triples)


def test_follow_your_nose_from_one_iri_to_the_next(client):
    triples = _parse(client.get(f"/doc/{UK}.nt"))
    ban = next(t.subject for t in triples if t.predicate.value == BG + "imposedBy")
    assert ban.value.startswith(BASE + "ban/")
    r = client.get(ban.value.removeprefix("http://testserver"), headers={"Accept": "text/turtle"})
    assert r.status_code == 303
    ban_triples = _parse(client.get(r.headers["location"]))
    assert ox.Triple(ban, ox.NamedNode(BG + "status"), ox.NamedNode(BG + "in_force")) in ban_triples
    evidence = {t.object for t in ban_triples if t.predicate.value.endswith("#qualifiedDerivation")}
    assert evidence and all(e.value.startswith(BASE + "evidence/") for e in evidence)
    sentence = [t for t in ban_triples if t.subject in evidence and t.predicate.value == BG + "sentence"]
    assert sentence and "banned TikTok" in sentence[0].object.value
    # what the article reported about the ban is on its evidence, and shown on the ban's HTML page
    reported = [t for t in ban_triples if t.subject in evidence and t.predicate.value == BG + "reportedStatus"]
    assert [t.object for t in reported] == [ox.NamedNode(BG + "in_force")]
    page = client.get(ban.value.removeprefix("http://testserver"), headers={"Accept": "text/html"})
    page = client.get(page.headers["location"])
    assert page.status_code == 200 and "reported: in force, announced " in page.text


def test_html_for_browsers(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
    r = client.get(f"/id/{UK}", headers={"Accept": browser})
    assert r.status_code == 303 and r.headers["location"].endswith(".html")
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "United Kingdom banned TikTok on government devices." in page.text  # the evidence sentence
    assert "United Kingdom bans TikTok" in page.text  # the article's title
    assert f'href="http://testserver/doc/{UK}.ttl"' in page.text
    assert "content-security-policy" in page.headers


def test_documents_have_iris_too(client):
    r = client.get("/id/document/d_uk", headers={"Accept": "application/n-triples"})
    assert r.status_code == 303 and r.headers["location"].endswith("/doc/document/d_uk.nt")
    triples = _parse(client.get(r.headers["location"]))
    assert (
        ox.Triple(ox.NamedNode(BASE + "document/d_uk"), RDF_TYPE, ox.NamedNode("http://schema.org/NewsArticle"))
        in triples
    )


@pytest.mark.parametrize(
    "path",
    [
        "/id/jurisdiction/atlantis",
        "/id/nonsense/thing",
        "/id/",
        "/doc/jurisdiction/atlantis.ttl",
        f"/doc/{UK}.pdf",
        f"/doc/{UK}",
    ],
)
def test_unknown_is_404(client, path):
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize("path", [f"/id/{UK}", "/rdf", "/ontology"])
def test_unsupported_type_is_406(client, path):
    r = client.get(path, headers={"Accept": "application/pdf, image/png;q=0.5"})
    assert r.status_code == 406
    assert "text/turtle" in r.text


def test_default_is_turtle(client):
    for headers in ({}, {"Accept": "*/*"}):
        r = client.get(f"/id/{UK}", headers=headers)
        assert r.status_code == 303 and r.headers["location"].endswith(".ttl")


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("application/ld+json;q=0.5, text/turtle;q=0.9", "text/turtle"),
        ("text/turtle;q=0, */*;q=0.1", "application/ld+json"),
        ("application/*", "application/ld+json"),
        ("TEXT/HTML", "text/html"),
        ("application/pdf", None),
        ("text/turtle;q=oops, application/n-triples", "application/n-triples"),
    ],
)
def test_negotiate(accept, expected):
    offers = ["text/turtle", "application/ld+json", "application/n-triples", "text/html"]
    assert negotiate(accept, offers) == expected


@pytest.mark.parametrize(
    "fmt, mt",
    [
        ("nt", "application/n-triples"),
        ("turtle", "text/turtle"),
        ("jsonld", "application/ld+json"),
        ("xml", "application/rdf+xml"),
    ],
)
def test_rdf_dump_by_format_parameter(client, store, fmt, mt):
    from api.rdf import export

    r = client.get(f"/rdf?format={fmt}")
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == mt
    nt = "".join(export(store, "nt", IriScheme(BASE))).encode()
    expected = {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
    assert _parse(r) == expected
    assert sum(1 for t in expected if t.object.value == BG + "Ban") == 2


def test_rdf_dump_by_accept_and_bad_format(client):
    r = client.get("/rdf", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert client.get("/rdf?format=yaml").status_code == 400


@pytest.mark.parametrize("accept", [None, *PARSERS])
def test_ontology(client, accept):
    r = client.get("/ontology", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    triples = _parse(r)
    owl_class = ox.NamedNode("http://www.w3.org/2002/07/owl#Class")
    assert ox.Triple(ox.NamedNode(BG + "Ban"), RDF_TYPE, owl_class) in triples


def test_context(client):
    r = client.get("/context.jsonld")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert r.headers["access-control-allow-origin"] == "*"
    ctx = json.loads(r.text)["@context"]
    assert ctx["imposedBy"] == {"@id": "bg:imposedBy", "@type": "@id"}

"""RDF export of hand-built facts written to a real embedded store: bans, follows, roles, statements.

Why besides the corpus test: these facts are known in advance (built here), so
the README's SPARQL question, the SHACL shapes and the conditional classes are
checked against answers that follow from the input, whatever the extractors
find in the corpus today.
"""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
import pytest
import rdflib
from factories import make_facts, make_follow
from pyshacl import validate
from test_rdf_export import OX_FORMATS, _readme_sparql

from api.rdf import export
from api.rdf_mapping import IriScheme
from api.rdf_writers import FORMATS
from loaders.model import Ban, DocumentFacts, Entity, Evidence, entity_id
from schema.rdf import SHAPES_PATH, vocabulary

BASE = "https://data.example/bangraph/id/"
BG = vocabulary().bg
SCHEMA = "http://schema.org/"

# (document, imposer, announced, scope) — the README question should find exactly the 2023
# government-device ones, in date order.
BANS = [
    ("d_uk", "United Kingdom", "2023-03-16", "government_devices"),
    ("d_ca", "Canada", "2023-02-27", "government_devices"),
    ("d_be", "Belgium", "2023-03", "government_devices"),
    ("d_tx", "Texas", "2022-12-07", "government_devices"),
    ("d_in", "India", "2023-06-29", "nationwide"),
]


def _org_ban() -> DocumentFacts:
    """An organisation imposing a ban: becomes a schema:GovernmentOrganization in RDF."""
    facts = make_facts("d_ec", "Nowhere", "TikTok", "2023-02-23")
    text = "The European Commission suspended TikTok on staff devices."
    facts.document.text = text
    ev = Evidence("d_ec", text, 0, len(text), "test.bans", 0.7)
    ec = Entity(
        entity_id("Organisation", "European Commission"),
        "Organisation",
        "European Commission",
        [],
        "Q8880",
        mentions=[ev],
    )
    tiktok = next(e for e in facts.entities if e.kind == "Product")
    facts.entities = [ec, replace(tiktok, mentions=[ev])]
    facts.bans = [Ban(ec.id, [tiktok.id], "in_force", "staff_devices", "2023-02-23", evidence=[ev])]
    facts.statements, facts.roles = [], []
    return facts


@pytest.fixture
def sample(store):
    for doc, imposer, announced, scope in BANS:
        facts = make_facts(doc, imposer, "TikTok", announced, scope)
        if imposer == "United Kingdom":
            facts.entities[0].wikidata_id = "Q145"
            facts.entities[0].properties = {"isoCode": "GB"}
            make_follow(facts, "Canada")
        store.write_document(facts)
    store.write_document(_org_ban())
    store.refresh_derived_follows()
    scheme = IriScheme(BASE)
    return {fmt: "".join(export(store, fmt, scheme)) for fmt in FORMATS}


def _load(text: str, fmt: str = "nt") -> ox.Store:
    s = ox.Store()
    s.load(text.encode(), format=OX_FORMATS[fmt], base_iri=BASE)
    return s


def test_formats_agree(sample):
    nt = set(_load(sample["nt"]))
    assert len(nt) > 100
    for fmt in ("turtle", "jsonld", "xml"):
        assert set(_load(sample[fmt], fmt)) == nt, fmt


def test_counts_and_links(sample, store):
    s = _load(sample["nt"])

    def count(q: str) -> int:
        return int(next(iter(s.query(f"PREFIX bg: <{BG}> SELECT (COUNT(*) AS ?n) WHERE {{ {q} }}")))["n"].value)

    assert count("?b a bg:Ban") == len(BANS) + 1 == store.read_one("rdf.count_label", label="Ban")["count"]
    assert count("?f a bg:Follow") == store.read_one("rdf.count_label", label="Follow")["count"] >= 1
    assert (
        count("?b a bg:Ban ; bg:imposedBy ?i ; bg:target ?t ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?d")
        == len(BANS) + 1
    )
    uk = BASE + "jurisdiction/united-kingdom"
    assert s.query(
        f"ASK {{ <{uk}> a <{SCHEMA}Country> ; <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q145> }}"
    )
    assert not s.query(f"ASK {{ <{BASE}jurisdiction/canada> a <{SCHEMA}Country> }}")  # no ISO code known
    assert s.query(f"ASK {{ <{BASE}organisation/european-commission> a <{SCHEMA}GovernmentOrganization> }}")
    # evidence is a qualified derivation carrying the sentence and pointing at the article
    assert s.query(
        f"""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX bg: <{BG}>
        ASK {{ ?b a bg:Ban ; prov:qualifiedDerivation ?e . ?e a prov:Derivation ; bg:sentence ?s ; bg:start ?o ;
               prov:entity <{BASE}document/d_uk> . <{BASE}document/d_uk> a <{SCHEMA}NewsArticle> }}"""
    )


def test_readme_sparql_answers_the_question(sample):
    rows = list(_load(sample["turtle"], "turtle").query(_readme_sparql()))
    got = [(r["name"].value, r["announced"].value, r["article"].value) for r in rows]
    expected = sorted(
        (
            (imposer, announced, f"{BASE}document/{doc}")
            for doc, imposer, announced, scope in BANS
            if scope == "government_devices" and announced.startswith("2023")
        ),
        key=lambda x: x[1],
    )
    assert got == expected
    assert {r["announced"].datatype.value.rsplit("#")[-1] for r in rows} == {"date", "gYearMonth"}


def test_shacl_conforms_and_catches_a_missing_imposer(sample):
    shapes = rdflib.Graph().parse(SHAPES_PATH)
    g = rdflib.Graph().parse(data=sample["nt"], format="nt")
    conforms, _, report = validate(g, shacl_graph=shapes, inference="none")
    assert conforms, report
    ban = next(iter(g.subjects(rdflib.URIRef(BG + "imposedBy"), None)))
    g.remove((ban, rdflib.URIRef(BG + "imposedBy"), None))
    conforms, _, report = validate(g, shacl_graph=shapes, inference="none")
    assert not conforms
    assert str(ban) in report and "imposedBy" in report


def test_iris_are_stable_across_reloads(store, sample):
    before = {t for t in _load(sample["nt"]) if t.predicate.value.endswith("#type")}
    store.clear()
    for doc, imposer, announced, scope in reversed(BANS):
        store.write_document(make_facts(doc, imposer, "TikTok", announced, scope))
    after = {t for t in _load("".join(export(store, "nt", IriScheme(BASE)))) if t.predicate.value.endswith("#type")}
    bans = {t.subject for t in before if t.object.value == BG + "Ban"}
    assert bans - {t.subject for t in after} == {ox.NamedNode(f"{BASE}ban/{_ban_key('European Commission')}")}


def _ban_key(_: str) -> str:
    from loaders.model import ban_id

    return ban_id(entity_id("Organisation", "European Commission"), [entity_id("Product", "TikTok")], "staff_devices")[
        4:
    ]


def test_cli_export_writes_the_graph_to_stdout(store, sample, monkeypatch, capsysbinary):
    import contextlib

    import graph
    from api.cli import build_parser
    from api.rdf import run_export

    # api.cli.main() leaves with os._exit once a JVM runs, so the parsed command is run directly.
    monkeypatch.setattr(graph, "open_store", lambda: contextlib.nullcontext(store))
    monkeypatch.setenv("BANGRAPH_BASE_IRI", BASE)
    assert run_export(build_parser().parse_args(["export", "--format", "nt"])) == 0
    out = capsysbinary.readouterr().out
    assert set(_load(out.decode())) == set(_load(sample["nt"]))


def test_cli_export_names_a_bad_base_iri(monkeypatch, capsys):
    from api.cli import build_parser
    from api.rdf import run_export

    monkeypatch.setenv("BANGRAPH_BASE_IRI", "urn:nope")
    assert run_export(build_parser().parse_args(["export", "--format", "turtle"])) == 2
    assert "BANGRAPH_BASE_IRI" in capsys.readouterr().err

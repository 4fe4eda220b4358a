"""The dev corpus exported as RDF: every format parses in pyoxigraph and agrees, SHACL, SPARQL, counts."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate

from api.rdf import export
from api.rdf_mapping import IriScheme
from api.rdf_writers import FORMATS
from schema.rdf import SHAPES_PATH, vocabulary

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://127.0.0.1:8000/id/"
OX_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
BG = vocabulary().bg
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def exports(corpus_store) -> dict[str, str]:
    scheme = IriScheme(BASE)
    return {fmt: "".join(export(corpus_store, fmt, scheme)) for fmt in FORMATS}


@pytest.fixture(scope="module")
def nt_graph(exports) -> rdflib.Graph:
    return rdflib.Graph().parse(data=exports["nt"], format="nt")


def _parse(text: str, fmt: str) -> set:
    return set(ox.parse(text.encode("utf-8"), format=OX_FORMATS[fmt], base_iri=BASE))


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "xml"])
def test_every_format_parses_and_agrees_with_ntriples(exports, fmt):
    nt = _parse(exports["nt"], "nt")
    assert len(nt) > 500
    other = _parse(exports[fmt], fmt)
    assert other - nt == set() and nt - other == set()


def test_no_blank_nodes(exports):
    triples = _parse(exports["nt"], "nt")
    assert not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def test_ban_count_matches_graphql(exports, corpus_store):
    from api.graphql_cli import execute

    response = execute(corpus_store, "{ bans { totalCount } }")
    assert "errors" not in response, response
    total = response["data"]["bans"]["totalCount"]
    store = ox.Store()
    store.load(exports["nt"].encode(), format=ox.RdfFormat.N_TRIPLES)
    rdf_bans = next(iter(store.query(f"SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ ?b a <{BG}Ban> }}")))["n"]
    assert int(rdf_bans.value) == total == corpus_store.read_one("rdf.count_label", label="Ban")["count"]


def test_shacl_conforms(nt_graph):
    shapes = rdflib.Graph().parse(SHAPES_PATH)
    conforms, _, report = validate(nt_graph, shacl_graph=shapes, inference="none")
    assert conforms, report


def _one_ban(g: rdflib.Graph) -> rdflib.URIRef:
    return sorted(g.subjects(rdflib.RDF.type, rdflib.URIRef(BG + "Ban")))[0]


def _drop_imposer(g: rdflib.Graph) -> str:
    ban = _one_ban(g)
    g.remove((ban, rdflib.URIRef(BG + "imposedBy"), None))
    return "imposedBy"


def _untype_date(g: rdflib.Graph) -> str:
    s, o = next((s, o) for s, o in g.subject_objects(rdflib.URIRef(BG + "announced")))
    g.remove((s, rdflib.URIRef(BG + "announced"), o))
    g.add((s, rdflib.URIRef(BG + "announced"), rdflib.Literal(str(o))))
    return "announced"


def _second_imposer(g: rdflib.Graph) -> str:
    ban = _one_ban(g)
    g.add((ban, rdflib.URIRef(BG + "imposedBy"), rdflib.URIRef(BASE + "jurisdiction/atlantis")))
    return "imposedBy"


def _drop_entity_name(g: rdflib.Graph) -> str:
    e = sorted(g.subjects(rdflib.RDF.type, rdflib.URIRef(BG + "Entity")))[0]
    g.remove((e, rdflib.URIRef("http://schema.org/name"), None))
    return "name"


def _drop_provenance(g: rdflib.Graph) -> str:
    ban = _one_ban(g)
    g.remove((ban, rdflib.PROV.wasDerivedFrom, None))
    return "wasDerivedFrom"


def _bad_reported_status(g: rdflib.Graph) -> str:
    ev, status = next(iter(g.subject_objects(rdflib.URIRef(BG + "reportedStatus"))))
    g.remove((ev, rdflib.URIRef(BG + "reportedStatus"), status))
    g.add((ev, rdflib.URIRef(BG + "reportedStatus"), rdflib.URIRef(BG + "rumoured")))
    return "reportedStatus"


def test_every_ban_evidence_carries_its_document_report(nt_graph):
    """What each article reported about a ban (status, dates) is on its evidence of the ban."""
    derivation = rdflib.URIRef("http://www.w3.org/ns/prov#qualifiedDerivation")
    ban_evidence = {ev for ban in nt_graph.subjects(rdflib.RDF.type, rdflib.URIRef(BG + "Ban"))
                    for ev in nt_graph.objects(ban, derivation)}  # fmt: skip
    reported = set(nt_graph.subjects(rdflib.URIRef(BG + "reportedStatus"), None))
    assert ban_evidence and reported == ban_evidence
    dates = list(nt_graph.objects(None, rdflib.URIRef(BG + "reportedAnnounced")))
    assert dates and all(d.datatype is not None for d in dates)  # typed by precision, as bg:announced


@pytest.mark.parametrize(
    "damage", [_drop_imposer, _untype_date, _second_imposer, _drop_entity_name, _drop_provenance, _bad_reported_status]
)
def test_shacl_sees_broken_data(nt_graph, damage):
    g = rdflib.Graph()
    for t in nt_graph:
        g.add(t)
    path = damage(g)
    shapes = rdflib.Graph().parse(SHAPES_PATH)
    conforms, _, report = validate(g, shacl_graph=shapes, inference="none")
    assert not conforms
    assert path in report


def _readme_sparql() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Linked data", 1)[1]
    return re.search(r"```sparql\n(.*?)```", section, re.S).group(1)


def test_readme_sparql_example_on_the_corpus(exports, corpus_store):
    store = ox.Store()
    store.load(exports["turtle"].encode(), format=ox.RdfFormat.TURTLE, base_iri=BASE)
    rows = list(store.query(_readme_sparql()))
    got = [(r["jurisdiction"].value, r["announced"].value, r["article"].value) for r in rows]
    assert [a for _, a, _ in got] == sorted(a for _, a, _ in got), "date order"
    assert all(r["headline"].value for r in rows)
    # the same question asked of the graph in Cypher
    scheme = IriScheme(BASE)
    expected = {
        (scheme.path_iri(r["jurisdiction"]), r["announced"], scheme.iri("Document", r["document"]))
        for r in corpus_store.read(
            "rdf.check.bans_by_target",
            target="TikTok",
            scope="government_devices",
            statuses=["in_force", "enacted_law", "temporary"],
            year="2023",
        )
    }
    assert set(got) == expected

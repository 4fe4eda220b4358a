"""The IRI scheme, literal typing and the four streaming writers, on hand-built records (no store)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from api.rdf_mapping import RDF_TYPE, IriScheme, Lit, TripleMapper, date_literal
from api.rdf_writers import FORMATS, serialize
from schema.rdf import XSD_NS, vocabulary

BASE = "http://example.org/bg/id/"
OX_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
NASTY = 'He said "ban it" \\ now.\nSecond line\r\twith tab, ünïcödé, emoji \U0001f4f1 & <tags> {braces}'


@pytest.fixture
def mapper() -> TripleMapper:
    return TripleMapper(IriScheme(BASE))


def _records():
    """Nodes and links of a tiny graph, shaped like the store's records."""
    doc_id = "odd id/with space & ..%"
    nodes = [
        (
            ["Entity", "Jurisdiction"],
            {
                "id": "jurisdiction/united-kingdom",
                "name": "United Kingdom",
                "aliases": ["UK", "Britain"],
                "wikidataId": "Q145",
                "isoCode": "GB",
            },
        ),
        (["Entity", "Product"], {"id": "product/tiktok", "name": "TikTok", "aliases": []}),
        (["Entity", "Law"], {"id": "law/act", "name": NASTY, "year": 2022, "jurisdiction": "United States"}),
        (
            ["Ban"],
            {
                "id": "ban/0011",
                "status": "in_force",
                "scope": "government_devices",
                "announced": "2023-03",
                "effective": "2023-03-16",
            },
        ),
        (["Follow"], {"id": "follow/22", "explicit": False, "lagDays": 12, "target": "product/tiktok"}),
        (
            ["Evidence"],
            {"id": "evidence/33", "sentence": NASTY, "start": 0, "end": 14, "extractor": "rules", "confidence": 0.9},
        ),
        (
            ["Document"],
            {
                "id": doc_id,
                "title": "Title",
                "published": "2023",
                "url": "https://news.example/a b?x=1",
                "contentHash": "abc",
                "text": NASTY,
            },
        ),
        (["Unrelated"], {"id": "internal/1"}),
    ]
    edges = [
        ("IMPOSED_BY", "ban/0011", "jurisdiction/united-kingdom"),
        ("TARGETS", "ban/0011", "product/tiktok"),
        ("EVIDENCED_BY", "ban/0011", "evidence/33"),
        ("FROM_DOCUMENT", "evidence/33", doc_id),
        ("NOT_IN_MODEL", "ban/0011", "product/tiktok"),
    ]
    return nodes, edges, doc_id


def _triples(mapper):
    nodes, edges, doc_id = _records()
    out = []
    for labels, props in nodes:
        out += mapper.node(labels, props)
    out += [t for t in (mapper.edge(*e) for e in edges) if t]
    out.append(mapper.via("EVIDENCED_BY", "FROM_DOCUMENT", "ban/0011", doc_id))
    return out


def _ox(text: str, fmt: str) -> set:
    return set(ox.parse(text.encode("utf-8"), format=OX_FORMATS[fmt], base_iri=BASE))


def test_iri_scheme_is_readable_and_round_trips():
    s = IriScheme(BASE)
    assert s.iri("Jurisdiction", "jurisdiction/united-kingdom") == BASE + "jurisdiction/united-kingdom"
    odd = s.iri("Document", "a b/../c")
    assert odd.startswith(BASE + "document/") and " " not in odd and "/../" not in odd
    assert s.path_of(odd) == "document/a b/../c"
    assert s.resolve(s.path_of(odd)) == ("Document", "a b/../c")


@pytest.mark.parametrize("base", ["ftp://x/", "not an iri", "http://x/id/?q=1", "http://x/<id>/"])
def test_bad_base_iri_is_named(base):
    with pytest.raises(ValueError, match="BANGRAPH_BASE_IRI"):
        IriScheme(base)


def test_base_iri_from_environment(monkeypatch):
    monkeypatch.setenv("BANGRAPH_BASE_IRI", "https://data.example/id")
    assert IriScheme().base == "https://data.example/id/"


@pytest.mark.parametrize(
    "value, datatype",
    [("2023", "gYear"), ("2023-03", "gYearMonth"), ("2023-03-16", "date"), ("2023-13", None), ("March 2023", None)],
)
def test_dates_typed_by_precision(value, datatype):
    lit = date_literal(value)
    assert (lit.datatype if lit else None) == (XSD_NS + datatype if datatype else None)


def test_node_mapping(mapper):
    vocab = vocabulary()
    nodes, _, _ = _records()
    uk = mapper.node(*nodes[0])
    s = BASE + "jurisdiction/united-kingdom"
    assert (s, RDF_TYPE, vocab.bg + "Jurisdiction") in uk
    assert (s, RDF_TYPE, "http://schema.org/Country") in uk  # isoCode is a two-letter country code
    assert (s, "http://www.w3.org/2002/07/owl#sameAs", "http://www.wikidata.org/entity/Q145") in uk
    assert (s, "http://schema.org/sameAs", "http://www.wikidata.org/entity/Q145") in uk
    assert (s, "http://schema.org/alternateName", Lit("Britain")) in uk
    ban = mapper.node(*nodes[3])
    assert (BASE + "ban/0011", vocab.iri("bg:status"), vocab.bg + "in_force") in ban
    assert (BASE + "ban/0011", vocab.iri("bg:announced"), Lit("2023-03", XSD_NS + "gYearMonth")) in ban
    follow = mapper.node(*nodes[4])
    assert (BASE + "follow/22", vocab.iri("bg:targetId"), BASE + "product/tiktok") in follow
    assert (BASE + "follow/22", vocab.iri("bg:explicit"), Lit("false", XSD_NS + "boolean")) in follow
    assert mapper.node(*nodes[7]) == []  # labels outside the model are not exported


def test_bad_values_are_skipped_with_a_warning(mapper, caplog):
    triples = mapper.node(["Entity", "Person"], {"id": "person/x", "name": "X", "wikidataId": "not-a-qid"})
    assert not any("sameAs" in p for _, p, _ in triples)
    assert "not-a-qid" in caplog.text and "person/x" in caplog.text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_parses_and_agrees_with_the_triples(mapper, fmt):
    triples = _triples(mapper)
    text = "".join(serialize(iter(triples), fmt, base=BASE))
    parsed = _ox(text, fmt)
    expected = _ox("".join(serialize(iter(triples), "nt")), "nt")
    assert len(expected) == len(set(triples))
    assert parsed == expected
    # the nasty literal survives byte for byte
    assert any(isinstance(t.object, ox.Literal) and t.object.value == NASTY for t in parsed)


def test_ntriples_also_parse_in_rdflib(mapper):
    triples = _triples(mapper)
    g = rdflib.Graph().parse(data="".join(serialize(iter(triples), "nt")), format="nt")
    assert len(g) == len(set(triples))


def test_unknown_format_is_named():
    with pytest.raises(ValueError, match="yaml"):
        list(serialize(iter([]), "yaml"))

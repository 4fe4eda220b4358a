"""The ontology, SHACL shapes and JSON-LD context are derived from schema/model.yaml and checked in."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import yaml

from schema import MODEL, load_model
from schema.rdf import (
    CONTEXT_PATH,
    ONTOLOGY_PATH,
    SHAPES_PATH,
    Vocabulary,
    render_files,
    stale_files,
    vocabulary,
)

SH = "http://www.w3.org/ns/shacl#"


def test_checked_in_files_match_the_model():
    assert stale_files() == [], "run `python -m schema.rdf` and commit the result"


def test_generation_is_deterministic():
    assert render_files() == render_files()


@pytest.mark.parametrize("path", [ONTOLOGY_PATH, SHAPES_PATH])
def test_generated_turtle_parses_in_oxigraph(path):
    triples = list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 50


def _shapes_store() -> ox.Store:
    s = ox.Store()
    s.load(SHAPES_PATH.read_bytes(), format=ox.RdfFormat.TURTLE)
    return s


def _constraint(store: ox.Store, cls: str, path: str) -> dict[str, str]:
    q = f"""
    PREFIX sh: <{SH}>
    SELECT ?k ?v WHERE {{
      ?shape sh:targetClass <{cls}> ; sh:property ?ps .
      ?ps sh:path <{path}> ; ?k ?v .
    }}"""
    return {sol["k"].value.removeprefix(SH): getattr(sol["v"], "value", None) for sol in store.query(q)}


def test_shapes_require_what_the_brief_requires():
    vocab = vocabulary()
    s = _shapes_store()
    ban = vocab.bg + "Ban"
    imposer = _constraint(s, ban, vocab.rels["IMPOSED_BY"].predicate)
    assert (imposer["minCount"], imposer["maxCount"]) == ("1", "1")
    assert _constraint(s, ban, vocab.rels["TARGETS"].predicate)["minCount"] == "1"
    assert _constraint(s, ban, vocab.iri("bg:status"))["minCount"] == "1"
    assert _constraint(s, ban, vocab.iri("prov:wasDerivedFrom"))["minCount"] == "1"
    assert _constraint(s, ban, vocab.iri("prov:qualifiedDerivation"))["minCount"] == "1"
    for kind in MODEL.entity_kinds:
        assert _constraint(s, vocab.bg + kind.label, vocab.iri("schema:name"))["minCount"] == "1"
    # dates typed by precision
    announced = _constraint(s, ban, vocab.iri("bg:announced"))
    assert "or" in announced


def test_every_model_kind_has_a_class_and_a_shape():
    vocab = vocabulary()
    onto = ox.Store()
    onto.load(ONTOLOGY_PATH.read_bytes(), format=ox.RdfFormat.TURTLE)
    shapes = _shapes_store()
    for label in MODEL.nodes:
        cls = ox.NamedNode(vocab.bg + label)
        assert onto.query(f"ASK {{ {cls} a <http://www.w3.org/2002/07/owl#Class> }}"), label
        assert shapes.query(f"ASK {{ ?s <{SH}targetClass> {cls} }}"), label
    for enum, values in vocab.enum_values.items():
        for v in values:
            assert onto.query(f"ASK {{ <{vocab.enum_iri(v)}> a <{vocab.bg}{enum}> }}")


def test_context_defines_a_term_for_every_predicate():
    ctx = json.loads(CONTEXT_PATH.read_text())["@context"]
    vocab = vocabulary()
    expanded = {vocab.iri(d["@id"]) for d in ctx.values() if isinstance(d, dict)}
    assert set(vocab.predicate_uses()) <= expanded


def test_iri_paths_round_trip():
    vocab = vocabulary()
    assert vocab.node_path("Document", "dev05_canada_2023") == "document/dev05_canada_2023"
    assert vocab.resolve_path("document/dev05_canada_2023") == ("Document", "dev05_canada_2023")
    assert vocab.resolve_path("jurisdiction/united-kingdom") == ("Jurisdiction", "jurisdiction/united-kingdom")
    assert vocab.resolve_path("ban/0123456789abcdef") == ("Ban", "ban/0123456789abcdef")
    assert vocab.resolve_path("nonsense/x") is None


def test_a_bad_rdf_mapping_is_named(tmp_path):
    raw = yaml.safe_load((ONTOLOGY_PATH.parent / "model.yaml").read_text())
    raw["nodes"]["Ban"]["properties"]["status"]["rdf"] = "nope:status"
    path = tmp_path / "model.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(ValueError, match="nope:status"):
        Vocabulary(load_model.__wrapped__(path))

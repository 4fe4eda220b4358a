"""The RDF view of the domain model: vocabulary mapping, OWL ontology, SHACL shapes, JSON-LD context.

Why derived: ``schema/model.yaml`` is the one declaration of every kind. The
export (``api/rdf.py``), the checked-in ``schema/ontology.ttl``,
``schema/shapes.ttl`` and ``schema/context.jsonld`` all come from the
:class:`Vocabulary` built here, so a kind or property added to the model shows
up in all four and they cannot disagree. ``python -m schema.rdf`` rewrites the
files; ``python -m schema.rdf --check`` fails when the checked-in ones are
stale (a test runs the same check).

Mapping rules (the ``rdf*`` keys of model.yaml):

- every node gets ``rdf:type`` its bangraph class (``bg:Ban``, ``bg:Person``),
  ``bg:Entity`` for entity kinds, the public class of ``rdf.class`` and
  ``rdf.also``, plus conditional classes (``rdf.when``: a property pattern;
  ``rdf.when_object_of``: being the object of a relationship);
- a property becomes one triple per predicate (``rdf`` and ``rdf_also``) with a
  literal typed from the model type (dates by precision: ``xsd:date``,
  ``xsd:gYearMonth``, ``xsd:gYear``), or an IRI (``rdf_value``: ``iri``,
  ``node``, ``wikidata``); enum values are IRIs ``bg:<value>``;
- a relationship becomes a triple from node IRI to node IRI; ``rdf_via`` adds a
  shortcut predicate two hops away (``prov:wasDerivedFrom`` the document).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from schema import ENTITY_LABEL, MODEL, Model

HERE = Path(__file__).parent
ONTOLOGY_PATH = HERE / "ontology.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
CONTEXT_PATH = HERE / "context.jsonld"

XSD_NS = str(XSD)
DATE_TYPES = (XSD_NS + "date", XSD_NS + "gYearMonth", XSD_NS + "gYear")
_SCALAR_DATATYPES = {
    "string": None,  # plain literal = xsd:string
    "text": None,
    "string[]": None,
    "int": XSD_NS + "integer",
    "float": XSD_NS + "double",
    "bool": XSD_NS + "boolean",
}
VALUE_KINDS = ("literal", "iri", "node", "wikidata", "enum")


@dataclass(frozen=True)
class PropertyMap:
    """How one model property becomes triples."""

    name: str
    type: str  # model type: string | text | int | float | bool | date | string[] | enum:X
    predicates: tuple[str, ...]  # full IRIs
    value: str  # one of VALUE_KINDS
    datatype: str | None  # full IRI; None for xsd:string, dates (typed by precision) and IRIs
    required: bool
    many: bool  # list-valued (string[])

    @property
    def is_date(self) -> bool:
        return self.type == "date" and self.datatype is None


@dataclass(frozen=True)
class NodeMap:
    label: str
    entity: bool
    classes: tuple[str, ...]  # always asserted (full IRIs)
    properties: tuple[PropertyMap, ...]
    when: tuple[tuple[str, re.Pattern, str], ...]  # (property, pattern, class IRI)
    when_object_of: tuple[tuple[str, str], ...]  # (relationship type, class IRI)
    iri_prefix: str  # path segment(s) put before the key in the IRI ("" when the id is path-like already)
    key: str

    @property
    def bg_class(self) -> str:
        return self.classes[0]


@dataclass(frozen=True)
class RelMap:
    type: str
    predicate: str
    sources: tuple[str, ...]  # node labels (Entity expanded to every entity kind)
    targets: tuple[str, ...]
    cardinality: str  # one | optional | many
    required: bool
    via: tuple[tuple[str, str], ...]  # (next relationship type, shortcut predicate IRI)


class Vocabulary:
    """The model seen as RDF: classes, predicates, enum individuals, IRIs of the ontology."""

    def __init__(self, model: Model):
        self.model = model
        self.prefixes = dict(model.prefixes)
        self.bg = self.prefixes["bg"]
        self.ontology_iri = self.bg.rstrip("#/")
        self.shapes_ns = self.ontology_iri + "/shapes#"
        self.wikidata = self.prefixes.get("wd", "http://www.wikidata.org/entity/")
        self.enum_values = self._enum_values()
        entity_labels = tuple(n.label for n in model.entity_kinds)
        self.entity_labels = entity_labels
        self.nodes = {label: self._node(label) for label in model.nodes}
        self.rels = {t: self._rel(t, entity_labels) for t in model.relationships}
        self._check()

    # -- construction ------------------------------------------------------
    def iri(self, prefixed: str) -> str:
        if ":" not in prefixed or prefixed.split(":", 1)[0] not in self.prefixes:
            raise ValueError(f"model.yaml: {prefixed!r} is not a prefixed name with a declared prefix")
        return self.model.expand(prefixed)

    def enum_iri(self, value: str) -> str:
        """``in_force`` -> ``bg:in_force`` (values are stored lower-case, as in the gold files)."""
        return self.bg + value.lower()

    def _enum_values(self) -> dict[str, tuple[str, ...]]:
        used = {p.enum for n in self.model.nodes.values() for p in n.properties.values() if p.enum}
        out = {name: tuple(v.lower() for v in values) for name, values in self.model.enums.items() if name in used}
        seen: dict[str, str] = {}
        for name, values in out.items():
            for v in values:
                if v in seen:
                    raise ValueError(f"model.yaml: enum value {v!r} in both {seen[v]} and {name}; IRIs would collide")
                seen[v] = name
        return out

    def _raw_props(self, label: str) -> dict:
        raw = self.model.raw
        spec = raw["nodes"][label]
        out = dict(raw["entity"]["properties"]) if spec.get("entity") else {}
        out.update(spec.get("properties") or {})
        return out

    def _node(self, label: str) -> NodeMap:
        kind = self.model.nodes[label]
        raw_rdf = self.model.raw["nodes"][label].get("rdf") or {}
        classes = [self.bg + label]
        if kind.entity:
            classes.append(self.bg + ENTITY_LABEL)
        if kind.rdf_class:
            classes.append(self.iri(kind.rdf_class))
        classes += [self.iri(c) for c in raw_rdf.get("also", [])]
        when = ()
        if raw_rdf.get("when"):
            w = dict(raw_rdf["when"])
            cls = self.iri(w.pop("class"))
            when = tuple((prop, re.compile(pattern), cls) for prop, pattern in w.items())
        when_obj = tuple((rel, self.iri(c)) for rel, c in (raw_rdf.get("when_object_of") or {}).items())
        raw_props = self._raw_props(label)
        props = []
        for name, prop in kind.properties.items():
            spec = raw_props[name]
            if not prop.rdf:
                continue
            value = spec.get("rdf_value", "enum" if prop.enum else "literal")
            if value not in VALUE_KINDS:
                raise ValueError(f"model.yaml: {label}.{name}: rdf_value {value!r} not in {VALUE_KINDS}")
            if prop.type == "date":
                datatype = None
            elif spec.get("rdf_datatype"):
                datatype = self.iri(spec["rdf_datatype"])
            elif value == "literal":
                if prop.type not in _SCALAR_DATATYPES:
                    raise ValueError(f"model.yaml: {label}.{name}: no RDF datatype for type {prop.type!r}")
                datatype = _SCALAR_DATATYPES[prop.type]
            else:
                datatype = None
            preds = (self.iri(prop.rdf), *(self.iri(p) for p in spec.get("rdf_also", [])))
            props.append(PropertyMap(name, prop.type, preds, value, datatype, prop.required, prop.type.endswith("[]")))
        return NodeMap(
            label=label,
            entity=kind.entity,
            classes=tuple(dict.fromkeys(classes)),
            properties=tuple(props),
            when=when,
            when_object_of=when_obj,
            iri_prefix=raw_rdf.get("iri_prefix", ""),
            key=kind.key,
        )

    def _rel(self, rtype: str, entity_labels: tuple[str, ...]) -> RelMap:
        rel = self.model.relationships[rtype]
        spec = self.model.raw["relationships"][rtype]
        if not rel.rdf:
            raise ValueError(f"model.yaml: relationship {rtype} has no rdf predicate")

        def expand(ends: tuple[str, ...]) -> tuple[str, ...]:
            out: list[str] = []
            for e in ends:
                out += entity_labels if e == ENTITY_LABEL else [e]
            return tuple(dict.fromkeys(out))

        via = tuple((nxt, self.iri(p)) for nxt, p in (spec.get("rdf_via") or {}).items())
        return RelMap(
            type=rtype,
            predicate=self.iri(rel.rdf),
            sources=expand(rel.sources),
            targets=expand(rel.targets),
            cardinality=rel.cardinality,
            required=bool(spec.get("required", rel.cardinality == "one")),
            via=via,
        )

    def _check(self) -> None:
        for rel in self.rels.values():
            for nxt, _ in rel.via:
                if nxt not in self.rels:
                    raise ValueError(f"model.yaml: {rel.type}.rdf_via names unknown relationship {nxt}")
        for node in self.nodes.values():
            for rtype, _ in node.when_object_of:
                if rtype not in self.rels:
                    raise ValueError(f"model.yaml: {node.label}.rdf.when_object_of names unknown relationship {rtype}")
            names = {p.name for p in node.properties}
            for prop, _, _ in node.when:
                if prop not in names:
                    raise ValueError(f"model.yaml: {node.label}.rdf.when names unknown property {prop}")
        segments = [self.path_segment(n) for n in self.nodes.values()]
        if len(set(segments)) != len(segments):
            raise ValueError("model.yaml: two node kinds share an IRI path segment")

    # -- IRI paths -----------------------------------------------------------
    def path_segment(self, node: NodeMap) -> str:
        """First path segment of a node's IRI path: ``document`` or ``ban`` (ids of bangraph's own kinds start with it)."""
        return (node.iri_prefix or node.label.lower() + "/").split("/", 1)[0]

    def node_path(self, label: str, key: str) -> str:
        """The unencoded IRI path of a node: its id, with ``iri_prefix`` for kinds whose ids come from outside."""
        return self.nodes[label].iri_prefix + key

    def resolve_path(self, path: str) -> tuple[str, str] | None:
        """Unencoded IRI path -> (label, key), or None when no node kind owns it."""
        segment = path.split("/", 1)[0]
        for node in self.nodes.values():
            if self.path_segment(node) != segment:
                continue
            if node.iri_prefix:
                return (node.label, path[len(node.iri_prefix) :]) if path.startswith(node.iri_prefix) else None
            return node.label, path
        return None

    # -- predicates across kinds ---------------------------------------------
    def predicate_uses(self) -> dict[str, list[tuple[str, PropertyMap | RelMap | None]]]:
        """Every predicate the export can emit -> [(subject label, what produces it)], in model order."""
        uses: dict[str, list] = {}
        for node in self.nodes.values():
            for p in node.properties:
                for pred in p.predicates:
                    uses.setdefault(pred, []).append((node.label, p))
        for rel in self.rels.values():
            for src in rel.sources:
                uses.setdefault(rel.predicate, []).append((src, rel))
                for _, pred in rel.via:
                    uses.setdefault(pred, []).append((src, None))
        return uses

    def compact(self, iri: str) -> str:
        """Full IRI -> prefixed name when a declared prefix fits and the local part is a plain name."""
        for prefix, ns in self.prefixes.items():
            if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", iri[len(ns) :]):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary(MODEL)


def _words(name: str) -> str:
    """``lagDays`` -> ``lag days``; ``IMPOSED_BY`` -> ``imposed by``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def _graph(vocab: Vocabulary) -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in vocab.prefixes.items():
        g.bind(prefix, Namespace(ns))
    g.bind("rdf", RDF)
    return g


# -- ontology ------------------------------------------------------------------


def ontology_graph(vocab: Vocabulary | None = None) -> Graph:
    """OWL ontology: bangraph classes (subclasses of the public ones), bg: properties, enum individuals."""
    vocab = vocab or vocabulary()
    g = _graph(vocab)
    onto = URIRef(vocab.ontology_iri)
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("bangraph ontology")))
    g.add(
        (
            onto,
            RDFS.comment,
            Literal(
                "Government bans on technology platforms as evidenced events. Generated from schema/model.yaml "
                "by schema/rdf.py; do not edit by hand."
            ),
        )
    )
    entity = URIRef(vocab.bg + ENTITY_LABEL)
    g.add((entity, RDF.type, OWL.Class))
    g.add((entity, RDFS.label, Literal("entity")))
    g.add(
        (
            entity,
            RDFS.comment,
            Literal("An actor or thing a ban is about: person, organisation, jurisdiction, law, product."),
        )
    )
    g.add((entity, RDFS.isDefinedBy, onto))
    for node in vocab.nodes.values():
        cls = URIRef(node.bg_class)
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(_words(node.label))))
        g.add((cls, RDFS.isDefinedBy, onto))
        for sup in node.classes[1:]:
            g.add((cls, RDFS.subClassOf, URIRef(sup)))
    for enum, values in vocab.enum_values.items():
        cls = URIRef(vocab.bg + enum)
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(_words(enum))))
        g.add((cls, RDFS.isDefinedBy, onto))
        members = [URIRef(vocab.enum_iri(v)) for v in values]
        lst = BNode(f"{enum}Values")
        Collection(g, lst, members)
        g.add((cls, OWL.oneOf, lst))
        for m, v in zip(members, values, strict=True):
            g.add((m, RDF.type, OWL.NamedIndividual))
            g.add((m, RDF.type, cls))
            g.add((m, RDFS.label, Literal(v.replace("_", " "))))
            g.add((m, RDFS.isDefinedBy, onto))
    for pred, uses in vocab.predicate_uses().items():
        if not pred.startswith(vocab.bg):
            continue  # public vocabularies define their own terms
        p = URIRef(pred)
        what = [u for _, u in uses if u is not None]
        is_object = any(isinstance(u, RelMap) or u.value in ("node", "enum", "iri") for u in what)
        g.add((p, RDF.type, OWL.ObjectProperty if is_object else OWL.DatatypeProperty))
        g.add((p, RDFS.label, Literal(_words(pred[len(vocab.bg) :]))))
        g.add((p, RDFS.isDefinedBy, onto))
        domains = sorted({vocab.nodes[label].bg_class for label, _ in uses})
        if len(domains) == 1:
            g.add((p, RDFS.domain, URIRef(domains[0])))
        ranges = set()
        for u in what:
            if isinstance(u, RelMap):
                ranges |= set(_target_classes(vocab, u.targets))
            elif u.value == "enum":
                ranges.add(vocab.bg + u.type.split(":", 1)[1])
            elif u.value == "node":
                ranges.add(entity)
            elif u.datatype:
                ranges.add(u.datatype)
        if len(ranges) == 1:
            g.add((p, RDFS.range, URIRef(ranges.pop())))
    return g


# -- SHACL shapes ----------------------------------------------------------------


def _or(g: Graph, subject: URIRef, key, values) -> None:
    """``sh:or ( [ key v1 ] [ key v2 ] … )`` with blank nodes named after the shape (stable output)."""
    alts = []
    for i, v in enumerate(values):
        b = BNode(f"{subject.split('#')[-1]}-alt{i}")
        g.add((b, key, v))
        alts.append(b)
    lst = BNode(f"{subject.split('#')[-1]}-or")
    Collection(g, lst, alts)
    g.add((subject, SH["or"], lst))


def shapes_graph(vocab: Vocabulary | None = None) -> Graph:
    """SHACL node shapes, one per kind: required properties, cardinalities, datatypes, classes of links."""
    vocab = vocab or vocabulary()
    g = _graph(vocab)
    ns = Namespace(vocab.shapes_ns)
    g.bind("sh", SH)
    g.bind("bgsh", ns)
    evidenced = {src for rel in vocab.rels.values() if rel.via for src in rel.sources}
    for node in vocab.nodes.values():
        shape = ns[node.label + "Shape"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, URIRef(node.bg_class)))
        # Properties: merge those sharing a predicate (Jurisdiction id and isoCode are both schema:identifier).
        by_pred: dict[str, list[PropertyMap]] = {}
        for p in node.properties:
            for pred in p.predicates:
                by_pred.setdefault(pred, []).append(p)
        for pred, props in by_pred.items():
            ps = ns[f"{node.label}-{vocab.compact(pred).replace(':', '-')}"]
            g.add((shape, SH.property, ps))
            g.add((ps, RDF.type, SH.PropertyShape))
            g.add((ps, SH.path, URIRef(pred)))
            g.add((ps, SH.name, Literal(", ".join(p.name for p in props))))
            if any(p.required for p in props):
                g.add((ps, SH.minCount, Literal(1)))
            if not any(p.many for p in props):
                g.add((ps, SH.maxCount, Literal(len(props))))
            kinds = {(p.value, p.datatype, p.is_date, p.type) for p in props}
            if len(kinds) > 1:
                continue  # mixed uses of one predicate: cardinality only
            p = props[0]
            if p.value == "enum":
                values = vocab.enum_values[p.type.split(":", 1)[1]]
                lst = BNode(f"{node.label}-{p.name}-in")
                Collection(g, lst, [URIRef(vocab.enum_iri(v)) for v in values])
                g.add((ps, SH["in"], lst))
            elif p.value in ("iri", "node", "wikidata"):
                g.add((ps, SH.nodeKind, SH.IRI))
                if p.value == "wikidata":
                    g.add((ps, SH.pattern, Literal("^" + re.escape(vocab.wikidata) + "Q[1-9][0-9]*$")))
                if p.value == "node":
                    g.add((ps, SH["class"], URIRef(vocab.bg + ENTITY_LABEL)))
            elif p.is_date:
                _or(g, ps, SH.datatype, [URIRef(t) for t in DATE_TYPES])
            else:
                g.add((ps, SH.datatype, URIRef(p.datatype or XSD_NS + "string")))
        # Relationships leaving this kind.
        for rel in vocab.rels.values():
            if node.label not in rel.sources:
                continue
            ps = ns[f"{node.label}-{vocab.compact(rel.predicate).replace(':', '-')}"]
            g.add((shape, SH.property, ps))
            g.add((ps, RDF.type, SH.PropertyShape))
            g.add((ps, SH.path, URIRef(rel.predicate)))
            g.add((ps, SH.name, Literal(vocab.model.relationships[rel.type].name)))
            g.add((ps, SH.nodeKind, SH.IRI))
            if rel.required:
                g.add((ps, SH.minCount, Literal(1)))
            if rel.cardinality in ("one", "optional"):
                g.add((ps, SH.maxCount, Literal(1)))
            classes = _target_classes(vocab, rel.targets)
            if len(classes) == 1:
                g.add((ps, SH["class"], URIRef(classes[0])))
            else:
                _or(g, ps, SH["class"], [URIRef(c) for c in classes])
            for nxt, pred in rel.via:
                vs = ns[f"{node.label}-{vocab.compact(pred).replace(':', '-')}"]
                g.add((shape, SH.property, vs))
                g.add((vs, RDF.type, SH.PropertyShape))
                g.add((vs, SH.path, URIRef(pred)))
                g.add((vs, SH.nodeKind, SH.IRI))
                g.add((vs, SH["class"], URIRef(_target_classes(vocab, vocab.rels[nxt].targets)[0])))
                if rel.required and node.label in evidenced:
                    g.add((vs, SH.minCount, Literal(1)))
    return g


def _target_classes(vocab: Vocabulary, labels: tuple[str, ...]) -> list[str]:
    """Classes a link may point to: ``bg:Entity`` stands for all entity kinds at once."""
    out: list[str] = []
    ents = set(vocab.entity_labels)
    rest = [t for t in labels if t not in ents]
    if ents <= set(labels):
        out.append(vocab.bg + ENTITY_LABEL)
    else:
        rest = list(labels)
    return out + [vocab.nodes[t].bg_class for t in rest]


# -- JSON-LD context ---------------------------------------------------------------


def jsonld_terms(vocab: Vocabulary | None = None) -> dict[str, dict]:
    """predicate IRI -> {"term": name, "type": "@id" | datatype IRI | None}.

    A term is the predicate's local name (``imposedBy``); two predicates with
    the same local name (``owl:sameAs``, ``schema:sameAs``) get their prefix in
    front (``owlSameAs``). The type is fixed in the context only when every use
    of the predicate agrees, so values can be written as bare JSON strings.
    """
    vocab = vocab or vocabulary()
    uses = vocab.predicate_uses()
    local = {pred: re.split(r"[#/]", pred)[-1] for pred in uses}
    counts: dict[str, int] = {}
    for name in local.values():
        counts[name] = counts.get(name, 0) + 1
    out = {}
    for pred, what in uses.items():
        name = local[pred]
        if counts[name] > 1:
            prefix = vocab.compact(pred).split(":", 1)[0]
            name = prefix + name[:1].upper() + name[1:]
        types = set()
        for _, u in what:
            if u is None or isinstance(u, RelMap) or u.value != "literal":
                types.add("@id")
            elif u.is_date:
                types.add(None)
            else:
                types.add(u.datatype)
        kind = types.pop() if len(types) == 1 else None
        out[pred] = {"term": name, "type": kind}
    return out


def context_document(vocab: Vocabulary | None = None) -> dict:
    """The published JSON-LD context (served at ``/context.jsonld``, embedded in JSON-LD exports)."""
    vocab = vocab or vocabulary()
    ctx: dict[str, object] = {"rdf": str(RDF), **vocab.prefixes}
    for pred, t in jsonld_terms(vocab).items():
        d: dict[str, str] = {"@id": vocab.compact(pred)}
        if t["type"] == "@id":
            d["@type"] = "@id"
        elif t["type"]:
            d["@type"] = vocab.compact(t["type"])
        ctx[t["term"]] = d
    return {"@context": ctx}


# -- generated files ---------------------------------------------------------------------

_HEADER = "# Generated from schema/model.yaml by `python -m schema.rdf`; do not edit by hand.\n"


def render_files(vocab: Vocabulary | None = None) -> dict[Path, str]:
    """The text of every generated file, deterministic (no random blank node labels)."""
    vocab = vocab or vocabulary()
    return {
        ONTOLOGY_PATH: _HEADER + ontology_graph(vocab).serialize(format="turtle"),
        SHAPES_PATH: _HEADER + shapes_graph(vocab).serialize(format="turtle"),
        CONTEXT_PATH: json.dumps(context_document(vocab), indent=2) + "\n",
    }


def stale_files() -> list[Path]:
    """Generated files whose checked-in text differs from what the model gives now."""
    return [p for p, text in render_files().items() if not p.exists() or p.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m schema.rdf", description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail when the checked-in files are stale")
    args = ap.parse_args(argv)
    if args.check:
        stale = stale_files()
        for p in stale:
            print(f"stale: {p.name} (run `python -m schema.rdf`)", file=sys.stderr)
        return 1 if stale else 0
    for path, text in render_files().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

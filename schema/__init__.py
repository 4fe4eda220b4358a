"""The bangraph domain model, read from ``schema/model.yaml``.

Why a data file: every layer (Cypher DDL, GraphQL, RDF, SHACL, Browser style)
derives its view of the model from one declaration, so a kind is added in one
place and the layers cannot drift apart unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

MODEL_PATH = Path(__file__).with_name("model.yaml")

ENTITY_LABEL = "Entity"


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    index: bool = False
    rdf: str | None = None

    @property
    def enum(self) -> str | None:
        return self.type.split(":", 1)[1] if self.type.startswith("enum:") else None


@dataclass(frozen=True)
class NodeKind:
    label: str
    key: str
    properties: dict[str, Property]
    entity: bool = False
    kind: str | None = None  # EntityKind value for entity kinds
    caption: str = "id"
    identity: tuple[str, ...] = ()
    rdf_class: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """All labels a node of this kind carries (entities also carry ``Entity``)."""
        return (ENTITY_LABEL, self.label) if self.entity else (self.label,)


@dataclass(frozen=True)
class RelKind:
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    name: str
    reverse: str
    cardinality: str  # one | optional | many
    rdf: str | None = None


@dataclass(frozen=True)
class Model:
    prefixes: dict[str, str]
    enums: dict[str, tuple[str, ...]]
    entity_properties: dict[str, Property]
    nodes: dict[str, NodeKind]
    relationships: dict[str, RelKind]
    raw: dict = field(repr=False, default_factory=dict)

    @property
    def entity_kinds(self) -> list[NodeKind]:
        return [n for n in self.nodes.values() if n.entity]

    def entity_kind(self, kind: str) -> NodeKind:
        """The node kind for an EntityKind value (``PERSON``) or a label (``Person``)."""
        for n in self.entity_kinds:
            if kind in (n.kind, n.label):
                return n
        raise KeyError(f"unknown entity kind {kind!r}")

    def expand(self, prefixed: str) -> str:
        """``schema:Person`` -> ``http://schema.org/Person``."""
        prefix, _, local = prefixed.partition(":")
        return self.prefixes[prefix] + local


def _props(raw: dict | None) -> dict[str, Property]:
    out = {}
    for name, spec in (raw or {}).items():
        out[name] = Property(
            name=name,
            type=spec["type"],
            required=bool(spec.get("required", False)),
            index=bool(spec.get("index", False)),
            rdf=spec.get("rdf"),
        )
    return out


def _tuple(v) -> tuple[str, ...]:
    return tuple(v) if isinstance(v, list) else (v,)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    entity_props = _props(raw["entity"]["properties"])
    nodes = {}
    for label, spec in raw["nodes"].items():
        props = dict(entity_props) if spec.get("entity") else {}
        props.update(_props(spec.get("properties")))
        nodes[label] = NodeKind(
            label=label,
            key=spec.get("key", raw["entity"]["key"]),
            properties=props,
            entity=bool(spec.get("entity", False)),
            kind=spec.get("kind"),
            caption=spec.get("caption", "id"),
            identity=tuple(spec.get("identity", ())),
            rdf_class=(spec.get("rdf") or {}).get("class"),
        )
    rels = {}
    for rtype, spec in raw["relationships"].items():
        rels[rtype] = RelKind(
            type=rtype,
            sources=_tuple(spec["from"]),
            targets=_tuple(spec["to"]),
            name=spec["name"],
            reverse=spec["reverse"],
            cardinality=spec.get("cardinality", "many"),
            rdf=spec.get("rdf"),
        )
    enums = {k: tuple(v) for k, v in raw["enums"].items()}
    model = Model(raw["prefixes"], enums, entity_props, nodes, rels, raw)
    _check(model)
    return model


def _check(model: Model) -> None:
    """Fail early on a model that contradicts itself."""
    known = set(model.nodes) | {ENTITY_LABEL}
    for rel in model.relationships.values():
        for end in rel.sources + rel.targets:
            if end not in known:
                raise ValueError(f"relationship {rel.type} names unknown kind {end}")
    for node in model.nodes.values():
        if node.key not in node.properties:
            raise ValueError(f"{node.label}: key {node.key} is not a property")
        for p in node.properties.values():
            if p.enum and p.enum not in model.enums:
                raise ValueError(f"{node.label}.{p.name}: unknown enum {p.enum}")
    kinds = {n.kind for n in model.entity_kinds}
    if kinds != set(model.enums["EntityKind"]):
        raise ValueError("EntityKind enum and entity node kinds disagree")


MODEL = load_model()

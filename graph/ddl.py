"""Constraints and indexes, derived from schema/model.yaml.

The one place where the two servers differ: Neo4j 5 and ArcadeDB both accept
``CREATE CONSTRAINT … IF NOT EXISTS`` and ``CREATE INDEX … IF NOT EXISTS``
(RANGE indexes); neither full-text index DDL (ArcadeDB refuses it) nor
property-type constraints (Enterprise-only in Neo4j) are used. Were a backend
to need other DDL, it would be selected here, by ``backend``.
"""

from __future__ import annotations

from graph.catalog import CypherStatement, statement
from schema import ENTITY_LABEL, MODEL


def _snake(label: str, prop: str) -> str:
    return f"{label}_{prop}".lower()


def schema_statements(backend: str = "any") -> list[CypherStatement]:
    """Constraint and index statements for ``backend`` ("arcadedb" or "neo4j")."""
    out: list[CypherStatement] = []
    keyed = {ENTITY_LABEL: "id"}
    for node in MODEL.nodes.values():
        if not node.entity:
            keyed[node.label] = node.key
    for label, key in keyed.items():
        name = _snake(label, key) + "_unique"
        out.append(
            statement(
                f"ddl.constraint.{label}",
                f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{key} IS UNIQUE",
                write=True,
                doc="unique key from schema/model.yaml",
            )
        )
    indexed = [(ENTITY_LABEL, "name")]
    for node in MODEL.nodes.values():
        for prop in node.properties.values():
            if prop.index and not node.entity:
                indexed.append((node.label, prop.name))
    for label, prop in indexed:
        name = _snake(label, prop) + "_index"
        out.append(
            statement(
                f"ddl.index.{label}.{prop}",
                f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})",
                write=True,
                doc="index declared in schema/model.yaml",
            )
        )
    return out


SCHEMA = schema_statements()

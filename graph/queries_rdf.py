"""Read statements for the RDF export and for dereferencing one IRI.

Why these shapes: the export streams plain records (one node, one
relationship) with no aggregation, so neither the driver nor the serialiser
holds the graph; the grouping a format needs comes from the order records
arrive in. Per-kind statements (labels come from schema/model.yaml, values
only as parameters) let a lookup by id use the kind's unique index.
"""

from __future__ import annotations

from graph.catalog import statement
from schema import MODEL

NODES = statement(
    "rdf.nodes",
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    doc="every node with its labels and properties (export; nodes outside the model are skipped by the caller)",
)
EDGES = statement(
    "rdf.edges",
    "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS rel, b.id AS o",
    doc="every relationship as (start id, type, end id) (export)",
)
COUNT_NODES = statement(
    "rdf.count_label",
    "MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS count",
    doc="how many nodes carry a label (export tests and benchmark)",
)


def _via_name(first: str, second: str) -> str:
    return f"rdf.via.{first}.{second}"


def _object_of_name(rel: str, label: str) -> str:
    return f"rdf.object_of.{rel}.{label}"


def via_statement(first: str, second: str) -> str:
    """Name of the statement giving the distinct (start id, end id) pairs two hops apart."""
    return _via_name(first, second)


def object_of_statement(rel: str, label: str) -> str:
    """Name of the statement giving the distinct ids of ``label`` nodes that are objects of ``rel``."""
    return _object_of_name(rel, label)


def describe_statements(label: str) -> dict[str, str]:
    """Names of the statements that describe one node of ``label`` (node, out, in, evidence)."""
    return {part: f"rdf.describe.{part}.{label}" for part in ("node", "out", "in", "evidence")}


def _register() -> None:
    raw_rels = MODEL.raw["relationships"]
    for first, spec in raw_rels.items():
        for second in (spec.get("rdf_via") or {}).keys():
            statement(
                _via_name(first, second),
                f"MATCH (a)-[:{first}]->()-[:{second}]->(b) RETURN DISTINCT a.id AS s, b.id AS o",
                doc=f"shortcut pairs over {first} then {second} (export)",
            )
    for label, spec in MODEL.raw["nodes"].items():
        for rel in ((spec.get("rdf") or {}).get("when_object_of") or {}).keys():
            statement(
                _object_of_name(rel, label),
                f"MATCH ()-[:{rel}]->(n:{label}) RETURN DISTINCT n.id AS id",
                doc=f"{label} nodes that are objects of {rel} (conditional class in the export)",
            )
    for label, kind in MODEL.nodes.items():
        names = describe_statements(label)
        match = f"MATCH (n:{label} {{{kind.key}: $key}})"
        statement(names["node"], f"{match} RETURN labels(n) AS labels, properties(n) AS props", doc="one node")
        statement(
            names["out"],
            f"{match}-[r]->(m) RETURN type(r) AS rel, labels(m) AS labels, m.id AS id, m.name AS name "
            "ORDER BY rel, id LIMIT $limit",
            doc=f"relationships leaving one {label}, with the neighbour's id and name",
        )
        statement(
            names["in"],
            f"MATCH (m)-[r]->(n:{label} {{{kind.key}: $key}}) "
            "RETURN type(r) AS rel, labels(m) AS labels, properties(m) AS props ORDER BY rel, props.id LIMIT $limit",
            doc=f"relationships arriving at one {label}, with the other node's properties",
        )
        statement(
            names["evidence"],
            f"{match}-[:EVIDENCED_BY]->(e:Evidence) OPTIONAL MATCH (e)-[:FROM_DOCUMENT]->(d:Document) "
            "RETURN properties(e) AS evidence, d.id AS document, d.title AS title, d.publisher AS publisher, "
            "d.published AS published, d.url AS url ORDER BY document, evidence.start LIMIT $limit",
            doc=f"the evidence of one {label} with its documents",
        )


_register()

BANS_BY_TARGET = statement(
    "rdf.check.bans_by_target",
    """
    MATCH (b:Ban)-[:TARGETS]->(t:Entity {name: $target})
    MATCH (b)-[:IMPOSED_BY]->(j:Jurisdiction)
    MATCH (b)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_DOCUMENT]->(d:Document)
    WHERE b.scope = $scope AND b.status IN $statuses AND b.announced STARTS WITH $year
    RETURN DISTINCT j.id AS jurisdiction, b.announced AS announced, d.id AS document
    """,
    doc="bans of one target and scope in one year with their imposing jurisdiction and articles "
    "(cross-checks the README's SPARQL example)",
)

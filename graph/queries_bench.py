"""Statements the benchmarks send (benchmarks/), kept here because Cypher lives only in graph/.

Two jobs:

- ``bench.raw.*`` — the plainest way to put facts in the graph: ``UNWIND $rows … MERGE``, one
  statement per node kind and one per relationship (source label, type, target label), sent
  straight through the driver. The synthetic graphs are bulk-loaded with them, and the Store's
  write path is measured against them on the same data (``make bench``).
- ``bench.read.*`` — the point lookup and 2-hop reads of the latency benchmark.

Labels and relationship types come from schema/model.yaml (Cypher cannot parameterise them);
every value is a parameter. Being in the catalog, these statements are linted by Neo4j's
analyser and run on ArcadeDB like all others.
"""

from __future__ import annotations

from graph.catalog import statement
from schema import ENTITY_LABEL, MODEL

RAW_DOCUMENTS = statement(
    "bench.raw.documents",
    """
    UNWIND $rows AS r
    MERGE (d:Document {id: r.id})
    SET d.title = r.title, d.publisher = r.publisher, d.published = r.published, d.url = r.url,
        d.language = r.language, d.contentHash = r.contentHash, d.text = r.text
    """,
    write=True,
)


def _raw_entities(label: str):
    return statement(
        f"bench.raw.entities.{label}",
        f"""
        UNWIND $rows AS r
        MERGE (n:{ENTITY_LABEL}:{label} {{id: r.id}})
        SET n.name = r.name, n.aliases = r.aliases, n.wikidataId = r.wikidataId, n += r.properties
        """,
        write=True,
    )


RAW_ENTITIES = {kind.label: _raw_entities(kind.label) for kind in MODEL.entity_kinds}

RAW_EVENTS = {
    "Ban": statement(
        "bench.raw.bans",
        """
        UNWIND $rows AS r
        MERGE (b:Ban {id: r.id})
        SET b.status = r.status, b.scope = r.scope, b.announced = r.announced, b.effective = r.effective
        """,
        write=True,
    ),
    "Statement": statement(
        "bench.raw.statements",
        """
        UNWIND $rows AS r
        MERGE (s:Statement {id: r.id})
        SET s.stance = r.stance, s.text = r.text, s.date = r.date
        """,
        write=True,
    ),
    "Follow": statement(
        "bench.raw.follows",
        """
        UNWIND $rows AS r
        MERGE (f:Follow {id: r.id})
        SET f.explicit = r.explicit, f.lagDays = r.lagDays, f.target = r.target
        """,
        write=True,
    ),
    "Role": statement(
        "bench.raw.roles",
        """
        UNWIND $rows AS r
        MERGE (o:Role {id: r.id})
        SET o.title = r.title
        """,
        write=True,
    ),
}

RAW_EVIDENCE = statement(
    "bench.raw.evidence",
    """
    UNWIND $rows AS r
    MERGE (e:Evidence {id: r.id})
    SET e.sentence = r.sentence, e.start = r.start, e.end = r.end,
        e.extractor = r.extractor, e.confidence = r.confidence
    """,
    write=True,
)


def _raw_link(source: str, rel: str, target: str):
    return statement(
        f"bench.raw.link.{source}.{rel}.{target}",
        f"""
        UNWIND $rows AS r
        MATCH (a:{source} {{id: r.source}})
        MATCH (b:{target} {{id: r.target}})
        MERGE (a)-[:{rel}]->(b)
        """,
        write=True,
    )


# One statement per (source label, type, target label) the schema allows.
RAW_LINKS = {
    (source, rel.type, target): _raw_link(source, rel.type, target)
    for rel in MODEL.relationships.values()
    for source in rel.sources
    for target in rel.targets
}


def _bulk_link(source: str, rel: str, target: str):
    return statement(
        f"bench.bulk.link.{source}.{rel}.{target}",
        f"""
        UNWIND $rows AS r
        MATCH (a:{source} {{id: r.source}})
        MATCH (b:{target} {{id: r.target}})
        CREATE (a)-[:{rel}]->(b)
        """,
        write=True,
        doc="bulk loads into an empty database only: every provenance link is new, so CREATE, not MERGE",
    )


# Provenance links of a fresh bulk load are all new (an Evidence node belongs to one subject and one
# document). MERGE would scan the links of every popular entity for each row: quadratic on big graphs.
BULK_LINKS = {key: _bulk_link(*key) for key in RAW_LINKS if key[1] in ("EVIDENCED_BY", "FROM_DOCUMENT")}

POINT_LOOKUP = statement(
    "bench.read.point",
    "MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases",
    doc="one entity by key",
)

TWO_HOP = statement(
    "bench.read.two_hop",
    """
    MATCH (:Entity {id: $id})<-[:IMPOSED_BY]-(b:Ban)-[:TARGETS]->(t:Entity)
    RETURN t.id AS target, count(b) AS bans
    ORDER BY bans DESC, target
    """,
    doc="what an imposer banned: entity <- ban -> target",
)

RELATIONSHIP_COUNT = statement(
    "bench.read.relationship_count",
    "MATCH ()-[r]->() RETURN count(r) AS relationships",
    doc="size of a synthetic graph",
)

NODE_COUNT = statement(
    "bench.read.node_count",
    "MATCH (n) RETURN count(n) AS nodes",
    doc="size of a synthetic graph",
)

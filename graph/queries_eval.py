"""Read-backs for ``bangraph eval``: one document's facts, as the scorer sees them.

Why separate statements: evaluation must measure what the graph holds, not what
the extractor returned, so it reads each document's facts back through their
provenance — an item belongs to a document when one of its Evidence nodes is
``FROM_DOCUMENT`` that document (for entities: a mention). Entity references
come back as ids; ``eval.entity_names`` maps every id to its name and aliases.
"""

from __future__ import annotations

from graph.catalog import statement

DOCUMENTS = statement(
    "eval.documents",
    "MATCH (d:Document) RETURN d.id AS id ORDER BY id",
    doc="ids of every loaded document",
)

ENTITY_NAMES = statement(
    "eval.entity_names",
    "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases",
    doc="name and aliases of every entity, to resolve the ids the other read-backs return",
)

ENTITIES = statement(
    "eval.entities",
    """
    MATCH (:Document {id: $doc})<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(e:Entity)
    RETURN DISTINCT e.id AS id
    """,
    doc="entities with a mention in document $doc",
)

BANS = statement(
    "eval.bans",
    """
    MATCH (:Document {id: $doc})<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(b:Ban)
    WITH DISTINCT b
    MATCH (b)-[:IMPOSED_BY]->(i:Entity)
    OPTIONAL MATCH (b)-[:TARGETS]->(t:Entity)
    RETURN b.id AS id, i.id AS imposedBy, collect(t.id) AS targets,
           b.scope AS scope, b.status AS status, b.announced AS announced
    """,
    doc="bans with evidence in document $doc",
)

FOLLOWS = statement(
    "eval.follows",
    """
    MATCH (:Document {id: $doc})<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(f:Follow)
    WHERE f.explicit = true
    WITH DISTINCT f
    MATCH (f)-[:FOLLOWER]->(a:Entity)
    MATCH (f)-[:FOLLOWED]->(b:Entity)
    RETURN f.id AS id, a.id AS follower, b.id AS followed
    """,
    doc="explicit follows with evidence in document $doc",
)

ROLES = statement(
    "eval.roles",
    """
    MATCH (:Document {id: $doc})<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(r:Role)
    WITH DISTINCT r
    MATCH (r)-[:HELD_BY]->(p:Entity)
    RETURN r.id AS id, p.id AS person, r.title AS title
    """,
    doc="roles with evidence in document $doc",
)

STATEMENTS = statement(
    "eval.statements",
    """
    MATCH (:Document {id: $doc})<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(s:Statement)
    WITH DISTINCT s
    MATCH (s)-[:SPOKEN_BY]->(sp:Entity)
    RETURN s.id AS id, sp.id AS speaker, s.stance AS stance
    """,
    doc="statements with evidence in document $doc",
)

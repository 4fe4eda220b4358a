"""Read-backs for ``bangraph eval``: every document's facts, as the scorer sees them.

Why separate statements: evaluation must measure what the graph holds, not what
the extractor returned, so it reads facts back through their provenance — an
item belongs to a document when one of its Evidence nodes is ``FROM_DOCUMENT``
that document (for entities: a mention). Each statement returns one row per
(document, item) for all documents at once (evaluation stores are small and
throwaway; six round trips instead of five per document). Entity references
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
    MATCH (d:Document)<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(e:Entity)
    RETURN DISTINCT d.id AS document, e.id AS id
    """,
    doc="entities with a mention, per document",
)

BANS = statement(
    "eval.bans",
    """
    MATCH (d:Document)<-[:FROM_DOCUMENT]-(e:Evidence)<-[:EVIDENCED_BY]-(b:Ban)
    WITH d, b, e, CASE WHEN e.reportedStatus IN $apart THEN e.reportedStatus ELSE '' END AS kind
    WITH d, b, kind, collect(e.reportedStatus) AS statuses, collect(e.reportedAnnounced) AS announced
    MATCH (b)-[:IMPOSED_BY]->(i:Entity)
    OPTIONAL MATCH (b)-[:TARGETS]->(t:Entity)
    WITH d, b, i, kind, statuses, announced, collect(t.id) AS targets
    RETURN d.id AS document, b.id AS id, i.id AS imposedBy, targets, b.scope AS scope,
           CASE WHEN size(statuses) = 0 THEN b.status ELSE statuses[0] END AS status,
           CASE WHEN size(statuses) = 0 THEN b.announced ELSE announced[0] END AS announced
    """,
    doc=(
        "bans with evidence, per document, with what THAT document reported (status, announced: on its "
        "evidence of the ban); the ban's own summary only for evidence written without a report. A document "
        "that reports one ban both as a measure and as advice or a proposal ($apart: a bill that would also "
        "ban what a policy already bans) gives one row per report, as its extraction did"
    ),
)

FOLLOWS = statement(
    "eval.follows",
    """
    MATCH (d:Document)<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(f:Follow)
    WHERE f.explicit = true
    WITH DISTINCT d, f
    MATCH (f)-[:FOLLOWER]->(a:Entity)
    MATCH (f)-[:FOLLOWED]->(b:Entity)
    RETURN d.id AS document, f.id AS id, a.id AS follower, b.id AS followed
    """,
    doc="explicit follows with evidence, per document",
)

ROLES = statement(
    "eval.roles",
    """
    MATCH (d:Document)<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(r:Role)
    WITH DISTINCT d, r
    MATCH (r)-[:HELD_BY]->(p:Entity)
    RETURN d.id AS document, r.id AS id, p.id AS person, r.title AS title
    """,
    doc="roles with evidence, per document",
)

STATEMENTS = statement(
    "eval.statements",
    """
    MATCH (d:Document)<-[:FROM_DOCUMENT]-(:Evidence)<-[:EVIDENCED_BY]-(s:Statement)
    WITH DISTINCT d, s
    MATCH (s)-[:SPOKEN_BY]->(sp:Entity)
    RETURN d.id AS document, s.id AS id, sp.id AS speaker, s.stance AS stance
    """,
    doc="statements with evidence, per document",
)

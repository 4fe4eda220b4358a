"""Read statements used by the store's own tests (kept in graph/: Cypher lives here only)."""

from graph.catalog import statement

statement(
    "test.ban_evidence",
    """
    MATCH (b:Ban)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_DOCUMENT]->(d:Document)
    RETURN b.id AS id, b.announced AS announced, collect(DISTINCT d.id) AS documents
    """,
)
statement("test.entity_names", "MATCH (e:Entity) RETURN e.name AS name, e.id AS id")
statement("test.ban_targets", "MATCH (b:Ban)-[:TARGETS]->(t:Entity) RETURN b.id AS ban, t.name AS target")
statement(
    "test.unevidenced",
    """
    MATCH (n)
    WHERE (n:Entity OR n:Ban OR n:Statement OR n:Follow OR n:Role) AND NOT (n)-[:EVIDENCED_BY]->(:Evidence)
    RETURN n.id AS id
    """,
)
statement(
    "test.follows",
    """
    MATCH (f:Follow)-[:FOLLOWER]->(a:Entity)
    MATCH (f)-[:FOLLOWED]->(b:Entity)
    OPTIONAL MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)
    RETURN a.name AS follower, b.name AS followed, f.explicit AS explicit, f.lagDays AS lagDays,
           count(e) AS evidence
    """,
)
statement(
    "test.document_wholeness",
    """
    MATCH (d:Document)
    OPTIONAL MATCH (e:Evidence)-[:FROM_DOCUMENT]->(d)
    WITH d, count(e) AS evidence
    OPTIONAL MATCH (b:Ban)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_DOCUMENT]->(d)
    WITH d, evidence, count(DISTINCT b) AS bans
    OPTIONAL MATCH (b2:Ban)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_DOCUMENT]->(d)
    OPTIONAL MATCH (b2)-[:TARGETS]->(t:Entity)
    WITH d, evidence, bans, count(DISTINCT t) AS targets
    OPTIONAL MATCH (r:Role)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_DOCUMENT]->(d)
    RETURN d.id AS id, evidence, bans, targets, count(DISTINCT r) AS roles
    """,
)
statement(
    "test.ban_summaries",
    """
    MATCH (b:Ban)
    RETURN b.id AS id, b.status AS status, b.scope AS scope, b.announced AS announced, b.effective AS effective,
           b.statusReportedIn AS statusReportedIn
    ORDER BY id
    """,
)
statement(
    "test.ban_reports",
    """
    MATCH (b:Ban)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM_DOCUMENT]->(d:Document)
    RETURN b.id AS ban, d.id AS document, e.reportedStatus AS status, e.reportedAnnounced AS announced,
           e.reportedEffective AS effective
    ORDER BY ban, document
    """,
)
statement(
    "test.record_shapes",
    """
    MATCH p = (b:Ban)-[r:TARGETS]->(t:Entity)
    RETURN b, r, p, [b, t] AS nodes, b.id AS id, null AS nothing, 3 AS n, 1.5 AS x, true AS yes,
           {ban: b, names: [t.name, null], deep: [[1, 2], {k: t}]} AS nested, date('2023-03-16') AS day,
           [date('2023-03-16'), t.name] AS mixed
    """,
)

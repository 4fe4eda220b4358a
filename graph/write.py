"""Write statements: one document's facts in one transaction.

Every statement is ``UNWIND $rows … MERGE`` with values as parameters; labels
come from schema/model.yaml (Cypher cannot parameterise labels, so there is one
statement per entity kind, generated here rather than written five times).

Provenance model: a fact node (entity or event) is kept alive by its
``EVIDENCED_BY`` links to Evidence nodes, each ``FROM_DOCUMENT`` one document.
Replacing or deleting a document deletes its Evidence nodes, then every fact
left without evidence (``ORPHANS``) — so facts other documents still support
survive, and nothing unsupported remains.
"""

from __future__ import annotations

from graph.catalog import statement
from schema import ENTITY_LABEL, MODEL

DOCUMENT_HASH = statement(
    "write.document_hash",
    "MATCH (d:Document {id: $id}) RETURN d.contentHash AS contentHash",
)

DELETE_DOCUMENT_EVIDENCE = statement(
    "write.delete_document_evidence",
    """
    MATCH (e:Evidence)-[:FROM_DOCUMENT]->(:Document {id: $id})
    DETACH DELETE e
    """,
    write=True,
)

DELETE_DOCUMENT = statement(
    "write.delete_document",
    "MATCH (d:Document {id: $id}) DETACH DELETE d RETURN count(d) AS deleted",
    write=True,
)

MERGE_DOCUMENT = statement(
    "write.document",
    """
    MERGE (d:Document {id: $id})
    SET d.title = $title, d.publisher = $publisher, d.published = $published, d.url = $url,
        d.language = $language, d.contentHash = $contentHash, d.text = $text
    """,
    write=True,
)


def _entity_statement(label: str):
    return statement(
        f"write.entities.{label}",
        f"""
        UNWIND $rows AS r
        MERGE (n:{ENTITY_LABEL}:{label} {{id: r.id}})
        ON CREATE SET n.name = r.name
        SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN r.aliases |
                               CASE WHEN a IN acc THEN acc ELSE acc + [a] END),
            n.wikidataId = coalesce(n.wikidataId, r.wikidataId),
            n += r.properties
        """,
        write=True,
        doc=f"merge {label} entities; aliases accumulate across documents",
    )


MERGE_ENTITIES = {n.label: _entity_statement(n.label) for n in MODEL.entity_kinds}

MERGE_BANS = statement(
    "write.bans",
    """
    UNWIND $rows AS r
    MERGE (b:Ban {id: r.id})
    SET b.status = r.status, b.scope = r.scope,
        b.announced = CASE WHEN b.announced IS NULL OR size(coalesce(r.announced, '')) > size(b.announced)
                           THEN coalesce(r.announced, b.announced) ELSE b.announced END,
        b.effective = CASE WHEN b.effective IS NULL OR size(coalesce(r.effective, '')) > size(b.effective)
                           THEN coalesce(r.effective, b.effective) ELSE b.effective END
    WITH b, r
    MATCH (i:Entity {id: r.imposedBy})
    MERGE (b)-[:IMPOSED_BY]->(i)
    """,
    write=True,
    doc="merge bans by identity (imposer, targets, scope); keep the most precise date",
)


def _link_statement(name: str, source: str, rel: str, target: str):
    """``UNWIND $rows`` of ``{source, target}`` ids -> MERGE one relationship declared in the schema."""
    kind = MODEL.relationships[rel]
    if source not in kind.sources or target not in kind.targets:
        raise ValueError(f"schema has no {source}-[:{rel}]->{target}")
    return statement(
        name,
        f"""
        UNWIND $rows AS r
        MATCH (a:{source} {{id: r.source}})
        MATCH (b:{target} {{id: r.target}})
        MERGE (a)-[:{rel}]->(b)
        """,
        write=True,
        doc=f"link {source} to {target} ({rel})",
    )


MERGE_BAN_TARGETS = _link_statement("write.ban_targets", "Ban", "TARGETS", ENTITY_LABEL)
MERGE_BAN_LAWS = _link_statement("write.ban_laws", "Ban", "JUSTIFIED_BY", "Law")

MERGE_STATEMENTS = statement(
    "write.statements",
    """
    UNWIND $rows AS r
    MERGE (s:Statement {id: r.id})
    SET s.stance = r.stance, s.text = r.text, s.date = r.date
    WITH s, r
    MATCH (p:Entity {id: r.speaker})
    MERGE (s)-[:SPOKEN_BY]->(p)
    """,
    write=True,
)

MERGE_STATEMENT_ABOUT_BAN = _link_statement("write.statement_about_ban", "Statement", "ABOUT", "Ban")

MERGE_STATEMENT_ABOUT_ENTITY = _link_statement("write.statement_about_entity", "Statement", "ABOUT", ENTITY_LABEL)

MERGE_FOLLOWS = statement(
    "write.follows",
    """
    UNWIND $rows AS r
    MERGE (f:Follow {id: r.id})
    SET f.explicit = r.explicit, f.lagDays = r.lagDays, f.target = r.target
    WITH f, r
    MATCH (a:Entity {id: r.follower})
    MATCH (b:Entity {id: r.followed})
    MERGE (f)-[:FOLLOWER]->(a)
    MERGE (f)-[:FOLLOWED]->(b)
    """,
    write=True,
)

MERGE_FOLLOW_BANS = statement(
    "write.follow_bans",
    """
    UNWIND $rows AS r
    MATCH (f:Follow {id: r.id})
    OPTIONAL MATCH (fb:Ban {id: r.followerBan})
    OPTIONAL MATCH (db:Ban {id: r.followedBan})
    FOREACH (x IN CASE WHEN fb IS NULL THEN [] ELSE [fb] END | MERGE (f)-[:FOLLOWER_BAN]->(x))
    FOREACH (x IN CASE WHEN db IS NULL THEN [] ELSE [db] END | MERGE (f)-[:FOLLOWED_BAN]->(x))
    """,
    write=True,
)

MERGE_ROLES = statement(
    "write.roles",
    """
    UNWIND $rows AS r
    MERGE (o:Role {id: r.id})
    SET o.title = r.title
    WITH o, r
    MATCH (p:Person {id: r.person})
    MERGE (o)-[:HELD_BY]->(p)
    """,
    write=True,
)

MERGE_ROLE_ORGANISATIONS = _link_statement("write.role_organisations", "Role", "OF_ORGANISATION", ENTITY_LABEL)

EVIDENCED = [ENTITY_LABEL, "Ban", "Statement", "Follow", "Role"]
assert set(EVIDENCED) == set(MODEL.relationships["EVIDENCED_BY"].sources), "schema EVIDENCED_BY changed"


def _evidence_statement(label: str):
    return statement(
        f"write.evidence.{label}",
        f"""
        MATCH (d:Document {{id: $document}})
        UNWIND $rows AS r
        MATCH (s:{label} {{id: r.subject}})
        MERGE (e:Evidence {{id: r.id}})
        SET e.sentence = r.sentence, e.start = r.start, e.end = r.end,
            e.extractor = r.extractor, e.confidence = r.confidence
        MERGE (s)-[:EVIDENCED_BY]->(e)
        MERGE (e)-[:FROM_DOCUMENT]->(d)
        """,
        write=True,
        doc=f"evidence of {label} facts from one document",
    )


MERGE_EVIDENCE = {label: _evidence_statement(label) for label in EVIDENCED}


def _orphan_statement(label: str):
    return statement(
        f"write.orphans.{label}",
        f"""
        MATCH (n:{label})
        WHERE NOT (n)-[:EVIDENCED_BY]->(:Evidence)
        DETACH DELETE n
        RETURN count(*) AS deleted
        """,
        write=True,
        doc=f"delete {label} facts no evidence supports any more",
    )


# Events first, so entities they pointed to can go after them.
ORPHANS = [_orphan_statement(label) for label in ["Follow", "Statement", "Role", "Ban", ENTITY_LABEL]]

# -- derived follows ---------------------------------------------------------

BANS_FOR_DERIVATION = statement(
    "write.derive.bans",
    """
    MATCH (b:Ban)-[:IMPOSED_BY]->(i:Entity)
    MATCH (b)-[:TARGETS]->(t:Entity)
    WHERE b.announced IS NOT NULL AND b.scope IS NOT NULL AND b.status IN $statuses
    RETURN b.id AS ban, i.id AS imposer, t.id AS target, b.scope AS scope, b.announced AS announced
    """,
    doc="bans that can be ordered in time, with their target and scope",
)

EXPLICIT_FOLLOW_PAIRS = statement(
    "write.derive.explicit_pairs",
    """
    MATCH (f:Follow {explicit: true})-[:FOLLOWER]->(a:Entity)
    MATCH (f)-[:FOLLOWED]->(b:Entity)
    RETURN a.id AS follower, b.id AS followed, f.target AS target
    """,
)

DELETE_DERIVED_FOLLOWS = statement(
    "write.derive.delete",
    "MATCH (f:Follow {explicit: false}) DETACH DELETE f",
    write=True,
)

CREATE_DERIVED_FOLLOWS = statement(
    "write.derive.create",
    """
    UNWIND $rows AS r
    MATCH (a:Entity {id: r.follower})
    MATCH (b:Entity {id: r.followed})
    MATCH (fb:Ban {id: r.followerBan})
    MATCH (db:Ban {id: r.followedBan})
    CREATE (f:Follow {id: r.id, explicit: false, lagDays: r.lagDays, target: r.target})
    CREATE (f)-[:FOLLOWER]->(a), (f)-[:FOLLOWED]->(b), (f)-[:FOLLOWER_BAN]->(fb), (f)-[:FOLLOWED_BAN]->(db)
    WITH f, fb, db
    MATCH (fb)-[:EVIDENCED_BY]->(e1:Evidence)
    MERGE (f)-[:EVIDENCED_BY]->(e1)
    WITH DISTINCT f, db
    MATCH (db)-[:EVIDENCED_BY]->(e2:Evidence)
    MERGE (f)-[:EVIDENCED_BY]->(e2)
    """,
    write=True,
    doc="derived follows are evidenced by the evidence of the two bans they relate",
)

# -- maintenance -------------------------------------------------------------

CLEAR = statement("write.clear", "MATCH (n) DETACH DELETE n", write=True)
PING = statement("read.ping", "RETURN 1 AS ok")
COUNTS = statement(
    "read.counts",
    """
    MATCH (n)
    UNWIND labels(n) AS label
    RETURN label, count(*) AS count
    """,
)

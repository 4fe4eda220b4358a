"""Write statements: one document's facts in one transaction.

A document is written by ONE statement, ``write.document``: each round trip to
the server costs more than the work it carries (measured: ~1.5 ms per statement
on the embedded store, and ~16 statements per article before), so every kind of
fact is an ``UNWIND $…Rows … MERGE`` scoped subquery of that statement, and its
links are nested subqueries of its node's. Values are parameters; labels come
from schema/model.yaml (Cypher cannot parameterise labels, so the subqueries
per entity kind and per evidenced label are generated here).

Provenance model: a fact node (entity or event) is kept alive by its
``EVIDENCED_BY`` links to Evidence nodes, each ``FROM_DOCUMENT`` one document.
Replacing or deleting a document deletes its Evidence nodes, then every fact
left without evidence (``ORPHANS``) — so facts other documents still support
survive, and nothing unsupported remains.

Per-document reports: a ban reported by several documents is one node, but each
document may report it differently (an older article: ``proposed``; a newer one:
``in_force``). What a document reported is written on its Evidence of the ban
(``reportedStatus``, ``reportedAnnounced``, ``reportedEffective``), and the Ban's
own ``status`` / ``announced`` / ``effective`` summarise all its reports — so the
graph does not depend on load order. Writing a new document folds its report into
the summary (``_BANS``: O(1) per ban, whatever the number of articles reporting it;
``statusReportedIn`` names the document the status came from, to compare with);
replacing or deleting a document recomputes the summary of the bans it reported
from the reports left (``ban_summary``: reads all of a ban's evidence).
"""

from __future__ import annotations

from graph.catalog import statement
from loaders.model import MEASURES_APART
from schema import ENTITY_LABEL, MODEL

DELETE_DOCUMENT_EVIDENCE = statement(
    "write.delete_document_evidence",
    """
    MATCH (e:Evidence)-[:FROM_DOCUMENT]->(:Document {id: $id})
    OPTIONAL MATCH (b:Ban)-[:EVIDENCED_BY]->(e)
    WITH e, b.id AS ban
    DETACH DELETE e
    RETURN collect(DISTINCT ban) AS bans
    """,
    write=True,
    doc="delete one document's evidence; returns the ids of the bans it reported (their summary must be recomputed)",
)

DELETE_DOCUMENT = statement(
    "write.delete_document",
    "MATCH (d:Document {id: $id}) DETACH DELETE d RETURN count(d) AS deleted",
    write=True,
)

EVIDENCED = [ENTITY_LABEL, "Ban", "Statement", "Follow", "Role"]
assert set(EVIDENCED) == set(MODEL.relationships["EVIDENCED_BY"].sources), "schema EVIDENCED_BY changed"


def rows_param(label: str, what: str = "") -> str:
    """The parameter holding one kind's rows: ``Person`` -> ``personRows``, ``Ban`` evidence -> ``banEvidenceRows``."""
    return f"{label[0].lower()}{label[1:]}{what}Rows"


def _link(source: str, rel: str, target: str, var: str, expr: str, unwind: bool = False) -> str:
    """A subquery linking node ``var`` (a ``source``) to the ``target`` node(s) with id(s) ``expr`` (a list if ``unwind``)."""
    kind = MODEL.relationships[rel]
    if source not in kind.sources or target not in kind.targets:
        raise ValueError(f"schema has no {source}-[:{rel}]->{target}")
    head = f"UNWIND {expr} AS t\n      MATCH (x:{target} {{id: t}})" if unwind else f"MATCH (x:{target} {{id: {expr}}})"
    return f"""
    CALL ({var}, r) {{
      {head}
      MERGE ({var})-[:{rel}]->(x)
    }}"""


def _entities(label: str) -> str:
    return f"""
  CALL () {{
    UNWIND ${rows_param(label)} AS r
    MERGE (n:{ENTITY_LABEL}:{label} {{id: r.id}})
    ON CREATE SET n.name = r.name
    SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN r.aliases |
                           CASE WHEN a IN acc THEN acc ELSE acc + [a] END),
        n.wikidataId = coalesce(n.wikidataId, r.wikidataId),
        n += r.properties
  }}"""


# What one document reported about a ban, on each of its Evidence of the ban: property -> ban row key.
REPORTED = {"reportedStatus": "status", "reportedAnnounced": "announced", "reportedEffective": "effective"}


def _more_precise(current: str, new: str) -> str:
    """``new`` when it is a more precise partial ISO date than ``current`` (or as precise and earlier), else ``current``."""
    return (
        f"CASE WHEN {new} IS NOT NULL AND ({current} IS NULL OR size({new}) > size({current}) "
        f"OR (size({new}) = size({current}) AND {new} < {current})) THEN {new} ELSE {current} END"
    )


def _most_precise(dates: str) -> str:
    """The most precise of a list of partial ISO dates (the longest; ties: the earliest), null when empty."""
    return f"reduce(best = null, x IN {dates} | {_more_precise('best', 'x')})"


# One document may report a ban both as a measure and as advice or a proposal: its measure's report gives the status
_APART = "[" + ", ".join(f"'{s}'" for s in MEASURES_APART) + "]"


def ban_summary(var: str) -> str:
    """Clauses setting ban ``var``'s status / announced / effective from the reports on its evidence.

    Status: the report of the most recently published document (ties: the greatest document id; no
    publication date counts as oldest; of one document's reports, its measure's before advice or a proposal). Dates: the most precise reported (ties: the earliest). A ban with
    no report (evidence written before reports existed) keeps what it has. Independent of load order.
    """
    return f"""
    CALL ({var}) {{
      MATCH ({var})-[:EVIDENCED_BY]->(re:Evidence)-[:FROM_DOCUMENT]->(rd:Document)
      WHERE re.reportedStatus IS NOT NULL
      WITH re, rd ORDER BY coalesce(rd.published, '') DESC, rd.id DESC,
           CASE WHEN re.reportedStatus IN {_APART} THEN 1 ELSE 0 END, re.start
      WITH collect(re.reportedStatus) AS reportedStatuses, collect(rd.id) AS reportedIn,
           collect(re.reportedAnnounced) AS reportedAnnounced, collect(re.reportedEffective) AS reportedEffective
      RETURN reportedStatuses, reportedIn, {_most_precise("reportedAnnounced")} AS summaryAnnounced,
             {_most_precise("reportedEffective")} AS summaryEffective
    }}
    SET {var}.status = coalesce(reportedStatuses[0], {var}.status),
        {var}.statusReportedIn = CASE WHEN size(reportedStatuses) = 0 THEN {var}.statusReportedIn ELSE reportedIn[0] END,
        {var}.announced = CASE WHEN size(reportedStatuses) = 0 THEN {var}.announced ELSE summaryAnnounced END,
        {var}.effective = CASE WHEN size(reportedStatuses) = 0 THEN {var}.effective ELSE summaryEffective END"""


BAN_SUMMARY = statement(
    "write.ban_summary",
    f"""
    UNWIND $ids AS banId
    MATCH (b:Ban {{id: banId}}){ban_summary("b")}
    """,
    write=True,
    doc="recompute the status and dates of these bans from the reports of the documents still evidencing them",
)

_BANS = f"""
  CALL () {{
    UNWIND ${rows_param("Ban")} AS r
    MERGE (b:Ban {{id: r.id}})
    SET b.scope = r.scope
    WITH b, r
    // fold this document's report into the summary (see ban_summary): its status when it is the latest
    // published report (same day: the greater document id), its dates when more precise (or as precise, earlier)
    OPTIONAL MATCH (src:Document {{id: b.statusReportedIn}})
    WITH b, r, b.statusReportedIn IS NULL OR src IS NULL
               OR coalesce(src.published, '') < coalesce($published, '')
               OR (coalesce(src.published, '') = coalesce($published, '') AND src.id <= $id) AS latest
    SET b.status = CASE WHEN latest THEN r.status ELSE b.status END,
        b.statusReportedIn = CASE WHEN latest THEN $id ELSE b.statusReportedIn END,
        b.announced = {_more_precise("b.announced", "r.announced")},
        b.effective = {_more_precise("b.effective", "r.effective")}
    WITH b, r{_link("Ban", "IMPOSED_BY", ENTITY_LABEL, "b", "r.imposedBy")}{
    _link("Ban", "TARGETS", ENTITY_LABEL, "b", "r.targets", unwind=True)
}{_link("Ban", "JUSTIFIED_BY", "Law", "b", "r.laws", unwind=True)}
  }}"""

_STATEMENTS = f"""
  CALL () {{
    UNWIND ${rows_param("Statement")} AS r
    MERGE (s:Statement {{id: r.id}})
    SET s.stance = r.stance, s.text = r.text, s.date = r.date
    WITH s, r{_link("Statement", "SPOKEN_BY", ENTITY_LABEL, "s", "r.speaker")}{
    _link("Statement", "ABOUT", "Ban", "s", "r.aboutBans", unwind=True)
}{_link("Statement", "ABOUT", ENTITY_LABEL, "s", "r.aboutEntities", unwind=True)}
  }}"""

_FOLLOWS = f"""
  CALL () {{
    UNWIND ${rows_param("Follow")} AS r
    MERGE (f:Follow {{id: r.id}})
    SET f.explicit = r.explicit, f.lagDays = r.lagDays, f.target = r.target
    WITH f, r{_link("Follow", "FOLLOWER", ENTITY_LABEL, "f", "r.follower")}{
    _link("Follow", "FOLLOWED", ENTITY_LABEL, "f", "r.followed")
}{_link("Follow", "FOLLOWER_BAN", "Ban", "f", "r.followerBan")}{
    _link("Follow", "FOLLOWED_BAN", "Ban", "f", "r.followedBan")
}
  }}"""

_ROLES = f"""
  CALL () {{
    UNWIND ${rows_param("Role")} AS r
    MERGE (o:Role {{id: r.id}})
    SET o.title = r.title
    WITH o, r{_link("Role", "HELD_BY", "Person", "o", "r.person")}{
    _link("Role", "OF_ORGANISATION", ENTITY_LABEL, "o", "r.organisation")
}
  }}"""


def _evidence(label: str) -> str:
    reported = "".join(f", e.{prop} = r.{key}" for prop, key in REPORTED.items()) if label == "Ban" else ""
    return f"""
  CALL (d) {{
    UNWIND ${rows_param(label, "Evidence")} AS r
    MATCH (s:{label} {{id: r.subject}})
    MERGE (e:Evidence {{id: r.id}})
    SET e.sentence = r.sentence, e.start = r.start, e.end = r.end,
        e.extractor = r.extractor, e.confidence = r.confidence{reported}
    MERGE (s)-[:EVIDENCED_BY]->(e)
    MERGE (e)-[:FROM_DOCUMENT]->(d)
  }}"""


WRITE_DOCUMENT = statement(
    "write.document",
    """
OPTIONAL MATCH (old:Document {id: $id})
WITH old IS NOT NULL AS existed, old.contentHash AS previous
CALL (existed, previous) {
  WITH existed, previous
  WHERE NOT existed OR coalesce(previous, '') = $replacing
  MERGE (d:Document {id: $id})
  SET d.title = $title, d.publisher = $publisher, d.published = $published, d.url = $url,
      d.language = $language, d.contentHash = $contentHash, d.text = $text
  WITH d"""
    + "".join(_entities(kind.label) for kind in MODEL.entity_kinds)
    + _BANS
    + _STATEMENTS
    + _FOLLOWS
    + _ROLES
    + "".join(_evidence(label) for label in EVIDENCED)
    + """
}
RETURN existed, previous
""",
    write=True,
    doc=(
        "one document's facts in one statement: written when the document is new (or its earlier version, "
        "hash $replacing, is being replaced); returns the earlier version's hash"
    ),
)


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

"""The saved queries of the Neo4j Browser guide (``/browser/guide.html``).

Why they live here and not in the guide's HTML: the guide is generated from
this module (``python -m schema.browser``), so every statement a reader can
run from a slide is also in the catalog — linted by Neo4j's analyser and run
against the embedded ArcadeDB store by the tests. Values stay parameters; the
guide sets them with a ``:params`` block before the query, using the example
values given here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.catalog import CypherStatement, statement
from schema import MODEL

# Relationships between facts and entities; provenance (evidence, documents) is left out of paths
# so that "how are these two connected" answers with facts, not with a shared news article.
_PROVENANCE = {"EVIDENCED_BY", "FROM_DOCUMENT"}
_FACT_RELS = "|".join(sorted(t for t in MODEL.relationships if t not in _PROVENANCE))


@dataclass(frozen=True)
class GuideQuery:
    """One runnable query of the guide: the catalog statement, its slide title and example parameters."""

    statement: CypherStatement
    title: str
    explanation: str
    params: dict[str, object] = field(default_factory=dict)


OVERVIEW = statement(
    "guide.overview",
    """
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label
""",
    doc="How many nodes of each label the graph holds.",
)

BANS_BY_DATE = statement(
    "guide.bans_by_date",
    """
MATCH (b:Ban)-[:IMPOSED_BY]->(imposer:Entity)
OPTIONAL MATCH (b)-[:TARGETS]->(target:Entity)
WITH b, imposer, collect(target.name) AS targets
RETURN coalesce(b.announced, b.effective) AS date, imposer.name AS imposedBy, targets,
       b.scope AS scope, b.status AS status
ORDER BY date IS NULL, date, imposedBy
""",
    doc="Every ban with its imposer and targets, oldest first; undated bans last.",
)

FOLLOWS_FOR_TARGET = statement(
    "guide.follows_for_target",
    """
MATCH p = (follower:Entity)<-[:FOLLOWER]-(f:Follow)-[:FOLLOWED]->(followed:Entity)
WHERE f.target = $target
RETURN p, follower.name AS follower, followed.name AS followed, f.explicit AS explicit, f.lagDays AS lagDays
ORDER BY follower, followed
""",
    doc="Who followed whom in banning one target: explicit follows (the text says so) and derived ones (dates).",
)

STATEMENTS_BY_SPEAKER = statement(
    "guide.statements_by_speaker",
    """
MATCH (s:Statement)-[:SPOKEN_BY]->(speaker:Entity {id: $speaker})
OPTIONAL MATCH (s)-[:ABOUT]->(about)
WITH s, collect(coalesce(about.name, about.id)) AS about
RETURN s.date AS date, s.stance AS stance, s.text AS text, about
ORDER BY date, text
""",
    doc="What one speaker said, with its stance and what it was about.",
)

BAN_EVIDENCE = statement(
    "guide.ban_evidence",
    """
MATCH (b:Ban)-[:IMPOSED_BY]->(:Entity {id: $imposer})
MATCH (b)-[:TARGETS]->(:Entity {id: $target})
MATCH p = (b)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM_DOCUMENT]->(d:Document)
RETURN p, ev.sentence AS sentence, d.title AS document, d.published AS published
ORDER BY published, document
""",
    doc="The sentences (and their articles) that support the ban one imposer placed on one target.",
)

PATH = statement(
    "guide.path",
    f"""
MATCH (a:Entity {{id: $source}})
MATCH (b:Entity {{id: $destination}})
MATCH p = shortestPath((a)-[:{_FACT_RELS}*..10]-(b))
RETURN p
""",
    doc="The shortest chain of facts (bans, follows, statements, roles) between two entities.",
)

TIKTOK = "product/tiktok"

GUIDE_QUERIES: tuple[GuideQuery, ...] = (
    GuideQuery(
        BANS_BY_DATE,
        "Bans by date",
        "Each ban is a node of its own, so dates, scope, status and evidence attach to it. "
        "Dates are ISO strings at the precision the article gave (2023, 2023-03, 2023-03-16).",
    ),
    GuideQuery(
        FOLLOWS_FOR_TARGET,
        "Who followed whom for TikTok",
        "A Follow is explicit when an article says one government followed another, and derived when two "
        "bans with the same target and scope are dated; derived follows carry the lag in days.",
        {"target": TIKTOK},
    ),
    GuideQuery(
        STATEMENTS_BY_SPEAKER,
        "What TikTok said",
        "Statements have a speaker, a stance (supports_ban, opposes_ban, denies_allegation, neutral) "
        "and what they were about: a ban or an entity.",
        {"speaker": TIKTOK},
    ),
    GuideQuery(
        BAN_EVIDENCE,
        "The evidence of one ban",
        "Nothing enters the graph without evidence: every ban links to the sentences it was read from, "
        "and each sentence to its article. Click an Evidence node to read the sentence.",
        {"imposer": "jurisdiction/united-kingdom", "target": TIKTOK},
    ),
    GuideQuery(
        PATH,
        "A path between two entities",
        "How is Texas connected to the United Kingdom? Through the facts only: evidence and documents are "
        "left out of the path, so two entities are not linked just because one article names both.",
        {"source": "jurisdiction/texas", "destination": "jurisdiction/united-kingdom"},
    ),
)

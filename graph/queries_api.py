"""Read statements behind the GraphQL API (api/gql).

Why generated from the model: GraphQL resolvers walk relationships one level
at a time, and each level must cost one statement whatever the number of
parent rows (no N+1). So every relationship of ``schema/model.yaml`` gets, for
each direction and each anchor label, one batched ``UNWIND $ids`` statement.
Cypher cannot parameterise labels, relationship types or path bounds, so those
come from the model (constants), never from a request; every value a request
carries reaches Cypher as a ``$parameter``.

Row shape of the batched statements: ``key`` (the id asked for), ``node`` (the
related node's properties) and ``labels``.
"""

from __future__ import annotations

from graph.catalog import statement
from schema import ENTITY_LABEL, MODEL

# -- nodes by id ---------------------------------------------------------------

NODE_LABELS = [ENTITY_LABEL] + [n.label for n in MODEL.nodes.values() if not n.entity]


def _nodes_by_id(label: str):
    return statement(
        f"api.nodes.{label}",
        f"""
        UNWIND $ids AS key
        MATCH (n:{label} {{id: key}})
        RETURN key, n AS node, labels(n) AS labels
        """,
        doc=f"{label} nodes by id (batched)",
    )


NODES_BY_ID = {label: _nodes_by_id(label) for label in NODE_LABELS}


# -- relationships, both directions, per anchor label --------------------------


def rel_statement_name(rel_type: str, direction: str, anchor: str) -> str:
    """``api.rel.TARGETS.out.Ban``: the related nodes of anchors with label ``anchor``."""
    return f"api.rel.{rel_type}.{direction}.{anchor}"


def _anchor_labels(ends: tuple[str, ...]) -> list[str]:
    """Entity kinds are anchored on the shared ``Entity`` label (one statement, indexed id)."""
    out = []
    for end in ends:
        label = ENTITY_LABEL if end == ENTITY_LABEL or MODEL.nodes[end].entity else end
        if label not in out:
            out.append(label)
    return out


def _ends(node: str, carried: str = "") -> str:
    """The RETURN of rows of nodes ``n`` (with ``carried`` columns first), bringing along what the
    next level asks for, by the node's label: a ban's imposer and targets (targets in id order),
    an evidence's document. One statement and one consistent read instead of two or three."""
    keep = f"{carried}, " if carried else ""
    if node == "Ban":
        return f"""
                OPTIONAL MATCH (n)-[:IMPOSED_BY]->(i:Entity)
                WITH {keep}n, i
                OPTIONAL MATCH (n)-[:TARGETS]->(t:Entity)
                WITH {keep}n, i, t ORDER BY t.id
                WITH {keep}n, i, collect(t) AS targets
                RETURN {keep}n AS node, labels(n) AS labels, i AS imposer, labels(i) AS imposerLabels,
                       targets, [x IN targets | labels(x)] AS targetLabels"""
    if node == "Evidence":
        return f"""
                OPTIONAL MATCH (n)-[:FROM_DOCUMENT]->(d:Document)
                RETURN {keep}n AS node, labels(n) AS labels, d AS document, labels(d) AS documentLabels"""
    return f"""
                RETURN {keep}n AS node, labels(n) AS labels"""


def _rel_statement(rel, direction: str, anchor: str, ends: tuple[str, ...]) -> tuple[str, object]:
    name = rel_statement_name(rel.type, direction, anchor)
    arrow = f"-[:{rel.type}]->" if direction == "out" else f"<-[:{rel.type}]-"
    # A relationship whose other end is always a ban (or evidence) brings that node's own ends along.
    returns = _ends(ends[0] if len(ends) == 1 else "", carried="key")
    cypher = f"""
                UNWIND $ids AS key
                MATCH (a:{anchor} {{id: key}})
                CALL (a) {{
                  MATCH (a){arrow}(n)
                  RETURN n ORDER BY n.id SKIP $skip LIMIT $limit
                }}{returns}
                ORDER BY key, n.id
                """
    label = rel.name if direction == "out" else rel.reverse
    return name, statement(name, cypher, doc=f"{label} of {anchor} (batched; at most $limit per key, in id order)")


def _rel_statements():
    out = {}
    for rel in MODEL.relationships.values():
        for anchor in _anchor_labels(rel.sources):
            name, stmt = _rel_statement(rel, "out", anchor, rel.targets)
            out[name] = stmt
        for anchor in _anchor_labels(rel.targets):
            name, stmt = _rel_statement(rel, "in", anchor, rel.sources)
            out[name] = stmt
    return out


REL_STATEMENTS = _rel_statements()

# -- top-level lists -------------------------------------------------------------
# Filters are optional parameters (``$x IS NULL OR …``); entity references are
# resolved to ids first (RESOLVE_ENTITY), so the lists match on indexed ids.

RESOLVE_ENTITY = statement(
    "api.resolve_entity",
    """
    MATCH (e:Entity)
    WHERE e.id = $ref OR toLower(e.name) = toLower($ref)
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($ref))
    RETURN e.id AS id
    ORDER BY id
    """,
    doc="entity ids for an id, a name or an alias (case-insensitive)",
)

_ENTITY_WHERE = """
    MATCH (e:Entity)
    WHERE ($kind IS NULL OR $kind IN labels(e))
      AND ($search IS NULL OR toLower(e.name) CONTAINS toLower($search)
           OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS toLower($search)))
"""
ENTITIES = statement(
    "api.entities",
    _ENTITY_WHERE + "RETURN e AS node, labels(e) AS labels ORDER BY e.id SKIP $skip LIMIT $limit",
)
ENTITIES_COUNT = statement("api.entities.count", _ENTITY_WHERE + "RETURN count(e) AS n")

# Bans and follows filtered by an entity start from that entity (unique id index) and walk its
# relationships; written as one `MATCH (b:Ban) WHERE $x IS NULL OR EXISTS {…}` the store scans every
# ban (~0.5 s on 1M relationships). So each list has one statement per anchor, chosen in Python by
# which filters are present (`ban_anchor`, `follow_anchor`); results, order and paging are the same.
BAN_ANCHORS = ("all", "imposer", "target")


def ban_anchor(imposed_by: list[str] | None, target: list[str] | None) -> str:
    """Which ``BANS`` variant serves these filters: the imposer when given, else the target, else all."""
    if imposed_by is not None:
        return "imposer"
    if target is not None:
        return "target"
    return "all"


_BAN_MATCH = {
    "all": """
    MATCH (b:Ban)
    WHERE ($imposedBy IS NULL OR EXISTS { MATCH (b)-[:IMPOSED_BY]->(i:Entity) WHERE i.id IN $imposedBy })
      AND ($target IS NULL OR EXISTS { MATCH (b)-[:TARGETS]->(t:Entity) WHERE t.id IN $target })
""",
    "imposer": """
    UNWIND $imposedBy AS imposerId
    MATCH (i:Entity {id: imposerId})
    MATCH (i)<-[:IMPOSED_BY]-(b:Ban)
    WITH DISTINCT b
    WHERE ($target IS NULL OR EXISTS { MATCH (b)-[:TARGETS]->(t:Entity) WHERE t.id IN $target })
""",
    "target": """
    UNWIND $target AS targetId
    MATCH (t:Entity {id: targetId})
    MATCH (t)<-[:TARGETS]-(b:Ban)
    WITH DISTINCT b
    WHERE true
""",
}
# `to` compares at its own precision: to "2023-03" keeps a ban announced "2023-03-16".
# `$scope` / `$status` are lists of stored values (any of them), or null for no filter.
_BAN_DATES = """
      AND ($from IS NULL OR (b.announced IS NOT NULL AND b.announced >= $from))
      AND ($to IS NULL OR (b.announced IS NOT NULL AND substring(b.announced, 0, size($to)) <= $to))
      AND ($scope IS NULL OR b.scope IN $scope)
      AND ($status IS NULL OR b.status IN $status)
"""
# Sort keys of a ban `{v}`: applied to the bans (`n`) when cutting the page, then to the rows (`node`).
BAN_ORDERS = {
    "ID": "ORDER BY {v}.id",
    "ANNOUNCED_ASC": "ORDER BY coalesce({v}.announced, '9999') ASC, {v}.id ASC",
    "ANNOUNCED_DESC": "ORDER BY coalesce({v}.announced, '') DESC, {v}.id ASC",
}


def _ban_name(anchor: str, suffix: str) -> str:
    return f"api.bans.{suffix}" if anchor == "all" else f"api.bans.by_{anchor}.{suffix}"


# The page is cut before the nodes are returned (sorting whole rows costs more), then re-sorted.
# Each ban comes with its imposer and targets (targets in id order), the fields nearly every client
# asks for next: one statement and one consistent read instead of three (api/gql/query.py primes the
# loaders with them).
BANS = {
    (anchor, order): statement(
        _ban_name(anchor, order.lower()),
        _BAN_MATCH[anchor]
        + _BAN_DATES
        + f"WITH b AS n {clause.format(v='n')} SKIP $skip LIMIT $limit"
        + _ends("Ban")
        + "\n"
        + clause.format(v="node"),
    )
    for anchor in BAN_ANCHORS
    for order, clause in BAN_ORDERS.items()
}
BANS_COUNT = {
    anchor: statement(_ban_name(anchor, "count"), _BAN_MATCH[anchor] + _BAN_DATES + "RETURN count(b) AS n")
    for anchor in BAN_ANCHORS
}


def follow_anchor(target: list[str] | None) -> str:
    return "all" if target is None else "target"


# A follow is "for" a target when it names it, or when one of its bans targets it. Both sets are
# collected and joined without a subquery: ArcadeDB plans a `CALL { … UNION … }` here without the
# Follow.target index (~4x slower on the benchmark graph); the result is the same.
_FOLLOW_MATCH = {
    "all": """
    MATCH (f:Follow)
    WHERE ($explicit IS NULL OR f.explicit = $explicit)
""",
    "target": """
    UNWIND $target AS targetId
    OPTIONAL MATCH (t:Entity {id: targetId})
    OPTIONAL MATCH (t)<-[:TARGETS]-(b:Ban)
    OPTIONAL MATCH (b)<-[:FOLLOWER_BAN|FOLLOWED_BAN]-(viaBan:Follow)
    WITH targetId, collect(viaBan) AS viaBans
    OPTIONAL MATCH (named:Follow {target: targetId})
    WITH viaBans, collect(named) AS naming
    UNWIND viaBans + naming AS f
    WITH DISTINCT f
    WHERE ($explicit IS NULL OR f.explicit = $explicit)
""",
}
# The two ends come with the page, in the same statement: derived follows are recomputed on every
# ingest, so a follow read here may be gone by the time a second statement asks for its ends.
FOLLOWS = {
    anchor: statement(
        "api.follows" if anchor == "all" else f"api.follows.by_{anchor}",
        match
        + """
    WITH f ORDER BY f.id SKIP $skip LIMIT $limit
    OPTIONAL MATCH (f)-[:FOLLOWER]->(a:Entity)
    OPTIONAL MATCH (f)-[:FOLLOWED]->(b:Entity)
    RETURN f AS node, labels(f) AS labels, a AS follower, labels(a) AS followerLabels,
           b AS followed, labels(b) AS followedLabels
    ORDER BY f.id
    """,
    )
    for anchor, match in _FOLLOW_MATCH.items()
}
FOLLOWS_COUNT = {
    anchor: statement(
        "api.follows.count" if anchor == "all" else f"api.follows.by_{anchor}.count",
        match + "RETURN count(f) AS n",
    )
    for anchor, match in _FOLLOW_MATCH.items()
}

_STATEMENT_WHERE = """
    MATCH (s:Statement)
    WHERE ($speaker IS NULL OR EXISTS { MATCH (s)-[:SPOKEN_BY]->(p:Entity) WHERE p.id IN $speaker })
      AND ($stance IS NULL OR s.stance IN $stance)
"""
STATEMENTS = statement(
    "api.statements",
    _STATEMENT_WHERE
    + "RETURN s AS node, labels(s) AS labels ORDER BY coalesce(s.date, '9999'), s.id SKIP $skip LIMIT $limit",
)
STATEMENTS_COUNT = statement("api.statements.count", _STATEMENT_WHERE + "RETURN count(s) AS n")

DOCUMENTS = statement(
    "api.documents",
    "MATCH (d:Document) RETURN d AS node, labels(d) AS labels ORDER BY d.id SKIP $skip LIMIT $limit",
)
DOCUMENTS_COUNT = statement("api.documents.count", "MATCH (d:Document) RETURN count(d) AS n")

# -- the questions users ask next -----------------------------------------------

TIMELINE = statement(
    "api.timeline",
    """
    MATCH (b:Ban)-[:TARGETS]->(t:Entity) WHERE t.id IN $target
    RETURN DISTINCT b AS node, labels(b) AS labels, b.announced AS date
    UNION
    MATCH (s:Statement)-[:ABOUT]->(t:Entity) WHERE t.id IN $target
    RETURN DISTINCT s AS node, labels(s) AS labels, s.date AS date
    UNION
    MATCH (s:Statement)-[:ABOUT]->(:Ban)-[:TARGETS]->(t:Entity) WHERE t.id IN $target
    RETURN DISTINCT s AS node, labels(s) AS labels, s.date AS date
    """,
    doc="bans against a target and statements about it or its bans",
)

STATS = statement(
    "api.stats",
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
)

# Paths run over the domain relationships only: provenance (EVIDENCED_BY,
# FROM_DOCUMENT) would connect everything mentioned in the same article.
PATH_RELATIONSHIPS = [r for r in MODEL.relationships if r not in ("EVIDENCED_BY", "FROM_DOCUMENT")]
MAX_PATH_HOPS = 10


def path_statement_name(hops: int) -> str:
    return f"api.path.{hops}"


PATHS = {
    hops: statement(
        path_statement_name(hops),
        f"""
        MATCH (a:{ENTITY_LABEL} {{id: $from}})
        WITH a
        MATCH (b:{ENTITY_LABEL} {{id: $to}})
        MATCH p = shortestPath((a)-[:{"|".join(PATH_RELATIONSHIPS)}*..{hops}]-(b))
        RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | labels(n)] AS labels,
               [r IN relationships(p) | type(r)] AS types,
               [r IN relationships(p) | startNode(r).id] AS starts
        LIMIT 1
        """,
        doc=f"shortest connection of at most {hops} relationships",
    )
    for hops in range(1, MAX_PATH_HOPS + 1)
}

"""The GraphQL schema in-process against a real embedded store (``store`` fixture) with hand-built facts.

Expected values are computed from the facts written (tests/factories.py), not
copied from output.
"""

from __future__ import annotations

import asyncio

import pytest
from factories import make_facts, make_follow

from api.gql import make_context, schema
from api.gql.pagination import encode_cursor
from loaders.model import entity_id

UK, NZ, CA = "United Kingdom", "New Zealand", "Canada"
DATES = {UK: "2023-03-16", NZ: "2023-03-17", CA: "2023-02-27"}


def run(store, query: str, variables: dict | None = None, can_write: bool = False) -> dict:
    result = asyncio.run(
        schema.execute(query, variable_values=variables, context_value=make_context(store, can_write=can_write))
    )
    out = {"data": result.data}
    if result.errors:
        out["errors"] = [e.formatted for e in result.errors]
    return out


def ok(store, query: str, variables: dict | None = None) -> dict:
    out = run(store, query, variables)
    assert "errors" not in out, out["errors"]
    return out["data"]


@pytest.fixture
def graph(store):
    """Three TikTok bans (UK, NZ, Canada); NZ explicitly follows the UK."""
    facts = {name: make_facts(f"doc-{i}", name, "TikTok", DATES[name]) for i, name in enumerate((UK, NZ, CA))}
    make_follow(facts[NZ], UK)
    for f in facts.values():
        store.write_document(f)
    store.refresh_derived_follows()
    return store, facts


def test_nested_query_costs_one_statement_per_level(graph):
    store, facts = graph
    query = """{ bans(first: 10) { nodes { id imposedBy { name } targets { name }
                 evidence { sentence document { id title } } } } }"""
    before = store.statement_count
    data = ok(store, query)
    sent = store.statement_count - before
    bans = data["bans"]["nodes"]
    assert len(bans) == 3
    # levels: bans (their imposers and targets come along), evidence (its documents come along)
    # -> 2 statements whatever the number of rows
    assert sent == 2, sent
    for b in bans:
        assert b["evidence"] and all(e["document"]["id"].startswith("doc-") for e in b["evidence"])

    # twice the rows, same number of statements
    extra = make_facts("doc-x", "Australia", "TikTok", "2023-04-04")
    store.write_document(extra)
    before = store.statement_count
    assert len(ok(store, query)["bans"]["nodes"]) == 4
    assert store.statement_count - before == sent


def test_bans_filters_and_order(graph):
    store, facts = graph
    data = ok(store, '{ bans(from: "2023-03", to: "2023-03") { totalCount nodes { announced imposedBy { name } } } }')
    march = sorted(name for name, d in DATES.items() if d.startswith("2023-03"))
    assert sorted(b["imposedBy"]["name"] for b in data["bans"]["nodes"]) == march
    assert data["bans"]["totalCount"] == len(march)

    desc = ok(store, "{ bans(orderBy: ANNOUNCED_DESC) { nodes { announced } } }")["bans"]["nodes"]
    assert [b["announced"] for b in desc] == sorted(DATES.values(), reverse=True)

    # imposedBy by name (any case), by alias and by id give the same ban
    for ref in ("united kingdom", entity_id("Jurisdiction", UK)):
        got = ok(store, "query($r: String) { bans(imposedBy: $r) { nodes { id scope status } } }", {"r": ref})
        assert [b["id"] for b in got["bans"]["nodes"]] == [facts[UK].bans[0].id]
        assert got["bans"]["nodes"][0]["scope"] == "GOVERNMENT_DEVICES"
        assert got["bans"]["nodes"][0]["status"] == "IN_FORCE"
    assert ok(store, '{ bans(target: "nowhere") { totalCount } }')["bans"]["totalCount"] == 0


def test_pagination_walks_every_item_once(graph):
    store, _ = graph
    seen, after = [], None
    while True:
        page = ok(
            store,
            "query($a: String) { entities(first: 2, after: $a) { totalCount "
            "pageInfo { hasNextPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }",
            {"a": after},
        )["entities"]
        assert [e["node"]["id"] for e in page["edges"]] == [n["id"] for n in page["nodes"]]
        cursors = [e["cursor"] for e in page["edges"]]
        assert [page["pageInfo"]["startCursor"], page["pageInfo"]["endCursor"]] == [cursors[0], cursors[-1]]
        after_first = ok(
            store, "query($a: String) { entities(first: 1, after: $a) { nodes { id } } }", {"a": cursors[0]}
        )
        # an edge's cursor continues right after its item
        assert [n["id"] for n in after_first["entities"]["nodes"]] == [n["id"] for n in page["nodes"]][1:2]
        seen += [n["id"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"]
    people = ok(store, "{ entities(kind: PERSON, first: 100) { nodes { kind name } } }")["entities"]["nodes"]
    assert people and {p["kind"] for p in people} == {"PERSON"}
    found = ok(store, '{ entities(search: "zealand") { nodes { name } } }')["entities"]["nodes"]
    assert {n["name"] for n in found} == {NZ, f"Minister of {NZ}"}  # substring of name or alias


def test_entity_relationships_and_follows(graph):
    store, facts = graph
    nz = entity_id("Jurisdiction", NZ)
    data = ok(
        store,
        """query($id: ID!) { entity(id: $id) { name kind ... on Jurisdiction {
             bansImposed { announced } followed { explicit lagDays followed { name } target { name } evidence { sentence } }
             followedBy { follower { name } } } } }""",
        {"id": nz},
    )["entity"]
    assert data["kind"] == "JURISDICTION"
    assert [b["announced"] for b in data["bansImposed"]] == [DATES[NZ]]
    explicit = [f for f in data["followed"] if f["explicit"]]
    assert [f["followed"]["name"] for f in explicit] == [UK]
    assert explicit[0]["target"]["name"] == "TikTok" and explicit[0]["evidence"]
    derived = [f for f in data["followed"] if not f["explicit"]]
    # NZ announced after Canada: derived follow with the day difference as lag
    assert [(f["followed"]["name"], f["lagDays"]) for f in derived] == [(CA, 18)]

    before = store.statement_count
    listed = ok(store, "{ follows(first: 10) { nodes { explicit follower { name } followed { name } } } }")
    assert store.statement_count - before == 1  # the ends come with the page (one consistent read)
    assert {(f["follower"]["name"], f["followed"]["name"]) for f in listed["follows"]["nodes"] if f["explicit"]} == {
        (NZ, UK)
    }
    only_explicit = ok(
        store, '{ follows(target: "TikTok", explicit: true) { totalCount nodes { follower { name } } } }'
    )
    assert [n["follower"]["name"] for n in only_explicit["follows"]["nodes"]] == [NZ]
    # a follow is "for" a target through its bans too; the same follow is listed once
    every = ok(store, '{ follows(target: "TikTok") { totalCount nodes { id } } }')["follows"]
    ids = [n["id"] for n in every["nodes"]]
    assert every["totalCount"] == len(ids) == len(set(ids)) == len(listed["follows"]["nodes"])
    for nowhere in ("Nowhere App", entity_id("Product", "Nowhere App")):
        none = ok(store, "query($t: String) { follows(target: $t) { totalCount nodes { id } } }", {"t": nowhere})
        assert none["follows"] == {"totalCount": 0, "nodes": []}
    person = ok(
        store,
        '{ entities(kind: PERSON, search: "Minister of Canada") { nodes { ... on Person { roles { title organisation { name } } } } } }',
    )
    assert person["entities"]["nodes"][0]["roles"] == [{"title": "Minister", "organisation": {"name": CA}}]


def test_path_timeline_network_stats(graph):
    store, facts = graph
    path = ok(
        store,
        '{ path(from: "jurisdiction/new-zealand", to: "jurisdiction/united-kingdom") { length '
        "nodes { __typename ... on Entity { id } ... on Follow { explicit evidence { sentence } } } "
        "relationships { type start end } } }",
    )["path"]
    assert path["length"] == len(path["relationships"]) == len(path["nodes"]) - 1
    assert path["nodes"][0]["id"] == entity_id("Jurisdiction", NZ)
    assert path["nodes"][-1]["id"] == entity_id("Jurisdiction", UK)
    assert all(n.get("evidence") for n in path["nodes"][1:-1])
    no_path = ok(
        store, '{ path(from: "jurisdiction/new-zealand", to: "jurisdiction/united-kingdom", maxHops: 1) { length } }'
    )
    assert no_path["path"] is None

    timeline = ok(store, '{ timeline(target: "TikTok") { date event { __typename } } }')["timeline"]
    ban_dates = [e["date"] for e in timeline if e["event"]["__typename"] == "Ban"]
    assert ban_dates == sorted(DATES.values())

    net = ok(store, '{ followNetwork(target: "tiktok") { nodes { name } edges { explicit lagDays } } }')
    assert {n["name"] for n in net["followNetwork"]["nodes"]} == {UK, NZ, CA}
    assert any(e["explicit"] for e in net["followNetwork"]["edges"])

    stats = ok(store, "{ stats { bans documents entitiesByKind { kind count } } }")["stats"]
    assert stats["bans"] == 3 and stats["documents"] == 3
    assert {k["kind"]: k["count"] for k in stats["entitiesByKind"]}["JURISDICTION"] == 3


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("{ bans(first: 101) { totalCount } }", "`first` must be between 0 and 100"),
        ('{ bans(after: "bogus") { totalCount } }', "not a cursor"),
        ('{ bans(from: "March 2023") { totalCount } }', "ISO date"),
        ('{ path(from: "a/b", to: "c/d", maxHops: 50) { length } }', "maxHops"),
        ("{ " + " ".join(f"a{i}: stats {{ bans }}" for i in range(16)) + " }", "aliases"),
        ("{ entities { nodes " + "{ bansImposed { targets " * 5 + "{ name }" + " } }" * 5 + " } }", "depth"),
        ("{ bans(first: 100) { nodes { targets { bansSuffered { targets { bansSuffered { id } } } } } } }", "cost"),
        ("{ bans { nodes { imposedBi { name } } } }", "Cannot query field"),
    ],
)  # fmt: skip
def test_limits_and_bad_input_give_clear_errors(graph, query, fragment):
    store, _ = graph
    out = run(store, query)
    assert out.get("errors"), out
    assert fragment in out["errors"][0]["message"], out["errors"][0]["message"]


def test_field_suggestions_are_off(graph):
    out = run(graph[0], "{ bans { nodes { announce } } }")
    assert "Did you mean" not in out["errors"][0]["message"]


def test_tokens_limit(graph):
    query = "{ stats { " + " ".join(["bans"] * 2100) + " } }"
    out = run(graph[0], query)
    assert "token" in out["errors"][0]["message"].lower()


def test_ingest_needs_write_permission(store):
    out = run(store, 'mutation { ingest(documents: [{text: "Canada banned TikTok."}]) { ingested } }')
    assert "API key" in out["errors"][0]["message"]
    assert store.counts().get("Document", 0) == 0


def test_relationship_lists_are_bounded_pages_in_id_order(store):
    """A hub's relationship list holds at most the page size limit; `first`/`offset` page through it."""
    from api.gql.limits import Limits
    from api.gql.schema import build_schema

    apps = [f"App {i:02d}" for i in range(7)]
    for i, app in enumerate(apps):
        store.write_document(make_facts(f"hub-{i}", UK, app, f"2023-03-{i + 1:02d}"))
    all_ids = sorted(f.bans[0].id for f in (make_facts(f"hub-{i}", UK, a, None) for i, a in enumerate(apps)))
    small = build_schema(Limits(max_page_size=3))

    def run_small(query: str, variables: dict | None = None) -> dict:
        result = asyncio.run(small.execute(query, variable_values=variables, context_value=make_context(store)))
        return {"data": result.data, "errors": [e.formatted for e in result.errors or []]}

    uk = entity_id("Jurisdiction", UK)
    q = "query($id: ID!, $f: Int, $o: Int! = 0) { entity(id: $id) { bansImposed(first: $f, offset: $o) { id } } }"
    default = run_small(q, {"id": uk})
    assert not default["errors"]
    assert [b["id"] for b in default["data"]["entity"]["bansImposed"]] == all_ids[:3]  # the limit, in id order
    pages = [run_small(q, {"id": uk, "f": 2, "o": o})["data"]["entity"]["bansImposed"] for o in range(0, 8, 2)]
    assert [b["id"] for page in pages for b in page] == all_ids  # every ban once, in order
    too_many = run_small(q, {"id": uk, "f": 4})
    assert too_many["errors"] and "`first` must be between 0 and 3" in too_many["errors"][0]["message"]
    negative = run_small(q, {"id": uk, "f": 1, "o": -1})
    assert negative["errors"] and "`offset`" in negative["errors"][0]["message"]
    # the full schema's default (100) returns all seven
    assert len(ok(store, q, {"id": uk})["entity"]["bansImposed"]) == len(apps)


def test_total_count_is_read_only_when_the_page_does_not_tell_it(graph):
    """A page that ends the list gives the total itself (the items skipped + those on it); a count
    statement is sent only when more items follow or an `after` cursor lies past the end."""
    store, facts = graph
    total = sum(len(f.bans) for f in facts.values())

    def sent(query: str) -> tuple[int, dict]:
        before = store.statement_count
        data = ok(store, query)
        return store.statement_count - before, data["bans"]

    def cursor(offset: int) -> str:
        return encode_cursor(offset)

    n, page = sent("{ bans(first: 100) { totalCount nodes { id } } }")  # the whole list on one page
    assert (n, page["totalCount"], len(page["nodes"])) == (1, total, total)
    n, page = sent("{ bans(first: 1) { totalCount nodes { id } } }")  # more follow: counted
    assert (n, page["totalCount"], len(page["nodes"])) == (2, total, 1)
    n, page = sent(
        f'{{ bans(first: 100, after: "{cursor(0)}") {{ ...C }} }} fragment C on BanConnection {{ totalCount nodes {{ id }} }}'
    )
    assert (n, page["totalCount"], len(page["nodes"])) == (1, total, total - 1)  # the last page, past one skipped
    n, page = sent(f'{{ bans(first: 5, after: "{cursor(total + 3)}") {{ totalCount nodes {{ id }} }} }}')
    assert (n, page["totalCount"], page["nodes"]) == (2, total, [])  # past the end: the page cannot tell
    n, page = sent("{ bans(first: 0) { totalCount } }")
    assert (n, page["totalCount"]) == (2, total)  # an empty first page may hide items: counted
    n, _ = sent("{ bans(first: 1) { nodes { id } } }")
    assert n == 1  # no count asked, none sent


def test_bans_and_evidence_bring_their_ends_at_every_level(graph):
    """A ban reached through a relationship brings its imposer and targets; evidence its document."""
    store, facts = graph
    query = """query($id: ID!) { entity(id: $id) { name ... on Jurisdiction { bansImposed {
                 imposedBy { name } targets { name } evidence { start document { id } } } } } }"""
    before = store.statement_count
    data = ok(store, query, {"id": entity_id("Jurisdiction", UK)})["entity"]
    assert store.statement_count - before == 3  # entity, its bans (+ ends), their evidence (+ documents)
    ban = facts[UK].bans[0]
    assert [b["imposedBy"]["name"] for b in data["bansImposed"]] == [UK]
    assert [t["name"] for t in data["bansImposed"][0]["targets"]] == ["TikTok"]
    assert len(data["bansImposed"][0]["evidence"]) == len(ban.evidence)
    assert {e["document"]["id"] for e in data["bansImposed"][0]["evidence"]} == {facts[UK].document.id}


def test_bans_filter_by_scope_and_status_and_statements_by_stance(store):
    scopes = {UK: "government_devices", NZ: "legislature_devices", CA: "government_devices"}
    facts = {
        name: make_facts(f"doc-{i}", name, "TikTok", DATES[name], scope=scopes[name]) for i, name in enumerate(scopes)
    }
    facts[CA].bans[0].status = "advisory"
    facts[CA].statements[0].stance = "supports_ban"
    for f in facts.values():
        store.write_document(f)

    def imposers(query: str, variables: dict | None = None) -> list[str]:
        nodes = ok(store, query, variables)["bans"]["nodes"]
        return sorted(b["imposedBy"]["name"] for b in nodes)

    by_scope = "query($s: [BanScope!]) { bans(scope: $s) { totalCount nodes { imposedBy { name } } } }"
    assert imposers(by_scope, {"s": ["GOVERNMENT_DEVICES"]}) == sorted(
        n for n, s in scopes.items() if s == "government_devices"
    )
    assert imposers(by_scope, {"s": ["GOVERNMENT_DEVICES", "LEGISLATURE_DEVICES"]}) == sorted(scopes)
    assert imposers(by_scope, {"s": None}) == sorted(scopes)
    # one value where a list is expected (GraphQL input coercion), combined with a target and a status
    assert imposers(
        '{ bans(target: "TikTok", scope: GOVERNMENT_DEVICES, status: IN_FORCE) { nodes { imposedBy { name } } } }'
    ) == [UK]
    assert imposers('{ bans(imposedBy: "Canada", status: [ADVISORY]) { nodes { imposedBy { name } } } }') == [CA]
    assert ok(store, "{ bans(status: PROPOSED) { totalCount } }")["bans"]["totalCount"] == 0

    speakers = ok(store, "{ statements(stance: SUPPORTS_BAN) { totalCount nodes { stance } } }")["statements"]
    assert speakers["totalCount"] == 1 and speakers["nodes"] == [{"stance": "SUPPORTS_BAN"}]
    assert (
        ok(store, "{ statements(stance: [OPPOSES_BAN, SUPPORTS_BAN]) { totalCount } }")["statements"]["totalCount"] == 3
    )
    bad = run(store, "{ bans(scope: EVERYWHERE) { totalCount } }")
    assert "EVERYWHERE" in bad["errors"][0]["message"]

"""The planned executor (api/gql/fastexec.py) answers exactly as graphql-core's standard one.

Each query runs twice on the dev corpus: through the API's schema (planned) and through the same
schema built with ``planned=False``; data and errors must be equal. The queries are hand-written
(fragments, aliases, abstract types, arguments, errors, directives) and generated at random from the
schema itself. STATS tells which path ran, so a plan that silently always fell back would fail here.
"""

from __future__ import annotations

import asyncio
import itertools
import random

import pytest
from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLUnionType,
    get_introspection_query,
    get_named_type,
    is_leaf_type,
)

from api.gql import make_context, schema
from api.gql.fastexec import STATS
from api.gql.limits import TIMEOUT_CODE, Limits
from api.gql.schema import build_schema

pytestmark = pytest.mark.slow

STANDARD = build_schema(planned=False)
# generated queries alias freely and nest lists: limits that let them run
LOOSE = Limits(max_aliases=1000, max_cost=10**7, max_tokens=10**5)
PLANNED_LOOSE, STANDARD_LOOSE = build_schema(LOOSE), build_schema(LOOSE, planned=False)


def run(which, store, query: str, variables: dict | None = None) -> dict:
    result = asyncio.run(which.execute(query, variable_values=variables, context_value=make_context(store)))
    return {"data": result.data, "errors": [e.formatted for e in result.errors or []]}


def both(store, query: str, variables: dict | None = None, schemas=(schema, STANDARD)) -> tuple[dict, str]:
    """The planned answer, checked equal to the standard one, and which path the planned schema took."""
    before = STATS.copy()
    planned = run(schemas[0], store, query, variables)
    path = next((k for k in ("planned", "fallback", "standard") if STATS[k] > before[k]), None)
    assert path is not None, planned["errors"]  # not executed at all: the query itself is wrong
    standard = run(schemas[1], store, query, variables)
    assert planned == standard, query
    return planned, path


def some_ids(store, label_query: str) -> list[str]:
    data = run(STANDARD, store, label_query)["data"]
    field = next(iter(data))
    return [n["id"] for n in data[field]["nodes"]]


def test_the_benchmark_questions_are_planned_and_equal(corpus_store):
    imposer = run(STANDARD, corpus_store, "{ bans(first: 1) { nodes { imposedBy { id } } } }")["data"]["bans"]["nodes"]
    entity_id = imposer[0]["imposedBy"]["id"]
    questions = [
        (
            """query Q($x: String!) { bans(first: 20, imposedBy: $x) { totalCount nodes {
                 id status scope announced imposedBy { id name } targets { id name } } } }""",
            {"x": entity_id},
        ),
        (
            """query Q($x: String!) { follows(first: 20, target: $x) { totalCount nodes {
                 explicit lagDays follower { id name } followed { id name } } } }""",
            {"x": "TikTok"},
        ),
        (
            """query Q($x: ID!) { entity(id: $x) { id name kind bansImposed {
                 id status announced targets { id name }
                 evidence { sentence start end document { id title published } } } } }""",
            {"x": entity_id},
        ),
    ]
    for query, variables in questions:
        answer, path = both(corpus_store, query, variables)
        assert path == "planned"
        assert not answer["errors"] and answer["data"]


HAND_WRITTEN = [
    # aliases, the same field twice (merged), __typename at every level
    """{ a: bans(first: 3) { nodes { id __typename s: status imposedBy { __typename name } } }
         b: bans(first: 3) { nodes { id imposedBy { id } imposedBy { name kind } } } __typename }""",
    # fragments: named, inline on the interface and on concrete types, nested
    """fragment E on Entity { id name ... on Person { roles { title organisation { name } } } }
       fragment B on Ban { id status targets { ...E } }
       { bans(first: 5) { nodes { ...B imposedBy { ...E ... on Jurisdiction { aliases } } } } }""",
    # unions and interfaces in lists
    """{ statements(first: 5) { nodes { id stance speaker { name } about { __typename
         ... on Ban { id status } ... on Entity { name } } evidence { supports { __typename ... on Ban { id } } } } } }""",
    # relationship arguments, per level
    """{ entities(first: 5, kind: JURISDICTION) { totalCount nodes { name
         bansImposed(first: 2, offset: 1) { id targets(first: 1) { name } } } } }""",
    # non-planned roots and lists of scalars
    """{ stats { documents bans follows entitiesByKind { kind count } }
         timeline(target: "TikTok") { date event { __typename ... on Ban { id status } ... on Statement { stance } } } }""",
    """{ followNetwork(target: "TikTok") { nodes { id name } edges { explicit lagDays } } }""",
    # nothing found: null, empty lists
    """{ entity(id: "no/such/entity") { id name } bans(first: 2, imposedBy: "Atlantis") { totalCount nodes { id } } }""",
    """{ documents(first: 3) { nodes { id title published evidence(first: 2) { sentence start end } } } }""",
]


@pytest.mark.parametrize("query", HAND_WRITTEN)
def test_hand_written_queries_answer_as_the_standard_executor(corpus_store, query):
    answer, path = both(corpus_store, query)
    assert path == "planned", answer["errors"]
    assert not answer["errors"]


def test_introspection_answers_as_the_standard_executor(corpus_store):
    for query in (get_introspection_query(descriptions=True), '{ __type(name: "Ban") { name fields { name } } }'):
        answer, path = both(corpus_store, query, schemas=(PLANNED_LOOSE, STANDARD_LOOSE))
        assert path == "planned" and not answer["errors"]
        assert answer["data"]


def test_errors_fall_back_to_the_standard_answer(corpus_store):
    # a resolver refusing an argument: the standard executor reports it, with its path
    answer, path = both(corpus_store, "{ bans(first: 2) { nodes { id targets(offset: 200000) { name } } } }")
    assert path == "fallback"
    assert answer["errors"] and answer["errors"][0]["path"][:3] == ["bans", "nodes", 0]


def test_directives_take_the_standard_path(corpus_store):
    query = "query($on: Boolean!) { bans(first: 2) { nodes { id status @include(if: $on) } } }"
    for on in (True, False):
        answer, path = both(corpus_store, query, {"on": on})
        assert path == "standard"
        assert ("status" in answer["data"]["bans"]["nodes"][0]) is on


# -- random queries from the schema -------------------------------------------------------------

ROOTS = {
    "bans": "(first: {n})",
    "entities": "(first: {n})",
    "follows": "(first: {n})",
    "statements": "(first: {n})",
    "documents": "(first: {n})",
}


def _selection(rng: random.Random, gql_type, depth: int) -> str:
    named = get_named_type(gql_type)
    if is_leaf_type(named):
        return ""
    if isinstance(named, GraphQLUnionType | GraphQLInterfaceType):
        parts = ["__typename"]
        if isinstance(named, GraphQLInterfaceType):
            parts.append(_fields(rng, named, depth))
        for possible in rng.sample(list(schema._schema.get_possible_types(named)), k=2):
            parts.append(f"... on {possible.name} {{ {_fields(rng, possible, depth)} }}")
        return "{ " + " ".join(p for p in parts if p) + " }"
    return "{ " + _fields(rng, named, depth) + " }"


def _fields(rng: random.Random, gql_type: GraphQLObjectType | GraphQLInterfaceType, depth: int) -> str:
    leaves = [n for n, f in gql_type.fields.items() if is_leaf_type(get_named_type(f.type))]
    nested = [n for n, f in gql_type.fields.items() if not is_leaf_type(get_named_type(f.type)) and depth > 0]
    chosen = rng.sample(leaves, k=min(len(leaves), rng.randint(1, 3)))
    out = [f"{'x' + name + ': ' if rng.random() < 0.2 else ''}{name}" for name in chosen]
    for name in rng.sample(nested, k=min(len(nested), rng.randint(0, 2))):
        field = gql_type.fields[name]
        if any(isinstance(a.type, GraphQLNonNull) and a.default_value is None for a in field.args.values()):
            continue  # a required argument this generator cannot make up
        args = ""
        if "first" in field.args and isinstance(get_nullable(field.type), GraphQLList):
            args = f"(first: {rng.choice([1, 2, 3])}{', offset: 1' if rng.random() < 0.3 else ''})"
        alias = f"r{next(_ALIASES)}"  # fields of fragments side by side may not differ in arguments
        out.append(f"{alias}: {name}{args} {_selection(rng, field.type, depth - 1)}")
    return " ".join(out) or "__typename"


_ALIASES = itertools.count()


def get_nullable(gql_type):
    return gql_type.of_type if isinstance(gql_type, GraphQLNonNull) else gql_type


def test_random_queries_answer_as_the_standard_executor(corpus_store):
    rng = random.Random(20261205)
    root = schema._schema.query_type
    paths = []
    for _ in range(60):
        name = rng.choice(sorted(ROOTS))
        connection = get_named_type(root.fields[name].type)
        node_type = get_named_type(connection.fields["nodes"].type)
        query = (
            f"{{ {name}{ROOTS[name].format(n=rng.randint(1, 4))} {{ totalCount nodes "
            f"{_selection(rng, node_type, depth=3)} }} }}"
        )
        answer, path = both(corpus_store, query, schemas=(PLANNED_LOOSE, STANDARD_LOOSE))
        assert not answer["errors"], (query, answer["errors"])
        paths.append(path)
    assert paths.count("planned") >= 50, paths  # the plan is really used, not always abandoned


class SlowStore:
    """A store whose every read takes ``seconds``; records how many reads were cancelled."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.cancelled = 0

    async def aread(self, name: str, **params):
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return []


@pytest.mark.parametrize("planned", [True, False])
def test_a_query_over_the_time_limit_is_cut_short_with_a_timeout_error(planned):
    limited = build_schema(Limits(timeout_seconds=0.1), planned=planned)
    store = SlowStore(5)

    async def go():
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await limited.execute("{ bans(first: 2) { nodes { id } } }", context_value=make_context(store))
        return result, loop.time() - start

    result, took = asyncio.run(go())
    assert result.data is None
    assert [e.extensions.get("code") for e in result.errors] == [TIMEOUT_CODE]
    assert "0.1 s" in result.errors[0].message
    assert took < 2, took  # not the 5 s the read would take
    assert store.cancelled == 1  # the read itself was stopped


def test_remembered_enum_outputs_are_the_enum_types_own():
    """Every member of every enum the schema serves comes out as its type says, the first time and remembered."""
    from graphql import GraphQLEnumType

    from api.gql.fastexec import _ENUM_OUT, _coerce_leaf

    enum_types = [t for t in schema._schema.type_map.values() if isinstance(t, GraphQLEnumType) and t.name[:2] != "__"]
    members = [(leaf, m) for leaf in enum_types for m in getattr(leaf, "wrapped_cls", None) or []]
    assert len(members) > 20
    for leaf, member in members:
        expected = leaf.coerce_output_value(member)
        assert _coerce_leaf(leaf, member) == expected
        assert _ENUM_OUT[(leaf, type(member), member)] == expected
        assert _coerce_leaf(leaf, member) == expected


# -- the compiled plans (api/gql/fastexec.py _compile) ------------------------------------------

HOSTILE = """{ bans(first: 3) { nodes { __import__: id self: status source: announced out: __typename
    v: id k0: scope _Fallback: id pending: imposedBy { path: name k1: id } getattr: targets { _leaf: name } } } }"""


def test_aliases_that_look_like_the_generated_codes_own_names_change_nothing(corpus_store):
    answer, path = both(corpus_store, HOSTILE)
    assert path == "planned" and not answer["errors"]
    node = answer["data"]["bans"]["nodes"][0]
    assert list(node) == ["__import__", "self", "source", "out", "v", "k0", "_Fallback", "pending", "getattr"]
    assert node["__import__"] == node["v"] == node["_Fallback"] and node["out"] == "Ban"


def test_no_text_of_the_query_is_compiled():
    """Response keys reach the compiled functions as values, never as code: no alias is a name or a
    constant of their code objects."""
    from graphql import parse

    from api.gql.fastexec import operation_plan

    document = parse("""{ bans(first: 3) { nodes { zqz___import__: id zqz_self: status zqz_out: __typename
        zqz_pending: imposedBy { zqz_path: name } zqz_getattr: targets { zqz_leaf: name kind } } } }""")
    plan = operation_plan(schema._schema, document.definitions[0], {})
    plans, stack = [], [plan]
    while stack:
        p = stack.pop()
        plans.append(p)
        stack.extend(f._objects[t] for f in p.fields for t in f._objects)
    keys = {f.key for p in plans for f in p.fields}
    assert len(plans) >= 3 and {"zqz___import__", "zqz_pending", "zqz_getattr"} <= keys
    for p in plans:
        code = p.run.__code__
        texts = [*code.co_names, *code.co_varnames, *code.co_freevars, *map(str, code.co_consts)]
        assert not [t for t in texts if "zqz" in t], texts


class Tampered:
    """The corpus store with some node properties replaced in every row it answers (copies)."""

    def __init__(self, store, **props):
        self.store, self.props = store, props

    async def aread(self, name: str, **params):
        return [self._tamper(r) for r in await self.store.aread(name, **params)]

    def _tamper(self, value):
        if isinstance(value, dict):
            return {k: self.props[k] if k in self.props else self._tamper(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._tamper(v) for v in value]
        return value


# one root each: with two, which error graphql-core reports first depends on which read ends first
LEAVES = (
    "{ follows(first: 5) { nodes { id explicit lagDays follower { id name } } } }",
    "{ documents(first: 2) { nodes { id title evidence(first: 2) { sentence start end } } } }",
)


@pytest.mark.parametrize(
    "props, planned",
    [
        ({"lagDays": 2**31 - 1, "start": -(2**31)}, True),  # the ends of Int's range: output unchanged
        ({"lagDays": 2**31}, False),  # past them: graphql-core's error, with its path
        ({"start": 2**40}, False),
        ({"lagDays": 3.0, "explicit": 1}, True),  # coerced as graphql-core does (3, true)
        ({"lagDays": 2.5}, False),
        ({"lagDays": True}, True),  # a bool for an Int: 1
        ({"name": 12, "title": None}, True),  # an int for a String: "12"; a null for a nullable leaf
        ({"id": None}, False),  # a null for a non-null leaf
    ],
)
def test_leaves_of_unusual_values_answer_as_the_standard_executor(corpus_store, props, planned):
    paths = []
    for query in LEAVES:
        answer, path = both(Tampered(corpus_store, **props), query)
        paths.append(path)
        assert bool(answer["errors"]) is (path == "fallback")
    assert ("fallback" not in paths) is planned, paths


def test_compiled_leaves_output_what_the_leaf_types_do():
    """The compiled shortcuts (a str, an Int in range, an enum member by id) against the types' own
    output coercion; a value they cannot represent, or a null for a non-null leaf, abandons the plan
    (any exception does: the executor then runs the operation the standard way)."""
    from types import SimpleNamespace

    from graphql import GraphQLError, parse

    from api.gql.enums import BanScope, BanStatus
    from api.gql.fastexec import _Fallback, operation_plan

    def nodes_plan(query):
        root = operation_plan(schema._schema, parse(query).definitions[0], {})
        (connection,) = root.fields[0]._objects.values()
        (nodes,) = connection.fields[0]._objects.values()
        return nodes

    follow = nodes_plan("{ follows(first: 1) { nodes { lagDays explicit id } } }")
    ban = nodes_plan("{ bans(first: 1) { nodes { status scope announced } } }")
    gql = schema._schema

    def expect(type_name, value, non_null):
        if value is None:
            return _Fallback if non_null else None
        try:
            out = gql.get_type(type_name).serialize(value)
        except (GraphQLError, TypeError, ValueError):
            return _Fallback
        return _Fallback if out is None else out

    def answer(plan, **values):
        out = {}
        try:
            plan.run(None, SimpleNamespace(**values), out, None, [])
        except Exception:  # noqa: BLE001 - any: the executor then runs the operation the standard way
            return _Fallback
        return out

    for status in [*BanStatus, None, "IN_FORCE", "in_force", BanScope.NATIONWIDE, 3]:
        for scope in [*BanScope, None, BanStatus.IN_FORCE, "NATIONWIDE"]:
            got = answer(ban, status=status, scope=scope, announced="2020")
            wanted = [expect("BanStatus", status, True), expect("BanScope", scope, False)]
            if _Fallback in wanted:
                assert got is _Fallback, (status, scope, got)
            else:
                assert got == {"status": wanted[0], "scope": wanted[1], "announced": "2020"}, (status, scope)
    for lag in [0, -(2**31), 2**31 - 1, 2**31, -(2**31) - 1, 2.0, 2.5, True, "7", None]:
        got = answer(follow, lag_days=lag, explicit=True, id="f/1")
        wanted = expect("Int", lag, False)
        assert got == (_Fallback if wanted is _Fallback else {"lagDays": wanted, "explicit": True, "id": "f/1"}), lag


# -- arguments: strawberry's resolver wrapper done by the planned executor (fastexec._direct) ----------

ARGUMENT_QUERIES = [
    # absent (defaults), literals, one enum value for a list, explicit nulls
    ("{ bans(first: 2) { totalCount nodes { id } } }", None),
    (
        """{ bans(first: 3, scope: GOVERNMENT_DEVICES, status: [IN_FORCE, ADVISORY], orderBy: ID, from: "2019",
         to: "2030-12-31") { totalCount nodes { id status } } }""",
        None,
    ),
    ("{ bans(first: 2, imposedBy: null, target: null, scope: null, status: null, from: null) { nodes { id } } }", None),
    # variables: missing, explicit null, values, a single value for a list
    (
        """query($s: [BanScope!], $t: String, $o: BanOrder = ANNOUNCED_DESC, $n: Int) {
             bans(first: $n, scope: $s, imposedBy: $t, orderBy: $o) { totalCount nodes { id scope } } }""",
        {},
    ),
    (
        """query($s: [BanScope!], $t: String, $o: BanOrder = ANNOUNCED_DESC, $n: Int) {
             bans(first: $n, scope: $s, imposedBy: $t, orderBy: $o) { totalCount nodes { id scope } } }""",
        {"s": None, "t": None, "o": "ID", "n": 2},
    ),
    (
        """query($s: [BanScope!], $st: [BanStatus!]) { bans(first: 3, scope: $s, status: $st) { nodes { id } } }""",
        {"s": "NATIONWIDE", "st": ["IN_FORCE", "PROPOSED"]},
    ),
    (
        "{ entities(first: 3, kind: JURISDICTION) { nodes { name } } e: entities(first: 2, kind: null) { totalCount } }",
        None,
    ),
    (
        "{ statements(first: 2, stance: [SUPPORTS_BAN, NEUTRAL]) { nodes { stance } } follows(first: 2, explicit: true) { nodes { explicit } } }",
        None,
    ),
    (
        'query($x: Boolean) { follows(first: 2, explicit: $x, target: "TikTok") { totalCount nodes { lagDays } } }',
        {"x": None},
    ),
    ('{ path(from: "no/such", to: "no/such", maxHops: 2) { length } entity(id: "no/such") { id } }', None),
    # a resolver refusing its argument (after the conversion): the standard error
    ('{ bans(first: 2, from: "yesterday") { nodes { id } } }', None),
    ('{ bans(first: 2, imposedBy: "  ") { nodes { id } } }', None),
    ('{ path(from: "a/b", to: "c/d", maxHops: 9) { length } }', None),
    ("query($a: String) { bans(first: 2, after: $a) { nodes { id } } }", {"a": "not a cursor"}),
]


@pytest.mark.parametrize(("query", "variables"), ARGUMENT_QUERIES)
def test_arguments_reach_the_resolvers_as_through_strawberry(corpus_store, query, variables):
    answer, path = both(corpus_store, query, variables)
    if not answer["errors"]:
        assert path == "planned"


def test_invalid_argument_values_are_refused_as_before(corpus_store):
    """Values refused before execution, for a document already in the fast lane: the same errors."""
    query = "query($s: [BanScope!], $o: BanOrder) { bans(first: 2, scope: $s, orderBy: $o) { nodes { id } } }"
    for variables in ({"s": "NATIONWIDE"}, {"s": ["NOPE"]}, {"s": [None]}, {"o": "NOPE"}, {"s": 3}, {"o": None}):
        assert run(schema, corpus_store, query, variables) == run(STANDARD, corpus_store, query, variables)
    literal = "{ bans(first: 2, orderBy: NOPE) { nodes { id } } }"
    assert run(schema, corpus_store, literal)["errors"]
    assert run(schema, corpus_store, literal) == run(STANDARD, corpus_store, literal)


VARS = "query($s: [BanScope!], $t: [BanStatus!], $o: BanOrder)"


def _argument_sets():
    """(field definition, arguments as graphql-core gives them) for each root field and a relationship field."""
    from graphql import parse
    from graphql.execution.values import get_argument_values, get_variable_values

    root = schema._schema.query_type
    documents = [
        ("bans", "{ bans }", {}),
        (
            "bans",
            '{ bans(first: 3, after: "x", imposedBy: "a", target: "b", from: "2020", to: "2021", '
            "scope: [NATIONWIDE], status: IN_FORCE, orderBy: ID) }",
            {},
        ),
        ("bans", "{ bans(first: null, imposedBy: null, scope: null, status: null, from: null) }", {}),
        ("bans", f"{VARS} {{ bans(scope: $s, status: $t, orderBy: $o) }}", {"s": None, "t": None}),
        ("bans", f"{VARS} {{ bans(scope: $s, status: $t, orderBy: $o) }}", {"s": [], "t": "ADVISORY", "o": "ID"}),
        ("bans", f"{VARS} {{ bans(scope: $s, status: $t) }}", {}),
        ("entities", '{ entities(kind: PERSON, search: "x") }', {}),
        ("entities", "query($k: EntityKind) { entities(kind: $k) }", {"k": None}),
        ("statements", "{ statements(stance: [NEUTRAL, OPPOSES_BAN]) }", {}),
        ("follows", '{ follows(explicit: false, target: "t") }', {}),
        ("entity", '{ entity(id: "a/b") }', {}),
        ("path", '{ path(from: "a", to: "b") }', {}),
        ("path", '{ path(from: "a", to: "b", maxHops: 2) }', {}),
        ("timeline", '{ timeline(target: "t") }', {}),
        ("stats", "{ stats }", {}),
    ]
    for name, text, variables in documents:
        operation = parse(text, no_location=True).definitions[0]
        coerced = get_variable_values(schema._schema, operation.variable_definitions or [], variables)
        assert not isinstance(coerced, list), coerced  # errors
        node = operation.selection_set.selections[0]
        yield root.fields[name], get_argument_values(root.fields[name], node, coerced)
    bans_imposed = schema._schema.get_type("Person").fields["bansImposed"]
    for text in ("{ f }", "{ f(first: 2, offset: 1) }", "{ f(first: null) }"):
        node = parse(text, no_location=True).definitions[0].selection_set.selections[0]
        yield bans_imposed, get_argument_values(bans_imposed, node, None)


def test_direct_resolvers_get_what_strawberrys_wrapper_gives(monkeypatch):
    """Each resolver is called with the same positional and keyword arguments (equal values of the same
    types, lists copied, the same Info) by ``_direct`` as by strawberry's own wrapper."""
    from types import SimpleNamespace

    from strawberry.types import Info

    from api.gql.fastexec import DEFINITION_BACKREF, _direct

    calls = []

    def record(*args, **kwargs):
        calls.append((args, kwargs))

    cases = list(_argument_sets())
    assert len(cases) > 15
    for definition, args in cases:
        resolver = definition.extensions[DEFINITION_BACKREF].base_resolver
        monkeypatch.setattr(resolver, "wrapped_func", record)
        direct = _direct(schema._schema, definition)
        assert direct, definition
        source, raw_info = SimpleNamespace(id="a/b"), SimpleNamespace(context=None)
        calls.clear()
        direct(source, raw_info, args)
        result = definition.resolve(source, raw_info, **args)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        (ours, our_kwargs), (theirs, their_kwargs) = calls
        assert len(ours) == len(theirs) and all(a is b for a, b in zip(ours, theirs, strict=True))
        assert our_kwargs.keys() == their_kwargs.keys(), definition
        for key, value in their_kwargs.items():
            mine = our_kwargs[key]
            if isinstance(value, Info):
                assert type(mine) is type(value)
                assert mine._raw_info is value._raw_info and mine._field is value._field
                continue
            assert type(mine) is type(value) and mine == value, (key, mine, value)
            if isinstance(value, list):
                assert mine is not args.get(key) and all(a is b for a, b in zip(mine, value, strict=True))
        monkeypatch.undo()


def test_direct_resolvers_leave_unusual_fields_to_strawberry():
    """A field with field extensions (permissions...) or a resolver not strawberry's wrapper is not done
    directly; a default field (no resolver) neither."""
    from api.gql.fastexec import _direct

    ban = schema._schema.get_type("Ban")
    assert _direct(schema._schema, ban.fields["id"]) is False  # no resolver of its own
    query = schema._schema.query_type
    bans = query.fields["bans"]
    assert _direct(schema._schema, bans)
    from graphql import GraphQLField

    wrapped = GraphQLField(bans.type, bans.args, lambda source, info, **kwargs: None, extensions=bans.extensions)
    assert _direct(schema._schema, wrapped) is False


def _field_plans(query: str):
    from api.gql.fastexec import operation_plan

    document = schema.parsed(query)  # the document execution uses (parse cache): the plan is cached with it
    plan = operation_plan(schema._schema, document.definitions[0], {})
    assert plan is not None
    return document, plan


def test_remembered_arguments_are_the_ones_graphql_core_gives():
    """A field's arguments are remembered by the values of the variables they read (missing, null and
    each scalar apart, of its type), and only when they are all plain scalars or enum members."""
    from graphql.execution.values import get_argument_values, get_variable_values

    from api.gql.fastexec import _MISSING

    store = SlowStore(0)
    query = """query($t: String, $n: Int, $s: [BanScope!], $o: BanOrder = ID) {
                 bans(first: $n, imposedBy: $t, scope: $s, orderBy: $o, status: [IN_FORCE]) { nodes { id } }
                 again: bans(first: $n, imposedBy: $t, scope: $s, orderBy: $o) { nodes { id } } }"""
    variable_sets = [{}, {"t": None}, {"t": "a/b"}, {"t": "a/b", "n": 2}, {"n": 0}, {"s": None}, {"s": "NATIONWIDE"}]
    variable_sets += [{"s": ["NATIONWIDE"]}, {"o": "ANNOUNCED_DESC"}, {"o": None, "n": None}]
    for _ in range(2):
        for variables in variable_sets:
            assert run(schema, store, query, variables) == run(STANDARD, store, query, variables)
    document, plan = _field_plans(query)
    plans = {field.key: field for field in plan.fields}
    first, again = plans["bans"], plans["again"]
    assert not first.known_args  # a literal list: nothing remembered
    assert again.arg_variables == ("n", "t", "s", "o")
    remembered = again.known_args
    assert len(remembered) == 7  # every variable set but the lists (s) and the null for a non-null (o)
    operation = document.definitions[0]
    for (values, _), args in remembered.items():
        variables = {  # back to what a client sends: an enum member by its name
            name: getattr(v, "name", v)
            for name, v in zip(again.arg_variables, values, strict=True)
            if v is not _MISSING
        }
        coerced = get_variable_values(schema._schema, operation.variable_definitions, variables)
        assert not isinstance(coerced, list)
        assert args == get_argument_values(again.definition, again.nodes[0], coerced)

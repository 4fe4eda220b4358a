"""The schema's fast lane (api/gql/schema.py): a query document that already passed every check and ran
without errors skips strawberry's extension machinery the next time, and answers exactly as the
standard path does -- including every error, which always comes from the standard path.

``LANES`` counts which way each query went, so a lane that never engaged (or never let go) fails here.
"""

from __future__ import annotations

import asyncio

import pytest

from api.gql import make_context
from api.gql.limits import TIMEOUT_CODE, Limits
from api.gql.schema import LANES, build_schema

pytestmark = pytest.mark.slow

PAGE = """query Q($x: String!, $n: Int) { bans(first: $n, imposedBy: $x) { totalCount nodes {
            id status imposedBy { id name } targets { id name } } } }"""
ENTITY = "query E($x: ID!) { entity(id: $x) { id name bansImposed { id } } }"
NAMED = "query N($x: ID!) { entity(id: $x) { id name } }"


def run(schema, store, query: str, variables: dict | None = None) -> tuple[dict, str]:
    """The answer (data and formatted errors) and the lanes it took: "fast", "standard", or both when the
    fast lane gave the operation back to the standard path."""
    before = LANES.copy()
    result = asyncio.run(schema.execute(query, variable_values=variables, context_value=make_context(store)))
    lanes = "+".join(k for k in ("fast", "standard") if LANES[k] > before[k])
    return {"data": result.data, "errors": [e.formatted for e in result.errors or []]}, lanes


@pytest.fixture(scope="module")
def ids(corpus_store):
    standard = build_schema(planned=False)
    page, _ = run(standard, corpus_store, "{ bans(first: 50) { nodes { id imposedBy { id } } } }")
    nodes = page["data"]["bans"]["nodes"]
    return sorted({n["imposedBy"]["id"] for n in nodes}), [n["id"] for n in nodes]


def test_a_query_takes_the_fast_lane_from_its_second_run_with_the_same_answers(corpus_store, ids):
    imposers, _ = ids
    schema, reference = build_schema(), build_schema()
    first, lane = run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 5})
    assert lane == "standard" and not first["errors"]
    for imposer in imposers[:6]:
        fast, lane = run(schema, corpus_store, PAGE, {"x": imposer, "n": 5})
        assert lane == "fast"
        # the reference schema never saw the document with these variables first: standard path
        reference_schema = build_schema()
        expected, ref_lane = run(reference_schema, corpus_store, PAGE, {"x": imposer, "n": 5})
        assert ref_lane == "standard"
        assert fast == expected and fast["data"]["bans"]["nodes"], imposer
    assert run(reference, corpus_store, ENTITY, {"x": imposers[0]})[1] == "standard"  # lanes are per schema


def test_errors_in_the_fast_lane_are_the_standard_errors(corpus_store, ids):
    imposers, _ = ids
    schema = build_schema()
    assert run(schema, corpus_store, NAMED, {"x": imposers[0]})[1] == "standard"
    assert run(schema, corpus_store, NAMED, {"x": imposers[1]})[1] == "fast"
    assert run(schema, corpus_store, NAMED, {"x": "jurisdiction/nowhere"}) == (
        {"data": {"entity": None}, "errors": []},
        "fast",
    )
    # a variable of the wrong type or a missing one: the fast lane gives the operation back
    for variables in ({"x": 12.5}, {}, {"x": None}):
        got, lanes = run(schema, corpus_store, NAMED, variables)
        expected, _ = run(build_schema(), corpus_store, NAMED, variables)
        assert got["errors"] and got == expected, variables
        assert lanes == "fast+standard", variables


def test_the_cost_limit_is_checked_with_each_requests_variables(corpus_store, ids):
    imposers, _ = ids
    schema = build_schema(Limits(max_cost=60))
    ok, lane = run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 2})
    assert not ok["errors"] and lane == "standard"
    assert run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 2})[1] == "fast"
    too_dear, lane = run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 90})
    assert lane == "standard" and too_dear["data"] is None  # refused before the fast lane runs anything
    assert "exceeds the limit of 60" in too_dear["errors"][0]["message"]
    out_of_range, _ = run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 5000})
    assert "`first` must be between 0 and" in out_of_range["errors"][0]["message"]


def test_the_time_limit_holds_in_the_fast_lane(corpus_store, ids, monkeypatch):
    imposers, _ = ids
    schema = build_schema(Limits(timeout_seconds=0.2))
    run(schema, corpus_store, PAGE, {"x": imposers[0], "n": 3})
    read = corpus_store.aread

    async def slow_read(name, **params):
        await asyncio.sleep(1)
        return await read(name, **params)

    monkeypatch.setattr(corpus_store, "aread", slow_read)
    before = LANES.copy()
    result = asyncio.run(
        schema.execute(PAGE, variable_values={"x": imposers[0], "n": 3}, context_value=make_context(corpus_store))
    )
    assert LANES["fast"] == before["fast"] + 1
    assert result.data is None and result.errors[0].extensions["code"] == TIMEOUT_CODE


def test_an_accepted_cost_is_remembered_per_first_variables_only(monkeypatch):
    """The estimate runs once per document and values of the variables its `first` arguments read; a
    refusal is never remembered, and other variables (an imposer's id) do not split what is remembered."""
    from graphql import parse

    from api.gql import limits as lim

    schema, limits = build_schema()._schema, Limits(max_cost=60)
    document = parse(PAGE)
    estimates = []
    real = lim._cost_error
    monkeypatch.setattr(lim, "_cost_error", lambda *a: estimates.append(a[3]) or real(*a))

    assert lim._first_variables(document) == ("n",)
    for x in ("a", "b", "c"):
        assert lim.cost_error(schema, document, "Q", {"x": x, "n": 2}, limits) is None
    assert len(estimates) == 1  # once for n=2, whatever x
    for _ in range(2):
        assert "exceeds the limit of 60" in lim.cost_error(schema, document, "Q", {"x": "a", "n": 90}, limits).message
    assert len(estimates) == 3  # refusals are estimated every time
    assert lim.cost_error(schema, document, "Q", {"x": "a", "n": 1}, limits) is None
    assert lim.cost_error(schema, document, "Q", {"x": "a", "n": [3]}, limits) is not None  # unhashable: estimated
    assert len(estimates) == 5
    assert lim.cost_error(schema, parse(PAGE), "Q", {"x": "a", "n": 2}, limits) is None  # another document
    assert len(estimates) == 6

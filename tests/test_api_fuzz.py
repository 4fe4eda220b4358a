"""schemathesis in GraphQL mode against the app over a throwaway store: no failure in >= 500 cases.

Runs in ``make fuzz`` (``pytest -m fuzz``) and is skipped otherwise: it takes minutes on two cores.
Every root field, the ``ingest`` mutation included (with the API key, so the whole pipeline runs on
generated documents), is called with generated arguments and selections; schemathesis's default
checks apply (no 5xx, well-formed GraphQL responses, no resolver error that is not the client's),
except the acceptance of every schema-valid input (see ACCEPTS_VALID_DATA).
Hypothesis is driven directly (schemathesis's pytest plugin does not support pytest 9 here).
"""

from __future__ import annotations

import pytest
import schemathesis
from factories import make_facts, make_follow
from hypothesis import HealthCheck, given, settings

from api.app import create_app
from api.gql import schema

pytestmark = pytest.mark.fuzz

KEY = "fuzz-key"
# Not applied: "every schema-valid input is accepted". The API refuses some on purpose (`first` over
# 100, a cursor it did not issue, a date that is not ISO) with a labelled client error
# (extensions.code BAD_USER_INPUT); any other error still fails the run (not_a_server_error and the
# response checks treat an unlabelled resolver error as a server error).
ACCEPTS_VALID_DATA = schemathesis.checks.positive_data_acceptance
EXAMPLES = {"ingest": 10}  # per root field (10 queries, 1 mutation); ingest runs the NLP pipeline, so fewer
DEFAULT_EXAMPLES = 55


@pytest.fixture(autouse=True)
def _only_in_make_fuzz(request):
    if "fuzz" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("fuzzing runs in `make fuzz` (pytest -m fuzz)")


@pytest.fixture
def api_schema(store):
    facts = [make_facts(f"fz-{i}", name, "TikTok", date) for i, (name, date) in
             enumerate([("Canada", "2023-02-27"), ("New Zealand", "2023-03-17"), ("United Kingdom", "2023-03-16")])]  # fmt: skip
    make_follow(facts[1], "United Kingdom")
    for f in facts:
        store.write_document(f)
    store.refresh_derived_follows()
    return schemathesis.graphql.from_asgi("/graphql", create_app(store, api_key=KEY, origins=[]))


def test_graphql_api_fuzz(api_schema):
    calls: dict[str, int] = {}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    root = schema._schema
    assert len(operations) == len(root.query_type.fields) + len(root.mutation_type.fields)
    for operation in operations:
        name = operation.label.split(".")[-1]

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES.get(name, DEFAULT_EXAMPLES), deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)  # fmt: skip
        def check(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {KEY}"}, excluded_checks=[ACCEPTS_VALID_DATA])
            calls[case.operation.label] = calls.get(case.operation.label, 0) + 1

        check()
    print(f"fuzz: {sum(calls.values())} cases", calls)
    assert sum(calls.values()) >= 500, calls

"""schemathesis in GraphQL mode against the app over a throwaway store: no failure in >= 500 cases.

Runs in ``make fuzz`` (``pytest -m fuzz``) and is skipped otherwise: it takes minutes on two cores.
Every root field, the ``ingest`` mutation included (with the API key, so the whole pipeline runs on
generated documents), is called with generated arguments and selections; schemathesis's default
checks apply (no 5xx, well-formed GraphQL responses, no resolver error that is not the client's).
"""

from __future__ import annotations

import pytest
import schemathesis
from factories import make_facts, make_follow
from hypothesis import HealthCheck, settings

from api.app import create_app

pytestmark = pytest.mark.fuzz

KEY = "fuzz-key"
EXAMPLES = 40  # per root field; 16 fields
CALLS: list[str] = []


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


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_graphql_api_fuzz(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {KEY}"})
    CALLS.append(case.operation.label)


def test_enough_cases_ran():
    """Runs after the fuzz tests (file order): the acceptance asks for at least 500 generated cases."""
    assert len(CALLS) >= 500, f"{len(CALLS)} cases over {len(set(CALLS))} operations"

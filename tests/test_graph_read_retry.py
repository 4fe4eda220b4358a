"""A read that meets a record deleted by a concurrent write is read again; other errors are not."""

from __future__ import annotations

import pytest
from neo4j.exceptions import Neo4jError

from graph import store as store_module

GONE = "Neo.ClientError.Statement.EntityNotFound"


def _error(code: str) -> Neo4jError:
    return Neo4jError._hydrate_neo4j(code=code, message="record gone")


class _FlakySessions:
    """Sessions whose first ``failures`` reads raise ``code``, then the real session's answer."""

    def __init__(self, real, failures: int, code: str):
        self.real, self.failures, self.code, self.calls = real, failures, code, 0

    def __call__(self):
        outer = self

        class Session:
            def __enter__(self):
                self.s = outer.real()
                self.s.__enter__()
                return self

            def __exit__(self, *exc):
                return self.s.__exit__(*exc)

            def execute_read(self, fn):
                outer.calls += 1
                if outer.calls <= outer.failures:
                    raise _error(outer.code)
                return self.s.execute_read(fn)

        return Session()


def test_a_read_that_met_a_deleted_record_is_read_again(store, monkeypatch):
    flaky = _FlakySessions(store._session, failures=store_module.READ_ATTEMPTS - 1, code=GONE)
    monkeypatch.setattr(store, "_session", flaky)
    assert store.read_one("read.ping") == {"ok": 1}
    assert flaky.calls == store_module.READ_ATTEMPTS


def test_retries_are_bounded_and_other_errors_pass_at_once(store, monkeypatch):
    flaky = _FlakySessions(store._session, failures=store_module.READ_ATTEMPTS, code=GONE)
    monkeypatch.setattr(store, "_session", flaky)
    with pytest.raises(Neo4jError) as info:
        store.read("read.ping")
    assert info.value.code == GONE and flaky.calls == store_module.READ_ATTEMPTS

    other = _FlakySessions(flaky.real, failures=1, code="Neo.ClientError.Statement.SyntaxError")
    monkeypatch.setattr(store, "_session", other)
    with pytest.raises(Neo4jError):
        store.read("read.ping")
    assert other.calls == 1

"""Every Cypher statement bangraph can send passes Neo4j 5's own analyser.

The embedded store is ArcadeDB, so the tests that run statements there cannot tell whether Neo4j
would accept them. Neo4j's analyser (npm @neo4j-cypher/language-support, pinned in package.json)
is run over `bangraph cypher-catalog` by tests/js/cypher_lint.mjs; the only diagnostics ignored
are the "Parameter $x is not defined." notices it gives for every parameter without a schema.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(__file__).parent / "js" / "cypher_lint.mjs"

# Features one of the two servers lacks (ArcadeDB: full-text indexes, batched subquery
# transactions; both: APOC and GDS are plugins we do not install).
UNPORTABLE = {
    "APOC procedure": re.compile(r"\bapoc\.", re.I),
    "GDS procedure": re.compile(r"\bgds\.", re.I),
    "full-text index": re.compile(r"\bFULLTEXT\b|db\.index\.fulltext", re.I),
    "CALL { } IN TRANSACTIONS": re.compile(r"\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b", re.I),
}


def lint(statements: list[dict]) -> tuple[int, list[dict]]:
    """Run the analyser over [{"name", "cypher"}]; return its exit status and its problems."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: `make node` installs the Cypher analyser")
    if not (ROOT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.fail("node_modules lacks @neo4j-cypher/language-support: run `make node`")
    proc = subprocess.run(
        [node, str(LINT)],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode in (0, 1), f"cypher_lint.mjs failed ({proc.returncode}): {proc.stderr}"
    return proc.returncode, json.loads(proc.stdout)


@pytest.fixture(scope="module")
def catalog() -> list[dict]:
    """The catalog as the CLI prints it (the contract the analyser check relies on)."""
    proc = subprocess.run(
        [sys.executable, "-m", "api.cli", "cypher-catalog"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_cli_catalog_lists_every_registered_statement(catalog):
    from graph.catalog import all_statements

    assert [s["name"] for s in catalog] == [s.name for s in all_statements()]
    assert all(s["cypher"].strip() for s in catalog)
    assert len(catalog) >= 10


def test_every_statement_passes_neo4j_analyser(catalog):
    status, problems = lint(catalog)
    report = "\n".join(f"{p['name']} ({p['line']}:{p['character']}) {p['severity']}: {p['message']}" for p in problems)
    hint = ""
    if any("cartesian product" in p["message"] for p in problems):
        hint = (
            "\n(disconnected patterns: `MATCH (a {id: x}) MATCH (b {id: y})` instead of `MATCH (a {...}), (b {...})`)"
        )
    assert not problems, (
        f"Neo4j's analyser objects to {len({p['name'] for p in problems})} statement(s):\n{report}{hint}"
    )
    assert status == 0


def test_every_statement_avoids_features_one_server_lacks(catalog):
    found = [f"{s['name']}: {what}" for s in catalog for what, rx in UNPORTABLE.items() if rx.search(s["cypher"])]
    assert not found, "\n".join(found)


def test_analyser_reports_broken_statements_and_ignores_parameter_notices():
    """The check can fail: errors and warnings are reported, each under its statement's name."""
    statements = [
        {"name": "fine.with_params", "cypher": "MATCH (b:Ban {id: $id}) WHERE b.announced >= $from RETURN b"},
        {"name": "broken.syntax", "cypher": "MATCH (b:Ban RETURN b"},
        {"name": "broken.undefined_variable", "cypher": "MATCH (b:Ban) RETURN m"},
        {"name": "broken.cartesian", "cypher": "MATCH (a:Ban), (b:Entity) RETURN a, b"},
    ]
    status, problems = lint(statements)
    assert status == 1
    by_name = {}
    for p in problems:
        by_name.setdefault(p["name"], []).append(p)
    assert set(by_name) == {"broken.syntax", "broken.undefined_variable", "broken.cartesian"}
    assert any("`m`" in p["message"] for p in by_name["broken.undefined_variable"])
    assert all(p["line"] >= 1 and p["character"] >= 1 for p in problems)


def test_analyser_rejects_malformed_input():
    proc = subprocess.run(
        [shutil.which("node") or "node", str(LINT)],
        input='{"name": "not a list"}',
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "JSON list" in proc.stderr

"""``bangraph query 'GRAPHQL' [--variables JSON]``: run an operation in-process, print the response JSON.

Same schema and limits as the HTTP service, no server. stdout carries only the
response (``{"data": …, "errors": …}``): everything else — the embedded
database's own output included — goes to stderr, at the file-descriptor level.
Exit status: 0 without errors, 1 with GraphQL errors, 2 for bad arguments.
Mutations are allowed (whoever runs this can open the store directly).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys


@contextlib.contextmanager
def stdout_to_stderr():
    """Point fd 1 (and sys.stdout) at stderr; yield a file on the real stdout."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    real = os.fdopen(os.dup(saved), "w", encoding="utf-8")
    old, sys.stdout = sys.stdout, sys.stderr
    try:
        yield real
    finally:
        real.flush()
        real.close()
        sys.stdout = old
        os.dup2(saved, 1)
        os.close(saved)


def execute(store, query: str, variables: dict | None = None) -> dict:
    """Run one operation against ``store``; the response as a dict."""
    from api.gql import make_context, schema

    result = asyncio.run(
        schema.execute(query, variable_values=variables, context_value=make_context(store, can_write=True))
    )
    out: dict = {"data": result.data}
    if result.errors:
        out["errors"] = [e.formatted for e in result.errors]
    return out


def run_query(args: argparse.Namespace) -> int:
    variables = None
    if args.variables:
        try:
            variables = json.loads(args.variables)
        except json.JSONDecodeError as e:
            variables = e
        if not isinstance(variables, dict):
            print(json.dumps({"errors": [{"message": "--variables must be a JSON object"}]}))
            return 2
    with stdout_to_stderr() as out:
        from graph import open_store

        with open_store() as store:
            response = execute(store, args.query, variables)
        out.write(json.dumps(response, ensure_ascii=False) + "\n")
    return 1 if response.get("errors") else 0

"""The ``bangraph`` command line (contract in README: load, query, serve, export, eval, cypher-catalog).

Each subcommand lives with the part of the product it drives; this module only
parses arguments and dispatches, so ``bangraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys


def _cmd_catalog(args: argparse.Namespace) -> int:
    from graph.catalog import all_statements

    json.dump([{"name": s.name, "cypher": s.cypher} for s in all_statements()], sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_load(args: argparse.Namespace) -> int:
    from loaders.cli import run_load

    return run_load(args)


def _cmd_eval(args: argparse.Namespace) -> int:
    from loaders.evaluate import run_eval

    return run_eval(args)


def _cmd_query(args: argparse.Namespace) -> int:
    from api.graphql_cli import run_query

    return run_query(args)


def _cmd_serve(args: argparse.Namespace) -> int:
    from api.app import run_serve

    return run_serve(args)


def _cmd_export(args: argparse.Namespace) -> int:
    from api.rdf import run_export

    return run_export(args)


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bangraph", description="Evidenced knowledge graph of technology bans.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("load", help="load articles (.txt, .html, .jsonl; files or directories)")
    s.add_argument("paths", nargs="+")
    s.add_argument("--quiet", "-q", action="store_true")
    s.add_argument("--verbose", "-v", action="store_true")
    s.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        default=None,
        help="extraction processes (default: one per core, up to 4, for 64 documents or more; env BANGRAPH_JOBS)",
    )
    s.set_defaults(func=_cmd_load)

    s = sub.add_parser("query", help="run a GraphQL operation in-process and print the response JSON")
    s.add_argument("query")
    s.add_argument("--variables", default=None, help="JSON object of variables")
    s.set_defaults(func=_cmd_query)

    s = sub.add_parser("serve", help="serve the HTTP API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(func=_cmd_serve)

    s = sub.add_parser("export", help="write the graph as RDF to stdout")
    s.add_argument("--format", default="turtle", choices=["turtle", "jsonld", "nt", "xml"])
    s.set_defaults(func=_cmd_export)

    s = sub.add_parser("eval", help="precision / recall / F1 against *.gold.json in DIR")
    s.add_argument("dir")
    s.add_argument("--verbose", "-v", action="store_true")
    s.set_defaults(func=_cmd_eval)

    s = sub.add_parser("cypher-catalog", help="print every Cypher statement as JSON")
    s.set_defaults(func=_cmd_catalog)
    return p


def _terminate(signum, frame) -> None:
    """SIGTERM unwinds like Ctrl-C, so stores close and the embedded server stops cleanly."""
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = int(args.func(args) or 0)
    except KeyboardInterrupt:
        code = 130
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    if argv is None:  # the console script, not a caller in the same process (tests)
        _exit_after_embedded_jvm(code)
    return code


def _exit_after_embedded_jvm(code: int) -> None:
    """Leave without JPype's JVM teardown once the embedded server has stopped.

    Measured: after uvicorn's graceful shutdown, JPype's ``shutdownJVM`` at
    interpreter exit could wait forever although ArcadeDB had stopped and closed
    its files. So: close every open store (which stops the server), flush, and
    exit the process directly. Only when a JVM was started here.
    """
    jpype = sys.modules.get("jpype")
    if jpype is None or not jpype.isJVMStarted():
        return
    import logging

    from graph.store import close_all_stores

    close_all_stores()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())

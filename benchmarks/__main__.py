"""``python -m benchmarks`` (``make bench``): run every benchmark and print one table of results.

    python -m benchmarks                 # everything, full sizes (minutes; not part of `make test`)
    python -m benchmarks --quick         # tiny sizes: proves the benchmarks work, numbers mean little
    python -m benchmarks --only store.upsert store.latency
    python -m benchmarks --list

Exit status 1 when a benchmark crashed (its error is in the table); never for a missed goal.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import benchmarks
from benchmarks.harness import BENCHES, DEFAULT_WORKDIR, Context, run


def discover() -> None:
    """Import every ``benchmarks/bench_*.py`` module (each registers its benchmarks)."""
    for mod in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if mod.name.startswith("bench_"):
            importlib.import_module(f"benchmarks.{mod.name}")


def workdir_for(quick: bool, given: Path | None) -> Path:
    """Where a run keeps its generated data: ``given``, else ``.bench/`` (``.bench/quick/`` for ``--quick``,
    so a smoke run never replaces the full-size graphs, whose 1M-relationship bulk load takes minutes)."""
    if given is not None:
        return given.resolve()
    return (DEFAULT_WORKDIR / "quick" if quick else DEFAULT_WORKDIR).resolve()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="tiny sizes, for smoke-testing the benchmarks")
    p.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks (prefixes allowed)")
    p.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    p.add_argument(
        "--workdir", type=Path, default=None, help="where generated data goes (.bench/, with --quick .bench/quick/)"
    )
    args = p.parse_args(argv)

    discover()
    if args.list:
        for b in BENCHES.values():
            print(f"{b.name:24} issue {b.issue}  {b.doc}")
        return 0
    names = list(BENCHES)
    if args.only:
        unknown = [o for o in args.only if not any(n == o or n.startswith(o + ".") for n in names)]
        if unknown:
            p.error(f"unknown benchmark(s): {', '.join(unknown)}; --list shows them")
        names = [n for n in names if any(n == o or n.startswith(o + ".") for o in args.only)]

    ctx = Context(quick=args.quick, workdir=workdir_for(args.quick, args.workdir))
    failures = run(names, ctx)
    ctx.report.render("bangraph benchmarks" + (" (quick: sizes too small to mean much)" if args.quick else ""))
    for name, err in failures:
        print(f"{name} failed: {type(err).__name__}: {err}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

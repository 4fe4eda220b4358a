"""Every Cypher statement bangraph can send, by name.

Why a registry: values never go into Cypher text, so every statement is a
constant that can be listed (``bangraph cypher-catalog``), linted by Neo4j's
own analyser and run against ArcadeDB in the tests. Modules in graph/ call
:func:`statement` at import time; :func:`all_statements` imports them all.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass


@dataclass(frozen=True)
class CypherStatement:
    name: str
    cypher: str
    write: bool = False
    doc: str = ""


_REGISTRY: dict[str, CypherStatement] = {}


def statement(name: str, cypher: str, *, write: bool = False, doc: str = "") -> CypherStatement:
    """Register a named, parameterised statement and return it."""
    stmt = CypherStatement(name, cypher.strip(), write, doc)
    old = _REGISTRY.get(name)
    if old is not None and old.cypher != stmt.cypher:
        raise ValueError(f"Cypher statement {name!r} registered twice with different text")
    _REGISTRY[name] = stmt
    return stmt


def get(name: str) -> CypherStatement:
    try:
        return _REGISTRY[name]
    except KeyError:
        _import_all()
        return _REGISTRY[name]


def _import_all() -> None:
    import graph

    for mod in pkgutil.iter_modules(graph.__path__):
        importlib.import_module(f"graph.{mod.name}")


def all_statements() -> list[CypherStatement]:
    """Every statement of every graph module, in name order."""
    _import_all()
    return sorted(_REGISTRY.values(), key=lambda s: s.name)

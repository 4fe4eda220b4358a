"""Date resolution (stub; being built out)."""

from __future__ import annotations


def resolve_date(expression: str, published: str | None) -> str | None:
    """Partial ISO date for ``expression`` relative to ``published`` (stub: None)."""
    return None


def find_date_expressions(span) -> list:
    """Date expressions inside a sentence span (stub: none)."""
    return []

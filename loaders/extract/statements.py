"""Statement extraction (stub; being built out)."""

from __future__ import annotations

from loaders.extract.base import AnnotatedDoc
from loaders.model import Ban, Statement


def extract_statements(adoc: AnnotatedDoc, bans: list[Ban]) -> list[Statement]:
    """Reported statements with stance (stub: none yet)."""
    return []

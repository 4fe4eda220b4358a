"""Ban extraction (stub; being built out)."""

from __future__ import annotations

from loaders.extract.base import AnnotatedDoc
from loaders.model import Ban


def extract_bans(adoc: AnnotatedDoc) -> list[Ban]:
    """Bans stated in the document (stub: none yet)."""
    return []

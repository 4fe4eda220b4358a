"""Explicit follow extraction (stub; being built out)."""

from __future__ import annotations

from loaders.extract.base import AnnotatedDoc
from loaders.model import Ban, Follow


def extract_follows(adoc: AnnotatedDoc, bans: list[Ban]) -> list[Follow]:
    """Explicit follows (stub: none yet)."""
    return []

"""Roles (placeholder: being built)."""

from __future__ import annotations

from loaders.extract.base import AnnotatedDoc
from loaders.model import Role


def extract_roles(adoc: AnnotatedDoc) -> list[Role]:
    return []

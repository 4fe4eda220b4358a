"""GraphQL enums, derived from ``schema/model.yaml`` (never restated here).

The graph stores enum values lower-case, as the gold files write them
(``government_devices``); the API shows the enum names (``GOVERNMENT_DEVICES``).
"""

from __future__ import annotations

import enum

import strawberry

from schema import MODEL


def _enum(name: str) -> type[enum.Enum]:
    values = MODEL.enums[name]
    return strawberry.enum(enum.Enum(name, {v: v for v in values}), description=f"{name} (schema/model.yaml)")


EntityKind = _enum("EntityKind")
BanScope = _enum("BanScope")
BanStatus = _enum("BanStatus")
Stance = _enum("Stance")


@strawberry.enum(description="Order of a ban list.")
class BanOrder(enum.Enum):
    ANNOUNCED_ASC = "ANNOUNCED_ASC"
    ANNOUNCED_DESC = "ANNOUNCED_DESC"
    ID = "ID"


def from_stored(kind: type[enum.Enum], stored: str | None) -> enum.Enum | None:
    """``"in_force"`` -> ``BanStatus.IN_FORCE``; a value the model does not know is a clear error."""
    if stored is None:
        return None
    try:
        return kind[str(stored).upper()]
    except KeyError:
        raise ValueError(f"stored {kind.__name__} value {stored!r} is not declared in schema/model.yaml") from None


def kind_of(labels: list[str]) -> enum.Enum:
    """The EntityKind of a node from its labels (``["Entity", "Person"]`` -> ``PERSON``)."""
    for n in MODEL.entity_kinds:
        if n.label in labels:
            return EntityKind[n.kind]
    raise ValueError(f"node with labels {labels} is not an entity kind")

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
    known = _FROM_STORED.get((kind, stored)) if type(stored) is str else None  # a str only: 1 == True, "1" != "TRUE"
    if known is not None:
        return known
    try:
        member = kind[str(stored).upper()]
    except KeyError:
        raise ValueError(f"stored {kind.__name__} value {stored!r} is not declared in schema/model.yaml") from None
    if type(stored) is str and len(_FROM_STORED) < 4096:
        _FROM_STORED[(kind, stored)] = member
    return member


# (enum class, stored string) -> member, for from_stored: a page of bans reads two per ban
_FROM_STORED: dict[tuple, enum.Enum] = {}


def kind_of(labels: list[str]) -> enum.Enum:
    """The EntityKind of a node from its labels (``["Entity", "Person"]`` -> ``PERSON``)."""
    for n in MODEL.entity_kinds:
        if n.label in labels:
            return EntityKind[n.kind]
    raise ValueError(f"node with labels {labels} is not an entity kind")

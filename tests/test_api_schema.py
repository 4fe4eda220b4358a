"""The GraphQL schema agrees with schema/model.yaml and with the contract in the README/ARCHITECTURE.

No store needed: these read the schema strawberry builds.
"""

from __future__ import annotations

import pytest
from graphql import GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, GraphQLUnionType

from api.gql import schema
from schema import ENTITY_LABEL, MODEL

GQL = schema._schema


def _type(name: str):
    t = GQL.get_type(name)
    assert t is not None, f"GraphQL type {name} is missing"
    return t


def _fields(type_name: str) -> set[str]:
    t = _type(type_name)
    assert isinstance(t, GraphQLObjectType | GraphQLInterfaceType), type_name
    return set(t.fields)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def _concrete(kind: str) -> list[str]:
    """GraphQL types that a model end (``Entity`` or a label) stands for."""
    if kind == ENTITY_LABEL:
        return [ENTITY_LABEL] + [n.label for n in MODEL.entity_kinds]
    return [kind]


@pytest.mark.parametrize("name", sorted(MODEL.enums))
def test_enums_equal_the_model(name):
    t = _type(name)
    assert isinstance(t, GraphQLEnumType)
    assert list(t.values) == list(MODEL.enums[name])


@pytest.mark.parametrize("label", sorted(MODEL.nodes))
def test_every_node_kind_is_a_type_with_its_properties(label):
    node = MODEL.nodes[label]
    fields = _fields(label)
    for prop in node.properties:
        assert _camel(prop) in fields, f"{label}.{prop} has no GraphQL field"
    if node.entity:
        assert ENTITY_LABEL in [i.name for i in _type(label).interfaces]


@pytest.mark.parametrize("rel_type", sorted(MODEL.relationships))
def test_relationship_name_and_reverse_are_fields(rel_type):
    rel = MODEL.relationships[rel_type]
    for source in rel.sources:
        for t in _concrete(source):
            assert rel.name in _fields(t), f"{t}.{rel.name} ({rel_type}) missing"
    for target in rel.targets:
        for t in _concrete(target):
            assert rel.reverse in _fields(t), f"{t}.{rel.reverse} (reverse of {rel_type}) missing"


def test_entity_interface_has_every_kind():
    implementations = {t.name for t in GQL.get_implementations(_type(ENTITY_LABEL)).objects}
    assert implementations == {n.label for n in MODEL.entity_kinds}


def test_contract_fields_and_arguments():
    """The minimum of ARCHITECTURE.md "The GraphQL contract", names exactly."""
    query = _type("Query")
    expected = {
        "entities": {"first", "after", "kind", "search"},
        "entity": {"id"},
        "bans": {"first", "after", "imposedBy", "target", "from", "to"},
        "follows": {"first", "after", "target", "explicit"},
        "statements": {"first", "after", "speaker"},
        "documents": {"first", "after"},
        "path": {"from", "to", "maxHops"},
        "timeline": {"target"},
        "followNetwork": {"target"},
        "stats": set(),
    }
    for field, args in expected.items():
        assert field in query.fields, field
        assert args <= set(query.fields[field].args), (field, set(query.fields[field].args))
    assert query.fields["path"].args["maxHops"].default_value == 4
    ingest = _type("Mutation").fields["ingest"]
    assert set(ingest.args) == {"documents"}
    assert {"id", "text", "html", "title", "publisher", "published", "url"} <= set(_type("DocumentInput").fields)
    for conn in ("EntityConnection", "BanConnection", "FollowConnection", "StatementConnection", "DocumentConnection"):
        assert {"totalCount", "pageInfo", "edges", "nodes"} <= _fields(conn)
    assert {"hasNextPage", "endCursor"} <= _fields("PageInfo")
    assert {"imposedBy", "targets", "scope", "status", "announced", "effective", "justifiedBy", "evidence"} <= _fields(
        "Ban"
    )
    assert {"follower", "followed", "explicit", "followerBan", "followedBan", "lagDays", "evidence"} <= _fields(
        "Follow"
    )
    assert {"document", "sentence", "start", "end", "confidence"} <= _fields("Evidence")
    assert {"mentions", "bansImposed", "followed", "followedBy"} <= _fields("Jurisdiction")
    assert {"bansImposed", "followed", "followedBy"} <= _fields("Organisation")
    assert "citedBy" in _fields("Law")
    assert {"statements", "roles"} <= _fields("Person")
    assert isinstance(_type("StatementSubject"), GraphQLUnionType)


def test_ban_order_values():
    assert {"ANNOUNCED_ASC", "ANNOUNCED_DESC"} <= set(_type("BanOrder").values)


def test_objects_built_from_rows_are_the_ones_their_constructor_makes():
    """``from_props`` sets each init field in field order, as the dataclass ``__init__`` would (it skips
    the keyword arguments): a field added to a type but not to its ``from_props`` fails here."""
    import dataclasses

    from api.gql.enums import BanScope, BanStatus, Stance
    from api.gql.types import ENTITY_CLASSES, EVENT_CLASSES

    full = {"id": "x/1", "name": "N", "aliases": ("a", "b"), "wikidataId": "Q1", "isoCode": "XX", "jurisdiction": "J",
            "year": 2020, "title": "T", "publisher": "P", "published": "2020-01-02", "url": "u", "language": "en",
            "contentHash": "h", "text": "t", "sentence": "s", "start": "3", "end": 9, "extractor": "e",
            "confidence": 0.5, "reportedStatus": BanStatus.IN_FORCE.name.lower(), "reportedAnnounced": "2020",
            "reportedEffective": "2021", "status": BanStatus.ADVISORY.name.lower(), "scope": next(iter(BanScope)).name,
            "announced": "2020", "effective": "2021", "statusReportedIn": "d/1", "stance": next(iter(Stance)).name,
            "date": "2020", "explicit": 1, "lagDays": 4, "target": "p/1"}  # fmt: skip
    minimal = {"id": "x/2", "status": "IN_FORCE", "stance": next(iter(Stance)).value}
    for cls in [*ENTITY_CLASSES.values(), *EVENT_CLASSES.values()]:
        init = [f.name for f in dataclasses.fields(cls) if f.init]
        for props in (full, minimal):
            built = cls.from_props(props)
            assert type(built) is cls and list(vars(built)) == init, cls
            assert built == cls(**{name: getattr(built, name) for name in init}), cls
    assert ENTITY_CLASSES["LAW"].from_props(full).year == 2020
    assert ENTITY_CLASSES["JURISDICTION"].from_props(full).iso_code == "XX"
    # from_props skips __init__, so it would skip a __post_init__ too: a type that needs one must build otherwise
    for cls in [*ENTITY_CLASSES.values(), *EVENT_CLASSES.values()]:
        assert not hasattr(cls, "__post_init__"), f"{cls.__name__}.from_props would skip its __post_init__"


def test_stored_enum_values_are_remembered_only_as_strings():
    from api.gql.enums import BanStatus, from_stored

    for stored in ("in_force", "IN_FORCE", "In_Force", "in_force"):
        assert from_stored(BanStatus, stored) is BanStatus.IN_FORCE
    assert from_stored(BanStatus, None) is None
    for bad in ("no_such_status", "no_such_status", 1, True):
        with pytest.raises(ValueError, match="not declared"):
            from_stored(BanStatus, bad)

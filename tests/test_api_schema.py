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

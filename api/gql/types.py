"""GraphQL object types: entities (an interface and its kinds) and events, with their relationships.

Every relationship of ``schema/model.yaml`` appears under its ``name`` on the
source type and its ``reverse`` on the target type (tests/test_api_schema.py
checks it). Each relationship field is one DataLoader call, so a whole query
level costs one Cypher statement.
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api.gql.enums import BanScope, BanStatus, EntityKind, Stance, from_stored, kind_of
from api.gql.errors import bad_input
from schema import ENTITY_LABEL

# Relationship lists are bounded like the top-level lists: a hub (a government with thousands of
# bans) answers a page, in id order; `first`/`offset` page further, and the top-level connections
# (`bans(imposedBy: …)` …) page with cursors and give `totalCount`.
MAX_OFFSET = 100_000
First = Annotated[
    int | None,
    strawberry.argument(description="At most this many, in id order (default and maximum: the page size limit, 100)."),
]
Offset = Annotated[int, strawberry.argument(description="Skip this many first (in id order).")]

# -- helpers ---------------------------------------------------------------------


def build(row):
    """A GraphQL object from a ``(properties, labels)`` row."""
    if row is None:
        return None
    props, labels = row
    if ENTITY_LABEL in labels:
        kind = kind_of(labels)
        return ENTITY_CLASSES[kind.value].from_props(props)
    for label in labels:
        if label in EVENT_CLASSES:
            return EVENT_CLASSES[label].from_props(props)
    raise ValueError(f"no GraphQL type for a node labelled {labels}")


def list_limit(info: Info, first: int | None) -> int:
    """How many items a relationship list may hold: ``first``, by default and at most the page size limit."""
    ceiling = info.schema.limits.max_page_size
    if first is None:
        return ceiling
    if not 0 <= first <= ceiling:
        raise bad_input(f"`first` must be between 0 and {ceiling} (got {first})")
    return first


def _offset(offset: int) -> int:
    if not 0 <= offset <= MAX_OFFSET:
        raise bad_input(f"`offset` must be between 0 and {MAX_OFFSET} (got {offset})")
    return offset


async def related(
    info: Info, rel: str, direction: str, anchor: str, key: str, first: int | None = None, offset: int = 0
) -> list:
    limit = list_limit(info, first)
    rows = await info.context.loaders.related(rel, direction, anchor, limit, _offset(offset)).load(key)
    return [build(r) for r in rows]


async def related_one(info: Info, rel: str, direction: str, anchor: str, key: str):
    items = await related(info, rel, direction, anchor, key)
    return items[0] if items else None


async def required_one(info: Info, rel: str, direction: str, anchor: str, key: str, what: str):
    item = await related_one(info, rel, direction, anchor, key)
    if item is None:
        raise GraphQLError(f"{key} has no {what} in the graph")
    return item


async def node_by_id(info: Info, label: str, node_id: str | None):
    if node_id is None:
        return None
    return build(await info.context.loaders.node(label).load(node_id))


# -- entities ----------------------------------------------------------------------


@strawberry.interface(description="A person, organisation, jurisdiction, law or product (schema/model.yaml).")
class Entity:
    id: strawberry.ID
    name: str
    kind: EntityKind
    aliases: list[str]
    wikidata_id: str | None = None

    @classmethod
    def from_props(cls, p: dict):
        kind = EntityKind[next(k for k, c in ENTITY_CLASSES.items() if c is cls)]
        extra = {f: p.get(prop) for f, prop in getattr(cls, "_extra", {}).items()}
        return cls(
            id=p["id"],
            name=p.get("name") or p["id"],
            kind=kind,
            aliases=list(p.get("aliases") or []),
            wikidata_id=p.get("wikidataId"),
            **extra,
        )

    @strawberry.field(description="Evidence of each mention in the documents (alias of `evidence`).")
    async def mentions(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Evidence of each mention in the documents.")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Bans this entity imposed.")
    async def bans_imposed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]:
        return await related(info, "IMPOSED_BY", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Bans that target this entity.")
    async def bans_suffered(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]:
        return await related(info, "TARGETS", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Statements this entity made.")
    async def statements(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]:
        return await related(info, "SPOKEN_BY", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Statements about this entity.")
    async def statements_about(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]:
        return await related(info, "ABOUT", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Follows in which this entity is the follower (whom it followed).")
    async def followed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]:
        return await related(info, "FOLLOWER", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Follows in which this entity was followed (who followed it).")
    async def followed_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]:
        return await related(info, "FOLLOWED", "in", ENTITY_LABEL, self.id, first, offset)

    @strawberry.field(description="Roles held in this organisation.")
    async def members(self, info: Info, first: First = None, offset: Offset = 0) -> list[Role]:
        return await related(info, "OF_ORGANISATION", "in", ENTITY_LABEL, self.id, first, offset)


@strawberry.type(description="A person.")
class Person(Entity):
    @strawberry.field(description="Roles this person holds.")
    async def roles(self, info: Info, first: First = None, offset: Offset = 0) -> list[Role]:
        return await related(info, "HELD_BY", "in", ENTITY_LABEL, self.id, first, offset)


@strawberry.type(description="A company, ministry, regulator, legislature, court or EU institution.")
class Organisation(Entity):
    pass


@strawberry.type(description="A country, state or devolved nation.")
class Jurisdiction(Entity):
    iso_code: str | None = None
    _extra = {"iso_code": "isoCode"}


@strawberry.type(description="A law, act or directive.")
class Law(Entity):
    jurisdiction: str | None = None
    year: int | None = None
    _extra = {"jurisdiction": "jurisdiction", "year": "year"}

    @strawberry.field(description="Bans justified by this law.")
    async def cited_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]:
        return await related(info, "JUSTIFIED_BY", "in", ENTITY_LABEL, self.id, first, offset)


@strawberry.type(description="An app, service or piece of equipment.")
class Product(Entity):
    pass


ENTITY_CLASSES = {"PERSON": Person, "ORGANISATION": Organisation, "JURISDICTION": Jurisdiction, "LAW": Law,
                  "PRODUCT": Product}  # fmt: skip

# -- provenance --------------------------------------------------------------------


@strawberry.type(description="A news article the facts were read from.")
class Document:
    id: strawberry.ID
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    content_hash: str | None = None
    text: str | None = None

    @classmethod
    def from_props(cls, p: dict) -> Document:
        return cls(
            id=p["id"],
            title=p.get("title"),
            publisher=p.get("publisher"),
            published=p.get("published"),
            url=p.get("url"),
            language=p.get("language"),
            content_hash=p.get("contentHash"),
            text=p.get("text"),
        )

    @strawberry.field(description="Evidence read from this document.")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "FROM_DOCUMENT", "in", "Document", self.id, first, offset)


@strawberry.type(description="Where a fact was read: a sentence of a document and the span's offsets.")
class Evidence:
    id: strawberry.ID
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float | None = None

    @classmethod
    def from_props(cls, p: dict) -> Evidence:
        return cls(
            id=p["id"],
            sentence=p.get("sentence") or "",
            start=int(p.get("start") or 0),
            end=int(p.get("end") or 0),
            extractor=p.get("extractor") or "",
            confidence=p.get("confidence"),
        )

    @strawberry.field(description="The document the sentence is from.")
    async def document(self, info: Info) -> Document:
        return await required_one(info, "FROM_DOCUMENT", "out", "Evidence", self.id, "document")

    @strawberry.field(description="The entities and events this evidence supports.")
    async def supports(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidenced]:
        return await related(info, "EVIDENCED_BY", "in", "Evidence", self.id, first, offset)


# -- events ----------------------------------------------------------------------


@strawberry.type(description="A restriction imposed by one entity on one or more targets.")
class Ban:
    id: strawberry.ID
    status: BanStatus
    scope: BanScope | None = None
    announced: str | None = None
    effective: str | None = None

    @classmethod
    def from_props(cls, p: dict) -> Ban:
        status = from_stored(BanStatus, p.get("status"))
        if status is None:
            raise GraphQLError(f"ban {p['id']} has no status in the graph")
        return cls(
            id=p["id"],
            status=status,
            scope=from_stored(BanScope, p.get("scope")),
            announced=p.get("announced"),
            effective=p.get("effective"),
        )

    @strawberry.field(description="The entity that imposed the ban.")
    async def imposed_by(self, info: Info) -> Entity:
        return await required_one(info, "IMPOSED_BY", "out", "Ban", self.id, "imposer")

    @strawberry.field(description="What the ban targets.")
    async def targets(self, info: Info, first: First = None, offset: Offset = 0) -> list[Entity]:
        return await related(info, "TARGETS", "out", "Ban", self.id, first, offset)

    @strawberry.field(description="Laws the ban rests on.")
    async def justified_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Entity]:
        return await related(info, "JUSTIFIED_BY", "out", "Ban", self.id, first, offset)

    @strawberry.field(description="Sentences that state the ban.")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", "Ban", self.id, first, offset)

    @strawberry.field(description="Statements about this ban.")
    async def statements_about(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]:
        return await related(info, "ABOUT", "in", "Ban", self.id, first, offset)

    @strawberry.field(description="Follows in which this is the follower's ban.")
    async def follows_as_follower(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]:
        return await related(info, "FOLLOWER_BAN", "in", "Ban", self.id, first, offset)

    @strawberry.field(description="Follows in which this is the followed ban.")
    async def follows_as_followed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]:
        return await related(info, "FOLLOWED_BAN", "in", "Ban", self.id, first, offset)


@strawberry.type(description="Something an entity said, with its stance on a ban.")
class Statement:
    id: strawberry.ID
    stance: Stance
    text: str
    date: str | None = None

    @classmethod
    def from_props(cls, p: dict) -> Statement:
        stance = from_stored(Stance, p.get("stance"))
        if stance is None:
            raise GraphQLError(f"statement {p['id']} has no stance in the graph")
        return cls(id=p["id"], stance=stance, text=p.get("text") or "", date=p.get("date"))

    @strawberry.field(description="Who said it.")
    async def speaker(self, info: Info) -> Entity:
        return await required_one(info, "SPOKEN_BY", "out", "Statement", self.id, "speaker")

    @strawberry.field(description="The bans or entities it is about.")
    async def about(self, info: Info, first: First = None, offset: Offset = 0) -> list[StatementSubject]:
        return await related(info, "ABOUT", "out", "Statement", self.id, first, offset)

    @strawberry.field(description="Where it was said.")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", "Statement", self.id, first, offset)


@strawberry.type(
    description="One entity following another's ban: explicit (the text says so) or derived (from ban dates)."
)
class Follow:
    id: strawberry.ID
    explicit: bool
    lag_days: int | None = None
    target_id: strawberry.Private[str | None] = None

    @classmethod
    def from_props(cls, p: dict) -> Follow:
        return cls(id=p["id"], explicit=bool(p.get("explicit")), lag_days=p.get("lagDays"), target_id=p.get("target"))

    @strawberry.field(description="What was banned, when known.")
    async def target(self, info: Info) -> Entity | None:
        return await node_by_id(info, ENTITY_LABEL, self.target_id)

    @strawberry.field(description="The entity that followed.")
    async def follower(self, info: Info) -> Entity:
        return await required_one(info, "FOLLOWER", "out", "Follow", self.id, "follower")

    @strawberry.field(description="The entity that was followed.")
    async def followed(self, info: Info) -> Entity:
        return await required_one(info, "FOLLOWED", "out", "Follow", self.id, "followed entity")

    @strawberry.field(description="The follower's ban, when known.")
    async def follower_ban(self, info: Info) -> Ban | None:
        return await related_one(info, "FOLLOWER_BAN", "out", "Follow", self.id)

    @strawberry.field(description="The followed ban, when known.")
    async def followed_ban(self, info: Info) -> Ban | None:
        return await related_one(info, "FOLLOWED_BAN", "out", "Follow", self.id)

    @strawberry.field(description="The text cue (explicit) or the two bans' evidence (derived).")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", "Follow", self.id, first, offset)


@strawberry.type(description="A person's title, in an organisation when known.")
class Role:
    id: strawberry.ID
    title: str

    @classmethod
    def from_props(cls, p: dict) -> Role:
        return cls(id=p["id"], title=p.get("title") or "")

    @strawberry.field(description="Who holds the role.")
    async def person(self, info: Info) -> Person:
        return await required_one(info, "HELD_BY", "out", "Role", self.id, "person")

    @strawberry.field(description="Where, when known.")
    async def organisation(self, info: Info) -> Entity | None:
        return await related_one(info, "OF_ORGANISATION", "out", "Role", self.id)

    @strawberry.field(description="Where the role was read.")
    async def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]:
        return await related(info, "EVIDENCED_BY", "out", "Role", self.id, first, offset)


EVENT_CLASSES = {"Ban": Ban, "Statement": Statement, "Follow": Follow, "Role": Role, "Document": Document,
                 "Evidence": Evidence}  # fmt: skip

StatementSubject = Annotated[
    Ban | Person | Organisation | Jurisdiction | Law | Product,
    strawberry.union("StatementSubject", description="A ban or an entity a statement is about."),
]
Evidenced = Annotated[
    Person | Organisation | Jurisdiction | Law | Product | Ban | Statement | Follow | Role,
    strawberry.union("Evidenced", description="Any entity or event (everything carries evidence)."),
]
TimelineEvent = Annotated[Ban | Statement, strawberry.union("TimelineEvent", description="A ban or a statement.")]

"""GraphQL object types: entities (an interface and its kinds) and events, with their relationships.

Every relationship of ``schema/model.yaml`` appears under its ``name`` on the
source type and its ``reverse`` on the target type (tests/test_api_schema.py
checks it). Each relationship field is one DataLoader call, so a whole query
level costs one Cypher statement.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
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
    key = tuple(labels)
    cls = _CLASS_BY_LABELS.get(key)
    if cls is None:
        cls = _CLASS_BY_LABELS[key] = _class_for(labels)
    return cls.from_props(props)


def _class_for(labels) -> type:
    if ENTITY_LABEL in labels:
        return ENTITY_CLASSES[kind_of(labels).value]
    for label in labels:
        if label in EVENT_CLASSES:
            return EVENT_CLASSES[label]
    raise ValueError(f"no GraphQL type for a node labelled {labels}")


# labels as the store returns them -> GraphQL class: a handful of combinations, each worked out once
_CLASS_BY_LABELS: dict[tuple, type] = {}

# The ``from_props`` methods make their objects as the dataclass ``__init__`` would (every init field
# set, in field order: tests/test_api_types.py checks it against the constructor) without its keyword
# arguments: a page of bans with their imposers and targets builds ~70 objects (benchmarks/README.md).
_new = object.__new__


def _list_limit(ceiling: int, first: int | None) -> int:
    """How many items a relationship list may hold: ``first``, by default and at most the page size limit."""
    if first is None:
        return ceiling
    if not 0 <= first <= ceiling:
        raise bad_input(f"`first` must be between 0 and {ceiling} (got {first})")
    return first


def _offset(offset: int) -> int:
    if not 0 <= offset <= MAX_OFFSET:
        raise bad_input(f"`offset` must be between 0 and {MAX_OFFSET} (got {offset})")
    return offset


@dataclass(frozen=True)
class Relation:
    """A relationship field: the nodes linked to the object by ``rel`` (``out``: object -> node), read
    through the request's DataLoaders. ``one``: the first of them (or None); ``required``: the first,
    and an error naming ``required`` when there is none.

    The resolver the ``relation`` decorator makes calls :meth:`answer`; so does the planned executor
    (api/gql/fastexec.py), without building a resolve-info object per field.
    """

    rel: str
    direction: str
    anchor: str
    one: bool = False
    required: str | None = None

    def answer(self, context, limits, key: str, first: int | None = None, offset: int = 0):
        """A list (or one object) at once when the level's loader already holds them (primed by a page
        statement), else an awaitable of it: answering without a coroutine per field keeps a page of
        100 bans with their ends cheap to resolve."""
        value, finish = self.start(context, limits, key, first, offset)
        return value if finish is None else _finished(value, finish)

    def start(self, context, limits, key: str, first: int | None = None, offset: int = 0):
        """:meth:`answer` in two parts, for an executor that awaits many at once: ``(answer, None)``, or
        ``(future rows, finish)`` where ``finish(rows)`` is the answer. An answer is never awaitable (the
        planned executor relies on it)."""
        return self.start_page(context.loaders, *self.page(limits, first, offset), key)

    def page(self, limits, first: int | None, offset: int) -> tuple[int, int]:
        """``(limit, skip)`` for the field's ``first`` and ``offset``, or the error that refuses them."""
        limit = limits.max_page_size if first is None else _list_limit(limits.max_page_size, first)
        return limit, 0 if offset == 0 else _offset(offset)

    def start_page(self, loaders, limit: int, skip: int, key: str):
        """:meth:`start` with the page worked out (:meth:`page`): an executor works it out once per field
        and request."""
        rows = loaders.primed(self.rel, self.direction, self.anchor, limit, skip, key)
        if rows is not None:
            return self._pick(rows, key), None
        loader = loaders.related(self.rel, self.direction, self.anchor, limit, skip)
        ready = loader.cache_map.get(key)
        if ready is not None and ready.done() and not ready.cancelled() and ready.exception() is None:
            return self._pick(ready.result(), key), None
        return loader.load(key), lambda rows: self._pick(rows, key)

    def _pick(self, rows: list, key: str):
        """The field's answer from the rows read for ``key``: the objects, or the first of them."""
        items = [build(r) for r in rows]
        if self.required is not None:
            if not items:
                raise GraphQLError(f"{key} has no {self.required} in the graph")
            return items[0]
        if self.one:
            return items[0] if items else None
        return items


async def _finished(rows, finish):
    return finish(await rows)


def relation(rel: str, direction: str, anchor: str, *, one: bool = False, required: str | None = None):
    """Make the decorated field's resolver answer ``Relation(rel, direction, anchor, …)``; the decorated
    function gives strawberry the field's signature and type, its body is not used."""
    spec = Relation(rel, direction, anchor, one or required is not None, required)

    def decorate(fn):
        if spec.one:

            def resolve(self, info: Info):
                return spec.answer(info.context, info.schema.limits, self.id)

        else:

            def resolve(self, info: Info, first: First = None, offset: Offset = 0):
                return spec.answer(info.context, info.schema.limits, self.id, first, offset)

        functools.update_wrapper(resolve, fn)
        resolve.relation = spec
        return resolve

    return decorate


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
        kind = _KIND_OF_CLASS[cls]
        o = _new(cls)
        o.id = p["id"]
        o.name = p.get("name") or p["id"]
        o.kind = kind
        o.aliases = list(p.get("aliases") or [])
        o.wikidata_id = p.get("wikidataId")
        for f, prop in cls._extra_items:
            setattr(o, f, p.get(prop))
        return o

    @strawberry.field(description="Evidence of each mention in the documents (alias of `evidence`).")
    @relation("EVIDENCED_BY", "out", ENTITY_LABEL)
    def mentions(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...

    @strawberry.field(description="Evidence of each mention in the documents.")
    @relation("EVIDENCED_BY", "out", ENTITY_LABEL)
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...

    @strawberry.field(description="Bans this entity imposed.")
    @relation("IMPOSED_BY", "in", ENTITY_LABEL)
    def bans_imposed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]: ...

    @strawberry.field(description="Bans that target this entity.")
    @relation("TARGETS", "in", ENTITY_LABEL)
    def bans_suffered(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]: ...

    @strawberry.field(description="Statements this entity made.")
    @relation("SPOKEN_BY", "in", ENTITY_LABEL)
    def statements(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]: ...

    @strawberry.field(description="Statements about this entity.")
    @relation("ABOUT", "in", ENTITY_LABEL)
    def statements_about(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]: ...

    @strawberry.field(description="Follows in which this entity is the follower (whom it followed).")
    @relation("FOLLOWER", "in", ENTITY_LABEL)
    def followed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]: ...

    @strawberry.field(description="Follows in which this entity was followed (who followed it).")
    @relation("FOLLOWED", "in", ENTITY_LABEL)
    def followed_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]: ...

    @strawberry.field(description="Roles held in this organisation.")
    @relation("OF_ORGANISATION", "in", ENTITY_LABEL)
    def members(self, info: Info, first: First = None, offset: Offset = 0) -> list[Role]: ...


@strawberry.type(description="A person.")
class Person(Entity):
    @strawberry.field(description="Roles this person holds.")
    @relation("HELD_BY", "in", ENTITY_LABEL)
    def roles(self, info: Info, first: First = None, offset: Offset = 0) -> list[Role]: ...


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
    @relation("JUSTIFIED_BY", "in", ENTITY_LABEL)
    def cited_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Ban]: ...


@strawberry.type(description="An app, service or piece of equipment.")
class Product(Entity):
    pass


ENTITY_CLASSES = {"PERSON": Person, "ORGANISATION": Organisation, "JURISDICTION": Jurisdiction, "LAW": Law,
                  "PRODUCT": Product}  # fmt: skip
_KIND_OF_CLASS = {cls: EntityKind[kind] for kind, cls in ENTITY_CLASSES.items()}
for _cls in ENTITY_CLASSES.values():
    _cls._extra_items = tuple(getattr(_cls, "_extra", {}).items())  # (field, property) set after the common ones

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
        o = _new(cls)
        o.id = p["id"]
        o.title = p.get("title")
        o.publisher = p.get("publisher")
        o.published = p.get("published")
        o.url = p.get("url")
        o.language = p.get("language")
        o.content_hash = p.get("contentHash")
        o.text = p.get("text")
        return o

    @strawberry.field(description="Evidence read from this document.")
    @relation("FROM_DOCUMENT", "in", "Document")
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...


@strawberry.type(description="Where a fact was read: a sentence of a document and the span's offsets.")
class Evidence:
    id: strawberry.ID
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float | None = None
    reported_status: BanStatus | None = strawberry.field(
        default=None, description="Evidence of a ban: the status its document reported (the ban's own is a summary)."
    )
    reported_announced: str | None = strawberry.field(
        default=None, description="Evidence of a ban: the announcement date its document reported."
    )
    reported_effective: str | None = strawberry.field(
        default=None, description="Evidence of a ban: the date in force its document reported."
    )

    @classmethod
    def from_props(cls, p: dict) -> Evidence:
        o = _new(cls)
        o.id = p["id"]
        o.sentence = p.get("sentence") or ""
        o.start = int(p.get("start") or 0)
        o.end = int(p.get("end") or 0)
        o.extractor = p.get("extractor") or ""
        o.confidence = p.get("confidence")
        o.reported_status = from_stored(BanStatus, p.get("reportedStatus"))
        o.reported_announced = p.get("reportedAnnounced")
        o.reported_effective = p.get("reportedEffective")
        return o

    @strawberry.field(description="The document the sentence is from.")
    @relation("FROM_DOCUMENT", "out", "Evidence", required="document")
    def document(self, info: Info) -> Document: ...

    @strawberry.field(description="The entities and events this evidence supports.")
    @relation("EVIDENCED_BY", "in", "Evidence")
    def supports(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidenced]: ...


# -- events ----------------------------------------------------------------------


@strawberry.type(description="A restriction imposed by one entity on one or more targets.")
class Ban:
    id: strawberry.ID
    status: BanStatus
    scope: BanScope | None = None
    announced: str | None = None
    effective: str | None = None
    status_reported_in: str | None = strawberry.field(
        default=None,
        description="Id of the document whose report gives `status` (the latest published of those reporting the ban).",
    )

    @classmethod
    def from_props(cls, p: dict) -> Ban:
        status = from_stored(BanStatus, p.get("status"))
        if status is None:
            raise GraphQLError(f"ban {p['id']} has no status in the graph")
        o = _new(cls)
        o.id = p["id"]
        o.status = status
        o.scope = from_stored(BanScope, p.get("scope"))
        o.announced = p.get("announced")
        o.effective = p.get("effective")
        o.status_reported_in = p.get("statusReportedIn")
        return o

    @strawberry.field(description="The entity that imposed the ban.")
    @relation("IMPOSED_BY", "out", "Ban", required="imposer")
    def imposed_by(self, info: Info) -> Entity: ...

    @strawberry.field(description="What the ban targets.")
    @relation("TARGETS", "out", "Ban")
    def targets(self, info: Info, first: First = None, offset: Offset = 0) -> list[Entity]: ...

    @strawberry.field(description="Laws the ban rests on.")
    @relation("JUSTIFIED_BY", "out", "Ban")
    def justified_by(self, info: Info, first: First = None, offset: Offset = 0) -> list[Entity]: ...

    @strawberry.field(description="Sentences that state the ban.")
    @relation("EVIDENCED_BY", "out", "Ban")
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...

    @strawberry.field(description="Statements about this ban.")
    @relation("ABOUT", "in", "Ban")
    def statements_about(self, info: Info, first: First = None, offset: Offset = 0) -> list[Statement]: ...

    @strawberry.field(description="Follows in which this is the follower's ban.")
    @relation("FOLLOWER_BAN", "in", "Ban")
    def follows_as_follower(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]: ...

    @strawberry.field(description="Follows in which this is the followed ban.")
    @relation("FOLLOWED_BAN", "in", "Ban")
    def follows_as_followed(self, info: Info, first: First = None, offset: Offset = 0) -> list[Follow]: ...


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
        o = _new(cls)
        o.id = p["id"]
        o.stance = stance
        o.text = p.get("text") or ""
        o.date = p.get("date")
        return o

    @strawberry.field(description="Who said it.")
    @relation("SPOKEN_BY", "out", "Statement", required="speaker")
    def speaker(self, info: Info) -> Entity: ...

    @strawberry.field(description="The bans or entities it is about.")
    @relation("ABOUT", "out", "Statement")
    def about(self, info: Info, first: First = None, offset: Offset = 0) -> list[StatementSubject]: ...

    @strawberry.field(description="Where it was said.")
    @relation("EVIDENCED_BY", "out", "Statement")
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...


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
        o = _new(cls)
        o.id = p["id"]
        o.explicit = bool(p.get("explicit"))
        o.lag_days = p.get("lagDays")
        o.target_id = p.get("target")
        return o

    @strawberry.field(description="What was banned, when known.")
    async def target(self, info: Info) -> Entity | None:
        return await node_by_id(info, ENTITY_LABEL, self.target_id)

    @strawberry.field(description="The entity that followed.")
    @relation("FOLLOWER", "out", "Follow", required="follower")
    def follower(self, info: Info) -> Entity: ...

    @strawberry.field(description="The entity that was followed.")
    @relation("FOLLOWED", "out", "Follow", required="followed entity")
    def followed(self, info: Info) -> Entity: ...

    @strawberry.field(description="The follower's ban, when known.")
    @relation("FOLLOWER_BAN", "out", "Follow", one=True)
    def follower_ban(self, info: Info) -> Ban | None: ...

    @strawberry.field(description="The followed ban, when known.")
    @relation("FOLLOWED_BAN", "out", "Follow", one=True)
    def followed_ban(self, info: Info) -> Ban | None: ...

    @strawberry.field(description="The text cue (explicit) or the two bans' evidence (derived).")
    @relation("EVIDENCED_BY", "out", "Follow")
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...


@strawberry.type(description="A person's title, in an organisation when known.")
class Role:
    id: strawberry.ID
    title: str

    @classmethod
    def from_props(cls, p: dict) -> Role:
        o = _new(cls)
        o.id = p["id"]
        o.title = p.get("title") or ""
        return o

    @strawberry.field(description="Who holds the role.")
    @relation("HELD_BY", "out", "Role", required="person")
    def person(self, info: Info) -> Person: ...

    @strawberry.field(description="Where, when known.")
    @relation("OF_ORGANISATION", "out", "Role", one=True)
    def organisation(self, info: Info) -> Entity | None: ...

    @strawberry.field(description="Where the role was read.")
    @relation("EVIDENCED_BY", "out", "Role")
    def evidence(self, info: Info, first: First = None, offset: Offset = 0) -> list[Evidence]: ...


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

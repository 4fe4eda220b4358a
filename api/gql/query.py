"""The root Query: the contract's lists (ARCHITECTURE.md) and the questions users ask next.

Each list is one statement for the page (+ one for ``totalCount`` when asked and the page
does not end the list: a last page's end is the total);
entity references in filters (``imposedBy``, ``target``, ``speaker``) accept an
id (one containing ``/``, used as is) or a name or alias, case-insensitive
(one more statement to resolve it).
"""

from __future__ import annotations

import asyncio
import re
from typing import Annotated

import strawberry
from strawberry.types import Info
from strawberry.utils.await_maybe import await_maybe

from api.gql.enums import BanOrder, BanScope, BanStatus, EntityKind, Stance
from api.gql.errors import bad_input
from api.gql.pagination import Connection, connection, page_args
from api.gql.types import (
    Ban,
    Document,
    Entity,
    Evidenced,
    Follow,
    Statement,
    TimelineEvent,
    build,
    node_by_id,
)
from graph.queries_api import (
    BANS,
    BANS_COUNT,
    FOLLOWS,
    FOLLOWS_COUNT,
    MAX_PATH_HOPS,
    ban_anchor,
    follow_anchor,
    path_statement_name,
)
from schema import ENTITY_LABEL, MODEL

MAX_TEXT_ARG = 200
NETWORK_LIMIT = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        raise bad_input(f"`{name}` must not be empty")
    if len(value) > MAX_TEXT_ARG:
        raise bad_input(f"`{name}` is longer than {MAX_TEXT_ARG} characters")
    return value


def _stored(values: list | None) -> list[str] | None:
    """Enum filter values as the graph stores them (``GOVERNMENT_DEVICES`` -> ``government_devices``)."""
    return None if values is None else sorted({v.name.lower() for v in values})


def _date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not _DATE.match(value):
        raise bad_input(f"`{name}` must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD (got {value!r})")
    return value


async def resolve_refs(info: Info, name: str, ref: str | None) -> list[str] | None:
    """Entity ids an argument names (None when the argument is absent)."""
    ref = _text(name, ref)
    if ref is None:
        return None
    if "/" in ref:
        return [ref]
    rows = await info.context.store.aread("api.resolve_entity", ref=ref)
    return [r["id"] for r in rows]


def _counter(info: Info, statement: str, **params):
    async def count() -> int:
        rows = await info.context.store.aread(statement, **params)
        return int(rows[0]["n"]) if rows else 0

    return count


async def _list(info: Info, statement: str, count_statement: str, first, after, **filters) -> Connection:
    page = page_args(first, after)
    rows = await info.context.store.aread(statement, skip=page.skip, limit=page.limit, **filters)
    info.context.loaders.prime_ends(rows)
    items = [build((r["node"], r["labels"])) for r in rows]
    if len(rows) <= page.first and (rows or not page.skip):
        count = _known(page.skip + len(rows))  # the last page: where it ends is the total, no count to send
    else:
        count = _counter(info, count_statement, **filters)
    return connection(items, page, count)


def _known(total: int):
    async def count() -> int:
        return total

    return count


# -- extra result types --------------------------------------------------------------


@strawberry.type(description="A relationship walked by a path, in the graph's own direction.")
class PathRelationship:
    type: str
    start: strawberry.ID
    end: strawberry.ID


@strawberry.type(description="The shortest connection between two entities: alternating entities and events.")
class Path:
    length: int
    nodes: list[Evidenced]
    relationships: list[PathRelationship]


@strawberry.type(description="A dated event about a target.")
class TimelineEntry:
    date: str | None
    event: TimelineEvent


@strawberry.type(description="Who followed whom for a target: entities and follows (explicit and derived).")
class FollowNetwork:
    targets: list[Entity]
    nodes: list[Entity]
    edges: list[Follow]
    truncated: bool


@strawberry.type(description="How many nodes carry a label.")
class LabelCount:
    label: str
    count: int


@strawberry.type(description="How many entities of a kind.")
class KindCount:
    kind: EntityKind
    count: int


@strawberry.type(description="Counts of what the graph holds.")
class Stats:
    labels: list[LabelCount]
    entities_by_kind: list[KindCount]
    entities: int
    bans: int
    statements: int
    follows: int
    roles: int
    documents: int
    evidence: int


# -- Query -------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(description="Entities, optionally of one kind or matching a name or alias (substring).")
    async def entities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: EntityKind | None = None,
        search: str | None = None,
    ) -> Connection[Entity]:
        label = MODEL.entity_kind(kind.value).label if kind is not None else None
        return await _list(
            info, "api.entities", "api.entities.count", first, after, kind=label, search=_text("search", search)
        )

    @strawberry.field(description="One entity by id.")
    async def entity(self, info: Info, id: strawberry.ID) -> Entity | None:
        return await node_by_id(info, ENTITY_LABEL, _text("id", id))

    @strawberry.field(
        description="Bans, filtered by imposer, target (id, name or alias), announcement dates "
        '(`from`/`to` inclusive, at their own precision: to: "2023-03" keeps 2023-03-16), scope and status.'
    )
    async def bans(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        imposed_by: str | None = None,
        target: str | None = None,
        from_: Annotated[str | None, strawberry.argument(name="from")] = None,
        to: str | None = None,
        scope: Annotated[
            list[BanScope] | None, strawberry.argument(description="Any of these scopes (one value or a list).")
        ] = None,
        status: Annotated[
            list[BanStatus] | None, strawberry.argument(description="Any of these statuses (one value or a list).")
        ] = None,
        order_by: BanOrder = BanOrder.ANNOUNCED_ASC,
    ) -> Connection[Ban]:
        imposers = await resolve_refs(info, "imposedBy", imposed_by)
        targets = await resolve_refs(info, "target", target)
        anchor = ban_anchor(imposers, targets)  # start from the entity named, not from every ban
        return await _list(
            info,
            BANS[anchor, order_by.value].name,
            BANS_COUNT[anchor].name,
            first,
            after,
            imposedBy=imposers,
            target=targets,
            scope=_stored(scope),
            status=_stored(status),
            **{"from": _date("from", from_), "to": _date("to", to)},
        )

    @strawberry.field(description="Follows, filtered by target (id, name or alias) and explicit/derived.")
    async def follows(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        target: str | None = None,
        explicit: bool | None = None,
    ) -> Connection[Follow]:
        targets = await resolve_refs(info, "target", target)
        anchor = follow_anchor(targets)
        return await _list(
            info,
            FOLLOWS[anchor].name,
            FOLLOWS_COUNT[anchor].name,
            first,
            after,
            target=targets,
            explicit=explicit,
        )

    @strawberry.field(description="Statements, filtered by speaker (id, name or alias) and stance.")
    async def statements(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        speaker: str | None = None,
        stance: Annotated[
            list[Stance] | None, strawberry.argument(description="Any of these stances (one value or a list).")
        ] = None,
    ) -> Connection[Statement]:
        return await _list(
            info,
            "api.statements",
            "api.statements.count",
            first,
            after,
            speaker=await resolve_refs(info, "speaker", speaker),
            stance=_stored(stance),
        )

    @strawberry.field(description="Source documents.")
    async def documents(self, info: Info, first: int | None = None, after: str | None = None) -> Connection[Document]:
        return await _list(info, "api.documents", "api.documents.count", first, after)

    @strawberry.field(
        description="The shortest connection between two entities over bans, statements, follows and roles "
        f"(maxHops: relationships walked, 1..{MAX_PATH_HOPS}); null when there is none within maxHops."
    )
    async def path(
        self,
        info: Info,
        from_: Annotated[strawberry.ID, strawberry.argument(name="from")],
        to: strawberry.ID,
        max_hops: int = 4,
    ) -> Path | None:
        if not 1 <= max_hops <= MAX_PATH_HOPS:
            raise bad_input(f"`maxHops` must be between 1 and {MAX_PATH_HOPS} (got {max_hops})")
        start, end = _text("from", from_), _text("to", to)
        if start == end:
            entity = await node_by_id(info, ENTITY_LABEL, start)
            return Path(length=0, nodes=[entity], relationships=[]) if entity else None
        rows = await info.context.store.aread(path_statement_name(max_hops), **{"from": start, "to": end})
        if not rows:
            return None
        row = rows[0]
        labels = [ENTITY_LABEL if ENTITY_LABEL in ls else ls[0] for ls in row["labels"]]
        nodes = await asyncio.gather(*(node_by_id(info, lb, i) for lb, i in zip(labels, row["ids"], strict=True)))
        rels = []
        for i, (rtype, rstart) in enumerate(zip(row["types"], row["starts"], strict=True)):
            a, b = row["ids"][i], row["ids"][i + 1]
            rels.append(PathRelationship(type=rtype, start=rstart, end=b if rstart == a else a))
        return Path(length=len(rels), nodes=list(nodes), relationships=rels)

    @strawberry.field(description="Bans against a target and statements about it or its bans, oldest first.")
    async def timeline(self, info: Info, target: str) -> list[TimelineEntry]:
        ids = await resolve_refs(info, "target", target)
        if not ids:
            return []
        rows = await info.context.store.aread("api.timeline", target=ids)
        seen, entries = set(), []
        for r in rows:
            if r["node"]["id"] in seen:
                continue
            seen.add(r["node"]["id"])
            entries.append(TimelineEntry(date=r["date"], event=build((r["node"], r["labels"]))))
        entries.sort(key=lambda e: (e.date is None, e.date or "", e.event.id))
        return entries

    @strawberry.field(description="The follow graph for a target: who followed whom, explicit and derived, lag days.")
    async def follow_network(self, info: Info, target: str) -> FollowNetwork:
        ids = await resolve_refs(info, "target", target)
        if not ids:
            return FollowNetwork(targets=[], nodes=[], edges=[], truncated=False)
        rows = await info.context.store.aread(
            FOLLOWS["target"].name, target=ids, explicit=None, skip=0, limit=NETWORK_LIMIT + 1
        )
        info.context.loaders.prime_ends(rows)
        edges = [build((r["node"], r["labels"])) for r in rows[:NETWORK_LIMIT]]
        ends = await asyncio.gather(
            *(await_maybe(e.follower(info)) for e in edges), *(await_maybe(e.followed(info)) for e in edges)
        )
        nodes = list({n.id: n for n in ends}.values())
        targets = [t for t in await asyncio.gather(*(node_by_id(info, ENTITY_LABEL, i) for i in ids)) if t]
        return FollowNetwork(targets=targets, nodes=nodes, edges=edges, truncated=len(rows) > NETWORK_LIMIT)

    @strawberry.field(description="Counts per label and per entity kind.")
    async def stats(self, info: Info) -> Stats:
        rows = await info.context.store.aread("api.stats")
        counts = {r["label"]: int(r["count"]) for r in rows}
        return Stats(
            labels=[LabelCount(label=k, count=v) for k, v in sorted(counts.items())],
            entities_by_kind=[
                KindCount(kind=EntityKind[n.kind], count=counts.get(n.label, 0)) for n in MODEL.entity_kinds
            ],
            entities=counts.get(ENTITY_LABEL, 0),
            bans=counts.get("Ban", 0),
            statements=counts.get("Statement", 0),
            follows=counts.get("Follow", 0),
            roles=counts.get("Role", 0),
            documents=counts.get("Document", 0),
            evidence=counts.get("Evidence", 0),
        )

"""Relay connections over offset cursors, with the page-size limit.

Why offsets: every list is ordered by a stable key in Cypher, the graph is
small enough that ``SKIP`` is cheap, and one opaque cursor format serves every
list (including the date-sorted ones, where keyset cursors would need ties).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import strawberry

from api.gql.errors import bad_input
from api.gql.limits import LIMITS

T = TypeVar("T")


@strawberry.type(description="Relay page information.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="One item of a connection with its cursor.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A Relay connection with the GitHub-style `nodes` shortcut.")
class Connection(Generic[T]):
    nodes: list[T]
    page_info: PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]
    skip: strawberry.Private[int] = 0

    @strawberry.field
    def edges(self) -> list[Edge[T]]:
        """Built when asked for: most clients read ``nodes``, and a page of cursors costs ~3 µs an item."""
        return [Edge(cursor=encode_cursor(self.skip + i), node=item) for i, item in enumerate(self.nodes)]

    @strawberry.field(
        description="All items matching the filters, on every page (one extra statement unless this page is the last)."
    )
    async def total_count(self) -> int:
        return await self.count()


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset an ``after`` cursor names; a malformed cursor is a clear error."""
    try:
        kind, _, value = base64.b64decode(cursor.encode(), validate=True).decode().partition(":")
        offset = int(value)
        if kind != "offset" or offset < 0:
            raise ValueError
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_input(f"`after` is not a cursor returned by this API: {cursor!r}") from None
    return offset


@dataclass(frozen=True)
class Page:
    """What a list resolver asks the store for: ``SKIP skip LIMIT limit`` (one more than asked, for hasNextPage)."""

    first: int
    skip: int

    @property
    def limit(self) -> int:
        return self.first + 1


def page_args(first: int | None, after: str | None) -> Page:
    size = LIMITS.default_page_size if first is None else first
    if not 0 <= size <= LIMITS.max_page_size:
        raise bad_input(f"`first` must be between 0 and {LIMITS.max_page_size} (got {size})")
    skip = decode_cursor(after) + 1 if after else 0
    return Page(size, skip)


def connection(items: list, page: Page, count: Callable[[], Awaitable[int]]) -> Connection:
    """Build the connection from up to ``page.limit`` items fetched at ``page.skip``."""
    shown = items[: page.first]
    info = PageInfo(
        has_next_page=len(items) > page.first,
        has_previous_page=page.skip > 0,
        start_cursor=encode_cursor(page.skip) if shown else None,
        end_cursor=encode_cursor(page.skip + len(shown) - 1) if shown else None,
    )
    return Connection(nodes=shown, page_info=info, count=count, skip=page.skip)

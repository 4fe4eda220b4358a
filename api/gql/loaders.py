"""Per-request DataLoaders: one Cypher statement per query level, not per row.

Why: a resolver for ``Ban.imposedBy`` runs once per ban; each asks its
loader for a key, and the loader sends one ``UNWIND $ids`` statement
(graph/queries_api.py) for all the keys of that level. Loaders also cache by
key for the request, so an entity reached twice is read once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader

from api.gql.limits import LIMITS
from graph.queries_api import NODES_BY_ID, REL_STATEMENTS, rel_statement_name

Row = tuple[dict, list[str]]  # (node properties, labels)


# Columns a statement may return next to a node: that node's own ends, read in the same statement
# (graph/queries_api.py `_ends`, FOLLOWS). (column, its labels column, relationship, anchor label, one node)
ENDS = (
    ("imposer", "imposerLabels", "IMPOSED_BY", "Ban", True),
    ("targets", "targetLabels", "TARGETS", "Ban", False),
    ("follower", "followerLabels", "FOLLOWER", "Follow", True),
    ("followed", "followedLabels", "FOLLOWED", "Follow", True),
    ("document", "documentLabels", "FROM_DOCUMENT", "Evidence", True),
)


@dataclass
class Loaders:
    store: object
    ends_limit: int = LIMITS.max_page_size  # the page a relationship field asks for without `first`
    _cache: dict[str | tuple, DataLoader] = field(default_factory=dict)
    # rows that came with an earlier statement, by page shape (as ``related``) and key: read without a
    # DataLoader future each (a page of 100 bans primes 200 ends)
    _ready: dict[tuple, dict[str, list[Row]]] = field(default_factory=dict)

    def clear(self) -> None:
        """Let go of everything this request's loaders read or primed, once its response is built (api/gql/http.py).

        Why: the loaders end up in reference cycles (a DataLoader's batch function holds this object; the
        executor's context holds the context), so the rows they keep were freed only by the cyclic garbage
        collector, which then walks them all; emptied, they are freed at once."""
        self._cache.clear()
        self._ready.clear()

    def prime_ends(self, rows: list[dict]) -> None:
        """Record the ends that came with ``rows`` (see ENDS), so the next level does not ask again."""
        if not rows:
            return
        limit = self.ends_limit
        for column, labels, rel, anchor, single in ENDS:
            if column not in rows[0]:
                continue
            ready = self._ready.setdefault((rel, "out", anchor, limit, 0), {})  # one dict per column
            for r in rows:
                value = r[column]
                if single:
                    found = [(value, r[labels])] if value is not None else []
                else:
                    found = list(zip(value, r[labels], strict=True))[:limit]
                ready.setdefault(r["node"]["id"], found)  # the first read of a key wins, as a DataLoader's cache

    def primed(self, rel_type: str, direction: str, anchor: str, limit: int, skip: int, key: str) -> list[Row] | None:
        """What :meth:`prime_ends` recorded for ``key`` in this page shape, or None."""
        ready = self._ready.get((rel_type, direction, anchor, limit, skip))
        return None if ready is None else ready.get(key)

    def related(
        self, rel_type: str, direction: str, anchor: str, limit: int, skip: int = 0
    ) -> DataLoader[str, list[Row]]:
        """Nodes linked to each key by ``rel_type`` (``out``: key -> node, ``in``: node -> key):
        per key, at most ``limit`` after the first ``skip``, in id order. One loader per page shape."""
        cache_key = (rel_type, direction, anchor, limit, skip)  # every relationship field asks: one dict lookup
        loader = self._cache.get(cache_key)
        if loader is None:
            name = rel_statement_name(rel_type, direction, anchor)
            if name not in REL_STATEMENTS:
                raise KeyError(f"no statement {name} (relationship not in schema/model.yaml?)")
            loader = self._cache[cache_key] = DataLoader(load_fn=self._batch_related(name, limit, skip))
        return loader

    def node(self, label: str) -> DataLoader[str, Row | None]:
        """Nodes of ``label`` (``Entity`` for every entity kind) by id."""
        name = NODES_BY_ID[label].name
        loader = self._cache.get(name)
        if loader is None:
            loader = self._cache[name] = DataLoader(load_fn=self._batch_nodes(name))
        return loader

    def _batch_related(self, name: str, limit: int, skip: int):
        async def load(keys: list[str]) -> list[list[Row]]:
            rows = await self.store.aread(name, ids=list(dict.fromkeys(keys)), limit=limit, skip=skip)
            self.prime_ends(rows)
            grouped: dict[str, list[Row]] = defaultdict(list)
            for r in rows:
                grouped[r["key"]].append((r["node"], r["labels"]))
            return [grouped.get(k, []) for k in keys]

        return load

    def _batch_nodes(self, name: str):
        async def load(keys: list[str]) -> list[Row | None]:
            rows = await self.store.aread(name, ids=list(dict.fromkeys(keys)))
            found = {r["key"]: (r["node"], r["labels"]) for r in rows}
            return [found.get(k) for k in keys]

        return load

"""A micro-cache of whole GraphQL responses to read-only operations.

Why: analysts and dashboards send the same few questions again and again, and the
graph only changes when documents are written. A response is kept for a short
time (``BANGRAPH_CACHE_SECONDS``, default 1 s; 0 turns the cache off) and is
served again only while the store's write generation is the one it was computed
at: every write through this process (``ingest``, or anything else calling the
Store's write methods) makes the entries stale at once. Writes by *another*
process (a ``bangraph load`` into the same store, another server on the same
Neo4j) are seen within the cache time — the bound on staleness this trades for
throughput. Only successful responses (no ``errors``) of queries are kept, up to
``BANGRAPH_CACHE_ENTRIES`` (default 1024) responses of at most 256 KiB each, the
oldest dropped first. Responses say ``X-Bangraph-Cache: hit`` or ``miss``.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from dataclasses import dataclass

from api.gql.limits import env_number

MAX_ENTRY_BYTES = 256 * 1024


@dataclass(frozen=True)
class Entry:
    body: bytes
    media_type: str
    generation: object
    expires: float


class ResponseCache:
    def __init__(self, seconds: float | None = None, max_entries: int | None = None) -> None:
        self.seconds = env_number("BANGRAPH_CACHE_SECONDS", 1.0, float) if seconds is None else seconds
        self.max_entries = env_number("BANGRAPH_CACHE_ENTRIES", 1024) if max_entries is None else max_entries
        self._entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.hits = self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.seconds > 0 and self.max_entries > 0

    @staticmethod
    def key(media: str, params: dict) -> tuple | None:
        """The request's identity: response type, document text, variables, operation name, extensions."""
        try:
            variables = json.dumps(params.get("variables"), sort_keys=True, separators=(",", ":"))
            extensions = json.dumps(params.get("extensions"), sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError):
            return None
        return (media, params["query"], variables, params.get("operationName"), extensions)

    def get(self, key: tuple | None, generation: object) -> Entry | None:
        if key is None or not self.enabled:
            return None
        entry = self._entries.get(key)
        if entry is None or entry.generation != generation or entry.expires < time.monotonic():
            if entry is not None:
                del self._entries[key]
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: tuple | None, generation: object, body: bytes, media_type: str) -> None:
        if key is None or not self.enabled or len(body) > MAX_ENTRY_BYTES:
            return
        self._entries[key] = Entry(body, media_type, generation, time.monotonic() + self.seconds)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)

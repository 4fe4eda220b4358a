"""Where the graph lives, read from the environment.

``NEO4J_URI`` set: a Neo4j 5 server (``bolt://``, ``neo4j://`` routing URIs for
clusters). Otherwise: the embedded ArcadeDB store in ``BANGRAPH_STORE``
(default ``./data/store``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoreConfig:
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    store_dir: Path = Path("data/store")
    database: str = "bangraph"  # embedded database name
    heap: str = "1g"  # embedded JVM heap
    wait_seconds: float = 60.0  # how long to wait for another process's embedded server to answer
    jvm_args: tuple[str, ...] = ()  # extra options for the embedded JVM, when this process starts it

    @property
    def embedded(self) -> bool:
        return not self.neo4j_uri

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> StoreConfig:
        env = os.environ if env is None else env
        return cls(
            neo4j_uri=env.get("NEO4J_URI") or None,
            neo4j_user=env.get("NEO4J_USER", "neo4j"),
            neo4j_password=env.get("NEO4J_PASSWORD") or None,
            neo4j_database=env.get("NEO4J_DATABASE") or None,
            store_dir=Path(env.get("BANGRAPH_STORE", "data/store")),
            database=env.get("BANGRAPH_DATABASE", "bangraph"),
            heap=env.get("BANGRAPH_HEAP", "1g"),
            wait_seconds=float(env.get("BANGRAPH_STORE_WAIT", "60")),
        )

    def describe(self) -> str:
        return self.neo4j_uri if self.neo4j_uri else f"embedded ArcadeDB at {self.store_dir}"

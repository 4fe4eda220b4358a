"""graph/: the only place that speaks Cypher.

``open_store()`` gives a :class:`Store` over the official neo4j driver, on the
embedded ArcadeDB (default, ``BANGRAPH_STORE``) or a Neo4j 5 server
(``NEO4J_URI``). Statements are named and registered in :mod:`graph.catalog`.
"""

from graph.config import StoreConfig
from graph.store import FactError, Store, WriteResult, open_store

__all__ = ["FactError", "Store", "StoreConfig", "WriteResult", "open_store"]

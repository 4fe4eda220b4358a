"""The Neo4j backend path (NEO4J_URI) — exercised against a real Bolt server: the embedded ArcadeDB.

There is no Neo4j server on CI machines; ArcadeDB's Bolt plugin speaks the same protocol,
so the configuration, routing (neo4j://) and the whole write/read path are tested for real.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import make_facts

from graph import StoreConfig, open_store


def test_config_from_env_picks_the_backend():
    cfg = StoreConfig.from_env({})
    assert cfg.embedded and cfg.store_dir == Path("data/store")
    cfg = StoreConfig.from_env(
        {"NEO4J_URI": "neo4j://db:7687", "NEO4J_USER": "u", "NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "graph"}
    )
    assert not cfg.embedded
    assert (cfg.neo4j_uri, cfg.neo4j_user, cfg.neo4j_password, cfg.neo4j_database) == (
        "neo4j://db:7687",
        "u",
        "p",
        "graph",
    )
    assert StoreConfig.from_env({"BANGRAPH_STORE": "/x/y"}).store_dir == Path("/x/y")


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_server_backend_writes_and_reads_through_bolt(tmp_path, scheme):
    with open_store(StoreConfig(store_dir=tmp_path)):
        info = json.loads((tmp_path / "server.json").read_text())
        password = json.loads((tmp_path / "credentials.json").read_text())["password"]
        cfg = StoreConfig(
            neo4j_uri=f"{scheme}://127.0.0.1:{info['bolt_port']}",
            neo4j_user="root",
            neo4j_password=password,
            neo4j_database="bangraph",
        )
        with open_store(cfg) as remote:
            assert remote.backend == "neo4j" and not remote.owns_server
            assert remote.write_document(make_facts("r1", "Canada", "TikTok", "2023-02-27")).status == "created"
            assert remote.counts()["Ban"] == 1


def test_wrong_password_is_a_clear_error(tmp_path):
    from neo4j.exceptions import AuthError

    with open_store(StoreConfig(store_dir=tmp_path)):
        info = json.loads((tmp_path / "server.json").read_text())
        cfg = StoreConfig(neo4j_uri=f"bolt://127.0.0.1:{info['bolt_port']}", neo4j_user="root", neo4j_password="bad")
        with pytest.raises(AuthError):
            open_store(cfg)

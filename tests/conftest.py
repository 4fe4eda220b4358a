"""Shared fixtures: a real embedded ArcadeDB store (not a mock), started once per session.

- ``store``: an empty store (cleared before each test), database "test".
- ``corpus_store``: the dev corpus (``corpus/dev``) loaded once per session into its own
  database "corpus" of the same server; read-only for tests.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus" / "dev"
sys.path.insert(0, str(Path(__file__).parent))  # tests/factories.py

os.environ.setdefault("BANGRAPH_DB_LOG_LEVEL", "SEVERE")


@pytest.fixture(scope="session")
def store_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("store")


@pytest.fixture(scope="session")
def _session_store(store_root):
    from graph import StoreConfig, open_store

    s = open_store(StoreConfig(store_dir=store_root, database="test"))
    yield s
    s.close()


@pytest.fixture
def store(_session_store):
    _session_store.clear()
    yield _session_store


def load_corpus(store, directory: Path = CORPUS_DIR) -> list:
    """Load every article of ``directory`` into ``store`` the way ``bangraph load`` does."""
    from loaders.extract.pipeline import extract
    from loaders.sources import iter_documents

    documents = [d for d in iter_documents([directory]) if not isinstance(d, Exception) and hasattr(d, "text")]
    results = [store.write_document(facts) for facts in extract(documents)]
    store.refresh_derived_follows()
    return results


@pytest.fixture(scope="session")
def corpus_store(store_root):
    from graph import StoreConfig, open_store

    s = open_store(StoreConfig(store_dir=store_root, database="corpus"))
    s.clear()
    load_corpus(s)
    yield s
    s.close()


_EXIT_STATUS = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Close stores and leave without JPype's JVM teardown, which could crash (exit 139) after a green run.

    Same reasoning as ``api.cli._exit_after_embedded_jvm``: once every store is
    closed the embedded server has flushed and stopped; nothing is left for the
    JVM's own shutdown to do.
    """
    jpype = sys.modules.get("jpype")
    if jpype is None or not jpype.isJVMStarted():
        return
    from graph.store import close_all_stores

    close_all_stores()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["code"])

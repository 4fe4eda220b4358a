"""`bangraph serve` stops the embedded server cleanly on SIGTERM and SIGINT (real process, real store)."""

from __future__ import annotations

import signal

import pytest
from api_server import start_server
from factories import make_facts

from graph import StoreConfig, open_store

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_shuts_down_cleanly(tmp_path, sig):
    store_dir = tmp_path / "store"
    server = start_server(store_dir, tmp_path / "serve.log")
    try:
        assert (store_dir / "server.json").exists()
        # a second process shares the server the API owns
        with open_store(StoreConfig(store_dir=store_dir)) as client:
            assert not client.owns_server
            client.write_document(make_facts("s1", "Canada", "TikTok", "2023-02-27"))
        server.process.send_signal(sig)
        rc = server.process.wait(timeout=60)
    finally:
        server.stop()
    assert rc == 0 or rc == 128 + sig, server.log()[-2000:]
    assert not (store_dir / "server.json").exists(), "the embedded server was not stopped cleanly"
    assert "SIGSEGV" not in server.log()
    with open_store(StoreConfig(store_dir=store_dir)) as store:  # the data is there for the next owner
        assert store.owns_server and store.counts()["Document"] == 1

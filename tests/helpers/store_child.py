"""Child process for store durability and sharing tests.

Usage: store_child.py STORE_DIR write N   -> writes N documents, printing "committed <id>" after each
       store_child.py STORE_DIR hold      -> opens the store, prints "ready", waits for stdin to close
       store_child.py STORE_DIR lock      -> holds the store lock without starting a server (a hung owner)
       store_child.py STORE_DIR forget    -> opens the store, never closes it, dies of an exception
       store_child.py STORE_DIR refresh S -> recomputes derived follows for S seconds, prints "refreshed <n>"
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for factories
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo

from factories import make_facts  # noqa: E402

from graph import StoreConfig, open_store  # noqa: E402


def main() -> None:
    store_dir, mode = Path(sys.argv[1]), sys.argv[2]
    if mode == "lock":
        store_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(store_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("ready", flush=True)
        sys.stdin.read()
        return
    if mode == "forget":
        store = open_store(StoreConfig(store_dir=store_dir))
        store.read("read.ping")
        raise RuntimeError("deliberate failure with the store open")
    with open_store(StoreConfig(store_dir=store_dir)) as store:
        if mode == "write":
            for i in range(int(sys.argv[3])):
                doc_id = f"doc{i:04d}"
                store.write_document(make_facts(doc_id, f"Country {i}", f"App {i}", "2023-01-01", extra_sentences=20))
                print(f"committed {doc_id}", flush=True)
        elif mode == "refresh":
            stop, n = time.monotonic() + float(sys.argv[3]), 0
            print("ready", flush=True)
            while time.monotonic() < stop:
                store.refresh_derived_follows()
                n += 1
            print(f"refreshed {n}", flush=True)
        elif mode == "hold":
            print("ready", flush=True)
            sys.stdin.read()


if __name__ == "__main__":
    main()

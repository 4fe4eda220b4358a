"""The eval read-backs (graph/queries_eval.py) return what was written, so scoring through the store
equals scoring in memory."""

from __future__ import annotations

import json

from factories import make_facts, make_follow

from loaders.evaluate import KINDS, load_gold, pred_from_facts, read_predictions, score_docs


def gold_for(tmp_path, doc_id: str, imposer: str, target: str, announced: str, followed: str | None = None) -> None:
    data = {
        "id": doc_id,
        "entities": [
            {"name": imposer, "kind": "Jurisdiction", "aliases": []},
            {"name": target, "kind": "Product", "aliases": []},
            {"name": "Somebody Else", "kind": "Person", "aliases": []},
        ],
        "roles": [{"person": f"Minister of {imposer}", "title": "Minister", "organisation": imposer}],
        "bans": [
            {
                "imposed_by": imposer,
                "targets": [target],
                "scope": "government_devices",
                "status": "in_force",
                "announced": announced,
                "effective": None,
                "justified_by": [],
            }
        ],
        "follows": [{"follower": imposer, "followed": followed, "explicit": True}] if followed else [],
        "statements": [{"speaker": target, "stance": "opposes_ban", "about": "x"}],
        "laws": [],
    }
    (tmp_path / f"{doc_id}.gold.json").write_text(json.dumps(data), encoding="utf-8")


def test_read_back_matches_in_memory_scoring(store, tmp_path):
    a = make_facts("doc-a", "Westland", "Zoomcab", "2024-05-06")
    make_follow(a, "Eastland")
    b = make_facts("doc-b", "Eastland", "Zoomcab", "2024-04")
    for facts in (a, b):
        store.write_document(facts)
    store.refresh_derived_follows()  # derived follows must not be read back as explicit ones
    gold_for(tmp_path, "doc-a", "Westland", "Zoomcab", "2024-05", followed="Eastland")
    gold_for(tmp_path, "doc-b", "Eastland", "Zoomcab", "2024-04-02")
    gold = load_gold(tmp_path)

    from_store = read_predictions(store)
    assert sorted(from_store) == ["doc-a", "doc-b"]
    in_memory = {f.document.id: pred_from_facts(f) for f in (a, b)}
    for doc_id in in_memory:
        for kind in KINDS:
            mem = sorted(x.label() for x in getattr(in_memory[doc_id], kind))
            got = sorted(x.label() for x in getattr(from_store[doc_id], kind))
            assert got == mem, (doc_id, kind)

    report = score_docs(from_store, gold)
    assert report.as_dict() == score_docs(in_memory, gold).as_dict()
    c = report.counts
    assert (c["bans"].tp, c["follows"].tp, c["roles"].tp, c["statements"].tp) == (2, 1, 2, 2)
    assert c["entities"].fn == 2  # "Somebody Else" in both gold files
    assert report.attributes["announced"].right == 1  # doc-b predicts "2024-04" for gold "2024-04-02"

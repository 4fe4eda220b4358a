"""``bangraph eval DIR`` end to end: a throwaway store, the summary table last, misses listed with --verbose."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Canada bans TikTok on government phones

Canada on Monday banned TikTok from government-issued mobile devices, citing security concerns.

TikTok said it was disappointed by the decision.
"""
GOLD = {
    "id": "c1",
    "entities": [
        {"name": "Canada", "kind": "Jurisdiction", "aliases": []},
        {"name": "TikTok", "kind": "Product", "aliases": []},
        {"name": "Zelda Quibblewick", "kind": "Person", "aliases": []},  # not in the text: always a miss
    ],
    "roles": [],
    "bans": [
        {
            "imposed_by": "Canada",
            "targets": ["TikTok"],
            "scope": "government_devices",
            "status": "in_force",
            "announced": "2023-02-27",
            "effective": None,
            "justified_by": [],
        }
    ],
    "follows": [],
    "statements": [{"speaker": "TikTok", "stance": "opposes_ban", "about": "disappointed"}],
    "laws": [],
}


def bangraph_eval(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(
        {
            "TMPDIR": str(tmp / "tmp"),
            "BANGRAPH_STORE": str(tmp / "user-store"),  # must stay untouched
            "BANGRAPH_DB_LOG_LEVEL": "SEVERE",
            "COLUMNS": "120",
        }
    )
    (tmp / "tmp").mkdir(exist_ok=True)
    exe = Path(sys.executable).with_name("bangraph")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "api.cli"]
    return subprocess.run([*cmd, "eval", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def table_rows(stdout: str) -> dict[str, list[str]]:
    rows = {}
    for line in stdout.splitlines():
        cells = line.split()
        if cells and cells[0] in ("entities", "bans", "follows", "roles", "statements") and len(cells) == 7:
            rows[cells[0]] = cells[1:]
    return rows


def test_broken_gold_exits_2_before_starting_a_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "c1.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "c1.gold.json").write_text("{", encoding="utf-8")
    run = bangraph_eval(str(corpus), tmp=tmp_path)
    assert run.returncode == 2
    assert "c1.gold.json" in run.stdout + run.stderr
    assert not (tmp_path / "user-store").exists()


@pytest.mark.slow
def test_eval_scores_through_a_throwaway_store(tmp_path):
    pytest.importorskip("loaders.extract.pipeline")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "c1.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "c1.meta.json").write_text(json.dumps({"id": "c1", "published": "2023-02-28"}), encoding="utf-8")
    (corpus / "c1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    run = bangraph_eval(str(corpus), "--verbose", tmp=tmp_path)
    assert run.returncode == 0, run.stderr
    rows = table_rows(run.stdout)
    assert set(rows) == {"entities", "bans", "follows", "roles", "statements"}
    tp_fn = {kind: int(r[0]) + int(r[2]) for kind, r in rows.items()}  # every gold item is a hit or a miss
    assert tp_fn == {"entities": 3, "bans": 1, "follows": 0, "roles": 0, "statements": 1}
    assert "Zelda Quibblewick" in run.stdout  # listed as a miss
    assert run.stdout.rstrip().splitlines()[-1].startswith("matched bans:")  # the summary ends the output
    assert not (tmp_path / "user-store").exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary store is gone

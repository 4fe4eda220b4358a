"""Extraction gives the same facts whatever Python's string hashing: workers of a large load are separate processes,
each with its own hash seed, so any choice that follows a set's order would make the graph depend on the process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import dataclasses, json, sys
from pathlib import Path
from loaders.extract.pipeline import iter_extract
from loaders.model import Document
from loaders.sources import iter_documents

docs = [d for d in iter_documents([Path(sys.argv[1])]) if isinstance(d, Document)]
docs.append(Document(id="tie", published="2024-03-29", text=(
    "The House restricts a chatbot for staff\n\n"
    "Catherine Szpindor is the House Chief Administrative Officer. "
    "Rep. Ann Hale, who sits on the House Administration Committee, said she backed the decision. "
    "Last June the CAO restricted ChatGPT in House offices, allowing only the paid tier.")))
out = [dataclasses.asdict(f) for f in iter_extract(docs)]
print(json.dumps(out, sort_keys=True, default=str))
"""


def _facts(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "corpus" / "dev")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return done.stdout


def test_facts_do_not_depend_on_the_hash_seed():
    # the dev corpus, and a story naming a chamber and one of its committees before the chamber's administrative
    # officer acts (which body the officer serves was once picked in a set's order: seed 4 took the committee)
    first = _facts("1")
    tie = next(f for f in json.loads(first) if f["document"]["id"] == "tie")
    assert [b["imposed_by"] for b in tie["bans"]] == ["organisation/united-states-house-of-representatives"]
    assert _facts("4") == first, "facts differ between PYTHONHASHSEED=1 and 4"

"""``bangraph load``: bad inputs reported by name, the rest loaded, exit status, nothing half-written,
re-load idempotence and replacement of a changed document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.cli import load_paths
from loaders.evaluate import read_predictions
from loaders.model import Ban, DocumentFacts, Entity, Evidence, entity_id

ROOT = Path(__file__).resolve().parents[1]

ARTICLE_A = """Westland bans Zoomcab on government phones

The government of Westland on Monday banned the ride-sharing app Zoomcab from all government phones, \
citing concerns about where the app stores location data.

Zoomcab said it was disappointed by the decision and denied sharing data with any foreign government.
"""
ARTICLE_B = """Eastland follows Westland with Zoomcab ban

Eastland on Thursday barred Zoomcab from official devices, following Westland, which banned the app on Monday.

Officials in Eastland said the measure would be reviewed after six months.
"""


def _entity(doc_id: str, kind: str, name: str, text: str) -> Entity:
    i = text.index(name)
    return Entity(
        entity_id(kind, name), kind, name, [name], mentions=[Evidence(doc_id, text, i, i + len(name), "test")]
    )


def rule_extract(documents):
    """A deterministic extractor for store-path tests: one ban per document, from two known names."""
    out = []
    for d in documents:
        imposer = d.text.split()[0]  # the headline's first word names the imposer in these articles
        facts = DocumentFacts(document=d)
        if "Zoomcab" in d.text:
            j, p = _entity(d.id, "Jurisdiction", imposer, d.text), _entity(d.id, "Product", "Zoomcab", d.text)
            facts.entities = [j, p]
            facts.bans = [
                Ban(j.id, [p.id], "in_force", "government_devices", evidence=[Evidence(d.id, d.text, 0, 10, "test")])
            ]
        out.append(facts)
    return out


def write_corpus(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (directory / "b.txt").write_text(ARTICLE_B, encoding="utf-8")


def doc_ids(store) -> list[str]:
    return [r["id"] for r in store.read("eval.documents")]


def read_back(store, doc_id: str):
    """The document's facts as the store holds them (None when no trace of the document is left)."""
    return read_predictions(store).get(doc_id)


def test_a_document_whose_write_fails_leaves_nothing_and_the_rest_loads(store, tmp_path):
    write_corpus(tmp_path)

    def extract(documents):
        facts = rule_extract(documents)
        for f in facts:
            if f.document.id == "b":  # a ban whose imposer is not among the document's entities: refused by the store
                f.bans[0].imposed_by = entity_id("Jurisdiction", "Nowhere")
        return facts

    summary = load_paths(store, [tmp_path], extract=extract)
    assert doc_ids(store) == ["a"]
    assert summary.statuses["created"] == 1
    (failure,) = summary.failures
    assert failure.source == str(tmp_path / "b.txt") and "write failed" in failure.reason
    assert read_back(store, "b") is None


def test_an_extraction_failure_is_isolated_to_its_document(store, tmp_path):
    write_corpus(tmp_path)
    (tmp_path / "c.txt").write_text("Southland news\n\nA third article about Zoomcab in Westland.\n", encoding="utf-8")

    def extract(documents):
        if any(d.id == "c" for d in documents):
            if len(documents) > 1:
                raise RuntimeError("batch poisoned")
            raise ValueError("parser exploded")
        return rule_extract(documents)

    summary = load_paths(store, [tmp_path], extract=extract, batch_size=8)
    assert doc_ids(store) == ["a", "b"]
    (failure,) = summary.failures
    assert failure.source == str(tmp_path / "c.txt")
    assert "extraction failed" in failure.reason and "parser exploded" in failure.reason


def test_reload_is_idempotent_and_a_changed_document_replaces_its_facts(store, tmp_path):
    write_corpus(tmp_path)
    first = load_paths(store, [tmp_path], extract=rule_extract)
    assert first.statuses == {"created": 2, "replaced": 0, "unchanged": 0}
    counts = store.counts()
    second = load_paths(store, [tmp_path], extract=rule_extract)
    assert second.statuses == {"created": 0, "replaced": 0, "unchanged": 2}
    assert store.counts() == counts
    # b now names another app: its old ban (and the product only it mentioned) must go
    (tmp_path / "b.txt").write_text(ARTICLE_B.replace("Zoomcab", "Ridely"), encoding="utf-8")
    third = load_paths(store, [tmp_path], extract=rule_extract)
    assert third.statuses == {"created": 0, "replaced": 1, "unchanged": 1}
    assert read_back(store, "b").bans == []
    assert read_back(store, "b").entities == []  # the rule extractor knows no Ridely: no mention left
    assert len(read_back(store, "a").bans) == 1


# ------------------------------------------------------------------ the real CLI, real pipeline


def bangraph(*args: str, store_dir: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update({"BANGRAPH_STORE": str(store_dir), "BANGRAPH_DB_LOG_LEVEL": "SEVERE", **(env_extra or {})})
    exe = Path(sys.executable).with_name("bangraph")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "api.cli"]
    return subprocess.run([*cmd, "load", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def summary_row(stdout: str, label: str) -> int:
    for line in stdout.splitlines():
        cells = line.split()
        if cells[:1] == [label] and len(cells) > 1 and cells[1].isdigit():
            return int(cells[1])
    raise AssertionError(f"no {label!r} row in:\n{stdout}")


@pytest.mark.slow
def test_cli_reports_each_bad_input_by_name_and_loads_the_rest(tmp_path):
    pytest.importorskip("loaders.extract.pipeline")
    inputs = tmp_path / "in"
    write_corpus(inputs)
    (inputs / "nul.txt").write_bytes(b"Headline\n\nbinary\x00junk")
    (inputs / "empty.txt").write_text("   \n\n", encoding="utf-8")
    (inputs / "big.txt").write_text(ARTICLE_A * 40, encoding="utf-8")
    (inputs / "nopage.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (inputs / "dated.txt").write_text(ARTICLE_A.replace("Westland", "Northland"), encoding="utf-8")
    (inputs / "dated.meta.json").write_text(json.dumps({"published": "2023-13-01"}), encoding="utf-8")
    (inputs / "feed.jsonl").write_text(
        "\n".join([json.dumps({"id": "f1", "text": ARTICLE_B.replace("Eastland", "Southland")}), "{oops", "{}"]) + "\n",
        encoding="utf-8",
    )
    store_dir = tmp_path / "store"
    env = {"BANGRAPH_MAX_DOC_BYTES": "4000"}
    run = bangraph(str(inputs), "--quiet", store_dir=store_dir, env_extra=env)
    assert run.returncode == 1, run.stderr
    for expected in ("nul.txt", "empty.txt", "big.txt", "nopage.html", "dated.txt", "feed.jsonl:2", "feed.jsonl:3"):
        assert expected in run.stderr, (expected, run.stderr)
    assert summary_row(run.stdout, "loaded") == 3
    assert summary_row(run.stdout, "failed") == 7

    again = bangraph(str(inputs), "--quiet", store_dir=store_dir, env_extra=env)
    assert again.returncode == 1
    assert summary_row(again.stdout, "unchanged") == 3 and summary_row(again.stdout, "loaded") == 0

    good = bangraph(str(inputs / "a.txt"), str(inputs / "b.txt"), store_dir=store_dir)
    assert good.returncode == 0, good.stderr
    assert summary_row(good.stdout, "unchanged") == 2 and summary_row(good.stdout, "failed") == 0


def test_cli_without_a_usable_store_exits_2_with_a_message(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    run = bangraph(str(tmp_path / "a.txt"), store_dir=blocker / "store")
    assert run.returncode == 2
    assert "cannot open the store" in run.stderr and "Traceback" not in run.stderr


def test_interrupt_stops_loading_after_whole_documents(store, tmp_path):
    import threading

    write_corpus(tmp_path)
    calls = []

    def extract(documents):
        calls.append([d.id for d in documents])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return rule_extract(documents)

    with pytest.raises(KeyboardInterrupt):
        load_paths(store, [tmp_path], extract=extract, batch_size=1)
    for t in threading.enumerate():
        if t.name == "bangraph-extract":
            t.join(timeout=30)
    assert not any(t.name == "bangraph-extract" and t.is_alive() for t in threading.enumerate())
    # queued documents may be dropped on interrupt, but what is in the store is whole; b was never extracted
    assert set(doc_ids(store)) <= {"a"}
    for doc_id in doc_ids(store):
        assert len(read_back(store, doc_id).bans) == 1 and len(read_back(store, doc_id).entities) == 2
    assert calls == [["a"], ["b"]]


# -- extraction in worker processes (large loads)


def test_extraction_jobs_by_size_environment_and_option(monkeypatch):
    from loaders.cli import MAX_JOBS, POOL_MIN_DOCUMENTS, extraction_jobs

    monkeypatch.delenv("BANGRAPH_JOBS", raising=False)
    assert extraction_jobs(POOL_MIN_DOCUMENTS - 1) == 1  # a small load stays in this process
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert extraction_jobs(POOL_MIN_DOCUMENTS) == max(1, min(MAX_JOBS, cores))
    assert extraction_jobs(5, jobs=3) == 3  # --jobs wins whatever the size
    monkeypatch.setenv("BANGRAPH_JOBS", "2")
    assert extraction_jobs(5) == 2
    assert extraction_jobs(5, jobs=1) == 1
    monkeypatch.setenv("BANGRAPH_JOBS", "many")
    with pytest.raises(ValueError, match="BANGRAPH_JOBS"):
        extraction_jobs(500)


@pytest.mark.slow
def test_worker_processes_extract_what_one_process_does_in_input_order():
    import threading

    from loaders.cli import _pooled
    from loaders.extract.pipeline import PeopleRegistry, extract
    from loaders.model import Document

    texts = [
        "Northland bans Quikchat on state phones\n\nNorthland's interior minister, Ian Duncan Smith, said on Monday "
        "that the messaging app Quikchat would be removed from all government phones.",
        ARTICLE_A,
        ARTICLE_B,
        "Southland weighs a Quikchat ban\n\nThe former minister Iain Duncan Smith said on Tuesday that Southland "
        "should follow Northland and bar Quikchat from official devices.",
        "Westland lifts Zoomcab ban\n\nWestland on Friday lifted its ban on Zoomcab, a spokesman for the transport "
        "ministry said.",
    ]
    docs = [Document(id=f"d{i}", text=t, published="2024-03-15", source=f"d{i}.txt") for i, t in enumerate(texts)]
    expected = extract(docs, people=PeopleRegistry())

    out = list(_pooled(docs, batch_size=2, jobs=2, stop=threading.Event()))

    assert [e for _, errors in out for e in errors] == []
    pairs = [p for ps, _ in out for p in ps]
    assert [d.id for d, _ in pairs] == [d.id for d in docs]
    assert [f for _, f in pairs] == expected
    # the spelling variant in a later batch (another worker) takes the name met first, as in one process
    people = {e.name for _, f in pairs for e in f.entities if e.kind == "Person"}
    assert "Ian Duncan Smith" in people and "Iain Duncan Smith" not in people


@pytest.mark.slow
def test_a_document_failing_in_a_worker_fails_alone_and_by_name():
    import threading

    from loaders.cli import _pooled
    from loaders.extract.pipeline import extract
    from loaders.model import Document

    good = Document(id="good", text=ARTICLE_A, published="2024-03-15", source="good.txt")
    bad = Document(id="bad", text=b"\x00\x01 not text", published="2024-03-15", source="bad.txt")  # type: ignore[arg-type]

    out = list(_pooled([good, bad, good], batch_size=3, jobs=2, stop=threading.Event()))

    pairs = [p for ps, _ in out for p in ps]
    errors = [e for _, errs in out for e in errs]
    assert [d.id for d, _ in pairs] == ["good", "good"]
    assert pairs[0][1] == extract([good])[0] and pairs[0][1].statements  # the good ones are whole
    assert len(errors) == 1 and errors[0].source == "bad.txt" and "'bad'" in str(errors[0])


def test_cli_refuses_a_jobs_count_below_one(tmp_path):
    proc = bangraph(str(tmp_path), "--jobs", "0", store_dir=tmp_path / "store")
    assert proc.returncode == 2 and "--jobs" in proc.stderr and "must be 1 or more" in proc.stderr


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid and b"spawn_main" in cmdline:
                out.append(int(entry.name))
    return out


def test_an_extraction_worker_whose_parent_is_gone_before_it_starts_ends():
    # the parent's pid comes from the parent: a worker still starting when the load was killed must not take the
    # reaper it was handed to for its parent (it would wait for work forever)
    import time

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", f"from loaders.cli import _worker_start; _worker_start({gone.pid}); "
         "import time; time.sleep(120)"],
        cwd=ROOT, capture_output=True, text=True, timeout=100,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert time.monotonic() - started < 90


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_extraction_workers_end_when_the_loading_process_is_killed(tmp_path):
    import signal
    import time

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(200):
        (articles / f"a{i}.txt").write_text(ARTICLE_A.replace("Monday", f"Monday, the {i}th"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update({"BANGRAPH_STORE": str(tmp_path / "store"), "BANGRAPH_DB_LOG_LEVEL": "SEVERE"})
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "load", str(articles), "--quiet", "--jobs", "2"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) == 2, "the load did not start two extraction workers"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if Path(f"/proc/{w}").exists()]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "extraction workers outlived the killed load"

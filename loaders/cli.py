"""``bangraph load PATH...``: read, extract, write — and say plainly what failed.

Why this shape: a folder of scraped articles always holds some bad files, so
loading is per document. Each document is extracted (in batches, which spaCy
pipes efficiently) and written in its own transaction; a document that cannot
be read, extracted or written is reported by file (and line) with the reason
and leaves nothing behind, while the rest loads. The exit status is non-zero
when anything failed, after loading the rest. (A document loaded earlier whose
new version fails keeps its earlier facts: the failed replacement rolls back.)
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.model import Document, DocumentFacts
from loaders.sources import LoadError, iter_documents

BATCH_SIZE = 16  # documents per extract() call: enough for nlp.pipe to batch, small enough to show progress
FACT_KINDS = ("entities", "bans", "follows", "statements", "roles")
GRAPH_LABELS = {"entities": "Entity", "bans": "Ban", "follows": "Follow", "statements": "Statement", "roles": "Role"}


@dataclass
class LoadSummary:
    """What one ``load`` did: document outcomes, facts extracted, failures with reasons."""

    statuses: dict[str, int] = field(default_factory=lambda: {"created": 0, "replaced": 0, "unchanged": 0})
    extracted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FACT_KINDS, 0))
    failures: list[LoadError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    graph: dict[str, int] = field(default_factory=dict)  # node counts by label after the load
    derived_follows: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)


_warm_up: threading.Thread | None = None


def warm_up_extraction() -> None:
    """Load the spaCy pipeline in a background thread while the caller starts the store.

    Why: both take seconds at start-up (model files vs. the embedded JVM) and
    do not depend on each other; :func:`load_paths` waits for this thread
    before extracting, so the model is never loaded twice. Errors are left for
    the real call to raise.
    """
    global _warm_up

    def work() -> None:
        try:
            from loaders.extract.nlp import get_nlp

            get_nlp()
        except Exception:  # noqa: BLE001 - the extraction call itself will report it
            pass

    if _warm_up is None:
        _warm_up = threading.Thread(target=work, name="bangraph-warm-up", daemon=True)
        _warm_up.start()


def _where(doc: Document) -> tuple[str, int | None]:
    """(file, line) of a document, from its ``source`` (``path`` or ``path:line`` for JSONL)."""
    source = doc.source or doc.id
    head, _, tail = source.rpartition(":")
    if head and tail.isdigit():
        return head, int(tail)
    return source, None


def _failure(doc: Document, stage: str, exc: BaseException) -> LoadError:
    source, line = _where(doc)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return LoadError(source, line, f"{stage} failed for document {doc.id!r}: {type(exc).__name__}: {detail}")


def _extract_batch(
    batch: list[Document], extract: Callable[[list[Document]], list[DocumentFacts]]
) -> tuple[list[tuple[Document, DocumentFacts]], list[LoadError]]:
    """Extract a batch; if the batch fails, retry document by document so one bad article fails alone."""
    try:
        results = extract(batch)
        return _pair(batch, results)
    except Exception:  # noqa: BLE001 - isolate the failing document below
        if len(batch) == 1:
            raise
    pairs: list[tuple[Document, DocumentFacts]] = []
    errors: list[LoadError] = []
    for doc in batch:
        try:
            p, e = _pair([doc], extract([doc]))
        except Exception as exc:  # noqa: BLE001 - reported, the rest loads
            errors.append(_failure(doc, "extraction", exc))
            continue
        pairs += p
        errors += e
    return pairs, errors


def _pair(batch: list[Document], results: Sequence[DocumentFacts]) -> tuple[list[tuple[Document, DocumentFacts]], list]:
    by_id = {f.document.id: f for f in results}
    pairs, errors = [], []
    for doc in batch:
        facts = by_id.get(doc.id)
        if facts is None:
            errors.append(_failure(doc, "extraction", RuntimeError("no facts returned for this document")))
        else:
            pairs.append((doc, facts))
    return pairs, errors


def _batches(items: list[Document], n: int) -> Iterable[list[Document]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def load_paths(
    store,
    paths: Sequence[str | os.PathLike],
    *,
    quiet: bool = True,
    verbose: bool = False,
    console=None,
    extract: Callable[[list[Document]], list[DocumentFacts]] | None = None,
    batch_size: int = BATCH_SIZE,
    finish: bool = True,
) -> LoadSummary:
    """Load ``paths`` into ``store``; never raises for bad input (see :class:`LoadSummary`).

    ``quiet`` hides the progress bar; ``verbose`` prints one line per document
    on ``console`` (a rich Console on stderr by default). ``finish`` recomputes
    the derived follows and counts the graph (evaluation, which scores explicit
    follows only, skips both).
    """
    from rich.console import Console

    if extract is None:
        if _warm_up is not None:
            _warm_up.join()
        from loaders.extract.pipeline import extract as default_extract

        extract = default_extract
    console = console or Console(stderr=True)
    summary = LoadSummary()

    def failed(err: LoadError) -> None:
        summary.failures.append(err)
        if verbose:
            console.print(f"[red]failed[/red]    {err}", highlight=False, soft_wrap=True)

    documents: list[Document] = []
    for item in iter_documents(paths, on_skip=lambda src, why: summary.skipped.append(f"{src}: {why}")):
        if isinstance(item, LoadError):
            failed(item)
        else:
            documents.append(item)

    show_bar = not quiet and console.is_terminal and any(Path(p).is_dir() for p in paths) and documents
    progress = None
    if show_bar:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(
            TextColumn("loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        task = progress.add_task("load", total=len(documents))
        progress.start()

    def advance(n: int = 1) -> None:
        if progress is not None:
            progress.advance(task, n)

    lock = threading.Lock()  # summary and console are shared by the extracting and the writing thread

    def write_one(doc: Document, facts: DocumentFacts) -> None:
        try:
            result = store.write_document(facts)
        except Exception as exc:  # noqa: BLE001 - the transaction rolled back; report and go on
            with lock:
                failed(_failure(doc, "write", exc))
            advance()
            return
        with lock:
            summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
            if result.status != "unchanged":
                for kind in FACT_KINDS:
                    summary.extracted[kind] += len(getattr(facts, kind))
            if verbose:
                n = ", ".join(f"{len(getattr(facts, k))} {k}" for k in FACT_KINDS)
                console.print(f"{result.status:<10} {doc.source or doc.id}  ({n})", highlight=False, soft_wrap=True)
        advance()

    # Extraction (Python, spaCy) of batch n+1 overlaps the writes of batch n (mostly waiting on the
    # database): one writer thread, so documents are still written one transaction at a time, in order.
    pending: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            try:
                pairs = pending.get(timeout=0.2)
            except queue.Empty:
                continue
            if pairs is None:
                return
            for doc, facts in pairs:
                if stop.is_set():
                    return
                write_one(doc, facts)

    writer_thread = threading.Thread(target=writer, name="bangraph-writer", daemon=True)
    writer_thread.start()

    def hand_over(item) -> None:
        while writer_thread.is_alive():  # a writer that died must not leave us blocked on a full queue
            try:
                pending.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    try:
        for batch in _batches(documents, batch_size):
            try:
                pairs, errors = _extract_batch(batch, extract)
            except Exception as exc:  # noqa: BLE001 - a one-document batch that failed
                pairs, errors = [], [_failure(batch[0], "extraction", exc)]
            with lock:
                for err in errors:
                    failed(err)
            advance(len(errors))
            hand_over(pairs)
        hand_over(None)
        writer_thread.join()
    except BaseException:
        stop.set()  # Ctrl-C or a bug: the document being written completes (or rolls back), nothing else starts
        writer_thread.join()
        raise
    finally:
        if progress is not None:
            progress.stop()

    if finish:
        summary.derived_follows = store.refresh_derived_follows()
        summary.graph = store.counts()
    return summary


def render_summary(summary: LoadSummary, console, err_console=None) -> None:
    """The end-of-load table, then the failures by file with reasons (on ``err_console`` when given)."""
    from rich import box
    from rich.table import Table

    table = Table(title="bangraph load", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("documents")
    table.add_column("", justify="right")
    table.add_column("facts")
    table.add_column("this load", justify="right")
    table.add_column("in graph", justify="right")
    doc_rows = [
        ("loaded", summary.statuses.get("created", 0)),
        ("replaced", summary.statuses.get("replaced", 0)),
        ("unchanged", summary.statuses.get("unchanged", 0)),
        ("failed", summary.failed),
        ("", None),
    ]
    for (label, n), kind in zip(doc_rows, FACT_KINDS, strict=True):
        in_graph = summary.graph.get(GRAPH_LABELS[kind], 0)
        if kind == "follows":
            in_graph_text = f"{in_graph} ({summary.derived_follows} derived)"
        else:
            in_graph_text = str(in_graph)
        table.add_row(
            label,
            "" if n is None else str(n),
            kind,
            str(summary.extracted[kind]),
            in_graph_text,
        )
    console.print(table)
    if summary.failures:
        err_console = err_console or console
        err_console.print(f"[red]{summary.failed} input(s) failed:[/red]", highlight=False)
        for err in summary.failures:
            err_console.print(f"  {err}", highlight=False, soft_wrap=True, markup=False)


def run_load(args: argparse.Namespace) -> int:
    """``bangraph load PATH... [--quiet] [--verbose]``; exit status 1 when any input failed, 2 without a store."""
    from rich.console import Console

    from graph import open_store

    err_console = Console(stderr=True)
    out = Console()
    paths = list(args.paths)
    warm_up_extraction()
    try:
        store = open_store()
    except Exception as exc:  # noqa: BLE001 - busy store, bad credentials, unreachable server: say so, no traceback
        err_console.print(f"[red]error:[/red] cannot open the store: {type(exc).__name__}: {exc}", highlight=False)
        return 2
    with store:
        summary = load_paths(
            store,
            paths,
            quiet=bool(getattr(args, "quiet", False)),
            verbose=bool(getattr(args, "verbose", False)),
            console=err_console,
        )
    if getattr(args, "verbose", False):
        for note in summary.skipped:
            err_console.print(f"skipped   {note}", highlight=False, soft_wrap=True, markup=False)
    if not summary.failures and not any(summary.statuses.values()):
        err_console.print(f"nothing to load: no .txt, .html or .jsonl files in {', '.join(paths)}", highlight=False)
    render_summary(summary, out, err_console)
    return 1 if summary.failures else 0


if __name__ == "__main__":  # pragma: no cover
    from api.cli import main

    sys.exit(main(["load", *sys.argv[1:]]))

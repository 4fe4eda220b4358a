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
import dataclasses
import gc
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
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


def _default_extract() -> Callable[[list[Document]], list[DocumentFacts]]:
    """The pipeline's ``extract`` with one people registry for the whole load (one node per person across documents).

    Loads the spaCy model now, then freezes the heap (see :func:`_freeze_heap`).
    """
    from loaders.extract.nlp import get_nlp
    from loaders.extract.pipeline import PeopleRegistry, extract

    get_nlp()
    _freeze_heap()
    people = PeopleRegistry()
    return lambda documents: extract(documents, people=people)


def _freeze_heap() -> None:
    """Move every object alive now (the spaCy model, the gazetteer) out of reach of the cyclic GC.

    Why: the embedded store's JVM runs in this process through JPype, whose GC bridge answers
    every Java garbage collection with a full Python ``gc.collect()`` (under the GIL, on its
    "Python Reference Queue" thread). With the model in the heap each such collection took
    ~200 ms, 50-60 times per 500-article load: ~12 s in which extraction stood still (measured
    with per-thread CPU). Frozen, they scan only what the load allocated since, ~1 s in all.
    The frozen objects live as long as the load anyway; :meth:`Loading.write_into` unfreezes
    them when the load ends (only when this load froze them).
    """
    gc.collect()
    gc.freeze()


POOL_MIN_DOCUMENTS = 64  # below this, worker processes cost more to start (a spaCy model each) than they save
MAX_JOBS = 4  # each worker holds its own spaCy model (~0.4 GB resident)


def extraction_jobs(n_documents: int, jobs: int | None = None) -> int:
    """How many processes extract: ``jobs`` (``--jobs``) or ``BANGRAPH_JOBS`` when given; else one per core, up
    to :data:`MAX_JOBS`, for loads of :data:`POOL_MIN_DOCUMENTS` documents or more, and 1 (this process) below."""
    if jobs is None:
        env = os.environ.get("BANGRAPH_JOBS", "").strip()
        if env:
            try:
                jobs = int(env)
            except ValueError:
                raise ValueError(f"BANGRAPH_JOBS must be a whole number, got {env!r}") from None
    if jobs is not None:
        return max(1, jobs)
    if n_documents < POOL_MIN_DOCUMENTS:
        return 1
    return max(
        1, min(MAX_JOBS, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    )


class _Verbatim:
    """A people registry that changes nothing: workers leave the names of people to the parent's one registry."""

    @staticmethod
    def canonicalise(facts: DocumentFacts) -> DocumentFacts:
        return facts


_WORKER_EXTRACT: Callable[[list[Document]], list[DocumentFacts]] | None = None


def _worker_start(parent: int) -> None:
    """In each extraction process: leave Ctrl-C to the parent (which stops the pool), end with the parent, load
    the model once. ``parent`` is the loading process's pid, handed over by the parent itself: read here with
    ``os.getppid()`` it would be the reaper's when the parent was killed while this process was still starting,
    and the watch below would then wait for the wrong process forever."""
    import signal
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def end_with_parent() -> None:
        # a parent that ends abruptly (killed, or its os._exit after the JVM) cannot stop its pool: without
        # this, its workers would wait for work forever (they hold the task queue's write end themselves)
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=end_with_parent, name="bangraph-parent-watch", daemon=True).start()
    from loaders.extract.nlp import get_nlp
    from loaders.extract.pipeline import extract

    get_nlp()
    gc.collect()
    gc.freeze()  # the model and the gazetteer stay out of the cyclic GC's scans (see _freeze_heap)
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = lambda documents: extract(documents, people=_Verbatim())  # noqa: E731


def _worker_batch(batch: list[Document]) -> tuple[list[tuple[Document, DocumentFacts]], list[LoadError]]:
    assert _WORKER_EXTRACT is not None
    try:
        return _extract_batch(batch, _WORKER_EXTRACT)
    except Exception as exc:  # noqa: BLE001 - a one-document batch that failed
        return [], [_failure(batch[0], "extraction", exc)]


def _pooled(
    documents: list[Document], batch_size: int, jobs: int, stop: threading.Event
) -> Iterator[tuple[list[tuple[Document, DocumentFacts]], list]]:
    """Extract batches in ``jobs`` worker processes, a few batches ahead, yielding them in input order.

    Why processes: spaCy and the rules are Python under one GIL, so a thread cannot use a second core; the
    store's writes (the embedded JVM) keep up on what is left. Workers are spawned, never forked (the parent
    may already run the JVM). People's names are made consistent here, in input order, with one registry
    for the load, exactly as in a single process. A worker that dies fails its batches' documents, by name.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from loaders.extract.pipeline import PeopleRegistry

    people = PeopleRegistry()
    batches = iter(_batches(documents, batch_size))
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
        initargs=(os.getpid(),),
    )
    pending: deque = deque()

    def submit() -> None:
        batch = next(batches, None)
        if batch is not None:
            pending.append((batch, pool.submit(_worker_batch, batch)))

    try:
        for _ in range(2 * jobs):
            submit()
        while pending and not stop.is_set():
            batch, future = pending.popleft()
            try:
                pairs, errors = future.result()
            except Exception as exc:  # noqa: BLE001 - the worker died (killed, out of memory): its documents fail
                pairs, errors = [], [_failure(doc, "extraction", exc) for doc in batch]
            submit()
            yield [(doc, people.canonicalise(facts)) for doc, facts in pairs], errors
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _batches(items: list[Document], n: int) -> Iterable[list[Document]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Loading:
    """A load in progress: reading and extraction run in a background thread from construction on.

    Why a background producer: the store's start-up (the embedded JVM) and the
    spaCy model load, reading and extraction are independent, so ``run_load``
    and ``bangraph eval`` start this first and open the store meanwhile; then
    :meth:`write_into` writes each extracted batch while the next one is being
    extracted. Writes stay on the caller's thread, one transaction per document,
    in input order.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike],
        *,
        extract: Callable[[list[Document]], list[DocumentFacts]] | None = None,
        batch_size: int = BATCH_SIZE,
        jobs: int | None = None,
    ):
        self.paths = list(paths)
        self.skipped: list[str] = []
        self._extract = extract
        self._batch_size = batch_size
        self._jobs = jobs
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._stop = threading.Event()
        self._froze_heap = False  # set by the producer when the default extraction froze the heap
        self._thread = threading.Thread(target=self._produce, name="bangraph-extract", daemon=True)
        self._thread.start()

    # -- producer (background thread)
    def _put(self, message: tuple) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(message, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self) -> None:
        try:
            documents: list[Document] = []
            failures: list[LoadError] = []
            for item in iter_documents(self.paths, on_skip=lambda src, why: self.skipped.append(f"{src}: {why}")):
                (failures if isinstance(item, LoadError) else documents).append(item)
            if not self._put(("read", len(documents), failures)):
                return
            for pairs, errors in self._extracted(documents):
                if not self._put(("batch", pairs, errors)):
                    return
            self._put(("done",))
        except BaseException as exc:  # noqa: BLE001 - handed to the writing thread, which re-raises it
            self._put(("crash", exc))

    def _extracted(self, documents: list[Document]) -> Iterator[tuple[list[tuple[Document, DocumentFacts]], list]]:
        """(pairs, errors) per batch, in input order: in worker processes for a large load, else in this thread."""
        if self._extract is None and documents and extraction_jobs(len(documents), self._jobs) > 1:
            yield from _pooled(documents, self._batch_size, extraction_jobs(len(documents), self._jobs), self._stop)
            return
        extract = self._extract
        if extract is None and documents:
            extract = _default_extract()
            self._froze_heap = True
        for batch in _batches(documents, self._batch_size):
            if self._stop.is_set():
                return
            try:
                yield _extract_batch(batch, extract)
            except Exception as exc:  # noqa: BLE001 - a one-document batch that failed
                yield [], [_failure(batch[0], "extraction", exc)]

    # -- consumer (caller's thread)
    def _messages(self):
        while True:
            try:
                message = self._queue.get(timeout=0.2)
            except queue.Empty:
                if not self._thread.is_alive() and self._queue.empty():
                    raise RuntimeError("the extraction thread ended without finishing") from None
                continue
            if message[0] == "crash":
                raise message[1]
            if message[0] == "done":
                return
            yield message

    def cancel(self) -> None:
        """Stop reading and extracting (the batch under way finishes in the background)."""
        self._stop.set()

    def write_into(
        self, store, *, quiet: bool = True, verbose: bool = False, console=None, finish: bool = True
    ) -> LoadSummary:
        """Write every extracted document into ``store``; never raises for bad input.

        ``quiet`` hides the progress bar; ``verbose`` prints one line per
        document on ``console`` (a rich Console on stderr by default).
        ``finish`` recomputes the derived follows and counts the graph
        (evaluation, which scores explicit follows only, skips both).
        """
        from rich.console import Console

        console = console or Console(stderr=True)
        summary = LoadSummary()
        progress = task = None

        def failed(err: LoadError) -> None:
            summary.failures.append(err)
            if verbose:
                console.print(f"[red]failed[/red]    {err}", highlight=False, soft_wrap=True)

        def advance(n: int = 1) -> None:
            if progress is not None:
                progress.advance(task, n)

        try:
            for message in self._messages():
                if message[0] == "read":
                    _, n_documents, failures = message
                    for err in failures:
                        failed(err)
                    if not quiet and console.is_terminal and n_documents and any(Path(p).is_dir() for p in self.paths):
                        progress, task = _progress_bar(console, n_documents)
                    continue
                _, pairs, errors = message
                for err in errors:
                    failed(err)
                advance(len(errors))
                for doc, facts in pairs:
                    self._write_one(store, doc, facts, summary, failed, verbose, console)
                    advance()
        except BaseException:
            self.cancel()  # Ctrl-C or a bug: documents already written are whole; nothing else is written
            raise
        finally:
            if progress is not None:
                progress.stop()
            if self._froze_heap:
                gc.unfreeze()
        summary.skipped = list(self.skipped)
        if finish:
            summary.derived_follows = store.refresh_derived_follows()
            summary.graph = store.counts()
        return summary

    @staticmethod
    def _write_one(store, doc: Document, facts: DocumentFacts, summary: LoadSummary, failed, verbose, console) -> None:
        try:
            result = store.write_document(facts)
        except Exception as exc:  # noqa: BLE001 - the transaction rolled back; report and go on
            failed(_failure(doc, "write", exc))
            return
        summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
        if result.status != "unchanged":
            for kind in FACT_KINDS:
                summary.extracted[kind] += len(getattr(facts, kind))
        if verbose:
            n = ", ".join(f"{len(getattr(facts, k))} {k}" for k in FACT_KINDS)
            console.print(f"{result.status:<10} {doc.source or doc.id}  ({n})", highlight=False, soft_wrap=True)


def _progress_bar(console, total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True
    )
    task = progress.add_task("load", total=total)
    progress.start()
    return progress, task


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
    jobs: int | None = None,
) -> LoadSummary:
    """Load ``paths`` into an open ``store`` (see :class:`Loading`); never raises for bad input."""
    loading = Loading(paths, extract=extract, batch_size=batch_size, jobs=jobs)
    return loading.write_into(store, quiet=quiet, verbose=verbose, console=console, finish=finish)


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


# The embedded store's JVM, when this command starts it, compiles with C1 only. A load is a short
# batch sharing 2 cores with spaCy: C2's optimising compiler spent ~12-15 s of CPU on a 500-article
# load (per-thread CPU), which never paid back -- with C1 alone the same 500 documents write in
# 9.9-10.3 s of JVM CPU instead of 15-19.5 s, even on a second pass. Long-lived servers keep C2.
LOAD_JVM_ARGS = "-XX:TieredStopAtLevel=1"


def _load_config():
    """The configured store, its embedded JVM (when this command starts it) with LOAD_JVM_ARGS, unless
    the user's own ARCADEDB_JVM_ARGS already choose the compiler."""
    from graph import StoreConfig

    config = StoreConfig.from_env()
    if "TieredStopAtLevel" in os.environ.get("ARCADEDB_JVM_ARGS", ""):
        return config
    return dataclasses.replace(config, jvm_args=(*config.jvm_args, LOAD_JVM_ARGS))


def _yield_to_extraction(niceness: int = 10) -> None:
    """Lower the priority of this thread, and so of the JVM threads it is about to start (Linux).

    Why: extraction (one thread, spaCy) is a load's critical path; writing (this thread, the
    embedded JVM's Bolt, compiler and GC threads) only has to keep up. On 2 cores, at equal
    priority, the extraction thread waited 8-21 s on the run queue in a 500-article load
    (/proc schedstat) while JVM threads ran; with them at nice +10 it waits ~0.6 s and the
    writes still keep up (the writer is idle most of the load). Raising one's niceness needs
    no privilege; only this thread and the threads it creates from now on are affected (the
    extraction thread has started already). Elsewhere (macOS renices the whole process), or
    if refused, nothing changes.
    """
    if not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + niceness))
    except OSError:
        pass


def run_load(args: argparse.Namespace) -> int:
    """``bangraph load PATH... [--quiet] [--verbose]``; exit status 1 when any input failed, 2 without a store."""
    from rich.console import Console

    from graph import open_store

    err_console = Console(stderr=True)
    out = Console()
    paths = list(args.paths)
    loading = Loading(paths, jobs=getattr(args, "jobs", None))  # reads and extracts while the store starts
    _yield_to_extraction()
    try:
        store = open_store(_load_config())
    except Exception as exc:  # noqa: BLE001 - busy store, bad credentials, unreachable server: say so, no traceback
        loading.cancel()
        err_console.print(f"[red]error:[/red] cannot open the store: {type(exc).__name__}: {exc}", highlight=False)
        return 2
    with store:
        summary = loading.write_into(
            store,
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

"""A small benchmark harness: timing with warm-up, percentiles, ratios, one results table.

Why ratios: the machines bangraph is measured on are shared and noisy, so an absolute number
says little from one run to the next. Every benchmark measures its baseline in the same run, on
the same data, and reports ``value / baseline`` next to the goal from the issue. Nothing here is
asserted; ``make bench`` prints, people read.

A benchmark is a function registered with :func:`bench`; it receives a :class:`Context` (quick
mode, work directory, sizes) and records rows in ``ctx.report``::

    @bench("store.lookup", issue=2, doc="point lookup and 2-hop latency")
    def lookup(ctx: Context) -> None:
        stats = time_calls(lambda: store.read("bench.read.point", id=some_id), warmup=50, repeat=ctx.n(2000, 50))
        ctx.report.latency("point lookup", stats)

``python -m benchmarks --quick`` runs every benchmark on tiny sizes (a smoke test, seconds not
minutes); ``--only NAME`` picks some; generated data goes under ``.bench/`` (git-ignored).
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORKDIR = ROOT / ".bench"


# -- measuring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Latencies of repeated calls, in seconds."""

    samples: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.samples:
            raise ValueError("Stats needs at least one sample")

    @property
    def n(self) -> int:
        return len(self.samples)

    def percentile(self, p: float) -> float:
        """Linear-interpolated percentile, ``p`` in [0, 100]."""
        if not 0 <= p <= 100:
            raise ValueError(f"percentile must be within [0, 100], got {p}")
        xs = sorted(self.samples)
        if len(xs) == 1:
            return xs[0]
        k = (len(xs) - 1) * p / 100
        lo = int(k)
        hi = min(lo + 1, len(xs) - 1)
        return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples)


def time_calls(fn: Callable[[], object], *, repeat: int, warmup: int = 0) -> Stats:
    """Call ``fn`` ``warmup`` times untimed, then ``repeat`` times timed one by one."""
    if repeat < 1:
        raise ValueError(f"repeat must be >= 1, got {repeat}")
    for _ in range(warmup):
        fn()
    samples = []
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a collection in the middle of one call is noise, not the code under test
    try:
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t0)
    finally:
        if gc_was_enabled:
            gc.enable()
    return Stats(tuple(samples))


def time_pair(
    a: Callable[[], object],
    b: Callable[[], object],
    *,
    repeat: int,
    warmup: int = 0,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[Stats, Stats]:
    """Time ``a`` and ``b`` alternately (a, b, a, b, …) so that the machine's noise hits both alike.

    Use it when ``b`` is the baseline of ``a``: measured one after the other, whichever runs during
    someone else's burst of work loses, and the ratio says more about the neighbours than the code.
    """
    if repeat < 1:
        raise ValueError(f"repeat must be >= 1, got {repeat}")
    for _ in range(warmup):
        a()
        b()
    sa: list[float] = []
    sb: list[float] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            for fn, out in ((a, sa), (b, sb)):
                t0 = clock()
                fn()
                out.append(clock() - t0)
    finally:
        if gc_was_enabled:
            gc.enable()
    return Stats(tuple(sa)), Stats(tuple(sb))


def warm_pair(
    a: Callable[[], object],
    b: Callable[[], object],
    *,
    window: int,
    tolerance: float = 0.05,
    max_seconds: float = 60.0,
    clock: Callable[[], float] = time.perf_counter,
) -> int:
    """Run ``a`` and ``b`` alternately, untimed for the result, until both are steady; return how many
    pairs ran.

    Why: a JVM-hosted database compiles its hot paths over the first thousands of queries, and while
    its compiler threads run they compete for the cores with the code under test (measured in
    benchmarks/README.md: a cold server spends 2-3x the CPU per statement). A fixed warm-up count
    is either too short on a slow machine or wasted on a fast one. Steady: the median of a window of
    ``window`` calls moved by at most ``tolerance`` (relative) since the previous window, for both
    ``a`` and ``b``. ``max_seconds`` bounds it: a machine too noisy to settle is measured anyway.
    """
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    deadline = clock() + max_seconds
    previous: tuple[float, float] | None = None
    pairs = 0
    while True:
        sa, sb = time_pair(a, b, repeat=window, clock=clock)
        pairs += window
        now = (sa.p50, sb.p50)
        if previous is not None and all(
            abs(n - p) <= tolerance * max(p, 1e-12) for n, p in zip(now, previous, strict=True)
        ):
            return pairs
        if clock() >= deadline:
            return pairs
        previous = now


@contextlib.contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed seconds."""
    out: list[float] = []
    t0 = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - t0)


def best_of(rounds: int, fn: Callable[[], float]) -> float:
    """The best (highest) of ``rounds`` rates returned by ``fn``: the least disturbed run."""
    return max(fn() for _ in range(max(1, rounds)))


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process (this one by default), in MiB."""
    import psutil

    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


# -- reporting ---------------------------------------------------------------------------------


@dataclass
class Row:
    bench: str
    metric: str
    value: str
    baseline: str = ""
    ratio: str = ""
    goal: str = ""
    verdict: str = ""


def _fmt(x: float, unit: str) -> str:
    if unit == "ms":
        return f"{x * 1000:.2f} ms"
    if unit == "s":
        return f"{x:.2f} s"
    if unit == "MiB":
        return f"{x:.0f} MiB"
    if x >= 100:
        return f"{x:,.0f} {unit}".strip()
    return f"{x:.2f} {unit}".strip()


def _meets(ratio: float, goal: str) -> str:
    op, _, num = goal.partition(" ")
    try:
        target = float(num)
    except ValueError:
        return ""
    ok = ratio >= target if op == ">=" else ratio <= target if op == "<=" else None
    return "" if ok is None else ("meets" if ok else "misses")


@dataclass
class Report:
    """Rows of results, printed as one table at the end (and as each bench finishes)."""

    rows: list[Row] = field(default_factory=list)
    current: str = ""

    def add(self, metric: str, value: str, **kw) -> Row:
        row = Row(self.current, metric, value, **kw)
        self.rows.append(row)
        return row

    def value(self, metric: str, x: float, unit: str = "") -> Row:
        return self.add(metric, _fmt(x, unit))

    def ratio(self, metric: str, value: float, baseline: float, unit: str = "", *, goal: str = "") -> float:
        """Record ``value`` against ``baseline`` measured in the same run; goal like ``">= 0.8"``."""
        r = value / baseline if baseline else float("nan")
        self.add(
            metric,
            _fmt(value, unit),
            baseline=_fmt(baseline, unit),
            ratio=f"{r:.2f}",
            goal=goal,
            verdict=_meets(r, goal),
        )
        return r

    def limit(self, metric: str, value: float, unit: str, maximum: float) -> None:
        """Record an absolute value against an upper bound from the issue (e.g. p99 <= 50 ms)."""
        self.add(
            metric,
            _fmt(value, unit),
            goal=f"<= {_fmt(maximum, unit)}",
            verdict="meets" if value <= maximum else "misses",
        )

    def latency(self, metric: str, stats: Stats, baseline: Stats | None = None, *, goal: str = "") -> None:
        """p50 and p99 of ``stats`` (and their ratio to ``baseline``'s when given)."""
        for name, pick in (("p50", Stats.p50.fget), ("p99", Stats.p99.fget)):
            if baseline is None:
                self.add(f"{metric} {name}", _fmt(pick(stats), "ms"))
            else:
                self.ratio(f"{metric} {name}", pick(stats), pick(baseline), "ms", goal=goal if name == "p50" else "")

    def render(self, title: str = "bangraph benchmarks") -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for col, kw in (
            ("bench", {}),
            ("metric", {}),
            ("value", {"justify": "right"}),
            ("baseline", {"justify": "right"}),
            ("ratio", {"justify": "right"}),
            ("goal", {}),
            ("", {}),
        ):
            table.add_column(col, **kw)
        for r in self.rows:
            verdict = {"meets": "[green]meets[/]", "misses": "[red]misses[/]"}.get(r.verdict, "")
            table.add_row(r.bench, r.metric, r.value, r.baseline, r.ratio, r.goal, verdict)
        import sys

        # Piped output (CI logs, `| tee`) would otherwise be squeezed to 80 columns.
        Console(width=None if sys.stdout.isatty() else 160).print(table)


# -- running -----------------------------------------------------------------------------------


@dataclass
class Context:
    """What a benchmark gets: quick mode, where to put data, the report."""

    quick: bool = False
    workdir: Path = DEFAULT_WORKDIR
    report: Report = field(default_factory=Report)
    keep: bool = False  # keep generated stores after the run

    def n(self, full: int, quick: int) -> int:
        """A size: ``full`` normally, ``quick`` in quick mode."""
        return quick if self.quick else full

    def path(self, name: str, *, fresh: bool = True) -> Path:
        """A directory under the work directory, emptied first unless ``fresh=False``."""
        p = self.workdir / name
        if fresh and p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True, exist_ok=True)
        return p

    def log(self, message: str) -> None:
        from rich.console import Console

        Console(stderr=True).print(f"[dim]{self.report.current}:[/] {message}")


@dataclass(frozen=True)
class Bench:
    name: str
    fn: Callable[[Context], None]
    issue: int
    doc: str


BENCHES: dict[str, Bench] = {}


def bench(name: str, *, issue: int, doc: str = "") -> Callable[[Callable[[Context], None]], Callable[[Context], None]]:
    """Register a benchmark under ``name`` (run in registration order)."""

    def register(fn: Callable[[Context], None]) -> Callable[[Context], None]:
        if name in BENCHES and BENCHES[name].fn is not fn:
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHES[name] = Bench(name, fn, issue, doc or (fn.__doc__ or "").strip().splitlines()[0])
        return fn

    return register


def run(names: list[str], ctx: Context) -> list[tuple[str, BaseException]]:
    """Run the named benchmarks; a failing one is reported and the others still run."""
    failures: list[tuple[str, BaseException]] = []
    for name in names:
        ctx.report.current = name
        ctx.log("running" + (" (quick)" if ctx.quick else ""))
        t0 = time.perf_counter()
        try:
            BENCHES[name].fn(ctx)
        except Exception as e:  # noqa: BLE001 - one broken bench must not hide the others' results
            failures.append((name, e))
            ctx.report.add("FAILED", f"{type(e).__name__}: {e}"[:200])
        ctx.log(f"done in {time.perf_counter() - t0:.1f} s")
    return failures

"""Scoring extracted facts against the hand-made gold files (``*.gold.json``).

Why one scorer for two modes: the extraction engineers measure themselves in
memory (``python -m loaders.evaluate corpus/dev``: read, extract, score) while
``bangraph eval DIR`` measures the whole product (load DIR into a fresh
temporary store, read the facts back with Cypher, score). Both reduce their
predictions to the same plain records (:class:`PredDoc`) and go through
:func:`score_docs`, so the numbers mean the same thing.

The rules are those of ``corpus/README.md``; where the README leaves a choice,
this module makes it explicitly:

* **names** match when, after :func:`norm_name` (NFKC, lower-case, punctuation
  and symbol characters dropped — so "U.S." is "us" and "Chinese-owned" is
  "chineseowned" — whitespace collapsed, a leading "the" dropped), any of the
  predicted name + aliases equals any of the gold name + aliases;
* every kind is matched **one-to-one** per document (a maximum matching; among
  maximum matchings, bans prefer the one that agrees most on
  announced/scope/status), so a duplicated prediction counts as a false positive;
* **roles**: same person and the titles share at least half their words:
  ``shared ≥ ½ × (distinct words of the shorter title)``, words being the
  lower-cased title split on spaces and dashes ("vice-president" is two words),
  other punctuation dropped, minus a few function words ("of", "the", "and", …);
* **follows**: explicit ones only, on both sides;
* **ban attributes**, for matched bans only: ``announced`` is right when the
  prediction agrees at the gold's precision (a prediction is cut to the gold's
  length; a coarser prediction is wrong; a gold ``null`` accepts only ``null``);
  ``scope`` and ``status`` are compared only when the gold gives them;
* a predicted item belongs to a document when its evidence (for entities: a
  mention) names the document's id; predictions for documents that have no gold
  file are not scored (listed as ``unscored``).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.model import MEASURES_APART

if TYPE_CHECKING:  # pragma: no cover
    from loaders.model import DocumentFacts

KINDS = ("entities", "bans", "follows", "roles", "statements")
ATTRIBUTES = ("announced", "scope", "status")
_TITLE_STOPWORDS = frozenset({"of", "the", "a", "an", "and", "for", "in", "on", "at", "to", "de"})
_BIG = 1000.0  # weight of one match; attribute agreement (≤ 3 per pair) only breaks ties


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file."""


class StoreUnavailable(RuntimeError):
    """The throwaway evaluation store could not be started."""


# --------------------------------------------------------------------------- names


def _strip_punctuation(text: str, *, dash: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKC", text).lower():
        cat = unicodedata.category(ch)
        if cat == "Pd":
            out.append(dash)
        elif cat[0] in "PS":
            continue
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def norm_name(text: str) -> str:
    """Normalise a name for matching: ``"The U.S. State-Department"`` -> ``"us statedepartment"``."""
    text = _strip_punctuation(text, dash="")
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Names:
    """A reference to an entity: a display label and every normalised form it answers to."""

    label: str
    keys: frozenset[str]

    @classmethod
    def of(cls, name: str, aliases: Iterable[str] = ()) -> Names:
        keys = {norm_name(n) for n in [name, *aliases] if n}
        keys.discard("")
        return cls(name, frozenset(keys))

    def matches(self, other: Names) -> bool:
        return not self.keys.isdisjoint(other.keys)


def title_words(title: str) -> list[str]:
    words = _strip_punctuation(title, dash=" ").split()
    content = [w for w in words if w not in _TITLE_STOPWORDS]
    return content or words


def titles_match(a: str, b: str) -> bool:
    """Titles share at least half the words of the shorter one (see module docstring)."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return False
    shared = len(set(wa) & set(wb))
    return 2 * shared >= min(len(set(wa)), len(set(wb)))


def date_right(gold: str | None, pred: str | None) -> bool:
    """``announced`` agreement at the gold's precision (gold "2023-02" accepts "2023-02-27", not vice versa)."""
    if not gold:
        return not pred
    if not pred or len(pred) < len(gold):
        return False
    return pred[: len(gold)] == gold


# --------------------------------------------------------------------------- records


@dataclass
class PEntity:
    names: Names

    def label(self) -> str:
        return self.names.label


@dataclass
class PBan:
    imposer: Names
    targets: list[Names]
    scope: str | None = None
    status: str | None = None
    announced: str | None = None

    def label(self) -> str:
        bits = [b for b in (self.scope, self.status, self.announced) if b]
        return f"{self.imposer.label} -> {', '.join(t.label for t in self.targets)} ({', '.join(bits)})"


@dataclass
class PFollow:
    follower: Names
    followed: Names

    def label(self) -> str:
        return f"{self.follower.label} follows {self.followed.label}"


@dataclass
class PRole:
    person: Names
    title: str

    def label(self) -> str:
        return f"{self.person.label}: {self.title}"


@dataclass
class PStatement:
    speaker: Names
    stance: str

    def label(self) -> str:
        return f"{self.speaker.label}: {self.stance}"


@dataclass
class PredDoc:
    """The facts of one document, reduced to what the scoring rules look at."""

    entities: list[PEntity] = field(default_factory=list)
    bans: list[PBan] = field(default_factory=list)
    follows: list[PFollow] = field(default_factory=list)
    roles: list[PRole] = field(default_factory=list)
    statements: list[PStatement] = field(default_factory=list)


# --------------------------------------------------------------------------- gold


def _gold_doc(data: dict, source: str) -> PredDoc:
    try:
        by_name = {}
        doc = PredDoc()
        for e in data.get("entities", []):
            names = Names.of(e["name"], e.get("aliases") or [])
            by_name[e["name"]] = names
            doc.entities.append(PEntity(names))

        def ref(name: str) -> Names:
            return by_name.get(name) or Names.of(name)

        for b in data.get("bans", []):
            doc.bans.append(
                PBan(
                    ref(b["imposed_by"]),
                    [ref(t) for t in b["targets"]],
                    b.get("scope"),
                    b.get("status"),
                    b.get("announced"),
                )
            )
        for f in data.get("follows", []):
            if f.get("explicit", True):
                doc.follows.append(PFollow(ref(f["follower"]), ref(f["followed"])))
        for r in data.get("roles", []):
            doc.roles.append(PRole(ref(r["person"]), r["title"]))
        for s in data.get("statements", []):
            doc.statements.append(PStatement(ref(s["speaker"]), s["stance"]))
    except (KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{source}: malformed gold record ({type(exc).__name__}: {exc})") from exc
    return doc


def load_gold(directory: str | Path) -> dict[str, PredDoc]:
    """Every ``*.gold.json`` under ``directory`` (recursive), by document id (the file's ``id``, else its stem)."""
    root = Path(directory)
    if not root.is_dir():
        raise GoldError(f"{root}: not a directory")
    gold: dict[str, PredDoc] = {}
    for path in sorted(root.rglob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: cannot read gold file ({exc})") from exc
        if not isinstance(data, dict):
            raise GoldError(f"{path}: gold file is not a JSON object")
        doc_id = data.get("id") or path.name[: -len(".gold.json")]
        gold[doc_id] = _gold_doc(data, str(path))
    return gold


# --------------------------------------------------------------------------- predictions from DocumentFacts


def pred_from_facts(facts: DocumentFacts) -> PredDoc:
    """Reduce one document's extracted facts to scoring records (only items evidenced in that document)."""
    doc_id = facts.document.id
    names = {e.id: Names.of(e.name, e.aliases) for e in facts.entities}

    def ref(entity_id: str) -> Names:
        if entity_id in names:
            return names[entity_id]
        tail = entity_id.rsplit("/", 1)[-1].replace("-", " ")  # an id we were not given: its readable slug
        return Names.of(tail)

    def here(evidence: list) -> bool:
        return any(ev.document_id == doc_id for ev in evidence)

    out = PredDoc()
    out.entities = [PEntity(names[e.id]) for e in facts.entities if here(e.mentions)]
    out.bans = [
        PBan(ref(b.imposed_by), [ref(t) for t in b.targets], b.scope, b.status, b.announced)
        for b in facts.bans
        if here(b.evidence)
    ]
    out.follows = [PFollow(ref(f.follower), ref(f.followed)) for f in facts.follows if f.explicit and here(f.evidence)]
    out.roles = [PRole(ref(r.person), r.title) for r in facts.roles if here(r.evidence)]
    out.statements = [PStatement(ref(s.speaker), s.stance) for s in facts.statements if here(s.evidence)]
    return out


# --------------------------------------------------------------------------- matching


def max_weight_matching(weights: list[list[float | None]]) -> list[tuple[int, int]]:
    """One-to-one assignment of rows (predictions) to columns (gold) maximising the total weight.

    ``weights[i][j]`` is ``None`` when i and j may not be paired. Hungarian
    algorithm (O(n³)) on a square padded cost matrix; sizes here are tens.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    cost = [[0.0] * n for _ in range(n)]
    for i in range(n_rows):
        for j in range(n_cols):
            w = weights[i][j]
            if w is not None:
                cost[i][j] = -w
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    p, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < n_rows and j - 1 < n_cols and weights[i][j - 1] is not None:
            pairs.append((i, j - 1))
    return sorted(pairs)


def _ban_attrs(pred: PBan, gold: PBan) -> dict[str, bool]:
    attrs = {"announced": date_right(gold.announced, pred.announced)}
    if gold.scope:
        attrs["scope"] = pred.scope == gold.scope
    if gold.status:
        attrs["status"] = pred.status == gold.status
    return attrs


def _compatible(kind: str, p, g) -> bool:
    if kind == "entities":
        return p.names.matches(g.names)
    if kind == "bans":
        return p.imposer.matches(g.imposer) and any(pt.matches(gt) for pt in p.targets for gt in g.targets)
    if kind == "follows":
        return p.follower.matches(g.follower) and p.followed.matches(g.followed)
    if kind == "roles":
        return p.person.matches(g.person) and titles_match(p.title, g.title)
    if kind == "statements":
        return p.speaker.matches(g.speaker) and p.stance == g.stance
    raise ValueError(kind)


def match(kind: str, preds: list, golds: list) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of predictions to gold items of one kind."""
    weights: list[list[float | None]] = []
    for p in preds:
        row: list[float | None] = []
        for g in golds:
            if not _compatible(kind, p, g):
                row.append(None)
            elif kind == "bans":
                row.append(_BIG + sum(_ban_attrs(p, g).values()))
            else:
                row.append(_BIG)
        weights.append(row)
    return max_weight_matching(weights)


# --------------------------------------------------------------------------- report


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    compared: int = 0

    @property
    def value(self) -> float:
        return self.right / self.compared if self.compared else 0.0


@dataclass
class DocResult:
    doc_id: str
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    attribute_errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    documents: list[DocResult] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # predicted documents with no gold file

    def as_dict(self) -> dict:
        return {
            "documents": len(self.documents),
            "kinds": {
                k: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}
                for k, c in self.counts.items()
            },
            "ban_attributes": {
                a: {"right": x.right, "compared": x.compared, "accuracy": x.value} for a, x in self.attributes.items()
            },
            "unscored": self.unscored,
        }


def score_docs(predicted: dict[str, PredDoc], gold: dict[str, PredDoc]) -> Report:
    """Score per document, then sum the counts over documents (micro-average)."""
    report = Report()
    for doc_id in sorted(gold):
        g = gold[doc_id]
        p = predicted.get(doc_id) or PredDoc()
        result = DocResult(doc_id)
        for kind in KINDS:
            preds, golds = getattr(p, kind), getattr(g, kind)
            pairs = match(kind, preds, golds)
            c = Counts(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
            result.counts[kind] = c
            total = report.counts[kind]
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            result.false_positives[kind] = [x.label() for i, x in enumerate(preds) if i not in matched_p]
            result.misses[kind] = [x.label() for j, x in enumerate(golds) if j not in matched_g]
            if kind == "bans":
                for i, j in pairs:
                    for attr, ok in _ban_attrs(preds[i], golds[j]).items():
                        acc = report.attributes[attr]
                        acc.compared += 1
                        acc.right += ok
                        if not ok:
                            result.attribute_errors.append(
                                f"{golds[j].label()}: {attr} predicted {getattr(preds[i], attr)!r}, gold {getattr(golds[j], attr)!r}"
                            )
        report.documents.append(result)
    report.unscored = sorted(set(predicted) - set(gold))
    return report


def score(predictions: Iterable[DocumentFacts], gold_dir: str | Path) -> Report:
    """Score in-memory extraction output against the gold files in ``gold_dir``."""
    predicted: dict[str, PredDoc] = {}
    for facts in predictions:
        doc = pred_from_facts(facts)
        old = predicted.get(facts.document.id)
        if old is not None:  # the same id twice: pool its facts
            for kind in KINDS:
                getattr(old, kind).extend(getattr(doc, kind))
        else:
            predicted[facts.document.id] = doc
    return score_docs(predicted, load_gold(gold_dir))


# --------------------------------------------------------------------------- printing


def render(report: Report, *, verbose: bool = False, console=None, title: str | None = None) -> None:
    """Print the per-document details (``verbose``) and then the compact summary table, last."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    if verbose:
        for doc in report.documents:
            lines = []
            for kind in KINDS:
                for label in doc.misses.get(kind, []):
                    lines.append(f"  [red]miss[/red] {kind[:-1] if kind != 'entities' else 'entity'}: {label}")
                for label in doc.false_positives.get(kind, []):
                    lines.append(f"  [yellow]false+[/yellow] {kind[:-1] if kind != 'entities' else 'entity'}: {label}")
            for err in doc.attribute_errors:
                lines.append(f"  [magenta]wrong[/magenta] ban {err}")
            if lines:
                console.print(f"[bold]{doc.doc_id}[/bold]", highlight=False)
                for line in lines:
                    console.print(line, highlight=False, markup=True, soft_wrap=True)
        if report.unscored:
            console.print(f"no gold file for: {', '.join(report.unscored)}", highlight=False)

    table = Table(
        title=title or f"bangraph eval: {len(report.documents)} documents",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    for col in ("kind", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind, c in report.counts.items():
        p = f"{c.precision:.2f}" if c.tp + c.fp else "-"  # undefined ratios shown as "-", not 0
        r = f"{c.recall:.2f}" if c.tp + c.fn else "-"
        f = f"{c.f1:.2f}" if c.tp + c.fp and c.tp + c.fn else "-"
        table.add_row(kind, str(c.tp), str(c.fp), str(c.fn), p, r, f)
    console.print(table)
    attrs = "  ".join(
        f"{a} {x.right}/{x.compared}" + (f"={x.value:.2f}" if x.compared else "") for a, x in report.attributes.items()
    )
    console.print(f"matched bans: {attrs}", highlight=False, soft_wrap=True)


# --------------------------------------------------------------------------- commands


def _read_documents(directory: str) -> tuple[list, list]:
    from loaders.sources import LoadError, iter_documents

    docs, errors = [], []
    for item in iter_documents([directory]):
        (errors if isinstance(item, LoadError) else docs).append(item)
    return docs, errors


def evaluate_in_memory(directory: str) -> tuple[Report, list]:
    """Read ``directory`` with loaders.sources, extract in memory, score. Returns the report and load errors."""
    from loaders.extract.pipeline import extract

    docs, errors = _read_documents(directory)
    return score(extract(docs), directory), errors


def read_predictions(store) -> dict[str, PredDoc]:
    """Read every document's facts back from ``store`` (graph/queries_eval.py), reduced for scoring."""
    names = {r["id"]: Names.of(r["name"] or r["id"], r.get("aliases") or []) for r in store.read("eval.entity_names")}

    def ref(entity_id: str) -> Names:
        return names.get(entity_id) or Names.of(entity_id.rsplit("/", 1)[-1].replace("-", " "))

    out: dict[str, PredDoc] = {row["id"]: PredDoc() for row in store.read("eval.documents")}

    def rows(name: str, **params):
        for r in store.read(name, **params):
            yield out.setdefault(r["document"], PredDoc()), r

    for doc, r in rows("eval.entities"):
        doc.entities.append(PEntity(ref(r["id"])))
    for doc, r in rows("eval.bans", apart=list(MEASURES_APART)):
        doc.bans.append(
            PBan(ref(r["imposedBy"]), [ref(t) for t in r["targets"]], r["scope"], r["status"], r["announced"])
        )
    for doc, r in rows("eval.follows"):
        doc.follows.append(PFollow(ref(r["follower"]), ref(r["followed"])))
    for doc, r in rows("eval.roles"):
        doc.roles.append(PRole(ref(r["person"]), r["title"] or ""))
    for doc, r in rows("eval.statements"):
        doc.statements.append(PStatement(ref(r["speaker"]), r["stance"]))
    return out


def evaluate_through_store(directory: str) -> tuple[Report, object]:
    """Load ``directory`` into a fresh temporary embedded store, read the facts back, score them.

    The store directory is created under the system temp dir and removed
    afterwards, whatever ``BANGRAPH_STORE`` / ``NEO4J_URI`` say: evaluation
    never touches the user's graph. Returns the report and the load summary.
    """
    import shutil
    import tempfile

    from graph import StoreConfig, open_store
    from loaders.cli import Loading

    gold = load_gold(directory)  # fail before starting anything when the gold is broken
    loading = Loading([directory])  # reads and extracts while the store starts
    tmp = Path(tempfile.mkdtemp(prefix="bangraph-eval-"))
    try:
        try:
            store = open_store(StoreConfig(store_dir=tmp / "store"))
        except Exception as exc:
            loading.cancel()
            raise StoreUnavailable(f"cannot start the temporary store in {tmp}: {type(exc).__name__}: {exc}") from exc
        with store:
            summary = loading.write_into(store, quiet=True, finish=False)
            predicted = read_predictions(store)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return score_docs(predicted, gold), summary


def run_eval(args: argparse.Namespace) -> int:
    """``bangraph eval DIR``: load DIR into a fresh temporary store, read the facts back, score them.

    Exit status 2 when the gold files cannot be read, 1 when an input failed to
    load (the rest is still scored), else 0. The summary table is printed last.
    """
    from rich.console import Console

    console = Console()
    try:
        report, summary = evaluate_through_store(args.dir)
    except (GoldError, StoreUnavailable) as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        return 2
    for failure in summary.failures:
        console.print(f"[red]failed[/red] {failure}", highlight=False, soft_wrap=True)
    render(report, verbose=bool(getattr(args, "verbose", False)), console=console)
    return 1 if summary.failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m loaders.evaluate", description="Extract DIR in memory and score it against DIR/*.gold.json."
    )
    parser.add_argument("dir")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives per document")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        report, errors = evaluate_in_memory(args.dir)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for err in errors:
        print(f"load error: {err}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        render(report, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Synthetic news articles for the loader benchmark: the dev articles with other names and dates.

Why vary real articles rather than generate text: the loader's speed depends on real sentence
structure (parsing, rules, date phrases). Each variant of a dev article swaps the countries (with
their demonyms), the apps and the companies it names for others from the curated gazetteer, and
shifts every year — so the extraction does real work on text it has not seen, and the graph grows
with new actors.

    >>> from benchmarks.articles import write_articles
    >>> texts = write_articles(Path(".bench/load/articles/synthetic.jsonl"), 500)
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from loaders.model import Document
from loaders.sources import iter_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "dev"
YEAR = re.compile(r"(?<!\d)(20[012]\d)(?!\d)")


@dataclass(frozen=True)
class Names:
    countries: list[tuple[str, str | None]]  # (name, demonym)
    products: list[tuple[str, ...]]  # (name, *aliases) of apps, software, equipment
    companies: list[tuple[str, ...]]


def gazetteer_names() -> Names:
    """Country names with demonyms, and product names, from the loaders' curated gazetteer."""
    import loaders.extract

    path = Path(loaders.extract.__file__).parent / "gazetteer.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        countries = [(c["name"], (c.get("demonyms") or [None])[0]) for c in data["countries"].values()]
        products = [_surfaces(e) for e in data["entities"] if e.get("kind") == "Product"]
        companies = [_surfaces(e) for e in data["entities"] if e.get("type") == "company"]
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"{path}: unexpected gazetteer layout ({e}); benchmarks/articles.py reads it") from e
    if min(len(countries), len(products), len(companies)) < 2:
        raise ValueError(f"{path}: too few countries, products or companies to vary articles with")
    return Names(countries, products, companies)


def _surfaces(entry: dict) -> tuple[str, ...]:
    """An entry's name and its capitalised aliases (lower-case aliases are too ambiguous to swap)."""
    aliases = [a for a in entry.get("aliases") or [] if a[:1].isupper() and a != entry["name"]]
    return (entry["name"], *aliases)


def dev_documents(corpus: Path = CORPUS) -> list[Document]:
    """The dev articles as the loader reads them (clean text and metadata); unreadable ones skipped."""
    docs = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
    if not docs:
        raise ValueError(f"no readable articles in {corpus}")
    return docs


def _swap(text: str, mapping: dict[str, str]) -> str:
    """Replace whole-word occurrences of mapping's keys in one pass (no chained replacements)."""
    if not mapping:
        return text
    keys = sorted(mapping, key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    return rx.sub(lambda m: mapping[m.group(0)], text)


def vary(doc: Document, k: int, names: Names) -> dict:
    """Variant ``k`` of ``doc`` as a JSONL record (the loader's .jsonl input format)."""
    rng = random.Random(f"{doc.id}/{k}")
    mapping: dict[str, str] = {}
    for name, demonym in names.countries:
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            new_name, new_demonym = rng.choice([c for c in names.countries if c[0] != name])
            mapping[name] = new_name
            if demonym and new_demonym:
                mapping[demonym] = new_demonym
    for pool in (names.products, names.companies):
        for surfaces in pool:
            found = [s for s in surfaces if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", doc.text)]
            if found:
                replacement = rng.choice([p for p in pool if p != surfaces])[0]
                mapping.update(dict.fromkeys(found, replacement))
    shift = rng.choice([-4, -3, -2, -1, 1, 2])

    def shift_years(s: str | None) -> str | None:
        return None if s is None else YEAR.sub(lambda m: str(int(m.group(1)) + shift), s)

    return {
        "id": f"{doc.id}-v{k:04d}",
        "text": shift_years(_swap(doc.text, mapping)),
        "title": shift_years(_swap(doc.title, mapping)) if doc.title else None,
        "publisher": doc.publisher,
        "published": shift_years(doc.published),
        "url": f"https://example.org/synthetic/{doc.id}-v{k:04d}",
    }


def write_articles(path: Path, n: int, corpus: Path = CORPUS) -> list[str]:
    """Write ``n`` varied articles to a JSONL file; returns their texts (for the spaCy baseline)."""
    if n < 1:
        raise ValueError(f"need at least one article, got {n}")
    docs, names = dev_documents(corpus), gazetteer_names()
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            record = vary(docs[i % len(docs)], i // len(docs), names)
            texts.append(record["text"])
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return texts

"""Store records -> RDF triples: the IRI scheme and literal typing.

Why plain tuples and strings instead of rdflib terms: the export writes millions
of triples and must beat ``rdflib.Graph.serialize`` several times over, so a
triple here is ``(subject, predicate, object)`` where subject and predicate are
IRI strings and the object is either an IRI string or a :class:`Lit`. The
writers in :mod:`api.rdf_writers` turn these into text without any graph in
memory.

IRIs: ``BANGRAPH_BASE_IRI`` (default ``http://127.0.0.1:8000/id/``) + the node's
path — its id (``jurisdiction/united-kingdom``, ``ban/<hash>``) or, for kinds
whose ids come from outside (documents), ``document/<id>`` — percent-encoded.
Ids are stable, so a fact keeps its IRI across reloads.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from schema.rdf import XSD_NS, NodeMap, PropertyMap, Vocabulary, vocabulary

log = logging.getLogger(__name__)

DEFAULT_BASE_IRI = "http://127.0.0.1:8000/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = XSD_NS + "string"


class Lit(NamedTuple):
    """A literal: lexical form and datatype IRI (None = xsd:string)."""

    lex: str
    datatype: str | None = None


Object = str | Lit
Triple = tuple[str, str, Object]

# Characters kept as they are in an IRI path; everything else is percent-encoded
# (so the IRI is valid in N-Triples, Turtle and RDF/XML without further escaping).
_PATH_SAFE = "/-._~!$'()*+,;=:@"
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD_NS + "date", "%Y-%m-%d"),
    (re.compile(r"\d{4}-\d{2}"), XSD_NS + "gYearMonth", "%Y-%m"),
    (re.compile(r"\d{4}"), XSD_NS + "gYear", "%Y"),
)
_QID = re.compile(r"Q[1-9][0-9]*")


class IriScheme:
    """Node path <-> IRI under one base (``BANGRAPH_BASE_IRI``)."""

    def __init__(self, base: str | None = None, vocab: Vocabulary | None = None):
        base = base if base is not None else os.environ.get("BANGRAPH_BASE_IRI") or DEFAULT_BASE_IRI
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
            raise ValueError(
                f"BANGRAPH_BASE_IRI must be an absolute http(s) IRI without query or fragment, got {base!r}"
            )
        if _IRI_FORBIDDEN.search(base):
            raise ValueError(f"BANGRAPH_BASE_IRI contains characters not allowed in an IRI: {base!r}")
        self.base = base if base.endswith("/") else base + "/"
        self.vocab = vocab or vocabulary()

    @staticmethod
    def encode_path(path: str) -> str:
        """Percent-encode a node path; ``.``/``..`` segments are encoded so resolvers keep them."""
        segs = [quote(s, safe=_PATH_SAFE[1:]) for s in path.split("/")]
        return "/".join("%2E" * len(s) if s in (".", "..") else s for s in segs)

    def iri(self, label: str, key: str) -> str:
        return self.base + self.encode_path(self.vocab.node_path(label, key))

    def path_iri(self, path: str) -> str:
        return self.base + self.encode_path(path)

    def resolve(self, path: str) -> tuple[str, str] | None:
        """A decoded IRI path (as a router hands it over) -> (label, key), or None."""
        return self.vocab.resolve_path(path)

    def path_of(self, iri: str) -> str | None:
        """IRI -> decoded node path, or None when the IRI is not under this base."""
        return unquote(iri[len(self.base) :]) if iri.startswith(self.base) else None


def date_literal(value: object) -> Lit | None:
    """A partial ISO date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear; None if it is not one."""
    if isinstance(value, dt.date) or hasattr(value, "iso_format"):  # neo4j.time.Date
        text = value.isoformat() if isinstance(value, dt.date) else value.iso_format()
        return Lit(text[:10], XSD_NS + "date")
    text = str(value)
    for pattern, datatype, fmt in _DATE_TYPES:
        if pattern.fullmatch(text):
            try:
                dt.datetime.strptime(text, fmt)
            except ValueError:
                return None
            return Lit(text, datatype)
    return None


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def _clean_iri(value: str) -> str | None:
    """An absolute IRI from data (a document URL), with characters IRIs forbid percent-encoded."""
    value = value.strip()
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
        return None
    return _IRI_FORBIDDEN.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)


class TripleMapper:
    """Turns node, relationship and shortcut records into triples, following the :class:`Vocabulary`."""

    def __init__(self, scheme: IriScheme | None = None):
        self.scheme = scheme or IriScheme()
        self.vocab = self.scheme.vocab
        self._labels = set(self.vocab.nodes)
        self._rel_ends = {}
        for rel in self.vocab.rels.values():
            self._rel_ends[rel.type] = (rel.predicate, self._prefix(rel.sources), self._prefix(rel.targets))
        self._via = {}
        for rel in self.vocab.rels.values():
            for nxt, pred in rel.via:
                self._via[(rel.type, nxt)] = (
                    pred,
                    self._prefix(rel.sources),
                    self._prefix(self.vocab.rels[nxt].targets),
                )

    def _prefix(self, labels: tuple[str, ...]) -> str:
        prefixes = {self.vocab.nodes[lb].iri_prefix for lb in labels}
        if len(prefixes) != 1:
            raise ValueError(f"node kinds {labels} of one relationship end have different IRI prefixes")
        return prefixes.pop()

    def label_of(self, labels: Iterable[str]) -> str | None:
        """The model kind among a node's labels (entities also carry ``Entity``)."""
        for lb in labels:
            if lb in self._labels:
                return lb
        return None

    def node(self, labels: Iterable[str], props: dict) -> list[Triple]:
        """All triples of one node record (``labels(n)``, ``properties(n)``); [] for nodes outside the model."""
        label = self.label_of(labels)
        if label is None:
            return []
        node = self.vocab.nodes[label]
        key = props.get(node.key)
        if key is None:
            log.warning("rdf: %s node without %s skipped", label, node.key)
            return []
        s = self.scheme.iri(label, str(key))
        out: list[Triple] = [(s, RDF_TYPE, c) for c in node.classes]
        for prop, pattern, cls in node.when:
            v = props.get(prop)
            if v is not None and pattern.search(str(v)):
                out.append((s, RDF_TYPE, cls))
        for p in node.properties:
            v = props.get(p.name)
            if v is None:
                continue
            for item in v if p.many and isinstance(v, list | tuple) else (v,):
                obj = self.value(node, p, item, key)
                if obj is not None:
                    out.extend((s, pred, obj) for pred in p.predicates)
        return out

    def value(self, node: NodeMap, p: PropertyMap, v: object, key: object = "?") -> Object | None:
        """One property value as an RDF object, or None (with a warning naming the node) when it cannot be one."""
        if p.value == "literal":
            if p.is_date:
                lit = date_literal(v)
                if lit is None:
                    log.warning("rdf: %s %s: %s=%r is not an ISO date; written untyped", node.label, key, p.name, v)
                    return Lit(str(v))
                return lit
            if p.datatype is None:
                return Lit(str(v))
            if p.type == "bool" or p.datatype.endswith("#boolean"):
                return Lit("true" if v is True or str(v).lower() == "true" else "false", p.datatype)
            if p.type == "float":
                return Lit(_number(float(v)), p.datatype)
            if p.type == "int":
                return Lit(str(int(v)), p.datatype)
            return Lit(str(v), p.datatype)
        if p.value == "enum":
            return self.vocab.enum_iri(quote(str(v), safe=""))
        if p.value == "node":
            return self.scheme.path_iri(str(v))
        if p.value == "wikidata":
            qid = str(v).rsplit("/", 1)[-1]
            if not _QID.fullmatch(qid):
                log.warning("rdf: %s %s: %s=%r is not a Wikidata id; skipped", node.label, key, p.name, v)
                return None
            return self.vocab.wikidata + qid
        iri = _clean_iri(str(v))
        if iri is None:
            log.warning("rdf: %s %s: %s=%r is not an absolute IRI; skipped", node.label, key, p.name, v)
        return iri

    def edge(self, rel: str, s: str, o: str) -> Triple | None:
        """A relationship record (``type(r)``, start id, end id) -> triple; None for types outside the model."""
        ends = self._rel_ends.get(rel)
        if ends is None or s is None or o is None:
            return None
        pred, sp, op = ends
        return (self.scheme.path_iri(sp + s), pred, self.scheme.path_iri(op + o))

    def via(self, first: str, second: str, s: str, o: str) -> Triple:
        """A two-hop shortcut (``rdf_via``), e.g. ``prov:wasDerivedFrom`` from a fact to its document."""
        pred, sp, op = self._via[(first, second)]
        return (self.scheme.path_iri(sp + s), pred, self.scheme.path_iri(op + o))

    def typed(self, label: str, key: str, cls: str) -> Triple:
        return (self.scheme.iri(label, key), RDF_TYPE, cls)


def triples_of(records: Iterable[dict], mapper: TripleMapper) -> Iterator[Triple]:
    """Node records (``labels``, ``props``) -> triples, lazily."""
    for r in records:
        yield from mapper.node(r["labels"], r["props"])

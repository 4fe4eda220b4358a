"""Streaming RDF serialisers: N-Triples, Turtle, JSON-LD, RDF/XML.

Why hand-written: the export must never hold the graph in memory, and
rdflib's serialisers work on a whole ``Graph``. Each writer here consumes an
iterator of triples (see :mod:`api.rdf_mapping`) and yields text chunks; runs
of triples with the same subject (a node's properties, the relationships
leaving it) become one Turtle block / JSON-LD node object / rdf:Description.
A subject may come back later (its relationships are streamed after the
nodes): every format allows describing a subject in several places, and
parsers merge them. The tests check that all four parse in pyoxigraph and give
the same triples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from api.rdf_mapping import RDF_TYPE, XSD_STRING, Triple
from schema.rdf import Vocabulary, context_document, jsonld_terms, vocabulary

# N-Triples / Turtle string escapes (ECHAR); everything else is written as UTF-8.
_STRING_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

FORMATS = {
    # name: (media type, file extension)
    "turtle": ("text/turtle", "ttl"),
    "nt": ("application/n-triples", "nt"),
    "jsonld": ("application/ld+json", "jsonld"),
    "xml": ("application/rdf+xml", "rdf"),
}


def _grouped(triples: Iterable[Triple]) -> Iterator[tuple[str, list[tuple[str, object]]]]:
    """Consecutive triples with one subject -> (subject, [(predicate, object), ...])."""
    subject = None
    pos: list = []
    for s, p, o in triples:
        if s != subject:
            if pos:
                yield subject, pos
            subject, pos = s, []
        pos.append((p, o))
    if pos:
        yield subject, pos


def _batched(chunks: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """Join small chunks into ~64 KB pieces (fewer writes, fewer HTTP frames)."""
    buf: list[str] = []
    n = 0
    for c in chunks:
        buf.append(c)
        n += len(c)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    if buf:
        yield "".join(buf)


# -- N-Triples -------------------------------------------------------------------


def nt_term(o: object) -> str:
    if type(o) is str:
        return f"<{o}>"
    lex, datatype = o
    lex = lex.translate(_STRING_ESCAPES)
    if datatype is None or datatype == XSD_STRING:
        return f'"{lex}"'
    return f'"{lex}"^^<{datatype}>'


def write_nt(triples: Iterable[Triple]) -> Iterator[str]:
    """One line per triple; IRIs come percent-encoded from the mapper, literals escaped here."""
    esc = _STRING_ESCAPES
    lines: list[str] = []
    for s, p, o in triples:
        if type(o) is str:
            lines.append(f"<{s}> <{p}> <{o}> .\n")
        else:
            lex, datatype = o
            if datatype is None:
                lines.append(f'<{s}> <{p}> "{lex.translate(esc)}" .\n')
            else:
                lines.append(f'<{s}> <{p}> "{lex.translate(esc)}"^^<{datatype}> .\n')
        if len(lines) >= 2048:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


# -- Turtle ------------------------------------------------------------------------


class _Names:
    """Full IRI -> prefixed name or ``<…>`` (relative to @base when under it)."""

    def __init__(self, vocab: Vocabulary, base: str | None):
        self.prefixes = sorted(vocab.prefixes.items(), key=lambda kv: -len(kv[1]))
        self.base = base
        self._cache: dict[str, str] = {}

    def name(self, iri: str) -> str:
        hit = self._cache.get(iri)
        if hit is not None:
            return hit
        out = None
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns) :]):
                out = f"{prefix}:{iri[len(ns) :]}"
                break
        if out is None:
            out = f"<{iri}>"
        if len(self._cache) < 10_000:  # vocabulary terms, not node IRIs
            self._cache[iri] = out
        return out

    def node(self, iri: str) -> str:
        base = self.base
        if base and iri.startswith(base):
            rel = iri[len(base) :]
            if rel and ":" not in rel.split("/", 1)[0]:
                return f"<{rel}>"
        return f"<{iri}>"


def write_turtle(triples: Iterable[Triple], vocab: Vocabulary | None = None, base: str | None = None) -> Iterator[str]:
    """Turtle with the model's prefixes and ``@base`` = the IRI base, one block per run of a subject."""
    vocab = vocab or vocabulary()
    names = _Names(vocab, base)
    head = []
    if base:
        head.append(f"@base <{base}> .\n")
    head += [f"@prefix {p}: <{ns}> .\n" for p, ns in vocab.prefixes.items()]
    head.append(f"@prefix rdf: <{RDF_NS}> .\n\n")
    yield "".join(head)

    def obj(o) -> str:
        if type(o) is str:
            return names.node(o) if base and o.startswith(base) else names.name(o)
        lex, datatype = o
        lex = lex.translate(_STRING_ESCAPES)
        if datatype is None or datatype == XSD_STRING:
            return f'"{lex}"'
        return f'"{lex}"^^{names.name(datatype)}'

    def blocks() -> Iterator[str]:
        for s, pos in _grouped(triples):
            parts = []
            last_p = None
            for p, o in pos:
                if p == last_p:
                    parts.append(f", {obj(o)}")
                    continue
                if last_p is not None:
                    parts.append(" ;\n    ")
                parts.append(("a" if p == RDF_TYPE else names.name(p)) + " " + obj(o))
                last_p = p
            yield f"{names.node(s)} {''.join(parts)} .\n\n"

    yield from _batched(blocks())


# -- JSON-LD -----------------------------------------------------------------------


def write_jsonld(triples: Iterable[Triple], vocab: Vocabulary | None = None, context: object = None) -> Iterator[str]:
    """``{"@context": …, "@graph": [ node objects … ]}``, one node object per run of a subject.

    The context is the published one (``schema/context.jsonld``), embedded by
    default so the file is self-contained offline; pass a URL to reference it.
    Values are bare strings when the context's term fixes their type, value
    objects (``{"@value", "@type"}``) otherwise, so lexical forms survive.
    """
    vocab = vocab or vocabulary()
    terms = jsonld_terms(vocab)
    names = _Names(vocab, None)
    ctx = context if context is not None else context_document(vocab)["@context"]
    yield '{"@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n"@graph": ['
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    def node_objects() -> Iterator[str]:
        first = True
        for s, pos in _grouped(triples):
            node: dict[str, object] = {"@id": s}
            types: list[str] = []
            for p, o in pos:
                if p == RDF_TYPE and type(o) is str:
                    types.append(names.name(o))
                    continue
                t = terms.get(p)
                key = t["term"] if t else p
                ttype = t["type"] if t else None
                if type(o) is str:
                    val: object = o if ttype == "@id" else {"@id": o}
                else:
                    lex, datatype = o
                    if datatype == XSD_STRING:
                        datatype = None
                    if datatype == ttype or (datatype is None and ttype is None):
                        val = lex
                    elif datatype is None:
                        val = {"@value": lex}
                    else:
                        val = {"@value": lex, "@type": names.name(datatype)}
                prev = node.get(key)
                if prev is None:
                    node[key] = val
                elif isinstance(prev, list):
                    prev.append(val)
                else:
                    node[key] = [prev, val]
            if types:
                node["@type"] = types if len(types) > 1 else types[0]
            yield ("\n" if first else ",\n") + dumps(node)
            first = False

    yield from _batched(node_objects())
    yield "\n]}\n"


# -- RDF/XML ---------------------------------------------------------------------------

# XML 1.0 cannot carry most control characters at all, not even as references.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _xml_text(lex: str) -> str:
    if _XML_INVALID.search(lex):
        lex = _XML_INVALID.sub("\ufffd", lex)  # documented: XML 1.0 has no way to write these
    return lex.translate(_XML_TEXT)


def write_xml(triples: Iterable[Triple], vocab: Vocabulary | None = None) -> Iterator[str]:
    """RDF/XML, one ``rdf:Description`` per run of a subject; predicates as QNames of the model's prefixes."""
    vocab = vocab or vocabulary()
    prefixes = {"rdf": RDF_NS, **vocab.prefixes}
    by_ns = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
    qnames: dict[str, tuple[str, str]] = {}

    def qname(p: str) -> tuple[str, str]:
        """(element name, extra xmlns attribute) for a predicate IRI."""
        hit = qnames.get(p)
        if hit is None:
            hit = None
            for ns, prefix in by_ns:
                local = p[len(ns) :]
                if p.startswith(ns) and _PN_LOCAL.fullmatch(local):
                    hit = (f"{prefix}:{local}", "")
                    break
            if hit is None:
                m = re.search(r"[A-Za-z_][A-Za-z0-9_-]*$", p)
                if not m:
                    raise ValueError(f"predicate {p!r} cannot be written in RDF/XML (no XML local name)")
                hit = (f"ns0:{m.group()}", f' xmlns:ns0="{p[: m.start()].translate(_XML_ATTR)}"')
            qnames[p] = hit
        return hit

    decls = "".join(f'\n    xmlns:{p}="{ns}"' for p, ns in prefixes.items())
    yield f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF{decls}>\n'

    def descriptions() -> Iterator[str]:
        for s, pos in _grouped(triples):
            out = [f'  <rdf:Description rdf:about="{s.translate(_XML_ATTR)}">\n']
            for p, o in pos:
                name, xmlns = qname(p)
                if type(o) is str:
                    out.append(f'    <{name}{xmlns} rdf:resource="{o.translate(_XML_ATTR)}"/>\n')
                else:
                    lex, datatype = o
                    dt = "" if datatype is None or datatype == XSD_STRING else f' rdf:datatype="{datatype}"'
                    out.append(f"    <{name}{xmlns}{dt}>{_xml_text(lex)}</{name}>\n")
            out.append("  </rdf:Description>\n")
            yield "".join(out)

    yield from _batched(descriptions())
    yield "</rdf:RDF>\n"


def serialize(triples: Iterable[Triple], fmt: str, *, base: str | None = None) -> Iterator[str]:
    """Text chunks of ``triples`` in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "nt":
        return write_nt(triples)
    if fmt == "turtle":
        return write_turtle(triples, base=base)
    if fmt == "jsonld":
        return write_jsonld(triples)
    if fmt == "xml":
        return write_xml(triples)
    raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")

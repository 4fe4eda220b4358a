"""Linked data: the RDF export (``bangraph export``, ``GET /rdf``) and dereferenceable IRIs.

Why here and this way:

- The export streams: records come from ``store.stream`` one at a time (nodes,
  then relationships, then the ``prov:wasDerivedFrom`` shortcuts and the
  conditional classes), are mapped to triples (:mod:`api.rdf_mapping`) and
  written as text (:mod:`api.rdf_writers`). No format holds the graph.
- IRIs follow the W3C note "Cool URIs for the Semantic Web", 303 variant: an
  entity or event IRI (``/id/jurisdiction/united-kingdom``) names a thing, not
  a document, so a GET answers ``303 See Other`` to a document about it chosen
  by the ``Accept`` header — ``/doc/jurisdiction/united-kingdom.ttl`` (or
  ``.jsonld``, ``.nt``, ``.rdf``, ``.html``). Unknown ids give 404,
  unsupported media types 406.

Importing this module starts nothing; ``api/app.py`` mounts :data:`routes` and
puts the open store on ``app.state.store``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from functools import lru_cache

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from api.rdf_describe import describe
from api.rdf_html import CSP, render_page
from api.rdf_mapping import IriScheme, Triple, TripleMapper
from api.rdf_writers import FORMATS, serialize
from graph.queries_rdf import EDGES, NODES, object_of_statement, via_statement
from schema.rdf import CONTEXT_PATH, ONTOLOGY_PATH

log = logging.getLogger(__name__)

HTML = "text/html"
# Media types we answer with, in server preference order (ties in Accept go to the first).
MEDIA_TYPES = {
    "text/turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/json": "jsonld",  # plain JSON clients get JSON-LD
}
FORMAT_ALIASES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "xml": "xml",
    "rdfxml": "xml",
    "rdf": "xml",
}
EXTENSIONS = {ext: fmt for fmt, (_, ext) in FORMATS.items()} | {"html": "html"}


# -- export ------------------------------------------------------------------------


def export_triples(store, mapper: TripleMapper | None = None) -> Iterator[Triple]:
    """Every triple of the graph, streamed from the store (nodes first, then links, then shortcuts)."""
    mapper = mapper or TripleMapper()
    vocab = mapper.vocab
    for r in store.stream(NODES.name):
        yield from mapper.node(r["labels"], r["props"])
    for r in store.stream(EDGES.name):
        t = mapper.edge(r["rel"], r["s"], r["o"])
        if t is not None:
            yield t
    for rel in vocab.rels.values():
        for nxt, _ in rel.via:
            for r in store.stream(via_statement(rel.type, nxt)):
                yield mapper.via(rel.type, nxt, r["s"], r["o"])
    for node in vocab.nodes.values():
        for rtype, cls in node.when_object_of:
            for r in store.stream(object_of_statement(rtype, node.label)):
                yield mapper.typed(node.label, r["id"], cls)


def export(store, fmt: str, scheme: IriScheme | None = None) -> Iterator[str]:
    """The whole graph as text chunks in ``fmt`` (turtle, jsonld, nt, xml)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
    scheme = scheme or IriScheme()
    return serialize(export_triples(store, TripleMapper(scheme)), fmt, base=scheme.base)


def run_export(args: argparse.Namespace) -> int:
    """``bangraph export --format turtle|jsonld|nt|xml``: the graph as RDF on stdout."""
    from graph import open_store

    try:
        scheme = IriScheme()
    except ValueError as e:
        print(f"bangraph export: {e}", file=sys.stderr)
        return 2
    out = sys.stdout.buffer
    with open_store() as store:
        try:
            for chunk in export(store, args.format, scheme):
                out.write(chunk.encode("utf-8"))
        except BrokenPipeError:  # `bangraph export | head`
            return 0
    out.flush()
    return 0


# -- content negotiation -------------------------------------------------------------


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` -> [(media range, q)]; malformed parts are ignored, a missing header is ``*/*``."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        if "/" not in mt:
            continue
        q = 1.0
        for f in fields[1:]:
            k, _, v = f.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        out.append((mt, q))
    return out


def negotiate(header: str | None, offers: list[str]) -> str | None:
    """The offered media type the client prefers most (RFC 9110: most specific range decides its q); None = 406."""
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for offer in offers:
        otype = offer.split("/")[0]
        q, spec = 0.0, -1
        for mt, mq in ranges:
            s = 2 if mt == offer else 1 if mt == f"{otype}/*" else 0 if mt == "*/*" else -1
            if s > spec:
                q, spec = mq, s
        if spec >= 0 and q > best_q:
            best, best_q = offer, q
    return best


def _not_acceptable(offers: list[str]) -> Response:
    return PlainTextResponse("406 Not Acceptable; available: " + ", ".join(offers) + "\n", status_code=406)


def _store(request: Request):
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise RuntimeError("the app has no store: api/app.py must set app.state.store")
    return store


@lru_cache(maxsize=4)
def _scheme(base: str | None = None) -> IriScheme:
    return IriScheme(base)


def _scheme_for(request: Request) -> IriScheme:
    return getattr(request.app.state, "iri_scheme", None) or _scheme()


# -- endpoints -------------------------------------------------------------------------

_RDF_OFFERS = list(MEDIA_TYPES)
_ID_OFFERS = [*MEDIA_TYPES, HTML]


async def rdf_dump(request: Request) -> Response:
    """``GET /rdf[?format=turtle|jsonld|nt|xml]``: the whole graph, streamed."""
    fmt_param = request.query_params.get("format")
    if fmt_param is not None:
        fmt = FORMAT_ALIASES.get(fmt_param.lower())
        if fmt is None:
            return PlainTextResponse(
                f"unknown format {fmt_param!r}; use one of {', '.join(FORMATS)}\n", status_code=400
            )
    else:
        mt = negotiate(request.headers.get("accept"), _RDF_OFFERS)
        if mt is None:
            return _not_acceptable(_RDF_OFFERS)
        fmt = MEDIA_TYPES[mt]
    media_type = FORMATS[fmt][0]
    body = export(_store(request), fmt, _scheme_for(request))
    return StreamingResponse(
        body,
        media_type=media_type + ("; charset=utf-8" if fmt == "turtle" else ""),
        headers={"Vary": "Accept", "Content-Disposition": f'inline; filename="bangraph.{FORMATS[fmt][1]}"'},
    )


async def dereference(request: Request) -> Response:
    """``GET /id/{path}``: 303 See Other to the document about the thing, in the negotiated format."""
    path = request.path_params["path"]
    scheme = _scheme_for(request)
    found = scheme.resolve(path)
    if found is None:
        return PlainTextResponse(f"404 no such resource: {path}\n", status_code=404)
    mt = negotiate(request.headers.get("accept"), _ID_OFFERS)
    if mt is None:
        return _not_acceptable(_ID_OFFERS)
    rows = await _store(request).aread(f"rdf.describe.node.{found[0]}", key=found[1])
    if not rows:
        return PlainTextResponse(f"404 no such resource: {path}\n", status_code=404)
    ext = "html" if mt == HTML else FORMATS[MEDIA_TYPES[mt]][1]
    location = f"{request.base_url}doc/{scheme.encode_path(path)}.{ext}"
    return RedirectResponse(location, status_code=303, headers={"Vary": "Accept"})


async def document(request: Request) -> Response:
    """``GET /doc/{path}.{ttl|jsonld|nt|rdf|html}``: the document describing one node."""
    raw = request.path_params["path"]
    stem, dot, ext = raw.rpartition(".")
    fmt = EXTENSIONS.get(ext) if dot else None
    scheme = _scheme_for(request)
    found = scheme.resolve(stem) if fmt else None
    if found is None:
        return PlainTextResponse(f"404 no such document: {raw}\n", status_code=404)
    mapper = TripleMapper(scheme)
    d = await describe(_store(request), mapper, *found)
    if d is None:
        return PlainTextResponse(f"404 no such resource: {stem}\n", status_code=404)
    headers = {"Link": f'<{d.iri}>; rel="describes"'}
    if fmt == "html":
        headers |= {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}
        return Response(render_page(d, scheme, str(request.base_url)), media_type=HTML, headers=headers)
    text = "".join(serialize(d.triples(mapper), fmt, base=scheme.base))
    return Response(text, media_type=FORMATS[fmt][0], headers=headers)


@lru_cache(maxsize=8)
def _ontology_as(fmt: str) -> str:
    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    if fmt == "turtle":
        return text
    from rdflib import Graph

    g = Graph().parse(data=text, format="turtle")
    return g.serialize(format={"jsonld": "json-ld", "nt": "nt11", "xml": "xml"}[fmt])


async def ontology(request: Request) -> Response:
    """``GET /ontology``: the bangraph ontology, Turtle unless the client asks for another RDF format."""
    fmt_param = request.query_params.get("format")
    if fmt_param is not None:
        fmt = FORMAT_ALIASES.get(fmt_param.lower())
        if fmt is None:
            return PlainTextResponse(f"unknown format {fmt_param!r}\n", status_code=400)
    else:
        mt = negotiate(request.headers.get("accept"), _RDF_OFFERS)
        if mt is None:
            return _not_acceptable(_RDF_OFFERS)
        fmt = MEDIA_TYPES[mt]
    return Response(_ontology_as(fmt), media_type=FORMATS[fmt][0], headers={"Vary": "Accept"})


async def context(request: Request) -> Response:
    """``GET /context.jsonld``: the published JSON-LD context (any origin may fetch it)."""
    return Response(
        CONTEXT_PATH.read_text(encoding="utf-8"),
        media_type="application/ld+json",
        headers={"Access-Control-Allow-Origin": "*"},
    )


routes: list[Route] = [
    Route("/rdf", rdf_dump, methods=["GET"], name="rdf_dump"),
    Route("/ontology", ontology, methods=["GET"], name="rdf_ontology"),
    Route("/context.jsonld", context, methods=["GET"], name="rdf_context"),
    Route("/id/{path:path}", dereference, methods=["GET"], name="rdf_id"),
    Route("/doc/{path:path}", document, methods=["GET"], name="rdf_doc"),
]

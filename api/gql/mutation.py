"""The ``ingest`` mutation: documents in, through the same pipeline as ``bangraph load``.

Pipeline: ``loaders.sources.build_document`` (cleaning, HTML extraction,
metadata) -> ``loaders.extract.pipeline.extract`` -> ``store.write_document``
(one transaction per document) -> ``store.refresh_derived_follows()``. A bad
document is reported by its position and id; the others are still ingested.
Writes are serialised in the process (one lock) so that concurrent ingests
do not race on the derived follows.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading

import anyio.to_thread
import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api.gql.errors import UNAUTHENTICATED, bad_input, limit_exceeded

log = logging.getLogger("bangraph.api.ingest")

MAX_INGEST_DOCUMENTS = int(os.environ.get("BANGRAPH_MAX_INGEST_DOCUMENTS") or 50)
_WRITE_LOCK = threading.Lock()


@strawberry.input(description="One article, as a line of a .jsonl input: `text` or `html`, and metadata.")
class DocumentInput:
    id: strawberry.ID | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


@strawberry.type(description="What happened to one input document.")
class IngestDocumentResult:
    index: int
    id: strawberry.ID | None
    status: str  # created | replaced | unchanged | failed
    error: str | None = None
    entities: int = 0
    bans: int = 0
    statements: int = 0
    follows: int = 0
    roles: int = 0


@strawberry.type(description="Per-document results; `failed` counts the documents not ingested.")
class IngestResult:
    documents: list[IngestDocumentResult]
    ingested: int
    failed: int
    derived_follows: int | None


def _document_id(inp: DocumentInput) -> str:
    if inp.id:
        return str(inp.id)
    body = (inp.text or inp.html or "").encode("utf-8")
    return "ingest-" + hashlib.sha256(body).hexdigest()[:16]


def _build(index: int, inp: DocumentInput):
    from loaders.sources import build_document, normalise_date

    if not ((inp.text and inp.text.strip()) or (inp.html and inp.html.strip())):
        raise ValueError("needs `text` or `html` with content")
    meta = {
        "id": _document_id(inp),
        "title": inp.title,
        "publisher": inp.publisher,
        "published": normalise_date(inp.published),
        "url": inp.url,
        "language": inp.language,
    }
    return build_document(
        meta["id"],
        text=inp.text,
        html=inp.html if not inp.text else None,
        meta={k: v for k, v in meta.items() if v},
        source=f"ingest[{index}]",
    )


def ingest_documents(store, inputs: list[DocumentInput]) -> IngestResult:
    """Synchronous: build every document, extract them together (as ``bangraph load`` does with a
    batch), write each in its own transaction, then refresh derived follows once."""
    from graph import FactError

    results: dict[int, IngestDocumentResult] = {}
    built = []
    for index, inp in enumerate(inputs):
        try:
            built.append((index, _build(index, inp)))
        except ValueError as e:
            results[index] = IngestDocumentResult(index=index, id=str(inp.id) if inp.id else None, status="failed",
                                                  error=str(e))  # fmt: skip
    with _WRITE_LOCK:
        written = 0
        for (index, doc), facts in zip(built, _extract([d for _, d in built]), strict=True):
            if isinstance(facts, Exception):
                results[index] = IngestDocumentResult(index=index, id=doc.id, status="failed", error=str(facts))
                continue
            try:
                res = store.write_document(facts)
            except FactError as e:
                results[index] = IngestDocumentResult(index=index, id=doc.id, status="failed", error=str(e))
                continue
            written += res.status != "unchanged"
            c = res.counts
            results[index] = IngestDocumentResult(
                index=index,
                id=doc.id,
                status=res.status,
                entities=c.get("entities", 0),
                bans=c.get("bans", 0),
                statements=c.get("statements", 0),
                follows=c.get("follows", 0),
                roles=c.get("roles", 0),
            )
        derived = store.refresh_derived_follows() if written else None
    ordered = [results[i] for i in sorted(results)]
    failed = sum(r.status == "failed" for r in ordered)
    log.info("ingest: %d documents, %d failed", len(inputs), failed)
    return IngestResult(documents=ordered, ingested=len(ordered) - failed, failed=failed, derived_follows=derived)


def _extract(documents: list) -> list:
    """Facts per document, or the exception of the one document that failed (the others still load)."""
    from loaders.extract.pipeline import ExtractionError, extract

    try:
        return extract(documents)
    except ExtractionError:
        out = []
        for doc in documents:
            try:
                out.append(extract([doc])[0])
            except ExtractionError as e:
                out.append(e)
        return out


def warm_up() -> None:
    """Load the NLP pipeline now rather than on the first ingest (called in a thread at startup)."""
    from loaders.extract.pipeline import extract

    extract([])


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Load documents (needs BANGRAPH_API_KEY as `Authorization: Bearer …`).")
    async def ingest(self, info: Info, documents: list[DocumentInput]) -> IngestResult:
        if not info.context.can_write:
            raise GraphQLError(
                "ingest needs the API key: send `Authorization: Bearer <BANGRAPH_API_KEY>`",
                extensions={"code": UNAUTHENTICATED},
            )
        if not documents:
            raise bad_input("`documents` is empty")
        if len(documents) > MAX_INGEST_DOCUMENTS:
            raise limit_exceeded(
                f"at most {MAX_INGEST_DOCUMENTS} documents per ingest (got {len(documents)}; "
                "BANGRAPH_MAX_INGEST_DOCUMENTS)"
            )
        store = info.context.store
        return await anyio.to_thread.run_sync(lambda: ingest_documents(store, documents))

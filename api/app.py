"""The HTTP service: GraphQL at /graphql (with GraphiQL), /healthz, and the RDF and explorer routes.

One Store is opened at startup (lifespan) and closed at shutdown; resolvers read
through ``store.aread``, which uses the driver's async API on the server's event
loop (opened in the lifespan; writes stay synchronous, in a thread).
Middleware, outermost first: request id + JSON access log, request body cap
(413), CORS (only when ``BANGRAPH_CORS_ORIGINS`` is set).

Environment: BANGRAPH_API_KEY (enables ``ingest``), BANGRAPH_CORS_ORIGINS
(comma-separated origins, or ``*``), BANGRAPH_LOG_LEVEL, and the limits of
api/gql/limits.py; the store is chosen as in graph/config.py.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import logging
import os
import sys
import threading
import time
import uuid

import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from api.gql.cache import ResponseCache
from api.gql.http import graphql_endpoint
from api.gql.ide import STATIC_DIR, STATIC_URL
from api.gql.limits import LIMITS, Limits
from api.gql.schema import build_schema

log = logging.getLogger("bangraph.api")
access_log = logging.getLogger("bangraph.api.access")

# Modules of other parts of the service that expose ``routes: list[starlette.routing.Route]``.
ROUTE_MODULES = ("api.rdf", "api.explore")


# -- logging ---------------------------------------------------------------------------


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any ``extra`` fields given."""

    _skip = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        out.update({k: v for k, v in vars(record).items() if k not in self._skip})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def configure_logging(level: str | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel((level or os.environ.get("BANGRAPH_LOG_LEVEL") or "INFO").upper())


# -- middleware (pure ASGI: no buffering of responses) ------------------------------


class RequestContextMiddleware:
    """Give every request an id (``X-Request-ID``, kept when the client sends a sane one) and log it."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        sent = dict(scope.get("headers") or [])
        rid = sent.get(b"x-request-id", b"").decode("latin-1")
        if not (0 < len(rid) <= 128 and rid.isprintable()):
            rid = uuid.uuid4().hex
        scope["request_id"] = rid
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message["headers"] = list(message.get("headers") or []) + [(b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status["code"],
                extra={
                    "request_id": rid,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status["code"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "client": (scope.get("client") or ("", 0))[0],
                },
            )


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, by Content-Length or while streaming."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await self._too_large(send)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def track_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, track_send)
        except _TooLarge:
            if not started:
                await self._too_large(send)

    async def _too_large(self, send):
        body = json.dumps(
            {"errors": [{"message": f"request body larger than {self.max_bytes} bytes (BANGRAPH_MAX_BODY_BYTES)"}]}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json; charset=utf-8"),
                    (b"content-length", b"%d" % len(body)),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


# -- routes ----------------------------------------------------------------------------


async def healthz(request: Request) -> JSONResponse:
    store = request.app.state.store
    ok = await anyio.to_thread.run_sync(store.ping)
    return JSONResponse({"status": "ok" if ok else "unavailable", "store": ok}, 200 if ok else 503)


def _warm_up() -> None:
    from api.gql.mutation import warm_up

    started = time.perf_counter()
    try:
        warm_up()
    except Exception:  # the first ingest will report the same problem to its client
        log.exception("could not load the extraction pipeline")
        return
    log.info("extraction pipeline loaded", extra={"seconds": round(time.perf_counter() - started, 1)})


def extra_routes() -> list[BaseRoute]:
    """``routes`` of the RDF and explorer modules, when they are installed."""
    routes: list[BaseRoute] = []
    for name in ROUTE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        routes.extend(getattr(module, "routes", []))
    return routes


def cors_origins() -> list[str]:
    raw = os.environ.get("BANGRAPH_CORS_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip()]


def _freeze_startup_objects() -> None:
    """Move everything loaded at startup (modules, schema, driver, JVM bridge) out of the garbage
    collector's reach: it lives as long as the server, and every full collection would otherwise walk
    it again — a pause of tens of ms in the middle of some request (the p99)."""
    gc.collect()
    gc.freeze()


def create_app(
    store=None,
    *,
    limits: Limits = LIMITS,
    api_key: str | None = None,
    origins: list[str] | None = None,
    cache_seconds: float | None = None,
):
    """The ASGI app. With ``store`` given (tests), it is used and not closed; else one is opened at startup.

    ``api_key`` defaults to ``BANGRAPH_API_KEY``; ``origins`` to ``BANGRAPH_CORS_ORIGINS``;
    ``cache_seconds`` (the response micro-cache, api/gql/cache.py) to ``BANGRAPH_CACHE_SECONDS``.
    """

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if store is not None:
            app.state.store = store
            await store.aopen()  # reads on this loop (graph/store.py aread)
            _freeze_startup_objects()
            try:
                yield
            finally:
                gc.unfreeze()
                await store.aclose()
            return
        from graph import open_store

        opened = await anyio.to_thread.run_sync(open_store)
        app.state.store = opened
        log.info("store open", extra={"store": opened.config.describe()})
        if app.state.api_key:
            threading.Thread(target=_warm_up, name="warm-up-nlp", daemon=True).start()
        try:
            await opened.aopen()
            _freeze_startup_objects()
            yield
        finally:
            gc.unfreeze()
            await opened.aclose()
            await anyio.to_thread.run_sync(opened.close)
            log.info("store closed")

    origins = cors_origins() if origins is None else origins
    middleware = [
        Middleware(RequestContextMiddleware),
        Middleware(BodyLimitMiddleware, max_bytes=limits.max_body_bytes),
    ]
    if origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=origins,
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
                expose_headers=["X-Request-ID", "X-Bangraph-Cache"],
            )
        )
    routes = [
        Route("/graphql", graphql_endpoint, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        Route("/healthz", healthz, methods=["GET"]),
        Mount(STATIC_URL, app=StaticFiles(directory=STATIC_DIR), name="graphiql-static"),
        *extra_routes(),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.schema = build_schema(limits)
    app.state.cache = ResponseCache(cache_seconds)
    app.state.api_key = os.environ.get("BANGRAPH_API_KEY") if api_key is None else api_key
    app.state.store = store
    return app


def run_serve(args: argparse.Namespace) -> int:
    """``bangraph serve --host --port``: uvicorn with the JSON logs above."""
    import uvicorn

    from api.http_protocol import HeadWithBodyProtocol

    configure_logging()
    if not os.environ.get("BANGRAPH_API_KEY"):
        log.warning("BANGRAPH_API_KEY is not set: the ingest mutation is refused")
    uvicorn.run(
        create_app(),
        host=args.host,
        port=args.port,
        log_config=None,
        access_log=False,
        proxy_headers=False,
        server_header=False,
        http=HeadWithBodyProtocol,  # uvicorn's httptools protocol, a response's head and body in one write
    )
    return 0

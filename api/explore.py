"""The explorer page (``GET /explore``) and the Neo4j Browser material, as Starlette routes.

Why a separate route list: the explorer is static files plus one small JSON of
styles; its data comes from ``POST /graphql`` like any other client's, so this
module needs no store and importing it starts nothing. ``api/app.py`` mounts
``routes``.

Everything the page loads is served from here (cytoscape.js is vendored under
``api/static/vendor``), so it works offline; the Content-Security-Policy pins
every fetch, script and style to this origin so a stray external reference
fails loudly instead of leaking a request.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from schema.browser import GRASS_PATH, GUIDE_PATH, node_styles, relationship_caption

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
EXPLORE_DIR = STATIC / "explore"
VENDOR_DIR = STATIC / "vendor"

# Cytoscape sets inline style attributes on its container, hence 'unsafe-inline' for styles only.
CSP = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
    "style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_PAGE_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# Neo4j Browser (http://localhost:7474) fetches the guide and style from this origin with fetch():
# both are public, read-only files, so any origin may read them.
_SHARED_HEADERS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}


async def explore_page(request: Request) -> Response:
    """The single-page explorer (its script reads the entity to open from ``?entity=<id>``)."""
    return FileResponse(EXPLORE_DIR / "index.html", media_type="text/html; charset=utf-8", headers=_PAGE_HEADERS)


async def explore_styles(request: Request) -> Response:
    """Colours, sizes and captions per label (the Browser palette) and relationship captions, for the page."""
    from schema import MODEL

    body = {
        "nodes": node_styles(),
        "relationships": {rel_type: relationship_caption(rel_type) for rel_type in MODEL.relationships},
    }
    return JSONResponse(body, headers={"Cache-Control": "no-cache"})


async def browser_guide(request: Request) -> Response:
    """The Neo4j Browser guide: ``:play http://localhost:8000/browser/guide.html``."""
    return FileResponse(GUIDE_PATH, media_type="text/html; charset=utf-8", headers=_SHARED_HEADERS)


async def browser_style(request: Request) -> Response:
    """The GraSS style sheet, to drag onto Neo4j Browser or import with ``:style``."""
    return FileResponse(
        GRASS_PATH,
        media_type="text/plain; charset=utf-8",
        headers={**_SHARED_HEADERS, "Content-Disposition": 'inline; filename="bangraph.grass"'},
    )


routes: list[BaseRoute] = [
    Route("/explore", explore_page, methods=["GET", "HEAD"], name="explore"),
    Route("/explore/", explore_page, methods=["GET", "HEAD"]),
    Route("/explore/styles.json", explore_styles, methods=["GET", "HEAD"], name="explore-styles"),
    Mount("/explore/assets", StaticFiles(directory=EXPLORE_DIR), name="explore-assets"),
    Mount("/explore/vendor", StaticFiles(directory=VENDOR_DIR), name="explore-vendor"),
    Route("/browser/guide.html", browser_guide, methods=["GET", "HEAD"], name="browser-guide"),
    Route("/browser/bangraph.grass", browser_style, methods=["GET", "HEAD"], name="browser-style"),
]

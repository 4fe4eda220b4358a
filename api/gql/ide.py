"""GraphiQL served from this server: strawberry's page with its CDN URLs pointed at local copies.

Why: offline (and for privacy) the page must not load from unpkg. The local
files in api/static/graphiql/ are the npm packages at the exact versions the
page names (pinned in package.json), so strawberry's SRI ``integrity`` hashes
still hold and the browser still verifies them (tests/test_api_http.py checks).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from strawberry.http.ides import get_graphql_ide_html

STATIC_DIR = Path(__file__).resolve().parents[1] / "static" / "graphiql"
STATIC_URL = "/static/graphiql"

# unpkg URL in strawberry's page -> local file name
ASSETS = {
    "https://unpkg.com/react@18.2.0/umd/react.production.min.js": "react.production.min.js",
    "https://unpkg.com/react-dom@18.2.0/umd/react-dom.production.min.js": "react-dom.production.min.js",
    "https://unpkg.com/js-cookie@3.0.5/dist/js.cookie.min.js": "js.cookie.min.js",
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.css": "graphiql.min.css",
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/style.css": "plugin-explorer.css",
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.js": "graphiql.min.js",
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/index.umd.js": "plugin-explorer.umd.js",
}

EXAMPLE = """# bangraph GraphQL API. Run with Ctrl-Enter.
{
  bans(first: 5, orderBy: ANNOUNCED_ASC) {
    totalCount
    nodes {
      announced scope status
      imposedBy { name }
      targets { name }
    }
  }
}
"""


@lru_cache(maxsize=1)
def graphiql_html() -> str:
    """The IDE page; raises if strawberry's page no longer names the assets we serve."""
    html = get_graphql_ide_html("graphiql")
    for url, name in ASSETS.items():
        if url not in html:
            raise RuntimeError(f"strawberry's GraphiQL page no longer loads {url}: update api/gql/ide.py ASSETS")
        html = html.replace(url, f"{STATIC_URL}/{name}")
    if "https://" in html.replace("http://www.w3.org/2000/svg", ""):
        raise RuntimeError("GraphiQL page still references an external URL")
    start = html.index("const EXAMPLE_QUERY = `") + len("const EXAMPLE_QUERY = `")
    end = html.index("`;", start)
    return html[:start] + EXAMPLE + html[end:]

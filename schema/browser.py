"""Neo4j Browser material generated from the model: the ``.grass`` style sheet and the guide.

Why generated: a label added to ``schema/model.yaml`` must not show up grey and
captionless in Neo4j Browser, and the guide must describe the model the graph
really has. Both files are checked in (Browser users drag the ``.grass`` file
in; the API serves both), and a test fails when they differ from what this
module generates — run ``python -m schema.browser`` (``make browser-assets``)
after changing the model or the guide queries.

The palette lives here rather than in ``model.yaml`` because it is
presentation, not model; the explorer page reads the same palette
(``node_styles()``) so both views colour a kind alike.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from schema import ENTITY_LABEL, MODEL, Model

if TYPE_CHECKING:
    from graph.queries_guide import GuideQuery

ROOT = Path(__file__).resolve().parent.parent
GRASS_PATH = ROOT / "schema" / "bangraph.grass"
GUIDE_PATH = ROOT / "api" / "browser" / "guide.html"


@dataclass(frozen=True)
class NodeStyle:
    """How one label is drawn: fill colour, text colour on it, border, diameter in pixels."""

    color: str
    text: str
    border: str
    diameter: int


# Entity kinds are large and saturated, events mid-sized, provenance small and muted, so a
# neighbourhood reads as "who — did what — according to whom" at a glance.
NODE_STYLES: dict[str, NodeStyle] = {
    ENTITY_LABEL: NodeStyle("#A5ABB6", "#FFFFFF", "#9AA1AC", 55),
    "Jurisdiction": NodeStyle("#4C8EDA", "#FFFFFF", "#2870C2", 70),
    "Organisation": NodeStyle("#F79767", "#2A2C34", "#F36924", 60),
    "Person": NodeStyle("#57C7E3", "#2A2C34", "#23B3D7", 55),
    "Law": NodeStyle("#8DCC93", "#2A2C34", "#5DB665", 55),
    "Product": NodeStyle("#F16667", "#FFFFFF", "#EB2728", 65),
    "Ban": NodeStyle("#C990C0", "#2A2C34", "#B261A5", 45),
    "Statement": NodeStyle("#FFC454", "#2A2C34", "#D7A013", 40),
    "Follow": NodeStyle("#DA7194", "#FFFFFF", "#CC3C6C", 35),
    "Role": NodeStyle("#D9C8AE", "#2A2C34", "#C0A378", 35),
    "Document": NodeStyle("#6DCE9E", "#2A2C34", "#3FB97B", 35),
    "Evidence": NodeStyle("#ECB5C9", "#2A2C34", "#DA7298", 25),
}


def node_labels(model: Model = MODEL) -> list[str]:
    """Every label a node of the model can carry, the shared ``Entity`` label first."""
    labels: list[str] = []
    for kind in model.nodes.values():
        for label in kind.labels:
            if label not in labels:
                labels.append(label)
    return sorted(
        labels,
        key=lambda label: (label != ENTITY_LABEL, list(model.nodes).index(label) if label in model.nodes else -1),
    )


def node_caption(label: str, model: Model = MODEL) -> str:
    """The property shown on a node of ``label`` (the model's ``caption``; ``name`` for bare entities)."""
    if label == ENTITY_LABEL:
        return "name"
    return model.nodes[label].caption


def relationship_caption(rel_type: str) -> str:
    """``IMPOSED_BY`` -> ``imposed by``: short enough to sit on an edge, readable as a phrase."""
    return rel_type.lower().replace("_", " ")


def node_styles(model: Model = MODEL) -> dict[str, dict[str, object]]:
    """The palette and captions per label as plain data (served to the explorer page as JSON)."""
    missing = [label for label in node_labels(model) if label not in NODE_STYLES]
    if missing:
        raise KeyError(f"no Browser style for label(s) {', '.join(missing)}: add them to schema.browser.NODE_STYLES")
    return {
        label: {
            "color": NODE_STYLES[label].color,
            "text": NODE_STYLES[label].text,
            "border": NODE_STYLES[label].border,
            "diameter": NODE_STYLES[label].diameter,
            "caption": node_caption(label, model),
        }
        for label in node_labels(model)
    }


def render_grass(model: Model = MODEL) -> str:
    """The Browser style sheet: defaults, then one rule per label and one per relationship type.

    The shared ``Entity`` rule comes first so that a node's kind label (later in the sheet) wins.
    """
    # No comment line: Browser's GraSS reader splits on braces and would take a comment for a selector.
    out = [
        "node {",
        "  diameter: 50px;",
        "  color: #A5ABB6;",
        "  border-color: #9AA1AC;",
        "  border-width: 2px;",
        "  text-color-internal: #FFFFFF;",
        "  font-size: 10px;",
        "}",
        "relationship {",
        "  color: #A5ABB6;",
        "  shaft-width: 1px;",
        "  font-size: 8px;",
        "  padding: 3px;",
        "  text-color-external: #000000;",
        "  text-color-internal: #FFFFFF;",
        '  caption: "<type>";',
        "}",
    ]
    for label, style in node_styles(model).items():
        out += [
            f"node.{label} {{",
            f"  color: {style['color']};",
            f"  border-color: {style['border']};",
            f"  text-color-internal: {style['text']};",
            f"  diameter: {style['diameter']}px;",
            f'  caption: "{{{style["caption"]}}}";',
            "}",
        ]
    for rel_type in model.relationships:
        out += [f"relationship.{rel_type} {{", f'  caption: "{relationship_caption(rel_type)}";', "}"]
    return "\n".join(out) + "\n"


# --- the guide -------------------------------------------------------------------------------------

_SERVE_HINT = "http://localhost:8000/browser/guide.html"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cypher_literal(value: object) -> str:
    """A parameter value as Cypher map-literal text (strings, numbers, booleans, lists)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_cypher_literal(v) for v in value) + "]"
    raise TypeError(f"guide parameter value {value!r} has no Cypher literal form")


def params_command(params: dict[str, object]) -> str:
    """The Browser client command that sets a slide's example parameters: ``:params {target: "…"}``."""
    body = ", ".join(f"{name}: {_cypher_literal(value)}" for name, value in params.items())
    return f":params {{{body}}}"


def _runnable(code: str) -> str:
    return f'<pre mode="cypher" class="pre-scrollable code runnable">{_esc(code)}</pre>'


def _slide(title: str, body: list[str]) -> str:
    inner = "\n".join(f"        {line}" for line in body)
    return (
        '  <slide class="row-fluid">\n'
        '    <div class="col-sm-12">\n'
        f"      <h3>{_esc(title)}</h3>\n"
        f"{inner}\n"
        "    </div>\n"
        "  </slide>"
    )


def _model_slides(model: Model, overview_cypher: str) -> list[str]:
    entity_rows = []
    event_rows = []
    for kind in model.nodes.values():
        own = [p for p in kind.properties if not (kind.entity and p in model.entity_properties)]
        props = ", ".join(own) if own else "—"
        labels = ":".join(kind.labels)
        row = f"<tr><td><code>:{_esc(labels)}</code></td><td>{_esc(kind.caption)}</td><td>{_esc(props)}</td></tr>"
        (entity_rows if kind.entity else event_rows).append(row)
    shared = ", ".join(model.entity_properties)
    rel_rows = []
    for rel in model.relationships.values():
        rel_rows.append(
            f"<tr><td>{_esc(' | '.join(rel.sources))}</td><td><code>:{_esc(rel.type)}</code></td>"
            f"<td>{_esc(' | '.join(rel.targets))}</td><td>{_esc(rel.cardinality)}</td></tr>"
        )
    table = '<table class="table table-condensed">'
    return [
        _slide(
            "bangraph: who banned what, when, and why we believe it",
            [
                "<p>An evidenced knowledge graph of government restrictions on technology platforms: "
                "who banned what, on which devices, citing which law, who said what about it, and who "
                "followed whom. Every fact links to the sentence it was read from.</p>",
                "<p>Apply the bangraph style first: drag <code>schema/bangraph.grass</code> onto this window "
                "(or run <code>:style</code> and import it), so each kind gets its colour and caption.</p>",
                "<p>How many nodes of each label are there?</p>",
                _runnable(overview_cypher),
            ],
        ),
        _slide(
            "Entities",
            [
                f"<p>Every entity carries the label <code>:{ENTITY_LABEL}</code> plus its kind, and the "
                f"properties {_esc(shared)}. The id is stable and readable, e.g. "
                "<code>jurisdiction/united-kingdom</code>, <code>product/tiktok</code>.</p>",
                table,
                "<tr><th>Labels</th><th>Caption</th><th>Own properties</th></tr>",
                *entity_rows,
                "</table>",
            ],
        ),
        _slide(
            "Events and provenance",
            [
                "<p>Bans, statements, follows and roles are nodes, not bare edges, so that dates and evidence "
                "attach to them. Documents and evidence sentences record where each fact was read.</p>",
                table,
                "<tr><th>Label</th><th>Caption</th><th>Properties</th></tr>",
                *event_rows,
                "</table>",
            ],
        ),
        _slide(
            "Relationships",
            [
                "<p>Read each row as <em>from</em> <code>-[:TYPE]-&gt;</code> <em>to</em>.</p>",
                table,
                "<tr><th>From</th><th>Type</th><th>To</th><th>Cardinality</th></tr>",
                *rel_rows,
                "</table>",
            ],
        ),
    ]


def _query_slide(query: GuideQuery) -> str:
    body = [f"<p>{_esc(query.explanation)}</p>"]
    if query.params:
        body += [
            "<p>Set the example parameters (change them to explore other entities):</p>",
            _runnable(params_command(query.params)),
        ]
    body += ["<p>Then run:</p>" if query.params else "<p>Run:</p>", _runnable(query.statement.cypher)]
    body.append(f"<p><small>Catalog statement <code>{_esc(query.statement.name)}</code>.</small></p>")
    return _slide(query.title, body)


def render_guide(model: Model = MODEL) -> str:
    """The Browser guide: model slides generated from ``model``, then one slide per saved query."""
    from graph.queries_guide import GUIDE_QUERIES, OVERVIEW  # graph/ owns Cypher; imported late (generator only)

    slides = _model_slides(model, OVERVIEW.cypher) + [_query_slide(q) for q in GUIDE_QUERIES]
    slides.append(
        _slide(
            "Next",
            [
                "<p>Every query in this guide is in bangraph's Cypher catalog "
                "(<code>bangraph cypher-catalog</code>), so it is checked against Neo4j 5 and run on the "
                "embedded store by the tests.</p>",
                "<p>Without Neo4j, the service ships its own explorer: open <code>/explore</code> on the "
                "bangraph API (<code>http://localhost:8000/explore</code>).</p>",
                f"<p>Play this guide again with <code>:play {_SERVE_HINT}</code>.</p>",
            ],
        )
    )
    return (
        "<!-- bangraph Neo4j Browser guide, generated from schema/model.yaml and graph/queries_guide.py "
        "by schema/browser.py. Do not edit. -->\n"
        '<style type="text/css" media="screen">\n'
        "  .guide table td, .guide table th { padding: 2px 6px; vertical-align: top; }\n"
        "</style>\n"
        '<article class="guide">\n'
        '  <carousel class="deck container-fluid">\n' + "\n".join(slides) + "\n  </carousel>\n</article>\n"
    )


def generated_files() -> dict[Path, str]:
    """Each checked-in file and the text it should hold."""
    return {GRASS_PATH: render_grass(), GUIDE_PATH: render_guide()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m schema.browser", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a checked-in file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in generated_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

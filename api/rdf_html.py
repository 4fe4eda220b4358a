"""The human-readable representation of an IRI: one small HTML page per node.

Why server-rendered and script-free: a browser that dereferences an IRI should
see the facts and the sentences they were read from at once, without the
explorer's JavaScript; the page links to the same node's Turtle, JSON-LD and
N-Triples documents and to the neighbours' pages.
"""

from __future__ import annotations

import re
from html import escape

from api.rdf_describe import Description
from api.rdf_mapping import IriScheme
from schema import MODEL

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem} .kind{color:#666;margin-top:0} code{font-size:.85em;word-break:break-all}
table{border-collapse:collapse} td,th{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
blockquote{margin:.3rem 0 .2rem 0;padding-left:.8rem;border-left:3px solid #bbb} li{margin-bottom:.7rem}
.meta{color:#555;font-size:.9em} nav a{margin-right:.8rem}
"""


def _caption(label: str, props: dict) -> str:
    kind = MODEL.nodes.get(label)
    if kind is None:
        return str(props.get("id", ""))
    value = props.get(kind.caption) or props.get("name") or props.get("id")
    if label == "Statement":
        text = str(props.get("text") or "")
        short = text if len(text) <= 90 else text[:87] + "…"
        return f"{(props.get('stance') or '').replace('_', ' ')}: “{short}”"
    if label == "Follow":
        kind = "explicit follow" if props.get("explicit") else "derived follow"
        lag = props.get("lagDays")
        return kind + (f", {lag} days later" if lag is not None else "")
    if label == "Ban":
        when = props.get("announced") or props.get("effective")
        scope = (props.get("scope") or "").replace("_", " ")
        return f"Ban ({(props.get('status') or '').replace('_', ' ')}{', ' + scope if scope else ''}{', ' + when if when else ''})"
    return str(value)


def _rel_name(rel: str, reverse: bool = False) -> str:
    r = MODEL.relationships.get(rel)
    name = rel if r is None else r.reverse if reverse else r.name
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def render_page(d: Description, scheme: IriScheme, root: str) -> str:
    """``root`` is the app's base URL (``…/``); links go to this server's ``id/`` and ``doc/`` paths."""
    vocab = scheme.vocab

    def page_link(label: str, key: str, text: str) -> str:
        href = root + "id/" + scheme.encode_path(vocab.node_path(label, key))
        return f'<a href="{escape(href)}">{escape(text)}</a>'

    path = scheme.encode_path(vocab.node_path(d.label, d.key))
    alternates = " ".join(
        f'<a href="{escape(root)}doc/{escape(path)}.{ext}" type="{mt}">{name}</a>'
        for name, ext, mt in (
            ("Turtle", "ttl", "text/turtle"),
            ("JSON-LD", "jsonld", "application/ld+json"),
            ("N-Triples", "nt", "application/n-triples"),
            ("RDF/XML", "rdf", "application/rdf+xml"),
        )
    )
    title = _caption(d.label, d.props)
    rows = []
    for name, value in d.props.items():
        if name in ("text",):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        if name == "wikidataId":
            cell = f'<a href="{escape(vocab.wikidata + shown)}">{escape(shown)}</a>'
        elif name == "url":
            cell = f'<a href="{escape(shown)}">{escape(shown)}</a>'
        else:
            cell = escape(shown.replace("_", " ") if name in ("scope", "status", "stance") else shown)
        rows.append(f"<tr><th>{escape(name)}</th><td>{cell}</td></tr>")
    links = []
    for r in d.out:
        label = next((lb for lb in r["labels"] if lb in vocab.nodes), None)
        if label is None or label == "Evidence":
            continue
        key = r["id"]
        links.append(
            f"<tr><th>{escape(_rel_name(r['rel']))}</th><td>{page_link(label, key, r.get('name') or key)}</td></tr>"
        )
    back = []
    for r in d.incoming:
        label = next((lb for lb in r["labels"] if lb in vocab.nodes), None)
        key = r["props"].get(vocab.nodes[label].key) if label else None
        if key is None:
            continue
        back.append(
            f"<tr><th>{escape(_rel_name(r['rel'], reverse=True))}</th>"
            f"<td>{page_link(label, key, _caption(label, r['props']))}</td></tr>"
        )
    evidence = []
    for ev in d.evidence:
        e = ev["evidence"]
        doc = ev.get("document")
        meta = []
        if doc:
            meta.append(page_link("Document", doc, ev.get("title") or doc))
        meta += [escape(str(ev[k])) for k in ("publisher", "published") if ev.get(k)]
        if ev.get("url"):
            meta.append(f'<a href="{escape(ev["url"])}">source</a>')
        if e.get("reportedStatus"):  # evidence of a ban: what this article reported about it
            reported = [str(e["reportedStatus"]).replace("_", " ")]
            reported += [f"{k} {e[p]}" for k, p in (("announced", "reportedAnnounced"), ("effective", "reportedEffective"))
                         if e.get(p)]  # fmt: skip
            meta.append("reported: " + escape(", ".join(reported)))
        conf = e.get("confidence")
        meta.append(
            f"chars {escape(str(e.get('start')))}–{escape(str(e.get('end')))}, {escape(str(e.get('extractor')))}"
            + (f", confidence {conf:.2f}" if isinstance(conf, int | float) else "")
        )
        evidence.append(
            f"<li><blockquote>{escape(e.get('sentence') or '')}</blockquote><div class=meta>{' · '.join(meta)}</div></li>"
        )
    text = ""
    if d.label == "Document" and d.props.get("text"):
        text = f"<h2>Text</h2><p>{escape(d.props['text'])}</p>"

    def section(heading: str, body: list[str], tag: str = "table") -> str:
        return f"<h2>{heading}</h2><{tag}>{''.join(body)}</{tag}>" if body else ""

    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} · bangraph</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style>'
        f'<link rel="alternate" type="text/turtle" href="{escape(root)}doc/{escape(path)}.ttl"></head><body>'
        f"<h1>{escape(title)}</h1><p class=kind>{escape(d.label)} · <code>{escape(d.iri)}</code></p>"
        f"<nav>Data: {alternates}</nav>"
        + section("Properties", rows)
        + section("Links", links)
        + section("Linked from", back)
        + section("Evidence", evidence, "ol")
        + text
        + "</body></html>"
    )

"""What the graph says about one IRI: the facts around one node, for dereferencing.

Why a bounded description: a GET on ``/id/ban/…`` must answer from a few
indexed lookups, not the whole graph. The description holds the node's own
triples, the links leaving it (with the neighbours' types and names), the
``prov:wasDerivedFrom`` shortcuts, its evidence (sentence, offsets, extractor,
confidence) with the documents it comes from, and the links arriving at it
(e.g. the bans a jurisdiction imposed) with those nodes' triples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from api.rdf_mapping import RDF_TYPE, Lit, Triple, TripleMapper
from graph.queries_rdf import describe_statements

NAME = "http://schema.org/name"
LIMIT = 500  # per part (links out, links in, evidence); a page, not a dump


@dataclass
class Description:
    label: str
    key: str
    iri: str
    props: dict
    out: list[dict] = field(default_factory=list)  # rel, labels, id, name
    incoming: list[dict] = field(default_factory=list)  # rel, labels, props
    evidence: list[dict] = field(default_factory=list)  # evidence (props), document, title, publisher, published, url

    def triples(self, mapper: TripleMapper) -> list[Triple]:
        """The description as triples, duplicates removed, in a stable order."""
        vocab = mapper.vocab
        out: list[Triple] = list(mapper.node([self.label], self.props))
        for r in self.out:
            t = mapper.edge(r["rel"], self.key, r["id"])
            if t is None:
                continue
            out.append(t)
            label = mapper.label_of(r["labels"])
            if label and label != "Evidence":
                out.append((t[2], RDF_TYPE, vocab.nodes[label].bg_class))
                if r.get("name"):
                    out.append((t[2], NAME, Lit(str(r["name"]))))
        for ev in self.evidence:
            props = ev["evidence"]
            out += mapper.node(["Evidence"], props)
            if ev.get("document") is None:
                continue
            doc = {"id": ev["document"], **{k: ev.get(k) for k in ("title", "publisher", "published", "url")}}
            out += mapper.node(["Document"], doc)
            out.append(mapper.edge("FROM_DOCUMENT", props["id"], ev["document"]))
            if self.label != "Evidence":
                out.append(mapper.via("EVIDENCED_BY", "FROM_DOCUMENT", self.key, ev["document"]))
        for r in self.incoming:
            label = mapper.label_of(r["labels"])
            src = r["props"].get("id")
            t = mapper.edge(r["rel"], src, self.key) if label else None
            if t is None:
                continue
            out.append(t)
            out += mapper.node([label], r["props"])
        return list(dict.fromkeys(out))


async def describe(store, mapper: TripleMapper, label: str, key: str) -> Description | None:
    """Look one node up by kind and key; None when it does not exist."""
    names = describe_statements(label)
    row = await store.aread(names["node"], key=key)
    if not row:
        return None
    d = Description(label, key, mapper.scheme.iri(label, key), row[0]["props"])
    d.out = await store.aread(names["out"], key=key, limit=LIMIT)
    d.evidence = await store.aread(names["evidence"], key=key, limit=LIMIT)
    d.incoming = await store.aread(names["in"], key=key, limit=LIMIT)
    return d

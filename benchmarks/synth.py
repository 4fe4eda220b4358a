"""Synthetic bangraph graphs of any size, shaped exactly like what the loaders write.

Why facts and not raw nodes: the generator yields :class:`loaders.model.DocumentFacts`, the same
records the extraction pipeline produces, so one synthetic data set feeds every consumer — the
Store's own write path, the raw ``UNWIND … MERGE`` baseline, the bulk loader behind the latency,
API and RDF benchmarks. Ids, labels, relationship types and evidence follow the real model.

Each synthetic document reports one ban (an imposer, one or two targets, sometimes a law), a
statement about it, a role and, for about half of them, an explicit follow; every fact has its
evidence span in the text. Imposers are drawn with a skew (a few governments ban a lot), so the
"bans by imposer" questions have both small and large answers.

    >>> from benchmarks.synth import SynthSpec, generate, bulk_load
    >>> spec = SynthSpec.for_relationships(500_000)
    >>> counts = bulk_load(driver, database, generate(spec))   # UNWIND batches through the driver

Everything is deterministic for a given spec (seeded), so two runs measure the same data.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from graph.queries_bench import BULK_LINKS, RAW_DOCUMENTS, RAW_ENTITIES, RAW_EVENTS, RAW_EVIDENCE, RAW_LINKS
from loaders.model import Ban, Document, DocumentFacts, Entity, Evidence, Follow, Role, Statement, entity_id

SCOPES = ["government_devices", "legislature_devices", "military_devices", "staff_devices", "nationwide"]
STATUSES = ["in_force", "in_force", "in_force", "advisory", "enacted_law", "temporary", "proposed"]
STANCES = ["opposes_ban", "supports_ban", "denies_allegation", "neutral"]
TITLES = ["Minister", "Secretary", "spokesperson", "Director", "Commissioner", "Chair"]

# Measured averages of one generated document (used to size a graph before generating it).
RELATIONSHIPS_PER_DOCUMENT = 28.0
NODES_PER_DOCUMENT = 14.5


@dataclass(frozen=True)
class SynthSpec:
    """How big, and how varied. Pools scale with ``documents`` unless given."""

    documents: int
    jurisdictions: int = 0
    products: int = 0
    organisations: int = 0
    persons: int = 0
    laws: int = 0
    seed: int = 20231

    def __post_init__(self) -> None:
        if self.documents < 1:
            raise ValueError(f"SynthSpec.documents must be >= 1, got {self.documents}")

    def sized(self) -> SynthSpec:
        """Fill the pools left at 0 in proportion to the number of documents."""
        d = self.documents
        return replace(
            self,
            jurisdictions=self.jurisdictions or max(4, min(2_000, d // 40)),
            products=self.products or max(4, min(5_000, d // 20)),
            organisations=self.organisations or max(4, d // 25),
            persons=self.persons or max(4, d // 5),
            laws=self.laws or max(2, d // 50),
        )

    @classmethod
    def for_relationships(cls, relationships: int, **kw) -> SynthSpec:
        """A spec whose graph has at least about ``relationships`` relationships."""
        return cls(documents=max(1, math.ceil(relationships / RELATIONSHIPS_PER_DOCUMENT)), **kw)

    @classmethod
    def for_nodes(cls, nodes: int, **kw) -> SynthSpec:
        return cls(documents=max(1, math.ceil(nodes / NODES_PER_DOCUMENT)), **kw)


@dataclass(frozen=True)
class Pools:
    jurisdictions: list[str]
    products: list[str]
    organisations: list[str]
    persons: list[str]
    laws: list[str]


def pools(spec: SynthSpec) -> Pools:
    spec = spec.sized()
    return Pools(
        jurisdictions=[f"Republic of Testland {i}" for i in range(spec.jurisdictions)],
        products=[f"Chatter App {i}" for i in range(spec.products)],
        organisations=[f"Ministry of Digital Affairs {i}" for i in range(spec.organisations)],
        persons=[f"Alex Example {i}" for i in range(spec.persons)],
        laws=[f"Data Security Act {i}" for i in range(spec.laws)],
    )


def imposer_ids(spec: SynthSpec) -> list[str]:
    """Entity ids of the jurisdictions, most prolific imposer first (for picking query parameters)."""
    return [entity_id("Jurisdiction", n) for n in pools(spec).jurisdictions]


def product_ids(spec: SynthSpec) -> list[str]:
    return [entity_id("Product", n) for n in pools(spec).products]


def _skewed(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a Zipf-like skew towards 0."""
    return min(n - 1, int(n ** rng.random()) - 1)


class _Text:
    """Builds a document's text sentence by sentence, remembering where each name landed."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.parts: list[str] = []
        self.length = 0

    def sentence(self, *pieces: str) -> tuple[str, int, dict[str, tuple[int, int]]]:
        """Append a sentence made of pieces; names are pieces wrapped in ``{}``. Returns its spans."""
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        spans: dict[str, tuple[int, int]] = {}
        text = ""
        for p in pieces:
            if p.startswith("{") and p.endswith("}"):
                name = p[1:-1]
                spans[name] = (start + len(text), start + len(text) + len(name))
                text += name
            else:
                text += p
        self.parts.append(text)
        self.length += len(text)
        return text, start, spans

    def text(self) -> str:
        return "".join(self.parts)


class _Mentions:
    """Records an entity mention (with its evidence span) in one document; returns the entity id."""

    def __init__(self, doc_id: str, entities: dict[str, Entity]):
        self.doc_id, self.entities = doc_id, entities

    def __call__(self, kind: str, name: str, sentence: str, span: tuple[int, int]) -> str:
        eid = entity_id(kind, name)
        ent = self.entities.setdefault(eid, Entity(eid, kind, name, [name]))
        ent.mentions.append(Evidence(self.doc_id, sentence, span[0], span[1], "synth.entities", 0.9))
        return eid


def generate(spec: SynthSpec) -> Iterator[DocumentFacts]:
    """Yield ``spec.documents`` synthetic documents' facts, deterministically."""
    spec = spec.sized()
    p = pools(spec)
    base = date(2017, 1, 1)
    for i in range(spec.documents):
        rng = random.Random(spec.seed * 1_000_003 + i)
        doc_id = f"synth-{i:07d}"
        published = base + timedelta(days=rng.randrange(0, 3000))
        text = _Text(doc_id)
        entities: dict[str, Entity] = {}
        mention = _Mentions(doc_id, entities)

        imposer = p.jurisdictions[_skewed(rng, len(p.jurisdictions))]
        targets = rng.sample(p.products, k=min(len(p.products), rng.choice([1, 1, 2])))
        law = p.laws[rng.randrange(len(p.laws))] if rng.random() < 0.4 else None
        scope, status = rng.choice(SCOPES), rng.choice(STATUSES)

        pieces = ["{" + imposer + "}", " banned ", "{" + targets[0] + "}"]
        if len(targets) > 1:
            pieces += [" and ", "{" + targets[1] + "}"]
        pieces.append(f" on {scope.replace('_', ' ')}")
        if law:
            pieces += [" under the ", "{" + law + "}"]
        pieces.append(".")
        s1, s1_start, spans = text.sentence(*pieces)
        imposer_id = mention("Jurisdiction", imposer, s1, spans[imposer])
        target_ids = [mention("Product", t, s1, spans[t]) for t in targets]
        law_ids = [mention("Law", law, s1, spans[law])] if law else []
        ban = Ban(
            imposer_id,
            target_ids,
            status,
            scope,
            announced=published.isoformat(),
            justified_by=law_ids,
            evidence=[Evidence(doc_id, s1, s1_start, s1_start + len(s1), "synth.bans", 0.8)],
        )

        person = p.persons[rng.randrange(len(p.persons))]
        org = p.organisations[rng.randrange(len(p.organisations))]
        title = rng.choice(TITLES)
        s2, s2_start, spans = text.sentence(
            "{" + person + "}", f", {title} at the ", "{" + org + "}", ", said the decision was necessary."
        )
        person_id = mention("Person", person, s2, spans[person])
        org_id = mention("Organisation", org, s2, spans[org])
        role = Role(person_id, title, org_id, [Evidence(doc_id, s2, s2_start, s2_start + len(s2), "synth.roles", 0.7)])

        s3, s3_start, spans = text.sentence(
            "A spokesperson for ", "{" + targets[0] + "}", " said the company was disappointed by the decision."
        )
        speaker_id = mention("Product", targets[0], s3, spans[targets[0]])
        statement = Statement(
            speaker_id,
            rng.choice(STANCES),
            s3,
            doc_id,
            s3_start,
            date=published.isoformat(),
            about=[ban.id],
            evidence=[Evidence(doc_id, s3, s3_start, s3_start + len(s3), "synth.statements", 0.7)],
        )

        follows = []
        if rng.random() < 0.5:
            leader = p.jurisdictions[_skewed(rng, len(p.jurisdictions))]
            if leader != imposer:
                s4, s4_start, spans = text.sentence(
                    "{" + imposer + "}", " followed ", "{" + leader + "}", ", which had banned the app earlier."
                )
                follower_id = mention("Jurisdiction", imposer, s4, spans[imposer])
                leader_id = mention("Jurisdiction", leader, s4, spans[leader])
                follows.append(
                    Follow(
                        follower_id,
                        leader_id,
                        True,
                        target=target_ids[0],
                        follower_ban=ban.id,
                        evidence=[Evidence(doc_id, s4, s4_start, s4_start + len(s4), "synth.follows", 0.6)],
                    )
                )

        document = Document(
            id=doc_id,
            text=text.text(),
            title=f"{imposer} bans {targets[0]}",
            publisher="Synthetic Wire",
            published=published.isoformat(),
            url=f"https://example.org/news/{doc_id}",
            language="en",
        )
        yield DocumentFacts(document, list(entities.values()), [ban], [statement], follows, [role])


# -- rows for the bench.raw.* statements -----------------------------------------------------


def _evidence_rows(subject: str, label: str, evidence: list[Evidence], links: dict) -> list[dict]:
    rows = []
    for ev in evidence:
        eid = ev.id_for(subject)
        rows.append(
            {
                "id": eid,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "extractor": ev.extractor,
                "confidence": ev.confidence,
            }
        )
        links[(label, "EVIDENCED_BY", "Evidence")].append({"source": subject, "target": eid})
        links[("Evidence", "FROM_DOCUMENT", "Document")].append({"source": eid, "target": ev.document_id})
    return rows


def raw_steps(batch: Iterable[DocumentFacts], *, fresh: bool = False) -> list[tuple[str, list[dict]]]:
    """The (statement name, rows) steps that write ``batch`` with the bench.raw.* statements.

    Nodes first (documents, entities, events, evidence), then relationships, so every MATCH of a
    link statement finds both ends. ``fresh``: the database holds none of this batch's evidence
    yet (a bulk load), so provenance links are CREATEd instead of MERGEd.
    """
    docs: list[dict] = []
    entities: dict[str, dict[str, dict]] = defaultdict(dict)
    events: dict[str, dict[str, dict]] = defaultdict(dict)
    evidence: dict[str, dict] = {}
    links: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for facts in batch:
        d = facts.document
        docs.append(
            {
                "id": d.id,
                "title": d.title,
                "publisher": d.publisher,
                "published": d.published,
                "url": d.url,
                "language": d.language,
                "contentHash": d.content_hash,
                "text": d.text,
            }
        )
        for e in facts.entities:
            entities[e.kind][e.id] = {
                "id": e.id,
                "name": e.name,
                "aliases": sorted(set(e.aliases)),
                "wikidataId": e.wikidata_id,
                "properties": {k: v for k, v in e.properties.items() if v is not None},
            }
            for row in _evidence_rows(e.id, "Entity", e.mentions, links):
                evidence[row["id"]] = row
        for b in facts.bans:
            events["Ban"][b.id] = {
                "id": b.id,
                "status": b.status,
                "scope": b.scope,
                "announced": b.announced,
                "effective": b.effective,
            }
            links[("Ban", "IMPOSED_BY", "Entity")].append({"source": b.id, "target": b.imposed_by})
            links[("Ban", "TARGETS", "Entity")].extend({"source": b.id, "target": t} for t in b.targets)
            links[("Ban", "JUSTIFIED_BY", "Law")].extend({"source": b.id, "target": t} for t in b.justified_by)
            for row in _evidence_rows(b.id, "Ban", b.evidence, links):
                evidence[row["id"]] = row
        ban_ids = {b.id for b in facts.bans}
        for s in facts.statements:
            events["Statement"][s.id] = {"id": s.id, "stance": s.stance, "text": s.text, "date": s.date}
            links[("Statement", "SPOKEN_BY", "Entity")].append({"source": s.id, "target": s.speaker})
            for a in s.about:
                kind = "Ban" if a in ban_ids else "Entity"
                links[("Statement", "ABOUT", kind)].append({"source": s.id, "target": a})
            for row in _evidence_rows(s.id, "Statement", s.evidence, links):
                evidence[row["id"]] = row
        for f in facts.follows:
            events["Follow"][f.id] = {"id": f.id, "explicit": f.explicit, "lagDays": f.lag_days, "target": f.target}
            links[("Follow", "FOLLOWER", "Entity")].append({"source": f.id, "target": f.follower})
            links[("Follow", "FOLLOWED", "Entity")].append({"source": f.id, "target": f.followed})
            if f.follower_ban:
                links[("Follow", "FOLLOWER_BAN", "Ban")].append({"source": f.id, "target": f.follower_ban})
            if f.followed_ban:
                links[("Follow", "FOLLOWED_BAN", "Ban")].append({"source": f.id, "target": f.followed_ban})
            for row in _evidence_rows(f.id, "Follow", f.evidence, links):
                evidence[row["id"]] = row
        for r in facts.roles:
            events["Role"][r.id] = {"id": r.id, "title": r.title}
            links[("Role", "HELD_BY", "Person")].append({"source": r.id, "target": r.person})
            if r.organisation:
                links[("Role", "OF_ORGANISATION", "Entity")].append({"source": r.id, "target": r.organisation})
            for row in _evidence_rows(r.id, "Role", r.evidence, links):
                evidence[row["id"]] = row

    steps: list[tuple[str, list[dict]]] = [(RAW_DOCUMENTS.name, docs)]
    steps += [(RAW_ENTITIES[kind].name, list(rows.values())) for kind, rows in entities.items()]
    steps += [(RAW_EVENTS[label].name, list(rows.values())) for label, rows in events.items()]
    steps.append((RAW_EVIDENCE.name, list(evidence.values())))
    for key, rows in links.items():
        stmt = BULK_LINKS.get(key) if fresh else None
        steps.append(((stmt or RAW_LINKS[key]).name, rows))
    return [(name, rows) for name, rows in steps if rows]


def count_facts(facts: DocumentFacts) -> int:
    """Fact records in one document (entities and events): the unit of the upsert rate."""
    return len(facts.entities) + len(facts.bans) + len(facts.statements) + len(facts.follows) + len(facts.roles)


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def write_raw_document(session, facts: DocumentFacts) -> None:
    """One document in one transaction with the bench.raw.* statements (the baseline writer)."""
    from graph.catalog import get

    steps = [(get(name).cypher, rows) for name, rows in raw_steps([facts])]

    def work(tx) -> None:
        for cypher, rows in steps:
            tx.run(cypher, rows=rows).consume()

    session.execute_write(work)


def bulk_load(
    driver,
    database: str | None,
    facts: Iterable[DocumentFacts],
    *,
    documents_per_batch: int = 2_000,
    rows_per_tx=10_000,
) -> dict[str, int]:
    """Write many documents' facts into an empty database in big UNWIND batches.

    One transaction per ``rows_per_tx`` rows. Used to build the large synthetic graphs quickly; not
    how bangraph loads articles (one transaction per document, through the Store). Every document
    must be new to the database (provenance links are created, not merged). Returns the rows sent
    per statement.
    """
    from graph.catalog import get

    sent: dict[str, int] = defaultdict(int)
    with driver.session(database=database) as session:
        for batch in _chunks(facts, documents_per_batch):
            for name, rows in raw_steps(batch, fresh=True):
                cypher = get(name).cypher
                for chunk in _chunks(rows, rows_per_tx):
                    session.execute_write(lambda tx, c=cypher, r=chunk: tx.run(c, rows=r).consume())
                    sent[name] += len(chunk)
    return dict(sent)

"""Extraction assembled: documents -> spaCy parse (batched) -> entities -> events -> :class:`DocumentFacts`.

Why one place: every stage reads the same :class:`AnnotatedDoc`, and the
facts handed to graph/ must be closed — every entity a ban, statement, follow
or role points at is in ``facts.entities`` with its mention evidence. This
module enforces that; a fact whose actor has no mention is dropped and
reported (logged with the document id), never written half-linked.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher

from loaders.extract import bans, follows, roles, statements
from loaders.extract.base import AnnotatedDoc
from loaders.extract.entities import annotate
from loaders.extract.gazetteer import get_gazetteer
from loaders.extract.lexicon import words as lexicon_words
from loaders.extract.nlp import BATCH_SIZE, get_nlp
from loaders.model import Document, DocumentFacts, Entity, entity_id

log = logging.getLogger(__name__)


class ExtractionError(RuntimeError):
    """A stage failed on one document; the message names the document and the stage."""


def iter_extract(
    documents: Iterable[Document], batch_size: int = BATCH_SIZE, people: PeopleRegistry | None = None
) -> Iterator[DocumentFacts]:
    """Facts for each document, in order, parsing in ``nlp.pipe`` batches (lazy: fit for large loads).

    ``people`` keeps person names consistent across calls (one registry per load); by default the
    documents of this call share one.
    """
    nlp = get_nlp()
    people = people if people is not None else PeopleRegistry()
    pairs = ((_checked(d).text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield people.canonicalise(facts_for(document, doc))


def extract(documents: list[Document], people: PeopleRegistry | None = None) -> list[DocumentFacts]:
    """Facts for every document (see :func:`iter_extract`)."""
    return list(iter_extract(documents, people=people))


def extract_one(document: Document) -> DocumentFacts:
    return extract([document])[0]


def _checked(document: Document) -> Document:
    if not isinstance(document, Document):
        raise TypeError(f"extract() needs loaders.model.Document records, got {type(document).__name__}")
    if not isinstance(document.text, str):
        raise ExtractionError(f"document {document.id!r}: text is {type(document.text).__name__}, not str")
    return document


def _stage(document: Document, name: str, fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # re-raised with the document named: one bad article must be traceable
        raise ExtractionError(f"document {document.id!r}: {name} stage failed: {exc}") from exc


def facts_for(document: Document, doc) -> DocumentFacts:
    """Run every stage on one parsed document and close the facts over their entities."""
    adoc: AnnotatedDoc = _stage(document, "entities", annotate, document, doc)
    found_bans = _stage(document, "bans", bans.extract_bans, adoc)
    found_follows = _stage(document, "follows", follows.extract_follows, adoc, found_bans)
    # "Oklahoma joins Texas and Maryland": the followed actors' steps, told in passing
    found_bans += _stage(document, "bans", bans.bans_of_followed, adoc, found_bans, found_follows)
    found_statements = _stage(document, "statements", statements.extract_statements, adoc, found_bans)
    found_roles = _stage(document, "roles", roles.extract_roles, adoc)

    known = {eid for eid, e in adoc.entities.items() if e.mentions}
    # a cut of a connection alone ("authorities shut down mobile internet", "the internet was cut for days") is a
    # shutdown, no ban of a platform; it was kept this far so dates, status and statements could read it
    shutdowns = {b.id for b in found_bans if b.targets and all(_network(t) for t in b.targets)}
    for s in found_statements:
        s.about = [a for a in s.about if a not in shutdowns]
    ban_ids = set()
    kept_bans = []
    for b in found_bans:
        if b.id in shutdowns:
            continue
        if _closed(document, "ban", [b.imposed_by, *b.targets, *b.justified_by], known):
            kept_bans.append(b)
            ban_ids.add(b.id)
    kept_statements = [
        s
        for s in found_statements
        if not _category(s.speaker)  # a kind of technology ("Internet observatory NetBlocks said") says nothing
        and _closed(document, "statement", [s.speaker, *(a for a in s.about if a not in ban_ids)], known)
    ]
    # following a shutdown ("Chad followed suit, shutting down internet access") is no step against a platform either
    kept_follows = [
        f
        for f in found_follows
        if not (f.target and _network(f.target))
        and f.followed_ban not in shutdowns
        and f.follower_ban not in shutdowns
        and _closed(document, "follow", [f.follower, f.followed, f.target], known)
    ]
    kept_roles = [r for r in found_roles if _closed(document, "role", [r.person, r.organisation], known)]
    # a kind of technology ("VPN", "5G equipment") is an entity of the story only as what a ban or another fact is
    # about; met in passing ("users switched to VPNs") it is no actor
    used = {i for b in kept_bans for i in (b.imposed_by, *b.targets, *b.justified_by)}
    used |= {i for f in kept_follows for i in (f.follower, f.followed, f.target)}
    used |= {s.speaker for s in kept_statements} | {i for r in kept_roles for i in (r.person, r.organisation)}
    dropped = {eid for eid in known if eid not in used and _category(eid)}
    # a house told only by the common noun ("urged parliament to act", "the bill will be sent to parliament") is no
    # named body of the story unless it acts in a fact; "Ghana's parliament", "federal Parliament" name one
    dropped |= {eid for eid in known if eid not in used and _bare_house(adoc, eid)}
    for s in kept_statements:
        s.about = [a for a in s.about if a not in dropped]
    return DocumentFacts(
        document=document,
        entities=[e for e in adoc.entities.values() if e.mentions and e.id not in dropped],
        bans=kept_bans,
        statements=kept_statements,
        follows=kept_follows,
        roles=kept_roles,
    )


class PeopleRegistry:
    """One node per person across the documents of one load, despite spelling variants.

    Within a document the resolver already merges "Ian Duncan Smith" and "Iain
    Duncan Smith"; across documents this does the same: a person whose surname
    and near-identical spelling match someone met in an earlier document takes
    that person's id and name, keeping its own spelling as an alias. First seen
    wins, so a load is deterministic for a given input order.
    """

    def __init__(self, threshold: float = 0.85) -> None:
        self.threshold = threshold
        self.by_surname: dict[str, list[str]] = {}

    def canonicalise(self, facts: DocumentFacts) -> DocumentFacts:
        remap: dict[str, Entity] = {}
        for e in facts.entities:
            if e.kind != "Person" or " " not in e.name:
                continue
            known = self.by_surname.setdefault(e.name.split()[-1], [])
            match = next(
                (n for n in known if n != e.name and SequenceMatcher(None, n, e.name).ratio() >= self.threshold),
                None,
            )
            if match is None:
                if e.name not in known:
                    known.append(e.name)
                continue
            aliases = list(dict.fromkeys([e.name, *e.aliases]))
            remap[e.id] = Entity(
                id=entity_id("Person", match),
                kind="Person",
                name=match,
                aliases=aliases,
                wikidata_id=e.wikidata_id,
                properties=e.properties,
                mentions=e.mentions,
            )
        if not remap:
            return facts
        ids = {old: new.id for old, new in remap.items()}
        facts.entities = [remap.get(e.id, e) for e in facts.entities]
        for b in facts.bans:
            b.imposed_by = ids.get(b.imposed_by, b.imposed_by)
            b.targets = [ids.get(t, t) for t in b.targets]
        for st in facts.statements:
            st.speaker = ids.get(st.speaker, st.speaker)
            st.about = [ids.get(a, a) for a in st.about]
        for f in facts.follows:
            f.follower = ids.get(f.follower, f.follower)
            f.followed = ids.get(f.followed, f.followed)
        for r in facts.roles:
            r.person = ids.get(r.person, r.person)
            r.organisation = ids.get(r.organisation, r.organisation) if r.organisation else None
        return facts


def _closed(document: Document, what: str, ids: list[str | None], known: set[str]) -> bool:
    missing = [i for i in ids if i and i not in known]
    if missing:
        log.warning("document %r: %s dropped, it refers to unmentioned entities %s", document.id, what, missing)
    return not missing


def _bare_house(adoc: AnnotatedDoc, eid: str) -> bool:
    """Every mention of the entity is a lower-case legislature word the gazetteer takes as a country's generic body
    ("parliament", "the parliament"), with no owner or modifier before it ("Kenya's parliament", "the federal
    parliament", "the Kenyan parliament", "its parliament", "our parliament": a pronoun names its country too)."""
    gaz = get_gazetteer()
    houses = _house_words()
    spans = list(adoc.spans_of(eid))
    if not spans:
        return False
    for m, span in spans:
        word = m.text[4:] if m.text.startswith("the ") else m.text
        if not word.islower() or word not in houses:
            return False
        first = span[0] if span[0].lower_ != "the" else (span[1] if len(span) > 1 else span[0])
        prev = span.doc[first.i - 1] if first.i > 0 else None
        if (
            prev is not None
            and prev.lower_ != "the"
            and (prev.tag_ in ("POS", "PRP$") or prev.pos_ in ("PROPN", "ADJ") or prev.text in gaz.demonyms)
        ):
            return False
    return True


@functools.cache
def _house_words() -> frozenset[str]:
    """The gazetteer's generic institutions that are legislatures, lower-cased: "parliament", "national assembly"."""
    houses = lexicon_words("actors", "legislature")
    return frozenset(w.casefold() for w in get_gazetteer().generic_institutions if w.split()[0].casefold() in houses)


def _category(eid: str) -> bool:
    """A gazetteer entry of type ``category`` or ``network``: a kind of technology or of connection ("internet",
    "mobile data"), not one product."""
    return _entry_type(eid) in ("category", "network")


def _network(eid: str) -> bool:
    """A gazetteer entry of type ``network``: a kind of connection ("internet", "mobile data", "broadband")."""
    return _entry_type(eid) == "network"


def _entry_type(eid: str) -> str | None:
    entry = get_gazetteer().entries.get(eid)
    return entry.type if entry is not None else None

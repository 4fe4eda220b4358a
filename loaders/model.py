"""Typed, evidenced facts: the records the loaders produce and graph/ writes.

This is the contract between extraction (loaders/extract) and storage
(graph/). Every fact carries at least one :class:`Evidence`; the store
refuses facts without it. Entity and event ids are stable: the same actor or
the same ban found in two documents gets the same id, so the store merges
them into one node with two pieces of evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

ENTITY_KINDS = ("Person", "Organisation", "Jurisdiction", "Law", "Product")


def slugify(text: str) -> str:
    """``"United Kingdom"`` -> ``"united-kingdom"`` (ASCII, stable)."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "x"


def entity_id(kind: str, name: str) -> str:
    """Stable, readable entity id: ``jurisdiction/united-kingdom``."""
    if kind not in ENTITY_KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    return f"{kind.lower()}/{slugify(name)}"


def _digest(*parts: object) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read.

    ``start``/``end`` are character offsets into the document's cleaned text
    (``Document.text``) of the supporting span: the mention for an entity, the
    sentence (or clause) for an event. ``sentence`` is the whole sentence that
    contains that span.
    """

    document_id: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float = 1.0

    def id_for(self, subject_id: str) -> str:
        return "evidence/" + _digest(self.document_id, self.start, self.end, self.extractor, subject_id)


@dataclass
class Document:
    id: str
    text: str  # cleaned text; evidence offsets point into it
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date YYYY[-MM[-DD]]
    url: str | None = None
    language: str | None = None
    source: str | None = None  # file name (and line) it was read from, for messages

    @property
    def content_hash(self) -> str:
        return content_hash(
            "\x1f".join(str(x) for x in (self.text, self.title, self.publisher, self.published, self.url))
        )


@dataclass
class Entity:
    id: str  # entity_id(kind, name)
    kind: str  # one of ENTITY_KINDS
    name: str
    aliases: list[str] = field(default_factory=list)
    wikidata_id: str | None = None
    properties: dict = field(default_factory=dict)  # kind-specific (isoCode, jurisdiction, year)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass
class Ban:
    imposed_by: str  # entity id
    targets: list[str]  # entity ids
    status: str  # BanStatus value, lower-case as in the gold files: "in_force"
    scope: str | None = None  # BanScope value, lower-case: "government_devices"
    announced: str | None = None  # partial ISO date
    effective: str | None = None
    justified_by: list[str] = field(default_factory=list)  # Law entity ids
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return ban_id(self.imposed_by, self.targets, self.scope)


# Statuses that tell a measure apart from a ban in force: advice and a proposal. One document may tell both of
# one imposer's ban on one target ("Ottawa barred X in 2022; a bill would now ban it outright"): the extractor
# keeps them as two bans, and the store keeps each as that document's report on its own evidence.
MEASURES_APART = ("advisory", "proposed")


def ban_id(imposed_by: str, targets: list[str], scope: str | None) -> str:
    """One ban = one imposer, one set of targets, one scope (schema: Ban.identity)."""
    return "ban/" + _digest(imposed_by, "|".join(sorted(set(targets))), scope or "")


@dataclass
class Statement:
    speaker: str  # entity id
    stance: str  # Stance value, lower-case: "opposes_ban"
    text: str  # the quoted or reported words (usually the sentence)
    document_id: str
    start: int
    date: str | None = None
    about: list[str] = field(default_factory=list)  # ban ids or entity ids
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        # the stance is part of it: a sentence that both criticises a ban and denies an accusation is
        # two statements by one speaker at one place (one node would keep whichever was written last)
        return "statement/" + _digest(self.document_id, self.speaker, self.start, self.stance)


@dataclass
class Follow:
    follower: str  # entity id
    followed: str  # entity id
    explicit: bool
    target: str | None = None  # entity id of what was banned, when known
    follower_ban: str | None = None  # ban id
    followed_ban: str | None = None  # ban id
    lag_days: int | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "follow/" + _digest(self.follower, self.followed, self.target or "", self.explicit)


@dataclass
class Role:
    person: str  # Person entity id
    title: str
    organisation: str | None = None  # entity id
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "role/" + _digest(self.person, self.title.lower(), self.organisation or "")


@dataclass
class DocumentFacts:
    """Everything extracted from one document; written in one transaction."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    bans: list[Ban] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    follows: list[Follow] = field(default_factory=list)  # explicit follows only
    roles: list[Role] = field(default_factory=list)

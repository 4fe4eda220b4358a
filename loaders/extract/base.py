"""The interface between the entity stage and the event stages.

The entity stage (entities.py) parses a cleaned :class:`Document` with spaCy
and resolves every mention to an :class:`Entity`; it returns an
:class:`AnnotatedDoc`. Event stages (bans, statements, follows, roles) read an
AnnotatedDoc and return fact records from loaders/model.py, each with
:class:`Evidence` built by :meth:`AnnotatedDoc.evidence`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loaders.model import Document, Entity, Evidence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span


_TEXT_KEY = "bangraph.text"


def doc_text(doc) -> str:
    """``doc.text``, read once per parse: spaCy joins every token's text on each access (O(length)),
    so a check run for each entity mention that reads it was quadratic in the article's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@dataclass
class Mention:
    """One resolved mention of an entity in the document text."""

    start: int  # character offsets into document.text
    end: int
    text: str  # surface form as written
    entity_id: str
    kind: str  # Person | Organisation | Jurisdiction | Law | Product
    sentence: int  # index into AnnotatedDoc.sentences
    confidence: float = 1.0


@dataclass
class AnnotatedDoc:
    document: Document
    doc: Doc  # spaCy parse of document.text
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    entities: dict[str, Entity] = field(default_factory=dict)  # id -> Entity

    @property
    def sentences(self) -> list[Span]:
        if not hasattr(self, "_sents"):
            self._sents = list(self.doc.sents)
        return self._sents

    def sentence_index(self, char: int) -> int:
        """Index of the sentence containing character offset ``char``."""
        if not hasattr(self, "_starts"):
            self._starts = [s.start_char for s in self.sentences]
        i = bisect_left(self._starts, char + 1) - 1
        return max(i, 0)

    def spans_of(self, entity_id: str):
        """Every mention of ``entity_id`` with its parsed span (mentions the parse cannot align are skipped)."""
        for m in self.mentions:
            if m.entity_id == entity_id:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    yield m, span

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def evidence(self, start: int, end: int, extractor: str, confidence: float = 1.0) -> Evidence:
        """Evidence for the span [start, end); ``sentence`` is its whole sentence."""
        sent = self.sentences[self.sentence_index(start)]
        return Evidence(
            document_id=self.document.id,
            sentence=sent.text,
            start=start,
            end=end,
            extractor=extractor,
            confidence=confidence,
        )

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

import numpy
from spacy.attrs import LEMMA, LOWER

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


def span_text(span) -> str:
    """``span.text`` cut from the document's text: spaCy makes a Token object for each word of the span to join
    their texts, which for a sentence read once per mention added up."""
    return doc_text(span.doc)[span.start_char : span.end_char]


_POSITIONS_KEY = "bangraph.word_positions"


def word_positions(doc, lemmas: frozenset, lowers: frozenset = frozenset()) -> list[int]:
    """Indices of the tokens whose lower-cased lemma is in ``lemmas`` or whose lower-case form is in ``lowers``, in
    order; worked out once per parse and word lists (kept in ``doc.user_data``), from the token arrays.

    Why: a stage that looks for a few trigger words read every token's lemma to find them (a spaCy Token object
    and a string lookup per word, for every word of every sentence); the distinct lemmas of a document are few."""
    cache = doc.user_data.setdefault(_POSITIONS_KEY, {})
    key = (lemmas, lowers)
    found = cache.get(key)
    if found is None:
        strings = doc.vocab.strings
        hit = numpy.zeros(len(doc), dtype=bool)
        for attr, wanted in ((LEMMA, lemmas), (LOWER, lowers)):
            if not wanted or not len(doc):
                continue
            values = doc.to_array(attr)
            keep = []
            for v in numpy.unique(values).tolist():
                spelt = strings[v].lower() if attr == LEMMA else strings[v]  # tok.lemma_.lower(), tok.lower_
                if spelt in wanted:
                    keep.append(v)
            if keep:
                hit |= numpy.isin(values, numpy.array(keep, dtype=numpy.uint64))
        found = cache[key] = numpy.flatnonzero(hit).tolist()
    return found


_SPAN_WORDS_KEY = "bangraph.span_words"


def span_lemmas(span) -> frozenset:
    """``{t.lemma_.lower() for t in span}``, worked out once per span of a parse (kept in ``doc.user_data``) from the
    token arrays: the ban stage asks for a sentence's words for each trigger and each mention in it."""
    return _span_words(span, LEMMA)


def span_forms(span) -> frozenset:
    """``{t.lower_ for t in span}``, once per span of a parse (see :func:`span_lemmas`)."""
    return _span_words(span, LOWER)


def _span_words(span, attr) -> frozenset:
    doc = span.doc
    cache = doc.user_data.setdefault(_SPAN_WORDS_KEY, {})
    key = (span.start, span.end, attr)
    found = cache.get(key)
    if found is None:
        values = cache.get(attr)
        if values is None:
            values = cache[attr] = doc.to_array(attr).tolist() if len(doc) else []
        strings = doc.vocab.strings
        spelt = {strings[v] for v in values[span.start : span.end]}
        found = cache[key] = frozenset({w.lower() for w in spelt} if attr == LEMMA else spelt)
    return found


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
            sentence=span_text(sent),
            start=start,
            end=end,
            extractor=extractor,
            confidence=confidence,
        )

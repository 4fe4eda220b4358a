"""The extraction's text helpers that exist for speed give the answers of the slow forms they replace."""

from __future__ import annotations

import random
import re

from loaders.extract.base import doc_text
from loaders.extract.nlp import get_nlp
from loaders.extract.statements import any_phrase


def _naive(phrases, text: str, whole: bool) -> bool:
    tail = r"(?![\w-])" if whole else ""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}{tail}", text) for w in phrases)


def test_any_phrase_agrees_with_one_search_per_phrase():
    rng = random.Random(7)
    vocab = ["ban", "banned", "band", "un-ban", "pro", "protect", "no view", "will not", "c++", "a.b", "-x", "x"]
    for _ in range(400):
        phrases = rng.sample(vocab, rng.randint(0, 5))
        text = " " + " ".join(rng.choice(vocab + ["the", "of", "-", "(", ")"]) for _ in range(rng.randint(0, 8))) + " "
        for whole in (False, True):
            assert any_phrase(phrases, text, whole=whole) == _naive(phrases, text, whole), (phrases, text, whole)


def test_any_phrase_word_starts_and_whole_words():
    assert any_phrase(["ban"], " they banned it ")
    assert not any_phrase(["ban"], " they banned it ", whole=True)
    assert not any_phrase(["ban"], " an urban plan ")
    assert not any_phrase(["ban"], " the anti-ban camp ")  # a hyphenated word part is not a word start
    assert not any_phrase([], " anything ")


def test_doc_text_is_the_text_and_read_once():
    doc = get_nlp()("Nepal banned the app. It was lifted later.")
    assert doc_text(doc) == doc.text
    doc.user_data["bangraph.text"] = "cached"
    assert doc_text(doc) == "cached"  # the second read comes from the parse's user_data

"""Text helpers the statement modules share: any_phrase (one compiled phrase alternation per list) and its caches."""

from __future__ import annotations

import re
from functools import cache

_WORD_PATTERNS: dict[tuple, re.Pattern] = {}
_FRAME_LEMMAS: dict[tuple, frozenset] = {}  # (reporting verbs, statement nouns) -> the lemmas that may open a frame
_HOLDING: dict[tuple, re.Pattern | None] = {}  # (opposing cues, backing phrases) -> the backing phrases holding a cue


@cache
def _split_phrases(phrases: frozenset[str], picked: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A lexicon phrase list split once into the phrases not ``picked`` and those that are (keyed like the list
    itself, so ``any_phrase`` does not build a new key on every call)."""
    chosen = frozenset(picked)
    return frozenset(phrases - chosen), frozenset(phrases & chosen)


def any_phrase(phrases, text: str, whole: bool = False) -> bool:
    """Whether one of ``phrases`` starts a word of ``text`` (is a whole word with ``whole``).

    One compiled alternation per phrase list: a ``re.search`` per phrase overflowed ``re``'s cache
    (512 patterns) and recompiled on most calls — a third of the extraction time of a load. The lexicon's lists are
    frozensets, their own key (hashed once); a tuple of a list's hundreds of phrases was built on every call."""
    key = (whole, phrases) if isinstance(phrases, frozenset) else (whole, *phrases)
    pattern = _WORD_PATTERNS.get(key)
    if pattern is None:
        alternatives = _trie_alternation(set(phrases)) if "".join(phrases) else ""
        tail = r"(?![\w-])" if whole else ""
        pattern = _WORD_PATTERNS[key] = re.compile(rf"(?<![\w-])(?:{alternatives}){tail}") if alternatives else None
    return pattern is not None and pattern.search(text) is not None


def _trie_alternation(phrases: set[str]) -> str:
    """A regex matching exactly ``phrases``, written as a tree of their shared beginnings ("ban(?:s|ned)?" for ban,
    bans, banned). ``re`` tries the alternatives of a flat ``a|b|c`` one by one at each word start: with the
    lexicon's hundreds of cue phrases that was ~0.35 ms a search; the tree, ~0.03 ms (tests/test_extract_text_helpers.py
    compares it with the flat form)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def written(node: dict) -> str:
        branches = [re.escape(ch) + written(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return written(trie)

"""The cue lexicon (``lexicon.yaml``): the word lists the extraction stages test lemmas and words against.

One reader for every stage (bans, statements, follows, roles, entities, resolve, dates), so they agree on the
words; lists become frozensets of lower-case words, read once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")


class LexiconError(ValueError):
    """lexicon.yaml is missing or malformed; the message names the entry."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key told twice in one mapping: the plain loader keeps the last silently, so a
    second list under a taken name hides the first (or is never read)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} told twice in one mapping", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def safe_load_unique(text: str):
    """``yaml.safe_load`` that raises a :class:`yaml.YAMLError` on a duplicate key (line and column in its message)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def _freeze(node, path: str = ""):
    if isinstance(node, dict):
        return {k: _freeze(v, f"{path}.{k}" if path else str(k)) for k, v in node.items()}
    if isinstance(node, list):
        for x in node:
            if x is None or isinstance(x, (bool, int, float)):
                # YAML 1.1 reads a bare on/off/yes/no as a bool (and 'null' as None): the word would silently
                # turn the entry into a list that no lemma is ever found in
                raise LexiconError(
                    f"{LEXICON_PATH}: entry {path} holds {x!r}, not a word; quote it ('on', 'no', 'yes', 'off')"
                )
        if all(isinstance(x, str) for x in node):
            return frozenset(x.lower() for x in node)
        return [_freeze(x, path) for x in node]
    return node


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The parsed cue lexicon (cached); lists become frozensets of lower-case words."""
    try:
        data = safe_load_unique(LEXICON_PATH.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read {LEXICON_PATH}: {exc}") from exc
    for section in ("ban", "actors", "scope", "status", "statement", "follow", "ban_rules"):
        if not isinstance(data, dict) or section not in data:
            raise LexiconError(f"{LEXICON_PATH}: section {section!r} is missing")
    return _freeze(data)


def words(*path: str):
    """An entry of the lexicon by its path: ``words("ban", "verbs")``."""
    node = lexicon()
    for key in path:
        try:
            node = node[key]
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"{LEXICON_PATH}: no entry {'.'.join(path)}") from exc
    return node

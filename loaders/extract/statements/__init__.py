"""Statements: who said what about a ban, and which side they took.

Frames (dependency patterns, vocabulary in ``lexicon.yaml`` section
``statement``):

- a reporting verb with a subject ("a TikTok spokeswoman said", "Theo
  Bertram ... argued", "has denied ... and says"), the subject inherited by
  coordinated verbs and participles ("accusing the network of ...");
- "according to X";
- a statement noun with a possessor ("ByteDance's repeated denials", "the
  government's concern is that").

The speaker is the entity the subject phrase names (a person over the body
they speak for, a body over its country: "a TikTok spokeswoman" -> TikTok);
generic subjects resolve to the actor they stand for ("officials" -> the
story's country, "the department" -> the last department named, "the two
senators" -> the last two people named); bare "they" is not attributed.

Stance from cue lexicons, read with the speaker's side:
- denial of an accusation by anyone but the imposer -> denies_allegation;
- criticism of the ban or decision by anyone but the imposer -> opposes_ban;
- justification / security concerns by anyone but the banned side ->
  supports_ban (the imposer's own explanation of its ban counts too);
- otherwise neutral.

The package splits the stage into modules: ``speakers`` (speakers_of, generic subjects, pronouns, transcript
turns), ``frames`` (frames, quotations, a reporting verb's subject), ``sides`` (side, person_*: who is on which
side), ``stance`` (the stance decision, its qualifiers, denials, rulings and liftings), ``backing``, ``harms``
and ``criticism`` (the cues that back a measure, that tell its harms and losses, that oppose it) hold
StatementExtractor's methods as mixins, assembled in ``extractor`` with __init__, run, the drops after it and
extract_statements; ``_text`` holds any_phrase and its pattern caches, ``_words`` the word sets several modules
read (a word set or helper read by one module stays beside its rules).
"""

from loaders.extract.statements._text import _trie_alternation, any_phrase
from loaders.extract.statements.extractor import StatementExtractor, extract_statements

__all__ = [
    "StatementExtractor",
    "any_phrase",
    "extract_statements",
    # helpers the tests read
    "_trie_alternation",
]

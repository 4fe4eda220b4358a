"""Ban extraction: who banned what, where, in what state and when — from dependency patterns.

Why rules over a parse: a ban is an n-ary fact (imposer, targets, scope,
status, dates) and news phrases it many ways — active ("Nepal banned
TikTok"), passive ("TikTok was prohibited ... by the United States"), nominal
("a ban on sales of ..."), delegated ("ordered agencies to remove ..."), in
passing ("Canada took a similar step") or as a re-mention ("the order"). The
vocabulary lives in ``lexicon.yaml``; this module holds the generic
patterns:

1. triggers: verbs and nouns of prohibition (negated permission counts,
   negated prohibition does not); weak nouns ("step", "measure") only with
   "similar"/"comparable", otherwise they re-mention an earlier ban;
2. imposer: the agent — passive "by", the subject, a possessor, or the
   subject of the verb that ordered/announced it, walking up the tree;
   pronouns and generic nouns ("the government", "the regulator") go to the
   actor they stand for; then the annotation rule: ministries, departments,
   officials and people act for their jurisdiction, legislatures, regulators,
   courts and EU institutions for themselves;
3. targets: products and companies in the object side of the trigger
   (coordination gives several targets), not in "owned by"/relative clauses;
   "the app", "it", "a similar ban" take the target from context;
4. scope, status, dates from cue words in the trigger's clause;
5. one Ban per (imposer, targets, scope): re-mentions merge, keeping the
   most precise date.

Helpers shared with the statements package and follows.py (actor classification,
imposer normalisation) live here so the three stages agree; the lexicon is
read by loaders/extract/lexicon.py.

The package splits the stages into modules: ``triggers``, ``imposers``, ``targets``, ``scope``, ``status``,
``dating`` and ``merging`` hold BanExtractor's methods of each stage as mixins, assembled in ``extractor``;
``context`` holds DocContext (actors of a document); ``syntax``, ``clauses``, ``timing`` and ``reach`` the
module-level rule helpers by theme; ``_words`` the word sets several of them share.
"""

from loaders.extract.bans._words import IMPOSER_CATEGORIES, OWN_STAFF_CATEGORIES, SELF_IMPOSING, TARGET_CATEGORIES
from loaders.extract.bans.clauses import _entry_dates, _lifted, _open_question, _temporal
from loaders.extract.bans.context import DocContext
from loaders.extract.bans.extractor import BanExtractor, extract_bans
from loaders.extract.bans.followed import _LIKE_STEPS, _MEASURE_SUBJECTS, bans_of_followed
from loaders.extract.bans.records import BanMention
from loaders.extract.bans.syntax import _is_negated, _own_subtree, _path_up
from loaders.model import Ban, Evidence

__all__ = [
    "IMPOSER_CATEGORIES",
    "OWN_STAFF_CATEGORIES",
    "SELF_IMPOSING",
    "TARGET_CATEGORIES",
    "Ban",
    "BanExtractor",
    "BanMention",
    "DocContext",
    "Evidence",
    "bans_of_followed",
    "extract_bans",
    # rule helpers the statement and follow stages (and tests) read
    "_LIKE_STEPS",
    "_MEASURE_SUBJECTS",
    "_entry_dates",
    "_is_negated",
    "_lifted",
    "_open_question",
    "_own_subtree",
    "_path_up",
    "_temporal",
]

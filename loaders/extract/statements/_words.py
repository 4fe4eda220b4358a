"""Word sets and patterns several statement modules read."""

from __future__ import annotations

from loaders.extract.lexicon import words

# the nouns of a body's voice themselves ("a spokeswoman for X said"; lexicon actors.spokes_nouns, as in the ban
# and resolve stages); _SPOKES below is wider: every word a body speaks through
_SPOKES_NOUNS = words("actors", "spokes_nouns")
# Nouns that name a ban, plain ("ban", "block") or only as a re-mention ("the order", "the move")
_BAN_NOUNS = words("ban", "nouns") | words("ban", "weak_nouns")
_HEDGES = words("follow", "hedges")  # "would likely remain": a forecast
_SPOKES = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "executive",
    "head",
    "chief",
    "president",
    "vice-president",
    "director",
    "founder",
    "owner",
    "ceo",
    "boss",
    "vp",
}
_TARGET_NOUNS = {"company", "app", "platform", "firm", "vendor", "group"}
_LIKENING = {"compare", "liken"}  # "compared the ban to ...": reporting verbs only with the measure as object

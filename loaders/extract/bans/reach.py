"""Helpers of the ban extractor on what a ban reaches and rests on: laws, minors, networks, the military, reasons,
subdivisions, a like ban by another kind of body."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.bans._words import _IMPLEMENT_VERBS, _LAWMAKING
from loaders.extract.lexicon import words

_WRITING_INTO = words("ban_rules", "writing_into")
_LAW_VEHICLES = words("ban_rules", "law_vehicles")


_MINORS = words("ban_rules", "minors")


def _preferred(tok) -> bool:
    """A name under "in favour of" / "in favor of" / "instead of" / "rather than": the alternative chosen."""
    for a in [tok, *tok.ancestors][:6]:
        if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ in ("favour", "favor", "instead"):
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "than" and a.head.head.lower_ == "rather":
            return True
    return False


def _law_of_clause(trig):
    """The noun whose relative clause the trigger sits in, through the verbs it hangs on ("the law that forces
    ByteDance to sell the app or see it banned": the law)."""
    cur = trig
    for _ in range(5):
        if cur.dep_ in ("relcl", "acl"):
            return cur.head
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "oprd") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _upheld_law(trig) -> bool:
    """ "upheld a law that could shut down X", "upholds law that will ban X": the ban of a law a court upheld."""
    law = _law_of_clause(trig)
    if law is None or law.lemma_.lower() not in ("law", "act", "statute", "legislation", "ban"):
        return False
    upholding = ("uphold", "affirm")
    if law.dep_ in ("dobj", "nsubjpass") and law.head.lemma_.lower() in upholding:
        return True
    # a headline parsed with the verb as a modifier of the noun ("Supreme Court upholds law that could ...")
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in upholding for c in law.children)


def _for_minors(tok) -> bool:
    """ "restrictions for minors", "a ban for children under 16": a limit by age, not a ban of the app."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in _MINORS for p in c.children):
                return True
    return False


def _implemented(tok) -> bool:
    """A ban noun that a verb of carrying out takes: "the closure will be implemented by X", "X enforced the ban"."""
    if any(c.lower_ in ("same", "similar") for c in tok.children):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubjpass", "dobj"):
        return tok.head.lemma_.lower() in _IMPLEMENT_VERBS
    prev = tok
    for a in tok.ancestors:  # "implemented by X, which must instruct providers to block the app"
        if prev.dep_ == "agent" and a.lemma_.lower() in _IMPLEMENT_VERBS:
            return True
        prev = a
    return False


def _writes_into_a_law(verb, trig) -> bool:
    """ "wrote a prohibition on X into the defense bill", "folded a ban into the spending package": a verb of putting
    whose direct object is the ban and whose "into" names a law; not "put its ban into effect", "put a ban on X into
    its IT security policy" (a rule of the house, not a law it makes)."""
    if verb.lemma_.lower() not in _WRITING_INTO:
        return False
    if not any(
        c.dep_ == "dobj" and (c.i == trig.i or c.lemma_.lower() in words("ban", "nouns")) for c in verb.children
    ):
        return False
    laws = _LAWMAKING | _LAW_VEHICLES
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in laws for o in c.children)
        for c in verb.children
    )


_REASON_PREPS = {"amid", "despite", "citing", "over", "because", "due"}


_OCCASIONS = words("ban_rules", "occasions")


def _network_part(tok) -> bool:
    """ "the 5G core", "core network", "the core of their networks": a part word (lexicon scope.network_parts) is a
    network's part only with a telecom word on it, heading a network noun, or of a network noun; never alone ("a core
    platform for businesses", "the backbone of mobile communication")."""
    sc = words("scope")
    tele, heads = sc["telecom"], sc["telecom_heads"]
    for c in tok.children:
        if c.dep_ not in ("prep", "punct", "cc", "conj", "appos", "relcl", "acl"):
            said = re.sub(r"\b(\d)\s+g\b", r"\1g", " ".join(t.lower_ for t in c.subtree))  # "5 G", split
            if set(said.split()) & tele:
                return True
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in heads:
        return True
    # "the core of their networks", "core parts of the network" (not "a core platform of online services")
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in heads for o in of):
        return True
    if tok.dep_ in ("compound", "amod", "nmod"):
        of = [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return any(o.dep_ == "pobj" and o.lemma_.lower() in ("network", "infrastructure") for o in of)
    return False


def _ruling_military(tok) -> bool:
    """A military word that names who rules a country, not an armed service: "Myanmar's military regime", "the
    military-led government", "the military junta" (the government of the whole country acting). Only the word
    'military' (lexicon scope.ruling_military): a service's name ("India's army leadership") keeps its scope."""
    if tok.lower_ not in words("scope", "ruling_military"):
        return False
    a = tok
    for _ in range(2):
        if a.dep_ not in ("amod", "compound", "npadvmod") or a.head.i == a.i:
            return False
        a = a.head
        if a.pos_ in ("NOUN", "PROPN") and a.lemma_.lower() in words("scope", "ruling_bodies"):
            return True
    return False


# "in accordance with", "in compliance with", "at the request of", "on the basis of": what a measure rests on, told
# by the preposition, its noun and the noun's own preposition ("on a government-wide basis" is a reach, no ground)
_GROUNDS = {
    "in": {"accordance": "with", "compliance": "with"},
    "at": {"request": "of", "behest": "of"},
    "on": {"basis": "of"},
}


def _reason_word(tok) -> bool:
    """A word of the reason, not of the reach: "amid national security concerns", "national security", "after the
    clash with Chinese troops"."""
    if tok.lower_ == "national" and tok.head.lemma_.lower() in ("security", "interest", "sovereignty"):
        return True
    for a in [tok, *tok.ancestors]:
        if (
            a.dep_ == "prep"
            and a.lower_ in ("after", "following", "amid")
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS for c in a.children)
        ):
            return True
        if (
            a.dep_ == "prep"
            and a.lower_ in _REASON_PREPS
            and any(
                c.dep_ == "pobj" and c.lemma_.lower() in ("concern", "fear", "worry", "risk", "threat")
                for c in a.children
            )
        ):
            return True
        if a.dep_ == "prep" and a.lower_ == "over" and any(c.dep_ == "pcomp" for c in a.children):
            return True  # "banned X over what it called defamation of ministers": the grievance, not the reach
        if a.dep_ == "prep" and a.lower_ in ("under", "pursuant") and any(t.lower_ in _LAW_HEADS for t in a.subtree):
            return True  # "under Trade Minister Regulation No. 31": the legal basis, not whom it binds
        if a.dep_ == "prep" and any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in _GROUNDS.get(a.lower_, {})
            and any(g.dep_ == "prep" and g.lower_ == _GROUNDS[a.lower_][c.lemma_.lower()] for g in c.children)
            for c in a.children
        ):
            return True  # "in accordance with materials from law enforcement agencies": whose word it rests on
    return False


def _rescope(scope: str | None, imposer_category: str, legislating: bool = False) -> str | None:
    """A "similar ban" by another kind of body: government devices of a state are staff devices of an institution.
    A legislature that writes a like ban into law ("wrote a similar prohibition into state law") binds the state's
    devices, not its members'."""
    if scope in ("government_devices", "staff_devices", "legislature_devices"):
        if imposer_category == "legislature" and legislating and scope == "government_devices":
            return scope
        if imposer_category == "legislature":
            return "legislature_devices"
        if imposer_category in ("eu", "regulator", "court", "company", "other"):
            return "staff_devices"
        return "government_devices"
    return scope


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    try:
        import pycountry

        return frozenset(s.name.lower() for s in pycountry.subdivisions if s.type in ("State", "Province", "Territory"))
    except Exception:  # noqa: BLE001 - optional data
        return frozenset()


def _is_known_subdivision(name: str) -> bool:
    return name.lower() in _subdivision_names()


_LAW_HEADS = words("ban_rules", "law_heads")


_BASIS_PREPS = {"under", "on", "upon", "to", "with"}  # "under", "rests on", "pursuant to", "in accordance with"


def _names_a_law(tok) -> bool:
    """A law by its name cited as the ground of a measure ("rests on the Cybersecurity Law", "under the Investment
    Canada Act"), not the law that carries the ban ("wrote a prohibition into the Act", "the Act barred X")."""
    named = tok.pos_ == "PROPN" and tok.lower_ in _LAW_HEADS or tok.ent_type_ == "LAW"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "rests on the Cybersecurity Law ... and the Review Measures, revised in 2022"
    return named and tok.dep_ == "pobj" and tok.head.lower_ in _BASIS_PREPS

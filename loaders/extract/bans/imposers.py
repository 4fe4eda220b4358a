"""ImposerMixin: who imposes a ban."""

from __future__ import annotations

import re

from loaders.extract.bans._words import (
    _ADVISING_VERBS,
    _BIDDING_VERBS,
    _COMPELLING,
    _DOCUMENT_NOUNS,
    _IMPOSE_VERBS,
    _INSTITUTIONS,
    _LAWMAKING,
    _LEGISLATORS,
    _LIFT_VERBS,
    _ORDER_NOUNS,
    _OWNER_LEMMAS,
    _PLANNED_STEPS,
    _PROPOSAL_SETTLED,
    _PROPOSALS,
    _RELATIVE,
    _RULE_NOUNS,
    _SAYING,
    _TABLING_VERBS,
    IMPOSER_CATEGORIES,
    OWN_STAFF_CATEGORIES,
    SELF_IMPOSING,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import _DENYING, _HEARSAY, _done, _done_internally, _portfolio
from loaders.extract.bans.context import _seated, _weighs_a_step, _words_of
from loaders.extract.bans.syntax import _conjuncts, _is_negated, _listed_members, _own_subtree, _phrase_root
from loaders.extract.base import Mention
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS

_ALL_OF = words("ban_rules", "all_of")
_EXECUTIVE_ACTS = words("status", "executive_acts")
# what makes a law only put forward, not in force: "a draft law", "a proposed law", "a law tabled by senators"
_UNENACTED = _PROPOSALS | _TABLING_VERBS | words("status", "proposed")
_ORDER_PREPS = {"after", "following", "on", "at", "upon", "under"}
_ACTOR_RANK = {
    "legislature": 0,
    "court": 0,
    "regulator": 0,
    "eu": 0,
    "legislature_admin": 1,
    "government": 1,
    "jurisdiction": 2,
    "person": 3,
}
_ACTED_WITH = words("ban_rules", "acted_with")
_SETTLING = words("ban_rules", "settling_verbs")
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})
# What a place is called in a description set off after its name ("South Dakota, the first state to act, ...")
_DESCRIBED_PLACES = words("ban_rules", "described_places")
_ADOPTING = words("ban_rules", "adopting")
_STATE_BODIES = words("ban_rules", "state_bodies")
# Verbs of a legislature making law (ban_rules.passing_verbs), and what it is told to have passed besides
# ban_rules.lawmaking: "the measure, which cleared the General Assembly, bars X"
_PASSING_VERBS = words("ban_rules", "passing_verbs")
_PASSED_MEASURES = frozenset({"measure", "provision", "proposal"})
_LEGISLATURE_PARTS = words("ban_rules", "legislature_parts")
_COURT_KINDS = words("ban_rules", "court_kinds")
_COURT_WORDS = words("actors", "court")
# the verbs of a court blocking a measure ("the court stopped the conditions ...")
_COURT_BLOCK = words("status", "court_block")
# what a court is told to have found a measure it struck down: "ruled the ban unconstitutional"
_STRUCK_DOWN = frozenset({"unconstitutional", "illegal", "unlawful", "invalid", "void", "null"})
# What a court finds a measure did when it strikes it down: "ruled that the ban violated the constitution"
_BREACHING = frozenset({"violate", "breach", "infringe", "contravene", "exceed"})
# the noun a subdivision is named after: "the US state of Montana", "the German state of Hesse"
# Words that make a plural actor several of its kind, not one government's people: "two governments", "other states"
_SEVERAL = words("ban_rules", "kind_members") | {"other"}
_SUBDIVISION_NOUNS = frozenset({"state", "province", "region", "territory", "canton", "land"})


def _court_seat_words(noun) -> str | None:
    """The city a court noun is told to sit in: "a (criminal) court in Ankara", "an Ankara court" (the proper name
    after its "in" or before "court"), else None."""
    if noun.lemma_.lower() not in ("court", "tribunal") or noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.is_title:
                    name = [t for t in p.subtree if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < p.i] + [p]
                    return " ".join(t.text for t in name)
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.i < noun.i]
    return " ".join(t.text for t in names) if names else None


def _court_kind_words(noun) -> frozenset[str]:
    """The kind a court noun is told to be ("a criminal court", "an administrative court in Istanbul"; lexicon
    ban_rules.court_kinds), as lower-case words its name must carry."""
    return frozenset(
        c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in _COURT_KINDS
    )


def _apex_court(name: str) -> bool:
    """A country's top court ("Constitutional Court of Turkey", "Supreme Court of India", "Court of Cassation"): never
    the court a story tells only by the city it sits in."""
    return any(w in ("supreme", "constitutional", "cassation") for w in name.lower().split())


_BASED = {"based", "headquartered", "registered"}
_BOUND_PEOPLE = words("scope", "personnel") | words("scope", "staff") | words("scope", "elected")


def _home_base(tok) -> bool:
    """A place written as someone's base: "a Lagos-based analyst", "the Geneva-headquartered group"."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].text not in ("-", "\u2013"):
        k += 1  # the rest of a place's name ("São [Paulo]-based")
    # the dash joins the words, unspaced: "Nepal – based on a cabinet decision – banned X" opens an aside
    return (
        k + 1 < len(doc)
        and doc[k].text in ("-", "\u2013")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].lower_ in _BASED
    )


def _undoes_a_measure(tok) -> bool:
    """The name is the subject of a clause that undoes a measure ("until the Constitutional Court ruled the ban
    unconstitutional", "before the Supreme Court struck the law down"): the one who undid a ban is not its imposer."""
    while tok.dep_ in ("compound", "amod", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    measures = words("ban", "nouns") | words("status", "court_blocked") | {"it", "this", "that"}
    if verb.lemma_.lower() in ("rule", "find", "declare", "hold", "conclude"):
        # "until the Constitutional Court ruled in 2019 that the ban violated freedom of expression": the measure is
        # the subject of what the court found
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            said = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.lemma_.lower() in measures and c.lower_ not in ("this", "that") for c in said) and (
                clause.lemma_.lower() in _BREACHING
                or any(t.lemma_.lower() in _STRUCK_DOWN for t in clause.subtree if t.i > clause.i)
            ):
                return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(t.lemma_.lower() in measures for o in objs for t in (o, *o.children) if t.dep_ != "det"):
        return False  # "ruled the ban unconstitutional", parsed with "ban" a compound of the adjective
    lemma = verb.lemma_.lower()
    if lemma in words("statement", "court_undoing"):
        return True
    return lemma in ("rule", "declare", "find", "deem") and any(
        t.lemma_.lower() in _STRUCK_DOWN for t in verb.subtree if t.i > verb.i
    )


def _several_governments(tok) -> bool:
    """A plural "governments" told as several of their kind, not the story country's: with a number or a word of
    several ("two Asian governments", "several other governments", "many governments", "both governments" when no two
    places were named just before: _both_named) or bare ("Governments in Asia have cut off X"). Not governments
    pointed back to: "the governments", "their governments"."""
    before = [c for c in tok.children if c.i < tok.i]
    if any(c.dep_ == "nummod" or c.lower_ in _SEVERAL or c.lower_ == "both" for c in before):
        return True
    if any(c.dep_ in ("det", "predet", "poss") for c in before):
        return False  # "the governments", "their governments", "the region's governments"
    return True  # a bare plural: "Governments in Asia have cut off access to X"


# Marks of a clause that sets another place against the main clause's ("while in Britain the regulator is still
# weighing it", "whereas in Albania the app still works"); not the concessive "although", "though", which tell more
# of the same event ("X was blocked on Friday, although officials in Kenya gave no reason")
_SETTING_AGAINST = frozenset({"while", "whereas"})


def _in_clause_of_its_own(tok, trig) -> bool:
    """``tok`` is told in a contrasting clause with a subject of its own that the trigger is not part of ("A and B
    cut off X, while in Britain the regulator's inquiry could take months"; not "operators blocked X after the
    regulator ordered them to")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _SETTING_AGAINST for c in verb.children)
        and trig not in verb.subtree
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE for c in verb.children)
    )


class ImposerMixin:
    """BanExtractor's methods of who imposes a ban: the agent, the subject, the actor a generic noun stands for."""

    # -- imposers
    def actors_in(self, tok) -> list[tuple[str, object]]:
        """Actor mentions of a phrase, one per conjunct: the most specific imposer-capable mention."""
        found = []
        cues = words("follow", "verbs")
        for conj in _conjuncts(tok):
            best = None
            place = None
            seated = False  # a court told by the state it sits in: no apex court of the country
            # "Governor X, following the Senate's lead, ordered ...": the one followed is not an actor of the phrase
            aside = {
                x.i
                for c in conj.subtree
                if c.tag_ == "VBG" and c.dep_ in ("prep", "advcl", "acl") and c.lemma_.lower() in cues
                for x in c.subtree
            }
            for t in _own_subtree(conj):
                m = self.ctx.mention(t)
                if not m or t.i in aside or _portfolio(_phrase_root(t)) or self.ctx.party_label_place(t):
                    continue
                if m.kind == "Jurisdiction" and _home_base(t):
                    continue  # "X, a Lagos-based analyst, said ...": where X works, not who acts
                if (
                    m.kind == "Jurisdiction"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in ("in", "at")
                    and (h := self.ctx.mention(t.head.head)) is not None
                    and self.ctx.is_institution(h.entity_id)
                ):
                    continue  # "Y College in Oregon restricted X": where the college is, not who acts
                if (
                    m.kind == "Jurisdiction"
                    and t.dep_ == "pobj"
                    and t.head.lower_ == "in"
                    and t.head.head.lemma_.lower() in _COURT_WORDS
                    and not any(
                        c.dep_ in ("amod", "compound") and c.lower_ in ("state", "provincial")
                        for c in t.head.head.children
                    )
                    and self.ctx.subdivision(m.entity_id)
                    and (country := self.ctx._country_of(m.entity_id)) is not None
                ):
                    # "a (federal) judge in Espírito Santo suspended the app": the state is where the court sits;
                    # the court is the country's, unless told as the state's own ("a state judge in Bahia")
                    m = Mention(m.start, m.end, m.text, country, "Jurisdiction", m.sentence)
                    seated = True
                if m.kind == "Jurisdiction" and m.text.lower().removeprefix("the ") in words(
                    "actors", "generic_government"
                ):
                    # "the government" read as the story's country: in a roundup, the section's
                    section = self.ctx.focus(t)
                    if section and section != m.entity_id:
                        m = Mention(m.start, m.end, m.text, section, "Jurisdiction", m.sentence)
                cat = self.ctx.category(m.entity_id)
                rank = _ACTOR_RANK.get(cat)
                if rank is None:
                    continue
                if best is None or rank < best[0]:
                    best = (rank, m.entity_id, t)
                if cat == "jurisdiction" and (place is None or place[0] != m.entity_id):
                    place = (m.entity_id, t)
            if best and best[0] in (1, 3) and place is not None:
                best = (2, place[0], place[1])  # "Sweden's armed forces": the country named acts
            if best and best[0] == 2 and (named := self._subdivision_named(conj, best[1])) is not None:
                best = (2, *named)  # "the US state of Montana": Montana, not the US
            if (
                best
                and best[0] == 2
                and conj.lemma_.lower() in words("actors", "regulator")
                and conj.lower_ != "authorities"  # "Chinese authorities": the state, not its one regulator
            ):
                body = self._regulator_of(best[1], conj.sent)
                if body is not None:
                    best = (0, body, conj)  # "Brazil's data regulator": the regulator the story names
            seat = _court_seat_words(conj)
            if seat and (best is None or best[0] == 2):
                named = self._court_seated_in(seat, _court_kind_words(conj))
                if named is not None:
                    best = (0, named, conj)  # "a criminal court in Ankara ordered ...": the Ankara court named
            if best and best[0] == 2 and conj.lemma_.lower() in _COURT_WORDS:
                body = self._regulator_of(best[1], conj.sent, "court")
                kinds = _court_kind_words(conj)
                if body is not None and not ((seat or seated) and _apex_court(self.ctx.name(body))):
                    if kinds <= set(re.findall(r"[a-z]+", self.ctx.name(body).lower())):
                        best = (0, body, conj)  # "a Moscow court ordered ...", the Tagansky District Court named
                        # next; not a court of another kind than told ("a criminal court" is no administrative one)
            if (
                best
                and conj.dep_ == "appos"
                and best[2].i != conj.i
                and self.ctx.mention(conj) is None
                and (h := self.ctx.mention(conj.head)) is not None
                and _ACTOR_RANK.get(self.ctx.category(h.entity_id)) is not None
            ):
                continue  # "Jordan, a close US ally, has restricted ...": a description of the named actor
            shared = self._shared_office(conj) if best and best[0] == 2 else []
            if shared:
                found += [a for a in shared if a not in found]  # "the governors of A and B": each its own
            elif best:
                found.append((best[1], best[2]))
        # "Its privacy regulator, the Garante, ordered ...": a head told by description that an appositive names
        # is the named one, not a second actor (however the description was resolved)
        named_appos = {
            c.head.i
            for c in _conjuncts(tok)
            if c.dep_ == "appos"
            and (m := self.ctx.mention(c)) is not None
            and any(w[:1].isupper() for w in m.text.split())
        }
        if named_appos and len(found) > 1:
            heads = {
                t.i: h
                for h in (self.doc[i] for i in named_appos)
                for t in _own_subtree(h, ("appos", "conj", "cc", "relcl", "acl", "advcl", "punct"))
            }  # the head's own words, not its appositive's

            def described(t):
                m = self.ctx.mention(t)
                return m is None or not any(w[:1].isupper() for w in m.text.split() if w.lower() != "the")

            kept = [(e, t) for e, t in found if not (t.i in heads and described(t))]
            found = kept or found
        return found

    def _both_named(self, tok) -> list:
        """The places a plural pointing back to two ("both governments", "the two countries") stands for: the two
        jurisdictions named in its sentence before it or in the sentence before, in the same paragraph."""
        before = [c for c in tok.children if c.i < tok.i]
        two = any(c.lower_ == "both" for c in before) or (
            any(c.dep_ == "det" and c.lower_ == "the" for c in before)
            and any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in before)
        )
        if not two:
            return []
        start = tok.sent.start
        if start > 0 and self.ctx.para[start - 1] == self.ctx.para[tok.i]:
            start = self.doc[start - 1].sent.start
        found = {}
        for m in self.adoc.mentions:
            if m.start < self.doc[start].idx or m.end > tok.idx:
                continue
            if self.ctx.category(m.entity_id) != "jurisdiction" or m.entity_id in found:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            found[m.entity_id] = span.root if span is not None else tok
        return [(eid, tok) for eid in found] if len(found) == 2 else []

    def _subdivision_named(self, noun, country: str):
        """The state a "state of" phrase names ("the US state of Montana", "the Brazilian state of Bahia"), as its
        entity and token, else None; only a state of the country told with it ("Pakistan's province of Punjab" is
        not India's Punjab, "the Argentine province of La Rioja" not Spain's)."""
        if noun.lemma_.lower() not in _SUBDIVISION_NOUNS:
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    m = self.ctx.mention(p) if p.dep_ == "pobj" else None
                    if (
                        m is not None
                        and self.ctx.subdivision(m.entity_id)
                        and self.ctx._country_of(m.entity_id) == country
                    ):
                        return m.entity_id, p
        return None

    def _court_seated_in(self, seat: str, kinds: frozenset[str] = frozenset()) -> str | None:
        """The one court the story names with the city ``seat`` in its name ("Ankara 4th Criminal Court of Peace",
        "Frankfurt Regional Court"), if there is exactly one; of the kind the story told ("a criminal court in
        Ankara" is no "Ankara 2nd Administrative Court")."""
        found = {
            m.entity_id
            for m in self.adoc.mentions
            if m.kind == "Organisation"
            and self.ctx.category(m.entity_id) == "court"
            and f" {seat} " in f" {self.ctx.name(m.entity_id)} "
            and kinds <= set(re.findall(r"[a-z]+", self.ctx.name(m.entity_id).lower()))
        }
        return found.pop() if len(found) == 1 else None

    def _shared_office(self, noun) -> list[tuple[str, object]]:
        """ "the governors of South Dakota and Texas": a plural office held in each place named after "of"."""
        if noun.tag_ != "NNS":
            return []
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        places = _conjuncts(pobj) if pobj is not None else []
        found = [
            (m.entity_id, t) for t in places if (m := self.ctx.mention(t)) is not None and m.kind == "Jurisdiction"
        ]
        return found if len(found) > 1 and len(found) == len(places) else []

    def _regulator_of(self, jurisdiction: str, sent=None, category: str = "regulator") -> str | None:
        """The one regulator (or court) of a jurisdiction the sentence (else the document) names, if there is
        exactly one; a court whose place the text does not tell counts as the jurisdiction's."""
        mentions = [
            m
            for m in self.adoc.mentions
            if m.kind == "Organisation"
            and self.ctx.category(m.entity_id) == category
            and self.ctx.jurisdiction_of(m.entity_id)
            in (
                (jurisdiction, None)
                if category == "court" and not _seated(self.ctx.name(m.entity_id))
                else (jurisdiction,)
            )
        ]
        here = {m.entity_id for m in mentions if sent is not None and sent.start_char <= m.start < sent.end_char}
        found = here or {m.entity_id for m in mentions}
        if not found and category == "regulator" and jurisdiction == self.ctx.main_jurisdiction:
            # "the country's communications watchdog restricted ... The State Inspectorate for ..., known as X,
            # confirmed ...": a regulator the gazetteer does not place, in a story about one country, is its
            found = {
                m.entity_id
                for m in self.adoc.mentions
                if m.kind == "Organisation"
                and self.ctx.category(m.entity_id) == category
                and self.ctx.jurisdiction_of(m.entity_id) is None
            }
        return found.pop() if len(found) == 1 else None

    def _listed_before_comma(self, tok):
        """The first of the names told right before ``tok``'s comma ("A, B and C, each of which ..."), or None."""
        if tok.i < 2 or self.doc[tok.i - 1].text != "," or self.doc[tok.i - 2].sent != tok.sent:
            return None
        name = self.doc[tok.i - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if self.ctx.mention(name) is None or name.pos_ not in ("PROPN", "NOUN"):
            return None
        while name.dep_ == "conj" and name.head.i < name.i:
            name = name.head
        return name

    def _told_as_plan(self, tok) -> bool:
        """The sentence before a demonstrative subject only proposes the measure it stands for: "Lawmakers are
        weighing a bill aimed at X." (not "The cabinet approved the measure.", "Parliament passed the bill.")."""
        start = tok.sent.start
        if start == 0 or self.ctx.para[start - 1] != self.ctx.para[tok.i]:
            return False
        root = self.doc[start - 1].sent.root
        lemma = root.lemma_.lower()
        if lemma in _PLANNED_STEPS or any(
            c.dep_ == "aux" and c.lemma_.lower() in _PLANNED_STEPS for c in root.children
        ):
            return True
        if lemma in _ADOPTING:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _PROPOSALS for c in root.children)

    def resolve_generic(self, tok) -> list[tuple[str, object]]:
        """Pronouns and generic nouns: "it", "the government", "officials", "the regulator"."""
        lemma = tok.lemma_.lower()
        actors = words("actors")
        rel = tok
        if (
            tok.lower_ not in _RELATIVE
            and tok.lemma_.lower() in _ALL_OF
            and (tok.head.dep_ == "relcl" or tok.dep_ in ("nsubj", "nsubjpass"))
        ):
            # "joins A, B and C, all of which have banned X": the quantifier stands for the relative pronoun
            rel = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in ("which", "whom")
                ),
                tok,
            )
        if rel.lower_ in _RELATIVE and rel.i != tok.i and tok.head.dep_ != "relcl":
            # "joins A, B and C, each of which has barred X", the clause hung on the main verb (advcl): the
            # quantifier still stands for the names told right before its comma
            ante = self._listed_before_comma(tok)
            if ante is not None:
                return self.actors_in(ante)
        if rel.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            ante, clause = tok.head.head, tok.head
            if ante.dep_ == "dobj" and ante.head.lemma_.lower() in _BIDDING_VERBS and tok.dep_ == "nsubj":
                # "urged member states that have not yet done so to restrict X": the parser hung the bidden step on
                # the relative clause; the one who urged it is its giver
                verb = ante.head
                for _ in range(3):  # "the Commission said that X ... and urged ...": up through the coordination
                    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    found = self.subject_actors(giver) if giver is not None and giver.pos_ != "PRON" else []
                    found = [a for a in found if self.ctx.category(a[0]) in IMPOSER_CATEGORIES]
                    if found:
                        return found
                    if verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
                        break
                    verb = verb.head
            found = self.actors_in(ante)
            if len(found) > 1 and not any(c.lower_ in ("both", "all", "each") for c in clause.subtree):
                # "the US, where X banned ..., and Canada, which barred ...": a clause of its own country only
                others = [c for c in _conjuncts(ante) if c.i != ante.i]
                if any(c.i > clause.i for c in others) or any(g.dep_ == "relcl" for c in others for g in c.children):
                    # "A and B, which barred X, and C, which ...": the clause's own are the names told before it and
                    # after any other name's clause
                    told = [g.i for c in _conjuncts(ante) for g in c.children if g.dep_ == "relcl" and g.i != clause.i]
                    own = {
                        x.i
                        for c in [ante, *others]
                        if c.i < clause.i and not any(c.i < g < clause.i for g in told)
                        for x in _own_subtree(c)
                    }
                    mine = [(e, t) for e, t in found if t.i in own]
                    return mine or found
            return found
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Gianforte said ... He had already ordered TikTok off state phones": the person last the subject
            start = tok.sent.start
            if start > 0 and self.ctx.para[start - 1] == self.ctx.para[tok.i]:
                start = self.doc[start - 1].sent.start
            for m in reversed(self.adoc.mentions):
                if m.end > tok.idx or m.start < self.doc[start].idx or m.kind != "Person":
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and _phrase_root(span.root).dep_ in ("nsubj", "nsubjpass"):
                    return [(m.entity_id, span.root)]
            return []
        if tok.pos_ == "PRON" and tok.lower_ in actors["pronouns"]:
            clause = tok.head
            if (
                tok.tag_ == "DT"
                and tok.dep_ in ("nsubj", "nsubjpass")
                and (_weighs_a_step(clause) or self._told_as_plan(tok))
            ):
                # "That could include prohibiting X outright", "That is a better approach than banning": a
                # demonstrative stands for what was told (a bill, a policy, an idea), not for who acts; told of an
                # adopted measure ("The cabinet approved the measure. That bans X") its maker still imposes it
                return []
            if tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp":
                # "X said it had disabled ...": "it" is the speaker, whoever was named last
                said = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                m = self.ctx.mention(said) if said is not None else None
                if m is not None:
                    if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                        return [(m.entity_id, said)]
                    return []  # a company complying with an order is no ban of its own
                if said is not None and said.pos_ in ("NOUN", "PROPN"):
                    # "the ministry said it had directed the regulator to block X": "it" is the body described
                    found = self.resolve_generic(said)
                    if found:
                        return found
            main = tok.sent.root
            if tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ in ("advcl", "relcl") and clause.i != main.i:
                # "The commission took a similar line in 2019, when it denied ...": the main clause's subject
                subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                m = self.ctx.mention(subj) if subj is not None and subj.i < tok.i else None
                if m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                    return [(m.entity_id, subj)]
                if m is None and subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                    found = self.resolve_generic(subj)  # "the commission", not whatever its appositions name
                    if found:
                        return found
            if tok.dep_ in ("nsubj", "nsubjpass"):
                prev = self._previous_subject(tok)
                if prev is not None:
                    return [prev]
                if tok.lower_ == "it" and self._it_is_a_law(tok):
                    # "The law cleared the Legislature in April. It would have barred X": the law's own ban, told
                    # before as a law, not whoever was named last
                    told = [
                        bm
                        for bm in self.mentions
                        if not bm.remention and bm.status in ("enacted_law", "blocked_by_court", "proposed")
                    ]
                    return [(told[-1].imposers[0], tok)] if told else []
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None and self.ctx.party_label_place(span.root):
                        continue  # "Rep. X, an Ohio Republican, ... that would ban": where X was elected
                    return [(m.entity_id, span.root if span is not None else tok)]
            return []
        legislators = lemma in _LEGISLATORS or any(
            t.lemma_.lower() in _LEGISLATORS
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.children
        )  # "lawmakers", "a bipartisan pair of House lawmakers"
        if legislators and tok.dep_ in ("nsubj", "nsubjpass") and self._makes_law(tok):
            # "House lawmakers introduced a bill that would ban ...": the country they legislate for
            home = self._dateline_jurisdiction()
            if home is not None:
                return [(home, tok)]
        if lemma in ("government", "country", "nation") and tok.tag_ in ("NNS", "NNPS"):
            named = self._both_named(tok)
            if named:
                return named  # "Indonesia and Malaysia met ... Both governments have cut off access to X": those two
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        many_states = tok.tag_ in ("NNS", "NNPS") and (
            lemma == "state" or (lemma == "government" and _several_governments(tok))
        )  # "which states have banned X", "two Asian governments have cut off X": several
        # states of the country (or several countries), not the story country's government
        if not many_states and (
            lemma in actors["generic_government"]
            or tok.lower_ in actors["generic_government"]  # "the authorities" (lemma "authority")
            or (lemma in ("country", "nation") and definite and tok.dep_ in ("nsubj", "nsubjpass"))
        ):
            # "Facebook remains blocked in Uganda, years after the authorities cut access": the place of the clause
            # or of the clause it hangs on
            verbs = [v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")][:3]
            # the own clause's place counts only fronted ("In X, the authorities ..."); "the authorities blocked Y
            # in Kashmir" tells where the block holds, not who imposed it
            place = (
                next(
                    filter(None, (self._place_of(v, before=tok.i if i == 0 else None) for i, v in enumerate(verbs))),
                    None,
                )
                if tok.dep_ in ("nsubj", "nsubjpass")
                else None
            )
            if place is not None:
                return [(place, tok)]  # "In neighbouring Solomon Islands, the cabinet agreed to ban X": that place's
            if self.ctx.focus(tok):
                return [(self.ctx.focus(tok), tok)]
        if lemma in _STATE_BODIES and any(
            c.dep_ == "poss"
            and c.lemma_.lower() in ("country", "nation")
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            for c in tok.children
        ):
            if self.ctx.focus(tok):  # "the country's defence ministry banned X": the story's country
                return [(self.ctx.focus(tok), tok)]
        if lemma in _STATE_BODIES and self.ctx.gaz is not None:
            # "The Swiss army has banned X", "the Indian military barred Y": the country of the demonym
            for c in tok.children:
                jid = self.ctx.gaz.demonyms.get(c.text) if c.dep_ in ("amod", "compound") else None
                if jid is not None and self._ensure_jurisdiction(jid, (c.idx, c.idx + len(c))):
                    return [(jid, tok)]
        if lemma in _INSTITUTIONS and definite and tok.tag_ == "NN":
            # "the university had begun blocking X": the school the story named last
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                if self.ctx.is_institution(m.entity_id) and lemma in _words_of(self.ctx.name(m.entity_id)):
                    return [(m.entity_id, tok)]
        if lemma in actors["generic_org"]:
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                cat = self.ctx.category(m.entity_id)
                if cat in IMPOSER_CATEGORIES and (lemma in self.ctx.name(m.entity_id).lower() or cat == lemma):
                    return [(m.entity_id, tok)]
                if lemma in ("regulator", "watchdog", "authority") and cat == "regulator":
                    return [(m.entity_id, tok)]  # "the same authority", the data regulator told before
                if lemma in ("court",) and cat == "court":
                    return [(m.entity_id, tok)]
            if lemma in ("regulator", "watchdog") and self.ctx.focus(tok):
                # "nine days after the country's telecoms regulator cut off access": the one regulator of the
                # story's country, named further on
                body = self._regulator_of(self.ctx.focus(tok))
                if body is not None:
                    return [(body, tok)]
        return []

    @staticmethod
    def _makes_law(tok) -> bool:
        """The clause of a subject is about a bill or law ("introduced a bill", "passed legislation")."""
        clause = tok.head
        near = {t.lemma_.lower() for t in clause.subtree if t.i != tok.i and t not in tok.subtree}
        return bool(near & _LAWMAKING) or clause.lemma_.lower() in ("legislate",)

    def _it_is_a_law(self, tok) -> bool:
        """ "it" stands for a law or bill told as the subject just before (through other "it" subjects)."""
        si = self.adoc.sentence_index(tok.idx)
        for back in range(si - 1, max(si - 4, -1), -1):
            sent = self.adoc.sentences[back]
            if self.ctx.para[sent.start] != self.ctx.para[tok.i]:
                return False
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                return False
            if subj.lower_ == "it":
                continue
            m = self.ctx.mention(subj)
            return subj.lemma_.lower() in _LAWMAKING or (m is not None and m.kind == "Law")
        return False

    def _the_banned_side(self, tok) -> bool:
        """The phrase names a platform or a company ("the platform", "the company", "Meta")."""
        m = self.ctx.mention(tok)
        if m is not None:
            return m.kind == "Product" or self.ctx.category(m.entity_id) == "company"
        return tok.lemma_.lower() in PRODUCT_NOUNS | {"platform", "company", "firm", "service", "site", "website"}

    def _subject_lost_to_preposition(self, verb) -> list[tuple[str, object]]:
        """ "X's move comes a day after Italy's regulator, the Garante, ordered Y to stop ...", parsed with the
        regulator as the object of "after": the noun phrase right before a finite verb with no subject is its
        subject."""
        if verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            # "In Europe, Italy's regulator, known as the Garante, on Thursday ordered X ...", parsed with the
            # regulator in apposition to the place the sentence opens with: the apposition is the subject
            for prep in (
                c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("in", "across")
            ):
                for place in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")):
                    for appos in (a for a in place.children if a.dep_ == "appos"):
                        found = self.subject_actors(appos)
                        if found and all(self.ctx.category(e) in IMPOSER_CATEGORIES for e, _ in found):
                            return found
        if verb.tag_ != "VBD" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        before = next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if not t.is_punct), None)
        if before is None:
            return []
        root = _phrase_root(before)
        if (
            root.dep_ == "conj"
            and root.head.dep_ in ("pobj", "dobj", "npadvmod")
            and any(c.dep_ == "cc" and c.lower_ in ("and", "but", "while") for c in root.head.children)
            and self.ctx.mention(root) is not None
            and self.ctx.mention(root).kind == "Jurisdiction"
        ):
            # "Britain banned X on Thursday and Belgium suspended Y ...", parsed with Belgium as a conjunct of
            # "Thursday" and the second verb as a subjectless adverbial clause: Belgium is its subject
            return self.subject_actors(root)
        if root.dep_ != "pobj" or root.head.lower_ not in ("after", "before", "since", "until", "when"):
            return []
        return self.subject_actors(root)

    def _subject_torn_off(self, verb) -> list[tuple[str, object]]:
        """ "The UK barred X in March, and Belgium, Denmark and the Netherlands have also restricted its use", parsed
        with the places as conjuncts of the first clause's object: the places coordinated right before a subjectless
        coordinated verb, after "and", are its subjects."""
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            return []
        i = verb.i - 1
        while (
            i > verb.sent.start
            and self.doc[i].head.i == verb.i
            and self.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg")
        ):
            i -= 1
        last = _phrase_root(self.doc[i])
        m = self.ctx.mention(last)
        if m is None or m.kind != "Jurisdiction" or last.i >= verb.i:
            return []
        first = last
        while first.dep_ == "conj" and (h := self.ctx.mention(first.head)) is not None and h.kind == "Jurisdiction":
            first = first.head
        opener = self.doc[first.left_edge.i - 1] if first.left_edge.i > verb.sent.start else None
        if first.dep_ != "conj" or first.head.i > first.i or opener is None or opener.lower_ not in ("and", "but"):
            return []  # the places must hang on an earlier phrase, set off from it by "and"
        chain, stack = [first], [first]
        while stack:
            for c in stack.pop().children:
                if c.dep_ == "conj" and c.i < verb.i:
                    chain.append(c)
                    stack.append(c)
        found = []
        for t in sorted(chain, key=lambda t: t.i):
            m = next((m for x in _own_subtree(t) if (m := self.ctx.mention(x)) is not None), None)
            if m is None or m.kind != "Jurisdiction":
                return []  # a list of places only
            found.append((m.entity_id, t))
        return found

    def _previous_subject(self, tok):
        """A subject pronoun ("It blocked Instagram in 2022") stands for the subject of the sentence before
        (or of its own sentence), not for the last country named ("... since the invasion of Ukraine")."""
        start = tok.sent.start
        if start > 0 and self.ctx.para[start - 1] == self.ctx.para[tok.i]:
            start = self.doc[start - 1].sent.start
        for _ in range(2):
            found = self._subjects_told(tok, start)
            if found is not None:
                return found
            # "The CNIL ordered X ... It said the app posed risks. Weeks later it ordered ...": the sentence before
            # has the same pronoun for its subject, so the pronoun goes on standing for the subject before that
            first = self.doc[start].sent
            if not (
                start > 0
                and self.ctx.para[start - 1] == self.ctx.para[tok.i]
                and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ == tok.lower_
                    for c in first.root.children
                )
            ):
                return None
            start = self.doc[start - 1].sent.start
        return None

    def _subjects_told(self, tok, start):
        """The last imposer told as a main clause's subject from token ``start`` up to ``tok``."""
        generic = words("actors", "generic_org")
        told = []  # (position, found): named subjects of main clauses, and "the watchdog" in any clause
        for m in self.adoc.mentions:
            if m.end > tok.idx or m.start < self.doc[start].idx:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = _phrase_root(span.root)
            clause = root.head
            if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ROOT", "conj"):
                continue
            if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                told.append((span.root.i, (m.entity_id, span.root)))
        for t in self.doc[start : tok.i]:
            # "It is not the first time the Roman watchdog has moved against X. In 2023 it imposed ...": the body
            # a generic subject stands for
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.lemma_.lower() in generic
                and self.ctx.mention(t) is None
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            ):
                found = self.resolve_generic(t)
                if found and self.ctx.category(found[0][0]) in ("regulator", "court", "legislature", "eu"):
                    told.append((t.i, found[0]))
            elif (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.lemma_.lower() in generic
                and self.ctx.mention(t) is None
                and any(c.dep_ == "poss" and self.ctx.mention(c) is not None for c in t.children)
            ):
                # "Ireland's watchdog has acted before. In March it barred X": the country's own body, as when the
                # generic noun is the ban's own subject
                found = self.actors_in(t)
                owner = next(
                    (m.entity_id for c in t.children if c.dep_ == "poss" and (m := self.ctx.mention(c)) is not None),
                    None,
                )
                if (
                    found
                    and self.ctx.category(found[0][0]) in ("regulator", "court", "legislature", "eu")
                    and not any(c.dep_ in ("compound", "amod", "nmod") for c in t.children)
                    and owner in (found[0][0], self.ctx.jurisdiction_of(found[0][0]), self.ctx._country_of(found[0][0]))
                ):
                    # not "Britain's watchdog" for Ireland's commission, nor "Italy's competition watchdog" for its
                    # data protection authority: a body of the owner's own, told by the bare word
                    told.append((t.i, found[0]))
        return max(told, key=lambda x: x[0])[1] if told else None

    def subject_actors(self, subj) -> list[tuple[str, object]]:
        clause = subj.head
        if (
            clause.dep_ == "relcl"
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children)
            and not any(
                self.ctx.mention(c) is not None and not self._organ_named(subj, c)
                for c in subj.children
                if c.dep_ == "compound"
            )
        ):
            # "follows Denmark, whose Ministry of Defence ordered ...": the ministry is Denmark's, not the story's;
            # of those told before the clause only ("Iowa and Utah, whose governors ordered ...", not "the
            # Commission, whose board ordered ..., and the US Congress")
            found = [(eid, t) for eid, t in self.actors_in(clause.head) if t.i < clause.i]
            if found:
                return [(eid, subj) for eid, _ in found]  # the body's own words still tell whose staff it binds
        passed = self._legislature_that_passed(subj)
        if passed:
            return passed
        found = self.actors_in(subj)
        if found:
            return found + [a for a in self._dated_pairs(subj) if a[0] not in {e for e, _ in found}]
        named = self._named_before_description(subj)
        if named:
            return named
        named = self._name_torn_into_description(subj)
        if named:
            return named
        if subj.lemma_.lower() in _LAWMAKING:
            # "A bill introduced in the U.S. House last week would bar X": who brought or passed the bill
            for c in subj.children:
                if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSE_VERBS | {"file", "table", "sponsor", "back"}:
                    for p in c.children:
                        if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in", "into"):
                            for q in p.children:
                                found = self.actors_in(q)
                                if found:
                                    return found
        clause = subj.head
        if clause.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
            return self.actors_in(clause.head)  # "Texas and New York, whose governors ordered X off ...": theirs
        if (
            subj.lemma_.lower() in _RULE_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            and subj.dep_ == "nsubj"
        ):
            # "The trade ministry issued Regulation No. 31. The rule forced X to close Y": who issued it
            if subj.lemma_.lower() in ("law", "statute"):
                # "A judge blocked Montana's law banning X ... The law would have barred X": the law told before
                laws = [
                    bm
                    for bm in self.mentions
                    if not bm.remention and bm.status in ("enacted_law", "blocked_by_court", "proposed")
                ]
                if laws:
                    return [(laws[-1].imposers[0], subj)]
            prev = self._previous_subject(subj)
            if prev is not None:
                return [prev]
        law = self._law_in_force(subj)
        if law:
            return law
        return self.resolve_generic(subj)

    def _law_in_force(self, subj) -> list[tuple[str, object]]:
        """ "Section 889 of the X Act barred agencies from buying Y", "A separate law signed in 2022 bars Z": a law in
        force as the subject bans for the jurisdiction its entry names, else (a law in a sentence naming no place) for the
        story's country; not a law that "would" ban, nor "the law" told before."""
        if (
            subj.dep_ != "nsubj"
            or any(a.dep_ == "aux" and a.tag_ == "MD" for a in subj.head.children)
            # "since a law signed in 2022, and half of the states have adopted similar rules": a law sharing its verb
            or any(c.dep_ in ("conj", "cc") for c in subj.children)
            or any(c.dep_ == "nsubj" and c.i != subj.i for c in subj.head.children)
            or self._law_only_put_forward(subj)
        ):
            return []
        phrase = [subj, *(g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree)]
        law = next((m for t in phrase if (m := self.ctx.mention(t)) is not None and m.kind == "Law"), None)
        if law is not None and set(self.ctx.name(law.entity_id).lower().split()) & _EXECUTIVE_ACTS:
            return []  # "Executive Order 46 bars ...": the decision of whoever issued it, not of a statute's place
        if law is not None:
            ent = self.adoc.entities.get(law.entity_id)
            place = ent.properties.get("jurisdiction") if ent is not None else None
            home = self.ctx.gaz.lookup(place, ("Jurisdiction",)) if place and self.ctx.gaz is not None else None
            jid = self._ensure_jurisdiction(home.id, (law.start, law.end)) if home is not None else None
            return [(jid, subj)] if jid else []
        if (
            subj.lemma_.lower() in ("law", "statute")
            and not any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in subj.children)
            and not any((m := self.ctx.mention(t)) is not None and m.kind == "Jurisdiction" for t in subj.sent)
        ):
            focus = self.ctx.focus(subj)  # (a place the sentence names is left to the clause's own: "while in X a law")
            return [(focus, subj)] if focus else []
        return []

    @staticmethod
    def _law_only_put_forward(subj) -> bool:
        """ "A draft law bars X", "a proposed law", "a model law drafted by activists": a modifier of the law (a
        compound, adjective or participle) of proposing or tabling tells a law not yet made, which bans nothing in force
        (not "a law introduced in 2019 and passed in 2020", settled since)."""
        return any(
            c.dep_ in ("amod", "compound", "acl")
            and c.lemma_.lower() in _UNENACTED
            and not any(g.dep_ == "conj" and g.lemma_.lower() in _PROPOSAL_SETTLED for g in c.children)
            for c in subj.children
        )

    def _organ_named(self, subj, word) -> bool:
        """``word`` is part of the name of ``subj``, a body acting for another ("the Commission, whose Corporate
        Management Board ordered ..."), not a regulator or court imposing its own ("Italy, whose data protection
        regulator ordered ...")."""
        own = self.ctx.mention(subj)
        return own is not None and self.ctx.mention(word) == own and self.ctx.category(own.entity_id) == "government"

    def _legislature_that_passed(self, subj) -> list[tuple[str, object]]:
        """ "The measure, which cleared the General Assembly last week, bars ...", "The amendment, which lawmakers in
        the National Assembly approved in June, lets ...", "The law passed by the Seimas bars ...": a law in force told
        with the legislature that passed it is that legislature's (not a bill that "would" ban)."""
        if subj.lemma_.lower() not in _LAWMAKING | _PASSED_MEASURES or subj.dep_ != "nsubj":
            return []
        if any(a.dep_ == "aux" and a.tag_ == "MD" for a in subj.head.children):
            return []
        for c in subj.children:
            if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in _PASSING_VERBS | {"clear"}:
                continue
            if any(a.dep_ in ("aux", "auxpass", "neg") and (a.tag_ == "MD" or a.dep_ == "neg") for a in c.children):
                continue  # "which the Senate could pass", "which the Assembly did not approve"
            named = [g for g in c.children if g.dep_ in ("dobj", "nsubj")]
            named += [p for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
            for g in named:
                for t in g.subtree:
                    m = self.ctx.mention(t)
                    if (
                        m is not None
                        and self.ctx.category(m.entity_id) == "legislature"
                        and not set(re.findall(r"[a-z]+", self.ctx.name(m.entity_id).lower())) & _LEGISLATURE_PARTS
                    ):
                        return [(m.entity_id, t)]  # not "which the Senate passed" nor "which cleared the House
                        # Judiciary Committee": one chamber's or one committee's step only, by any word of its name
        return []

    def _dated_pairs(self, subj) -> list[tuple[str, object]]:
        """ "Texas on Tuesday and Taiwan on Friday barred X", parsed with Taiwan as a conjunct of the date (or of
        its preposition): each place named with its own date is a subject too."""
        out = []
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
            for when in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"):
                # the next place hung on the date or on its preposition
                for conj in (c for c in [*when.children, *prep.children] if c.dep_ == "conj"):
                    m = self.ctx.mention(conj)
                    if m is not None and m.kind == "Jurisdiction":
                        out.append((m.entity_id, conj))
        return out

    def _named_before_description(self, subj) -> list[tuple[str, object]]:
        """ "and South Dakota, the first state to act, barred the app": a subject that only says what the actor is,
        set off by commas right after a place's name (which a parser hung elsewhere), is that place."""
        if subj.lemma_.lower() not in _DESCRIBED_PLACES or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children
        ):
            return []
        left, right = subj.left_edge.i, subj.right_edge.i
        if left < 2 or right + 1 >= len(self.doc) or self.doc[left - 1].text != "," or self.doc[right + 1].text != ",":
            return []
        name = self.doc[left - 2]
        m = self.ctx.mention(name)
        if m is None or m.kind != "Jurisdiction" or name.sent != subj.sent:
            return []
        return [(m.entity_id, name)]

    def _name_torn_into_description(self, subj) -> list[tuple[str, object]]:
        """ "The Italian authority for the protection of personal data, the Garante, ordered ...": a body told by
        description whose name follows after a comma, which the parser hung as a conjunct of the description's last
        noun (no "and" or "or" joins them), is the named body."""
        if subj.lemma_.lower() not in words("actors", "regulator") or subj.tag_ not in ("NN", "NNP"):
            return []
        for t in subj.subtree:
            if (
                t.dep_ != "conj"
                or t.head.i == subj.i
                or t.i < 2
                or self.doc[t.i - 1].text != ","
                and not (self.doc[t.i - 1].lower_ == "the" and self.doc[t.i - 2].text == ",")
                or any(c.dep_ in ("cc", "preconj") for c in t.head.children)
                or any(c.dep_ == "cc" for c in t.children)
            ):
                continue
            m = self.ctx.mention(t)
            if m is not None and m.kind == "Organisation" and self.ctx.category(m.entity_id) in SELF_IMPOSING:
                return [(m.entity_id, t), *self._bodies_joined_after(subj, t, {m.entity_id})]
        return []

    def _bodies_joined_after(self, subj, named, seen: set) -> list[tuple[str, object]]:
        """ "The Italian authority for ..., the Garante ..., and France's CNIL have ordered": the bodies coordinated
        after the named one act with it, whether the parser made them further subjects of the verb or conjuncts of
        the description."""
        later = [s for s in subj.head.children if s.dep_ in ("nsubj", "nsubjpass") and s.i > named.i]
        later += [c for c in subj.conjuncts if c.i > named.i]
        out = []
        for s in later:
            for u in (s, *s.conjuncts):
                m = self.ctx.mention(u)
                if (
                    m is not None
                    and m.kind == "Organisation"
                    and m.entity_id not in seen
                    and self.ctx.category(m.entity_id) in SELF_IMPOSING
                ):
                    seen.add(m.entity_id)
                    out.append((m.entity_id, u))
        return out

    def find_imposers(self, trig, kind: str) -> tuple[list[tuple[str, object]], str, list]:
        """(actors, source, path): walk up from the trigger to the nearest agent."""
        if trig.dep_ == "amod" and trig.i >= 3 and self._torn_by_dateline(trig) and trig.doc[trig.i - 2].lower_ == "on":
            found = self.subject_actors(trig.doc[trig.i - 3])  # "[Norway] on Friday barred ...", the parse torn
            if found:
                return found, "syntax", [trig]
        order = _order_torn_off(trig)
        for author in _authors_of(order) if order is not None else ():
            found = self.subject_actors(author)
            if found:
                return found, "syntax", [trig, order]
        cur = trig
        path = []
        for _ in range(8):
            path.append(cur)
            if cur.i != trig.i and trig.dep_ == "xcomp" and trig.head.i == cur.i:
                found = self._document_sender(cur)
                if found:
                    return found, "syntax", path
            for c in cur.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = self.subject_actors(p)
                            if found:
                                return found, "syntax", path
            if cur.pos_ in ("NOUN", "PROPN"):
                for c in cur.children:
                    if c.dep_ == "poss" and c.pos_ != "PRON":
                        found = self.subject_actors(c) or (
                            self._company_over_its_staff(c, trig) if cur.i == trig.i else []
                        )
                        if found:
                            return found, "syntax", path
                    if (
                        c.dep_ == "poss"
                        and c.lower_ in ("its", "their")
                        and cur.i != trig.i
                        and cur.dep_ in ("dobj", "nsubjpass")
                        and cur.head.pos_ == "VERB"
                    ):
                        # "The court set aside its own order suspending X": the order of the verb's subject
                        subj = next((g for g in cur.head.children if g.dep_ == "nsubj"), None)
                        found = self.subject_actors(subj) if subj is not None and subj.pos_ != "PRON" else []
                        if found:
                            return found, "syntax", path
                    if c.dep_ == "prep" and c.lower_ == "by":
                        for p in c.children:
                            found = self.subject_actors(p)
                            if found:
                                return found, "syntax", path
                    if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSE_VERBS:
                        for a in c.children:
                            if a.dep_ == "agent":
                                for p in a.children:
                                    found = self.subject_actors(p)
                                    if found:
                                        return found, "syntax", path
                    if c.dep_ in ("compound", "amod") and not (
                        cur.dep_ == "attr" and any(g.dep_ == "nsubj" for g in cur.head.children)
                    ):  # not "X became the latest EU institution to ban Y": X, which the attribute describes
                        m = self.ctx.mention(c)
                        if m and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                            return [(m.entity_id, c)], "syntax", path
            else:
                subjects = []
                advised = (
                    cur.dep_ in ("ccomp", "xcomp")
                    and cur.head.lemma_.lower() in _ADVISING_VERBS
                    and any(c.dep_ == "nsubj" for c in cur.head.children)
                )  # "X advised ministries to avoid ...", "X recommended that the FCC revoke ...": X's measure
                # "The court had on April 3 ordered ...": a subject the parser hung on the auxiliary is the verb's
                torn = [
                    g for a in cur.children if a.dep_ == "aux" and a.i < cur.i for g in a.children if g.dep_ == "nsubj"
                ]
                for c in [*cur.children, *torn]:
                    if advised:
                        break
                    if c.lower_ == "it" and cur.lemma_ == "be" and any(a.dep_ == "attr" for a in cur.children):
                        continue  # "It is the second time that X has been cut off in Y": no one, only the frame
                    if c.dep_ in ("nsubj", "csubj") or (
                        c.dep_ == "nsubjpass" and cur.i != trig.i and cur.lemma_ != "be"
                    ):
                        found = self.subject_actors(c)
                        if found:
                            subjects.append(found)
                if not subjects and not advised:
                    subjects = [
                        found for s in self._subject_of_aside(cur) for found in [self.subject_actors(s)] if found
                    ]
                if subjects:
                    # "Uzbekistan's watchdog Uzkomnazorat restricted ..." parsed as two subjects: the body acts
                    best = min(subjects, key=lambda f: min(_ACTOR_RANK.get(self.ctx.category(e), 4) for e, _ in f))
                    return best, "syntax", path
                ordered = self._ordered_by(cur) if cur.i == trig.i else []
                if ordered:
                    return ordered, "syntax", path
                if not advised and self._own_clause(path):
                    own = [
                        found
                        for c in cur.children
                        if c.dep_ == "nsubj"
                        # "Citigroup and Goldman Sachs have limited employee access to X": each company its own
                        for s in _conjuncts(self._speaker_for(c)) + _listed_members(c)
                        for found in self._company_over_its_staff(s, trig)
                    ]
                    if own and self.ctx.is_institution(own[0][0]):
                        # "The University of A at B, the University of C and D College all announced ...": a list of
                        # schools the parser nested inside the first one's name, each its own rule
                        for c in cur.children:
                            for t in c.subtree if c.dep_ == "nsubj" else ():
                                m = self.ctx.mention(t)
                                if (
                                    m
                                    and self.ctx.is_institution(m.entity_id)
                                    and m.entity_id not in {e for e, _ in own}
                                ):
                                    own.append((m.entity_id, t))
                    if own:
                        return own, "syntax", path
                lost = self._subject_lost_to_preposition(cur) or self._subject_torn_off(cur)
                if lost:
                    return lost, "syntax", path
                if cur.dep_ == "advcl" and any(c.dep_ == "nsubj" and self._the_banned_side(c) for c in cur.children):
                    break  # "Uganda blocked X, a day after the platform removed accounts": the platform acted
                # "officials at Holyrood", "in Wales": a locative jurisdiction on the trigger itself
                where = self._where_clause_place(cur)
                if where:
                    return where, "syntax", path
            if cur.dep_ == "ROOT" or cur.head.i == cur.i:
                break
            if self._measure_a_court_blocks(path):
                break  # "the court stopped the conditions that keep X out": the court blocks the measure
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                break  # a coordinated clause with its own subject is another actor's
            if cur.dep_ == "advcl" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _RULE_NOUNS | _LAWMAKING for c in cur.children
            ):
                break  # "A did the same, while in B a law barred X": the law's own clause, not the main subject's
            if (
                cur.dep_ in ("dep", "conj")
                and cur.pos_ == "VERB"
                and not any(c.dep_.startswith("nsubj") for c in cur.children)
            ):
                # "Taiwan joins Italy, whose data protection authority, the Garante, ordered X blocked", a relative
                # clause the parser tore off (hung as "dep", or as a conjunct of the main verb): its subject is the
                # noun that "whose" opened, not the main clause's
                opened = [
                    t
                    for t in cur.doc[cur.head.i + 1 : cur.i]
                    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children)
                    and (cur.dep_ == "dep" or t.dep_ in ("appos", "npadvmod", "dep"))  # not a whose-clause of its own
                ]
                found = self.subject_actors(opened[-1]) if opened else []
                if found:
                    return found, "syntax", path
            if (
                cur.dep_ == "relcl"
                and cur.tag_ == "VBD"
                and cur.head.dep_ == "ROOT"
                and cur.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            ):
                # "Italy's privacy regulator, the Garante, on Thursday ordered X to stop ...", parsed as a noun phrase
                # with a relative clause: the noun is the subject of a finite verb
                found = self.subject_actors(cur.head)
                if found:
                    return found, "syntax", path
            if cur.dep_ == "relcl" and cur.i != trig.i:
                if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in cur.children):
                    break
                if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in cur.children):
                    break  # "filed by advocate X, who sought a ban": X's wish, not the main clause's act
            head_lemma = cur.head.lemma_.lower()
            planned_here = head_lemma in words("ban", "planned") and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in cur.children
            )  # "plan its removal" is about something already decided
            # "Nepal lifted its ban on X": the ban of the one who lifted it
            lifted_own = head_lemma in _LIFT_VERBS and (
                any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in cur.children)
                or any(  # "the regulator lifted a ban on X that it imposed in October"
                    c.dep_ == "relcl"
                    and c.lemma_.lower() in _IMPOSE_VERBS
                    and any(g.dep_ == "nsubj" and g.lower_ in ("it", "they") for g in c.children)
                    for c in cur.children
                )
                or self._lifted_on_named(cur)
            )
            # "X restored access to Y after a ban of two months": the ban of the one who restored access
            ended_own = (
                cur.dep_ == "pobj"
                and head_lemma in ("after", "following")
                and cur.head.head.lemma_.lower() in ("restore", "lift", "unblock", "reinstate", "reverse", "end")
            )
            # "New York followed on Monday with a ban covering state devices": the ban of the one who acted with it
            acted_with = (
                cur.dep_ == "pobj"
                and head_lemma == "with"
                and cur.head.head.pos_ == "VERB"
                and cur.head.head.lemma_.lower() in _ACTED_WITH
            )
            settled_on = cur.i == trig.i and _settled_on(cur)
            if (
                cur.pos_ in ("NOUN", "PROPN")
                and cur.i == trig.i
                and head_lemma not in _IMPOSE_VERBS
                and not settled_on
                and not planned_here
                and not lifted_own
                and not ended_own
                and not acted_with
            ):
                if cur.dep_ not in ("conj", "appos"):
                    break
            cur = cur.head.head if _torn_into_reported_clause(cur) else cur.head
        # fallback: a jurisdiction named in the sentence that is not a target ("In neighbouring India, ...")
        sent = trig.sent
        ranked = []
        homes = self._target_homes(sent)
        followed = self._followed_side(trig)
        # "the FCC banned A, and federal employees have been barred from B": a clause of its own whose passive subject
        # is the people the ban binds: the other clause's subject, a body, stands for its country there
        clause = next((p for p in path if p.pos_ in ("VERB", "AUX")), None)
        bound = [
            c
            for c in (clause.children if clause is not None and clause.dep_ == "conj" else ())
            if c.dep_ == "nsubjpass" and self.ctx.mention(c) is None and c.lemma_.lower() in _BOUND_PEOPLE
        ]
        on_path = {p.i for p in path}
        # ... nor is it the measure's maker: "the court [, which] stopped the conditions that keep X out"
        blocker = path[-1].head if self._measure_a_court_blocks(path) else None
        for t in sent:
            m = self.ctx.mention(t)
            if m and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                r = self.ctx.name_head(t)
                eid, standby = m.entity_id, False
                if bound and r.dep_ == "nsubj" and r.head.i not in on_path and self.ctx.category(eid) != "jurisdiction":
                    # the body's country binds its people, not the body; the body itself, after any other actor, when
                    # the story never names its country ("The Telecoms Authority banned A, and federal employees have
                    # been barred from B")
                    country = self.ctx.jurisdiction_of(eid)
                    eid, standby = (country, False) if country is not None else (eid, True)
                if t.i in followed or self._in_aside_followed(t, trig):
                    continue  # "The restriction follows similar moves by A and B": A and B went first
                if any(
                    a.lemma_.lower() in _OWNER_LEMMAS for a in t.ancestors if a.i > sent.start - 1 and a.sent == sent
                ):
                    continue
                if m.entity_id in homes and self._modifies_target(t):
                    continue  # "the Chinese AI app DeepSeek": the app's origin, not who bans it
                if self.ctx.category(m.entity_id) == "court" and (
                    _undoes_a_measure(t)
                    or blocker is not None
                    and (r.head.i == blocker.i or blocker.dep_ == "relcl" and r.i == blocker.head.i)
                ):
                    continue  # "X was blocked until the Constitutional Court ruled the ban unconstitutional"
                if _home_base(t):
                    continue  # "said a Lagos-based analyst": where someone works, no actor of the sentence
                if _in_clause_of_its_own(t, trig):
                    continue  # "A cut off X, while in Britain the regulator's inquiry goes on": that clause's place
                locative = t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "by", "across", "throughout")
                owner = self._owner_of_devices(t, trig, path)
                locative = locative or owner
                governing = next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
                attached = (
                    owner
                    or locative
                    and (
                        any(t.head.head.i == p.i for p in path)
                        or (trig.pos_ == "NOUN" and governing is not None and t.head.head.i == governing.i)
                    )
                )  # "In Montana, a judge blocked a statewide ban": the ban is Montana's
                ranked.append((3 if standby else 0 if attached else 1 if locative else 2, abs(t.i - trig.i), eid, t))
        if ranked:
            best = min(ranked)
            found = [(best[2], best[3])]
            if best[0] == 0:  # "similar bans in A, where ..., and in B, where ...": each place its own
                for c in best[3].head.children:
                    if c.dep_ == "conj" and c.lower_ == best[3].head.lower_:
                        for p in c.children:
                            m = self.ctx.mention(p) if p.dep_ == "pobj" else None
                            if m and m.kind == "Jurisdiction" and m.entity_id not in {e for e, _ in found}:
                                found.append((m.entity_id, p))
                for c in _conjuncts(best[3]):  # "X is blocked in China and North Korea": each place named
                    m = self.ctx.mention(c) if c.i != best[3].i and c.dep_ == "conj" else None
                    if m and m.kind == "Jurisdiction" and m.entity_id not in {e for e, _ in found}:
                        found.append((m.entity_id, c))
            return found, "locative" if best[0] == 0 else "fallback", path
        return [], "none", path

    def _measure_a_court_blocks(self, path) -> bool:
        """The path has climbed from a relative clause to the measure noun it tells, the object of a court's verb
        ("the court stopped the conditions that keep X out"): the court blocks the measure, it does not make it (a
        participle's measure of no named author stays the court's: "suspended a directive restricting X")."""
        noun = path[-1]
        return (
            len(path) > 1
            and path[-2].dep_ == "relcl"
            and noun.i in self._court_blocked
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _COURT_BLOCK
        )

    def _lifted_on_named(self, noun) -> bool:
        """ "Iran has lifted restrictions on WhatsApp and Google Play", "Nepal lifted the ban on X": a ban on a named
        app or company, owned by no one the phrase names, that its lifter ends is the lifter's own (a state ends only
        the measures it imposed); not one told undone or only wished ("refused to lift", "urged it to lift"), nor one a
        court sets aside ("the court lifted the ban on X": another's ban, which the court blocks), nor a lifting to come."""
        verb = noun.head
        if noun.dep_ != "dobj" or any(c.dep_ == "poss" for c in noun.children) or not _done(verb):
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return False  # "might lift restrictions on X": the ban's end is not told
        if any(a.lemma_.lower() in _DENYING for a in verb.ancestors) or any(
            t.dep_ == "relcl" and t.lemma_.lower() in _DENYING for t in verb.subtree
        ):
            return False  # "claimed Iran had lifted restrictions on X, which the government denied": a lifting denied
        # what the restrictions are on, named as such: the object of "on" and its conjuncts, their appositions and
        # compounds ("on the messaging app WhatsApp and the Google Play app store"); not a name further in, under an
        # activity the restrictions are on ("restrictions on exports to Huawei", "on Micron's sales to operators")
        named = [
            m
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for o in c.children
            if o.dep_ == "pobj"
            for g in _conjuncts(o)
            for t in (g, *(d for d in g.children if d.dep_ in ("appos", "compound")))
            if (m := self.ctx.mention(t)) is not None
        ]
        if not any(self.ctx.category(m.entity_id) in TARGET_CATEGORIES for m in named):
            return False
        return not any(
            c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in _COURT_WORDS
                or any(self.ctx.category(e) == "court" for e, _ in self.subject_actors(c))
            )
            for c in verb.children
        )

    def _where_clause_place(self, verb) -> list[tuple[str, object]]:
        """ "joins China, where the app has been blocked since 2015": a clause opened by "where" with no actor of
        its own tells what happened in the place it hangs on; that jurisdiction imposes the ban."""
        if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return []
        if any(c.dep_ in ("nsubj", "csubj", "agent") for c in verb.children):
            return []  # "Spain, where it was blocked by the agency", "Texas, where lawmakers are weighing a ban"
        m = self.ctx.mention(verb.head)
        if m is None or m.kind != "Jurisdiction":
            return []
        return [(m.entity_id, verb.head)]

    def _document_sender(self, verb) -> list[tuple[str, object]]:
        """ "acted on a letter from the interior ministry, dated May 2, instructing it to block X": a subjectless
        participle of compelling that the sentence's "<document> from <body>" sends; the sender imposes the ban,
        not the one instructed."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in _COMPELLING or verb.dep_ not in ("advcl", "acl"):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        for t in verb.sent:
            if t.lemma_.lower() not in _DOCUMENT_NOUNS or t.i > verb.i:
                continue
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    for o in p.children:
                        found = self.subject_actors(o) if o.dep_ == "pobj" else []
                        if found:
                            return found
        return []

    @staticmethod
    def _in_aside_followed(tok, trig) -> bool:
        """``tok`` is named in an aside of following that the ban is not part of ("X, following Y's lead, ordered
        Z off state devices"): Y went first."""
        cues = words("follow", "verbs")
        for a in tok.ancestors:
            if a.sent != tok.sent:
                break
            if a.pos_ == "VERB" and a.lemma_.lower() in cues and a.i != trig.i and trig not in a.subtree:
                return True
        return False

    @staticmethod
    def _followed_side(trig) -> set[int]:
        """Tokens of what a ban noun is said to follow ("The block follows similar steps by A and B", "the
        measure mirrors moves in A"): those places acted before it, they are not whose ban the noun is."""
        if trig.pos_ != "NOUN" or trig.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = trig.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("follow", "verbs"):
            return set()
        return {t.i for c in verb.children if c.dep_ in ("dobj", "prep", "agent") for t in c.subtree}

    @staticmethod
    def _subject_of_aside(verb) -> list:
        """ "The ministry, acting on a cabinet decision, directed X to ...", "The regulator, citing security, barred
        X": a subject set off before a participial aside, which the parser made the aside's subject; the verb has
        none of its own."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            return []
        out = []
        for c in verb.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > verb.i:
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            if c.left_edge.i < 1 or c.doc[c.left_edge.i - 1].text != "," and c.doc[subj.right_edge.i + 1].text != ",":
                continue
            out.append(subj)
        return out

    def _ordered_by(self, verb) -> list[tuple[str, object]]:
        """ "Apple has removed X from its store after the country's internet regulator ordered it to do so": a
        company carrying out what a body ordered; the body imposes the ban."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        if m is None or self.ctx.category(m.entity_id) != "company":
            return []
        for c in verb.children:
            if c.dep_ != "advcl" or c.lemma_.lower() not in _COMPELLING | {"ask", "tell", "demand", "request"}:
                continue
            if not any(g.dep_ == "mark" and g.lower_ in ("after", "because", "when", "once") for g in c.children):
                continue
            if not any(g.dep_ == "dobj" and g.lower_ in ("it", "them") for g in c.children):
                continue  # ordered the company itself ("ordered it to do so")
            asker = next((g for g in c.children if g.dep_ == "nsubj"), None)
            found = self.subject_actors(asker) if asker is not None else []
            if found:
                self._compliers.setdefault(verb.sent.start, set()).add(m.entity_id)
                return found
        # "Apple removed X from its store after an order from the country's regulator", "at the request of the
        # ministry": the order told as a noun, its giver named after "from", "by" or "of"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ORDER_PREPS):
            for order in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _ORDER_NOUNS):
                givers = [
                    q
                    for p in order.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                    for q in p.children
                    if q.dep_ == "pobj"
                ]
                givers += [g for g in order.children if g.dep_ == "poss" and g.pos_ != "PRON"]
                for giver in givers:
                    found = [a for a in self.subject_actors(giver) if self.ctx.category(a[0]) in IMPOSER_CATEGORIES]
                    if found:
                        self._compliers.setdefault(verb.sent.start, set()).add(m.entity_id)
                        return found
        return []

    @staticmethod
    def _own_clause(path) -> bool:
        """The verb reached is the trigger's own, or one that bids it ("told staff not to use X", "decided to bar
        X"), not a verb that reports it ("Reuters reported that staff were barred from X")."""
        cur = path[-1]
        if (
            len(path) > 1
            and path[-2].dep_ == "ccomp"
            and cur.lemma_.lower() in _SAYING | {"report", "announce", "confirm", "reveal", "learn"}
            and not any(c.dep_ == "dobj" for c in cur.children)  # "told employees that they could no longer use X"
        ):
            return False
        if (
            len(path) == 2
            and path[0].dep_ == "dobj"
            and path[0].pos_ == "NOUN"
            and cur.lemma_.lower() in _IMPOSE_VERBS | {"announce"}
        ):
            return True  # "the colleges announced restrictions on their networks": the rule they announced
        return all(p.dep_ in ("xcomp", "ccomp", "conj") for p in path[:-1])

    @staticmethod
    def _speaker_for(subj):
        """ "Acme said it had barred staff from X": "it" in a reported clause is the one who said it; "Acme, which
        barred staff from X": the one the relative clause is about."""
        clause = subj.head
        if subj.lower_ in ("which", "that") and clause.dep_ == "relcl":
            return clause.head
        if subj.lower_ in ("it", "they") and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING:
            return next((c for c in clause.head.children if c.dep_ == "nsubj"), subj)
        return subj

    def _company_over_its_staff(self, actor_tok, trig) -> list[tuple[str, object]]:
        """ "Samsung banned employees from using X", "JPMorgan told its workers not to use X", "Acme's ban on X for
        staff": a company (or an institution that is no government) ruling its own people or its own kit imposes
        the ban itself. Not a company that is the target ("Samsung phones were banned"), nor one a regulator orders
        (the regulator is the subject then), nor one telling of a government's ban of its app."""
        m = self.ctx.mention(actor_tok)
        if m is None or m.kind != "Organisation" or self.ctx.category(m.entity_id) not in OWN_STAFF_CATEGORIES:
            return []
        if not self._binds_own_staff(trig, m.entity_id):
            return []
        return [(m.entity_id, actor_tok)]

    def _binds_own_staff(self, trig, company: str) -> bool:
        """The trigger's reach names the company's own people ("employees", "its staff", "for workers") or its own
        kit ("on company-owned laptops", "internal networks", "internally")."""
        staff, kit = words("actors", "company_staff"), words("actors", "company_kit")
        devices = words("scope", "devices")
        if self.ctx.is_institution(company):
            return True  # "the university blocked X on its Wi-Fi", "Y College also restricted the app": its own rule
        if self._after_a_staff_rule(trig):
            return True  # "A restricted staff use of X. B and C followed suit": each company's own rule, done alike
        region = self.region(trig)
        if _done_internally(trig, region):
            return True
        # "does not allow its employees to use X": those the refused permission is for, the subject of the clause it
        # governs (which the reach, taking no clause's subject, leaves out)
        bidden = [g for c in trig.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        for t in [*region, *bidden]:
            if t.lemma_.lower() in staff or t.lower_ in staff:
                owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and self.ctx.mention(c)), None)
                if owner is None or self.ctx.mention(owner).entity_id == company:
                    return True  # not "Google's engineers" in a sentence about another company
            if (t.lemma_.lower() in devices or t.lower_ in devices) and any(
                k.lower_ in kit for k in t.subtree if k.i < t.i
            ):
                return True
        return False

    def _after_a_staff_rule(self, trig) -> bool:
        """A like step ("followed suit", "did the same") told right after a company's or an institution's own rule
        for its people: the step is the subject's rule over its own staff too. Not after a government's ban ("the
        state barred X; the bank followed suit" tells no rule of the bank's)."""
        if not self.same_as_trigger(trig):
            return False
        before = [bm for bm in self.mentions if bm.token.i < trig.i and not bm.remention]
        if not before or before[-1].sentence < self.adoc.sentence_index(trig.idx) - 2:
            return False
        last = before[-1]
        if last.scope != "staff_devices" or not all(
            self.ctx.category(i) in OWN_STAFF_CATEGORIES for i in last.imposers
        ):
            return False
        return not self._another_step_between(last, trig)

    def _another_step_between(self, rule, trig) -> bool:
        """Another actor's step that is no ban, told after the staff rule and before the like step, is what the like
        step copies: "In June OpenAI launched a business version, and Microsoft followed suit with a Copilot tier",
        "OpenAI responded by letting users switch off chat history, and Google did the same for Bard". Only an actor
        named, not the rule's maker nor a pronoun ("It said at the time that it wasn't triggered by any incident. Then
        Bank of America ... followed suit" copies the rule); a verb of saying ("a spokesperson said") is no step."""
        doc = trig.doc
        start = doc[rule.token.i].sent.end
        own = {c.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")}
        for verb in doc[start : trig.i]:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _SAYING:
                continue
            others = [
                m
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own
                for m in [self.ctx.mention(c)]
                if m is not None and m.entity_id not in rule.imposers
            ]
            if others and self.trigger_kind(verb) is None and not self.same_as_trigger(verb):
                return True
        return False

    @staticmethod
    def _owner_of_devices(tok, trig, path) -> bool:
        """ "the app has been barred from US federal government devices": a jurisdiction naming whose devices a
        passive ban with no agent keeps the thing off is the one that bars it."""
        if tok.dep_ not in ("nmod", "compound", "poss", "amod") or trig.pos_ != "VERB":
            return False
        if not any(c.dep_ == "nsubjpass" for c in trig.children) or any(c.dep_ == "agent" for c in trig.children):
            return False
        root = _phrase_root(tok)
        if root.lemma_.lower() not in words("scope", "devices") or root.dep_ != "pobj":
            return False
        prep = root.head
        return prep.lower_ in ("from", "on") and (prep.head.i == trig.i or any(prep.head.i == p.i for p in path))

    def _home_of(self, eid: str) -> str | None:
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        return self.ctx.gaz.by_country.get(entry.country or "") if entry is not None else None

    def _target_homes(self, sent) -> set[str]:
        """Jurisdictions that are home to a product or company named in the sentence."""
        homes = set()
        for t in sent:
            m = self.ctx.mention(t)
            if m is None or self.ctx.category(m.entity_id) not in TARGET_CATEGORIES:
                continue
            entry = self.ctx.gaz.entries.get(m.entity_id) if self.ctx.gaz else None
            jid = self.ctx.gaz.by_country.get(entry.country or "") if entry is not None else None
            if jid:
                homes.add(jid)
        return homes

    def _modifies_target(self, tok) -> bool:
        """A mention that only describes a product ("Chinese app X") or goes with its data ("data to Beijing")."""
        if tok.dep_ in ("amod", "compound", "nmod", "poss"):
            head = tok.head
            if head.lemma_.lower() in PRODUCT_NOUNS | {"company", "firm", "startup", "start-up", "vendor", "maker"}:
                return True
            m = self.ctx.mention(head)
            if m is not None and self.ctx.category(m.entity_id) in TARGET_CATEGORIES:
                return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "from")


def _order_torn_off(trig):
    """ "The High Court suspended a directive by the Communications Authority (CA) restricting access to X": a
    participle the parser hung on the clause's verb, right after (with punctuation only between) the order noun that
    verb takes; it tells what the order does. None when the participle follows no such order noun."""
    if trig.tag_ != "VBG" or trig.dep_ != "advcl":
        return None
    for o in trig.head.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lemma_.lower() not in _ORDER_NOUNS or o.i > trig.i:
            continue
        if all(t.is_punct for t in trig.doc[o.right_edge.i + 1 : trig.i]):
            return o
    return None


def _authors_of(order) -> list:
    """Who gave an order, as its possessor or its "by"/"from" phrase ("the regulator's directive", "an order by X")."""
    owners = [c for c in order.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners + [
        p
        for c in order.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from")
        for p in c.children
        if p.dep_ == "pobj"
    ]


_REPORTING_LEMMAS = frozenset(("report", "learn", "claim", "say", "tell", "write", "allege", "hear"))


def _torn_into_reported_clause(verb) -> bool:
    """ "The watchdog has found that the ministry broke the rules, and has ordered it to stop using X": the parser
    hangs the second perfect verb on the reported clause's simple past; it goes on the first ("has found"), whose
    subject acts."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if head.head.lemma_.lower() in _REPORTING_LEMMAS:
        return False  # "Politico has reported that the Commission broke the rules, and has ordered ...": a teller's

    def perfect(v) -> set[str]:
        return {c.lower_ for c in v.children if c.dep_ == "aux" and c.lemma_.lower() == "have"}

    return bool(perfect(verb)) and not perfect(head) and perfect(verb) == perfect(head.head)


def _settled_on(noun) -> bool:
    """ "The United Kingdom decided a ban on X", "Britain decided on a ban", "agreed to a ban": the ban settled on by
    the verb's subject, told as done (past, not negated, no modal: "has yet to decide on a ban", "is expected to
    decide on a ban", "could not agree on a ban", "will decide on a ban" settle nothing)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("on", "to"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in _SETTLING or verb.tag_ not in ("VBD", "VBN") or _is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    return not _settling_untold(noun, verb)


def _settling_untold(noun, verb) -> bool:
    """The settling is not told as so: put as a condition ("If Canada decided on a ban ..., officials would need",
    "Had Norway agreed to a ban ..., operators would have"), reported as hearsay ("Reports that Sweden had decided on
    a ban ... were false") or denied ("Canada denied that it had agreed to a ban"); or the ban settled on is one
    another body imposed ("agreed to the ban on X that the Commission imposed on its staff phones")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return True
        if c.dep_ == "aux" and c.lower_ in ("had", "should", "were") and subj is not None and c.i < subj.i:
            return True  # "Had Norway agreed to a ban ...": an inverted condition
    if verb.dep_ in ("acl", "relcl", "ccomp") and verb.head.lemma_.lower() in _HEARSAY:
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DENYING:
        return True
    return any(
        c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
        for c in noun.children
    )

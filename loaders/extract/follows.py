"""Explicit follows: a text that says one actor's ban followed another's.

Only what the text states ("following similar moves by X and Y", "joining X
in", "followed Y's lead", "comes on the heels of X", "in step with X",
"pressure to follow X", "the decision follows similar steps elsewhere. X did
..., Y did ..."). Follows derived from dates are computed in the store.

Cue words are data (``lexicon.yaml``, section ``follow``); the patterns are
dependency patterns:

- follower: the subject of the clause the cue belongs to, climbing from the
  cue to the verb that has one (a ban noun as subject — "The move follows" —
  stands for its possessor or the story's ban);
- followed: actors named in the cue's object, one per noun phrase
  (coordination gives several); when the object is only a ban noun ("similar
  steps elsewhere"), the imposers of the bans told in the rest of the
  paragraph;
- both normalised by the annotation rule of the bans package (departments -> their
  jurisdiction); a follower must be the imposer of a ban in the document, and
  nobody follows themselves.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from loaders.extract.bans import (
    _LIKE_STEPS,
    _MEASURE_SUBJECTS,
    IMPOSER_CATEGORIES,
    OWN_STAFF_CATEGORIES,
    BanExtractor,
    _is_negated,
    _lifted,
    _open_question,
    _path_up,
    _temporal,
)
from loaders.extract.base import AnnotatedDoc
from loaders.extract.lexicon import words
from loaders.model import MEASURES_APART, Ban, Follow

# Nouns for the actor a "latest" ranks after others ("the latest country to do so after A and B")
_RANKED = {"country", "nation", "state", "government", "institution", "body", "jurisdiction", "parliament", "city"}
_RANK = {"legislature": 0, "court": 0, "regulator": 0, "eu": 0, "legislature_admin": 1, "government": 1}
_SKIP = {"relcl", "acl", "advcl", "appos_relcl"}
# What the story's imposer is called when told again ("the city", "the state", "the bank")
_PLACE_NOUNS = {"city", "state", "country", "nation", "province", "region", "territory", "county", "municipality"}
_ACTING = {"act", "move", "intervene"}  # "Norway acted days after Sweden did the same"
_COMPANY_NOUNS = {"company", "firm", "bank", "lender", "group", "retailer", "carrier", "insurer", "employer"}
_OWNERS = {"own", "base", "headquarter", "operate", "make", "develop"}
_TOLD_MODALS = {"can", "could", "may", "might", "should", "must", "shall", "will", "would", "'ll", "wo", "ca", "'d"}
_FUTURE = {"will", "would", "'ll", "wo", "shall", "'d"}
# a modal on a follow cue makes it a wish or a guess ("could follow"), unless a reported decision ("said it would")
_CUE_MODALS = ("can", "could", "would", "might", "may", "should")
# what the placed others' own clause must tell for the grouping to be by a like step ("which barred the app")
_DESCRIPTORS = words("actors", "descriptors")
_LEGISLATOR_TITLES = words("ban_rules", "legislators")
_SIMILAR = words("ban", "similar")  # "similar moves by A", "such bans"
_DEVICES = words("scope", "devices")
_HOUSES = _DESCRIPTORS["legislature"]  # "the legislature", "parliament" told by what it is
_BODY_KINDS = ("regulator", "court", "legislature")  # bodies a country's possessive may name ("Tanzania's regulator")


class FollowExtractor:
    def __init__(self, adoc: AnnotatedDoc, bans: list[Ban]):
        self.adoc = adoc
        self.bans = bans
        self.bx = BanExtractor(adoc)
        self.ctx = self.bx.ctx
        self.imposers = {b.imposed_by for b in bans}
        self.lex = words("follow")
        self._measure_owner = False
        self._replaced: str | None = None  # the follower found before a body acting for it replaced it
        self._out: dict = {}  # the follows read so far (run)

    # -- actors of a phrase, one per noun phrase
    def phrase_actors(self, tok, through_acl: bool = False, raw: bool = False) -> list[str]:
        """Actors of a phrase, one per noun phrase; ``through_acl`` reads "steps taken by X" too; ``raw``: the
        bodies as named, not normalised to the jurisdiction they act for."""
        groups: dict[int, tuple[int, str, object]] = {}
        stack = [tok]
        while stack:
            cur = stack.pop()
            for c in cur.children:
                if c.dep_ in _SKIP and not (through_acl and c.dep_ == "acl" and c.lemma_.lower() not in _OWNERS):
                    continue
                stack.append(c)
            m = self.ctx.mention(cur)
            if not m:
                owner = self._demonym_owner(cur)
                if owner is not None:
                    root = _list_item_root(cur)
                    if root.i not in groups:
                        groups[root.i] = (_RANK.get(self.ctx.category(owner), 2), owner, cur)
                continue
            eid = self._possessed_body(cur, m.entity_id) or m.entity_id
            cat = self.ctx.category(eid)
            # a company counts only as the imposer of a ban told here ("Apple, joining Samsung in barring staff
            # from X"), never as the maker of what is banned
            if cat not in IMPOSER_CATEGORIES and cat != "person" and not self._own_ruler(eid):
                continue
            root = _list_item_root(cur)
            if root.i != cur.i and self._members_of(cur, root):
                continue  # "several EU member states", "other U.S. states": the members, not the union or country
            if self._whole_of_members(root):
                continue  # "several states in the United States": the states, not the country they are in
            rank = _RANK.get(cat, 2 if cat == "jurisdiction" else 3)
            if root.i not in groups or rank < groups[root.i][0]:
                groups[root.i] = (rank, eid, cur)
        out = []
        for _, (_, eid, t) in sorted(groups.items()):
            norm = eid if raw or self._own_ruler(eid) else self.ctx.normalise(eid, t)
            if norm and norm not in out:
                out.append(norm)
        return out

    def _body_where(self, fd: str, obj) -> str:
        """ "follows action in France, where the regulator CNIL ordered X to stop ...": a country told as the place of
        the earlier step, whose "where" clause names the body of it that took the step (a regulator, a court, a
        legislature imposing a ban here), is that body's step."""
        if self.ctx.kind(fd) != "Jurisdiction":
            return fd
        for t in obj.subtree:
            m = self.ctx.mention(t)
            if m is None or self.ctx.normalise(m.entity_id, t) != fd:
                continue
            for rel in (c for c in t.children if c.dep_ == "relcl"):
                if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in rel.children):
                    continue
                if _is_negated(rel) or not self._bans_or_starts(rel):
                    continue  # "where the FCC's Carr has urged a nationwide ban", "where Congress is weighing one"
                for subj in (c for c in rel.children if c.dep_ == "nsubj"):
                    # named by its name ("the data protection authority CNIL"), not only by what it is ("the
                    # privacy regulator": the country stays named, as the text names it); the subject itself, not
                    # the owner of a person it names ("the FCC's Brendan Carr")
                    bodies = {
                        m.entity_id
                        for g in subj.subtree
                        if (g.pos_ == "PROPN" or g.text[:1].isupper())  # "CNIL", tagged a noun
                        and not _owner_within(g, subj)
                        and g.i != g.sent.start
                        and (m := self.ctx.mention(g)) is not None
                        and m.entity_id in self.imposers
                        and self.ctx.kind(m.entity_id) != "Jurisdiction"
                        and self.ctx.jurisdiction_of(m.entity_id) == fd
                    }
                    if len(bodies) == 1:
                        return next(iter(bodies))
        return fd

    def _demonym_owner(self, tok) -> str | None:
        """ "followed the Dutch example", "the Italian decision follows ...": a country's adjective on a noun for a
        measure names the country's own measure, when the story tells that country (or one body of it) imposing a
        ban: that imposer (not "the Danish example" of a country told banning nothing here)."""
        gaz = self.ctx.gaz
        if gaz is None or tok.dep_ not in ("amod", "compound") or tok.i > tok.head.i:
            return None
        if tok.head.lemma_.lower() not in {*self.lex["ban_nouns"], *self.lex["demonym_ways"]}:
            return None
        jid = gaz.demonyms.get(tok.text)
        if jid is None:
            return None
        if jid in self.imposers:
            return jid
        bodies = {
            b
            for b in self.imposers
            if b is not None and self.ctx.kind(b) != "Jurisdiction" and self.ctx.jurisdiction_of(b) == jid
        }
        return next(iter(bodies)) if len(bodies) == 1 else None

    def _possessed_body(self, tok, jid: str) -> str | None:
        """ "followed the example of Tanzania's regulator": a country's possessive on a noun telling a kind of body
        (a regulator, a court, a legislature) names that country's one body of that kind imposing a ban here (not
        "Tanzania's government", the country itself)."""
        if tok.dep_ != "poss" or self.ctx.kind(jid) != "Jurisdiction":
            return None
        noun = tok.head.lemma_.lower()
        kind = next((k for k in _BODY_KINDS if noun in _DESCRIPTORS[k]), None)
        if kind is None:
            return None
        bodies = {b for b in self.imposers if b and self.ctx.category(b) == kind and self.ctx.jurisdiction_of(b) == jid}
        return next(iter(bodies)) if len(bodies) == 1 else None

    def _measure_of_no_ban(self, obj) -> bool:
        """A measure noun whose own "to" clause tells what was decided, and it is no ban: "the Russian decision to
        invade Ukraine", "Russia's move to raise tariffs" name no ban of the country's (nor one of the country the
        clause names), unlike "the Russian decision to block LinkedIn"."""
        if obj.lemma_.lower() not in self.lex["ban_nouns"]:
            return False
        clauses = [
            g
            for g in obj.children
            if g.dep_ in ("acl", "relcl")
            and g.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
        ]
        return bool(clauses) and not any(self._bans_or_starts(g) for g in clauses)

    def _tells_ban(self, verb) -> bool:
        """The verb tells, in its own clause, a ban of the document that is no mere proposal ("will no longer allow
        X", "does not permit X", "can no longer be installed"): its negation or modal words the ban. A copula or a
        verb of acting ("is not in line with", "could act in step with") tells none."""
        if verb.lemma_.lower() in _ACTING | {"be"} or verb.pos_ == "AUX":
            return False
        return any(b.status != "proposed" and any(e.start <= verb.idx < e.end for e in b.evidence) for b in self.bans)

    def _personal_teller(self, told_by) -> bool:
        """ "Bolivia's interior minister, Ana Roe, said she had acted ...": a 'he'/'she' is the teller only when the
        teller is a person (no place read out of a person's name, "Jen Jordan") whose actor imposes a ban here."""
        if any(
            t.ent_type_ == "PERSON" and self.ctx.mention(t) is not None and self.ctx.mention(t).kind == "Jurisdiction"
            for t in told_by.subtree
        ):
            return False
        found = self.phrase_actors(told_by)
        return bool(found) and found[0] in self.imposers

    def _members_of(self, tok, root) -> bool:
        """The name only modifies a plural noun for its members or parts ("EU member states", "the bloc's member
        countries", "U.S. states", "Australia's states"): the phrase names them, not it."""
        if root.tag_ not in ("NNS", "NNPS") or self.ctx.mention(root) is not None:
            return False
        if root.lemma_.lower() not in self.lex["peer_nouns"] and root.lemma_.lower() != "member":
            return False
        return tok.dep_ in ("compound", "nmod", "poss", "amod") and all(
            a.dep_ in ("compound", "nmod", "poss", "amod") for a in _path_up(tok, root)
        )

    def _whole_of_members(self, root) -> bool:
        """The name is the one country where a plural noun for its own parts lies ("several states in the United
        States", "provinces across Canada"): the phrase names those parts, not the whole. Peers that are no parts
        ("governments in the United States, Britain and Canada", "partners in the European Union", "counterparts
        in Norway and the Netherlands") are the places named, as is a list of wholes."""
        prep = root.head
        peers = prep.head
        return (
            root.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.lower_ in ("in", "across")
            and peers.tag_ in ("NNS", "NNPS")
            and peers.lemma_.lower() in self.lex["part_peer_nouns"]
            and self.ctx.mention(peers) is None
            and not any(c.dep_ == "conj" for c in root.children)
        )

    def _own_ruler(self, eid: str) -> bool:
        """A company (or an institution that is no government) that imposes a ban of this document on its staff."""
        return self.ctx.category(eid) in OWN_STAFF_CATEGORIES and eid in self.imposers

    # -- follower
    def follower(self, cue, exclude: set[str]) -> str | None:
        found = self._follower(cue)
        if found in exclude and self._via_person:
            # a person's jurisdiction guessed from the followed ones: the story's own imposer instead
            found = self._story_imposer() or self.ctx.main_jurisdiction
        self._replaced = found
        return self._as_imposer(found, cue)

    def _as_imposer(self, eid: str | None, cue) -> str | None:
        """A jurisdiction that imposes no ban of the document, where one body acting for it does (its parliament,
        regulator or court) in the matter of the cue: that body, the imposer of its ban ("Iraq is the latest to move
        against the app" when the story tells the ban of Iraq's parliament); not when the cue's sentence names
        another product ("... the latest to move against X software"), nor, naming none, when the body's ban is told
        in another paragraph."""
        if eid is None or self.ctx.kind(eid) != "Jurisdiction":
            return eid
        if self._names_itself_following(eid, cue):
            return eid  # "Malaysia has followed Indonesia in restricting X": the country the text names follows
        bodies = {
            b
            for b in self.imposers
            if b is not None and self.ctx.kind(b) != "Jurisdiction" and self.ctx.jurisdiction_of(b) == eid
        }
        if len(bodies) != 1:
            return eid
        body = next(iter(bodies))
        bans = [b for b in self.bans if b.imposed_by == body]
        sent = cue.sent
        named = {
            m.entity_id
            for t in sent
            if (m := self.ctx.mention(t)) is not None
            and (m.kind == "Product" or self.ctx.category(m.entity_id) == "company")
        }
        if eid in self.imposers:
            # "Nepal becomes the second country to cut off Telegram" when the story tells Nepal's own ban of another
            # app and its regulator's of Telegram: the ban of the product the cue names is the body's
            own = {t for b in self.bans if b.imposed_by == eid for t in b.targets}
            return body if named and not named & own and any(named & set(b.targets) for b in bans) else eid
        if named:
            return body if any(named & set(b.targets) for b in bans) else eid
        if self._measure_owner:
            return body  # "Kuwait's action follows ...": the step of the one body of it whose ban the story tells
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["product_nouns"] for t in sent):
            return body  # "the latest to move against the app": the story's product
        text = self.adoc.document.text
        start = text.rfind("\n", 0, sent.start_char) + 1
        end = _line_end(text, sent.end_char)
        return body if any(start <= e.start < end for b in bans for e in b.evidence) else eid

    def _names_itself_following(self, eid: str, cue) -> bool:
        """The jurisdiction is named by its name as the subject of the verb "follow" itself ("Malaysia has followed
        Indonesia in ..."), not told by a measure or a description ("Iraq is the latest to move against X")."""
        subj = self._subject
        if subj is None or not self._direct or cue.pos_ != "VERB" or cue.lemma_.lower() != "follow":
            return False
        m = self.ctx.mention(subj)
        return subj.head.i == cue.i and m is not None and m.entity_id == eid and subj.pos_ == "PROPN"

    def _follower(self, cue) -> str | None:
        self._via_person = False
        self._measure_owner = False  # named as the owner of a measure noun ("Kuwait's action follows ...")
        self._direct = False  # named as the subject (not "the move", not a pronoun)
        self._subject = None  # the subject token that named the follower
        self._all: list[str] = []
        brought = self._brought_into_line(cue)
        if brought:
            self._direct = True
            return brought[0]
        cur = cue
        for _ in range(5):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("it", "they", "he", "she") and cur.dep_ == "ccomp":
                # "X confirmed that it, too, would bar the app, following Y": the one who says "it" will
                teller = cur.head
                while teller.dep_ in ("advcl", "conj") and not any(c.dep_ == "nsubj" for c in teller.children):
                    teller = teller.head  # "Victoria moved first, confirming that it would ...": the participle's
                if any(c.dep_ == "neg" for c in teller.children):
                    return None  # "She did not say she was following X": the telling itself is denied
                told_by = next((c for c in teller.children if c.dep_ == "nsubj"), None)
                if told_by is not None and told_by.pos_ != "PRON":
                    if subj.lower_ in ("he", "she") and not self._personal_teller(told_by):
                        return None  # "State senator X said he was following Texas": no imposer said it
                    subj = told_by
            if subj is not None:
                if subj.pos_ == "PRON" or subj.lower_ in ("they", "it", "others"):
                    if subj.lower_ in ("he", "she"):
                        # "... an earlier order by Gianforte. He issued it in 2022, joining A and B": the person
                        # named last before, for the jurisdiction that person acts for
                        named = self._person_token_before(subj, subj.i)
                        actor = self._person_actor(named)
                        if actor and self._measure_of_another(cur, cue, actor):
                            return None
                        if named is not None and self._titled_legislator(named):
                            return None  # "Ohio State Representative Jane Doe filed a bill. She is following X"
                        self._via_person = actor is not None
                        return actor
                    if subj.lower_ in ("which", "who", "that") and cur.dep_ == "relcl":
                        found = self.phrase_actors(cur.head)
                        return found[0] if found else None
                    if cur.i == cue.i:
                        found = self._it_antecedent(subj)
                        if found:
                            self._direct = True
                            return found[0]
                    return None
                described = [e for e in self._described_body(subj) if e in self.imposers]
                found = described[:1] or self.phrase_actors(subj)
                if found:
                    # ("Sweden's regulator was following Britain's lead": the regulator the story names, which
                    # imposes a ban of its own here, not its country)
                    self._direct = True
                    self._subject = subj
                    self._measure_owner = (
                        subj.lemma_.lower() in self.lex["ban_nouns"] and self.ctx.mention(subj) is None
                    )
                    self._via_person = any(
                        self.ctx.mention(t) and self.ctx.mention(t).kind == "Person" for t in subj.subtree
                    )
                    if cue.i not in {t.i for t in subj.subtree} and not self._via_person:
                        self._all = found  # "Scotland and Wales have banned X, in line with the UK": each follows
                    return found[0]
                if subj.lemma_.lower() in self.lex["ban_nouns"]:
                    for poss in (c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"):
                        # "The regulator's order follows ...": the body the generic noun stands for
                        found = [self.ctx.normalise(e, t) for e, t in self.bx.resolve_generic(poss)]
                        if found and found[0]:
                            return found[0]
                    if any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in subj.children):
                        # "A grounded its drones. That decision followed B": the ban just told in the paragraph
                        return self._last_told_before(subj) or self._story_imposer()
                    return self._story_imposer()  # "their ban followed the example of X": the story's ban
                if subj.lemma_.lower() in _PLACE_NOUNS | _COMPANY_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children
                ):
                    # "The city also followed the lead of X": the story's imposer, told again by what it is
                    story = self._story_imposer()
                    place = subj.lemma_.lower() in _PLACE_NOUNS
                    if story is not None and (self.ctx.kind(story) == "Jurisdiction") == place:
                        return story
                if subj.lemma_.lower() in _HOUSES and self.ctx.mention(subj) is None:
                    # "B.C. legislature bans X, following ...", "the legislature followed the province": the one
                    # legislature whose ban the story tells, told again by what it is
                    houses = {b.imposed_by for b in self.bans if self.ctx.category(b.imposed_by) == "legislature"}
                    if len(houses) == 1 and self._house_here(subj, cur, next(iter(houses))):
                        return next(iter(houses))
                if cur.i != cue.i and cur.dep_ == "advcl" and any(c.dep_ == "mark" for c in cur.children):
                    # "X asked staff to wait until concerns are resolved, joining Y": a participle the parser hung
                    # on a subordinate clause whose subject is no actor; the follower is the main clause's
                    cur = cur.head
                    continue
                return None
            if cur.dep_ == "ROOT" or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _placed_beside(self, prep) -> bool:
        """ "The order puts Georgia alongside Alabama": a measure as the subject of a verb of placing whose object is
        put beside others."""
        verb = prep.head
        placing = (prep.lower_ in self.lex["beside_preps"] and verb.lemma_.lower() in self.lex["placing_verbs"]) or (
            prep.lower_ == "with" and verb.lemma_.lower() in self.lex["aligning_verbs"]
        )  # "puts Georgia alongside Alabama", "aligns Canada with the United States"
        if not (
            prep.dep_ == "prep"
            and verb.pos_ == "VERB"
            and placing
            and any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lex["ban_nouns"] for c in verb.children)
        ):
            return False
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        placed = [pobj, *pobj.conjuncts] if pobj is not None else []
        for holder in [verb, prep, *placed]:
            for c in holder.children:
                if c.dep_ != "prep" or c.i < prep.i:
                    continue
                if c.lower_ in self.lex["beside_class_preps"]:
                    return False  # "alongside China and Iran as countries that restrict foreign platforms"
                group = next((g for g in c.children if g.dep_ == "pobj"), None)
                if c.lower_ == "on" and group is not None and group.lemma_.lower() in self.lex["groups"]:
                    return False  # "alongside India on a list of countries with the most shutdowns"
                if (
                    prep.lower_ == "with"
                    and c.lower_ in self.lex["aligning_topic_preps"]
                    and group is not None
                    and group.ent_type_ not in ("DATE", "TIME")
                ):
                    return False  # "aligns Kenya with Uganda in a dispute over taxes", "with Tanzania on data rules"
        clauses = [c for who in placed for c in who.children if c.dep_ == "relcl"]
        # the parse may hang "..., which have strict laws" on the verb of placing
        clauses += [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "relcl", "conj")
            and c.i > prep.i
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "who", "that") for s in c.children)
        ]
        placed_ids = {a for who in placed for a in self.phrase_actors(who)}
        others = {t for b in self.bans if b.imposed_by not in placed_ids for t in b.targets}
        for clause in clauses:
            named = {
                m.entity_id
                for t in clause.subtree
                if t.dep_ in ("dobj", "pobj", "appos", "conj")
                and (m := self.ctx.mention(t)) is not None
                and (m.kind == "Product" or self.ctx.category(m.entity_id) == "company")
            }
            if named and others and not named & others:
                return False  # "aligns Kenya (TikTok) with Uganda, which blocked Facebook": not the like step
            told = clause.lemma_.lower() in _LIKE_STEPS or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEASURE_SUBJECTS for c in clause.children
            )  # "where a similar ban took effect", "whose ban covers every device"
            if _is_negated(clause) or not told:
                return False  # "alongside Germany and France, which have strict hate speech laws"
        return True

    def _brought_into_line(self, cue) -> list[str]:
        """ "The minister's order brings Britain into line with X", "puts Ohio in step with Y", "puts Ohio alongside
        Y": the one brought into line is the verb's object, not its subject."""
        if cue.lower_ in (*self.lex["beside_preps"], "with") and self._placed_beside(cue):
            verb = cue.head
        elif cue.lemma_.lower() not in self.lex["prep_heads"] or cue.head.lower_ not in ("in", "into"):
            return []
        else:
            verb = cue.head.head
            if verb.pos_ != "VERB" or cue.head.dep_ != "prep":
                return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ == "PRON":
            return []
        return self.phrase_actors(obj)

    def _sibling_bodies(self, subj, obj) -> tuple[str, str] | None:
        """Follower and followed that act for the same jurisdiction (an agency joining the army, a ministry
        following another): the two government bodies as named, one each."""
        lead = self.phrase_actors(subj, raw=True)
        fd = self.phrase_actors(obj, raw=True)
        if len(lead) != 1 or len(fd) != 1 or lead == fd:
            return None
        if any(self.ctx.category(e) != "government" or self.ctx.kind(e) != "Organisation" for e in lead + fd):
            return None
        return lead[0], fd[0]

    def _last_told_before(self, subj) -> str | None:
        """The imposer of the ban (neither proposed nor advisory) told last before the phrase ``subj`` in its paragraph:
        what "that decision", "this move" points back to, also within its own sentence ("Idaho barred X in January,
        and that decision followed Texas"). Of bans told in one sentence, the one whose imposer is named last ("A
        barred X in January, and B blocked it in February. That decision ..." is B's); one whose imposer is named only
        after the phrase is none told before it."""
        limit = subj.left_edge.idx
        start = self.adoc.document.text.rfind("\n", 0, limit) + 1
        told = []
        for b in (b for b in self.bans if b.status not in MEASURES_APART):
            for e in (e for e in b.evidence if start <= e.start < limit):
                named = [m.start for m in self.adoc.mentions_in(e.start, limit) if m.entity_id == b.imposed_by]
                if named or e.end <= limit:
                    told.append((max(named, default=e.start), b.imposed_by))
        return max(told)[1] if told else None

    def _story_imposer(self) -> str | None:
        """The imposer of the story's own ban: the one told first in the text."""
        told = [b for b in self.bans if b.evidence]
        if not told:
            return self.bans[0].imposed_by if self.bans else None
        return min(told, key=lambda b: min(e.start for e in b.evidence)).imposed_by

    # -- followed
    @staticmethod
    def _bans_verb(rel) -> bool:
        """A relative clause whose verb (or the verb it moves to: "that have moved to ban X") bans, not negated."""
        verbs = [rel, *(c for c in rel.children if c.dep_ == "xcomp")]
        return not _is_negated(rel) and any(v.lemma_.lower() in words("ban", "verbs") for v in verbs)

    def followed_in(self, obj) -> list[str]:
        described = self._described_body(obj)
        if described:
            return described
        found = self.phrase_actors(obj, through_acl=True)
        if not found and obj.lemma_.lower() in self.lex["ban_nouns"]:
            # "restrictions Washington imposed years ago", "the ban that Ohio adopted": the relative clause's subject
            for rel in (c for c in obj.children if c.dep_ == "relcl"):
                for subj in (c for c in rel.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
                    found += [a for a in self.phrase_actors(subj) if a not in found]
        if not found and obj.lemma_.lower() in self.lex["groups"]:
            # "joins a growing list of countries that have blocked X, including A, which ..., and B": the members
            # named by "including" the parser hung on the peers' relative clause
            for g in (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
                # (only peers told as banning: not "a growing list of states that have sued X" or "... signed laws")
                for rel in (r for r in g.children if r.dep_ == "relcl" and self._bans_verb(r)):
                    # (on the clause's verb, or on its object: "that have blocked X, including A")
                    for inc in (
                        c
                        for c in rel.subtree
                        if c.dep_ == "prep" and c.lower_ == "including" and rel.i in (c.head.i, c.head.head.i)
                    ):
                        for p in (c for c in inc.children if c.dep_ == "pobj"):
                            found += [a for a in self.phrase_actors(p) if a not in found]
        if not found:
            found = self._federal(obj)
        if obj.dep_ == "nsubj" and obj.head.dep_ == "ccomp":
            # the torn reduced relative ("orders issued by X"): its agent is the verb's, not the noun's
            for agent in (c for c in obj.head.children if c.dep_ == "agent"):
                found += [a for a in self.phrase_actors(agent) if a not in found]
        return found

    def _pronoun_leader(self, poss, cue) -> list[str]:
        """ "Idaho's governor signed an order in May, and Utah and Oregon followed her lead": "his"/"her" on the lead
        stands for the last person named before the cue's own clause (in its sentence or the one before), for whose
        jurisdiction that person acts; never a person in the cue's subject ("Nebraska Governor Jim Pillen followed her
        lead" is no lead of Pillen's)."""
        if poss.pos_ != "PRON" or poss.lower_ not in ("his", "her"):
            return []
        head = cue  # the clause whose subject the cue has, or shares with the verb it is coordinated with
        while head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head
        start = min([cue.i] + [c.left_edge.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")])
        return self._person_named_before(cue, start)

    def _measure_of_another(self, verb, cue, eid: str) -> bool:
        """The clause's own words tell the measure as another jurisdiction's ("In December, Maryland Governor Larry
        Hogan banned the app. He signed the Virginia order in Richmond, joining Texas"): a place modifying a ban noun
        of the clause, outside the cue's phrase, that is not the person's jurisdiction."""
        inside = {t.i for t in cue.subtree}
        for t in verb.subtree:
            if t.i in inside or t.dep_ not in ("compound", "poss", "nmod", "amod"):
                continue
            if t.head.lemma_.lower() not in self.lex["ban_nouns"]:
                continue
            m = self.ctx.mention(t)
            if m is None or m.kind != "Jurisdiction":
                continue
            if self.ctx.normalise(m.entity_id, t) != eid:
                return True
        return False

    def _person_named_before(self, tok, start: int) -> list[str]:
        """The actor of the last person named before token ``start`` (in ``tok``'s sentence or the one before), for
        whose jurisdiction that person acts."""
        found = self._person_actor(self._person_token_before(tok, start))
        return [found] if found else []

    def _person_actor(self, t) -> str | None:
        """The actor for whose jurisdiction the person named at token ``t`` acts (None for no token)."""
        return self.ctx.normalise(self.ctx.mention(t).entity_id, t) if t is not None else None

    def _person_token_before(self, tok, start: int):
        """A token of the last person named before token ``start`` (in ``tok``'s sentence or the one before)."""
        sents = [s for s in self.adoc.sentences if s.end <= tok.i or s.start <= tok.i < s.end]
        for t in reversed([t for s in sents[-2:] for t in s if t.i < start]):
            m = self.ctx.mention(t)
            if m is not None and self.ctx.category(m.entity_id) == "person":
                return t
        return None

    def _titled_legislator(self, tok) -> bool:
        """The person's name carries a lawmaker's title ("Ohio State Representative Jane Doe"): one member of a
        house, whose own step is no step of the jurisdiction."""
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        return any(
            t.i < tok.i and t.lemma_.lower() in _LEGISLATOR_TITLES
            for t in head.subtree
            if t.dep_ in ("compound", "amod")
        )

    def _federal(self, obj) -> list[str]:
        """ "in line with recent federal action", "followed the federal lead": the country whose states or provinces
        impose the bans told here (one country only), which "federal" stands for."""
        if not any(t.lower_ == "federal" and t.dep_ == "amod" for t in obj.subtree):
            return []
        countries = {self._country(b.imposed_by) for b in self.bans if self.ctx.subdivision(b.imposed_by)}
        countries.discard(None)
        return list(countries) if len(countries) == 1 else []

    def _country(self, eid: str) -> str | None:
        """The country of a state or province, when the document names it or tells a ban of its own."""
        gaz = self.ctx.gaz
        entry = gaz.entries.get(eid) if gaz else None
        country = gaz.by_country.get(entry.country or "") if entry is not None else None
        if country is None or country == eid:
            return None
        return country if country in self.imposers else self.ctx._country_of(eid)

    def _own_body(self, leader: str, fd: str) -> bool:
        """The followed is the follower itself or a body acting for the follower's jurisdiction (its ministry,
        regulator or agency)."""
        if fd == leader:
            return True
        mine = leader if self.ctx.kind(leader) == "Jurisdiction" else self.ctx.jurisdiction_of(leader)
        theirs = fd if self.ctx.kind(fd) == "Jurisdiction" else self.ctx.jurisdiction_of(fd)
        return mine is not None and theirs == mine and self.ctx.kind(fd) != "Jurisdiction"

    def _union_members(self, obj, union: str) -> list[str]:
        """ "the EU institutions", "EU bodies": a plural noun the union only modifies names its institutions; the ones
        told banning next in the paragraph."""
        if obj is None or obj.tag_ not in ("NNS", "NNPS") or self.ctx.mention(obj) is not None:
            return []
        if self.ctx.category(union) != "eu" or union in self.imposers:
            return []
        return [fd for fd in self.followed_after(obj) if self.ctx.category(fd) == "eu" and fd != union]

    def _described_body(self, obj) -> list[str]:
        """ "after Italy's data-protection authority ordered it blocked": a regulator or court told by what it is
        and whose it is, the one of that jurisdiction the story names (not the jurisdiction itself)."""
        if obj is None or self.ctx.mention(obj) is not None:
            return []
        if obj.lemma_.lower() not in words("actors", "regulator") | words("actors", "court"):
            return []
        out = []
        for eid, _t in self.bx.actors_in(obj):
            if self.ctx.category(eid) in ("regulator", "court") and eid not in out:
                out.append(eid)
        return out

    def followed_after(self, cue) -> list[str]:
        """ "follows similar steps elsewhere." -> the imposers of the bans told next in the paragraph."""
        sent = cue.sent
        text = self.adoc.document.text
        core_end = sent.start_char + len(sent.text.rstrip())
        para_end = _line_end(text, core_end)
        if para_end < sent.end_char:
            # the sentence ends its paragraph (the parser kept the line break in it): nothing told next ("said it
            # would follow the Commonwealth's lead.", "joining more than a dozen states." in a dated tracker), save
            # for like steps told generally ("follows similar steps elsewhere.") or a list opened by a colon
            # ("joined a growing list of legislatures that have restricted the app:"): the single next paragraph
            generic = any(
                t.lower_ in ("similar", "elsewhere")
                for t in cue.subtree
                if not any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == cue.i for a in [t, *t.ancestors])
            )  # not who follows: "Nepal's ban follows similar steps elsewhere."
            if not generic and not sent.text.rstrip().endswith(":"):
                return []
            start = len(text) - len(text[core_end:].lstrip())
            para_end = _line_end(text, start)
            window = self.adoc.doc.char_span(start, para_end, alignment_mode="contract") or []
            return self._imposers_told_in(window, start, para_end, done_told=False)
        window = self.adoc.doc.char_span(sent.end_char, para_end, alignment_mode="contract") or []
        # "the United States is considering a ban", "Norway lifted its ban": none done to follow
        out = self._imposers_told_in(window, sent.end_char, para_end, done_told=False)
        # "Tajikistan has blocked a number of websites": an actor told banning, though not a ban of this story's app
        for tok in window:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in words("ban", "verbs") or tok.dep_ == "amod":
                continue
            if not self._told_done(tok):
                continue  # "Tanzania may block the site before its election"
            # "Alabama banned X in December, as did Georgia, Tennessee and Texas": the ones "as did" adds
            also = [
                c
                for c in tok.children
                if c.dep_ == "advcl"
                and c.lemma_.lower() == "do"
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                and not any(g.dep_ in ("dobj", "neg") for g in c.children)
            ]
            for subj in (c for v in [tok, *also] for c in v.children if c.dep_ == "nsubj"):
                for actor in self.phrase_actors(subj):
                    if actor not in out and self.ctx.category(actor) == "jurisdiction":
                        out.append(actor)
        return out

    def _back_group(self, obj) -> bool:
        """ "has now joined that list", "joins their ranks": a group pointed back to that names no actor of its own."""
        if obj is None or obj.lemma_.lower() not in self.lex["groups"] or self.followed_in(obj):
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those"))
            or (c.dep_ == "poss" and c.lower_ == "their")
            for c in obj.children
        )

    def followed_before(self, cue) -> list[str]:
        """ "A banned X in 2021, and B blocked Y in February. C has now joined that list." -> the imposers of the bans
        told as done in the sentence before the cue's, in its paragraph."""
        sent = cue.sent
        if sent.start == 0:
            return []
        prev = self.adoc.doc[sent.start - 1].sent
        if "\n" in self.adoc.document.text[prev.start_char + len(prev.text.rstrip()) : sent.start_char]:
            return []  # the sentence before is another paragraph's
        return self._imposers_told_in(prev, prev.start_char, prev.end_char, done_told=True)

    def _imposers_told_in(self, tokens, start: int, end: int, *, done_told: bool) -> list[str]:
        """The imposers of the bans (neither proposed nor advisory) with evidence starting in [start, end), in order.
        Each actor told there as the subject of a ban word is weighed by whether one of its bans is told as done: one
        told only as not done is dropped, and with ``done_told`` so is one the span does not tell as banning."""
        done: dict[str, bool] = {}
        for tok in tokens:
            if self.bx.trigger_kind(tok) is None:
                continue
            for actor in self._clause_actors(tok):
                done[actor] = done.get(actor, False) or self._told_done(tok)
        out = []
        for b in self.bans:
            told = done.get(b.imposed_by)
            if b.status in MEASURES_APART or told is False or (done_told and told is None):
                continue
            if any(start <= e.start < end for e in b.evidence) and b.imposed_by not in out:
                out.append(b.imposed_by)
        return out

    def _dated_after(self, fd: str, leader: str) -> bool:
        """Every ban of the followed is dated after the follower's latest (at the precision both give): it came
        later, so it is not one the follower followed."""
        mine = [b.announced for b in self.bans if b.imposed_by == leader and b.announced]
        theirs = [b.announced for b in self.bans if b.imposed_by == fd]
        if not mine or not theirs or not all(theirs) or self.adoc.document.published in theirs:
            return False  # (a "have banned" told undated is given the day of publication: no date of its own)
        last = max(mine)
        return all(d[: min(len(d), len(last))] > last[: min(len(d), len(last))] for d in theirs)

    def _clause_actors(self, tok) -> list[str]:
        """The actors a ban word is told of: the subject of its clause, climbing to the verb that has one ("Greece is
        expected to ban", "the United States is considering a ban"); "it" in a reported clause is the teller ("Sweden
        said it would bar"); a passive's "by" agent."""
        cur = tok
        for _ in range(4):
            for agent in (c for c in cur.children if c.dep_ == "agent"):
                found = [a for p in agent.children if p.dep_ == "pobj" for a in self.phrase_actors(p)]
                if found:
                    return found
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "PRON" and cur.dep_ == "ccomp":
                subj = next((c for c in cur.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                return self.phrase_actors(subj) if subj.pos_ != "PRON" else []
            if cur.dep_ in ("relcl", "acl", "advcl", "amod") or cur.head.i == cur.i:
                return []
            cur = cur.head
        return []

    def _told_done(self, tok) -> bool:
        """A ban word told as done: not lifted ("lifted its ban"), not negated ("has not blocked"), under no modal
        ("may block"; "may not be used" is a rule), not planned or expected ("is expected to ban", "is considering a
        ban"); "would"/"will" only under a verb of announcing and with no time to come ("announced that the app
        would be barred" yes, "said it would bar the app next week" no)."""
        if _lifted(tok):
            return False
        banning = tok.lemma_.lower() in words("ban", "verbs")
        if banning and _is_negated(tok):
            return False
        planned = words("ban", "planned") | _WISHES
        chain = [tok]  # the ban word and the verbs over it, within its own clause
        while len(chain) < 4 and chain[-1].head.i != chain[-1].i and chain[-1].dep_ not in ("relcl", "advcl"):
            cur = chain[-1]
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                break  # "Ghana will block X next week, and Togo suspended it in January": Togo's own clause
            chain.append(cur.head)
        for a in chain[1:]:
            if a.lemma_.lower() in self.lex["expected"] or a.lower_ in self.lex["expected"]:
                return False  # "is expected to ban", "is set to block"
            if a.lemma_.lower() in planned and not any(c.dep_ == "auxpass" for c in a.children):
                return False  # "is considering a ban", "plans to block" (not "is considered a threat")
        # the modal of the ban verb, or of the verb a ban noun is the object of ("would impose a ban")
        told_by = chain[:2] if tok.pos_ in ("NOUN", "PROPN") else chain[:1]
        modals = {c.lower_ for a in told_by for c in a.children if c.dep_ == "aux"} & _TOLD_MODALS
        if not modals or (not banning and _is_negated(tok)):
            return True
        if modals - _FUTURE:
            return False
        teller = next((a.head for a in chain if a.dep_ == "ccomp"), None)
        if teller is None or teller.lemma_.lower() not in self.lex["announcing"]:
            return False
        return not any(
            t.lower_ in self.lex["time_to_come"]
            for c in tok.children
            if c.dep_ in ("npadvmod", "prep", "advmod")
            for t in c.subtree
        )

    # -- cues
    def cues(self, sent):
        """(cue token, object token or None, kind) for every follow cue in a sentence."""
        lex = self.lex
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma in lex["verbs"] or tok.lower_ == "following":
                if any(c.lower_ == "suit" for c in tok.children):
                    if lemma == "follow":
                        yield tok, None, "follows.suit"  # "followed suit": the followed is the ban told before
                    continue
                if lemma == "follow" and tok.dep_ == "amod" and tok.head.lower_ == "suit":
                    # "Other banks have since followed suit", parsed as "have since [followed suit]": the verb
                    # that has the subject
                    verb = next((a for a in tok.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None)
                    if verb is not None and verb.sent == tok.sent:
                        yield verb, None, "follows.suit"
                    continue
                obj = next(
                    (c for c in tok.children if c.dep_ in ("dobj", "pobj", "attr") and not _fronted_co_subject(c)),
                    None,
                )  # "joins Texas"
                if obj is None and tok.pos_ == "VERB":
                    # "West Virginia joins Texas, Maryland and Virginia, which ...": a parser that made the object a
                    # second subject after the verb (a clause has one subject; the one after the verb, when another
                    # comes before it, is the object)
                    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
                    if len(subjects) == 2 and subjects[0].i < tok.i < subjects[1].i:
                        obj = subjects[1]
                if obj is None and tok.pos_ == "VERB":
                    # "follows Denmark, whose agency barred X gear ..., and Estonia, which ...": a parser that made
                    # the object a clause of a noun ("gear") with the names hung under it
                    obj = next(
                        (c for c in tok.children if c.dep_ in ("ccomp", "dep") and c.pos_ in ("NOUN", "PROPN")),
                        None,
                    )
                if obj is None and tok.pos_ == "VERB":
                    # "mirroring orders issued weeks earlier by X": a parser that made the reduced relative a
                    # clause, the measure its subject and the issuer its agent
                    torn = next(
                        (c for c in tok.children if c.dep_ == "ccomp" and any(g.dep_ == "agent" for g in c.children)),
                        None,
                    )
                    obj = next((c for c in torn.children if c.dep_ == "nsubj"), None) if torn is not None else None
                if obj is None and lemma == "join":
                    # "X joins both in treating ...": a parser that hung "both" on the preposition after the verb
                    obj = next(
                        (
                            g
                            for c in tok.children
                            if c.dep_ == "prep"
                            for g in c.children
                            if g.dep_ in ("advmod", "preconj", "det") and g.lower_ == "both" and g.i < c.i
                        ),
                        None,
                    )
                if obj is None:
                    if (
                        lemma == "follow"
                        and tok.pos_ == "VERB"
                        and not any(
                            c.dep_ in ("prep", "agent", "xcomp", "ccomp")
                            and c.lower_ != "within"
                            and not _temporal(c)
                            # (or "with a similar order", "with its own directive": a measure of the first mover's
                            # kinds, lexicon follow.first_move_measures)
                            and not _with_a_ban(c, words("ban", "nouns"))
                            and not self._with_a_like_order(c)
                            and c.i != getattr(self._torn_first_clause(tok), "i", None)
                            for c in tok.children
                        )
                    ):
                        # "..., and the Council followed within days", "New York followed on Monday with a ban"
                        yield tok, None, "follows.intransitive"
                    continue
                yield tok, obj, "follows.verb"
            elif lemma in lex["nouns"] and tok.dep_ in ("dobj", "pobj", "nsubj"):
                if lemma == "lead" or lemma == "example":
                    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                    if poss is not None and tok.head.lemma_.lower() == "follow":
                        yield tok.head, poss, "follows.lead"
                    elif poss is None and tok.head.lemma_.lower() == "follow" and self._federal(tok):
                        yield tok.head, tok, "follows.lead"  # "followed the federal lead"
                else:
                    # "on the heels of X", "taking a cue from X"
                    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
                    if of is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take":
                        of = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
                    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                    if pobj is not None:
                        yield tok, pobj, "follows.heels"
            elif lemma in lex["after_verbs"] or (lemma == "be" and self._latest(tok)):
                near = [c for c in tok.children] + [
                    g for c in tok.children if c.dep_ in ("xcomp", "attr", "acomp", "advcl") for g in c.subtree
                ]
                if self._latest(tok, _RANKED) and not any(c.lower_ == "after" for c in near):
                    # "Georgia becomes the latest state to take such a step. Utah barred X ...": the ones the
                    # paragraph tells banning next
                    yield tok, None, "follows.latest_next"
                for c in near:
                    if c.dep_ == "prep" and c.lower_ == "after":
                        pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                        if pobj is not None:
                            subj = next((p for p in pobj.children if p.dep_ == "nsubj"), None)
                            # "became the third Baltic state to ban X, after A and B": ranked after them, no ban
                            # of theirs need be told there
                            ranked = subj is None and self._latest(tok) and self.ctx.mention(pobj) is not None
                            yield (
                                tok,
                                subj if subj is not None else pobj,
                                "follows.latest" if ranked else "follows.after",
                            )
                    elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
                        for subj in _clause_subjects(c):
                            yield tok, subj, "follows.after"
            elif lemma in _RANKED and any(c.dep_ == "amod" and c.lower_ in lex["latest"] for c in tok.children):
                # "X will ban Y, the latest country to do so after A, B and C": the ones before it
                verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
                # "making Japan the latest government to restrict X after A and B": a parser that made the ranked
                # noun the subject of the infinitive, whose "after" it then hung on the infinitive
                told = (
                    [t for t in verb.subtree if t.i > tok.i and _within_clause(t, verb)]
                    if verb is not None and tok.dep_ == "nsubj"
                    else []
                )
                for t in [*tok.subtree, *told]:
                    if verb is not None and t.dep_ == "prep" and t.lower_ == "after":
                        pobj = next((p for p in t.children if p.dep_ == "pobj"), None)
                        if pobj is not None:
                            yield verb, pobj, "follows.latest"
            elif tok.pos_ == "VERB" and (
                self.bx.trigger_kind(tok) == "verb" or self._signs_a_ban(tok) or tok.lemma_.lower() in _ACTING
            ):
                # "France banned X, weeks after Belgium did the same": an "after" clause that tells the same done,
                # hung on the verb or on its date phrase ("blocked X on March 5, a day after Chile did so")
                after = [
                    c
                    for c in tok.children
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                ]
                for c in [*after, *_after_clauses_in_date(tok)]:
                    if self.bx.same_as_trigger(c):
                        for subj in _clause_subjects(c)[:1]:
                            yield tok, subj, "follows.after"
                for c in tok.children:
                    # "Iowa acted after Alabama and Utah", "Norway banned X weeks after Sweden": an actor named
                    # alone after "after" is one who did the same before
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if c.dep_ == "prep" and c.lower_ == "after" and pobj is not None and self._body_named(pobj):
                        yield tok, pobj, "follows.latest"
                    elif (
                        c.dep_ == "prep" and c.lower_ == "after" and pobj is not None and self._like_steps_by(pobj, tok)
                    ):
                        # "banned X in April, weeks after similar moves by A and B": the makers of the like steps
                        yield tok, pobj, "follows.verb"
            elif tok.lower_ in (*lex["beside_preps"], "with") and self._placed_beside(tok):
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    yield tok, pobj, "follows.in_step"
            elif lemma in lex["prep_heads"] and tok.head.lower_ in ("in", "into"):
                w = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lex["preps"]), None)
                for p in _with_repeated(w, tok.head.head) if w is not None else []:
                    pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                    # the "with" told again names an actor itself ("and with Australia"; not "and with the backing
                    # of Canada", "with the EU's toolbox"), neither the cue's one names one said to have refused
                    if pobj is None or _declined_in_relative(pobj) or (p is not w and not self._body_named(pobj)):
                        continue
                    yield tok, pobj, "follows.in_step"

    def _suit(self, cue) -> list[tuple[str, str]]:
        """ "Ghana blocked Kick. Togo followed suit": the subject follows the one imposer told banning just
        before (in the sentence or the one before). Several coordinated imposers there ("Canada, Belgium and
        India have taken comparable measures. New Zealand followed suit") leave the leader open: none."""
        if self.bx.suit_undone(cue):
            return []  # "Togo lifted its ban, and Benin followed suit", "followed suit by lifting their limits"
        pairs = self._intransitive(cue)
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _unnamed_others(subj):
            return pairs  # the others named next, each following the story's ban
        if not pairs and subj is not None and subj.pos_ != "PRON":
            pairs = self._suit_paragraph_before(cue, subj)
        leaders = list(dict.fromkeys(lead for lead, _ in pairs))
        followed = {fd for _, fd in pairs}
        if len(followed) > 1:
            if followed == set(self._coordinated_subject(cue, leaders)) and self._joined_clause_bans(cue):
                return pairs  # "A and B have banned X, and C followed suit": C follows each of them, as "C followed"
            last = self._last_clause_actor(cue, list(dict.fromkeys(fd for _, fd in pairs)))
            return [(lead, last) for lead in leaders] if last else []
        return pairs  # "A banned X, and B and C followed suit": each of the coordinated subjects follows A

    def _joined_clause_bans(self, cue) -> bool:
        """The clause the cue's is coordinated with tells the ban itself ("A and B have banned X, and C followed
        suit"), not another act of ones whose ban is told elsewhere ("A and B, which blocked X in March, signed a
        data pact in May, and C followed suit", "A and B also fined X's arm, and C followed suit")."""
        if self._torn_first_clause(cue) is not None:
            return True  # its clause already tells a ban or the start of a run
        return cue.dep_ == "conj" and cue.head.i < cue.i and self._bans_or_starts(cue.head)

    def _last_clause_actor(self, cue, followed: list[str]) -> str | None:
        """ "A blocked X in January, and B barred it on Monday. C followed suit": of several imposers told just
        before, the one that did it last, the subject of the last clause (not one of coordinated subjects, "A and B
        have blocked X", which leaves it open)."""
        si = self.adoc.sentence_index(cue.sent.start_char)
        for k in (si, si - 1):
            if k < 0:
                continue
            s = self.adoc.sentences[k]
            subjects = []
            told = 0
            for t in s:
                if t.i >= cue.i or t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
                    continue
                found = [a for a in self.phrase_actors(t) if a in followed]
                if found:
                    told += 1
                    if not _in_subordinate(t.head):
                        subjects.append((t, found))  # not "weeks after Gabon blocked it", "while B banned it"
            if not told:
                continue
            if len(subjects) < 1 or told < 2 or any(len(found) != 1 for _, found in subjects):
                return None
            actors = [found[0] for _, found in subjects]
            # the one that acted most recently by the dates told, else the last main clause's
            dated = {
                a: max((b.announced for b in self.bans if b.imposed_by == a and b.announced), default=None)
                for a in actors
            }
            if all(dated.values()) and len(actors) > 1:
                last = actors[-1]
                later = [a for a in actors if a != last and _later(dated[a], dated[last])]
                if later:
                    return later[-1]
            return actors[-1]
        return None

    def _suit_paragraph_before(self, cue, subj) -> list[tuple[str, str]]:
        """ "X banned Y ... [a paragraph of quotes] / Z followed suit on Friday": a paragraph opened by "followed
        suit" follows the ban the two paragraphs before it are about: the one whose imposer is the subject of
        most of their sentences (not one named in passing, "in line with W, which had ordered ..."); a tie leaves
        it open."""
        si = self.adoc.sentence_index(cue.sent.start_char)
        para = self.ctx.para[subj.left_edge.i]  # not the closing quote glued to its start ('"\n\nZ followed')
        if si == 0 or (
            self.ctx.para[cue.sent.start] == para and self.ctx.para[self.adoc.sentences[si - 1].start] == para
        ):
            return []  # not the paragraph's first sentence: the sentence before was already read
        leaders = self.phrase_actors(subj)
        if not leaders:
            return []
        paras = {para}
        told: Counter = Counter()
        for back in range(si - 1, max(si - 8, -1), -1):
            s = self.adoc.sentences[back]
            paras.add(self.ctx.para[s.start])
            if len(paras) > 3:
                break  # no further than the paragraph before the one before
            acting = {a for t in s if t.dep_ in ("nsubj", "nsubjpass") for a in self.phrase_actors(t)}
            told.update(
                {
                    b.imposed_by
                    for b in self.bans
                    if b.imposed_by not in leaders
                    and b.imposed_by in acting  # the subject of its sentence, not "in line with W, which ..."
                    and any(s.start_char <= e.start < s.end_char for e in b.evidence)
                }
            )
        ranked = told.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return []
        return [(lead, ranked[0][0]) for lead in leaders]

    def _intransitive(self, cue) -> list[tuple[str, str]]:
        """ "The Commission ordered its staff to remove X, and the Parliament and the Council followed within
        days": each subject follows the imposers of the bans told just before, in the sentence or the one before."""
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        leaders = self._named_next(cue, subj) if _unnamed_others(subj) else []
        if leaders:
            # "[the story's ban ...] Other banks have since followed suit": the others follow the story's ban
            story = self._story_imposer()
            return [(lead, story) for lead in leaders if story is not None and lead != story]
        if subj.pos_ == "PRON":
            return []
        leaders = self.phrase_actors(subj)
        if not leaders:
            return []
        first = self._coordinated_subject(cue, leaders)
        if first:
            # "A started the wave in May, and B and C followed in June": the one who acted in the clause the cue is
            # coordinated with, whether or not its act is told as a ban
            return [(lead, fd) for lead in leaders for fd in first]
        here = self.adoc.sentence_index(cue.sent.start_char)
        before: list[str] = []
        back = [here, max(here - 1, 0)]  # (a story's first sentence has none before it)
        if here >= 2 and _subhead(self.adoc.sentences[here - 1]):
            back.append(here - 2)  # "... and it follows the US. / Provinces pile on / Quebec followed suit"
        for k in dict.fromkeys(back):
            s = self.adoc.sentences[k]
            before = [
                b.imposed_by
                for b in self.bans
                if b.imposed_by not in leaders
                and any(s.start_char <= e.start < s.end_char for e in b.evidence)
                and not (k == here and self._named_only_after(b.imposed_by, cue))
            ]
            if not before and k != here:
                before = [a for a in self._first_mover(s) if a not in leaders]
            if before:
                break  # the ban told in the same sentence, else in the one before
        before = list(dict.fromkeys(before))
        if len(before) > 1:
            # "Ottawa's move came days after the Commission ordered ..., and it follows the US. Quebec followed suit":
            # the ones told there as followed by another told there are not the one followed now
            leading = [fd for fd in before if not any((x, fd) in self._out for x in before)]
            before = leading or before
        return [(lead, fd) for lead in leaders for fd in before]

    def _torn_first_clause(self, cue):
        """ "A banned X late last month, B followed on Feb. 10, and C ...": the clause before the cue's, with its own
        subject, that the parser hung under the intransitive "followed" as a clausal complement (a comma between
        them); it is the clause the cue's is coordinated with when it tells a ban or the start of a run."""
        for c in cue.children:
            if (
                c.dep_ == "ccomp"
                and c.i < cue.i
                and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in c.children)
                and any(t.lower_ == "," for t in cue.doc[c.right_edge.i + 1 : cue.i])
                and self._bans_or_starts(c)
            ):
                return c
        return None

    def _first_mover(self, sent) -> list[str]:
        """ "South Dakota Gov. Kristi Noem moved first, signing an executive order late last month. Texas Gov. Greg
        Abbott followed on Dec. 7": the sentence before tells who went first (its main verb done "first"), whose act
        the next one's bare "followed" follows, though its own words name no target."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "advmod" and c.lower_ == "first" for c in root.children
        ):
            return []
        if _is_negated(root) or not self._told_done(root):
            return []
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is None or not self._moves_a_measure(root, subj):
            return []
        return self.phrase_actors(subj)

    def _moves_a_measure(self, root, subj) -> bool:
        """The first move tells a measure, in its clause or the participle hung on it: a ban verb ("moved first,
        banning X"), a ban noun or an order ("signing an executive order", lexicon follow.first_move_measures); not
        "moved first, suing Meta", "moved first, passing a consumer privacy law"."""
        nouns = set(words("ban")["nouns"]) | set(self.lex["first_move_measures"])
        skip = set(subj.subtree)
        return any(
            t not in skip
            and (
                t.lemma_.lower() in nouns
                or t.lower_ in nouns
                or (t.pos_ in ("VERB", "AUX") and self.bx.trigger_kind(t) == "verb")
            )
            for t in root.subtree
        )

    def _coordinated_subject(self, cue, leaders: list[str]) -> list[str]:
        """ "A banned X in May, and B followed": the actors named as the subject of the clause before the cue's,
        when the cue's clause is coordinated with it (not the leaders themselves, not a pronoun)."""
        torn = self._torn_first_clause(cue)
        if torn is not None:
            subj = next(c for c in torn.children if c.dep_ in ("nsubj", "nsubjpass"))
            return [a for a in self.phrase_actors(subj) if a not in leaders]
        if cue.dep_ != "conj" or cue.head.pos_ not in ("VERB", "AUX") or cue.head.i > cue.i:
            return []
        subj = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        if subj.pos_ == "PRON":
            # "It joined A and B, and C followed in 2022": "it" the one told just before, joining being its step
            if cue.head.lemma_.lower() not in self.lex["verbs"] or not self._joined_imposer(cue.head):
                return []
            return [a for a in self._it_antecedent(subj) if a not in leaders]
        found = [a for a in self.phrase_actors(subj) if a not in leaders]
        if self._bans_or_starts(cue.head) or (
            cue.head.lemma_.lower() in self.lex["verbs"] and self._joined_imposer(cue.head)
        ):
            return found
        # "Germany criticised the decision in March, and France followed": an act that is no ban makes no leader,
        # unless the subject imposes a ban the paragraph tells ("A ordered its staff to ..., and B followed")
        text = self.adoc.document.text
        start = text.rfind("\n", 0, cue.idx) + 1
        end = _line_end(text, cue.idx)
        told = {b.imposed_by for b in self.bans for e in b.evidence if start <= e.start < end}
        return [a for a in found if a in told]

    def _it_antecedent(self, subj) -> list[str]:
        """ "Is Britain alone? No. It joined A and B": "it" as the subject of a main clause stands for the subject
        told last before it (in its sentence or the three before; an "it" there passes the search on), when that
        names one actor that imposes a ban of the story; a subject naming none (no actor, or a measure: "The ban
        took effect in May. It joins ...") names no follower."""
        if subj.lower_ != "it" or subj.head.dep_ not in ("ROOT", "conj") or subj.sent.text.rstrip().endswith("?"):
            return []  # "Will it join A and B?" asks
        si = self.adoc.sentence_index(subj.sent.start_char)
        toks = [t for k in range(max(si - 3, 0), si + 1) for t in self.adoc.sentences[k] if t.i < subj.i]
        for t in reversed(toks):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
                continue
            if t.lower_ == "it":
                continue
            if t.ent_type_ == "PERSON" or t.lemma_.lower() in _PERSON_TITLES:
                return []  # "Uganda's president praised the move. It follows ...": "it" is no person; left open
            found = self.phrase_actors(t)
            return found if len(found) == 1 and found[0] in self.imposers else []
        return []

    def _joined_imposer(self, verb) -> bool:
        """ "A joined B and C, and D followed": joining leads only when the ones joined impose a ban of the story,
        not "joined the African Union talks"."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and any(a in self.imposers for a in self.phrase_actors(obj))

    def _joined_in_other(self, cue) -> bool:
        """ "It joined Tanzania in the court case last year": joining others in a matter that is no measure (a
        common noun that is no ban word and tells none), not "in banning the app", "in a ban on X", "in March"."""
        if cue.lemma_.lower() != "join":
            return False
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "in"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ != "NOUN" or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            told = any(
                x.lemma_.lower() in self.lex["ban_nouns"]
                or x.lemma_.lower() in _MEASURE_SUBJECTS
                or x.lemma_.lower() in self.lex["campaign_nouns"]
                or self.bx.trigger_kind(x) == "verb"
                for x in pobj.subtree
            )
            if not told:
                return True
        return False

    def _bans_or_starts(self, verb) -> bool:
        """The verb (or the infinitive it governs) tells a ban ("banned X", "moved to block X", "signed an order
        barring X"), or it begins a run of them ("started the wave", "led the charge", "kicked off the crackdown")."""
        for v in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))]:
            if self.bx.trigger_kind(v) == "verb" or self._signs_a_ban(v) or self.bx.same_as_trigger(v):
                return True
        if verb.lemma_.lower() not in self.lex["start_verbs"]:
            return False
        nouns = set(self.lex["wave_nouns"]) | set(self.lex["ban_nouns"])
        drives = set(self.lex["campaign_nouns"])
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            if c.lemma_.lower() in nouns:
                return True  # "started the wave", "led the charge"
            if c.lemma_.lower() in drives and self._drive_on_ban(c):
                return True  # "launched a crackdown on TikTok", "led the push to ban the app"
        return False

    def _drive_on_ban(self, noun) -> bool:
        """A campaign, drive or push whose complement is a ban word or the platform: "a crackdown on TikTok", "the
        push to ban the app", "a campaign for a ban"; not "a campaign against online hate speech"."""
        targets = {t for b in self.bans for t in b.targets}
        for c in noun.children:
            if c.dep_ not in ("prep", "acl", "relcl", "xcomp"):
                continue
            for x in c.subtree:
                if x.lemma_.lower() in self.lex["ban_nouns"] or self.bx.trigger_kind(x) == "verb":
                    return True
                m = self.ctx.mention(x)
                if m is not None and (m.entity_id in targets or m.kind == "Product"):
                    return True
        return False

    def _named_only_after(self, eid: str, cue) -> bool:
        """ "Canada followed in late February, and Britain pulled the app": an imposer named in the sentence only
        after the "followed" comes next, not before."""
        sent = cue.sent
        at = [m.start for m in self.adoc.mentions if m.entity_id == eid and sent.start_char <= m.start < sent.end_char]
        return bool(at) and min(at) > cue.idx

    def _named_next(self, cue, subj) -> list[str]:
        """ "Other banks have since followed suit. A and B have also restricted X": the imposers of the bans told
        in the next sentence of the paragraph, which name the unnamed others."""
        si = self.adoc.sentence_index(cue.sent.start_char)
        if si + 1 >= len(self.adoc.sentences):
            return []
        nxt = self.adoc.sentences[si + 1]
        if self.ctx.para[nxt.start] != self.ctx.para[cue.sent.start]:
            return []
        return list(
            dict.fromkeys(
                b.imposed_by for b in self.bans if any(nxt.start_char <= e.start < nxt.end_char for e in b.evidence)
            )
        )

    def _told_before(self, sent, leader: str) -> list[str]:
        """Imposers of the bans told before ``sent`` in its paragraph and the one before, that share a target with
        the leader's ban (the ones a pronoun like "them" stands for), in text order."""
        text = self.adoc.document.text
        para = text.rfind("\n", 0, sent.start_char)
        start = text.rfind("\n", 0, max(para, 0)) + 1 if para > 0 else 0
        while 0 < start and not text[start:para].strip():  # blank lines between paragraphs
            start = text.rfind("\n", 0, start - 1) + 1
        mine = {t for b in self.bans if b.imposed_by == leader for t in b.targets}
        told = []
        for b in self.bans:
            if b.imposed_by == leader or not set(b.targets) & mine or b.status in MEASURES_APART:
                continue
            first = [e.start for e in b.evidence if start <= e.start < sent.start_char]
            if first:
                told.append((min(first), b.imposed_by))
        return list(dict.fromkeys(imp for _, imp in sorted(told)))

    def _latest(self, tok, nouns: set[str] | None = None) -> bool:
        """ "X is the latest (country) to ...": the attribute ranks X after others; ``nouns``: only an attribute
        that names what X is ("the latest state", not "the first late last month")."""
        return any(
            c.dep_ == "attr"
            and (
                (
                    (nouns is None or c.lemma_.lower() in nouns)
                    and any(a.lower_ in self.lex["latest"] for a in c.children if a.dep_ == "amod")
                )
                or (c.lower_ in self.lex["latest"] and _infinitive_of(c))  # "Iraq is the latest to move against X"
            )
            for c in tok.children
        )

    def _signs_a_ban(self, verb) -> bool:
        """ "signed an executive order barring X", "issued a directive banning X": a verb whose object is a
        measure that bans, so the verb tells the ban as a ban verb would."""
        measure = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex["ban_nouns"]), None
        )
        if measure is None:
            return False

        def bans(g) -> bool:
            return g.pos_ == "VERB" and self.bx.trigger_kind(g) == "verb"

        # the participle hung on the measure, or on the verb by a parser ("signed an order [on Friday] banning")
        return any(g.dep_ == "acl" and bans(g) for g in measure.children) or any(
            g.dep_ == "advcl"
            and g.tag_ == "VBG"
            and g.i > measure.i
            and not any(m.dep_ == "mark" for m in g.children)
            and bans(g)
            for g in verb.children
        )

    def _banned_there(self, obj) -> bool:
        """The "after" clause tells a ban: "after Senegal suspended the app", "after X's ban"."""
        clause = obj.head if obj.dep_ in ("nsubj", "nsubjpass") else obj
        for t in clause.subtree:
            if self.bx.trigger_kind(t) or self.bx.same_as_trigger(t):
                return True
        return False

    def _these_others(self, obj) -> bool:
        """ "those governors", "these decisions", "those states": a plural noun for actors or measures, pointed at by
        "those"/"these" and naming no one, stands for the ones told before."""
        return (
            obj is not None
            and obj.tag_ in ("NNS", "NNPS")
            and self.ctx.mention(obj) is None
            and any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in obj.children)
            and (
                obj.lemma_.lower() in self.lex["ban_nouns"] | self.lex["peer_nouns"] | self.lex["leaders"]
                or obj.lower_ in self.lex["ban_nouns"]
            )
            and not self.followed_in(obj)
        )

    def _peers(self, obj) -> bool:
        """ "its partners", "other countries": unnamed peers, named by the bans the paragraph tells next."""
        return obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() in self.lex["peer_nouns"]

    def _bans_of_group(self, obj):
        """ "follows a string of similar bans", "a wave of restrictions": the measures the group is of, when the
        group names no actor of its own ("a list of countries including X" keeps the group)."""
        if obj is None or obj.lemma_.lower() not in self.lex["groups"] or self.followed_in(obj):
            return obj
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in prep.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in self.lex["ban_nouns"]:
                    return g
        return obj

    def _body_named(self, tok) -> bool:
        """The token names a jurisdiction or a public body (no person, no company, no product)."""
        m = self.ctx.mention(tok)
        return m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES

    def _like_steps_by(self, noun, verb) -> bool:
        """ "similar moves by A and B", "such bans by A": measures told alike (lexicon ban.similar) whose makers a "by"
        names as public bodies or jurisdictions, after a ban a public body made (not "Meta banned RT ..., days after
        similar moves by the European Commission") and on the same thing: a like measure with a target of its own
        that the ban's object does not name ("barred iPhones ..., after similar bans by A on Huawei equipment", "on
        exports of chipmaking tools") is another measure; "similar moves against the app by A" is this one."""
        return (
            noun.lemma_.lower() in self.lex["ban_nouns"]
            and any(c.dep_ in ("amod", "predet") and c.lower_ in _SIMILAR for c in noun.children)
            and any(
                self._body_named(p)
                # "similar moves by A", "similar restrictions imposed by A"
                for c in [*noun.children, *(a for v in noun.children if v.dep_ == "acl" for a in v.children)]
                if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for p in c.children
                if p.dep_ == "pobj"
            )
            and not self._made_by_other_than_body(verb)
            and not self._own_other_target(noun, verb)
        )

    def _made_by_other_than_body(self, verb) -> bool:
        """The ban verb's subject names a firm, a person or anything else not a public body ("Meta banned RT")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        return m is not None and self.ctx.category(m.entity_id) not in IMPOSER_CATEGORIES

    def _own_other_target(self, noun, verb) -> bool:
        """A like measure's own "on"/"against" phrase names something the ban's object does not: a name not among
        the object's, or a thing told afresh, not "the app" or "it" taking the object up again."""
        own = {t.i for t in noun.subtree}
        banned = {
            self.ctx.mention(t).entity_id
            for t in verb.subtree
            if t.i not in own and t.dep_ != "nsubj" and self.ctx.mention(t) is not None
        }
        # the phrase hung on the measure, or by the parser on its makers ("similar bans by A on B equipment")
        makers = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
        ]
        makers += [c for m in makers for c in m.conjuncts]
        for prep in [*noun.children, *(c for m in makers for c in m.children)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                named = {self.ctx.mention(t).entity_id for t in pobj.subtree if self.ctx.mention(t) is not None}
                if named - banned:
                    return True
                if (
                    not named
                    and pobj.pos_ != "PRON"
                    # "similar bans on government phones by A": the reach, not another target
                    and pobj.lower_ not in _DEVICES
                    and not any(
                        d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "their")
                        for d in pobj.children
                    )
                ):
                    return True
        return False

    def _jurisdiction_named(self, tok) -> bool:
        m = self.ctx.mention(tok)
        return m is not None and self.ctx.kind(m.entity_id) == "Jurisdiction"

    def _growing(self, obj) -> bool:
        """ "joins a growing list.", "joined the lengthening list of states cracking down on X": a group said to grow,
        or of peers told acting, that names no actor, whose earlier members the paragraph tells next."""
        if obj is None or obj.lemma_.lower() not in self.lex["groups"] or self.followed_in(obj):
            return False
        if any(c.dep_ == "amod" and c.lower_ in self.lex["growing"] for c in obj.children):
            return True
        # "joins a string of governments that have moved against the app", "the ranks of states that have banned
        # it": a group of peers told acting in a clause of their own, named by the bans the paragraph tells next
        peers = self.lex["peer_nouns"] | self.lex["leaders"]
        return any(
            g.tag_ in ("NNS", "NNPS")
            and g.lemma_.lower() in peers
            and any(
                r.dep_ == "relcl"
                and (self.bx.trigger_kind(r) == "verb" or self._acting_against_ban(r))
                and self._told_done(r)
                # (the clause hung by the parser on the group noun: "a group of countries that have banned it")
                for r in [*g.children, *(c for c in obj.children if c.i > g.i)]
            )
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj"
        )

    def _acting_against_ban(self, verb) -> bool:
        """ "that have moved", "that have acted against the app/it/such bans", "that have moved to ban/block it": an
        acting verb told bare, against the product, a measure or a pronoun, or to an infinitive of banning; not
        "moved to tighten data laws", "moved closer to Beijing", "acted on disinformation"."""
        if verb.lemma_.lower() not in _ACTING:
            return False
        for c in verb.children:
            if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX"):
                if self.bx.trigger_kind(c) != "verb":
                    return False  # "moved to tighten data laws"
            elif c.dep_ in ("dobj", "acomp") or (c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR")):
                return False  # "moved closer to Beijing", "moved further"
            elif c.dep_ == "prep" and c.lower_ == "against":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if not objs or not all(self._banned_thing(o) for o in objs):
                    return False  # "acted against disinformation"
            elif c.dep_ == "prep" and not _temporal(c):
                if not any(o.dep_ == "pobj" and o.lemma_.lower() in _TIME_NOUNS for o in c.children):
                    return False  # "acted on online disinformation", "moved toward Beijing"
        return True

    def _banned_thing(self, tok) -> bool:
        """A pronoun, the product or a company (named), or a noun for the product or a measure ("the app", "bans")."""
        if tok.pos_ == "PRON":
            return True
        m = self.ctx.mention(tok)
        if m is not None:
            return m.kind == "Product" or self.ctx.category(m.entity_id) == "company"
        lemma = tok.lemma_.lower()
        return lemma in self.lex["product_nouns"] or lemma in self.lex["ban_nouns"]

    def _house_here(self, subj, verb, house: str) -> bool:
        """An unnamed legislature is the story's one house only when nothing places it elsewhere: no level that is not
        the house's ("the federal legislature" for a provincial assembly, "the state legislature" for a national
        parliament), no other jurisdiction modifying it ("Canada's legislature") or placing its clause ("In Ottawa,
        the legislature ...")."""
        home = self.ctx.jurisdiction_of(house)
        sub = self.ctx.subdivision(home)
        for c in subj.children:
            if c.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            lower = c.lower_
            if lower in self.lex["home_levels"] and (home is None or not sub):
                return False  # "the state legislature" for a national parliament (or a house of no known level)
            if lower in self.lex["national_levels"] and (home is None or sub):
                return False  # "the federal legislature" for a provincial assembly
            if not self._at_home(c, house, home):
                return False
        places = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"]
        for tok in [verb, *verb.ancestors]:
            places += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
        return all(self._at_home(o, house, home) for p in places for o in p.children if o.dep_ == "pobj")

    def _at_home(self, tok, house: str, home: str | None) -> bool:
        """The token names no jurisdiction, or the house's own: the one it acts for, or one its name contains
        ("B.C." for the Legislative Assembly of British Columbia)."""
        m = self.ctx.mention(tok)
        if m is None or m.kind != "Jurisdiction":
            return True
        if home is not None and m.entity_id == home:
            return True
        name = " " + " ".join(self.ctx.name(house).lower().replace(".", "").split()) + " "
        return any(
            len(n) > 2 and f" {' '.join(n.lower().replace('.', '').split())} " in name
            for n in self.ctx._all_names(m.entity_id)
        )

    def _home_level(self, obj) -> bool:
        """ "the provincial government", "the state administration": a government told by the level it governs."""
        return obj.lemma_.lower() in self.lex["home_governments"] and any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.lex["home_levels"] for c in obj.children
        )

    def _home_government(self, obj, cue) -> list[str]:
        """ "B.C. legislature bans TikTok, following provincial government": the province or state the follower, a
        body of it, acts for, when the story tells that jurisdiction's own ban."""
        if obj is None or not self._home_level(obj):
            return []
        leader = self._follower(cue)
        if leader is None or self.ctx.kind(leader) == "Jurisdiction":
            return []
        home = self.ctx.jurisdiction_of(leader)
        return [home] if home is not None and self.ctx.subdivision(home) and home in self.imposers else []

    def _actor_or_ban(self, obj) -> bool:
        """The cue's object must name an actor or an earlier measure ("following a review" is no follow)."""
        m = self.ctx.mention(obj)
        if m is not None:
            return m.kind != "Product"
        if obj.pos_ == "PRON":
            # "Ottawa's decision followed that of the European Commission": the measure of the one named after "of"
            return (
                obj.lower_ in ("that", "those")
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
                and bool(self.followed_in(obj))
            )
        if self._described_body(obj):
            return True  # "Italy's data-protection authority": the regulator the story names
        if self._home_level(obj):
            return True  # "following the provincial government": the follower's own province
        if self._peers(obj):
            return True
        if obj.lemma_.lower() in self.lex["groups"] and (
            self.followed_in(obj) or self._growing(obj) or self._back_group(obj)
        ):
            return True  # "joining a growing list of countries including Italy and Portugal", "joins a growing list"
        if obj.dep_ in ("ccomp", "dep") and any(
            self.ctx.mention(c) is not None
            and self.ctx.kind(self.ctx.mention(c).entity_id) == "Jurisdiction"
            and any(g.dep_ == "relcl" for g in c.children)
            for c in obj.children
        ):
            return True  # a torn object with "Denmark, whose agency ..." hung under it
        if obj.lemma_.lower() in self.lex["demonym_ways"] and any(self._demonym_owner(c) for c in obj.children):
            # "following the Cuban model": the way of a country the story tells banning, taken by one banning too
            return self._way_of_banning(obj)
        return obj.lemma_.lower() in self.lex["ban_nouns"] | {"attempt"} or obj.lower_ in self.lex["ban_nouns"]

    def _with_a_like_order(self, prep) -> bool:
        """ "followed with a similar order", "with its own directive": an order of the first mover's kinds (lexicon
        follow.first_move_measures) told bare or like the first; not one whose own clause tells another act ("with an
        order rescinding her state's restrictions", "with a directive requiring agencies to review their training")."""
        if prep.lower_ != "with":
            return False
        for g in prep.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in self.lex["first_move_measures"]:
                continue
            clauses = [c for c in g.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
            if all(self._bans_or_starts(c) and c.lemma_.lower() not in _UNDOING for c in clauses):
                return True
        return False

    def _way_of_banning(self, obj) -> bool:
        """A country's "model" followed names its ban only when no "of" names another way ("the Chinese model of
        state-led growth", "the German model of apprenticeships") and the one following tells a ban of its own: the
        clause "following" hangs on tells one ("blocked X on Monday, following the Iranian model"), or the follower
        is told imposing one ("Maduro is following the Cuban model" where Venezuela blocks)."""
        targets = {t for b in self.bans for t in b.targets}
        nouns = set(self.lex["ban_nouns"]) | set(words("ban", "nouns"))
        for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            if not any(
                x.lemma_.lower() in nouns
                or self.bx.trigger_kind(x) == "verb"
                or (self.ctx.mention(x) is not None and self.ctx.mention(x).entity_id in targets)
                for x in of.subtree
            ):
                return False
        cue = obj.head
        if cue.dep_ in ("advcl", "conj", "xcomp") and cue.head.pos_ in ("VERB", "AUX"):
            return self._bans_or_starts(cue.head)
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and cue.dep_ in ("acl", "appos"):
            subj = cue.head  # "Vietnam, following the Chinese model, ..."
        if subj is None:
            return False
        # the follower (a leader's country too), or a body of its country, imposes a ban told here
        homes = {b for b in self.imposers if b is not None}
        for t in subj.doc:
            m = self.ctx.mention(t)
            if m is not None and m.entity_id in self.imposers:
                homes.add(self.ctx.jurisdiction_of(m.entity_id, near=t))  # "Venezuela's telecom regulator Conatel"
        homes.discard(None)
        return any(
            a in self.imposers or a in homes or self.ctx.jurisdiction_of(a) in homes
            for a in self.phrase_actors(subj)
            if a is not None
        )

    def run(self) -> list[Follow]:
        out: dict[tuple[str, str], Follow] = {}
        self._out = out
        for sent in self.adoc.sentences:
            for cue, obj, rule in self.cues(sent):
                if _unreal(cue, self._tells_ban) or self._joined_in_other(cue):
                    continue  # "members of the House can join their Senate counterparts": a wish, not a follow
                if rule == "follows.latest_next":
                    leader = self.follower(cue, set())
                    if leader is None or leader not in self.imposers or not self._direct:
                        continue
                    for fd in self.followed_after(cue):
                        key = (leader, fd)
                        if fd != leader and key not in out and not self._dated_after(fd, leader):
                            out[key] = self.make(
                                leader, fd, self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.7)
                            )
                    continue
                if rule in ("follows.intransitive", "follows.suit"):
                    found = self._intransitive(cue) if rule == "follows.intransitive" else self._suit(cue)
                    for leader, fd in found:
                        key = (leader, fd)
                        if key not in out:
                            out[key] = self.make(
                                leader, fd, self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.7)
                            )
                    continue
                if rule == "follows.verb" and obj.lower_ == "it" and cue.lemma_.lower() in ("join", "follow"):
                    # "A said it would ban X, and B joined it": the subject of the clause B's is coordinated with
                    leader = self.follower(cue, set())
                    first = cue.head if cue.dep_ == "conj" else None
                    subj = next((c for c in first.children if c.dep_ == "nsubj"), None) if first is not None else None
                    followed = self.phrase_actors(subj) if subj is not None and subj.pos_ != "PRON" else []
                    if leader is None or leader not in self.imposers or len(followed) != 1 or followed == [leader]:
                        continue
                    key = (leader, followed[0])
                    if followed[0] in self.imposers and key not in out:
                        out[key] = self.make(
                            leader, followed[0], self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.7)
                        )
                    continue
                if (
                    rule == "follows.verb"
                    and obj.lower_ in ("them", "those", "both")
                    and cue.lemma_.lower() in ("join", "follow")
                ) or (rule in ("follows.verb", "follows.in_step", "follows.heels") and self._these_others(obj)):
                    # "Virginia became the latest to join them", "X joins both in ...", "acted in line with those
                    # governors", "is in line with these decisions": the imposers told banning just before
                    leader = self.follower(cue, set())
                    if leader is None or leader not in self.imposers:
                        continue
                    for fd in self._told_before(sent, leader):
                        key = (leader, fd)
                        if key not in out:
                            out[key] = self.make(
                                leader, fd, self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.7)
                            )
                    continue
                told_next = False  # the followed are the ones the paragraph tells banning next
                back = False  # the followed are the ones the sentence before tells banning ("joined that list")
                if rule in ("follows.verb", "follows.after"):
                    obj = self._bans_of_group(obj)
                if rule in ("follows.verb", "follows.after") and not self._actor_or_ban(obj):
                    continue
                if obj is not None and self._measure_of_no_ban(obj):
                    continue  # "following the Russian decision to invade Ukraine", "Russia's decision to invade"
                if rule == "follows.after" and not self._banned_there(obj):
                    continue  # "the block came two days after X accused the platform": no ban by X told
                if rule == "follows.lead":
                    followed = self.phrase_actors(obj) or self._federal(obj)
                    if not followed:
                        followed = self._pronoun_leader(obj, cue)
                        if followed:
                            # "Nebraska Governor Jim Pillen followed her lead": the follower is the cue's subject,
                            # and no leader of its own jurisdiction (no guess from the story's imposer)
                            follower = self._follower(cue)
                            if follower is None or not self._direct or follower in followed:
                                continue
                    cue_verb = cue
                else:
                    followed = self.followed_in(obj) or self._home_government(obj, cue)
                    # "joins Texas, which ..., and Virginia, where ...": a parser that hung the second country
                    # on the verb (a noun conjunct of a verb is a coordinated object)
                    for c in cue.children:
                        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and obj is not None and c.i > obj.i:
                            followed += [a for a in self.phrase_actors(c) if a not in followed]
                    # "follows Sweden, whose regulator barred X gear ..., and the UK, which ...": a name with a
                    # relative clause of its own after the object, however the parser tore the object apart
                    for t in cue.subtree if obj is not None else []:
                        if t.i <= obj.i or t.pos_ != "PROPN" or not any(g.dep_ == "relcl" for g in t.children):
                            continue
                        path = [a for a in t.ancestors if a.i != cue.i and cue.i in {x.i for x in a.ancestors}]
                        if any(a.dep_ in ("relcl", "nsubj", "advcl", "acl") for a in [t, *path]):
                            continue
                        m = self.ctx.mention(t)
                        if m is not None and self.ctx.kind(m.entity_id) == "Jurisdiction":
                            followed += [a for a in self.phrase_actors(t) if a not in followed]
                    # "follows Denmark, whose ministry ordered X ..., and the European Commission, which ...": a
                    # parser that hung the next name as a conjunct of the relative clause's verb
                    for rel in (c for c in (obj.children if obj is not None else []) if c.dep_ == "relcl"):
                        for c in rel.children:
                            if (
                                c.dep_ == "conj"
                                and c.pos_ in ("PROPN", "NOUN")  # "..., and the U.S. military, whose branches ..."
                                and any(g.dep_ == "relcl" for g in c.children)
                            ):
                                followed += [a for a in self.phrase_actors(c) if a not in followed]
                            if _as_well_as(c):
                                # "joins A, which ordered X in February, as well as B and C, which ...": the next
                                # names hung on the relative clause by "as well as"
                                for p in (g for g in c.children if g.dep_ == "pobj"):
                                    followed += [a for a in self.phrase_actors(p) if a not in followed]
                    # "follows decisions by A, which ordered X ..., and by B, which ...": the second "by" hung on the
                    # first name's relative clause as a conjunct
                    for rel in (t for t in (obj.subtree if obj is not None else []) if t.dep_ == "relcl"):
                        prep = rel.head.head if rel.head.dep_ == "pobj" else None
                        for c in rel.children:
                            if (
                                prep is not None
                                and c.dep_ == "conj"
                                and c.pos_ == "ADP"
                                and c.lower_ == prep.lower_
                                and not _is_negated(c)  # "..., but not with Spain"
                            ):
                                for p in (g for g in c.children if g.dep_ == "pobj"):
                                    followed += [a for a in self.phrase_actors(p) if a not in followed]
                            elif c.dep_ == "conj" and c.pos_ == "PROPN" and self._jurisdiction_named(c):
                                # "including A, which banned X last month, and B": a place the parser hung as a
                                # conjunct of the relative clause's verb is the list's next item
                                followed += [a for a in self.phrase_actors(c) if a not in followed]
                    cue_verb = cue
                    peers = self._peers(obj)
                    if not followed and obj.lemma_.lower() in self.lex["ban_nouns"]:
                        # "follows similar moves this month by the governors of A, B and C": "by" on the verb
                        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "by"):
                            followed = [a for p in prep.children for a in self.phrase_actors(p, through_acl=True)]
                    earlier = (
                        obj.tag_ in ("NNS", "NNPS")
                        or any(c.lower_ in _SIMILAR for c in obj.children if c.dep_ == "amod")
                        or obj.lemma_.lower() in ("example", "lead", "footstep")
                        or any(self._peers(t) for t in obj.subtree if t.i != obj.i)
                    )  # "similar steps", "the example of several neighbours"; not "following the order"
                    # "followed her lead": a person's lead, read by the lead cue, is no list told next
                    personal = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in obj.children)
                    if (
                        not followed
                        and not personal
                        and ((obj.lemma_.lower() in self.lex["ban_nouns"] and earlier) or peers or self._growing(obj))
                    ):
                        followed = self.followed_after(cue)
                        told_next = True
                    elif not followed and self._back_group(obj):
                        # "Senegal has now joined that list": the ones the sentence before tells banning
                        followed = self.followed_before(cue)
                        told_next = back = True
                if len(followed) == 1 and self._union_members(obj, followed[0]):
                    # "follows in the footsteps of the three main EU institutions. The Commission told its staff ...":
                    # the union's institutions told banning next, not the union
                    followed = self._union_members(obj, followed[0])
                # "The block follows a decision by the city court, which rejected X's appeal": a court that ruled
                # on the measure, imposing no ban of its own in the story, is no leader the imposer follows
                followed = [
                    fd
                    for fd in followed
                    if self.ctx.category(fd) != "court" or any(b.imposed_by == fd for b in self.bans)
                ]
                if obj is not None:
                    followed = [self._body_where(fd, obj) for fd in followed]
                if not followed:
                    continue
                leader = self.follower(cue_verb, set(followed))
                if leader is None:
                    # "..., a spokesperson said, following similar decisions by X": the ban told in this sentence
                    here = [
                        b.imposed_by
                        for b in self.bans
                        if b.imposed_by not in followed
                        and any(sent.start_char <= e.start < sent.end_char for e in b.evidence)
                    ]
                    leader = here[0] if here else None
                    self._direct = False
                if leader is None or (leader not in self.imposers and not self._direct):
                    continue
                if back and not any(b.imposed_by == leader and b.status not in MEASURES_APART for b in self.bans):
                    # "Belarus joined that list after jailing journalists", "Kenya joined that group on the UN Human
                    # Rights Council": a joiner with no ban of its own in the story joined some other list
                    continue
                if told_next:
                    # "joins a growing list. X banned ...": none whose ban came after the follower's own
                    followed = [fd for fd in followed if not self._dated_after(fd, leader)]
                    if not followed:
                        continue
                if obj is not None and obj.lemma_.lower() in self.lex["advice_nouns"]:
                    # "the government followed the advice of its telecom regulator": counsel followed is a lead only
                    # from a body whose own ban the story tells, and never from a body of the follower's own
                    followed = [fd for fd in followed if fd in self.imposers and not self._own_body(leader, fd)]
                    if not followed:
                        continue
                if not self._direct and leader in followed and len(followed) > 1:
                    # "The advice is in line with measures taken by other governments. A ordered ..., B banned ...":
                    # a leader only guessed (the story's first ban) that is one of those followed is no leader
                    continue
                if rule == "follows.verb" and followed == [leader] and self._subject is not None:
                    # "NASA barred X, joining the Navy in ...": two bodies of one government, each named
                    bodies = self._sibling_bodies(self._subject, obj)
                    if bodies:
                        key = bodies
                        ev = self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.7)
                        if key not in out:
                            out[key] = self.make(*bodies, ev)
                    continue
                # the subject's coordinated actors, named as plainly as the leader ("Maryland, Texas and Alabama
                # followed her lead"), each follow, whether or not the story tells their own ban
                leaders = [leader] + [
                    a
                    for a in (self._all if self._direct else [])
                    if a not in (leader, self._replaced)  # the jurisdiction its body replaced: never both
                    and (a in self.imposers or self.ctx.category(a) in IMPOSER_CATEGORIES)
                ]
                for lead in leaders:
                    for fd in followed:
                        if fd == lead or fd in leaders:
                            continue
                        key = (lead, fd)
                        ev = self.adoc.evidence(sent.start_char, sent.end_char, rule, 0.8)
                        if key in out:
                            if ev not in out[key].evidence:
                                out[key].evidence.append(ev)
                            continue
                        out[key] = self.make(lead, fd, ev)
        return self._eu_by_its_institution(out)

    def _eu_by_its_institution(self, out: dict) -> list[Follow]:
        """ "Ottawa pulls X, following EU and U.S. [...] following similar moves by the European Commission": the EU
        and the one EU institution that imposed a ban here, both followed by one leader, are one step told twice
        (the institution's); the EU followed alone stays the EU."""
        eu_imposers = {b.imposed_by for b in self.bans if self.ctx.category(b.imposed_by) == "eu"}
        # only the union itself; another institution named beside the one whose ban is told ("in line with the
        # Commission and the European Parliament") is followed in its own right
        union = self.ctx.gaz.by_country.get("EU") if self.ctx.gaz is not None else None
        kept = []
        for (lead, fd), f in out.items():
            if self._organ_of(lead, fd) or self._organ_of(fd, lead):
                # "Following the regulator's directive, operators cut access", "Kuwait's action follows ..." of the
                # country's own regulator: a country and a body acting for it are one side, neither follows the other
                continue
            if fd == union and fd not in self.imposers and len(eu_imposers) == 1:
                same = out.get((lead, next(iter(eu_imposers))))
                if same is not None:
                    same.evidence.extend(e for e in f.evidence if e not in same.evidence)
                    continue
            # "joining Oman and Qatar [...] Qatar's regulator moved against the platform last week": a country that
            # imposes no ban here, followed by a leader that also follows the one body of it that does, is that body's
            # step told twice; so is such a country following ("Malaysia follows Indonesia [...] Malaysia's regulator
            # followed on Sunday")
            same = (self._body_step(out, fd, (lead, fd)) if fd != union else None) or self._body_step(
                out, lead, (lead, fd)
            )
            if same is not None:
                same.evidence.extend(e for e in f.evidence if e not in same.evidence)
                continue
            kept.append(f)
        return kept

    def _body_step(self, out: dict, juris: str, pair: tuple[str, str]) -> Follow | None:
        """The follow found with ``juris`` in ``pair`` replaced by the one body of it that imposes a ban here, when
        ``juris`` is a jurisdiction that imposes none itself."""
        if juris in self.imposers or self.ctx.kind(juris) != "Jurisdiction":
            return None
        bodies = [b for b in self.imposers if b is not None and self._organ_of(b, juris)]
        if len(bodies) != 1:
            return None
        return out.get(tuple(bodies[0] if x == juris else x for x in pair))

    def _organ_of(self, body: str, juris: str) -> bool:
        """``body`` (no jurisdiction) acts for the jurisdiction ``juris`` on the country's behalf: its ministry, agency,
        regulator or court; not its legislature, whose bar on its own members' devices is a step of its own ("the UK
        Parliament followed the government in barring X from its devices")."""
        if self.ctx.kind(juris) != "Jurisdiction" or self.ctx.kind(body) == "Jurisdiction":
            return False
        if self.ctx.category(body) in ("legislature", "legislature_admin"):
            return False
        return self.ctx.jurisdiction_of(body) == juris

    def make(self, leader: str, fd: str, ev) -> Follow:
        fban = next((b for b in self.bans if b.imposed_by == leader), None)
        dban = None
        if fban is not None:
            dban = next((b for b in self.bans if b.imposed_by == fd and set(b.targets) & set(fban.targets)), None)
        dban = dban or next((b for b in self.bans if b.imposed_by == fd), None)
        target = fban.targets[0] if fban and fban.targets else self.ctx.main_target
        return Follow(
            follower=leader,
            followed=fd,
            explicit=True,
            target=target,
            follower_ban=fban.id if fban else None,
            followed_ban=dban.id if dban else None,
            lag_days=_lag(dban.announced if dban else None, fban.announced if fban else None),
            evidence=[ev],
        )


# Verbs over a cue that make it a wish or an attempt ("hopes to join", "is negotiating to join the EU")
_WISHES = {
    "hope",
    "want",
    "wish",
    "ensure",
    "forward",
    "aim",
    "seek",
    "expect",
    "likely",
    "negotiate",
    "apply",
    "bid",
    "try",
    "attempt",
    "plan",
    "intend",
    "prepare",
    "strive",
    "push",
    "campaign",
    "ask",
    "urge",
    "refuse",
}


# Verbs over a cue that make it a prospect weighed, not done ("Brazil risks joining ...", "is considering joining ...")
_PROSPECTS = frozenset(words("follow", "prospects"))


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset ``at`` ends: its line break, or the text's end."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _within_clause(tok, verb) -> bool:
    """The token belongs to the verb's own clause (no relative or subordinate clause between them)."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
            return False
        cur = cur.head
    return cur.i == verb.i


def _owner_within(tok, head) -> bool:
    """`tok` is (or hangs on) a possessor inside the phrase of `head`: "the FCC's Brendan Carr" (FCC under Carr)."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False


def _subhead(sent) -> bool:
    """A subhead between paragraphs ("Provinces pile on"): a short line of its own without closing punctuation."""
    text = sent.text.strip()
    return (
        bool(text)
        and "\n" in sent.text + sent.doc[sent.end :].text[:1]
        and len(text.split()) <= 6
        and text[-1] not in ".!?:;,\"'”"
        and text[:1].isupper()
    )


def _fronted_co_subject(obj) -> bool:
    """ "Alabama, Utah join growing list of states ...": a headline's first subject, set off by a comma before the
    other and parsed as an object ahead of the verb, is no one followed."""
    verb = obj.head
    return (
        obj.dep_ == "dobj"
        and obj.i < verb.i
        and any(s.dep_ == "nsubj" and obj.i < s.i < verb.i for s in verb.children)
        and obj.i + 1 < len(obj.doc)
        and obj.doc[obj.i + 1].text == ","
    )


# an order's own clause telling a ban undone, not a like ban ("followed with an order rescinding its restrictions")
_UNDOING = {"lift", "rescind", "revoke", "repeal", "reverse", "overturn", "unblock", "unban", "restore", "reinstate",
            "end", "scrap", "withdraw", "cancel", "relax", "ease", "loosen"}  # fmt: skip


def _with_a_ban(prep, nouns) -> bool:
    """ "with a ban covering state devices", "with its own restrictions": how the follower followed."""
    return prep.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in prep.children)


def _unnamed_others(subj) -> bool:
    """ "Others", "other banks", "several other states": actors the sentence leaves unnamed."""
    if subj.lower_ == "others":
        return True
    return subj.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ == "other" for c in subj.children)


def _as_well_as(tok) -> bool:
    """The last "as" of "as well as"."""
    doc = tok.doc
    return tok.lower_ == "as" and tok.i >= 2 and doc[tok.i - 1].lower_ == "well" and doc[tok.i - 2].lower_ == "as"


def _clause_subjects(clause) -> list:
    """The subject of an "after" clause, then those of the clauses coordinated with it ("after A ordered X blocked
    and B barred it"), which a parser may hang on the first clause's complement."""
    out = [p for p in clause.children if p.dep_ == "nsubj"][:1]
    if not out:
        return []
    heads = [clause] + [g for g in clause.children if g.dep_ in ("ccomp", "xcomp")]
    for head in heads:
        for conj in (g for g in head.children if g.dep_ == "conj" and g.pos_ == "VERB"):
            out += [p for p in conj.children if p.dep_ == "nsubj" and p.pos_ in ("PROPN", "NOUN")][:1]
    return out


def _after_clauses_in_date(verb):
    """ "on March 5, a day after Chile did so": an "after" clause the parser hung on the time phrase of a verb
    (a relative clause of "a day" in apposition to the date), not on the verb itself."""
    out = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "npadvmod")):
        for t in prep.subtree:
            if t.dep_ not in ("relcl", "acl", "advcl") or t.pos_ not in ("VERB", "AUX"):
                continue
            if not any(m.dep_ == "mark" and m.lower_ == "after" for m in t.children):
                continue
            # only through the time phrase: nouns and prepositions between the clause and the verb
            path = []
            cur = t.head
            while cur.i != verb.i:
                path.append(cur)
                cur = cur.head
            if all(p.pos_ in ("NOUN", "PROPN", "NUM", "ADP", "DET") for p in path) and any(
                p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in _TIME_NOUNS for p in path
            ):
                out.append(t)
    return out


_TIME_NOUNS = {"day", "week", "month", "year", "hour", "moment", "time"}


def _infinitive_of(tok) -> bool:
    """ "the latest to ban X": a "to" infinitive hung on the word, which then stands for one who did it."""
    return any(
        g.dep_ in ("relcl", "acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
        for g in tok.children
    )


_SUBORDINATORS = {"after", "before", "while", "since", "whereas", "although", "though", "as", "when", "until"}


def _in_subordinate(verb) -> bool:
    """The verb's clause is (or sits in) a subordinate clause of time or contrast ("weeks after Gabon blocked it")."""
    cur = verb
    while cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SUBORDINATORS for m in cur.children):
            return True
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def _later(a: str, b: str) -> bool:
    """Date ``a`` is after date ``b`` at the precision both give."""
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _with_repeated(prep, verb) -> list:
    """ "brings London into line with the United States, and with Australia", "..., as well as with Australia": the
    preposition and the same one told again in coordination (hung on it, or by the parser on the verb the phrase
    hangs on or on its "as well as"), right after the one before with only a coordinator between (not "was welcomed
    by A, and with some caution by B") and not negated ("but not with Spain")."""
    heads = [prep, verb, *(c for c in verb.children if c.dep_ == "cc" and _as_well_as(c))]
    again = sorted(
        (c for h in heads for c in h.children if c.dep_ in ("conj", "prep") and c.lower_ == prep.lower_ and c != prep),
        key=lambda c: c.i,
    )
    out = [prep]
    for c in again:
        end = max((g.right_edge.i for g in out[-1].children if g.dep_ == "pobj"), default=out[-1].i)
        between = c.doc[end + 1 : c.i]
        if c.i <= end or _is_negated(c) or any(t.dep_ not in ("punct", "cc", "advmod", "preconj") for t in between):
            break
        out.append(c)
    return out


def _declined_in_relative(tok) -> bool:
    """ "Germany, which has so far refused to ban the company", "Spain, which has not barred it": a relative clause
    telling the one named did not take the step."""
    return any(r.dep_ == "relcl" and (_is_negated(r) or r.lemma_.lower() in _DECLINING) for r in tok.children)


def _list_item_root(tok):
    """The noun phrase a token sits in; an "apposition" with its own relative clause is the next item of a
    list, not another name of the noun before ("follows the United Kingdom, which banned X, Belgium, which
    suspended it, and ...")."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") and tok.head.i != tok.i:
        if tok.dep_ == "appos" and any(c.dep_ in ("relcl", "conj") for c in tok.children):
            break  # "joins the United States, Canada, the UK and New Zealand": a list the parser hung as an apposition
        tok = tok.head
    return tok


def _unreal(cue, told_ban=None) -> bool:
    """A cue under a modal or a wish ("can join", "would follow", "hopes to join"), negated ("has not followed"), or
    in an open question ("it is unclear whether Ghana will follow Nigeria"): nothing happened yet. ``told_ban``: does
    a verb tell a ban of the document that is no mere proposal (its negation or modal is the ban's own wording)."""
    if _open_question(cue) or _yes_no_question(cue):
        return True
    if _is_negated(cue):
        return True  # "Mexico has not joined the growing list", "Norway has not followed suit"
    cur = cue
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.dep_ == "prep"
        and cue.head.head.pos_ in ("VERB", "AUX")
        and not (told_ban is not None and told_ban(cue.head.head))
    ):
        # "is not in line with X", "could act in step with X": the verb the cue's phrase hangs on (not when that
        # verb tells a ban itself: "will no longer allow X, in line with Y", "can no longer be installed")
        cur = cue.head.head
        if _is_negated(cur):
            return True
    elif cue.pos_ == "ADP" and cue.dep_ == "prep" and cue.head.pos_ in ("VERB", "AUX"):
        cur = cue.head  # "would put Ohio alongside Iowa"
        if _is_negated(cur):
            return True
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in _PROSPECTS:
        return True  # "warn that Togo risks joining ...", with "risks" parsed as a noun
    first = cur
    for _ in range(3):
        if _neither_subject(cur):
            return True  # "Neither Ohio nor Michigan followed her lead"
        modal = [c.lower_ for c in cur.children if c.dep_ == "aux" and c.lower_ in _CUE_MODALS]
        if modal and not (modal == ["would"] and cur.i == first.i and _reported_decision(cur)):
            return True
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _WISHES | _PROSPECTS or (cur.lemma_.lower() in _DECLINING and not _is_negated(cur)):
            return True  # "Texas declined to follow her lead", "failed to join", "risks joining", "is weighing joining"
    return False


def _yes_no_question(cue) -> bool:
    """The cue's sentence asks whether it is so ("Will Ghana join Togo?", "Could others follow suit?"): it opens
    with an auxiliary and ends with a question mark."""
    sent = cue.sent
    if not sent.text.rstrip().endswith("?"):
        return False
    words_ = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words_) > 1 and words_[0].lower_ == "q":
        words_ = words_[1:]  # "Q: Will it last?"
    return bool(words_) and words_[0].pos_ == "AUX" and words_[0].i < cue.i


_DECLINING = words("follow", "declining")
_PERSON_TITLES = words("actors", "person_titles")


def _neither_subject(verb) -> bool:
    """The verb's subject is a "neither ... nor" pair: none of them did it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(
            (g.lower_ == "neither" and g.dep_ in ("det", "preconj", "cc")) or (g.lower_ == "nor" and g.dep_ == "cc")
            for g in c.children
        )
        for c in verb.children
    )


def _reported_decision(verb) -> bool:
    """ "said the province would follow Ottawa's lead": "would" as the past of "will" in a clause reported by a
    past (or participial) verb of saying, with no condition on it ("would follow if ...")."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in words("follow", "reporting")
        and head.tag_ in ("VBD", "VBN", "VBG")
        and not _is_negated(verb)
        and not any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children)  # "would probably follow"
        and not _conditioned(verb)
    )


_HEDGES = words("follow", "hedges")
_CONDITIONS = words("follow", "conditions")


def _conditioned(verb) -> bool:
    """A condition in the sentence of a reported "would": a clause marked "if", "unless", "once", "when" ... , or
    opened by an inverted auxiliary ("should the review find risks", "were it to ..."), wherever the parser hung it."""
    for t in verb.sent:
        if t.dep_ == "mark" and t.lower_ in _CONDITIONS and t.head.i != verb.head.i:
            return True
        if t.dep_ == "aux" and t.lower_ in ("should", "were", "had") and t.head.left_edge.i == t.i and t.head != verb:
            return True
    return False


def _lag(first: str | None, second: str | None) -> int | None:
    """Days between two full dates (None unless both are day-precise)."""
    if not first or not second or len(first) != 10 or len(second) != 10:
        return None
    return (date.fromisoformat(second) - date.fromisoformat(first)).days


def extract_follows(adoc: AnnotatedDoc, bans: list[Ban]) -> list[Follow]:
    """Explicit follows stated in the document, linked to the document's bans when they are there."""
    if not isinstance(adoc, AnnotatedDoc):
        raise TypeError(f"extract_follows needs an AnnotatedDoc, got {type(adoc).__name__}")
    return FollowExtractor(adoc, list(bans)).run()

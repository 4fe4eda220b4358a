"""TargetMixin: what a ban targets."""

from __future__ import annotations

from functools import cached_property, partial

from loaders.extract.bans._words import (
    _COMPANY_NOUNS,
    _ILLEGAL,
    _IMPOSE_VERBS,
    _OWNER_LEMMAS,
    _PROVIDERS,
    _RELATIVE,
    _REMOVAL_VERBS,
    _SAYING,
    _WIDENING,
    IMPOSER_CATEGORIES,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import _a_way_around, _avoided, _named, _run_as_software
from loaders.extract.bans.reach import _preferred
from loaders.extract.bans.syntax import _conjuncts, _own_subtree, _stative_patient
from loaders.extract.base import doc_text
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS, _posted_on

_PLACES_AND_PEOPLE = words("ban_rules", "places_and_people")
_WIDENED_VAGUE = words("ban_rules", "widened_vague")
_MAKER_ANAPHORS = words("ban_rules", "maker_anaphors")
_MAKER_DETS = words("ban_rules", "maker_anaphor_dets")
_REGULATED_ACTS = words("ban_rules", "maker_regulated_acts")
_CUT_OFF_PEOPLE = words("ban_rules", "cut_off_people")
_CUT_OFF_FROM = words("ban_rules", "cut_off_from")
# What a party is barred from using that names the thing banned: "using Huawei equipment", "buying ZTE components"
_USED_KIT = words("scope", "owned_kit") | words("ban_rules", "used_kit")
_GENERIC_KIT = words("ban_rules", "used_kit_generic")
_KIT_USE_ACTS = words("ban_rules", "kit_use_acts")


def _of_country(gaz, home: str | None, eid: str) -> bool:
    """The entity is a company of the country ``home`` (a jurisdiction id), or its country is not known."""
    entry = gaz.entries.get(eid) if home else None
    return entry is None or not entry.country or gaz.by_country.get(entry.country) == home


_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4}  # how many makers a counting word of _MAKER_DETS tells
_SOME_OF = {"one", "some", "several", "many", "few", "number", "handful", "dozen", "most", "all", "any", "more"}


def _pronoun_patient(trig):
    """The "it" a participle bans: "see it banned", "have it blocked" (the subject of a participle that is a clause
    of its own), "it was banned", "It was among 54 apps blocked" (the subject of the copula whose apps the
    participle describes). None when the patient is no such pronoun."""
    for c in trig.children:
        if c.lower_ != "it":
            continue
        if c.dep_ == "nsubjpass" or (
            c.dep_ == "nsubj" and trig.tag_ in ("VBN", "VBD") and trig.dep_ in ("ccomp", "xcomp")
        ):
            return c
    if trig.dep_ != "acl" or trig.tag_ != "VBN" or trig.head.dep_ != "pobj":
        return None
    prep = trig.head.head
    if prep.lower_ != "among":
        return None
    cop = prep.head
    if cop.lemma_ != "be":
        return None
    return next((c for c in cop.children if c.dep_ == "nsubj" and c.lower_ == "it"), None)


_THOSE = ("them", "these", "those")
_SET_APART = words("ban_rules", "set_apart")


def _members_listed(sent):
    """The list of a sentence told only to name the members of a set told just before, from its first name on:
    "Among them were X and Y", "They included X and Y" (not "Among those spared were X", "They did not include X");
    None for any other sentence."""
    w = list(sent)
    if len(w) > 3 and w[0].lower_ == "among" and w[1].lower_ in _THOSE and w[2].lemma_ == "be":
        return sent[3:]
    if len(w) > 2 and w[0].lower_ in ("they", *_THOSE) and w[1].lemma_ == "include":
        return sent[2:]
    return None


# nouns an app is told by ("the service", "Western platforms")
_APP_LIKE = PRODUCT_NOUNS | {"service", "platform", "tool", "product"}
# what an app carries, which a ban on it may name instead of the app ("restricted calls", "blocked posts")
_APP_PARTS = {"call", "message", "post", "video", "upload", "download", "payment", "feature", "story", "reel",
              "livestream", "stream", "update", "account", "channel", "page", "group", "chat", "transaction",
              "service", "content", "ad", "advert", "advertisement", "sale", "purchase", "listing", "data", "datum",
              "record", "image", "photo", "file"}  # fmt: skip


class TargetMixin:
    """BanExtractor's methods of what a ban targets: the products and companies on its object side."""

    # -- targets
    def targets_in(self, tokens, exclude: set[str], anchor=None) -> list[str]:
        out = []
        some = []  # "several online games": some of the kind, its target only when nothing else is named
        for t in tokens:
            if anchor is not None and self.ctx.para[t.i] != self.ctx.para[anchor.i]:
                continue
            m = self.ctx.mention(t)
            if not m or m.entity_id in exclude or m.entity_id in out:
                continue
            if self.ctx.category(m.entity_id) not in TARGET_CATEGORIES:
                continue
            if any(
                (a.lemma_.lower() in _OWNER_LEMMAS and not _run_as_software(a, t)) or a.dep_ == "relcl"
                for a in self._ancestors_within(t, tokens)
            ):
                continue
            if _preferred(t):
                continue  # "deleted it in favour of Telegram": the thing chosen instead, not the one removed
            if m.kind == "Organisation" and self._makers_possessive(t, m.entity_id):
                continue  # "Apple's FaceTime", "Google's Pixel phones": the product is the target, not its maker
            if self.ctx.kind_members(m):
                if not self.ctx.device_scope(m) and m.entity_id not in some:
                    some.append(m.entity_id)
                continue
            if self._network_modifier(m):
                continue  # "internet providers", "the internet observatory": a connection that only describes
            if self.ctx.kind_for_minors(m):
                continue  # "blocked social media during the vote": the platforms the story names, not the kind
            if self.ctx.device_scope(m):
                continue  # "banned X on government phones": where it is banned, not what
            if self.ctx.device_of_named_maker(m):
                continue  # "from buying Huawei smartphones": the maker's kit, the maker the target, not all phones
            if _a_way_around(self.doc.char_span(m.start, m.end, alignment_mode="expand")):
                continue  # "after X blocked it, users turned to VPNs": the way around the ban, not its target
            out.append(m.entity_id)
        # "blocked Steam and several online games": the named one; "blocked several cryptocurrency exchanges": the kind
        return out or some

    def is_network(self, eid: str) -> bool:
        return self.ctx.is_network(eid)

    def _without_kinds(self, tokens, targets) -> list:
        """The tokens but those of a kind of device the ban targets ("mobile phones"): what is banned, not whose
        devices (a kind of network kit, "5G equipment", still tells the network it is banned from)."""
        return [
            t
            for t in tokens
            if not ((m := self.ctx.mention(t)) is not None and m.entity_id in targets and self.ctx._device_kind(m))
        ]

    def _network_modifier(self, m) -> bool:
        return self.ctx.network_modifier(m)

    def _describes_cutter(self, m) -> bool:
        """A connection named only to describe who cuts it ("ordered internet service providers to block it",
        "ordered Telenor and other mobile operators to ..."): the noun it modifies is a provider, or the one told to do
        it. Not a connection that modifies its own service ("Mobile internet service in X was cut after the state
        ordered telecom firms to suspend it", "mobile data access"): that is what was cut."""
        if not self.ctx.network_modifier(m):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.dep_ not in ("compound", "amod", "nmod"):
            return True  # a kind naming what follows ("the online game PUBG"), a channel ("over the internet")
        head = root.head
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head  # "internet service providers": the providers
        if head.lower_ in _PROVIDERS or head.lemma_.lower() in _PROVIDERS:
            return True
        # "ordered/told X to ...": the one told is who cuts
        return head.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") for c in head.head.children)

    def _makers_of_kind(self, m) -> list[str]:
        """The companies a kind's own phrase names as its makers ("new Huawei 5G equipment", "ZTE's network gear"):
        empty for a named product or a kind no maker is told of."""
        if not self.ctx._is_kind(m.entity_id):
            return []
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return []
        root = span.root
        owners = [c for c in root.children if c.dep_ in ("compound", "nmod", "poss") and c not in span]
        if (
            root.dep_ == "conj"
            and root.head.i < root.i
            and any(c.dep_ == "case" for c in root.head.children)
            and any(c.dep_ == "poss" for c in root.children)
        ):
            # "Huawei's and ZTE's 5G equipment": the first possessive parsed as the kind's conjunct
            owners.append(root.head)
        out = []
        for c in owners:
            for t in _conjuncts(c):
                o = self.ctx.mention(t)
                if o is not None and o.kind == "Organisation" and self._makes_kind(o.entity_id, root):
                    out.append(o.entity_id)
        return list(dict.fromkeys(out))

    def _makes_kind(self, eid: str, kind) -> bool:
        """The gazetteer tells the company as a maker of that kind of kit: network kit for a telecom_equipment maker
        ("Huawei 5G equipment"), or a kind its 'makes' field lists ("DJI drones"); not a carrier or any other firm
        named before the kit ("Vodafone 5G equipment", "Ericsson 5G equipment" with no sector told)."""
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        if entry is None or self.ctx.category(eid) != "company":
            return False
        if entry.properties.get("sector") == "telecom_equipment":
            return True
        makes = entry.properties.get("makes", ())
        return kind.lemma_.lower() in makes or kind.lower_ in makes

    def _makers_possessive(self, tok, eid: str) -> bool:
        """The company only names the maker of a product that follows it with a possessive ("Apple's FaceTime",
        "Google's Pixel phones")."""
        if tok.dep_ != "poss":
            return False
        head = tok.head
        phrase = [head, *(c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i)]
        for t in phrase:
            m = self.ctx.mention(t)
            if m is not None and m.kind == "Product" and m.entity_id != eid:
                return True
        return False

    @staticmethod
    def _ancestors_within(tok, tokens):
        ids = {t.i for t in tokens}
        out = []
        cur = tok
        while cur.head.i != cur.i and cur.head.i in ids:
            out.append(cur)
            cur = cur.head
        return out[1:] if out else []

    def object_tokens(self, trig):
        """The object side of a trigger: everything under it except its agent/subject."""
        skip = {"nsubj", "agent", "csubj", "poss", "advcl", "relcl", "punct", "cc", "npadvmod", "advmod", "mark"}
        if trig.pos_ not in ("NOUN", "PROPN"):
            skip.add("conj")
        out = [t for c in _avoided(trig) for t in c.subtree]  # "told X to stay away from Y"
        if (
            trig.tag_ == "VBN"
            and trig.dep_ == "conj"
            and trig.head.lemma_ == "be"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        ):
            # "X was under review and not approved for official use": the copula's subject is the participle's too
            out += [t for c in trig.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        stative = _stative_patient(trig)
        if stative is not None:
            out += list(stative.subtree)  # "X and Y remain blocked": the state's subject is what is banned
            # "WhatsApp, Telegram and Signal remain blocked": the first of the list the parser hangs on the copula,
            # or the rest of it, hung as a second subject ("Instagram, Telegram and YouTube remain blocked")
            out += [
                t
                for c in stative.head.children
                if c.pos_ == "PROPN"
                and (
                    (c.i < stative.i and c.dep_ in ("intj", "npadvmod", "dep"))
                    or (stative.i < c.i < stative.head.i and c.dep_ == "nsubj")
                )
                for t in c.subtree
            ]
        for c in trig.children:
            if c.dep_ in skip:
                continue
            if c.dep_ == "prep" and c.lower_ == "by" and trig.pos_ in ("NOUN", "PROPN"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("after", "before", "since", "while", "despite", "amid", "like"):
                continue
            if (
                c.dep_ == "ccomp"
                and trig.pos_ not in ("NOUN", "PROPN")
                and c.lemma_.lower() in words("ban", "verbs")
                and any(g.dep_ == "nsubj" for g in c.children)
                and c.i < trig.i
            ):
                continue  # "Canada has banned X on government phones, Belgium has barred Y ...": a clause of its own
            out.extend(c.subtree)
        if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _IMPOSE_VERBS:
            # "imposed a similar limitation on Replika", the parser hanging "on Replika" on the verb
            out += [
                t for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for t in c.subtree
            ]
        return out

    def _participle_patient(self, trig) -> str | None:
        """What a participle describes: "Garena Free Fire, blocked in February", "TikTok, the best known of the
        59 apps blocked in June 2020" (through the apps it is one of)."""
        if trig.dep_ != "acl" or trig.tag_ != "VBN" or any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
            return None
        cur = trig.head
        for _ in range(5):
            m = self.ctx.mention(cur)
            if m is not None:
                return m.entity_id if m.kind in ("Product", "Organisation") else None
            if cur.dep_ == "pobj" and cur.head.lower_ == "of":
                cur = cur.head.head  # "the best known of the 59 apps blocked"
            elif cur.dep_ == "appos" or (cur.pos_ in ("ADJ", "VERB") and cur.dep_ in ("appos", "amod")):
                cur = cur.head  # "TikTok, the best known of ..."
            else:
                return None
        return None

    def _cut_off_place(self, trig) -> bool:
        """The passive subject is a place or its people ("the region has been cut off from the internet",
        "residents were blocked from going online"), not a thing the text leaves to be understood."""
        for c in trig.children:
            if c.dep_ != "nsubjpass":
                continue
            m = self.ctx.mention(c)
            if (m is not None and m.kind == "Jurisdiction") or c.lemma_.lower() in _PLACES_AND_PEOPLE:
                return True
        return False

    def _along_with(self, tok) -> list[str]:
        """ "ordered DeepSeek, along with the app RedNote, removed from state devices": the products the verb's
        object names, which the participle on the companion ("along with", "together with") reaches too."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return []
        verb = tok.head.head
        if verb.lower_ in ("along", "together") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB":
            return []
        return [
            m.entity_id
            for c in verb.children
            if c.dep_ == "dobj"
            for t in _conjuncts(c)
            if (m := self.ctx.mention(t)) is not None and m.kind == "Product"
        ]

    def _widened_to(self, trig):
        """ "expanded that ban to cover other apps, including X and Y": the clause that names what the ban now
        reaches, on the verb that widens it."""
        if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "dobj" or trig.head.lemma_.lower() not in _WIDENING:
            return None
        return next(
            (
                c
                for c in trig.head.children
                if (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("cover", "include", "encompass"))
                or (c.dep_ == "prep" and c.lower_ == "to")
            ),
            None,
        )

    @staticmethod
    def _vague_widening(widened) -> bool:
        """ "widened its clampdown on A to other apps", "to one of the most popular platforms": what the widening adds
        told by a platform noun that names none (lexicon ban_rules.widened_vague); not "to all government devices",
        "to state agencies", "to the end of the year", which keep A as what the ban reaches."""
        objs = [c for c in widened.children if c.dep_ in (("pobj",) if widened.dep_ == "prep" else ("dobj",))]
        for o in objs:
            if o.lemma_.lower() in _SOME_OF or o.pos_ == "NUM":  # "one of the country's most popular apps"
                o = next((p for c in o.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), o)
            if o.lemma_.lower() in _WIDENED_VAGUE:
                return True
        return False

    def find_targets(self, trig, imposer_ids: set[str]) -> tuple[list[str], str]:
        widened = self._widened_to(trig)
        if widened is not None:
            added = self.targets_in(list(widened.subtree), imposer_ids)
            if added:
                return added, "syntax"
            if self._vague_widening(widened) and any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") for c in trig.children
            ):
                # "widened its clampdown on foreign social media to one of the most popular apps": what the ban
                # reached before is not what the widening adds, which the vague words leave to the story
                return [], "none"
        if self._torn_verb(trig):
            torn = self.targets_in([t for c in _conjuncts(trig.head) for t in _own_subtree(c)], imposer_ids)
            if torn:
                return torn, "syntax"
        if trig.dep_ == "advcl" and trig.head.lower_ in _ILLEGAL:
            # "made it illegal for X to operate": the thing forbidden to act is the subject of the act
            forbidden = self.targets_in(
                [t for c in trig.children if c.dep_ == "nsubj" for t in _own_subtree(c)], imposer_ids, trig
            )
            if forbidden:
                return forbidden, "syntax"
        patient = self._participle_patient(trig)
        if patient is not None and patient not in imposer_ids and self.ctx.category(patient) not in IMPOSER_CATEGORIES:
            return [*self._along_with(trig.head), patient], "syntax"
        toks = self.object_tokens(trig)
        if self._refuses_a_use(trig):
            # "rejected a request by Entel to deploy X gear": what the plan would have used, not who asked
            toks = [
                t
                for o in trig.children
                if o.dep_ == "dobj"
                for a in o.children
                if a.dep_ in ("acl", "relcl")
                for d in a.children
                if d.dep_ == "dobj"
                for t in _named(d)
            ]
        # relative pronoun object: "apps that are blocked", "which New Delhi blocked"
        for c in trig.children:
            if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _RELATIVE and trig.dep_ == "relcl":
                ante = trig.head
                extra = [t for conj in _conjuncts(ante) for t in _own_subtree(conj)]
                if ante.dep_ == "attr":
                    for s in ante.head.children:
                        if s.dep_ in ("nsubj", "nsubjpass"):
                            extra += [t for conj in _conjuncts(s) for t in _own_subtree(conj)]
                toks = extra + toks
        if trig.lemma_.lower() in _REMOVAL_VERBS and any(c.dep_ == "dobj" for c in trig.children):
            # "Apple removed X and Y from its App Store": the store is where they were removed from
            source = {g.i for c in trig.children if c.dep_ == "prep" and c.lower_ in ("from", "off") for g in c.subtree}
            toks = [t for t in toks if t.i not in source] or toks
        # "could no longer be downloaded from Apple's and Google's app stores": whose store it is, no target
        froms = [t for t in [*trig.children, *toks] if t.dep_ == "prep" and t.lower_ == "from"]
        owners = {
            g.i
            for p in froms
            if any(g.lemma_.lower() in ("store", "shop", "marketplace") for g in p.subtree)
            for g in p.subtree
        }
        owners |= self._regulated_party(trig, imposer_ids)
        targets = self.targets_in([t for t in toks if t.i not in owners] or toks, imposer_ids, trig)
        if all(self.ctx._is_kind(e) for e in targets):
            # "barred the two companies from its networks", "new equipment from the two firms": the makers told before
            makers = self._makers_told_before(trig, toks, imposer_ids)
            if makers:
                return makers, "syntax"
            makers = [] if targets else self._makers_told_after(toks, imposer_ids)
            if makers:
                return makers, "syntax"  # a kind told by no name of its own: the makers the next sentence names
        if targets:
            return targets, "syntax"
        if trig.pos_ in ("NOUN", "PROPN"):
            return [], "none"
        listed = self._listed_after(trig, imposer_ids) or self._listed_next(toks, imposer_ids)
        if listed:
            return listed, "syntax"
        if trig.i + 1 == trig.sent.end and not trig.sent[-1].is_punct and trig.i + 1 < len(trig.doc):
            nxt = trig.doc[trig.i + 1].sent
            lead = []
            for t in nxt:
                if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
                    break
                lead.append(t)
            targets = self.targets_in(lead, imposer_ids)
            if targets:
                return targets, "syntax"
        pronoun = next((t for t in toks if t.pos_ == "PRON" and t.lower_ == "it" and t.dep_ in ("dobj", "pobj")), None)
        if pronoun is not None and trig.pos_ not in ("NOUN", "PROPN"):
            # "Roblox has been inaccessible since August 7, when authorities blocked it": the app named before it
            before = [
                m
                for m in self.adoc.mentions
                if trig.sent.start_char <= m.start < pronoun.idx
                and m.kind == "Product"
                and m.entity_id not in imposer_ids
                and not self.ctx.device_scope(m)  # "have the app on a House phone ... delete it": the app
                and not self._describes_cutter(m)  # "ordered internet providers to cut access to it": who cuts
            ]
            # "X disappeared from Google Play and the App Store after the government blocked it": the subject of a
            # clause the ban's clause hangs on, rather than the last name before the pronoun
            subjects = [m for m in before if self._governing_subject(m, trig)]
            if subjects and any(m.start > subjects[-1].start and self._banned_object(m) for m in before):
                subjects = []  # "X gained users after a judge suspended Y and told carriers to block it": Y, banned
            if subjects or before:
                chosen = (subjects or before)[-1]
                # "stop operators buying Huawei 5G equipment and remove all of it": the maker's kit, the maker banned
                return self._makers_of_kind(chosen) or [chosen.entity_id], "syntax"
        if (
            trig.pos_ not in ("NOUN", "PROPN")
            and (patient := _pronoun_patient(trig)) is not None
            and not any(
                m.kind == "Product" and trig.sent.start_char <= m.start < patient.idx for m in self.adoc.mentions
            )
            and not (
                trig.dep_ == "ccomp"
                and any(c.dep_ == "nsubj" and self.ctx.mention(c) is not None for c in trig.head.children)
            )  # "Quarkline said it was banned from bidding": the speaker itself
        ):
            # "It was among 54 apps blocked in 2022, and its parent Sea Ltd saw its shares tumble", "requires the
            # owner to sell the app or see it banned": the thing told before, not whatever else the sentence names;
            # no ban when that thing is no app ("Microsoft's takeover ... was a long saga. It was blocked by the
            # CMA", "A video ... was shared on YouTube. It was blocked") or the "it" is told as not banned ("It was
            # not among the 54 apps blocked")
            if self._it_is_no_app(patient, trig):
                return [], "refused"
            return [], "none"
        if trig.pos_ not in ("NOUN", "PROPN") and (
            self._names_other_object(trig)
            or any(t.pos_ == "PRON" and t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj") for t in toks)
        ):
            return [], "none"  # "blocked a number of websites, and Y restricted X": not Y's target; "access to it"
        if trig.pos_ not in ("NOUN", "PROPN") and any(
            t.lemma_.lower() in PRODUCT_NOUNS
            and t.dep_ in ("dobj", "pobj", "nsubjpass")
            and not any(c.dep_ == "poss" for c in t.children)  # "its chatbot": the owner named in the sentence
            for t in toks
        ):
            return [], "none"  # "from using the Chinese-owned app": the story's app, not whatever the sentence names
        # a trigger noun inside "X's ban" etc. has no object mention: try the sentence (not those asked to carry out
        # a removal or a block: "to ask Apple and Google to pull the apps from their stores")
        asked = self._asked_to_remove(trig.sent)
        if trig.pos_ == "VERB" and trig.tag_ != "VBN":
            # "Defence would strip Chinese-made cameras from its sites": the body acting, not what it strips (not
            # "ordered DeepSeek blocked", the participle's subject its patient; a product there is a parse gone astray:
            # "Somalia orders TikTok and X blocked")
            asked |= {
                t.i
                for c in trig.children
                if c.dep_ == "nsubj"
                for t in c.subtree
                if (m := self.ctx.mention(t)) is not None and m.kind == "Organisation"
            }
        # nor the platform someone wrote on ("wrote on Instagram that the decision forcing X to block access ...")
        sent_toks = [
            t for t in trig.sent if not self._names_a_thing(t) and not self._written_on(t) and t.i not in asked
        ]
        targets = self.targets_in(sent_toks, imposer_ids, trig)
        if targets:
            return targets, "sentence"
        return [], "none"

    def _people_cut_from_other(self, trig, objs) -> bool:
        """People as the object, kept "from" something that is neither a name nor an app-like noun ("cut off the
        journalists from their sources and the audience", "cut residents off from the outside world"): the people
        lose what the clause names, no platform (not "blocked users from the app", the story's app)."""
        if not any(o.lemma_.lower() in _CUT_OFF_PEOPLE and self.ctx.mention(o) is None for o in objs):
            return False
        froms = [
            g
            for h in (trig, *objs)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        # only what is plainly no platform: a noun the people own ("their sources") or one of the lexicon's
        # (ban_rules.cut_off_from): not "barred customers from the exchange", "blocked users from the site"
        app_like = PRODUCT_NOUNS | {"service", "platform", "tool", "product", "network", "internet"}
        return bool(froms) and all(
            self.ctx.mention(t) is None
            and t.lemma_.lower() not in app_like
            and (t.lemma_.lower() in _CUT_OFF_FROM or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children))
            for g in froms
            for t in _conjuncts(g)
        )

    def _regulated_party(self, trig, imposer_ids: set[str]) -> set[int]:
        """The tokens of the trigger's object when it is the party regulated, kept from using a thing the clause
        names ("blocked Spark from using Huawei equipment", "barred the operators from buying ZTE gear"): the thing
        used is the target, not the carrier barred from using it (lexicon ban_rules.maker_regulated_acts). Empty
        when the act's object names no target ("barred ZTE from buying American chips": ZTE is what is barred)."""
        acts = [
            g
            for p in trig.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in _KIT_USE_ACTS
        ]  # "using", "installing": not "buying", a sanctioned firm's purchases ("barred Huawei from buying X chips")
        used = [
            o
            for g in acts
            for c in g.children
            if c.dep_ == "dobj"
            for o in _conjuncts(c)
            if self.ctx.mention(o) is not None
            or o.lemma_.lower() in PRODUCT_NOUNS | _USED_KIT
            or (o.lower_ in _GENERIC_KIT and self._maker_named(o))
        ]  # "using Huawei equipment", "installing ZTE components": a thing named or a maker's kit, not "WhatsApp data"
        if not used or not any(self.targets_in(list(o.subtree), imposer_ids) for o in used):
            return set()
        return {t.i for c in trig.children if c.dep_ == "dobj" for t in c.subtree}

    def _maker_named(self, noun) -> bool:
        """A company is named with a generic kit noun ("Huawei software"), not a product ("WhatsApp systems")."""
        found = [self.ctx.mention(t) for t in noun.subtree if t.i != noun.i]
        return any(m is not None and m.kind == "Organisation" for m in found)

    def _banned_object(self, m) -> bool:
        """The mention is (a conjunct of) the object of a ban verb ("after a judge suspended WhatsApp and told
        carriers to block it"): the app a later pronoun of the same ban stands for, not a subject above it."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = _conjuncts(span.root)[0]
        return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in words("ban")["verbs"]

    def _governing_subject(self, m, trig) -> bool:
        """The mention is (a conjunct of) the subject of a verb above the trigger ("X vanished from the stores after
        the government blocked it")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = _conjuncts(span.root)[0]
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.is_ancestor(trig)

    def _makers_told_before(self, trig, toks, imposer_ids: set[str]) -> list[str]:
        """A definite noun of what makers are, on the trigger's object side ("the two companies", "the Chinese firm",
        "both vendors"; lexicon ban_rules.maker_anaphors), with no clause of its own to tell which: the companies
        named last before it, in its sentence or the three before in the paragraph or the one before; as many as it
        counts, all of the nearest sentence naming some for a bare plural, the last one for a singular."""
        for t in toks:
            if t.lemma_.lower() not in _MAKER_ANAPHORS or t.dep_ not in ("dobj", "pobj", "nsubjpass"):
                continue
            if self.ctx.mention(t) is not None or any(c.dep_ in ("relcl", "acl", "appos", "prep") for c in t.children):
                continue  # "the firms on the list", "the company that makes X": told by its own words
            dets = [c.lower_ for c in t.children if c.dep_ in ("det", "predet", "nummod") and c.lower_ in _MAKER_DETS]
            if not dets:
                continue
            count = max(_COUNTED.get(d, 0) for d in dets) or (1 if t.tag_ == "NN" else 0)
            if t.dep_ == "dobj" and any(
                p.dep_ == "prep" and p.lower_ == "from" and g.tag_ == "VBG" and g.lemma_.lower() in _REGULATED_ACTS
                for p in t.head.children
                for g in p.children
            ):
                return []  # "barred the two firms from using Chinese equipment": the party regulated, not the target
            gaz = self.ctx.gaz
            home = next(
                (gaz.demonyms[c.text] for c in t.children if c.dep_ in ("amod", "compound") and c.text in gaz.demonyms),
                None,
            )

            fits = partial(_of_country, gaz, home)  # "the Chinese firm": one of China's, not the Finnish one
            sents, cur, paras = [], t.sent, set()
            while len(sents) < 4:
                sents.append(cur)
                if cur.start == 0 or len({self.ctx.para[cur.start - 1], self.ctx.para[t.i], *paras}) > 2:
                    break
                paras.add(self.ctx.para[cur.start - 1])
                cur = self.doc[cur.start - 1].sent
            # nearest first: the companies a ban told in a sentence reached, else those named there that are not
            # speaking nor imposing an act of their own ("Meta and Google have blocked news links")
            for sent in sents:
                for bm in reversed(self.mentions):
                    if sent.start <= bm.token.i < min(sent.end, t.i):
                        firms = [
                            e
                            for e in bm.targets
                            if self.ctx.category(e) == "company" and e not in imposer_ids and fits(e)
                        ]
                        if (count == 0 and len(firms) >= 2) or (count and len(firms) >= count):
                            return firms if count == 0 else firms[-count:]
                named = []
                for m in self.adoc.mentions:
                    if not (sent.start_char <= m.start < min(sent.end_char, t.idx)):
                        continue
                    if (
                        m.entity_id in imposer_ids
                        or m.entity_id in named
                        or self.ctx.category(m.entity_id) != "company"
                        or not fits(m.entity_id)
                    ):
                        continue
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    root = _conjuncts(span.root)[0] if span is not None else None
                    if root is not None and root.dep_ == "nsubj" and root.head.lemma_.lower() in _SAYING:
                        continue  # "X and Y said they would stop buying Z kit": who speaks, not who makes
                    if root is not None and root.dep_ == "nsubj" and self.trigger_kind(root.head) is not None:
                        continue  # "Meta and Google have blocked news links": imposers of their own act
                    named.append(m.entity_id)
                if not named or (count == 0 and len(named) < 2) or len(named) < count:
                    continue
                return named if count == 0 else named[-count:]
            return []
        return []

    def _it_is_no_app(self, pron, trig) -> bool:
        """The "it" a participle bans is no app told before: the sentence before it has a subject that is neither an
        app nor a name ("The government's plan to tax mobile money was unpopular. It was blocked"), or the "it" is told
        as not banned ("It was not among the 54 apps blocked")."""
        if any(c.dep_ == "neg" for c in (*trig.children, *pron.head.children)):
            return True
        sent = pron.sent
        if any(t.lemma_.lower() in PRODUCT_NOUNS for t in sent if t.i < pron.i):
            return False  # "requires the owner to sell the app or see it banned"
        if sent.start == 0:
            return False
        prev = self.doc[sent.start - 1].sent
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head == prev.root]
        if not subjects:
            return False
        subj = subjects[0]
        if subj.pos_ == "PRON" or subj.lemma_.lower() in PRODUCT_NOUNS:
            return False
        mention = self.ctx.mention(subj)
        return mention is None or mention.kind != "Product"

    def _makers_told_after(self, toks, imposer_ids: set[str]) -> list[str]:
        """A kind of kit banned with no maker in its phrase ("told departments to stop installing surveillance
        cameras"), whose makers the next sentence of the paragraph names ("That meant Hikvision and Dahua"): those the
        gazetteer tells as makers of that kind."""
        for t in toks:
            if t.dep_ not in ("dobj", "pobj", "nsubjpass") or t.lemma_.lower() not in _USED_KIT:
                continue
            if any(
                m is not None and self.ctx.category(m.entity_id) == "company" for m in map(self.ctx.mention, t.subtree)
            ):
                continue  # "Hikvision cameras": the maker is told by its own phrase
            end = t.sent.end
            if end >= len(self.doc) or self.ctx.para[end] != self.ctx.para[t.i]:
                continue
            nxt = self.doc[end].sent
            if any(g.dep_ == "neg" for g in nxt) or not any(
                g.lemma_.lower() in ("mean", "include", "affect") or (g.lower_ == "such" and g.nbor().lower_ == "as")
                for g in nxt
            ):
                continue  # "DJI said its software already covered the area", "does not apply to Hikvision": not told
            makers = [
                m.entity_id
                for m in self.adoc.mentions
                if nxt.start_char <= m.start < nxt.end_char
                and m.entity_id not in imposer_ids
                and m.kind == "Organisation"
                and self._makes_kind(m.entity_id, t)
            ]
            if makers:
                return list(dict.fromkeys(makers))
        return []

    def _listed_after(self, trig, imposer_ids: set[str]) -> list[str]:
        """ "block access to social media platforms and messaging apps, including Facebook and WhatsApp": the
        examples listed after the object, however the parser hung them."""
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if t.text == ";" or self.ctx.para[t.i] != self.ctx.para[trig.i]:
                break
            if t.lower_ in ("including", "notably", "namely") or (t.lower_ == "such" and t.nbor().lower_ == "as"):
                listed = self.targets_in(list(t.subtree) if t.lower_ != "such" else list(t.head.subtree), imposer_ids)
                if listed:
                    return listed
            if (
                t.text == ":"
                and t.i > trig.i + 1
                and (
                    # "prohibit transactions with eight apps: X, Y and Z": the apps the colon lists
                    (trig.doc[t.i - 1].lemma_.lower() in PRODUCT_NOUNS and trig.is_ancestor(trig.doc[t.i - 1]))
                    # "stop approving equipment from five companies it considers a threat to security: X, Y and
                    # Z": the counted firms or apps, their relative clause told, which the colon then names
                    or self._counted_set_before(trig, trig.doc[t.i - 1])
                )
            ):
                listed = self._listed_from(trig.doc[t.i + 1 : trig.sent.end], imposer_ids)
                if listed:
                    return listed
            if (
                t.lower_ == "among"
                and t.i + 1 < trig.sent.end
                and t.nbor().lower_ in ("them", "these", "those", "which")
                and t.i > trig.i + 1
                and trig.doc[t.i - 1].text == ","
            ):
                # "shut off 26 platforms that had not registered, among them X, Y and Z": the examples that follow
                listed = self._listed_from(trig.doc[t.i + 2 : trig.sent.end], imposer_ids)
                if listed:
                    return listed
        return []

    def _listed_next(self, toks, imposer_ids: set[str]) -> list[str]:
        """A counted set of apps or platforms with no name in its phrase ("shut off 26 platforms that had not
        registered"), whose members the next sentence of the paragraph goes on to list ("Among them were X, Y and Z",
        "They included X and Y"): those it names."""
        for t in toks:
            if not (
                t.dep_ in ("dobj", "pobj", "nsubjpass")
                and t.tag_ == "NNS"
                and t.lemma_.lower() in PRODUCT_NOUNS
                and any(c.dep_ == "nummod" for c in t.children)
            ):
                continue
            if t.dep_ == "pobj" and any(a.lower_ in _SET_APART for a in (t.head, t.head.head)):
                continue  # "blocked all foreign networks except 5 platforms": the set spared, not the one banned
            end = t.sent.end
            if end >= len(self.doc) or self.ctx.para[end] != self.ctx.para[t.i]:
                continue
            members = _members_listed(self.doc[end].sent)
            if members is not None:
                return self._listed_from(members, imposer_ids)
        return []

    @staticmethod
    def _counted_set_before(trig, last) -> bool:
        """``last`` (the word before a colon) closes the clause of a counted plural of apps or firms under the
        trigger ("five companies it considers a threat to security"), so the colon lists that set's members."""
        for a in [last, *last.ancestors]:
            if not trig.is_ancestor(a):  # (the trigger itself is no ancestor of itself)
                return False
            if (
                a.tag_ == "NNS"
                and a.lemma_.lower() in PRODUCT_NOUNS | _COMPANY_NOUNS
                and any(c.dep_ == "nummod" for c in a.children)
            ):
                return True
        return False

    def _listed_from(self, span, imposer_ids) -> list:
        """The targets a list names from the start of ``span`` up to the next clause (a verb, ';' or ':')."""
        tail = []
        for g in span:
            if g.text in (";", ":") or g.pos_ in ("VERB", "AUX"):
                break
            tail.append(g)
        return self.targets_in(tail, imposer_ids)

    def _names_a_thing(self, tok) -> bool:
        """A product name used to describe something else: "a TikTok video", "a Challenger 2 tank"."""
        if self.ctx.mention(tok) is None:
            return False
        root = tok
        while root.dep_ in ("compound", "nmod") and root.head.i != root.i and self.ctx.mention(root.head) is not None:
            root = root.head  # through the rest of the name ("Challenger 2")
        if root.dep_ not in ("compound", "nmod", "amod") or root.head.pos_ != "NOUN":
            return False
        return root.head.lemma_.lower() not in PRODUCT_NOUNS | {"service", "platform", "tool", "product"}

    def _written_on(self, tok) -> bool:
        """A platform named as the one something was written or posted on ("wrote on X", "in a post on X")."""
        m = self.ctx.mention(tok)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
        return span is not None and _posted_on(span)

    def _names_other_object(self, trig) -> bool:
        """ "blocked a number of websites", "restricted several news sites": an object that is neither a
        named target nor an app-like noun standing for the story's one."""
        if trig.pos_ not in ("VERB", "AUX"):
            return False
        deps = (
            ("dobj", "nsubjpass", "nsubj")
            if trig.tag_ == "VBN" and trig.dep_ in ("ccomp", "xcomp")
            else ("dobj", "nsubjpass")
        )
        objs = [c for c in trig.children if c.dep_ in deps]
        if trig.dep_ == "acl" and trig.tag_ in ("VBN", "VBD"):
            objs.append(trig.head)  # "ordered access to several news sites restricted"
        used = [
            o
            for p in trig.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pcomp" and g.lemma_.lower() in ("use", "access", "install", "download", "run")
            for o in g.children
            if o.dep_ == "dobj"
        ]  # "barred troops from using geolocation features": what they may not use is the object
        used += [
            o
            for g in trig.children
            if g.dep_ == "xcomp" and g.lemma_.lower() in ("use", "access", "install", "download", "run")
            for o in g.children
            if o.dep_ == "dobj"
        ]  # "told officials to stop using X"
        if used:
            objs = used
        if not objs or any(o.pos_ == "PRON" or o.lower_ in _RELATIVE for o in objs):
            return False
        if self._people_cut_from_other(trig, objs):
            return True  # "it will cut off journalists from their sources": people kept from what is no platform
        if all(
            o.pos_ == "PROPN" and not any(self.ctx.mention(t) for t in o.subtree) and o.ent_type_ not in ("GPE", "NORP")
            for o in objs
        ):
            return True  # "told officials to stop using iPhones": a thing named, though not one the story tracks
        app_like = _APP_LIKE
        if any(
            o.lemma_.lower() in app_like
            and o.tag_ == "NNS"
            and o.dep_ == "dobj"
            and o.head.i == trig.i
            and any(
                c.dep_ == "amod" or (c.dep_ == "compound" and any(g.dep_ == "amod" for g in c.children))
                for c in o.children
            )
            and not any(c.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl") for c in o.children)
            and not any(self.ctx.mention(t) for t in o.subtree)
            for o in objs
        ):
            # "Russia itself has restricted Western platforms", "X has restricted social media platforms": a kind
            # of app, none the story's
            return True
        if any(o.pos_ == "PROPN" for o in objs):
            return False
        social = {"social", "media", "networking", "sharing", "messaging", "video", "streaming", "dating"}
        if any(
            o.lemma_.lower() in app_like
            and self.ctx.mention(o) is None
            and any(
                c.dep_ in ("amod", "det") and c.lower_ in ("other", "several", "various", "more") for c in o.children
            )
            for o in objs
        ):
            return True  # "Poland has already restricted other apps on government devices": not the story's app
        for o in objs:
            sub = [t for t in o.subtree if not (t.i == o.i and o.lemma_.lower() in ("access", "use"))]
            if any(self.ctx.mention(t) for t in sub) or any(t.lemma_.lower() in app_like for t in sub):
                return False
            if any(
                t.lemma_.lower() in ("site", "network")
                and any(g.lower_ in social for g in t.children)
                and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in t.children)
                for t in sub
            ):
                return False  # "cut access to the social media site": the story's platform, not "social networks"
        if all(
            o.lemma_.lower() in ("site", "website")
            and o.tag_ == "NN"
            and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
            and any(c.dep_ == "det" for c in o.children)
            for o in objs
        ) and not self._other_site_told(objs[0]):
            return False  # "ordered that the site be blocked", "began blocking the website": the story's one
        # "suspended internet access nationwide": a shutdown of the internet, no app's ban; "barred troops from using
        # geolocation features": a function of any app
        others = {"website", "site", "network", "outlet", "medium", "page", "newspaper", "portal", "internet"}
        others |= {"feature", "function", "functionality", "setting"} if used else set()
        if any(t.lemma_.lower() in others for o in objs for t in o.subtree):
            return True
        # "urged member states to exclude high-risk suppliers": a kind of firm, none named
        kinds = {"supplier", "vendor", "manufacturer", "provider", "company", "firm"}
        if any(o.tag_ == "NNS" and o.lemma_.lower() in kinds for o in objs):
            return True
        # "Belgium on Friday banned disposable vapes": a bare plural of things no platform, with nothing of the
        # story's named in it, is a class of things of its own, not the app told before (which comes back as "the
        # app", "it", "the service"); what apps carry ("calls", "posts", "videos") still stands for the story's app
        if used or any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "off") for c in trig.children):
            return False  # "blocked users from the site": people kept from the story's platform
        return all(
            o.tag_ == "NNS"
            and o.dep_ == "dobj"
            and o.head.i == trig.i
            and o.lemma_.lower() not in app_like | _APP_PARTS | self._app_words
            and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
            and not any(self.ctx.mention(t) or t.lemma_.lower() in app_like for t in o.subtree)
            for o in objs
        )

    @cached_property
    def _app_words(self) -> frozenset[str]:
        """Words the story puts on apps, once per document ("companion" in "companion apps"): a bare plural of one
        ("It would ban AI companions") is the story's kind of app."""
        return frozenset(
            c.lemma_.lower()
            for t in self.doc
            if t.lemma_.lower() in _APP_LIKE
            for c in t.children
            if c.dep_ in ("compound", "amod")
        )

    def _other_site_told(self, site) -> bool:
        """ "Authorities also shut down an opposition news portal last week, and a court ordered that the site be
        blocked": a site, portal, outlet or newspaper of no app the story names, told in the same sentence or the one
        before, is the one "the site" is (not the story's platform)."""
        sent = site.sent
        start = site.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in site.doc[start : sent.end]:
            if t.i == site.i or any(self.ctx.mention(x) for x in t.subtree):
                continue
            lemma = t.lemma_.lower()
            if lemma in ("portal", "outlet", "newspaper", "blog") or (
                lemma in ("site", "website")
                and any(
                    c.lower_ in ("a", "an", "another", "news", "opposition", "independent")
                    for c in t.children
                    if c.dep_ in ("det", "amod", "compound")
                )
            ):
                return True
        return False

    def context_targets(self, sent_idx: int, tok=None) -> list[str]:
        """Targets of the latest ban mentioned before (same sentence first), else the document's main target;
        an app named since, earlier in the trigger's own paragraph, is the one meant ("LinkedIn was blocked in 2016.
        <new paragraph> Telegram has also run into trouble. Iran restricted access to the app")."""
        latest = next((bm for bm in reversed(self.mentions) if bm.targets and bm.sentence <= sent_idx), None)
        if tok is not None:
            para_start = doc_text(self.doc).rfind("\n", 0, tok.idx) + 1
            since = max(para_start, latest.token.sent.end_char if latest is not None else 0)
            named = [
                m.entity_id
                for m in self.adoc.mentions
                if since <= m.start < tok.idx
                and m.kind == "Product"
                and self.ctx.category(m.entity_id) == "product"
                and not self.ctx.is_network(m.entity_id)  # a connection cut is named by the clause itself
                and not self.ctx.network_modifier(m)  # "Steam and several online games": some, not the kind
                and not self.ctx.kind_for_minors(m)  # "social media" told with no age limit: the platforms named
                and not self.ctx._device_kind(m)  # "removed the app from work phones": where, not what
                and not _a_way_around(self.doc.char_span(m.start, m.end, alignment_mode="expand"))
            ]
            if named and (latest is None or named[-1] not in latest.targets):
                return [named[-1]]
        if latest is not None:
            single = tok is not None and any(
                t.lemma_.lower() in PRODUCT_NOUNS and t.tag_ == "NN" and t.dep_ in ("dobj", "pobj", "nsubjpass")
                for t in self.object_tokens(tok)
            )
            if single and len(latest.targets) > 1 and self.ctx.main_target in latest.targets:
                return [self.ctx.main_target]  # "would bar the app": the story's one app, not the list told last
            return list(latest.targets)
        return [self.ctx.main_target] if self.ctx.main_target else []

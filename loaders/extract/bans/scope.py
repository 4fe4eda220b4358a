"""ScopeMixin: the region of a trigger and the scope of its ban."""

from __future__ import annotations

import re

from loaders.extract.bans._words import (
    _ADVISING_VERBS,
    _ASKING_OTHERS,
    _BIDDING_VERBS,
    _COMPELLING,
    _LEGISLATORS,
    _MILITARY_BODIES,
    _ORDER_NOUNS,
    _PROVIDERS,
    _PUBLIC_BODIES,
    _REMOVAL_VERBS,
    _SAYING,
    _SEVERAL_BODIES,
    _THING_REMOVERS,
    OWN_STAFF_CATEGORIES,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import (
    _beside_comparison,
    _done_internally,
    _government_kit,
    _legislating,
    _own_members,
    _ranked_actor,
)
from loaders.extract.bans.context import _words_of
from loaders.extract.bans.reach import _network_part, _reason_word, _ruling_military
from loaders.extract.bans.syntax import _conjuncts, _hyphened, _is_negated, _own_subtree
from loaders.extract.base import doc_text
from loaders.extract.lexicon import words

_LICENCE_VERBS = words("ban_rules", "licence_verbs")


_REACH_PREPS = {"to", "on", "from", "across", "in", "at", "throughout"}


def _whose(tok) -> bool:
    """ "on official devices of soldiers and officials", "for official communication by soldiers and civilian
    officials": the object of an "of" or "by" phrase on a noun names whose the thing is or who does it; its
    conjuncts are named alike."""
    return tok.head.lower_ in ("of", "by") and tok.head.head.pos_ in ("NOUN", "PROPN")


_CLOSING = {"close", "delete", "deactivate", "shut", "remove", "suspend"}  # verbs closing an account
# Verbs of defying an order ("ignored orders to remove accounts"), of heeding one ("failed to respond to requests to
# close channels"), and what a heeding verb hangs on when it was not done (lexicon scope.defying, .heeding, .failing)
_DEFYING = words("scope", "defying")
_HEEDING = words("scope", "heeding")
_FAILING = words("scope", "failing")


def _unheeded(gov):
    """The top of the clause in which the verb `gov` leaves an order unmet: "ignored" itself, "failing" in "for
    failing to obey" (or "to appoint a representative and to obey"), "obey" in "did not obey"; None when the order
    was heeded ("TikTok had obeyed instructions", "Telegram met its demand")."""
    lemma = gov.lemma_.lower()
    if lemma in _DEFYING:
        return gov
    if lemma not in _HEEDING:
        return None
    first = gov
    while first.dep_ == "conj":
        first = first.head  # "for failing to appoint a representative and to obey orders": the first conjunct's head
    if _is_negated(gov) or _is_negated(first):
        return first
    if first.dep_ in ("xcomp", "acl") and first.head.lemma_.lower() in _FAILING:
        return first.head
    return None


def _reason_of(top):
    """The verb a clause is the reason of: "blocked" for "after it ignored ..." (advcl) and "for failing to ..." (a
    preposition's object); None for a clause that stands on its own ("X failed to comply with the order ...")."""
    tok = top
    while tok.dep_ in ("pobj", "pcomp", "prep"):
        tok = tok.head
    if tok is top and top.dep_ != "advcl":
        return None
    head = tok if tok is not top else top.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _unmet_demand(trig, blocks) -> bool:
    """ "suspended X after it ignored court orders to remove accounts", "for failing to respond to requests to close
    channels": the closing is what the platform was told to do and did not, the reason for the ban, not its reach:
    an infinitive on an order noun that a verb of defying governs, or one of heeding negated or failed (directly or
    through its preposition), in a clause giving the reason of another verb that `blocks` (a ban trigger). Not "X had
    obeyed instructions to delete 40 accounts" (done), nor "X failed to comply with the order to suspend accounts"
    with nothing blocked."""
    if trig.dep_ not in ("acl", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    noun = trig.head
    if trig.dep_ == "advcl":
        # "ignored court orders to remove accounts", the infinitive hung on the verb: the order noun just before it
        noun = next((c for c in trig.head.children if c.dep_ == "dobj" and c.right_edge.i == trig.i - 2), None)
        if noun is None:
            return False
    if noun.lemma_.lower() not in _ORDER_NOUNS or noun.dep_ not in ("dobj", "pobj"):
        return False
    top = _unheeded(noun.head.head if noun.dep_ == "pobj" else noun.head)
    verb = _reason_of(top) if top is not None else None
    return verb is not None and verb is not trig and blocks(verb)


_HANDHELD = words("ban_rules", "handheld")
_REACH_VERBS = words("ban_rules", "reach_verbs")
# A town hall's elected members, however its name calls them ("supervisors", "aldermen", "elected officials";
# lexicon scope.council_members)
_COUNCILLORS = words("scope", "council_members")


class ScopeMixin:
    """BanExtractor's methods of where a ban reaches: the region of a trigger and its scope."""

    # -- scope/status

    def _local_council(self, imposer) -> bool:
        """A local body named a council or a board ("Leicester City Council", "the San Francisco Board of
        Supervisors"; lexicon actors.legislature_phrases): the town hall that runs its own services."""
        name = f" {' '.join(_words_of(self.ctx.name(imposer)))} " if imposer else ""
        return any(f" {p} " in name for p in words("actors", "legislature_phrases"))

    def _council_members(self, imposer) -> set[str]:
        """The members a local body's own name tells ("the San Francisco Board of Supervisors": supervisors, "the
        Miami-Dade County Commission": commissioners, as lexicon scope.council_members)."""
        name = _words_of(self.ctx.name(imposer)) if imposer else []
        own = {name[i + 1] for i in range(len(name) - 1) if name[i] == "of" and name[i + 1] not in ("the",)}
        return own | {w.rstrip("s") for w in own}

    def _kit_category(self, imposer) -> str:
        """The kind of body whose devices a like ban reaches: a town hall's council runs its local government's kit
        ("Nottingham City Council followed suit": its corporate devices), not a legislature's members'."""
        cat = self.ctx.category(imposer)
        return "jurisdiction" if cat == "legislature" and self._local_council(imposer) else cat

    def region(self, trig):
        """Tokens that qualify a trigger: its subtree and its governing verb's objects and modifiers."""
        noun = trig.pos_ in ("NOUN", "PROPN")
        skip = ("advcl", "punct", "cc", "parataxis") + (() if noun else ("conj", "relcl", "nsubj"))
        toks = _own_subtree(trig, skip)
        if not noun:
            # "barred X from selling to businesses and consumers", "restricting access to two platforms and the
            # cloud service on government computers": a noun's conjuncts are still the verb's reach (only a
            # coordinated clause is another's)
            seen = {t.i for t in toks}
            stack = [
                t
                for t in toks
                if t.pos_ == "NOUN"
                and t.i != trig.i
                and (t.dep_ == "dobj" or t.dep_ == "pobj" and (t.head.lower_ in _REACH_PREPS or _whose(t)))
            ]  # not "for work or personal tasks": what the use is for
            while stack:
                t = stack.pop()
                for c in t.children:
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i not in seen:
                        more = [g for g in _own_subtree(c, skip) if g.i not in seen]
                        seen |= {g.i for g in more}
                        toks += more
                        stack += [g for g in more if g.pos_ == "NOUN"]
        toks = [t for t in toks if self.ctx.para[t.i] == self.ctx.para[trig.i]]
        if trig.dep_ == "amod" and self._torn_by_dateline(trig):
            toks += [t for t in trig.head.subtree if t.i > trig.i]  # "on Friday barred [government agencies]"
        toks = self._no_dateline(trig, toks)
        # "The ban on X, ordered by the Ministry of Information in May": who imposed it is no reach of it, nor "the
        # latest country to do so" describing the imposer
        agents = {g.i for t in toks if t.dep_ == "agent" or _ranked_actor(t) for g in t.subtree}
        # "X barred Y from selling to consumers, the first action taken under the department's authority": a phrase
        # naming the act itself says how it was taken, not whom it reaches
        agents |= {
            g.i
            for c in trig.children
            if c.dep_ in ("npadvmod", "appos") and c.i > trig.i and c.lemma_.lower() in words("ban", "weak_nouns")
            for g in c.subtree
        }
        toks = [t for t in toks if t.i not in agents]
        if trig.lemma_.lower() in _LICENCE_VERBS:
            # "revoked the authority of X to provide telecommunications services": what the licence was for
            toks += [
                t
                for c in trig.children
                if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for t in c.subtree
            ]
            toks += [  # "withdrew the permit that allowed X to offer mobile services"
                t
                for c in trig.children
                if c.dep_ in ("dobj", "nsubjpass")
                for g in c.children
                if g.dep_ in ("relcl", "acl")
                for t in g.subtree
            ]
        if noun and trig.dep_ in ("nsubj", "nsubjpass"):
            # "The ban ... applied only to executive-branch agencies", "the order covers all state phones": what the
            # ban's own predicate says it reaches
            verbs = [trig.head] + [c for c in trig.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            toks += [
                t
                for v in verbs
                if v.lemma_.lower() in _REACH_VERBS and not _is_negated(v)
                for c in v.children
                if c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "to")
                for t in c.subtree
            ]
        head = trig.head
        # "X told MPs in a written statement to Parliament that departments must stop ...": who is told and where
        # is no reach of what is told
        reported = trig.dep_ == "ccomp" and head.lemma_.lower() in _SAYING | {"inform", "announce", "notify"}
        # "X ordered Y blocked in that country and Taiwan barred agencies from using it": a coordinated clause with
        # its own subject shares nothing of the other clause's reach
        own_clause = trig.dep_ == "conj" and not noun and any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        if (
            trig.dep_ in ("xcomp", "ccomp", "acl", "dobj", "pobj", "conj", "pcomp")
            and head.i != trig.i
            and not reported
            and not own_clause
        ):
            for c in self._no_dateline(trig, list(head.children)):
                if c.i == trig.i or c.dep_ in ("advcl", "relcl", "conj", "ccomp", "parataxis", "punct", "nsubj"):
                    continue
                if trig.dep_ == "ccomp" and c.dep_ == "xcomp":
                    continue  # "X blocked Y, after Z refused to remove articles that officials ...": another clause
                if c.dep_ == "nsubjpass" and self._named_body(c):
                    continue  # "The Ministry of Communications has been directed to block both apps": who carries
                    # it out, not whose devices
                toks.extend(c.subtree)
            if head.dep_ in ("prep", "dobj") and head.head.i != head.i:
                for c in head.head.children:
                    if c.dep_ in ("dobj", "prep") and c.i != head.i:
                        toks.extend(c.subtree)
        if noun and trig.dep_ == "appos" and head.i < trig.i and head.pos_ in ("NOUN", "PROPN"):
            # "would be taken off government-issued devices, a ban that took effect the next day": the ban noun
            # sums up the phrase it stands beside, whose words say what it reaches
            toks += [t for t in head.subtree if t.i < trig.i and t.dep_ != "punct"]
        if reported and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in trig.children):
            # "told government agencies on Friday that they must not use X": those told are the ones bound
            toks += [t for c in head.children if c.dep_ == "dobj" and c.tag_ == "NNS" for t in c.subtree]
        # "advised government workers to refrain from using X", "told staff to avoid using X": those told to refrain
        clause = head.head if trig.dep_ == "pcomp" and head.lower_ == "from" else head
        if (
            clause.lemma_.lower() in ("refrain", "abstain", "avoid")
            and clause.dep_ in ("xcomp", "advcl", "ccomp")
            and clause.head.lemma_.lower() in _BIDDING_VERBS
        ):
            toks += [t for c in clause.head.children if c.dep_ == "dobj" for t in c.subtree]
        return toks

    def _no_dateline(self, trig, toks: list) -> list:
        """Tokens outside the wire dateline that opens the story ("ISTANBUL (Continental Press Agency) -"): the
        agency's name is no reach of a ban the parser hung it on."""
        found = self._dateline(trig.sent)
        if found is None:
            return toks
        line, end = found
        return [t for t in toks if not line <= t.idx < end]

    def _dateline(self, sent) -> tuple[int, int] | None:
        """Where the wire dateline opening ``sent``'s line lies (start and end offsets), if the sentence is near the
        story's start and its line opens with one ("TAIPEI, Feb 1 (Wire) -")."""
        if sent.start_char > 300:
            return None
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, sent.start_char) + 1
        m = _DATELINE_SPAN.match(text, line)
        return None if m is None else (line, m.end())

    def _asked_to_remove(self, sent) -> set[int]:
        """Tokens of those a sentence asks or orders to remove, pull or block something of another's ("asked Apple
        and Google to pull the apps from their stores", "told operators to remove X", "asked Google and Apple to
        block the Temu app"): they carry the measure out, they are not its target (unlike "ordered X to shut down its
        service", its own)."""
        out: set[int] = set()
        acts = _REMOVAL_VERBS | _THING_REMOVERS | words("ban_rules", "network_blocks")
        for verb in sent:
            if verb.lemma_.lower() not in _ASKING_OTHERS:
                continue
            for x in verb.children:
                if x.dep_ not in ("xcomp", "ccomp") or x.lemma_.lower() not in acts:
                    continue
                objs = [o for o in x.children if o.dep_ == "dobj"]
                owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
                if not objs or any(c.pos_ == "PRON" for c in owners):
                    continue  # "ordered X to close its store": X's own
                # the asked keep the thing off their own stores or networks ("to pull X from their stores"), or the
                # thing is named as another's ("to pull Binance's app"): they carry the removal out; makers told to
                # remove "the apps" from stores of no one named are still what the measure is on
                from_own = any(
                    c.dep_ == "poss" and c.pos_ == "PRON"
                    for p in x.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "off")
                    for g in p.children
                    if g.dep_ == "pobj"
                    for c in g.children
                )
                # "asked Google and Apple to block the Temu app": the thing names a product of another than the asked
                named = {
                    m.entity_id for o in objs for t in o.subtree if (m := self.ctx.mention(t)) and m.kind == "Product"
                }
                # the asked: the asking verb's object or passive subject ("asked X to block", "X was asked to block"),
                # or the subject of a clause it asks for ("requested that X block")
                told = verb if x.dep_ == "xcomp" else x
                for c in told.children:
                    if c.dep_ not in (("dobj", "nsubjpass") if x.dep_ == "xcomp" else ("nsubj",)):
                        continue
                    for k in _conjuncts(c):
                        asked = self.ctx.mention(k)
                        another = asked is not None and bool(named - {asked.entity_id})
                        if from_own or owners or another or k.lemma_.lower() in _PROVIDERS:
                            out |= {t.i for t in _own_subtree(k)}
        return out

    def _executors(self, trig) -> set[str]:
        """Those an order or a request governing the trigger is addressed to ("ordered Google and Apple to remove")."""
        out: set[str] = set()
        for a in list(trig.ancestors)[:3]:
            if a.lemma_.lower() not in _COMPELLING | _ADVISING_VERBS | {"ask", "request"}:
                continue
            for c in a.children:
                if c.dep_ == "dobj":
                    for conj in _conjuncts(c):
                        m = self.ctx.mention(conj)
                        if m is not None:
                            out.add(m.entity_id)
        return out

    def _named_body(self, tok) -> bool:
        """The phrase names an organisation (not "officials", "agencies")."""
        m = self.ctx.mention(tok)
        return m is not None and m.kind == "Organisation" and m.text.lower().removeprefix("the ") != tok.lower_

    @staticmethod
    def _torn_tail(trig) -> list:
        """The words after a verb the parser took for a noun, up to the next coordinated clause: the parse of the
        rest hangs on whatever it took for the verb."""
        out = []
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if t.text in (";", ":") or (t.dep_ == "cc" and t.i > 0 and t.doc[t.i - 1].text == ","):
                break
            out.append(t)
        return out

    def _tail(self, trig) -> list:
        """Tokens after a trigger up to the next trigger, clause break or paragraph end."""
        out = []
        above = {trig.i} | {a.i for a in trig.ancestors}
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if self.ctx.para[t.i] != self.ctx.para[trig.i] or t.text in (";", ":") or t.dep_ in ("relcl", "advcl"):
                break
            if t.dep_ == "cc" and t.head.i in above:
                joined = next((c for c in t.head.children if c.dep_ == "conj" and c.i > t.i), None)
                if (
                    joined is None
                    or joined.pos_ not in ("NOUN", "PROPN")
                    or any(c.pos_ in ("VERB", "AUX") for c in joined.children)
                ):
                    break  # "..., and the economy paid for it in lost creative work": the next clause's words
                # "banned X, as well as the apps Y and Z, from state devices": more things banned, not a new clause
            if t.lemma_.lower() in words("ban", "verbs") and t.pos_ == "VERB":
                break
            if any(a.dep_ in ("relcl", "advcl") for a in t.ancestors if a.i > trig.i):
                continue  # "..., a measure officials blame on X": a relative clause told ahead of its verb
            if any(a.dep_ == "nsubj" and (a.head.i in above or a.head.i > t.i) for a in [t, *t.ancestors]):
                # "Bolivia may ban X, the minister said": who said it is no reach of the ban, nor the subject of the
                # clause that follows ("Albania will block X for a year, the prime minister has announced")
                continue
            out.append(t)
        return out

    def _civil_body(self, eid: str) -> bool:
        """A civil state body the gazetteer knows (type government, not a ministry or an armed service): a military
        word in its proper name ("National Security and Defense Council") tells no armed service's own devices."""
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        return entry is not None and entry.type == "government"

    def _in_civil_body_name(self, tok) -> bool:
        m = self.ctx.mention(tok)
        return m is not None and self._civil_body(m.entity_id)

    def scope_of(self, trig, region, imposer: str | None, actor: set[str] = frozenset()) -> tuple[str | None, bool]:
        sc = words("scope")
        region = sorted(
            {t.i: t for t in region if not _reason_word(t) and not _ruling_military(t)}.values(), key=lambda t: t.i
        )
        # "barred offices from installing X on new computers, a blow to Microsoft in one of its largest markets", "banned
        # Zapster, an app popular across the country": an appositive describes its noun (the thing, the act), it
        # tells no reach; one that names devices or people still does ("on two kinds of kit, phones and laptops")
        remark = {
            g.i
            for t in region
            if t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.head.i != trig.i
            and t.lemma_.lower() not in sc["devices"] | sc["personnel"]
            and t.lower_ not in sc["devices"] | sc["personnel"]
            for g in t.subtree
        }
        region = [t for t in region if t.i not in remark]
        lows = [t.lower_ for t in region]
        lemmas = {t.lemma_.lower() for t in region} | set(lows)
        # "bar X from devices issued by federal agencies", "from phones used by state employees": whose devices they
        # are, told as the participle's doer (who is no actor of the ban)
        lemmas |= {
            w
            for t in region
            if t.lemma_.lower() in sc["devices"] and t.pos_ in ("NOUN", "PROPN")
            for v in t.children
            if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in v.children
            if a.dep_ == "agent"
            for g in a.subtree
            for w in (g.lemma_.lower(), g.lower_)
        }
        if any(t.lower_ == "public" and t.head.lemma_.lower() in _PUBLIC_BODIES for t in region):
            lemmas = (lemmas - {"public"}) | {"public-sector"}  # "bars public sector from using X": the state's own
        if any(
            t.lower_ == "state" and t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in _PUBLIC_BODIES
            for t in region
        ):
            lemmas.add("public-sector")  # "in state administration", "out of the state sector": the state's own
        cat = self.ctx.category(imposer) if imposer else None
        if (
            cat == "eu"
            and set(_words_of(self.ctx.name(imposer))) & set(words("actors", "legislature"))
            # "the European Parliament barred X from its staff's devices": an EU institution's own staff, not its
            # members (unlike "from devices it issues to members and staff")
            and not (lemmas & sc["staff"] and not lemmas & sc["elected"])
        ):
            cat = "legislature"  # "the European Parliament barred X from MEPs' devices": a legislature's own devices
        if imposer and self.ctx.is_institution(imposer):
            return "government_devices", True  # a public university's networks and devices are the state's kit
        if lemmas & sc["account"] and trig.lemma_.lower() in _CLOSING and not _unmet_demand(trig, self.trigger_kind):
            return "account_closure", True
        # "ordered internet and mobile service providers to block the app X": the carriers told to carry out the
        # block of an app are no network the ban is about (unlike "ordered operators to remove Huawei equipment")
        addressed = set()
        if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in _BIDDING_VERBS and self._blocks_an_app(trig):
            addressed = {t.i for c in trig.head.children if c.dep_ == "dobj" for t in c.subtree}
        tele = [t for t in region if t.i not in addressed]
        # "the 5G core", "the core of their networks", "kit in core functions": a network's part, not "a core platform"
        kit_named = any(t.lemma_.lower() in sc["telecom_kit"] for t in tele)
        tele = [t for t in tele if t.lower_ not in sc["network_parts"] or kit_named or _network_part(t)]
        tele_lows = [t.lower_ for t in tele]
        tele_lemmas = {t.lemma_.lower() for t in tele} | set(tele_lows)
        joined = re.sub(r"\b(\d)\s+g\b", r"\1g", " ".join(tele_lows))
        joined = re.sub(r"\broll\s*-\s*out\b", "rollout", joined)  # "its 5G roll-out", split by the tokenizer
        parts = {t.lower_ for t in tele if t.lower_ in sc["network_parts"]}  # a network's part is telecom and head
        # "bars carriers from using subsidies to buy their network equipment": what a network is built with (not
        # "approvals of new telecommunications equipment", a sales ban)
        kit = any(
            t.lemma_.lower() in sc["telecom_kit"]
            and any(c.dep_ == "compound" and c.lemma_.lower() == "network" for c in t.children)
            for t in tele
        )
        # "barred carriers from using subsidies to buy X equipment": the kit that carriers are barred from is
        # their network's
        kit = kit or (
            any(t.lemma_.lower() in sc["telecom_kit"] for t in tele)
            and any(t.lemma_.lower() in sc["carriers"] for t in tele)
        )
        if kit or (
            ((tele_lemmas | set(joined.split())) & sc["telecom"] or parts)
            and (
                (tele_lemmas | set(joined.split())) & sc["telecom_heads"]
                or parts
                or trig.lemma_.lower() in _LICENCE_VERBS
            )
            # "from state-issued devices and state-run wireless networks": the state's own kit (not "mobile phone
            # services")
            and not any(t.tag_ == "NNS" and t.lemma_.lower() in _HANDHELD and t.dep_ != "compound" for t in tele)
        ):
            return "telecom_network", True  # "revoked China Telecom's licence": a carrier's licence is its network
        subjects = {
            t.lemma_.lower()
            for c in trig.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
            if not any(a.dep_ == "poss" and a.i != c.i for a in [t, *t.ancestors] if a.i in {x.i for x in c.subtree})
        }  # not whose it is: "the country's defence ministry barred staff from X"
        foreign = [
            t
            for t in region
            if t.lower_ in ("country", "nation")
            and any(c.lower_ in ("foreign", "adversary", "hostile", "adversarial") for c in t.children)
        ]  # "drones from manufacturers in a foreign country of concern"
        origins = {t.lemma_.lower() for t in region if t.lower_ in ("countries", "nations") or t in foreign} - {
            t.lemma_.lower() for t in region if t.lower_ not in ("countries", "nations") and t not in foreign
        }  # "apps from countries with ...": where the apps come from, not where they are banned
        # "from the phones of the country's civil servants": whose staff they are, not a reach over the country
        owners = {t.lower_ for t in region if t.dep_ == "poss" and t.lower_ in ("country", "nation", "state")} - {
            t.lower_ for t in region if t.dep_ != "poss"
        }
        if ((lemmas | subjects) - origins - owners) & sc["nationwide_strong"]:
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), True
        devices = {
            w
            for t in region
            # a noun the parser tagged as a verb where it stands as an object ("restrictions on their devices")
            if (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("pobj", "dobj")) and not self._companys_own(t)
            for w in (t.lemma_.lower(), t.lower_)
        } & sc["devices"]
        # "barred X from state equipment", "on government technology": a general word for kit, named the state's own
        devices |= {
            t.lemma_.lower()
            for t in region
            if t.lemma_.lower() in sc["owned_kit"]
            and t.dep_ != "compound"
            and any(
                c.dep_ in ("amod", "compound") and (c.lower_ in sc["kit_owners"] or _hyphened(c) in sc["kit_owners"])
                for c in t.children
            )
        }
        personnel = lemmas & sc["personnel"]
        if cat in OWN_STAFF_CATEGORIES:
            personnel |= lemmas & words("actors", "company_staff")  # "told its traders not to use X"
            if _done_internally(trig, region):
                personnel.add("internally")  # "banned X internally": the company's own people
        # "all ministries must stop buying X", "departments must stop deploying X": those the rule binds
        clause = trig.head if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in ("stop", "cease") else trig
        # advice binds no one, but names those it is for: "the ministry said public bodies should avoid X"
        modals = ("must", "shall", "should") if trig.lemma_.lower() == "avoid" else ("must", "shall")
        if trig.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
            subj = [t for c in clause.children if c.dep_ == "nsubj" for t in c.subtree]
            bound = {t.lemma_.lower() for t in subj}
            if any(t.lower_ == "public" and t.head.lemma_.lower() in _PUBLIC_BODIES for t in subj):
                bound.add("public-sector")  # "public bodies must ...": the state's own
            personnel |= bound & sc["personnel"]
        if any(
            t.lemma_.lower() in ("body", "institution")
            and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("government", "state", "public") for c in t.children
            )
            for t in region
        ):
            personnel.add("public-sector")  # "urged government bodies to be cautious about using X": the state's own
        if any(
            t.lower_ == "wide" and any(c.lower_ in ("government", "administration") for c in t.children) for t in region
        ):
            personnel.add("public-sector")  # "a government-wide prohibition": the state's own
        # "the Ministry of Defence banned its employees from ...": the defence body's own staff are not civilians
        own_staff = actor & sc["military"] and any(
            t.lemma_.lower() in sc["civil_personnel"]
            and (
                any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
                # "employees of the ministry and the armed forces": the defence ministry's own staff
                or any(
                    p.dep_ == "prep"
                    and p.lower_ == "of"
                    and any(
                        g.lemma_.lower() in ("ministry", "department")
                        and any(d.dep_ == "det" and d.lower_ in ("the", "its") for d in g.children)
                        and not any(d.dep_ in ("compound", "amod", "prep") for d in g.children)
                        for g in p.children
                    )
                    for p in t.children
                )
            )
            for t in region
        )
        # "banned X for official communication": a civil word as an adjective on no person's noun names no civilians
        # (only the adjective itself: "for official communication by soldiers and civilian officials" still names
        # civilians, the word's other tokens kept)
        described = {
            t.i
            for t in region
            if t.dep_ == "amod" and t.head.lemma_.lower() not in sc["personnel"] and t.lower_ in sc["civil_personnel"]
        }
        kept = {w for t in region if t.i not in described for w in (t.lemma_.lower(), t.lower_)}
        dropped = {w for t in region if t.i in described for w in (t.lemma_.lower(), t.lower_)} - kept
        civil = set() if own_staff else lemmas - dropped
        own = {t.lemma_.lower() for t in trig.subtree} | {t.lower_ for t in trig.subtree}
        if personnel and not devices and not own & sc["personnel"] and own & {"access", "download", "downloads"}:
            personnel = set()  # "asked the Ministry of Digital Development to restrict access to the app"
        if personnel and not devices and not own & sc["personnel"] and self._told_to_block(trig):
            personnel = set()  # "instructed the Ministry of Communications to block the two apps": who carries it out
        # "a prohibition written into the National Defense Authorization Act": a law's name tells no armed service
        unnamed = {
            w
            for t in region
            if not (self.ctx.mention(t) is not None and self.ctx.mention(t).kind == "Law")
            and not self._in_civil_body_name(t)  # "the National Security and Defense Council": no armed service
            for w in (t.lemma_.lower(), t.lower_)
        }
        # "the country's defence ministry banned X": the words of who acted say nothing of how far it reaches
        acting = {t.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        reach = {t.lemma_.lower() for t in region if t.i not in acting} | {
            t.lower_ for t in region if t.i not in acting
        }
        if devices or personnel:
            gov_words = {"government", "state", "federal", "official", "public-sector", "agency", "agencies", "work"}
            if devices <= {"network", "networks"} and not personnel and not lemmas & gov_words and cat != "legislature":
                pass
            elif (
                cat == "legislature"
                # "Congress moved to ban the app on government devices": devices named the government's are no
                # legislature's own, however the legislature acted
                and (_legislating(trig) or self._legislature_acts(imposer, trig) or _government_kit(region))
                and lemmas & gov_words
                and not lemmas & (sc["legislature"] - words("actors", "legislature"))
            ):
                # "Senate Bill 1893, which bars X on government devices": a legislature's law for the state's kit,
                # not its members' devices
                return "government_devices", True
            elif (
                cat == "legislature"
                and self._local_council(imposer)
                and not lemmas & (sc["elected"] | sc["legislature"] | _COUNCILLORS | self._council_members(imposer))
            ):
                # "Hampshire County Council removed X from its corporate devices": a town hall's kit is its local
                # government's, unless its elected members are named
                return "government_devices", True
            elif cat == "legislature" or _beside_comparison(region) & sc["legislature"]:
                return "legislature_devices", True
            elif (
                (unnamed | actor) & sc["military"]
                and not (civil & (sc["civil_personnel"] | {"personal"}))
                # "several ministries, including defence": the government's, unless the clause itself names the
                # kit or people armed ("blocked X on military computers")
                and not (actor & _SEVERAL_BODIES and not reach & unnamed & sc["military"])
            ):
                return "military_devices", True
            elif cat in ("eu", "regulator", "court", "company", "other", "legislature_admin"):
                return "staff_devices", True
            else:
                return "government_devices", True
        if (actor & sc["military"] or lemmas & _MILITARY_BODIES) and not reach & (
            sc["civil_personnel"] | sc["nationwide_strong"]
        ):
            return "military_devices", True  # "The Navy told its members not to use X": an armed service rules its own
        if (lemmas - origins - owners) & sc["nationwide"]:
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), True
        if lemmas & sc["statewide"]:
            return "statewide", True
        if cat == "legislature" and _own_members(region):
            return "legislature_devices", True  # "voted to ban X for its members": the legislature's own people
        if cat == "legislature" and (_legislating(trig) or self._legislature_acts(imposer, trig)):
            # "the parliament passed legislation that bars children under 16 from X", "voted to ban X": a law it
            # makes for its whole jurisdiction, naming no devices or staff, reaches that jurisdiction
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), False
        if cat == "legislature":
            return "legislature_devices", False
        if cat in ("eu",):
            return "staff_devices", False
        if cat in ("jurisdiction", "regulator", "court"):
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), False
        if cat == "company" and imposer and self._binds_own_staff(trig, imposer):
            return "staff_devices", False  # "Acme does not allow its employees to use X": its own people
        return None, False

    @staticmethod
    def _demanded_by_lawmakers(trig) -> bool:
        """ "MPs signed a letter calling for X to be banned", "lawmakers urged that X be banned": a ban asked for by
        members of a legislature (not the legislature itself), told with no actor but a place."""
        callers = _LEGISLATORS | {"mp", "mps", "peer", "peers", "msp", "msps"}
        for a in list(trig.ancestors)[:4]:
            if a.lemma_.lower() not in words("ban", "advisory_verbs") | {"sign", "demand", "petition"}:
                continue
            verb = a.head if a.dep_ == "acl" else a  # "a letter calling for ...": the letter's signers
            while verb.dep_ in ("dobj", "acl") and verb.head.i != verb.i:
                verb = verb.head
            for c in verb.children:
                if c.dep_ == "nsubj" and (c.lemma_.lower() in callers or c.lower_ in callers):
                    return True
        return False

    @staticmethod
    def _told_to_block(trig) -> bool:
        """ "the cabinet instructed the Ministry of Communications to block X": one body bidden to block a thing
        carries the block out; its name is no reach (unlike "ordered agencies to remove X")."""
        if not (trig.dep_ == "xcomp" and trig.head.lemma_.lower() in _BIDDING_VERBS):
            return False
        if trig.lemma_.lower() not in words("ban_rules", "network_blocks"):
            return False
        told = [c for c in trig.head.children if c.dep_ in ("dobj", "dative")]
        return bool(told) and all(t.tag_ in ("NN", "NNP") for t in told)

    def _blocks_an_app(self, trig) -> bool:
        """The verb's object names an app or an online service (a Product), not equipment or a company's kit."""
        heads = words("scope", "telecom_heads")
        for c in trig.children:
            if c.dep_ != "dobj":
                continue
            own = _own_subtree(c)
            if any(t.lemma_.lower() in heads for t in own):
                return False
            if any((m := self.ctx.mention(t)) is not None and m.kind == "Product" for t in own):
                return True
            # "instructed operators to block access to both games", "to block the game": what carriers are told to
            # shut off names no kit, no network and no company (unlike "to remove Huawei equipment"); only a verb of
            # blocking, over a noun of its own ("to remove it", "to phase out their products" point back to kit)
            if (
                trig.lemma_.lower() in words("ban_rules", "network_blocks")
                and c.pos_ != "PRON"
                and not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in own)
                and not any(t.lemma_.lower() in words("scope", "telecom_kit") for t in own)
                and not any((m := self.ctx.mention(t)) is not None and m.kind == "Organisation" for t in own)
            ):
                return True
        return False

    def _companys_own(self, tok) -> bool:
        """ "ordered Meta to stop using personal data to train its AI systems": "its" is the company's told just
        before, so the systems are no state's devices."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return False
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for _ in range(5):  # the subject of the clause, or the object that controls an infinitive ("ordered X to")
            if verb is None:
                return False
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COMPELLING | _ADVISING_VERBS:
                subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if subj is not None:
                m = self.ctx.mention(subj)
                return m is not None and (m.kind == "Product" or self.ctx.category(m.entity_id) == "company")
            if verb.dep_ not in ("xcomp", "advcl", "pcomp", "acl") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def is_subdivision(self, eid: str | None) -> bool:
        if eid and self.ctx.category(eid) == "legislature":
            # "the Montana Legislature passed a bill that bans X in the state": a state's legislature, statewide
            home = self.ctx.jurisdiction_of(eid)
            if home is not None and self.ctx.subdivision(home):
                return True
            # "the Scottish Parliament", "the Welsh Parliament": a devolved legislature, named by its part of the
            # country, whether or not the story names that part
            gaz = self.ctx.gaz
            entry = gaz.entries.get(eid) if gaz is not None else None
            names = [self.ctx.name(eid), *[span.text for _, span in self.adoc.spans_of(eid)]]
            names += list(entry.aliases) if entry is not None else []  # "the Senedd", also the Welsh Parliament
            return gaz is not None and any(
                (sub := gaz.entries.get(gaz.demonyms.get(w.strip(".,'’"), ""))) is not None
                and sub.type == "subdivision"
                for n in names
                for w in n.split()
            )
        return self.ctx.subdivision(eid)

    def _names_a_platform(self, tok) -> bool:
        """A token naming a product or company (the internet, told as a product too, is left to the network words)."""
        m = self.ctx.mention(tok)
        return m is not None and self.ctx.category(m.entity_id) in TARGET_CATEGORIES


# "ISTANBUL (Continental Press Agency) -", "LIMA, May 23 (Wire) --": the place, date and agency opening a wire story
_DATELINE_SPAN = re.compile(
    r"[ \t]*[A-Z][A-Z .'\-]{2,}(?:,[^(\n]{0,30})?[ \t]*\([^)\n]{1,60}\)[ \t]*(?:--|-|\u2014|\u2013)"
)

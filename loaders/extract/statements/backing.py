"""Backing: the cues that back a measure — the imposing side's own words (pledges, the law the banned side
breaks, the advice it heeds, the harm the platform spreads), others urged to follow, the measure praised or
welcomed, judged good or overdue, called for, wanted sooner or wider, data sent to the banned side's home."""

from __future__ import annotations

import re

from loaders.extract.bans import _own_subtree
from loaders.extract.gazetteer import CAPITAL
from loaders.extract.lexicon import words
from loaders.extract.statements._text import _WORD_PATTERNS, _split_phrases, _trie_alternation, any_phrase
from loaders.extract.statements._words import _BAN_NOUNS, _HEDGES


class BackingMixin:
    """StatementExtractor's methods of the cues that back a measure."""

    # a measure undone: "would stop enforcing the ban in accordance with the court's order" backs nothing
    _HALTING = {"stop", "suspend", "lift", "halt", "cease", "pause", "end", "drop", "withdraw", "rescind", "revoke"}
    _ORDER_WORDS = ("in compliance with", "in accordance with", "in line with", "in keeping with")

    def _imposer_words(self, text: str, content, imposer_words) -> bool:
        """The imposing side's words of backing (lexicon supports_ban imposer_words), not an order heeded by undoing the
        measure: "the state would stop enforcing the ban in accordance with the court's order"."""
        backing, heeding = _split_phrases(imposer_words, self._ORDER_WORDS)
        if any_phrase(backing, text) or self._imposer_pledges(text, content):
            return True
        return any_phrase(heeding, text) and not any(
            t.lemma_.lower() in self._HALTING and t.pos_ == "VERB" for t in content
        )

    # what the measure gives, generalised: childhood taken from or given back to children, the law on one's side, the
    # burden put on the platforms ("stealing our children's childhood", "parents have the law on their side", "the
    # responsibility lay with the platforms, not with children")
    _PLEDGE_PATTERN = re.compile(
        r"(?<![\w-])(?:(?:steal|steals|stealing|stole|stolen|rob|robs|robbing|robbed|give|gives|giving|gave|return|"
        r"returns|returning|returned|restore|restores|restoring|restored)(?: [\w'-]+){0,3} childhood|"
        r"(?:have|has|had|having) the law on (?:their|our|his|her|its|your) side|"
        r"(?:responsibility|onus|burden) (?:lies|lay|rests|rested|is|was|falls|fell|should be|must be) (?:with|on) "
        r"(?:the )?(?:platforms|companies|tech companies|social media companies|big tech))(?![\w-])"
    )
    # a negation, doubt or question before a pledge in its clause: "he doubted the law would be upheld", "was not
    # confident", "had no plans to", "it was not his job to", "asked whether the measure puts parents back in charge"
    _HEDGED = re.compile(
        r"(?<![\w-])(?:not|no|never|n't|nor|hardly|doubt|doubts|doubted|doubting|doubtful|unsure|uncertain|unclear|"
        r"whether|if|asked|wondered|questioned|skeptical|sceptical)(?![\w-])"
    )
    _CLAUSE_END = re.compile(r"(?:[,;:.!?]| and| but| while)(?![\w-])")
    _ACCOUNTABLE_OBJECTS = {"platform", "company", "firm", "giant", "network", "app", "tech", "provider"}

    def _hedged_before(self, before: str) -> bool:
        """A negation, doubt or question in the last words of ``before``'s clause (up to eight words)."""
        ends = list(self._CLAUSE_END.finditer(before))
        clause = before[ends[-1].end() :] if ends else before
        return self._HEDGED.search(" ".join(clause.split()[-8:]).lower()) is not None

    def _imposer_pledges(self, text: str, content) -> bool:
        """The imposing side's pledge to defend or enforce its measure, or what it gives those it is made for (lexicon
        supports_ban imposer_pledges, _PLEDGE_PATTERN, "hold the platforms accountable"), told plainly: whole words, no
        negation, doubt or question before it in its clause ("doubted the law would be upheld", "had no plans to hold
        platforms accountable", "the ban was not a line in the sand"), and not told of the ban's lifting ("lifting the
        ban would let young people take back control") or with a ban word cut short ("childhood backgrounds")."""
        if any(
            t.lemma_.lower() in self._UNDOING
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _BAN_NOUNS for c in t.children)
            for t in content
        ):
            return False
        pledges = frozenset(self.lex["cues"]["supports_ban"].get("imposer_pledges", ()))
        key = ("pledges", pledges)
        pattern = _WORD_PATTERNS.get(key)
        if pattern is None:
            alternatives = _trie_alternation(set(pledges))
            pattern = _WORD_PATTERNS[key] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        for rx in (pattern, self._PLEDGE_PATTERN):
            if any(not self._hedged_before(text[: m.start()]) for m in rx.finditer(text)):
                return True
        for t in content:
            # "ready to hold these platforms accountable", "will hold tech companies accountable"
            accountable = [c for c in t.children if c.lower_ == "accountable"]
            if t.lemma_.lower() != "hold" or not accountable:
                continue
            # the object, or the small model's subject of "accountable" ("hold [these platforms accountable]")
            held = [c for c in t.children if c.dep_ == "dobj"] + [
                c for a in accountable for c in a.children if c.dep_ == "nsubj"
            ]
            if not any(c.lemma_.lower() in self._ACCOUNTABLE_OBJECTS or self._carrier(c) for c in held):
                continue
            before = " ".join(x.text for x in t.doc[max(t.sent.start, t.i - 12) : t.i])
            if not self._hedged_before(before) and not self._asked(t):
                return True
        return False

    # doubt over the measure's standing: "said it was not clear the ban is in accordance with the law"
    _DOUBTED = re.compile(r"\b(?:not clear|unclear|whether|doubt|doubts|doubted|doubtful|questioned)\b")

    _OBEYED = re.compile(
        r" (?:the|this|that|its|our|their) (?:" + "|".join(sorted(_BAN_NOUNS)) + r") (?:was|is|were|are|had been|has "
        r"been) (?:made |taken |put in place |imposed )?in (?:full )?(?:compliance|accordance|keeping|line) with "
        r"(?:the|an|a|his|her|its|their|our)(?: [\w'-]+){0,3} (?:order|orders|directive|decision|ruling|instruction|"
        r"instructions|mandate|law|policy|guidance) "
    )

    def _measure_obeys_order(self, text: str) -> bool:
        """The measure told as carried out on a higher authority's order: "the block was in compliance with the
        executive order", "the ban is in line with the governor's directive": its case, given by one who stands behind it
        (not "X is in compliance with the law", said of the banned side's conduct)."""
        m = self._OBEYED.search(text)
        return m is not None and not self._DOUBTED.search(text[: m.start()])

    _MODALS = {"can", "could", "may", "might", "must", "shall"}

    def _carrier(self, w) -> bool:
        """A platform, a banned thing or its users: what may be told spreading a harm or not tolerated."""
        if w is None:
            return False
        if w.lemma_.lower() in set(self.lex["platform_nouns"]) | set(self.lex["spread_carriers"]):
            return True
        m = self.ctx.mention(w)
        return m is not None and (
            m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
        )

    def _harm_spread(self, w) -> bool:
        lemma = w.lemma_.lower()
        if lemma in self.lex["spread_harms"]:
            return True
        marks = set(self.lex["false_marks"])
        return lemma in ("news", "information", "content", "claim", "report") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in marks for c in w.children
        )

    def _platform_spreads_harm(self, content) -> bool:
        """The imposer's harm answered, told as spread by the platform or its users: "any platform that spreads
        false news and incites hatred", "the app was used to spread false information" (a spreading verb with a harm
        as object whose doer is a platform, a banned thing or users); not "the ruling party was the source of
        hatred", "would deepen hatred", "accused critics of incitement"."""
        spreading = set(self.lex["spreading_verbs"])
        for t in content:
            if t.lemma_.lower() not in spreading or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "dobj" and self._harm_spread(c) for c in t.children):
                continue
            v = t
            while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
                v = v.head
            doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if v.dep_ == "relcl" and (doer is None or doer.tag_ in ("WDT", "WP")):
                doer = v.head
            if v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() == "use":
                # "the app was used to spread ...", "accused X of using the platform to promote hatred"
                doer = next((c for c in v.head.children if c.dep_ in ("nsubjpass", "dobj")), doer)
            if self._carrier(doer):
                return True
        return False

    def _not_tolerated(self, content) -> bool:
        """ "would not tolerate any platform that ...": a negated 'tolerate' whose object is a platform, a banned
        thing or its users (not "would not tolerate any attempt to censor journalists")."""
        for t in content:
            if t.lemma_.lower() != "tolerate" or not any(c.dep_ == "neg" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._carrier(o) for o in objs):
                return True
        return False

    def _short_of_law(self, content) -> bool:
        """The banned side found short of the law: "its data transfers fall short of the act" ('fall short of' with
        a law or rules object; not "fell short of its promise")."""
        laws = set(self.lex["law_nouns"])
        for t in content:
            if t.lemma_.lower() != "fall" or not any(c.lower_ == "short" for c in t.children):
                continue
            ofs = [p for c in t.children for p in (c, *c.children) if p.dep_ == "prep" and p.lower_ == "of"]
            if any(o.dep_ == "pobj" and o.lemma_.lower() in laws for p in ofs for o in p.children):
                return True
        return False

    def _unlawful_standing(self, content) -> bool:
        """The banned side told to lack its standing in law (lexicon statement.unlawful_standing): "Binance had been
        serving residents without a licence", "the exchange is not licensed to operate here", "it was operating
        illegally", "Kraken is an unregistered operator". The one lacking it is the subject of the phrase's verb and
        must be the banned side (a target named, a holder noun, or "it"/"they" whose nearest noun before is one): not
        the speaker ("the ministry said it was not authorised to disclose ..."), not "registered" with an object ("had
        not registered any complaints"), and a standing lost only in the words themselves ("was not operating
        illegally", "was not illegal under Russian law" deny it)."""
        lex = self.lex["unlawful_standing"]
        lacked, negated, unlawful = set(lex["lacked"]), set(lex["negated"]), set(lex["unlawful"])
        acts, manners = set(lex["acts"]), set(lex["manners"])

        def denied(v) -> bool:
            chain = [v]
            while chain[-1].dep_ in ("acomp", "xcomp", "conj") and len(chain) < 4:
                chain.append(chain[-1].head)
            return any(c.dep_ == "neg" for x in chain for c in x.children)

        for t in content:
            low = t.lower_
            pred = None
            if low == "without" and t.dep_ == "prep":
                objs = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
                if any(o.lemma_.lower() in lacked or o.lower_ in lacked for o in objs):
                    pred = t.head
                    while pred.pos_ not in ("VERB", "AUX") and pred.dep_ in ("dobj", "pobj", "prep", "attr"):
                        pred = pred.head  # "providing services to users without a licence"
                    if denied(pred):
                        continue
            elif low in negated and t.pos_ in ("VERB", "ADJ", "AUX"):
                if not denied(t) or any(c.dep_ == "dobj" for c in t.children):
                    continue  # "is licensed"; "had not registered any complaints"
                pred = t
            elif low in unlawful:
                if denied(t) or (t.dep_ == "amod" and denied(t.head)):
                    continue
                if t.dep_ == "amod":
                    noun = t.head
                    if noun.dep_ == "attr":
                        pred = noun.head  # "Kraken is an unregistered operator"
                    elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
                        pred = noun.head.head  # "sending data in an unauthorised manner", "regarded as an unauthorised
                        # transmitter": the doer of the verb the phrase qualifies
                    elif noun.dep_ in ("nsubj", "nsubjpass") and self._standing_holder(noun):
                        return True  # "unlicensed lenders had been charging ..." (not "fraudsters use unlicensed apps")
                    else:
                        continue
                else:
                    pred = t
            elif low in manners and t.dep_ == "advmod" and t.head.lemma_.lower() in acts:
                if denied(t.head):
                    continue
                pred = t.head
            if pred is not None and self._standing_holder(self._standing_subject(pred)):
                return True
        return False

    @staticmethod
    def _standing_subject(v):
        """The subject of ``v``, through the verbs it completes or is joined to ("continued to operate without a
        licence", "had ignored requests and was operating without one"); the noun a participle or relative clause
        describes ("exchanges operating without a licence", "Binance, which is not registered")."""
        for _ in range(5):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return v.head if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else subj
            if v.dep_ in ("acl", "relcl"):
                return v.head
            if v.dep_ not in ("xcomp", "conj", "acomp", "advcl") or v.head is v:
                return None
            v = v.head
        return None

    def _standing_holder(self, w) -> bool:
        """``w`` stands for the banned side: a target named, a holder noun ("the exchange", "the app"), a noun it owns
        ("Binance's operations"), or "it"/"they" whose nearest noun before, in this sentence or the one before, is
        one ("the ministry said it was not authorised" is the ministry)."""
        if w is None:
            return False
        holders = set(self.lex["unlawful_standing"]["holders"])

        def banned(x) -> bool:
            m = self.ctx.mention(x)
            if m is not None:
                return m.entity_id in self.targets
            return x.pos_ in ("NOUN", "PROPN") and x.lemma_.lower() in holders

        if w.lower_ in ("it", "they"):
            sents = self.adoc.sentences
            here = self.adoc.sentence_index(w.idx)
            for x in reversed(w.doc[sents[here].start : w.i]):
                if x.pos_ == "PRON" and x.lower_ in ("it", "they", "he", "she", "we", "i"):
                    return False  # "it said it was not authorised to ...": the speaker again
                if x.pos_ in ("NOUN", "PROPN") and x.dep_ != "compound":
                    return banned(x)  # "the ministry said it ..." is the ministry; "blocked the app because it ..."
            # opening its sentence: the banned side if the sentence before names it or its kind
            if here == 0:
                return False
            return any(banned(x) for x in sents[here - 1] if x.pos_ in ("NOUN", "PROPN"))
        if banned(w):
            return True
        if w.pos_ == "PROPN" and self.ctx.mention(w) is None and w.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC"):
            return True  # a firm's name the entity stage left unknown: "Polymarket is not authorised to ..."
        return any(c.dep_ == "poss" and banned(c) for c in w.children)

    def _measure_based(self, content) -> bool:
        """The measure said to rest on a ground: "the government's advice was based on a joint assessment by ...",
        "the suspension is based on the law" (a measure noun the subject of "based on")."""
        measures = _BAN_NOUNS | set(words("ban", "advisory_nouns"))
        for t in content:
            if t.lower_ != "based" or not any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if any(c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in measures for c in t.children):
                return True
        return False

    def _forbids_dealing(self, content) -> bool:
        """The measure in the speaker's own words, as what may not be done with the thing: "the device could not be
        marketed", "the phones may not be sold" (a dealing verb, negated, with a modal)."""
        acts = set(self.lex["forbidden_dealings"])
        for t in content:
            if t.pos_ != "VERB" or t.lemma_.lower() not in acts:
                continue
            kids = list(t.children)
            if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in self._MODALS for c in kids):
                return True
        return False

    def _unnamed(self, content) -> list:
        """The content without the words of the bodies and laws it names: "following the assessment of the Centre for
        Cyber Security", "in contact with the Data Protection Commission" say nothing of security or protection. A
        party stays ("could hand data to the Communist Party" is the speaker's fear)."""
        out = []
        for t in content:
            m = self.ctx.mention(t)
            if m is not None and m.kind in ("Organisation", "Law") and " " in m.text:
                entry = self.ctx.gaz.entries.get(m.entity_id) if self.ctx.gaz is not None else None
                if entry is None or entry.type != "party":
                    continue
            out.append(t)
        return out

    def _defends_measure(self, content) -> bool:
        """'would "vigorously defend" the executive order': defending or upholding the measure itself, whatever
        quotation marks or adverbs stand between the verb and its object."""
        measures = self._MEASURES_OR_BANS
        return any(
            t.lemma_.lower() in ("defend", "uphold")
            and t.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in t.children)
            for t in content
        )

    _HEEDING = {"follow", "heed", "implement", "adopt", "accept"}
    _COUNSEL = frozenset(words("statement", "counsel"))
    _AFTER = {"following", "after"}
    # the verbs telling the measure made ("was taken", "was imposed", "the decision came after"), not what was done to
    # it since ("would be reconsidered", "could be ended", "was challenged in court")
    _MADE = frozenset(words("ban_rules", "impose_verbs")) | frozenset(words("ban_rules", "settling_verbs")) | {"come"}

    def _heeds_advice(self, content) -> bool:
        """The imposing side carrying out the counsel the measure rests on: "the government would follow the agency's
        advice in full", "the administration followed the ministry's recommendation", "the decision followed a
        determination by ...", "the measure was taken following technical analysis" (not negated)."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if t.lemma_.lower() in self._HEEDING and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self._COUNSEL for c in t.children
            ):
                return True
            # the measure itself told taken after a finding (not "following no formal assessment")
            if (
                t.lemma_.lower() in self._MADE
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in measures for c in t.children)
                and any(
                    p.dep_ == "prep"
                    and p.lower_ in self._AFTER
                    and any(
                        o.lemma_.lower() in self._COUNSEL and not any(d.lower_ == "no" for d in o.children)
                        for o in p.children
                    )
                    for p in t.children
                )
            ):
                return True
        for t in content:
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            kids = list(t.children)
            if t.lemma_.lower() == "act" and any(
                p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() in self._COUNSEL for o in p.children)
                for p in kids
            ):
                return True  # "ministers should act on the agency's findings"
            if (
                t.lemma_.lower() == "take"
                and any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in self._COUNSEL) for c in kids)
                and any(c.lower_ == "seriously" for c in kids)
            ):
                return True  # "expected ministries to take the agency's findings seriously", "had to take seriously
                # that both apps could be used by foreign states"
        return False

    _WORRIES = {"concern", "worry", "doubt", "reservation", "concerned", "worried", "question"}
    _MEASURES = {"bill", "law", "legislation", "framework", "regime", "rule", "requirement", "proposal", "plan",
                 "policy", "licensing", "amendment", "regulation"}  # fmt: skip
    # the measure's words: a ban's nouns and a rule's (computed once, not per call)
    _MEASURES_OR_BANS = frozenset(_BAN_NOUNS | _MEASURES)

    def _worried_by_measure(self, content) -> bool:
        """Concerns about the measure itself ("had concerns about the speed with which the framework was introduced",
        "raised questions over the bill"), not about the banned side ("concerns about the app's data handling")."""
        measures = self._MEASURES_OR_BANS
        if self._measure_a_cause_for_concern(content, measures):
            return True
        for t in content:
            if t.lemma_.lower() not in self._WORRIES or t.pos_ not in ("NOUN", "ADJ"):
                continue
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in t.children) or any(
                c.dep_ == "neg" for c in t.head.children
            ):
                continue  # "there were no concerns about the order"
            for prep in (
                c for c in t.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "with", "regarding")
            ):
                for x in prep.subtree:
                    m = self.ctx.mention(x)
                    if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) in (
                        "company", "product",
                    )):  # fmt: skip
                        break  # "concerns over how TikTok handles data under the new law": the banned side's conduct
                    if x.lemma_.lower() in measures and x.pos_ == "NOUN":
                        return True
        return False

    _CAUSES = {"cause", "source", "matter", "reason"}

    # others wanted to do the same: "urged other states to take similar steps", "should do exactly the same"
    _STEP_NOUNS = {"step", "measure", "action", "ban", "restriction", "move"}
    _LIKE = {"similar", "same", "comparable", "equivalent"}
    _URGING = {"urge", "call", "ask", "encourage", "press", "invite", "want", "tell"}
    _WANTED_MODALS = {"should", "must", "ought", "shall"}

    def _wants_others_to_follow(self, content) -> bool:
        """Others wanted to do the same as the measure: "urged other states and the federal government to take similar
        steps", "the Parliament should do exactly the same", "called on other countries to follow suit"; not "urged
        others not to follow suit", not "asked whether Britain would do the same"."""
        for t in content:
            lemma = t.lemma_.lower()
            objects = [c for c in t.children if c.dep_ == "dobj"]
            if lemma == "follow":
                same = any(o.lower_ == "suit" for o in objects)
            elif lemma == "do":
                same = any(o.lemma_.lower() == "same" for o in objects)
            elif lemma in ("take", "adopt", "introduce", "impose"):
                same = any(
                    o.lemma_.lower() in self._STEP_NOUNS and any(a.lower_ in self._LIKE for a in o.children)
                    for o in objects
                )
            else:
                continue
            if not same or t.pos_ != "VERB":
                continue
            wanted = any(c.dep_ == "aux" and c.lower_ in self._WANTED_MODALS for c in t.children) or (
                t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in self._URGING
            )
            negated = any(c.dep_ == "neg" for c in t.children) or any(
                c.dep_ == "neg" for c in t.head.children if t.dep_ in ("xcomp", "ccomp")
            )
            if wanted and not negated and self._urged_can_impose(t):
                return True
        return False

    _STATE_WORDS = {"state", "country", "nation", "government", "parliament", "legislature", "congress", "senate",
                    "province", "city", "council", "regulator", "authority", "ministry", "administration", "lawmaker",
                    "legislator", "capital", "member", "jurisdiction", "democracy"}  # fmt: skip

    def _urged_can_impose(self, verb) -> bool:
        """The party wanted to do the same can itself impose a measure: a government, state or body ("urged other
        states to take similar steps", "the Parliament should do exactly the same", "Britain should follow suit");
        not "urged her followers to do the same", "the opposition should do the same"."""
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self._URGING:
            head = verb.head
            urged = [c for c in head.children if c.dep_ == "dobj"]
            urged += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
            urged += [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            urged = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for u in urged:
            group = [u, *(c for c in u.children if c.dep_ == "conj")]
            for x in group:
                if x.lemma_.lower() in self._STATE_WORDS or x.lemma_.lower() in words("actors", "generic_government"):
                    return True
                m = self.ctx.mention(x)
                if m is not None and (
                    m.kind == "Jurisdiction"
                    or (
                        m.kind == "Organisation"
                        and self.ctx.category(m.entity_id) not in ("company", "product", "other")
                    )
                ):
                    return True
        return False

    _ATTACKS = {"cyberattack", "cyberattacks", "phishing", "malware", "attack", "attacks"}
    _USING = {"use", "exploit", "employ"}

    def _used_for_attacks(self, content) -> bool:
        """The app used for attacks: "uses the messenger for cyberattacks, phishing, spreading malware" (a using verb
        with an object, the attacks under its "for"); not "the website was hit by a cyberattack", "fake clones of the
        app that carry malware"."""
        for t in content:
            low = t.lower_
            if low not in self._ATTACKS or (
                low.startswith("attack") and not any(c.lower_ == "cyber" for c in t.children)
            ):
                continue
            x, prep = t, None
            for _ in range(6):
                if x.dep_ == "prep" and x.lower_ in ("for", "in"):
                    prep = x
                if x.head is x:
                    break
                x = x.head
                if prep is not None and x.lemma_.lower() in self._USING and x.pos_ == "VERB":
                    if any(c.dep_ in ("dobj", "nsubjpass") for c in x.children) and not any(
                        c.dep_ == "neg" for c in x.children
                    ):
                        return True
                    break
        return False

    # keeping a country's law: "has to respect Nepal's law", "had to play by Brazilian rules", "must comply with local law"
    _KEEPING_LAW = {"respect": None, "obey": None, "follow": None, "honour": None, "honor": None, "abide": "by",
                    "play": "by", "comply": "with"}  # fmt: skip
    _LAWS = {"law", "rule", "regulation", "legislation", "constitution"}
    _OBLIGED = {"must", "should"}
    _RULING_HOLDERS = {"court", "judge", "police", "minister", "ministry", "regulator", "authority", "we"}

    def _court_ruling_accepted(self, content) -> bool:
        """ "would respect the court's decision", "will abide by the ruling of the court": a court's ruling accepted."""
        for t in content:
            if t.lemma_.lower() not in self._KEEPING_LAW and t.lemma_.lower() != "accept":
                continue
            ruled = [c for c in t.children if c.dep_ == "dobj"]
            ruled += [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("by", "with") for o in p.children]
            for r in ruled:
                if r.lemma_.lower() in self._RULINGS and any(x.lemma_.lower() == "court" for x in r.subtree):
                    return True
        return False

    def _must_keep_law(self, content) -> bool:
        """The rule the banned side is held to, as an obligation: "any company that wants to do business in Nepal has to
        respect Nepal's law", "foreign companies had to play by Brazilian rules", "platforms must comply with local law";
        not "do not have to follow the law", not "the government must respect the rule of law" (a critic's charge),
        not the government or authorities held to it."""
        public = set(words("actors", "generic_government")) | self._RULING_HOLDERS
        if self._court_ruling_accepted(content):
            return False  # "would respect the court's decision but foreign platforms must still obey Turkish law": the
            # ruling against the measure accepted, the law upheld in general
        for t in content:
            particle = self._KEEPING_LAW.get(t.lemma_.lower(), "")
            if particle == "" or t.pos_ != "VERB":
                continue
            obliged = any(c.dep_ == "aux" and c.lower_ in self._OBLIGED for c in t.children)
            holder = t
            if not obliged and t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "need"):
                obliged = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                holder = t.head
            if not obliged or any(c.dep_ == "neg" for c in (*t.children, *holder.children)):
                continue
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in public:
                continue
            if particle:
                laws = [o for p in t.children if p.dep_ == "prep" and p.lower_ == particle for o in p.children]
            else:
                laws = [c for c in t.children if c.dep_ == "dobj"]
            for law in laws:
                if law.lemma_.lower() not in self._LAWS:
                    continue
                if any(p.dep_ == "prep" and p.lower_ == "of" for p in law.children):
                    continue  # "the rule of law"
                return True
        return False

    @staticmethod
    def _measure_a_cause_for_concern(content, measures) -> bool:
        """ "the orders were a cause for concern for all media", "the law is a matter of serious concern": the measure
        itself, the copula's subject, said to worry; not "the app's data practices are a cause for concern", not "the
        ban is no cause for concern"."""
        for t in content:
            if t.lemma_.lower() not in ("concern", "worry", "alarm") or t.dep_ != "pobj":
                continue
            prep = t.head
            cause = prep.head
            if prep.lower_ not in ("for", "of") or cause.lemma_.lower() not in BackingMixin._CAUSES:
                continue
            if cause.dep_ != "attr" or any(c.lower_ in ("no", "little") for c in cause.children):
                continue
            copula = cause.head
            if any(c.dep_ == "neg" for c in copula.children):
                continue
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in copula.children):
                return True
        return False

    def _risk_only_weighed(self, content) -> bool:
        """Every word of the risk in the content is the topic of the clause, not a charge: its subject ("the real risk
        is the phone itself", "the concern is less about the model"), or what something says little of ("say very
        little about the risk"); not "the app is a security risk" nor "concerns about how X handles data"."""
        topic = set(self.lex["cues"]["supports_ban"]["topic_words"])
        hits = [t for t in content if t.lower_ in topic or (t.pos_ == "NOUN" and t.lemma_.lower() in topic)]
        if not hits:
            return False
        for t in hits:
            while t.dep_ in ("compound", "amod") and t.head.i != t.i:
                t = t.head  # "the security risk": the risk's place in the clause
            if t.dep_ in ("nsubj", "nsubjpass"):
                continue
            if any(x.lower_ in ("little", "nothing") for a in list(t.ancestors)[:3] for x in (a, *a.children)):
                continue
            return False
        return True

    _ACTING = {"act", "move", "remove", "ban", "block", "bar", "pull", "delete", "suspend", "restrict", "take"}

    # unnamed bodies that carry a measure out: "praised the regulator for acting quickly"
    _ACTING_BODIES = {"regulator", "watchdog", "ministry", "department", "agency", "government", "authority",
                      "authorities", "administration", "commission", "governor", "minister", "state"}  # fmt: skip

    def _praised_for_acting(self, frame) -> bool:
        """ "praised the regulator for acting quickly", "commended the ministry for removing the app": the one who
        carried the measure out (an imposer of the story or a body word for one) praised for doing it - not the
        banned side, a court or another firm ("praised Telegram for blocking channels", "praised the judge for blocking
        the law", "praised Microsoft for pulling its ads"); beside acting or taking action, the act's object is the
        banned thing ("for removing the app"; not "for removing the requirement"); not moving to do another thing
        ("for moving quickly to hear petitions")."""
        praised = [c for c in frame.children if c.dep_ == "dobj"]
        if len(praised) != 1:
            return False
        m = self.ctx.mention(praised[0])
        if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) == "court"):
            return False
        body = self._acting_body(praised[0])
        for c in frame.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for g in c.children:
                if g.dep_ != "pcomp" or g.tag_ != "VBG" or g.lemma_.lower() not in self._ACTING:
                    continue
                if any(x.dep_ == "neg" for x in g.children):
                    continue
                lemma = g.lemma_.lower()
                if not body and not (lemma == "act" and m is not None and m.kind == "Organisation"):
                    continue  # a firm that took the app down acting: "praised Apple for acting quickly"
                if lemma == "take" and not any(
                    x.dep_ == "dobj" and x.lemma_.lower() in ("action", "step", "measure") for x in g.children
                ):
                    continue  # "for taking action", "for taking steps"; not "for taking the time"
                if lemma == "move" and any(x.dep_ in ("xcomp", "advcl") for x in g.children):
                    continue  # "for moving quickly to hear petitions against the ban": another act
                if lemma not in ("act", "take", "move") and not any(
                    x.dep_ == "dobj" and self._story_thing(x) for x in g.children
                ):
                    continue  # "for removing the app"; not "for removing the requirement", "for pulling its ads"
                return True
        return False

    def _acting_body(self, w) -> bool:
        """``w`` names an imposer of the story (not a court, nor a banned side) or is a body word for one."""
        m = self.ctx.mention(w)
        if m is not None:
            return self.ctx.category(m.entity_id) not in ("company", "product", "person") and self._imposing(
                m.entity_id
            )
        return w.pos_ == "NOUN" and w.lemma_.lower() in self._ACTING_BODIES

    def _story_thing(self, w) -> bool:
        """``w`` is the story's banned thing: a target named, "the app", "the platform", or "it"."""
        m = self.ctx.mention(w)
        if m is not None:
            return m.entity_id in self.targets
        return w.lemma_.lower() in self._BANNED_THINGS or w.lower_ in ("it", "them")

    def _enacted_measure(self, w) -> bool:
        """``w`` is the making of the measure itself: "the signing of the act", "the bill's passage" (an enacting noun
        of statement.enacting_nouns whose "of" object or possessor is a measure noun) - not the passage of a bill
        that repeals or condemns it ("the adoption of a resolution condemning shutdowns", "a law repealing the ban";
        statement.enacted_against), nor, in a story of a ban being lifted, a bill passed, which is the lifting."""
        if w.lemma_.lower() not in set(self.lex["enacting_nouns"]) or self.lifting:
            return False
        measures = _BAN_NOUNS | self._MEASURES | {"act"}
        against = set(self.lex["enacted_against"])
        made = [o for p in w.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        made += [c for c in w.children if c.dep_ == "poss"]
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in w.children) and not made:
            return True  # "welcomed the approval": the story's own measure
        for o in made:
            if o.lemma_.lower() not in measures:
                continue
            if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in against for c in o.children):
                continue  # "a law repealing the ban", "a bill to lift the block", "a resolution that condemns it"
            return True
        return False

    _CORE = {"nsubj", "nsubjpass", "dobj"}
    _UNDONE_BY = {"block", "challenge", "contest", "suspend", "overturn", "appeal", "quash", "strike", "halt", "stay",
                  "lift", "reverse", "annul", "void", "scrap", "revoke", "repeal", "freeze", "invalidate", "rescind"}  # fmt: skip

    def _it_is_the_measure(self, w) -> bool:
        """``w`` is "it" standing for the measure the sentence before was about: "Police said the block had been carried
        out under the Act. The prime minister then defended it", "The block was widely criticised. The minister defended
        it" (a measure noun as a subject or object there, no noun but the speaker's before "it" in its own sentence). Not "it"
        after a sentence whose measure is only named in passing ("published a report on the ban"), nor in a story of a
        ban lifted (there "it" may be the lifting) or with no ban."""
        if w.lower_ != "it" or w.dep_ != "dobj" or self.lifting or self.no_measure:
            return False
        sent = w.sent
        speaking = {t.i for c in w.head.children if c.dep_ == "nsubj" for t in c.subtree}
        if any(t.pos_ == "NOUN" and t.i < w.i and t.i not in speaking for t in sent):
            return False  # "after reading the report, she defended it": "it" may be that noun, not the speaker's
        after = [t.lower_ for t in w.doc[w.i + 1 : w.i + 3]]
        if after[:1] == ["as"] and after[1:] and after[1] in ("a", "an", "the", "one"):
            return False  # "praised it as the last uncensored platform": what "it" is told as is no measure
        if after == ["for", "its"]:
            return False  # "praised it for its reliable coverage": a thing with qualities of its own
        here = self.adoc.sentence_index(sent.start_char)
        if here == 0:
            return False
        before = self.adoc.sentences[here - 1]
        for t in before:
            m = self.ctx.mention(t)
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                return False  # "TikTok challenged the ban", "The ban was reported by the BBC": "it" may be that name
        measures = _BAN_NOUNS - {"action", "step", "notice", "direction"}
        return any(
            t.pos_ == "NOUN"
            and t.dep_ in self._CORE
            and t.lemma_.lower() in measures
            # not the measure as what was undone or contested: "A federal judge blocked the ban", "challenged the ban"
            and not (t.dep_ == "dobj" and t.head.lemma_.lower() in self._UNDONE_BY)
            for t in before
        )

    def _welcomed_measure(self, w) -> bool:
        """``w``, what a speaker welcomes, is the story's measure told as its making or its plan: "welcomed the vote",
        "praised the plan", "hailed the change", "applauded the bill" (lexicon statement.welcomed_measures and the
        measure nouns). The noun must plainly be the measure: bare, or with a clause that bans or restricts ("the vote
        to ban", "the plan to restrict"); another clause or an "of" phrase makes it something else ("the plan to review
        the ban", "the proposal to exempt journalists", "the announcement of talks", "the vote of the court to hear a
        challenge"). Not one undoing it ("the plan to lift the ban", "the vote against the ban"), not another's ("the
        company's plan", "the changes the platform announced", "the changes announced by Meta"), not the vote of a
        story of an election, and none in a story of a ban lifted (the change is the lifting) or with no ban at all."""
        if self.lifting or self.no_measure:
            return False
        lemma = w.lemma_.lower()
        if w.lower_ not in set(self.lex["welcomed_measures"]) and lemma not in set(self.lex["welcomed_measures"]) | (
            self._MEASURES
        ):
            return False
        against = set(self.lex["enacted_against"])
        banning = set(words("ban", "verbs"))
        measures = self._MEASURES_OR_BANS
        owners = [k for k in w.children if k.dep_ == "poss"]
        named = []  # owners told in an "of"/"by" phrase: the phrase's own noun names them
        # an infinitive right after the noun, hung by the parse on the welcoming verb: "hailed the vote of the court to
        # hear a challenge" is the vote's clause
        clauses = [
            k
            for k in w.head.children
            if k.dep_ == "advcl"
            and k.i > w.i
            and k.left_edge.i == w.right_edge.i + 1
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in k.children)
        ]
        bans_it = False
        for k in [*w.children, *clauses]:
            if k.dep_ == "prep" and k.lower_ == "against":
                return False  # "the vote against the ban"
            if k.dep_ == "prep" and k.lower_ in ("of", "by"):
                objs = [o for o in k.children if o.dep_ == "pobj"]
                if any(o.lemma_.lower() in measures for o in objs):
                    continue  # "the announcement of the ban"
                named += objs  # "the vote of the court", "the plan by the ministry": an owner, as a possessive
                continue
            if k.dep_ not in ("acl", "relcl", "advcl"):
                continue
            verb = k.lemma_.lower()
            if verb in against:
                return False  # "the plan to lift the ban"
            doers = [s for s in k.children if s.dep_ == "nsubj"]
            doers += [o for a in k.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if doers:
                owners += doers  # "the changes Meta announced", "the plan announced by the ministry"
            elif verb in banning and not any(c.dep_ == "neg" for c in k.children):
                bans_it = True  # "the vote to ban TikTok", "the plan to restrict phones"
            else:
                return False  # "the plan to review the ban", "the proposal to exempt journalists"
        if (
            not bans_it
            and lemma in set(self.lex["welcomed_polls"])
            and any(t.lemma_.lower() in set(self.lex["election_words"]) for t in w.doc)
        ):
            return False  # "welcomed the vote" in a story of an election: the poll
        for o in named:
            m = self.ctx.mention(o)
            if m is None and o.lower_ not in ("government", "ministry", "parliament", "lawmakers", "council"):
                return False  # "the announcement of talks between the government and TikTok"
            if m is not None and not self._imposing(m.entity_id):
                return False  # "the plan by Meta"
        for o in owners:
            if o.lower_ in ("its", "their"):
                eid = self._possessor(o)
            else:
                m = next((self.ctx.mention(t) for t in o.subtree if self.ctx.mention(t)), None)
                eid = m.entity_id if m is not None else None
            if eid is not None and not self._imposing(eid):
                return False  # "the company's plan", "the changes Meta announced": no measure of the story's
            if eid is None and o.lower_ not in ("government", "ministry", "parliament", "lawmakers", "council"):
                return False
        return True

    def _out_of_place(self, content) -> bool:
        """A device or the banned thing said not to belong where the measure keeps it out: "phones don't belong in the
        classroom", "TikTok does not belong on government devices" (a negated "belong" whose subject is a device of
        scope.devices, a platform noun or a banned target). "Bureaucrats don't belong in decisions about apps" is
        about someone else."""
        devices = set(words("scope", "devices")) | set(self.lex["platform_nouns"])
        for t in content:
            if t.lemma_.lower() != "belong" or not any(c.dep_ == "neg" for c in t.children):
                continue
            for c in t.children:
                if c.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                m = self.ctx.mention(c)
                if (
                    c.lower_ in devices
                    or c.lemma_.lower() in devices
                    or (m is not None and m.entity_id in self.targets)
                ):
                    return True
                if c.lower_ in ("they", "it") and any(
                    x.i < c.i and (x.lower_ in devices or x.lemma_.lower() in devices) for x in t.sent
                ):
                    return True  # "even though phones are part of our lives, they don't belong in the classroom"
        return False

    _REMOVAL_VERBS = {"remove", "ban", "block", "bar", "prohibit", "replace", "rip", "uninstall", "delete", "strip"}
    _OUGHT = {"should", "must", "ought", "need"}

    _NO_ONE = {"few", "no", "nobody", "none", "noone", "neither"}

    _EARLIER = {"initially", "originally", "once", "first", "earlier", "previously", "formerly"}
    _AFTERWARDS = {"later", "since", "now", "then", "subsequently", "afterwards", "afterward", "eventually"}

    def _told_apart_in_time(self, backing, said) -> bool:
        """The backing told as past beside the joined saying: the backing verb in the past perfect ("had backed") or
        with a word of before ("initially", "at first"), or the saying with a time of its own ("later argued", "on
        Monday argued"): "initially backed the decision but later argued it should be reversed" is a change of mind,
        not the backing now."""
        kids = list(backing.children)
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in self._EARLIER for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "at" and any(x.lower_ == "first" for x in c.children) for c in kids
        ):
            return True
        return any(
            (c.dep_ == "advmod" and c.lower_ in self._AFTERWARDS)
            or (c.dep_ in ("prep", "npadvmod") and any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree))
            for c in said.children
        )

    def _backs_measure(self, frame, content) -> bool:
        """ "said she supported the order but ...", "backed the move, saying ...", "backed the decision but argued
        ...": a verb of backing with the measure as its object, in the words, as the verb a participle of saying hangs
        on, or as the verb a reporting verb with no subject of its own is joined to."""
        measures = _BAN_NOUNS | set(words("ban", "similar_only_nouns"))
        backing = set(self.lex["backing_verbs"])
        measure_verbs = set(words("ban", "verbs"))
        verbs = [t for t in content if t.pos_ == "VERB"]
        if (
            frame.pos_ == "VERB"
            and frame.head.pos_ == "VERB"
            and (
                (frame.dep_ == "advcl" and frame.tag_ == "VBG")  # "X backed the move, saying ..."
                or (
                    frame.dep_ == "conj"
                    and not any(c.dep_ == "nsubj" for c in frame.children)
                    and not self._told_apart_in_time(frame.head, frame)
                )
            )
        ):
            verbs.append(frame.head)
        for t in verbs:
            kids = list(t.children)
            if t.lemma_.lower() not in backing or any(c.dep_ == "neg" for c in kids):
                continue
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subj is not None and any(x.lower_ in self._NO_ONE for x in subj.subtree):
                continue  # "few people would support the ban": nobody's backing
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in kids
            ):
                continue  # "would support the ban if it were narrower": backing on a condition not met
            if any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in kids):
                return True
            if any(c.dep_ in ("dobj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in measure_verbs for c in kids):
                return True  # "a clear majority backed restricting the platform"
            if any(
                c.dep_ in ("dobj", "xcomp")
                and c.tag_ == "VBG"
                and c.lemma_.lower() == "keep"
                and any(p.dep_ in ("prep", "prt", "advmod") and p.lower_ in ("off", "out", "away") for p in c.children)
                for c in kids
            ):
                return True  # "said he supported keeping the apps off state phones"
        return False

    _COPULAS = {"be", "seem", "look", "sound", "remain", "prove"}
    _SIGNALS = {"message", "signal"}  # what a measure sends, judged by its modifiers: "sent the wrong message"
    # not "response" or "reaction": mostly someone's answer to the measure ("the company's response was appropriate")
    _JUDGED_NOUNS = {"approach", "policy", "plan", "rule", "law", "bill", "legislation"}
    # common nouns for the banned side owning a step ("the company's approach", "the platform's policy")
    _BANNED_SIDE_NOUNS = {"company", "firm", "platform", "app", "developer", "operator", "owner", "provider", "maker"}

    def _imposing(self, eid: str) -> bool:
        """The entity is an imposer of a ban of the story, or the country of one or whose body imposes one."""
        if eid in self.imposers:
            return True
        if self.ctx.jurisdiction_of(eid) in self.imposers:
            return True
        return any(self.ctx.jurisdiction_of(b) == eid for b in self.imposers)

    def _judged_measure(self, content, side: str | None = None) -> str | None:
        """The measure as the subject of a clause that judges it: "the approach was appropriate", "removing the app
        from work phones is basic hygiene" ("good"), "blocking a whole service is the equivalent of closing a road",
        "the ban was about control", "the decision sent the wrong message" ("bad"); "the decision is not appropriate"
        is "bad", "the ban is not wrong" no judgement (a hedge). The subject is a word for a measure (not the banned
        firm's: "the company's decision was right") or a gerund of banning or removing; the judging words are the
        lexicon's (statement.judged_measure)."""
        judged = self.lex["judged_measure"]
        measures = (_BAN_NOUNS | self._JUDGED_NOUNS) - {
            "action",
            "notice",
        }
        acts = set(words("ban", "verbs")) | set(words("ban", "needs_particle")) | self._REMOVAL_VERBS
        outcome = self.lex["judged_outcome"]
        inside = {t.i for t in content}
        judging = self._COPULAS | {"send"} | set(outcome["good"]) | set(outcome["bad"])
        for t in content:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in judging:
                continue
            if self._asked(t):
                continue  # '"Is this shutdown acceptable?"', '"Would the block be acceptable if ...?"': asked, not judged
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and subj.lower_ == "it":
                # "it is unacceptable to shut down a platform": the infinitive the "it" stands for is judged
                subj = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB"), subj)
            if subj is None or subj.i not in inside:
                continue
            if subj.dep_ == "nsubj":
                if subj.lemma_.lower() not in measures:
                    continue
                owners = [x for c in subj.children if c.dep_ == "poss" for x in c.subtree]
                if any(
                    (m := self.ctx.mention(x)) is not None and self.ctx.category(m.entity_id) in ("company", "product")
                    for x in owners
                ) or any(x.lemma_.lower() in self._BANNED_SIDE_NOUNS for x in owners):
                    continue  # "the company's decision was right": the banned side's own step
                if any(
                    (m := self.ctx.mention(x)) is not None
                    and m.kind in ("Organisation", "Jurisdiction")
                    and not self._imposing(m.entity_id)
                    for x in owners
                ):
                    continue  # "the European Commission's approach was wrong", in a story of Australia's ban: another's
                if side == "target" and any(x.lower_ in ("its", "their", "our") for x in owners):
                    continue  # the banned side's "its policy was appropriate": its own step, not the measure
            elif subj.tag_ not in ("VBG", "VB") or not (
                subj.lemma_.lower() in acts
                or (
                    subj.lemma_.lower() in ("take", "keep")
                    and any(c.dep_ in ("prt", "prep") and c.lower_ in ("off", "out", "down") for c in subj.children)
                )
            ):
                continue  # "removing the app from work phones", "taking it off official laptops"
            if lemma not in self._COPULAS and lemma != "send":
                # judged by its outcome: "the ban had achieved its goal", "the block has not worked", "the ban failed
                # to stop ..."; "achieved nothing" is no success
                negated = any(c.dep_ == "neg" for c in t.children) or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("nothing", "little") for c in t.children
                )
                if not self._outcome_judged(t, subj, outcome):
                    continue
                if lemma in outcome["good"]:
                    if not negated and any(c.dep_ == "aux" and c.lower_ in outcome["predictions"] for c in t.children):
                        continue  # "the ban will work": a prediction, no verdict that it worked
                    return "bad" if negated else "worked"
                if not negated:
                    return "bad"
                continue
            if lemma == "send":  # "the decision sent an important message", "the ban sends the wrong signal"
                heads = [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in self._SIGNALS]
            else:
                heads = [
                    c
                    for c in t.children
                    if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "prep" and c.lower_ in ("about", "like"))
                ]
            if not heads:
                continue
            denied = self._denied_alternatives(heads) | self._idle_aims(heads)
            text = " " + " ".join(x.lower_ for c in heads for x in c.subtree if x.i not in denied) + " "
            # "is not appropriate"; not a "not" further in ("about control, not about protecting", "a sensible floor,
            # not a solution")
            negated = (
                any(c.dep_ == "neg" and c.i < x.i for x in (t, *heads) for c in x.children)
                or any(c.dep_ == "neg" for c in t.children)
                or any(self._neither(h) for h in heads)  # "was neither necessary nor proportionate"
                or self._judgement_doubted(t, heads)
            )
            if self._claim_denied(t):
                # "Nobody can claim the suspension is illegal", "no one can say the block is unlawful": the measure's
                # lawfulness upheld; another judgement denied so tells none
                if any_phrase(judged["unlawful"], text, whole=True) and not negated:
                    return "good"
                continue
            if any_phrase(judged["good"], text, whole=True):
                return "bad" if negated else "good"
            if any_phrase(judged["bad"], text, whole=True) and not negated:
                return "bad"
            if not negated and any(c.dep_ == "attr" and c.lemma_.lower() in judged["bad_heads"] for c in heads):
                return "bad"
            # "the bans are political", "was political and illegal": the word itself the predicate (or one of its
            # conjuncts), not "a response to political violence", nor "about security and not political"
            if not any(c.dep_ == "neg" for c in t.children) and any(
                x.lower_ in judged["bad_words"] and not any(n.dep_ == "neg" for n in x.children)
                for c in heads
                if c.dep_ in ("acomp", "attr", "oprd")
                for x in (c, *c.conjuncts)
            ):
                return "bad"
        return None

    @staticmethod
    def _denied_alternatives(heads) -> set[int]:
        """The words of an alternative denied inside a judging predicate, which judge nothing: "about control, not
        about protecting anybody", "proportionate, not draconian" (what follows "not" is denied, not claimed)."""
        return {
            x.i
            for c in heads
            for d in c.subtree
            if d.i != c.i and any(n.dep_ == "neg" for n in d.children)
            for x in d.subtree
        }

    _KEEPING_AIMS = {"keep", "let"}
    _PROTECTING_AIMS = {"protect", "shield", "safeguard"}

    def _idle_aims(self, heads) -> set[int]:
        """The words of an "about" predicate that tell no aim of protection: an alternative set aside with "rather
        than" ("about safety theatre rather than real protection"); a word that only modifies the noun the measure
        is about ("about safety theatre" is about theatre); a gerund of keeping or letting that brings about no safe
        state ("about keeping young people quiet", not "about keeping kids safe", "about letting kids be kids"); one
        of protecting or shielding whose object is none of those to protect ("about protecting the government's poll
        numbers", not "about protecting children")."""
        states, ones = set(self.lex["protected_states"]), set(self.lex["protected_ones"])
        idle: set[int] = set()
        for about in (h for h in heads if h.lower_ == "about"):
            for d in about.subtree:
                if d.lower_ == "than" and any(
                    x.lower_ == "rather" for x in (*d.children, *(d.doc[d.i - 1 : d.i] if d.i else []))
                ):
                    idle |= {x.i for x in d.subtree} | {d.i - 1}
                elif d.dep_ == "compound" and d.head.dep_ == "pobj" and d.head.head.i == about.i:
                    idle.add(d.i)
                elif d.dep_ == "pcomp" and d.head.i == about.i and d.lemma_.lower() in self._KEEPING_AIMS:
                    told = [c for c in d.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")]
                    subjects = {x.i for c in told for s in c.children if s.dep_ == "nsubj" for x in s.subtree}
                    if not any(x.lemma_.lower() in states for c in told for x in c.subtree if x.i not in subjects):
                        idle |= {x.i for x in d.subtree}
                elif d.dep_ == "pcomp" and d.head.i == about.i and d.lemma_.lower() in self._PROTECTING_AIMS:
                    objs = [c for c in d.children if c.dep_ == "dobj"]
                    if objs and not any(o.lemma_.lower() in ones or o.lower_ in ones for o in objs):
                        idle |= {x.i for x in d.subtree}
        return idle

    _ALL_BUT_NOT = {"hardly", "scarcely", "barely"}

    @classmethod
    def _judgement_doubted(cls, copula, heads) -> bool:
        """The judgement all but denied, "the order was hardly solid", or told under a verb of doubt not itself
        negated, "she doubted the order was solid" (not "she did not doubt the order was solid")."""
        if any(c.dep_ == "advmod" and c.lower_ in cls._ALL_BUT_NOT for x in (copula, *heads) for c in x.children):
            return True
        head = copula.head
        return (
            copula.dep_ == "ccomp"
            and head.lemma_.lower() == "doubt"
            and head.pos_ == "VERB"
            and not any(c.dep_ == "neg" for c in head.children)
        )

    def _a_measure_word(self, w) -> bool:
        """``w`` is a word for a measure ("the block", "the law") or a gerund of banning or switching off ("switching
        off a platform", "blocking it"), as _judged_measure reads a judged subject."""
        if w.tag_ == "VBG":
            acts = set(words("ban", "verbs")) | set(words("ban", "needs_particle")) | self._REMOVAL_VERBS
            return w.lemma_.lower() in acts
        return w.pos_ == "NOUN" and w.lemma_.lower() in (_BAN_NOUNS | self._JUDGED_NOUNS) - {"action", "notice"}

    def _not_lawful_measure(self, content) -> bool:
        """ "the block is not lawful", "switching off a platform because the government dislikes what is said on it is
        not a lawful option": the measure's lawfulness denied - its subject a measure word or a gerund of banning, or,
        where the parser hung the judging clause under such a gerund, that gerund. Not "hosting terrorist chats was not
        lawful", the banned side's deed judged."""
        inside = {t.i for t in content}
        for t in content:
            if t.lower_ != "lawful":
                continue
            if t.dep_ == "acomp":
                cop = t.head
            elif t.dep_ == "amod" and t.head.dep_ in ("attr", "acomp"):
                cop = t.head.head
            else:
                continue
            if cop.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for x in (cop, t) for c in x.children):
                continue
            subj = next((c for c in cop.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and self._a_measure_word(subj):
                return True
            x = cop
            while x.dep_ in ("ccomp", "advcl", "conj") and x.head.i in inside:
                x = x.head
                if x.tag_ == "VBG" and self._a_measure_word(x):
                    return True
        return False

    def _will_not_hesitate(self, speaker: str, content) -> bool:
        """ "the State will not hesitate to take other measures", "we won't hesitate to act again": more to come, told
        of the imposing side itself (a first-person "we" or "I", a body word, an imposer named, or "it" for a body that
        speaks) - not "the company would not hesitate to challenge the order"."""
        for t in content:
            if t.lemma_.lower() != "hesitate" or not any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ in ("we", "i") or (subj.lower_ == "it" and self.ctx.category(speaker) != "person"):
                return True
            m = self.ctx.mention(subj)
            if m is not None:
                if self._acting_body(subj):
                    return True
                continue
            if subj.lemma_.lower() in self._ACTING_BODIES:
                return True
        return False

    def _claim_denied(self, clause) -> bool:
        """The clause is what a negated verb, or one whose subject is nobody, says or claims: "Nobody can claim the
        suspension is illegal", "no one can say ...", "I do not believe the ban is unlawful"."""
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = clause.head
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        nobody = self.lex["judged_measure"]["nobody"]
        return subj.lower_ in nobody or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))

    def _undercut_by_target(self, content) -> bool:
        """Sellers who cannot compete with the banned platform back its ban: "our members cannot compete with goods that
        arrive tax-free", "they cannot compete with it" (the banned app or firm, a pronoun, or goods or sellers of
        statement.undercutting_goods with no other platform or firm named in them). Not "cannot compete with big
        chains without online sales", "could not compete with X's algorithm even after the ban", nor "with Y Shop
        sellers" when Y Shop is not what was banned."""
        goods = set(self.lex["undercutting_goods"])
        measures = _BAN_NOUNS
        for t in content:
            if t.lemma_.lower() != "compete":
                continue
            if not (any(c.dep_ == "neg" for c in t.children) or t.head.lower_ in ("unable", "incapable")):
                continue
            preps = [c for c in t.children if c.dep_ == "prep"]
            if any(p.lower_ == "without" for p in preps) or any(
                p.lower_ in ("after", "since", "despite") and any(o.lemma_.lower() in measures for o in p.children)
                for p in preps
            ):
                continue  # "without online sales", "even after the ban": no case for the measure
            for o in (o for p in preps if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
                if any(c.dep_ == "prep" and c.lower_ == "without" for c in o.children):
                    continue
                named = [
                    m
                    for x in _own_subtree(o, skip=("relcl", "acl"))
                    if (m := self.ctx.mention(x)) is not None and m.kind in ("Organisation", "Product")
                ]
                if any(m.entity_id in self.targets for m in named):
                    return True  # "cannot compete with Temu"
                if named:
                    continue  # another platform or firm: "big chains", "TikTok Shop sellers" when TikTok is banned
                if o.lower_ in ("it", "them") or o.lemma_.lower() in goods:
                    return True
        return False

    def _haven_for_wrongdoing(self, content) -> bool:
        """The platform told as a haven for wrongdoing ("has been a safe haven for piracy"): the measure's case; not a
        haven for free expression or privacy, nor "never a haven for cheating", "not for crime"."""
        wrongs = set(self.lex["haven_wrongs"])
        for t in content:
            if t.lemma_.lower() != "haven" or any(c.dep_ == "neg" for c in t.head.children):
                continue
            for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
                if any(c.dep_ == "neg" for c in p.children):
                    continue
                for o in (o for o in p.children if o.dep_ == "pobj"):
                    told = [o, *(c for c in o.children if c.dep_ in ("amod", "compound", "conj"))]
                    if any(x.lemma_.lower() in wrongs or x.lower_ in wrongs for x in told):
                        return True
        return False

    def _acted_too_late(self, content) -> bool:
        """The rulers said to have acted too late: "the state had waited too long to act", "the authorities were too
        slow to act", "regulators waited far too long before banning the app" (a degree word of statement.too_late
        with "too" on the waiting or being, governing a verb of acting or banning, whose subject is the government, a
        body or the imposer). Others waiting ("users had waited too long for the app to load", "customers had waited
        too long in the queue", "the company had waited too long for a reply") tell no measure come late."""
        lex = self.lex["too_late"]
        acts = set(lex["acts"]) | set(words("ban", "verbs")) | set(words("ban", "needs_particle"))
        actors = words("actors")
        bodies = {*actors["generic_government"], *actors["regulator"], *lex["rulers"]}
        bodies |= {*actors["descriptors"]["legislature"], *actors["descriptors"]["government"]}
        inside = {t.i for t in content}
        bare = set(lex["bare_degree"])
        for d in content:
            low = d.lemma_.lower()
            if low not in bare and (low not in lex["degree"] or not any(c.lower_ == "too" for c in d.children)):
                continue  # "too long", "too slow", "slow", "late"
            host = d.head if d.dep_ in ("advmod", "acomp", "npadvmod") else None
            if host is None or host.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in host.children):
                continue
            acting = [c for x in (d, host) for c in x.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
            acting += [
                g
                for c in host.children
                if c.dep_ == "prep" and c.lower_ in ("before", "to")
                for g in c.children
                if g.dep_ == "pcomp"
            ]
            if not any(a.lemma_.lower() in acts and self._acts_on_measure(a) for a in acting):
                continue  # "too slow to respond to the earthquake": acting on something else
            subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and host.dep_ == "conj":
                subj = next((c for c in host.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.i not in inside:
                continue
            m = self.ctx.mention(subj)
            if subj.lemma_.lower() in bodies or (m is not None and self._imposing(m.entity_id)):
                return True
        return False

    _TIME_ENTS = {"DATE", "TIME"}

    def _acts_on_measure(self, verb) -> bool:
        """Whether the acting verb of "too slow to act" is about the measure: it has no complement ("to act", "to
        step in", "to act in March"), or one that is the banned platform, the measure or a ban word ("to act against
        the app", "to crack down on TikTok", "to move toward a ban", "before banning it"). A noun of acting passes the
        check to its own complement ("to take action against the app"; statement.too_late.act_nouns). "too slow to
        respond to the earthquake", "to act on the floods", "before banning hate groups" are about something else."""
        lex = self.lex["too_late"]
        act_nouns = set(lex["act_nouns"])
        banning = set(words("ban", "verbs")) | set(words("ban", "needs_particle"))
        about = (
            set(words("ban", "nouns"))
            | set(words("ban", "weak_nouns"))
            | set(self.lex["turned_on"]["measures"])
            | set(self.lex["platform_nouns"])
            | banning
        ) - act_nouns

        def complements(t):
            out = [c for c in t.children if c.dep_ in ("dobj", "dative", "attr")]
            out += [
                g
                for c in t.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in self._TIME_ENTS
            ]
            return out

        objs = complements(verb)
        objs = [x for o in objs for x in (complements(o) if o.lemma_.lower() in act_nouns else [o])]
        if not objs:
            return True
        for o in objs:
            if o.lemma_.lower() in about or o.lower_ in about:
                return True
            if verb.lemma_.lower() in banning and o.dep_ == "dobj" and o.lower_ in ("it", "them"):
                return True  # "before banning it"
            if any((m := self.ctx.mention(x)) is not None and m.entity_id in self.targets for x in o.subtree):
                return True
        return False

    @staticmethod
    def _outcome_judged(verb, subj, outcome) -> bool:
        """Whether "the ban worked/failed" is a verdict on the story's measure: not another one ("a similar ban had
        failed", "an earlier ban on YouTube had failed"; statement.judged_outcome.other_measures), not under a
        condition ("would succeed only if the government also blocked VPNs"), and for a failure not its passage or
        trial ("failed to pass the legislature", "failed in court"): only a bare failure, one at what it was for
        ("failed to stop the rumours"; judged_outcome.fail_at) or a backfire."""
        if any(c.dep_ in ("amod", "det") and c.lower_ in outcome["other_measures"] for c in subj.children):
            return False
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in outcome["conditions"] for m in c.children)
            for c in verb.children
        ):
            return False
        if verb.lemma_.lower() != "fail":
            return True
        aims = [c for c in verb.children if c.dep_ == "xcomp"]
        if aims and not any(
            c.lemma_.lower() in outcome["fail_at"]
            or (c.lemma_.lower() in outcome["procedure_verbs"] and not BackingMixin._passage(c, outcome))
            for c in aims
        ):
            return False  # "failed to pass the legislature", "failed to win approval"
        return not any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in outcome["procedure"] for o in c.children)
            for c in verb.children
        )  # "failed in court", "failed in a Senate vote"

    @staticmethod
    def _passage(verb, outcome) -> bool:
        """Whether "pass/clear/win ..." under "failed to" tells the measure's passage: nothing passed ("the bill
        failed to pass"), or what is passed, cleared or won (its object, or the object of a preposition on it) is a
        body, a vote, a stage of a bill or an approval ("failed to clear parliament", "failed to win approval",
        "failed to get through the Senate"; judged_outcome.procedure and .procedure_objects). "failed to pass a basic
        test of fairness" is a verdict on the measure."""
        stages = set(outcome["procedure"]) | set(outcome["procedure_objects"])
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return not objs or any(o.lemma_.lower() in stages or o.lower_ in stages for o in objs)

    _SOONER = {"earlier", "sooner", "ago", "before"}

    def _wants_more(self, content) -> bool:
        """The measure said to fall short of what is needed, so more is wanted: "keeping the app off government phones
        is not enough", "a ban on state devices was not enough" (no purpose after it: "not enough to stop abuse" may
        judge it useless)."""
        acts = set(words("ban", "verbs")) | {"keep"}
        for t in content:
            if t.lower_ != "enough" or t.dep_ != "acomp" or t.head.lemma_ != "be":
                continue
            verb = t.head
            if not any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ in ("xcomp", "advcl") for c in t.children):
                continue
            if any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
                continue
            for c in verb.children:
                if c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in acts:
                    if c.lemma_.lower() == "keep" and not any(
                        x.dep_ in ("prt", "prep", "advmod") and x.lower_ in ("off", "out") for x in c.children
                    ):
                        continue  # "keeping the app off phones"; not "keeping quiet about the block"
                    return True
                if c.dep_ == "nsubj" and c.lemma_.lower() in _BAN_NOUNS and self._measure_of_imposer(c, acts):
                    return True
        return False

    def _measure_of_imposer(self, noun, acts) -> bool:
        """``noun`` (a ban noun) is the story's measure, not another's step: no owner but an imposer or a body word
        for one ("the government's decision"; not "TikTok's decision", "the company's move"), and no "to" clause of
        another act ("the decision to store data locally", "the move to appoint a representative")."""
        for x in noun.children:
            if x.dep_ == "poss":
                m = self.ctx.mention(x)
                if m is not None:
                    if m.entity_id in self.targets or not self._imposing(m.entity_id):
                        return False
                elif x.lemma_.lower() not in self._ACTING_BODIES:
                    return False  # "the company's move", "its decision"
            if x.dep_ in ("acl", "relcl") and x.pos_ in ("VERB", "AUX") and x.lemma_.lower() not in acts:
                if x.dep_ == "acl" or any(y.dep_ == "aux" and y.lower_ == "to" for y in x.children):
                    return False
        return True

    def _wanted_sooner(self, content) -> bool:
        """The measure wanted earlier than it came: "the decision should have been made months ago", "the state ought
        to have blocked the app years ago", "the restriction should have come much earlier", "this should have been
        done months ago" (a "should have" verb with a time before now, whose subject is a word for the measure or a
        bare pronoun for the step done, or which is itself a verb of banning; not "the consultation should have
        happened months ago")."""
        measures = _BAN_NOUNS
        acts = set(words("ban", "verbs"))
        for t in content:
            if t.tag_ != "VBN" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            modal = [c for c in t.children if c.dep_ == "aux" and c.lower_ in ("should", "ought", "could")]
            if t.dep_ == "xcomp" and t.head.lower_ == "ought":
                modal.append(t.head)
            if not modal or not any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in self._SOONER for c in t.children):
                continue
            # "Should this have been done months ago?", "Nobody says this should have been done years ago": asked or
            # denied, no wish
            if self._asked(t) or self._claim_denied(t):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if t.lemma_.lower() in acts or (subj is not None and subj.lemma_.lower() in measures):
                return True
            # "This should have been done months ago", "it should have been imposed years ago": a bare pronoun as what
            # should have been done is the step the story tells (not "this should have been discussed months ago"), the
            # verb bare of a complement that makes a phrase of it ("made clear", "taken into account ... that ...");
            # "it" with a light verb is a phrase's, however parsed ("a review ... It should have been made public")
            if (
                subj is not None
                and subj.dep_ == "nsubjpass"
                and t.lemma_.lower() in self._DOING
                and (subj.lower_ in ("this", "that") or (subj.lower_ == "it" and t.lemma_.lower() not in self._LIGHT))
                and not any(c.dep_ in self._LIGHT_VERB_COMPLEMENTS for c in t.children)
            ):
                return True
        return False

    _DOING = {"do", "take", "make", "introduce", "impose"}
    _LIGHT = {"take", "make"}
    # what makes the verb a phrase of its own, no step done: "made clear", "made public", "taken into account"
    _LIGHT_VERB_COMPLEMENTS = {"oprd", "acomp", "attr", "dobj", "prep", "xcomp", "ccomp", "advcl"}

    def _acted_rightly(self, content) -> str | None:
        """The measure's makers said to have acted rightly: "the ministry did the correct thing", "the government has
        done the right thing" (statement.acted_rightly): "backs"; not negated ("did not do the right thing"), and not
        said of the banned side, of nobody named, or of others than the imposer and its government ("the company did
        the right thing by refusing", "doing the right thing is hard", "Students did the right thing by reporting the
        leaked papers"). Acting rightly "by"/"in" undoing the measure ("the court did the right thing by restoring
        access", "by challenging the ban", "in rejecting a total ban"; statement.acted_rightly.undoing): "undoes"."""
        acted = self.lex["acted_rightly"]
        actors = words("actors")
        bodies = {*actors["generic_government"], *actors["regulator"], *self.lex["too_late"]["rulers"]}
        bodies |= set(actors["descriptors"]["government"])
        for t in content:
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in acted["verbs"]:
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in acted["objects"]
                and any(a.dep_ == "amod" and a.lower_ in acted["marks"] for a in c.children)
                for c in t.children
            ):
                continue
            if any(
                c.dep_ == "prep"
                and c.lower_ in ("by", "in")
                and any(g.dep_ == "pcomp" and g.lemma_.lower() in acted["undoing"] for g in c.children)
                for c in t.children
            ):
                return "undoes"  # "did the right thing by restoring access", "in rejecting a total ban"
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() in self._BANNED_SIDE_NOUNS:
                continue
            m = self.ctx.mention(subj)
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                continue
            if (m is not None and not self._imposing(m.entity_id)) or (m is None and subj.lemma_.lower() not in bodies):
                continue  # "Students did the right thing", "the opposition did ...": not the measure's makers
            return "backs"
        return None

    def _wants_removed(self, content) -> bool:
        """ "every one of the devices should be removed", "the app must be banned": a call for the measure (the
        thing to remove is no measure itself: "the ban should be removed" is the opposite)."""
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if t.lemma_.lower() not in self._REMOVAL_VERBS or t.pos_ != "VERB":
                continue
            kids = list(t.children)
            if any(c.dep_ == "neg" for c in kids) or not any(
                c.dep_ == "aux" and c.lemma_.lower() in self._OUGHT for c in kids
            ):
                continue
            subj = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.lemma_.lower() in measures:
                continue
            if any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in kids):
                continue  # "the government must remove the ban": the opposite
            if subj is not None and subj.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in kids):
                continue
            return True
        return False

    _CALLING_FOR = {"call", "argue", "push", "press", "campaign", "lobby", "plead", "clamour", "clamor"}
    # what the measure asked for becomes when it is to go ("called for the ban to be lifted") is read with the class's
    # one _UNDOING set, defined below with the lifting judgements

    def _calls_for_measure(self, frame) -> bool:
        """The speaking verb itself asks for the measure: "had argued for the restriction", "has called for a ban on
        the sale of the devices", "pushed for banning it" (not "called for an end to the ban", "called for the ban to
        be lifted", "did not argue for a ban")."""
        if frame.pos_ != "VERB" or frame.lemma_.lower() not in self._CALLING_FOR:
            return False
        if frame.dep_ in ("relcl", "acl"):
            return False  # "Trump, who had called for banning TikTok in 2020, said he would save the app": a past call
        if any(c.dep_ == "neg" for c in frame.children) or self._asked(frame):
            return False
        measure_verbs = set(words("ban", "verbs"))
        for prep in (c for c in frame.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                asked_for = obj.lemma_.lower() in words("ban", "nouns") or (
                    obj.tag_ == "VBG" and obj.lemma_.lower() in measure_verbs
                )
                if not asked_for:
                    continue
                if any(x.lemma_.lower() in self._UNDOING for x in obj.subtree if x.i != obj.i):
                    continue  # "called for the ban to be lifted"
                return True
        return False

    _DATA_NOUNS = {"data", "datum", "information", "message", "record", "detail", "file", "conversation",
                   "communication", "footage", "image", "photo", "location", "recording", "log"}  # fmt: skip
    _DATA_PLACING = {"end", "store", "send", "transfer", "flow", "go", "route", "keep", "hold", "process", "house",
                     "transmit", "sit", "reside", "land", "wind", "pass", "leak", "move", "hand", "funnel", "siphon",
                     "channel", "upload", "ship"}  # fmt: skip
    _STILL_WANTED = {"should", "must", "shall", "ought"}

    def _target_homes(self) -> set[str]:
        """The countries the banned things belong to (the gazetteer's country of each target): "China" for DeepSeek."""
        if getattr(self, "_homes", None) is None:
            gaz = self.ctx.gaz
            homes = set()
            for t in self.targets:
                entry = gaz.entries.get(t) if gaz is not None else None
                home = gaz.country_entry(entry.country) if entry is not None and entry.country else None
                if home is not None:
                    homes.add(home.id)
                elif gaz is not None:
                    # a target named by its origin: "Chinese-made drones", "Russian antivirus software"
                    for word in re.split(r"[\s-]+", self.ctx.name(t)):
                        origin = gaz.entries.get(gaz.demonyms.get(word, ""))
                        if origin is not None and origin.type == "country":
                            homes.add(origin.id)
            # a capital stands for its country here ("ending up in Beijing") also where the text took it as a place
            self._home_capitals = {
                surface.lower()
                for surface, refs in (gaz.surfaces.items() if gaz is not None and homes else ())
                if any(r.how == CAPITAL and r.entry_id in homes for r in refs)
            }
            self._homes = homes
        return self._homes

    def _data_sent_home(self, content) -> bool:
        """Data told going to, or kept in, the banned side's own country: "data collected by our agencies should not
        be ending up in Beijing", "we cannot accept that our officials' data ends up on servers in China", "its own
        privacy policy says user data is stored on servers in China" (the measure's case, from anyone but the banned
        side; not "data never ends up in China", not "data is stored in Virginia")."""
        homes = self._target_homes()
        if not homes:
            return False
        inside = {t.i for t in content}
        for t in content:
            m = self.ctx.mention(t)
            if (m is None or m.entity_id not in homes) and t.lower_ not in self._home_capitals:
                continue
            # the place by its preposition, through "on servers in ..." up to the verb
            node, path = t, [t]
            while node.head.pos_ not in ("VERB", "AUX") and node.dep_ in ("pobj", "prep", "compound"):
                node = node.head
                path.append(node)
            verb = node.head
            path.append(node)
            if (
                # "kept on servers in China" ("on" read as a predicate), "sends data to China" ("to" read as a dative)
                node.dep_ not in ("prep", "oprd", "dative")
                or verb.i not in inside
                or verb.pos_ not in ("VERB", "AUX")
                or verb.lemma_.lower() not in self._DATA_PLACING
                or self._asked(verb)
            ):
                continue
            if self._place_denied(path, verb):
                continue  # "moved out of China", "stored in Topeka, not in China", "no longer sent to China"
            kids = list(verb.children)
            if any(c.dep_ == "neg" for c in kids) and not any(
                c.dep_ == "aux" and c.lower_ in self._STILL_WANTED for c in kids
            ):
                continue  # "our data never ends up in China": a denial
            if self._told_unshown(verb):
                continue  # "found no evidence that the app sends users' data to China": the sending not shown
            # what goes there: the verb's subject or object (or a noun the parser left loose on it, "Data collected
            # by drones over our ports, our power plants ... should not be ending up in Beijing")
            carried = [
                x
                for c in kids
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") or (c.dep_ == "dep" and c.pos_ == "NOUN")
                for x in c.subtree
            ]
            if any(x.lemma_.lower() in self._DATA_NOUNS for x in carried):
                return True
        return False

    @staticmethod
    def _told_unshown(verb) -> bool:
        """The clause a complement of what is denied: of a noun with "no" ("no evidence that the app sends data to
        China", "there is no proof the app funnels data to Beijing") or of a negated verb ("did not find that ...",
        "it was never shown that ..."): the thing told not shown, no case made."""
        if verb.dep_ not in ("acl", "ccomp"):
            return False
        head = verb.head
        return any(c.dep_ == "neg" for c in head.children) or (
            head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
        )

    _DATA_PLACE_PREPS = {"in", "to", "on", "into", "onto", "inside", "within", "at"}  # "stored in", "sent to"
    _PRACTICE_ENDED = {"change", "fix", "stop", "end", "cease", "correct", "patch", "resolve", "halt"}

    def _place_denied(self, path, verb) -> bool:
        """The data told not going there after all: a place left ("moved out of China", "from Moscow"), the place
        itself negated ("in Topeka, not in China", "rather than China"), the sending stopped ("no longer sent to
        China", "not any more"), or a practice a following clause tells changed ("went to Beijing, but that changed",
        "sent to Beijing once, but the company fixed that")."""
        doc = verb.doc
        for x in path:
            if x.dep_ in ("prep", "oprd") and x.pos_ == "ADP" and x.lower_ not in self._DATA_PLACE_PREPS:
                return True
            if x.dep_ == "prep" and (
                any(c.dep_ == "neg" for c in x.children)
                or (x.i > 0 and doc[x.i - 1].lower_ == "not")
                or doc[max(0, x.i - 2) : x.i].text.lower() == "rather than"
            ):
                return True
        for c in verb.children:
            if c.dep_ == "advmod" and (
                c.lower_ == "anymore"
                or (c.lower_ in ("longer", "more") and any(g.lower_ in ("no", "any") for g in c.children))
            ):
                return True
            if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in self._PRACTICE_ENDED:
                return True
        return False

    def _plans_ban(self, content, speaker: str | None = None) -> bool:
        """The speaker's own plan to ban: "was considering blocking the app", "plans to ban it", "threatened to
        suspend the service"."""
        planned = set(words("ban", "planned")) - {"seek", "want"}
        banning = {"ban", "block", "bar", "prohibit", "suspend", "restrict", "shut", "outlaw", "blacklist"}
        for t in content:
            if t.lemma_.lower() not in planned or t.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                m = self.ctx.mention(subj)
                generic = subj.lemma_.lower() in words("actors", "generic_government") or subj.lemma_.lower() in (
                    "ministry",
                    "department",
                    "regulator",
                    "agency",
                )
                if not generic and (m is None or (speaker is not None and m.entity_id != speaker)):
                    continue  # "said the US was considering a ban": someone else's plan
            if any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.lemma_.lower() in banning for c in t.children):
                return True
        return False

    def _reopened_on_terms(self, content) -> bool:
        """The service given back only once the banned side does what is asked: "would be reopened once it complied
        with Turkish law", "will be unblocked when they register": a verb of giving back with a clause of condition
        whose verb (or one joined to it) is a verb of compliance."""
        terms = set(self.lex["terms_verbs"])
        back = self._LIFT_VERBS | {"reopen", "restore", "reinstate", "resume", "unblock", "normalise", "normalize"}
        for t in content:
            if t.lemma_.lower() not in back or t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ != "advcl" or not any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in self._CONDITIONS for m in c.children
                ):
                    continue
                if c.lemma_.lower() in terms or any(x.dep_ == "conj" and x.lemma_.lower() in terms for x in c.children):
                    return True
        return False

    _TILL = {"until", "till", "unless"}

    def _kept_until(self, content, wished: bool = False) -> bool:
        """The measure kept until the banned side does what is asked, or for as long as it does not: "the block will
        stay until the company shows it respects the law", "the ban will remain in place for as long as the firm
        refuses to obey", "the app would stay blocked until it registered", "will keep the suspension in force until
        it pays" - a verb of keeping (lexicon status kept_verbs) whose subject or object is a measure word, or the
        banned side told cut off, with a clause of condition under it. ``wished``: only the stay wished for ("should
        remain closed until it is proved safe", "should have stayed until ..."). Not "the ban is likely to remain until
        March" (a time, no clause), nor "its service would stay online until the order takes effect" (the banned side
        not cut off)."""
        kept = words("status", "kept_verbs") | self.lex["lasting_verbs"]
        off = words("ban", "verbs") | words("status", "off_adjectives") | {"close", "closed"}
        for t in content:
            if t.lemma_.lower() not in kept or t.pos_ != "VERB":
                continue
            if wished and not any(c.dep_ == "aux" and c.lower_ in self._OUGHT for c in t.children):
                continue
            cut_off = any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lemma_.lower() in off for c in t.children)
            held = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if t.dep_ == "xcomp" and t.head.lemma_ == "be":
                held += [c for c in t.head.children if c.dep_ == "nsubj"]  # "the block is to stay until ..."
            if not any(self._a_measure_word(c) or (cut_off and self._banned_side(c)) for c in held):
                continue
            if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in t.children):
                continue  # "would likely remain in place until ...": a forecast, not the measure's terms
            if any(self._till_clause(c) and self._banned_side_acts(c) for c in t.subtree if c.dep_ == "advcl"):
                return True
        return False

    def _banned_side_acts(self, clause) -> bool:
        """The clause of condition tells what the banned side does or fails to do ("until it registers", "as long
        as the company refuses"), not another's doing ("until Moscow and Washington resolve their dispute", "until
        the government is voted out")."""
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        return subj.lower_ in ("it", "they") or self._banned_side(subj)

    def _till_clause(self, clause) -> bool:
        """A clause of the time something lasts: "until it registers", "unless it complies", "(for) as long as it
        refuses"."""
        return any(
            m.dep_ == "mark" and (m.lower_ in self._TILL or (m.lower_ == "as" and clause.head.lower_ == "long"))
            for m in clause.children
        )

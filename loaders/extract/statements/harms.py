"""Harms and losses: what a measure is told to take from people — work, tools, rights, users pushed elsewhere,
trade lost or stalled, a living that depends on the banned app — and its motive or its lack of ground in
law, told against it."""

from __future__ import annotations

from loaders.extract.lexicon import words
from loaders.extract.statements._words import _BAN_NOUNS


class HarmMixin:
    """StatementExtractor's methods of the harms and losses told of a measure."""

    # what a measure does to those it falls on: "would cut off millions", "locks young people out", "would hit users"
    _HURTING = {"hurt", "harm", "hit", "damage", "destroy", "kill", "devastate", "cripple", "punish", "isolate",
                "deprive", "strangle", "ruin", "wreck", "lock", "shut", "cut", "rob", "undermine", "endanger",
                # what it breaks: "argued that the exclusion breaches an investment treaty"
                "breach", "violate", "contravene", "infringe", "trample"}  # fmt: skip
    # "the blocks do more harm to businesses than ...", "the ban causes real damage": the harm as the object
    _HARM_NOUNS = {"harm", "damage"}
    _JOBLESS_VERBS = frozenset(words("statement", "jobless_verbs"))
    _JOBLESS_NOUNS = frozenset(words("statement", "jobless_nouns"))
    _JOBLESS_WORDS = frozenset(words("statement", "jobless_words"))
    _BINDING_VERBS = frozenset(words("statement", "binding_verbs"))
    _BINDING_OBJECTS = frozenset(words("statement", "binding_objects"))

    # a harm told as slight or none: "does little harm to users", "causes no damage", "minimal harm"
    _SCANT = {"no", "little", "minimal", "negligible", "scant", "limited", "any"}
    _HURT_PARTICLES = {"lock": {"out"}, "shut": {"down", "off", "out"}, "cut": {"off"}}
    _PEOPLE = {"people", "user", "citizen", "resident", "customer", "family", "child", "student", "creator",
               "subscriber", "consumer", "reader", "viewer", "journalist", "business", "teenager", "person"}  # fmt: skip
    _WRONGDOERS = {"criminal", "fraudster", "scammer", "spy", "adversary", "enemy", "terrorist", "hacker", "gang"}

    def _leaves_jobless(self, verb) -> bool:
        """``verb`` ("put", "leave") takes work from its object: "put workers out of jobs" (out -> of -> jobs),
        "leave thousands jobless" (the adjective on the object or as its predicate)."""
        for c in verb.children:
            if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        if any(o.dep_ == "pobj" and o.lower_ in self._JOBLESS_NOUNS for o in p.children):
                            return True
            if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in self._JOBLESS_WORDS:
                return True
            if c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in self._JOBLESS_WORDS for a in c.children):
                return True
        return False

    def _displaces_users(self, content) -> bool:
        """People said to be sent elsewhere by the measure (lexicon statement.displacement): "the block would push
        users toward riskier apps", "teenagers would simply migrate to less moderated services", "people will just use
        VPNs", "a blunt tool that pushes users towards VPNs". The moving is foretold (a modal on the verb or on the verb
        it completes: "would force them to use VPNs") or, for a verb that moves others, told in the present of what the
        measure does; a fact reported ("many users had switched to VPNs") or a moving denied ("would not push users to
        ...") is no such case."""
        lex = self.lex["displacement"]
        verbs, others = set(lex["verbs"]), set(lex["moving_others"])
        preps, around = set(lex["preps"]), set(lex["ways_around"])
        worse, fewer = set(lex["worse_marks"]), set(lex["fewer"])
        predictions = set(self.lex["judged_outcome"]["predictions"])

        def worse_place(o) -> bool:
            if (
                o.lower_ in around
                or o.lemma_.lower() in around
                or "private network" in " ".join(t.lower_ for t in o.subtree)
            ):
                return True
            for m in o.children:
                if m.dep_ not in ("amod", "compound"):
                    continue
                if m.lower_ in worse or any(a.dep_ == "advmod" and a.lower_ in fewer for a in m.children):
                    return True
            return False

        ids = {t.i for t in content}
        for t in content:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in verbs:
                continue
            places = [
                o
                for p in t.children
                if p.dep_ in ("prep", "dative") and p.lower_ in preps
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if lemma == "use":
                places += [c for c in t.children if c.dep_ == "dobj"]
            places += [c for o in places for c in o.conjuncts]
            if not any(worse_place(o) for o in places):
                continue
            chain = [t]
            while (
                chain[-1].dep_ in ("xcomp", "conj")
                and chain[-1].head.i in ids
                and chain[-1].head.pos_ in ("VERB", "AUX")
            ):
                chain.append(chain[-1].head)
            if any(c.dep_ == "neg" for v in chain for c in v.children):
                continue
            foretold = any(c.dep_ == "aux" and c.lower_ in predictions for v in chain for c in v.children)
            now = lemma in others and t.tag_ in ("VBZ", "VBP") and any(c.dep_ == "dobj" for c in t.children)
            if (foretold or now) and self._displaced_by_measure(t, chain):
                return True
        return False

    def _displaced_by_measure(self, t, chain) -> bool:
        """The moving ``t`` (with the verbs it completes, ``chain``) is the measure's doing to its public: who moves
        is the public (lexicon statement.displacement.movers, or "they"/"them" whose nearest noun before is one), not
        wrongdoers or the firm ("hackers would use unofficial copies", "TikTok could use offshore entities"); a verb
        moving others has the measure as its subject ("the ban would push users ...", "cutting teenagers off may push
        them ...", "a crude tool that pushes users ..."); and the moving is not told of a world without the measure
        ("without the ban children would go to ...": a case for it) nor on a condition about something else ("if Meta
        loosened its rules, teenagers would migrate ...")."""
        lex = self.lex["displacement"]
        movers, others = set(lex["movers"]), set(lex["moving_others"])
        measures = self._MEASURES_OR_BANS  # "move", "decision", "measure", "order" are among its nouns
        banning = set(words("ban", "verbs"))

        def nearest_noun(w):
            sents = self.adoc.sentences
            here = self.adoc.sentence_index(w.idx)
            floor = sents[max(0, here - 1)].start
            for x in reversed(w.doc[floor : w.i]):
                if x.pos_ in ("NOUN", "PROPN") and x.dep_ != "compound":
                    return x
            return None

        def public(w) -> bool:
            if w is None:
                return False
            if w.lower_ in ("they", "them"):
                w = nearest_noun(w)
                if w is None:
                    return False
            return self.ctx.mention(w) is None and (w.lower_ in movers or w.lemma_.lower() in movers)

        def the_measure(w) -> bool:
            if w is None:
                return False
            if w.tag_ in ("WDT", "WP") and w.head.dep_ == "relcl":
                w = w.head.head  # "a crude tool that pushes users ..."
                if w.dep_ == "attr":
                    w = next((c for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if w is None:
                        return False
            if w.dep_ == "csubj" or w.pos_ == "VERB":
                return w.lemma_.lower() in banning  # "shutting the app may push ..."
            if w.lower_ in ("it", "this"):
                w = nearest_noun(w)
                if w is None:
                    return False
            m = self.ctx.mention(w)
            return w.lemma_.lower() in measures or (m is not None and m.kind == "Law")

        def subject(v):
            return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)

        # who moves, and what moves them
        mover, cause = None, None
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if t.lemma_.lower() in others and obj is not None:
            mover, cause = obj, subject(t)
        elif t.dep_ == "xcomp" and t.head.lemma_.lower() in others and subject(t) is None:
            o = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            mover, cause = (o, subject(t.head)) if o is not None else (subject(t.head), None)
        else:
            mover = next((s for v in chain if (s := subject(v)) is not None), None)
        if not public(mover):
            return False
        if cause is not None and not the_measure(cause):
            return False
        if obj is not None and t.lemma_.lower() in others and cause is None:
            return False  # "pushing users to ...": no measure told as the one pushing
        # a world without the measure, or a condition about something else
        conditions = set(lex["conditions"])
        named = _BAN_NOUNS
        for v in chain:
            for k in v.children:
                if k.dep_ == "prep" and k.lower_ == "without":
                    # what it lacks: its object, or the words right after it when the parse ran them into the
                    # subject ("without the ban children would go ...")
                    lacked = [o for o in k.children if o.dep_ == "pobj"] or list(t.doc[k.i + 1 : k.i + 4])
                    if any(o.lemma_.lower() in measures for o in lacked):
                        return False  # "without the ban children would go to darker corners"
                if k.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditions for c in k.children):
                    told = list(k.subtree)
                    if not any(
                        x.lemma_.lower() in named
                        or (x.pos_ == "VERB" and x.lemma_.lower() in banning)
                        or (self.ctx.mention(x) is not None and self.ctx.mention(x).kind == "Law")
                        for x in told
                    ):
                        return False  # "if Meta loosened its rules, teenagers would migrate ..."
        return True

    def _measure_hurts(self, content) -> bool:
        """The measure (or "it" for one named before) is the subject of a verb of harm done to people or a service:
        "the ban would cut off 170 million users", "the law locks teenagers out of the public square", "it would hit
        ordinary families" — not harm to a state or to wrongdoers ("would hurt Beijing", "cripple the gangs")."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            lemma = t.lemma_.lower()
            harm_done = lemma in ("do", "cause") and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in self._HARM_NOUNS
                and not any(q.i < c.i and q.lower_ in self._SCANT for q in c.children)
                for c in t.children
            )
            # "the cut puts lives at risk", "the block placed patients in danger"
            harm_done = harm_done or (
                lemma in ("put", "place")
                and any(
                    p.dep_ == "prep"
                    and p.lower_ in ("at", "in")
                    and any(o.lemma_.lower() in ("risk", "danger", "jeopardy") for o in p.children)
                    for p in t.children
                )
            )
            # "the ban would put thousands of workers out of jobs", "would leave couriers jobless", "would tie the
            # hands of investigators": work taken from people, or hands bound (lexicon statement.jobless_*, binding_*)
            harm_done = harm_done or (lemma in self._JOBLESS_VERBS and self._leaves_jobless(t))
            # "the ban would make it harder to report abuse", "makes it impossible for traders to reach customers"
            harm_done = harm_done or (lemma == "make" and self._makes_hard(t))
            # "the law has taken tools away from our deputies", "the rule takes lifesaving equipment away from first
            # responders": what people work or live by taken from them (not the banned app taken off a phone)
            harm_done = harm_done or (lemma == "take" and self._takes_away_from_people(t))
            harm_done = harm_done or (
                lemma in self._BINDING_VERBS
                and any(c.dep_ == "dobj" and c.lemma_.lower() in self._BINDING_OBJECTS for c in t.children)
            )
            if (lemma not in self._HURTING and not harm_done) or t.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            needed = self._HURT_PARTICLES.get(lemma)
            if (
                needed
                and not any(c.dep_ in ("prt", "prep") and c.lower_ in needed for c in t.children)
                and not (lemma == "shut" and any(c.dep_ == "dobj" for c in t.children))
            ):
                continue  # "would shut one of the few channels" has its object; "cut" alone may be a saving
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            gerund = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in self._BANNING_GERUNDS
                ),
                None,
            )
            if subj is None and gerund is not None:
                return True  # "cutting off platforms during an election robs citizens of the information they need"
            sufferer = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subj is None and sufferer is not None and sufferer.lemma_.lower() in self._PEOPLE:
                return True  # "80 million people would be cut off from the world": the harm told from its victims
            if subj is None:
                continue
            if subj.lower_ in ("it", "this"):
                if not any(x.lemma_.lower() in measures and x.i < t.i for x in t.sent):
                    continue
            elif subj.lemma_.lower() not in measures:
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if lemma == "shut" and obj is not None and obj.lemma_.lower() in ("door", "gate"):
                # "shut the door on foreign propaganda": an idiom, harm only when shut on people
                shut_on = [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                shut_on += [n for g in shut_on for p in g.children if p.lower_ == "of" for n in p.children]
                if not any(g.lemma_.lower() in self._PEOPLE for g in shut_on):
                    continue
            if obj is not None and self._spared(obj):
                continue
            if lemma in self._BINDING_VERBS and obj is not None:
                # "would tie the hands of Chinese intelligence services", "would tie Beijing's hands": whose hands
                # are bound gets the same spare as the object
                owners = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
                owners += [c for c in obj.children if c.dep_ == "poss"]
                if any(o.dep_ in ("pobj", "poss") and self._spared(o) for o in owners):
                    continue
            return True
        return False

    # what a measure may take away from people that is a loss to them: "taken tools away from our deputies"
    # (not "access", which a measure takes from those it is aimed at: "takes access to user data away from ByteDance
    # employees"; nor one story's kit, "drone", "device")
    _TAKEN = {"tool", "equipment", "lifeline", "livelihood", "job", "income", "voice", "right", "freedom", "choice",
              "option", "way", "means", "resource"}  # fmt: skip
    # those who work with what is taken, besides the measure's ordinary users: "away from first responders"
    _WORKERS = {"deputy", "officer", "responder", "firefighter", "police", "agency", "department", "crew", "team",
                "staff", "employee", "professional", "rescuer", "volunteer", "sheriff"}  # fmt: skip

    def _takes_away_from_people(self, verb) -> bool:
        """``verb`` ("take") with "away" takes a tool or a right from people: "has taken tools away from our deputies",
        "takes lifesaving equipment away from first responders"; not "takes the app away from officials' phones" (the
        banned thing off a device) nor "takes the data away from foreign hands"."""
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self._TAKEN:
            return False
        if any(q.i < obj.i and q.lower_ in self._SCANT for q in obj.children):
            return False  # "takes no tools away from our deputies that we cannot replace"
        if self._take_disowned(verb):
            return False
        m = self.ctx.mention(obj)
        if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")):
            return False
        losers = [
            g
            for x in (verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod")))
            for p in x.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(
            g.lemma_.lower() in self._HINDERED | self._WORKERS and not self._spared(g) and not self._foreign_staff(g)
            for g in losers
        )

    def _foreign_staff(self, w) -> bool:
        """Those taken from belong to the banned side or to another company: "away from ByteDance employees", "from
        the company's staff" (a measure's aim, not a loss to those it protects)."""
        owners = [c for c in w.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        owners += [o for p in w.children if p.dep_ == "prep" and p.lower_ in ("of", "at") for o in p.children]
        for o in owners:
            m = self.ctx.mention(o)
            if m is None:
                continue
            firm = self.ctx.category(m.entity_id) in ("company", "product")
            if m.entity_id in self.targets or (firm and m.entity_id not in self.imposers):
                return True
        return False

    # what frames a claim as someone else's or as false: "critics claim the law has taken ...", "it is not true that"
    _CLAIMING = {"claim", "say", "allege", "argue", "suggest", "contend", "insist", "assert", "complain"}
    _FALSE = {"wrong", "false", "untrue", "myth", "nonsense", "misleading", "incorrect"}

    def _take_disowned(self, verb) -> bool:
        """The taking told under a negation ("it is not true that the ban takes tools away"), as another's claim
        ("critics claim this law has taken tools away") or called false in the same quote ("..., but that is simply
        wrong")."""
        doc = verb.doc
        for a in verb.ancestors:
            lo, hi = sorted((a.i, verb.i))
            if any(doc[k].text in self._QUOTES for k in range(lo, hi)):
                break  # the reporting verb outside the quote: '"...," said Sheriff Tom Knight'
            if any(c.dep_ == "neg" for c in a.children):
                return True
            quoted = any(doc[k].text in self._QUOTES for k in range(a.sent.start, a.i))
            if a.lemma_.lower() in self._CLAIMING and (a.dep_ != "ROOT" or quoted):
                # another's claim inside the speaker's words, not the speaker's own "X said the ban takes ..."
                subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ not in ("i", "we"):
                    return True
        return any(t.lemma_.lower() in self._FALSE and t.dep_ in ("acomp", "attr") for t in verb.sent)

    def _measure_takes_away(self, content) -> bool:
        """The measure, unnegated, is the subject of taking tools from people: "this law has taken tools away from our
        deputies" (what an official of the imposing side may say against it as well as an outsider)."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() != "take" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in measures and self._takes_away_from_people(t):
                return True
        return False

    _HARD = {"hard", "difficult", "impossible", "costly", "expensive", "harder", "costlier"}
    # those a measure may not make anything hard for without a case against it: its ordinary users
    _HINDERED = _PEOPLE | {"reporter", "nurse", "doctor", "patient", "teacher", "parent", "worker", "trader",
                           "merchant", "vendor", "seller", "farmer", "driver", "researcher", "activist", "firm",
                           "company", "shop", "entrepreneur", "freelancer", "individual", "everyone", "anyone",
                           "ordinary", "community", "organization", "organisation", "charity"}  # fmt: skip
    # what a measure may well make hard without harm to anyone it should spare: "harder for spies to steal data"
    _HARMFUL_ACTS = {"spy", "steal", "hack", "access", "collect", "harvest", "track", "exploit", "spread", "misuse",
                     "abuse", "recruit", "leak", "cheat", "smuggle", "evade", "target", "attack", "surveil"}  # fmt: skip

    def _makes_hard(self, verb) -> bool:
        """ "would make it harder (for X) to V": ``verb`` ("make") with a hard-word clause, no wrongdoer hindered nor a
        wrong made hard ("makes it harder for criminals to ...", "harder to spy on users")."""
        for c in verb.children:
            if c.dep_ not in ("ccomp", "oprd", "xcomp") or c.lemma_.lower() not in self._HARD:
                continue
            acts = [a for a in c.children if a.dep_ in ("advcl", "xcomp", "ccomp") and a.pos_ == "VERB"]
            if not acts:
                continue
            if any(a.lemma_.lower() in self._HARMFUL_ACTS for a in acts):
                return False
            doers = [d for a in acts for d in a.children if d.dep_ == "nsubj"]
            doers += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
            doers += [j for d in doers for j in d.conjuncts]
            # only the measure's ordinary users hindered, or none named: not "harder for Beijing to influence ...",
            # "harder for predators to contact children" (a whitelist, narrower than the wrongdoers left out)
            if any(d.lemma_.lower() not in self._HINDERED for d in doers):
                return False
            return True
        return False

    def _spared(self, w) -> bool:
        """One a measure may harm without that being a case against it: a country ("would hurt Beijing"), a
        wrongdoer ("cripple the gangs"), or a foreign state's body, told by a nationality other than the imposer's
        ("Chinese intelligence services", "Russian state hackers") or named as another state's government body."""
        m = self.ctx.mention(w)
        if (m is not None and m.kind == "Jurisdiction") or w.lemma_.lower() in self._WRONGDOERS:
            return True
        if m is not None and self.ctx.category(m.entity_id) == "government" and m.entity_id not in self.imposers:
            return True
        gaz = self.ctx.gaz
        if gaz is None:
            return False
        for a in w.children:
            if a.dep_ in ("amod", "compound", "nmod") and a.text in gaz.demonyms:
                if gaz.demonyms[a.text] not in self.imposers:
                    return True
        return False

    _PERMITTING = frozenset(words("statement", "permitting"))
    _PROVISIONS = frozenset(words("statement", "provisions"))

    def _nothing_permits(self, content) -> bool:
        """The measure said to have no ground in law: "nothing in those regulations lets the state switch off a
        platform", "no law allows the government to block a whole service" (a permitting verb whose subject is
        "nothing" or a provision with "no", and a complement that is an act of banning)."""
        acts = set(words("ban", "verbs")) | set(words("ban", "particle_verbs")) | {"turn"}
        for t in content:
            if t.lemma_.lower() not in self._PERMITTING or t.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in self._PROVISIONS:
                continue
            if subj.lower_ != "nothing" and not any(c.lower_ == "no" for c in subj.children):
                continue
            done = [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
            done += [g for c in done for g in c.children if c.dep_ in ("xcomp", "acl", "relcl")]
            if any(c.pos_ == "VERB" and c.lemma_.lower() in acts for c in done):
                return True
        return False

    _MEANT = frozenset(words("statement", "meant_verbs"))
    _SILENCING = frozenset(words("statement", "silencing_verbs"))
    _STOPPING = frozenset(words("statement", "stopping_verbs"))
    _TELLING = frozenset(words("statement", "telling_verbs"))
    _WATCHERS = frozenset(words("statement", "watchers"))

    def _charges_motive(self, content) -> bool:
        """A critic's charge of the measure's aim: "the blackout was designed to silence critics", "the block was
        intended to stop voters from sharing evidence" (the measure the subject of a passive of meaning, a verb of
        silencing, or of stopping people from telling); not "the ban is meant to stop fraudsters", nor negated."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() not in self._MEANT or t.pos_ != "VERB" or t.tag_ != "VBN":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subj is None or subj.lemma_.lower() not in measures:
                continue
            if any(
                w.lemma_.lower() in self.lex["backing_verbs"] and not any(c.dep_ == "neg" for c in w.children)
                for w in t.sent
            ):
                return False  # "designed to stop ... and she welcomed it": the aim told by one who backs it
            for v in (c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                if any(c.dep_ == "neg" for c in v.children):
                    continue
                if v.lemma_.lower() in self._SILENCING:
                    return True
                if v.lemma_.lower() not in self._STOPPING:
                    continue
                who = [c for c in v.children if c.dep_ == "dobj"]
                people = self._PEOPLE | self._WATCHERS
                if not any(w.lemma_.lower() in people or w.tag_ == "NNPS" for w in who):
                    continue
                told = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
                told += [
                    g for w in who for p in w.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                ]
                if any(self._tells_free_speech(g) for g in told):
                    return True
        return False

    def _tells_free_speech(self, verb) -> bool:
        """A verb of telling whose matter is legitimate speech ("sharing evidence", "reporting the news", "posting
        criticism"; lexicon statement.free_speech) or that tells nothing but speaking out ("from speaking",
        "from protesting"); not harmful matter ("sharing answers", "spreading hate speech", "seeing violent
        content")."""
        if verb.lemma_.lower() not in self._TELLING:
            return False
        said = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
        said += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("about", "on", "of") for g in p.children]
        if not said:
            return verb.lemma_.lower() in self._SPEAKING_OUT
        free, marks = set(self.lex["free_speech"]), set(self.lex["harmful_speech_marks"])
        return any(
            (w.lemma_.lower() in free or w.lower_ in free)
            and not any(m.dep_ in ("amod", "compound") and m.lower_ in marks for m in w.children)
            for w in said
        )

    _SPEAKING_OUT = frozenset(words("statement", "speaking_out"))

    _COUNTED = {"day", "week", "month", "year", "half", "third", "quarter", "most", "much", "all", "some", "thousand",
                "hundred", "million", "percent", "%", "share", "lot", "bulk"}  # fmt: skip

    # goods whose loss tells a loss to the measure only when the measure is told as its cause ("every day without
    # the app I lose money", "we lost orders because of the ban"), and never when lost "to" someone
    _LOSS_TIED = {"money", "order", "contract"}
    _LOSS_CAUSES = {"because", "since", "after", "due", "from", "over", "through"}

    def _loss_tied_to_measure(self, content) -> bool:
        """The measure as what a loss comes from: "without" the app, or "because of", "since", "after" the ban."""
        toks = list(content)
        if any(t.lower_ == "without" for t in toks):
            return True
        return any(
            t.lower_ in self._LOSS_CAUSES and any(u.lemma_.lower() in _BAN_NOUNS for u in toks[i + 1 : i + 5])
            for i, t in enumerate(toks)
        )

    def _lost_trade(self, content) -> bool:
        """ "she had lost two days of sales", "we have lost customers", "every week without it I lose money": a trade
        hurt, told by who lost it."""
        goods = set(self.lex["lost_goods"])
        if self._trade_wiped_out(content, goods):
            return True
        for t in content:
            if t.lemma_.lower() != "lose" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            for obj in (c for c in t.children if c.dep_ == "dobj"):
                if obj.lemma_.lower() in self._LOSS_TIED and any(
                    c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in (*t.children, *obj.children)
                ):
                    continue  # "pensioners lost money to fraudsters", "lost the contract to a rival": not the measure's
                if obj.lemma_.lower() in self._LOSS_TIED and not self._loss_tied_to_measure(content):
                    continue  # "we lost money on the deal long before the ban": a loss the measure did not cause
                # the lost thing is the object's head, or what it counts ("two days of sales"), never a word further
                # down ("lost its business licence", "lost the trust of customers")
                counted = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                if obj.lemma_.lower() in goods or (
                    obj.lemma_.lower() in self._COUNTED and any(g.lemma_.lower() in goods for g in counted)
                ):
                    return True
        return False

    # what a measure does to a trade it ends: "would wipe out most of her income", "destroyed our sales"
    _WIPING = {"wipe": "out", "destroy": None, "ruin": None, "kill": None, "devastate": None, "eliminate": None,
               "erase": None, "halve": None}  # fmt: skip

    def _trade_wiped_out(self, content, goods) -> bool:
        """ "the ban would wipe out most of her income", "the block has destroyed our sales": the measure, as the
        subject, ending a trade (not "the ban would wipe out fraud", not "would not ruin anyone's income")."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            lemma = t.lemma_.lower()
            if lemma not in self._WIPING or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            particle = self._WIPING[lemma]
            if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in t.children):
                continue
            if not any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in t.children):
                continue
            for obj in (c for c in t.children if c.dep_ == "dobj"):
                counted = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                if obj.lemma_.lower() in goods or any(g.lemma_.lower() in goods for g in counted):
                    return True
        return False

    # a trade come to a halt: "sales had almost stopped", "orders dried up", "two clients had paused campaigns"
    _STALLING = {"stop", "halt", "cease", "collapse", "vanish", "disappear", "evaporate", "dry", "freeze", "stall"}
    _SLUMPING = {"fall", "drop", "plunge", "plummet", "slump", "dwindle", "crash", "tumble", "decline", "shrink"}
    _BUYERS = {"customer", "client", "advertiser", "buyer", "sponsor"}
    _WITHDRAWING = {"pause", "cancel", "halt", "stop", "suspend", "withdraw", "pull", "freeze", "drop"}
    # what buyers pause or cancel that is trade: not "customers withdrew more than $1 billion from the exchange"
    _DEALINGS = {"campaign", "order", "contract", "advert", "ad", "advertisement", "advertising", "booking", "deal",
                 "subscription", "spending", "spend", "purchase", "account", "sponsorship", "partnership"}  # fmt: skip
    # a slump told with a cause of its own or as the season's: "because of the heavy monsoon rains, not the ban",
    # "during the New Year holidays, as they do every year, and had since recovered"
    _CAUSING = {"because", "due", "owing", "thanks"}
    _SEASONS = {"holiday", "season", "festival", "winter", "summer", "monsoon", "ramadan", "christmas", "eid",
                "strike", "storm", "flood", "election", "vacation"}  # fmt: skip
    _RECOVERING = {"recover", "rebound", "resume", "pick", "bounce", "return"}
    _NONE_OF = {"no", "few", "none", "nobody", "neither"}

    def _other_cause(self, verb) -> bool:
        """A halt or slump told with a cause other than the measure ("had fallen because of the heavy monsoon
        rains, not the ban"), as the season's ("almost stopped during the New Year holidays, as they do every
        year") or as over ("and had since recovered")."""
        measures = self._MEASURES_OR_BANS

        def names_measure(root) -> bool:
            for t in root.subtree:
                m = self.ctx.mention(t)
                named = t.lemma_.lower() in measures or (m is not None and m.entity_id in self.targets)
                if named and not any(w.lower_ in ("not", "never") for w in t.doc[max(t.i - 3, 0) : t.i]):
                    return True
            return False

        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in self._RECOVERING:
                return True  # "had almost stopped ... and had since recovered"
            if c.dep_ == "prep" and c.lower_ in self._CAUSING and not names_measure(c):
                return True  # "had fallen because of the heavy monsoon rains, not the ban"
            if (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
                and not names_measure(c)
            ):
                return True  # "fell because tourists stayed away"
            if c.dep_ == "prep" and c.lower_ == "during":
                if any(g.dep_ == "pobj" and g.lemma_.lower() in self._SEASONS for g in c.children):
                    return True  # "stopped during the New Year holidays"
        return any(t.lower_ in ("every", "each") and t.head.lower_ == "year" for t in verb.subtree)

    def _lives_on_target(self, content) -> bool:
        """The banned app told as all one lives on: "the app was his only income", "Viber had been her only source of
        income", "selling cakes on Viber was her only income", "his only income was the app"; the app (or the story's
        target) is the other side of the copula, not "the income from the app was the sole income of many young
        people", and not "the app was not her only source of income"."""
        for t in content:
            if t.lemma_.lower() not in ("income", "source") or not any(
                c.dep_ == "amod" and c.lower_ in ("only", "sole") for c in t.children
            ):
                continue
            if t.lemma_.lower() == "source" and not any(
                p.lower_ == "of" and any(g.lemma_.lower() == "income" for g in p.children) for p in t.children
            ):
                continue
            cop = t.head
            if t.dep_ not in ("attr", "nsubj") or cop.lemma_.lower() != "be":
                continue
            if any(c.dep_ == "neg" for c in cop.children):
                continue
            other = [c for c in cop.children if c.dep_ in ("nsubj", "csubj", "attr") and c.i != t.i]
            for o in other:
                near = list(o.subtree) if o.dep_ == "csubj" else [o]
                for w in near:
                    m = self.ctx.mention(w)
                    if w.lemma_.lower() in self._SERVICES or (m is not None and m.entity_id in self.targets):
                        return True
        return False

    def _trade_stalled(self, content, person: bool) -> bool:
        """The speaker's trade told as stopped or shrunk: a word of statement.lost_goods that stops, dries up or
        vanishes ("sales had almost stopped", "our orders have dried up"), or, told by a person, falls ("bookings fell
        by half"; not "could fall if the economy slowed"); or buyers who pause or cancel ("two clients had paused
        campaigns"). Not negated where it stands or on a verb it hangs on, and not "stopped growing" (a pace, no
        halt)."""
        goods = set(self.lex["lost_goods"]) | {"booking", "sales", "orders", "takings", "turnover"}
        dealings = self._DEALINGS | goods
        inside = {t.i for t in content}
        for v in content:
            if v.pos_ != "VERB":
                continue
            lemma = v.lemma_.lower()
            chain = [v, *(a for a in v.ancestors if a.i in inside)]
            if any(c.dep_ == "neg" for w in chain for c in w.children):
                continue
            if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
                continue  # "sales had stopped growing", "customers stopped to ask"
            for subj in (c for c in v.children if c.dep_ == "nsubj"):
                head = subj.lemma_.lower()
                if head in self._NONE_OF or any(
                    c.dep_ in ("det", "amod") and c.lower_ in self._NONE_OF for c in subj.children
                ):
                    continue  # "no customers had cancelled their orders", "few clients had paused campaigns"
                if (head in goods or head in self._BUYERS) and (self._foreseen(v) or self._other_cause(v)):
                    continue  # "bookings could collapse if the airport strike went on"
                if head == "order" and subj.tag_ == "NN":
                    continue  # "the central bank's order had stalled in the courts": a ruling's order, no trade
                if head in goods and lemma in self._STALLING:
                    return True
                if head in goods and person and lemma in self._SLUMPING:
                    return True
                if (
                    head in self._BUYERS
                    and lemma in self._WITHDRAWING
                    and (
                        any(c.dep_ == "dobj" and c.lemma_.lower() in dealings for c in v.children)
                        # "two clients had paused campaigns", parsed as "paused campaigns" with the clients inside
                        or (v.dep_ == "amod" and v.head.lemma_.lower() in dealings)
                    )
                ):
                    return True
        return False

    @staticmethod
    def _foreseen(verb) -> bool:
        """A verb told as what may happen, not what did: a modal ("could fall") or a condition ("if the economy
        slowed")."""
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return True
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children
        )

    def _depends_on_target(self, content) -> bool:
        """ "half of my customers found me on the app", "most of the studio's revenue passed through the store": what
        someone's trade or work gets through the banned platform (a word of statement.livelihood with a possessor, in
        the clause of a verb whose on/through/via object is the banned platform), told by who depends on it."""
        goods = set(self.lex["livelihood"])
        preps = set(self.lex["livelihood_preps"])
        platforms = set(self.lex["platform_nouns"])
        reaching = set(self.lex["livelihood_verbs"])
        inside = {t.i for t in content}
        for v in content:
            if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in v.children):
                continue
            if v.lemma_.lower() not in reaching:
                continue  # "had spent all his earnings on the app": no trade that comes through it
            via = [
                p
                for p in v.children
                if p.dep_ in ("prep", "prt")
                and p.lower_ in preps
                # not the platform denied as the way: "gets his customers by word of mouth, not by the app"
                and not any(c.dep_ == "neg" for c in p.children)
                and any(
                    o.dep_ == "pobj"
                    and (
                        # the platform, or a thing of it named by it ("came from TikTok live sessions")
                        any(
                            (m := self.ctx.mention(w)) is not None and m.entity_id in self.targets
                            for w in (o, *(c for c in o.children if c.dep_ in ("compound", "nmod")))
                        )
                        or (
                            o.lemma_.lower() in platforms
                            and any(c.lower_ in ("the", "this", "that") for c in o.children)
                        )
                    )
                    for o in p.children
                )
            ]
            if not via:
                continue
            skip = {x.i for p in via for x in p.subtree}
            # "half of her orders used to come from it": the trade is the subject of the verb "come" completes
            clause = v.head if v.dep_ == "xcomp" else v
            for x in clause.subtree:
                if x.i in skip or x.i not in inside or x.lemma_.lower() not in goods or x.pos_ != "NOUN":
                    continue
                if any(c.dep_ == "poss" for c in x.children):
                    return True
        return False

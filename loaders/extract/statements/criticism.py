"""Criticism: the opposing cues and what sets them aside (a denial doubted, a charge against the banned thing,
a backing phrase holding a cue word), calls to lift, stop or delay the measure, going to court against it,
the measure told needless, unfair, ineffective or not what it claims, condemned, labelled or its makers
accused."""

from __future__ import annotations

import re

from loaders.extract.bans import IMPOSER_CATEGORIES
from loaders.extract.gazetteer import CAPITAL
from loaders.extract.lexicon import words
from loaders.extract.statements._text import _HOLDING, any_phrase
from loaders.extract.statements._words import _BAN_NOUNS, _TARGET_NOUNS


class CriticismMixin:
    """StatementExtractor's methods of the cues that oppose a measure."""

    _NEGATIONS = {"not", "no", "n't", "never", "without", "nothing", "little", "nobody", "unlikely", "non"}

    # "hard to argue": a head that doubts what it governs (its own name: a later _HARD would hide _makes_hard's)
    _HARD_TO_CLAIM = {"hard", "difficult", "impossible", "tough"}

    @staticmethod
    def _denial_doubted(copula) -> bool:
        """A negated copula's clause told under a head that is itself denied or doubted asserts the word after all: "it
        was hard to argue that the suspension was not arbitrary", "nobody could seriously claim that the suspension
        was not arbitrary", "no one can pretend the ban is not censorship", "I fail to see how the ban is not
        censorship"."""
        if copula.dep_ != "ccomp":
            return False
        head = copula.head
        if head.lemma_.lower() == "doubt":
            return True
        if any(c.dep_ == "neg" for c in head.children):
            return True
        # "nobody could claim", "no one can pretend", "none of us can say"
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in ("nobody", "none", "noone")
                or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
            ):
                return True
        # "it was hard to argue that ...", "I fail to see how ..."
        if head.dep_ == "xcomp":
            up = head.head
            if up.lemma_.lower() in ("fail", "struggle") or any(
                c.dep_ in ("acomp", "neg") and c.lower_ in CriticismMixin._HARD_TO_CLAIM | {"not", "never", "n't"}
                for c in up.children
            ):
                return True
        return False

    _CHALLENGES = frozenset(words("ban_rules", "legal_actions"))

    def _basis_for_undoing(self, basis) -> bool:
        """The basis told for undoing the measure: "no legal grounds for lifting the ban" (a gerund under "for"), "no
        legal grounds to overturn the ban" (an infinitive on the noun, or on the verb it is the object of: "found no
        legal grounds to lift the ban"), a verb of lifting or undoing a rule."""
        undoing = self._LIFT_VERBS | self._UNDO_RULE | {"quash"}
        verbs = [o for p in basis.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
        verbs += [c for c in basis.children if c.dep_ in ("acl", "relcl")]
        if basis.dep_ == "dobj":
            verbs += [c for c in basis.head.children if c.dep_ in ("advcl", "xcomp") and c.i > basis.i]
        return any(
            v.pos_ == "VERB"
            and v.lemma_.lower() in undoing
            and (v.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children))
            for v in verbs
        )

    def _basis_denied_to_challenger(self, content) -> set[int]:
        """A basis denied to what stands against the measure - a legal action against it, or the banned side: "the
        company's complaint had no valid legal basis", "petitions against the block lacked a sound legal basis",
        "there was no legal basis for the app to keep operating". The measure's side refuting its challengers tells
        no case against the measure, so the basis phrase leaves the cue text (not "the ban had no legal basis",
        "there is no legal basis for the block")."""
        challengers = self._CHALLENGES | self._BANNED_SIDE_NOUNS
        found = set()
        for t in content:
            if t.lemma_.lower() not in ("basis", "justification", "ground"):  # the words _cue_text reads as one
                continue
            if self._basis_for_undoing(t):
                found.update(x.i for x in t.subtree)  # "no legal grounds for lifting the ban": the undoing refused
                continue
            if t.dep_ == "dobj" and t.head.lemma_.lower() in ("have", "lack"):
                holders = [c for c in t.head.children if c.dep_ == "nsubj"]  # "the complaint had no basis"
            elif t.dep_ == "attr" and any(c.dep_ == "expl" for c in t.head.children):
                # "there was no basis for the app to keep operating", "... for the petition"
                holders = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
                holders += [
                    s
                    for c in t.children
                    if c.dep_ in ("advcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
            else:
                continue
            if any(
                h.lemma_.lower() in challengers
                or ((m := self.ctx.mention(h)) is not None and m.entity_id in self.targets)
                for h in holders
            ):
                found.update(x.i for x in t.subtree)
        return found

    def _opposing_cue(self, content, cue_words) -> bool:
        """An opposing cue the speaker asserts: "about protecting young people, not punishing them" contrasts the
        measure with what it is not, so a cue word negated where it stands ("not punishing", "never a scapegoat")
        does not count; cues that carry their own negation ("not proportionate", "will not work") still do."""
        # what a relative clause tells of the banned thing is no word on the measure: "apps that report back to an
        # authoritarian state"
        described = (
            self._told_of_target(content)
            | self._orders_refused_by_target(content)
            | self._device_faulted(content)
            | self._basis_denied_to_challenger(content)
        )
        if described:
            content = [t for t in content if t.i not in described]
        text = self._outside_support_phrases(self._cue_text(content), cue_words)
        if not any_phrase(cue_words, text):
            return False
        denied = set()
        for t in content:
            if t.pos_ in ("VERB", "NOUN", "ADJ") and any(
                c.dep_ == "neg" and c.i < t.i and c.lower_ in ("not", "never") for c in t.children
            ):
                denied.add(t.i)
                denied.update(c.i for c in t.children if c.dep_ in ("neg", "conj"))
            if self._neither(t):
                denied.update({t.i, *(x.i for x in t.conjuncts)})  # "neither disproportionate nor discriminatory"
            # a copula negated: "the conditions were not disproportionate", "the ban is not arbitrary" deny the word
            # it links (the parser hangs the "not" on "be"); not "is not only arbitrary but unlawful"
            if (
                t.pos_ == "AUX"
                and t.lemma_.lower() == "be"
                and any(
                    c.dep_ == "neg"
                    and c.lower_ in ("not", "never", "n't")
                    and t.doc[min(c.i + 1, len(t.doc) - 1)].lower_ not in ("only", "just", "merely", "simply")
                    for c in t.children
                )
                and not self._denial_doubted(t)
            ):
                for c in t.children:
                    if c.dep_ in ("acomp", "attr"):
                        denied.update({c.i, *(x.i for x in c.conjuncts)})
            # "was about A rather than B": set against the predicate before it; not "Rather than silencing critics,
            # the government should ...", "Instead of censorship, we need ...", which open their clause
            contrast = (
                t.lower_ in ("than", "of")
                and t.i > 1
                and t.doc[t.i - 1].lower_ in ("rather", "instead")
                and t.doc[t.i - 1].i > t.doc[t.i - 1].sent.start
                and not t.doc[t.i - 2].is_punct
            )
            if (t.lower_ in ("not", "never") and t.i > 0 and t.doc[t.i - 1].text == ",") or contrast:
                # "about safety, not censorship", "about accountability rather than censorship": the word after a
                # contrastive ", not" or "rather than" (the parser may hang the "not" on the word before it)
                nxt = next((x for x in t.doc[t.i + 1 : t.i + 4] if x.lower_ not in ("to", "a", "an", "the")), None)
                if nxt is not None and nxt.pos_ in ("VERB", "NOUN", "ADJ"):
                    denied.update({t.i, nxt.i, *(c.i for c in nxt.children if c.dep_ == "conj")})
        if not denied:
            return True
        negating = [w for w in cue_words if set(w.split()) & self._NEGATIONS]
        plain = [w for w in cue_words if w not in negating]
        asserted = self._outside_support_phrases(self._cue_text([t for t in content if t.i not in denied]), cue_words)
        return any_phrase(negating, text) or any_phrase(plain, asserted)

    @staticmethod
    def _objects_to_measure(frame) -> bool:
        """ "The main opposition party also objected", "objected to the order": an objection, bare or to a word for the
        measure, is a critic's; not "did not object", nor "objected to the use of their data" (something else), nor
        to a step told of the measure by a clause on it ("objected to the ban being lifted", an acl or the verb's
        xcomp: the lifting objected to)."""
        if (
            frame.lemma_.lower() != "object"
            or frame.pos_ != "VERB"
            or any(c.dep_ in ("neg", "xcomp") for c in frame.children)
        ):
            return False
        objected = [o for p in frame.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
        return all(o.lemma_.lower() in _BAN_NOUNS and not any(c.dep_ == "acl" for c in o.children) for o in objected)

    @staticmethod
    def _neither(word) -> bool:
        """Whether ``word`` opens a "neither ... nor" pair, which denies it and its conjuncts ("found the conditions
        neither disproportionate nor discriminatory")."""
        return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in word.children)

    _DEVICE_FAULTS = {"distraction"}

    def _device_faulted(self, content) -> set[int]:
        """A fault word said of a device or the banned thing, not of the measure: "phones are a distraction in class",
        "called smartphones a distraction" (the word as the predicate of a subject, or the object's complement, that is
        a device of scope.devices, a platform noun or a banned target) is the measure's own case; "called the ban a
        distraction" stays a charge against it."""
        devices = set(words("scope", "devices")) | set(self.lex["platform_nouns"])
        out: set[int] = set()
        for t in content:
            if t.lemma_.lower() not in self._DEVICE_FAULTS or t.dep_ not in ("attr", "oprd", "dobj", "acomp"):
                continue
            head = t.head
            if t.dep_ == "dobj" and head.lemma_.lower() not in self._NAMING_VERBS:
                out.add(t.i)  # "supported fewer distractions": one the speaker wants gone, no label on the measure
                continue
            held = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != t.i]
            for h in held:
                m = self.ctx.mention(h)
                if (
                    h.lower_ in devices
                    or h.lemma_.lower() in devices
                    or (m is not None and m.entity_id in self.targets)
                ):
                    out.add(t.i)
        return out

    _REFUSING = {"refuse", "ignore", "defy", "disobey", "reject", "flout", "resist", "obey", "comply", "follow"}

    def _orders_refused_by_target(self, content) -> set[int]:
        """The orders a named target is told to have refused ("said X had refused orders to censor accounts"): an
        account of the banned side's conduct, not the speaker calling the orders censorship; the speaker's own
        refusal ("we would not obey illegal orders to censor journalists") is its judgement and stays."""
        out: set[int] = set()
        for t in content:
            if t.lemma_.lower() not in ("order", "demand", "request") or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if verb.lemma_.lower() not in self._REFUSING:
                continue
            clause = verb.head if verb.dep_ == "xcomp" else verb
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = self.ctx.mention(subj) if subj is not None else None
            if m is not None and m.entity_id in self.targets:
                out.update(x.i for x in t.subtree)
        return out

    _BANNED_THINGS = _TARGET_NOUNS | {"application", "service", "network", "product", "equipment", "device"}

    def _told_of_target(self, content) -> set[int]:
        """The words of relative clauses that describe the banned thing: a target named, or "apps", "the platform",
        "equipment" ("apps that report back to an authoritarian state", "TikTok, which critics call a tool of ...")."""
        out: set[int] = set()
        for t in content:
            if t.dep_ != "relcl":
                continue
            head = t.head
            m = self.ctx.mention(head)
            if (m is not None and m.entity_id in self.targets) or head.lemma_.lower() in self._BANNED_THINGS:
                out.update(x.i for x in t.subtree)
        return out

    def _outside_support_phrases(self, text: str, cue_words) -> str:
        """The cue text without the backing phrases that hold an opposing cue word: in "unlawful content" or "the
        greatest geopolitical threat" the longer phrase is what is said, not "unlawful" or "geopolitical"."""
        backing = self.lex["cues"]["supports_ban"]["words"]
        key = (frozenset(cue_words), frozenset(backing))
        if key not in _HOLDING:  # built once per pair of lists, not once per article (~200 phrase searches)
            held = [w for w in backing if " " in w and any_phrase(cue_words, " " + w + " ")]
            alternatives = "|".join(re.escape(w) for w in sorted(held, key=len, reverse=True))
            _HOLDING[key] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if held else None
        holding = _HOLDING[key]
        return holding.sub(" ", text) if holding is not None else text

    _LIFT_VERBS = {"lift", "ease", "relax", "loosen", "end", "scrap", "reverse", "rescind", "revoke", "repeal",
                   "overturn", "unblock", "roll", "drop", "remove", "withdraw"}  # fmt: skip
    _LIFTED = {"curb", "restriction", "blockade", "limit", "filtering", "censorship"}
    # verbs that undo a rule itself ("revoke the regulation", "repeal the law"): their object may be the rule the
    # measure rests on
    _UNDO_RULE = {"revoke", "repeal", "rescind", "scrap", "withdraw", "overturn", "annul"}
    # verbs by which the measure itself comes to an end: "the shutdown should end", "the blockade must stop"
    _CEASE = {"end", "stop", "cease"}
    _CONDITIONS = {"once", "if", "when", "after", "until", "unless", "as soon as"}

    def _wants_lifted(self, content, side: str | None = None) -> bool:
        """A call or pledge to end the measure: "promised to ease the internet restrictions", "urged the government
        to lift it", "should scrap the ban". An infinitive or a modal only, not the lifting told as done ("Turkey
        lifted its block"), nor one on a condition ("will lift the ban once the company complies")."""
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if self._restore_wished(t, measures):
                return True
            if side != "imposer" and (self._enforcing_stopped(t, measures) or self._measure_stopped(t, measures)):
                return True
            if t.lemma_.lower() in self._CEASE and t.pos_ == "VERB" and t.tag_ == "VB":
                kids = list(t.children)
                if (
                    not any(c.dep_ in ("neg", "dobj", "xcomp") for c in kids)
                    and any(c.dep_ == "aux" and c.lemma_.lower() in self._OUGHT for c in kids)
                    and any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in kids)
                ):
                    return True  # "said the shutdown should end": the measure's end wished
            if t.lemma_.lower() not in self._LIFT_VERBS | self._UNDO_RULE or t.pos_ != "VERB" or t.tag_ != "VB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if t.lemma_.lower() == "roll" and not any(c.lower_ == "back" for c in t.children):
                continue
            if any(
                c.dep_ == "advcl"
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in self._CONDITIONS for m in c.children)
                for c in t.children
            ):
                continue
            undo_rule = t.lemma_.lower() in self._UNDO_RULE
            for o in (c for c in t.children if c.dep_ == "dobj"):
                if o.lemma_.lower() in measures:
                    return True
                if undo_rule and o.lemma_.lower() in self._MEASURES and self._the_measures_rule(o, t):
                    return True
                if o.lower_ in ("it", "them") and any(x.lemma_.lower() in measures for x in t.sent if x.i < t.i):
                    return True  # "called the block unacceptable and urged the government to lift it"
        return False

    _RULE_SUBJECT = {"for", "on", "about", "governing", "covering", "regarding", "concerning"}
    _HOLDING_BACK = {"stop", "prevent", "restrain", "bar"}
    _ENFORCING = {"enforce", "implement", "apply"}

    def _enforcing_stopped(self, t, measures) -> bool:
        """ "would ask the court to stop the government from enforcing the measure", "urged the judge to bar the state
        from implementing the law": the measure's enforcement wished halted. Only a bare infinitive under a verb of
        asking or with a modal of wish, the one stopped the imposing side; not the halt told as done or described
        ("the ruling that stopped the state from enforcing it", "the injunction preventing the state from ..."), a
        failed, tried or negated one ("had failed to stop", "were trying to stop", "would not allow anyone to stop
        it"), nor one no one can bring ("nothing could stop ...", "No court can stop us from ...")."""
        if t.lemma_.lower() not in self._HOLDING_BACK or t.pos_ != "VERB" or t.tag_ != "VB":
            return False
        if any(c.dep_ == "neg" for c in t.children):
            return False
        for c in t.children:
            if c.dep_ == "nsubj" and (
                c.lower_ in ("nothing", "nobody", "none", "noone")
                or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            ):
                return False
        if not self._halt_wished(t):
            return False
        for a in t.ancestors:
            if a.lemma_.lower() in self._TRIED or any(c.dep_ == "neg" for c in a.children):
                return False
            if a.lemma_.lower() in ("say", "tell", "add", "state"):
                break
        stopped = [c for c in t.children if c.dep_ == "dobj"]
        if not any(self._stopped_imposer(o) for o in stopped):
            return False
        rules = measures | self._MEASURES | _BAN_NOUNS
        for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"):
            for g in (c for c in p.children if c.tag_ == "VBG" and c.lemma_.lower() in self._ENFORCING):
                if any(o.dep_ == "dobj" and (o.lemma_.lower() in rules or o.lower_ == "it") for o in g.children):
                    return True
        return False

    def _halt_wished(self, t) -> bool:
        """The stopping is wished: with a modal of wish ("would stop"), or asked for ("asked the court to stop")."""
        return any(c.dep_ == "aux" and c.lower_ in self._WISH_MODALS for c in t.children) or (
            t.dep_ in ("xcomp", "ccomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and t.head.lemma_.lower() in self._HALT_ASKING
        )

    def _measure_stopped(self, t, measures) -> bool:
        """ "would ask the ECOWAS Court to stop the ban": the measure itself wished stopped, asked for or with a modal
        of wish; not negated ("would not ask the court to stop the ban"), nor the measure stopping something ("the
        ban is meant to stop fraud")."""
        if (
            t.lemma_.lower() != "stop"
            or t.tag_ != "VB"
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in t.children)
        ):
            return False
        return self._halt_wished(t) and not any(c.dep_ == "neg" for x in (t, t.head) for c in x.children)

    _HALT_ASKING = {"ask", "urge", "seek", "call", "petition", "request", "want", "press", "plan", "intend", "vow", "hope",
               "move", "apply", "sue", "go"}  # fmt: skip
    _WISH_MODALS = {"should", "must", "ought"}
    _TRIED = {"fail", "refuse", "try", "attempt", "struggle", "manage"}

    def _stopped_imposer(self, o) -> bool:
        """The one stopped is the measure's imposing side: "the government", "the state", the imposer named; not
        another ("stop Twitter from applying its own rules", "stop foreign states from ...")."""
        if o.lemma_.lower() in self._STOPPED_RULERS:
            return not any(
                c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in self._ALIEN)
                for c in o.children
            )
        m = self.ctx.mention(o)
        return m is not None and self._imposing(m.entity_id)

    _ALIEN = {"foreign", "hostile", "other", "rival", "enemy", "overseas", "outside"}

    def _the_measures_rule(self, o, verb) -> bool:
        """A rule noun undone ("revoke the regulation") is the rule the measure rests on: the law a ban is
        justified by, a rule named with that head in a ban's own sentence, or one told bare ("the regulation", "its
        new rules"); not a rule with a subject of its own ("its data retention policy for banks", "the rules for
        telecom tariffs")."""
        laws = {law for b in self.bans for law in b.justified_by}
        lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge)
        if any(m.entity_id in laws for m in self.adoc.mentions_in(lo, hi)):
            return True
        own = ("compound", "prep", "acl", "relcl", "nmod", "appos")
        # "withdraw its rules for telecom tariffs": the parse may hang the rule's subject on the verb
        told = any(
            c.dep_ == "prep" and c.i == o.right_edge.i + 1 and c.lower_ in self._RULE_SUBJECT for c in verb.children
        )
        if not told and not any(c.dep_ in own for c in o.children):
            return True
        named = [c.lower_ for c in o.children if c.dep_ == "compound"]
        for b in self.bans:
            for ev in b.evidence:
                sent = self.adoc.sentences[self.adoc.sentence_index(ev.start)]
                if sent.start <= o.i < sent.end:
                    continue
                if any(
                    x.lemma_.lower() == o.lemma_.lower()
                    and [c.lower_ for c in x.children if c.dep_ == "compound"] == named
                    for x in sent
                ):
                    return True
        return False

    _HOLD_OFF = {"delay", "postpone", "pause", "defer"}
    _HOLD_OFF_OR_EXTEND = _HOLD_OFF | {"extend"}

    _PRESSING = {"pursue", "press", "continue", "proceed", "push", "maintain", "keep", "take"}
    _LITIGATION = {"case", "challenge", "lawsuit", "suit", "appeal", "petition", "litigation", "complaint"}

    _BANNING_GERUNDS = {"ban", "block", "bar", "shut", "cut", "prohibit", "suspend", "restrict", "outlaw", "close"}

    _EFFECT_NOUNS = {"effect", "impact", "implication", "consequence", "fallout", "repercussion"}

    def _concerns_at_measure(self, content) -> bool:
        """The banned side's "serious concerns" are about the measure when they name nothing ("the company had
        serious concerns") or name the measure or its effects ("concerns about the decision", "over its impact on
        users"); not when they name something else ("concerns about terrorist content", "about scam channels")."""
        measures = _BAN_NOUNS | self._LABELLED
        for t in content:
            if t.lemma_.lower() != "concern" or t.pos_ != "NOUN":
                continue
            named = [c for c in t.children if c.dep_ in ("prep", "acl", "relcl", "ccomp")]
            if not named:
                return True
            for c in named:
                for g in c.subtree:
                    low = g.lemma_.lower()
                    if low in measures or (g.tag_ == "VBG" and low in self._BANNING_GERUNDS):
                        return True
                    if low in self._EFFECT_NOUNS and not any(p.dep_ == "prep" and p.lower_ == "of" for p in g.children):
                        return True  # "over its impact on small firms": the measure's effects
        return False

    def _measure_denied_worth(self, content) -> bool:
        """The measure said not to be what it claims: "blocking an entire platform is not a data-protection policy",
        "a ban is not a solution": a negated "is" whose subject is the measure (a ban noun or a gerund of banning)
        and whose complement is a noun."""
        measures = set(words("ban", "nouns")) | self._LABELLED
        for t in content:
            if t.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None or not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in t.children):
                continue
            gerund = subj.tag_ == "VBG" and subj.lemma_.lower() in self._BANNING_GERUNDS
            if gerund or (subj.pos_ == "NOUN" and subj.lemma_.lower() in measures):
                return True
        return False

    # ends too loose to deny a measure by ("the law does not make exceptions", "the ban does not keep records")
    _MADE_OR_KEPT = frozenset({"make", "keep", "win", "beat"})

    def _not_solved_by(self, content) -> bool:
        """An end the measure is said not to reach: "you don't fix unemployment by deleting a game", "you cannot
        protect children by banning apps" (a verb of statement.not_solved_by, negated, with "by" and a gerund of
        banning or removing), said of everyone (a generic subject, statement.not_solved_by_subjects) or of the banned
        product or measure (the gerund's object). "parents could not keep teenagers off social media by removing one
        app from their phones" tells what some people do, not what the measure reaches."""
        ends = set(self.lex["not_solved_by"])
        generic = set(self.lex["not_solved_by_subjects"])
        acts = set(words("ban", "verbs")) | self._REMOVAL_VERBS | self._BANNING_GERUNDS
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() not in ends or t.pos_ != "VERB":
                continue
            # "the ban is not going to stop the scammers": the negation and the subject on "going"
            gov = t.head if t.dep_ == "xcomp" and t.head.lower_ == "going" and t.tag_ == "VB" else t
            if not any(c.dep_ == "neg" for c in gov.children):
                continue
            everyone = any(c.dep_ == "nsubj" and c.lower_ in generic for c in gov.children)
            # the end denied is the verb's object: "the ban will not stop at TikTok", "will not stop there", "will not
            # end until ..." tell how far or how long the measure goes, no end it misses
            aimed = any(c.dep_ == "dobj" for c in t.children)
            if (
                aimed
                and t.lemma_.lower() not in self._MADE_OR_KEPT
                and any(
                    (c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in acts)
                    or (c.dep_ == "nsubj" and c.lemma_.lower() in measures and c.pos_ == "NOUN")
                    for c in gov.children
                )
            ):
                return True  # "blocking one app would not stop cheap imports", "the ban will not protect children":
                # the measure itself said not to reach its end
            for p in t.children:
                if p.dep_ != "prep" or p.lower_ != "by":
                    continue
                for g in p.children:
                    if g.dep_ != "pcomp" or g.tag_ != "VBG" or g.lemma_.lower() not in acts:
                        continue
                    if everyone or any(
                        c.dep_ == "dobj"
                        and (
                            c.lemma_.lower() in measures
                            or any(
                                (m := self.ctx.mention(x)) is not None and m.entity_id in self.targets
                                for x in c.subtree
                            )
                        )
                        for c in g.children
                    ):
                        return True
        return False

    _SHUTTING = {"ban", "bar", "prohibit", "block", "forbid", "outlaw", "restrict", "suspend", "blacklist", "exclude",
                 "shut", "close", "remove", "kick", "cut", "throttle"}  # fmt: skip

    def _needless_measure(self, content) -> bool:
        """The measure said not to be needed: "the country did not need to exclude the firm", "they don't need to close
        the whole app", "there is no need to ban it" (a ban verb after a negated "need" or "no need"; not "did not need
        to ask", nor "need not fear")."""
        acts = self._SHUTTING
        for t in content:
            if t.lemma_.lower() != "need":
                continue
            if t.pos_ == "VERB":
                negated = any(c.dep_ == "neg" for c in t.children)
                done = [c for c in t.children if c.dep_ == "xcomp"]
            elif t.pos_ == "NOUN":
                negated = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                done = [c for c in t.children if c.dep_ in ("acl", "relcl")]
            else:
                continue
            if not negated or any(c.dep_ == "nsubj" and self._another_state(c) for c in t.children):
                continue  # "Kyiv did not need to block the app": another state's own policy, no view on this measure
            if any(
                d.lemma_.lower() in acts
                and d.pos_ == "VERB"
                and any(self._banned_thing(o) for o in d.children)
                and not self._done_elsewhere(d)
                for d in done
            ):
                return True
        return False

    _ELSEWHERE = {"too", "again"}

    @staticmethod
    def _done_elsewhere(verb) -> bool:
        """The ban verb told of a ban besides this one: "to block the app as well", "to ban it too", "to ban the
        company again"."""
        return any(
            c.dep_ == "advmod"
            and (
                c.lower_ in CriticismMixin._ELSEWHERE
                or (c.lower_ == "well" and any(x.lower_ == "as" for x in c.children))
            )
            for c in verb.children
        )

    def _another_state(self, tok) -> bool:
        """``tok`` names a state, or its capital, that imposes none of the story's bans ("Kyiv", "Germany" in a story
        of Russia's ban)."""
        m = self.ctx.mention(tok)
        if m is not None:
            return self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES and not self._imposing(m.entity_id)
        gaz = self.ctx.gaz
        if gaz is None or tok.pos_ != "PROPN":
            return False
        refs = [r for r in gaz.candidates(tok.text) if r.how == CAPITAL]
        return bool(refs) and not any(self._imposing(r.entry_id) for r in refs)

    _UNFAIR_TO = {"for", "to", "on"}

    def _not_fair(self, content) -> bool:
        """The measure said not to be fair: "the ban is not fair to small sellers", "it is not fair for workers like
        us" (a bare "it" or "this" told unfair to people). Not what else is unfair, told in a clause ("it is not fair
        that the firm pays no tax", "not fair to local creators that they compete with an app run from abroad", "it
        would not be fair to let a foreign firm ignore our laws"), nor a view nobody holds ("nobody is saying it is
        not fair to ask questions")."""
        for t in content:
            if t.lower_ != "fair" or t.dep_ != "acomp" or t.i == 0 or t.doc[t.i - 1].lower_ != "not":
                continue
            verb = t.head
            if verb.dep_ in ("ccomp", "xcomp") and any(
                c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in self._NO_ONE) for c in verb.head.children
            ):
                continue
            after = [x for x in verb.subtree if x.i > t.i]
            if any(x.lower_ == "that" and x.dep_ != "det" for x in after):
                continue
            if any(
                x.pos_ in ("VERB", "AUX")
                and x.head in (verb, t)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in after
            ):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if subj.lemma_.lower() in _BAN_NOUNS:
                return True
            if subj.lower_ in ("it", "this") and any(
                x.dep_ == "prep"
                and x.lower_ in self._UNFAIR_TO
                and x.head in (verb, t)
                and any(c.dep_ == "pobj" for c in x.children)
                for x in after
            ):
                return True
        return False

    _BANNED_KINDS = {"app", "application", "platform", "service", "site", "website", "firm", "company", "vendor",
                     "supplier", "messenger"}  # fmt: skip

    def _banned_thing(self, o) -> bool:
        """The object of a ban verb names the banned side: the target, a firm or product, or "the whole app"."""
        return o.dep_ == "dobj" and self._banned_side(o)

    def _banned_side(self, o) -> bool:
        """``o`` names the banned side: the target, a firm or product, or a kind of them ("companies", "platforms")."""
        m = self.ctx.mention(o)
        if m is not None:
            return m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
        return o.lemma_.lower() in self._BANNED_KINDS

    def _leaves_untouched(self, content) -> bool:
        """The measure said to leave the problem where it was: "the order removes local staff while leaving the app
        itself, and its data risks, untouched", "stripping one app from work phones leaves the real questions
        untouched" (a verb "leave" with "untouched" within a dozen words after it, whose subject, or that of the verb
        it hangs on, is a measure noun or a gerund of banning or removing). "the company said it left its prices
        untouched", "users had left their accounts untouched" tell nothing of the measure."""
        measures = self._MEASURES_OR_BANS
        acts = set(words("ban", "verbs")) | self._REMOVAL_VERBS | self._BANNING_GERUNDS
        for t in content:
            if t.lemma_.lower() != "leave" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            after = t.doc[t.i + 1 : min(t.i + 14, t.sent.end)]
            if not any(w.lower_ == "untouched" for w in after):
                continue
            v = t
            for _ in range(4):
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "csubj")), None)
                if subj is not None:
                    if (subj.dep_ == "nsubj" and subj.lemma_.lower() in measures) or (
                        subj.dep_ == "csubj" and subj.lemma_.lower() in acts
                    ):
                        return True
                    break
                if v.dep_ not in ("conj", "advcl", "xcomp") or v.head is v:
                    break
                v = v.head
        return False

    _WARNING_MODALS = {"could", "might", "may", "can", "will", "would"}

    def _turned_on_others(self, content) -> bool:
        """The measure's power warned to be turned next on others: "the same legal basis could be used against other
        platforms", "a tool it could turn on other platforms" (a verb with a modal, the preposition the lexicon gives
        it, whose object is "other", "next" or "more" ones; statement.turned_on). A critic's warning of what the
        measure allows, never a fact told ("was used against other platforms" has no modal)."""
        lex = self.lex["turned_on"]
        others = set(lex["others"])
        measures = set(lex["measures"]) | _BAN_NOUNS
        for t in content:
            preps = lex["verbs"].get(t.lemma_.lower())
            if preps is None or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self._WARNING_MODALS for c in t.children):
                continue
            # what is used or turned: the passive subject, the object, or the head a relative hangs on ("a tool it
            # could turn on ..."); it must be the measure or its power, not people ("shoppers could turn against
            # other brands") nor the app ("Beijing could use the app against other governments")
            used = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
            if not used and t.dep_ in ("relcl", "acl"):
                used = [t.head]
            if not any(u.lemma_.lower() in measures or u.lower_ in measures for u in used):
                continue
            for p in t.children:
                if p.dep_ not in ("prep", "prt") or p.lower_ not in preps:
                    continue
                for o in p.children:
                    if o.dep_ == "pobj" and any(c.dep_ in ("amod", "det") and c.lower_ in others for c in o.children):
                        return True
        return False

    def _presses_case(self, content) -> bool:
        """A litigant going on with its court case against the measure: "said it would pursue the case on the
        merits", "would press ahead with its challenge", "will take the case to the Supreme Court"."""
        for t in content:
            if t.lemma_.lower() not in self._PRESSING or t.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            objs += [
                g
                for p in t.children
                if p.dep_ in ("prep", "prt", "advmod")
                for q in ([p] + [x for x in p.children if x.dep_ == "prep"])
                for g in q.children
                if g.dep_ == "pobj"
            ]
            if any(o.lemma_.lower() in self._LITIGATION for o in objs):
                return True
        return False

    # going to court against the measure: "would challenge both the ban and the fines in court", "was preparing a legal
    # challenge", "will file a challenge against the order"
    _CONTESTING = {"challenge", "contest"}
    _FILING = {"prepare", "file", "launch", "mount", "bring", "lodge", "plan", "consider", "weigh", "study", "explore"}
    _IN_LAW = {"legal", "court", "judicial", "constitutional"}

    # who may take the speaker's own step: a pronoun, the speaker, or a word for the speaker's own body or counsel
    _OWN_SIDE = {"company", "group", "organisation", "organization", "party", "union", "association", "society", "firm",
                 "coalition", "foundation", "network", "campaign", "lawyer", "attorney", "counsel", "team", "office",
                 "member", "client", "platform", "service", "body", "council", "bar"}  # fmt: skip
    # what a petition's own clause asks ("a petition demanding that the ban be enforced"): it goes against the measure
    # only if it asks to undo it
    _PETITION_ASKS = {"demand", "call", "seek", "ask", "urge", "request", "want", "press", "push"}

    def _goes_to_court(self, content, speaker: str | None = None) -> bool:
        """The speaker's own step in law against the measure: "challenge" or "contest" with the measure as object (one
        of coordinated objects too: "both the block and the fines"), or a legal challenge prepared, filed or weighed
        ("was preparing a legal challenge", "would file a challenge against the order"). Not negated on the verb or on
        a verb it hangs on ("would not challenge the block", "did not plan to file a legal challenge"), nor a challenge
        someone else meets ("was ready to face any legal challenge", "a legal challenge was unlikely")."""
        measures = self._MEASURES_OR_BANS
        inside = {t.i for t in content}

        def negated(v) -> bool:
            chain = [v, *(a for a in v.ancestors if a.i in inside)]
            if any(c.dep_ == "neg" for w in chain for c in w.children):
                return True
            # "had no plans to file a legal challenge", "has no intention of challenging the ban"
            return any(
                c.dep_ in ("det", "neg", "advmod") and c.lower_ in ("no", "never")
                for w in chain[1:]
                for c in w.children
            )

        def own_step(v) -> bool:
            """The step's doer is the speaker: 'it', 'we', 'the company', the speaker's name; not 'the families of two
            victims were preparing a legal complaint' (someone else's step, told)."""
            for w in [v, *(a for a in v.ancestors if a.i in inside)]:
                subj = [c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj:
                    continue
                s = subj[0]
                if s.pos_ == "PRON" or s.lemma_.lower() in self._OWN_SIDE:
                    return True
                m = self.ctx.mention(s)
                return speaker is not None and m is not None and m.entity_id == speaker
            return True

        def aimed(o, v) -> bool:
            """Told what the step is against ('a legal challenge to the election results', 'a complaint against X'):
            only the measure or those who made it count."""
            heads = [g for w in (o, v) for p in w.children if p.dep_ == "prep" and p.lower_ in ("against", "to")
                     for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            if not heads:
                return True
            for g in heads:
                m = self.ctx.mention(g)
                if g.lemma_.lower() in measures | self._RULERS or (m is not None and m.entity_id in self.imposers):
                    return True
            return False

        def asks_to_keep(o) -> bool:
            """'a court petition demanding that the ban be enforced strictly': the petition asks for the measure."""
            for c in o.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self._PETITION_ASKS:
                    return not any(t.lemma_.lower() in self._LIFT_VERBS | self._UNDOING for t in c.subtree)
            return False

        def objects(v) -> list:
            direct = [c for c in v.children if c.dep_ == "dobj"]
            return [*direct, *(x for d in direct for x in d.conjuncts)]

        for v in content:
            if v.pos_ != "VERB" or negated(v) or not own_step(v):
                continue
            lemma = v.lemma_.lower()
            if lemma in self._CONTESTING and any(o.lemma_.lower() in measures for o in objects(v)):
                return True  # "would challenge both the ban and the fines in court"
            if lemma not in self._FILING:
                continue
            for o in objects(v):
                if o.lemma_.lower() not in self._LITIGATION - {"case"} or not aimed(o, v) or asks_to_keep(o):
                    continue
                if lemma in ("consider", "weigh", "study", "explore") and any(c.lower_ == "the" for c in o.children):
                    continue  # "would consider the constitutional challenge": one already brought, weighed by another
                in_law = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in self._IN_LAW for c in o.children)
                against = any(
                    p.dep_ == "prep"
                    and p.lower_ in ("against", "to")
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in measures for g in p.children)
                    for p in o.children
                )
                if in_law or against:
                    return True  # "was preparing a legal challenge", "would file a petition against the order"
        return False

    def _wants_delayed(self, content) -> bool:
        """A pledge or call to hold the measure off: "will issue an order to delay enforcement", "urged the ministry
        to postpone the ban" (an infinitive or a modal, not negated)."""
        held = set(words("ban", "nouns")) | self._LIFTED | {"enforcement", "implementation"}
        for t in content:
            lemma = t.lemma_.lower()
            if lemma in self._HOLD_OFF and self._to_be_held_off(t, held):
                return True  # "asked for the decision to be postponed a few days"
            if lemma not in self._HOLD_OFF_OR_EXTEND or t.pos_ != "VERB" or t.tag_ != "VB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            wanted = self._GRACE if lemma == "extend" else held  # "to extend the period before it takes effect"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in t.children):
                return True
        return False

    _GRACE = {"deadline", "period", "reprieve", "pause", "moratorium", "grace"}

    @staticmethod
    def _to_be_held_off(verb, held) -> bool:
        """ "for the decision to be postponed", "wants the ban to be delayed": a passive infinitive of holding off, not
        negated, whose subject is the measure or the decision."""
        return (
            verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children)
            # nor on the verb it hangs on: "would not ask for the decision to be postponed", "did not want ..."
            and not any(c.dep_ == "neg" for a in verb.ancestors for c in a.children)
            and any(
                w.lemma_.lower() in held | {"decision", "order"}
                for w in (
                    *(c for c in verb.children if c.dep_ == "nsubjpass"),
                    *([verb.head] if verb.dep_ == "acl" else []),
                )
            )
        )

    def _announces_lifting(self, speaker: str, frame, content) -> bool:
        """The imposing side telling that the measure has been lifted: a lifting verb, done (not wished: "should
        lift"), whose object is the measure."""
        if frame.pos_ not in ("VERB", "AUX") or self.side(speaker, frame) != "imposer":
            return False
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if t.lemma_.lower() not in self._LIFT_VERBS | {"unblock", "restore"} or t.tag_ not in ("VBD", "VBN", "VBZ"):
                continue
            if any(c.dep_ == "neg" for c in t.children) or t.dep_ in ("acl", "amod", "advcl"):
                continue
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in measures for c in t.children):
                return True
        return False

    _ACCESS = {"access", "service", "services", "connection", "connectivity", "internet"}

    def _restore_wished(self, t, measures) -> bool:
        """ "called for access to be restored", "urged the government to restore access", "the ban should be lifted":
        access given back or the measure lifted, wished (an infinitive, or a passive after "to" or a modal)."""
        lemma = t.lemma_.lower()
        if lemma not in self._LIFT_VERBS | {"restore", "reinstate", "unblock"} or t.pos_ != "VERB":
            return False
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids):
            return False
        wanted = (self._ACCESS if lemma in ("restore", "reinstate") else set()) | (
            measures if lemma != "restore" else set()
        )
        if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in kids)
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
            wished = any(c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_.lower() in self._OUGHT) for c in kids)
            # "we hope that access is restored quickly": the restoring as the clause of a wish
            wished = wished or (t.dep_ == "ccomp" and t.head.lemma_.lower() in self._WISHING)
            return wished and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in wanted for c in kids)
        return False

    _WISHING = {"hope", "wish", "want", "expect", "trust"}

    _CONDEMNING = {"unacceptable", "attack", "assault", "disgrace", "disgraceful", "shameful", "outrageous", "absurd",
                   "ridiculous", "scandal", "scandalous", "setback", "undemocratic", "illegal", "outrage", "nonsense",
                   "blow", "insult", "affront", "violation", "dangerous precedent", "slap",
                   # a hidden aim charged: "a backdoor to control speech", "a smokescreen", "a pretext for ..."
                   "backdoor", "back door", "smokescreen", "pretext", "power grab", "witch hunt", "witch-hunt"}  # fmt: skip

    def _condemns_measure(self, frame, measures) -> bool:
        """ "called the block unacceptable", "described the suspension as a serious attack on ...": the speaker
        judges the measure itself with a condemning word."""
        if frame.pos_ not in ("VERB", "AUX") or frame.lemma_.lower() not in self._NAMING_VERBS:
            return False
        objects = [c for c in frame.children if c.dep_ == "dobj"]
        strong = set(words("ban", "nouns"))
        # "called the measure an attack on democracy": a word for the measure, not the banned side's "decision"
        weak = {
            o.i
            for o in objects
            if o.lemma_.lower() in self._LABELLED
            and not any(
                (m := self.ctx.mention(x)) is not None and self.ctx.category(m.entity_id) in ("company", "product")
                for c in o.children
                if c.dep_ == "poss"
                for x in c.subtree
            )
        }
        if not any(o.lemma_.lower() in strong or o.i in weak for o in objects):
            return False
        judged = [
            t
            for c in frame.children
            if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "prep", "attr") and c.i > objects[0].i
            for t in c.subtree
        ]
        judged += [
            t
            for o in objects
            for c in o.children
            if c.dep_ in ("amod", "appos", "acl") and c.i > o.i
            for t in c.subtree
        ]
        if frame.dep_ == "acl":
            # 'X, the group, called the block "an attack on ..."' parsed as a clause on "group": the label hangs on
            # the subject as its apposition
            judged += [t for c in frame.head.children if c.dep_ == "appos" and c.i > objects[0].i for t in c.subtree]
        text = " " + " ".join(t.lower_ for t in judged) + " "
        opposing = self.lex["cues"]["opposes_ban"]["words"]
        return (
            self._labelled_a_failing(frame, objects[0])
            or any_phrase(self._CONDEMNING, text)
            # not a cue held in a backing phrase: "described the move as a deliberate attempt to get around the ban"
            or any_phrase(opposing, self._outside_support_phrases(text, opposing))
            # the words that judge a measure said of it ("the ban is security theatre") judge it as its label too
            or any_phrase(self.lex["judged_measure"]["bad"], text)
        )

    _FAILINGS = frozenset(words("statement", "makers_failings"))
    _SHOWING = frozenset(words("statement", "failing_shown_by"))

    def _labelled_a_failing(self, frame, measure) -> bool:
        """The measure named as a failing of its makers: 'called the measures "the desperation of a government that
        lost"', "described the block as an act of panic", "a sign of weakness" (the label itself, or what a word that
        shows it is "of", statement.failing_shown_by); not a failing of others the measure answers ("a response to the
        desperation of families") or ends ("the end of fear"), nor one others feel ("a product of the fear parents
        have lived with", "the fear of parents")."""
        labels = [c for c in frame.children if c.i > measure.i and c.dep_ in ("oprd", "xcomp", "attr")]
        labels += [o for c in frame.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        labels += [
            g
            for h in labels
            if h.lemma_.lower() in self._SHOWING
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        ]
        return any(w.lemma_.lower() in self._FAILINGS and self._felt_by_makers(w) for w in labels)

    def _felt_by_makers(self, failing) -> bool:
        """Whoever the failing is told of (its possessor, the object of its "of/for/among", the subject of a clause on
        it) is the measure's makers or a pronoun for them: "the desperation of a government", "the regime's panic";
        not "the fear parents have lived with", "fear among parents"."""
        owners = [c for c in failing.children if c.dep_ == "poss"]
        owners += [
            o for p in failing.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "among") for o in p.children
        ]
        owners += [s for r in failing.children if r.dep_ == "relcl" for s in r.children if s.dep_ == "nsubj"]
        for owner in owners:
            m = self.ctx.mention(owner)
            if m is not None:
                if not self._imposing(m.entity_id):
                    return False
            elif owner.pos_ != "PRON" and owner.lemma_.lower() not in self._ACTING_BODIES | self._RULERS:
                return False
        return True

    _NAMING_VERBS = frozenset(words("statement", "naming_verbs"))
    _OTHER_PEOPLE = frozenset(words("statement", "other_people"))

    def _in_description(self, head, subj) -> bool:
        """The word a naming clause hangs on is the speaker or a word of the speaker's description: reached from it
        through nouns and prepositions only ("X, head of the student union, who called ..."; apposition, of/for/at a
        body), with no verb on the way ("a spokesman for the authority, which has rejected claims by bloggers who
        called ..."), no other person ("a lawyer for the man who ...", _OTHER_PEOPLE) and no apposition that is
        plural or governed by a verb ("X, dismissing critics who called ...")."""
        x = head
        while x.i != subj.i:
            if x.pos_ not in ("NOUN", "PROPN", "ADP") or x.dep_ not in ("appos", "prep", "pobj", "compound", "conj"):
                return False
            if x.lemma_.lower() in self._OTHER_PEOPLE:
                return False
            if x.dep_ == "appos" and (
                x.tag_ in ("NNS", "NNPS") or any(c.pos_ in ("VERB", "AUX") for c in x.children if c.i < x.i)
            ):
                return False
            if x.head.i == x.i:
                return False
            x = x.head
        return True

    def _labelling_frames(self, frame) -> list:
        """The speaker's other verbs of naming in the sentence: 'called the block "an attack on rights" and urged
        ...' (the conjoined verb: the statement may be told by "urged"), 'said X, who called the ban "a stunt"' (a
        relative clause on the speaker)."""
        out = []
        if frame.pos_ not in ("VERB", "AUX"):
            return out
        kin = [c for c in frame.children if c.dep_ == "conj"]
        if frame.dep_ == "conj":
            kin.append(frame.head)
            kin += [c for c in frame.head.children if c.dep_ == "conj" and c.i != frame.i]
        subj = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            # "X, the rights group, called the block ... and urged": the parse may hang "called" on the subject as a
            # clause of its own (acl, a past tense, not the participle of "a group called X")
            kin += [
                t for t in subj.subtree if t.i > subj.i and (t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBD"))
            ]
        for t in kin:
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self._NAMING_VERBS or t.i == frame.i:
                continue
            if t.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in t.children
            ):
                continue
            if t.dep_ in ("relcl", "acl") and (subj is None or not self._in_description(t.head, subj)):
                continue  # "said X, a lawyer for the man who called the ban ...": another's words
            if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "X said ... and Y called it ...": a subject of its own, another speaker
            out.append(t)
        return out

    _LABELLED = {"bill", "law", "legislation", "rule", "rules", "policy", "measure", "ban", "decision", "order",
                 "prohibition", "restriction", "move", "step", "directive",
                 # a measure that binds platforms to terms: "called the licence a backdoor to control speech"
                 "licence", "license", "licensing", "regime", "framework", "requirement", "regulation",
                 "regulations"}  # fmt: skip

    def _labels_measure(self, frame) -> bool:
        """ "called the bill basic cyber hygiene", "described the ban as a first step": the speaker gives the measure
        a name of its own (condemning names are caught before, by their cues)."""
        if frame.pos_ not in ("VERB", "AUX") or frame.lemma_.lower() not in ("call", "describe", "term", "dub", "hail"):
            return False
        objects = [c for c in frame.children if c.dep_ == "dobj" and c.lemma_.lower() in self._LABELLED]
        if not objects or any(c.dep_ == "neg" for c in frame.children):
            return False
        if any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in objects[0].children):
            return False  # "called the government's decision hasty": someone else's measure, no label of one's own
        labels = ("oprd", "xcomp", "ccomp", "attr", "acomp", "dobj")  # not "called the ban on Tuesday"
        return any(
            c.i > objects[0].i and (c.dep_ in labels or (c.dep_ == "prep" and c.lower_ == "as")) for c in frame.children
        ) or any(c.dep_ in ("appos", "amod", "acl") and c.i > objects[0].i for c in objects[0].children)

    _RULERS = {"government", "administration", "regime", "authorities", "junta"}

    def _accuses_rulers(self, content) -> bool:
        """ "accused the ruling party of organising fraud", "accused the government of using fraud as an excuse":
        the charge is against those in power, so the words of wrongdoing in it are no case for the ban."""
        for t in content:
            if t.lemma_.lower() != "accuse" or t.pos_ != "VERB":
                continue
            for o in (c for c in t.children if c.dep_ == "dobj"):
                phrase = list(o.subtree)
                if o.lemma_.lower() in self._RULERS or any(w.lower_ == "ruling" for w in phrase):
                    return True
                if any((m := self.ctx.mention(w)) is not None and m.entity_id in self.imposers for w in phrase):
                    return True
        return False

    def _accuses_imposer(self, frame) -> bool:
        """The object of "accuse" names the imposer of a ban of the story ("accused Canberra of discrimination")."""
        if frame.pos_ not in ("VERB", "AUX"):
            return False
        # "accused Norway of acting too slowly", "of failing to ban it": the charge is too little, which wants more
        charge = [t for c in frame.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        if any(t.lemma_.lower() in self._TOO_LITTLE for t in charge) or any(
            t.lower_ in ("enough", "too") for t in charge
        ):
            return False
        for obj in (c for c in frame.children if c.dep_ == "dobj"):
            m = self.ctx.mention(obj)
            if m is not None and m.entity_id in self.imposers:
                return True
            if obj.lemma_.lower() in self._RULERS and any(c.lower_ == "the" for c in obj.children):
                return True  # "accused the government of cutting the internet": the rulers behind the measure
        return False

    _NAMING = {"call", "brand", "label", "dub", "term"}

    def _insults_person_or_imposer(self, frame) -> bool:
        """ "called Maduro a dictator", "branded the government tyrants": a naming verb (the frame, or one
        coordinated with it) whose object is a person or the imposer and whose complement is a word for a despot
        (lexicon statement.despots)."""
        despots = set(self.lex["despots"])
        verbs = [frame, *(c for c in frame.children if c.dep_ == "conj")]
        if frame.dep_ == "conj":
            verbs.append(frame.head)
        for verb in verbs:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self._NAMING:
                continue
            told = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
            if not any(t.lemma_.lower() in despots for c in told for t in c.subtree):
                continue
            for c in told:
                for t in c.subtree:
                    m = self.ctx.mention(t)
                    if m is not None and (m.kind == "Person" or m.entity_id in self.imposers):
                        return True
                    if t.lemma_.lower() in self._RULERS or t.lemma_.lower() == "president":
                        return True
                    if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "nsubj"):
                        return True  # 'called him "an evil dictator"': a person, whoever the pronoun names
        return False

    _TOO_LITTLE = {"slow", "slowly", "fail", "delay", "drag", "hesitate", "dither", "weak", "lax", "complacent",
                   "complacency", "inaction", "neglect", "ignore"}  # fmt: skip

    def _accuses_target(self, frame) -> bool:
        """The object of "accuse" is the banned side: named, or "the platform", "the company", "the app"."""
        if frame.pos_ not in ("VERB", "AUX"):
            return False
        for obj in (c for c in frame.children if c.dep_ == "dobj"):
            m = self.ctx.mention(obj)
            if m is not None:
                if m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product"):
                    return True
                continue
            if obj.lemma_.lower() in _TARGET_NOUNS and any(c.lower_ == "the" for c in obj.children):
                return True
        return False

    _STOPPED_RULERS = {"government", "authorities", "state", "ministry", "regulator", "minister", "president"}

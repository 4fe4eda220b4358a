"""Triggers: the words that may tell a ban (the lexicon's word filter) and TriggerMixin, which tells whether a word
does."""

from __future__ import annotations

from loaders.extract.bans._words import (
    _COMPANY_NOUNS,
    _COMPELLING,
    _ILLEGAL,
    _ILLEGAL_ACTS,
    _IMPOSE_VERBS,
    _KIND_DEALINGS,
    _LAWMAKING,
    _LIFT_VERBS,
    _MILITARY_BODIES,
    _PROPOSALS,
    _PUBLIC_BODIES,
    _RELATIVE,
    _SAYING,
    _THINGS,
    IMPOSER_CATEGORIES,
    SELF_IMPOSING,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import (
    _an_opinion,
    _avoided,
    _conditional_prospect,
    _denied_above,
    _habitual,
    _kind_of_orders,
    _mirrored,
    _named,
    _no_one,
    _nobody_did,
    _open_question,
    _polar_question,
    _summing_up,
    _supposed,
    _temporal,
    _torn_participle,
)
from loaders.extract.bans.syntax import _conjuncts, _governors, _is_negated, _no_kept_ban, _objects, _own_subtree
from loaders.extract.base import word_positions
from loaders.extract.dates import MONTHS, WEEKDAYS
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS

_ANYONE = words("ban_rules", "anyone")
# The platform told by what it is ("asked the company to close the channels").
_PLATFORM_WORDS = frozenset({"company", "platform", "firm", "app", "service"})
# verbs that keep someone "from" doing a thing, and those who would cut a service off: "barred the regulator and the
# providers from shutting down X" forbids a block
_KEEPING_FROM = words("ban_rules", "forbidding_verbs") - {"ban"}
_CUTTERS = frozenset({"government", "regulator", "authority", "authorities", "ministry", "state", "police", "provider",
                      "operator", "carrier", "isp", "isps", "telco", "telcos"})  # fmt: skip
_CEASING = words("ban_rules", "ceasing")
_SUPPLYING = words("ban_rules", "supplying")
_SWITCHING_OFF = words("ban_rules", "switching_off")
# an account, channel or page: what a holder holds on a platform, which switching off closes (accounts aside)
_HELD = frozenset(words("ban", "needs_object", "close"))
# a subject that withdraws its own service when no mention names it ("the company ceased providing Y there")
_MAKER_SUBJECTS = _COMPANY_NOUNS | {"it", "we", "startup", "developer", "operator"}
_UNPERMITTED = words("ban_rules", "unpermitted")
_WINDING = words("ban_rules", "winding_verbs")
_BUSINESS = words("ban_rules", "wound_business")
# What a thing may be allowed to do, or have done to it, that a refusal to allow bans: "will not allow X to operate",
# "to be used", "to take part in the 5G rollout", "to remain on government phones". Supplying and the illegal acts
# are such doings ("maintain" aside, which this set has never held); ``ban_rules.allowed_doings`` holds the rest.
_ALLOWED_DOINGS = _SUPPLYING | (_ILLEGAL_ACTS - {"maintain"}) | words("ban_rules", "allowed_doings")
_MAYBE = words("ban_rules", "maybe")
_MONEY = words("ban_rules", "money")
_OWN_ACCOUNT_HOLDERS = words("ban_rules", "own_account_holders")
_OBLIGING_AUX = {"must", "shall"}
_REFUSING = words("ban_rules", "refusing")
_WISHED_BY_OTHERS = words("ban_rules", "wished_by_others")
_FORESEEING = words("ban_rules", "foreseeing")
_FORESEEN_BY_NONE = words("ban_rules", "foreseen_by_none")
_STATE_BODIES = words("ban_rules", "state_bodies")


_DERIVED: dict = {}


def _derived(entry, build):
    """``build(entry)`` for a lexicon entry, worked out once per entry object (tests may load another lexicon)."""
    key = (build, id(entry))
    cached = _DERIVED.get(key)
    if cached is None or cached[0] is not entry:
        cached = _DERIVED[key] = (entry, build(entry))
    return cached[1]


def _trigger_words_of(ban) -> tuple[frozenset, frozenset]:
    verbs = frozenset(
        {
            "avoid",
            *ban["avoid_phrases"],
            *ban["negated_verbs"],
            *ban["unrenewed"],
            *ban["advised_against"],
            *ban["advisory_verbs"],
        }
        | set(ban["refusal_verbs"])
        | set(ban["verbs"])
        | set(ban["particle_verbs"])
    )
    nouns = frozenset({*ban["nouns"], *ban["advisory_nouns"], *ban["similar_only_nouns"], *ban["weak_nouns"]})
    return verbs, nouns


def _trigger_words(ban) -> tuple[frozenset, frozenset]:
    """Every lemma :meth:`BanExtractor._trigger_kind` can call a trigger, verbs and nouns, from the lexicon's
    ``ban`` entry. A new branch there that names a trigger by other words must add them here
    (tests/test_extract_text_helpers.py compares with the filter off)."""
    return _derived(ban, _trigger_words_of)


def _same_as_words_of(pairs) -> frozenset:
    return frozenset({"follow", *(w for pair in pairs for w in pair)})


def _same_as_words(pairs) -> frozenset:
    """Every lemma :meth:`BanExtractor.same_as_trigger` can answer yes for: "follow" and the words of the lexicon's
    ``same_as`` pairs. A new branch there must add its words here (tests/test_extract_text_helpers.py compares
    with the filter off)."""
    return _derived(pairs, _same_as_words_of)


def _candidate_words_of(ban) -> tuple[frozenset, frozenset]:
    verbs, nouns = _trigger_words(ban)
    lemmas = verbs | nouns | _SUPPLYING | _ILLEGAL_ACTS | _same_as_words(ban["same_as"]) | set(ban["as_did"])
    return lemmas, nouns | _UNPERMITTED


def _candidate_words(ban) -> tuple[frozenset, frozenset]:
    """(lemmas, lower-case forms): a word :meth:`BanExtractor.trigger_kind` or :meth:`BanExtractor.same_as_trigger`
    can take has its lemma among the first or its form among the second (the trigger words, and the words of the
    checks run before the trigger words are tested: "illegal to distribute", "unauthorized", a torn verb)."""
    return _derived(ban, _candidate_words_of)


def _power_used(verb) -> bool:
    """A power's holding or giving verb whose sentence tells it used: "had the authority to suspend X, which it did on
    June 4", "said it had the power to block X and did so", "given agencies the authority to ban X, and most did so"."""
    return any(
        t.lemma_.lower() == "do"
        and t.i > verb.i
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ not in ("aux", "auxpass")
        and any(c.lower_ == "so" or (c.dep_ == "dobj" and c.lower_ in ("which", "that", "it")) for c in t.children)
        for t in verb.sent
    )


_GENERIC_ACTORS = words("ban_rules", "generic_actors")
_HYPOTHETICAL_AUX = {"would", "could", "might", "will", "may", "should", "can", "wo", "ca"}
_WISHING = words("ban_rules", "wishing_verbs")
# Urging a decider to ban is a call, no ban (TriggerMixin._asks_a_decider)
_URGING = words("ban_rules", "urging_verbs")
_DECIDERS = words("ban_rules", "deciders")
_LONE_DECIDERS = words("ban_rules", "lone_deciders")
# Those warned against a step who take it on their own things, no state ("warned staff against adding X") (_against_a_ban)
_ADVICE_TAKERS = set(words("ban", "advice_takers")) - set(words("ban_rules", "generic_actors"))
_HANDHELD = words("ban_rules", "handheld")
# Verbs whose complement tells what follows from a state ("meaning users cannot download it") (_told_not_to)
_CONSEQUENCE = words("ban_rules", "consequence_verbs")


def _indefinite_actor(noun) -> bool:
    """ "a government", "any country" with nothing but its relative clause to tell it: an actor noun told as one of
    its kind, the subject of what it would do, not one the story names (not "India, a country that ...", "X is a
    state that ...", "X has a regulator that ...": told which; not "a court in Nepal that ...", "a Nepalese court
    that ...")."""
    return (
        noun.lemma_.lower() in _GENERIC_ACTORS
        and noun.tag_ == "NN"
        and noun.dep_ in ("nsubj", "nsubjpass")  # the subject of what such an actor would do ("would need")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in noun.children)
        and all(c.dep_ in ("det", "relcl", "punct") for c in noun.children)
    )


def _against_a_ban(gerund) -> bool:
    """A gerund after "against" is a ban warned against ("warned Canada against excluding Huawei"), not advice on a
    use: not when it puts a thing on a device ("warned staff against adding X to their work phones") nor when those
    warned are ones told what to do with their own ("cautioned personnel against adding X")."""
    if gerund.lemma_.lower() not in words("ban", "verbs"):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in ("to", "on", "onto") and g.lemma_.lower() in _HANDHELD
        for c in gerund.children
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return False  # "adding X to government computers": installing
    above = gerund.head.head
    warned = [above] if above.pos_ in ("NOUN", "PROPN") else [c for c in above.children if c.dep_ == "dobj"]
    return not any(w.lemma_.lower() in _ADVICE_TAKERS for c in warned for w in _conjuncts(c))


def _who_did(tok) -> bool:
    """The ban verb's subject asks who did it ("who has banned TikTok so far", "which countries have banned X"), in
    a clause that is not a relative one on a named actor ("the governor who banned X")."""
    if tok.dep_ == "relcl":
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ == "who" or (
        subj.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("which", "what") for c in subj.children)
    )


def _told_before(tok) -> bool:
    """What the verb keeps people from is one told before it: a pronoun or a definite noun ("meaning new users cannot
    download it", "cannot install the app"), not a name the clause tells first ("meaning state employees may not use
    TikTok on state-issued devices": the rule itself)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(
        o.pos_ == "PRON"
        or (o.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children))
        for o in objs
    )


def _any_such_actor(tok) -> bool:
    """The ban verb is in a relative clause on any actor of a kind, not a named one: "A government that wanted to
    ban X would need new legislation", "any country that blocks X risks ...", up through the verbs it is the
    complement of."""
    cur, chain = tok, [tok]
    for _ in range(4):
        if cur.dep_ == "relcl":
            return _indefinite_actor(cur.head) and _hypothetical(cur.head, chain)
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE for c in cur.children):
            return False  # a subject of its own: the clause's actor, whatever its noun
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        chain.append(cur)
    return False


def _hypothetical(noun, chain) -> bool:
    """The relative clause tells what any such actor would do, not what one did: "any"/"every" actor, a modal
    ("that would ban X"), a wish ("that wanted to ban X"), or a simple present ("a country that blocks X"); not a
    past or perfect act ("A court that suspended X in Brazil in 2016 cited ...", "A state that has banned X is
    Texas")."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for t in chain for c in t.children):
        return True
    if any(t.lemma_.lower() in _WISHING for t in chain[1:]):
        return True
    top = chain[-1]
    return top.tag_ in ("VBZ", "VBP") and top.lemma_.lower() != "be"


def _same_step_taken(tok) -> bool:
    """ "hours after Y took the same step": "take" with a measure word (ban.weak_nouns) tells the same done as
    before. Not "took the same view"; not asked ("Will Britain take the same step?"); not the same step against
    another target ("took the same action against Replika in 2023": its own ban, told whole); not a step not to act
    ("took the same decision not to act against the app") nor one for another end ("took the same steps to review
    its software contracts": a purpose must be a ban)."""
    step = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words("ban", "weak_nouns")), None)
    if step is None:
        return False
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    if last is not None and last.text.endswith("?"):
        return False
    for prep in (c for h in (tok, step) for c in h.children if c.dep_ == "prep"):
        if prep.lower_ not in ("against", "on", "over"):
            continue
        if any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and any(t.pos_ == "PROPN" for t in o.subtree)
            for o in prep.children
        ):
            return False
    for clause in (c for c in step.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        if _is_negated(clause) or clause.lemma_.lower() not in words("ban", "verbs"):
            return False
    return True


def _subject_before(pron):
    """The named subject a subject pronoun stands for: the last one told before it in its sentence ("TikTok had given
    assurance it will block the accounts", "X promised it would close them") whose clause can bind it
    (_binding_clause)."""
    return next(
        (
            t
            for t in reversed(pron.doc[pron.sent.start : pron.i])
            if t.dep_ == "nsubj" and t.pos_ != "PRON" and _binding_clause(t.head, pron)
        ),
        None,
    )


def _binding_clause(verb, pron) -> bool:
    """Whether a subject of the clause of verb can be what pron stands for: a clause governing pron's ("X promised
    it would ...") or one beside it under the same governor that pron's clause goes on from unjoined ("X had given
    assurance it will ..."); not a clause the pronoun's own clause governs ("while X had removed some posts, they
    would ..."), a relative or adverbial one on the way ("Pakistan, which X has accused, said it would ..."), nor one
    beside a clause opened by a joining word of its own ("said X had been slow, so it had blocked ...")."""
    governors = set(pron.ancestors)
    if verb in governors:
        return True
    while verb not in governors:
        if verb.dep_ in ("relcl", "acl", "advcl"):
            return False
        verb = verb.head
    return verb != pron.head and not any(
        c.dep_ in ("cc", "mark", "advmod") and c.i < pron.i and c.lower_ != "that" for c in pron.head.children
    )


class TriggerMixin:
    """BanExtractor's methods of finding the words that trigger a ban mention."""

    # -- triggers
    def _candidates(self) -> list[int]:
        """Indices of the words that may be triggers (see :func:`_candidate_words`), in order."""
        return word_positions(self.doc, *_candidate_words(words("ban")))

    def trigger_kind(self, tok) -> str | None:
        if tok.doc is self.doc and tok.i not in self._candidate_set:
            return None  # no trigger word (most words): skip the checks
        kind = self._trigger_kind(tok)
        if kind is not None and _open_question(tok):
            return None  # "did not say whether it was considering any restrictions": no ban asserted
        if kind is not None and _polar_question(tok):
            return None  # "Will Kenya block the app?": a question asked, no ban told
        if kind is not None and _supposed(tok):
            return None  # "If the cost of privacy is being banned in a country, we will accept it": a supposition
        if kind is not None and _kind_of_orders(tok):
            return None  # "the regulator, which normally carries out blocking orders": a kind of order, no ban
        if kind is not None and _habitual(tok):
            return None  # "Each time a block is imposed, the next one comes easier": a habit told, no ban
        return kind

    def _trigger_kind(self, tok) -> str | None:
        lemma = tok.lemma_.lower()
        ban = words("ban")
        verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        if not verbal and tok.lemma_.lower() in ban["verbs"] and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl"):
            verbal = any(c.dep_ in ("dobj", "nsubj", "agent") for c in tok.children)
        if not verbal and self._torn_verb(tok):
            return "verb"  # "a law signed in December bars X from ...", parsed as a noun "December bars" before X
        if verbal and self._made_illegal(tok):
            return "verb"  # "it would be illegal to distribute X": a ban told as what the law forbids
        if not verbal and self._unauthorized(tok):
            return "verb"  # "X is unauthorized for official use": "not authorized" in one word
        trigger_verbs, trigger_nouns = _trigger_words(ban)
        if (verbal and lemma not in trigger_verbs) or (
            not verbal and lemma not in trigger_nouns and tok.lower_ not in trigger_nouns
        ):
            return None  # no branch below can name this word a trigger: skip their tree walks
        if verbal and tok.dep_ == "amod" and not self._torn_by_dateline(tok) and not _torn_participle(tok):
            return None  # "the deleted messages", "banned material": a participle describing a noun, no event
        if verbal and self._a_countrys_access(tok):
            return None  # "trying to slow China's access to advanced chips": an export control, no platform barred
        if verbal and tok.dep_ == "acl" and tok.head.lemma_.lower() in ban["not_objects"] and tok.tag_ == "VBN":
            return None  # "failed to remove content banned under the law": what is banned is posts, no platform
        if verbal:
            if self._generic_gerund(tok):
                return None  # "Blocking an app in one country does nothing": a claim about bans, no ban
            if _forbidden_cut(tok):
                return None  # "barred the authority from blocking X": a ban forbidden, no ban; nor the "blocking"
            if _hypothetical_gerund(tok):
                return None  # "Blocking Telegram would hurt small firms": what a ban would do, no ban done
            if _any_such_actor(tok):
                return None  # "A government that wanted to ban X would need new legislation": no actor, no ban
            if self._asks_a_decider(tok):
                return None  # "sent a letter urging Governor X to remove the app": a call on who decides, no ban
            if _who_did(tok):
                return None  # "Catch up: who has banned TikTok so far": a question asked as a heading
            if (
                tok.dep_ == "pcomp"
                and tok.head.lower_ == "against"
                and tok.head.head.lemma_.lower() in ban["advisory_verbs"]
                and _against_a_ban(tok)
            ):
                return None  # "Beijing has warned Canada against excluding Huawei": a ban warned against, not done
            if _conditional_prospect(tok):
                return None  # "X could become the second country where you can no longer download Y, if ..."
            if _foreseen(tok) and not self._foreseen_as_done(tok):
                return None  # "the company said it expected the platform to be shut down": a prospect foreseen
            if (
                tok.dep_ == "xcomp"
                and tok.head.lemma_.lower() == "use"
                and any(c.dep_ == "auxpass" for c in tok.head.children)
                and any(c.dep_ == "aux" and c.lower_ in ban["capability_modals"] for c in tok.head.children)
            ):
                return None  # "software that could be used to block regulators", "powers that can be used to ban X"
            if _denied_above(tok):
                return None  # "is not telling people to avoid X", "stopped short of ordering them to delete it"
            if lemma in ban["unrenewed"]:
                refused = _is_negated(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING)
                if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children) or any(
                    a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)
                    for v in (tok, tok.head)
                    for a in v.children
                ):
                    return None  # "has not yet renewed its permit": still pending; "would not renew it unless ...": a
                    # condition, no measure taken
                licence = any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ban["needs_object"]["revoke"]
                    for c in tok.children
                )
                return "verb" if refused and licence else None  # "would not renew Uber's licence"
            if lemma in ban["negated_verbs"]:
                if self._allowed_other_doing(tok):
                    return None  # "will not allow activists to meddle", "... social media to be turned into a weapon"
                return "verb" if _is_negated(tok) else None
            if (
                (lemma == "avoid" or _avoided(tok))
                and tok.dep_ in ("xcomp", "ccomp")
                and any(
                    c.lemma_.lower() in PRODUCT_NOUNS | _THINGS
                    or self.ctx.mention(c) is not None
                    or (
                        bool(_avoided(tok))
                        and any(g.dep_ in ("compound", "nmod") and self.ctx.mention(g) for g in c.children)
                    )
                    for c in (_avoided(tok) or [c for c in tok.children if c.dep_ == "dobj"])
                )
            ):
                # "told employees to avoid AI tools such as X", "advised staff to avoid X": advice, or a rule
                # when ordered
                head = tok.head.lemma_.lower()
                if head in ban["ordered_against"]:
                    return "verb"
                if self._body_says_should(tok):
                    return "advisory"  # "the ministry said public bodies should avoid X": its advice
                return "advisory" if head in set(ban["advisory_verbs"]) | {"tell"} else None
            kept_out = (
                lemma in ban["particle_verbs"]
                and lemma in ban["advised_against"]
                and any(
                    c.dep_ in ("prt", "prep") and c.lower_ in ban["needs_particle"].get(lemma, ()) for c in tok.children
                )
            )  # "kept Huawei out of its networks": a ban by its particle, not advice on keeping an app
            if kept_out and not any(
                self.ctx.mention(o) is not None
                or o.lemma_.lower() in PRODUCT_NOUNS | set(words("ban_rules", "maker_anaphors"))
                or o.lower_ in ("it", "them")
                for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass")
                for o in _conjuncts(c)
            ):
                return None  # "the firm kept out of the debate", "kept protesters out of the square": no app or firm
            if (
                lemma in ban["particle_verbs"]
                and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children)
                and "out" in ban["needs_particle"].get(lemma, ())
                and not self._kept_out_by_state(tok)
            ):
                return None  # "Xiaomi kept Apple out of the top three", "the rules could keep X out of the market",
                # "lifted a rule that had kept X out of contracts": no state keeping a maker out of its own
            if (
                lemma == "keep"
                and any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children)
                and not (self._kept_off_devices(tok) and self._kept_by_state(tok) and not self._kept_by_others(tok))
            ):
                return None  # "Apple kept X off its store", "kept X off its list of platforms", "parents say they
                # keep X off their children's phones": a company's shelf, a list or a home, no state's ban
            if lemma in ban["advised_against"] and not kept_out:
                if lemma == "have" and not any(
                    c.lemma_.lower() in PRODUCT_NOUNS or self.ctx.mention(c) is not None
                    for o in tok.children
                    if o.dep_ in ("dobj", "advmod", "npadvmod") and o.i > tok.i  # a name the parser took for an adverb
                    for c in _conjuncts(o)
                ):
                    return None  # "no minister can have any doubt": "have" bans only an app or a device
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                if (
                    objs
                    and all(
                        {o.lemma_.lower(), o.lower_} & set(ban["not_objects"])
                        and not any(self.ctx.mention(t) for t in o.subtree)
                        for o in objs
                    )
                    and not any(c.dep_ == "prep" and any(self.ctx.mention(t) for t in c.subtree) for c in tok.children)
                ):
                    return None  # "said it could not access customer data": what is stored or posted, no platform
                    # ("may not store classified data on X": the platform it is kept on is banned)
                return self._told_not_to(tok)
            if lemma in ban["advisory_verbs"] and any(
                c.dep_ == "prep" and c.lower_ == "against" and any(self._a_use_of_things(g) for g in c.children)
                for o in [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # or hung on those advised
                for c in o.children
            ):
                return "advisory"  # "warned against using X", "advised its staff against having the app"
            if lemma == "warn":
                return None
            if self._refuses_a_use(tok):
                return "verb"  # "turned down a proposal by the operator to use X equipment in its 5G rollout"
            if (
                (lemma not in ban["verbs"] and lemma not in ban["particle_verbs"])
                or _is_negated(tok)
                or _denied_above(tok)
                or _nobody_did(tok)
                or _no_kept_ban(tok)  # "Neither A nor B remain blocked", "remained blocked because of an outage"
            ):
                return None
            if _an_opinion(tok):
                return None  # "X said every one of the devices should be removed": a call, not a measure
            if any(c.dep_ == "dobj" for c in tok.children) and any(  # not "orders X suspended", X as subject
                c.dep_ == "nsubj" and (m := self.ctx.mention(c)) is not None and m.kind == "Product"
                for c in tok.children
            ):
                return None  # "warning that Temu could wipe out small producers": the app acting, not banned
            if any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and g.dep_ == "pcomp"
                and g.lemma_.lower() in ban["conduct_not_service"]
                for c in tok.children
                for g in c.children
            ):
                return None  # "a court order barring X from making misleading statements": conduct, not the service
            if self._authority_kept_from_cutting(tok):
                return None  # "the court barred the regulator from shutting down X": a block forbidden, not one made
            objects = _objects(tok)
            if any(
                c.lemma_.lower() in ban["not_objects"]
                and not _summing_up(c, objects, tok.doc)
                and not self._dealings_with_named(c)
                and not self._dealings_in_kind(c)
                for c in objects
            ):
                return None  # "blocked the takeover", "the video was removed", "removed millions of videos"
            if self._platform_removes_accounts(tok, objects):
                return None  # "asked X to shut down channels", "it had removed accounts": the platform moderating
            if self._own_account_closed(tok, objects):
                return None  # "the minister closed his own account": a holder's choice, no state's ban
            if self._withdrawn_by_maker(tok) or self._switched_off_by_firm(tok):
                return None  # "the company had ceased offering X in Italy": the maker's own withdrawal, no ban
            if any(self._a_makers_access(c) for c in objects):
                return None  # "restricting ZTE's access to American chips": a curb on the company, no ban of it
            if any(c.ent_type_ == "MONEY" or c.lemma_.lower() in _MONEY for c in objects):
                return None  # "wiped $90 billion off its market value", "cut billions of dollars": money, no service
            if any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _ANYONE and any(g.dep_ == "relcl" for g in c.children)
                for c in tok.children
            ):
                return None  # "anyone who kept it would be cut off from the network": a penalty on people
            if any(a.lemma_.lower() in ban["not_done"] for a in _governors(tok, 2)) and not any(
                c.dep_ == "nsubj" for c in tok.children
            ):
                return None  # "fined X for failing to remove ..." (not "The BTK blocked X, after Y refused ...")
            if (
                tok.dep_ in ("xcomp", "ccomp")
                and tok.head.lemma_.lower() in _COMPELLING
                and tok.head.dep_ in ("xcomp", "ccomp")
                and tok.head.head.lemma_.lower() in ban["not_done"]
            ):
                return None  # "refused to order Huawei to wind up its operations": the order refused, none made
            first = tok
            while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i != first.i:
                first = first.head  # "lets the government take over or suspend services": the power's every verb
            if (
                first.dep_ in ("xcomp", "ccomp")
                and first.head.lemma_.lower() in ban["empowering_verbs"]
                and not _is_negated(first.head)
            ):
                return None  # "a law that allows authorities to suspend services": a power, not a ban
            if (
                first.dep_ in ("acl", "xcomp")
                and first.head.pos_ == "NOUN"
                and first.head.lower_ in ban["power_nouns"]
                # "gives the government power to", "had the authority to": a power given or held, not "acted on its
                # mandate to", "tapped its emergency authority to", nor a headline's "Telecom authority to block X"
                and first.head.head.i != first.head.i
                and first.head.head.lemma_.lower() in ban["power_holding_verbs"]
                # "had the authority to suspend Twitter, which it did on June 4", "had the power to block X and did
                # so": the power told as used
                and not _power_used(first.head.head)
                # "a bill that would give the department the power to ban X": a ban proposed through the power
                and not any(
                    c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may", "might", "shall")
                    for c in first.head.head.children
                )
            ):
                return None  # "which gives the government power to suspend telecom services": a power, not a ban
            dest = ban["needs_destination"].get(lemma)
            if dest is not None:
                to = [
                    p
                    for c in tok.children
                    if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                    for p in c.children
                ]
                return "verb" if any(p.lemma_.lower() in dest for p in to) else None
            particles = ban["needs_particle"].get(lemma)
            objects = ban["needs_object"].get(lemma)
            if particles or objects:
                kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "xcomp", "dobj", "advmod")}
                # "strip Huawei components out of its networks": the particle hung on the object, or on the last of
                # its conjuncts ("ordered X and two other apps off state devices")
                kids |= {
                    g.lower_
                    for c in tok.children
                    if c.dep_ == "dobj"
                    for o in _conjuncts(c)
                    for h in [o, *(a for a in o.children if a.dep_ == "acl")]  # "components made by X out of ..."
                    for g in h.children
                    if g.dep_ in ("prt", "prep") and g.lower_ in ("out", "off")
                }
                heads = {c.lemma_.lower() for c in tok.subtree if c.dep_ in ("dobj", "nsubjpass", "xcomp")}
                heads |= {c.lower_ for c in tok.subtree if c.dep_ in ("dobj", "nsubjpass", "xcomp")}
                matched = kids & particles if particles else set()
                if lemma == "strip" and matched == {"off"} and not _off_a_place(tok):
                    matched = set()  # "shares stripped off early gains": no place the thing is stripped off
                ok = bool(matched) or bool(objects and heads & objects)
                # "the authorities cut mobile internet": a connection as the object is cut off whatever the particle
                ok = ok or any(
                    (m := self.ctx.mention(c)) is not None and self.ctx.is_network(m.entity_id)
                    for c in tok.children
                    if c.dep_ in ("dobj", "nsubjpass")
                )
                # "forcing TikTok to shut TikTok Shop", "ordered the company to close the app": a closure compelled
                ok = ok or (
                    tok.dep_ == "xcomp"
                    and tok.head.lemma_.lower() in _COMPELLING
                    and any(
                        (m := self.ctx.mention(t)) is not None and m.kind == "Product"
                        for c in tok.children
                        if c.dep_ == "dobj"
                        for t in _own_subtree(c)
                    )
                )
                if not ok:
                    return None
            if lemma in _WINDING and not self._business_wound_up(tok):
                return None  # "Ottawa wound down its review", "talks wound down": no firm's business closed
            return "verb"
        if tok.pos_ in ("NOUN", "PROPN"):
            if _is_negated(tok) or any(c.lower_ in ("not", "no") for c in tok.children):
                return None
            if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in _MAYBE for c in tok.head.children):
                return None  # "a similar step was possible there", "a ban is likely": nothing done
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "short":
                return None  # "the cabinet has stopped short of a ban"
            if _contrasted_away(tok):
                return None  # "its message was a warning, not a prohibition", "advice rather than a ban"
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _IMPOSE_VERBS and _is_negated(tok.head):
                return None  # "the regulator has not ordered any block of the app", "did not impose a ban"
            if (
                tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in words("ban", "planned")
                and _is_negated(tok.head)
                and _a_ban_to_come(tok)
            ):
                return None  # "the government was not planning a similar ban", "is not considering a ban": no plan
            if lemma in ban["nouns"] or tok.lower_ in ban["nouns"]:
                return "noun"
            if lemma in ban["advisory_nouns"] and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
                return "advisory"  # "issued a warning against the installation and use of X"
            if lemma in ban["advisory_nouns"] and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their") for c in tok.children
            ):
                return "weak"  # "issued the warning on Monday": the advice told before, told again
            if (
                lemma in ban["advisory_nouns"]
                and tok.dep_ == "dobj"
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "against"
                    and c.i > tok.i
                    and any(self._a_use_of_things(g) for g in c.children)
                    for c in tok.head.children
                )
            ):
                return "advisory"  # "issued a warning on March 8 against installing X": "against" hung on the verb
            if lemma in ban["similar_only_nouns"]:
                similar = {"similar", "comparable", "equivalent", "identical"}
                if lemma in ban["similar_bare_nouns"] and any(
                    c.dep_ == "prep"
                    and c.lower_ in ("to", "in", "on", "of")
                    and not _temporal(c)
                    and not any(
                        self.ctx.mention(g) is not None or g.lemma_.lower() in PRODUCT_NOUNS | _THINGS
                        for g in c.children
                        if g.dep_ == "pobj"
                    )
                    for c in [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else [])]
                ):
                    return None  # "similar cuts to interest rates", "made similar cuts to its budget": no platform's
                if lemma in ban["similar_bare_nouns"] and any(
                    (c.dep_ == "compound" or (c.dep_ == "amod" and c.pos_ != "ADJ"))
                    and c.lower_ not in ban["similar_cut_modifiers"]
                    and self.ctx.mention(c) is None
                    for c in tok.children
                ):
                    return None  # "similar spending cuts", "similar export curbs", "similar power cuts"
                if tok.sent[-1].text == "?" or (tok.sent[-1].is_punct and tok.sent[-2:-1].text == "?"):
                    return None  # "Would Oman impose similar curbs?": asked, not told
                return "similar" if any(c.dep_ == "amod" and c.lower_ in similar for c in tok.children) else None
            if lemma in ban["weak_nouns"]:
                if any(c.lemma_.lower() in ban["similar"] for c in tok.children if c.dep_ in ("amod", "det", "predet")):
                    return "similar"
                if tok.tag_ == "NNS" and _mirrored(tok):
                    return "similar"  # "mirroring orders issued weeks earlier by A and B": theirs, done alike
                if any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                    for c in tok.children
                ):
                    return "weak"
                for c in tok.children:
                    m = self.ctx.mention(c) if c.dep_ == "poss" else None
                    if m and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                        return "weak"  # "Canada's move", not "the platform's policies"
        return None

    def _authority_kept_from_cutting(self, tok) -> bool:
        """ "The court barred the regulator from shutting down X", "orders restraining the authority and the providers
        from throttling access": a ban verb whose object is the state, a body of it or the networks that would cut
        the service off, kept "from" cutting it, forbids a block; neither verb bans anything (the gerund too)."""
        cut = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "pcomp" else tok
        if cut.dep_ == "pcomp" and cut.head.lower_ == "from":
            # the gerund: the keeping verb is the nearest before "from" (the parser may hang "from" higher)
            fr = cut.head
            verbs = [t for t in fr.head.subtree if t.i < fr.i and t.lemma_.lower() in _KEEPING_FROM]
            verb = verbs[-1] if verbs else None
        else:
            verb = tok if tok.lemma_.lower() in _KEEPING_FROM else None
            fr = None
            if verb is not None:
                around = list(verb.children)
                if verb.dep_ in ("acl", "xcomp", "advcl"):  # "issued orders barring X [...] from", "from" hung higher
                    around += [*verb.head.children, *verb.head.head.children]
                fr = next((c for c in around if c.dep_ == "prep" and c.lower_ == "from" and c.i > verb.i), None)
        if verb is None or fr is None:
            return False
        cuts = [g for g in fr.children if g.dep_ == "pcomp"]
        cuts += [c for g in cuts for c in g.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        ban = words("ban")
        if not any(g.lemma_.lower() in ban["verbs"] or g.lemma_.lower() in ban["particle_verbs"] for g in cuts):
            return False
        kept = [c for c in verb.children if c.dep_ == "dobj"]
        kept += [c for o in kept for c in o.children if c.dep_ == "conj"]
        for o in kept:
            if o.lemma_.lower() in _CUTTERS:
                return True
            m = self.ctx.mention(o)
            if m is not None and self.ctx.category(m.entity_id) in ("jurisdiction", "regulator", "government"):
                return True
        return False

    def _a_countrys_access(self, tok) -> bool:
        """The verb's object is a country's access ("slow China's access to semiconductors", "restrict Beijing's
        access to chips"): that country is kept from goods it buys abroad, not a platform barred at home."""
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() == "access":
                for p in c.children:
                    m = self.ctx.mention(p) if p.dep_ == "poss" else None
                    if m is not None and m.kind == "Jurisdiction":
                        return True
        return False

    @staticmethod
    def _allowed_other_doing(tok) -> bool:
        """ "will not allow social media to be turned into a weapon", "would not allow activists to meddle": what is
        not allowed is something done with the object, not the object's use, sale or running ("will not allow X to
        operate", "no longer be permitted to use X")."""
        done = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "ccomp", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        return bool(done) and all(c.lemma_.lower() not in _ALLOWED_DOINGS for c in done)

    def _torn_by_dateline(self, tok) -> bool:
        """ "TAIPEI, Feb 1 (Wire) - Taiwan on Friday banned agencies from ...": after a wire dateline the parser
        may take the lede's verb, dated by a weekday, for a participle on its object; it is still the verb."""
        if tok.tag_ not in ("VBD", "VBN"):
            return False
        if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in WEEKDAYS:
            return False  # "on Friday banned": the weekday told right before the verb
        found = self._dateline(tok.sent)
        if found is not None and found[1] <= tok.idx:
            return True
        # "Taiwan's ministry on Monday barred government departments from using X", no dateline: the verb's object
        # taken for the weekday's, and "from" told right after that object
        head = tok.head
        nxt = head.right_edge.i + 1
        return (
            tok.dep_ == "amod"
            and tok.i >= 2
            and tok.doc[tok.i - 2].lower_ == "on"
            and head.pos_ in ("NOUN", "PROPN")
            and nxt < tok.sent.end
            and tok.doc[nxt].lower_ == "from"
        )

    def _made_illegal(self, tok) -> bool:
        """ "From Sunday it will be illegal to distribute X", "made it unlawful to sell X": a supplying or using verb
        under "illegal" whose object names a product or company (not "illegal to collect data")."""
        if tok.lemma_.lower() not in _SUPPLYING | _ILLEGAL_ACTS:
            return False
        if (
            tok.dep_ == "advcl"
            and tok.head.lower_ in _ILLEGAL
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
        ):
            # "made it illegal for X to operate in the state": what the law forbids the thing itself to do
            return not (_is_negated(tok.head) or _an_opinion(tok.head)) and any(
                c.dep_ == "nsubj" and (m := self.ctx.mention(c)) is not None and m.kind in ("Product", "Organisation")
                for c in tok.children
            )
        if tok.dep_ != "xcomp":
            return False
        holder = tok.head
        if not any(c.dep_ in ("acomp", "oprd", "ccomp") and c.lower_ in _ILLEGAL for c in holder.children):
            return False
        if _is_negated(holder) or _an_opinion(holder):
            return False
        return any(
            o.dep_ == "dobj" and (m := self.ctx.mention(o)) is not None and m.kind in ("Product", "Organisation")
            for v in (tok, *(c for c in tok.children if c.dep_ == "conj"))
            for o in v.children
        )

    def _unauthorized(self, tok) -> bool:
        """ "the office told staff that X was currently unauthorized for official use": the adjective of a negated
        permission, said of a product or a company (its subject, the verb "be"'s)."""
        if tok.pos_ != "ADJ" or tok.lower_ not in _UNPERMITTED or tok.dep_ not in ("acomp", "conj", "oprd"):
            return False
        be = tok.head
        while be.dep_ == "conj" and be.lemma_ != "be":
            be = be.head
        if be.lemma_ != "be" or _is_negated(be) or _is_negated(tok):
            return False
        return any(
            c.dep_ == "nsubj" and (m := self.ctx.mention(c)) is not None and m.kind in ("Product", "Organisation")
            for c in be.children
        )

    def _body_says_should(self, tok) -> bool:
        """ "The ministry said that public bodies should avoid X": a government body saying what those it speaks
        to should do gives advice (not the opinion of a critic, whose saying is no measure)."""
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SAYING | {"state", "announce"}:
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in tok.children):
            return False
        takers = set(words("ban", "advice_takers")) | _PUBLIC_BODIES | {"agency", "ministry", "department"}
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in takers for c in tok.children):
            return False
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(speaker) if speaker is not None else None
        return m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES

    def _kept_out_by_state(self, tok) -> bool:
        """ "Latvia kept Huawei out of its 5G networks", "the government said it would keep X out of the rollout",
        "X would be kept out of its networks": a state, its body or a pronoun keeps a maker out of a network, a
        tender, a market ...; not a company ("Xiaomi kept Apple out of the top three", "Apple locked X out of its
        developer program"), what something else "could" do ("the new rules could keep X out of the US market"), nor
        a clause on a rule that was lifted ("lifted a rule that had kept X out of contracts")."""
        places = set(words("ban_rules", "kept_out_of"))
        if not any(
            c.dep_ in ("prt", "prep")
            and c.lower_ == "out"
            and any(
                g.lower_ == "of"
                and any(o.lemma_.lower() in places for p in g.children if p.dep_ == "pobj" for o in _conjuncts(p))
                for g in [*c.children, *(x for x in c.head.children if x.dep_ == "prep" and x.lower_ == "of")]
            )
            for c in tok.children
        ):
            return False
        return self._kept_by_state(tok)

    @staticmethod
    def _kept_off_devices(tok) -> bool:
        """ "kept X off official phones", "keep X off government-issued devices" (the parser's second object after a
        particle): what an app is kept off is a device, a system or a network; not "its list of platforms", "the
        agenda of the summit"."""
        devices = set(words("scope", "devices"))
        off = [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "off"]
        places = [p for c in off for p in c.children if p.dep_ == "pobj"]
        places += [c for c in tok.children if c.dep_ == "dobj" and off and c.i > off[0].i]
        return any(o.lemma_.lower() in devices or o.lower_ in devices for p in places for o in _conjuncts(p))

    def _kept_by_others(self, tok) -> bool:
        """ "Many parents say they keep X off their children's phones": the pronoun that keeps it off is the subject
        of the saying verb above, who is no state nor its body."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PRON" or tok.dep_ != "ccomp":
            return False
        teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if teller is None or teller.pos_ in ("PRON", "PROPN"):
            return False
        return not self._state_or_body(teller)

    def _kept_by_state(self, tok) -> bool:
        """The keeping verb's subject is a state, its body or a pronoun (or is told around), under no modal of what
        could be, and no clause of a rule lifted (see :meth:`_kept_out_by_state`)."""
        if any(c.dep_ == "aux" and c.lower_ in words("ban", "capability_modals") for c in tok.children):
            return False
        undoing = set(words("ban_rules", "kept_out_undone"))
        if any(a.lemma_.lower() in undoing for a in tok.ancestors):
            return False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
        if subj is not None and subj.dep_ == "agent":
            subj = next((p for p in subj.children if p.dep_ == "pobj"), None)
        if subj is None and tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj") and tok.head.head.pos_ == "NOUN":
            return False  # "had no objection to keeping the app off work phones": a view of keeping it off, no act
        if subj is None:
            return True  # "Huawei would be kept out of its networks": the one who keeps it out is told around
        if subj.pos_ == "PRON":
            return True
        return self._state_or_body(subj)

    def _state_or_body(self, tok) -> bool:
        """A state or one of its bodies: a mention of an imposer's category, or a generic word for a government,
        regulator, court or legislature ("the ministry", "officials")."""
        m = self.ctx.mention(tok)
        if m is not None:
            return self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES
        actors = words("actors")
        return tok.lemma_.lower() in {
            *actors["generic_government"],
            *actors["generic_org"],
            *actors["government"],
            *actors["regulator"],
            *actors["court"],
            *actors["legislature"],
        }

    def _torn_verb(self, tok) -> bool:
        """ "a law passed last December bars TikTok from federal devices": a verb the parser took for a plural noun
        compounded with the thing it bars, right after the date that ends the subject."""
        if tok.tag_ != "NNS" or tok.dep_ != "compound" or tok.i == 0 or not tok.lower_.endswith("s"):
            return False
        if tok.lemma_.lower() not in words("ban", "verbs") or tok.lower_[:-1] not in words("ban", "verbs"):
            return False
        before = tok.doc[tok.i - 1]
        if before.ent_type_ != "DATE" and before.lower_ not in MONTHS:
            return False
        m = self.ctx.mention(tok.head)
        return m is not None and self.ctx.category(m.entity_id) in TARGET_CATEGORIES

    def _business_wound_up(self, verb) -> bool:
        """ "ordered X to wind up its Canadian operations", "ordered X's local business to wind down": what is wound
        up is a business (or the firm itself) of a firm the text names (not "wound down its review", "ordered the
        inquiry to wind up", "ordered the pension fund to wind down its operations")."""
        bidden = (
            [c for c in verb.head.children if c.dep_ == "dobj"]
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COMPELLING
            else []
        )
        wound = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] or bidden
        if not wound or not all(c.lemma_.lower() in _BUSINESS or self._names_a_platform(c) for c in wound):
            return False
        owners = [*bidden, *wound, *(g for c in wound for g in c.children if g.dep_ == "poss")]
        return any(self._names_a_platform(c) for c in owners)

    def _withdrawn_by_maker(self, verb) -> bool:
        """ "X stopped offering its app in Spain", "the company ceased providing Y there": the subject, a company,
        stops its own service."""
        if verb.lemma_.lower() not in _CEASING or not any(
            c.dep_ in ("xcomp", "dobj", "pcomp") and c.lemma_.lower() in _SUPPLYING for c in verb.children
        ):
            return False
        return self._company_subject(verb, _MAKER_SUBJECTS)

    def _switched_off_by_firm(self, verb) -> bool:
        """ "Meta deactivated the Threads app in the EU", "Google deactivated 40 apps": a company as the subject of a
        verb that switches off an app or platform withdraws or moderates its own (not "the regulator deactivated 26
        platforms", "ordered X to deactivate the app", nor a company's accounts closed, left to the account rules)."""
        if verb.lemma_.lower() not in _SWITCHING_OFF:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or any(c.lemma_.lower() in _HELD or c.lower_ in _HELD for o in objects for c in _conjuncts(o)):
            return False
        return self._company_subject(verb, _COMPANY_NOUNS)

    def _company_subject(self, verb, nouns) -> bool:
        """The verb's subject is a company: a mention of a maker or service, or (no mention) one of ``nouns``."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        m = self.ctx.mention(subj)
        if m is not None:
            return self.ctx.category(m.entity_id) in TARGET_CATEGORIES
        return subj.lemma_.lower() in nouns

    def _a_makers_access(self, obj) -> bool:
        """ "ZTE's access to American chips": what a named company may reach, not what others may reach of it
        (unlike "users' access to X")."""
        if obj.lemma_.lower() != "access":
            return False
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        m = self.ctx.mention(owner) if owner is not None else None
        if m is None or self.ctx.category(m.entity_id) not in TARGET_CATEGORIES:
            return False
        return not any(
            (n := self.ctx.mention(t)) is not None and n.kind == "Product"
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for t in c.subtree
        )

    def _refuses_a_use(self, tok) -> bool:
        """A refusal of someone's plan to use a named thing: "rejected the carrier's request to deploy X gear"."""
        ban = words("ban")
        particles = ban["refusal_verbs"].get(tok.lemma_.lower())
        if particles is None or _is_negated(tok):
            return False
        if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children):
            return False
        return any(
            o.dep_ == "dobj"
            and o.lemma_.lower() in ban["refused_plans"]
            and any(
                a.dep_ in ("acl", "relcl")
                and a.lemma_.lower() in ban["refused_uses"]
                and any(self.ctx.mention(t) is not None for d in a.children if d.dep_ == "dobj" for t in _named(d))
                for a in o.children
            )
            for o in tok.children
        )

    def _foreseen_as_done(self, tok) -> bool:
        """A ban foreseen by the one who imposes it or by none: the foreseer is a body of the state or an imposer the
        text names, or the pronoun of one who says it ("the Interior Ministry said it expects X to be blocked by Monday",
        "the government expects X to be banned from Monday"), a ban in the offing told by its own side; or few or none
        foresaw it ("Few predicted X to be banned so soon, but the law took effect"), a ban done. Not "the company
        said it expected the platform to be shut down", "analysts predict the app to be blocked"."""
        head = tok.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        if subj.lemma_.lower() in _FORESEEN_BY_NONE or (
            subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)
        ):
            return True
        if subj.pos_ == "PRON" and head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING:
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), subj)
        if subj.lemma_.lower() in _STATE_BODIES:
            return True
        m = self.ctx.mention(subj)
        return m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES

    def _asks_a_decider(self, tok) -> bool:
        """The ban verb is what someone is urged or lobbied to do by one who cannot do it ("Republican leaders sent a
        letter urging Governor X to remove TikTok", "lobbied its allies to shut the company out"): the one asked is a
        person the story names or a body that decides (lexicon ban_rules.deciders), not those a ruler tells to carry
        it out ("urged state employees to remove X" stays advice)."""
        verb = tok
        if tok.dep_ in ("xcomp", "pcomp") and tok.head.lemma_.lower() in words("ban", "planned"):
            verb = tok.head  # "asked the FCC to consider adding X to the Covered List"
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.lemma_.lower() not in _URGING:
            return False
        if verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False  # "lobbied its allies for a year to shut X out", the infinitive hung as an adverbial
        asked = [
            o
            for c in verb.head.children
            for a in (
                [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "on" else []
            )
            for o in _conjuncts(a)
        ]  # "urged Governor X to", "called on Ottawa to"
        asker = next((self.ctx.mention(c) for c in verb.head.children if c.dep_ == "nsubj"), None)
        return bool(asked) and all(
            (
                (m := self.ctx.mention(o)) is not None
                and (m.kind == "Person" or self.ctx.category(m.entity_id) in SELF_IMPOSING - {"legislature"})
                and not self._own_regulator(asker, m)
            )
            or o.lemma_.lower() in _DECIDERS
            or (o.lemma_.lower() in _LONE_DECIDERS and o.tag_ in ("NN", "NNP"))
            for o in asked
        )

    def _own_regulator(self, asker, asked) -> bool:
        """A ministry or government asking its own state's regulator ("Kenya's interior ministry asked the
        Communications Authority of Kenya to block X") gives the order, no call on another."""
        if asker is None or self.ctx.category(asked.entity_id) != "regulator":
            return False
        if self.ctx.category(asker.entity_id) not in ("government", "jurisdiction"):
            return False
        own = asker.entity_id if asker.kind == "Jurisdiction" else self.ctx.jurisdiction_of(asker.entity_id)
        theirs = self.ctx.jurisdiction_of(asked.entity_id)
        return own is None or theirs is None or own == theirs

    def _generic_gerund(self, tok) -> bool:
        """A gerund as a subject whose object is any thing of a kind ("Cutting off a platform used by millions is
        a disproportionate response"), not a named one ("Banning TikTok was right")."""
        if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        opening = _opens_sentence(tok)  # however it was parsed
        if tok.dep_ not in ("csubj", "nsubj", "csubjpass") and not opening:
            return False
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return bool(objs) and all(
            # "Cutting the internet during a crisis is an attack on ...": the connection, named by its kind
            ((m := self.ctx.mention(o)) is not None and self.ctx.is_network(m.entity_id))
            or self.ctx.mention(o) is None
            and (
                any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in o.children)
                or (o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in o.children))
            )
            for o in objs
        )

    def _platform_removes_accounts(self, tok, objects) -> bool:
        """Accounts or channels closed by the platform itself, or that it is asked to close ("asked X to shut down
        channels", "requests to the company to close the accounts"): moderation on the platform, no ban of it."""
        if not any(o.dep_ == "dobj" and o.lemma_.lower() in words("scope", "account") for o in objects):
            return False
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "xcomp":
            doers += [c for c in tok.head.children if c.dep_ == "dobj"]
        elif tok.dep_ == "acl":
            doers += [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        for d in doers:
            if d.lower_ in ("it", "they"):
                d = _subject_before(d) or d  # "X had given assurance it will block the accounts": X's act
            m = self.ctx.mention(d)
            if (m is not None and m.kind == "Product") or (m is None and d.lemma_.lower() in _PLATFORM_WORDS):
                return True
        return False

    def _own_account_closed(self, tok, objects) -> bool:
        """An account closed by whose it is, a person or a party: "the foreign minister closed his own account",
        "several parties said they would suspend their official accounts" (its holder told by "his"/"her", or by
        "their" when the closing subject, or the one saying it for a pronoun, is a person or a party word, lexicon
        ban_rules.own_account_holders). Not one a body closes ("closed its account") nor one it orders closed
        ("ordered ministers to close their accounts")."""
        accounts = [o for o in objects if o.dep_ == "dobj" and o.lemma_.lower() in words("scope", "account")]
        owners = {c.lower_ for o in accounts for c in o.children if c.dep_ == "poss"}
        if not owners & {"his", "her", "their"} or tok.dep_ == "xcomp":
            return False
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGING_AUX for c in tok.children):
            return False  # "ministers must delete their accounts": a duty laid on the holders, still a ban
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"he", "she"} and owners & {"his", "her"}:
            return True  # "he closed his account"
        if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "ccomp":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "parties said they would ..."
        if subj is None or subj.pos_ == "PRON":
            return False
        # the closer is the holder only when a person or a holder word: "Roskomnadzor blocked his account",
        # "the Chinese authorities deleted her Weibo account" stay bans
        m = self.ctx.mention(subj)
        return (m is not None and m.kind == "Person") or subj.lemma_.lower() in _OWN_ACCOUNT_HOLDERS

    def _dealings_with_named(self, obj) -> bool:
        """ "prohibit transactions with X": dealings with a named thing bar that thing, unlike "blocked the
        transaction" (a deal) on its own."""
        holders = list(obj.children) + (list(obj.head.children) if obj.dep_ in ("dobj", "nsubjpass") else [])
        return obj.lemma_.lower() in words("ban", "dealings") and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(
                self.ctx.mention(t) is not None or t.lemma_.lower() in PRODUCT_NOUNS
                for t in c.subtree
                if t.dep_ in ("pobj", "conj", "appos")
            )
            for c in holders
        )

    def _dealings_in_kind(self, obj) -> bool:
        """ "banned cryptocurrency payments": a trade or use noun (lexicon ban_rules.kind_dealings) a kind of
        technology is hung on bars the kind, unlike "blocked the payment" (one deal) on its own."""
        if obj.lemma_.lower() not in _KIND_DEALINGS and obj.lower_ not in _KIND_DEALINGS:
            return False
        return any(
            c.dep_ in ("compound", "amod", "nmod")
            and (m := self.ctx.mention(c)) is not None
            and self.ctx._is_kind(m.entity_id)
            for c in obj.children
        )

    def _a_use_of_things(self, tok) -> bool:
        """What one is told not to do is about a thing: a gerund ("against using X"), a named product or an app."""
        if tok.pos_ == "VERB" or tok.tag_ == "VBG":
            # "warned Canada against excluding Huawei": against another's ban, no advice against a thing
            return not _against_a_ban(tok)
        if tok.lemma_.lower() in PRODUCT_NOUNS or tok.lemma_.lower() in ("use", "installation", "download"):
            return True
        return any(self.ctx.mention(t) is not None for t in _own_subtree(tok))

    @staticmethod
    def _told_not_to(tok) -> str | None:
        """ "urged staff not to install X" is advice; "instructed personnel not to use X", "X may not be used",
        "must refrain from using X" are rules; "recommended officials to refrain from using X" is advice again."""
        ban = words("ban")
        clause, negated = tok, _is_negated(tok)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in ("refrain", "abstain"):
            clause, negated = tok.head.head, not _is_negated(tok.head.head)  # "refrain from using" says "not"
        elif tok.dep_ in ("xcomp", "pcomp") and tok.head.lemma_.lower() == "avoid":
            clause, negated = tok.head, not _is_negated(tok.head)  # "advised its employees to avoid using X"
        modal = any(c.dep_ == "aux" and c.lower_ in ("may", "must", "can", "could", "shall") for c in clause.children)
        if not negated and modal and _no_one(clause):
            return "verb"  # "no minister may have X on a work phone", "neither app may be installed on ..."
        if not negated:
            return None
        if (
            modal
            and clause.dep_ in ("ccomp", "xcomp", "advcl")
            and clause.head.lemma_.lower() in _CONSEQUENCE
            and _told_before(tok)
        ):
            return None  # "X is gone from the stores, meaning new users cannot download it": what a ban leaves
        if modal:
            return "verb"  # "DeepSeek may not be used on agency devices"
        # "recommending officials to refrain from using X" (parsed as an adverbial clause too)
        head = clause.head.lemma_.lower() if clause.dep_ in ("xcomp", "ccomp", "advcl") else None
        if head in ban["ordered_against"]:
            return "verb"
        if head == "tell" and (
            any(t.lower_ in _MILITARY_BODIES for c in clause.head.children if c.dep_ == "nsubj" for t in c.subtree)
            or _military_it(clause.head)
        ):
            return "verb"  # "The Navy told its members that X should not be used": an armed service orders its own
        if head in set(ban["advisory_verbs"]) | {"tell"}:  # "told their workers not to use the app"
            return "advisory"
        return None

    def same_as_trigger(self, tok) -> bool:
        """'followed suit', 'did the same': a ban done like the one before ("a similar step" is a weak noun)."""
        if tok.doc is self.doc and tok.i not in self._candidate_set:
            return False
        lemma = tok.lemma_.lower()
        pairs = words("ban", "same_as")
        if lemma in words("ban", "as_did") and self._as_did(tok):
            return True  # "Alabama banned the app in December, as did Georgia and Texas"
        if lemma not in _same_as_words(pairs):
            return False  # no branch below takes this word (most words): skip the walks over its children
        if _is_negated(tok):
            return False  # "would not do so if asked", "Ghana has not done the same": nothing done
        if any(a.lemma_.lower() in _REFUSING for a in list(tok.ancestors)[:2]):
            return False  # "would refuse any request to do so", "declined to do the same": nothing done
        if _not_yet_or_wished(tok):
            return False  # "Citigroup has yet to follow suit", "Analysts expect X and Y to follow suit": nothing done
        if _called_for(tok):
            return False  # "Britain should be ready to do the same", "Canada ought to follow suit": a call, no step
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                subj = tok.head
            if subj is None or subj.lemma_.lower() not in _LAWMAKING | _PROPOSALS:
                return False  # "Norway would do exactly the same": a claim of what one would do, no step taken
        if lemma == "follow" and tok.pos_ == "VERB" and self._follows_alone(tok):
            return True  # "..., and the Parliament and the Council followed within days"
        if lemma == "follow" and self.suit_undone(tok):
            return False  # "X lifted its ban, and Y followed suit", "followed suit by lifting their own limits"
        if lemma == "take" and not _same_step_taken(tok):
            return False  # "took the same step", "the same measure"; not "took the same view"
        for pair in pairs:  # each entry: {verb, object}
            if lemma not in pair:
                continue
            obj = next(iter(set(pair) - {lemma}), None)
            objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "npadvmod")]
            objects += [c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "so"]  # "did so"
            # "did the same days later", parsed as "[the same days] later": the noun under the adverb
            objects += [g for c in tok.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "npadvmod"]
            if obj and any(
                c.lemma_.lower() == obj or any(g.dep_ == "amod" and g.lemma_.lower() == obj for g in c.children)
                for c in objects
            ):
                return True
        return False

    def suit_undone(self, tok) -> bool:
        """The "followed suit" followed an undoing or tells another step: coordinated with a clause whose verb lifts
        a ban ("Togo lifted its ban in April, and Benin followed suit"), or with a "by" + gerund that tells no ban
        ("followed suit by lifting their own restrictions", "by pulling their ads")."""
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in _LIFT_VERBS:
            return True
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
            for ger in (g for g in prep.children if g.dep_ == "pcomp"):
                if ger.lemma_.lower() in _LIFT_VERBS or not any(
                    self.trigger_kind(x) is not None for x in _own_subtree(ger)
                ):
                    return True
        return False

    def _as_did(self, tok) -> bool:
        """An elliptic "as did X" / "as have X and Y" / "as X did" hung on a ban verb: X did what the verb tells.
        Not under a verb that is no ban ("shot to the top of the charts, as did X"), nor negated, nor with an
        object of its own ("as did its rival with another app") or a pronoun subject ("as it did in 2020")."""
        if tok.dep_ not in ("advcl", "conj") or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            return False
        if _is_negated(tok) or any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp") for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in words("ban", "as_did_other_preps") for c in tok.children):
            return False  # "as Guinea did with Facebook last year": its step on another target
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or not self.actors_in(subj):
            return False
        head = tok.head
        return head.i != tok.i and head.pos_ in ("VERB", "AUX") and self.trigger_kind(head) == "verb"

    def _follows_alone(self, tok) -> bool:
        """An intransitive "followed" whose subject names actors, right after a ban was told."""
        if any(c.dep_ in ("dobj", "pobj", "attr", "xcomp", "ccomp", "agent") for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ != "within" and not _temporal(c) for c in tok.children):
            return False  # not "followed the US", but "followed in March"
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or not self.actors_in(subj):
            return False
        si = self.adoc.sentence_index(tok.idx)
        return any(bm.sentence in (si, si - 1) and not bm.remention for bm in self.mentions)


def _off_a_place(tok) -> bool:
    """ "strip it off federal computers": an "off" of the verb or of its object names where the thing is taken from."""
    offs = [c for c in tok.children if c.lower_ == "off" and c.dep_ in ("prt", "prep")]
    offs += [
        g
        for c in tok.children
        if c.dep_ == "dobj"
        for o in _conjuncts(c)
        for g in o.children
        if g.lower_ == "off" and g.dep_ in ("prt", "prep")
    ]
    if any(c.dep_ == "pobj" for o in offs for c in o.children):
        return True
    # "strip X software off their computers" parsed with "computers" under the object: the noun after "off" is a place
    # unless it is the verb's own object ("stripped off its early gains")
    for o in offs:
        after = next((t for t in o.doc[o.i + 1 : o.i + 5] if t.pos_ in ("NOUN", "PROPN")), None)
        if after is not None and not (after.dep_ == "dobj" and after.head == tok):
            return True
    return False


def _contrasted_away(tok) -> bool:
    """A ban noun set against the lesser measure done instead: "its message was a warning, not a prohibition", "a
    recommendation rather than a ban", "a licensing rule, not a ban" (the words just before the noun's phrase, however
    the parser hung it, and the noun it is set against a word of advice or of a rule); not "was not a ban" (the verb's
    negation, read elsewhere), "a ban, not a warning", nor "accountability rather than censorship"."""
    left = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "nummod") and c.i < tok.i)])
    before = [t.lower_ for t in tok.doc[max(left - 2, tok.sent.start) : left]]
    if before not in (["rather", "than"], ["instead", "of"], [",", "not"]):
        return False
    other = tok.head
    while other.pos_ not in ("NOUN", "PROPN") and other.head.i != other.i:
        other = other.head  # "a recommendation rather than a ban": through "than" to the noun
    return other.i < tok.i and other.lemma_.lower() in words("ban", "advisory_nouns") | words("status", "court_blocked")


def _military_it(verb) -> bool:
    """ "The US Navy confirmed that it had told its members not to use X", "The Navy was among the first to act. In an
    email, it told members to refrain from using X": a subject "it" standing for the armed service named last before
    it (in its sentence, else the one before), no other body named in between. Only a subject is the antecedent,
    not an object: in "A report faulted the Army. It told members to refrain from using X", "it" is the report."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "it":
        return False
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for t in reversed(doc[start : subj.i]):
        if t.ent_type_ in ("DATE", "TIME"):
            continue  # "In an email dated Jan. 24, it told ..."
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("nsubj", "nsubjpass"):
            return t.lower_ in _MILITARY_BODIES
    return False


def _opens_sentence(tok) -> bool:
    """Only punctuation or quotes stand before ``tok`` in its sentence."""
    return all(t.is_punct or t.is_quote for t in tok.sent[: tok.i - tok.sent.start])


def _hypothetical_gerund(tok) -> bool:
    """A gerund with no subject of its own that is the subject of a clause told as what would or could be
    ("Blocking X would hurt small firms", "Excluding Y would have cost operators billions", "Banning Z could
    backfire"): a judgement of a ban not taken, no ban. Not one told as done ("Blocking X hurt small firms")."""
    subjects = ("csubj", "csubjpass", "nsubj", "nsubjpass")
    modals = ("would", "could", "might", "may")
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in tok.children):
        return False  # "the government banning X would ...": told of an actor, read elsewhere
    sent = tok.sent
    opening = _opens_sentence(tok)
    end = max(tok.right_edge.i, tok.head.right_edge.i if tok.dep_ == "compound" else tok.i)
    if opening and end + 1 < sent.end and tok.doc[end + 1].lower_ in modals:
        return True  # '"Excluding Huawei would have cost operators billions"', however the parser hung the gerund
    subj = tok
    if tok.dep_ in ("compound", "amod") and tok.i < tok.head.i and tok.head.dep_ in subjects:
        subj = tok.head  # "[Blocking Telegram] would hurt ...", the gerund parsed as a modifier of its object
        if any(t.i < tok.i for t in subj.subtree):
            return False  # "the country's blocking order would ...": a noun phrase of its own
    if subj.dep_ not in subjects:
        return False
    return any(c.dep_ == "aux" and c.lower_ in modals for c in subj.head.children)


def _forbidden_cut(tok) -> bool:
    """A barring verb whose "from" clause is itself a cut or block ("the court barred the government from blocking
    X", "orders barring the Authority and the providers from shutting down or throttling access"), or that cut
    itself: what is forbidden is the ban, so none is imposed. Not "barred staff from using X" (a use barred), nor a
    forbidding denied or refused ("has not refrained from blocking X", "refused to refrain from blocking X"): the
    cut then goes on."""
    forbidding, cuts = words("ban_rules", "forbidding_verbs"), words("ban_rules", "forbidden_cuts")

    def forbids(verb):
        return (
            verb.lemma_.lower() in forbidding
            and verb.pos_ in ("VERB", "AUX")
            and not _is_negated(verb)
            and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING)
        )

    def from_after(verb):
        """The "from" that closes the verb's own words, however the parser hung it ("orders barring A and B from
        shutting down ...", the "from" on "issued")."""
        own = {t.i for t in verb.subtree}
        for t in verb.doc[verb.i + 1 : verb.sent.end]:
            if t.lower_ == "from" and t.dep_ == "prep":
                return t
            if t.i not in own:
                return None
        return None

    def cut_under(prep):
        return prep is not None and any(
            g.lemma_.lower() in cuts
            for c in prep.children
            if c.dep_ == "pcomp" and c.tag_ == "VBG"
            for g in _conjuncts(c)
        )

    if forbids(tok) and cut_under(from_after(tok)):
        return True
    if tok.tag_ == "VBG" and tok.lemma_.lower() in cuts:
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "from shutting down or throttling": the second as the first
        prep = first.head if first.dep_ == "pcomp" and first.head.lower_ == "from" else None
        if prep is None:
            return False
        return any(
            forbids(v) and (f := from_after(v)) is not None and f.i == prep.i for v in tok.doc[tok.sent.start : prep.i]
        )
    return False


def _foreseen(tok) -> bool:
    """A passive infinitive under an active verb of foreseeing (lexicon ban_rules.foreseeing): "it expected the platform
    to be shut down", "analysts predict the app to be blocked" tell what someone foresees, no ban; not "X is expected
    to be banned" (a ban in the offing)."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in _FORESEEING:
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
        c.dep_ == "auxpass" for c in tok.children
    )


def _not_yet_or_wished(tok) -> bool:
    """An infinitive "to follow suit" / "to do the same" left undone ("has yet to", "is yet to") or wished or foreseen
    by someone ("Analysts expect X to follow suit", "Shareholders want Apple to do the same"). A plan of the subject's
    own ("is considering following suit", "plans to do the same") is not this."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head is tok:
        return False
    if any(c.lower_ == "yet" for c in (*tok.children, *head.children)):
        return True
    return head.lemma_.lower() in _WISHED_BY_OTHERS


# Modals of what ought to be done ("should follow suit", "must do the same"): a call, unless told as an order's content
_OBLIGING = ("should", "ought", "must")
# Verbs whose "that" clause with "should" is the step decided or ordered ("ordered that agencies should do the same")
_ORDERING_CONTENT = (
    words("ban_rules", "deciding_verbs") | words("ban", "ordered_against") | words("ban_rules", "advising_verbs")
)
_BOUND_STAFF = words("scope", "personnel")


def _called_for(tok) -> bool:
    """The step is told with "should", "ought", "must" or "need to", on its verb or on the words it completes
    ("should follow suit", "should be ready to do the same", "ought to be next to follow suit", "needs to follow
    suit"), or under a "would" of what would be wise ("would be wise to do the same"): what someone thinks should be
    done. Not the content of an order or decision ("ordered that all agencies should do the same", "agreed that
    departments should follow suit"), nor advice to a government's own staff ("said staff should do the same")."""
    cur = tok
    for _ in range(4):
        if (
            cur.lower_ == "ought"
            or any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in cur.children)
            or (cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "need" and cur.head.tag_ != "VBD")
        ):
            return not _ordered_content(cur)
        if cur is not tok and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in cur.children):
            return True  # "Australia would be wise to do the same": a step weighed, not taken
        to_clause = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if cur.dep_ not in ("xcomp", "acomp") and not to_clause:
            return False
        cur = cur.head
    return False


def _ordered_content(verb) -> bool:
    """The clause with "should" is what an order or decision tells ("ordered that all agencies should do the same",
    "agreed that departments should follow suit") or advice to staff ("said staff should do the same")."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "need" else verb
    clause = next((a for a in [clause, *clause.ancestors] if a.dep_ != "xcomp"), clause)
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _ORDERING_CONTENT:
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _BOUND_STAFF


def _a_ban_to_come(tok) -> bool:
    """A ban noun told as one that may yet come: "a ban", "any ban", "a similar ban", "no ban", bare "bans". Not a ban
    already told or in place: "the ban on X", "its ban", "the TikTok ban, which the regulator imposed", "the ban on X
    that the authority ordered" ("did not debate the ban ..." leaves that ban standing)."""
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ in ("relcl", "acl"):
            return False
        if c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "no", "another"):
            return False
    return True

"""BanExtractor, assembled from the stage mixins, with its main pass (mentions, re-mentions, orphans), and
extract_bans."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from loaders.extract.bans._words import (
    _ADVISING_VERBS,
    _ASKING_OTHERS,
    _BODY_LEMMAS,
    _COMPANY_NOUNS,
    _LAWMAKING,
    _LIFT_VERBS,
    _ORDER_NOUNS,
    _PROVIDERS,
    _RELATIVE,
    _SAYING,
    _SEVERAL_BODIES,
    _WIDENING,
    KEPT_WORDS,
    OWN_STAFF_CATEGORIES,
    SELF_IMPOSING,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import (
    _court_halting,
    _done,
    _legislating,
    _lifts,
    _measures_undone,
    _named,
    _never_done,
    _of_a_proposal,
    _outsider,
    _ranked_actor,
)
from loaders.extract.bans.context import _JUDGE_TITLES, _MINORS_KINDS, DocContext, _minors, _words_of
from loaders.extract.bans.dating import DateMixin
from loaders.extract.bans.imposers import ImposerMixin
from loaders.extract.bans.merging import MergeMixin
from loaders.extract.bans.reach import _for_minors, _implemented, _rescope, _ruling_military, _writes_into_a_law
from loaders.extract.bans.records import BanMention, _mention_like
from loaders.extract.bans.scope import ScopeMixin
from loaders.extract.bans.status import StatusMixin
from loaders.extract.bans.syntax import (
    _is_negated,
    _own_subtree,
    _passive_patient,
    _phrase_root,
    _retag_kept_participles,
)
from loaders.extract.bans.targets import TargetMixin
from loaders.extract.bans.triggers import TriggerMixin
from loaders.extract.base import _POSITIONS_KEY, AnnotatedDoc, doc_text, span_lemmas, word_positions
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS, entity_from
from loaders.model import Ban

_NETWORK_CUTS = words("ban_rules", "network_cuts")
_TALK_VERBS = words("ban_rules", "talk_verbs")
_TALK_VAGUE = words("ban_rules", "talk_vague")
_OTHER_BAN = words("ban_rules", "other_ban")
# The staff and bodies a rule binds ("agencies", "employees"): told as the passive subject, those barred, no target
_PERSONNEL = words("scope", "personnel")
_ANYONES_STAFF = words("scope", "anyones_staff")
# The words of a state body's bare name after its country's ("Indian Army", "Swiss armed forces", "Dutch Ministry")
_BODY_WORDS = (
    set(words("actors", "government")) | set(words("ban_rules", "state_bodies")) | set(words("scope", "military"))
)
# Bodies no state is ("school networks", "the university's network")
_OTHER_BODIES = words("actors", "other")
# Words that make staff a state's ("government employees", "federal workers", "ministry staff")
_STATE_MARKS = set(words("scope", "kit_owners")) | set(words("actors", "government"))
# What the barred staff are kept from doing with a product ("barred from using X", not "from meeting X executives")
_USES = set(words("ban", "refused_uses")) | set(words("ban", "advised_against"))
# Verbs of a legislature making law, its own act ("Congress passed a law banning X", "the House voted to ban X")
_PASSING_VERBS = words("ban_rules", "passing_verbs")
_CHALLENGING = words("ban_rules", "challenging")
_SUING = {"sue", "petition", "take", "drag"}  # "sued the government at the regional court over the ban"
# A legal action brought against a ban ("petitions were filed at the Supreme Court against the ban", "a complaint
# lodged with the court over the block"): the ban is its matter, the court where it is brought no imposer
_LEGAL_ACTIONS = words("ban_rules", "legal_actions")
# Modals that tell a court block as a possibility, not as done ("which a judge could block next month")
_UNREAL_MODALS = {"could", "may", "might", "would", "will", "should", "can", "'ll", "wo", "ca"}


_TOLD_BEFORE = {"the", "this", "that", "these", "those", "its", "their"}
# What a court orders restored, besides apps ("ordered the site restored", "the block on the service lifted")
_TARGET_NOUNS = {"site", "website", "service", "network"}
# A court's order told again as undone ("overturned that order", "the ruling was set aside")
_RULINGS = {"order", "ruling", "decision", "judgment", "judgement", "verdict", "it", "that", "this"}
# a maker told as the one that made the kit a ban on a kind reaches ("built by DJI"), or as left out of it
_KIT_MAKING_LEMMAS = {"make", "build", "manufacture", "produce", "supply", "maker", "manufacturer", "supplier"}
# the verbs of a ban, with those that ban through a particle ("keep X out")
_BAN_VERBS = words("ban", "verbs") | words("ban", "particle_verbs")
_KIT_EXEMPT_CUES = ("not covered", "exempt", "excluded", "assembled in", "spared", "not affected")
# What a licence's "conditions" or a "requirement" may be tied to and still be the measure barring a maker ("the
# auction conditions", "the conditions of the licence"); tied to anything else it is another measure, unless a ban
# verb tells what it does ("the conditions that keep X out of the networks")
_MEASURE_TIES = {"licence", "license", "licensing", "auction", "spectrum", "permit", "tender", "5", "5g", "security"}


def _another_measure(o) -> bool:
    """ "the bail conditions of the activists", "the vaccine requirement", "the requirement for quarterly compliance
    reports", "the requirement that foreign firms appoint a representative", "... in a separate case": a condition or
    a requirement of something else than a licence, an auction, a spectrum or a permit, no ban told before."""
    if o.lemma_.lower() not in ("condition", "requirement"):
        return False
    if any(t.lower_ == "separate" and t.head.lemma_.lower() in ("case", "matter", "ruling") for t in o.sent):
        return True
    for c in o.children:
        if c.dep_ in ("acl", "relcl", "ccomp") and c.lemma_.lower() not in _BAN_VERBS:
            return True  # not "the conditions that keep X out of the networks": the measure barring a maker
        if c.dep_ in ("compound", "nmod") and c.lemma_.lower() not in _MEASURE_TIES:
            return True
        if c.dep_ == "prep" and not any(
            p.lemma_.lower() in _MEASURE_TIES or p.lemma_.lower() in ("it", "them")
            for p in c.children
            if p.dep_ == "pobj"
        ):
            return True
    return False


# ------------------------------------------------------------------------------------------ extractor
def _brings_legal_action(tok) -> bool:
    """ "petitions were filed", "filed a lawsuit", "a writ petition": a legal action, or a verb whose object or
    passive subject is one, that a ban is the matter of."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in _LEGAL_ACTIONS
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _LEGAL_ACTIONS for c in tok.children
    )


_AROUND_TOOLS = words("ban_rules", "around_tools")


_AROUND_USERS = words("ban_rules", "around_users")
_AROUND_USING = words("ban_rules", "around_using")


def _names_a_way_around(clause) -> bool:
    """An "unless" clause that tells how users get around a block standing now ("are still blocked unless you use a
    VPN"), not a condition the block waits on ("will be blocked unless it registers", "unless it removes its proxy
    feature"), a past block ("was blocked unless users routed it through a proxy") or a local one ("is blocked on
    campus networks unless students use a VPN")."""
    if not any(m.lower_ == "unless" for m in clause.children if m.dep_ == "mark"):
        return False
    if clause.lemma_.lower() not in _AROUND_USING:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _AROUND_USERS for c in clause.children):
        return False  # the way around is the users', not the target's ("unless it / the company ...")
    if not any(t.lower_ in _AROUND_TOOLS for t in clause.subtree if t.i > clause.i):
        return False
    block = clause.head
    auxes = [c for c in block.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(a.tag_ not in ("VBZ", "VBP") for a in auxes):
        return False  # only a block standing now ("is/are blocked"), not "will be", "was"
    for c in block.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "in", "from", "across", "inside"):
            return False  # "on campus networks", "from March 1": a place or a start the block waits on
    return True


def _owner_in(t, top) -> bool:
    """Whether ``t`` is, or hangs under, a possessor inside the phrase headed by ``top`` ("Google" in "Google's help")."""
    while t.i != top.i:
        if t.dep_ == "poss":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _under_age(tok) -> bool:
    """An age told as "under" and a school age, wherever the parse hangs it ("offer games to users under 18")."""
    if tok.lower_ != "under" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.nbor(1)
    return (
        nxt.like_num
        and nxt.text.isdigit()
        and 10 <= int(nxt.text) <= 21
        and (tok.i + 2 >= len(tok.doc) or (not tok.nbor(2).like_num and tok.nbor(2).lemma_.lower() not in _NOT_AN_AGE))
    )


# what a number after "under" counts when it is no age ("under 15 percent", "under 12 weeks", "under 20 million")
_NOT_AN_AGE = {"month", "year", "day", "hour", "minute", "week", "%", "percent", "per", "cent", "million", "billion",
               "thousand", "hundred", "mile", "kilometre", "kilometer", "km", "degree", "point"}  # fmt: skip


_COVERING_VERBS = words("ban_rules", "covering_verbs")
_KIT_REMOVAL_VERBS = words("ban_rules", "kit_removal_verbs")
_NETWORK_KIT = words("ban_rules", "network_kit")


def _same_time(a: str | None, b: str | None) -> bool:
    """Two dates that may tell the same time: either untold, or one the other's prefix ("2024-11", "2024-11-29")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _quoted(sent, tok) -> bool:
    """The token stands inside a quotation in its sentence (an odd number of quote marks before it)."""
    marks = sum(1 for t in sent if t.i < tok.i and t.text in ('"', "\u201c", "\u201d", "''", "``"))
    return marks % 2 == 1


def _covering_clause(noun) -> bool | None:
    """How the clauses above a list's noun tell it: True when one tells it as what a measure reaches (a verb of
    lexicon ban_rules.covering_verbs, "have/need to", or 'must': "platforms such as X would have to check ages",
    "named X among the services that would be covered"), False when none does ("regulators fined apps such as X"),
    None when one is negated or put as a doubt ("would not be covered", "unclear whether platforms such as X will
    be covered")."""
    verbs = [c for c in noun.children if c.dep_ == "relcl"]
    x = noun
    while x.head.i != x.i:
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            verbs.append(x)
    covered = False
    for v in verbs:
        kids = list(v.children)
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in kids):
            return None
        lemma = v.lemma_.lower()
        if lemma in ("have", "need") and not any(c.dep_ == "xcomp" for c in kids):
            continue
        if lemma in _COVERING_VERBS or any(c.dep_ == "aux" and c.lower_ == "must" for c in kids):
            covered = True
    return covered


class BanExtractor(TriggerMixin, ImposerMixin, TargetMixin, ScopeMixin, StatusMixin, DateMixin, MergeMixin):
    """Finds ban mentions in an AnnotatedDoc and merges them into Ban records."""

    def __init__(self, adoc: AnnotatedDoc):
        self.adoc = adoc
        self.ctx = DocContext.of(adoc)
        self.doc = adoc.doc
        if _retag_kept_participles(self.doc, self.ctx.mention):
            self.doc.user_data.pop(_POSITIONS_KEY, None)  # the word positions read before the retagging are stale
        self.published = adoc.document.published
        self.mentions: list[BanMention] = []
        self._deferred: list = []  # re-mentions, attached once every primary mention is known
        self._compliers: dict[int, set[str]] = {}  # per sentence start: companies carrying out a body's order
        self._court_blocked: set[int] = set()  # tokens of ban nouns a court blocked
        self._court_restored: set[int] = set()  # of those, the ones a court ordered lifted ("ordered the block lifted")
        self._court_verbs: set[int] = set()  # verbs of a court blocking a ban (their dates are the ruling's)
        self._acting: list = []  # (trigger, imposers) of every verb told with an imposer
        self._placed_orphans: dict[int, str] = {}  # trigger -> the one jurisdiction its paragraph names
        self._orphans: list = []  # (trigger, sentence) of passive bans told with no agent and no one before
        self._candidate_set = set(self._candidates())

    # -- main
    def run(self) -> list[Ban]:
        candidates = self._candidates()  # the other words are no triggers: not visited
        court_words = word_positions(self.doc, words("status", "court_block") | words("status", "court_restore"))
        for si, sent in enumerate(self.adoc.sentences):
            # a court blocking a ban: the ban is blocked, not a new ban by the court
            court_verbs = {
                i
                for i in court_words[bisect_left(court_words, sent.start) : bisect_left(court_words, sent.end)]
                if self.doc[i].pos_ == "VERB" and self._court_blocks_ban(self.doc[i])
            }
            # "a judge ordered the blocking of the law banning X": the law and its ban, blocked by the court
            for t in self.doc[sent.start : sent.end]:
                if t.pos_ == "NOUN" and _court_halting(t):
                    court_verbs.add(t.i)
                    for m in _measures_undone(t):
                        self._court_blocked.add(m.i)
                        self._court_blocked.update(
                            v.i for v in m.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"
                        )
                        self._court_blocked.update(
                            x.i for v in m.children if v.dep_ == "acl" for x in v.children if x.dep_ == "xcomp"
                        )
            first_here = len(self.mentions)
            for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
                tok = self.doc[i]
                if tok.i in court_verbs:
                    continue
                if tok.i in self._court_restored:
                    self._deferred.append((tok, si))  # "a court ordered the block lifted": the ban told before
                    continue
                kind = self.trigger_kind(tok)
                if kind is None and self.same_as_trigger(tok) and not (tok.dep_ == "relcl" and _ranked_actor(tok.head)):
                    kind = "similar"  # not "X banned Y, the latest country to do so": the same ban told again
                if kind is None:
                    continue
                if kind in ("noun", "weak") and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                    kind = "weak"
                if kind == "weak":
                    self._deferred.append((tok, si))
                    continue
                self._mention(tok, kind, si)
            self._court_verbs |= court_verbs
            if court_verbs:
                # "X banned it, though the law was later blocked by a judge": the ban told here is the one blocked
                here = [bm for bm in self.mentions[first_here:] if bm.token.i not in self._court_blocked]
                if here and not any(bm.token.i in self._court_blocked for bm in self.mentions[first_here:]):
                    here[-1].status = "blocked_by_court"
                elif (
                    not self.mentions[first_here:]
                    and (self._blocks_the_measure_told(sent) or court_verbs & self._court_restored)
                    and not self._upholds_the_ban(sent)
                ):
                    # "Montana banned TikTok in May. A judge later halted the law before it took effect."
                    # (or earlier in the same paragraph: "Montana banned TikTok in May. ... It did not last. On
                    # Nov. 30, a federal judge blocked the law")
                    before = [
                        bm
                        for bm in self.mentions
                        if bm.sentence < si
                        and not bm.remention
                        and (
                            si - 2 <= bm.sentence
                            or (
                                self.ctx.para[bm.token.i] == self.ctx.para[sent.start]
                                and self._law_blocked_far(bm, sent)
                            )
                        )
                    ]
                    if before:
                        before[-1].status = "blocked_by_court"
        self._adopt_orphans()
        self._orphans_retold()
        self._orphans_of_the_paragraph()
        self._similar_told_in_full()
        self._providers_act_for_the_orderer()
        for tok, si in self._deferred:
            self._remention(tok, si)
        self.assign_dates()
        self._elliptic_dates()
        self._origin_kinds_to_makers()
        self._minors_kinds_to_platforms()
        self._kit_kinds_beside_makers()
        return self.merge()

    def _providers_act_for_the_orderer(self):
        """ "Internet providers across Brazil started cutting off access to X, after a justice of the Supreme Court
        ordered it suspended": a block told as the providers' own act is the ban the sentence tells another ordering,
        not one of the place the providers are in."""
        for bm in self.mentions:
            if bm.remention or not _by_providers(bm.token):
                continue
            order = next(
                (
                    o
                    for o in self.mentions
                    if o.sentence == bm.sentence
                    and not o.remention
                    and set(o.targets) & set(bm.targets)
                    and set(o.imposers) != set(bm.imposers)
                    and not _by_providers(o.token)
                    and _told_as_an_order(o.token)
                ),
                None,
            )
            if order is not None:
                bm.imposers, bm.imposer_src = list(order.imposers), "context"

    def _origin_kinds_to_makers(self):
        """A ban told on a kind of kit by its origin ("grounded its fleet of Chinese-made drones") in a story that
        names that country's maker of it again and again ("most of them made by DJI", "DJI said ..."): the maker is
        what the ban reaches too. Only the story's most-named company of that origin, named at least twice."""
        gaz = self.ctx.gaz
        if gaz is None:
            return
        counts = Counter(
            m.entity_id
            for m in self.adoc.mentions
            if m.kind == "Organisation" and self.ctx.category(m.entity_id) == "company"
        )
        for bm in self.mentions:
            if not bm.targets or not all(self.ctx._is_kind(t) for t in bm.targets):
                continue
            homes = set()
            for t in bm.targets:
                first = self.ctx.name(t).split()[0].split("-")[0]
                homes.add(gaz.demonyms.get(first))
            if len(homes) != 1 or None in homes:
                continue
            home = homes.pop()
            heads = {self.ctx.name(t).split()[-1].lower() for t in bm.targets}
            makers = [
                (n, e)
                for e, n in counts.items()
                if n >= 2
                and self._home_of(e) == home
                and heads & set(gaz.entries[e].properties.get("makes", ()))
                and e not in bm.imposers
                and self._tied_to_kit(e, heads)
            ]
            if makers:
                best = max(n for n, _ in makers)
                top = [e for n, e in makers if n == best]
                if len(top) == 1:
                    bm.targets = [*bm.targets, top[0]]

    def _kit_kinds_beside_makers(self):
        """A kind of kit barred in the same sentence as the same actor's ban on its makers, or the next one of its
        paragraph ("would bar Huawei and ZTE from its 5G networks, giving operators until 2024 to remove 5G
        equipment", "X bans Huawei from its networks. Operators must remove 5G gear by 2024"): the makers' kit, the
        one ban on the makers, not another ban on every such kit; only makers the gazetteer tells as makers of that
        kind."""
        for bm in self.mentions:
            if not bm.targets or not all(self.ctx._is_kind(t) for t in bm.targets):
                continue
            kinds = [
                self.doc.char_span(m.start, m.end, alignment_mode="expand")
                for m in self.adoc.mentions
                if m.entity_id in bm.targets and m.sentence == bm.sentence
            ]
            roots = [sp.root for sp in kinds if sp is not None]
            for o in self.mentions:
                if (
                    o is not bm
                    and bm.sentence - 1 <= o.sentence <= bm.sentence
                    and self.ctx.para[o.token.i] == self.ctx.para[bm.token.i]
                    and set(o.imposers) & set(bm.imposers)
                    and o.targets
                    and not any(self.ctx._is_kind(t) for t in o.targets)
                    and any(self._makers_kit(t, r) for t in o.targets for r in roots)
                ):
                    bm.targets, bm.scope, bm.scope_explicit = list(o.targets), o.scope, o.scope_explicit
                    bm.announced = o.announced or bm.announced  # the one ban: the deadline is no new announcement
                    break

    def _makers_kit(self, eid: str, kind) -> bool:
        """The kind is the makers' kit the ban has taken out: a verb of removing it (lexicon
        ban_rules.kit_removal_verbs: "to remove 5G equipment", "rip out Huawei gear") and, for a telecom kit maker, a
        word for network kit (ban_rules.network_kit: "equipment", "gear"), not any kind the same actor bans
        ("restricted cryptocurrency trading", "banned mobile phones in schools")."""
        verb = kind.head if kind.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or verb.lemma_.lower() not in _KIT_REMOVAL_VERBS:
            return False
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        if entry is not None and entry.properties.get("sector") == "telecom_equipment":
            if kind.lemma_.lower() not in _NETWORK_KIT:
                return False
        return self._makes_kind(eid, kind)

    def _minors_kinds_to_platforms(self):
        """A limit by age told of a kind of platform only ("ban social media for under-15s", "bars children under 16
        from social media") reaches the platforms the story names as covered: those of the same actor's ban of the same
        reach told with names where the sentence tells young people too ("teenagers said the law would cut them off
        from X"), else the first platforms the story gives as examples of a kind of platform ("platforms such as X and
        Y", "social media like X", "named X and Y among the services covered"), not those told as exempt ("messaging
        services such as Z are exempt") or in a sentence telling another actor's ban."""
        ctx = self.ctx

        def kinds_of(bm) -> set | None:
            if not bm.targets or not all(ctx._is_kind(t) for t in bm.targets):
                return None
            return set(bm.targets)

        # another kind ("online games") only where the story tells it limited by age: a ban of it alone in a sentence
        # telling young people ("allow children to play online games for one hour a day"); the regulator's
        # re-mention of that limit then too ("the regulator said it would enforce the limits")
        aged = set()
        for bm in self.mentions:
            ks = kinds_of(bm)
            if ks and any(_minors(t) or _under_age(t) for t in bm.token.sent):
                aged |= ks

        def kind_only(bm) -> bool:
            ks = kinds_of(bm)
            if not ks:
                return False
            return all(ctx.name(t).lower() in _MINORS_KINDS or t in aged for t in ks)

        told = [bm for bm in self.mentions if bm.targets and not any(ctx._is_kind(t) for t in bm.targets)]
        examples = None
        for bm in self.mentions:
            if not kind_only(bm):
                continue
            same = [
                o
                for o in told
                if set(o.imposers) & set(bm.imposers)
                and (o.scope == bm.scope or None in (o.scope, bm.scope))
                and any(_minors(t) for t in o.token.sent)  # a limit by age too, not "X also blocked porn site Y"
                # told at the time of the limit (the story's when it tells none), not an older ban ("Chile blocked
                # Telegram last year, saying children were exposed to extremist content")
                and (o.sentence == bm.sentence or _same_time(o.announced, bm.announced or self.published))
            ]
            if same:
                near = min(same, key=lambda o: abs(o.sentence - bm.sentence))
                bm.targets = list(near.targets)
                continue
            if examples is None:
                examples = self._platform_examples()
            # not the platforms of another actor's ban, or of a ban told at another time, in that sentence ("Malaysia
            # would bar under-16s from platforms such as X", "Indonesia said platforms such as X must ...", "Chile
            # banned apps such as X in 2019")
            elsewhere = {
                o.sentence
                for o in self.mentions
                if o is not bm
                and o.sentence != bm.sentence
                and (
                    not set(o.imposers) & set(bm.imposers)
                    or not _same_time(o.announced, bm.announced or self.published)
                )
            }
            kinds = {t for t in bm.targets if ctx.name(t).lower() not in _MINORS_KINDS}
            own = [eids for si, eids, noun, _ in examples if si == bm.sentence and self._example_of(noun, kinds)]
            found = own[0] if own else None
            if found is None:
                found = next(
                    (
                        eids
                        for si, eids, noun, covered in examples
                        if covered
                        and si not in elsewhere
                        and self._example_of(noun, kinds)
                        and not self._other_actor_tells(si, bm)
                    ),
                    None,
                )
            if found:
                bm.targets = list(found)

    def _platform_examples(self) -> list:
        """(sentence, platforms, covered) of each list of named platforms the story gives as examples of a kind of
        platform, in order: "platforms such as X and Y", "social media like X", "apps including X", "named X and Y
        among the services"; covered when its clause tells them as what a measure reaches (_covering_clause). None
        told as left out ("are exempt", "would not be covered", "would not stop children from using apps like X"),
        asked ("Should apps like X be included?", "unclear whether platforms such as X will be covered") or quoted."""
        out = []
        for si, sent in enumerate(self.adoc.sentences):
            low = sent.text.lower()
            if any(cue in low for cue in _KIT_EXEMPT_CUES) or sent.text.rstrip(" \"'”’").endswith("?"):
                continue
            for t in sent:
                if t.lower_ in ("like", "including") and t.dep_ == "prep":
                    noun, toks = t.head, list(t.subtree)
                elif t.lower_ == "as" and t.i > sent.start and t.nbor(-1).lower_ == "such" and t.dep_ == "prep":
                    noun, toks = t.head, list(t.subtree)
                elif (
                    t.lower_ == "among"
                    and t.dep_ == "prep"
                    and any(c.dep_ == "pobj" and self._platform_noun(c) for c in t.children)
                ):
                    # what is named among them: the objects before "among" ("named X and Y among the services"),
                    # however the verb hangs ("The ministry named X ... among" parsed with "named" on "ministry")
                    noun = next(c for c in t.children if c.dep_ == "pobj")
                    toks = [g for c in t.head.children if c.i < t.i and c.dep_ != "nsubj" for g in c.subtree]
                else:
                    continue
                if not self._platform_noun(noun) or _quoted(sent, noun):
                    continue
                covered = _covering_clause(noun)
                if covered is None:
                    continue  # negated or asked
                eids = [
                    e
                    for e in self.targets_in(toks, set())
                    if self.ctx.category(e) == "product" and not self.ctx._is_kind(e)
                ]
                if eids:
                    out.append((si, eids, noun, covered))
        return out

    def _example_of(self, noun, kinds: set) -> bool:
        """The examples' noun fits the kinds a ban reaches: any word for platforms for a kind a limit by age reaches
        ("social media"); for another kind its own word or the kind itself ("online games such as X", "games like
        X", "titles such as X" for games), not "apps such as X" for games."""
        if not kinds:
            return noun.lemma_.lower() != "title"
        m = self.ctx.mention(noun)
        if m is not None and m.entity_id in kinds:
            return True
        lemma = noun.lemma_.lower()
        for k in kinds:
            words = {w.rstrip("s") for w in self.ctx.name(k).lower().split()}
            if lemma in words or (lemma == "title" and "game" in words):
                return True
        return False

    def _other_actor_tells(self, si: int, bm) -> bool:
        """The sentence's subject, or its main clause's, is a jurisdiction or body other than the ban's actor
        ("Indonesia said in a separate statement that platforms such as X ...")."""
        sent = self.adoc.sentences[si]
        for t in sent:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ not in ("ROOT", "ccomp"):
                continue
            m = self.ctx.mention(t)
            if m is not None and m.kind in ("Jurisdiction", "Organisation") and m.entity_id not in bm.imposers:
                if m.kind == "Jurisdiction" or self.ctx.category(m.entity_id) != "company":
                    return True
        return False

    def _platform_noun(self, tok) -> bool:
        """A word for platforms: "platforms", "services", "apps", or a kind of platform a limit by age reaches
        ("social media")."""
        if tok.lemma_.lower() in PRODUCT_NOUNS | {"service", "site", "network", "title"}:
            return True
        m = self.ctx.mention(tok)
        return m is not None and self.ctx.minors_kind(m)

    def _tied_to_kit(self, eid: str, heads: set[str]) -> bool:
        """The maker is told as the kit's maker ("most of the fleet was built by DJI", "DJI drones") at least once,
        and never as left out of the ban ("Autel, which is not covered because its drones are assembled in the US")."""
        sents = self.adoc.sentences
        tied = False
        for m in self.adoc.mentions:
            if m.entity_id != eid:
                continue
            sent = sents[m.sentence]
            low = sent.text.lower()
            if any(cue in low for cue in _KIT_EXEMPT_CUES):
                return False
            if any(t.lower_ in heads or t.lemma_ in _KIT_MAKING_LEMMAS for t in sent):
                tied = True
        return tied

    def _elliptic_dates(self):
        """ "Alabama banned the app in December, as did Georgia": the elliptic clause that tells no date of its own
        shares the date of the ban verb it stands for."""
        by_token = {bm.token.i: bm for bm in self.mentions if not bm.remention and bm.rule == "bans.verb"}
        for bm in self.mentions:
            head = by_token.get(bm.token.head.i)
            if bm.rule == "bans.similar" and bm.announced is None and head is not None and head.announced:
                if bm.token.lemma_.lower() in words("ban", "as_did") and self._as_did(bm.token):
                    bm.announced = head.announced

    def _placed_by_story_only(self, tok, jid: str) -> bool:
        """A person whose jurisdiction is only the story's guess: no place named in the sentence, no title that
        tells it ("On February 4 the secretary of the department, X, issued a direction")."""
        if jid != self.ctx.focus(tok):
            return False
        return not any((m := self.ctx.mention(t)) is not None and m.kind == "Jurisdiction" for t in tok.sent)

    def _paragraph_topic(self, tok) -> str | None:
        """The jurisdiction that is the subject of the first sentence of the token's paragraph (before it)."""
        para = self.ctx.para[tok.i]
        first = tok.sent
        while first.start > 0 and self.ctx.para[first.start - 1] == para:
            first = self.doc[first.start - 1].sent
        if first.start == tok.sent.start:
            return None
        for t in first:
            m = self.ctx.mention(t)
            if m is not None and m.kind == "Jurisdiction" and t.dep_ in ("nsubj", "nsubjpass") and t.head == first.root:
                return m.entity_id
        return None

    def _ruled_unlawful(self, sent) -> bool:
        """ "The block stayed in place until the Constitutional Court ruled in 2019 that it violated freedom of
        expression": a court finding the ban unlawful ended it."""
        for verb in sent:
            if verb.lemma_.lower() not in ("rule", "find", "decide", "declare", "hold") or verb.pos_ != "VERB":
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            m = self.ctx.mention(subj) if subj is not None else None
            court = subj is not None and (
                subj.lemma_.lower() in words("actors", "court")
                or (m is not None and self.ctx.category(m.entity_id) == "court")
            )
            said = {t.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") for t in c.subtree}
            if court and said & {"violate", "unconstitutional", "illegal", "unlawful", "breach", "infringe"}:
                return not any(_is_negated(t) for c in verb.children if c.dep_ == "ccomp" for t in [c, verb])
        return False

    def _similar_told_in_full(self):
        """ "The European Parliament followed suit on February 28, barring the app from devices it issues to members
        and staff": a like step whose sentence tells the same imposer's ban in its own words takes that ban's reach,
        not the one it borrowed from the ban it resembles."""
        for bm in self.mentions:
            if bm.rule != "bans.similar" or bm.remention:
                continue
            own = [
                o
                for o in self.mentions
                if o is not bm
                and o.sentence == bm.sentence
                and o.rule != "bans.similar"
                and not o.remention
                and o.imposers == bm.imposers
                and set(o.targets) & set(bm.targets)
                and o.scope_explicit
                and o.own_scope_cue
            ]
            if own:
                bm.scope = own[0].scope

    def _adopt_orphans(self):
        """ "The reopening does not extend to Roblox, which was blocked on Wednesday. The minister said access had
        been cut off by order of the X court": a passive ban with no agent is the one the next sentence tells of
        the same target by one imposer (its date is that ban's)."""
        for tok, si in self._orphans:
            nxt = [
                bm
                for bm in self.mentions
                if bm.sentence == si + 1 and not bm.remention and self.ctx.para[bm.token.i] == self.ctx.para[tok.i]
            ]
            targets, _ = self.find_targets(tok, set())
            if not targets:
                continue
            same = [bm for bm in nxt if set(bm.targets) & set(targets)]
            if len({imp for bm in same for imp in bm.imposers}) != 1:
                continue
            ref = same[0]
            self.mentions.append(
                _mention_like(ref, tok, si, "bans.verb", targets=[t for t in targets if t in ref.targets])
            )

    def _orphans_retold(self):
        """ "Senegal has lifted its suspension of TikTok ... <new paragraph> The app was cut off on Aug. 2": a
        passive ban with no agent, no place and no one before it, whose subject is the thing one ban of the story
        is on, tells that ban again (and maybe its date)."""
        told = {bm.token.i for bm in self.mentions}
        for tok, si in self._orphans:
            if tok.i in told or self._place_of(tok) is not None:
                continue
            subj = _passive_patient(tok)
            if subj is None:
                continue
            m = self.ctx.mention(subj)
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            if m is not None:
                targets = [m.entity_id]
            elif definite and subj.lemma_.lower() in PRODUCT_NOUNS | {"service", "platform"}:
                targets = self.context_targets(si, tok)
            else:
                continue
            primaries = [bm for bm in self.mentions if not bm.remention and bm.token.i < tok.i]
            same = {tuple(bm.imposers) for bm in primaries if set(bm.targets) & set(targets)}
            if len(same) != 1:
                continue
            ref = next(bm for bm in primaries if set(bm.targets) & set(targets))
            bm = _mention_like(
                ref, tok, si, "bans.remention", imposer_src="syntax", scope_explicit=False, remention=True
            )
            bm.ref = ref  # type: ignore[attr-defined]
            self.mentions.append(bm)

    def _orphans_of_the_paragraph(self):
        """ "... still reachable in Iran without a VPN. Facebook and Twitter have been blocked since 2009, Telegram
        was cut off in 2018": a passive ban of a named product, with no agent, no place, no ban of it told before
        and none told of it next, in a paragraph that names one jurisdiction only, is that jurisdiction's; in a
        paragraph that names none, the story's own when it is the one jurisdiction told banning before ("Tehran lifted
        its block on X. <new paragraph> ... Y, which was blocked at the same time, remains inaccessible")."""
        told = {bm.token.i for bm in self.mentions}
        for tok, si in list(self._orphans):
            if tok.i in told or self._place_of(tok) is not None:
                continue
            verb = _bidden_in_passive(tok) or tok  # "Staff were told to delete X": the passive that bids it
            subj = _passive_patient(verb)
            m = self.ctx.mention(subj) if subj is not None else None
            product = m is not None and m.kind == "Product"
            if not product and not self._barred_from(tok, verb, subj):
                continue
            place = self._paragraph_place(tok) or self._story_imposer(tok, product)
            if place is None or self._agented_or_hypothetical(verb, place):
                continue
            self._placed_orphans[tok.i] = place
            self._mention(tok, "verb", si)

    def _barred_from(self, tok, verb, subj) -> bool:
        """ "Government agencies have been barred since 2022 from using X", "Federal employees were told to remove
        X": the passive subject is the staff or bodies kept from the use of a product or a firm the "from" phrase
        names, or bidden to give up one the bidden act names, with no doer told there ("barred from using X by their
        company", "told to stop using X by their union")."""
        if subj is None or subj.lemma_.lower() not in _PERSONNEL or not self._state_staff(subj):
            return False
        phrases = [tok] if verb is not tok else [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
        phrases = [p for p in phrases if all(c.lemma_.lower() in _USES for c in p.children if c.dep_ == "pcomp")]
        return any(
            any((m := self.ctx.mention(t)) and self.ctx.category(m.entity_id) in TARGET_CATEGORIES for t in p.subtree)
            and not any(t.lower_ == "by" for t in p.subtree)
            for p in phrases
        )

    def _state_staff(self, subj) -> bool:
        """Staff told as a state's: no other owner named on them ("Samsung employees", "staff at Apple", "employees
        of a firm's branch"), and a word of a government on the staff any employer has ("government employees", not
        bare "employees were told to stop using X" of a memo or a union)."""
        if any(
            (m := self.ctx.mention(t)) is not None and self.ctx.category(m.entity_id) in OWN_STAFF_CATEGORIES
            for t in subj.subtree
        ):
            return False
        return subj.lemma_.lower() not in _ANYONES_STAFF or any(
            c.dep_ in ("amod", "compound") and c.lower_ in _STATE_MARKS for c in subj.children
        )

    def _agented_or_hypothetical(self, tok, place: str) -> bool:
        """ "X was banned by several schools" (a doer told, known or not, but no "by Chinese censors" of the place
        itself), "X could be blocked", "X would be banned if it fails to cooperate": no ban the paragraph's country
        is known to have done."""
        for c in tok.children:
            if c.dep_ == "agent":
                own = {
                    self.ctx.normalise(m.entity_id, t) or m.entity_id
                    for t in c.subtree
                    if (m := self.ctx.mention(t)) is not None and m.kind == "Jurisdiction"
                }
                if own != {place}:
                    return True
            if c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would", "should", "can"):
                return True
            if (
                c.dep_ == "advcl"
                and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                and not _names_a_way_around(c)
            ):
                return True
        return False

    def _as_place_or_actor(self, root) -> bool:
        """A jurisdiction's name used as a place ("in Iran"), an actor (the subject; "Iran's government", "the
        government of Iran"), not as a person's ("Iran's interior minister praised ...")."""
        if root.dep_ in ("nsubj", "nsubjpass") or any(a.dep_ == "agent" for a in root.ancestors):
            return True  # the subject, or the doer of a passive ("by Chinese censors")
        bodies = words("actors", "generic_government") | words("actors", "generic_org")
        if root.dep_ == "pobj":
            prep = root.head
            if prep.lower_ in ("in", "inside", "across", "throughout", "within"):
                return True
            return prep.lower_ == "of" and prep.head.lemma_.lower() in bodies
        return root.dep_ == "poss" and root.head.lemma_.lower() in bodies

    def _paragraph_place(self, tok) -> str | None:
        """The one jurisdiction named in the paragraph of ``tok`` (not as a thing's origin), if exactly one and
        named there as a place or an actor."""
        found, placed = self._paragraph_jurisdictions(tok)
        return found.pop() if len(found) == 1 and found == placed else None

    def _story_imposer(self, tok, product: bool) -> str | None:
        """The story's jurisdiction, when the paragraph of ``tok`` names no jurisdiction and the bans told before
        ``tok`` are all that jurisdiction's; for a ``product`` the passive is told of, not when a phrase of the ban
        names another's (staff are "barred from" a product, which a phrase of theirs names)."""
        if self._paragraph_jurisdictions(tok)[0] or (product and self._told_of_others(tok)):
            return None
        told = {imp for bm in self.mentions if not bm.remention and bm.token.i < tok.i for imp in bm.imposers}
        focus = self.ctx.focus(tok)
        return focus if told == {focus} else None

    def _told_of_others(self, tok) -> bool:
        """A ban told with a phrase naming whose or where it was other than the story's country: a person, a body or
        a product ("banned in 2020 under Prime Minister Y", "banned from the App Store"), a people ("blocked to
        European users") or a body no state is ("blocked on many school networks"); not "blocked on the main
        networks of the country"."""
        return any(
            (m := self.ctx.mention(t)) is not None
            and m.kind != "Jurisdiction"
            or t.ent_type_ == "NORP"
            or t.lemma_.lower() in _OTHER_BODIES
            for c in tok.children
            if c.dep_ == "prep"
            for t in c.subtree
        )

    def _paragraph_jurisdictions(self, tok) -> tuple[set[str], set[str]]:
        """The jurisdictions named in the paragraph of ``tok``, and those of them named there as a place or an
        actor."""
        para = self.ctx.para[tok.i]
        found, placed = set(), set()
        for m in self.adoc.mentions:
            if m.kind != "Jurisdiction":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or self.ctx.para[span.start] != para:
                continue
            eid = self.ctx.normalise(m.entity_id, span.root) or m.entity_id
            found.add(eid)
            if self._as_place_or_actor(span.root):
                placed.add(eid)
        return found, placed

    def _blocks_the_measure_told(self, sent) -> bool:
        """A court blocking "the law", "the order" or "the measure" (the one told before), in a sentence that tells
        no ban of its own."""
        return any(
            t.i in self._court_blocked
            and t.lemma_.lower() in words("status", "court_blocked")
            and not _another_measure(t)
            and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in t.children
            )
            for t in sent
        )

    def _law_blocked_far(self, bm, sent) -> bool:
        """A judge blocking "the law" further on in the paragraph blocks a ban made by a law or bill ("Governor X
        signed Senate Bill 419, making Montana the first state to ban TikTok ... a federal judge blocked the law"), not
        a ban told with no law ("Utah banned TikTok on state devices"), nor when another law is told in between
        ("Lawmakers then passed the Social Media Regulation Act ... a judge blocked the law") or the judge's is a
        separate case."""
        own = self.adoc.sentences[bm.sentence]
        if not any(_is_law_noun(t) or (t.lemma_.lower() == "sign" and t.pos_ == "VERB") for t in own):
            return False
        if any(_is_law_noun(t) for t in self.doc[own.end : sent.start]):
            return False
        return not re.search(r"\b(?:separate|another|different|unrelated) (?:case|lawsuit|suit)\b", sent.text.lower())

    @staticmethod
    def _upholds_the_ban(sent) -> bool:
        """ "The court suspends the conditions in November, but upholds the ban in June": the same sentence tells the
        ban kept in the end, not left blocked."""
        kept = words("ban", "nouns") - {"block", "blocking", "suspension"}  # not "upheld that decision" (the block)
        return any(
            t.lemma_.lower() in ("uphold", "affirm")
            and t.pos_ == "VERB"
            and not _is_negated(t)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in kept for c in t.children)
            for t in sent
        )

    def _court_orders_restored(self, tok) -> bool:
        """ "the High Court later ordered the block on the game to be lifted", "before a court ordered the app
        restored", "the court directed the regulator to unblock it": a court ordering another's ban undone blocks it
        (not a court lifting a ban itself, "the court has lifted it": its own ban ended; nor an order told as
        ignored, "though the authority ignored it", "has yet to comply", or undone, "but the Supreme Court overturned
        that order"; nor one only wished or supposed, "want a judge to order the block lifted", "if the court ordered
        the app restored"; nor a ban put back, "ordered the ban reinstated", nor something else restored, "ordered
        Meta to restore the accounts of ...", "to lift the travel ban on its manager")."""
        order = tok.head
        ordering = order.lemma_.lower()
        if tok.dep_ not in ("ccomp", "xcomp") or ordering not in words("status", "court_ordering"):
            return False
        if ordering == "tell" and tok.dep_ != "xcomp":
            return False  # "the judge told reporters that the authority had lifted the block": a report
        if _is_negated(tok) or _is_negated(order):
            return False
        if any(c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS for t in (tok, order) for c in t.children):
            return False
        if any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBD", "VBZ", "VBP") or c.lemma_ == "have")
            for c in tok.children
        ):
            return False  # "... that the authority had lifted the block": a thing told done, no order
        if any(a.lemma_.lower() in words("status", "court_wished") for a in order.ancestors) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for t in (tok, order) for c in t.children
        ):
            return False  # "want a judge to order the block lifted", "if the court ordered the app restored"
        if not any(self._court_subject(s) for s in order.children if s.dep_ == "nsubj"):
            return False
        if self._court_order_unheeded(tok, order):
            return False
        undone = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
        if any(c.dep_ == "auxpass" for c in tok.children):
            undone += [c for c in order.children if c.dep_ == "dobj"]  # "ordered the block to be lifted"
        lifting = tok.lemma_.lower() in words("status", "court_lifting")
        nouns = {c.i for c in undone if lifting and self._ban_on_a_target(c)}
        if not nouns and not any(self._a_banned_target(c) for c in undone):
            return False
        self._court_blocked |= nouns
        self._court_restored |= nouns | {tok.i}
        return True

    def _court_subject(self, s) -> bool:
        """The subject of a court's order, by its head ("the High Court", "a judge in Hanoi", "Judge Ann Lee", "Ann
        Lee, a High Court judge"), not by any word under it ("Justice Minister Anisul Huq", "the Ministry of
        Justice")."""
        heads = [s, *(c for c in s.children if c.dep_ == "appos")]
        for h in heads:
            m = self.ctx.mention(h)
            if m is not None and self.ctx.category(m.entity_id) == "court":
                return True
            if m is None and h.lemma_.lower() in _COURT_WORDS:
                return True
            if m is not None and m.kind == "Person":
                titles = [c for c in h.children if c.dep_ == "compound" and c.i < h.i and self.ctx.mention(c) is None]
                if titles and titles[-1].lemma_.lower() in _JUDGE_TITLES | {"magistrate"}:
                    return True  # "Judge Ann Lee", not "Justice Minister Anisul Huq"
        return False

    def _court_order_unheeded(self, tok, order) -> bool:
        """ "though the authority ignored it", "has yet to comply", "but the Supreme Court overturned that order a week
        later", "and the app remains blocked": the order went unheeded or was undone (not the court's own undoing of
        another ruling, "ordered the ban lifted, overturning a lower court ruling")."""
        for t in tok.sent:
            lemma = t.lemma_.lower()
            if lemma in words("status", "court_unheeded"):
                return True
            if t.i < order.i or t.pos_ not in ("VERB", "AUX"):
                continue
            undone = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if (
                lemma in words("status", "court_overturned")
                or (lemma == "set" and any(c.lower_ == "aside" for c in t.children))
            ) and any(c.lemma_.lower() in _RULINGS for c in undone):
                return True  # "but the Supreme Court overturned that order", "the order was set aside"
            kept = t.head if t.dep_ in ("aux", "auxpass") else t  # "the app remains blocked", remains an auxiliary
            if (lemma in KEPT_WORDS or t.lower_ in KEPT_WORDS) and any(
                c.i > t.i
                and (c.lemma_.lower() in words("ban", "verbs") or c.lower_ in ("place", "inaccessible", "unavailable"))
                for c in kept.subtree
            ):
                return True  # "and the app remains blocked", "the ban stays in place"
        return False

    def _a_banned_target(self, t) -> bool:
        """What a court orders restored is the banned thing itself: a named app or company told before ("ordered
        Telegram restored"), "the app", "the site", "it"; or access to one ("restore access to the app")."""
        if t.lower_ in ("it", "them"):
            return True
        m = self.ctx.mention(t)
        if m is not None:
            return self.ctx.category(m.entity_id) in TARGET_CATEGORIES and any(
                (o := self.ctx.mention(x)) is not None and o.entity_id == m.entity_id
                for x in t.doc[: t.i]
                if x.idx < m.start
            )
        if t.lemma_.lower() in PRODUCT_NOUNS | _TARGET_NOUNS:
            return any(c.dep_ in ("det", "poss") for c in t.children)
        if t.lemma_.lower() == "access":
            return any(
                self._a_banned_target(p)
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj"
            )
        return False

    def _ban_on_a_target(self, t) -> bool:
        """A ban noun whose thing is the banned one ("the block on the app", "the suspension", "the TikTok ban"), not
        another's ban ("the travel ban on the company's local manager")."""
        if t.lemma_.lower() not in words("ban", "nouns"):
            return False
        for c in t.children:
            if (
                c.dep_ in ("compound", "nmod")
                and self.ctx.mention(c) is None
                and c.lemma_.lower() not in PRODUCT_NOUNS | _TARGET_NOUNS
            ):
                return False  # "the travel ban"
            if c.dep_ == "prep" and c.lower_ in ("on", "of", "against"):
                if not any(self._a_banned_target(p) for p in c.children if p.dep_ == "pobj"):
                    return False
        return True

    def _court_blocks_ban(self, tok) -> bool:
        if tok.lemma_.lower() in words("status", "court_restore"):
            return self._court_orders_restored(tok)
        if tok.lemma_.lower() not in words("status", "court_block"):
            return False
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS) for c in tok.children):
            return False  # "which a court did not block", "which a judge could block next month": no block told
        # "a decision from the court, which stopped the conditions ...": the relative's noun, read in its own phrase
        # without the relative clause itself ("the cabinet, which halted the ban after a Supreme Court hearing" is no
        # court's act); the other subjects in their whole phrase
        subj = [
            _own_subtree(tok.head) if c.lower_ in _RELATIVE and tok.dep_ == "relcl" else list(c.subtree)
            for c in tok.children
            if c.dep_ == "nsubj"
        ]
        subj += [list(p.subtree) for c in tok.children if c.dep_ == "agent" for p in c.children]
        if not subj:
            # "banned X in 2019 before a court there stayed the ban", the subject hung by the parser on the clause's
            # conjunction
            subj = [
                list(p.subtree)
                for c in tok.children
                if c.dep_ == "mark" and c.i < tok.i
                for p in c.children
                if p.dep_ == "pobj"
            ]
        if not subj and tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in _ORDER_NOUNS:
            # "a court in X issued an order halting it": the one who issued the order halts the ban
            subj = [list(c.subtree) for c in tok.head.head.children if c.dep_ == "nsubj"]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        rel = [o for o in objs if o.lower_ in ("that", "which")]
        if tok.dep_ in ("ccomp", "advcl") and tok.head.pos_ == "VERB" and (not objs or rel and rel == objs):
            # "passed a statewide ban in 2023 that a judge blocked", the relative clause taken for a complement (or an
            # adverbial clause), with "that" as its mark or its object: the object of the verb it hangs on, told
            # before "that", is what the court blocked; "passed a law banning X in 2023 that a judge blocked", hung
            # on the participle: the noun the participle tells
            that = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("that", "which")), None)
            that = that if that is not None else next(iter(rel), None)
            base = tok.head
            if that is not None and base.dep_ == "acl" and base.head.pos_ == "NOUN" and base.head.i < that.i:
                objs = [base.head]
            else:
                objs = [
                    o
                    for o in base.children
                    if that is not None and o.dep_ == "dobj" and o.i < that.i and o.pos_ == "NOUN"
                ]
        if tok.dep_ == "relcl" and any(o.lower_ in ("that", "which") for o in objs):
            # "passed a statewide ban in 2023 that a federal judge blocked": the relative's noun is what was blocked
            objs = [tok.head]
            when = tok.head
            if (when.ent_type_ in ("DATE", "TIME") or when.pos_ == "NUM") and when.dep_ == "pobj":
                # "passed a statewide ban in 2023, which a judge blocked": the relative hung on the date after the
                # noun; the clause verb's object before the date is what was blocked
                verb = when.head.head
                objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < when.i] or objs
        # "blocked Montana from enforcing a law": the law is what the court blocked
        objs += [
            t
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree
            if t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB"
        ]
        court = any(
            t.lemma_.lower() in _COURT_WORDS
            or (self.ctx.mention(t) and self.ctx.category(self.ctx.mention(t).entity_id) == "court")
            for s in subj
            for t in s
        )
        if court and not objs:
            # "U.S. judge blocks Trump administration's WeChat ban hours before ...", the object torn off by the parser:
            # someone's ban right after the verb, before any other verb, is what the court blocked
            for t in tok.doc[tok.i + 1 : tok.sent.end]:
                if t.pos_ in ("VERB", "AUX"):
                    break
                if (
                    t in tok.subtree
                    and t.lemma_.lower() in words("ban", "nouns")
                    and any(c.dep_ == "poss" for c in t.children)
                ):
                    objs = [t]
                    break
        ban_obj = [
            o
            for o in objs
            if o.lemma_.lower() in words("ban", "nouns") | words("status", "court_blocked") and not _another_measure(o)
        ]
        # "Montana's attempt to ban the app was blocked by a judge": the ban told under the blocked noun
        ban_obj += [
            v
            for o in objs
            if o.pos_ == "NOUN"
            for v in o.children
            if v.dep_ in ("acl", "xcomp") and v.lemma_.lower() in words("ban", "verbs")
        ]
        if court and not ban_obj and any(o.lower_ in ("it", "them") for o in objs):
            # "Ohio tried a statewide ban in 2023, but a judge blocked it": the ban told just before in the sentence;
            # "issued executive orders to ban X and Y, but judges blocked them": the orders, told in the plural
            plural = any(o.lower_ == "them" for o in objs)
            told = [
                t
                for t in tok.sent
                if t.i < tok.i
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in words("ban", "nouns") | words("status", "executive_acts") | {"law"}
                and (t.tag_ == "NNS") == plural
            ]
            ban_obj = told[-1:]
        if court and ban_obj:
            self._court_blocked.update(o.i for o in ban_obj)
            # "stopped the conditions that keep X out": the measure's own verb tells the ban the court blocked
            self._court_blocked.update(
                v.i for o in ban_obj if o.head.i == tok.i for v in o.children if v.dep_ == "relcl" and v.pos_ == "VERB"
            )
            return True
        return False

    def _told_before_on(self, tok) -> bool:
        """A ban noun the story has told before: an earlier ban on one of the noun's own targets, or any earlier ban
        when the noun names none ("Kenya suspended X. In Parliament, the suspension was welcomed"); not "the ban on
        TikTok" after a ban on another thing, nor in a story that told no ban before it."""
        before = [bm for bm in self.mentions if not bm.remention and bm.token.i < tok.i]
        if not before:
            return False
        own, osrc = self.find_targets(tok, set())
        if osrc != "syntax" or not own:
            return True
        return any(set(own) & set(bm.targets) for bm in before)

    def _mention(self, tok, kind: str, si: int):
        actors, src, path = self.find_imposers(tok, kind)
        # the verb the ban is the matter of: "challenged the suspension", "sued the government over the ban"
        matter_of = (
            tok.head
            if tok.dep_ == "dobj"
            else tok.head.head
            if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "against")
            else None
        )
        if (
            kind == "noun"
            and src == "locative"
            and matter_of is not None
            and (matter_of.lemma_.lower() in _CHALLENGING | _SUING or _brings_legal_action(matter_of))
            and all(self.ctx.category(eid) == "court" for eid, _ in actors)
        ):
            src = "none"  # "challenged the suspension at the regional court": the ban told again, not the court's
        if (
            kind == "noun"
            and src == "locative"
            and any(c.dep_ in ("det", "poss") and c.lower_ in _TOLD_BEFORE for c in tok.children)
            and all(self.ctx.category(eid) == "legislature" for eid, _ in actors)
            and self._told_before_on(tok)
        ):
            src = "none"  # "In Parliament, the suspension was welcomed": the ban told before, met where lawmakers speak
        if src in ("locative", "fallback") and self._demanded_by_lawmakers(tok):
            return  # "67 MPs and peers signed a letter calling for X to be banned in Britain": a demand, no measure
        if kind == "noun" and src not in ("syntax", "locative"):
            # a bare "the ban" is a re-mention, not a new event
            self._deferred.append((tok, si))
            return
        imposers = []
        actor_words: dict[str, set[str]] = {}
        guessed = set()
        for eid, at in actors:
            if self.ctx.category(eid) == "person" and _outsider(at):
                continue  # "senior advocate X, who sought a ban on the app": a petitioner, not the state
            own_rule = self.ctx.category(eid) in OWN_STAFF_CATEGORIES  # a company ruling its own staff
            if own_rule:
                norm = eid
            elif self.ctx.category(eid) == "person" and at is not None:
                norm = self.ctx.person_jurisdiction(at, own_clause=True)
            else:
                norm = self.ctx.normalise(eid, at)
            if norm and norm != eid and self.ctx.category(eid) == "government":
                # "the U.S. Navy warned its members ...": a body whose name opens with its country, though the text
                # never names that country on its own
                named = self._named_country(eid, at)
                if named is not None and named != norm:
                    norm = named
                elif named is None and self.ctx.kind(norm) == "Jurisdiction":
                    # "the Ministry of Justice of the United Kingdom said prisoners in England and Wales would be
                    # barred": a body whose name ends with its country acts for it, not for a place told nearby
                    home = self._country_named_last(eid, at)
                    if home is not None and home != norm:
                        norm = home
            if norm and norm == eid and self.ctx.category(norm) == "government":
                # "The Pentagon has barred personnel from using X": a body the gazetteer knows acts for its
                # country even when the text never names it
                entry = self.ctx.gaz.entries.get(norm) if self.ctx.gaz else None
                jid = self.ctx.gaz.by_country.get(entry.country or "") if entry is not None else None
                if jid is None and self.ctx.gaz is not None:
                    # "Ministry of Information of Bangladesh": the country its name ends with
                    tail = self.ctx.name(norm).rsplit(" of ", 1)
                    home = self.ctx.gaz.lookup(tail[-1], ("Jurisdiction",)) if len(tail) == 2 else None
                    jid = home.id if home is not None else None
                m = self.ctx.mention(at)
                if jid and m is not None:
                    norm = self._ensure_jurisdiction(jid, (m.start, m.end)) or norm
                elif jid is None:
                    # "The Indian Army has barred X", "the Dutch navy banned Y": the country its name opens with
                    norm = self._named_country(eid, at, bare=True) or norm
            if norm and norm != eid and src == "syntax" and self.ctx.kind(norm) == "Jurisdiction":
                # "In Denmark, the defence ministry barred X": a body the text leaves unplaced acts where the
                # clause is set, not for the story's country
                verbs = [v for v in [tok, *tok.ancestors] if v.pos_ in ("VERB", "AUX")]
                place = next((p for p in map(self._place_of, verbs) if p), None)  # "In India, X told Y to avoid Z"
                m = self.ctx.mention(at)
                unplaced = m is not None and not {w.lower() for w in _words_of(self.ctx.name(norm))} & set(
                    m.text.lower().split()
                )
                if place and place != norm and unplaced:
                    norm = place
                its = next(
                    (c for c in _phrase_root(at).children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None
                )
                if its is not None and unplaced and not place:
                    # "Japan has stopped short of a ban. Earlier this month its Digital Agency advised ...": Japan's
                    prev = self._previous_subject(its)
                    if prev is not None and prev[0] != norm and self.ctx.kind(prev[0]) == "Jurisdiction":
                        norm = prev[0]
                    elif prev is not None and self.ctx.category(prev[0]) in SELF_IMPOSING - {"jurisdiction"}:
                        # "The Commission moved first. Its management board decided ...": an organ of the body
                        # told just before, which imposes its own bans
                        norm = prev[0]
                elif (
                    unplaced
                    and not place
                    and m is not None
                    and (m.kind == "Organisation" or (m.kind == "Person" and self._placed_by_story_only(at, norm)))
                    and not (self.ctx.gaz and eid in self.ctx.gaz.entries)  # a known body's country is known
                ):
                    # "Indonesia had already moved against social commerce. In 2023 the trade ministry issued ...":
                    # a body left unplaced acts for the country its paragraph opens with as subject
                    topic = self._paragraph_topic(at)
                    if topic is not None and topic != norm:
                        norm = topic
            if norm and self.ctx.category(norm) == "court" and self._inside_law(tok, at):
                # "the Supreme Court upheld a federal law that will ban X": the law's ban, the country's
                home = self.ctx.jurisdiction_of(norm)
                if home:
                    norm = home
                    guessed.add(norm)
            if norm and norm not in imposers:
                imposers.append(norm)
            if norm and norm != eid:
                guessed.add(norm)
            if norm:
                # "Sweden's armed forces banned ...": who acted tells whose devices
                phrase = [
                    t
                    for t in _own_subtree(_phrase_root(at))
                    if not self._in_civil_body_name(t) and not _ruling_military(t)  # "the military regime": rulers
                ]
                actor_words.setdefault(norm, set()).update(t.lemma_.lower() for t in phrase)
                actor_words[norm].update(t.lower_ for t in phrase if t.lower_ in _SEVERAL_BODIES)
                # "several government ministries, including the Ministry of National Defense, blocked X": one body
                # named among several is no armed service acting for its own
                actor_words[norm].update(
                    a.head.lower_
                    for a in at.ancestors
                    if a.dep_ == "prep" and a.lower_ in ("including", "like") and a.head.lower_ in _SEVERAL_BODIES
                )
                # "the Ministry of Trade, the Ministry of Foreign Affairs and the Ministry of National Defense blocked
                # X": a body in a list of bodies is several bodies too, if a civil one is among them (not "the
                # Department of Defense and the Defense Information Systems Agency", nor "the Ministry of National
                # Defense and its agencies": the armed side alone, or its own offices)
                if _in_list_with_civil_body(_phrase_root(at)):
                    actor_words[norm].update(_SEVERAL_BODIES)
                if not self._civil_body(eid):
                    actor_words[norm].update(_words_of(self.ctx.name(eid)))
        if imposers and kind == "verb" and tok.i not in self._court_blocked:
            self._acting.append((tok, list(imposers)))  # who was told banning, even what the text leaves unnamed
        if not imposers and kind == "verb" and src == "none" and tok.i in self._placed_orphans:
            imposers, src, guessed = [self._placed_orphans[tok.i]], "context", {self._placed_orphans[tok.i]}
        if not imposers and kind == "verb" and src == "none":
            before = self._agent_before(tok, si)
            if before is not None:
                imposers, src, guessed = [before], "context", {before}
                if tok.i not in self._court_blocked:
                    # "Instagram was blocked at the same time. Telegram has been blocked since 2018.": a run of
                    # passive bans told one after another is the same imposer's
                    self._acting.append((tok, [before]))
        if not imposers:
            if kind == "noun":
                self._deferred.append((tok, si))
            elif kind == "verb" and src == "none" and (tok.tag_ == "VBN" or _bidden_in_passive(tok)):
                self._orphans.append((tok, si))  # "Roblox, which was blocked on Wednesday. <who did it>"
            return
        if (
            _for_minors(tok)
            and tok.i not in self._court_blocked
            and not any(
                (t.head.i == tok.i and t.dep_ == "dobj")
                or (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == tok.i)
                for t in self.object_tokens(tok)
                if (m := self.ctx.mention(t)) is not None
                and self.ctx.minors_kind(m)
                and not self.ctx.kind_for_minors(m)
            )
        ):
            # "restrictions for minors": an age limit, not a ban of the app; but a law a court blocked is a measure
            # ("passed a law banning X for minors that a judge blocked"); a kind an age limit reaches as a kind, the
            # trigger's own object, is its target ("banned social media for children under 15"; not "required social
            # media platforms to filter content for minors")
            return
        if self._asks_a_court(path):
            return  # "the regulator, which had asked the court to restrict access": the court decides
        if self.mentions and _implemented(tok):
            return  # "The closure will be implemented by the regulator": who carries out a ban told before
        if kind == "similar" and any(
            self.trigger_kind(v) for _, at in actors for v in _phrase_root(at).children if v.dep_ == "relcl"
        ):
            return  # "similar steps by the US, which barred Kaspersky from federal systems": the clause tells it
        if kind == "similar":
            own = self._like_step_targets(tok, set(imposers))
            targets, tsrc = (own, "syntax") if own else (self.context_targets(si), "context")
        else:
            targets, tsrc = self.find_targets(tok, set(imposers))
            if tsrc == "sentence":
                # "Spain's data agency, the AEPD, announced it had ordered X to ...": a body named in the acting
                # body's own phrase (its name, acronym, apposition) is no target, whatever else the sentence names;
                # a product there is a parse gone astray ("Somalia orders TikTok, Telegram blocked")
                side = {t.i for _, at in actors if at is not None for t in _own_subtree(_phrase_root(at))}
                outside = {m.entity_id for t in tok.sent if t.i not in side for m in [self.ctx.mention(t)] if m}
                targets = [t for t in targets if t in outside or self.ctx.kind(t) != "Organisation"]
            if any(self.is_network(t) for t in targets) and (
                not all(self.is_network(t) for t in targets)
                or (tsrc == "sentence" and tok.lemma_.lower() not in _NETWORK_CUTS)
            ):
                # "suspended TikTok as mobile data curbs continue": a platform's block and a shutdown are two measures,
                # and a connection is cut only where the clause names it ("the power to restrict traffic" under the
                # "sovereign internet" law cuts nothing), unless the word itself tells a cut ("the blackout")
                targets = [t for t in targets if not self.is_network(t)]
            if not targets and self._cut_off_place(tok):
                return  # "the Tigray region has been cut off from the internet": a place cut off, no app banned
            if (
                not targets
                and kind == "noun"
                and tok.head.lemma_.lower() in _WIDENING | {"tighten"}
                and any(c.dep_ in ("det", "poss") and c.lower_ in _TOLD_BEFORE for c in tok.children)
            ):
                self._deferred.append((tok, si))  # "planned to extend the restriction to state companies": told before
                return
            if (
                not targets
                and kind == "noun"
                and any(c.dep_ == "poss" for c in tok.children)
                and not any(c.dep_ in ("amod", "compound", "nummod", "prep") for c in tok.children)
                and any(
                    not bm.remention and bm.token.i < tok.i and set(imposers) <= set(bm.imposers)
                    for bm in self.mentions
                )
            ):
                # "Nebraska banned X on state devices in 2020. ... gave the wrong month for Nebraska's ban": the
                # imposer's ban told before, told again (not "Montana's statewide ban", a measure of its own)
                self._deferred.append((tok, si))
                return
            if not targets and kind == "noun" and tok.lemma_.lower() in _NETWORK_CUTS:
                return  # "Togo's shutdowns during protests": connections cut, not the story's app
            if not targets and tsrc != "refused" and not self._names_other_object(tok):
                targets, tsrc = self.context_targets(si, tok), "context"
        if tsrc in ("sentence", "context") and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in PRODUCT_NOUNS
            and not any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
            for c in tok.children
        ):
            # "ordered Google and Apple to remove 119 apps from their stores": those told to carry it out are no
            # target (unlike "ordered X to block its chatbot")
            targets = [t for t in targets if t not in self._executors(tok)]
        # "Apple removed the app after an order from the regulator": the company carrying out the order is no target
        targets = [t for t in targets if t not in self._compliers.get(tok.sent.start, set())]
        if not targets:
            return
        if tsrc in ("sentence", "context") and _talked_of(tok):
            # "have been discussing similar steps", "the parliament also discussed restrictions": talk of a measure
            # that names nothing it would ban is no plan ("is discussing a ban on X", "is considering similar
            # steps" stay proposed)
            return
        if all(self.is_network(t) for t in targets) and src != "syntax":
            # "Floods cut internet access across the north", "a power blackout left Spain without internet": a
            # connection is cut by a state only where the clause names the state as the one cutting it, never by the
            # story's country or the place it happened standing in for a missing or natural subject
            return
        if src == "fallback" and tsrc in ("sentence", "context"):
            return
        if src == "fallback" and tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return  # "to bar X from federal devices introduced in House": a headline torn from its "Bill"
        region = self.region(tok)
        widened = self._widened_to(tok)
        if widened is not None:
            region = [*region, *(t for t in widened.subtree if t not in region)]  # "... on state devices"
        # "barred pupils from using phones": a kind of device banned is what, not whose devices the ban reaches
        region = self._without_kinds(region, targets)
        status = "blocked_by_court" if tok.i in self._court_blocked else self.status_of(tok, kind, path, region)
        for imp in imposers:
            targets_i = [t for t in targets if t != imp]
            if not targets_i:
                continue
            status_i = status
            lawmaker = self._law_for(imp, tok, region, status)
            if lawmaker is not None:
                imp, guessed = lawmaker, guessed | {lawmaker}
                actor_words.setdefault(imp, set())
                if status_i == "in_force":
                    status_i = "enacted_law"  # "Congress barred the app ... as part of a spending bill"
            if (src != "syntax" or imp in guessed) and all(self._home_of(t) == imp for t in targets_i):
                continue  # a guessed imposer that is the targets' own country: the story's origin, not its actor
            scope, explicit = self.scope_of(tok, region, imp, actor_words.get(imp, set()))
            if not explicit and (tok.pos_ not in ("NOUN", "PROPN") or self._torn_verb(tok)):
                # a parser that attached "from state networks" elsewhere: read the rest of the clause
                tail = self._tail(tok) if tok.pos_ not in ("NOUN", "PROPN") else self._torn_tail(tok)
                tail_scope, tail_explicit = self.scope_of(tok, self._without_kinds(tail, targets), imp)
                if tail_explicit:
                    scope, explicit = tail_scope, True
            similar = kind == "similar" or any(
                c.lemma_.lower() in words("ban", "similar") for c in tok.children if c.dep_ in ("amod", "det")
            )
            # "New South Wales and Victoria announced their own restrictions": a like measure of their own, told with
            # no reach of its own, reaches as the one told before
            similar = similar or (
                tok.pos_ == "NOUN"
                and any(c.dep_ == "amod" and c.lower_ == "own" for c in tok.children)
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                and not any(t.lower_ in ("across", "throughout") for t in tok.subtree)  # "its own ban across the state"
            )
            if similar and not explicit and kind != "similar":
                # "Ontario announced its own ban on Wednesday, covering every resident of the province", "imposed its
                # own restrictions ..., ordering it off government phones only": the clause's tail tells the reach
                tail = self._own_measure_tail(tok)
                if tail:
                    tail_scope, tail_explicit = self.scope_of(tok, self._without_kinds(tail, targets), imp)
                    if tail_explicit:
                        scope, explicit = tail_scope, True
            if not explicit and not similar:
                ref = self._followed_ban(tok, targets_i)
                if ref is not None:
                    # "Quebec also followed Ottawa on TikTok in February, announcing its own ban": the reach of the
                    # ban it followed
                    scope, explicit = _rescope(ref.scope, self._kit_category(imp), _legislating(tok)), True
            if similar and not explicit:
                ref = next((bm for bm in reversed(self.mentions) if bm.scope and bm.scope_explicit), None) or next(
                    (bm for bm in reversed(self.mentions) if bm.scope), None
                )  # like the last ban whose reach the text told, not one read by default
                if ref is not None:
                    scope = _rescope(ref.scope, self._kit_category(imp), _legislating(tok))
                    explicit = True
            bm = BanMention(
                token=tok,
                sentence=si,
                rule=f"bans.{kind}",
                imposers=[imp],
                imposer_src=src,
                targets=targets_i,
                target_src=tsrc,
                scope=scope,
                scope_explicit=explicit,
                status=status_i,
                confidence=0.9 if src == "syntax" and tsrc == "syntax" else 0.7,
            )
            bm.laws = self._laws_near(tok)
            bm.by_government = any(
                self.ctx.category(eid) in ("government", "person")
                or (at is not None and at.lemma_.lower() in words("actors", "generic_government"))
                for eid, at in actors
            )
            if tsrc == "context" and explicit:
                bm.own_scope_cue = self.scope_of(tok, region, imp)[1]
            self.mentions.append(bm)

    def _own_measure_tail(self, tok) -> list:
        """The participle or relative clauses told after a measure of its own ("its own ban, covering every resident",
        "its own restrictions ..., ordering it off government phones", "its own ban, which applies to ..."), on the
        measure or on the verb that has it."""
        holders = [tok]
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            holders.append(verb)
        out = []
        for h in holders:
            for c in h.children:
                if c.i > tok.i and c.dep_ in ("advcl", "acl", "xcomp", "relcl") and c.pos_ in ("VERB", "AUX"):
                    out += [t for t in c.subtree if self.ctx.para[t.i] == self.ctx.para[tok.i]]
        return out

    def _like_step_targets(self, tok, imposer_ids: set[str]) -> list[str]:
        """ "Russia did the same with LinkedIn in 2016", "Sweden took similar steps against ZTE": a like step that
        names what it was taken on (lexicon ban.as_did_other_preps) bans that, not the targets of the ban it is like."""
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "attr") and c.lemma_.lower() == "same")]
        toks = [
            t
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in words("ban", "as_did_other_preps")
            for p in c.children
            # not one told by what it did ("with Microsoft, which hosted the tool")
            if p.dep_ == "pobj" and not any(r.dep_ == "relcl" for r in p.children)
            for t in _named(p)  # "with the app X and Y", not "with the backing of Z"
            if not _owner_in(t, p)  # nor a helper's ("with Google's help")
        ]
        return self.targets_in(toks, imposer_ids, tok) if toks else []

    def _remention(self, tok, si: int):
        """A re-mention adds evidence (and maybe a date) to the latest ban of its imposer or of the sentence."""
        if any(c.dep_ == "amod" and c.lower_ in _OTHER_BAN for c in tok.children):
            return  # "a separate statewide ban": another ban, not this story's one told again
        imposer = None
        for c in tok.children:
            if c.dep_ == "poss":
                found = self.subject_actors(c)
                if found:
                    imposer = self.ctx.normalise(found[0][0], found[0][1])
        if imposer is None:
            imposer = self._remention_owner(tok)
        candidates = [bm for bm in self.mentions if not bm.remention]
        if tok.lemma_.lower() in words("ban", "advisory_nouns"):
            # "the warning", "the guidance": the advice told last before it
            told = [bm for bm in candidates if bm.status == "advisory" and bm.token.i < tok.i]
            candidates = [max(told, key=lambda bm: bm.token.i)] if told else []
        if imposer is None:
            place = self._place_of(tok)
            if place is not None and not any(place in bm.imposers for bm in candidates):
                return  # "In Montana, a judge blocked the ban": not the Utah ban told before
        if imposer:
            candidates = [bm for bm in candidates if imposer in bm.imposers] or []
        followed = self._followed_side(tok)  # "The restriction follows similar moves by A": not A's
        same = [bm for bm in candidates if bm.sentence == si and bm.token.i not in followed]
        main = [bm for bm in candidates if bm.rule != "bans.similar"] or candidates
        # "The BTK blocked Wikipedia in 2017. The block stayed in place until ...": the ban told just before
        just_before = [
            bm
            for bm in main
            if bm.sentence == si - 1 and self.ctx.para[bm.token.i] == self.ctx.para[tok.i] and bm.rule == "bans.verb"
        ]
        opens = tok.i - tok.sent.start <= 1 and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        )
        if not just_before and opens and tok.dep_ in ("nsubj", "nsubjpass"):
            # "X ordered operators to block Y.\n\nThe directive, dated Friday, ...": a paragraph opened by the measure
            # told at the close of the one before
            just_before = [bm for bm in main if bm.sentence == si - 1 and bm.rule == "bans.verb"]
        if not just_before and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children):
            # "In 2023 it imposed a temporary ban on X. That suspension was lifted ...": the ban told just before,
            # whatever words told it
            just_before = [
                bm for bm in main if bm.sentence == si - 1 and self.ctx.para[bm.token.i] == self.ctx.para[tok.i]
            ]
        story = main
        if imposer is None and self.ctx.main_jurisdiction is not None:
            # "the order", "the move" with nobody named: the story's ban is its main country's, not a ban of another
            # that a subtitle told first ("X's move echoes Y's crackdown")
            home = self.ctx.main_jurisdiction

            def country(eid: str) -> str | None:
                entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz is not None else None
                return entry.country if entry is not None else None

            def at_home(bm) -> bool:
                """Of the main country (a place in it, a body of either); one whose country is unknown counts."""
                return any(country(e) is None or country(e) == country(home) for e in bm.imposers)

            if country(home) is not None and main and not at_home(main[0]):
                story = [bm for bm in main if at_home(bm)] or main
        ref = same[-1] if same else (just_before[-1] if just_before else (story[0] if story else None))
        its = any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children)  # "the court withdrew its order"
        if (imposer is None or its) and self._court_by_its_noun(tok):
            # "The X High Court ordered the regulator to suspend Y on 11 March. ... The court lifted the ban on 1
            # April after the regulator told it Y had agreed to block the accounts": the ban of the court told last
            # in the paragraph, not another's told in the sentence or the story's first
            courts = [
                bm
                for bm in self.mentions
                if not bm.remention
                and bm.token.i < tok.i
                and self.ctx.para[bm.token.i] == self.ctx.para[tok.i]
                and any(self.ctx.category(e) == "court" for e in bm.imposers)
            ]
            last = max(courts, key=lambda bm: bm.token.i) if courts else None
            # "The court lifted the ban on TikTok": not the court's own ban when the sentence names a product it
            # does not cover
            named = {
                m.entity_id
                for t in tok.sent
                if (m := self.ctx.mention(t)) is not None and self.ctx.kind(m.entity_id) == "Product"
            }
            if (
                last is not None
                and not (named - set(last.targets))
                and (ref is None or not any(self.ctx.category(e) == "court" for e in ref.imposers))
            ):
                ref = last
        if ref is None:
            return
        if imposer is None and tok.lemma_.lower() in words("ban", "nouns") and ref.scope_explicit:
            own_targets = self.targets_in(self.object_tokens(tok), set(ref.imposers), tok)
            scope, explicit = self.scope_of(tok, self.region(tok), ref.imposers[0])
            if explicit and scope != ref.scope and own_targets:
                # "a ban on TikTok on federal government devices was signed into law in 2022": another ban
                # of the same imposer, told with its own reach
                bm = _mention_like(
                    ref,
                    tok,
                    si,
                    "bans.noun",
                    targets=own_targets,
                    scope=scope,
                    scope_explicit=True,
                    status=self._own_status(tok),
                )
                bm.laws = self._laws_near(tok)
                self.mentions.append(bm)
                return
        told = self._named_apps(tok.sent)
        if not same and told and not told & set(ref.targets):
            # "A court blocked X on Wednesday. ... kept Wikipedia inaccessible for three years until a court ruled the
            # ban unconstitutional": the ban of the app the sentence names, not the one told before
            return
        named = self.targets_in(self.object_tokens(tok), set(ref.imposers), tok) if tok.pos_ == "NOUN" else []
        if named and not set(named) & set(ref.targets) and tok.dep_ == "dobj" and _lifts(tok.head):
            return  # "later lifted restrictions on A and B, but C has remained blocked": not C's ban lifted
        orderer = self._body_ordering(tok, ref) if imposer is None else None
        if orderer is not None:
            # "Pakistan blocked X ... 'the Authority has issued directions for blocking of X'": the country's block,
            # told as its regulator's order, is the regulator's own (merged with the country's told before)
            bm = _mention_like(ref, tok, si, "bans.noun", imposers=[orderer], imposer_src="syntax")
            bm.laws = self._laws_near(tok)
            self.mentions.append(bm)
            return
        bm = _mention_like(ref, tok, si, "bans.remention", imposer_src="syntax", scope_explicit=False, remention=True)
        if _never_done(tok) and not ref.remention:
            # "That ban was never implemented": decided, never in force
            ref.status = bm.status = "proposed"
            self.mentions.append(bm)
            return
        if self.status_of(tok, "noun", [tok], self.region(tok)) == "temporary" or self._lifted_by_its_own(tok, ref):
            bm.status = "temporary"
        if tok.i in self._court_blocked or self._ruled_unlawful(tok.sent):
            bm.status = "blocked_by_court"
        bm.laws = self._laws_near(tok)
        bm.ref = ref  # type: ignore[attr-defined]
        self.mentions.append(bm)

    def _court_by_its_noun(self, tok) -> bool:
        """The re-mention is the object of a verb undoing an order (lift, withdraw, revoke, rescind; not strike down,
        overturn or suspend, which a court does to another's ban) whose subject is "the court" (or "the judge"), no
        name."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ("lift", "withdraw", "revoke", "rescind"):
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.lemma_.lower() in words("actors", "court")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
            and self.ctx.mention(subj) is None
        )

    def _body_ordering(self, tok, ref) -> str | None:
        """A regulator or a court of the country whose ban ``ref`` is, told as the subject of issuing the order that
        the re-mention is the object of: "the Authority has issued directions for blocking of X", "the court issued an
        order for the blocking of X". Not a body of another country, nor one told only as carrying orders out."""
        if not ref.imposers:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "for":
            order = tok.head.head
            if order.lemma_.lower() not in _ORDER_NOUNS or order.dep_ != "dobj" or order.head.lemma_.lower() != "issue":
                return None
            verb, bodies = order.head, ("regulator", "court")
        elif (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "ccomp"
            and tok.head.head.lemma_ in ("say", "add", "state")
            and not any(c.dep_ in ("dobj", "dative") for c in tok.head.head.children)
        ):
            # "The regulator said the restriction, imposed under the Act, would remain until ...": it tells of its own
            # (not "told operators that the suspension was no longer valid": it passes on another's word)
            if not _tells_ban_continues(tok.head):
                return None  # "said the block would be lifted", "said the suspension had expired": no order kept
            verb, bodies = tok.head.head, ("regulator",)
        else:
            return None
        if _never_done(verb) or any(c.dep_ == "neg" for c in verb.children):
            return None  # "has not issued any direction for blocking of X"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self.subject_actors(subj) if subj is not None else []
        if len(found) != 1:
            return None
        body = self.ctx.normalise(found[0][0], found[0][1])
        if body is None or body in ref.imposers or self.ctx.category(body) not in bodies:
            return None
        home = ref.imposers[0]
        if self.ctx.kind(home) != "Jurisdiction" or self.ctx.jurisdiction_of(body) != home:
            return None
        return body

    def _named_apps(self, toks) -> set[str]:
        """The apps and sites from the gazetteer ``toks`` name (not kinds like "mobile internet" or "VPNs")."""
        if self.ctx.gaz is None:
            return set()
        apps = set()
        for t in toks:
            m = self.ctx.mention(t)
            if m is None or m.kind != "Product":
                continue
            entry = self.ctx.gaz.entries.get(m.entity_id)
            if entry is not None and entry.type == "app":
                apps.add(m.entity_id)
        return apps

    def _told_by_itself(self, bm, date_tok) -> bool:
        """The reporting verb a date hangs on has the ban's own imposer as its subject, named or described ("the
        German lender said on Wednesday"), not a third party ("NetBlocks said on Friday")."""
        verb = next((a for a in date_tok.ancestors if a.lemma_.lower() in _SAYING | {"confirm", "announce"}), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is None or subj.pos_ == "PRON":
            return False
        m = self.ctx.mention(subj)
        if m is not None:
            return self.ctx.normalise(m.entity_id, subj) in bm.imposers or m.entity_id in bm.imposers
        return any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and subj.lemma_.lower() in (
            words("actors", "generic_org") | words("actors", "generic_government") | _COMPANY_NOUNS
        )

    def _on_network_kit(self, ban: Ban, mentions: list) -> bool:
        """Every target is a maker of the kit networks are built with (the gazetteer's sector telecom_equipment):
        a ban on it told with no reach of its own ("shut Huawei out", "barred ZTE") keeps it out of the networks;
        a sales ban, a ban on phones or on the state's devices names its own reach and is not this, nor one on the
        approvals of its kit for the market ("banned approvals of new equipment from X": a sales ban)."""
        gaz = self.ctx.gaz
        if gaz is None or not ban.targets:
            return False
        market = words("scope", "market_approvals")
        if any(t.lemma_.lower() in market or t.lower_ in market for bm in mentions for t in bm.token.subtree):
            return False
        return all(
            (entry := gaz.entries.get(t)) is not None and entry.properties.get("sector") == "telecom_equipment"
            for t in ban.targets
        ) and any(self._tells_network(bm.token) for bm in mentions)

    @staticmethod
    def _tells_network(trigger) -> bool:
        """The ban's sentence names a network ("5G", "network", "core", "operators", lexicon scope.network_named), and
        the trigger bars its object from no act of its own that names none: "banned ZTE from buying American
        components", "barred Huawei from supplying ministries" is a trade ban, not one on the networks, unlike
        "barred Huawei from supplying its 5G network"."""
        net = words("scope", "network_named")

        def names(toks) -> bool:
            toks = list(toks)
            return any(t.lower_ in net or t.lemma_.lower() in net for t in toks) or any(
                a.like_num and b.lower_ == "g" and not a.whitespace_ for a, b in zip(toks, toks[1:], strict=False)
            )  # "5G" the tokenizer split in two

        if not names(trigger.sent):
            return False
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                acts = [c for c in prep.children if c.pos_ in ("VERB", "AUX") or c.tag_ == "VBG"]
                if any(not names(a.subtree) for a in acts):
                    return False
        return True

    def _lifted_by_its_own(self, tok, ref) -> bool:
        """ "He revoked that order two days later", "The regulator lifted the ban in May": a ban its own imposer
        (or whoever the pronoun stands for) ended was temporary; a court overturning it blocks it instead."""
        verb = tok.head
        if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _LIFT_VERBS - {"overturn"}:
            return False
        # "ordered X suspended, only to revoke the order two days later": a lifting told as what came next
        only_to = (
            verb.tag_ == "VB"
            and verb.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
        )
        if not _done(verb) or verb.i in self._court_verbs or (verb.tag_ not in ("VBD", "VBN") and not only_to):
            return False
        if any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "may", "might", "should", "be")
            for c in verb.children
        ) or any(_is_negated(a) for a in list(verb.ancestors)[:2]):
            return False  # "should not assume the block will be lifted soon"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and only_to:
            # who ordered it, revoking it: the subject of the nearest verb above, not what it banned ("ordered
            # Telegram suspended")
            subj = next(
                (
                    c
                    for a in verb.ancestors
                    for c in a.children
                    if c.dep_ == "nsubj" and (c.pos_ == "PRON" or self.subject_actors(c))
                ),
                None,
            )
        if subj is None:
            return tok.dep_ == "nsubjpass"  # "That suspension was lifted four weeks later"
        if subj.lemma_.lower() in words("actors", "court"):
            # a court ending its own order ("The court lifted the ban on 1 April"), not another's ban
            return any(self.ctx.category(e) == "court" for e in ref.imposers)
        if subj.pos_ == "PRON":
            return subj.lower_ in ("he", "she", "it", "they")
        found = self.subject_actors(subj)
        return bool(found) and any(self.ctx.normalise(e, t) in ref.imposers for e, t in found)

    def _followed_ban(self, tok, targets) -> BanMention | None:
        """The ban a clause says its actor followed ("followed Ottawa on TikTok", "joined Texas in banning X"): the
        latest mention of the followed actor on one of the same targets, with a reach the text told."""
        verb = next(
            (a for a in [tok, *tok.ancestors] if a.lemma_.lower() in ("follow", "join") and a.pos_ == "VERB"), None
        )
        if verb is None:
            return None
        if any(
            a.dep_ == "relcl" for a in [tok, *tok.ancestors] if a.i != verb.i and verb.i in {x.i for x in a.ancestors}
        ):
            return None  # "following Taiwan and Italy, whose regulator ordered X blocked": the followed one's own ban
        followed = {e for c in verb.children if c.dep_ in ("dobj", "pobj") for e, _ in self.actors_in(c)}
        followed = {self.ctx.normalise(e) or e for e in followed}
        told = [
            bm
            for bm in self.mentions
            if not bm.remention and bm.scope_explicit and set(bm.imposers) & followed and set(bm.targets) & set(targets)
        ]
        return told[-1] if told else None

    def _remention_owner(self, tok) -> str | None:
        """Whose ban a re-mention names without a possessive: a country's adjective ("the British ban", "the
        French measure"), or "there" right after it ("Belgium's prime minister said the suspension there was ..."):
        the last country named before it in the sentence."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                m = self.ctx.mention(c)
                if m is not None and m.kind == "Jurisdiction":
                    return self.ctx.normalise(m.entity_id, c)
                jid = self.ctx.gaz.demonyms.get(c.text) if self.ctx.gaz is not None else None
                if jid is not None and any(jid in bm.imposers for bm in self.mentions):
                    return jid  # a demonym the entity stage left unlinked, of a country told banning
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "there" and nxt.sent == tok.sent:
            for t in reversed(tok.doc[tok.sent.start : tok.i]):
                m = self.ctx.mention(t)
                if m is not None and m.kind == "Jurisdiction":
                    return self.ctx.normalise(m.entity_id, t)
        return None

    def _law_for(self, imp: str, trig, region, status: str) -> str | None:
        """A legislature that bans by making law: told as the one passing it ("the Senate passed a bill that would
        ban X"), the ban is its own; where only its members bring the bill ("Senators A and B introduced a bill in
        the Senate that would ban X"), its jurisdiction's; on its own members' devices it bans itself."""
        if self.ctx.category(imp) != "legislature" or "european" in _words_of(self.ctx.name(imp)):
            return None
        lemmas = {t.lemma_.lower() for t in region} | {t.lower_ for t in region}
        if _of_a_proposal(trig):
            lemmas.add("bill")  # "Bill to bar X from federal devices"
        sent = span_lemmas(trig.sent)
        # "Congress passed a measure in December that prohibits X": a measure a legislature passes is a law
        by_law = bool(lemmas & _LAWMAKING) or bool(
            sent & (_LAWMAKING | {"measure", "provision"})
            and sent & {"pass", "vote", "approve", "sign", "adopt", "enact"}
        )
        if not (by_law or status in ("proposed", "enacted_law")):
            return None
        if lemmas & words("scope", "legislature"):
            return None  # "a bill barring the app from lawmakers' phones": the legislature's own devices
        if self._legislature_acts(imp, trig) or self._legislature_bans(imp, trig):
            return imp  # "Congress passed a law that bans X", "the House voted to ban X": the legislature's own act
        home = self.ctx.jurisdiction_of(imp)
        if home is None:
            home = self._unnamed_home(imp, trig)
        return home if home is not None and self.ctx.kind(home) == "Jurisdiction" else None

    def _legislature_acts(self, imp: str, trig) -> bool:
        """The legislature itself is told as the one making the law in the ban's sentence: the subject of a verb
        of passing ("the Senate approved a bill that would ban X", "the Act that Congress passed"), not the place
        where lawmakers named as persons brought a bill ("Senators A and B introduced a bill in the Senate")."""
        for _, span in self.adoc.spans_of(imp):
            if span.sent.start != trig.sent.start:
                continue
            head = span.root
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _PASSING_VERBS:
                return True
            if head.dep_ == "nsubj" and _writes_into_a_law(head.head, trig):
                return True  # "Congress wrote a prohibition on X into the defense bill": the law is its own
            if head.dep_ == "dobj" and head.head.lemma_.lower() == "clear" and head.head.dep_ in ("relcl", "acl"):
                return True  # "The measure, which cleared the General Assembly, bars X": the law it passed
        return False

    def _legislature_bans(self, imp: str, trig) -> bool:
        """The legislature is the subject of the ban verb itself, in the active voice: "Congress banned X from
        federal devices through the Y Act", "Parliament moved to ban X in a bill": it acts, by its law (not
        "a law signed in December bars X", "Senators A and B want to ban X", "X was banned by a law of Congress")."""
        if trig.pos_ not in ("VERB", "AUX"):
            return False
        heads = {trig.i}
        gov = trig.head
        if (
            trig.dep_ == "xcomp"
            and gov.i != trig.i
            and gov.lemma_.lower() not in _ASKING_OTHERS
            and not any(c.dep_ in ("dobj", "obj", "dative") for c in gov.children)
        ):
            # "Congress moved to ban X"; not "Congress urged the Commerce Department to ban X" nor "called on the
            # government to ban X": the ban of the one asked
            heads.add(gov.i)
        for _, span in self.adoc.spans_of(imp):
            if span.sent.start != trig.sent.start:
                continue
            if span.root.dep_ == "nsubj" and span.root.head.i in heads:
                return True
        return False

    def _unnamed_home(self, imp: str, trig) -> str | None:
        """The country of a legislature the text never names: "the Senate" (known to the gazetteer as the US
        Senate), or "House lawmakers" under a WASHINGTON dateline. The country becomes an entity of the
        document, its mention the legislature's (or the dateline's) words."""
        gaz = self.ctx.gaz
        if gaz is None:
            return None
        entry = gaz.entries.get(imp)
        jid = gaz.by_country.get(entry.country or "") if entry is not None else None
        if jid is None:
            return self._dateline_jurisdiction()
        m = next((m for m in self.adoc.mentions if m.entity_id == imp), None)
        return self._ensure_jurisdiction(jid, (m.start, m.end) if m is not None else None)

    def _dateline_jurisdiction(self) -> str | None:
        """The country whose capital opens the story's dateline ("WASHINGTON (Wire) --")."""
        gaz = self.ctx.gaz
        match = _DATELINE_PLACE.search(doc_text(self.doc)[:800]) if gaz is not None else None
        if match is None:
            return None
        place = match.group(1).strip()
        refs = [r for r in gaz.candidates(place.title()) if r.how == "capital"]
        if len(refs) != 1:
            return None
        return self._ensure_jurisdiction(refs[0].entry_id, (match.start(1), match.start(1) + len(place)))

    def _named_country(self, eid: str, tok, bare: bool = False) -> str | None:
        """The country the first words of a body's name (or of its mention) name: "U.S. Navy", "Indian Army";
        ``bare``: only when the words after them are all a state body's ("Indian Army", "Dutch navy"), not a named
        group's whose name merely opens with a demonym ("Irish Republican Army")."""
        gaz = self.ctx.gaz
        m = self.ctx.mention(tok) if tok is not None else None
        if gaz is None or m is None:
            return None
        placed = self.ctx.jurisdiction_of(eid, tok)
        if placed is not None:
            # "the Scottish Government" where the text names only the UK: the devolved nation its name opens with
            entry = gaz.entries.get(placed)
            for word in self.ctx.name(eid).split()[:1]:
                jid = gaz.demonyms.get(word)
                sub = gaz.entries.get(jid) if jid else None
                if entry is not None and sub is not None and sub.type == "subdivision" and sub.country == entry.country:
                    return self._ensure_jurisdiction(jid, (m.start, m.end))
            return None
        for text in (m.text, self.ctx.name(eid)):
            words_ = text.removeprefix("the ").removeprefix("The ").split()
            for n in (3, 2, 1):
                if len(words_) <= n:
                    continue
                head = " ".join(words_[:n])
                home = gaz.lookup(head, ("Jurisdiction",))
                jid = home.id if home is not None else gaz.demonyms.get(head)
                if jid is not None and bare and any(w.lower() not in _BODY_WORDS for w in words_[n:]):
                    return None
                if jid is not None:
                    return self._ensure_jurisdiction(jid, (m.start, m.end))
        return None

    def _country_named_last(self, eid: str, tok) -> str | None:
        """The country a body's resolved name ends with ("Ministry of Justice of the United Kingdom"), else None."""
        gaz = self.ctx.gaz
        m = self.ctx.mention(tok) if tok is not None else None
        tail = self.ctx.name(eid).rsplit(" of ", 1)
        if gaz is None or m is None or len(tail) != 2:
            return None
        home = gaz.lookup(tail[1].removeprefix("the "), ("Jurisdiction",))
        if home is None or home.type != "country":
            return None
        return self._ensure_jurisdiction(home.id, (m.start, m.end))

    def _ensure_jurisdiction(self, jid: str, span) -> str | None:
        """A known jurisdiction as an entity of the document (mentioned by ``span``) when the text only implies it."""
        gaz = self.ctx.gaz
        home = gaz.entries.get(jid) if gaz is not None else None
        if home is None or home.kind != "Jurisdiction":
            return None
        if jid not in self.adoc.entities:
            if span is None:
                return None
            ent = entity_from(home)
            ent.mentions.append(self.adoc.evidence(span[0], span[1], "bans.unnamed_jurisdiction", 0.6))
            self.adoc.entities[jid] = ent
            self.ctx._category.pop(jid, None)
        return jid

    def _own_status(self, tok) -> str:
        """Status of a ban noun from its own clause ("was signed into law" -> enacted_law)."""
        status = self.status_of(tok, "noun", [tok], self.region(tok))
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if status == "in_force" and verb is not None:
            near = {t.lemma_.lower() for t in verb.subtree}
            if near & {"sign", "enact", "pass"} and near & {"law", "act", "bill", "legislation"}:
                return "enacted_law"
        return status

    def _inside_law(self, trig, actor_tok) -> bool:
        """The trigger describes a law ("a law that will ban X") that the actor's clause is about."""
        for a in [trig, *trig.ancestors]:
            if a.i == actor_tok.i or a.pos_ in ("VERB", "AUX") and any(c.i == actor_tok.i for c in a.children):
                return False
            if a.pos_ == "NOUN" and a.lemma_.lower() in ("law", "act", "legislation", "statute", "bill"):
                return True
        return False

    def _place_of(self, tok, before: int | None = None) -> str | None:
        """The jurisdiction a clause is set in: "In Montana, ..." (a locative on the clause's verb); with ``before``,
        only a locative told before that token."""
        verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and (before is None or c.i < before):
                for p in c.children:
                    m = self.ctx.mention(p) if p.dep_ == "pobj" else None
                    if m and m.kind == "Jurisdiction":
                        return m.entity_id
        return None

    def _laws_near(self, tok) -> list[str]:
        out = []
        for t in tok.sent:
            m = self.ctx.mention(t)
            if m and m.kind == "Law" and m.entity_id not in out:
                out.append(m.entity_id)
        return out


# a paragraph opening with a dateline: "WASHINGTON (Federal Wire) --", "WASHINGTON, March 13 -"
_DATELINE_PLACE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z .'\-]{2,}?)\s*(?:,|\(|--|[-\u2014\u2013] )", re.M)


def _bidden_in_passive(tok):
    """The passive verb of bidding a ban verb is the bidden act of ("Federal employees were ordered to remove X",
    "staff have been told to stop using X"), or None."""
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in _ADVISING_VERBS
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    ):
        return head
    return None


def _talked_of(tok) -> bool:
    """A measure only talked of: a vague measure noun ("restrictions", "similar steps"), never a ban noun ("debating a
    ban, which would cover ...", "discussed a block ... and ordered them to enforce it"), the object of "discuss",
    "debate", or "talk about/of" ("discussed restrictions")."""
    if tok.lemma_.lower() not in _TALK_VAGUE and tok.lower_ not in _TALK_VAGUE:
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _TALK_VERBS
    if tok.dep_ == "pobj" and tok.head.lower_ in ("about", "of", "on"):
        return tok.head.head.lemma_.lower() in _TALK_VERBS
    return False


def _by_providers(tok) -> bool:
    """The verb's subject, or that of the verb it completes ("providers started cutting off X"), is providers or
    operators (lexicon ban_rules.providers)."""
    for v in (tok, tok.head if tok.dep_ == "xcomp" else tok):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lower_ in _PROVIDERS or subj.lemma_.lower() in _PROVIDERS
    return False


def _told_as_an_order(tok) -> bool:
    """A ban told as an order others carry out: the complement of a verb of ordering ("ordered the social network
    suspended", "directed operators to block it"; lexicon ban.ordered_against) or an order noun itself ("an order
    to block X"; ban_rules.order_nouns); not a ban another told as done ("two years after China banned it")."""
    if tok.lemma_.lower() in _ORDER_NOUNS:
        return True
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        tok = tok.head  # "ordered the social network suspended" with the participle parsed as the network's
    return tok.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and tok.head.lemma_.lower() in words("ban", "ordered_against")


def extract_bans(adoc: AnnotatedDoc) -> list[Ban]:
    """Bans stated in the document, one per (imposer, targets, scope), each with its evidence sentences."""
    if not isinstance(adoc, AnnotatedDoc):
        raise TypeError(f"extract_bans needs an AnnotatedDoc, got {type(adoc).__name__}")
    return BanExtractor(adoc).run()


_LAW_NOUNS = frozenset({"law", "bill", "act", "legislation", "statute", "ordinance"})
# a court or its judge told by a common noun ("the court", "a judge", "the magistrate"; lexicon actors.court)
_COURT_WORDS = words("actors", "court") | {"magistrate"}


def _is_law_noun(tok) -> bool:
    """ "the law", "Senate Bill 419", "the Social Media Regulation Act" (not the verb "to act")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _LAW_NOUNS


_KEPT_LEMMAS = frozenset(("remain", "stay", "continue"))
_UNDONE_LEMMAS = frozenset(
    ("lift", "expire", "end", "revoke", "reverse", "overturn", "mistake", "error", "illegal", "unlawful", "wrong")
)


def _tells_ban_continues(clause) -> bool:
    """The reported clause tells the measure goes on ("would remain until ...", "will stay in place"), with no word
    of it lifted, expired, a mistake or illegal ("said the block would be lifted", "had expired", "was illegal")."""
    toks = list(clause.subtree)
    lemmas = {t.lemma_.lower() for t in toks}
    if lemmas & _UNDONE_LEMMAS or any(t.dep_ == "neg" and t.head.i == clause.i for t in toks):
        return False
    text = " ".join(t.lower_ for t in toks)
    if "no longer" in text:
        return False
    return bool(lemmas & _KEPT_LEMMAS) or "in place" in text


def _in_list_with_civil_body(root) -> bool:
    """A body listed with other bodies ("the Ministry of Trade and the Ministry of National Defense"), at least one
    of them civil: a ministry, department or agency no military word names and no possessive ties to another listed
    body ("its agencies")."""
    members = [root, *root.conjuncts]
    if not any(c.lemma_.lower() in _BODY_LEMMAS for c in root.conjuncts):
        return False
    military = words("scope", "military")
    return any(
        m.lemma_.lower() in _BODY_LEMMAS
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in m.children)
        and not any(t.lower_ in military for t in _own_subtree(m))
        for m in members
    )

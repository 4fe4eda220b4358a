"""MergeMixin: ban mentions merged into one Ban per (imposer, targets, scope)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from loaders.extract.bans._words import _ACTING_VERBS, _BIDDING_VERBS, _ORDER_NOUNS, _PROVIDERS, _RELATIVE
from loaders.extract.bans.clauses import (
    _earlier,
    _ends_itself,
    _lifted,
    _pluperfect,
    _same_time,
    _simple_past,
    _status_kind,
    _told_separately,
)
from loaders.extract.bans.dating import _SMALL_NUMBERS, _TENS
from loaders.extract.bans.records import BanMention
from loaders.extract.bans.syntax import _phrase_root, _stative_patient
from loaders.extract.bans.timing import _in_dateline, _is_effective, _moved_on, _pick_date
from loaders.extract.base import doc_text, span_forms
from loaders.extract.dates import dates_in
from loaders.extract.gazetteer import CAPITAL
from loaders.extract.lexicon import words
from loaders.model import Ban

# Word sets of the rules below, kept in lexicon.yaml's ``ban_rules`` section (its comments tell each one's use).
_MAKING = words("ban_rules", "making")


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "year": 366}
_COUNT_WORDS = {**_SMALL_NUMBERS, **_TENS, "forty": 40, "ninety": 90}  # "for thirty days", "for a week"
# "extending the original order", "carrying out the order", "under the same order": a later block told as the same
# order's, not another episode
_LINKING_LEMMAS = {"extend", "prolong", "renew", "carry", "implement", "enforce"}
_LINKED_ORDERS = {"order", "decision", "decree", "directive", "ruling"}


def _told_days(tok) -> int | None:
    """The length a block's sentence tells ("for 30 days", "for a week", "for one year"), in days, at most."""
    for f in tok.sent:
        if f.lower_ != "for" or f.dep_ != "prep":
            continue
        for p in f.children:
            unit = _UNIT_DAYS.get(p.lemma_.lower()) if p.dep_ == "pobj" else None
            if unit is None:
                continue
            for c in p.children:
                n = c.lower_.replace(",", "")
                count = int(n) if n.isdigit() else _COUNT_WORDS.get(n)
                if count and c.dep_ in ("nummod", "det", "quantmod"):
                    return count * unit
    return None


def _over_before(one, other) -> bool:
    """The temporary block ``one`` is over before ``other`` is told: its latest day plus the length its sentence tells
    falls before the other's earliest day (not "blocked X for 30 days on December 30, 2024 ... blocked X on January
    2, 2025"), and the other's sentence links it to no order told before ("extending the original order")."""
    days = _told_days(one.token)
    if days is None:
        return True
    try:
        parts = [int(x) for x in one.announced.split("-")]
        y, m = parts[0], parts[1] if len(parts) > 1 else 12
        last = date(y, m, parts[2] if len(parts) > 2 else monthrange(y, m)[1])
        parts = [int(x) for x in other.announced.split("-")]
        first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return True
    if last + timedelta(days=days) >= first:
        return False
    sent = other.token.sent
    if any(t.lemma_.lower() in _LINKING_LEMMAS and t.pos_ == "VERB" for t in sent):
        return False
    return not any(
        t.lemma_.lower() in _LINKED_ORDERS and any(c.lower_ in ("same", "original") for c in t.children) for t in sent
    )


# an EU institution's own premises ("its own offices", "its own IT network"): a ban on its own staff, not on the members'
# networks; nor is one of a sentence that leaves operators or member states out ("does not cover telecom operators")
_OWN_PREMISES = {"office", "building", "premise", "headquarters", "own"}
_NETWORK_KEEPERS = {"member", "state", "operator", "country", "government", "carrier"}


def _own_or_members_left_out(sent) -> bool:
    """The sentence names the institution's own premises, or members or operators under a denial."""
    return any(t.lemma_.lower() in _OWN_PREMISES for t in sent) or any(
        t.lemma_.lower() in _NETWORK_KEEPERS
        and t.tag_ in ("NNS", "NNPS")
        and any(c.dep_ == "neg" for a in t.ancestors for c in a.children)
        for t in sent
    )


# A measure decided before that takes effect or is extended in the publication's year: the same episode
_SAME_MEASURE = re.compile(
    r"\b(took|take|takes|taken|taking|came|come|comes|coming|went|go|goes|gone|entered|enter|enters) (into )?"
    r"(effect|force)\b|\bextend(s|ed|ing)?\b|\bmade (it|the ban|the block) permanent\b|\bwhen the law\b"
)


class MergeMixin:
    """BanExtractor's methods of merging ban mentions into one Ban per (imposer, targets, scope)."""

    # -- merging
    def merge(self) -> list[Ban]:
        bans: list[Ban] = []
        meta: list[dict] = []
        # the mentions that tell each mention again ("since the blackout began on July 18"), by the one they retell
        self._retold: dict[int, list[BanMention]] = {}
        for m in self.mentions:
            if m.remention and getattr(m, "ref", None) is not None:
                self._retold.setdefault(id(m.ref), []).append(m)

        def find(imp, targets, scope, explicit, kind="rule"):
            for i, b in enumerate(bans):
                if b.imposed_by != imp or not set(b.targets) & set(targets):
                    continue
                if self._other_episode(bm, meta[i]["mentions"]):
                    continue  # "X was also restricted in August last year": an earlier episode, not today's block
                if self._ended_episode(bm, meta[i]["mentions"]):
                    continue  # "X blocked Y for four days around the 2016 election": not the block of 2021
                if self._years_apart(bm, meta[i]["mentions"]):
                    continue  # "In November 2015, X blocked Y" in a story of the block that began "on July 18" 2024
                first_bm = meta[i]["mentions"][0]
                if bm.sentence != first_bm.sentence and (
                    _told_separately(self.adoc.sentences[bm.sentence])
                    or _told_separately(self.adoc.sentences[first_bm.sentence])
                ):
                    continue  # "Separately, the agency began blocking X on Tuesday": another measure
                if (
                    bm.target_src == "context"
                    and bm.rule == "bans.verb"
                    and first_bm.sentence < bm.sentence
                    and kind == _status_kind(b.status)
                    and (not explicit or not bm.own_scope_cue)
                ):
                    return i  # "The ministry said the ban would be enforced by software which can block the
                    # installation of unauthorised apps": naming no target of its own, it goes on telling that ban
                if (
                    {kind, _status_kind(b.status)} == {"advisory", "rule"}
                    and (b.scope == scope or not explicit or not meta[i]["explicit"])
                    and (self._title_line(bm.sentence) or self._title_line(first_bm.sentence))
                    and not (_pluperfect(bm.token) and not self._title_line(bm.sentence))
                    and not (
                        not self._title_line(bm.sentence)
                        and _also_told(bm.token)
                        and any(
                            not self._title_line(t.sentence) and _status_kind(t.status) != kind
                            for t in meta[i]["mentions"]
                        )
                    )  # "X will ban Y from work phones ... X also recommended that staff remove it from their own":
                    # the body told the rule itself, and its advice "also", another measure the headline did not sum up
                ):
                    return i  # a headline sums up the body's ban in looser words ("X tells agencies not to use Y")
                if (
                    kind != _status_kind(b.status)
                    and meta[i]["mentions"][0].sentence != bm.sentence
                    and "bans.similar" not in (bm.rule, meta[i]["mentions"][0].rule)
                ):
                    continue  # advice, a bill and a rule told apart are three measures ("blocked it on work
                    # computers ... On the 4th, the ministry recommended officials refrain from using it")
                if b.status != bm.status and (_earlier(bm.token) or _earlier(first_bm.token)):
                    continue  # "Ohio's earlier administrative ban was ordered in January": not the law told today
                if (
                    bm.rule == "bans.similar"
                    and meta[i]["mentions"][0].rule != "bans.similar"
                    and meta[i]["mentions"][0].sentence < bm.sentence
                    and self._named_body_acting(bm.token, imp)
                ):
                    continue  # "The Navy issued a similar order": another measure by the same country, not a re-telling
                if b.scope == scope or not explicit or not meta[i]["explicit"]:
                    return i
                # an EU parliament's ban told once on its staff's devices, once on its members' and staff's
                if {b.scope, scope} == {"staff_devices", "legislature_devices"} and self.ctx.category(imp) == "eu":
                    return i
            return None

        primaries = [bm for bm in self.mentions if not bm.remention]
        # "The centre had also recommended blocking them": advice that went before the rule told, its background
        primaries = [
            bm
            for bm in primaries
            if not (
                bm.status == "advisory"
                and bm.announced is None  # not "had advised staff on January 31 to avoid X": advice of its own day
                and _pluperfect(bm.token)
                and any(
                    o.status in ("in_force", "temporary")
                    and o.imposers[0] == bm.imposers[0]
                    and set(bm.targets) <= set(o.targets)
                    for o in primaries
                )
            )
        ]
        # explicit scopes first, so that a default scope merges into them
        order = sorted(primaries, key=lambda bm: not bm.scope_explicit)  # stable: in the order told
        owner: dict[int, int] = {}
        for bm in order:
            imp = bm.imposers[0]
            i = find(imp, bm.targets, bm.scope, bm.scope_explicit, _status_kind(bm.status))
            if i is None:
                bans.append(Ban(imposed_by=imp, targets=list(bm.targets), status=bm.status, scope=bm.scope))
                meta.append(
                    {"explicit": bm.scope_explicit, "dates": [], "eff": [], "first": bm.sentence, "mentions": []}
                )
                i = len(bans) - 1
            owner[id(bm)] = i
            told = meta[i]["mentions"]
            if (
                told
                and all(self._title_line(t.sentence) for t in told)
                and not self._title_line(bm.sentence)
                and _status_kind(bm.status) != _status_kind(bans[i].status)
            ):
                bans[i].status = bm.status  # the body tells what the headline summed up
            self._absorb(bans[i], meta[i], bm)
        for bm in self.mentions:
            if bm.remention:
                ref = getattr(bm, "ref", None)
                i = owner.get(id(ref)) if ref is not None else None
                if i is not None:
                    owner[id(bm)] = i
                    self._absorb(bans[i], meta[i], bm)
        for b, m in zip(bans, meta, strict=True):
            if (
                b.status == "in_force"
                and any(self._past_episode(bm) for bm in m["mentions"])
                and any(o is not b and o.imposed_by == b.imposed_by and set(o.targets) & set(b.targets) for o in bans)
            ):
                b.status = "temporary"  # an earlier episode of a block told again today has ended
        for b, m in zip(bans, meta, strict=True):
            # (an EU institution's ban told with no reach is its staff's by default; one on a network-kit maker, told
            # beside a network, is the members' networks: "urged member states to exclude Huawei from 5G")
            unreached = b.scope == "nationwide" or (
                b.scope == "staff_devices"
                and self.ctx.category(b.imposed_by) == "eu"
                and not any(_own_or_members_left_out(bm.token.sent) for bm in m["mentions"])
            )
            if unreached and not m["explicit"] and self._on_network_kit(b, m["mentions"]):
                b.scope = "telecom_network"  # "Costa Rica's 5G rules shut out Huawei": a network-kit maker's reach
        self._add_made_products(bans)
        bans, meta = self._merge_metonymy(bans, meta)
        self._legislatures_own(bans)
        primary = [bm for m in meta for bm in m["mentions"] if not bm.remention and bm.rule != "bans.similar"]
        first = min((bm.sentence for bm in primary), default=None)
        lede = {bm.imposers[0] for bm in primary if bm.sentence == first}  # the story's own ban(s)
        for b, m in zip(bans, meta, strict=True):
            if b.status == "proposed":
                m["dates"] += m.get("weighed", [])
            b.announced = _pick_date(m.get("decided") or m["dates"])
            finer = _pick_date([d for d in m["dates"] if not d[1]]) if m.get("decided") else None
            if finer and b.announced and len(finer) > len(b.announced) and finer.startswith(b.announced):
                b.announced = finer  # "a direction issued this month" refined by "has today issued a direction"
            counted = _pick_date(m.get("reckoned", []))
            if counted and (
                b.announced is None or (len(counted) > len(b.announced) and counted.startswith(b.announced))
            ):
                b.announced = counted  # "nine days after ...": only where no date as fine is told
            passing = bool(lede) and b.imposed_by not in lede and self._background(m)
            # "X and Y remain blocked": a state told now, its start not told; no date of the sentence before it, nor
            # the paper's day
            stative = all(_stative_patient(bm.token) is not None for bm in m["mentions"] if not bm.remention)
            stative = stative or m.get("split_undated", False)
            if b.announced is None and not stative:
                b.announced = self._date_before(b, m)
            b.effective = _pick_date(m["eff"])
            if (
                b.announced
                and b.effective
                and len(b.announced) == len(b.effective) == 10
                and b.effective < b.announced
                and m.get("took_effect")
                and not m.get("decided")
                and b.announced not in m.get("self_told", ())
            ):
                b.announced = b.effective  # "took effect late on Thursday, NetBlocks said on Friday": Thursday's
            if (
                b.announced is None
                and b.effective
                and self.published
                and b.effective < self.published[: len(b.effective)]
            ):
                b.announced = b.effective  # "blocked Wikipedia for almost three years from 2017": since 2017
            if b.announced is None and not stative and self._is_current(m, tense=not passing):
                told = min((bm.token.idx for bm in m["mentions"] if not bm.remention), default=0)
                b.announced = self.base_at(told)  # in a liveblog, the day of the entry that tells it
                if b.effective and len(b.effective) == 10 and b.effective < self.published:
                    b.announced = b.effective  # "took effect late on Thursday" in Friday's paper: Thursday's news
            b.evidence.sort(key=lambda e: e.start)
        return bans

    def _legislatures_own(self, bans) -> None:
        """ "In December a panel of top lawmakers voted to bar X from devices issued to legislators": a ban on the
        legislature's own devices credited to the state is the legislature's, where the story names that state's
        one legislature."""
        for b in bans:
            if b.scope != "legislature_devices" or self.ctx.category(b.imposed_by) != "jurisdiction":
                continue
            bodies = [e for e in self.adoc.entities if self.ctx.category(e) == "legislature"]
            # its own by name, else "the Legislature" told bare, of no other place
            houses = [e for e in bodies if self.ctx.jurisdiction_of(e) == b.imposed_by] or [
                e for e in bodies if self.ctx.jurisdiction_of(e) is None
            ]
            if len(houses) == 1 and not any(
                o.imposed_by == houses[0] and o.scope == b.scope and set(o.targets) & set(b.targets) for o in bans
            ):
                b.imposed_by = houses[0]

    def _carried_out(self, decided: dict, executed: dict) -> str | None:
        """ "The cabinet decided to ban X ... By night the regulator had instructed providers to block the app": the
        government decided first, the regulator only told the providers to carry it out ("executes"). A regulator's
        order to others ("directed radio stations to stop using X") after the government's own decision is a measure
        of its own ("apart"). None: no government decision told first."""
        # a headline naming the bare country ("Uganda orders social media shutdown") sums up the story; it tells no
        # decision before the body's. One naming a government organ does ("Nepal government bans TikTok").
        own = [bm for bm in decided["mentions"] if not bm.remention and not self._bare_country_headline(bm.sentence)]
        theirs = [bm for bm in executed["mentions"] if not bm.remention]
        if not own or not theirs or min(bm.sentence for bm in own) >= min(bm.sentence for bm in theirs):
            return None
        if not any(bm.by_government for bm in own):
            return None
        if all(_bidden(bm.token) for bm in theirs):
            return "executes"  # "The NTA has been directed to instruct providers to block the app": bidden to do it
        told = [_addressees(bm.token) for bm in theirs]
        if not all(told):
            return None
        if all(any(t.lower_ in _PROVIDERS for d in addressed for t in d.subtree) for addressed in told):
            return "executes"
        return "apart"

    def _past_episode(self, bm) -> bool:
        """ "Access to the platform was also restricted in August last year": a ban told with "also" and a date of its
        own before the publication's month is another, earlier episode of the same block."""
        if bm.remention or not bm.announced or not self.published or bm.rule != "bans.verb":
            return False
        if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in bm.token.children):
            return False
        n = min(len(bm.announced), 7)
        return bm.announced[:n] < self.published[:n]

    def _other_episode(self, bm, told) -> bool:
        """An earlier episode takes only mentions of its own date; the rest tell the story's own ban."""
        for one, others in ((bm, told), *((t, [bm]) for t in told)):
            if self._past_episode(one):
                if any(o.announced is None or not _same_time(o.announced, one.announced) for o in others):
                    return True
            elif self._past_reach(one) and any(
                o.scope != one.scope
                and o.sentence != one.sentence  # not "... in 2017, and Congress later wrote that prohibition into law"
                and (o.announced is None or not _same_time(o.announced, one.announced))
                for o in others
                if not o.remention
            ):
                return True  # "In March last year the government banned X from civil servants' phones": not today's
        return False

    @staticmethod
    def _ended_episode(bm, told) -> bool:
        """A block told as over (temporary) with a year of its own, beside one told in force with another year: two
        episodes ("Uganda blocked X for four days around the 2016 election" in a story of the 2021 block)."""
        for one, others in ((bm, told), *((t, [bm]) for t in told)):
            if one.remention or one.status != "temporary" or len(one.announced or "") < 4:
                continue
            dated = [o for o in others if not o.remention and o.announced]
            if dated and all(
                o.status == "in_force" and o.announced[:4] != one.announced[:4] and _over_before(one, o) for o in dated
            ):
                return True
        return False

    def _years_apart(self, bm, told) -> bool:
        """A block told with its own year at least two years before the publication's, beside a block whose mentions
        (with those that tell it again: "since the blackout began on July 18", "anywhere this year") date it only in
        the publication's year: two episodes ("In November 2015, Bangladesh blocked Facebook" in a story of the block
        of 2024). Mentions told with no date join either; "blocking X in 2016 and keeping it blocked until 2019" is
        one."""
        if bm.remention or not self.published or not self.published[:4].isdigit():
            return False
        now = int(self.published[:4])

        def years(mentions) -> set[int]:
            again = [a for m in mentions for a in self._retold.get(id(m), ())]
            # a mention's own dates, and when a block told again began ("since the blackout began on July 18"); not
            # the day a block told again was ruled on or lifted ("after the top court ruled the ban unconstitutional")
            told = [d for m in mentions for d in (m.announced, m.effective)] + [m.effective for m in again]
            return {int(d[:4]) for d in told if d and d[:4].isdigit()}

        if any(m.sentence == bm.sentence for m in told):
            return False
        own, others = years([bm]), years(told)
        for old, new, past, current in (([bm], told, own, others), (told, [bm], others, own)):
            if any(o.target_src != "syntax" for o in old):
                continue  # "Charter 97 is blocked already since 2018": what it names is no target, the one told stands
            if past and current == {now} and all(y <= now - 2 for y in past):
                if any(self._same_measure_on(self.adoc.sentences[n.sentence]) for n in new):
                    continue  # "The block took effect on January 2", "extended its ban": the old measure, no new one
                return True
        return False

    @staticmethod
    def _same_measure_on(sentence) -> bool:
        """A sentence telling a measure decided before taking effect or being extended ("took effect on January 2",
        "came into force", "extended its ban on X indefinitely", "made the ban permanent"), not a new block ("again")."""
        text = sentence.text.lower()
        if re.search(r"\bagain\b", text):
            return False
        return bool(_SAME_MEASURE.search(text))

    def _past_reach(self, bm) -> bool:
        """A ban told with a reach of its own and a month of its own at least two months before the publication's:
        an earlier measure of the same government, not the story's."""
        if bm.remention or not bm.scope_explicit or bm.rule != "bans.verb":
            return False
        if len(bm.announced or "") < 7 or len(self.published or "") < 7:
            return False
        return _moved_on(bm.announced[:7], 2, "month") <= self.published[:7]

    def _bare_country_headline(self, si: int) -> bool:
        """A headline that names no government organ ("Uganda orders shutdown of social media before the polls"; not
        "Nepal government bans TikTok", "Pakistan's cabinet approves ban on X"; lexicon
        ban_rules.headline_government_organs)."""
        organs = words("ban_rules", "headline_government_organs")
        return self._title_line(si) and not any(
            t.lower_ in organs or t.lemma_.lower() in organs for t in self.adoc.sentences[si]
        )

    def _title_line(self, si: int) -> bool:
        """The sentence is a line of its own with no closing punctuation: a headline or a subhead."""
        sent = self.adoc.sentences[si]
        text = doc_text(self.doc)
        own = sent.text.strip()
        if not own:
            return False
        first = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        start = text.rfind("\n", 0, first) + 1
        end = text.find("\n", first + len(own))
        line = text[start : len(text) if end < 0 else end].strip().lstrip("-•*–—· ").strip()  # a bulleted summary too
        return line == own and line[-1] not in ".!?:;\"'”"

    def _named_body_acting(self, trig, imposer: str) -> bool:
        """The verb of a trigger has a named subject that is a body acting for the imposer, not the imposer
        itself ("The Navy issued a similar order" for the United States)."""
        verb = trig.head if trig.pos_ in ("NOUN", "PROPN") else trig
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            m = self.ctx.mention(c)
            return m is not None and m.entity_id != imposer and self.ctx.kind(m.entity_id) == "Organisation"
        return False

    def _date_before(self, ban: Ban, m) -> str | None:
        """A date told in the sentence before: "On Wednesday Austria turned against X. Its minister said staff
        would no longer be allowed ...", "... the advice the government gave on Tuesday. The minister then urged"."""
        primary_sents = {bm.sentence for bm in self.mentions if not bm.remention}
        for bm in m["mentions"]:
            if bm.remention or bm.sentence == 0:
                continue
            sent = self.adoc.sentences[bm.sentence]
            prev = self.adoc.sentences[bm.sentence - 1]
            # "On Thursday, they finally acted. [paragraph] The minister told MPs that departments must stop ...": a
            # sentence that only tells that someone acted, and when, dates the act told next
            acted = (
                prev.root.lemma_.lower() in _ACTING_VERBS
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in prev.root.children)
                and bm.sentence - 1 not in primary_sents
            )
            # "Two other moves from yesterday set the scene. In A, the agency gave departments 30 days to drop X": a
            # sentence that tells only that steps were taken, and when, dates the steps told next
            subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
            steps = (
                subj is not None
                and subj.tag_ == "NNS"
                and subj.lemma_.lower() in words("ban", "weak_nouns") | words("ban", "nouns")
                and not any(self.ctx.mention(t) for t in prev)
                and bm.sentence - 1 not in primary_sents
            )
            acted = acted or steps
            if self.ctx.para[prev.start] != self.ctx.para[sent.start] and not acted:
                continue
            found = [
                (e, v)
                for e, v in dates_in(prev, self.base_at(prev.start_char))
                if not _in_dateline(e)
                and (not _is_effective(e) or steps and e.root.head.head.i == subj.i)  # "moves from yesterday"
            ]
            if not found:
                continue
            then = any(t.lower_ == "then" and t.dep_ == "advmod" and t.head.pos_ == "VERB" for t in sent)
            subject = None
            for t in prev:
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                    mt = self.ctx.mention(t)
                    subject = self.ctx.normalise(mt.entity_id, t) if mt else None
                    if mt is not None and mt.kind == "Organisation" and subject != ban.imposed_by:
                        # "Indonesia had moved against X. In 2023 the trade ministry issued ...": the paragraph's
                        subject = self._paragraph_topic(t) or subject
            if then or acted or (subject == ban.imposed_by and bm.sentence - 1 not in primary_sents):
                return found[-1][1]
            told = self._also_in_turn(bm)
            if told:
                return told  # "Early this month three ministries blocked X. State-run Y also barred its staff"
            for e, v in found:
                # "... as well as Belgium and France, which took similar steps in March. Belgium's government
                # barred X ...": the date of the same step told of this imposer just before
                if ban.imposed_by in self._doers_of_same(e):
                    return v
        return None

    def _also_in_turn(self, bm) -> str | None:
        """ "Early this month, three ministries blocked X on work computers. State-run Y also barred its employees
        from using the service": a ban told in the simple past with "also", right after the sentence telling a ban of
        the same target, is one more step of that time (not "Montana has also banned X": no time told). The time is
        that ban's own, not any other date of its sentence ("... citing a report published on January 28")."""
        if not (_simple_past(bm.token) and any(c.dep_ == "advmod" and c.lower_ == "also" for c in bm.token.children)):
            return None
        return next(
            (
                o.announced
                for o in self.mentions
                if o.sentence == bm.sentence - 1
                and not o.remention
                and set(o.targets) & set(bm.targets)
                and o.announced
            ),
            None,
        )

    def _doers_of_same(self, expr) -> set[str]:
        """Who did the same at the time ``expr`` tells ("A and B, which took similar steps in March", "C did the
        same in May"): the subject of the same-as verb the date hangs on, or the names a relative one stands for."""
        verb = next((a for a in expr.root.ancestors if a.pos_ == "VERB"), None)
        nouns = words("ban", "nouns") | words("ban", "weak_nouns")
        similar = any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in nouns
            and any(g.dep_ == "amod" and g.lower_ in words("ban", "similar") for g in c.children)
            for c in (verb.children if verb is not None else [])
        )  # "took similar steps", "imposed comparable restrictions"
        if verb is None or not (similar or self.same_as_trigger(verb)):
            return set()
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return set()
        doc = expr.doc
        if subj.lower_ in _RELATIVE:
            # the names just before ", which": walk back over the list they form
            out, i = set(), subj.i - 1
            if i >= 0 and doc[i].text == ",":
                i -= 1
            while i >= 0 and (self.ctx.mention(doc[i]) or doc[i].lower_ in ("and", ",", "the")):
                m = self.ctx.mention(doc[i])
                if m is not None:
                    out.add(self.ctx.normalise(m.entity_id, doc[i]))
                i -= 1
            return out
        return {self.ctx.normalise(m.entity_id, t) for t in subj.subtree if (m := self.ctx.mention(t)) is not None}

    def _background(self, m) -> bool:
        """A ban told as background: "X, Y and Z have all banned ... in recent weeks", "most states have"."""
        cues = set(words("status", "background"))
        for bm in m["mentions"]:
            if bm.remention:
                continue
            sent = self.adoc.sentences[bm.sentence]
            if span_forms(sent) & cues:
                return True
            if any(c.dep_ == "advmod" and c.lower_ in words("status", "background_adverbs") for c in bm.token.children):
                return True  # "the Defence Force has long prohibited X": a standing ban, not today's news
            subj = [c for c in bm.token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(len([c for c in s.subtree if c.dep_ == "conj"]) >= 2 for s in subj):
                return True  # a list of three or more imposers
        return False

    def _is_current(self, m, tense: bool = True) -> bool:
        """The story's own ban (in the lede, or told in the present tense) is dated by the publication date.

        ``tense=False``: another ban leads the story and this one is told as background ("X, Y and Z have
        all banned the app in recent weeks"): not today's news, wherever it stands.
        """
        if not self.published:
            return False
        for bm in m["mentions"]:
            if bm.remention or bm.rule == "bans.similar" or _lifted(bm.token) or _ends_itself(bm.token):
                continue
            tok = bm.token
            ranked = (
                tok.dep_ == "relcl"
                and tok.head.dep_ == "attr"
                and any(
                    c.dep_ == "amod" and c.lower_ in ("latest", "first", "newest", "last") for c in tok.head.children
                )
            )  # "Spain became the latest country to ban X": the story's own news
            if not ranked and any(a.dep_ in ("relcl", "advcl") for a in [tok, *tok.ancestors]):
                continue  # told in passing about someone else
            if not tense:
                continue
            if bm.sentence <= 2:
                return True
            clause = tok
            while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
                clause = clause.head
            adviser = next(
                (a for a in [tok, *tok.ancestors][:5] if a.lemma_.lower() in words("ban", "advisory_verbs")), None
            )
            if bm.status == "advisory" and adviser is not None and adviser.tag_ == "VBZ":
                return True  # "the centre recommends that businesses review X and consider removing it": advice now
            auxes = {c.lower_ for t in (tok, clause) for c in t.children if c.dep_ in ("aux", "auxpass")}
            if auxes & {
                "has",
                "have",
                "is",
                "are",
                "am",
            }:  # perfect, progressive or passive: news; bare present: a state
                return True
        return False

    def _absorb(self, ban: Ban, meta: dict, bm: BanMention):
        for t in bm.targets:
            if t not in ban.targets and not bm.remention:
                ban.targets.append(t)
        # the first mention sets the status; later ones may only make an in-force ban more specific
        upgrades = {"enacted_law", "blocked_by_court", "temporary"}
        if not meta["mentions"]:
            ban.status = bm.status
        elif ban.status == "in_force" and bm.status in upgrades:
            ban.status = bm.status
        elif bm.status == "blocked_by_court":
            ban.status = bm.status
        elif (
            not bm.remention
            and bm.rule != "bans.similar"
            and all(m.rule == "bans.similar" or m.remention for m in meta["mentions"])
        ):
            # "The Folketing followed suit on Friday. Its administration advised members to delete X": the ban told
            # in its own words, not the status borrowed from the one it resembles
            ban.status = bm.status
        if bm.announced and bm.status == "proposed" and bm.rule == "bans.similar":
            # "X blocked Y, and on Monday Z suggested its government should consider doing the same": the day a like
            # step was weighed dates a ban only if nothing more than the weighing is told
            meta.setdefault("weighed", []).append((bm.announced, bm.remention))
        elif bm.announced and bm.reckoned:
            meta.setdefault("reckoned", []).append((bm.announced, bm.remention))  # a date told outranks it
        elif bm.announced:
            meta["dates"].append((bm.announced, bm.remention))
            if bm.decided:
                meta.setdefault("decided", []).append((bm.announced, False))
        meta.setdefault("self_told", set()).update(getattr(bm, "self_told", set()))
        if bm.effective:
            meta["eff"].append((bm.effective, bm.remention))
            if bm.took_effect:
                meta["took_effect"] = True
        for law in bm.laws:
            if law not in ban.justified_by:
                ban.justified_by.append(law)
        meta["mentions"].append(bm)
        sent = self.adoc.sentences[bm.sentence]
        ev = self.adoc.evidence(sent.start_char, sent.end_char, bm.rule, bm.confidence)
        if all((e.start, e.end, e.extractor) != (ev.start, ev.end, ev.extractor) for e in ban.evidence):
            ban.evidence.append(ev)

    @staticmethod
    def _on_government_orders(tok) -> bool:
        """ "providers had been instructed to restrict the services on the government's orders", "blocked X at the
        request of the government": a body carrying out the government's order, not imposing its own."""
        government = words("actors", "generic_government")
        for t in tok.sent:
            if t.lemma_.lower() not in ("order", "instruction", "request", "directive", "direction", "behest"):
                continue
            if t.dep_ != "pobj" or t.head.lower_ not in ("on", "under", "at", "following", "upon", "by"):
                continue
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children]
            if any(o.lemma_.lower() in government or o.lower_ in government for o in owners):
                return True
        return False

    def _makers(self) -> dict[str, set[str]]:
        """Product -> the companies the text shows making or running it: "X, a chatbot made by C", "C's X",
        "C had geo-blocked X" (a company acting on a product is its operator)."""
        out: dict[str, set[str]] = {}
        for m in self.adoc.mentions:
            if m.kind != "Product":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = _phrase_root(span.root)
            found = []
            for c in root.children:
                if c.dep_ == "poss":
                    found.append(self.ctx.mention(c))
                if c.dep_ in ("acl", "appos"):
                    acl = c if c.dep_ == "acl" else next((g for g in c.children if g.dep_ == "acl"), None)
                    if acl is not None and acl.lemma_.lower() in _MAKING:
                        found += [self.ctx.mention(p) for a in acl.children if a.dep_ == "agent" for p in a.children]
            if root.dep_ == "dobj" and root.head.pos_ == "VERB":
                found += [self.ctx.mention(c) for c in root.head.children if c.dep_ == "nsubj"]
            for f in found:
                if f is not None and self.ctx.category(f.entity_id) == "company":
                    out.setdefault(m.entity_id, set()).add(f.entity_id)
        return out

    def _add_made_products(self, bans):
        """ "The regulator ordered OpenAI to stop processing Italians' data ... OpenAI geo-blocked ChatGPT": a
        regulator's or court's order on a company reaches the product the text shows the company running, when
        the story bans that product elsewhere."""
        if not any(self.ctx.category(t) == "company" for b in bans for t in b.targets):
            return
        makers = self._makers()
        banned = {t for b in bans for t in b.targets if self.ctx.kind(t) == "Product"}
        for b in bans:
            if self.ctx.category(b.imposed_by) not in ("regulator", "court"):
                continue
            if any(self.ctx.kind(t) == "Product" for t in b.targets):
                continue
            for product, companies in makers.items():
                if product in banned and companies & set(b.targets) and product not in b.targets:
                    b.targets.append(product)

    def _merge_metonymy(self, bans, meta):
        """ "Russia cut off access" when the regulator did it: the jurisdiction's ban folds into the body's."""
        drop = set()
        told = {m.entity_id for m in self.ctx.adoc.mentions if m.kind == "Jurisdiction"}  # the story's places
        for i, b in enumerate(bans):
            mine_cat = self.ctx.category(b.imposed_by)
            if mine_cat not in ("jurisdiction", "regulator"):
                continue
            for j, o in enumerate(bans):
                if i == j or j in drop or self.ctx.category(o.imposed_by) not in ("regulator", "court"):
                    continue
                if mine_cat == "regulator" and (
                    self.ctx.category(o.imposed_by) != "court" or meta[j]["first"] > meta[i]["first"]
                ):
                    continue  # a regulator blocking what a court ordered before carries out the court's ban
                home = b.imposed_by if mine_cat == "jurisdiction" else self.ctx.jurisdiction_of(b.imposed_by)
                theirs_home = self.ctx.jurisdiction_of(o.imposed_by)
                if theirs_home is None and self.ctx.gaz is not None:
                    # "the Swedish Post and Telecom Authority" in a story that never names Sweden: still Sweden's
                    name_words = self.ctx.name(o.imposed_by).split()
                    named = [self.ctx.gaz.demonyms.get(w.strip(".,'’")) for w in name_words]
                    # "the Ankara 1st Criminal Judgeship of Peace": a court named by its country's capital is its own
                    # (only when the story names that country: "the Tripoli Court of First Instance" in a story of
                    # Lebanon is no court of Libya's)
                    capitals = [_capital_of(self.ctx.gaz, w) for w in name_words]
                    named += [c for c in capitals if c in told]
                    theirs_home = next((n for n in named if n), None)
                if theirs_home not in (home, None) and home is not None:
                    continue  # Sweden's regulator does not act for Germany
                mine, theirs = _pick_date(meta[i]["dates"]), _pick_date(meta[j]["dates"])
                if theirs_home is not None and theirs_home == home:
                    # a body known to be the country's: dates of their own mentions only ("Nepal orders X blocked"
                    # over a regulator whose officials "said on Friday" what they did on Thursday)
                    own_mine = _pick_date([d for d in meta[i]["dates"] if not d[1]])
                    own_theirs = _pick_date([d for d in meta[j]["dates"] if not d[1]])
                    if own_mine and own_theirs:
                        mine, theirs = own_mine, own_theirs
                    else:
                        # one told no date of its own: its re-mentions' year still tells another event ("the court's
                        # ban of 2022" is not "the suspension ordered on Wednesday")
                        mine = (own_mine or mine or _pick_date(meta[i]["eff"]) or "")[:4] or None
                        theirs = (own_theirs or theirs or _pick_date(meta[j]["eff"]) or "")[:4] or None
                # one told only from when it ran ("tried to block X from April 2018"): that year still tells the event
                mine = mine or (_pick_date(meta[i]["eff"]) or "")[:4] or None
                theirs = theirs or (_pick_date(meta[j]["eff"]) or "")[:4] or None
                if mine and theirs and not _same_time(mine, theirs):
                    continue  # the court's ban of 2022 is not the country's of 2023
                if _coordinated_acts(meta[i]["mentions"], meta[j]["mentions"]) and (
                    set(b.targets) != set(o.targets) or meta[j]["dates"] or _told_as_sequel(meta[j]["mentions"])
                ):
                    # "Kenya suspended X in 2023 and its High Court later ordered the data deleted": two acts; the
                    # second, its day untold, takes no day of the sentence before nor the paper's
                    meta[j]["split_undated"] = not meta[j]["dates"]
                    continue
                carried = self._carried_out(meta[i], meta[j]) if mine_cat == "jurisdiction" else None
                if carried == "apart":
                    continue  # the government's ban, and the regulator's own order to others
                # the providers it told are the means, not the ban's reach; but a reach of its own wider than the
                # government's ("banned X on official phones ... directed operators to block the app nationwide") is
                # the regulator's own ban
                executes = carried == "executes" and not (meta[j]["explicit"] and _wider_reach(o.scope, b.scope))
                if set(b.targets) & set(o.targets) and (b.scope == o.scope or not meta[i]["explicit"] or executes):
                    if executes and meta[i]["explicit"]:
                        o.scope = b.scope  # "Nigeria suspended X ... the regulator directed telecom operators to block"
                    for t in b.targets:
                        if t not in o.targets:
                            o.targets.append(t)
                    o.evidence.extend(e for e in b.evidence if e not in o.evidence)
                    meta[j]["dates"].extend(meta[i]["dates"])
                    meta[j].setdefault("reckoned", []).extend(meta[i].get("reckoned", []))
                    meta[j]["eff"].extend(meta[i]["eff"])
                    meta[j]["mentions"].extend(meta[i]["mentions"])
                    if o.status == "in_force" and b.status in ("temporary", "blocked_by_court", "enacted_law"):
                        o.status = b.status  # "access was restored nine days after the regulator blocked it"
                    if mine_cat == "jurisdiction" and (
                        any(self._on_government_orders(m.token) for m in meta[j]["mentions"]) or executes
                    ):
                        o.imposed_by = b.imposed_by  # the regulator only carried out the government's order
                        if executes:
                            o.status = b.status  # the government's ban, as the government told it
                    drop.add(i)
                    break
        keep = [k for k in range(len(bans)) if k not in drop]
        return [bans[k] for k in keep], [meta[k] for k in keep]


_OPEN_REACHES = {"nationwide", "statewide", "telecom_network"}


def _addressees(trig) -> list | None:
    """Those a body bids to carry out a ban, if the trigger is told as that bidding: "instructed providers to block
    X" (the object of the verb), "will give instructions to all internet service providers to shut down X", "issued
    a directive to operators to block X" (the "to" phrase of the order noun). None: not told as a bidding."""
    head = trig.head
    if trig.dep_ == "xcomp" and head.lemma_.lower() in _BIDDING_VERBS:
        return [c for c in head.children if c.dep_ == "dobj"]
    if trig.dep_ not in ("xcomp", "advcl", "acl") or head.i == trig.i:
        return None
    if head.lemma_.lower() in _ORDER_NOUNS:
        givers = [head]  # "a directive to operators to block X"
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in _ORDER_NOUNS for c in head.children):
        # "gave instructions to providers to block X": the "to" phrase hangs on the order or on the verb
        givers = [head, *(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _ORDER_NOUNS)]
    else:
        return None
    return [
        p
        for o in givers
        for c in o.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ] or None


def _bidden(trig) -> bool:
    """The trigger is what its actor was bidden to do, a verb of bidding in the passive with no agent above it ("the
    regulator has been directed to instruct providers to block X", "the authority was ordered to block the app"): the
    body carries out another's decision; not "the regulator ordered providers to block X" (its own order to others)."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
        deps = {c.dep_ for c in cur.children}
        if cur.lemma_.lower() in _BIDDING_VERBS and "nsubjpass" in deps:
            return "agent" not in deps
    return False


def _capital_of(gaz, word: str) -> str | None:
    """The jurisdiction whose capital a word names ("Ankara" -> Turkey), if it names one."""
    return next((r.entry_id for r in gaz.candidates(word.strip(".,'’")) if r.how == CAPITAL), None)


def _wider_reach(theirs: str | None, mine: str | None) -> bool:
    """A reach over everyone ("nationwide", "for all users") is wider than one over devices, staff or accounts."""
    return theirs in _OPEN_REACHES and mine not in _OPEN_REACHES and mine is not None


def _clause_chain(tok) -> list:
    """The trigger and the verbs it is the complement of ("deleted", "ordered" for "ordered the data deleted", however
    the parser hangs the participle)."""
    out, cur = [tok], tok
    while len(out) < 4 and cur.head.i != cur.i:
        if cur.dep_ in ("xcomp", "ccomp"):
            cur = cur.head
        elif cur.dep_ == "acl" and cur.head.dep_ == "dobj":
            cur = cur.head.head
        else:
            break
        out.append(cur)
    return out


def _told_as_sequel(mentions) -> bool:
    """A clause that tells its act came after another ("its court later ordered X blocked", "then ordered")."""
    sequel = set(words("ban_rules", "sequel_adverbs"))
    return any(
        c.dep_ == "advmod" and c.lower_ in sequel
        for bm in mentions
        if not bm.remention
        for v in _clause_chain(bm.token)
        for c in v.children
    )


def _coordinated_acts(mine, theirs) -> bool:
    """Two bans told in one sentence by coordinated verbs, each with a subject of its own ("X suspended A and its
    court later ordered the data deleted"): two acts, not one act told by the country's name and its body's."""
    for bm in mine:
        for om in theirs:
            if bm.remention or om.remention or bm.sentence != om.sentence or bm.token.i == om.token.i:
                continue
            for v in _clause_chain(bm.token):
                for w in _clause_chain(om.token):
                    linked = (v.dep_ == "conj" and v.head.i == w.i) or (w.dep_ == "conj" and w.head.i == v.i)
                    if linked and all(any(c.dep_ == "nsubj" for c in x.children) for x in (v, w)):
                        return True
    return False


def _also_told(tok) -> bool:
    """The trigger's clause, or a clause it hangs on within three steps, is told with "also" ("The Parliament also
    recommended that members remove the app"): one more measure, not the one told before in other words."""
    for v in [tok, *list(tok.ancestors)[:3]]:
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children):
            return True
    return False

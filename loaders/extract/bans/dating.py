"""DateMixin: the announced and effective dates of ban mentions."""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.bans._words import (
    _DOCUMENT_NOUNS,
    _DOCUMENT_VERBS,
    _IMPOSE_VERBS,
    _LATER_ADVERBS,
    _SAYING,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import _ends_itself, _lifted, _report_date
from loaders.extract.bans.records import BanMention
from loaders.extract.bans.syntax import _conjuncts, _in_own_clause, _path_up, _stative_patient, _tree_distance
from loaders.extract.bans.timing import (
    _ahead,
    _barrier,
    _behind,
    _document_date,
    _future_weekday,
    _in_dateline,
    _is_effective,
    _later_exprs,
    _moved_on,
    _of_another_event,
    _own_time,
    _refines,
    _release_dateline,
)
from loaders.extract.base import span_forms, span_lemmas
from loaders.extract.dates import dates_in
from loaders.extract.lexicon import words

# "took effect today, a day after X announced it": the announcement told as so long before the taking effect; "it"
# closing its clause ("announced it." / "announced it,"), not "announced it would challenge ..." nor "announced it had
# fixed ...", and no company or firm as the announcer
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:took|takes|came|comes) (?:effect|into (?:force|effect))\b[^.;]*?\b(?P<n>a|an|one|two|three|four|five|six|"
    r"seven|\d+) (?P<unit>day|week)s? after\b(?:(?!\b(?:the )?(?:company|firm)\b)[^.;])*?"
    r"\b(?:announced|unveiled|ordered|decided on|declared) "
    r"(?:it(?=\s*(?:[.,;:]|$))|the (?:ban|move|measure|decision|order|restriction)\b)"
)


def _to_come(verb) -> bool:
    """A verb told as still to come: "will block X", "would ban X", "shall bar X"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)


def _a_start(expr) -> bool:
    """A date told as when a state began: "since 2010", "from March"."""
    before = expr.doc[expr.start - 1] if expr.start > 0 else None
    return expr[0].lower_ in ("since", "from") or (before is not None and before.lower_ in ("since", "from"))


class DateMixin:
    """BanExtractor's methods of when a ban was announced and took effect."""

    # -- dates
    def assign_dates(self):
        """Each date expression in a sentence goes to the nearest trigger in the tree (not across 'after' clauses)."""
        by_sent: dict[int, list[BanMention]] = {}
        for bm in self.mentions:
            if not _lifted(bm.token):  # "lifted its ban on X on Thursday": Thursday is the lifting's
                by_sent.setdefault(bm.sentence, []).append(bm)
                continue
            for c in bm.token.children:  # "lifted a ban on X that it imposed in October": October is the ban's
                if c.dep_ == "relcl" and c.lemma_.lower() in _IMPOSE_VERBS:
                    span = self.doc[c.left_edge.i : c.right_edge.i + 1]
                    found = [v for e, v in dates_in(span, self.base_at(span.start_char)) if not _is_effective(e)]
                    if found and bm.announced is None:
                        bm.announced = found[0]
        immediate = words("status", "immediate")
        for si, bms in by_sent.items():
            sent = self.adoc.sentences[si]
            found = dates_in(sent, self.base_at(sent.start_char))
            prev_date = None
            raw_exprs = _later_exprs(sent)
            nearest: dict[int, tuple[float, int, str]] = {}
            eligible: dict[int, list[str]] = {}
            owned: set[int] = set()  # mentions dated by a relative clause on their own imposer
            for bm in list(bms):
                for part in self._split_by_dates(bm, found, sent):
                    self.mentions.append(part)
                    bms.append(part)
                    owned.update((id(bm), id(part)))
            for expr, value in found:
                if _in_dateline(expr):
                    continue  # "AMMAN, Dec 16 (Wire) -": when the story was filed, not when the ban was
                if _of_another_event(expr):
                    continue  # "ahead of Thursday's election": the election's day
                prev_date = value
                eff = _is_effective(expr)
                if expr.text.lower().startswith(("the same ", "that same ")) and not eff:
                    # "X banned it in 2020, and Y, whose regulator barred it the same year": the trigger just before
                    undated = [bm for bm in bms if bm.token.i < expr.start and bm.announced is None]
                    if undated:
                        last = max(bm.token.i for bm in undated)
                        for bm in undated:
                            if bm.token.i == last:
                                bm.announced = value
                                owned.add(id(bm))
                        continue
                owner = self._relative_owner(expr, bms)
                if owner:
                    # "bans in A, where X signed an order on Nov. 29, and in B, where Y acted last week": each its own
                    for bm in owner:
                        if eff:
                            bm.effective = bm.effective or value
                        else:
                            bm.announced = value
                            owned.add(id(bm))
                    continue
                # the nearest mention the date can reach: not one behind an "after" clause ("signed an order on
                # Monday barring X, after Y did the same on December 7": Monday is the order's, not Y's)
                ranked = sorted((_tree_distance(bm.token, expr.root), k) for k, bm in enumerate(bms))
                reach = [(d, k) for d, k in ranked if not _barrier(bms[k].token, expr.root)]
                if not reach:
                    continue
                dist, k = reach[0]
                best = bms[k]
                verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if verb is not None and verb.i in self._court_verbs:
                    continue  # "a judge on Thursday blocked the law that banned ...": the ruling's date
                if (
                    verb is not None
                    and best.token.pos_ == "NOUN"
                    and verb.lemma_.lower() in _SAYING | {"speak", "confirm", "report", "announce"}
                    and verb.i not in {a.i for a in best.token.ancestors}
                    and best.token.i not in {a.i for a in verb.ancestors}  # not "the ban, announced on May 3"
                ):
                    continue  # "the minister, speaking on Friday, praised the approach, which included the X ban": the
                    # day it was spoken of, not the ban's
                if verb is not None and _ends_itself(best.token) and verb.i == best.token.head.i:
                    continue  # "the ban ... ended in January 2022": the end's date, not the ban's
                if _future_weekday(best.token, expr):
                    continue  # "a law that could shut down X on Sunday": a day ahead, which the past-leaning
                    # resolver would misplace a week back
                if eff:
                    if best.effective is None:
                        best.effective = _ahead(expr, value, self.base_at(sent.start_char), best.token)
                        verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                        best.took_effect = verb is not None and verb.tag_ == "VBD"
                else:
                    value = _behind(expr, value, self.base_at(sent.start_char), best.token)
                    if self.published and value[:4].isdigit() and value > self.published[: len(value)]:
                        # "decided in July that X must be removed before the end of 2027": a time still ahead of the
                        # story is a deadline, never the day the ban was told; on a ban told as still to come, the
                        # time the ban itself hangs on is when it starts ("Russia will block X on June 28, 2024")
                        if best.effective is None and verb is not None and verb.i == best.token.i and _to_come(verb):
                            best.effective = value
                        continue
                    eligible.setdefault(k, []).append(value)
                    reported = _report_date(best.token, expr.root)
                    if reported and self._told_by_itself(best, expr.root):
                        # "Acme has barred staff from X, the German lender said on Wednesday": its own announcement
                        best.self_told = getattr(best, "self_told", set()) | {value}  # type: ignore[attr-defined]
                    if reported and not (best.status == "advisory" and self._told_by_itself(best, expr.root)):
                        dist += 10  # "cut off access on Sunday evening, the regulator confirmed on Monday": the
                        # clause's own date before the day it was reported (advice said by its own giver is given
                        # on the day it is said: "the ministry said on Friday that agencies should avoid X")
                    if k not in nearest or (dist, -len(value)) < nearest[k][:2]:
                        nearest[k] = (dist, -len(value), value)
            for k, (dist, _, value) in list(nearest.items()):
                # "moved four years ago: the act, signed into law in August 2018, barred ...": a year told near the
                # verb is refined by a more precise date of that year told with the same ban
                finer = [v for v in eligible.get(k, []) if len(v) > len(value) and v.startswith(value)]
                if len(value) == 4 and finer:
                    nearest[k] = (dist, 0, max(finer, key=len))
            for k, (_, _, value) in nearest.items():
                for bm in bms:
                    if bm.token.i == bms[k].token.i and id(bm) not in owned:  # "Britain and Canada have banned"
                        bm.announced = value
            for expr, value in found:
                # "Rome, 30 January 2025 - the authority ordered a block of X": a release's dateline dates the ban
                # its sentence gives no other day (a weekday the text tells, reckoned from the dateline, comes first)
                if not _release_dateline(expr):
                    continue
                undated = [
                    (_tree_distance(bm.token, expr.root), k)
                    for k, bm in enumerate(bms)
                    if bm.announced is None and id(bm) not in owned and not _barrier(bm.token, expr.root)
                ]
                if undated:
                    k = min(undated)[1]
                    for bm in bms:
                        if bm.token.i == bms[k].token.i and bm.announced is None and id(bm) not in owned:
                            bm.announced = value
            for bm in bms:
                # "Iran blocked X and restricted mobile internet on Wednesday": a date closing the second of two verbs
                # with one subject is the time of both measures
                if bm.announced is not None or bm.token.pos_ != "VERB":
                    continue
                for c in bm.token.children:
                    if (
                        c.dep_ != "conj"
                        or c.pos_ != "VERB"
                        or any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in c.children)
                    ):
                        continue
                    dated = any(
                        next((a for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None) == c
                        and e.start > c.i
                        and not _is_effective(e)
                        and not _in_dateline(e)
                        for e, _ in found
                    )
                    other = next(
                        (o for o in bms if o.token.i == c.i and o.announced and o.imposers == bm.imposers), None
                    )
                    if dated and other is not None:
                        bm.announced = other.announced
                        break
            for expr, value in found:
                # "Earlier this month, A blocked X on work computers, and B blocked it on military ones": a date
                # told ahead of the first clause's subject sets the time of every clause coordinated with it
                root = expr.root.head
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if _in_dateline(expr) or _of_another_event(expr) or _is_effective(expr):
                    continue
                verb = next((a for a in expr.root.ancestors if a.pos_ == "VERB"), None)
                if verb is not None and verb.dep_ == "ROOT" and (subj is None or expr.end > subj.left_edge.i):
                    # "A said on Friday it would ban X, and B joined it": a clause that only joins the dated one
                    # is of its time
                    root = verb
                    for bm in bms:
                        joined = next((a for a in [bm.token, *bm.token.ancestors] if a.dep_ == "conj"), None)
                        if (
                            bm.announced is None
                            and joined is not None
                            and joined.head.i == root.i
                            and (
                                joined.lemma_.lower() in ("join", "follow")
                                or self.same_as_trigger(joined)
                                # "In March 2022, X blocked A and restricted access to B": a verb sharing the dated
                                # clause's subject, with no time of its own ("and later blocked C"), is of its time
                                or (
                                    joined.pos_ == "VERB"
                                    and _in_own_clause(bm.token, joined)
                                    and not any(
                                        c.dep_ in ("nsubj", "nsubjpass", "expl")
                                        or (c.dep_ in ("advmod", "npadvmod") and c.lower_ in _LATER_ADVERBS)
                                        # "and has pulled the plug on Y several times since then"
                                        or (c.dep_ == "prep" and c.lower_ in ("since", "after"))
                                        for c in joined.children
                                    )
                                    and not _own_time(joined, root)
                                )
                            )
                        ):
                            bm.announced = value
                    continue
                if root.dep_ != "ROOT" or subj is None or expr.end > subj.left_edge.i:
                    continue
                for bm in bms:
                    # the clause's verb, or the verb a ban hangs on ("and the Navy warned its members not to use X")
                    if bm.announced is None and any(
                        a.dep_ == "conj" and a.head.i == root.i for a in [bm.token, *bm.token.ancestors]
                    ):
                        bm.announced = value
            if prev_date:
                for expr in raw_exprs:
                    best = min(bms, key=lambda bm: _tree_distance(bm.token, expr.root))
                    for bm in bms:
                        if bm.token.i == best.token.i and bm.announced is None:  # coordinated imposers
                            bm.announced = prev_date[:4] if expr[-1].lower_ == "year" else prev_date[:7]
            if any(bm.announced is None for bm in bms) and re.search(
                r"\b(?:on )?(?:the same day|that same day|that day|the same date)\b", sent.text.lower()
            ):
                # "On Tuesday, the minister said ... On the same day, the PM's office decided ...": the day last told
                told = None
                for back in range(si - 1, max(si - 4, -1), -1):
                    prior = self.adoc.sentences[back]
                    vals = [v for e, v in dates_in(prior, self.base_at(prior.start_char)) if not _in_dateline(e)]
                    if vals:
                        told = vals[-1]
                        break
                if told:
                    for bm in bms:
                        if bm.announced is None:
                            bm.announced = told
            for bm in bms:
                if bm.announced is None:
                    bm.announced = self._time_before_told(bm.token, found) or self._some_time_earlier(bm.token, found)
                    bm.reckoned = bm.announced is not None
            if any(bm.announced is None for bm in bms):
                later = self._days_after_told(si)
                if later:
                    for bm in bms:
                        if bm.announced is None:
                            bm.announced, bm.reckoned = later, True
            if span_forms(sent) & immediate:
                for bm in bms:
                    if bm.effective is None and bm.announced:
                        bm.effective = bm.announced
            told = _ANNOUNCED_BEFORE.search(sent.text.lower())
            if told:
                # "X's ban on Y took effect today, a day after the minister announced it": announced that much before
                word = told.group("n")
                n = int(word) if word.isdigit() else _SMALL_NUMBERS.get(word, 1)
                for bm in bms:
                    if bm.effective and len(bm.effective) == 10 and bm.announced in (None, bm.effective):
                        bm.announced = _moved_on(bm.effective, -n, told.group("unit")) or bm.announced
        self._date_signing(by_sent)
        self._date_documents(by_sent)
        self._date_acts(by_sent)
        self._date_by_act_told_before(by_sent)
        for bm in self.mentions:
            if bm.announced is None:
                # "decided a ban one week before France": once every other ban has its day
                bm.announced = self._span_from_other(bm.token)
                bm.reckoned = bm.announced is not None
        for bm in self.mentions:
            # "Talks ended on Monday. X and Y remain blocked": a state told now, whose start the sentence does not
            # give; a date of the sentences before is another event's, and one of its own sentence is when the state
            # held ("remain banned today", "As of Monday, X remained blocked"), save its start ("since 2010")
            if (
                bm.announced
                and _stative_patient(bm.token) is not None
                and not any(
                    not _in_dateline(e) and _a_start(e)
                    for e, _ in dates_in(bm.token.sent, self.base_at(bm.token.sent.start_char))
                )
            ):
                bm.announced, bm.reckoned = None, False

    def _date_by_act_told_before(self, by_sent: dict[int, list]):
        """ "In October 2019 the Istanbul court ruled in favour of the taxi chamber. [...] The court agreed and ordered
        that access to X be blocked": a ban told with no date in its sentence, whose imposer is the subject of the
        main verb of the last dated sentence before it in the same paragraph (nothing else dated in between), was
        ordered at that time; not when that sentence's subject is someone else, nor across a paragraph."""
        for si, bms in by_sent.items():
            undated = [bm for bm in bms if bm.announced is None and not bm.remention and bm.imposers]
            if not undated or si == 0:
                continue
            sent = self.adoc.sentences[si]
            here = self.ctx.para[sent.start]
            for back in range(si - 1, max(si - 4, -1), -1):
                prior = self.adoc.sentences[back]
                if self.ctx.para[prior.start] != here:
                    break
                found = [
                    (e, v)
                    for e, v in dates_in(prior, self.base_at(prior.start_char))
                    if not _in_dateline(e) and not _of_another_event(e)
                ]
                if not found:
                    continue
                if len(found) != 1 or _is_effective(found[0][0]):
                    break
                expr, value = found[0]
                verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if (
                    verb is None
                    or verb.dep_ != "ROOT"
                    or verb.lemma_.lower() not in words("ban_rules", "deciding_verbs")
                ):
                    break
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                m = self.ctx.mention(subj) if subj is not None else None
                who = self.ctx.normalise(m.entity_id, subj) if m is not None else None
                for bm in undated:
                    # the ban's own clause names its maker again as its subject ("The court agreed and ordered ...")
                    own = next(
                        (c for a in [bm.token, *bm.token.ancestors] for c in a.children if c.dep_ == "nsubj"), None
                    )
                    mo = self.ctx.mention(own) if own is not None else None
                    if mo is not None:
                        named = self.ctx.normalise(mo.entity_id, own) == who
                    else:  # "the court", "the regulator": told again by what it is
                        named = own is not None and own.lemma_.lower() in words("actors", "generic_org")
                    if who is not None and bm.imposers[0] == who and named:
                        bm.announced = value
                break

    def _date_acts(self, by_sent: dict[int, list]):
        """ "Indiana joins A, B and C, whose governors have barred X. A's Governor Y signed an executive order on Nov.
        29; B's Governor Z acted on Monday": a sentence that tells no ban of its own, whose clauses tell, each with its
        date, an imposer's act (signing, issuing, acting), dates that imposer's undated ban told just before."""
        acting = {"sign", "issue", "act", "move", "order"}
        measures = words("status", "executive_acts") | words("ban", "nouns")
        bans_said = words("ban", "verbs") | words("ban", "nouns")

        def names_target(toks, bm) -> bool:
            return any((m := self.ctx.mention(t)) is not None and m.entity_id in bm.targets for t in toks)

        def act_of(verb, bm, parallel: bool, refine: bool = False) -> bool:
            """What was done is the measure: "signed an executive order", "issued a ban" (an order or ban noun), or a
            law or bill naming the banned thing; a bare "acted on Monday" names the banned thing in its sentence, or
            stands in a list of acts one of which is a measure. Not "signed a budget bill", "issued a warning".
            To `refine` a date the ban already has, the act must be the measure itself: an order or ban noun, or a
            bare act, not a thing that merely names the banned one ("signed an agreement with X on Nov. 30")."""
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                # "signed executive orders on Monday expanding school choice": an act whose own content names neither
                # a ban word nor the banned thing is some other act
                content = [
                    t
                    for c in [*obj.children, *(c for c in verb.children if c.i > obj.i)]
                    if c.dep_ in ("acl", "relcl") or (c.dep_ in ("advcl", "xcomp") and c.tag_ in ("VBG", "VBN"))
                    for t in c.subtree
                ]
                if content and not (any(t.lemma_.lower() in bans_said for t in content) or names_target(content, bm)):
                    return False
                return obj.lemma_.lower() in measures or (not refine and names_target(obj.subtree, bm))
            # "Alabama and Utah acted on Monday": a bare act, with nothing done but its date, right after the
            # imposer's ban was told is that ban's act (not "moved on Monday to expand broadband")
            bare = not any(c.dep_ in _BARE_ACT_EXTRAS for c in verb.children)
            named = not refine and names_target(verb.sent, bm)
            return parallel or named or (bare and verb.lemma_.lower() in ("act", "move"))

        paras = [self.ctx.para[s.start] for s in self.adoc.sentences]
        for si, sent in enumerate(self.adoc.sentences):
            if si in by_sent or si == 0:
                continue
            # told in the three sentences before, or in the paragraph before or this one ("A, B and C have barred X.
            # A signed an order on Nov. 29. ... C and D both issued orders on Monday")
            here = self.ctx.para[sent.start]
            before = max((p for p in paras[:si] if p < here), default=here)
            earlier = [
                bm
                for bm in self.mentions
                if bm.sentence < si
                and (si - 3 <= bm.sentence or before <= self.ctx.para[bm.token.i] <= here)
                and (bm.announced is None or len(bm.announced) < 10)
                and not bm.remention
            ]
            if not earlier:
                continue
            found = [(e, v) for e, v in dates_in(sent, self.base_at(sent.start_char)) if not _is_effective(e)]
            verbs = [
                (expr, value, next((a for a in expr.root.ancestors if a.pos_ == "VERB"), None))
                for expr, value in found
                if not _in_dateline(expr) and not _of_another_event(expr)
            ]
            verbs = [(e, v, verb) for e, v, verb in verbs if verb is not None and verb.lemma_.lower() in acting]
            # "A signed an executive order on Nov. 29; B acted on Monday": a list of acts, one of them a measure
            parallel = any(
                (o := next((c for c in verb.children if c.dep_ == "dobj"), None)) is not None
                and o.lemma_.lower() in measures
                for _, _, verb in verbs
            )
            for _, value, verb in verbs:
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
                    # "A's governor went first, signing an executive order on Nov. 29": the participle's doer
                    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                # "A's Governor Y and B's Governor Z both issued orders on Monday": each one named in the subject
                # acted (not one named in a clause or phrase on it: "the governor, who met X")
                named = [
                    t
                    for t in (subj.subtree if subj is not None else [])
                    if not any(a.dep_ in ("relcl", "acl", "prep", "appos") for a in _path_up(t, subj))
                ]
                for s in named:
                    m = self.ctx.mention(s)
                    if m is None:
                        continue
                    who = self.ctx.normalise(m.entity_id, s)
                    for bm in earlier:
                        if (
                            bm.imposers
                            and bm.imposers[0] == who
                            # "barred X in December. A's governor signed an order on Dec. 7": the day of the act
                            # makes the month told before precise, never moves it
                            and (bm.announced is None or _refines(value, bm.announced))
                            and act_of(verb, bm, parallel, refine=bm.announced is not None)
                        ):
                            bm.announced = value

    def _split_by_dates(self, bm: BanMention, found, sent) -> list[BanMention]:
        """ "blocked Signal in August and Discord in October": objects of one verb, each group followed by its own
        date, are bans of their own. `bm` keeps the first group and its date; one new mention per later group."""
        if bm.remention or not bm.targets:
            return []
        trig = bm.token
        lo, hi = trig.i, trig.right_edge.i
        dates = [
            (e, v)
            for e, v in found
            if lo < e.start and e.end - 1 <= hi and not _is_effective(e) and not _in_dateline(e)
        ]
        if len(dates) < 2:
            return []
        # a gapped second object hangs on the verb itself: "blocked X in August and [blocked] Y in October"
        gapped = {
            m.entity_id
            for c in trig.children
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and (m := self.ctx.mention(c)) is not None
            if self.ctx.category(m.entity_id) in TARGET_CATEGORIES
        }
        wanted = set(bm.targets) | gapped
        if len(wanted) < 2:
            return []
        told: dict[str, int] = {}  # each target's first naming after the verb, inside its clause
        for tok in sent:
            m = self.ctx.mention(tok) if lo < tok.i <= hi else None
            if m is not None and m.entity_id in wanted:
                told.setdefault(m.entity_id, tok.i)
        if set(told) != wanted:
            return []  # a target the words do not name here (a maker's product, one told before)
        seq = sorted([(i, "t", eid) for eid, i in told.items()] + [(e.start, "d", (e, v)) for e, v in dates])
        if seq[0][1] != "t" or seq[-1][1] != "d":
            return []
        groups: list[tuple[list[str], tuple]] = []
        names: list[str] = []
        for _, what, item in seq:
            if what == "t":
                names.append(item)
            elif not names:
                return []  # two dates in a row: not one date per object
            else:
                groups.append((names, item))
                names = []
        if len(groups) < 2:
            return []
        for (_, (e, _v)), (nxt, _d) in zip(groups, groups[1:], strict=False):
            between = self.doc[e.end : told[nxt[0]]]
            if not any(t.dep_ == "cc" or t.lower_ in (",", ";") for t in between):
                return []  # "banned X in May, Y ...": the next object must open a coordinated part
        base = self.base_at(sent.start_char)
        first, (e0, v0) = groups[0]
        bm.targets = first
        bm.announced = _behind(e0, v0, base, trig)
        parts = []
        for names, (e, v) in groups[1:]:
            part = replace(bm, targets=list(names), announced=_behind(e, v, base, trig))
            parts.append(part)
        return parts

    def _time_before_told(self, trig, found) -> str | None:
        """ "restored access on Friday, ten days after it blocked the platform": the day of the clause the ban is
        told under, moved back by the time it names."""
        clause = trig if trig.dep_ in ("advcl", "ccomp") else None  # (an "after" clause parsed as a complement)
        after = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None) if clause else None
        if after is None:
            return None
        # "ten days after it blocked", the span hung on the clause or on its "after"
        span = next(
            (c for c in [*clause.children, *after.children] if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS),
            None,
        )
        if span is None:
            return None
        num = next((c for c in span.children if c.dep_ in ("nummod", "det")), None)
        word = num.lower_ if num is not None else "a"
        n = int(word) if word.isdigit() else _SMALL_NUMBERS.get(word) or _TENS.get(word)
        inside = {t.i for t in clause.subtree}
        told = [v for e, v in found if e.root.i not in inside and any(a.i == clause.head.i for a in e.root.ancestors)]
        if not n or not told:
            return None
        return _moved_on(told[-1], -n, span.lemma_.lower())

    def _span_from_other(self, trig) -> str | None:
        """ "The United Kingdom decided a ban on X one week before France", "barred it two days after Italy": the day
        of the named jurisdiction's ban told before, moved by the span (on the verb the ban hangs on, or its own)."""
        for verb in [trig, *list(trig.ancestors)[:2]]:
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
                    continue
                span = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS), None)
                other = next((c for c in prep.children if c.dep_ == "pobj"), None)
                m = self.ctx.mention(other) if other is not None else None
                if span is None or m is None or m.kind != "Jurisdiction":
                    continue
                num = next((c for c in span.children if c.dep_ in ("nummod", "det")), None)
                word = num.lower_ if num is not None else "a"
                n = int(word) if word.isdigit() else _SMALL_NUMBERS.get(word) or _TENS.get(word)
                eid = self.ctx.normalise(m.entity_id, other) or m.entity_id
                days = [
                    o.announced
                    for o in self.mentions
                    if eid in o.imposers and o.token.i < trig.i and o.announced and len(o.announced) == 10
                ]
                if n and len(set(days)) == 1:
                    got = _moved_on(days[0], -n if prep.lower_ == "before" else n, span.lemma_.lower())
                    return got if got and (not self.published or got <= self.published[: len(got)]) else None
        return None

    @staticmethod
    def _some_time_earlier(trig, found) -> str | None:
        """ "banned X in December 2022, mirroring orders issued weeks earlier by A and B": an untold span back from
        the date told in the sentence, so only the year stands (when the span is weeks or months)."""
        own = {t.i for t in trig.subtree} | {trig.head.i}
        for t in trig.sent:
            if t.lower_ != "earlier" or t.head.i not in own:
                continue
            span = next((c for c in t.children if c.dep_ == "npadvmod" and c.lower_ in ("days", "weeks")), None)
            if span is None or any(c.like_num for c in span.children):
                continue
            told = [v for e, v in found if e.root.i not in own]
            # some weeks back from March or later stays in the year; from January it may not
            if told and (len(told[-1]) == 4 or int(told[-1][5:7]) >= 3):
                return told[-1][:4]
        return None

    def _days_after_told(self, si: int) -> str | None:
        """ "Italy's regulator acted on January 30. [...] A day later, Taiwan barred X": the day told last before
        (in the four sentences before), moved on by the sentence's "a day later", "two weeks later", "the next day"."""
        sent = self.adoc.sentences[si]
        m = _LATER.search(sent.text)
        if m is None:
            return None
        if m.group("after"):
            n, unit = 1, "day"
        elif m.group("next"):
            n, unit = 1, m.group("next").lower()
        elif m.group("before"):
            n, unit = -1, "day"
        elif m.group("prev"):
            n, unit = -1, m.group("prev").lower()
        elif m.group("bn"):
            word = m.group("bn").lower()
            n, unit = -(int(word) if word.isdigit() else _SMALL_NUMBERS[word]), m.group("bunit").lower()
        else:
            word = m.group("n").lower()
            n, unit = (int(word) if word.isdigit() else _SMALL_NUMBERS[word]), m.group("unit").lower()
        told = 0
        for back in range(si - 1, -1, -1):
            prior = self.adoc.sentences[back]
            if len(prior) > 4:  # a subhead ("Taiwan") is no sentence told
                told += 1
            if told > 4:
                return None
            vals = [v for e, v in dates_in(prior, self.base_at(prior.start_char)) if not _in_dateline(e)]
            if vals:
                got = _moved_on(vals[-1], n, unit)
                return got if got and (not self.published or got <= self.published[: len(got)]) else None
        return None

    def _relative_owner(self, expr, bms) -> list:
        """The mentions whose imposer a date's relative clause hangs on ("in Maryland, where ... last week"), or
        the imposer the date is told with ("Texas on Tuesday and Taiwan on Friday barred X")."""
        prep = expr.root.head
        if expr.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            m = self.ctx.mention(prep.head)
            if m is not None and m.kind == "Jurisdiction" and prep.head.dep_ in ("nsubj", "nsubjpass"):
                eid = self.ctx.normalise(m.entity_id, prep.head)
                mine = [bm for bm in bms if bm.imposers == [eid]]
                if mine and len({bm.token.i for bm in bms}) < len(bms):  # only among coordinated imposers
                    return mine
        for a in expr.root.ancestors:
            if a.dep_ == "relcl":
                m = self.ctx.mention(a.head)
                if m is None:
                    return []
                eid = self.ctx.normalise(m.entity_id, a.head)
                mine = [bm for bm in bms if bm.imposers == [eid]]
                if mine and len({bm.token.i for bm in bms}) < len(bms):  # only among coordinated imposers
                    same = {bm.token.i for bm in mine}
                    if any(bm.token.i in same and bm.imposers != [eid] for bm in bms):
                        # "Australia and Taiwan, which banned X earlier this month": a clause after the whole
                        # list is every conjunct's, unless a later one has its own ("A, where ..., and B, which")
                        others = [c for c in _conjuncts(a.head) if c.i != a.head.i]
                        own = (
                            not others
                            or any(c.i > a.i for c in others)
                            or any(g.dep_ == "relcl" for c in others for g in c.children)
                        )
                        return mine if own else [bm for bm in bms if bm.token.i in same]
                return []
        return []

    def _date_documents(self, by_sent: dict[int, list]):
        """ "The order, dated May 21, ...", "In a notice issued on Friday, January 31, the ministry said ...": the
        date on the decision's document is when it was decided, whatever day the story reports it on."""
        primaries = [bm for bm in self.mentions if not bm.remention and bm.rule != "bans.similar"]
        for si, sent in enumerate(self.adoc.sentences):
            for expr, value in dates_in(sent, self.base_at(sent.start_char)):
                if _in_dateline(expr):
                    continue
                if not _document_date(expr):
                    # a sentence telling no ban of its own ("The Navy had told its members in an email last Friday to
                    # refrain from X" is the Navy's ban)
                    told = None if by_sent.get(si) else self._told_in_a_document(expr, primaries, si)
                    if told is not None:
                        told.announced, told.decided = value, True
                    continue
                here = by_sent.get(si, [])
                # "The block, set out in a notice dated May 2, follows similar steps by A": the notice is not A's
                followed = set().union(*(self._followed_side(t) for t in sent if self.trigger_kind(t) == "noun"))
                # "The decision, announced on Monday, follows A's move last Thursday": the document's own noun
                # follows A's ban, which its date is not (the ban it dates is told before)
                told_after = set().union(
                    *(self._followed_side(t) for t in expr.root.ancestors if t.lemma_.lower() in _DOCUMENT_NOUNS)
                )
                here = [bm for bm in here if bm.token.i not in followed | told_after] or (
                    here if not told_after else []
                )
                earlier = [bm for bm in primaries if bm.sentence < si]
                bm = here[0] if here else (max(earlier, key=lambda b: b.sentence) if earlier else None)
                if bm is None:
                    continue
                if (
                    bm.announced
                    and bm.sentence == si
                    and not any(t.lower_ in _DOCUMENT_VERBS for t in expr.root.ancestors)
                ):
                    continue  # only sent: the ban's own date stands
                bm.announced, bm.decided = value, True
                break

    def _told_in_a_document(self, expr, primaries, si: int):
        """ "X has told operators to stop buying Y. X said in a notice late on Sunday that ...": the day the imposer
        of a ban told just before, with no date of its own, set it out in a decision's document (not "said in a
        statement"); the ban it dates, or None."""
        verb = next((a for a in list(expr.root.ancestors)[:5] if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in (_SAYING - {"tell"}) | {"announce"}:
            return None
        if not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in _DOCUMENT_NOUNS for g in c.children)
            for c in verb.children
        ):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        if m is None:
            return None
        earlier = [bm for bm in primaries if si - 2 <= bm.sentence < si and bm.announced is None]
        speaker = {m.entity_id, self.ctx.normalise(m.entity_id, subj)}
        own = [bm for bm in earlier if speaker & set(bm.imposers)]
        return own[-1] if own and len(earlier) == len(own) else None

    def _date_signing(self, by_sent: dict[int, list]):
        """ "... signed the bill into law in May." with no ban told there: the date of the law banned before."""
        for si, sent in enumerate(self.adoc.sentences):
            if si in by_sent:
                continue
            lemmas = span_lemmas(sent)
            if not (lemmas & {"sign", "enact", "pass"} and lemmas & {"law", "bill", "act", "legislation"}):
                continue
            found = [(e, v) for e, v in dates_in(sent, self.base_at(sent.start_char)) if not _is_effective(e)]
            if not found:
                continue
            earlier = [
                bm
                for bm in self.mentions
                if bm.sentence < si and bm.status in ("enacted_law", "blocked_by_court") and not bm.remention
            ]
            if earlier and all(bm.announced is None for bm in earlier if bm.imposers == earlier[-1].imposers):
                # "cleared the Legislature in April and was signed by the governor in May": the signing's date
                signed = [
                    v
                    for e, v in found
                    if next((a for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), e.root).lemma_.lower()
                    in ("sign", "enact")
                ]
                earlier[-1].announced = signed[0] if signed else found[0][1]


# What makes an act more than a bare one ("moved to expand broadband", "acted against fraud", "acted because ...")
_BARE_ACT_EXTRAS = ("dobj", "xcomp", "ccomp", "advcl", "dative", "attr", "acomp", "oprd", "agent")
_UNITS = {"day", "week", "month", "year"}
_TENS = {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "A day later,", "two weeks later", "the next day", "the following day": a time told from the last date before
_LATER = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|\d)\s+(?P<unit>day|week|month|year)s?\s+later"
    r"|the (?:next|following) (?P<next>day|month|year)|(?P<after>the day after))\b"
    # "A week earlier,", "The day before, the ministry confirmed ...": back from the last date told (not "the day
    # before the vote", told from an event)
    r"|\b(?:(?P<bn>an?|one|two|three|four|five|six|seven|\d)\s+(?P<bunit>day|week|month|year)s?\s+(?:earlier|before)"
    r"|the (?:previous|preceding) (?P<prev>day|month|year)|(?P<before>the day before))(?=\s*[,.;])",
    re.I,
)

"""StatusMixin: the status of a ban."""

from __future__ import annotations

import re

from loaders.extract.bans._words import (
    _ACTING_VERBS,
    _COMPELLING,
    _ENACTING_VERBS,
    _LAW_VEHICLES,
    _LAWMAKING,
    _LEGISLATORS,
    _ORDER_MARKS,
    _PROPOSAL_SETTLED,
    _PROPOSALS,
    _RULE_NOUNS,
    _TABLING_VERBS,
    KEPT_WORDS,
)
from loaders.extract.bans.clauses import (
    _LIFT_NOUNS,
    _access_back_after,
    _back_later,
    _carries_out_a_ban,
    _done,
    _ends_itself,
    _given_up_later,
    _lifts,
    _no_one,
    _of_a_proposal,
    _on_event_day,
    _only_in_view,
    _open_question,
    _other_ban_clauses,
    _other_ban_subclauses,
    _outlives_event,
    _outside_contrast,
    _over_after,
    _repeated,
    _said_of_another,
    _simple_past,
    _still_in_force,
    _still_standing,
    _torn_advice,
    _turns_about,
    _undoing_of_a_ban,
    _undone_later,
    _written_into_law,
)
from loaders.extract.bans.context import _civil_head, _words_of
from loaders.extract.bans.reach import _upheld_law
from loaders.extract.bans.syntax import _is_negated, _phrase_root, _stative_patient
from loaders.extract.bans.timing import _further_notice
from loaders.extract.base import span_forms, span_lemmas
from loaders.extract.dates import _MONTH_WORDS, resolve_date
from loaders.extract.lexicon import words

_EXECUTIVE_ACTS = words("status", "executive_acts")
_FUTURE_MODALS = {"will", "would", "'ll", "shall", "may", "might", "could"}


# what lawmakers may be asked to do for a ban to be only proposed: "asked lawmakers to extend the prohibition"
_LAWMAKING_VERBS = {"ban", "bar", "prohibit", "outlaw", "extend", "expand", "pass", "enact", "block", "restrict"}


def _subjects(verb) -> list:
    """The verb's subjects, or, for a verb with none of its own coordinated with another, that verb's: "the X Act,
    passed in December, bars Y" (parsed as two verbs of one subject), "the act was passed in May and bars Y"."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return own
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


# Clauses hung on a subject that tell something else it did ("the regulator, acting under the X Act, ...", "the
# ministry, which drafted the X Act, ...", "Governor Y, who signed House Bill 18 into law, ...")
_SUBJECT_CLAUSES = frozenset({"acl", "relcl", "advcl"})


def _subject_words(subj) -> list:
    """The words of a subject's phrase, but not those of a clause hung on it: a law named in that clause is what the
    subject acted under, drafted or signed, not the subject itself ("The UK's communications regulator, acting under
    the Online Safety Act, met on Monday and banned Telegram")."""
    out, todo = [], [subj]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _SUBJECT_CLAUSES)
    return out


def _own_phrase(tok, trig) -> bool:
    """A phrase hung on the trigger itself, or on its object or a name coordinated with that object ("blocked X and Y
    for more than a week"; a name the parser coordinated with the verb is its object too); not one under an adverbial
    clause, a verb, an adjective or an appositive ("citing the company's failure for more than six months", "having
    warned the platform for more than a week", "apps, popular with young users for more than five years")."""
    t = tok.head
    while t.i != trig.i:
        name = t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubjpass", "conj")
        # ("blocked Zapster and Chatly for ...": a name the parser coordinated with the verb, whatever its tag)
        coordinated = t.dep_ == "conj" and t.head.i == trig.i and t.pos_ not in ("VERB", "AUX", "ADJ")
        # ("blocked Facebook and messaging apps for ...": a name's gerund right after "and" the parser made a clause)
        misread = (
            t.tag_ == "VBG"
            and t.head.i == trig.i
            and t.i > 0
            and t.doc[t.i - 1].lower_ in ("and", "or")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children)
        )
        if not (name or coordinated or misread):
            return False
        t = t.head
    return True


_LASTING = {"last", "remain", "stay", "run", "continue"}
# a count of days, weeks or months told with "during" ("during several days"; not "during the past two weeks", nor
# "during three weeks of protests": the time of an event, not the ban's length)
_DURING_SPAN = (
    r"\bduring (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of)[\s-]+"
    r"(?:day|week|month)s\b(?! of\b)"
)
# the sentence telling the ban is still on: "and the block remains in place today"
_STILL_ON = r"\b(?:remains?|remained|is still|are still|still) (?:in place|in force|in effect)\b"
_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj", "parataxis"}


def _an_act_by_an_actor(verb) -> bool:
    """The clause does something to something, with a doer as subject ("Mauritius blocked Facebook", "the
    authorities shut off mobile internet"), unlike "mobile data barely worked", "Facebook was unreachable"."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ in ("dobj", "prt") for c in verb.children)


def _another_named_actor(verb, other) -> bool:
    """The clause's subject is a name of its own, not the other clause's ("Belgium banned X for three months on 10
    March, and Britain banned it on 16 March"; not "..., and the regulator blocked Y", "..., and it blocked Y")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PROPN" and (first is None or first.lower_ != subj.lower_)


def _told_as_at_once(verb, f) -> bool:
    """The clause says it went with the one before: "also", "too", "as well", "at the same time", "in the same
    period", or the span's own unit ("for a week ..., during the same week"; not "for four days ..., in the same
    month")."""
    units = {"time", "period"} | {p.lemma_.lower() for p in f.children if p.dep_ == "pobj"}
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("also", "too", "well"):
            return True
        if c.dep_ == "prep" and any(
            p.lemma_.lower() in units and any(g.lower_ == "same" for g in p.children)
            for p in c.children
            if p.dep_ == "pobj"
        ):
            return True
    return False


def _length_of_this_ban(f, trig) -> bool:
    """A "for" phrase at ``f`` tells the ban's own length: under the trigger with no clause of another act between
    ("blocked X for a few weeks", "a ban, which lasted for a few weeks"; not "blocked X, after users had complained
    for a couple of weeks", "banned X, saying it had been used for a couple of years"), or told elsewhere in the
    sentence but not of a clause the ban only dates ("had negotiated for a couple of months before the ban")."""
    chain = []
    t = f.head
    while t.i != trig.i and t.head.i != t.i:
        chain.append(t)
        t = t.head
    if t.i == trig.i:
        nouns = next((k for k, a in enumerate(reversed(chain)) if a.pos_ not in ("NOUN", "PROPN", "ADP")), len(chain))
        return not any(
            a.pos_ in ("VERB", "AUX")
            and a.dep_ in _CLAUSE_DEPS
            # "a ban on X, which lasted for ...": a clause of lasting on the ban's own phrase
            and not (a.dep_ in ("relcl", "acl") and a.lemma_.lower() in _LASTING and a.i == chain[-1 - nouns].i)
            for a in chain
        )
    verb = next((a for a in [f.head, *f.head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    a = trig
    while verb is not None and a.i != verb.i and a.head.i != a.i:
        if (
            a.dep_ == "conj"
            and a.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
            and not _told_as_at_once(a, f)
            and (not _an_act_by_an_actor(a.head) or _another_named_actor(a, a.head))
        ):
            return False  # "During three days the internet was down, and the authorities blocked X": the other clause's
        if a.i != trig.i and a.pos_ in ("VERB", "AUX"):
            return True  # "was unavailable for three weeks after the government blocked it"
        if a.dep_ == "pobj":
            return False  # "before the ban": the other verb's span only dates the ban
        a = a.head
    return True


def _suspension_lasts_until(trig) -> bool:
    """ "the suspension will continue until the service is improved", "the pause is to last until the review is done":
    a suspension the subject of a verb of lasting whose "until" clause tells an end in view. Not "until further
    notice", a negated lasting ("will not continue until ..."), nor a ban word other than a suspension or pause."""
    if trig.lemma_.lower() not in ("suspension", "pause", "halt") or trig.dep_ != "nsubj":
        return False
    verb = trig.head
    if verb.lemma_.lower() not in _LASTING_VERBS or _is_negated(verb):
        return False
    # only a lasting told as the plan, not one guessed at ("the suspension could continue until ...")
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.children):
        return False
    ends = [
        t.head
        for t in verb.subtree
        if t.lower_ == "until" and t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.head.i == verb.i
    ]
    # no end in view: "until further notice", "until the government says otherwise"; nor an end that is a ban
    # itself ("until a permanent ban could be put in place", "until parliament passes a law banning the app")
    return (
        bool(ends)
        and not any(_further_notice(t) for t in verb.subtree if t.lower_ == "until")
        and not any(
            t.lemma_.lower() in _STANDING_ENDS
            or (t.lower_ == "otherwise" and t.head.lemma_.lower() in ("say", "decide", "order", "rule", "direct"))
            for e in ends
            for t in e.subtree
        )
    )


# (not "remain", "stay in place": the ban told standing, as "remains in force until X complies" is)
_LASTING_VERBS = frozenset({"continue", "last", "run"})
# what an "until" clause may name that is a ban standing, not an end of the suspension
_STANDING_ENDS = frozenset({"ban", "permanent", "permanently", "prohibition", "outlaw", "banning"})


class StatusMixin:
    """BanExtractor's methods of in what state a ban is: proposed, announced, in force, lifted."""

    def status_of(self, trig, kind: str, path, region) -> str:
        status = self._status_told(trig, kind, path, region)
        if status == "temporary" and _still_standing(trig):
            return "in_force"  # "ordered X blocked for ten days; months later, it has still not come back"
        return status

    def _status_told(self, trig, kind: str, path, region) -> str:
        """The status the ban's own words tell, before what the text says of it now."""
        sent = trig.sent
        sent_lemmas = span_lemmas(sent) | span_forms(sent)
        chain = list(path) + [a for a in trig.ancestors][:4]
        chain_lemmas = {t.lemma_.lower() for t in chain}
        # "urged members to remove X, four days after the ministry banned it": the clause told as earlier or later
        # is an act of its own, not under the advice above it
        ordered = next(
            (
                a
                for a in [trig, *trig.ancestors]
                if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ORDER_MARKS for c in a.children)
            ),
            None,
        )
        inside = {t.i for t in ordered.subtree} if ordered is not None else None
        # "The Commission asked its staff to remove X, and on 10 March the Belgian government banned it": a clause with
        # its own subject, coordinated with the advice, is no part of it
        joined = {
            a.head.i
            for a in [trig, *trig.ancestors][:3]
            if a.dep_ == "conj"
            and a.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        }
        advising = [
            t
            for t in chain
            if t.i != trig.i
            and t.i not in joined
            and t.lemma_.lower() in words("ban", "advisory_verbs")
            and not _carries_out_a_ban(t)
            # "issued what it called a Final Determination barring X": "call" naming a thing, not calling for it
            and not (t.lemma_.lower() == "call" and any(c.dep_ in ("oprd", "attr") for c in t.children))
            and (inside is None or t.i in inside)
        ]
        if any(self._asks_lawmakers(t, trig) for t in advising):
            return "proposed"  # "asked lawmakers to extend the prohibition to X": a law only sought
        if kind == "advisory" or (advising and not all(self._demand(t) for t in advising)):
            return "advisory"
        if self._tells_the_public(chain):
            return "advisory"  # "told consumers to throw away their phones": the public decides for itself
        if self._labelled_advice(trig):
            return "advisory"
        if _torn_advice(trig):
            return "advisory"
        if _ends_itself(trig):
            return "temporary"  # "Nigeria's ban on Twitter, which lasted seven months, ended in January 2022"
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("face", "risk"):
            return "proposed"  # "TikTok could face a ban in Kenya", "risks a ban": a ban threatened, not in force
        modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
        if "have" in modals and trig.tag_ == "VBN":
            modals -= {"would", "could", "may", "might"}  # "would have barred": what a blocked law was to do
        if _upheld_law(trig):
            return "enacted_law"  # "the court upheld a law that could shut down X": a law in force, upheld
        if (
            {c.lower_ for c in trig.children if c.dep_ == "aux"} & {"may", "might", "could"}
            and trig.pos_ == "VERB"
            and not _is_negated(trig)  # "X may not be used on agency devices" is a rule
            and not _no_one(trig)  # "no minister may have X on a work phone" too
        ):
            return "proposed"  # "Bolivia may ban X": a ban in view, not in force
        bidder = trig.head if trig.dep_ in ("xcomp", "ccomp") and trig.head.lemma_.lower() in _COMPELLING else None
        if (
            bidder is not None
            and {c.lower_ for c in bidder.children if c.dep_ == "aux"} & {"may", "might", "could"}
            and not _is_negated(bidder)
        ):
            return "proposed"  # "Canada may order X to wind down its business": an order in view, as a ban in view
        if (modals & {"would", "could", "may", "might"} or chain_lemmas & {"propose", "plan", "consider"}) and (
            sent_lemmas & {"bill", "proposal", "propose", "introduce", "draft", "legislation", "plan"}
        ):
            return "proposed"
        told_before = self._proposal_told_before(chain)
        if told_before is not None:
            return told_before  # "Sen. X filed an amendment in March. It would require app stores to stop offering Y"
        # "the app is considered a threat and the Army does not allow it": a passive "considered" is a judgment, and
        # a clause coordinated with its own subject is no part of the plan
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        # "filed a lawsuit seeking to overturn Montana's law banning X": what is sought is the undoing of the ban, not
        # the ban; a plan above a verb that undoes or fights the measure is none of the ban's own
        undoing = words("ban_rules", "lift_verbs") | words("ban_rules", "challenging") | {"repeal", "void", "strike"}
        # ("intends to withdraw the licence and ban the app": a ban coordinated with the undoing is a second plan)
        fought = next(
            (
                a.i
                for a in trig.ancestors
                if a.pos_ == "VERB"
                and a.lemma_.lower() in undoing
                and next(t for t in (trig, *trig.ancestors) if t.head.i == a.i).dep_ != "conj"
            ),
            None,
        )
        planning = {
            t.lemma_.lower()
            for t in chain
            if t.i != trig.i
            and not any(c.dep_ == "auxpass" for c in t.children)
            and not (own_subject and trig.dep_ == "conj" and t.i == trig.head.i)
            and not (
                fought is not None
                and t.i != fought
                and fought in {a.i for a in trig.ancestors}
                and t.i in {a.i for a in trig.doc[fought].ancestors}
            )
        }
        if planning & words("ban", "planned") or any(
            c.lemma_.lower() in ("proposed", "planned", "draft") for c in trig.children if c.dep_ == "amod"
        ):
            return "proposed"
        if _of_a_proposal(trig):
            return "proposed"  # "Bill to bar DeepSeek from federal devices introduced in House", "... It would ban X"
        # "a defence law passed in 2018 bars agencies from ...", parsed with the law's clause as the subject
        subj_lemmas = {t.lemma_.lower() for c in trig.children if c.dep_ in ("nsubj", "csubj") for t in c.subtree} | {
            t.lemma_.lower() for t in chain
        }
        if self._by_statute(trig):
            return "enacted_law"
        if self._torn_verb(trig) and any(t.lemma_.lower() in ("law", "statute") for t in trig.doc[sent.start : trig.i]):
            return "enacted_law"  # "a U.S. law passed last December bars X ...", the verb torn from its subject
        subj_toks = [t for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        near = {t.lemma_.lower() for t in list(region) + chain + subj_toks}
        if trig.dep_ in ("advcl", "acl", "xcomp") and trig.head.lemma_.lower() in ("sign", "enact", "pass"):
            # "signed a bill on Wednesday banning X", the ban hung on the signing: what was signed
            near |= {c.lemma_.lower() for c in trig.head.children if c.dep_ in ("dobj", "nsubjpass")}
        signed = near & {"sign", "enact", "pass"} and near & {"law", "act", "bill", "legislation"}
        subj_law = any(
            self.ctx.mention(t) and self.ctx.mention(t).kind == "Law"
            for c in _subjects(trig)
            for t in _subject_words(c)
        )
        # "the first state to pass a total ban on X, which the governor signed on Wednesday"
        passed = trig.pos_ in ("NOUN", "PROPN") and (
            (trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("pass", "enact") and _done(trig.head))
            or any(c.dep_ == "relcl" and c.lemma_.lower() in ("sign", "enact") for c in trig.children)
        )
        # "the X Act, signed last April, which took effect in January and requires Y to be sold or be banned": the
        # ban is what a named law, above it, requires
        of_named_law = any(
            t.i != trig.i
            and t.pos_ in ("NOUN", "PROPN")
            and (m := self.ctx.mention(t)) is not None
            and m.kind == "Law"
            and t.i == _phrase_root(t).i
            # "signed Executive Order 46, which bars X": an order of the executive, no statute
            and not {w.lower() for w in _words_of(self.ctx.name(m.entity_id))} & _EXECUTIVE_ACTS
            for t in chain
        )
        if signed or subj_law or passed or of_named_law or subj_lemmas & {"law", "statute"} or _written_into_law(trig):
            return "enacted_law"
        # "the Commission decided to prohibit X, and on 10 March the Belgian government banned it for six months": a
        # coordinated clause that bans with its own subject tells its own ban's length, not this one's
        coordinated = _other_ban_clauses(trig, sent)
        others = coordinated | _outside_contrast(trig, sent)
        region_low = [t.lower_ for t in region if t.i not in others] + [t.lower_ for t in sent if t.i not in others]
        if any(
            t.lower_ in ("temporary", "interim") and not _open_question(t) and not _said_of_another(t, trig)
            for t in [*region, *sent]
            if t.i not in others
        ):
            return "temporary"  # not "whether it would be temporary"
        if _undone_later(trig) or _over_after(trig, self.published):
            return "temporary"  # "ordered it blocked in 2018 ... and dropped it in 2020", "was unavailable for three
            # years after the government blocked it"
        if _access_back_after(trig):
            return "temporary"  # "access to X returned on Monday, five months after the platforms were blocked"
        if _back_later(trig) and trig.lemma_.lower() in ("suspend", "suspension", "block", "ban", "restrict", "pause"):
            return "temporary"  # "suspended downloads of X in February; it returned to app stores in April"
        if _given_up_later(trig):
            return "temporary"  # "tried to block X from April 2018 before abandoning the effort in 2020"
        if trig.lemma_.lower() == "pause" and trig.pos_ == "VERB":
            return "temporary"  # "paused new downloads of X": a pause is a ban for a while
        if any(t.lower_ in ("test", "trial", "experiment") and t.head.lower_ == "as" for t in region):
            return "temporary"  # "cut access to X in what the government described as a test"
        if trig.dep_ == "nsubj" and any(
            c.dep_ == "attr" and c.lower_ in ("test", "trial", "experiment") for c in trig.head.children
        ):
            return "temporary"  # "the shutdown was a test"
        own = [t.lower_ for t in region if t.dep_ != "advmod" or t.head.i == trig.i or t.head.pos_ != "VERB"]
        if set(own) & {"temporarily", "briefly"}:
            return "temporary"  # "Pakistan temporarily suspended X, and India banned it": the adverb's own verb only
        text = " ".join(region_low)
        if trig.pos_ in ("NOUN", "PROPN") and re.search(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|ninety)\s*-?\s*(?:day|week|month|year)s?\b",
            trig.doc[trig.left_edge.i : trig.i].text.lower(),
        ):
            return "temporary"  # "a six-month ban", "a 10-day block"
        own_text = " ".join(t.lower_ for t in sorted({t.i: t for t in region}.values(), key=lambda t: t.i))
        # "blocked X and Y for more than a week in 2015, and in 2021 Z was slowed": the trigger's own "for" phrase
        # is its own length, though the region was cut short by the coordinated clause
        # (or under a word of its object the parser made a clause: "blocked Facebook and messaging apps for ...")
        own_for = " ".join(
            " ".join(g.lower_ for g in c.subtree)
            for c in trig.subtree
            if c.dep_ == "prep" and c.lower_ == "for" and _own_phrase(c, trig)
        )
        own_text = f"{own_text} {own_for}" if own_for else own_text
        if re.search(
            # (not "for at least six months": a floor, no end)
            r"\bfor (?:more than|over|about|almost|nearly) (?:a|an|one|two|three|four|five|six|\d+)[\s-]+"
            r"(?:day|week|month)s?\b",
            own_text,
        ):
            return "temporary"  # "suspended X for more than a month" (the trigger's own phrase only)
        if _simple_past(trig) and re.search(
            r"\bfor (?:more than|over|about|almost|nearly|some) (?:a|an|one|two|three|four|five|six|\d+)"
            r"[\s-]+years?\b",
            own_text,
        ):
            return "temporary"  # "blocked X for more than three years": a span told as past is over
        # each "for" phrase of the sentence that tells this ban's length, from its own "for" on
        lengths = " | ".join(
            " ".join(w.lower_ for w in trig.doc[f.i : f.i + 8])
            for f in {t.i: t for t in [*region, *sent]}.values()
            if f.lower_ in ("for", "during") and f.i not in others and _length_of_this_ban(f, trig)
        )
        if re.search(
            r"\bfor (?:a |an )?(?:\w+ )?"
            r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fixed|limited|several|few|couple of)"
            r"[\s-]+(?:day|week|month|year|period)s?\b",
            lengths,
        ) or re.search(
            # "for a fixed period", "for an initial period of three months"
            r"\bfor (?:a |an )?(?:fixed period\b|(?:\w+ )?period of (?:\d+|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|twelve)[\s-]+(?:day|week|month|year)s?\b)",
            lengths,
        ):
            return "temporary"
        if re.search(_DURING_SPAN, lengths) and not re.search(_STILL_ON, trig.sent.text.lower()):
            return "temporary"  # "restricted access to X during several days": a span of days told with "during"
        other_bans = _other_ban_subclauses(trig)
        clause_text = " ".join(
            t.lower_
            for t in trig.subtree
            if t.i not in other_bans
            and not any(
                a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and a.head.i == trig.i for a in [t, *t.ancestors]
            )
        )
        if self._ended(own_text) or self._ended(clause_text) or self._kept_until_past(trig):
            return "temporary"  # "kept YouTube blocked from 2012 to 2016", "four times between 2020 and 2021"
        events = words("status", "during_events")
        if not _outlives_event(trig) and (
            any(
                # "around" the event only as the clause's own time ("restricted X around the election"; not
                # "amid controversy around the election")
                (t.lower_ == "during" or (t.lower_ == "around" and t.dep_ == "prep" and t.head.pos_ == "VERB"))
                and any(g.lemma_.lower() in events for p in t.children for g in p.subtree)
                for t in region
            )
            or any(_on_event_day(t, trig, self._names_a_platform) for t in region)
            or re.search(
                r"\bfor the (?:duration|length|period|course) of (?:the )?(?:\w+ ){0,3}?(?:"
                + "|".join(sorted(events))
                + r")\b",
                own_text,
            )
        ):
            return "temporary"  # "cut access to X during the exams", "around the election", "for the duration of exams"
        # "India has barred X since 2020, and Nepal banned it ... before a new government lifted the ban": a
        # lifting told in a coordinated clause that bans with its own subject is that clause's ban's (not "X blocked
        # it, and the regulator lifted the ban days later")
        # (a main clause outside a "while"/"although" one is no other ban's: "Although Gabon suspended X in 2023, the
        # junta restored the app after two months" undoes this one)
        mine = [t for t in sent if t.i not in coordinated]
        clause = next(
            (
                a
                for a in [trig, *trig.ancestors]
                if a.pos_ in ("VERB", "AUX")
                and any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    or (c.dep_ in ("aux", "auxpass") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                    for c in a.children
                )  # "but X has remained blocked", parsed with the subject under "remained"
            ),
            None,
        )
        if (
            clause is not None
            and clause.dep_ == "conj"
            and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in clause.head.children)
        ):
            # "X lifted restrictions on A and B, but C has remained blocked": the lifting is the other clause's
            own = {t.i for t in clause.subtree}
            mine = [t for t in mine if t.i in own]
        reversed_ = any(
            t.lemma_.lower() in ("reverse", "unblock", "restore", "reinstate", "unban")
            and t.pos_ in ("VERB", "AUX")
            and t.dep_ != "xcomp"
            # "said on Sunday that it had reversed a decision to suspend X": a reversal reported, done
            and (t.dep_ != "ccomp" or (_done(t) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)))
            and not _is_negated(t)
            and not _only_in_view(t)  # "unlikely that the suspension would be reversed"
            and not any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "if", "before") for c in t.children)
            and not _turns_about(t, trig)
            for t in mine
        )  # "..., before reversing the decision", "access was restored nine days after the regulator blocked it";
        # not "ordered the government to reverse the block", "blocked until access is restored"
        lifted = (_lifts(trig.head) and _done(trig.head) and trig.dep_ in ("dobj", "nsubjpass")) or (
            trig.dep_ == "acl"
            and trig.head.dep_ in ("dobj", "nsubjpass")
            and _lifts(trig.head.head)
            and _done(trig.head.head)
        )  # "lifted its ban", "set aside its own order suspending X"; not "will not lift the restriction"
        undoing = trig
        if trig.dep_ in ("acl", "relcl") and trig.head.dep_ == "pobj":
            undoing = trig.head  # "approved the withdrawal of the order banning X": the order, then its undoing
        if (
            undoing.dep_ == "pobj"
            and undoing.head.dep_ == "prep"
            and undoing.head.lower_ == "of"
            and undoing.head.head.lemma_.lower() in _LIFT_NOUNS
        ):
            undoing = undoing.head.head  # "the lifting of the ban on X was approved": the noun undoing it (a ban
            # noun undoing it, "the removal of restrictions on X", is the ban's trigger itself)
        if _undoing_of_a_ban(undoing) and undoing.dep_ in ("dobj", "nsubjpass") and _done(undoing.head):
            return "temporary"  # "approved the removal of restrictions on X": the ban the noun undoes, lifted
        lift_here = any(t.lemma_.lower() == "lift" and _done(t) for t in mine)
        if (lift_here or reversed_ or lifted) and trig.lemma_.lower() in (
            "suspension",
            "ban",
            "block",
            "suspend",
            "restriction",
            "restrict",
            "shut",
            "shutdown",
            "blackout",
            "bar",
        ):
            return "temporary"  # "... before reversing the decision two days later"
        if trig.lemma_.lower() in ("suspend", "suspension", "halt", "pause") and any(
            t.lower_ == "until" and t.dep_ in ("mark", "prep") and not _further_notice(t) for t in trig.subtree
        ):
            return "temporary"  # "suspended new downloads until the company complies"
        if _suspension_lasts_until(trig):
            return "temporary"  # "the suspension will continue until the service is improved"
        if (
            trig.lemma_.lower() in ("suspend", "suspension", "halt", "pause")
            and any(
                c.lower_ in words("status", "awaiting") and c.dep_ in ("prep", "advcl") and not _further_notice(c)
                for c in trig.children
            )
            and not _still_in_force(trig.sent)
        ):
            # "suspended new downloads pending a privacy review": until the review is done; not "pending further
            # notice" (no end in view), nor "..., and the suspension remains in force"
            return "temporary"
        if _repeated(trig):
            return "temporary"  # "has suspended it several more times since": each time was lifted again
        number = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
        if re.search(rf"\bup to {number}[\s-]+(?:day|week|month|year)s?\b", text) or (
            trig.lemma_.lower() in ("suspend", "suspension", "halt", "pause")
            # "a 90-day suspension", not "the suspension comes two days after ...": a lapse, no length; nor "ending two
            # months of silence": the length of another thing, unless "for" makes it the length the suspension lasts
            # ("suspended X for the first ten days of the exam period")
            and (
                re.search(
                    rf"\b{number}[\s-]+(?:day|week|month)s?\b(?! (?:after|before|later|earlier|ago|since|of)\b)", text
                )
                or re.search(rf"\bfor (?:the )?(?:[a-z]+ )?{number}[\s-]+(?:day|week|month)s? of\b", text)
            )
        ):
            return "temporary"  # "for up to three months", "a 90-day suspension"
        return "in_force"

    def _by_statute(self, trig) -> bool:
        """ "Under federal law, the United States bars X from ...": a country (not a regulator or a court acting
        under a law) whose ban is a statute."""
        if trig.pos_ not in ("VERB", "AUX"):
            return False
        under = [
            p
            for c in trig.children
            if c.dep_ == "prep" and c.lower_ == "under"
            for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() in ("law", "statute", "legislation")
        ]
        subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        if not under or m is None or m.kind != "Jurisdiction":
            return False
        if any(p.head.i < subj.i for p in under):
            return True  # "Under federal law, the United States bars X": the law told first is the ban
        # "Moscow banned/blocked LinkedIn in 2016 under its data localisation law", "under its cybersecurity law": a
        # law named for a field the act is carried out under, whatever the verb, is no statute of the ban; "under a
        # law signed by the governor", "under federal law" is the ban's own
        return not any(c.dep_ == "compound" for p in under for c in p.children)

    def _agent_before(self, tok, si: int) -> str | None:
        """ "It is not the first time Uganda has cut off social media. Facebook and WhatsApp were blocked during the
        2016 election as well.": a passive ban with no agent and no place is the imposer's told just before."""
        passive = tok.tag_ == "VBN" and (
            any(c.dep_ == "nsubjpass" for c in tok.children) or _stative_patient(tok) is not None
        )
        # "The bill is modelled on the 2022 law that banned TikTok from federal devices": a law nobody is named
        # for, told right after the bill of the same lawmakers
        # (or "a 2022 directive that already bars X from state devices", a rule of the same government)
        of_law = tok.dep_ == "relcl" and tok.head.lemma_.lower() in _LAWMAKING | _RULE_NOUNS and tok.head.i < tok.i
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        if self._participle_patient(tok) is not None:
            # "Garena Free Fire, blocked in February last year, has not returned": in passing, by whoever the
            # story has had banning, when that is one imposer only
            told = {imp for _, imps in self._acting for imp in imps}
            return told.pop() if len(told) == 1 else None
        if tok.sent.start > 0 and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _LAWMAKING | _RULE_NOUNS for c in tok.children
        ):
            # "Russia has moved in the same direction. A law signed in 2022 bars X": the one told acting just before
            prev = tok.doc[tok.sent.start - 1].sent
            root = prev.root
            if (
                self.ctx.para[prev.start] == self.ctx.para[tok.i]
                and root.lemma_.lower() in _ACTING_VERBS
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in root.children)
            ):
                subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
                m = self.ctx.mention(subj) if subj is not None else None
                if m is not None and m.kind == "Jurisdiction":
                    return m.entity_id
        if not (passive or of_law):
            return None
        before = [(t, imp) for t, imp in self._acting if t.sent.start == tok.doc[tok.sent.start - 1].sent.start]
        if of_law and not before:
            # "X said Virginia was moving in line with Texas. Her office said the order built on a 2022 directive
            # that bars Y": the one told acting, in whatever words, just before
            before = [(bm.token, bm.imposers) for bm in self.mentions if bm.sentence == si - 1 and not bm.remention]
        if tok.sent.start == 0 or not before or self.ctx.para[before[-1][0].i] != self.ctx.para[tok.i]:
            return None
        imposers = {imp for _, imps in before for imp in imps}
        return imposers.pop() if len(imposers) == 1 else None

    def base_at(self, offset: int) -> str | None:
        """The date relative dates are told from: the liveblog entry's stamp above, else the publication's."""
        base = self.published
        for start, value in self.ctx.entries:
            if start > offset:
                break
            base = value
        return base

    def _asks_a_court(self, path) -> bool:
        """A verb of asking on the way up whose object is a court: the petitioner bans nothing."""
        for verb in path[1:]:
            if verb.lemma_.lower() not in ("ask", "request", "petition", "urge", "call", "apply"):
                continue
            for c in verb.children:
                if c.dep_ in ("dobj", "pobj", "prep"):
                    for t in [c, *[g for g in c.children if g.dep_ == "pobj"]]:
                        m = self.ctx.mention(t)
                        if t.lemma_.lower() in words("actors", "court") or (
                            m is not None and self.ctx.category(m.entity_id) == "court"
                        ):
                            return True
        return False

    def _court_asker(self, tok) -> bool:
        """A subject that is itself a court or a judge: its head noun a court word ("the High Court", "the bench",
        "the chief justice"), a name resolved to a court whose own head is no members' body ("the STF"; not "the
        Supreme Court Bar Association"), or a judge named with the title ("Justice Rao"); not a body that only has
        the word in its name ("the Justice Department", "the Justice Ministry")."""
        if tok.lemma_.lower() in words("actors", "court") | {"judge", "justice", "bench"}:
            return True
        m = self.ctx.mention(tok)
        if m is None:
            return False
        cat = self.ctx.category(m.entity_id)
        if cat == "court":
            # a court's own name ("Supreme Federal Court"), not a ministry or a bar named after justice or a court
            name_words = _words_of(self.ctx.name(m.entity_id))
            courts = set(words("actors", "court")) - {"justice", "judge"}
            return bool(courts & set(name_words)) and not _civil_head(name_words, words("actors", "other"))
        return cat == "person" and any(
            c.dep_ == "compound" and c.lemma_.lower() in ("judge", "justice") for c in tok.children
        )

    def _proposal_told_before(self, chain) -> str | None:
        """A "would" clause whose subject is a bare pronoun, right after a sentence of the same paragraph that puts a
        proposal forward: the pronoun is that proposal, and what it would do is proposed ("Sen. X filed an amendment
        in March. It would require ..."). The proposal must be that sentence's thing tabled (the object or passive
        subject of a verb of ban_rules.tabling_verbs) or its subject; a proposal told as passed, adopted or rejected
        is no longer pending ("Parliament rejected a motion ...", "adopted a resolution ..."), and one signed into
        law tells an enacted law. A word of a proposal in any other sense ("had not paid its bill of fines") is no
        antecedent. None when no proposal is told so."""
        verb = next((t for t in chain if any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children)), None)
        if verb is None or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in verb.children):
            return None
        sent = verb.sent
        if sent.start == 0:
            return None
        prior = verb.doc[sent.start - 1].sent
        if self.ctx.para[prior.start] != self.ctx.para[sent.start]:
            return None
        for t in prior:
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or lemma not in _PROPOSALS | _LAWMAKING | _LAW_VEHICLES:
                continue
            if t.dep_ not in ("dobj", "nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
                continue
            head = t.head
            acts = {v.lemma_.lower() for v in (head, *head.conjuncts)}  # "passed the bill and X signed it"
            if acts & _ENACTING_VERBS:
                return "enacted_law"  # "the governor signed the bill into law. It would bar X ..."
            if acts & _PROPOSAL_SETTLED:
                return None
            if head.lemma_.lower() in _TABLING_VERBS and t.dep_ in ("dobj", "nsubjpass"):
                return "proposed"  # "filed a bill", "introduced legislation", "a draft was circulated"
            if t.dep_ == "nsubj" and head.dep_ == "ROOT" and lemma in _PROPOSALS:
                return "proposed"  # "The amendment cleared a committee on Tuesday. It would ..."
        return None

    def _asks_lawmakers(self, verb, trig) -> bool:
        """ "asked lawmakers to extend the prohibition to X", "urged the Legislature to ban Y", "called on Congress to
        bar Z": a ban sought from those who make the law is a proposal until they pass it, neither an order nor
        advice. Only when what they are asked to do is to ban or to make law: "asked legislators to stop using X" asks
        them as users (advice), "asked lawmakers to approve a ban on X that it ordered last year" tells an order."""
        sought = []  # the verbs between the ban and the asking: "asked legislators to stop using X" (stop, use)
        for a in [trig, *trig.ancestors]:
            if a.i == verb.i:
                break
            if a.pos_ in ("VERB", "AUX"):
                sought.append(a)
        if not any(a.lemma_.lower() in _LAWMAKING_VERBS for a in sought):
            return False
        if any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("order", "impose", "issue", "enforce", "introduce")
            for c in trig.children
        ):
            return False  # "a ban on X that it ordered last year": the ban is already the government's act
        asked = [c for c in verb.children if c.dep_ == "dobj"]
        asked += [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"
        ]
        houses = _LEGISLATORS | words("actors", "legislature")
        for a in asked:
            m = self.ctx.mention(a)
            if a.lemma_.lower() in houses or a.lower_ in houses:
                return True
            if m is not None and self.ctx.category(m.entity_id) == "legislature":
                return True
        return False

    def _demand(self, verb) -> bool:
        """ "asked Google and Apple to remove X", "asked the telecoms authorities to block X": a government's request
        to those who carry out a block is an order, not advice (advice goes to people and states who decide)."""
        if verb.lemma_.lower() not in ("ask", "request"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        # "The court had on April 3 asked ...": a subject the parser hung on the auxiliary
        subjects += [
            c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children if c.dep_ == "nsubj"
        ]
        askers = [t for c in subjects for t in c.subtree]
        if any(t.lemma_.lower() in _LEGISLATORS | words("actors", "legislature") for t in askers):
            return False  # "lawmakers asked Apple and Google to remove X": a plea, not an order
        if any(self._court_asker(c) for c in subjects):
            return True  # "the court asked the government to prohibit X": a court's request is its order
        asked = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
        houses = _LEGISLATORS | words("actors", "legislature")
        quit_verbs = {"stop", "delete", "uninstall", "remove", "avoid", "refrain", "quit"}
        if (
            any(a.lemma_.lower() in houses for a in asked)
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in quit_verbs for c in verb.children)
            and not any(
                t.lemma_.lower() in houses or t.lower_ in ("administrative", "administrator", "clerk") for t in askers
            )
        ):
            return False  # "the digital ministry asked legislators to stop using X": lawmakers asked as users decide
        deciders = words("ban", "advice_takers")
        return bool(asked) and not any(a.lemma_.lower() in deciders or a.pos_ == "PRON" for a in asked)

    def _kept_until_past(self, trig) -> bool:
        """ "blocking X in 2015 and keeping it blocked until 2018", "X stayed banned until 2019": an "until" a year
        before the story's on the ban's own verb, or on a clause keeping it, coordinated with the ban's. Not an "until"
        of another clause ("has blocked X since 2016; the company had stored data abroad until 2016")."""
        if not self.published:
            return False
        kept = words("status", "kept_verbs")
        for t in trig.sent:
            if t.lower_ not in ("until", "till") or t.dep_ != "prep":
                continue
            year = re.match(
                r"(?:until|till) (?:(?:early|late|mid|the end of) )?(?:[a-z]+ )?((?:19|20)\d\d)\b",
                " ".join(x.lower_ for x in t.subtree),
            )
            if year is None and not self._until_day_past(t):
                continue
            if year is not None and int(year.group(1)) >= int(self.published[:4]):
                continue
            h = t.head
            if h.i == trig.i:
                return True
            # the "until" on the kept ban ("keeping it blocked until 2018") or on the keeping verb whose ban it is
            banned = words("ban", "verbs")
            if h.lemma_.lower() in kept:
                keeper = h if any(c.lemma_.lower() in banned and c.i > h.i for c in h.children) else None
            elif h.lemma_.lower() in banned and any(
                c.dep_ in ("aux", "auxpass") and {c.lemma_.lower(), c.lower_} & KEPT_WORDS for c in h.children
            ):
                keeper = h  # "remained blocked until 14 July", the keeping verb taken for the participle's auxiliary
            else:
                keeper = h.head if h.lemma_.lower() in banned and h.head.lemma_.lower() in kept else None
            if keeper is not None and (
                trig.i in (keeper.i, keeper.head.i, *(c.i for c in keeper.children)) or trig.head.i == keeper.i
            ):
                return True
        return False

    def _until_day_past(self, until) -> bool:
        """ "remained blocked until Wednesday 14 July" in a story of 20 July: an "until" a whole day (its month named)
        before the story's day, on a verb told in the past."""
        if len(self.published or "") < 10 or until.head.tag_ not in ("VBD", "VBN"):
            return False
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in until.head.children):
            return False
        # the date alone, not an apposition after it ("until 7 March, the date of the election")
        phrase = []
        for x in until.subtree:
            if x.i == until.i:
                continue
            nxt = x.nbor(1) if x.i + 1 < len(x.doc) else None
            if x.text in (",", ";", "(", "\u2014", "\u2013") and not (
                nxt is not None and re.fullmatch(r"(?:19|20)\d\d", nxt.text)
            ):
                break  # "until July 14, 2021" keeps its year
            phrase.append(x)
        if not any(x.ent_type_ == "DATE" for x in phrase) or not any(x.lower_ in _MONTH_WORDS for x in phrase):
            return False
        day = resolve_date(" ".join(x.text for x in phrase), self.published)
        return day is not None and len(day) == 10 and day < self.published[:10] and not self._kept_on(until)

    def _kept_on(self, until) -> bool:
        """A ban told as over at a past day that goes on all the same: its sentence has it "remain" or "still" blocked
        now ("Mobile users were blocked until 7 March, while fixed-line users remain blocked"), or a later clause
        extends or continues it ("but it extended the ban on Monday", "the restriction would continue indefinitely")."""
        kept, banned = words("status", "kept_verbs"), words("ban", "verbs")
        for t in until.sent:
            if t.lemma_.lower() in kept and t.tag_ in ("VBP", "VBZ"):
                return True
            if (
                t.lower_ == "still"
                and t.head.lemma_.lower() in kept | banned
                and (t.head.tag_ in ("VBP", "VBZ") or any(c.tag_ in ("VBP", "VBZ") for c in t.head.children))
            ):
                return True
        nouns = words("ban", "nouns")
        for t in until.doc[until.i + 1 :]:
            if t.lower_ == "indefinitely":
                return True
            if t.lemma_.lower() not in ("extend", "prolong", "continue", "renew") or _is_negated(t):
                continue
            if any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lemma_.lower() in nouns or c.lower_ == "it")
                for c in t.children
            ):
                return True
        return False

    def _ended(self, text: str) -> bool:
        """A span of years that closed before the story: "from 2012 to 2016", "between 2012 and 2016"."""
        m = re.search(r"\b(?:from|between) ((?:19|20)\d\d) (?:(?:to|until|till|through|and) )?((?:19|20)\d\d)\b", text)
        m = m or re.search(r"\b((?:19|20)\d\d) ?[-\u2013\u2014] ?((?:19|20)\d\d)\b", text)
        if m is None or not self.published:
            return False
        return int(m.group(1)) < int(m.group(2)) < int(self.published[:4])

    @staticmethod
    def _tells_the_public(chain) -> bool:
        """ "told consumers to throw away X and not to buy new ones", "told citizens to delete X": a government
        telling the public (not its own staff) what to do with their things advises them."""
        public = words("ban", "the_public")
        for verb in chain:
            if verb.lemma_.lower() != "tell" or verb.pos_ != "VERB":
                continue
            told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubj") and c.i > verb.i]
            # "told Venezuelans to delete X": a people named by its demonym is the public too
            if told and all(
                t.lemma_.lower() in public or t.lower_ in public or (t.ent_type_ == "NORP" and t.tag_ == "NNPS")
                for t in told
            ):
                return True
        return False

    def _labelled_advice(self, trig) -> bool:
        """ "... told staff to stop using X, a recommendation rather than an order": the clause's own label."""

        def clause(t):
            while t.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") and t.head.i != t.i:
                t = t.head
            return t.i

        here = clause(trig)
        for t in trig.sent:
            if t.i <= trig.i or t.dep_ not in ("appos", "attr", "npadvmod"):
                continue
            if t.lemma_.lower() in words("ban", "advisory_nouns") and clause(t) == here:
                return True
        return False

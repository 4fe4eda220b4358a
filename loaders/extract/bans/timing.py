"""Date helpers of the ban extractor: datelines and release dates, dates ahead of or behind a told one, dates of
other events and documents, effective dates, the date kept of several."""

from __future__ import annotations

import re
from datetime import date, timedelta

from loaders.extract.bans._words import _DOCUMENT_NOUNS, _DOCUMENT_VERBS, _LATER_ADVERBS, _ORDER_MARKS, _SAYING
from loaders.extract.bans.reach import _law_of_clause, _names_a_law, _upheld_law
from loaders.extract.bans.syntax import _lca, _path_up
from loaders.extract.base import AnnotatedDoc, doc_text
from loaders.extract.dates import MONTHS, WEEKDAYS, dates_in
from loaders.extract.lexicon import words


def _refines(value: str, told: str) -> bool:
    """A date `value` more precise than, and within, the date `told`: "2022-12-07" refines "2022-12"."""
    return len(value) > len(told) and value.startswith(told + "-")


_MONTH_STEMS = {m[:3] for m in MONTHS}


def _ahead(expr, value: str, base: str | None, trig) -> str:
    """ "a ban that would prohibit X starting Jan. 1", in June: an effective date told without its year, in a
    clause about the future, is the next one, not the one already past."""
    if (
        not base
        or len(value) < 7
        or value[5:] == "02-29"
        or re.search(r"\b(?:19|20)\d\d\b", expr.text)
        or value >= base[: len(value)]
        or (any(t.lower_ in WEEKDAYS for t in expr) and not any(t.lower_[:3] in _MONTH_STEMS for t in expr))
    ):
        return value  # "from Sunday": a weekday is the one next to the paper's week, never a year on
    clause = [trig, *list(trig.ancestors)[:2]]
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for t in clause for c in t.children):
        return value
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def _behind(expr, value: str, base: str | None, trig) -> str:
    """ "The app was cut off on Dec. 3", in a November paper: a day told without its year, of a ban told as past,
    is the last one, not the one ahead."""
    if not base or len(value) != 10 or value[5:] == "02-29" or re.search(r"\b(?:19|20)\d\d\b", expr.text):
        return value
    if value <= base[:10] or len(base) < 10:
        return value
    verb = (
        trig if trig.pos_ in ("VERB", "AUX") else next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return value
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return value
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def _future_weekday(trig, expr) -> bool:
    """A bare weekday on a ban still to come ("will ban X from Sunday", "could shut down X on Sunday"): that day
    is ahead of the story, not the day the ban was told. So is a weekend ("will cut the internet over the weekend",
    "plans to shut X down during the weekend"), read as the one before the paper only when told past: the verb
    it hangs on is marked for a time to come (will, would, could, "to")."""
    verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if re.fullmatch(r"(?:(?:at|over|during) )?the weekend", expr.text.lower().strip(" .,;:")):
        return verb is not None and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "'ll", "shall", "to")
            for c in verb.children
        )
    if not re.fullmatch(rf"(?:on |from |by |until |this )?(?:{'|'.join(WEEKDAYS)})", expr.text.lower().strip()):
        return False
    if verb is None or verb.i != trig.i:
        return False  # "introduced a bill on Thursday that would ban X", "under a deal announced on Thursday"
    return trig.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in ("will", "could", "would", "'ll") for c in trig.children
    )


_DATELINE_HEAD = re.compile(r"^\s*[A-Z][A-Z .'\-]{2,},\s*$")
# "Prague, ", "Concord, NH — ": a place named in title case (with its state), before a release's date
_PLACE_HEAD = re.compile(r"^\s*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?:, [A-Z][\w.' \-]{1,20})?,\s*$")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([^)\n]{1,60}\)[ \t]*)?(?:--|-|\u2014|\u2013)")


def _in_dateline(expr) -> bool:
    """A date inside a wire dateline opening the story: "HANOI, May 23 (AWS) -"; or a press release's, a place in
    title case and the date, then a dash: "Prague, 10 July 2025 - The government on Wednesday ..." (the date the
    release went out, by which its own days are reckoned)."""
    text = doc_text(expr.doc)
    if expr.start_char > 300:
        return False
    line_start = text.rfind("\n", 0, expr.start_char) + 1
    if _DATELINE_HEAD.match(text[line_start : expr.start_char]):
        return True
    return _release_dateline(expr)


def _release_dateline(expr) -> bool:
    """A press release's dateline, a place in title case and the date, then a dash: "Prague, 10 July 2025 - " (not a
    wire's in capitals, "LIMA, Dec 16 (Wire) -", which tells when the story was filed)."""
    text = doc_text(expr.doc)
    if expr.start_char > 300:
        return False
    line_start = text.rfind("\n", 0, expr.start_char) + 1
    head = text[line_start : expr.start_char]
    if _DATELINE_HEAD.match(head):
        return False
    return bool(_PLACE_HEAD.match(head)) and bool(_DATELINE_DASH.match(text, expr.end_char))


def _release_date(adoc: AnnotatedDoc) -> str | None:
    """The day of a press release's dateline opening the story, if it names one no later than the publication."""
    published = adoc.document.published
    for sent in adoc.sentences:
        if sent.start_char > 300:
            break
        for expr, value in dates_in(sent, published):
            if _release_dateline(expr) and len(value) == 10 and (not published or value <= published[:10]):
                return value
    return None


def _own_time(joined, root) -> bool:
    """The coordinated verb tells a time of its own, placed against another event: "and, following a series of
    court fines, throttled Y", "and throttled Y after the fines", "and, two weeks later, blocked Z", "and, after
    courts fined it, blocked Z" (lexicon ban.own_time_preps; a phrase the parser hung on the first verb, between the
    "and" and this one, counts too), not one of the same time ("and restricted Y during protests")."""
    preps = words("ban", "own_time_preps")
    cc = next((c for c in root.children if c.dep_ == "cc" and c.i < joined.i), None)
    between = [c for c in root.children if cc is not None and cc.i < c.i < joined.i]
    for c in [*joined.children, *between]:
        if c.dep_ in ("prep", "advcl", "advmod", "npadvmod") and c.lower_ in preps:
            return True  # "following a series of fines", "ahead of the vote", "within weeks"
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _LATER_ADVERBS and c in between:
            return True  # "and, two weeks later, blocked Z"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children):
            return True  # "and, after courts fined it, blocked Z"
    return False


# People a relative clause tells about ("the minister, who took office in July"): its dates are theirs
_PERSON_HEADS = words("ban_rules", "person_heads")
_REPORTING = _SAYING | words("ban_rules", "reporting")


_EDITING = words("ban_rules", "editing")
_WRITINGS = words("ban_rules", "writings")


def _of_another_event(expr) -> bool:
    """A date that is the possessor of another noun ("Thursday's election", "last year's vote"), or the day a
    story was edited ("This article was updated on 18 February to include the suspension")."""
    root = expr.root
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if (
        verb is not None
        and verb.lemma_.lower() in _EDITING
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _WRITINGS for c in verb.children)
    ):
        return True
    prep = root.head
    if root.dep_ == "prep" and root.lower_ == "of":
        prep = root  # "read with the blocking rules of 2009": the expression took in its "of"
    year = root if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "pobj"), None)
    if year is not None and any(
        c.dep_ == "relcl" and any(g.lower_ == "when" for g in c.children) for c in year.children
    ):
        return False  # "the TikTok wars of 2023, when A and B removed the app": the time of what the clause tells
    if (
        (root.dep_ == "pobj" or prep is root)
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower()
        not in words("ban", "nouns") | words("ban", "weak_nouns") | _DOCUMENT_NOUNS | _TIME_NOUNS | _DECIDING_EVENTS
    ):
        return True  # "the data breach of March 20", "the election of 2019": that event's day
    if root.dep_ != "poss" and not any(t.lower_ in ("'s", "’s") for t in expr[-1:]):
        return False
    head = root.head if root.dep_ == "poss" else root
    return head.lemma_.lower() not in words("ban", "nouns") | words("ban", "weak_nouns")


# Nouns of a stretch of time a date tells the part of ("the end of March", "the summer of 2022")
_TIME_NOUNS = words("ban_rules", "time_nouns")
_DECIDING_EVENTS = words("ban_rules", "deciding_events")


def _closing_report(verb) -> bool:
    """ "Ukraine has restricted X on the devices of state bodies, military units and firms, the council reported on
    Friday": a verb of saying the parser hung as a conjunct with no "and" before it closes the sentence as its
    attribution; its date is the report's of the whole sentence, as when parsed as such. Not a verb with an object
    or a clause of its own ("the SBU reported the arrest of two agents on Friday", "confirmed on Friday that Russian
    services read the messages"): what it reports is another act, dated by itself."""
    return (
        verb.lemma_.lower() in _REPORTING
        and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
        and not any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children)
    )


_OWN_COMPLEMENTS = ("dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd")


def _barrier(trig, date_tok) -> bool:
    """A date inside (or a trigger inside) an "after ..." clause belongs to another event."""
    lca = _lca(trig, date_tok)
    if lca is None:
        return True
    law = _law_of_clause(trig) if _upheld_law(trig) else None
    if law is not None and law.head.i == lca.i and date_tok.i not in {t.i for t in law.subtree}:
        return True  # "the court on Friday upheld a law that will ban X": the ruling's day, not the law's
    head = date_tok.head
    if (
        date_tok.dep_ in ("compound", "nummod", "amod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() in ("law", "statute", "act", "code", "constitution", "treaty", "regulation")
        and trig.i not in {t.i for t in head.subtree}
        # "the 2022 X Act bars Y", "Y is banned by the 2022 X Act": the law, the ban verb's doer, is the ban
        and not (head.dep_ == "nsubj" and head.head.i == trig.i)
        and not (head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == trig.i)
    ):
        return True  # "the notice cited Law No. 5651, the 2007 law that governs ...", "rests on its powers under the
        # 2008 General Telecommunications Law": the law's year, not the ban's
    for t in _path_up(date_tok, lca):
        if t.dep_ in ("relcl", "acl") and _names_a_law(t.head) and trig.i not in {x.i for x in t.subtree}:
            return True  # "rests on the Cybersecurity Law, which took effect in 2017": the law's date, not the ban's
        if (
            t.dep_ == "conj"
            and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "nsubj" for c in t.children)
            and not _closing_report(t)
        ):
            return True  # "X blocked Y from 2017, and in October 2023 the council ordered ...": the council's date
        if t.dep_ in ("relcl", "acl") and (
            any(c.lower_ in ("who", "whom") for c in t.children) or t.head.lemma_.lower() in _PERSON_HEADS
        ):
            return True  # "Mr Rama, who has been prime minister since 2013, said the ban ...": the person's date
        if (
            t.dep_ == "relcl"
            and t.head.ent_type_ in ("GPE", "LOC")
            and any(c.lower_ in ("which", "that") for c in t.children)
            and t.lemma_.lower() not in words("ban", "verbs")
        ):
            return True  # "to Somaliland, which declared independence in 1991": what the named place did, and when
    for t in _path_up(trig, lca):
        if t.dep_ == "relcl" and t.i != trig.i and any(c.lower_ in ("who", "whom") for c in t.children):
            return True  # "ordered on Saturday the prosecution of anyone who flouts the suspension": the order's day
            # (not "on Wednesday became the first governor who banned X": the ban is that clause's own verb)
    for side in (_path_up(trig, lca), _path_up(date_tok, lca)):
        for t in side:
            # (an "after" clause the parser hung as a complement: "ordered X on Saturday, a day after the
            # authorities shut Y")
            if t.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in _ORDER_MARKS and not _further_notice(c) for c in t.children
            ):
                if side[0].i == trig.i and _joins(t.head) and any(c.lower_ == "after" for c in t.children):
                    continue  # "Virginia joined them on Tuesday, after its governor signed an order barring X":
                    # the joining is the ban the "after" clause tells
                return True
            if t.dep_ == "prep" and t.lower_ in ("after", "before") and t.i != side[0].i:
                if date_tok.head.i == t.i and (t.lower_, date_tok.lower_) in (("before", "end"), ("after", "start")):
                    continue  # "adopted similar rules before the end of that month": within that month
                return True
            if t.lower_ == "ahead" and any(c.lower_ == "of" for c in t.children):
                return True  # "blocked ahead of the vote on Thursday": the vote's day
    return False


def _moved_on(told: str, n: int, unit: str) -> str | None:
    """A date ``n`` days, weeks, months or years after ``told``, at the precision the unit allows."""
    if unit in ("day", "week"):
        if len(told) != 10:
            return None
        return (date.fromisoformat(told) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        if len(told) < 7:
            return None
        months = int(told[:4]) * 12 + int(told[5:7]) - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{int(told[:4]) + n:04d}"


def _further_notice(until) -> bool:
    """ "suspended X until further notice": no end in view (the ban stands), and no clause of another event."""
    doc = until.doc
    return until.i + 2 < len(doc) and doc[until.i + 1].lower_ == "further" and doc[until.i + 2].lower_ == "notice"


def _joins(verb) -> bool:
    """A clause that tells an actor joining or following others ("joined them", "became the latest to join",
    "followed suit"): no event of its own besides the ban it is told with."""
    cues = words("follow", "verbs")
    return verb.lemma_.lower() in cues or any(
        t.lemma_.lower() in cues and t.pos_ == "VERB"
        for c in verb.children
        if c.dep_ in ("attr", "xcomp")
        for t in c.subtree
    )


# "guidance sent to offices on Friday": a document's sending dates the decision only when the ban told with it has no
# date of its own ("the restrictions imposed in 2020, raised in a letter sent last week" keep 2020)
_SENDING_VERBS = words("ban_rules", "sending_verbs")


def _document_date(expr) -> bool:
    """The date a decision's document bears: "the order, dated May 21", "a notice issued on Friday"."""
    return any(_document_date_from(t) for t in expr if t.head.i < expr.start or t.head.i >= expr.end)


def _document_date_from(cur) -> bool:
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" or cur.tag_ == "VBN":
            verb = cur.lower_ in _DOCUMENT_VERBS | _SENDING_VERBS or cur.lemma_.lower() == "date"
            return (
                verb
                and cur.dep_ in ("acl", "relcl")
                and cur.head.lemma_.lower() in _DOCUMENT_NOUNS
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            )
    return False


_TIME_WORD = re.compile(r"^(?:\d{1,2}(?:[:.]\d{2})?|[ap]\.?m\.?|midnight|noon|on|at|local|time|gmt|utc|hours|h)$")


def _is_effective(expr) -> bool:
    """A date that says when a ban starts ("effective Tuesday", "takes effect on", "until 15 March", "by 2027")."""
    eff = words("status", "effective")
    doc = expr.doc
    before = [doc[i] for i in range(max(expr.start - 3, expr.sent.start), expr.start)]
    if any(t.lemma_.lower() in eff or t.lower_ in eff for t in before[-2:]):
        return True
    if any(t.lower_ in ("effect", "force") for t in before):
        return True
    # "from 6 p.m. on the 15th", "from midnight on Friday": a start time told before the day
    lead = [doc[i] for i in range(max(expr.start - 6, expr.sent.start), expr.start)]
    starts = [k for k, t in enumerate(lead) if t.lower_ in ("from", "starting")]
    if starts and all(_TIME_WORD.match(t.lower_) for t in lead[starts[-1] + 1 :]):
        return True
    verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if (
        verb is not None
        and verb.lemma_.lower() in words("status", "start_verbs")
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    ):
        return True  # "the blackout is meant to begin early next year", "the ban starts on Monday": its start
    head = expr.root.head
    for _ in range(2):  # the date under "effective"/"effect"/"until"/"starting", or the object of "from"
        if head.lemma_.lower() in ("effective", "effect", "until", "starting", "deadline") or head.lower_ == "starting":
            return True
        if head.lower_ == "from" and expr.root.dep_ == "pobj":
            return True
        head = head.head
    return False


def _later_exprs(sent):
    """ "days later": no date of its own, but the month of the date before it in the sentence."""
    out = []
    for i, t in enumerate(sent):
        if t.lower_ == "later" and i > 0 and sent[i - 1].lower_ in ("days", "weeks"):
            out.append(sent.doc[sent[i - 1].i : t.i + 1])
        elif t.lower_ == "within" and i + 1 < len(sent) and sent[i + 1].lower_ in ("days", "hours"):
            out.append(sent.doc[t.i : sent[i + 1].i + 1])  # "followed within days": the month told before
        elif t.lower_ == "same" and i + 1 < len(sent) and sent[i + 1].lower_ in ("year", "month") and i > 0:
            if sent[i - 1].lower_ in ("the", "that"):
                out.append(sent.doc[sent[i - 1].i : sent[i + 1].i + 1])  # "the same year": the year told before
    return out


def _precision(d: str | None) -> int:
    return len(d) if d else 0


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    return b if _precision(b) > _precision(a) else a


def _pick_date(dates: list[tuple[str, bool]]) -> str | None:
    """The most precise date, primary mentions' first on a tie; a re-mention's date that is no refinement of a
    primary mention's ("blocked X in September 2022" ... "easing the restrictions, state media said on Tuesday")
    tells a later event, and the primary date stands."""
    if not dates:
        return None
    primary = [value for value, remention in dates if not remention]
    best = None
    for value, remention in dates:
        if remention and primary and not any(value.startswith(p) for p in primary):
            continue
        key = (_precision(value), not remention)
        if best is None or key > best[0]:
            best = (key, value)
    return best[1]

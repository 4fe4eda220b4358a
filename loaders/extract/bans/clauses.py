"""What a clause tells about the ban it names: negation and denial, opinion and hearsay, steps undone, given up
or lifted, proposals, repeats, laws written, events of a day; read by several stages of the ban extractor."""

from __future__ import annotations

import re

from loaders.extract.bans._words import (
    _BIDDING_VERBS,
    _IMPLEMENT_VERBS,
    _LAWMAKING,
    _LIFT_VERBS,
    _ORDER_NOUNS,
    _PROPOSALS,
    _SAYING,
    _THING_REMOVERS,
)
from loaders.extract.bans.syntax import _is_negated, _phrase_root
from loaders.extract.base import doc_text, span_lemmas
from loaders.extract.lexicon import words
from loaders.model import MEASURES_APART

_ORDER_ISSUING = words("ban_rules", "order_issuing")
_WAY_AROUND = words("ban_rules", "way_around")
_UNWILLING_NOUNS = words("ban_rules", "unwilling_nouns")
_UNDONE_TOPICS = words("status", "undone_topics")
_OFF_ADJECTIVES = words("status", "off_adjectives")
_OFF_SUBJECTS = words("status", "off_subjects")
_RESTORING = words("status", "restoring")
# "the minister for the EU", "Secretary for Digital Affairs": a title's portfolio, not whom the holder acts for
_PORTFOLIO_HEADS = words("ban_rules", "portfolio_heads")


# Owner words that also tell a program being run on a machine: "barred from running X", "not to operate X on work
# phones" (an object of the gerund or infinitive), unlike "X, run by Y", "the firm that operates X"
_RUNNING = words("ban_rules", "running")


def _run_as_software(verb, tok) -> bool:
    """``verb`` ("run", "operate") takes the mention ``tok`` (or the list it heads) as its direct object, as a
    gerund or an infinitive: the program kept off the devices, not its owner or operator."""
    if verb.lemma_.lower() not in _RUNNING or verb.tag_ not in ("VBG", "VB"):
        return False
    cur = tok
    # up a list the name belongs to, never through a compound: "running X bots", "running X pages" run no X
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i and cur.head.i != verb.i:
        cur = cur.head
    return cur.dep_ == "dobj" and cur.head.i == verb.i


def _done_internally(trig, region) -> bool:
    """ "banned X internally": the ban is the company's rule for its own people."""
    return any(t.lower_ == "internally" and t.head.i == trig.i for t in region)


def _acts_in(tok, triggers) -> bool:
    """The token is the active subject of a ban verb, or the possessor of the subject ("South Korea's ministry
    has blocked X")."""
    subj = tok.head if tok.dep_ == "poss" else tok
    if subj.dep_ == "appos":
        subj = subj.head  # "SEOUL, Feb 7 (Wire) - South Korea's ministry has blocked": the dateline took the subject
    return subj.dep_ == "nsubj" and subj.head.lemma_.lower() in triggers and subj.head.pos_ == "VERB"


def _carries_out_a_ban(verb) -> bool:
    """ "has restricted apps on its devices, asking staff to remove X": a request that tells how a restriction
    already made is carried out, not advice."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.lemma_.lower() in words("ban", "verbs")
        and head.pos_ == "VERB"
        and not _is_negated(head)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


_COMPARED = {"line", "step", "keeping"}  # "in line with", "in step with", "in keeping with"


def _beside_comparison(region) -> set[str]:
    """The words of a region without those of a comparison ("advised civil servants not to use X, in line with
    the Parliament", "like the Senate", "following the Senate's lead"): whose devices a ban reaches is not told by
    whom it resembles."""
    out = set()
    cues = words("follow", "verbs")
    for t in region:
        if any(
            (a.lower_ in _COMPARED and a.head.lower_ == "in")
            or (a.dep_ == "prep" and a.lower_ in ("like", "unlike"))
            or (a.dep_ in ("prep", "advcl") and a.tag_ == "VBG" and a.lemma_.lower() in cues)
            for a in list(t.ancestors)[:3]
        ):
            continue
        out |= {t.lemma_.lower(), t.lower_}
    return out


_PETITIONERS = words("ban_rules", "petitioners")


def _outsider(tok) -> bool:
    """A person named with a title outside government ("senior advocate X", "X, a rights activist")."""
    root = _phrase_root(tok)
    near = [t for t in root.subtree if t.dep_ in ("compound", "amod", "appos") or t.i == root.i]
    if root.dep_ == "appos":
        near.append(root.head)
    near += [c for c in root.children if c.dep_ == "appos"]
    outsiders = words("statement", "outsiders") | _PETITIONERS
    return any(t.lemma_.lower() in outsiders for t in near)


def _portfolio(tok) -> bool:
    """ "Karoline X, the minister for the EU": the mention names the title's remit, not an actor."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _PORTFOLIO_HEADS


_OPINION_VERBS = words("ban_rules", "opinion_verbs")


_HEARSAY = words("ban_rules", "hearsay")
_DENYING = words("ban_rules", "denying")


def _denied_above(tok) -> bool:
    """ "I don't think the answer is to ban X", "has not decided to ban X": a negated opinion or intent above;
    "is not telling people to avoid the app", "did not order staff to remove it": a negated bidding above;
    "stopped short of telling the public to delete it", "fell short of ordering ...": a bidding held back."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lower_ == "short":
        return True  # "stopped short of banning X"
    cur = tok
    for _ in range(5):
        if (
            cur.dep_ in ("acl", "ccomp")
            and cur.head.lemma_.lower() in _HEARSAY
            and cur.head.dep_ in ("dobj", "nsubjpass")
            and cur.head.head.lemma_.lower() in _DENYING
        ):
            return True  # "Kenya denied reports that it had banned X", "dismissed claims that it would block X"
        if cur.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in cur.head.children):
            return True  # "has no plans to tell officials to remove it", "no intention of banning X"
        if (
            cur.dep_ == "acl"
            and cur.head.lemma_.lower() in _ORDER_NOUNS
            and cur.head.dep_ == "dobj"
            and cur.head.head.lemma_.lower() in _ORDER_ISSUING
            and _is_negated(cur.head.head)
        ):
            return True  # "has not issued any instruction to operators to suspend X", "gave no order to block X"
        if cur.dep_ == "conj" and cur.head.pos_ == "VERB" and cur.head.i < cur.i:
            cur = cur.head  # "to suspend or restrict internet services": what holds for the first verb holds for both
            continue
        gerund = cur
        while gerund.dep_ == "conj" and gerund.head.i != gerund.i:
            gerund = gerund.head  # "no intention of shutting down the internet or blocking X"
        if (
            gerund.dep_ == "pcomp"
            and gerund.head.lower_ in ("of", "for", "in")
            and gerund.head.head.pos_ == "NOUN"
            # "wasted no time in banning X", "had no qualms in blocking X": done
            and gerund.head.head.lemma_.lower() in _UNWILLING_NOUNS
            and any(
                (c.dep_ == "det" and c.lower_ in ("no", "neither")) or (c.dep_ == "amod" and c.lower_ == "little")
                for c in gerund.head.head.children
            )
        ):
            # "had no intention of shutting down the internet", parsed with "of" as a preposition; "has shown no
            # appetite for restricting platforms", "little interest in banning the app"
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "attr", "advcl", "pcomp") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return False  # only an infinitive the parser hung as an adverbial clause ("did not order X to remove")
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in _OPINION_VERBS | {"mean", "design", "aim"} and _is_negated(cur):
            return True  # also "the framework was not meant to restrict ..."
        if lemma in _BIDDING_VERBS and _is_negated(cur):
            return True
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lower_ == "short":
            return True  # "stopped short of telling ...", "falls short of ordering ..."
        if cur.pos_ == "ADP":
            return False
    return False


_ENTRY_STAMP = re.compile(
    r"^[ \t]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    r"(\d{1,2}[ \t]+[a-z]{3,9}\.?|[a-z]{3,9}\.?[ \t]+\d{1,2})(?:,?[ \t]+((?:19|20)\d\d))?,?[ \t]+\d{1,2}[:.]\d{2}\b",
    re.I | re.M,
)


def _entry_dates(text: str, published: str | None) -> list[tuple[int, str]]:
    """(offset, date) of each liveblog entry stamp opening a line ("Thu 30 Jan, 15:10 GMT"), in text order;
    none unless there are at least two (one stamped line is no liveblog)."""
    from loaders.extract.dates import resolve_date

    out = []
    for m in _ENTRY_STAMP.finditer(text):
        day = resolve_date(f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1), published)
        if day and len(day) == 10 and (not published or day <= published[:10]):
            out.append((m.start(), day))
    if any(b - a < 100 for (a, _), (b, _) in zip(out, out[1:], strict=False)):
        return []  # stamps stacked at the top ("12 March 2024, 10:30 / 13 March 2024, 08:00") head no entries
    return out if len(out) >= 2 else []


_BARRING_FROM = words("ban_rules", "barring_from")
_ADVISED_PHRASE = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PUNCT", "NUM"}


def _torn_advice(trig) -> bool:
    """ "X strongly advised MSPs and parliamentary staff to remove Y": advice the parser tore apart, taking "advised"
    for an adjective on those advised, so that the advising verb is no ancestor of the trigger; read by the words
    "<advising verb> <those advised> to <trigger>"."""
    if trig.i < 3 or trig.doc[trig.i - 1].lower_ != "to" or trig.tag_ != "VB":
        return False
    for k in range(trig.i - 2, max(trig.sent.start, trig.i - 9) - 1, -1):
        t = trig.doc[k]
        if t.lemma_.lower() in words("ban", "advisory_verbs") and t.tag_ in ("VBD", "VBN"):
            return t.dep_ == "amod" and k < trig.i - 2
        if t.pos_ not in _ADVISED_PHRASE or t.text in (".", ";", ":"):
            return False
    return False


def _habitual(tok) -> bool:
    """ "Each time a block is imposed and quietly tolerated, ...", "Whenever the government blocks a platform, ...": a
    ban told as what happens every time, in the clause of the trigger (or of the verb its noun hangs on), no ban."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.lower_ == "whenever"
        or (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() == "time"
            and any(d.dep_ == "det" and d.lower_ in ("each", "every") for d in c.children)
        )
        for c in verb.children
    )


def _torn_participle(tok) -> bool:
    """ "signed an order on Nov. 29 barring state agencies and employees from using X": a participle the parser took
    for an adjective on those it bars; it opens their phrase (no article before it) and "from" follows them."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _BARRING_FROM or tok.i == 0:
        return False
    head = tok.head
    if tok.i != head.left_edge.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.pos_ in ("DET", "ADJ", "PRON", "ADP") or prev.dep_ in ("det", "poss", "amod", "compound"):
        return False  # "the barring order", "a blocking injunction"
    nxt = head.right_edge.i + 1
    return nxt < tok.sent.end and tok.doc[nxt].lower_ == "from"


def _supposed(tok) -> bool:
    """Told inside a condition: "the government would back the regulator if it seeks a block", "if it used its powers,
    including measures that could lead to X being blocked", "Should Ofcom decide to block X, ...": a supposition, no
    ban. Only the condition's own predicate is supposed: a past fact told in a clause inside it stays a ban ("if users
    want to reach X, which the authorities blocked in 2022", "if you want to know why India banned X", "if Montana's
    decision to ban X in 2023 was a test case"), as does a definite ban noun there ("if the ban on X is lifted")."""
    path = []
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "advcl" and _condition(a):
            break
        path.append(a)
    else:
        return False
    if any(w.tag_ == "VBD" and w.dep_ in ("relcl", "ccomp", "acl") for w in path):
        return False  # "WhatsApp, which the authorities blocked in 2022", "why India banned X": a fact told inside
    if any(w.dep_ == "acl" and _definite(w.head) for w in path):
        return False  # "Montana's decision to ban X": a step told as taken
    return tok.pos_ not in ("NOUN", "PROPN") or not _definite(tok)


def _condition(verb) -> bool:
    """An adverbial clause that is a condition: opened by "if"/"unless", or by an auxiliary before its subject with
    no mark ("Should Ofcom decide to block X", "Were the state to ban X", "Had the court upheld the ban")."""
    if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subj is not None
        and not any(c.dep_ == "mark" for c in verb.children)
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were", "had") and c.i < subj.i
            for c in verb.children
        )
        and verb.i < verb.head.i
    )


def _definite(noun) -> bool:
    """The noun has a definite determiner or an owner ("the ban", "its decision", "Montana's decision")."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in noun.children)


def _conditional_prospect(tok) -> bool:
    """ "Germany could become the second country where you can no longer download X, if Apple and Google play
    along": a place that may join those banning, on a condition, with no bill or plan of its own in the sentence."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.dep_ != "attr":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() != "become" or not any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in verb.children
    ):
        return False
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    ):
        return False
    return not span_lemmas(tok.sent) & set(words("status", "proposed")) - {
        "would",
        "could",
        "may",
        "might",
    }


_GIVING_UP = _LIFT_VERBS | {"abandon", "halt", "quit"}
_EFFORTS = words("ban_rules", "efforts")


# Words a ban is told again by ("the measure was temporary", "dropped the order"): ban nouns and what a court blocks
_MEASURE_NOUNS = words("ban", "nouns") | words("ban", "weak_nouns") | words("status", "court_blocked")
# Nouns that undo a measure told in their "of" phrase ("the removal of restrictions", "the repeal of the ban")
_LIFT_NOUNS = words("ban_rules", "lift_nouns")
_UNDOING_NOUNS = words("ban", "nouns") | _LIFT_NOUNS


def _other_ban_clauses(trig, sent) -> set[int]:
    """Tokens of the clauses coordinated in the sentence that ban with a subject of their own, the trigger outside them
    ("India has barred X since 2020, and Nepal banned it for six months")."""
    return {
        t.i
        for c in sent
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and c.i != trig.i
        and c.lemma_.lower() in words("ban", "verbs")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and trig.i not in {x.i for x in c.subtree}
        for t in c.subtree
    }


_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _outside_contrast(trig, sent) -> set[int]:
    """Tokens of the sentence outside the trigger's own contrasting clause with a subject of its own ("Nigeria
    suspended X for seven months, while Uganda has blocked Y since 2021": the main clause's length is Nigeria's)."""
    for a in [trig, *trig.ancestors]:
        if a.dep_ != "advcl" or a.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in a.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in a.children
        ):
            own = {t.i for t in a.subtree}
            return {t.i for t in sent if t.i not in own}
    return set()


def _other_ban_subclauses(trig) -> set[int]:
    """Tokens of clauses under the trigger's that ban another object of their own ("Russia blocked X in 2016, tried and
    failed to block Y between 2018 and 2020": the span of years is Y's)."""
    return {
        t.i
        for c in trig.subtree
        if c.i != trig.i
        and c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() in words("ban", "verbs")
        and any(g.dep_ == "dobj" for g in c.children)
        for t in c.subtree
    }


def _said_of_another(word, trig) -> bool:
    """ "Meta said the change to its rules that prompted the action was temporary": the word is said of a subject
    that is neither the ban told nor a word for a measure; "declined to issue an interim order against the ban": nor
    of a noun set against the ban."""
    if word.dep_ == "amod" and any(
        p.dep_ == "prep" and p.lower_ == "against" and trig.i in {t.i for t in p.subtree} for p in word.head.children
    ):
        return True
    head = word.head if word.dep_ in ("acomp", "attr", "oprd") else None
    if head is None or head.i == trig.i:
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == trig.i or subj.pos_ == "PRON":
        return False
    return subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() not in _MEASURE_NOUNS


def _undone_later(trig) -> bool:
    """ "ordered it blocked in April 2018, failed to make the block stick, and formally dropped it in June 2020": the
    ban's clause goes on, coordinated and with no subject of its own, to undo it."""
    anc = {a.i for a in [trig, *trig.ancestors]}
    for c in trig.sent:
        if c.i <= trig.i or c.dep_ != "conj" or c.pos_ != "VERB" or not _lifts(c) or not _done(c) or _is_negated(c):
            continue
        if c.lemma_.lower() in ("remove", "withdraw") or any(
            g.dep_ == "prep" and g.lower_ == "from" for g in c.children
        ):
            continue  # "removed it from the stores", "dropped it from a list of apps under review": the thing, not the ban
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue  # a subject of its own: another's act
        head = c.head
        # coordinated with the ban's own clause, or with a subjectless clause beside it (a parser's list of clauses)
        if head.i not in anc and (
            head.head.i not in anc or any(g.dep_ in ("nsubj", "nsubjpass") for g in head.children)
        ):
            continue
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is not None and (obj.lower_ == "it" or obj.lemma_.lower() in _MEASURE_NOUNS):
            return True
    return False


# verbs that tell a blocked app back where it was: "allowed them again", "returned to the app stores"
_BACK_VERBS = {"allow", "permit", "return", "reappear", "resume", "come", "let"}
_BACK_PLACES = {"store", "market", "shelf", "marketplace"}
# what may be told back in the ban's place: "the app returned", "the service was back"
_SPAN_UNITS = {"hour", "day", "week", "month", "year"}
_BACK_SUBJECTS = {"app", "application", "download", "service", "platform", "site", "website", "messenger"}


def _places(tokens, loose: bool = False) -> set[str]:
    """The countries a run of tokens names, by name or demonym ("Dutch" and "the Netherlands" alike); ``loose``: also
    a place's name the NER gave another label ("Italy's data protection authority")."""
    from loaders.extract.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    out = set()
    for t in tokens:
        if loose and t.is_title and (entry := gaz.lookup(t.text)) is not None and entry.id.startswith("jurisdiction/"):
            out.add(entry.id)
        if t.ent_type_ not in ("GPE", "NORP") and t.text not in gaz.demonyms:
            continue
        if t.text in gaz.demonyms:
            out.add(gaz.demonyms[t.text])
            continue
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        entry = gaz.lookup(ent.text if ent is not None else t.text)
        out.add(entry.id if entry is not None else (ent.text if ent is not None else t.text).lower())
    return out


_PLURAL_PRONOUNS = {"they", "them", "these", "those"}


def _told_thing(pron, trig) -> bool:
    """ "blocked Facebook in March, but it was back within days": a pronoun that may be the banned thing, agreeing
    with it in number or with it the nearest noun before; not "blocked Facebook to stifle protests, but they were
    back" (the protests). With no banned thing found under the verb, any pronoun may be it."""
    things = [g for g in trig.children if g.dep_ in ("dobj", "nsubjpass")]
    things += [c for t in things for c in t.conjuncts]
    if not things:
        return True
    many = len(things) > 1 or any(t.tag_ in ("NNS", "NNPS") for t in things)
    if (pron.lower_ in _PLURAL_PRONOUNS) == many:
        return True
    told = {t.i for g in things for t in g.subtree}
    last = next((t for t in reversed(pron.doc[: pron.i]) if t.pos_ in ("NOUN", "PROPN")), None)
    return last is not None and last.i in told


def _back_later(trig) -> bool:
    """ "suspended new downloads of X in February; it returned to app stores in April", "suspended downloads in
    February, and allowed them again in April": the ban's sentence goes on, in the past, to put the app back, so the
    ban was for a while. Not "until it returns to the stores" (a condition), "has not returned", nor another app's
    or another body's act ("..., and Spain allowed it again")."""
    for c in trig.sent:
        # ("..., and let it back": "let" the tagger reads as a base form, coordinated with a past verb)
        past = c.tag_ == "VBD" or (c.lower_ == "let" and c.dep_ == "conj" and c.head.tag_ == "VBD")
        # "..., and the service was back within weeks": "be" with "back" puts the thing back as "come back" does
        # (a time at most: not "was back in court", "back in talks with the ministry")
        back = [g for g in c.children if g.dep_ == "advmod" and g.lower_ == "back"]
        be_back = (
            c.lemma_ == "be"
            and bool(back)
            and all(
                o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _SPAN_UNITS
                for h in (c, *back)
                for g in h.children
                if g.dep_ == "prep"
                for o in g.children
                if o.dep_ == "pobj"
            )
        )
        if c.i <= trig.i or not (c.pos_ == "VERB" or be_back) or not past:
            continue
        if c.lemma_.lower() not in _BACK_VERBS and not be_back:
            continue
        if _is_negated(c) or any(a.dep_ == "mark" or a.lower_ in ("until", "unless", "if") for a in c.children):
            continue
        # "in September, when it reappeared on app stores", "an app that returned to the stores": a time or a thing
        # told by the clause, no putting back
        if c.dep_ in ("relcl", "acl") or any(a.tag_ in ("WRB", "WDT", "WP") for a in c.children):
            continue
        # "the company said it returned to app stores in Bangladesh": someone's account, not the telling's own
        if any(
            a.lemma_.lower() in _SAYING | {"report", "claim"} and a.i > trig.i
            for a in c.ancestors
            if a.i != trig.i and a.i < c.i
        ):
            continue
        # "allowed other platforms again", "allowed Roblox again": another thing put back
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is None:  # "let TikTok back into the stores": what is let back, the subject of the parser's clause
            obj = next(
                (
                    s
                    for g in c.children
                    if g.dep_ == "ccomp" and g.lower_ == "back"
                    for s in g.children
                    if s.dep_ == "nsubj"
                ),
                None,
            )
        back = {t.i for t in c.subtree}
        own = {t.lower_ for t in trig.subtree if t.pos_ in ("PROPN", "NOUN") and t.i not in back}
        if obj is not None and obj.pos_ != "PRON":
            # ("allowed the app again", "allowed new downloads again"; not "allowed other messaging apps again")
            kinds = any(g.dep_ in ("amod", "compound", "nmod") and g.lower_ != "new" for g in obj.children)
            bare = obj.lemma_.lower() in ("app", "application", "download") and not kinds
            if not bare and (obj.lower_ not in own or obj.pos_ != "PROPN"):
                continue
        # "returned to the German market", "to app stores in Bangladesh" after a Dutch or Nepalese ban: another place
        # (not the places of a reason told after: "let it back in April, after saying it sent data to China")
        why = {
            t.i
            for g in c.children
            if g.dep_ == "advcl" or (g.dep_ == "prep" and g.lower_ in ("after", "because", "following"))
            for t in g.subtree
        }
        if _places(t for t in c.subtree if t.i not in why) - _places((t for t in trig.sent if t.i < c.i), loose=True):
            continue
        # ("let it back into the app stores": the parser's clause "it back" under "let")
        again = any(
            (g.dep_ == "advmod" and g.lower_ in ("again", "back")) or (g.dep_ == "ccomp" and g.lower_ == "back")
            for g in c.children
        )
        place = c.lemma_.lower() in ("return", "reappear", "come") and any(
            g.dep_ == "prep"
            and g.lower_ in ("to", "in", "on")
            and any(p.lemma_.lower() in _BACK_PLACES for p in g.subtree)
            for g in c.children
        )
        # "X was banned in 2023 and returned in 2024": the banned thing, the subject both verbs share, came back
        # (not "returned to court", "returned the favour")
        shared = (
            c.lemma_.lower() in ("return", "reappear")
            and c.dep_ == "conj"
            and c.head.i == trig.i
            and any(g.dep_ == "nsubjpass" for g in trig.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
            and not any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children)
            # ("returned in 2021 as a rebranded game", "returned as the most used app via VPNs": back as another
            # thing or by another way, the ban not undone)
            and not any(g.dep_ == "prep" and g.lower_ in ("as", "via", "under") for g in c.children)
        )
        if not (again or place or shared or be_back):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if be_back and subj is not None and subj.pos_ == "PRON" and not _told_thing(subj, trig):
            continue  # "blocked Facebook ... to stifle protests, but they were back within days": the protesters
        if (
            subj is not None
            and subj.pos_ != "PRON"
            and subj.lemma_.lower() not in _BACK_SUBJECTS
            # ("..., and Telegram was back within weeks": the name the ban's clause told)
            and not (subj.pos_ == "PROPN" and subj.lower_ in own)
        ):
            continue
        return True
    return False


_ACCESS_NOUNS = frozenset({"access", "service", "connectivity", "connection"})
_APP_NOUNS = frozenset({"app", "application", "platform", "site", "website", "messenger", "network"})
_NOT_AN_APP = frozenset({"internet", "web", "vpn", "vpns", "broadband", "data"})


def _access_back_after(trig) -> bool:
    """ "Access to X returned on Monday, more than five months after the platforms were blocked": the ban's clause
    is the time after which access came back, told in the past; not "access has not returned since X was blocked"."""
    if trig.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in trig.children):
        return False
    head = trig.head
    if head.tag_ != "VBD" or head.lemma_.lower() not in ("return", "resume") or _is_negated(head):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _ACCESS_NOUNS:
        return False
    # what access came back to must be told, and be an app or platform, not the internet or a place: "Access to
    # Viber returned", not "Internet service returned to Manipur" nor "VPN access returned in Pakistan" (after
    # another app was blocked)
    named = [
        t
        for p in subj.children
        if p.dep_ == "prep" and p.lower_ in ("to", "of", "for")
        for o in p.children
        if o.dep_ == "pobj"
        for t in o.subtree
    ]
    if any(t.lower_ in _NOT_AN_APP for t in named):
        return False
    return any(
        (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")) or t.lemma_.lower() in _APP_NOUNS
        for t in named
    )


def _over_after(trig, published: str | None) -> bool:
    """ "X was unavailable in Pakistan for more than three years after the government blocked it in 2012": an "after"
    clause whose head clause tells, in the past, how long the ban lasted, and the ban's year plus that length ends
    before the story's year (not "unavailable for more than four years after X blocked it in 2020", told in 2025: the
    length runs up to the story)."""
    if (
        not published
        or trig.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "after" for c in trig.children)
    ):
        return False
    head = trig.head
    if head.tag_ != "VBD" and not any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    own = " ".join(t.lower_ for t in head.subtree if t.i not in {x.i for x in trig.subtree})
    m = re.search(
        r"\bfor (more than |over |about |almost |nearly )?(a|an|one|two|three|four|five|six|seven|eight|nine"
        r"|ten|\d+)[\s-]+(day|week|month|year)s?\b",
        own,
    )
    start = next((int(t.text) for t in trig.subtree if re.fullmatch(r"(?:19|20)\d\d", t.text)), None)
    if m is None or start is None:
        return False
    numbers = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
    numbers |= {"eight": 8, "nine": 9, "ten": 10}
    n = int(m.group(2)) if m.group(2).isdigit() else numbers[m.group(2)]
    years = n / {"day": 365, "week": 52, "month": 12, "year": 1}[m.group(3)]
    # "more than three years" may run a year longer; the ban's year is counted whole
    end = start + years + (1 if m.group(1) in ("more than ", "over ") else 0)
    return end < int(published[:4])


def _given_up_later(trig) -> bool:
    """ "spent two years trying to block X before abandoning the effort", "blocked X for a month before lifting the
    ban": the ban's own clause tells, after "before", that whoever imposed it ended it."""
    if trig.pos_ != "VERB":
        return False
    for p in trig.children:
        if p.dep_ == "prep" and p.lower_ == "before":
            if any(c.dep_ == "pcomp" and c.lemma_.lower() in _GIVING_UP and c.tag_ == "VBG" for c in p.children):
                return True
        if p.dep_ == "advcl" and p.lemma_.lower() in _GIVING_UP and p.tag_ == "VBG":
            if any(c.dep_ == "mark" and c.lower_ == "before" for c in p.children) or (
                p.i > 0 and p.doc[p.i - 1].lower_ == "before"
            ):
                return True
    # "tried to block X in 2018, only to abandon the effort in 2020": "only to" tells what became of the clause's
    # doing, wherever the parser hung it
    return any(
        t.i > trig.i
        and t.lemma_.lower() in _GIVING_UP
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and any(c.dep_ == "advmod" and c.lower_ == "only" for c in t.children)
        and any(c.dep_ == "dobj" and _the_ban_given_up(t, c) for c in t.children)
        for t in trig.sent
    )


def _the_ban_given_up(verb, obj) -> bool:
    """The object of "only to <give up>" that can be the ban told before: a word for the measure, or an effort that
    is no ban of its own ("only to abandon the effort", not "only to abandon an attempt to ban it nationwide": that
    ends the attempt); a pronoun only with a verb that ends measures, not things ("only to lift it", not "only to
    remove them from Hong Kong": lexicon ban_rules.thing_removers)."""
    if obj.pos_ == "PRON":
        return verb.lemma_.lower() not in _THING_REMOVERS and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
        )
    if obj.lemma_.lower() in _EFFORTS:
        return not any(t.lemma_.lower() in words("ban", "verbs") and t.pos_ == "VERB" for t in obj.subtree)
    return obj.lemma_.lower() in _MEASURE_NOUNS


def _same_time(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _lifted(tok) -> bool:
    """A ban told only as lifted: "Nepal lifted its ban on X", "restored access to X after a ban of two months", "the
    removal of restrictions on X"."""
    if tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
        return _undoing_of_a_ban(tok.head.head.head)  # "the withdrawal of the order banning X"
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _LIFT_VERBS:
        return True
    if _undoing_of_a_ban(tok) or (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _undoing_of_a_ban(tok.head.head)):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("after", "following")
        and tok.head.head.lemma_.lower() in ("restore", "lift", "unblock", "reinstate", "reverse", "end")
    )


def _undoing_of_a_ban(noun) -> bool:
    """A noun whose "of" phrase is a measure names that measure's undoing, not a ban of its own: "the removal of
    restrictions on X", "the lifting of the ban", "the withdrawal of the order" (not "the removal of X from state
    phones", "the suspension of X"; nor a court's halting of a measure, _court_halting: "a judge ordered the blocking
    of the law banning X" blocks it)."""
    return noun.lemma_.lower() in _UNDOING_NOUNS and bool(_measures_undone(noun)) and not _court_halting(noun)


def _measures_undone(noun) -> list:
    """The measure nouns in a noun's "of" phrase ("the blocking of [the law]", "the removal of [restrictions]")."""
    return [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _MEASURE_NOUNS
    ]


_COURTS = words("actors", "court") | {"magistrate"}


def _court_halting(noun) -> bool:
    """A ban noun (not a lifting noun) with a measure in its "of" phrase, the object of a court's verb: "A federal
    judge ordered the blocking of the law banning X", "the High Court ordered the suspension of the government's
    decision to block X": the court halts the measure, which stays its maker's, blocked by the court."""
    if noun.lemma_.lower() in _LIFT_NOUNS or noun.dep_ != "dobj" or not _measures_undone(noun):
        return False
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in _COURTS for s in subj for t in (s, *(c for c in s.children if c.dep_ == "appos")))


def _summing_up(obj, objects, doc) -> bool:
    """ "bars the app from federal devices, a restriction announced in April": a second object after a comma that
    names the act itself (a parser's appositive), not what the verb acts on."""
    return any(o.i < obj.i and o.dep_ == "dobj" for o in objects) and any(
        doc[i].lower_ == "," for i in range(obj.left_edge.i - 1, max(obj.left_edge.i - 2, -1), -1)
    )


_NOT_YET = words("ban_rules", "not_yet")
_READY = words("ban_rules", "ready")


def _temporal(prep) -> bool:
    """A preposition phrase that only tells a time ("in March", "on Tuesday", "in November 2023")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ == "DATE" for o in objs)


def _ranked_actor(tok) -> bool:
    """ "the latest country to do so", "the first state to": a noun that ranks the imposer among others."""
    return tok.lemma_.lower() in ("country", "nation", "state", "government", "institution", "jurisdiction") and any(
        c.dep_ == "amod" and c.lower_ in ("latest", "last", "first", "newest", "second", "third") for c in tok.children
    )


def _done(verb) -> bool:
    """The verb tells something done, not refused or only wished: not "will not lift", "no plans to lift", "urged
    it to lift", "could be lifted" (but "only to revoke the suspension two days later" was done)."""
    if _is_negated(verb) or _imperative(verb) or _topic_gerund(verb) or _only_in_view(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        return head.lemma_.lower() not in _NOT_YET and not _is_negated(head)
    return True


# the marks of a clause a thing to come hangs on: "will be lifted when X complies", "would be restored if ..."
_CONDITION_MARKS = frozenset(("if", "when", "once", "unless"))
# ... of them, those that tell a time, not a supposition: "would be lifted days later, when X complied" (told past)
_TIME_MARKS = frozenset(("when", "once"))
# adjectives that judge a thing only possible: "unlikely that the suspension would be reversed" (not "certain that")
_MAYBE_ADJECTIVES = words("ban_rules", "maybe")


def _only_in_view(verb) -> bool:
    """A modal verb telling a thing only possible or to come on a condition, not a deed: "the ban could be lifted",
    "the suspension will be lifted when the company complies", "unlikely that the suspension would be reversed" (a
    clause an adjective judges). Not "said it would lift the ban on Monday", nor "has lifted the ban": a step told."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if not modals:
        return False
    if modals & {"could", "may", "might", "can"}:
        return True
    head = verb.head
    # ("it was unlikely that ...": the adjective judging the clause is the copula's); an adjective of likelihood, not
    # one of certainty or feeling ("certain that the block will be lifted on Monday", "glad that it would lift it")
    judged = (head.pos_ == "ADJ" and head.lemma_.lower() in _MAYBE_ADJECTIVES) or (
        head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _MAYBE_ADJECTIVES for c in head.children)
    )
    return judged or any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITION_MARKS for m in c.children)
        and not _told_then(verb, c, modals)
        and not _dated_when(c)
        for c in verb.children
    )


def _dated_when(clause) -> bool:
    """ "said it would lift the block when the new cabinet meets on Tuesday": a "when" clause its own date sets on
    the calendar is the lifting's time, as "would lift the ban on Tuesday" is, not a condition ("when the company
    complies", "once it pays the fine by Friday" stay conditions)."""
    if not any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in clause.children):
        return False
    return any(
        (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
        or (c.dep_ == "prep" and c.lower_ in ("on", "in") and any(p.ent_type_ == "DATE" for p in c.children))
        for c in clause.children
    )


def _told_then(verb, clause, modals) -> bool:
    """ "The suspension would be lifted three days later, when the company handed over the data": the narrator's
    "would" (no one's words reported) with a time clause in the simple past tells what came to pass, not a condition
    ("the ministry said the suspension would be lifted when X complied" is another's words, still in view)."""
    return (
        modals == {"would"}
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_ in _SAYING for c in verb.children)
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS for m in clause.children)
        and clause.tag_ == "VBD"
    )


def _imperative(verb) -> bool:
    """ "Either publish the reasons, or lift it": a bare verb with no subject or auxiliary heading its sentence or a
    quoted clause (or coordinated with one that does) is a demand, not a deed."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    return verb.dep_ in ("ROOT", "ccomp", "parataxis") or (verb.dep_ == "conj" and _imperative(verb.head))


def _topic_gerund(verb) -> bool:
    """ "the conditions for lifting the block", "talks on lifting the ban": a gerund in the phrase of a noun of a
    thing asked, weighed or bargained over (lexicon status.undone_topics) names what the noun is about, not a thing
    done; "a week after lifting the suspension", "his help in lifting it", "the decision on lifting it" tell it
    done."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep"):
        return False
    noun = verb.head.head
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in _UNDONE_TOPICS or noun.lower_ in _UNDONE_TOPICS)


def _turns_about(verb, trig) -> bool:
    """ "barred soldiers from using X, reversing course on an app it had used": a bare participle "reversing
    course/its stance on <thing>" (lexicon status.turn_nouns) hung on the ban's own verb tells the ban as a turn from
    an earlier stance, not its undoing. Not with a time of its own ("reversing course in August 2024", "nine months
    later": the later undoing of the ban), nor when it reverses a measure ("reversing it", "the ban", "course on the ban"); "..., before reversing the decision" has its conjunction."""
    if not (
        verb.lemma_.lower() == "reverse"
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i == trig.i
        and not any(c.dep_ in ("mark", "advmod", "npadvmod") for c in verb.children)
    ):
        return False
    turns = words("status", "turn_nouns")
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in turns:
        return False
    about = [p for c in (verb, obj) for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "over", "regarding")]
    if not about or any(g.dep_ == "pobj" and g.lemma_.lower() in _MEASURE_NOUNS for p in about for g in p.children):
        return False
    # a time of its own: "reversing course in August 2024", "reversing course on the app within days"
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        for c in (*verb.children, *obj.children)
        if c.dep_ in ("prep", "npadvmod") and c not in about
        for t in c.subtree
    )


def _own_members(region) -> bool:
    """ "ban X for its members", "bars members from X", "members of parliament": a legislature's members (lexicon
    scope.members) are its own people; not "members of the public"."""
    own = words("scope", "legislature") | words("actors", "legislature")
    for t in region:
        if t.lemma_.lower() not in words("scope", "members") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        of = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not of or any(g.lemma_.lower() in own for g in of):
            return True
    return False


def _government_kit(region) -> bool:
    """ "on government devices", "from federal phones", "state-issued laptops": a device noun the region names as the
    government's own kit."""
    devices, owners = words("scope", "devices"), words("scope", "government_kit")
    return any(
        t.lemma_.lower() in devices
        and t.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("compound", "amod") and c.lower_ in owners for c in t.children)
        for t in region
    )


def _lifts(verb) -> bool:
    """A verb that ends a ban: "lift", "revoke", "set aside", "quash"."""
    lemma = verb.lemma_.lower()
    if lemma in _LIFT_VERBS or lemma in ("quash", "annul", "repeal"):
        return True
    return lemma == "set" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "aside" for c in verb.children)


_EARLIER = words("ban_rules", "earlier")


def _pluperfect(tok) -> bool:
    """Told as done before the story's event: "the ministry had said ... that bodies should avoid X", "had advised"."""
    for verb in (tok, tok.head if tok.dep_ in ("ccomp", "xcomp") else None):
        if verb is not None and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children
        ):
            return True
    return False


def _earlier(tok) -> bool:
    """A ban noun told as the one before ("the earlier administrative ban", "its previous order")."""
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in tok.children)


def _status_kind(status: str) -> str:
    return status if status in MEASURES_APART else "rule"


def _of_a_proposal(trig) -> bool:
    """An infinitive that tells what a bill is for: "Bill to bar X", "Bill introduced in US House to bar X"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    return any(a.lemma_.lower() in _PROPOSALS and a.pos_ in ("NOUN", "PROPN") for a in list(trig.ancestors)[:2])


def _nobody_did(tok) -> bool:
    """ "No government in the US has banned the app", "Nobody has blocked it": a subject that denies the act."""
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("nobody", "none", "neither", "noone", "no-one"):
            return True
        if any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children):
            return True
    return False


def _an_opinion(tok) -> bool:
    """ "X said the devices should be removed", "she argued the app ought to be banned": what someone thinks
    should happen, reported, is a call for a ban (a statement), not one."""
    modal_of = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "aux" for c in tok.children) else tok
    # "said the government should go further and ban X": a coordinated verb shares the modal of its first
    if not any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in modal_of.children):
        return False
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _SAYING:
            return True
    return False


def _no_one(tok) -> bool:
    """The subject of a verb is nobody: "no minister may have X", "neither app may be installed"."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children)
        for c in tok.children
    )


def _report_date(trig, date_tok) -> bool:
    """The date is told on the reporting verb whose that-clause holds the trigger ("X blocked Y on Sunday, the
    regulator confirmed on Monday")."""
    clause = trig
    while clause.dep_ in ("xcomp", "conj", "acl", "dobj", "pobj", "prep", "pcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING | {"confirm", "report", "announce"}:
        return False
    return date_tok.i not in {t.i for t in clause.subtree} and any(a.i == clause.head.i for a in date_tok.ancestors)


_ENDING_VERBS = words("ban_rules", "ending_verbs")
_SPAN_VERBS = words("ban_rules", "span_verbs")


def _ends_itself(trig) -> bool:
    """A ban noun told as the subject of its own end: "the ban ended in 2022", "the suspension expired"; or of its
    span told in the simple past, over: "the blackout lasted four days" (not "has lasted", "will last")."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "nsubj" or _is_negated(trig.head):
        return False
    verb = trig.head.lemma_.lower()
    if verb in _SPAN_VERBS:
        # (not "the ban lasted longer than expected, and it is still in place")
        return (
            trig.head.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass") for c in trig.head.children)
            and not _still_in_force(trig.sent)
        )
    return verb in _ENDING_VERBS and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to") for c in trig.head.children
    )


def _has_whether(doc) -> bool:
    found = doc.user_data.get("bangraph.has_whether")
    if found is None:
        found = doc.user_data["bangraph.has_whether"] = "whether" in doc_text(doc).lower()
    return found


def _open_question(tok) -> bool:
    """The token sits in a clause told as an open question ("did not say whether it was considering restrictions",
    "gave no details on whether it would be temporary"): nothing in it is asserted."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("question", "issue"):
        return True  # "the question of blocking X needs to be considered": a matter raised, nothing done
    if not _has_whether(tok.doc):  # most documents ask no question: skip the walk up the tree
        return False
    for a in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in a.children):
            return True
        if a.dep_ == "pcomp" and a.head.lower_ in ("whether",):
            return True
    return False


def _polar_question(tok) -> bool:
    """The token is in the main clause of a yes-no question, its auxiliary before its subject and a question mark
    ending it ("Will Kenya block the app?", "Should the state ban it?", "Q: Is this a ban on X?"): asked, not told.
    Not a wh-question ("Why did X ban Y?" tells the ban), nor a clause the question only reports ("Did you know X
    banned Y?")."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
    if not verbal and any(c.dep_ == "poss" for c in tok.children):
        return False  # "Is Nepal's ban on TikTok working?", "get around Russia's block on X?": the ban is told
    clause = tok
    while clause.dep_ not in ("ROOT",) and clause.head.i != clause.i:
        if clause.dep_ in ("ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"):
            return False
        if not verbal and clause.dep_ in ("nsubj", "nsubjpass"):
            return False  # "Has the ban on X made officials safer?": asked of the ban, which is told
        clause = clause.head
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < clause.i):
        return False
    verbs = [clause] if clause.pos_ == "AUX" else []
    verbs += [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.pos_ == "AUX"]
    verbs += [c for v in verbs if v.dep_ == "auxpass" for c in v.children if c.dep_ == "aux" and c.pos_ == "AUX"]
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:  # "Will X remain banned?", "Will X stay blocked?": the subject hung on the copula
        subj = next(
            (
                c
                for v in verbs
                if v.dep_ == "auxpass"
                for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass", "expl", "compound")
            ),
            None,
        )
    if subj is None:
        return False
    return any(v.i < subj.i for v in verbs)


def _a_way_around(span) -> bool:
    """The product is named in an "unless" or "without" clause ("would not load unless they switched on a VPN"):
    the way around the block, not what was blocked; so is where users went to get around it ("users turned to VPNs",
    "switched to proxies")."""
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "to"
        and root.head.head.pos_ == "VERB"
        and root.head.head.lemma_.lower() in _WAY_AROUND
    ):
        return True
    for a in span.root.ancestors:
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("unless", "without") for c in a.children):
            return True
    return False


def _named(tok) -> list:
    """A noun and the names it is made of ("Huawei and ZTE equipment"), not what hangs on it by a preposition ("a
    stake in X")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "nmod", "poss", "conj", "appos"):
            out.extend(_named(c))
    return out


def _avoided(tok) -> list:
    """What an "avoid" phrase avoids: "steer clear of X", "stay away from X" (the preposition hung on the verb or on
    the word that comes with it); nothing for any other verb."""
    phrase = words("ban", "avoid_phrases").get(tok.lemma_.lower())
    if not phrase:
        return []
    for word in tok.children:
        prep = phrase.get(word.lower_) if word.dep_ in ("dobj", "advmod", "acomp", "prt", "oprd") else None
        if prep is None:
            continue
        return [
            p
            for holder in (word, tok)
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children
            # "be cautious about using X": what the use is of
            for p in (
                [g] if g.dep_ == "pobj" else [o for o in g.children if o.dep_ == "dobj"] if g.dep_ == "pcomp" else []
            )
        ]
    return []


# Verbs of doing alike whose object is a measure done alike. Not the lexicon's follow.verbs on purpose (see
# ``ban_rules.mirroring``): those name the followed actor, and "following orders by X" is obeying them.
_MIRRORING = words("ban_rules", "mirroring")


def _mirrored(tok) -> bool:
    """The object of a verb of doing alike ("mirroring orders by X"), or the subject of the clause a parser
    made of its reduced relative ("mirroring [orders issued by X]")."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.dep_ == "ccomp" and any(c.dep_ == "agent" for c in head.children):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _MIRRORING


def _told_separately(sent) -> bool:
    """A sentence that opens by telling another measure: "Separately, ...", "In a separate move, ..."."""
    words_ = [t.lower_ for t in sent if not t.is_space][:4]
    return bool(words_) and (
        words_[0] == "separately" or words_[:3] in (["in", "a", "separate"], ["in", "separate", "moves"])
    )


_REPEATS = words("status", "repeats")
_REPEAT_COUNTS = words("status", "repeat_counts")


def _repeated(trig) -> bool:
    """ "has suspended X several times", "blocked it twice": a ban done again and again was lifted in between."""
    if trig.pos_ not in ("VERB", "AUX"):
        return False
    for c in trig.children:
        if c.dep_ in ("npadvmod", "advmod") and any(g.lower_ in _REPEATS for g in c.subtree):
            return True  # "blocked X twice", "twice this year" (parsed "twice" under "year")
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ == "times":
            if any(g.lower_ in _REPEAT_COUNTS or g.like_num for g in c.subtree if g.i != c.i):
                return True
    return False


def _legislating(trig) -> bool:
    """The ban is told as law-making: a law's clause ("Senate Bill 1893, which bars X"), or the verb it hangs on
    speaks of a law ("wrote the prohibition into state law", "passed a bill banning X")."""
    if any(a.lemma_.lower() in _LAWMAKING for a in trig.ancestors):
        return True
    verb = next((a for a in [trig, *trig.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(t.lemma_.lower() in _LAWMAKING for t in verb.subtree if t.i != trig.i)


def _written_into_law(trig) -> bool:
    """ "wrote the prohibition into law", "put a ban into state law": a ban noun made a statute; not one only meant
    to be ("were prepared to write the ban into statute", "a bill that would write the prohibition into law")."""
    verb = trig.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() in _NOT_YET | _READY or not _done(verb)
    ):
        return False
    return trig.dep_ == "dobj" and any(
        p.dep_ == "prep"
        and p.lower_ == "into"
        and any(g.lemma_.lower() in ("law", "statute", "code") for g in p.children)
        for p in trig.head.children
    )


def _never_done(tok) -> bool:
    """ "That ban was never implemented", "the order never took effect": a ban noun whose carrying out is denied."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    never = any(c.dep_ == "neg" and c.lower_ in ("never", "not", "n't") for c in verb.children)
    if not never:
        return False
    if verb.lemma_.lower() in _IMPLEMENT_VERBS:
        if verb.lemma_.lower() == "apply" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return False  # "the order does not apply to personal phones": what it reaches, not whether it was done
        return verb.lemma_.lower() != "carry" or any(c.lower_ == "out" for c in verb.children)
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)


def _kind_of_orders(tok) -> bool:
    """ "carries out blocking orders", "handles takedown requests": a trigger naming the kind of a bare plural
    order noun, with nothing told of whom or what the orders are on."""
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound")
        and head.i != tok.i
        and head.tag_ == "NNS"
        and head.lemma_.lower() in words("ban", "weak_nouns") | {"request"}
        and all(c.i == tok.i or c.dep_ in ("amod", "compound") for c in head.children)
    )


def _day_cut(trig, named=None) -> bool:
    """An access cut (lexicon status.day_cuts: "cut", "shut down", "a blackout"), or a ban verb whose object is access
    or the network ("blocked access to the internet", "restricted the internet", "suspended mobile phone services";
    status.day_cut_objects); not access or services told of a platform ("blocked access to X", "suspended X's
    services", "the services of X": _of_a_platform)."""
    if trig.lemma_.lower() in words("status", "day_cuts"):
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in words("status", "day_cut_objects")
        and not _of_a_platform(c, named)
        for c in trig.children
    )


def _of_a_platform(obj, named=None) -> bool:
    """Access or a service (lexicon status.day_cut_carriers) told of a named platform ("access to X", "X's services",
    "the services of X", "X services"), not of the internet, mobile data or the network (status.day_cut_networks),
    and not bare ("cut off services"). `named` tells a token naming a product or company (by default a proper
    noun)."""
    if obj.lemma_.lower() not in words("status", "day_cut_carriers"):
        return False
    named = named or (lambda t: t.pos_ == "PROPN")
    networks = words("status", "day_cut_networks")
    attached = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "on") for g in c.children]
    attached += [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")]
    platform = False
    for a in attached:
        toks = list(a.subtree)
        if any(t.lower_ in networks or t.lemma_.lower() in networks for t in toks):
            return False  # "access to the internet", "mobile data services"
        platform = platform or any(named(t) for t in toks)
    return platform


def _on_event_day(tok, trig, named=None) -> bool:
    """ "cut access to X on the day of the vote", "on polling day", "On August 26, polling day in the election, ... cut
    access": an access cut's time is the day (lexicon status.event_days) a vote or exam (status.day_events) falls
    on, which bounds it as "during" does. Only a day told as the time of the clause (under "on", or bare), not
    "since election day" (a start) nor "the day after the vote"; not "the eve of" (a date only); not a ban of a
    platform told on that day ("banned X on election day, citing ...": _day_cut)."""
    events = words("status", "day_events")
    if tok.lemma_.lower() not in words("status", "event_days") or tok.pos_ != "NOUN" or not _day_cut(trig, named):
        return False
    if not (
        (tok.dep_ == "pobj" and tok.head.lower_ == "on")
        or (tok.dep_ == "npadvmod" and tok.head.pos_ in ("VERB", "AUX"))
    ):
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("after", "before", "next", "following", "previous") for c in tok.children):
        return False
    named = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    named += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children]
    return any(g.lemma_.lower() in events or g.lower_ in events for n in named for g in n.subtree)


def _still_in_force(sent) -> bool:
    """ "X remains blocked in Y, years after the authorities cut access during the election": the sentence says the
    ban still stands, so the event it began in does not bound it."""
    for t in sent:
        if t.lemma_.lower() not in words("ban", "verbs") or t.tag_ != "VBN":
            continue
        if any(c.lower_ in ("remains", "remain", "remained", "stays", "stay", "stayed") for c in t.children):
            return True
        if t.dep_ in ("acomp", "oprd", "xcomp") and t.head.lemma_.lower() in ("remain", "stay"):
            return True
    return any(_in_place_now(t) for t in sent)


def _in_place_now(tok) -> bool:
    """ "it is still in place", "the ban remains in force", "the block has stayed in effect": a ban (a ban noun or a
    pronoun) told standing now; not "stayed in place until 2020" (past), not "a curfew is in force" (no ban)."""
    if tok.lower_ not in ("place", "force", "effect") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in ("be", "remain", "stay") or _is_negated(verb):
        return False
    now = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    )
    if not now or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "they") or c.lemma_.lower() in words("ban", "nouns"))
        for c in verb.children
    )


def _simple_past(trig) -> bool:
    """A verb told in the simple past ("blocked"), not the perfect or the present ("has blocked", "is blocked")."""
    return trig.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trig.children)


_NOW_TENSES = ("VBZ", "VBP")


def _present(verb) -> bool:
    """Told of now: a present verb, or one with a present auxiliary ("is", "has", "have been")."""
    return verb.tag_ in _NOW_TENSES or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _NOW_TENSES for c in verb.children
    )


def _kept_off_now(verb, told, told_sent) -> bool:
    """One verb of ``_still_standing``: the banned thing told still off, now. ``told`` holds the words of the names
    the ban's sentence gives, for a named subject to be one of them; ``told_sent`` is that sentence."""
    # (the subject the parser hung on the auxiliary: "it remains blocked")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subj = next((c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    # "Is it still blocked?", "could not say whether it is still blocked": asked, not told
    if _asked(verb, holders):
        return False
    # "it", "they", "all three", the ban told again ("the block"), or a name of the ban's sentence
    fits = (
        subj.lower_ in ("it", "they", "both", "all")
        or subj.tag_ == "CD"
        or subj.lemma_.lower() in _MEASURE_NOUNS
        or (subj.pos_ == "PROPN" and subj.lower_ in told)
        or subj.lemma_.lower() in _OFF_SUBJECTS  # "the app", "access"
    )
    if not fits:
        return False
    lemma = verb.lemma_.lower()
    # "still blocked in Russia" after a Belarusian ban: another place's; "has not returned to the top of the charts":
    # somewhere other than a store or a country
    if _places(verb.subtree) - _places(told_sent, loose=True):
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and not any(p.lemma_.lower() in _BACK_PLACES or p.ent_type_ in ("GPE", "LOC") for p in c.subtree)
        for c in verb.children
    ):
        return False
    still = any(c.dep_ == "advmod" and c.lower_ in ("still", "yet") for c in verb.children)
    if lemma in ("return", "come") and _is_negated(verb):
        # "it has still not come back", "has not returned since"; not "has not returned a request for comment",
        # "has still not come back with an explanation"
        if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
            return False
        return (still or _present(verb)) and (lemma == "return" or any(c.lower_ == "back" for c in verb.children))
    if _lifts(verb) and any(c.lower_ == "never" for c in verb.children):
        return any(c.dep_ == "auxpass" for c in verb.children)  # "the block was never lifted"
    if (lemma in _RESTORING or _lifts(verb)) and _is_negated(verb) and any(c.dep_ == "auxpass" for c in verb.children):
        return _present(verb)  # "access has not been restored since", "the ban has not been lifted"
    if lemma in ("be", "remain", "stay") and not _is_negated(verb):
        off = any(c.dep_ == "acomp" and c.lower_ in _OFF_ADJECTIVES for c in verb.children)
        # "the app is still inaccessible", "it remains unavailable"
        return off and _present(verb) and (still or lemma != "be")
    if lemma in words("ban", "verbs") and subj.lemma_.lower() in _MEASURE_NOUNS:
        return False  # "The order remains blocked by the Supreme Court": the measure is what is held off
    if lemma in words("ban", "verbs") and verb.tag_ == "VBN" and not _is_negated(verb):
        # "all three are still blocked", "it remains blocked"
        kept = any(c.lower_ in ("remains", "remain", "stays", "stay") for c in verb.children)
        return _present(verb) and (still or kept)
    return False


def _asked(verb, holders) -> bool:
    """ "Is it still blocked?", "Nobody could say whether it is still blocked": the verb's clause a question, direct
    (its sentence ends in a question mark) or indirect ("whether", "if")."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for h in holders for c in h.children):
        return True
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return last is not None and last.text.endswith("?")


def _adds_targets(sent) -> bool:
    """ "Y and Z were added on 5 February": a sentence whose only verb adds more targets to the ban told before it, no
    other ban, nor a lifting or return ("Service returned in July", "The authority also blocked five dating apps")."""
    verbs = [t for t in sent if t.pos_ == "VERB"]
    return bool(verbs) and all(
        t.lemma_.lower() == "add" and any(c.dep_ == "auxpass" for c in t.children) for t in verbs
    )


def _still_standing(trig) -> bool:
    """ "ordered X blocked for ten days in August; eight months later, it has still not come back", "... "until
    February 7". Y was added on February 5. Four years on, all three are still blocked": a ban told with an end, its
    sentence (after it) or one of the next two in its paragraph telling it still holds now, is in force. Not a past state ("remained blocked until
    2020"), nor another thing's ("Y is still blocked")."""
    doc = trig.doc
    sent = trig.sent
    own = {t.i for t in trig.subtree}
    told = {t.lower_ for t in sent if t.pos_ == "PROPN"}
    verbs = [t for t in sent if t.i > trig.i and t.i not in own]
    cur = sent
    for _ in range(2):  # the next two sentences of the same paragraph
        if cur.end >= len(doc):
            break
        nxt = doc[cur.end].sent
        nxt_words = [t for t in nxt if not t.is_space]
        last = next((t for t in reversed(cur) if not t.is_space), cur[-1])
        if not nxt_words or "\n\n" in doc.text[last.idx : nxt_words[0].idx]:
            break
        verbs += nxt_words
        if not _adds_targets(nxt):
            break  # two on only past a sentence adding targets to the same ban ("Y was added on 8 January")
        cur = nxt
    # (or "The block remains in place a year later")
    return any((t.pos_ in ("VERB", "AUX") and _kept_off_now(t, told, sent)) or _in_place_now(t) for t in verbs)


def _outlives_event(trig) -> bool:
    """ "has blocked X since February, around the time of the election", "blocked X during the protests, and the app
    is still inaccessible": a ban told going on since a date, or told still standing in its sentence, is not bounded
    by the event it began around (the next sentences are _still_standing's)."""
    sent = trig.sent
    if _still_in_force(sent):
        return True
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in trig.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _NOW_TENSES for c in trig.children
    )
    if since and not _is_negated(trig):
        return True  # "has blocked X since February"; not "had blocked it since May" (told of a past)
    told = {t.lower_ for t in sent if t.pos_ == "PROPN"}
    return any(t.i > trig.i and t.pos_ in ("VERB", "AUX") and _kept_off_now(t, told, sent) for t in sent)

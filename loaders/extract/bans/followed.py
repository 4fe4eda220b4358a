"""Bans of followed actors: a ban a follow points at ("X followed Y's ban") that no sentence tells by itself."""

from __future__ import annotations

from loaders.extract.bans._words import _PLANNED_STEPS, IMPOSER_CATEGORIES
from loaders.extract.bans.context import DocContext
from loaders.extract.bans.reach import _rescope
from loaders.extract.bans.syntax import _own_subtree, _phrase_root
from loaders.extract.base import AnnotatedDoc
from loaders.extract.dates import dates_in
from loaders.extract.lexicon import words
from loaders.model import Ban


def _acts_for(ctx: DocContext, imposer: str, actor: str) -> bool:
    """The imposer of a ban is the actor itself, its organ, the jurisdiction it acts for, or a state of it (a ban
    of Roskomnadzor is Russia's step, one of a U.S. state a step taken in the United States, one of the
    Commission the EU's)."""
    if imposer == actor or ctx.normalise(actor) == imposer or ctx.normalise(imposer) == actor:
        return True
    if ctx.category(actor) == "eu" and ctx.category(imposer) == "eu":
        return True
    return actor in (ctx.jurisdiction_of(imposer), ctx._country_of(imposer))


def _date_of_followed(adoc: AnnotatedDoc, ctx: DocContext, follow) -> str | None:
    """The date told in the followed actor's own clause ("joins Texas, which acted on Wednesday", "Maryland,
    whose governor issued a directive on Dec. 6"), or in a clause of the next sentences of the paragraph whose
    subject is that actor or acts for it ("Maryland Gov. X issued an emergency directive on Dec. 6")."""
    published = adoc.document.published
    for ev in follow.evidence[:1]:
        si = adoc.sentence_index(ev.start)
        sents = adoc.sentences[si : si + 3]
        para = ctx.para[sents[0].start]
        for k, sent in enumerate(sents):
            if ctx.para[sent.start] != para:
                break
            for tok in sent:
                m = ctx.mention(tok)
                if m is None or (ctx.normalise(m.entity_id, tok) or m.entity_id) != follow.followed:
                    continue
                root = _phrase_root(tok)
                clauses = [c for c in root.children if c.dep_ in ("relcl", "acl")] if k == 0 else []
                if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and k > 0:
                    if _followed_step(root.head) == "ban":  # not "Iowa vetoed a bill in 2022"
                        clauses.append(root.head)
                for c in clauses:
                    own = sorted(t.i for t in _own_subtree(c)) if k > 0 else [c.left_edge.i, c.right_edge.i]
                    for expr, value in dates_in(tok.doc[own[0] : own[-1] + 1], published):
                        verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                        while verb is not None and verb.i != c.i and verb.dep_ == "xcomp":
                            verb = verb.head  # "ordered agencies to drop the app on Dec. 7"
                        if verb is None or verb.i == c.i:  # not the date of a clause inside it
                            return value
    return None


_LIKE_STEPS = words("ban", "verbs") | words("follow", "like_steps")
_FOLLOWED_ACTOR_HEADS = words("follow", "actor_heads")
_MEASURE_SUBJECTS = words("ban", "nouns") | words("ban", "weak_nouns")


def _followed_clause_verb(tok):
    """The verb a followed actor's own relative clause tells ("following Iowa, where the governor vetoed a similar
    bill": vetoed), on its name or on a noun that is the actor itself ("India's government, which acted")."""
    root = _phrase_root(tok)
    return next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)


def _followed_step(verb) -> str | None:
    """What a followed actor's own clause tells of its step: "ban" (a ban verb or a like step: acted, did the same,
    moved against), "proposed" (weighed, debated, considering a bill; under a modal), or None (another act: vetoed,
    sued, fined, has strict laws; or negated)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in _PLANNED_STEPS:
        return "proposed"
    if lemma not in words("ban", "refusal_verbs") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEASURE_SUBJECTS for c in verb.children
    ):
        return "ban"  # "where a similar ban took effect in May", "whose ban covers every device"
    if lemma in _LIKE_STEPS:
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "may", "might") for c in verb.children):
            return "proposed"
        return "ban"
    return None


def _named_in(adoc: AnnotatedDoc, ctx: DocContext, eid: str, start: int) -> bool:
    """The sentence at ``start`` names the actor by a proper name, its own or its capital's ("Ottawa"), not by a
    description ("the federal government") or a person whose office is guessed."""
    sent = adoc.sentences[adoc.sentence_index(start)]
    # its lead or example, its step ("India's 2020 move"), or its government itself; not its policy or approach
    stands = words("follow", "nouns") | words("ban", "nouns") | words("ban", "weak_nouns") | _FOLLOWED_ACTOR_HEADS
    return any(
        tok.pos_ == "PROPN"
        and (m := ctx.mention(tok)) is not None
        and m.kind != "Person"
        and (ctx.normalise(m.entity_id, tok) or m.entity_id) == eid
        # "in line with Moscow's assertive approach to foreign platforms": its way, not a step on the same target
        and not (_name_top(tok).dep_ == "poss" and _name_top(tok).head.lemma_.lower() not in stands)
        for tok in sent
    )


def _told_step(adoc: AnnotatedDoc, ctx: DocContext, eid: str, start: int) -> str | None:
    """The followed actor's step as its own relative clause in the follow's sentence tells it ("ban" when none is
    told: the follow itself tells the like step)."""
    sent = adoc.sentences[adoc.sentence_index(start)]
    told = []
    for tok in sent:
        m = ctx.mention(tok)
        if m is None or (ctx.normalise(m.entity_id, tok) or m.entity_id) != eid:
            continue
        verb = _followed_clause_verb(tok)
        if verb is not None:
            told.append(_followed_step(verb))
    if not told:
        return "ban"
    return "ban" if "ban" in told else "proposed" if "proposed" in told else None


def _name_top(tok):
    """The last word of the name a token is part of ("Kansas" of "Kansas City")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def bans_of_followed(adoc: AnnotatedDoc, bans: list[Ban], follows) -> list[Ban]:
    """ "Oklahoma joins Texas and Maryland", "Kansas follows South Dakota, where the governor signed a similar
    order": an explicit follow tells, in passing, that the followed actor took the like step on the same target
    (a ban mentioned in passing is a ban). One ban per followed actor the text tells no ban of on that target:
    the follower's reach, read for the followed body's kind; in force, or law when a legislature is followed; dated
    by the followed actor's own clause."""
    ctx = DocContext.of(adoc)
    out: list[Ban] = []
    for f in follows:
        if not f.explicit or f.target is None or f.followed_ban is not None:
            continue
        category = ctx.category(f.followed)
        if category not in IMPOSER_CATEGORIES:
            continue
        mine = next((b for b in bans if b.id == f.follower_ban), None) or next(
            (b for b in bans if b.imposed_by == f.follower and f.target in b.targets), None
        )
        if mine is None:
            continue
        if any(f.target in b.targets and _acts_for(ctx, b.imposed_by, f.followed) for b in [*bans, *out]):
            continue  # its step is told in its own words, or under its organ's or its states' names
        ev = f.evidence[0] if f.evidence else None
        if ev is None or not _named_in(adoc, ctx, f.followed, ev.start):
            continue  # "in line with the federal government's decision": whose step is only guessed
        step = _told_step(adoc, ctx, f.followed, ev.start)
        if step is None:
            continue  # "following Iowa, where the governor vetoed a similar bill": its own clause tells no like step
        ban = Ban(
            imposed_by=f.followed,
            targets=[f.target],
            status="proposed" if step == "proposed" else "enacted_law" if category == "legislature" else "in_force",
            scope=_rescope(mine.scope, category),
            announced=_date_of_followed(adoc, ctx, f),
            evidence=[adoc.evidence(ev.start, ev.end, "bans.followed", 0.6)] if ev is not None else [],
        )
        f.followed_ban = ban.id
        out.append(ban)
    return out

"""Roles: who holds which title in which organisation, read from the phrases around a person's name.

Why phrase shapes rather than a list of titles: the titles met in news are
open-ended ("Attorney-General", "vice-president of government relations",
"Treasury Board President"), but the ways a title attaches to a name are few:

* premodifier: "Cabinet Minister Oliver Dowden", "Texas Governor Greg Abbott";
* apposition after: "Theo Bertram, the app's vice-president of ...",
  "Adam Mosseri, the head of Instagram";
* apposition before: "the Information Minister, Lai Mohammed",
  "Y's Minister of Z, X";
* a plural title introducing a list: "MPs including A, B and C",
  "Senators A and B".

A phrase is a title when it contains a head word from the gazetteer's broad
``title_heads`` lexicon (data, singular or plural). The organisation comes
from the phrase itself when it names one (a possessor "the app's", a
premodifier "Texas", a complement "of Canada", "at TikTok Europe"), else from
the document: a body whose name shares the title's subject ("Commerce
Secretary" -> Department of Commerce), the legislature or court of the story's
country for legislators and judges, the jurisdiction for government titles.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.extract.base import AnnotatedDoc, Mention
from loaders.extract.gazetteer import Gazetteer, get_gazetteer
from loaders.extract.lexicon import words as lexicon_words
from loaders.extract.resolve import PORTFOLIO_TITLES, POST_NOMINALS, Resolver, Sentences, focus_scores, resolve_phrase
from loaders.model import Role

_TITLE_MODIFIERS = {"acting", "deputy", "chief", "executive", "vice", "senior", "former", "interim", "assistant"}
_BOUNDARY_WORDS = {"who", "which", "that", "whose", "said", "says", "told", "and", "or", "but", "while", "as"}
_LIST_CUES = {"including", "among", "such", "like", "namely", "them"}
_LEGISLATOR = {"mp", "mep", "msp", "mla", "senator", "congressman", "congresswoman", "representative", "lawmaker"}
_LEGISLATOR |= {"legislator", "assemblyman", "assemblywoman"}
_JUDICIAL = {"justice", "judge", "magistrate"}
_SUBNATIONAL = {"governor", "mayor", "premier", "lieutenant-governor"}
_GOVERNMENT = {"minister", "secretary", "president", "chancellor", "attorney-general", "prime", "ambassador", "envoy"}
_GOVERNMENT |= {"commissioner", "undersecretary", "under-secretary", "solicitor-general", "governor-general"}
_GENERIC_SUBJECT = {"government", "relations", "public", "policy", "national", "federal", "state", "affairs"}
_GENERIC_SUBJECT |= {"department", "ministry", "office", "of", "the", "and", "for", "general", "chief", "acting"}
# Words a governor's or mayor's title may carry and still name no institution: "State Governor", "then-Gov.", "Lt. Gov."
_BARE_TITLE_WORDS = _TITLE_MODIFIERS | {"state", "then", "lieutenant", "lt", "city", "the", "of"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# a post sought, not held: "who is now a candidate for parliament"
_SOUGHT = {"candidate", "nominee", "contender", "hopeful"}
_CLAUSE_OPENERS = {"when", "where", "while", "after", "before", "since", "until", "because"}
_REPORTING = {"say", "report", "announce", "quote", "write", "add", "tell", "confirm"}
_PARTY_WORDS = frozenset(lexicon_words("roles", "party_words"))
_APPOINT_VERBS = frozenset(lexicon_words("roles", "appoint_verbs"))
_ACTING_FOR = frozenset(lexicon_words("roles", "acting_for_verbs"))
_RANKS = frozenset(lexicon_words("roles", "ranks"))
_TRADES = frozenset(lexicon_words("roles", "trades"))
_NOT_PRACTISING = frozenset(lexicon_words("roles", "not_practising"))
# days and months, which a premodifier title never holds ("On Monday Senators X and Y": the clause's time)
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september"
    " october november december".split()
)


def extract_roles(adoc: AnnotatedDoc) -> list[Role]:
    """Every (person, title, organisation) stated next to a person's name, with evidence."""
    gaz = get_gazetteer()
    finder = _RoleFinder(adoc, gaz)
    roles: dict[str, Role] = {}
    for mention in [m for m in adoc.mentions if m.kind == "Person"]:
        span = adoc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        span = finder.name_part(span)
        for title, org_id, ev_start, ev_end, how in finder.find_all(span):
            title = _without_opinion(title)
            if title is None or _CALLING_BY_TRAINING.search(title):
                # "a vocal critic of TikTok", "an engineer by training": an opinion held or a schooling, no office
                continue
            if (
                org_id is None
                and _description_only(title)
                and (_past_deed_after(adoc.doc, ev_end) or set(re.findall(r"[\w\-]+", title.lower())) & _NOT_PRACTISING)
            ):
                # "X, a lawyer who helped draft the law": a calling told for a past deed, no standing held anywhere
                # ("X, a media lawyer in Moscow", "X, a researcher who tracks Y" are the person's trade now; "X, a
                # retired lawyer", "an unemployed economist", "a self-described analyst" are not)
                continue
            role = Role(person=mention.entity_id, title=title, organisation=org_id)
            known = roles.get(role.id)
            evidence = finder.sentences.evidence(ev_start, ev_end, f"roles.{how}", 0.8)
            if known is None:
                role.evidence.append(evidence)
                roles[role.id] = role
            elif all(e.start != evidence.start for e in known.evidence):
                known.evidence.append(evidence)
    kept = _without_restatements(_without_country_for_local_office(list(roles.values()), adoc, gaz), gaz)
    return _without_bare_seats(_without_bodiless_trades(_without_bare_ranks(kept)), adoc, gaz)


def _without_bare_seats(roles: list[Role], adoc: AnnotatedDoc, gaz: Gazetteer) -> list[Role]:
    """ "Rep. X, the Republican chairman of the House Oversight Committee": a legislator's seat told bare before the
    name (whatever house it was credited to) is no role of its own when the text tells the person's present office in
    a legislative body or committee; "Sen. X" alone, or with an office held elsewhere ("Sen. X, a co-founder of the
    company Y", "Rep. X, a former president of Z"), stays a role."""
    houses = lexicon_words("actors", "legislature") | {"committee", "subcommittee", "caucus"}

    def legislative(eid: str) -> bool:
        entry = gaz.entries.get(eid)
        if entry is not None and entry.type == "legislature":
            return True
        ent = adoc.entities.get(eid)
        return ent is not None and any(w in houses for w in re.findall(r"[a-z]+", ent.name.lower()))

    def seat(title: str) -> bool:
        words = [w for w in re.split(r"[\s\-]+", gaz.expand_title(title).lower()) if w]
        return (
            bool(words) and words[-1] in _LEGISLATOR and all(w in _LEGISLATOR | {"state", "us", "u.s."} for w in words)
        )

    offices = {
        r.person
        for r in roles
        if r.organisation is not None
        and not seat(r.title)
        and legislative(r.organisation)
        and not re.search(r"\b(?:former|ex|one-time|onetime|erstwhile)\b", r.title.lower())
    }
    return [r for r in roles if not (seat(r.title) and r.person in offices)]


# singular nouns naming a body whose coordinated modifiers tell its field: "the culture and media committee"
_FIELD_BODIES = {
    "committee", "subcommittee", "ministry", "department", "commission", "council", "agency", "authority", "office",
    "bureau", "directorate", "board", "secretariat", "inspectorate", "caucus", "panel",
}  # fmt: skip


def _joins_modifiers(cc: Token, end: int) -> bool:
    """ "culture and media committee", "the trade and industry ministry": "and" between two nouns that both modify
    one singular noun after them (before ``end``) that is itself a body, not between two heads ("departments and
    ministers"), nor between two names before some other noun ("Samsung and Apple supplier Foxconn", "the Chelsea and
    Fulham training grounds"): a coordinated modifier is never the body."""
    first = cc.head
    return (
        cc.dep_ == "cc"
        and first.i < cc.i
        and first.pos_ in ("NOUN", "PROPN")
        and first.dep_ in ("nmod", "compound", "amod")
        and cc.i < first.head.i < end
        and first.head.pos_ in ("NOUN", "PROPN")
        and first.head.tag_ in ("NN", "NNP")
        and first.head.lemma_.lower() in _FIELD_BODIES
        and any(c.dep_ == "conj" and cc.i < c.i < first.head.i for c in first.children)
    )


def _without_bodiless_trades(roles: list[Role]) -> list[Role]:
    """ "Rights activist X", "security consultant Y": a trade told as a title is an office only with the body it works
    for ("a campaigner with Access Now", "a campaigner with the group"); with none named or pointed to it is no role."""
    out = []
    for r in roles:
        words = r.title.lower().split()
        if r.organisation is None and words and words[-1] in _TRADES and not set(words) & _TITLE_FILLERS:
            continue
        out.append(r)
    return out


def _rank_only(title: str) -> bool:
    words = title.lower().split()
    return bool(words) and all(w in _RANKS for w in words)


def _without_bare_ranks(roles: list[Role]) -> list[Role]:
    """ "General X, head of the Republican Guard": a military rank before the name is no office; when the text tells
    the person's office, the rank alone is not a role of its own."""
    offices = {r.person for r in roles if not _rank_only(r.title)}
    return [r for r in roles if not (_rank_only(r.title) and r.person in offices)]


_TITLE_FILLERS = {"of", "for", "the", "and", "at", "in", "to", "a", "an"}


def _without_restatements(roles: list[Role], gaz: Gazetteer) -> list[Role]:
    """ "Communications minister X" and later "X, Minister of Information and Communications Technology": one office
    told twice (same person and organisation, or one unnamed; half the words of one title in the other) is one role, the one told
    first; its evidence is both."""

    def words(title: str) -> set[str]:
        return {w for w in re.split(r"[\s\-]+", gaz.expand_title(title).lower()) if w and w not in _TITLE_FILLERS}

    def bare_head(a: set[str], b: set[str]) -> bool:
        # "Minister Burke" after "the Minister for Home Affairs, Tony Burke": the office's head word alone restates it,
        # whatever body each was credited to
        return len(a) == 1 and a < b or len(b) == 1 and b < a

    kept: list[Role] = []
    for role in roles:
        mine = words(role.title)
        same = next(
            (
                k
                for k in kept
                if k.person == role.person
                and mine
                and (
                    (
                        (k.organisation == role.organisation or None in (k.organisation, role.organisation))
                        and 2 * len(mine & words(k.title)) >= min(len(mine), len(words(k.title)))
                    )
                    or bare_head(mine, words(k.title))
                )
            ),
            None,
        )
        if same is None:
            kept.append(role)
        else:
            same.organisation = same.organisation or role.organisation
            same.evidence.extend(e for e in role.evidence if all(e.start != x.start for x in same.evidence))
    return kept


def _without_country_for_local_office(roles: list[Role], adoc: AnnotatedDoc, gaz: Gazetteer) -> list[Role]:
    """ "Gov. X ordered agencies to ban apps with ties to China" beside "Gov. X has ordered Texas agencies ...": a
    governor or mayor whose office is found in a state or city is not also that office in a country the sentence
    happened to name."""

    def local(org: str | None) -> bool:
        entry = gaz.entries.get(org or "")
        return entry is not None and entry.type == "subdivision"

    def country(org: str | None) -> bool:
        ent = adoc.entities.get(org or "")
        return ent is not None and ent.kind == "Jurisdiction" and not local(org)

    def head(title: str) -> str:
        return (gaz.expand_title(title).split() or [""])[-1].lower()

    placed = {(r.person, head(r.title)) for r in roles if local(r.organisation)}
    return [
        r
        for r in roles
        if not (head(r.title) in _SUBNATIONAL and country(r.organisation) and (r.person, head(r.title)) in placed)
    ]


_DESCRIPTIONS = {
    "researcher", "analyst", "lawyer", "activist", "campaigner", "expert", "academic", "consultant", "economist",
    "journalist", "trader", "blogger", "commentator", "scholar", "student", "advocate", "attorney", "entrepreneur",
    "engineer", "scientist",
}  # fmt: skip


# "a vocal critic", "a longtime critic": how the person speaks, not a portfolio
_OPINION_WORDS = {
    "vocal", "longtime", "long-time", "longstanding", "frequent", "outspoken", "fierce", "harsh", "staunch", "prominent",
    "persistent", "vociferous", "sharp", "constant", "loud", "avowed", "fervent", "leading", "noted", "strong", "early",
}  # fmt: skip
_CALLING_BY_TRAINING = re.compile(r"\b(?:engineer|scientist)s? by (?:training|trade|profession|education)\b", re.I)


# title heads that also name one who speaks for a cause, with the words opening the cause: "a critic of the law",
# "an advocate of press freedom", "an advocate for stricter rules" (not "senior advocate", the lawyer)
_OPINION_HEADS = {"critic": ("of",), "advocate": ("of", "for")}


def _without_opinion(title: str) -> str | None:
    """A critic holds a title only as a portfolio ("Film critic", "the party's industry critic"); "a critic of the
    law", "a vocal critic" tells an opinion: no title, save another told after it ("a critic of the law and a
    professor at Georgetown University" is a professor there). So with an advocate of or for a cause ("a longtime
    advocate of press freedom"), where "senior advocate" is the lawyer's standing."""
    words = title.split()
    low = [w.lower() for w in words]
    head = next((w for w in low if w in _OPINION_HEADS), None)
    if head is None:
        return title
    k = low.index(head)
    opinion = any(w in _OPINION_WORDS for w in low[:k])
    portfolio = [w for w in low[:k] if w not in ("a", "an", "the") and w not in _OPINION_WORDS]
    cause = k + 1 < len(low) and low[k + 1] in _OPINION_HEADS[head]
    if head == "advocate" and not opinion and not cause:
        return title  # "S. Muthukumar, an advocate", "senior advocate Arvind Datar"
    if portfolio and not opinion and not cause:
        return title
    for j in range(k + 1, len(low) - 2):
        if low[j] == "and" and low[j + 1] in ("a", "an", "the"):
            return " ".join(words[j + 2 :])
    return None


def _past_deed_after(doc, end: int) -> bool:
    """The phrase ending at ``end`` goes on with a relative clause of a past deed ("a lawyer who helped draft X")."""
    nxt = next((t for t in doc if t.idx >= end), None)
    return nxt is not None and nxt.lower_ in ("who", "that") and nxt.head.tag_ == "VBD"


def _description_only(title: str) -> bool:
    """A trade or a calling with no body named in it ("digital rights researcher", "data protection lawyer in São
    Paulo"): what the person does, not an office of some organisation ("analyst at Ashoka Equities" names one)."""
    words = re.findall(r"[\w\-]+", title)
    heads = [k for k, w in enumerate(words) if w.lower() in _DESCRIPTIONS]
    if not heads:
        return False
    head = heads[0]
    after = words[head + 1 :]
    named = any(w.lower() in ("at", "with", "of", "for") for w in after)
    if named or any(w[:1].isupper() for w in words[:head]):
        return False
    # "Montana Attorney General", "attorney general": an office, not the trade of law
    return not (words[head].lower() == "attorney" and any(w.lower() == "general" for w in after))


class _RoleFinder:
    def __init__(self, adoc: AnnotatedDoc, gaz: Gazetteer) -> None:
        self.adoc = adoc
        self.gaz = gaz
        self.doc = adoc.doc
        self.sentences = Sentences(adoc)
        self.by_token: dict[int, Mention] = {}
        for m in adoc.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.by_token[t.i] = m
        self._focus = None
        self._over_home = False  # the last plural list reached its member over another member's home or tag

    # ------------------------------------------------------------------ shapes
    def name_part(self, span: Span) -> Span:
        """The name without the capitalised title the NER took into it: "[Spokesperson Guo Jiakun]",
        "[President Xi]", "[MEP Anna Weber]" -> the name; the title is then a premodifier like any other. Upper-case
        letters right after a common noun that already names what the person is are the name's initials, not a title
        ("Veteran politician [VP Singh Badnore]": "VP" his initials; "Polish conservative [MEP X]" a title)."""
        start = span.start
        prev = self.doc[span.start - 1] if span.start > 0 else None
        titled = prev is not None and prev.is_lower and (prev.pos_ == "NOUN" or self._is_title(prev))
        while (
            start < span.end - 1
            and (self.doc[start].is_title or (self.doc[start].is_upper and not titled))
            and self._is_title(self.doc[start])
        ):
            start += 1
        return span if start == span.start else self.doc[start : span.end]

    _RELATIVE_OFFICES = {
        "chair": "chair", "head": "head", "lead": "leader", "direct": "director", "found": "founder",
        "co-found": "co-founder", "cofound": "co-founder",
    }  # fmt: skip

    def _relative_office(self, span: Span):
        """ "X, who chairs the Senate Oversight Committee", "X, who heads the Data Protection Authority": the office a
        relative clause on the name gives the person, over the body it names."""
        root = span.root
        # the clause on the name itself ("X, who chairs ..."); one on a description ("X, a Queens Democrat who chairs
        # ...") qualifies the description
        for rel in (c for c in root.children if c.dep_ == "relcl"):
            got = self._relative_body(rel, span)
            if got is None and (duty := self._relative_duty(rel)) is not None:
                got = duty[0], None, span.start_char, duty[1], "relative"
            if got is not None:
                return got
        return None

    _OFFICE_VERBS = {"head", "chair", "lead", "direct"}

    def _relative_body(self, rel: Token, span: Span):
        """The office of "who chairs/heads/leads/directs" a named body: the verb as written when it tells the office
        held now ("heads", "chairs": the title as stated), else the office's noun ("who founded it": founder)."""
        office = self._RELATIVE_OFFICES.get(rel.lemma_.lower())
        if office is not None and rel.tag_ == "VBZ" and rel.lemma_.lower() in self._OFFICE_VERBS:
            office = rel.lower_
        if office is None or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
            return None
        obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        if obj.lower_ == "it" and obj.i == rel.i + 1:
            # "President X, who chairs it,": the body the pronoun stands for, the one named last before
            named = self._body_before(obj)
            org = named.entity_id if named is not None else None
            return office, org, span.start_char, obj.idx + len(obj.text), "relative"
        body = list(obj.subtree)
        own = self.by_token.get(obj.i)
        # the body itself named: "the Senate Oversight Committee", not "a bakery in Busan"
        if (obj.is_title and obj.pos_ == "PROPN") or (own is not None and own.kind == "Organisation"):
            org = own.entity_id if own is not None and own.kind == "Organisation" else None
            end = body[-1].idx + len(body[-1].text)
            # "who heads PTS as director-general": the office named after "as" is the title
            named = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            rank = [t for t in named.subtree if t.i > named.i] if named is not None else []
            while rank and (rank[0].pos_ == "DET" or rank[0].tag_ == "PRP$"):
                rank = rank[1:]  # "as its director-general"
            if rank and any(self._is_title(t) for t in rank) and all(t.is_alpha or t.text == "-" for t in rank):
                title = self.doc[rank[0].i : rank[-1].i + 1]
                return title.text, org, span.start_char, max(end, title.end_char), "relative"
            return office, org, span.start_char, end, "relative"
        return None

    _DUTY_VERBS = {"lead", "chair", "head", "teach", "direct"}

    # what an "on/of/for" phrase after a bare body may name that is no topic of its duty: a manner, a time, a count
    _NO_TOPIC = frozenset({"behalf", "basis", "term", "time", "visit", "trip", "tour", "occasion", "year", "month",
                           "week", "day", "period", "while", "decade", "session", "mission"})  # fmt: skip

    def _topic_phrase(self, prep) -> bool:
        """ "on transport policy", "on foreign interference": a topic noun told bare, no determiner, possessive or
        count ("on an interim basis", "for two terms", "on behalf of France", "for the first time" are none)."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            return False
        for o in objs:
            nouns = [o, *(c for c in o.conjuncts)]
            if any(n.lemma_.lower() in self._NO_TOPIC for n in nouns):
                return False
            if any(c.dep_ in ("det", "poss", "nummod", "predet") for n in nouns for c in n.children):
                return False
        return True

    def _relative_duty(self, rel: Token) -> tuple[str, int] | None:
        """ "X, who teaches media law at Y", "X, who leads the #KeepOn campaign at Y", "X, who chairs the
        parliamentary committee on Z": the duty the clause tells, as written (verb and described object, without
        where it is done), when no named body gives an office. A bare "who chairs the committee" tells none."""
        if rel.lemma_.lower() not in self._DUTY_VERBS or rel.tag_ not in ("VBZ", "VBD", "VBP"):
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
            return None
        obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i - rel.i > 7:
            return None
        described = [
            c
            for c in obj.children
            if c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("on", "of", "for"))
        ]
        if not described:
            # "who chairs the committee on humanitarian policy", the parser hanging "on ..." on the verb: the
            # phrase right after the bare object describes it (not a time: "the committee on Monday")
            after = next(
                (
                    c
                    for c in rel.children
                    if c.dep_ == "prep"
                    and c.lower_ in ("on", "of", "for")
                    and c.i == obj.i + 1
                    and obj.lemma_.lower() in lexicon_words("roles", "described_bodies")
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                    and self._topic_phrase(c)
                ),
                None,
            )
            if after is None:
                return None
            last = after.right_edge.i
        else:
            # where it is done, and what the object is told to be for ("a committee set up to investigate X")
            where = [c for c in obj.children if c.dep_ == "prep" and c.lower_ not in ("on", "of", "for")]
            where += [c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i]
            tokens = [t for t in obj.subtree if not any(t.i >= w.i and t in w.subtree for w in where)]
            last = max(t.i for t in tokens)
        if any(t.is_punct and t.text not in ("#", "-") for t in self.doc[rel.i : last + 1]):
            return None
        title = self.doc[rel.i : last + 1]
        return title.text, title.end_char

    _AGENT_OFFICES = {"found": "founder", "co-found": "co-founder", "cofound": "co-founder", "lead": "leader"}

    def _agent_office(self, span: Span):
        """ "the company, founded by X", "Foo, which was co-founded by X", "the party, led by X": the person is the agent
        of a passive that makes them the founder (leader) of what the participle describes ("owned by" is left out: owners are mostly companies,
        which the NER may take for people)."""
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "founded by A and [B]"
        by = root.head
        if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
            return None
        verb = by.head
        office = self._AGENT_OFFICES.get(verb.lemma_.lower())
        if office is None or verb.tag_ != "VBN":
            return None
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head  # "DeepSeek, based in X and founded by Y"
        owner = None
        if top.dep_ in ("acl", "relcl"):
            owner = top.head
        else:
            owner = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
        mention = self.by_token.get(owner.i) if owner is not None else None
        org = mention.entity_id if mention is not None and mention.kind in ("Organisation", "Product") else None
        if office == "leader" and org is None:
            return None  # "the inquiry, led by X": an undertaking led, no body whose leader X is
        return office, org, min(verb.idx, span.start_char), span.end_char, "agent"

    def find_all(self, span: Span) -> list[tuple]:
        """The title before the name and, when it has one too, the one in apposition after it:
        "Deputy Superintendent X, spokesperson for the Cyber Bureau" holds both."""
        respective = self._respective(span)
        if respective is not None:
            first = self._premodifier(span) or self._plural_list(span)
            got = self._titled(first, span)
            return [respective] + ([(got[0], got[1], got[2][0].idx, span.end_char, "premodifier")] if got else [])
        first = self.find(span)
        relative = self._relative_office(span)
        agent = self._agent_office(span)
        appointed = self._appointed_as(span)
        if first is None:
            return [r for r in (relative, agent, appointed) if r is not None]
        out = [first]
        if appointed is not None and appointed[0].lower() != first[0].lower():
            out.append(appointed)
        if agent is not None and agent[0] not in first[0].lower():
            out.append(agent)
        if relative is not None and relative[0] not in first[0].lower():
            out.append(relative)
        if first[4] == "apposition" and first[2] == span.start_char:
            also = self._as_title_after(first[3], span)
            if also is not None and also[0].lower() != first[0].lower():
                out.append(also)
        if first[4] == "premodifier":
            before = self._apposition_before(span, over_titles=True)
            if before is not None:
                tokens, explicit = before
                title = self._title_text(tokens)
                if title and title.lower() != first[0].lower():
                    org = self._organisation(title, explicit, span)
                    out.append((title, org, tokens[0].idx, span.end_char, "apposition"))
            got = self._apposition_after(span)
            if got is not None:
                tokens, explicit = got
                title = self._title_text(tokens)
                heads = self.gaz.title_heads
                singular = any(w.lower() in heads or w in self.gaz.title_abbreviations for w in title.split())
                if title and singular and title.lower() != first[0].lower():  # not "a Queens Democrat"
                    org = self._organisation(title, explicit, span)
                    end = max(tokens[-1].idx + len(tokens[-1].text), span.end_char)
                    out.append((title, org, span.start_char, end, "apposition"))
        return out

    def _name_pair(self, span: Span) -> tuple[int, int, int] | None:
        """Two people's names joined by "and" with this one among them: (first's start, second's end, this one's place
        0 or 1)."""
        doc = self.doc
        person = self.by_token.get(span.start)

        def other(k: int) -> Mention | None:
            m = self.by_token.get(k) if 0 <= k < len(doc) else None
            return m if m is not None and m.kind == "Person" and m is not person else None

        if span.start >= 2 and doc[span.start - 1].lower_ == "and" and (m := other(span.start - 2)) is not None:
            start = span.start - 2
            while start > 0 and self.by_token.get(start - 1) is m:
                start -= 1
            return start, span.end, 1
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "and" and (m := other(span.end + 1)) is not None:
            end = span.end + 1
            while end < len(doc) and self.by_token.get(end) is m:
                end += 1
            return span.start, end, 0
        return None

    def _pair_apposition(self, start: int, end: int) -> list[Token]:
        """The phrase set beside two joined names by commas: after them ("A and B, the chair and vice-chair of X,") or
        before them, opening its clause ("Last May, the chair and vice-chair of X, A and B, wrote"; not "After talks
        with the chair and vice-chair of X, A and B said": the ones met)."""
        doc = self.doc
        seg: list[Token] = []
        if end + 1 < len(doc) and doc[end].text == ",":
            for tok in doc[end + 1 : min(end + 16, len(doc))]:
                if self._boundary(tok) or tok.is_sent_start:
                    break
                seg.append(tok)
        if seg or start < 2 or doc[start - 1].text != ",":
            return seg
        for tok in reversed(doc[max(start - 20, 0) : start - 1]):
            if tok.is_sent_end or tok.text == ",":
                return seg
            named = tok.i in self.by_token and self.by_token[tok.i].kind != "Person"  # "the Committee on X"
            if self._boundary(tok) or (tok.pos_ == "ADP" and tok.lower_ not in ("of", "for", "at") and not named):
                return []
            seg.insert(0, tok)
        return seg if seg and (seg[0].is_sent_start or seg[0].i == 0) else []

    def _respective(self, span: Span):
        """ "Representatives A and B, the chairman and ranking member of the X Committee", "the chair and vice-chair of
        X, A and B": two names and two titles joined alike go in order, each title with the body the complement they
        share names ("A and B, two members of X", "both lawyers and activists": titles they share, no pair)."""
        pair = self._name_pair(span)
        if pair is None:
            return None
        seg = self._pair_apposition(pair[0], pair[1])
        comp = next((k for k, t in enumerate(seg) if t.lower_ in ("of", "at", "for")), len(seg))
        joins = [k for k, t in enumerate(seg[:comp]) if t.lower_ == "and"]
        if len(joins) != 1 or any(t.tag_ in ("NNS", "NNPS") or t.lower_ == "both" or t.like_num for t in seg[:comp]):
            return None  # "A and B, both lawyers and activists": each holds both
        parts = [seg[: joins[0]], seg[joins[0] + 1 : comp]]
        if not all(any(self._is_title(t) for t in part) for part in parts):
            return None
        own = parts[pair[2]]
        # "the PTA's chairman": a body's possessive before the title names its body, no word of the title
        cut = next((k + 1 for k, t in enumerate(own) if t.tag_ == "POS" and self._mentions_in(own[:k])), 0)
        title = self._title_text(own[cut:])
        if not title:
            return None
        # a title with a possessor of its own ("the minister's adviser and the head of the PTA") is not of the body the
        # complement after the other title names: its body is the one its own words name, if any
        shared = not any(t.tag_ == "POS" for t in own)
        org = self._organisation(title, self._mentions_in(seg[comp:] if shared else own), span)
        ends = (seg[-1].idx + len(seg[-1].text), span.end_char)
        return title, org, min(seg[0].idx, span.start_char), max(ends), "respective"

    def _appointed_as(self, span: Span):
        """ "the council named General X, head of the Guard, as transitional leader", "Y was appointed as chief
        executive", "Z was sworn in as president": the office an appointing verb gives the person, told after "as"."""
        doc = self.doc
        k = span.start - 1
        while k > span.sent.start and span.start - k <= 4 and (self._is_title(doc[k]) or doc[k].text == "."):
            k -= 1  # "named [General] X": past the rank or title before the name
        active = k >= 0 and doc[k].lemma_.lower() in _APPOINT_VERBS and doc[k].pos_ == "VERB"
        root = span.root
        passive = root.dep_ == "nsubjpass" and root.head.lemma_.lower() in _APPOINT_VERBS and root.head.i > span.end
        if active:
            verb, j = doc[k], span.end
            if j < len(doc) and doc[j].text == ",":  # past an apposition on the name: ", head of the Guard,"
                close = next((m for m in range(j + 1, min(j + 15, len(doc))) if doc[m].text in (",", ".", ";")), None)
                if close is None or doc[close].text != ",":
                    return None
                j = close + 1
        elif passive:
            verb, j = root.head, root.head.i + 1
            while j < len(doc) and (doc[j].dep_ in ("prt", "advmod") or doc[j].pos_ == "ADV"):
                j += 1  # "sworn in as", "appointed today as"
        else:
            return None
        if j >= len(doc) or doc[j].lower_ != "as" or doc[j].is_sent_start:
            return None
        seg: list[Token] = []
        m = j + 1
        while m < len(doc) and not self._boundary(doc[m]) and not doc[m].is_sent_start:
            if doc[m].ent_type_ in ("DATE", "TIME") or (
                doc[m].pos_ == "ADP" and doc[m].lower_ not in ("of", "for", "at")
            ):
                break  # "as chief executive on Monday", "as president until the election"
            seg.append(doc[m])
            m += 1
        got = self._titled(self._title_phrase(seg), span)
        if got is None:
            return None
        title, org, tokens = got
        end = tokens[-1].idx + len(tokens[-1].text)
        return title, org, min(verb.idx, span.start_char), max(end, span.end_char), "appointed"

    def find(self, span: Span):
        for how, fn in (
            ("premodifier", self._premodifier),
            ("apposition", self._apposition_after),
            ("apposition", self._apposition_before),
            ("apposition", lambda sp: self._apposition_before(sp, over_titles=True)),
            ("list", self._plural_list),
        ):
            got = self._titled(fn(span), span)
            if got is not None:
                title, org, tokens = got
                if how == "list" and self._over_home and not self._legislator(title):
                    # "Presidents A of France and B of the United States": the first member's home is not B's office
                    org = self._own_home(span)
                start = min(tokens[0].idx, span.start_char)
                end = max(tokens[-1].idx + len(tokens[-1].text), span.end_char)
                return title, org, start, end, how
        return None

    def _is_title(self, tok: Token) -> bool:
        # the lemma only for a noun's plural: a verb is no title ("said X, advocating for the repeal": not "advocate")
        return self.gaz.is_title_word(tok.text) or (tok.pos_ != "VERB" and self.gaz.is_title_word(tok.lemma_))

    def _premodifier(self, span: Span):
        """ "Cabinet Minister Oliver Dowden", "Parliamentary Service chief executive Rafael Gonzalez-Montero"."""
        i = span.start - 1
        if i < 0:
            return None
        elected = self._elect_suffix(i)
        if elected is not None:  # "President-elect X", "Prime Minister-designate Y": the title as a whole
            i = elected
        if self._glued_stop(i):
            i -= 1  # "state Sens. X": the tokenizer split the abbreviation's full stop off
        i = self._past_honorifics(i)
        if i < 0:
            return None
        if not self._is_title(self.doc[i]) and not self._portfolio_before(i):
            return None
        tokens: list[Token] = []
        while i >= 0:
            tok = self.doc[i]
            if tok.is_sent_end and tok.i != span.start - 1:
                break
            if (
                re.fullmatch(r"[A-Za-z]+\.", tok.text)
                and not self.gaz.is_title_word(tok.text)
                and tok.text not in self.gaz.honorifics
            ):
                break  # "Venezuela blocked X. President Y ...": a sentence's last word the tokenizer kept its stop with
            in_mention = tok.i in self.by_token and self.by_token[tok.i].kind != "Person"
            wordlike = tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.text == "-"
            wordlike = wordlike or (tok.text[:1].isupper() and self._is_title(tok))  # "Gov.-elect" tagged PUNCT
            portfolio = (
                tok.lower_ in ("for", "of")
                and tokens
                and (tokens[0].is_title or (tokens[0].lower_ == "the" and len(tokens) > 1))
                and i > 0
                and (
                    self._title_word_at(i - 1)
                    or (  # "Chancellor of the Duchy of Lancaster X": a complement's own complement
                        i > 3
                        and self.doc[i - 1].is_title
                        and self.doc[i - 2].lower_ == "the"
                        and self.doc[i - 3].lower_ in ("of", "for")
                        and self._title_word_at(i - 4)
                    )
                )
            )  # "Vice President for Strategic Affairs X", "Minister of State Y", "Minister of State for IT Z"
            # "and" inside a portfolio: "Minister for Electronics and IT X"
            joined_portfolio = (
                tok.lower_ in ("and", "&")
                and tokens
                and (tokens[0].is_title or tokens[0].is_upper)
                and i > 0
                and self.doc[i - 1].is_title
                and self._portfolio_before(i - 1)
            )
            # "Minister of the Interior X": the article inside the portfolio
            article = (
                tok.lower_ == "the"
                and tokens
                and tokens[0].is_title
                and i > 1
                and self.doc[i - 1].lower_ in ("of", "for")
                and self._title_word_at(i - 2)
            )
            if portfolio or joined_portfolio or article:
                tokens.insert(0, tok)
                i -= 1
                continue
            if not (in_mention or (wordlike and (tok.is_title or tok.is_upper or self._is_title(tok)))):
                joined = tok.text == "-" and not tok.whitespace_ and tokens  # "vice-president", not "WASHINGTON -"
                # a lower-case modifier of the title: "digital minister", "foreign affairs spokesman"
                # ("state Sens. X": the parser may tag the lower-case "state" a proper noun)
                modifier = tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.dep_ in ("compound", "amod") and tokens
                if not (tok.lower_ in _TITLE_MODIFIERS or joined or modifier):
                    break
            if tok.i in self.by_token and self.by_token[tok.i].kind == "Person" and tok.i < span.start - 1:
                break  # another person's name; the title the NER took into this one's span is not
            # (not a capitalised day or month that names something with the word after it, no title word: "Sunday
            # Times political editor X")
            named = (
                bool(tokens)
                and tok.lower_ in _WHEN_WORDS
                and tok.is_title
                and tokens[0].is_title
                and not self.gaz.is_title_word(tokens[0].text)
            )
            if tokens and (tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WHEN_WORDS) and not named:
                break  # "Last Tuesday Senators X and Y", "On Monday Minister X": the time of the clause, no title
            tokens.insert(0, tok)
            i -= 1
        if tokens and elected is not None:
            tokens += list(self.doc[elected + 1 : span.start])
        explicit = self._mentions_in(tokens) + self._demonym_countries(tokens)
        if i >= 0 and self.doc[i].text in _POSSESSIVE:  # "Beijing's Foreign Minister Wang Yi"
            owner = self._phrase_before(i)
            if owner is not None:
                explicit.insert(0, owner)
        return (tokens, explicit) if tokens else None

    def _past_honorifics(self, i: int) -> int:
        """ "Pentagon spokesman Lt. Col. X", "press officer Dr Y": a rank or honorific between the title and the name
        (with the full stop the tokenizer may split off it) is passed over to the title before it; with no title
        word before them, ``i`` is kept."""
        doc, honorifics = self.doc, self.gaz.honorifics

        def honorific(k: int) -> int:
            """How many tokens the honorific ending at ``k`` takes (0: none)."""
            if doc[k].text in honorifics:
                return 1
            if k > 0 and doc[k].text == "." and not doc[k - 1].whitespace_:
                word = doc[k - 1].text
                return 2 if word in honorifics or f"{word}." in honorifics else 0
            return 0

        k = i
        while k >= 0 and (n := honorific(k)):
            k -= n
        if k == i or k < 0 or any(t.is_sent_start for t in doc[k + 1 : i + 2]):
            return i  # ("Army spokeswoman Maj." | "X said ...": the parser's sentence ended at the rank)
        return k if self._is_title(doc[k]) and not honorific(k) else i

    def _elect_suffix(self, i: int) -> int | None:
        """ "President-elect": the title word before "-elect"/"-designate" joined to it, else None."""
        doc = self.doc
        if i < 2 or doc[i].lower_ not in ("elect", "designate") or doc[i - 1].text != "-":
            return None
        if doc[i - 2].whitespace_ or doc[i - 1].whitespace_ or not self._is_title(doc[i - 2]):
            return None
        return i - 2

    def _title_word_at(self, k: int) -> bool:
        """A capitalised title word at ``k``, or "State" of "Minister of State"."""
        doc = self.doc
        if doc[k].is_title and self._is_title(doc[k]):
            return True
        return doc[k].is_title and k >= 2 and doc[k - 1].lower_ == "of" and self._is_title(doc[k - 2])

    def _portfolio_before(self, i: int) -> bool:
        """ "Vice President for Strategic Affairs [X]": capitalised portfolio words after "for"/"of" and a title
        ("Minister of State for Electronics and IT [X]": acronyms and "and" inside the portfolio too)."""
        doc = self.doc
        j = i
        while j > 0 and i - j < 6:
            tok = doc[j]
            if (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
                j -= 1
            elif tok.lower_ in ("and", "&") and j < i:
                j -= 1
            else:
                break
        if j < i and doc[j].lower_ == "the" and j > 1 and doc[j - 1].lower_ in ("for", "of"):
            j -= 1  # "Minister of the Interior [X]"
        if not (j < i and doc[j].lower_ in ("for", "of") and j > 0):
            return False
        if self._title_word_at(j - 1):
            return True
        # "Chancellor of the Duchy of Lancaster [X]": the complement's own complement
        return (
            j > 4
            and doc[j - 1].is_title
            and doc[j - 2].lower_ == "the"
            and doc[j - 3].lower_ in ("of", "for")
            and (self._title_word_at(j - 4))
        )

    def _apposition_after(self, span: Span):
        """ "X, the app's vice-president of ...", "X, the head of Instagram", "X, VP of ... at TikTok"."""
        doc = self.doc
        i = span.end
        if i < len(doc) and doc[i].text == "(":  # "Puma Shen (沈伯洋), an associate professor"
            close = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                i = close + 1
        if i + 2 < len(doc) and doc[i].lower_ == "of" and (place := self.by_token.get(i + 1)) is not None:
            end = i + 1
            while end < len(doc) and self.by_token.get(end) is place:
                end += 1
            if place.kind == "Jurisdiction" and end < len(doc) and doc[end].text == ",":
                i = end  # "Senator X of Arkansas, the Republican chairman of ...": past the home state
        elif i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE":
            end = i + 2
            while end < len(doc) and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "I":
                end += 1
            if end < len(doc) and doc[end].text == ",":
                i = end  # the same, past a home state the NER alone names (see entities._home_state)
        copula = (
            i + 1 < len(doc)
            and doc[i].lemma_ == "be"
            and span.root.dep_ == "nsubj"
            and span.root.head.i == i
            and doc[i + 1].lower_ in ("the", "a", "an")
            and not any(c.dep_ == "neg" for c in doc[i].children)
        )  # "X is the owner of Y": the title told as the predicate of the person's own clause
        if not copula and (i >= len(doc) or doc[i].text != ","):
            return None
        j = i + 1
        progressive = j + 2 < len(doc) and doc[j + 2].pos_ == "VERB"  # "who is running as ..."
        if j + 1 < len(doc) and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be" and not progressive:
            j += 2  # "X, who was communications minister when ...": the title after the copula
        elif j < len(doc) and doc[j].lower_ == "who":
            got = self._as_title(j)
            if got is not None:
                return got  # "X, who is challenging Y as the candidate of the Z party"
            return None
        seg = []
        while j < len(doc) and not self._boundary(doc[j]) and not doc[j].is_sent_start:
            if doc[j].lower_ in _CLAUSE_OPENERS and seg:
                break  # "who was digital minister when the ban began"
            seg.append(doc[j])
            j += 1
        if seg and seg[0].pos_ == "ADP" and span.root.dep_ == "pobj":
            # "insulting to President X, to the founder of Y": the name a preposition's object, the phrase that
            # preposition's next object, no title ("X, until last year the chairman of Y, said": X's own title)
            return None
        now = self._now_title(j) if seg else None
        if now is not None:
            return now  # "X, a former army signals officer who is now a research fellow at Y": the office held now
        if seg and j < len(doc) and doc[j].pos_ in ("VERB", "AUX"):
            ids = {t.i for t in seg}
            subject = any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head.i == j and ids <= {x.i for x in t.subtree} for t in seg
            )
            reporting = doc[j].lemma_.lower() in _REPORTING and doc[j - 1].lemma_ != "be"
            if subject or reporting:
                return None  # "chaired by X, the official IRNA news agency reported": a new subject, not X's title
        got = self._title_phrase(seg)
        if got is not None and j + 1 < len(doc) and doc[j].tag_ == "VBG" and doc[j].lemma_.lower() in _ACTING_FOR:
            client = self._mentions_in([doc[j + 1]])
            if client:  # "X, a lawyer representing Meta at the hearing": the one the title acts for
                return got[0], got[1] + client
        if got is None and seg and not copula:
            return self._second_apposition(j)
        return got

    def _now_title(self, j: int):
        """The title of "who is now a B at C" opening at ``j``, after an apposition: the office held now."""
        doc = self.doc
        if not (
            j + 3 < len(doc)
            and doc[j].lower_ == "who"
            and doc[j + 1].lemma_ == "be"
            and doc[j + 1].tag_ == "VBZ"
            and doc[j + 2].lower_ == "now"
            and doc[j + 3].lower_ in ("a", "an", "the")
        ):
            return None
        seg = []
        k = j + 3
        while k < len(doc) and not self._boundary(doc[k]) and not doc[k].is_sent_start:
            if doc[k].lower_ in _CLAUSE_OPENERS and seg:
                break
            seg.append(doc[k])
            k += 1
        got = self._title_phrase(seg)
        if got is None:
            return None
        # "who is now a critic of the government's policy": an opinion, no office (see _without_opinion); "who is
        # now a candidate for parliament": a seat sought, not held; both leave the former post the title
        head = next((t for t in got[0] if self._is_title(t)), None)
        if head is None or head.lemma_.lower() in _SOUGHT or _without_opinion(" ".join(t.text for t in got[0])) is None:
            return None
        return got

    def _second_apposition(self, j: int):
        """ "X, the singer better known as Y and the presidential candidate of Z,": an apposition whose first part
        holds no title may name the office in a second part joined by "and", up to the comma that closes it."""
        doc = self.doc
        close = next((k for k in range(j, min(j + 25, len(doc))) if doc[k].text in (",", ";", ".")), None)
        if close is None or doc[close].text != "," or doc[close].is_sent_start:
            return None
        joins = [k for k in range(j, close - 2) if doc[k].lower_ == "and" and doc[k + 1].lower_ in ("the", "a", "an")]
        if not joins:
            return None
        seg = list(doc[joins[-1] + 1 : close])
        if any(self._boundary(t) for t in seg):
            return None
        return self._title_phrase(seg)

    def _as_title_after(self, end_char: int, span: Span):
        """ "X, the Minister of State for Media Affairs, who also serves as the government's spokesman": a second office
        told by a relative clause after the apposition."""
        doc = self.doc
        k = next((t.i for t in doc[span.end :] if t.idx >= end_char), None)
        if k is None or k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
            return None
        got = self._titled(self._as_title(k + 1), span)
        if got is None:
            return None
        title, org, tokens = got
        return title, org, span.start_char, tokens[-1].idx + len(tokens[-1].text), "apposition"

    def _titled(self, got, span):
        """A title phrase found beside a person's mention ((tokens, explicit) or None) as (title, organisation,
        tokens): the title as written and the body it names; None when the words make no title."""
        if got is None:
            return None
        tokens, explicit = got
        title = self._title_text(tokens)
        if not title:
            return None
        return title, self._organisation(title, explicit, span), tokens

    def _as_title(self, who: int):
        """The title a relative clause gives with "as": "who is running as the candidate of X", "who served as
        minister of Y". The clause ends at a comma or the sentence's end."""
        doc = self.doc
        k = who + 1
        while k < len(doc) and doc[k].text not in (",", ";", ".") and not doc[k].is_sent_start:
            if doc[k].lower_ == "as" and doc[k].dep_ == "prep":
                seg = []
                m = k + 1
                while m < len(doc) and not self._boundary(doc[m]) and not doc[m].is_sent_start:
                    seg.append(doc[m])
                    m += 1
                got = self._title_phrase(seg)
                if got is not None and self._is_title(next(t for t in got[0] if t.pos_ != "DET")):
                    return got
                return None
            k += 1
        return None

    def _apposition_before(self, span: Span, over_titles: bool = False):
        """ "the Information Minister, Lai Mohammed", "the platform's owner, Elon Musk"; ``over_titles``: past a
        rank before the name ("an Army spokeswoman, Lieutenant Colonel X")."""
        doc = self.doc
        i = span.start - 1
        while (
            not over_titles
            and i > 1
            and (doc[i].text in self.gaz.honorifics or (doc[i].lower_ == "the" and doc[i - 1].text == ","))
        ):
            i -= 1  # "the Minister for Home Affairs, the Hon X MP,": past the honorific
        while span.end < len(doc) and doc[span.end].text in POST_NOMINALS:
            span = doc[span.start : span.end + 1]  # the letters after the name close it ("KC MP")
        if over_titles:  # ranks the gazetteer may not list ("Lieutenant"), as long as one word is a title
            ranks = []
            while i > 0 and span.start - i <= 3 and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].ent_type_:
                ranks.append(doc[i])
                i -= 1
            if not ranks and span[0].ent_type_ == "PERSON":
                return None  # no rank in between: the plain apposition already had its chance
        if i < 1 or doc[i].text != ",":
            return None
        if span.end < len(doc) and doc[span.end].text not in (",", ".", ")", ";") and not doc[span.end].is_sent_end:
            # "the Culture Secretary, Oliver Dowden, said": the name must close the apposition
            if doc[span.end].pos_ not in ("VERB", "AUX"):
                return None
        portfolio = self._portfolio_title_before(i)
        if portfolio is not None:
            start = portfolio[0][0].i
            if start >= 1 and doc[start - 1].lower_ in ("the", "a") and start >= 2:
                start -= 1
            if (
                start >= 1
                and doc[start - 1].lower_ in ("with", "to", "after", "from", "against", "by")
                and span.end < len(doc)
                and doc[span.end].pos_ in ("VERB", "AUX")
            ):
                return None  # "Following talks with the minister of economy and trade, X said": X met the minister
            return portfolio  # "the Minister of Communication, Telecommunications and the Digital Economy, X"
        seg: list[Token] = []
        j = i - 1
        if j > 2 and doc[j].text == ")":  # "the Director of the Foo Agency (FA), X": past the body's acronym
            opening = next((k for k in range(j - 1, max(j - 5, 0), -1) if doc[k].text == "("), None)
            if opening is not None and all(t.is_upper or t.is_punct for t in doc[opening + 1 : j]):
                j = opening - 1
        inner = set()  # "a member of parliament's culture and media committee, X": modifiers of one noun coordinated
        while j >= 0 and not doc[j].is_sent_end:
            tok = doc[j]
            if tok.pos_ == "CCONJ" and _joins_modifiers(tok, i):
                inner.add(tok.i)
            elif (self._boundary(tok) and tok.text not in _POSSESSIVE) or tok.pos_ == "CCONJ":
                break
            if tok.pos_ == "ADP" and tok.lower_ not in ("of", "for", "at") and not self._accredited_to(tok):
                break
            seg.insert(0, tok)
            j -= 1
            if (
                tok.pos_ == "DET"
                and self._is_title(tok.head)
                and tok.head.i > tok.i
                and tok.head.dep_ not in ("pobj", "poss")
            ):
                # "In May 2016 the Hamburg data protection commissioner, X": the title's own article opens it (not
                # the article of its complement, "the head of the national regulator, X", nor of a possessor inside
                # it, "the head of the regulator's legal team, X")
                break
        got = self._title_phrase(seg)
        # a plural title word inside a named body ("of the House of Representatives", "the Council of Ministers") is
        # the body's name, no list of officials, and only under a singular title head outside the body ("the clerk of
        # the House of Representatives, X"); the body alone ("passed the House of Representatives, X said") is none
        if got is None or any(
            (self._is_plural_title(t) and not self._in_body(t)) or (t.pos_ == "CCONJ" and t.i not in inner)
            for t in got[0]
        ):
            return None  # "government departments and individual ministers, Dowden has ..." is not a title
        bodies = {id(self.by_token[t.i]) for t in got[0] if self._is_plural_title(t) and self._in_body(t)}
        if bodies and not any(
            self._is_title(t) and not self._is_plural_title(t) and id(self.by_token.get(t.i)) not in bodies
            for t in got[0]
        ):
            return None
        return got

    def _accredited_to(self, tok: Token) -> bool:
        """ "China's ambassador to Britain, X", "the envoy to the UN, X": "to" after a title names where the holder
        is sent, part of the title (not "spoke to reporters"); not when the title is itself the object of a preposition
        ("In a letter to the ambassador to China, Senator X": the one written to, not X's title)."""
        return (
            tok.lower_ == "to"
            and tok.i > 0
            and tok.head.i == tok.i - 1
            and self._is_title(tok.head)
            and tok.head.dep_ != "pobj"
        )

    def _portfolio_title_before(self, comma: int):
        """ "Minister of X, Y and the Z," before a name: a title whose portfolio lists several words."""
        doc = self.doc
        j = comma - 1
        floor = max(doc[comma].sent.start, comma - 14)
        while j > floor:
            tok = doc[j]
            if tok.lower_ == "of" and j > floor and doc[j - 1].lower_ in PORTFOLIO_TITLES:
                start = j - 1
                while start - 1 >= floor and (doc[start - 1].is_title or doc[start - 1].lower_ in _TITLE_MODIFIERS):
                    if doc[start - 1].is_sent_start:
                        break
                    start -= 1  # "Digital Minister", "Deputy Minister"
                seg = list(doc[start:comma])
                if any(self.by_token.get(t.i) and self.by_token[t.i].kind == "Person" for t in seg):
                    return None
                return seg, self._mentions_in(seg[: j - start])
            # (a portfolio in lower case, "minister of entrepreneurship and information technology,": its nouns
            # and adjectives; not a person's title or kind coordinated after it, "the minister of economy and senior
            # officials", "the minister of finance and the central bank governor, X")
            if not (
                tok.is_title
                or tok.lower_ in ("and", "the", ",", "of", "for", "&")
                or (tok.is_lower and tok.pos_ in ("NOUN", "ADJ") and not self.gaz.is_title_word(tok.lower_))
            ):
                return None
            j -= 1
        return None

    def _in_body(self, tok: Token) -> bool:
        m = self.by_token.get(tok.i)
        return m is not None and m.kind in ("Organisation", "Jurisdiction")

    def _is_plural_title(self, tok: Token) -> bool:
        return self._is_title(tok) and tok.lower_ not in self.gaz.title_heads

    def _plural_list(self, span: Span):
        """ "MPs including A, B and C", "Senators A and B", "MPs sanctioned by China, among them A, B and C"."""
        doc = self.doc
        # walk back over the enumeration to its first member
        i = span.start - 1
        self._over_home = False
        while i >= 0:
            tok = doc[i]
            if tok.text in (",", "and") or (tok.i in self.by_token and self.by_token[tok.i].kind == "Person"):
                i -= 1
                continue
            if tok.text in self.gaz.honorifics:
                i -= 1
                continue
            j = self._skip_member_apposition(i)
            if j is None:
                j = self._skip_member_home(i)
                self._over_home = self._over_home or j is not None
            if j is not None:
                i = j  # "Representatives A, a Democrat, and B, a Republican": over A's apposition to A
                continue
            break
        start = i
        sent_start = span.sent.start
        # a title left at the end of the line before, which the parser took for another sentence, is still adjacent
        floor = max(sent_start, start - 8) if start >= sent_start else start
        glued = self._glued_stop(start)
        if glued and start < sent_start:
            # "Sens. A and B": the parser ended a sentence at the abbreviation's full stop
            floor = max(doc[start].sent.start, start - 8)
        for k in range(start, floor - 1, -1):
            tok = doc[k]
            if glued and k == start:
                continue  # "Sens. A, R-Findlay, and B": the full stop split off the abbreviation
            plural = tok.lower_.endswith("s") or (
                tok.lower_.endswith("s.") and tok.text in self.gaz.title_abbreviations
            )
            if self._is_title(tok) and tok.lower_ not in self.gaz.title_heads and plural:  # "Senators", "Sens."
                between = {t.lower_ for t in doc[k + 1 : start + 1]}
                adjacent = k == start - glued and start + 1 < len(doc) and doc[start + 1].text not in (",", ";")
                if adjacent or between & _LIST_CUES:
                    # "state Sens. A and B": the title's own modifiers before it are part of it
                    mods = [
                        c
                        for c in tok.children
                        if c.dep_ in ("compound", "amod")
                        and c.i < tok.i
                        and c.is_alpha
                        and c.ent_type_ not in ("DATE", "TIME")
                        and c.lower_ not in _WHEN_WORDS
                    ]
                    title = [*mods, tok] if mods and mods[-1].i == tok.i - 1 else [tok]
                    if title[0].i > 0 and doc[title[0].i - 1].text == "Prime" and title[0].i - 1 >= floor:
                        title.insert(0, doc[title[0].i - 1])  # "Prime Ministers A and B": the parser hung "Prime" on A
                    return title, self._mentions_in(title)
            if tok.text in (".", ";") or (tok.pos_ == "VERB" and k == start and tok.lower_ not in _LIST_CUES):
                break
        return None

    def _glued_stop(self, i: int) -> bool:
        """Token ``i`` is the full stop of an abbreviated title the tokenizer split off ("Sens", ".")."""
        doc = self.doc
        return (
            0 < i < len(doc)
            and doc[i].text == "."
            and not doc[i - 1].whitespace_
            and f"{doc[i - 1].text}." in self.gaz.title_abbreviations
        )

    def _legislator(self, title: str) -> bool:
        """ "Sens.", "Reps.", "MPs": a legislator's title, whose member's home state or party tag is no office."""
        words = [w.lower() for w in re.findall(r"[\w\-]+", self.gaz.expand_title(title))]
        head = next((w for w in reversed(words) if self.gaz.is_title_word(w)), "")
        return head in _LEGISLATOR or head[:-1] in _LEGISLATOR

    def _own_home(self, span: Span) -> str | None:
        """The place told right after a member's name as the member's own ("B of the United States", "B (China)"),
        else None."""
        doc = self.doc
        i = span.end
        if i + 1 < len(doc) and (doc[i].lower_ == "of" or doc[i].text == "("):
            k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            home = self.by_token.get(k) if k < len(doc) else None
            if home is not None and home.kind == "Jurisdiction":
                return home.entity_id
        return None

    def _skip_member_home(self, i: int) -> int | None:
        """Index of the member named before a home told at token ``i``: "Sens. A of Ohio and B", "Reps. A (D-Ohio)
        and B": the member's state or party tag, else None."""
        doc = self.doc

        def person(k: int) -> bool:
            return k >= 0 and k in self.by_token and self.by_token[k].kind == "Person"

        if doc[i].text == ")":
            for j in range(i - 1, max(-1, i - 8), -1):
                if doc[j].text == "(":
                    return j - 1 if person(j - 1) else None
                if doc[j].text in (";", ")") or doc[j].is_sent_start:
                    return None
            return None
        home = self.by_token.get(i)
        if home is not None and home.kind != "Jurisdiction" or home is None and doc[i].ent_type_ != "GPE":
            return None
        j = i
        while j > 0 and (self.by_token.get(j - 1) is home if home is not None else doc[j].ent_iob_ == "I"):
            j -= 1
        return j - 2 if j >= 2 and doc[j - 1].lower_ == "of" and person(j - 2) else None

    def _skip_member_apposition(self, i: int) -> int | None:
        """Index of the member named before a short apposition ending at token ``i`` (", a Democrat,"), else None."""
        doc = self.doc
        for j in range(i - 1, max(-1, i - 5), -1):
            tok = doc[j]
            if tok.text == ",":
                before = doc[j - 1] if j > 0 else None
                inner = doc[j + 1 : i + 1]
                if (
                    before is not None
                    and before.i in self.by_token
                    and self.by_token[before.i].kind == "Person"
                    and all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") or t.text == "-" for t in inner)
                ):
                    return j - 1  # ", a Democrat,", ", R-Findlay,"
                return None
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and tok.text != "-":
                return None
        return None

    # ------------------------------------------------------------------ pieces
    def _boundary(self, tok: Token) -> bool:
        if tok.text in (",", ".", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d"):
            return True
        if tok.pos_ in ("VERB", "AUX") and not self._is_title(tok) and tok.lower_ not in _TITLE_MODIFIERS:
            # "an investigating judge", "the presiding judge", "its managing director": a participle inside the title
            return not (tok.dep_ == "amod" and tok.head.i == tok.i + 1 and self._is_title(tok.head))
        return tok.lower_ in _BOUNDARY_WORDS and tok.lower_ != "and"

    def _title_phrase(self, seg: list[Token]):
        """Split "the app's vice-president of X" into title tokens and explicit organisations."""
        while seg and seg[0].pos_ == "DET":
            seg = seg[1:]
        if not seg or len(seg) > 20:
            return None
        explicit = []
        if seg[0].lower_ in ("its", "their") and seg[0].tag_ == "PRP$":
            owner = self._body_before(seg[0])
            if owner is not None:
                explicit.append(owner)  # "Its president, X": the body just named
        people = [k for k, t in enumerate(seg) if t.i in self.by_token and self.by_token[t.i].kind == "Person"]
        if people and people[0] > 0 and any(self._is_title(t) for t in seg[: people[0]]):
            # "a spokeswoman for Montana Attorney General Austin Knudsen": the title is the speaker's, up to "for"
            cut = max((k for k in range(people[0]) if seg[k].lower_ in ("for", "of", "to")), default=people[0])
            seg = seg[:cut]
        for k, tok in enumerate(seg):
            if (
                tok.text in _POSSESSIVE
                and k > 0
                and self._is_title(seg[k - 1])
                and k + 1 < len(seg)
                # not "a spokesperson for the sheriff's office": a title before its complement heads the phrase
                and not self._complement_owner(seg[: k - 1])
            ):
                # "the bishop's nephew", "the cardinal's spokesman": a title word in the possessive is the owner's
                # office, never the head; the noun after it decides
                seg = seg[k + 1 :]
                break
            if tok.text in _POSSESSIVE and k > 0 and any(self._is_title(t) for t in seg[:k]):
                break  # "director of the commission's investigation bureau": the possessive is the complement's
            if tok.text in _POSSESSIVE and k > 0:
                owner = self._resolve_tokens(seg[:k])
                if owner is not None:
                    explicit.append(owner)
                seg = seg[k + 1 :]
                break
        if not seg or not any(self._is_title(t) and not self._modifies_other_noun(t) for t in seg[:5]):
            return None  # not "X, ahead of general elections due in October": "general" describes the elections
        if seg[0].i in self.by_token and self.by_token[seg[0].i].kind == "Person":
            return None
        # a name before the title word ("a TikTok spokeswoman"), complements ("of Canada", "at TikTok Europe")
        first_title = next(k for k, t in enumerate(seg) if self._is_title(t))
        explicit.extend(self._mentions_in(seg[:first_title]))
        for k, tok in enumerate(seg):
            if tok.lower_ in ("of", "at", "for") and k > 0:
                explicit.extend(self._mentions_in(seg[k + 1 :]))
        if any(t.i in self.by_token and self.by_token[t.i].kind == "Person" for t in seg):
            return None
        return seg, explicit

    def _complement_owner(self, before: list[Token]) -> bool:
        """The words before a possessive hold a title and then a preposition opening its complement ("spokesperson
        for the [sheriff's office]", "an aide to the [governor's chief of staff]"): the possessive is the complement's.
        Only when the possessive's phrase is the preposition's own object, with no "and" or comma between them: not
        "once secretary to the cabinet and today the president's press secretary", a second title."""
        prep = max((k for k, t in enumerate(before) if t.lower_ in ("for", "of", "at", "to", "with")), default=None)
        if prep is None or any(t.lower_ in ("and", "or", "but", ",", ";") for t in before[prep + 1 :]):
            return False
        return any(self._is_title(t) for t in before[:prep])

    def _modifies_other_noun(self, tok: Token) -> bool:
        """A title word used as an adjective of a noun that is no title: "general elections", "chief concern"."""
        return tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and not self._is_title(tok.head)

    def _body_before(self, tok: Token) -> Mention | None:
        """The organisation named last before ``tok``, in its sentence or the one before."""
        here = self.sentences.index(tok.idx)
        for m in reversed(self.adoc.mentions):
            if m.end <= tok.idx and m.kind == "Organisation" and here - self.sentences.index(m.start) <= 1:
                return m
        return None

    def _title_text(self, tokens: list[Token]) -> str:
        """The title as written, minus leading organisation names, demonyms and articles; plurals made singular."""
        toks = list(tokens)
        while toks and (
            toks[0].pos_ == "DET"
            or toks[0].tag_ == "PRP$"  # "Its president"
            or (toks[0].i in self.by_token and not self._is_title(toks[0]))
            or toks[0].text in self.gaz.demonyms
            or self._party_word(toks)
        ):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].pos_ in ("DET", "ADP", "CCONJ")):
            toks = toks[:-1]
        if not toks or not any(self._is_title(t) for t in toks):
            return ""
        text = self.doc[toks[0].i : toks[-1].i + 1].text
        last = toks[-1].text
        if self._glued_stop(toks[-1].i + 1):
            text += "."  # "Sens" "." -> "Sens.", which the abbreviations write out
        elif (
            last.lower() not in self.gaz.title_heads
            and last.endswith("s")
            and (len(toks) == 1 or self.gaz.is_title_word(last))
            # not a plural inside the title's own "of" or "for" phrase: "Speaker of the House of Representatives"
            and not any(t.lower_ in ("of", "for") for t in toks[:-1])
        ):
            text = text[:-1]  # "Senators" -> "Senator", "MPs" -> "MP", "Prime Ministers" -> "Prime Minister"
        return self.gaz.stated_title(re.sub(r"\s+", " ", text).strip())

    def _party_word(self, toks: list[Token]) -> bool:
        """ "Republican Sen.", "Liberal Democrat MP", "Democratic state Rep.": a party word before an elected office is
        the holder's party, not part of the office ("Labour leader", "Republican chairman": the party's own office)."""
        if len(toks) < 2 or toks[0].lower_ not in _PARTY_WORDS:
            return False
        rest = [t for t in toks[1:] if t.lower_ not in _PARTY_WORDS and t.lower_ != "state"]
        if not rest or not self._is_title(rest[0]):
            return False
        head = self.gaz.expand_title(rest[0].text).lower()
        head = head if head in self.gaz.title_heads else head[:-1]
        return head in _LEGISLATOR | _SUBNATIONAL | _GOVERNMENT

    def _mentions_in(self, tokens: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is not None and m.kind != "Person" and m not in out:
                out.append(m)
        return out

    def _demonym_countries(self, tokens: list[Token]) -> list[Mention]:
        """ "Chinese Foreign Ministry spokesman": the country, when the document mentions it."""
        out = []
        for t in tokens:
            eid = self.gaz.demonyms.get(t.text)
            if eid and eid in self.adoc.entities and t.i not in self.by_token:
                out.append(Mention(t.idx, t.idx + len(t.text), t.text, eid, "Jurisdiction", 0))
        return out

    def _phrase_before(self, i: int) -> Mention | None:
        m = self.by_token.get(i - 1)
        return m if m is not None and m.kind != "Person" else None

    def _resolve_tokens(self, tokens: list[Token]) -> Mention | None:
        span = self.doc[tokens[0].i : tokens[-1].i + 1]
        entity = resolve_phrase(self.adoc, span)
        if entity is None or entity.kind == "Person":
            return None
        return Mention(span.start_char, span.end_char, span.text, entity.id, entity.kind, 0)

    # ------------------------------------------------------------------ organisation
    def _is_country(self, entity_id: str) -> bool:
        entry = self.gaz.entries.get(entity_id)
        return entry is not None and entry.type == "country"

    def focus(self):
        if self._focus is None:
            self._focus = Resolver(self.adoc, self.gaz).focus_country(focus_scores(self.adoc, self.gaz)) or False
        return self._focus or None

    def _organisation(self, title: str, explicit: list[Mention], span: Span) -> str | None:
        title = self.gaz.expand_title(title)  # "Gov." is a governor's office
        words = [w.lower() for w in re.findall(r"[\w\-]+", title)]
        head = next((w for w in reversed(words) if self.gaz.is_title_word(w)), words[-1] if words else "")
        head = head if head in self.gaz.title_heads else head[:-1]
        if explicit:
            return explicit[0].entity_id
        subject = {w for w in words if not self.gaz.is_title_word(w)} - _GENERIC_SUBJECT
        if subject:
            for ent in self.adoc.entities.values():
                if ent.kind != "Organisation":
                    continue
                name_words = {w.lower() for n in (ent.name, *ent.aliases) for w in re.findall(r"[\w\-]+", n)}
                if subject <= name_words or (len(subject) > 1 and len(subject & name_words) >= 2):
                    return ent.id
        focus = self.focus()
        entry_type = None
        if head in _LEGISLATOR:
            entry_type = "legislature"
        elif head in _JUDICIAL:
            entry_type = "court"
        if entry_type:
            bodies = [
                e
                for e in self.adoc.entities.values()
                if (g := self.gaz.entries.get(e.id)) is not None and g.type == entry_type
            ]
            if focus is not None:
                same = [e for e in bodies if self.gaz.entries[e.id].country == focus.country]
                bodies = same or bodies
            if bodies:
                return bodies[0].id
        if head in _SUBNATIONAL:
            bare = not {w for w in words if not self.gaz.is_title_word(w)} - _BARE_TITLE_WORDS
            subs = [
                m
                for m in self.adoc.mentions
                if m.kind == "Jurisdiction" and m.sentence == self.sentences.index(span.start_char)
            ]
            # a bare governor's or mayor's office ("Gov. X", "Mayor Y") is a state's or a city's, not a country's the
            # sentence also names ("Gov. X said software from China ..."); with none in the sentence, the one state
            # the story names. A title naming an institution ("Central Bank Governor", "Federal Reserve Governor") is
            # that body's office, no state's.
            local = [m for m in subs if not self._is_country(m.entity_id)] if bare else []
            if local:
                return local[0].entity_id
            places = {m.entity_id for m in self.adoc.mentions if m.kind == "Jurisdiction"} if bare else set()
            places = {p for p in places if (e := self.gaz.entries.get(p)) is not None and e.type == "subdivision"}
            if len(places) == 1:
                return places.pop()
            if subs:
                return subs[0].entity_id
        if head in _GOVERNMENT or head in _SUBNATIONAL or entry_type:
            if focus is not None and focus.id in self.adoc.entities:
                return focus.id
        return None

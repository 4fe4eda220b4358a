"""Ban extraction: who banned what, where, in what state and when — from dependency patterns.

Why rules over a parse: a ban is an n-ary fact (imposer, targets, scope,
status, dates) and news phrases it many ways — active ("Nepal banned
TikTok"), passive ("TikTok was prohibited ... by the United States"), nominal
("a ban on sales of ..."), delegated ("ordered agencies to remove ..."), in
passing ("Canada took a similar step") or as a re-mention ("the order"). The
vocabulary lives in ``lexicon.yaml``; this module holds the generic
patterns:

1. triggers: verbs and nouns of prohibition (negated permission counts,
   negated prohibition does not); weak nouns ("step", "measure") only with
   "similar"/"comparable", otherwise they re-mention an earlier ban;
2. imposer: the agent — passive "by", the subject, a possessor, or the
   subject of the verb that ordered/announced it, walking up the tree;
   pronouns and generic nouns ("the government", "the regulator") go to the
   actor they stand for; then the annotation rule: ministries, departments,
   officials and people act for their jurisdiction, legislatures, regulators,
   courts and EU institutions for themselves;
3. targets: products and companies in the object side of the trigger
   (coordination gives several targets), not in "owned by"/relative clauses;
   "the app", "it", "a similar ban" take the target from context;
4. scope, status, dates from cue words in the trigger's clause;
5. one Ban per (imposer, targets, scope): re-mentions merge, keeping the
   most precise date.

Helpers shared with statements.py and follows.py (actor classification,
imposer normalisation) live here so the three stages agree; the lexicon is
read by loaders/extract/lexicon.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from loaders.extract.base import AnnotatedDoc, Mention, doc_text, span_forms, span_lemmas, word_positions
from loaders.extract.dates import MONTHS, WEEKDAYS, dates_in
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS, entity_from
from loaders.model import Ban, Evidence

# ------------------------------------------------------------------------------------------ actors
IMPOSER_CATEGORIES = {"jurisdiction", "legislature", "court", "regulator", "eu", "government", "legislature_admin"}
# Bodies that impose a ban only on their own people and kit (a company barring its staff from X), never on others'.
OWN_STAFF_CATEGORIES = frozenset({"company", "other"})
SELF_IMPOSING = {"jurisdiction", "legislature", "court", "regulator", "eu"}
TARGET_CATEGORIES = {"product", "company"}
_GAZ_TYPES = {
    "eu": "eu",
    "legislature": "legislature",
    "legislature_admin": "legislature_admin",
    "court": "court",
    "regulator": "regulator",
    "ministry": "government",
    "agency": "government",
    "government": "government",
    "military": "government",
    "company": "company",
    "app": "product",
    "software": "product",
    "equipment": "product",
    "category": "product",
    "network": "product",
    "media": "other",
    "party": "other",
    "ngo": "other",
    "international": "other",
}
# Word sets of the rules (here and below) come from lexicon.yaml's ``ban_rules`` section, which tells their use.
_OWNER_LEMMAS = words("ban_rules", "owner_lemmas")
_RELATIVE = {"which", "who", "that", "whom", "whose"}
_ALL_OF = words("ban_rules", "all_of")
_NETWORK_CUTS = words("ban_rules", "network_cuts")
_ORDER_NOUNS = words("ban_rules", "order_nouns")
_ORDER_ISSUING = words("ban_rules", "order_issuing")
_WAY_AROUND = words("ban_rules", "way_around")
_ORDER_PREPS = {"after", "following", "on", "at", "upon", "under"}
_OTHER_BAN = words("ban_rules", "other_ban")
_ACTOR_RANK = {
    "legislature": 0,
    "court": 0,
    "regulator": 0,
    "eu": 0,
    "legislature_admin": 1,
    "government": 1,
    "jurisdiction": 2,
    "person": 3,
}
# "the minister for the EU", "Secretary for Digital Affairs": a title's portfolio, not whom the holder acts for
_PORTFOLIO_HEADS = words("ban_rules", "portfolio_heads")
# a legislature makes law for its jurisdiction: "the Senate passed a bill that would ban X on federal devices"
# Party labels that tell where a lawmaker was elected ("Rep. X, a New Jersey Democrat")
_PARTY_MEMBERS = words("ban_rules", "party_members")
_LEGISLATORS = words("ban_rules", "legislators")
_LAWMAKING = words("ban_rules", "lawmaking")
# Verbs of a legislature making law, its own act ("Congress passed a law banning X", "the House voted to ban X")
_PASSING_VERBS = words("ban_rules", "passing_verbs")
_WRITING_INTO = words("ban_rules", "writing_into")
_LAW_VEHICLES = words("ban_rules", "law_vehicles")
_LIFT_VERBS = words("ban_rules", "lift_verbs")
# Armed services named as the ones a ban binds ("a prohibition on the Pentagon buying drones").
_MILITARY_BODIES = words("ban_rules", "military_bodies")
_ADVISING_VERBS = words("ban_rules", "advising_verbs")
_PLACES_AND_PEOPLE = words("ban_rules", "places_and_people")
_ACTED_WITH = words("ban_rules", "acted_with")
# Verbs that only tell that someone acted ("On Thursday, they finally acted", "Last week the government moved")
_ACTING_VERBS = words("ban_rules", "acting_verbs")
_ANYONE = words("ban_rules", "anyone")
# What a place is called in a description set off after its name ("South Dakota, the first state to act, ...")
_DESCRIBED_PLACES = words("ban_rules", "described_places")
# A measure told again as the subject of what it did ("The rule forced X to close Y")
_RULE_NOUNS = words("ban_rules", "rule_nouns")
# Verbs whose "from" phrase is the place a thing is taken out of ("removed X from its App Store")
_REMOVAL_VERBS = words("ban_rules", "removal_verbs")
# Verbs that make a company's own act a ban: "forcing TikTok to shut TikTok Shop"
_COMPELLING = words("ban_rules", "compelling")
_LICENCE_VERBS = words("ban_rules", "licence_verbs")
_PUBLIC_BODIES = words("ban_rules", "public_bodies")
_PROPOSALS = words("ban_rules", "proposals")
_IMPOSE_VERBS = words("ban_rules", "impose_verbs")
_INSTITUTIONS = words("actors", "institutions")
_CHALLENGING = words("ban_rules", "challenging")
_PROVIDERS = words("ban_rules", "providers")
# Prepositions of the way a thing is done: a connection after one ("over the internet", "via mobile data") is the
# channel of what a clause tells, not what a ban cuts
_CHANNEL_PREPS = words("ban_rules", "channel_preps")
_KIND_MEMBERS = words("ban_rules", "kind_members")
_KIND_DEALINGS = words("ban_rules", "kind_dealings")
_DEVICE_WORDS = set(words("scope", "devices"))
_ISSUING = set(words("scope", "issuing"))
_DEVICE_OWNERS = (
    set(words("scope", "kit_owners")) | set(words("scope", "personnel")) | set(words("scope", "device_owners"))
)
_CHANNEL_VERBS = words("ban_rules", "channel_verbs")
_WEIGHING = words("ban_rules", "weighing")
_WEIGHING_MARKS = words("ban_rules", "weighing_marks")
_ADOPTING = words("ban_rules", "adopting")


def _seated(name: str) -> bool:
    """A court named by its seat alone ("Milan court", from "a court in Milan"): its place is told, so a court of
    unknown country is not taken for another country's court."""
    return name.endswith(" court")


def _served_over(prep) -> bool:
    """A preposition of means ("over", "via") hung on a verb of giving a service or goods, or on that verb's object:
    "serving residents over the internet", "sold via mobile data". Hung on a cut ("cut connections over mobile
    data", "restricted access via mobile data"), the connection it names is what is cut."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CHANNEL_VERBS


def _weighs_a_step(verb) -> bool:
    """A clause that weighs a step rather than tells one taken: under a modal ("That could include banning X"), a
    condition ("if"), or set against another ("That is a better approach than banning X", "preferable to")."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in _WEIGHING_MARKS for c in verb.children):
        return True
    near = [t for c in verb.children for t in (c, *c.children)]
    return any(t.tag_ in ("JJR", "RBR") or t.lower_ in _WEIGHING for t in near)


def _gazetteer():
    """The entity stage's gazetteer when it is importable (types and countries of known bodies)."""
    try:
        from loaders.extract.gazetteer import get_gazetteer

        return get_gazetteer()
    except Exception:  # noqa: BLE001 - optional knowledge; name rules still apply
        return None


def _words_of(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


def _civil_head(name_words: list[str], others) -> bool:
    """The head noun of a body's name (the word before its first "of" / "for" / "on", else its last word) is one of
    a members' or civil body (lexicon actors.other): "Association of Service Providers and POGOs", "San Francisco Police
    Officers Association" — not "Ministry of Labour and Trade Unions", "School Board", "Union Ministry of Home
    Affairs"."""
    if not name_words:
        return False
    cut = next((k for k, w in enumerate(name_words) if k > 0 and w in ("of", "for", "on")), len(name_words))
    # (a "Centre for ..." may be a state body, "the Center for Countering Disinformation": its words decide)
    return name_words[cut - 1] in others


class DocContext:
    """Per-document lookups shared by the event stages: mentions by token, actor categories, focus."""

    def __init__(self, adoc: AnnotatedDoc):
        self.adoc = adoc
        self.doc = adoc.doc
        self.gaz = _gazetteer()
        self.n_mentions = len(adoc.mentions)
        self._mention_kind = {m.entity_id: m.kind for m in adoc.mentions}
        self.token_mention: dict[int, Mention] = {}
        for m in adoc.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.token_mention.setdefault(tok.i, m)
        # paragraph number of each token: a headline glued to the lede by the parser is still another paragraph
        breaks = [m.start() for m in re.finditer("\n", doc_text(self.doc))]
        self.para = [bisect_left(breaks, int(i)) for i in self.doc.to_array("IDX")] if len(self.doc) else []
        self._category: dict[str, str] = {}
        self._descriptors = self._find_descriptors()
        self.main_target = self._main_target()
        self.main_jurisdiction = self._main_jurisdiction()
        self._headings = self._find_headings()
        # a liveblog's time-stamped entries: (offset, date), read once for the three event stages
        self.entries = _entry_dates(doc_text(self.doc), adoc.document.published)
        if not self.entries:
            # a press release's dateline ("Prague, 10 July 2025 - ..."): the day its "today" and weekdays are told from
            released = _release_date(adoc)
            if released is not None:
                self.entries = [(0, released)]

    @classmethod
    def of(cls, adoc: AnnotatedDoc) -> DocContext:
        """One context per document, shared by the ban, statement and follow stages."""
        ctx = getattr(adoc, "_event_context", None)
        if ctx is None or ctx.n_mentions != len(adoc.mentions):
            ctx = cls(adoc)
            adoc._event_context = ctx  # type: ignore[attr-defined]
        return ctx

    # -- mentions
    def mention(self, tok) -> Mention | None:
        return self.token_mention.get(tok.i)

    def kind(self, eid: str) -> str | None:
        ent = self.adoc.entities.get(eid)
        if ent is not None:
            return ent.kind
        return self._mention_kind.get(eid)

    def name(self, eid: str) -> str:
        ent = self.adoc.entities.get(eid)
        return ent.name if ent else eid.split("/", 1)[-1].replace("-", " ")

    def _all_names(self, eid: str) -> list[str]:
        ent = self.adoc.entities.get(eid)
        names = [ent.name, *ent.aliases] if ent else [self.name(eid)]
        names += [m.text for m in self.adoc.mentions if m.entity_id == eid]
        return names

    def _find_descriptors(self) -> dict[str, str]:
        """Typing from the text: "the communications regulator Roskomnadzor" -> regulator."""
        found: dict[str, str] = {}
        desc = words("actors", "descriptors")
        for m in self.adoc.mentions:
            if m.kind != "Organisation":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            # only the words running into the name: not "submitted to the High Court, the interior ministry said"
            window = []
            for t in reversed(self.doc[max(span.start - 3, 0) : span.start]):
                if t.sent != span.sent or t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PRON"):
                    break
                window.append(t)
            window += [t for t in span.root.children if t.dep_ == "appos"]
            if span.root.dep_ == "appos":
                window.append(span.root.head)
            for t in window:
                for cat, lemmas in desc.items():
                    if t.lemma_.lower() in lemmas:
                        found.setdefault(m.entity_id, cat)
        return found

    def category(self, eid: str) -> str:
        """jurisdiction | legislature | legislature_admin | court | regulator | eu | government | company | product
        | person | law | other."""
        if eid in self._category:
            return self._category[eid]
        kind = self.kind(eid)
        cat = {"Jurisdiction": "jurisdiction", "Person": "person", "Law": "law", "Product": "product"}.get(kind or "")
        if cat is None:
            cat = self._org_category(eid)
        self._category[eid] = cat
        return cat

    def _org_category(self, eid: str) -> str:
        name_words = _words_of(self.name(eid))
        actors = words("actors")

        def has(ws):
            return any(w in ws or any(w.startswith(x) and len(x) > 5 for x in ws) for w in name_words)

        legislative = has(actors["legislature"]) and not (name_words and name_words[0] == "white")
        legislative = legislative or any(f" {p} " in f" {' '.join(name_words)} " for p in actors["legislature_phrases"])
        if legislative and name_words and name_words[-1] in actors["legislature_admin"]:
            return "legislature_admin"
        entry = self.gaz.entries.get(eid) if self.gaz else None
        if entry is not None and entry.type in _GAZ_TYPES:
            return _GAZ_TYPES[entry.type]
        if legislative:
            return "legislature"
        if has(actors["court"]):
            return "court"
        if "european" in name_words or (name_words and "eu" in name_words):
            return "eu"
        if eid in self._descriptors:
            return self._descriptors[eid]
        if has(actors["regulator"]) or any(
            f" {p} " in f" {' '.join(name_words)} " for p in actors["regulator_phrases"]
        ):
            return "regulator"
        if _civil_head(name_words, actors["other"]):
            return "other"  # "the Association of Service Providers", "the Police Officers Association": the name's
            # head is a members' body, whatever state words its name carries (a regulator's own words, or the text's
            # "the telecoms regulator, the National Communications Institute", still make it one)
        if has(actors["government"]) or self._armed_service(name_words):
            return "government"
        if set(name_words) & set(actors["other"]):
            return "other"  # a university, a union: neither a government nor a banned company
        return "company"

    def _armed_service(self, name_words: list[str]) -> bool:
        """An armed service's name ("Air Force", "the Royal Air Force", "Kenya Defence Forces"), alone or after its
        country or demonym; not any other "X Forces" ("the Rapid Support Forces")."""
        for service in words("actors", "armed_services"):
            n = len(service.split())
            if name_words[-n:] != service.split():
                continue
            rest = [w for w in name_words[:-n] if w not in words("actors", "armed_service_prefixes")]
            if not rest:
                return True
            if self.gaz is None:
                return False
            text = " ".join(rest)
            entry = self.gaz.lookup(text)
            if entry is not None and entry.type in ("country", "subdivision"):
                return True
            return any(d.lower() == text for d in self.gaz.demonyms)
        return False

    def is_institution(self, eid: str) -> bool:
        """A school or university (no government, no company): it rules its own networks and devices."""
        return self.category(eid) == "other" and bool(set(_words_of(self.name(eid))) & _INSTITUTIONS)

    # -- focus
    def _main_jurisdiction(self) -> str | None:
        scores: Counter = Counter()
        triggers = words("ban", "verbs") | words("ban", "nouns")
        owner_words = {
            "owned",
            "based",
            "headquartered",
            "data",
            "owner",
            "parent",
            "operates",
            "hands",
            "linked",
            "links",
        }
        # the story's app comes from somewhere: its home country is rarely the one banning it
        entry = self.gaz.entries.get(self.main_target) if self.gaz and self.main_target else None
        target_home = self.gaz.by_country.get(entry.country or "") if entry is not None else None
        for m in self.adoc.mentions:
            body_of = None
            if m.kind == "Organisation" and self.category(m.entity_id) in ("legislature", "government", "regulator"):
                body_of = self.jurisdiction_of(m.entity_id)  # "the Philippine Senate" acts for the Philippines
            if m.kind != "Jurisdiction" and body_of is None:
                continue
            sent = self.adoc.sentences[m.sentence]
            weight = 1.0 if body_of is None else 0.5
            if m.sentence <= 2:
                weight *= 2
            lemmas = span_lemmas(sent)
            if lemmas & triggers:
                weight *= 2
            tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            # "TikTok, owned by China's ByteDance"; not the lede's actor ("X's ministry blocked Y over user data")
            lede_actor = m.sentence <= 2 and tok is not None and _acts_in(tok.root, triggers)
            if span_forms(sent) & owner_words and not lede_actor:
                weight *= 0.2
            if tok is not None and tok.root.dep_ in ("nsubj", "nsubjpass", "poss"):
                weight *= 2
                if m.sentence == 0 and tok.root.dep_ == "nsubj":
                    weight *= 2  # the headline's subject
            elif tok is not None and tok.root.dep_ == "pobj" and tok.root.head.lower_ in ("in", "from", "to"):
                weight *= 0.5
            if (body_of or m.entity_id) == target_home:
                weight *= 0.3
            scores[body_of or m.entity_id] += weight
        return scores.most_common(1)[0][0] if scores else None

    def _find_headings(self) -> list[tuple[int, str | None]]:
        """Subheads of a roundup that name a country alone ("Indonesia", "The European Union"): (offset, jurisdiction
        or None for another subhead), in text order. The headline is not one."""
        text = doc_text(self.doc)
        by_start = {m.start: m for m in self.adoc.mentions}
        out: list[tuple[int, str | None]] = []
        pos = text.find("\n") + 1 if "\n" in text else len(text)
        for line in text[pos:].split("\n"):
            start = pos
            pos += len(line) + 1
            stripped = line.strip()
            if not stripped or len(stripped) > 40 or stripped[-1] in ".!?:;,\"'”":
                continue
            lead = start + len(line) - len(line.lstrip())
            m = by_start.get(lead) or by_start.get(lead + 4 if stripped.lower().startswith("the ") else -1)
            if m is not None and m.kind == "Jurisdiction" and len(m.text) >= len(stripped) - 4:
                out.append((start, m.entity_id))
            elif len(stripped.split()) <= 5 and stripped[:1].isupper():
                out.append((start, None))  # "What comes next": the section of no country
        return out if any(j for _, j in out) else []

    def focus(self, tok=None) -> str | None:
        """The country a generic actor ("the government") stands for: the roundup section's, else the story's."""
        if tok is not None and self._headings:
            here = [j for start, j in self._headings if start <= tok.idx]
            if here and here[-1]:
                return here[-1]
        return self.main_jurisdiction

    def is_network(self, eid: str) -> bool:
        """A kind of connection ("internet", "mobile data"): what a shutdown cuts, not a platform."""
        entry = self.gaz.entries.get(eid) if self.gaz else None
        return entry is not None and entry.type == "network"

    def _is_kind(self, eid: str) -> bool:
        """A kind of technology or trade ("cryptocurrency", "online games", "VPN"), not one product."""
        entry = self.gaz.entries.get(eid) if self.gaz else None
        return entry is not None and entry.type == "category"

    def network_modifier(self, m) -> bool:
        """A connection or a kind of technology named only to describe another noun ("internet providers", "mobile
        data users", "the cryptocurrency project X", "the online gaming platform Y"), unless that noun is the ban
        itself ("the mobile data restrictions", "an internet shutdown")."""
        if not (self.is_network(m.entity_id) or self._is_kind(m.entity_id)):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in _CHANNEL_PREPS and _served_over(root.head):
            return True  # "bars exchanges from serving residents over the internet": the way a service is given
        if self._is_kind(m.entity_id):
            if self.kind_members(m):
                return True  # "several online games were unreachable": some members of the kind, not the kind
            nxt = self.mention(span.doc[span.end]) if span.end < len(span.doc) else None
            named = self.mention(root.head) if root.dep_ == "appos" else None
            for other in (nxt, named):
                if other is None or other.entity_id == m.entity_id or self._is_kind(other.entity_id):
                    continue
                if self.category(other.entity_id) in TARGET_CATEGORIES and not self.is_network(other.entity_id):
                    # "the online games PUBG and Free Fire", "Binance, a cryptocurrency exchange": the kind says
                    # what the name is
                    return True
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.i in range(span.start, span.end):
            return False
        head = root.head
        if self._is_kind(m.entity_id) and (head.lemma_.lower() in _KIND_DEALINGS or head.lower_ in _KIND_DEALINGS):
            return False  # "banned cryptocurrency payments", "mobile phone use in schools": the kind is the target
        return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in words("ban", "nouns")

    def kind_members(self, m) -> bool:
        """A kind of technology under a quantifier ("several online games", lexicon ban_rules.kind_members) names
        some of its members, not the kind; not "X and other cryptocurrencies", "Binance and many other exchanges"
        (the kind itself, a named member beside it)."""
        if not self._is_kind(m.entity_id):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        kids = [c for c in span.root.children if c.dep_ in ("amod", "det", "nummod")]
        return any(c.lower_ in _KIND_MEMBERS for c in kids) and not any(c.lower_ == "other" for c in kids)

    def _device_kind(self, m) -> bool:
        """A kind of device ("mobile phones", "smartphones"), by the head word of its mention."""
        if not self._is_kind(m.entity_id):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and (span.root.lemma_.lower() in _DEVICE_WORDS or span.root.lower_ in _DEVICE_WORDS)

    def device_of_named_maker(self, m) -> bool:
        """A kind of device told by its maker's or product's name ("Huawei smartphones", "DJI drones", "Pixel
        phones"): the named firm's or product's kit, no ban on every device of the kind."""
        if not self._device_kind(m):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        for c in span.root.children:
            if c.dep_ not in ("compound", "nmod", "amod", "poss") or c in span:
                continue
            o = self.mention(c)
            if o is None or o.entity_id == m.entity_id or self._is_kind(o.entity_id):
                continue
            if o.kind == "Product" or (o.kind == "Organisation" and self.category(o.entity_id) == "company"):
                return True
        return False

    def device_scope(self, m) -> bool:
        """A kind of device named as where a thing is banned ("TikTok on government phones", "the app was removed
        from state-issued phones", "data from users' phones"), or named as the state's own ("government
        smartphones"), is the ban's reach, not its target ("a ban on phones in schools", "barred pupils from using
        phones" still are)."""
        if not self._is_kind(m.entity_id):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.lemma_.lower() not in _DEVICE_WORDS and root.lower_ not in _DEVICE_WORDS:
            return False
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _ILLEGAL_ACTS:
            return False  # "barred pupils from using their phones": the devices are what is banned
        if any(
            (c.dep_ in ("amod", "compound") and (_hyphened(c) in _DEVICE_OWNERS or c.lemma_.lower() in _DEVICE_OWNERS))
            # "from officials' phones", "its phones": a body's or its staff's; not "pupils' phones" (those the rule
            # restricts)
            or (c.dep_ == "poss" and (c.pos_ == "PRON" or self._a_body_or_staff(c)))
            # "from Senedd phones": a body's name on them
            or (
                c.dep_ == "compound"
                and (o := self.mention(c)) is not None
                and o.kind in ("Organisation", "Jurisdiction")
            )
            # "phones issued by federal agencies", "the phones it issues to its staff"
            or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ISSUING)
            # "phones used by ministry staff" (not "phones used by pupils")
            or (
                c.dep_ in ("acl", "relcl")
                and c.lemma_.lower() == "use"
                and any(
                    a.dep_ == "agent" and any(self._a_body_or_staff(o) for o in a.children if o.dep_ == "pobj")
                    for a in c.children
                )
            )
            for c in root.children
        ):
            return True  # "TikTok off staff phones", "from officials' phones": whose devices, so where
        if root.dep_ == "conj":  # "on state-issued phones and laptops": the first conjunct tells the preposition
            first = root
            while first.dep_ == "conj":
                first = first.head
            root = first
        if root.dep_ != "pobj" or root.head.lower_ not in ("on", "from", "off", "onto", "in", "to"):
            return False
        return root.head.head.lemma_.lower() not in words("ban", "nouns")

    def _a_body_or_staff(self, tok) -> bool:
        """An owner of devices that makes them the state's kit: staff or a body by its word ("officials",
        "ministers", "agency"; lexicon scope.kit_owners, scope.personnel, scope.device_owners) or by its name."""
        if tok.lemma_.lower() in _DEVICE_OWNERS or tok.lower_ in _DEVICE_OWNERS:
            return True
        o = self.mention(tok)
        return o is not None and o.kind in ("Organisation", "Jurisdiction")

    def _main_target(self) -> str | None:
        products = [m for m in self.adoc.mentions if m.kind == "Product" and not self.network_modifier(m)]
        # a kind of device ("phones") the story names is the one it is about only when it names no product or firm:
        # in "TikTok off staff phones" stories the phones are where the app is banned
        devices = Counter(m.entity_id for m in products if self._device_kind(m) and not self.device_scope(m))
        counts = Counter(m.entity_id for m in products if not self._device_kind(m))
        if not counts:
            firms = [
                m for m in self.adoc.mentions if m.kind == "Organisation" and self.category(m.entity_id) == "company"
            ]
            # a company named only as the employer of a spokesperson telling it complied (a carrier carrying out
            # the block) is not the thing banned; a banned company answering through its spokesperson still is
            named = {m.entity_id for m in firms if not self._speaks_through(m)}
            counts = Counter(m.entity_id for m in firms if m.entity_id in named) or devices
        if not counts:
            return None
        eid, n = counts.most_common(1)[0]
        if n == 1 and self._first_named_late(eid):
            return None  # one product named once, deep in the story (a past case told in passing): not its subject
        return eid

    def _speaks_through(self, m) -> bool:
        """A company named as the employer of a spokesperson who tells it complied ("a Vodacom Tanzania spokesperson
        said the company had complied with the directive", "a spokesman for X said it was implementing the order";
        lexicon ban.complying): the body carrying out the block, which a vague object ("the platform") does not
        stand for. Not a company answering for itself ("a spokeswoman for Threema said it would fight the order")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        spokes = words("actors", "spokes_nouns")
        root = span.root
        employer = (span.end < len(self.doc) and self.doc[span.end].lower_ in spokes) or (
            root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in spokes
        )
        return employer and any(t.lemma_.lower() in words("ban", "complying") for t in span.sent)

    def _first_named_late(self, eid: str) -> bool:
        """The entity is first named after the headline and the first three paragraphs."""
        first = min(m.start for m in self.adoc.mentions if m.entity_id == eid)
        before = doc_text(self.doc)[:first].split("\n")
        return sum(1 for line in before[:-1] if line.strip()) >= 4

    # -- normalisation of actors to imposers
    def jurisdiction_of(self, eid: str, near=None) -> str | None:
        """The jurisdiction a government body or a person acts for."""
        ent = self.adoc.entities.get(eid)
        props = ent.properties if ent else {}
        juris_ids = [e for e in self.adoc.entities if self.kind(e) == "Jurisdiction"] or list(
            {m.entity_id for m in self.adoc.mentions if m.kind == "Jurisdiction"}
        )
        country = props.get("jurisdiction") or props.get("country")
        entry = self.gaz.entries.get(eid) if self.gaz else None
        if not country and entry is not None:
            country = entry.country
        if country and self.gaz is not None:
            # "the Scottish Government", "the Welsh Government": a devolved or state body acts for its own part of
            # the country its entry names, not for the whole country
            for word in self.name(eid).split():
                jid = self.gaz.demonyms.get(word.strip(".,'’"))
                sub = self.gaz.entries.get(jid) if jid else None
                if sub is not None and sub.type == "subdivision" and sub.country == country and jid in juris_ids:
                    return jid
        if country and self.gaz is not None:
            jid = self.gaz.by_country.get(country)
            if jid in juris_ids:
                return jid
        if self.gaz is not None:
            for word in self.name(eid).split():  # "Russian embassy" -> Russia
                jid = self.gaz.demonyms.get(word.strip(".,'’"))
                if jid in juris_ids:
                    return jid
        name = " " + " ".join(_words_of(self.name(eid))) + " "
        for jid in juris_ids:
            for n in self._all_names(jid):
                if len(n) > 2 and f" {' '.join(_words_of(n))} " in name:
                    return jid
        if near is not None:
            sent = near.sent
            best = None
            for tok in sent:
                m = self.mention(tok)
                if m and m.kind == "Jurisdiction" and tok.i < near.i and near.i - tok.i <= 8:
                    best = m.entity_id
            if best:
                return best
        return None

    def person_jurisdiction(self, tok, own_clause: bool = False) -> str | None:
        """People act for the body or jurisdiction named around them; a governor for a state, not a country."""
        jid = self._person_jurisdiction(tok, own_clause)
        if jid is None or self.kind(jid) != "Jurisdiction" or self.subdivision(jid) or not self._governor(tok):
            return jid
        # "Gov. X issued a directive barring state agencies from Y, a move that puts Maryland among ...": the state
        # the story names most, not the country read from the rest of the story
        states = [
            m
            for m in self.adoc.mentions
            if m.kind == "Jurisdiction" and self.subdivision(m.entity_id) and self._country_of(m.entity_id) == jid
        ]  # a state of that country (not "Georgia", a state the gazetteer files as a country)
        if not states:
            return jid
        # "Oklahoma followed on Tuesday. Governor X announced a ban ...": the state the paragraph is about
        before = [
            m
            for m in states
            if m.start < tok.idx
            and self.para[self.doc.char_span(m.start, m.end, alignment_mode="expand").start] == self.para[tok.i]
        ]
        if before:
            return before[-1].entity_id
        return Counter(m.entity_id for m in states).most_common(1)[0][0]

    def subdivision(self, eid: str | None) -> bool:
        """The jurisdiction is a state or province of a country."""
        if not eid or self.kind(eid) != "Jurisdiction":
            return False
        ent = self.adoc.entities.get(eid)
        iso = (ent.properties.get("isoCode") if ent else None) or ""
        if "-" in iso:
            return True
        entry = self.gaz.entries.get(eid) if self.gaz else None
        if entry is not None and entry.type:
            return entry.type == "subdivision"
        return _is_known_subdivision(self.name(eid))

    def _governor(self, tok) -> bool:
        """The person is titled a governor here or where the story names them again ("Gov. X", "Governor X")."""
        me = self.mention(tok)
        if me is None or me.kind != "Person":
            return False
        for _, span in self.adoc.spans_of(me.entity_id):
            near = [*self.doc[max(span.start - 2, 0) : span.start], *_phrase_root(span.root).children]
            if any(t.lower_.rstrip(".") in ("gov", "governor") for t in near if t.sent == span.sent):
                return True
        return False

    def _person_jurisdiction(self, tok, own_clause: bool = False) -> str | None:
        """People act for the body or jurisdiction named around them ("Texas Governor Greg Abbott").

        ``own_clause``: a place named in another clause of the sentence is not the person's (for a person acting:
        "X banned it, mirroring orders issued by the governors of A and B")."""
        for a in [tok, *tok.ancestors]:
            if a.dep_ == "relcl" and any(c.lower_ == "where" for c in a.children):
                m = self.mention(a.head)
                if m and m.kind == "Jurisdiction":
                    return m.entity_id  # "and Virginia, where Gov. X issued a similar order"
                break
        phrase = _phrase_root(tok)
        constituency = None
        for t in phrase.subtree:
            m = self.mention(t)
            if m and m.kind != "Person" and not _portfolio(_phrase_root(t)):
                eid = self.normalise(m.entity_id, t)
                if eid and self.party_label_place(t):
                    constituency = constituency or eid  # "Rep. X, a New Jersey Democrat": where X was elected
                    continue
                if eid:
                    return eid
        if constituency is not None:
            # a lawmaker of a national chamber elected in a state acts in that chamber, or for its country
            return self._legislature_of_member(tok) or self._country_of(constituency) or constituency
        court = self._court_of_judge(tok)
        if court:
            return court  # "Moraes used the same rule to suspend X": the judge named earlier as the court's
        home = self._named_home(tok)
        if home:
            return home  # "Youngkin bans X" in the headline: "Virginia Governor Glenn Youngkin" below
        house = self._legislature_of_member(tok)
        if house:
            return house  # "Representatives X and Y introduced the No X Act": the one chamber the story names
        ranked = []
        own = {a.i for a in [tok, *tok.ancestors]}
        for t in tok.sent:
            m = self.mention(t)
            if m and m.kind == "Jurisdiction":
                if own_clause and any(
                    a.lemma_.lower() in words("follow", "verbs") and a.dep_ == "advcl" and a.head.i in own
                    for a in t.ancestors
                ):
                    continue  # "X banned it, mirroring orders issued by the governors of A and B": the followed
                if any(a.lemma_.lower() in _THING_NOUNS and a.i not in own for a in t.ancestors):
                    continue  # "ordered agencies to ban six apps with ties to China": where the apps are from
                if (
                    t.dep_ == "poss"
                    and t.head.i not in own
                    and any(
                        (g := self.mention(x)) is not None and g.kind == "Product" for x in t.head.subtree if x.i != t.i
                    )
                ):
                    continue  # "signed a decree that blocked Russia's VKontakte": where the platform is from
                ranked.append((0 if t.dep_ in ("nsubj", "nsubjpass") else 1, abs(t.i - tok.i), m.entity_id))
        if ranked:
            return min(ranked)[2]
        return self.focus(tok)

    def party_label_place(self, tok) -> bool:
        """The token names a place in a lawmaker's party label ("Rep. X, a New Jersey Democrat"): where the member
        was elected, not who acts."""
        m = self.mention(tok)
        if m is None or m.kind != "Jurisdiction":
            return False
        top = tok
        while top.head.i != top.i and self.mention(top.head) is m:
            top = top.head  # "New Jersey": the name's last word
        return (
            top.head.i != top.i
            and top.head.lemma_.lower() in _PARTY_MEMBERS
            and top.dep_ in ("compound", "amod", "nmod")
        )

    def _country_of(self, eid: str) -> str | None:
        """The country of a state or province, when the document names that country."""
        entry = self.gaz.entries.get(eid) if self.gaz else None
        country = self.gaz.by_country.get(entry.country or "") if entry is not None else None
        if country is None or country == eid or not any(m.entity_id == country for m in self.adoc.mentions):
            return None
        return country

    def _legislature_of_member(self, tok) -> str | None:
        """A lawmaker titled as one ("Representatives X and Y", "Sen. Z") sits in the one legislature named."""
        root = _phrase_root(tok)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        near = [t for t in root.subtree if t.dep_ in ("compound", "appos", "nmod")]
        titles = {t.lemma_.lower().rstrip(".") for t in near} | {t.lower_.rstrip(".").removesuffix("s") for t in near}
        if not titles & (_LEGISLATORS | {"rep", "sen", "congressman", "congresswoman"}):
            return None
        houses = {
            m.entity_id
            for m in self.adoc.mentions
            if m.kind == "Organisation" and self.category(m.entity_id) == "legislature"
        }
        homes = {self.jurisdiction_of(h) for h in houses}
        if len(houses) > 1 and len(homes) == 1 and None not in homes:
            # "Congress" and "the House" of one country: the chamber the title names ("Representatives X and Y")
            chamber = "senate" if titles & {"sen", "senator"} else "house"
            named = sorted(h for h in houses if chamber in _words_of(self.name(h)))
            return named[0] if len(named) == 1 else sorted(houses)[0]
        return houses.pop() if len(houses) == 1 else None

    def _named_home(self, tok) -> str | None:
        """The jurisdiction named with the same person in another sentence ("Virginia Governor Glenn Youngkin")."""
        me = self.mention(tok)
        if me is None or me.kind != "Person":
            return None
        for m, span in self.adoc.spans_of(me.entity_id):
            if m.sentence == me.sentence:
                continue
            root = _phrase_root(span.root)
            for t in _own_subtree(root):
                mt = self.mention(t)
                if mt and mt.kind == "Jurisdiction" and t.dep_ in ("compound", "poss", "nmod", "amod"):
                    return mt.entity_id
        return None

    def _court_of_judge(self, tok) -> str | None:
        """The court a person was named a judge of elsewhere in the story ("Supreme Court Justice X")."""
        me = self.mention(tok)
        if me is None or me.kind != "Person":
            return None
        for _, span in self.adoc.spans_of(me.entity_id):
            for t in _phrase_root(span.root).subtree:
                mt = self.mention(t)
                if mt and mt.kind != "Person" and self.category(mt.entity_id) == "court":
                    return mt.entity_id
        return None

    def legislature_for(self, eid: str) -> str | None:
        """The legislature an administrative body serves ("Parliamentary Service" -> the Parliament)."""
        mine = set(_words_of(self.name(eid)))
        best, best_overlap = None, -1
        # in the order the story names them (a set's order changes from run to run), the chamber before its
        # committees: "the House's administrative officer" serves the House, not "the House Administration Committee"
        others = list(dict.fromkeys([m.entity_id for m in self.adoc.mentions] + list(self.adoc.entities)))
        others.sort(key=lambda o: _words_of(self.name(o))[-1:] in (["committee"], ["subcommittee"]))
        for other in others:
            if other != eid and self.kind(other) == "Organisation" and self.category(other) == "legislature":
                overlap = len(mine & set(_words_of(self.name(other))))
                if overlap > best_overlap:
                    best, best_overlap = other, overlap
        return best

    def normalise(self, eid: str, tok=None, strict: bool = False) -> str | None:
        """Annotation rule: the imposer is the jurisdiction unless the actor imposes its own bans.

        ``strict``: no guess from the story's focus country (for deciding whose side a speaker is on).
        """
        cat = self.category(eid)
        if cat in SELF_IMPOSING:
            return eid
        if cat == "legislature_admin":
            return self.legislature_for(eid) or eid
        if cat == "government":
            # a body whose country the text never names still acts: keep it rather than lose the ban
            if strict:
                return self.jurisdiction_of(eid, tok) or eid
            return self.jurisdiction_of(eid, tok) or self.focus(tok) or eid
        if cat == "person":
            return self.person_jurisdiction(tok) if tok is not None else self.main_jurisdiction
        return None


def _phrase_root(tok):
    """The head of the noun phrase a token sits in (through compounds and modifiers)."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# Owner words that also tell a program being run on a machine: "barred from running X", "not to operate X on work
# phones" (an object of the gerund or infinitive), unlike "X, run by Y", "the firm that operates X"
_RUNNING = words("ban_rules", "running")
_ASKING_OTHERS = words("ban_rules", "asking_others")


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


def _governors(tok, n: int) -> list:
    """The first ``n`` heads above ``tok``, less any a coordinated verb hangs on: in "said X had failed to comply
    and told providers to block it" "told" is an act of its own beside "failed", not what failed (while in
    "refused to remove and delete it" both verbs are still under "refused")."""
    out, cur = [], tok
    for _ in range(n):
        if cur.head.i == cur.i:
            break
        if cur.dep_ != "conj":
            out.append(cur.head)
        cur = cur.head
    return out


def _listed_members(tok) -> list:
    """ "Several banks, including A, B and C, restricted ...", "companies such as A and B": the names a plural
    noun that is no name itself lists as its members."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return []
    out = []
    for c in tok.children:
        such_as = c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"
        if c.dep_ == "prep" and (c.lower_ == "including" or such_as):
            out += [m for p in c.children if p.dep_ == "pobj" for m in _conjuncts(p)]
    return out


def _conjuncts(tok):
    """The token and its coordinated siblings ("Canada, Belgium, and India")."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    out = [root]
    stack = [root]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ == "appos" and _region_of_place(cur, c):
                continue
            if c.dep_ in ("conj", "appos") and c not in out or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"):
                out.append(c)
                stack.append(c)
    return out


def _region_of_place(place, appos) -> bool:
    """ "Portland, Oregon, barred X", "Somerville, Massachusetts, followed": a place set off by commas right after a
    place tells the region it lies in, not a second actor (a list, "Canada, Belgium and India", has its conjuncts)."""
    doc = place.doc
    return (
        place.ent_type_ == "GPE"
        and appos.ent_type_ == "GPE"
        and appos.i >= 2
        and doc[appos.i - 1].text == ","
        and doc[appos.i - 2].i == place.i
        and appos.right_edge.i + 1 < len(doc)
        and doc[appos.right_edge.i + 1].text == ","
        and not any(t.dep_ in ("conj", "cc") for t in (*place.children, *appos.children))
    )


def _own_subtree(tok, skip=("conj", "cc", "relcl", "acl", "advcl", "punct")):
    """Tokens of a phrase without its coordinated siblings, relative clauses and adverbial clauses."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in skip:
            continue
        out.extend(_own_subtree(c, skip))
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
_BIDDING_VERBS = _ADVISING_VERBS | _COMPELLING | {"ask", "advise", "warn", "require", "forbid", "mandate"}


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
            and gerund.head.lower_ == "of"
            and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in gerund.head.head.children)
        ):
            return True  # "had no intention of shutting down the internet", parsed with "of" as a preposition
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


_REACH_PREPS = {"to", "on", "from", "across", "in", "at", "throughout"}
_HANDHELD = words("ban_rules", "handheld")
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
_THING_REMOVERS = words("ban_rules", "thing_removers")


# Words a ban is told again by ("the measure was temporary", "dropped the order"): ban nouns and what a court blocks
_MEASURE_NOUNS = words("ban", "nouns") | words("ban", "weak_nouns") | words("status", "court_blocked")


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


def _said_of_another(word, trig) -> bool:
    """ "Meta said the change to its rules that prompted the action was temporary": the word is said of a subject
    that is neither the ban told nor a word for a measure."""
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
    """A ban told only as lifted: "Nepal lifted its ban on X", "restored access to X after a ban of two months"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _LIFT_VERBS:
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("after", "following")
        and tok.head.head.lemma_.lower() in ("restore", "lift", "unblock", "reinstate", "reverse", "end")
    )


_QUANTITIES = words("ban_rules", "quantities")


def _objects(tok) -> list:
    """The verb's objects (passive subjects too), a quantity standing for what it counts ("removed millions of
    videos": "videos")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in list(out):
        if c.lemma_.lower() in _QUANTITIES or c.like_num:
            out += [
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
    return out


def _summing_up(obj, objects, doc) -> bool:
    """ "bars the app from federal devices, a restriction announced in April": a second object after a comma that
    names the act itself (a parser's appositive), not what the verb acts on."""
    return any(o.i < obj.i and o.dep_ == "dobj" for o in objects) and any(
        doc[i].lower_ == "," for i in range(obj.left_edge.i - 1, max(obj.left_edge.i - 2, -1), -1)
    )


_NOT_YET = words("ban_rules", "not_yet")
_READY = words("ban_rules", "ready")
# The platform told by what it is ("asked the company to close the channels").
_PLATFORM_WORDS = frozenset({"company", "platform", "firm", "app", "service"})


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
    it to lift" (but "only to revoke the suspension two days later" was done)."""
    if _is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        return head.lemma_.lower() not in _NOT_YET and not _is_negated(head)
    return True


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


# Verbs by which a ban says whom it reaches ("the ban applies to ministers", "the order covers state phones")
# What a company is called when told again ("the lender said", "the carrier confirmed")
_COMPANY_NOUNS = words("ban_rules", "company_nouns")
_REACH_VERBS = words("ban_rules", "reach_verbs")
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
    return status if status in ("advisory", "proposed") else "rule"


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


_SAYING = words("ban_rules", "saying")


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


# Things one is told to avoid, besides apps ("avoid AI tools such as X", "steer clear of equipment made by X")
_THINGS = words("ban_rules", "things")
# what a place may be the origin of rather than the actor ("six apps with ties to China", "a company from X")
_THING_NOUNS = PRODUCT_NOUNS | _THINGS | _COMPANY_NOUNS


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


_TOLD_BEFORE = {"the", "this", "that", "these", "those", "its", "their"}
_STATE_BODIES = words("ban_rules", "state_bodies")
# Word sets of the rules below, kept in lexicon.yaml's ``ban_rules`` section (its comments tell each one's use).
_MAKING = words("ban_rules", "making")
_WIDENING = words("ban_rules", "widening")
_CEASING = words("ban_rules", "ceasing")
_SUPPLYING = words("ban_rules", "supplying")
_ILLEGAL = words("ban_rules", "illegal")
_UNPERMITTED = words("ban_rules", "unpermitted")
_ILLEGAL_ACTS = words("ban_rules", "illegal_acts")
# What a thing may be allowed to do, or have done to it, that a refusal to allow bans: "will not allow X to operate",
# "to be used", "to take part in the 5G rollout", "to remain on government phones". Supplying and the illegal acts
# are such doings ("maintain" aside, which this set has never held); ``ban_rules.allowed_doings`` holds the rest.
_ALLOWED_DOINGS = _SUPPLYING | (_ILLEGAL_ACTS - {"maintain"}) | words("ban_rules", "allowed_doings")
_MAYBE = words("ban_rules", "maybe")
_MONEY = words("ban_rules", "money")
_REFUSING = words("ban_rules", "refusing")
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


def _is_negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never",):
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


_EXECUTIVE_ACTS = words("status", "executive_acts")
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


# ------------------------------------------------------------------------------------------ records
@dataclass
class BanMention:
    """One textual mention of a ban, before merging."""

    token: object  # spaCy Token (the trigger)
    sentence: int
    rule: str
    imposers: list[str] = field(default_factory=list)
    imposer_src: str = "syntax"
    targets: list[str] = field(default_factory=list)
    target_src: str = "syntax"
    scope: str | None = None
    scope_explicit: bool = False
    status: str = "in_force"
    announced: str | None = None
    effective: str | None = None
    laws: list[str] = field(default_factory=list)
    remention: bool = False
    confidence: float = 0.8
    decided: bool = False  # the announced date is the one on the decision's own document ("the order, dated May 21")
    took_effect: bool = False  # the effective date is told as past ("took effect late on Thursday")
    reckoned: bool = False  # the announced date is counted from another's ("nine days after ..."), not told
    own_scope_cue: bool = True  # the scope is read from the mention's own words, not from who its actor is
    by_government: bool = False  # told as a government's own act ("the cabinet decided to ban X"), not a country's name


def _mention_like(ref: BanMention, tok, si: int, rule: str, **over) -> BanMention:
    """A mention told by `tok` that carries over the ban `ref` already told: its imposers (imposer_src "context"),
    targets, scope and status, each replaceable through `over`; confidence 0.6, since it was read from context."""
    fields = dict(
        imposers=list(ref.imposers),
        imposer_src="context",
        targets=list(ref.targets),
        target_src="syntax",
        scope=ref.scope,
        scope_explicit=ref.scope_explicit,
        status=ref.status,
        confidence=0.6,
    )
    fields.update(over)
    return BanMention(token=tok, sentence=si, rule=rule, **fields)


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


# ------------------------------------------------------------------------------------------ extractor
class BanExtractor:
    """Finds ban mentions in an AnnotatedDoc and merges them into Ban records."""

    def __init__(self, adoc: AnnotatedDoc):
        self.adoc = adoc
        self.ctx = DocContext.of(adoc)
        self.doc = adoc.doc
        self.published = adoc.document.published
        self.mentions: list[BanMention] = []
        self._deferred: list = []  # re-mentions, attached once every primary mention is known
        self._compliers: dict[int, set[str]] = {}  # per sentence start: companies carrying out a body's order
        self._court_blocked: set[int] = set()  # tokens of ban nouns a court blocked
        self._court_verbs: set[int] = set()  # verbs of a court blocking a ban (their dates are the ruling's)
        self._acting: list = []  # (trigger, imposers) of every verb told with an imposer
        self._placed_orphans: dict[int, str] = {}  # trigger -> the one jurisdiction its paragraph names
        self._orphans: list = []  # (trigger, sentence) of passive bans told with no agent and no one before
        self._candidate_set = set(self._candidates())

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
        if kind is not None and _kind_of_orders(tok):
            return None  # "the regulator, which normally carries out blocking orders": a kind of order, no ban
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
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
                return None  # "If the cost of privacy is being banned in a country, we will accept it": a supposition
            if _conditional_prospect(tok):
                return None  # "X could become the second country where you can no longer download Y, if ..."
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
            if lemma in ban["advised_against"]:
                if lemma == "have" and not any(
                    c.lemma_.lower() in PRODUCT_NOUNS or self.ctx.mention(c) is not None
                    for o in tok.children
                    if o.dep_ in ("dobj", "advmod", "npadvmod") and o.i > tok.i  # a name the parser took for an adverb
                    for c in _conjuncts(o)
                ):
                    return None  # "no minister can have any doubt": "have" bans only an app or a device
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
            if self._withdrawn_by_maker(tok):
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
            first = tok
            while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i != first.i:
                first = first.head  # "lets the government take over or suspend services": the power's every verb
            if (
                first.dep_ in ("xcomp", "ccomp")
                and first.head.lemma_.lower() in ban["empowering_verbs"]
                and not _is_negated(first.head)
            ):
                return None  # "a law that allows authorities to suspend services": a power, not a ban
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
                ok = bool(particles and kids & particles) or bool(objects and heads & objects)
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
            return "verb"
        if tok.pos_ in ("NOUN", "PROPN"):
            if _is_negated(tok) or any(c.lower_ in ("not", "no") for c in tok.children):
                return None
            if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in _MAYBE for c in tok.head.children):
                return None  # "a similar step was possible there", "a ban is likely": nothing done
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "short":
                return None  # "the cabinet has stopped short of a ban"
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _IMPOSE_VERBS and _is_negated(tok.head):
                return None  # "the regulator has not ordered any block of the app", "did not impose a ban"
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

    def _withdrawn_by_maker(self, verb) -> bool:
        """ "X stopped offering its app in Spain", "the company ceased providing Y there": the subject, a company,
        stops its own service."""
        if verb.lemma_.lower() not in _CEASING or not any(
            c.dep_ in ("xcomp", "dobj", "pcomp") and c.lemma_.lower() in _SUPPLYING for c in verb.children
        ):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        m = self.ctx.mention(subj)
        if m is not None:
            return self.ctx.category(m.entity_id) in TARGET_CATEGORIES
        return subj.lemma_.lower() in _COMPANY_NOUNS | {"it", "we", "startup", "developer", "operator"}

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

    def _generic_gerund(self, tok) -> bool:
        """A gerund as a subject whose object is any thing of a kind ("Cutting off a platform used by millions is
        a disproportionate response"), not a named one ("Banning TikTok was right")."""
        if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        opening = all(t.is_punct or t.is_quote for t in tok.sent[: tok.i - tok.sent.start])  # however it was parsed
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
            m = self.ctx.mention(d)
            if (m is not None and m.kind == "Product") or (m is None and d.lemma_.lower() in _PLATFORM_WORDS):
                return True
        return False

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
            return True
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
        if modal:
            return "verb"  # "DeepSeek may not be used on agency devices"
        # "recommending officials to refrain from using X" (parsed as an adverbial clause too)
        head = clause.head.lemma_.lower() if clause.dep_ in ("xcomp", "ccomp", "advcl") else None
        if head in ban["ordered_against"]:
            return "verb"
        if head == "tell" and any(
            t.lower_ in _MILITARY_BODIES for c in clause.head.children if c.dep_ == "nsubj" for t in c.subtree
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
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                subj = tok.head
            if subj is None or subj.lemma_.lower() not in _LAWMAKING | _PROPOSALS:
                return False  # "Norway would do exactly the same": a claim of what one would do, no step taken
        if lemma == "follow" and tok.pos_ == "VERB" and self._follows_alone(tok):
            return True  # "..., and the Parliament and the Council followed within days"
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

    # -- imposers
    def actors_in(self, tok) -> list[tuple[str, object]]:
        """Actor mentions of a phrase, one per conjunct: the most specific imposer-capable mention."""
        found = []
        cues = words("follow", "verbs")
        for conj in _conjuncts(tok):
            best = None
            place = None
            # "Governor X, following the Senate's lead, ordered ...": the one followed is not an actor of the phrase
            aside = {
                x.i
                for c in conj.subtree
                if c.tag_ == "VBG" and c.dep_ in ("prep", "advcl", "acl") and c.lemma_.lower() in cues
                for x in c.subtree
            }
            for t in _own_subtree(conj):
                m = self.ctx.mention(t)
                if not m or t.i in aside or _portfolio(_phrase_root(t)) or self.ctx.party_label_place(t):
                    continue
                if (
                    m.kind == "Jurisdiction"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in ("in", "at")
                    and (h := self.ctx.mention(t.head.head)) is not None
                    and self.ctx.is_institution(h.entity_id)
                ):
                    continue  # "Y College in Oregon restricted X": where the college is, not who acts
                if m.kind == "Jurisdiction" and m.text.lower().removeprefix("the ") in words(
                    "actors", "generic_government"
                ):
                    # "the government" read as the story's country: in a roundup, the section's
                    section = self.ctx.focus(t)
                    if section and section != m.entity_id:
                        m = Mention(m.start, m.end, m.text, section, "Jurisdiction", m.sentence)
                cat = self.ctx.category(m.entity_id)
                rank = _ACTOR_RANK.get(cat)
                if rank is None:
                    continue
                if best is None or rank < best[0]:
                    best = (rank, m.entity_id, t)
                if cat == "jurisdiction" and (place is None or place[0] != m.entity_id):
                    place = (m.entity_id, t)
            if best and best[0] in (1, 3) and place is not None:
                best = (2, place[0], place[1])  # "Sweden's armed forces": the country named acts
            if (
                best
                and best[0] == 2
                and conj.lemma_.lower() in words("actors", "regulator")
                and conj.lower_ != "authorities"  # "Chinese authorities": the state, not its one regulator
            ):
                body = self._regulator_of(best[1], conj.sent)
                if body is not None:
                    best = (0, body, conj)  # "Brazil's data regulator": the regulator the story names
            if best and best[0] == 2 and conj.lemma_.lower() in words("actors", "court"):
                body = self._regulator_of(best[1], conj.sent, "court")
                if body is not None:
                    best = (0, body, conj)  # "a Moscow court ordered ...", the Tagansky District Court named next
            if (
                best
                and conj.dep_ == "appos"
                and best[2].i != conj.i
                and self.ctx.mention(conj) is None
                and (h := self.ctx.mention(conj.head)) is not None
                and _ACTOR_RANK.get(self.ctx.category(h.entity_id)) is not None
            ):
                continue  # "Jordan, a close US ally, has restricted ...": a description of the named actor
            shared = self._shared_office(conj) if best and best[0] == 2 else []
            if shared:
                found += [a for a in shared if a not in found]  # "the governors of A and B": each its own
            elif best:
                found.append((best[1], best[2]))
        # "Its privacy regulator, the Garante, ordered ...": a head told by description that an appositive names
        # is the named one, not a second actor (however the description was resolved)
        named_appos = {
            c.head.i
            for c in _conjuncts(tok)
            if c.dep_ == "appos"
            and (m := self.ctx.mention(c)) is not None
            and any(w[:1].isupper() for w in m.text.split())
        }
        if named_appos and len(found) > 1:
            heads = {
                t.i: h
                for h in (self.doc[i] for i in named_appos)
                for t in _own_subtree(h, ("appos", "conj", "cc", "relcl", "acl", "advcl", "punct"))
            }  # the head's own words, not its appositive's

            def described(t):
                m = self.ctx.mention(t)
                return m is None or not any(w[:1].isupper() for w in m.text.split() if w.lower() != "the")

            kept = [(e, t) for e, t in found if not (t.i in heads and described(t))]
            found = kept or found
        return found

    def _shared_office(self, noun) -> list[tuple[str, object]]:
        """ "the governors of South Dakota and Texas": a plural office held in each place named after "of"."""
        if noun.tag_ != "NNS":
            return []
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        places = _conjuncts(pobj) if pobj is not None else []
        found = [
            (m.entity_id, t) for t in places if (m := self.ctx.mention(t)) is not None and m.kind == "Jurisdiction"
        ]
        return found if len(found) > 1 and len(found) == len(places) else []

    def _regulator_of(self, jurisdiction: str, sent=None, category: str = "regulator") -> str | None:
        """The one regulator (or court) of a jurisdiction the sentence (else the document) names, if there is
        exactly one; a court whose place the text does not tell counts as the jurisdiction's."""
        mentions = [
            m
            for m in self.adoc.mentions
            if m.kind == "Organisation"
            and self.ctx.category(m.entity_id) == category
            and self.ctx.jurisdiction_of(m.entity_id)
            in (
                (jurisdiction, None)
                if category == "court" and not _seated(self.ctx.name(m.entity_id))
                else (jurisdiction,)
            )
        ]
        here = {m.entity_id for m in mentions if sent is not None and sent.start_char <= m.start < sent.end_char}
        found = here or {m.entity_id for m in mentions}
        if not found and category == "regulator" and jurisdiction == self.ctx.main_jurisdiction:
            # "the country's communications watchdog restricted ... The State Inspectorate for ..., known as X,
            # confirmed ...": a regulator the gazetteer does not place, in a story about one country, is its
            found = {
                m.entity_id
                for m in self.adoc.mentions
                if m.kind == "Organisation"
                and self.ctx.category(m.entity_id) == category
                and self.ctx.jurisdiction_of(m.entity_id) is None
            }
        return found.pop() if len(found) == 1 else None

    def _listed_before_comma(self, tok):
        """The first of the names told right before ``tok``'s comma ("A, B and C, each of which ..."), or None."""
        if tok.i < 2 or self.doc[tok.i - 1].text != "," or self.doc[tok.i - 2].sent != tok.sent:
            return None
        name = self.doc[tok.i - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if self.ctx.mention(name) is None or name.pos_ not in ("PROPN", "NOUN"):
            return None
        while name.dep_ == "conj" and name.head.i < name.i:
            name = name.head
        return name

    def _told_as_plan(self, tok) -> bool:
        """The sentence before a demonstrative subject only proposes the measure it stands for: "Lawmakers are
        weighing a bill aimed at X." (not "The cabinet approved the measure.", "Parliament passed the bill.")."""
        start = tok.sent.start
        if start == 0 or self.ctx.para[start - 1] != self.ctx.para[tok.i]:
            return False
        root = self.doc[start - 1].sent.root
        lemma = root.lemma_.lower()
        if lemma in _PLANNED_STEPS or any(
            c.dep_ == "aux" and c.lemma_.lower() in _PLANNED_STEPS for c in root.children
        ):
            return True
        if lemma in _ADOPTING:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _PROPOSALS for c in root.children)

    def resolve_generic(self, tok) -> list[tuple[str, object]]:
        """Pronouns and generic nouns: "it", "the government", "officials", "the regulator"."""
        lemma = tok.lemma_.lower()
        actors = words("actors")
        rel = tok
        if (
            tok.lower_ not in _RELATIVE
            and tok.lemma_.lower() in _ALL_OF
            and (tok.head.dep_ == "relcl" or tok.dep_ in ("nsubj", "nsubjpass"))
        ):
            # "joins A, B and C, all of which have banned X": the quantifier stands for the relative pronoun
            rel = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in ("which", "whom")
                ),
                tok,
            )
        if rel.lower_ in _RELATIVE and rel.i != tok.i and tok.head.dep_ != "relcl":
            # "joins A, B and C, each of which has barred X", the clause hung on the main verb (advcl): the
            # quantifier still stands for the names told right before its comma
            ante = self._listed_before_comma(tok)
            if ante is not None:
                return self.actors_in(ante)
        if rel.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            ante, clause = tok.head.head, tok.head
            if ante.dep_ == "dobj" and ante.head.lemma_.lower() in _BIDDING_VERBS and tok.dep_ == "nsubj":
                # "urged member states that have not yet done so to restrict X": the parser hung the bidden step on
                # the relative clause; the one who urged it is its giver
                verb = ante.head
                for _ in range(3):  # "the Commission said that X ... and urged ...": up through the coordination
                    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    found = self.subject_actors(giver) if giver is not None and giver.pos_ != "PRON" else []
                    found = [a for a in found if self.ctx.category(a[0]) in IMPOSER_CATEGORIES]
                    if found:
                        return found
                    if verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
                        break
                    verb = verb.head
            found = self.actors_in(ante)
            if len(found) > 1 and not any(c.lower_ in ("both", "all", "each") for c in clause.subtree):
                # "the US, where X banned ..., and Canada, which barred ...": a clause of its own country only
                others = [c for c in _conjuncts(ante) if c.i != ante.i]
                if any(c.i > clause.i for c in others) or any(g.dep_ == "relcl" for c in others for g in c.children):
                    # "A and B, which barred X, and C, which ...": the clause's own are the names told before it and
                    # after any other name's clause
                    told = [g.i for c in _conjuncts(ante) for g in c.children if g.dep_ == "relcl" and g.i != clause.i]
                    own = {
                        x.i
                        for c in [ante, *others]
                        if c.i < clause.i and not any(c.i < g < clause.i for g in told)
                        for x in _own_subtree(c)
                    }
                    mine = [(e, t) for e, t in found if t.i in own]
                    return mine or found
            return found
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Gianforte said ... He had already ordered TikTok off state phones": the person last the subject
            start = tok.sent.start
            if start > 0 and self.ctx.para[start - 1] == self.ctx.para[tok.i]:
                start = self.doc[start - 1].sent.start
            for m in reversed(self.adoc.mentions):
                if m.end > tok.idx or m.start < self.doc[start].idx or m.kind != "Person":
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and _phrase_root(span.root).dep_ in ("nsubj", "nsubjpass"):
                    return [(m.entity_id, span.root)]
            return []
        if tok.pos_ == "PRON" and tok.lower_ in actors["pronouns"]:
            clause = tok.head
            if (
                tok.tag_ == "DT"
                and tok.dep_ in ("nsubj", "nsubjpass")
                and (_weighs_a_step(clause) or self._told_as_plan(tok))
            ):
                # "That could include prohibiting X outright", "That is a better approach than banning": a
                # demonstrative stands for what was told (a bill, a policy, an idea), not for who acts; told of an
                # adopted measure ("The cabinet approved the measure. That bans X") its maker still imposes it
                return []
            if tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp":
                # "X said it had disabled ...": "it" is the speaker, whoever was named last
                said = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                m = self.ctx.mention(said) if said is not None else None
                if m is not None:
                    if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                        return [(m.entity_id, said)]
                    return []  # a company complying with an order is no ban of its own
                if said is not None and said.pos_ in ("NOUN", "PROPN"):
                    # "the ministry said it had directed the regulator to block X": "it" is the body described
                    found = self.resolve_generic(said)
                    if found:
                        return found
            main = tok.sent.root
            if tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ in ("advcl", "relcl") and clause.i != main.i:
                # "The commission took a similar line in 2019, when it denied ...": the main clause's subject
                subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                m = self.ctx.mention(subj) if subj is not None and subj.i < tok.i else None
                if m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                    return [(m.entity_id, subj)]
                if m is None and subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                    found = self.resolve_generic(subj)  # "the commission", not whatever its appositions name
                    if found:
                        return found
            if tok.dep_ in ("nsubj", "nsubjpass"):
                prev = self._previous_subject(tok)
                if prev is not None:
                    return [prev]
                if tok.lower_ == "it" and self._it_is_a_law(tok):
                    # "The law cleared the Legislature in April. It would have barred X": the law's own ban, told
                    # before as a law, not whoever was named last
                    told = [
                        bm
                        for bm in self.mentions
                        if not bm.remention and bm.status in ("enacted_law", "blocked_by_court", "proposed")
                    ]
                    return [(told[-1].imposers[0], tok)] if told else []
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None and self.ctx.party_label_place(span.root):
                        continue  # "Rep. X, an Ohio Republican, ... that would ban": where X was elected
                    return [(m.entity_id, span.root if span is not None else tok)]
            return []
        legislators = lemma in _LEGISLATORS or any(
            t.lemma_.lower() in _LEGISLATORS
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.children
        )  # "lawmakers", "a bipartisan pair of House lawmakers"
        if legislators and tok.dep_ in ("nsubj", "nsubjpass") and self._makes_law(tok):
            # "House lawmakers introduced a bill that would ban ...": the country they legislate for
            home = self._dateline_jurisdiction()
            if home is not None:
                return [(home, tok)]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        many_states = lemma == "state" and tok.tag_ in ("NNS", "NNPS")  # "which states have banned X": several
        # states of the country (or several countries), not the story country's government
        if not many_states and (
            lemma in actors["generic_government"]
            or tok.lower_ in actors["generic_government"]  # "the authorities" (lemma "authority")
            or (lemma in ("country", "nation") and definite and tok.dep_ in ("nsubj", "nsubjpass"))
        ):
            # "Facebook remains blocked in Uganda, years after the authorities cut access": the place of the clause
            # or of the clause it hangs on
            verbs = [v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")][:3]
            # the own clause's place counts only fronted ("In X, the authorities ..."); "the authorities blocked Y
            # in Kashmir" tells where the block holds, not who imposed it
            place = (
                next(
                    filter(None, (self._place_of(v, before=tok.i if i == 0 else None) for i, v in enumerate(verbs))),
                    None,
                )
                if tok.dep_ in ("nsubj", "nsubjpass")
                else None
            )
            if place is not None:
                return [(place, tok)]  # "In neighbouring Solomon Islands, the cabinet agreed to ban X": that place's
            if self.ctx.focus(tok):
                return [(self.ctx.focus(tok), tok)]
        if lemma in _STATE_BODIES and any(
            c.dep_ == "poss"
            and c.lemma_.lower() in ("country", "nation")
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            for c in tok.children
        ):
            if self.ctx.focus(tok):  # "the country's defence ministry banned X": the story's country
                return [(self.ctx.focus(tok), tok)]
        if lemma in _INSTITUTIONS and definite and tok.tag_ == "NN":
            # "the university had begun blocking X": the school the story named last
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                if self.ctx.is_institution(m.entity_id) and lemma in _words_of(self.ctx.name(m.entity_id)):
                    return [(m.entity_id, tok)]
        if lemma in actors["generic_org"]:
            for m in reversed([m for m in self.adoc.mentions if m.end <= tok.idx]):
                cat = self.ctx.category(m.entity_id)
                if cat in IMPOSER_CATEGORIES and (lemma in self.ctx.name(m.entity_id).lower() or cat == lemma):
                    return [(m.entity_id, tok)]
                if lemma in ("regulator", "watchdog", "authority") and cat == "regulator":
                    return [(m.entity_id, tok)]  # "the same authority", the data regulator told before
                if lemma in ("court",) and cat == "court":
                    return [(m.entity_id, tok)]
            if lemma in ("regulator", "watchdog") and self.ctx.focus(tok):
                # "nine days after the country's telecoms regulator cut off access": the one regulator of the
                # story's country, named further on
                body = self._regulator_of(self.ctx.focus(tok))
                if body is not None:
                    return [(body, tok)]
        return []

    @staticmethod
    def _makes_law(tok) -> bool:
        """The clause of a subject is about a bill or law ("introduced a bill", "passed legislation")."""
        clause = tok.head
        near = {t.lemma_.lower() for t in clause.subtree if t.i != tok.i and t not in tok.subtree}
        return bool(near & _LAWMAKING) or clause.lemma_.lower() in ("legislate",)

    def _it_is_a_law(self, tok) -> bool:
        """ "it" stands for a law or bill told as the subject just before (through other "it" subjects)."""
        si = self.adoc.sentence_index(tok.idx)
        for back in range(si - 1, max(si - 4, -1), -1):
            sent = self.adoc.sentences[back]
            if self.ctx.para[sent.start] != self.ctx.para[tok.i]:
                return False
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                return False
            if subj.lower_ == "it":
                continue
            m = self.ctx.mention(subj)
            return subj.lemma_.lower() in _LAWMAKING or (m is not None and m.kind == "Law")
        return False

    def _the_banned_side(self, tok) -> bool:
        """The phrase names a platform or a company ("the platform", "the company", "Meta")."""
        m = self.ctx.mention(tok)
        if m is not None:
            return m.kind == "Product" or self.ctx.category(m.entity_id) == "company"
        return tok.lemma_.lower() in PRODUCT_NOUNS | {"platform", "company", "firm", "service", "site", "website"}

    def _subject_lost_to_preposition(self, verb) -> list[tuple[str, object]]:
        """ "X's move comes a day after Italy's regulator, the Garante, ordered Y to stop ...", parsed with the
        regulator as the object of "after": the noun phrase right before a finite verb with no subject is its
        subject."""
        if verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            # "In Europe, Italy's regulator, known as the Garante, on Thursday ordered X ...", parsed with the
            # regulator in apposition to the place the sentence opens with: the apposition is the subject
            for prep in (
                c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("in", "across")
            ):
                for place in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")):
                    for appos in (a for a in place.children if a.dep_ == "appos"):
                        found = self.subject_actors(appos)
                        if found and all(self.ctx.category(e) in IMPOSER_CATEGORIES for e, _ in found):
                            return found
        if verb.tag_ != "VBD" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        before = next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if not t.is_punct), None)
        if before is None:
            return []
        root = _phrase_root(before)
        if (
            root.dep_ == "conj"
            and root.head.dep_ in ("pobj", "dobj", "npadvmod")
            and any(c.dep_ == "cc" and c.lower_ in ("and", "but", "while") for c in root.head.children)
            and self.ctx.mention(root) is not None
            and self.ctx.mention(root).kind == "Jurisdiction"
        ):
            # "Britain banned X on Thursday and Belgium suspended Y ...", parsed with Belgium as a conjunct of
            # "Thursday" and the second verb as a subjectless adverbial clause: Belgium is its subject
            return self.subject_actors(root)
        if root.dep_ != "pobj" or root.head.lower_ not in ("after", "before", "since", "until", "when"):
            return []
        return self.subject_actors(root)

    def _subject_torn_off(self, verb) -> list[tuple[str, object]]:
        """ "The UK barred X in March, and Belgium, Denmark and the Netherlands have also restricted its use", parsed
        with the places as conjuncts of the first clause's object: the places coordinated right before a subjectless
        coordinated verb, after "and", are its subjects."""
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            return []
        i = verb.i - 1
        while (
            i > verb.sent.start
            and self.doc[i].head.i == verb.i
            and self.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg")
        ):
            i -= 1
        last = _phrase_root(self.doc[i])
        m = self.ctx.mention(last)
        if m is None or m.kind != "Jurisdiction" or last.i >= verb.i:
            return []
        first = last
        while first.dep_ == "conj" and (h := self.ctx.mention(first.head)) is not None and h.kind == "Jurisdiction":
            first = first.head
        opener = self.doc[first.left_edge.i - 1] if first.left_edge.i > verb.sent.start else None
        if first.dep_ != "conj" or first.head.i > first.i or opener is None or opener.lower_ not in ("and", "but"):
            return []  # the places must hang on an earlier phrase, set off from it by "and"
        chain, stack = [first], [first]
        while stack:
            for c in stack.pop().children:
                if c.dep_ == "conj" and c.i < verb.i:
                    chain.append(c)
                    stack.append(c)
        found = []
        for t in sorted(chain, key=lambda t: t.i):
            m = next((m for x in _own_subtree(t) if (m := self.ctx.mention(x)) is not None), None)
            if m is None or m.kind != "Jurisdiction":
                return []  # a list of places only
            found.append((m.entity_id, t))
        return found

    def _previous_subject(self, tok):
        """A subject pronoun ("It blocked Instagram in 2022") stands for the subject of the sentence before
        (or of its own sentence), not for the last country named ("... since the invasion of Ukraine")."""
        start = tok.sent.start
        if start > 0 and self.ctx.para[start - 1] == self.ctx.para[tok.i]:
            start = self.doc[start - 1].sent.start
        generic = words("actors", "generic_org")
        told = []  # (position, found): named subjects of main clauses, and "the watchdog" in any clause
        for m in self.adoc.mentions:
            if m.end > tok.idx or m.start < self.doc[start].idx:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = _phrase_root(span.root)
            clause = root.head
            if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ROOT", "conj"):
                continue
            if self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                told.append((span.root.i, (m.entity_id, span.root)))
        for t in self.doc[start : tok.i]:
            # "It is not the first time the Roman watchdog has moved against X. In 2023 it imposed ...": the body
            # a generic subject stands for
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.lemma_.lower() in generic
                and self.ctx.mention(t) is None
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            ):
                found = self.resolve_generic(t)
                if found and self.ctx.category(found[0][0]) in ("regulator", "court", "legislature", "eu"):
                    told.append((t.i, found[0]))
        return max(told, key=lambda x: x[0])[1] if told else None

    def subject_actors(self, subj) -> list[tuple[str, object]]:
        clause = subj.head
        if (
            clause.dep_ == "relcl"
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children)
            and not any(self.ctx.mention(c) is not None for c in subj.children if c.dep_ == "compound")
        ):
            # "follows Denmark, whose Ministry of Defence ordered ...": the ministry is Denmark's, not the story's
            found = self.actors_in(clause.head)
            if found:
                return [(eid, subj) for eid, _ in found]  # the body's own words still tell whose staff it binds
        found = self.actors_in(subj)
        if found:
            return found + [a for a in self._dated_pairs(subj) if a[0] not in {e for e, _ in found}]
        named = self._named_before_description(subj)
        if named:
            return named
        if subj.lemma_.lower() in _LAWMAKING:
            # "A bill introduced in the U.S. House last week would bar X": who brought or passed the bill
            for c in subj.children:
                if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSE_VERBS | {"file", "table", "sponsor", "back"}:
                    for p in c.children:
                        if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in", "into"):
                            for q in p.children:
                                found = self.actors_in(q)
                                if found:
                                    return found
        clause = subj.head
        if clause.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
            return self.actors_in(clause.head)  # "Texas and New York, whose governors ordered X off ...": theirs
        if (
            subj.lemma_.lower() in _RULE_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            and subj.dep_ == "nsubj"
        ):
            # "The trade ministry issued Regulation No. 31. The rule forced X to close Y": who issued it
            if subj.lemma_.lower() in ("law", "statute"):
                # "A judge blocked Montana's law banning X ... The law would have barred X": the law told before
                laws = [
                    bm
                    for bm in self.mentions
                    if not bm.remention and bm.status in ("enacted_law", "blocked_by_court", "proposed")
                ]
                if laws:
                    return [(laws[-1].imposers[0], subj)]
            prev = self._previous_subject(subj)
            if prev is not None:
                return [prev]
        return self.resolve_generic(subj)

    def _dated_pairs(self, subj) -> list[tuple[str, object]]:
        """ "Texas on Tuesday and Taiwan on Friday barred X", parsed with Taiwan as a conjunct of the date (or of
        its preposition): each place named with its own date is a subject too."""
        out = []
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
            for when in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"):
                # the next place hung on the date or on its preposition
                for conj in (c for c in [*when.children, *prep.children] if c.dep_ == "conj"):
                    m = self.ctx.mention(conj)
                    if m is not None and m.kind == "Jurisdiction":
                        out.append((m.entity_id, conj))
        return out

    def _named_before_description(self, subj) -> list[tuple[str, object]]:
        """ "and South Dakota, the first state to act, barred the app": a subject that only says what the actor is,
        set off by commas right after a place's name (which a parser hung elsewhere), is that place."""
        if subj.lemma_.lower() not in _DESCRIBED_PLACES or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children
        ):
            return []
        left, right = subj.left_edge.i, subj.right_edge.i
        if left < 2 or right + 1 >= len(self.doc) or self.doc[left - 1].text != "," or self.doc[right + 1].text != ",":
            return []
        name = self.doc[left - 2]
        m = self.ctx.mention(name)
        if m is None or m.kind != "Jurisdiction" or name.sent != subj.sent:
            return []
        return [(m.entity_id, name)]

    def find_imposers(self, trig, kind: str) -> tuple[list[tuple[str, object]], str, list]:
        """(actors, source, path): walk up from the trigger to the nearest agent."""
        if trig.dep_ == "amod" and trig.i >= 3 and self._torn_by_dateline(trig) and trig.doc[trig.i - 2].lower_ == "on":
            found = self.subject_actors(trig.doc[trig.i - 3])  # "[Norway] on Friday barred ...", the parse torn
            if found:
                return found, "syntax", [trig]
        cur = trig
        path = []
        for _ in range(8):
            path.append(cur)
            if cur.i != trig.i and trig.dep_ == "xcomp" and trig.head.i == cur.i:
                found = self._document_sender(cur)
                if found:
                    return found, "syntax", path
            for c in cur.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = self.subject_actors(p)
                            if found:
                                return found, "syntax", path
            if cur.pos_ in ("NOUN", "PROPN"):
                for c in cur.children:
                    if c.dep_ == "poss" and c.pos_ != "PRON":
                        found = self.subject_actors(c) or (
                            self._company_over_its_staff(c, trig) if cur.i == trig.i else []
                        )
                        if found:
                            return found, "syntax", path
                    if (
                        c.dep_ == "poss"
                        and c.lower_ in ("its", "their")
                        and cur.i != trig.i
                        and cur.dep_ in ("dobj", "nsubjpass")
                        and cur.head.pos_ == "VERB"
                    ):
                        # "The court set aside its own order suspending X": the order of the verb's subject
                        subj = next((g for g in cur.head.children if g.dep_ == "nsubj"), None)
                        found = self.subject_actors(subj) if subj is not None and subj.pos_ != "PRON" else []
                        if found:
                            return found, "syntax", path
                    if c.dep_ == "prep" and c.lower_ == "by":
                        for p in c.children:
                            found = self.subject_actors(p)
                            if found:
                                return found, "syntax", path
                    if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSE_VERBS:
                        for a in c.children:
                            if a.dep_ == "agent":
                                for p in a.children:
                                    found = self.subject_actors(p)
                                    if found:
                                        return found, "syntax", path
                    if c.dep_ in ("compound", "amod") and not (
                        cur.dep_ == "attr" and any(g.dep_ == "nsubj" for g in cur.head.children)
                    ):  # not "X became the latest EU institution to ban Y": X, which the attribute describes
                        m = self.ctx.mention(c)
                        if m and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                            return [(m.entity_id, c)], "syntax", path
            else:
                subjects = []
                advised = (
                    cur.dep_ in ("ccomp", "xcomp")
                    and cur.head.lemma_.lower() in _ADVISING_VERBS
                    and any(c.dep_ == "nsubj" for c in cur.head.children)
                )  # "X advised ministries to avoid ...", "X recommended that the FCC revoke ...": X's measure
                # "The court had on April 3 ordered ...": a subject the parser hung on the auxiliary is the verb's
                torn = [
                    g for a in cur.children if a.dep_ == "aux" and a.i < cur.i for g in a.children if g.dep_ == "nsubj"
                ]
                for c in [*cur.children, *torn]:
                    if advised:
                        break
                    if c.lower_ == "it" and cur.lemma_ == "be" and any(a.dep_ == "attr" for a in cur.children):
                        continue  # "It is the second time that X has been cut off in Y": no one, only the frame
                    if c.dep_ in ("nsubj", "csubj") or (
                        c.dep_ == "nsubjpass" and cur.i != trig.i and cur.lemma_ != "be"
                    ):
                        found = self.subject_actors(c)
                        if found:
                            subjects.append(found)
                if not subjects and not advised:
                    subjects = [
                        found for s in self._subject_of_aside(cur) for found in [self.subject_actors(s)] if found
                    ]
                if subjects:
                    # "Uzbekistan's watchdog Uzkomnazorat restricted ..." parsed as two subjects: the body acts
                    best = min(subjects, key=lambda f: min(_ACTOR_RANK.get(self.ctx.category(e), 4) for e, _ in f))
                    return best, "syntax", path
                ordered = self._ordered_by(cur) if cur.i == trig.i else []
                if ordered:
                    return ordered, "syntax", path
                if not advised and self._own_clause(path):
                    own = [
                        found
                        for c in cur.children
                        if c.dep_ == "nsubj"
                        # "Citigroup and Goldman Sachs have limited employee access to X": each company its own
                        for s in _conjuncts(self._speaker_for(c)) + _listed_members(c)
                        for found in self._company_over_its_staff(s, trig)
                    ]
                    if own and self.ctx.is_institution(own[0][0]):
                        # "The University of A at B, the University of C and D College all announced ...": a list of
                        # schools the parser nested inside the first one's name, each its own rule
                        for c in cur.children:
                            for t in c.subtree if c.dep_ == "nsubj" else ():
                                m = self.ctx.mention(t)
                                if (
                                    m
                                    and self.ctx.is_institution(m.entity_id)
                                    and m.entity_id not in {e for e, _ in own}
                                ):
                                    own.append((m.entity_id, t))
                    if own:
                        return own, "syntax", path
                lost = self._subject_lost_to_preposition(cur) or self._subject_torn_off(cur)
                if lost:
                    return lost, "syntax", path
                if cur.dep_ == "advcl" and any(c.dep_ == "nsubj" and self._the_banned_side(c) for c in cur.children):
                    break  # "Uganda blocked X, a day after the platform removed accounts": the platform acted
                # "officials at Holyrood", "in Wales": a locative jurisdiction on the trigger itself
                where = self._where_clause_place(cur)
                if where:
                    return where, "syntax", path
            if cur.dep_ == "ROOT" or cur.head.i == cur.i:
                break
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                break  # a coordinated clause with its own subject is another actor's
            if cur.dep_ == "advcl" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _RULE_NOUNS | _LAWMAKING for c in cur.children
            ):
                break  # "A did the same, while in B a law barred X": the law's own clause, not the main subject's
            if (
                cur.dep_ in ("dep", "conj")
                and cur.pos_ == "VERB"
                and not any(c.dep_.startswith("nsubj") for c in cur.children)
            ):
                # "Taiwan joins Italy, whose data protection authority, the Garante, ordered X blocked", a relative
                # clause the parser tore off (hung as "dep", or as a conjunct of the main verb): its subject is the
                # noun that "whose" opened, not the main clause's
                opened = [
                    t
                    for t in cur.doc[cur.head.i + 1 : cur.i]
                    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children)
                    and (cur.dep_ == "dep" or t.dep_ in ("appos", "npadvmod", "dep"))  # not a whose-clause of its own
                ]
                found = self.subject_actors(opened[-1]) if opened else []
                if found:
                    return found, "syntax", path
            if (
                cur.dep_ == "relcl"
                and cur.tag_ == "VBD"
                and cur.head.dep_ == "ROOT"
                and cur.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            ):
                # "Italy's privacy regulator, the Garante, on Thursday ordered X to stop ...", parsed as a noun phrase
                # with a relative clause: the noun is the subject of a finite verb
                found = self.subject_actors(cur.head)
                if found:
                    return found, "syntax", path
            if cur.dep_ == "relcl" and cur.i != trig.i:
                if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in cur.children):
                    break
                if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in cur.children):
                    break  # "filed by advocate X, who sought a ban": X's wish, not the main clause's act
            head_lemma = cur.head.lemma_.lower()
            planned_here = head_lemma in words("ban", "planned") and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in cur.children
            )  # "plan its removal" is about something already decided
            # "Nepal lifted its ban on X": the ban of the one who lifted it
            lifted_own = head_lemma in _LIFT_VERBS and (
                any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in cur.children)
                or any(  # "the regulator lifted a ban on X that it imposed in October"
                    c.dep_ == "relcl"
                    and c.lemma_.lower() in _IMPOSE_VERBS
                    and any(g.dep_ == "nsubj" and g.lower_ in ("it", "they") for g in c.children)
                    for c in cur.children
                )
            )
            # "X restored access to Y after a ban of two months": the ban of the one who restored access
            ended_own = (
                cur.dep_ == "pobj"
                and head_lemma in ("after", "following")
                and cur.head.head.lemma_.lower() in ("restore", "lift", "unblock", "reinstate", "reverse", "end")
            )
            # "New York followed on Monday with a ban covering state devices": the ban of the one who acted with it
            acted_with = (
                cur.dep_ == "pobj"
                and head_lemma == "with"
                and cur.head.head.pos_ == "VERB"
                and cur.head.head.lemma_.lower() in _ACTED_WITH
            )
            if (
                cur.pos_ in ("NOUN", "PROPN")
                and cur.i == trig.i
                and head_lemma not in _IMPOSE_VERBS
                and not planned_here
                and not lifted_own
                and not ended_own
                and not acted_with
            ):
                if cur.dep_ not in ("conj", "appos"):
                    break
            cur = cur.head
        # fallback: a jurisdiction named in the sentence that is not a target ("In neighbouring India, ...")
        sent = trig.sent
        ranked = []
        homes = self._target_homes(sent)
        followed = self._followed_side(trig)
        for t in sent:
            m = self.ctx.mention(t)
            if m and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES:
                if t.i in followed or self._in_aside_followed(t, trig):
                    continue  # "The restriction follows similar moves by A and B": A and B went first
                if any(
                    a.lemma_.lower() in _OWNER_LEMMAS for a in t.ancestors if a.i > sent.start - 1 and a.sent == sent
                ):
                    continue
                if m.entity_id in homes and self._modifies_target(t):
                    continue  # "the Chinese AI app DeepSeek": the app's origin, not who bans it
                locative = t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "by", "across", "throughout")
                owner = self._owner_of_devices(t, trig, path)
                locative = locative or owner
                governing = next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)
                attached = (
                    owner
                    or locative
                    and (
                        any(t.head.head.i == p.i for p in path)
                        or (trig.pos_ == "NOUN" and governing is not None and t.head.head.i == governing.i)
                    )
                )  # "In Montana, a judge blocked a statewide ban": the ban is Montana's
                ranked.append((0 if attached else 1 if locative else 2, abs(t.i - trig.i), m.entity_id, t))
        if ranked:
            best = min(ranked)
            found = [(best[2], best[3])]
            if best[0] == 0:  # "similar bans in A, where ..., and in B, where ...": each place its own
                for c in best[3].head.children:
                    if c.dep_ == "conj" and c.lower_ == best[3].head.lower_:
                        for p in c.children:
                            m = self.ctx.mention(p) if p.dep_ == "pobj" else None
                            if m and m.kind == "Jurisdiction" and m.entity_id not in {e for e, _ in found}:
                                found.append((m.entity_id, p))
                for c in _conjuncts(best[3]):  # "X is blocked in China and North Korea": each place named
                    m = self.ctx.mention(c) if c.i != best[3].i and c.dep_ == "conj" else None
                    if m and m.kind == "Jurisdiction" and m.entity_id not in {e for e, _ in found}:
                        found.append((m.entity_id, c))
            return found, "locative" if best[0] == 0 else "fallback", path
        return [], "none", path

    def _where_clause_place(self, verb) -> list[tuple[str, object]]:
        """ "joins China, where the app has been blocked since 2015": a clause opened by "where" with no actor of
        its own tells what happened in the place it hangs on; that jurisdiction imposes the ban."""
        if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return []
        if any(c.dep_ in ("nsubj", "csubj", "agent") for c in verb.children):
            return []  # "Spain, where it was blocked by the agency", "Texas, where lawmakers are weighing a ban"
        m = self.ctx.mention(verb.head)
        if m is None or m.kind != "Jurisdiction":
            return []
        return [(m.entity_id, verb.head)]

    def _document_sender(self, verb) -> list[tuple[str, object]]:
        """ "acted on a letter from the interior ministry, dated May 2, instructing it to block X": a subjectless
        participle of compelling that the sentence's "<document> from <body>" sends; the sender imposes the ban,
        not the one instructed."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in _COMPELLING or verb.dep_ not in ("advcl", "acl"):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        for t in verb.sent:
            if t.lemma_.lower() not in _DOCUMENT_NOUNS or t.i > verb.i:
                continue
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    for o in p.children:
                        found = self.subject_actors(o) if o.dep_ == "pobj" else []
                        if found:
                            return found
        return []

    @staticmethod
    def _in_aside_followed(tok, trig) -> bool:
        """``tok`` is named in an aside of following that the ban is not part of ("X, following Y's lead, ordered
        Z off state devices"): Y went first."""
        cues = words("follow", "verbs")
        for a in tok.ancestors:
            if a.sent != tok.sent:
                break
            if a.pos_ == "VERB" and a.lemma_.lower() in cues and a.i != trig.i and trig not in a.subtree:
                return True
        return False

    @staticmethod
    def _followed_side(trig) -> set[int]:
        """Tokens of what a ban noun is said to follow ("The block follows similar steps by A and B", "the
        measure mirrors moves in A"): those places acted before it, they are not whose ban the noun is."""
        if trig.pos_ != "NOUN" or trig.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = trig.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("follow", "verbs"):
            return set()
        return {t.i for c in verb.children if c.dep_ in ("dobj", "prep", "agent") for t in c.subtree}

    @staticmethod
    def _subject_of_aside(verb) -> list:
        """ "The ministry, acting on a cabinet decision, directed X to ...", "The regulator, citing security, barred
        X": a subject set off before a participial aside, which the parser made the aside's subject; the verb has
        none of its own."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            return []
        out = []
        for c in verb.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > verb.i:
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            if c.left_edge.i < 1 or c.doc[c.left_edge.i - 1].text != "," and c.doc[subj.right_edge.i + 1].text != ",":
                continue
            out.append(subj)
        return out

    def _ordered_by(self, verb) -> list[tuple[str, object]]:
        """ "Apple has removed X from its store after the country's internet regulator ordered it to do so": a
        company carrying out what a body ordered; the body imposes the ban."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        if m is None or self.ctx.category(m.entity_id) != "company":
            return []
        for c in verb.children:
            if c.dep_ != "advcl" or c.lemma_.lower() not in _COMPELLING | {"ask", "tell", "demand", "request"}:
                continue
            if not any(g.dep_ == "mark" and g.lower_ in ("after", "because", "when", "once") for g in c.children):
                continue
            if not any(g.dep_ == "dobj" and g.lower_ in ("it", "them") for g in c.children):
                continue  # ordered the company itself ("ordered it to do so")
            asker = next((g for g in c.children if g.dep_ == "nsubj"), None)
            found = self.subject_actors(asker) if asker is not None else []
            if found:
                self._compliers.setdefault(verb.sent.start, set()).add(m.entity_id)
                return found
        # "Apple removed X from its store after an order from the country's regulator", "at the request of the
        # ministry": the order told as a noun, its giver named after "from", "by" or "of"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ORDER_PREPS):
            for order in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _ORDER_NOUNS):
                givers = [
                    q
                    for p in order.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                    for q in p.children
                    if q.dep_ == "pobj"
                ]
                givers += [g for g in order.children if g.dep_ == "poss" and g.pos_ != "PRON"]
                for giver in givers:
                    found = [a for a in self.subject_actors(giver) if self.ctx.category(a[0]) in IMPOSER_CATEGORIES]
                    if found:
                        self._compliers.setdefault(verb.sent.start, set()).add(m.entity_id)
                        return found
        return []

    @staticmethod
    def _own_clause(path) -> bool:
        """The verb reached is the trigger's own, or one that bids it ("told staff not to use X", "decided to bar
        X"), not a verb that reports it ("Reuters reported that staff were barred from X")."""
        cur = path[-1]
        if (
            len(path) > 1
            and path[-2].dep_ == "ccomp"
            and cur.lemma_.lower() in _SAYING | {"report", "announce", "confirm", "reveal", "learn"}
            and not any(c.dep_ == "dobj" for c in cur.children)  # "told employees that they could no longer use X"
        ):
            return False
        if (
            len(path) == 2
            and path[0].dep_ == "dobj"
            and path[0].pos_ == "NOUN"
            and cur.lemma_.lower() in _IMPOSE_VERBS | {"announce"}
        ):
            return True  # "the colleges announced restrictions on their networks": the rule they announced
        return all(p.dep_ in ("xcomp", "ccomp", "conj") for p in path[:-1])

    @staticmethod
    def _speaker_for(subj):
        """ "Acme said it had barred staff from X": "it" in a reported clause is the one who said it; "Acme, which
        barred staff from X": the one the relative clause is about."""
        clause = subj.head
        if subj.lower_ in ("which", "that") and clause.dep_ == "relcl":
            return clause.head
        if subj.lower_ in ("it", "they") and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING:
            return next((c for c in clause.head.children if c.dep_ == "nsubj"), subj)
        return subj

    def _company_over_its_staff(self, actor_tok, trig) -> list[tuple[str, object]]:
        """ "Samsung banned employees from using X", "JPMorgan told its workers not to use X", "Acme's ban on X for
        staff": a company (or an institution that is no government) ruling its own people or its own kit imposes
        the ban itself. Not a company that is the target ("Samsung phones were banned"), nor one a regulator orders
        (the regulator is the subject then), nor one telling of a government's ban of its app."""
        m = self.ctx.mention(actor_tok)
        if m is None or m.kind != "Organisation" or self.ctx.category(m.entity_id) not in OWN_STAFF_CATEGORIES:
            return []
        if not self._binds_own_staff(trig, m.entity_id):
            return []
        return [(m.entity_id, actor_tok)]

    def _binds_own_staff(self, trig, company: str) -> bool:
        """The trigger's reach names the company's own people ("employees", "its staff", "for workers") or its own
        kit ("on company-owned laptops", "internal networks", "internally")."""
        staff, kit = words("actors", "company_staff"), words("actors", "company_kit")
        devices = words("scope", "devices")
        if self.ctx.is_institution(company):
            return True  # "the university blocked X on its Wi-Fi", "Y College also restricted the app": its own rule
        region = self.region(trig)
        if _done_internally(trig, region):
            return True
        # "does not allow its employees to use X": those the refused permission is for, the subject of the clause it
        # governs (which the reach, taking no clause's subject, leaves out)
        bidden = [g for c in trig.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        for t in [*region, *bidden]:
            if t.lemma_.lower() in staff or t.lower_ in staff:
                owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and self.ctx.mention(c)), None)
                if owner is None or self.ctx.mention(owner).entity_id == company:
                    return True  # not "Google's engineers" in a sentence about another company
            if (t.lemma_.lower() in devices or t.lower_ in devices) and any(
                k.lower_ in kit for k in t.subtree if k.i < t.i
            ):
                return True
        return False

    @staticmethod
    def _owner_of_devices(tok, trig, path) -> bool:
        """ "the app has been barred from US federal government devices": a jurisdiction naming whose devices a
        passive ban with no agent keeps the thing off is the one that bars it."""
        if tok.dep_ not in ("nmod", "compound", "poss", "amod") or trig.pos_ != "VERB":
            return False
        if not any(c.dep_ == "nsubjpass" for c in trig.children) or any(c.dep_ == "agent" for c in trig.children):
            return False
        root = _phrase_root(tok)
        if root.lemma_.lower() not in words("scope", "devices") or root.dep_ != "pobj":
            return False
        prep = root.head
        return prep.lower_ in ("from", "on") and (prep.head.i == trig.i or any(prep.head.i == p.i for p in path))

    def _home_of(self, eid: str) -> str | None:
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        return self.ctx.gaz.by_country.get(entry.country or "") if entry is not None else None

    def _target_homes(self, sent) -> set[str]:
        """Jurisdictions that are home to a product or company named in the sentence."""
        homes = set()
        for t in sent:
            m = self.ctx.mention(t)
            if m is None or self.ctx.category(m.entity_id) not in TARGET_CATEGORIES:
                continue
            entry = self.ctx.gaz.entries.get(m.entity_id) if self.ctx.gaz else None
            jid = self.ctx.gaz.by_country.get(entry.country or "") if entry is not None else None
            if jid:
                homes.add(jid)
        return homes

    def _modifies_target(self, tok) -> bool:
        """A mention that only describes a product ("Chinese app X") or goes with its data ("data to Beijing")."""
        if tok.dep_ in ("amod", "compound", "nmod", "poss"):
            head = tok.head
            if head.lemma_.lower() in PRODUCT_NOUNS | {"company", "firm", "startup", "start-up", "vendor", "maker"}:
                return True
            m = self.ctx.mention(head)
            if m is not None and self.ctx.category(m.entity_id) in TARGET_CATEGORIES:
                return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "from")

    # -- targets
    def targets_in(self, tokens, exclude: set[str], anchor=None) -> list[str]:
        out = []
        some = []  # "several online games": some of the kind, its target only when nothing else is named
        for t in tokens:
            if anchor is not None and self.ctx.para[t.i] != self.ctx.para[anchor.i]:
                continue
            m = self.ctx.mention(t)
            if not m or m.entity_id in exclude or m.entity_id in out:
                continue
            if self.ctx.category(m.entity_id) not in TARGET_CATEGORIES:
                continue
            if any(
                (a.lemma_.lower() in _OWNER_LEMMAS and not _run_as_software(a, t)) or a.dep_ == "relcl"
                for a in self._ancestors_within(t, tokens)
            ):
                continue
            if _preferred(t):
                continue  # "deleted it in favour of Telegram": the thing chosen instead, not the one removed
            if m.kind == "Organisation" and self._makers_possessive(t, m.entity_id):
                continue  # "Apple's FaceTime", "Google's Pixel phones": the product is the target, not its maker
            if self.ctx.kind_members(m):
                if not self.ctx.device_scope(m) and m.entity_id not in some:
                    some.append(m.entity_id)
                continue
            if self._network_modifier(m):
                continue  # "internet providers", "the internet observatory": a connection that only describes
            if self.ctx.device_scope(m):
                continue  # "banned X on government phones": where it is banned, not what
            if self.ctx.device_of_named_maker(m):
                continue  # "from buying Huawei smartphones": the maker's kit, the maker the target, not all phones
            if _a_way_around(self.doc.char_span(m.start, m.end, alignment_mode="expand")):
                continue  # "after X blocked it, users turned to VPNs": the way around the ban, not its target
            out.append(m.entity_id)
        # "blocked Steam and several online games": the named one; "blocked several cryptocurrency exchanges": the kind
        return out or some

    def is_network(self, eid: str) -> bool:
        return self.ctx.is_network(eid)

    def _without_kinds(self, tokens, targets) -> list:
        """The tokens but those of a kind of device the ban targets ("mobile phones"): what is banned, not whose
        devices (a kind of network kit, "5G equipment", still tells the network it is banned from)."""
        return [
            t
            for t in tokens
            if not ((m := self.ctx.mention(t)) is not None and m.entity_id in targets and self.ctx._device_kind(m))
        ]

    def _network_modifier(self, m) -> bool:
        return self.ctx.network_modifier(m)

    def _makers_possessive(self, tok, eid: str) -> bool:
        """The company only names the maker of a product that follows it with a possessive ("Apple's FaceTime",
        "Google's Pixel phones")."""
        if tok.dep_ != "poss":
            return False
        head = tok.head
        phrase = [head, *(c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i)]
        for t in phrase:
            m = self.ctx.mention(t)
            if m is not None and m.kind == "Product" and m.entity_id != eid:
                return True
        return False

    @staticmethod
    def _ancestors_within(tok, tokens):
        ids = {t.i for t in tokens}
        out = []
        cur = tok
        while cur.head.i != cur.i and cur.head.i in ids:
            out.append(cur)
            cur = cur.head
        return out[1:] if out else []

    def object_tokens(self, trig):
        """The object side of a trigger: everything under it except its agent/subject."""
        skip = {"nsubj", "agent", "csubj", "poss", "advcl", "relcl", "punct", "cc", "npadvmod", "advmod", "mark"}
        if trig.pos_ not in ("NOUN", "PROPN"):
            skip.add("conj")
        out = [t for c in _avoided(trig) for t in c.subtree]  # "told X to stay away from Y"
        if (
            trig.tag_ == "VBN"
            and trig.dep_ == "conj"
            and trig.head.lemma_ == "be"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        ):
            # "X was under review and not approved for official use": the copula's subject is the participle's too
            out += [t for c in trig.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        for c in trig.children:
            if c.dep_ in skip:
                continue
            if c.dep_ == "prep" and c.lower_ == "by" and trig.pos_ in ("NOUN", "PROPN"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("after", "before", "since", "while", "despite", "amid", "like"):
                continue
            if (
                c.dep_ == "ccomp"
                and trig.pos_ not in ("NOUN", "PROPN")
                and c.lemma_.lower() in words("ban", "verbs")
                and any(g.dep_ == "nsubj" for g in c.children)
                and c.i < trig.i
            ):
                continue  # "Canada has banned X on government phones, Belgium has barred Y ...": a clause of its own
            out.extend(c.subtree)
        if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _IMPOSE_VERBS:
            # "imposed a similar limitation on Replika", the parser hanging "on Replika" on the verb
            out += [
                t for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for t in c.subtree
            ]
        return out

    def _participle_patient(self, trig) -> str | None:
        """What a participle describes: "Garena Free Fire, blocked in February", "TikTok, the best known of the
        59 apps blocked in June 2020" (through the apps it is one of)."""
        if trig.dep_ != "acl" or trig.tag_ != "VBN" or any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
            return None
        cur = trig.head
        for _ in range(5):
            m = self.ctx.mention(cur)
            if m is not None:
                return m.entity_id if m.kind in ("Product", "Organisation") else None
            if cur.dep_ == "pobj" and cur.head.lower_ == "of":
                cur = cur.head.head  # "the best known of the 59 apps blocked"
            elif cur.dep_ == "appos" or (cur.pos_ in ("ADJ", "VERB") and cur.dep_ in ("appos", "amod")):
                cur = cur.head  # "TikTok, the best known of ..."
            else:
                return None
        return None

    def _cut_off_place(self, trig) -> bool:
        """The passive subject is a place or its people ("the region has been cut off from the internet",
        "residents were blocked from going online"), not a thing the text leaves to be understood."""
        for c in trig.children:
            if c.dep_ != "nsubjpass":
                continue
            m = self.ctx.mention(c)
            if (m is not None and m.kind == "Jurisdiction") or c.lemma_.lower() in _PLACES_AND_PEOPLE:
                return True
        return False

    def _along_with(self, tok) -> list[str]:
        """ "ordered DeepSeek, along with the app RedNote, removed from state devices": the products the verb's
        object names, which the participle on the companion ("along with", "together with") reaches too."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return []
        verb = tok.head.head
        if verb.lower_ in ("along", "together") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB":
            return []
        return [
            m.entity_id
            for c in verb.children
            if c.dep_ == "dobj"
            for t in _conjuncts(c)
            if (m := self.ctx.mention(t)) is not None and m.kind == "Product"
        ]

    def _widened_to(self, trig):
        """ "expanded that ban to cover other apps, including X and Y": the clause that names what the ban now
        reaches, on the verb that widens it."""
        if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "dobj" or trig.head.lemma_.lower() not in _WIDENING:
            return None
        return next(
            (
                c
                for c in trig.head.children
                if (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("cover", "include", "encompass"))
                or (c.dep_ == "prep" and c.lower_ == "to")
            ),
            None,
        )

    def find_targets(self, trig, imposer_ids: set[str]) -> tuple[list[str], str]:
        widened = self._widened_to(trig)
        if widened is not None:
            added = self.targets_in(list(widened.subtree), imposer_ids)
            if added:
                return added, "syntax"
        if self._torn_verb(trig):
            torn = self.targets_in([t for c in _conjuncts(trig.head) for t in _own_subtree(c)], imposer_ids)
            if torn:
                return torn, "syntax"
        if trig.dep_ == "advcl" and trig.head.lower_ in _ILLEGAL:
            # "made it illegal for X to operate": the thing forbidden to act is the subject of the act
            forbidden = self.targets_in(
                [t for c in trig.children if c.dep_ == "nsubj" for t in _own_subtree(c)], imposer_ids, trig
            )
            if forbidden:
                return forbidden, "syntax"
        patient = self._participle_patient(trig)
        if patient is not None and patient not in imposer_ids and self.ctx.category(patient) not in IMPOSER_CATEGORIES:
            return [*self._along_with(trig.head), patient], "syntax"
        toks = self.object_tokens(trig)
        if self._refuses_a_use(trig):
            # "rejected a request by Entel to deploy X gear": what the plan would have used, not who asked
            toks = [
                t
                for o in trig.children
                if o.dep_ == "dobj"
                for a in o.children
                if a.dep_ in ("acl", "relcl")
                for d in a.children
                if d.dep_ == "dobj"
                for t in _named(d)
            ]
        # relative pronoun object: "apps that are blocked", "which New Delhi blocked"
        for c in trig.children:
            if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _RELATIVE and trig.dep_ == "relcl":
                ante = trig.head
                extra = [t for conj in _conjuncts(ante) for t in _own_subtree(conj)]
                if ante.dep_ == "attr":
                    for s in ante.head.children:
                        if s.dep_ in ("nsubj", "nsubjpass"):
                            extra += [t for conj in _conjuncts(s) for t in _own_subtree(conj)]
                toks = extra + toks
        if trig.lemma_.lower() in _REMOVAL_VERBS and any(c.dep_ == "dobj" for c in trig.children):
            # "Apple removed X and Y from its App Store": the store is where they were removed from
            source = {g.i for c in trig.children if c.dep_ == "prep" and c.lower_ in ("from", "off") for g in c.subtree}
            toks = [t for t in toks if t.i not in source] or toks
        # "could no longer be downloaded from Apple's and Google's app stores": whose store it is, no target
        froms = [t for t in [*trig.children, *toks] if t.dep_ == "prep" and t.lower_ == "from"]
        owners = {
            g.i
            for p in froms
            if any(g.lemma_.lower() in ("store", "shop", "marketplace") for g in p.subtree)
            for g in p.subtree
        }
        targets = self.targets_in([t for t in toks if t.i not in owners] or toks, imposer_ids, trig)
        if targets:
            return targets, "syntax"
        if trig.pos_ in ("NOUN", "PROPN"):
            return [], "none"
        listed = self._listed_after(trig, imposer_ids)
        if listed:
            return listed, "syntax"
        if trig.i + 1 == trig.sent.end and not trig.sent[-1].is_punct and trig.i + 1 < len(trig.doc):
            nxt = trig.doc[trig.i + 1].sent
            lead = []
            for t in nxt:
                if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
                    break
                lead.append(t)
            targets = self.targets_in(lead, imposer_ids)
            if targets:
                return targets, "syntax"
        pronoun = next((t for t in toks if t.pos_ == "PRON" and t.lower_ == "it" and t.dep_ in ("dobj", "pobj")), None)
        if pronoun is not None and trig.pos_ not in ("NOUN", "PROPN"):
            # "Roblox has been inaccessible since August 7, when authorities blocked it": the app named before it
            before = [
                m.entity_id
                for m in self.adoc.mentions
                if trig.sent.start_char <= m.start < pronoun.idx
                and m.kind == "Product"
                and m.entity_id not in imposer_ids
                and not self.ctx.device_scope(m)  # "have the app on a House phone ... delete it": the app
            ]
            if before:
                return [before[-1]], "syntax"
        if trig.pos_ not in ("NOUN", "PROPN") and (
            self._names_other_object(trig)
            or any(t.pos_ == "PRON" and t.lower_ in ("it", "them") and t.dep_ in ("dobj", "pobj") for t in toks)
        ):
            return [], "none"  # "blocked a number of websites, and Y restricted X": not Y's target; "access to it"
        if trig.pos_ not in ("NOUN", "PROPN") and any(
            t.lemma_.lower() in PRODUCT_NOUNS
            and t.dep_ in ("dobj", "pobj", "nsubjpass")
            and not any(c.dep_ == "poss" for c in t.children)  # "its chatbot": the owner named in the sentence
            for t in toks
        ):
            return [], "none"  # "from using the Chinese-owned app": the story's app, not whatever the sentence names
        # a trigger noun inside "X's ban" etc. has no object mention: try the sentence (not those asked to carry out
        # a removal or a block: "to ask Apple and Google to pull the apps from their stores")
        asked = self._asked_to_remove(trig.sent)
        sent_toks = [t for t in trig.sent if not self._names_a_thing(t) and t.i not in asked]
        targets = self.targets_in(sent_toks, imposer_ids, trig)
        if targets:
            return targets, "sentence"
        return [], "none"

    def _listed_after(self, trig, imposer_ids: set[str]) -> list[str]:
        """ "block access to social media platforms and messaging apps, including Facebook and WhatsApp": the
        examples listed after the object, however the parser hung them."""
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if t.text == ";" or self.ctx.para[t.i] != self.ctx.para[trig.i]:
                break
            if t.lower_ in ("including", "notably", "namely") or (t.lower_ == "such" and t.nbor().lower_ == "as"):
                listed = self.targets_in(list(t.subtree) if t.lower_ != "such" else list(t.head.subtree), imposer_ids)
                if listed:
                    return listed
            if (
                t.text == ":"
                and t.i > trig.i + 1
                and (
                    # "prohibit transactions with eight apps: X, Y and Z": the apps the colon lists
                    (trig.doc[t.i - 1].lemma_.lower() in PRODUCT_NOUNS and trig.is_ancestor(trig.doc[t.i - 1]))
                    # "stop approving equipment from five companies it considers a threat to security: X, Y and
                    # Z": the counted firms or apps, their relative clause told, which the colon then names
                    or self._counted_set_before(trig, trig.doc[t.i - 1])
                )
            ):
                listed = self._listed_from(trig.doc[t.i + 1 : trig.sent.end], imposer_ids)
                if listed:
                    return listed
            if (
                t.lower_ == "among"
                and t.i + 1 < trig.sent.end
                and t.nbor().lower_ in ("them", "these", "those", "which")
                and t.i > trig.i + 1
                and trig.doc[t.i - 1].text == ","
            ):
                # "shut off 26 platforms that had not registered, among them X, Y and Z": the examples that follow
                listed = self._listed_from(trig.doc[t.i + 2 : trig.sent.end], imposer_ids)
                if listed:
                    return listed
        return []

    @staticmethod
    def _counted_set_before(trig, last) -> bool:
        """``last`` (the word before a colon) closes the clause of a counted plural of apps or firms under the
        trigger ("five companies it considers a threat to security"), so the colon lists that set's members."""
        for a in [last, *last.ancestors]:
            if not trig.is_ancestor(a):  # (the trigger itself is no ancestor of itself)
                return False
            if (
                a.tag_ == "NNS"
                and a.lemma_.lower() in PRODUCT_NOUNS | _COMPANY_NOUNS
                and any(c.dep_ == "nummod" for c in a.children)
            ):
                return True
        return False

    def _listed_from(self, span, imposer_ids) -> list:
        """The targets a list names from the start of ``span`` up to the next clause (a verb, ';' or ':')."""
        tail = []
        for g in span:
            if g.text in (";", ":") or g.pos_ in ("VERB", "AUX"):
                break
            tail.append(g)
        return self.targets_in(tail, imposer_ids)

    def _names_a_thing(self, tok) -> bool:
        """A product name used to describe something else: "a TikTok video", "a Challenger 2 tank"."""
        if self.ctx.mention(tok) is None:
            return False
        root = tok
        while root.dep_ in ("compound", "nmod") and root.head.i != root.i and self.ctx.mention(root.head) is not None:
            root = root.head  # through the rest of the name ("Challenger 2")
        if root.dep_ not in ("compound", "nmod", "amod") or root.head.pos_ != "NOUN":
            return False
        return root.head.lemma_.lower() not in PRODUCT_NOUNS | {"service", "platform", "tool", "product"}

    def _names_other_object(self, trig) -> bool:
        """ "blocked a number of websites", "restricted several news sites": an object that is neither a
        named target nor an app-like noun standing for the story's one."""
        if trig.pos_ not in ("VERB", "AUX"):
            return False
        deps = (
            ("dobj", "nsubjpass", "nsubj")
            if trig.tag_ == "VBN" and trig.dep_ in ("ccomp", "xcomp")
            else ("dobj", "nsubjpass")
        )
        objs = [c for c in trig.children if c.dep_ in deps]
        if trig.dep_ == "acl" and trig.tag_ in ("VBN", "VBD"):
            objs.append(trig.head)  # "ordered access to several news sites restricted"
        used = [
            o
            for p in trig.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pcomp" and g.lemma_.lower() in ("use", "access", "install", "download", "run")
            for o in g.children
            if o.dep_ == "dobj"
        ]  # "barred troops from using geolocation features": what they may not use is the object
        used += [
            o
            for g in trig.children
            if g.dep_ == "xcomp" and g.lemma_.lower() in ("use", "access", "install", "download", "run")
            for o in g.children
            if o.dep_ == "dobj"
        ]  # "told officials to stop using X"
        if used:
            objs = used
        if not objs or any(o.pos_ == "PRON" or o.lower_ in _RELATIVE for o in objs):
            return False
        if all(
            o.pos_ == "PROPN" and not any(self.ctx.mention(t) for t in o.subtree) and o.ent_type_ not in ("GPE", "NORP")
            for o in objs
        ):
            return True  # "told officials to stop using iPhones": a thing named, though not one the story tracks
        app_like = PRODUCT_NOUNS | {"service", "platform", "tool", "product"}
        if any(
            o.lemma_.lower() in app_like
            and o.tag_ == "NNS"
            and o.dep_ == "dobj"
            and o.head.i == trig.i
            and any(
                c.dep_ == "amod" or (c.dep_ == "compound" and any(g.dep_ == "amod" for g in c.children))
                for c in o.children
            )
            and not any(c.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl") for c in o.children)
            and not any(self.ctx.mention(t) for t in o.subtree)
            for o in objs
        ):
            # "Russia itself has restricted Western platforms", "X has restricted social media platforms": a kind
            # of app, none the story's
            return True
        if any(o.pos_ == "PROPN" for o in objs):
            return False
        social = {"social", "media", "networking", "sharing", "messaging", "video", "streaming", "dating"}
        if any(
            o.lemma_.lower() in app_like
            and self.ctx.mention(o) is None
            and any(
                c.dep_ in ("amod", "det") and c.lower_ in ("other", "several", "various", "more") for c in o.children
            )
            for o in objs
        ):
            return True  # "Poland has already restricted other apps on government devices": not the story's app
        for o in objs:
            sub = [t for t in o.subtree if not (t.i == o.i and o.lemma_.lower() in ("access", "use"))]
            if any(self.ctx.mention(t) for t in sub) or any(t.lemma_.lower() in app_like for t in sub):
                return False
            if any(
                t.lemma_.lower() in ("site", "network")
                and any(g.lower_ in social for g in t.children)
                and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in t.children)
                for t in sub
            ):
                return False  # "cut access to the social media site": the story's platform, not "social networks"
        # "suspended internet access nationwide": a shutdown of the internet, no app's ban; "barred troops from using
        # geolocation features": a function of any app
        others = {"website", "site", "network", "outlet", "medium", "page", "newspaper", "portal", "internet"}
        others |= {"feature", "function", "functionality", "setting"} if used else set()
        if any(t.lemma_.lower() in others for o in objs for t in o.subtree):
            return True
        # "urged member states to exclude high-risk suppliers": a kind of firm, none named
        kinds = {"supplier", "vendor", "manufacturer", "provider", "company", "firm"}
        return any(o.tag_ == "NNS" and o.lemma_.lower() in kinds for o in objs)

    def context_targets(self, sent_idx: int, tok=None) -> list[str]:
        """Targets of the latest ban mentioned before (same sentence first), else the document's main target;
        an app named since, earlier in the trigger's own paragraph, is the one meant ("LinkedIn was blocked in 2016.
        <new paragraph> Telegram has also run into trouble. Iran restricted access to the app")."""
        latest = next((bm for bm in reversed(self.mentions) if bm.targets and bm.sentence <= sent_idx), None)
        if tok is not None:
            para_start = doc_text(self.doc).rfind("\n", 0, tok.idx) + 1
            since = max(para_start, latest.token.sent.end_char if latest is not None else 0)
            named = [
                m.entity_id
                for m in self.adoc.mentions
                if since <= m.start < tok.idx
                and m.kind == "Product"
                and self.ctx.category(m.entity_id) == "product"
                and not self.ctx.is_network(m.entity_id)  # a connection cut is named by the clause itself
                and not self.ctx.network_modifier(m)  # "Steam and several online games": some, not the kind
                and not self.ctx._device_kind(m)  # "removed the app from work phones": where, not what
                and not _a_way_around(self.doc.char_span(m.start, m.end, alignment_mode="expand"))
            ]
            if named and (latest is None or named[-1] not in latest.targets):
                return [named[-1]]
        if latest is not None:
            single = tok is not None and any(
                t.lemma_.lower() in PRODUCT_NOUNS and t.tag_ == "NN" and t.dep_ in ("dobj", "pobj", "nsubjpass")
                for t in self.object_tokens(tok)
            )
            if single and len(latest.targets) > 1 and self.ctx.main_target in latest.targets:
                return [self.ctx.main_target]  # "would bar the app": the story's one app, not the list told last
            return list(latest.targets)
        return [self.ctx.main_target] if self.ctx.main_target else []

    # -- scope/status
    def region(self, trig):
        """Tokens that qualify a trigger: its subtree and its governing verb's objects and modifiers."""
        noun = trig.pos_ in ("NOUN", "PROPN")
        skip = ("advcl", "punct", "cc", "parataxis") + (() if noun else ("conj", "relcl", "nsubj"))
        toks = _own_subtree(trig, skip)
        if not noun:
            # "barred X from selling to businesses and consumers", "restricting access to two platforms and the
            # cloud service on government computers": a noun's conjuncts are still the verb's reach (only a
            # coordinated clause is another's)
            seen = {t.i for t in toks}
            stack = [
                t
                for t in toks
                if t.pos_ == "NOUN"
                and t.i != trig.i
                and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in _REACH_PREPS)
            ]  # not "for work or personal tasks": what the use is for
            while stack:
                t = stack.pop()
                for c in t.children:
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i not in seen:
                        more = [g for g in _own_subtree(c, skip) if g.i not in seen]
                        seen |= {g.i for g in more}
                        toks += more
                        stack += [g for g in more if g.pos_ == "NOUN"]
        toks = [t for t in toks if self.ctx.para[t.i] == self.ctx.para[trig.i]]
        if trig.dep_ == "amod" and self._torn_by_dateline(trig):
            toks += [t for t in trig.head.subtree if t.i > trig.i]  # "on Friday barred [government agencies]"
        toks = self._no_dateline(trig, toks)
        # "The ban on X, ordered by the Ministry of Information in May": who imposed it is no reach of it, nor "the
        # latest country to do so" describing the imposer
        agents = {g.i for t in toks if t.dep_ == "agent" or _ranked_actor(t) for g in t.subtree}
        # "X barred Y from selling to consumers, the first action taken under the department's authority": a phrase
        # naming the act itself says how it was taken, not whom it reaches
        agents |= {
            g.i
            for c in trig.children
            if c.dep_ in ("npadvmod", "appos") and c.i > trig.i and c.lemma_.lower() in words("ban", "weak_nouns")
            for g in c.subtree
        }
        toks = [t for t in toks if t.i not in agents]
        if trig.lemma_.lower() in _LICENCE_VERBS:
            # "revoked the authority of X to provide telecommunications services": what the licence was for
            toks += [
                t
                for c in trig.children
                if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for t in c.subtree
            ]
            toks += [  # "withdrew the permit that allowed X to offer mobile services"
                t
                for c in trig.children
                if c.dep_ in ("dobj", "nsubjpass")
                for g in c.children
                if g.dep_ in ("relcl", "acl")
                for t in g.subtree
            ]
        if noun and trig.dep_ in ("nsubj", "nsubjpass"):
            # "The ban ... applied only to executive-branch agencies", "the order covers all state phones": what the
            # ban's own predicate says it reaches
            verbs = [trig.head] + [c for c in trig.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            toks += [
                t
                for v in verbs
                if v.lemma_.lower() in _REACH_VERBS and not _is_negated(v)
                for c in v.children
                if c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "to")
                for t in c.subtree
            ]
        head = trig.head
        # "X told MPs in a written statement to Parliament that departments must stop ...": who is told and where
        # is no reach of what is told
        reported = trig.dep_ == "ccomp" and head.lemma_.lower() in _SAYING | {"inform", "announce", "notify"}
        # "X ordered Y blocked in that country and Taiwan barred agencies from using it": a coordinated clause with
        # its own subject shares nothing of the other clause's reach
        own_clause = trig.dep_ == "conj" and not noun and any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        if (
            trig.dep_ in ("xcomp", "ccomp", "acl", "dobj", "pobj", "conj", "pcomp")
            and head.i != trig.i
            and not reported
            and not own_clause
        ):
            for c in self._no_dateline(trig, list(head.children)):
                if c.i == trig.i or c.dep_ in ("advcl", "relcl", "conj", "ccomp", "parataxis", "punct", "nsubj"):
                    continue
                if trig.dep_ == "ccomp" and c.dep_ == "xcomp":
                    continue  # "X blocked Y, after Z refused to remove articles that officials ...": another clause
                if c.dep_ == "nsubjpass" and self._named_body(c):
                    continue  # "The Ministry of Communications has been directed to block both apps": who carries
                    # it out, not whose devices
                toks.extend(c.subtree)
            if head.dep_ in ("prep", "dobj") and head.head.i != head.i:
                for c in head.head.children:
                    if c.dep_ in ("dobj", "prep") and c.i != head.i:
                        toks.extend(c.subtree)
        if noun and trig.dep_ == "appos" and head.i < trig.i and head.pos_ in ("NOUN", "PROPN"):
            # "would be taken off government-issued devices, a ban that took effect the next day": the ban noun
            # sums up the phrase it stands beside, whose words say what it reaches
            toks += [t for t in head.subtree if t.i < trig.i and t.dep_ != "punct"]
        if reported and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in trig.children):
            # "told government agencies on Friday that they must not use X": those told are the ones bound
            toks += [t for c in head.children if c.dep_ == "dobj" and c.tag_ == "NNS" for t in c.subtree]
        # "advised government workers to refrain from using X", "told staff to avoid using X": those told to refrain
        clause = head.head if trig.dep_ == "pcomp" and head.lower_ == "from" else head
        if (
            clause.lemma_.lower() in ("refrain", "abstain", "avoid")
            and clause.dep_ in ("xcomp", "advcl", "ccomp")
            and clause.head.lemma_.lower() in _BIDDING_VERBS
        ):
            toks += [t for c in clause.head.children if c.dep_ == "dobj" for t in c.subtree]
        return toks

    def _no_dateline(self, trig, toks: list) -> list:
        """Tokens outside the wire dateline that opens the story ("ISTANBUL (Continental Press Agency) -"): the
        agency's name is no reach of a ban the parser hung it on."""
        found = self._dateline(trig.sent)
        if found is None:
            return toks
        line, end = found
        return [t for t in toks if not line <= t.idx < end]

    def _dateline(self, sent) -> tuple[int, int] | None:
        """Where the wire dateline opening ``sent``'s line lies (start and end offsets), if the sentence is near the
        story's start and its line opens with one ("TAIPEI, Feb 1 (Wire) -")."""
        if sent.start_char > 300:
            return None
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, sent.start_char) + 1
        m = _DATELINE_SPAN.match(text, line)
        return None if m is None else (line, m.end())

    @staticmethod
    def _asked_to_remove(sent) -> set[int]:
        """Tokens of those a sentence asks or orders to remove or pull something of another's ("asked Apple
        and Google to pull the apps from their stores", "told operators to remove X"): they carry the measure out,
        they are not its target (unlike "ordered X to shut down its service", its own)."""
        out: set[int] = set()
        acts = _REMOVAL_VERBS | _THING_REMOVERS
        for verb in sent:
            if verb.lemma_.lower() not in _ASKING_OTHERS:
                continue
            for x in verb.children:
                if x.dep_ != "xcomp" or x.lemma_.lower() not in acts:
                    continue
                objs = [o for o in x.children if o.dep_ == "dobj"]
                owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
                if not objs or any(c.pos_ == "PRON" for c in owners):
                    continue  # "ordered X to close its store": X's own
                # the asked keep the thing off their own stores or networks ("to pull X from their stores"), or the
                # thing is named as another's ("to pull Binance's app"): they carry the removal out; makers told to
                # remove "the apps" from stores of no one named are still what the measure is on
                from_own = any(
                    c.dep_ == "poss" and c.pos_ == "PRON"
                    for p in x.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "off")
                    for g in p.children
                    if g.dep_ == "pobj"
                    for c in g.children
                )
                for c in verb.children:
                    if c.dep_ != "dobj":
                        continue
                    for k in _conjuncts(c):
                        if from_own or owners or k.lemma_.lower() in _PROVIDERS:
                            out |= {t.i for t in _own_subtree(k)}
        return out

    def _executors(self, trig) -> set[str]:
        """Those an order or a request governing the trigger is addressed to ("ordered Google and Apple to remove")."""
        out: set[str] = set()
        for a in list(trig.ancestors)[:3]:
            if a.lemma_.lower() not in _COMPELLING | _ADVISING_VERBS | {"ask", "request"}:
                continue
            for c in a.children:
                if c.dep_ == "dobj":
                    for conj in _conjuncts(c):
                        m = self.ctx.mention(conj)
                        if m is not None:
                            out.add(m.entity_id)
        return out

    def _named_body(self, tok) -> bool:
        """The phrase names an organisation (not "officials", "agencies")."""
        m = self.ctx.mention(tok)
        return m is not None and m.kind == "Organisation" and m.text.lower().removeprefix("the ") != tok.lower_

    @staticmethod
    def _torn_tail(trig) -> list:
        """The words after a verb the parser took for a noun, up to the next coordinated clause: the parse of the
        rest hangs on whatever it took for the verb."""
        out = []
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if t.text in (";", ":") or (t.dep_ == "cc" and t.i > 0 and t.doc[t.i - 1].text == ","):
                break
            out.append(t)
        return out

    def _tail(self, trig) -> list:
        """Tokens after a trigger up to the next trigger, clause break or paragraph end."""
        out = []
        above = {trig.i} | {a.i for a in trig.ancestors}
        for t in trig.doc[trig.i + 1 : trig.sent.end]:
            if self.ctx.para[t.i] != self.ctx.para[trig.i] or t.text in (";", ":") or t.dep_ in ("relcl", "advcl"):
                break
            if t.dep_ == "cc" and t.head.i in above:
                joined = next((c for c in t.head.children if c.dep_ == "conj" and c.i > t.i), None)
                if (
                    joined is None
                    or joined.pos_ not in ("NOUN", "PROPN")
                    or any(c.pos_ in ("VERB", "AUX") for c in joined.children)
                ):
                    break  # "..., and the economy paid for it in lost creative work": the next clause's words
                # "banned X, as well as the apps Y and Z, from state devices": more things banned, not a new clause
            if t.lemma_.lower() in words("ban", "verbs") and t.pos_ == "VERB":
                break
            if any(a.dep_ in ("relcl", "advcl") for a in t.ancestors if a.i > trig.i):
                continue  # "..., a measure officials blame on X": a relative clause told ahead of its verb
            if any(a.dep_ == "nsubj" and (a.head.i in above or a.head.i > t.i) for a in [t, *t.ancestors]):
                # "Bolivia may ban X, the minister said": who said it is no reach of the ban, nor the subject of the
                # clause that follows ("Albania will block X for a year, the prime minister has announced")
                continue
            out.append(t)
        return out

    def _civil_body(self, eid: str) -> bool:
        """A civil state body the gazetteer knows (type government, not a ministry or an armed service): a military
        word in its proper name ("National Security and Defense Council") tells no armed service's own devices."""
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        return entry is not None and entry.type == "government"

    def _in_civil_body_name(self, tok) -> bool:
        m = self.ctx.mention(tok)
        return m is not None and self._civil_body(m.entity_id)

    def scope_of(self, trig, region, imposer: str | None, actor: set[str] = frozenset()) -> tuple[str | None, bool]:
        sc = words("scope")
        region = sorted(
            {t.i: t for t in region if not _reason_word(t) and not _ruling_military(t)}.values(), key=lambda t: t.i
        )
        # "barred offices from installing X on new computers, a blow to Microsoft in one of its largest markets", "banned
        # Zapster, an app popular across the country": an appositive describes its noun (the thing, the act), it
        # tells no reach; one that names devices or people still does ("on two kinds of kit, phones and laptops")
        remark = {
            g.i
            for t in region
            if t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.head.i != trig.i
            and t.lemma_.lower() not in sc["devices"] | sc["personnel"]
            and t.lower_ not in sc["devices"] | sc["personnel"]
            for g in t.subtree
        }
        region = [t for t in region if t.i not in remark]
        lows = [t.lower_ for t in region]
        lemmas = {t.lemma_.lower() for t in region} | set(lows)
        # "bar X from devices issued by federal agencies", "from phones used by state employees": whose devices they
        # are, told as the participle's doer (who is no actor of the ban)
        lemmas |= {
            w
            for t in region
            if t.lemma_.lower() in sc["devices"] and t.pos_ in ("NOUN", "PROPN")
            for v in t.children
            if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in v.children
            if a.dep_ == "agent"
            for g in a.subtree
            for w in (g.lemma_.lower(), g.lower_)
        }
        if any(t.lower_ == "public" and t.head.lemma_.lower() in _PUBLIC_BODIES for t in region):
            lemmas = (lemmas - {"public"}) | {"public-sector"}  # "bars public sector from using X": the state's own
        if any(
            t.lower_ == "state" and t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in _PUBLIC_BODIES
            for t in region
        ):
            lemmas.add("public-sector")  # "in state administration", "out of the state sector": the state's own
        cat = self.ctx.category(imposer) if imposer else None
        if (
            cat == "eu"
            and set(_words_of(self.ctx.name(imposer))) & set(words("actors", "legislature"))
            # "the European Parliament barred X from its staff's devices": an EU institution's own staff, not its
            # members (unlike "from devices it issues to members and staff")
            and not (lemmas & sc["staff"] and not lemmas & sc["elected"])
        ):
            cat = "legislature"  # "the European Parliament barred X from MEPs' devices": a legislature's own devices
        if imposer and self.ctx.is_institution(imposer):
            return "government_devices", True  # a public university's networks and devices are the state's kit
        if lemmas & sc["account"] and trig.lemma_.lower() in (
            "close",
            "delete",
            "deactivate",
            "shut",
            "remove",
            "suspend",
        ):
            return "account_closure", True
        # "ordered internet and mobile service providers to block the app X": the carriers told to carry out the
        # block of an app are no network the ban is about (unlike "ordered operators to remove Huawei equipment")
        addressed = set()
        if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in _BIDDING_VERBS and self._blocks_an_app(trig):
            addressed = {t.i for c in trig.head.children if c.dep_ == "dobj" for t in c.subtree}
        tele = [t for t in region if t.i not in addressed]
        # "the 5G core", "the core of their networks", "kit in core functions": a network's part, not "a core platform"
        kit_named = any(t.lemma_.lower() in sc["telecom_kit"] for t in tele)
        tele = [t for t in tele if t.lower_ not in sc["network_parts"] or kit_named or _network_part(t)]
        tele_lows = [t.lower_ for t in tele]
        tele_lemmas = {t.lemma_.lower() for t in tele} | set(tele_lows)
        joined = re.sub(r"\b(\d)\s+g\b", r"\1g", " ".join(tele_lows))
        joined = re.sub(r"\broll\s*-\s*out\b", "rollout", joined)  # "its 5G roll-out", split by the tokenizer
        parts = {t.lower_ for t in tele if t.lower_ in sc["network_parts"]}  # a network's part is telecom and head
        # "bars carriers from using subsidies to buy their network equipment": what a network is built with (not
        # "approvals of new telecommunications equipment", a sales ban)
        kit = any(
            t.lemma_.lower() in sc["telecom_kit"]
            and any(c.dep_ == "compound" and c.lemma_.lower() == "network" for c in t.children)
            for t in tele
        )
        # "barred carriers from using subsidies to buy X equipment": the kit that carriers are barred from is
        # their network's
        kit = kit or (
            any(t.lemma_.lower() in sc["telecom_kit"] for t in tele)
            and any(t.lemma_.lower() in sc["carriers"] for t in tele)
        )
        if kit or (
            ((tele_lemmas | set(joined.split())) & sc["telecom"] or parts)
            and (
                (tele_lemmas | set(joined.split())) & sc["telecom_heads"]
                or parts
                or trig.lemma_.lower() in _LICENCE_VERBS
            )
            # "from state-issued devices and state-run wireless networks": the state's own kit (not "mobile phone
            # services")
            and not any(t.tag_ == "NNS" and t.lemma_.lower() in _HANDHELD and t.dep_ != "compound" for t in tele)
        ):
            return "telecom_network", True  # "revoked China Telecom's licence": a carrier's licence is its network
        subjects = {
            t.lemma_.lower()
            for c in trig.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
            if not any(a.dep_ == "poss" and a.i != c.i for a in [t, *t.ancestors] if a.i in {x.i for x in c.subtree})
        }  # not whose it is: "the country's defence ministry barred staff from X"
        foreign = [
            t
            for t in region
            if t.lower_ in ("country", "nation")
            and any(c.lower_ in ("foreign", "adversary", "hostile", "adversarial") for c in t.children)
        ]  # "drones from manufacturers in a foreign country of concern"
        origins = {t.lemma_.lower() for t in region if t.lower_ in ("countries", "nations") or t in foreign} - {
            t.lemma_.lower() for t in region if t.lower_ not in ("countries", "nations") and t not in foreign
        }  # "apps from countries with ...": where the apps come from, not where they are banned
        # "from the phones of the country's civil servants": whose staff they are, not a reach over the country
        owners = {t.lower_ for t in region if t.dep_ == "poss" and t.lower_ in ("country", "nation", "state")} - {
            t.lower_ for t in region if t.dep_ != "poss"
        }
        if ((lemmas | subjects) - origins - owners) & sc["nationwide_strong"]:
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), True
        devices = {
            w
            for t in region
            # a noun the parser tagged as a verb where it stands as an object ("restrictions on their devices")
            if (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("pobj", "dobj")) and not self._companys_own(t)
            for w in (t.lemma_.lower(), t.lower_)
        } & sc["devices"]
        # "barred X from state equipment", "on government technology": a general word for kit, named the state's own
        devices |= {
            t.lemma_.lower()
            for t in region
            if t.lemma_.lower() in sc["owned_kit"]
            and t.dep_ != "compound"
            and any(
                c.dep_ in ("amod", "compound") and (c.lower_ in sc["kit_owners"] or _hyphened(c) in sc["kit_owners"])
                for c in t.children
            )
        }
        personnel = lemmas & sc["personnel"]
        if cat in OWN_STAFF_CATEGORIES:
            personnel |= lemmas & words("actors", "company_staff")  # "told its traders not to use X"
            if _done_internally(trig, region):
                personnel.add("internally")  # "banned X internally": the company's own people
        # "all ministries must stop buying X", "departments must stop deploying X": those the rule binds
        clause = trig.head if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in ("stop", "cease") else trig
        # advice binds no one, but names those it is for: "the ministry said public bodies should avoid X"
        modals = ("must", "shall", "should") if trig.lemma_.lower() == "avoid" else ("must", "shall")
        if trig.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
            subj = [t for c in clause.children if c.dep_ == "nsubj" for t in c.subtree]
            bound = {t.lemma_.lower() for t in subj}
            if any(t.lower_ == "public" and t.head.lemma_.lower() in _PUBLIC_BODIES for t in subj):
                bound.add("public-sector")  # "public bodies must ...": the state's own
            personnel |= bound & sc["personnel"]
        if any(
            t.lemma_.lower() in ("body", "institution")
            and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("government", "state", "public") for c in t.children
            )
            for t in region
        ):
            personnel.add("public-sector")  # "urged government bodies to be cautious about using X": the state's own
        if any(
            t.lower_ == "wide" and any(c.lower_ in ("government", "administration") for c in t.children) for t in region
        ):
            personnel.add("public-sector")  # "a government-wide prohibition": the state's own
        # "the Ministry of Defence banned its employees from ...": the defence body's own staff are not civilians
        own_staff = actor & sc["military"] and any(
            t.lemma_.lower() in sc["civil_personnel"]
            and (
                any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
                # "employees of the ministry and the armed forces": the defence ministry's own staff
                or any(
                    p.dep_ == "prep"
                    and p.lower_ == "of"
                    and any(
                        g.lemma_.lower() in ("ministry", "department")
                        and any(d.dep_ == "det" and d.lower_ in ("the", "its") for d in g.children)
                        and not any(d.dep_ in ("compound", "amod", "prep") for d in g.children)
                        for g in p.children
                    )
                    for p in t.children
                )
            )
            for t in region
        )
        civil = set() if own_staff else lemmas
        own = {t.lemma_.lower() for t in trig.subtree} | {t.lower_ for t in trig.subtree}
        if personnel and not devices and not own & sc["personnel"] and own & {"access", "download", "downloads"}:
            personnel = set()  # "asked the Ministry of Digital Development to restrict access to the app"
        if personnel and not devices and not own & sc["personnel"] and self._told_to_block(trig):
            personnel = set()  # "instructed the Ministry of Communications to block the two apps": who carries it out
        # "a prohibition written into the National Defense Authorization Act": a law's name tells no armed service
        unnamed = {
            w
            for t in region
            if not (self.ctx.mention(t) is not None and self.ctx.mention(t).kind == "Law")
            and not self._in_civil_body_name(t)  # "the National Security and Defense Council": no armed service
            for w in (t.lemma_.lower(), t.lower_)
        }
        if devices or personnel:
            gov_words = {"government", "state", "federal", "official", "public-sector", "agency", "agencies", "work"}
            if devices <= {"network", "networks"} and not personnel and not lemmas & gov_words and cat != "legislature":
                pass
            elif (
                cat == "legislature"
                # "Congress moved to ban the app on government devices": devices named the government's are no
                # legislature's own, however the legislature acted
                and (_legislating(trig) or self._legislature_acts(imposer, trig) or _government_kit(region))
                and lemmas & gov_words
                and not lemmas & (sc["legislature"] - words("actors", "legislature"))
            ):
                # "Senate Bill 1893, which bars X on government devices": a legislature's law for the state's kit,
                # not its members' devices
                return "government_devices", True
            elif cat == "legislature" or _beside_comparison(region) & sc["legislature"]:
                return "legislature_devices", True
            elif (
                (unnamed | actor) & sc["military"]
                and not (civil & (sc["civil_personnel"] | {"personal"}))
                and not actor & _SEVERAL_BODIES  # "several ministries, including defence": the government's
            ):
                return "military_devices", True
            elif cat in ("eu", "regulator", "court", "company", "other", "legislature_admin"):
                return "staff_devices", True
            else:
                return "government_devices", True
        # "the country's defence ministry banned X": the words of who acted say nothing of how far it reaches
        acting = {t.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        reach = {t.lemma_.lower() for t in region if t.i not in acting} | {
            t.lower_ for t in region if t.i not in acting
        }
        if (actor & sc["military"] or lemmas & _MILITARY_BODIES) and not reach & (
            sc["civil_personnel"] | sc["nationwide_strong"]
        ):
            return "military_devices", True  # "The Navy told its members not to use X": an armed service rules its own
        if (lemmas - origins - owners) & sc["nationwide"]:
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), True
        if lemmas & sc["statewide"]:
            return "statewide", True
        if cat == "legislature" and _own_members(region):
            return "legislature_devices", True  # "voted to ban X for its members": the legislature's own people
        if cat == "legislature" and (_legislating(trig) or self._legislature_acts(imposer, trig)):
            # "the parliament passed legislation that bars children under 16 from X", "voted to ban X": a law it
            # makes for its whole jurisdiction, naming no devices or staff, reaches that jurisdiction
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), False
        if cat == "legislature":
            return "legislature_devices", False
        if cat in ("eu",):
            return "staff_devices", False
        if cat in ("jurisdiction", "regulator", "court"):
            return ("statewide" if self.is_subdivision(imposer) else "nationwide"), False
        if cat == "company" and imposer and self._binds_own_staff(trig, imposer):
            return "staff_devices", False  # "Acme does not allow its employees to use X": its own people
        return None, False

    @staticmethod
    def _demanded_by_lawmakers(trig) -> bool:
        """ "MPs signed a letter calling for X to be banned", "lawmakers urged that X be banned": a ban asked for by
        members of a legislature (not the legislature itself), told with no actor but a place."""
        callers = _LEGISLATORS | {"mp", "mps", "peer", "peers", "msp", "msps"}
        for a in list(trig.ancestors)[:4]:
            if a.lemma_.lower() not in words("ban", "advisory_verbs") | {"sign", "demand", "petition"}:
                continue
            verb = a.head if a.dep_ == "acl" else a  # "a letter calling for ...": the letter's signers
            while verb.dep_ in ("dobj", "acl") and verb.head.i != verb.i:
                verb = verb.head
            for c in verb.children:
                if c.dep_ == "nsubj" and (c.lemma_.lower() in callers or c.lower_ in callers):
                    return True
        return False

    @staticmethod
    def _told_to_block(trig) -> bool:
        """ "the cabinet instructed the Ministry of Communications to block X": one body bidden to block a thing
        carries the block out; its name is no reach (unlike "ordered agencies to remove X")."""
        if not (trig.dep_ == "xcomp" and trig.head.lemma_.lower() in _BIDDING_VERBS):
            return False
        if trig.lemma_.lower() not in words("ban_rules", "network_blocks"):
            return False
        told = [c for c in trig.head.children if c.dep_ in ("dobj", "dative")]
        return bool(told) and all(t.tag_ in ("NN", "NNP") for t in told)

    def _blocks_an_app(self, trig) -> bool:
        """The verb's object names an app or an online service (a Product), not equipment or a company's kit."""
        heads = words("scope", "telecom_heads")
        for c in trig.children:
            if c.dep_ != "dobj":
                continue
            own = _own_subtree(c)
            if any(t.lemma_.lower() in heads for t in own):
                return False
            if any((m := self.ctx.mention(t)) is not None and m.kind == "Product" for t in own):
                return True
            # "instructed operators to block access to both games", "to block the game": what carriers are told to
            # shut off names no kit, no network and no company (unlike "to remove Huawei equipment"); only a verb of
            # blocking, over a noun of its own ("to remove it", "to phase out their products" point back to kit)
            if (
                trig.lemma_.lower() in words("ban_rules", "network_blocks")
                and c.pos_ != "PRON"
                and not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in own)
                and not any(t.lemma_.lower() in words("scope", "telecom_kit") for t in own)
                and not any((m := self.ctx.mention(t)) is not None and m.kind == "Organisation" for t in own)
            ):
                return True
        return False

    def _companys_own(self, tok) -> bool:
        """ "ordered Meta to stop using personal data to train its AI systems": "its" is the company's told just
        before, so the systems are no state's devices."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return False
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for _ in range(5):  # the subject of the clause, or the object that controls an infinitive ("ordered X to")
            if verb is None:
                return False
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COMPELLING | _ADVISING_VERBS:
                subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if subj is not None:
                m = self.ctx.mention(subj)
                return m is not None and (m.kind == "Product" or self.ctx.category(m.entity_id) == "company")
            if verb.dep_ not in ("xcomp", "advcl", "pcomp", "acl") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def is_subdivision(self, eid: str | None) -> bool:
        if eid and self.ctx.category(eid) == "legislature":
            # "the Montana Legislature passed a bill that bans X in the state": a state's legislature, statewide
            home = self.ctx.jurisdiction_of(eid)
            if home is not None and self.ctx.subdivision(home):
                return True
            # "the Scottish Parliament", "the Welsh Parliament": a devolved legislature, named by its part of the
            # country, whether or not the story names that part
            gaz = self.ctx.gaz
            entry = gaz.entries.get(eid) if gaz is not None else None
            names = [self.ctx.name(eid), *[span.text for _, span in self.adoc.spans_of(eid)]]
            names += list(entry.aliases) if entry is not None else []  # "the Senedd", also the Welsh Parliament
            return gaz is not None and any(
                (sub := gaz.entries.get(gaz.demonyms.get(w.strip(".,'’"), ""))) is not None
                and sub.type == "subdivision"
                for n in names
                for w in n.split()
            )
        return self.ctx.subdivision(eid)

    def _names_a_platform(self, tok) -> bool:
        """A token naming a product or company (the internet, told as a product too, is left to the network words)."""
        m = self.ctx.mention(tok)
        return m is not None and self.ctx.category(m.entity_id) in TARGET_CATEGORIES

    def status_of(self, trig, kind: str, path, region) -> str:

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
        if (modals & {"would", "could", "may", "might"} or chain_lemmas & {"propose", "plan", "consider"}) and (
            sent_lemmas & {"bill", "proposal", "propose", "introduce", "draft", "legislation", "plan"}
        ):
            return "proposed"
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
            return "proposed"  # "Bill to bar DeepSeek from federal devices introduced in House"
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
            for c in trig.children
            if c.dep_ == "nsubj"
            for t in c.subtree
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
        others = _other_ban_clauses(trig, sent)
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
        if re.search(
            r"\bfor (?:a |an )?(?:\w+ )?"
            r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fixed|limited|several|few)"
            r"[\s-]+(?:day|week|month|year|period)s?\b",
            text,
        ) or re.search(
            # "for a fixed period", "for an initial period of three months"
            r"\bfor (?:a |an )?(?:fixed period\b|(?:\w+ )?period of (?:\d+|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|twelve)[\s-]+(?:day|week|month|year)s?\b)",
            text,
        ):
            return "temporary"
        clause_text = " ".join(
            t.lower_
            for t in trig.subtree
            if not any(a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and a.head.i == trig.i for a in [t, *t.ancestors])
        )
        if self._ended(own_text) or self._ended(clause_text) or self._kept_until_past(trig):
            return "temporary"  # "kept YouTube blocked from 2012 to 2016", "four times between 2020 and 2021"
        events = words("status", "during_events")
        if not _still_in_force(sent) and (
            any(
                t.lower_ == "during" and any(g.lemma_.lower() in events for p in t.children for g in p.subtree)
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
            return "temporary"  # "cut access to X during the exams", "blocked X for the duration of national exams"
        # "India has barred X since 2020, and Nepal banned it ... before a new government lifted the ban": a
        # lifting told in a coordinated clause that bans with its own subject is that clause's ban's (not "X blocked
        # it, and the regulator lifted the ban days later")
        mine = [t for t in sent if t.i not in others]
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
            # "a 90-day suspension", not "the suspension comes two days after ...": a lapse, no length
            and re.search(
                rf"\b{number}[\s-]+(?:day|week|month)s?\b(?! (?:after|before|later|earlier|ago|since)\b)", text
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
        return bool(under) and m is not None and m.kind == "Jurisdiction"

    def _agent_before(self, tok, si: int) -> str | None:
        """ "It is not the first time Uganda has cut off social media. Facebook and WhatsApp were blocked during the
        2016 election as well.": a passive ban with no agent and no place is the imposer's told just before."""
        passive = tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children)
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
            if year is None or int(year.group(1)) >= int(self.published[:4]):
                continue
            h = t.head
            if h.i == trig.i:
                return True
            # the "until" on the kept ban ("keeping it blocked until 2018") or on the keeping verb whose ban it is
            banned = words("ban", "verbs")
            if h.lemma_.lower() in kept:
                keeper = h if any(c.lemma_.lower() in banned and c.i > h.i for c in h.children) else None
            else:
                keeper = h.head if h.lemma_.lower() in banned and h.head.lemma_.lower() in kept else None
            if keeper is not None and (
                trig.i in (keeper.i, keeper.head.i, *(c.i for c in keeper.children)) or trig.head.i == keeper.i
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
        self._date_signing(by_sent)
        self._date_documents(by_sent)
        self._date_acts(by_sent)

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
        clause = trig if trig.dep_ == "advcl" else None
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

    # -- main
    def run(self) -> list[Ban]:
        candidates = self._candidates()  # the other words are no triggers: not visited
        court_words = word_positions(self.doc, words("status", "court_block"))
        for si, sent in enumerate(self.adoc.sentences):
            # a court blocking a ban: the ban is blocked, not a new ban by the court
            court_verbs = {
                i
                for i in court_words[bisect_left(court_words, sent.start) : bisect_left(court_words, sent.end)]
                if self.doc[i].pos_ == "VERB" and self._court_blocks_ban(self.doc[i])
            }
            first_here = len(self.mentions)
            for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
                tok = self.doc[i]
                if tok.i in court_verbs:
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
                elif not self.mentions[first_here:] and self._blocks_the_measure_told(sent):
                    # "Montana banned TikTok in May. A judge later halted the law before it took effect."
                    before = [bm for bm in self.mentions if si - 2 <= bm.sentence < si and not bm.remention]
                    if before:
                        before[-1].status = "blocked_by_court"
        self._adopt_orphans()
        self._orphans_retold()
        self._orphans_of_the_paragraph()
        self._similar_told_in_full()
        for tok, si in self._deferred:
            self._remention(tok, si)
        self.assign_dates()
        self._elliptic_dates()
        return self.merge()

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
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
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
        and none told of it next, in a paragraph that names one jurisdiction only, is that jurisdiction's."""
        told = {bm.token.i for bm in self.mentions}
        for tok, si in list(self._orphans):
            if tok.i in told or self._place_of(tok) is not None:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            m = self.ctx.mention(subj) if subj is not None else None
            if m is None or m.kind != "Product":
                continue
            place = self._paragraph_place(tok)
            if place is None or self._agented_or_hypothetical(tok, place):
                continue
            self._placed_orphans[tok.i] = place
            self._mention(tok, "verb", si)

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
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children):
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
        return found.pop() if len(found) == 1 and found == placed else None

    def _blocks_the_measure_told(self, sent) -> bool:
        """A court blocking "the law", "the order" or "the measure" (the one told before), in a sentence that tells
        no ban of its own."""
        return any(
            t.i in self._court_blocked
            and t.lemma_.lower() in words("status", "court_blocked")
            and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in t.children
            )
            for t in sent
        )

    def _court_blocks_ban(self, tok) -> bool:
        if tok.lemma_.lower() not in words("status", "court_block"):
            return False
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        subj += [p for c in tok.children if c.dep_ == "agent" for p in c.children]
        if not subj:
            # "banned X in 2019 before a court there stayed the ban", the subject hung by the parser on the clause's
            # conjunction
            subj = [p for c in tok.children if c.dep_ == "mark" and c.i < tok.i for p in c.children if p.dep_ == "pobj"]
        if not subj and tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in _ORDER_NOUNS:
            # "a court in X issued an order halting it": the one who issued the order halts the ban
            subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
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
        # "blocked Montana from enforcing a law": the law is what the court blocked
        objs += [
            t
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree
            if t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB"
        ]
        court = any(
            t.lemma_.lower() in words("actors", "court") | {"judge", "justice", "magistrate"}
            or (self.ctx.mention(t) and self.ctx.category(self.ctx.mention(t).entity_id) == "court")
            for s in subj
            for t in s.subtree
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
        ban_obj = [o for o in objs if o.lemma_.lower() in words("ban", "nouns") | words("status", "court_blocked")]
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
            return True
        return False

    def _mention(self, tok, kind: str, si: int):
        actors, src, path = self.find_imposers(tok, kind)
        if (
            kind == "noun"
            and src == "locative"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in _CHALLENGING
            and all(self.ctx.category(eid) == "court" for eid, _ in actors)
        ):
            src = "none"  # "challenged the suspension at the regional court": the ban told again, not the court's
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
            elif kind == "verb" and src == "none" and tok.tag_ == "VBN":
                self._orphans.append((tok, si))  # "Roblox, which was blocked on Wednesday. <who did it>"
            return
        if _for_minors(tok) and tok.i not in self._court_blocked:
            # "restrictions for minors": an age limit, not a ban of the app; but a law a court blocked is a measure
            # ("passed a law banning X for minors that a judge blocked")
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
            targets, tsrc = self.context_targets(si), "context"
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
            if not targets and not self._names_other_object(tok):
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
            if not explicit and not similar:
                ref = self._followed_ban(tok, targets_i)
                if ref is not None:
                    # "Quebec also followed Ottawa on TikTok in February, announcing its own ban": the reach of the
                    # ban it followed
                    scope, explicit = _rescope(ref.scope, self.ctx.category(imp), _legislating(tok)), True
            if similar and not explicit:
                ref = next((bm for bm in reversed(self.mentions) if bm.scope and bm.scope_explicit), None) or next(
                    (bm for bm in reversed(self.mentions) if bm.scope), None
                )  # like the last ban whose reach the text told, not one read by default
                if ref is not None:
                    scope = _rescope(ref.scope, self.ctx.category(imp), _legislating(tok))
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
        named = self.targets_in(self.object_tokens(tok), set(ref.imposers), tok) if tok.pos_ == "NOUN" else []
        if named and not set(named) & set(ref.targets) and tok.dep_ == "dobj" and _lifts(tok.head):
            return  # "later lifted restrictions on A and B, but C has remained blocked": not C's ban lifted
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
            return False
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

    def _named_country(self, eid: str, tok) -> str | None:
        """The country the first words of a body's name (or of its mention) name: "U.S. Navy", "Indian Army"."""
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
                if jid is not None:
                    return self._ensure_jurisdiction(jid, (m.start, m.end))
        return None

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

    # -- merging
    def merge(self) -> list[Ban]:
        bans: list[Ban] = []
        meta: list[dict] = []

        def find(imp, targets, scope, explicit, kind="rule"):
            for i, b in enumerate(bans):
                if b.imposed_by != imp or not set(b.targets) & set(targets):
                    continue
                if self._other_episode(bm, meta[i]["mentions"]):
                    continue  # "X was also restricted in August last year": an earlier episode, not today's block
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
        order = sorted(primaries, key=lambda bm: (not bm.scope_explicit, self.mentions.index(bm)))
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
            if b.scope == "nationwide" and not m["explicit"] and self._on_network_kit(b, m["mentions"]):
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
            if b.announced is None:
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
            if b.announced is None and self._is_current(m, tense=not passing):
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

    @staticmethod
    def _carried_out(decided: dict, executed: dict) -> str | None:
        """ "The cabinet decided to ban X ... By night the regulator had instructed providers to block the app": the
        government decided first, the regulator only told the providers to carry it out ("executes"). A regulator's
        order to others ("directed radio stations to stop using X") after the government's own decision is a measure
        of its own ("apart"). None: no government decision told first."""
        own = [bm for bm in decided["mentions"] if not bm.remention]
        theirs = [bm for bm in executed["mentions"] if not bm.remention]
        if not own or not theirs or min(bm.sentence for bm in own) >= min(bm.sentence for bm in theirs):
            return None
        if not any(bm.by_government for bm in own):
            return None
        told = [
            [c for c in bm.token.head.children if c.dep_ == "dobj"]
            for bm in theirs
            if bm.token.dep_ == "xcomp" and bm.token.head.lemma_.lower() in _BIDDING_VERBS
        ]
        if len(told) != len(theirs) or not all(told):
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

    def _past_reach(self, bm) -> bool:
        """A ban told with a reach of its own and a month of its own at least two months before the publication's:
        an earlier measure of the same government, not the story's."""
        if bm.remention or not bm.scope_explicit or bm.rule != "bans.verb":
            return False
        if len(bm.announced or "") < 7 or len(self.published or "") < 7:
            return False
        return _moved_on(bm.announced[:7], 2, "month") <= self.published[:7]

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
            for e, v in found:
                # "... as well as Belgium and France, which took similar steps in March. Belgium's government
                # barred X ...": the date of the same step told of this imposer just before
                if ban.imposed_by in self._doers_of_same(e):
                    return v
        return None

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
                    named = [self.ctx.gaz.demonyms.get(w.strip(".,'’")) for w in self.ctx.name(o.imposed_by).split()]
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
                carried = self._carried_out(meta[i], meta[j]) if mine_cat == "jurisdiction" else None
                if carried == "apart":
                    continue  # the government's ban, and the regulator's own order to others
                if set(b.targets) & set(o.targets) and (b.scope == o.scope or not meta[i]["explicit"]):
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
                        any(self._on_government_orders(m.token) for m in meta[j]["mentions"]) or carried == "executes"
                    ):
                        o.imposed_by = b.imposed_by  # the regulator only carried out the government's order
                    drop.add(i)
                    break
        keep = [k for k in range(len(bans)) if k not in drop]
        return [bans[k] for k in keep], [meta[k] for k in keep]


# ------------------------------------------------------------------------------------------ helpers
_MINORS = words("ban_rules", "minors")


def _hyphened(tok) -> str:
    """A modifier the tokenizer split at its hyphen, whole again: "state-owned" from "owned" with "state" on it."""
    first = next(
        (c for c in tok.children if c.i == tok.i - 2 and c.dep_ in ("npadvmod", "compound", "amod", "nmod")), None
    )
    if first is None or tok.doc[tok.i - 1].text != "-":
        return tok.lower_
    return f"{first.lower_}-{tok.lower_}"


# What makes an act more than a bare one ("moved to expand broadband", "acted against fraud", "acted because ...")
_BARE_ACT_EXTRAS = ("dobj", "xcomp", "ccomp", "advcl", "dative", "attr", "acomp", "oprd", "agent")


def _refines(value: str, told: str) -> bool:
    """A date `value` more precise than, and within, the date `told`: "2022-12-07" refines "2022-12"."""
    return len(value) > len(told) and value.startswith(told + "-")


def _preferred(tok) -> bool:
    """A name under "in favour of" / "in favor of" / "instead of" / "rather than": the alternative chosen."""
    for a in [tok, *tok.ancestors][:6]:
        if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ in ("favour", "favor", "instead"):
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "than" and a.head.head.lower_ == "rather":
            return True
    return False


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


def _law_of_clause(trig):
    """The noun whose relative clause the trigger sits in, through the verbs it hangs on ("the law that forces
    ByteDance to sell the app or see it banned": the law)."""
    cur = trig
    for _ in range(5):
        if cur.dep_ in ("relcl", "acl"):
            return cur.head
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "oprd") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _upheld_law(trig) -> bool:
    """ "upheld a law that could shut down X", "upholds law that will ban X": the ban of a law a court upheld."""
    law = _law_of_clause(trig)
    if law is None or law.lemma_.lower() not in ("law", "act", "statute", "legislation", "ban"):
        return False
    upholding = ("uphold", "affirm")
    if law.dep_ in ("dobj", "nsubjpass") and law.head.lemma_.lower() in upholding:
        return True
    # a headline parsed with the verb as a modifier of the noun ("Supreme Court upholds law that could ...")
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in upholding for c in law.children)


def _for_minors(tok) -> bool:
    """ "restrictions for minors", "a ban for children under 16": a limit by age, not a ban of the app."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in _MINORS for p in c.children):
                return True
    return False


_IMPLEMENT_VERBS = words("ban_rules", "implement_verbs")


def _implemented(tok) -> bool:
    """A ban noun that a verb of carrying out takes: "the closure will be implemented by X", "X enforced the ban"."""
    if any(c.lower_ in ("same", "similar") for c in tok.children):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubjpass", "dobj"):
        return tok.head.lemma_.lower() in _IMPLEMENT_VERBS
    prev = tok
    for a in tok.ancestors:  # "implemented by X, which must instruct providers to block the app"
        if prev.dep_ == "agent" and a.lemma_.lower() in _IMPLEMENT_VERBS:
            return True
        prev = a
    return False


# a paragraph opening with a dateline: "WASHINGTON (Federal Wire) --", "WASHINGTON, March 13 -"
_DATELINE_PLACE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z .'\-]{2,}?)\s*(?:,|\(|--|[-\u2014\u2013] )", re.M)
# "ISTANBUL (Continental Press Agency) -", "LIMA, May 23 (Wire) --": the place, date and agency opening a wire story
_DATELINE_SPAN = re.compile(
    r"[ \t]*[A-Z][A-Z .'\-]{2,}(?:,[^(\n]{0,30})?[ \t]*\([^)\n]{1,60}\)[ \t]*(?:--|-|\u2014|\u2013)"
)
_DATELINE_HEAD = re.compile(r"^\s*[A-Z][A-Z .'\-]{2,},\s*$")
# "Prague, ", "Concord, NH — ": a place named in title case (with its state), before a release's date
_PLACE_HEAD = re.compile(r"^\s*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2}(?:, [A-Z][\w.' \-]{1,20})?,\s*$")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([^)\n]{1,60}\)[ \t]*)?(?:--|-|\u2014|\u2013)")


def _writes_into_a_law(verb, trig) -> bool:
    """ "wrote a prohibition on X into the defense bill", "folded a ban into the spending package": a verb of putting
    whose direct object is the ban and whose "into" names a law; not "put its ban into effect", "put a ban on X into
    its IT security policy" (a rule of the house, not a law it makes)."""
    if verb.lemma_.lower() not in _WRITING_INTO:
        return False
    if not any(
        c.dep_ == "dobj" and (c.i == trig.i or c.lemma_.lower() in words("ban", "nouns")) for c in verb.children
    ):
        return False
    laws = _LAWMAKING | _LAW_VEHICLES
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in laws for o in c.children)
        for c in verb.children
    )


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


_REASON_PREPS = {"amid", "despite", "citing", "over", "because", "due"}


_OCCASIONS = words("ban_rules", "occasions")


def _network_part(tok) -> bool:
    """ "the 5G core", "core network", "the core of their networks": a part word (lexicon scope.network_parts) is a
    network's part only with a telecom word on it, heading a network noun, or of a network noun; never alone ("a core
    platform for businesses", "the backbone of mobile communication")."""
    sc = words("scope")
    tele, heads = sc["telecom"], sc["telecom_heads"]
    for c in tok.children:
        if c.dep_ not in ("prep", "punct", "cc", "conj", "appos", "relcl", "acl"):
            said = re.sub(r"\b(\d)\s+g\b", r"\1g", " ".join(t.lower_ for t in c.subtree))  # "5 G", split
            if set(said.split()) & tele:
                return True
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in heads:
        return True
    # "the core of their networks", "core parts of the network" (not "a core platform of online services")
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in heads for o in of):
        return True
    if tok.dep_ in ("compound", "amod", "nmod"):
        of = [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return any(o.dep_ == "pobj" and o.lemma_.lower() in ("network", "infrastructure") for o in of)
    return False


def _ruling_military(tok) -> bool:
    """A military word that names who rules a country, not an armed service: "Myanmar's military regime", "the
    military-led government", "the military junta" (the government of the whole country acting). Only the word
    'military' (lexicon scope.ruling_military): a service's name ("India's army leadership") keeps its scope."""
    if tok.lower_ not in words("scope", "ruling_military"):
        return False
    a = tok
    for _ in range(2):
        if a.dep_ not in ("amod", "compound", "npadvmod") or a.head.i == a.i:
            return False
        a = a.head
        if a.pos_ in ("NOUN", "PROPN") and a.lemma_.lower() in words("scope", "ruling_bodies"):
            return True
    return False


def _in_own_clause(tok, verb) -> bool:
    """The trigger is the verb, or hangs on it through its object or a preposition only: not in a clause of its own
    under it ("banned X, a week after the regulator cut off Y": the cutting has a time of its own)."""
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ in ("advcl", "relcl", "ccomp", "acl", "csubj", "parataxis") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


# Adverbs that put a coordinated clause at a time after the one told before it ("and later blocked X")
_LATER_ADVERBS = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually", "since", "again"})


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


def _reason_word(tok) -> bool:
    """A word of the reason, not of the reach: "amid national security concerns", "national security", "after the
    clash with Chinese troops"."""
    if tok.lower_ == "national" and tok.head.lemma_.lower() in ("security", "interest", "sovereignty"):
        return True
    for a in [tok, *tok.ancestors]:
        if (
            a.dep_ == "prep"
            and a.lower_ in ("after", "following", "amid")
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS for c in a.children)
        ):
            return True
        if (
            a.dep_ == "prep"
            and a.lower_ in _REASON_PREPS
            and any(
                c.dep_ == "pobj" and c.lemma_.lower() in ("concern", "fear", "worry", "risk", "threat")
                for c in a.children
            )
        ):
            return True
        if a.dep_ == "prep" and a.lower_ == "over" and any(c.dep_ == "pcomp" for c in a.children):
            return True  # "banned X over what it called defamation of ministers": the grievance, not the reach
        if a.dep_ == "prep" and a.lower_ in ("under", "pursuant") and any(t.lower_ in _LAW_HEADS for t in a.subtree):
            return True  # "under Trade Minister Regulation No. 31": the legal basis, not whom it binds
    return False


def _rescope(scope: str | None, imposer_category: str, legislating: bool = False) -> str | None:
    """A "similar ban" by another kind of body: government devices of a state are staff devices of an institution.
    A legislature that writes a like ban into law ("wrote a similar prohibition into state law") binds the state's
    devices, not its members'."""
    if scope in ("government_devices", "staff_devices", "legislature_devices"):
        if imposer_category == "legislature" and legislating and scope == "government_devices":
            return scope
        if imposer_category == "legislature":
            return "legislature_devices"
        if imposer_category in ("eu", "regulator", "court", "company", "other"):
            return "staff_devices"
        return "government_devices"
    return scope


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    try:
        import pycountry

        return frozenset(s.name.lower() for s in pycountry.subdivisions if s.type in ("State", "Province", "Territory"))
    except Exception:  # noqa: BLE001 - optional data
        return frozenset()


def _is_known_subdivision(name: str) -> bool:
    return name.lower() in _subdivision_names()


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i:
        tok = tok.head
        d += 1
    return d


def _path_up(tok, stop) -> list:
    """The tokens from ``tok`` up to ``stop`` (``tok`` included, ``stop`` not)."""
    out = []
    while tok.i != stop.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _lca(a, b):
    anc = {a.i} | {t.i for t in a.ancestors}
    cur = b
    while cur.i not in anc:
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur


def _tree_distance(a, b) -> float:
    """Path length between two tokens; a step across a coordination counts double (another clause)."""
    if a.sent != b.sent:
        return 10_000
    lca = _lca(a, b)
    if lca is None:
        return 1000 + abs(a.i - b.i)
    path = _path_up(a, lca) + _path_up(b, lca)
    return len(path) + sum(1.5 for t in path if t.dep_ == "conj")


# Civil bodies in the plural: "Several ministries, including the defence and foreign ministries, blocked X"
_SEVERAL_BODIES = {"ministries", "departments", "agencies"}
_ORDER_MARKS = {"after", "before", "since", "until", "once"}
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
# People a relative clause tells about ("the minister, who took office in July"): its dates are theirs
_PERSON_HEADS = words("ban_rules", "person_heads")


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
    if (
        root.dep_ == "pobj"
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


_LAW_HEADS = words("ban_rules", "law_heads")
# Nouns of a stretch of time a date tells the part of ("the end of March", "the summer of 2022")
_TIME_NOUNS = words("ban_rules", "time_nouns")
_DECIDING_EVENTS = words("ban_rules", "deciding_events")


_BASIS_PREPS = {"under", "on", "upon", "to", "with"}  # "under", "rests on", "pursuant to", "in accordance with"


def _names_a_law(tok) -> bool:
    """A law by its name cited as the ground of a measure ("rests on the Cybersecurity Law", "under the Investment
    Canada Act"), not the law that carries the ban ("wrote a prohibition into the Act", "the Act barred X")."""
    named = tok.pos_ == "PROPN" and tok.lower_ in _LAW_HEADS or tok.ent_type_ == "LAW"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "rests on the Cybersecurity Law ... and the Review Measures, revised in 2022"
    return named and tok.dep_ == "pobj" and tok.head.lower_ in _BASIS_PREPS


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
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in ("law", "statute", "act", "code", "constitution", "treaty", "regulation")
        and trig.i not in {t.i for t in head.subtree}
    ):
        return True  # "the notice cited Law No. 5651, the 2007 law that governs ...": the law's year, not the ban's
    for t in _path_up(date_tok, lca):
        if t.dep_ in ("relcl", "acl") and _names_a_law(t.head) and trig.i not in {x.i for x in t.subtree}:
            return True  # "rests on the Cybersecurity Law, which took effect in 2017": the law's date, not the ban's
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children):
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
    for side in (_path_up(trig, lca), _path_up(date_tok, lca)):
        for t in side:
            if t.dep_ == "advcl" and any(
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


_DOCUMENT_NOUNS = words("ban_rules", "document_nouns")


# "the order, dated May 21": the participles that date a decision's document
_DOCUMENT_VERBS = words("ban_rules", "document_verbs")
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


def extract_bans(adoc: AnnotatedDoc) -> list[Ban]:
    """Bans stated in the document, one per (imposer, targets, scope), each with its evidence sentences."""
    if not isinstance(adoc, AnnotatedDoc):
        raise TypeError(f"extract_bans needs an AnnotatedDoc, got {type(adoc).__name__}")
    return BanExtractor(adoc).run()


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
_PLANNED_STEPS = words("ban", "planned") | words("status", "proposed")
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


__all__ = [
    "Ban",
    "BanExtractor",
    "DocContext",
    "Evidence",
    "bans_of_followed",
    "extract_bans",
]

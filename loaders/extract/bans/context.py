"""DocContext: the actors of a document (mentions, focus, normalisation of actors to imposers), shared by the ban,
statement and follow stages, and the small helpers it reads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from loaders.extract.bans._words import (
    _COMPANY_NOUNS,
    _ILLEGAL_ACTS,
    _INSTITUTIONS,
    _KIND_DEALINGS,
    _LEGISLATORS,
    _THINGS,
    SELF_IMPOSING,
    TARGET_CATEGORIES,
)
from loaders.extract.bans.clauses import _acts_in, _entry_dates, _portfolio
from loaders.extract.bans.reach import _is_known_subdivision
from loaders.extract.bans.syntax import _hyphened, _own_subtree, _phrase_root
from loaders.extract.bans.timing import _release_date
from loaders.extract.base import AnnotatedDoc, Mention, doc_text, span_forms, span_lemmas
from loaders.extract.lexicon import words
from loaders.extract.resolve import PRODUCT_NOUNS, country_named_last, entity_from

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
    "exchange": "other",  # a stock exchange a company trades on, never what a ban is on
}
# a legislature makes law for its jurisdiction: "the Senate passed a bill that would ban X on federal devices"
# Party labels that tell where a lawmaker was elected ("Rep. X, a New Jersey Democrat")
_PARTY_MEMBERS = words("ban_rules", "party_members")
# Prepositions of the way a thing is done: a connection after one ("over the internet", "via mobile data") is the
# channel of what a clause tells, not what a ban cuts
_CHANNEL_PREPS = words("ban_rules", "channel_preps")
_KIND_MEMBERS = words("ban_rules", "kind_members")
_MINORS_KINDS = words("ban_rules", "minors_kinds")
_MINOR_WORDS = words("ban_rules", "minors")
_AGE_WORDS = words("ban_rules", "age_words")
_DEVICE_WORDS = set(words("scope", "devices"))
_ISSUING = set(words("scope", "issuing"))
_DEVICE_OWNERS = (
    set(words("scope", "kit_owners")) | set(words("scope", "personnel")) | set(words("scope", "device_owners"))
)
_CHANNEL_VERBS = words("ban_rules", "channel_verbs")
# the verb of a person's clause that tells whom they act for ("X, who governs South Dakota")
_OFFICE_CLAUSE_VERBS = words("ban_rules", "office_clause_verbs")
_WEIGHING = words("ban_rules", "weighing")
_WEIGHING_MARKS = words("ban_rules", "weighing_marks")


def _acts_over(tok, persons) -> bool:
    """The phrase ``tok`` sits in is the subject of a clause that tells one of ``persons`` ("the panel of the Supreme
    Court confirmed the order, issued by Justice X"; "Justice X ordered it, the court said"), not a phrase of
    another clause ("Justice X said a ruling by the Regional Court had come too late", "Justice X, citing a decision
    of the Constitutional Court, ...")."""
    prev, cur = tok, tok.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        prev, cur = cur, cur.head
    if cur.pos_ not in ("VERB", "AUX") or prev.dep_ not in ("nsubj", "nsubjpass"):
        return False
    inside = {t.i for t in cur.subtree} - {t.i for t in prev.subtree}
    return any(p.i in inside for p in persons)


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


_UNDER_AGE = re.compile(r"under-?\d+s?")


def _minors(n) -> bool:
    """Young people told by word or by age: "children", "under-15s", "users younger than 15", "pupils under 16",
    "teenagers aged 13 to 15"."""
    if n.lemma_.lower() in _MINOR_WORDS or n.lower_ in _MINOR_WORDS or _UNDER_AGE.fullmatch(n.lower_):
        return True
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "under" and any(p.like_num for p in c.children):
            return True  # "users under 16"
        if c.lemma_.lower() in ("young", "old") and any(
            p.lower_ == "than" and any(q.like_num for q in p.children) for p in c.children
        ):
            return True  # "users younger than 15"
        if c.lower_ in _AGE_WORDS and c.dep_ in ("amod", "acl", "advmod"):
            return True  # "teenagers aged 13 to 15"
    return False


def _age_anchors(tok) -> list:
    """The kind's word and the words that govern it, up to the verb of its clause: the ban's noun or verb ("a ban on
    social media", "barred children from using social media": media, using, from, barred)."""
    out = [tok]
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis") and cur.pos_ in ("VERB", "AUX"):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def _limits_by_age(a) -> bool:
    """An age limit on a word the kind hangs on: "(minimum) age" itself or as its subject or object, or minors as its
    object or its "for"/"from"/"to" object ("banned social media for children under 15", "barred children ...")."""
    if a.lemma_.lower() in _AGE_WORDS:
        return True
    for c in a.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "appos") and (c.lemma_.lower() in _AGE_WORDS or _minors(c)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "from", "to", "among"):
            if any(p.dep_ == "pobj" and _minors(p) for p in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "under" and any(p.like_num for p in c.children):
            return True  # "banned social media for users under 16", the age hung on the verb
    return False


# a body stripping kit from its own sites ("Defence would strip Chinese-made cameras from its sites"): what it does
_REMOVING_VERBS = {"strip", "pull", "remove", "rip", "block", "replace", "uninstall", "dismantle"}
_KIT_NOUNS = {
    "camera",
    "cctv",
    "drone",
    "device",
    "phone",
    "equipment",
    "kit",
    "component",
    "router",
    "system",
    "hardware",
    "vehicle",
    "car",
    "module",
    "gear",
    "server",
    "computer",
    "laptop",
    "handset",
    "radio",
    "modem",
    "sensor",
    "charger",
}
_STRIPPED_THINGS = _KIT_NOUNS | PRODUCT_NOUNS


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
        if has(actors["court"]) and not (
            set(name_words) & actors["court_portfolio"]
            and not has(actors["court"] - actors["court_portfolio"])
            and set(name_words) & actors["portfolio_offices"]
            and not any(f" {t} justice " in f" {' '.join(name_words)} " for t in actors["justice_titles"])
        ):
            return (
                "court"  # not "the Ministry of Justice", "the Justice Department": an office whose field is the courts
            )
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
        in_names: dict = {}  # countries named only inside a body's name ("the Media Freedom Network Tanzania")
        for m in self.adoc.mentions:
            body_of = None
            if m.kind == "Organisation" and self.category(m.entity_id) in ("legislature", "government", "regulator"):
                body_of = self.jurisdiction_of(m.entity_id)  # "the Philippine Senate" acts for the Philippines
            elif m.kind == "Organisation" and self.gaz and m.entity_id not in self.gaz.entries:
                # "The Media Freedom Network Tanzania said the authorities had blocked X": the body's name holds the
                # country's only mention
                named = country_named_last(m.text, self.gaz)
                body_of = named.id if named is not None else None
                if body_of is not None and body_of not in self.adoc.entities:
                    in_names.setdefault(body_of, (named, m))
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
        main = scores.most_common(1)[0][0] if scores else None
        if main in in_names:
            # the story's country told only inside a body's name: an entity of the document all the same ("the
            # authorities" stand for it)
            named, m = in_names[main]
            country = entity_from(named)
            country.mentions.append(self.adoc.evidence(m.start, m.end, "bans.unnamed_jurisdiction", 0.6))
            self.adoc.entities[main] = country
        return main

    def _find_headings(self) -> list[tuple[int, str | None]]:
        """Subheads of a roundup that name a country alone ("Indonesia", "The European Union"): (offset, jurisdiction
        or None for another subhead), in text order. The headline is not one."""
        text = doc_text(self.doc)
        by_start = {m.start: m for m in self.adoc.mentions}
        out: list[tuple[int, str | None]] = []
        pos = text.find("\n") + 1 if "\n" in text else len(text)
        section: str | None = None  # the standalone subhead's country a run-in one interrupts
        for line in text[pos:].split("\n"):
            start = pos
            pos += len(line) + 1
            stripped = line.strip()
            lead = start + len(line) - len(line.lstrip())
            m = by_start.get(lead)
            if (
                m is not None
                and m.kind == "Jurisdiction"
                and text[m.end : m.end + 2] == ". "  # not "China: Officials there ...", a colon's gloss
                and text[m.end + 2 : m.end + 3].isupper()
                and len(stripped) > len(m.text) + 40
            ):
                # "Taiwan. The Ministry of the Interior last week ordered ...": a run-in subhead, the paragraph's
                # country; the next paragraph is the section's again
                out += [(start, m.entity_id), (pos, section)]
                continue
            if not stripped or len(stripped) > 40 or stripped[-1] in ".!?:;,\"'”":
                continue
            m = m or by_start.get(lead + 4 if stripped.lower().startswith("the ") else -1)
            if m is not None and m.kind == "Jurisdiction" and len(m.text) >= len(stripped) - 4:
                out.append((start, m.entity_id))
                section = m.entity_id
            elif len(stripped.split()) <= 5 and stripped[:1].isupper():
                out.append((start, None))  # "What comes next": the section of no country
                section = None
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
            # "X and Y are Western social media apps": the copula's subject is what the kind describes
            told = (
                [self.mention(s) for s in root.head.children if s.dep_ in ("nsubj", "nsubjpass")]
                if root.dep_ == "attr" and root.head.lemma_ == "be"
                else []
            )
            for other in (nxt, named, *told):
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

    def minors_kind(self, m) -> bool:
        """A kind of platform that a limit by age reaches as a kind (lexicon ban_rules.minors_kinds): "social media"."""
        return self._is_kind(m.entity_id) and self.name(m.entity_id).lower() in _MINORS_KINDS

    def kind_for_minors(self, m) -> bool:
        """A kind of platform a ban reaches as a kind only when it limits it by age (lexicon ban_rules.minors_kinds):
        the age tied to the kind or to the words that bar it ("bar children under 15 from social media", "banned
        social media for under-15s", "raise the minimum age for social media"); "authorities blocked social media
        during the vote" is a block of the platforms the story names, not of the kind, as is one in a sentence whose
        age or children tell something else ("in an age of disinformation", "a 15-year-old was among those killed")."""
        if not self.minors_kind(m):
            return False
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        return not any(_limits_by_age(a) for a in _age_anchors(span.root))

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
        # "a ban on phones in schools" bans the phones; "banned from the professional phones" is where apps are banned
        told = root.head.head
        if told.dep_ in ("dobj", "nsubjpass") and told.head.lemma_.lower() in words("ban", "verbs"):
            told = told.head  # "ban pupils from phones" with the phrase parsed as the pupils'
        if told.pos_ in ("NOUN", "PROPN"):
            return told.lemma_.lower() not in words("ban", "nouns")
        return told.lemma_.lower() not in words("ban", "verbs") or not self._people_kept_off(told)

    def _people_kept_off(self, verb) -> bool:
        """Whether what a ban verb keeps from or off a device is people, who are barred from the device itself ("ban
        pupils from mobile phones", "students are banned from smartphones"), not a thing run on it, which the device
        is only where it is banned ("apps are banned from work phones", "banned TikTok on phones"; a product's or
        firm's name, a word for software (resolve.PRODUCT_NOUNS, lexicon ban_rules.things), or a pronoun)."""
        kept = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return (
            kept is not None
            and kept.pos_ in ("NOUN", "PROPN")
            and self.mention(kept) is None
            and kept.lemma_.lower() not in PRODUCT_NOUNS | _THINGS | _DEVICE_WORDS
        )

    def _a_body_or_staff(self, tok) -> bool:
        """An owner of devices that makes them the state's kit: staff or a body by its word ("officials",
        "ministers", "agency"; lexicon scope.kit_owners, scope.personnel, scope.device_owners) or by its name."""
        if tok.lemma_.lower() in _DEVICE_OWNERS or tok.lower_ in _DEVICE_OWNERS:
            return True
        o = self.mention(tok)
        return o is not None and o.kind in ("Organisation", "Jurisdiction")

    def _main_target(self) -> str | None:
        products = [
            m
            for m in self.adoc.mentions
            if m.kind == "Product" and not self.network_modifier(m) and not self.kind_for_minors(m)
        ]
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
            # a body told stripping or blocking a thing ("Defence would strip Chinese-made cameras from its sites")
            # acts: the story is about what it strips, not about it, when another firm is named
            # (only a firm told doing that in at least half the clauses it is the subject of: "Hikvision denied the
            # allegations ... Hikvision said it would comply" keeps it the target; "sites used by Defence" is no clause)
            strips = Counter(m.entity_id for m in firms if self._strips_a_thing(m))
            total = Counter(m.entity_id for m in firms if self._subject_of_a_clause(m))
            acting = {e for e, n in strips.items() if 2 * n >= total[e]}
            named = (named - acting) or named
            counts = Counter(m.entity_id for m in firms if m.entity_id in named) or devices
        if not counts:
            return None
        eid, n = counts.most_common(1)[0]
        if n == 1 and self._first_named_late(eid):
            return None  # one product named once, deep in the story (a past case told in passing): not its subject
        return eid

    def _subject_of_a_clause(self, m) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _strips_a_thing(self, m) -> bool:
        """The mention is the active subject of a removing verb whose object is a thing of no one's own ("Defence would
        strip Chinese-made cameras from its sites"), not "X will shut down its service" or "X will stop selling"."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            return False
        verb = span.root.head
        if verb.pos_ != "VERB" or verb.tag_ == "VBN" or verb.lemma_.lower() not in _REMOVING_VERBS:
            return False  # not "Hikvision denied the allegations", "ZTE cancelled the press conference"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return (
            bool(objs)
            and all(o.lemma_.lower() in _STRIPPED_THINGS for o in objs)
            and not any(c.dep_ == "poss" or self.mention(c) is not None for o in objs for c in o.subtree)
        )

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
        # not a place in the person's own relative clause: "Justice X, who ordered the suspension after the company
        # failed to name a representative in Brazil" sits on the court, not for Brazil; unless the clause tells the
        # person's office ("Kristi Noem, who governs South Dakota", "X, who is the governor of Y", "Z, elected governor
        # of Utah"), whom the person acts for
        clauses = ("relcl", "acl", "advcl")
        own = _own_subtree(phrase, clauses)
        for c in phrase.children:
            if c.dep_ in ("relcl", "acl") and (
                c.lemma_.lower() in _OFFICE_CLAUSE_VERBS
                or c.lemma_ == "be"
                and any(a.dep_ == "attr" for a in c.children)
            ):
                own += _own_subtree(c, clauses)
        for t in own:
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
        court = self._court_of_judge(tok) or self._court_of_titled_judge(tok)
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

    def name_head(self, tok):
        """The head word of the name ``tok`` is part of ("[New] Jersey"): up the tree while the same mention goes on."""
        m = self.mention(tok)
        while m is not None and tok.head.i != tok.i and self.mention(tok.head) is m:
            tok = tok.head
        return tok

    def party_label_place(self, tok) -> bool:
        """The token names a place in a lawmaker's party label ("Rep. X, a New Jersey Democrat"): where the member
        was elected, not who acts."""
        m = self.mention(tok)
        if m is None or m.kind != "Jurisdiction":
            return False
        top = self.name_head(tok)  # "New Jersey": the name's last word
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

    def _court_of_titled_judge(self, tok) -> str | None:
        """ "On Friday, Justice X ordered the suspension of Y", the story calling X "a single Supreme Court justice"
        elsewhere: a person titled a judge right before the name sits on the court the story names as a judge's
        (its "Supreme Court justice"), else on the one court it names, not counting a court told only as where the
        case was brought or will go ("sued X in the U.S. District Court", "would appeal to the Supreme Court of
        India") or as deciding on its own ("the Court of Appeals had earlier allowed the contracts", "a judge of the
        District Court declined to intervene")."""
        me = self.mention(tok)
        if me is None or me.kind != "Person":
            return None
        titled = {}  # the sentences that title the person a judge: their start -> the person's tokens there
        for _, span in self.adoc.spans_of(me.entity_id):
            before = self.doc[span.start - 1] if span.start > 0 else None
            if (
                before is not None
                and before.lower_ in _JUDGE_TITLES
                and before.sent == span.sent
                and not (before.i > 0 and self.doc[before.i - 1].lower_ == "of")  # "Minister of Justice X"
            ):
                titled.setdefault(span.sent.start, []).append(span.root)
        if not titled:
            return None
        courts, benches, beside = set(), set(), set()
        for m in self.adoc.mentions:
            if m.kind != "Organisation" or self.category(m.entity_id) != "court":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "compound" and span.root.head.lower_ in _JUDGE_TITLES:
                benches.add(m.entity_id)  # "a single Supreme Court justice"
            elif span is None or not _court_told_aside(_court_head(span)):
                courts.add(m.entity_id)
                if span is not None and _acts_over(span.root, titled.get(span.sent.start, ())):
                    beside.add(m.entity_id)
        # of several courts, the one named beside the title: "the panel of the Supreme Court confirmed the order
        # issued by Justice X", not the lower court of a case told further on, nor one the judge's sentence tells
        # as another's ruling ("Justice X said a ruling by the Regional Court had come too late")
        found = benches or (beside if len(courts) > 1 and len(beside) == 1 else courts)
        return found.pop() if len(found) == 1 else None

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


# a judge's title before the name ("Justice X", "Judge Y"), and the noun a court's name modifies ("a Supreme Court justice")
_JUDGE_TITLES = {"justice", "judge", "justices", "judges"}

# a court told as where a case was brought or is to go, or deciding on its own, is no judge's bench: "would appeal to
# the Supreme Court", "sued X in the District Court", "asked the Inter-American Court to review", "the Court of Appeals
# had earlier allowed", "a judge of the District Court declined to intervene"
_CASE_TAKING = {"appeal", "take", "bring", "refer", "petition", "turn", "go", "escalate", "apply", "complain", "sue",
                "file", "lodge", "challenge", "ask", "approach", "seek", "move"}  # fmt: skip
_VERDICTS = {"allow", "permit", "rule", "refuse", "decline", "reject", "dismiss", "uphold", "overturn", "strike",
             "stay", "lift", "grant", "deny", "reverse", "affirm", "vacate", "side", "hear", "find", "halt", "block",
             "suspend", "quash", "annul", "acquit", "clear"}  # fmt: skip


def _court_head(span):
    """The court's own noun in its name's span ("U.S. District Court for the Middle District of Florida" is "Court",
    though the parser may hang "for the Middle District" outside it)."""
    heads = [t for t in span if not span.start <= t.head.i < span.end and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if heads else span.root


def _court_told_aside(root) -> bool:
    t = root
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _JUDGE_TITLES | {"panel"}:
        t = t.head.head  # "a judge of the District Court declined": the court acts through its judge
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in _CASE_TAKING:
        return True  # "appeal to the Supreme Court", "sued X in a federal court", "filed a complaint at the Court"
    if t.dep_ == "pobj" and t.head.head.dep_ == "dobj" and t.head.head.head.lemma_.lower() in _CASE_TAKING:
        return True  # "filed a complaint at the ECOWAS Court", "take the case to the Ninth Circuit"
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _CASE_TAKING:
        return True  # "would ask the Inter-American Court to review the order"
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _VERDICTS


# what a place may be the origin of rather than the actor ("six apps with ties to China", "a company from X")
_THING_NOUNS = PRODUCT_NOUNS | _THINGS | _COMPANY_NOUNS

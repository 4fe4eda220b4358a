"""Statements: who said what about a ban, and which side they took.

Frames (dependency patterns, vocabulary in ``lexicon.yaml`` section
``statement``):

- a reporting verb with a subject ("a TikTok spokeswoman said", "Theo
  Bertram ... argued", "has denied ... and says"), the subject inherited by
  coordinated verbs and participles ("accusing the network of ...");
- "according to X";
- a statement noun with a possessor ("ByteDance's repeated denials", "the
  government's concern is that").

The speaker is the entity the subject phrase names (a person over the body
they speak for, a body over its country: "a TikTok spokeswoman" -> TikTok);
generic subjects resolve to the actor they stand for ("officials" -> the
story's country, "the department" -> the last department named, "the two
senators" -> the last two people named); bare "they" is not attributed.

Stance from cue lexicons, read with the speaker's side:
- denial of an accusation by anyone but the imposer -> denies_allegation;
- criticism of the ban or decision by anyone but the imposer -> opposes_ban;
- justification / security concerns by anyone but the banned side ->
  supports_ban (the imposer's own explanation of its ban counts too);
- otherwise neutral.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from loaders.extract.bans import IMPOSER_CATEGORIES, BanExtractor, _own_subtree
from loaders.extract.base import AnnotatedDoc, doc_text, word_positions
from loaders.extract.dates import dates_in
from loaders.extract.gazetteer import CAPITAL
from loaders.extract.lexicon import words
from loaders.extract.resolve import OUTLET_NOUNS, PAPER_HEADS
from loaders.model import Ban, Statement

_WORD_PATTERNS: dict[tuple, re.Pattern] = {}
_FRAME_LEMMAS: dict[tuple, frozenset] = {}  # (reporting verbs, statement nouns) -> the lemmas that may open a frame
_HOLDING: dict[tuple, re.Pattern | None] = {}  # (opposing cues, backing phrases) -> the backing phrases holding a cue


@cache
def _split_phrases(phrases: frozenset[str], picked: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A lexicon phrase list split once into the phrases not ``picked`` and those that are (keyed like the list
    itself, so ``any_phrase`` does not build a new key on every call)."""
    chosen = frozenset(picked)
    return frozenset(phrases - chosen), frozenset(phrases & chosen)


def any_phrase(phrases, text: str, whole: bool = False) -> bool:
    """Whether one of ``phrases`` starts a word of ``text`` (is a whole word with ``whole``).

    One compiled alternation per phrase list: a ``re.search`` per phrase overflowed ``re``'s cache
    (512 patterns) and recompiled on most calls — a third of the extraction time of a load. The lexicon's lists are
    frozensets, their own key (hashed once); a tuple of a list's hundreds of phrases was built on every call."""
    key = (whole, phrases) if isinstance(phrases, frozenset) else (whole, *phrases)
    pattern = _WORD_PATTERNS.get(key)
    if pattern is None:
        alternatives = _trie_alternation(set(phrases)) if "".join(phrases) else ""
        tail = r"(?![\w-])" if whole else ""
        pattern = _WORD_PATTERNS[key] = re.compile(rf"(?<![\w-])(?:{alternatives}){tail}") if alternatives else None
    return pattern is not None and pattern.search(text) is not None


# what a cut is told of: "must ban every Chinese-owned app", "remove TikTok from all devices"
_APP_NOUNS = frozenset({"app", "platform", "service", "site", "website", "network", "messenger", "channel", "outlet"})

_DENY = r"(?:deny|denies|denied|denying)"
# who access may be taken from: "denied access to millions of members", "people are being denied access"
_DENIED_PEOPLE = (
    r"(?:members|users|people|citizens|customers|subscribers|residents|readers|viewers|voters|journalists|students|"
    r"businesses|millions|thousands|them)"
)
# what is kept from others, not taken from people: "denied access to data to employees in China"
_DENIED_THINGS = r"(?:data|information|records|servers|systems|content|files)(?![\w-])"
# the measure that takes it: "the decision denied access to ..."
_DENYING_MEASURE = (
    r"(?:ban|bans|block|blocks|blocking|decision|order|orders|measure|measures|move|shutdown|shutdowns|blackout|"
    r"blackouts|suspension|restriction|restrictions|ruling|law)"
)


# a cut's own nouns, not a generic measure's ("decision", "order", "move", "ruling", "law")
_CUT_NOUNS = (
    r"(?:ban|bans|block|blocks|blocking|shutdown|shutdowns|blackout|blackouts|suspension|restriction|restrictions)"
)


def _access_denied(text: str) -> str:
    """ "the decision denied access to millions of members", "denied users access", "people are being denied access":
    access taken from people by the measure (the opposing cue "access-denied"), not a charge denied (the denial cue
    "denied"). "said it has denied access to user data to the Chinese government" stays a denial: neither does the
    measure deny nor are people denied."""
    aux = r"(?: has| have| had| will| would| could| may| is| was)?(?: also)?"
    text = re.sub(rf"( {_DENYING_MEASURE}{aux}) {_DENY}(?: [\w'-]+)? access ", r"\1 access-denied ", text)
    text = re.sub(rf" {_DENY} (?:them|users|people|citizens|millions of [\w']+) access ", " access-denied ", text)
    # a right taken from people by the measure: "the blackout had denied citizens the right to communicate", "the ban
    # denies users their right to information" (not "denied users' right to sue" told of a court); only a cut's own
    # noun, not another's ("the electoral commission 's decision denied voters the right to a recount") nor a
    # generic one ("the order denied residents the right to internet access only where ...")
    text = re.sub(
        rf"((?<! 's)(?<! ') (?:the|this|that|its|their|our) {_CUT_NOUNS}{aux}) {_DENY}( (?:millions of )?{_DENIED_PEOPLE})(?= (?:\" )?(?:the|their) rights? )",
        r"\1 access-denied\2",
        text,
    )
    # a right withheld by something else is no charge denied either ("the commission 's decision denied voters the
    # right to a recount"): neither cue
    text = re.sub(
        rf" {_DENY}( (?:millions of )?{_DENIED_PEOPLE})(?= (?:\" )?(?:the|their) rights? )", r" right-withheld\1", text
    )
    being = r"(?: are| is| were| was| have been| has been| had been| will be| would be)(?: being)?"
    text = re.sub(rf"( {_DENIED_PEOPLE}{being}) {_DENY} access ", r"\1 access-denied ", text)
    # "denied access to its members across the country", not "denied access to users' data"
    return re.sub(
        rf" {_DENY} access to((?: (?!{_DENIED_THINGS})[\w'-]+){{0,3}} {_DENIED_PEOPLE})(?= (?!['\u2019]|{_DENIED_THINGS}))",
        r" access-denied to\1",
        text,
    )


def _trie_alternation(phrases: set[str]) -> str:
    """A regex matching exactly ``phrases``, written as a tree of their shared beginnings ("ban(?:s|ned)?" for ban,
    bans, banned). ``re`` tries the alternatives of a flat ``a|b|c`` one by one at each word start: with the
    lexicon's hundreds of cue phrases that was ~0.35 ms a search; the tree, ~0.03 ms (tests/test_extract_text_helpers.py
    compares it with the flat form)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def written(node: dict) -> str:
        branches = [re.escape(ch) + written(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return written(trie)


def _named_with(span):
    """The words a person's mention is named with: its compounds, appositions, possessors and nominal modifiers
    ("Commission spokesperson X"), and, when the mention is itself in apposition, the head it describes with that
    head's own ("X, the Parliament's spokesperson")."""
    root = span.root
    phrase = [t for c in root.children if c.dep_ in ("compound", "appos", "poss", "nmod") for t in c.subtree]
    if root.dep_ == "appos":
        phrase.append(root.head)
        phrase.extend(t for c in root.head.children if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree)
    return phrase + _office_clause(root)


def _office_clause(root) -> list:
    """The body a relative clause puts a person at the head of: "X, who heads the digital agency", "X, who as
    president of the board oversees the public service" (the verb's object and prepositions, no clause beyond)."""
    out = []
    for c in root.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in _AFFILIATING:
            continue
        # where the body is ("who runs a cafe in Baghdad") is no body: a place names no office
        places = {t.i for k in c.subtree if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS for t in k.subtree}
        out.extend(t for k in c.children if k.dep_ in ("dobj", "prep") for t in k.subtree if t.i not in places)
        # "who as president of the board oversees ...": the parser may hang the "as" on the relative pronoun
        out.extend(
            t for k in c.children if k.dep_ == "nsubj" for p in k.children if p.dep_ == "prep" for t in p.subtree
        )
    return out


def _listed_by(token: Token, prep: Token) -> bool:
    """Whether ``token`` is what the 'including' / 'such as' ``prep`` lists (its object, the names conjoined to it, and
    their own name words), not a name inside the object's own phrases: "critics, including allies of President X",
    "a former adviser to X", "those who advised X" list the allies, the adviser, those, never X."""
    while token.i != prep.i:
        if token.dep_ not in ("pobj", "conj", "compound", "flat", "appos", "amod", "det", "cc", "punct"):
            return False
        token = token.head
    return True


# the nouns of a body's voice themselves ("a spokeswoman for X said"; lexicon actors.spokes_nouns, as in the ban
# and resolve stages); _SPOKES below is wider: every word a body speaks through
_SPOKES_NOUNS = words("actors", "spokes_nouns")
# Nouns that name a ban, plain ("ban", "block") or only as a re-mention ("the order", "the move")
_BAN_NOUNS = words("ban", "nouns") | words("ban", "weak_nouns")
_PLURAL_PEOPLE = {"senator", "lawmaker", "mp", "msp", "legislator", "member", "minister", "politician", "congressman"}
_SPOKES = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "executive",
    "head",
    "chief",
    "president",
    "vice-president",
    "director",
    "founder",
    "owner",
    "ceo",
    "boss",
    "vp",
}
_TARGET_NOUNS = {"company", "app", "platform", "firm", "vendor", "group"}
_OFFICE_HOLDERS = {
    "mp", "mep", "msp", "senator", "lawmaker", "legislator", "congressman", "congresswoman", "minister", "governor",
    "mayor", "councillor", "councilor", "deputy", "assemblyman", "assemblywoman",
    # the abbreviated titles ("Sen. X, R-Fla.", "Rep. X", "Gov. X"): an office, whatever the parse hangs under the name
    "sen.", "sen", "rep.", "rep", "reps.", "gov.", "gov",
}  # fmt: skip
# offices only a state holds, named as the head a person's name stands beside ("Its information minister, X"); not
# the words firms use for their own people ("Huawei's special envoy", "TikTok's brand ambassador", a board's governor)
_STATE_OFFICES = {"minister", "mayor", "senator", "lawmaker", "legislator", "mp", "mep", "premier"}
_AFFILIATING = {"lead", "head", "run", "chair", "direct", "work", "represent", "found", "co-found", "manage", "oversee"}
_PLACE_PREPS = {"in", "near", "outside", "across", "around", "from", "throughout"}
_LIKENING = {"compare", "liken"}  # "compared the ban to ...": reporting verbs only with the measure as object
_NEEDS_CLAUSE = {"add", "note", "set", "point"}  # "added that ...", not "the decision adds to the pressure"


def _title_acronyms(tokens, gaz) -> set[str]:
    """Initials of the capitalised titles in ``tokens``: "Chief Administrative Officer" -> "CAO"."""
    out: set[str] = set()
    run: list = []
    for t in list(tokens) + [None]:
        if t is not None and t.is_title and t.is_alpha:
            run.append(t)
            continue
        if len(run) >= 2 and gaz is not None and gaz.is_title_word(run[-1].text):
            for k in range(len(run) - 1):
                out.add("".join(x.text[0] for x in run[k:]).upper())
        run = []
    return out


_JUDGING = {"judge", "deem"}
# "not subject to the restrictions / these export controls": a measure said not to reach something (lexicon ban nouns,
# their plurals, and 'controls', 'curbs', 'sanctions'), not a law said not to reach the speaker
# A transcript turn's opening label: "RAI:", "SUNITA RAI (translated):"
_TURN_LABEL = re.compile(r"[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})[ \t]*(?:\([^)\n]{0,60}\))?[ \t]*:")
_NOT_SUBJECT_TO_MEASURE = re.compile(
    r" not subject to (?:the |these |those |such |any |its |their |new |current |latest |(?:u\.s\.|us|american) )*"
    r"(?:(?:export|trade) )?(?:"
    + "|".join(sorted({re.escape(w) + "s?" for w in words("ban", "nouns")} | {"controls?", "curbs?", "sanctions?"}))
    + r") "
)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'd|I've|[Ww]e|[Ww]e're|[Mm]y|[Oo]ur|me|us)\b")


def _question_line(line: str) -> bool:
    """A paragraph that is a question put by the writer: it ends in a question mark and quotes nobody."""
    return line.rstrip().endswith("?") and not any(q in line for q in ('"', "\u201c", "\u201d"))


def _credited_as_staff(text: str, roles: str, named: str) -> bool:
    """A programme's credits name its own journalist after a role and a colon: "This is an edited transcript.
    Host: Priya Raman. Guest: ...", "Host: Priya Raman" alone on its line. Not a host's turn that opens by
    addressing or introducing the guest: "HOST: Martin Schmidt, thanks for joining us", "MARY LOUISE KELLY, HOST:
    Sarah Johnson covers South Asia ...", "Moderator: David Miller, your company sells VPNs" (the label opens the
    line or follows a name and a comma, and the name goes on into the sentence)."""
    for m in re.finditer(rf"(?i)\b(?:{roles}):[ \t]+{named}\b", text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        after = text[m.end() :]
        # what ends the credit: the line, or a full stop or semicolon and the guest's credit
        ends_line = re.match(r"[ \t]*(?:\n|$)", after) is not None
        guest_next = re.match(r"[ \t]*[.;,|]?[ \t]*(?:guests?|with)[ \t]*:", after, re.I) is not None
        stops = re.match(r"[ \t]*[.;]", after) is not None
        if not before:
            # at the start of its line only a credit standing alone or followed by the guest's
            if ends_line or guest_next:
                return True
            continue
        if before.endswith(","):
            continue
        if ends_line or guest_next or stops:
            return True
    return False


def _passive_judge(verb):
    """ "The answers were judged 'completely insufficient' by the regulator": the agent judges. Without one ("X
    ordered the app blocked after the company's answers were judged insufficient"), the subject of the sentence's
    main verb, who acted on that judgement; none when the judgement is the main clause itself."""
    by = [c for c in verb.children if c.dep_ == "agent"]
    by += [p for c in verb.children if c.dep_ in ("oprd", "acomp") for p in c.children if p.lower_ == "by"]
    for agent in by:  # the parser may hang "by X" on the judgement word ("deemed inadequate by X")
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    root = verb.sent.root
    if root.i == verb.i:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _passive_main_clause_actor(verb):
    """ "The direction was issued after the Department considered the analysis, and concluded that ...": the parser
    hung "concluded" on the passive main verb, whose subject (the direction) acts on nothing; the subject of the
    clause told just before it ("after the Department considered") is the one who concluded."""
    head = verb.head
    kids = list(head.children)
    if any(c.dep_ == "nsubj" for c in kids) or not any(c.dep_ == "nsubjpass" for c in kids):
        return None
    clauses = [c for c in kids if c.dep_ == "advcl" and c.i < verb.i and c.i > head.i]
    if not clauses:
        return None
    return next((c for c in clauses[-1].children if c.dep_ == "nsubj"), None)


class StatementExtractor:
    def __init__(self, adoc: AnnotatedDoc, bans: list[Ban]):
        self.adoc = adoc
        self.bans = bans
        self.bx = BanExtractor(adoc)
        self.ctx = self.bx.ctx
        self.lex = words("statement")
        self.imposers = {b.imposed_by for b in bans}
        self.targets = {t for b in bans for t in b.targets}
        self.last_speakers: list[str] = []
        self.denied_measure: set[str] = set()  # imposing-side speakers who said the measure was never taken
        self.spoke_at: dict[str, int] = {}  # speaker -> sentence of their last statement
        self.last_plural: tuple[int, list[str]] | None = None  # (sentence, people): the last plural named subject
        self.last_spokes: tuple[int, str, str] | None = None  # (offset, body, "spokeswoman"): the last such subject
        self.lifting = self._lifting_story()
        self.court_blocked = self._lead_ban_blocked(bans)
        self._court_undid: bool | None = None  # the story tells a court going against the measure (lazy)
        self.turns = self._transcript_turns() + self._interview_answers()
        self.court_imposed = any(self.ctx.category(b.imposed_by) == "court" for b in bans)
        self._type_civil_groups()
        # no ban found, and no word for one anywhere ("should you use the app, and what has the government said?")
        # (a measure denied is none: "the framework is not meant to restrict free expression")
        self.no_measure = not bans and not any(
            t.lemma_.lower() in self._MEASURE_LEMMAS
            and not any(c.dep_ == "neg" for x in (t, t.head) for c in x.children)
            for t in adoc.doc
        )

    # verbs that give an instruction ("told staff to avoid X"): a participle on them gives the instruction's reason
    _ORDERING = {"tell", "order", "instruct", "direct", "require", "ask", "urge", "advise", "recommend", "ban", "bar",
                 "prohibit", "block"}  # fmt: skip
    _MEASURE_LEMMAS = {"ban", "bar", "block", "blacklist", "prohibit", "prohibition", "outlaw", "suspend", "suspension",
                       "restrict", "restriction", "shutdown", "embargo", "crackdown", "clampdown", "exclude",
                       "exclusion", "forbid", "boycott"}  # fmt: skip
    _CIVIL_NOUNS = {"organisation", "organization", "charity", "ngo", "nonprofit", "non-profit", "campaign",
                    "coalition", "movement"}  # fmt: skip
    _CIVIL_GROUPS = {"rights", "liberty", "liberties", "advocacy", "campaign", "campaigning", "pressure", "lobby",
                     "consumer", "consumers", "civil", "society", "activist", "privacy", "freedom", "freedoms",
                     "watchdog", "transparency", "democracy",
                     # a trade's or a profession's lobby: "the anti-piracy group X", "the industry group Y", "the
                     # retailers' group Z" (a "tech group" or a "media group" may be a company that is banned)
                     "piracy", "anti-piracy", "copyright", "industry", "trade", "lobbying", "employers", "retailers",
                     "sellers", "merchants", "parents", "teachers"}  # fmt: skip

    @staticmethod
    def _lead_ban_blocked(bans: list[Ban]) -> bool:
        """A story of a court blocking a ban: its lead ban (the one told first) is the blocked one, or one by the same
        imposer. "The Supreme Court upheld the federal law ... A judge blocked Montana's ban last year": the ruling of
        the story kept its ban; the blocked one is only mentioned in passing."""
        blocked = {b.imposed_by for b in bans if b.status == "blocked_by_court"}
        told = [b for b in bans if b.evidence]
        if not blocked or not told:
            return bool(blocked)
        lead = min(told, key=lambda b: min(e.start for e in b.evidence))
        return lead.imposed_by in blocked

    def _type_civil_groups(self) -> None:
        """A body the text calls a campaigning group ("X, the civil liberties group", "the consumer organisation Y",
        "Z, a civil society group") speaks from outside: no government, and no company that could be banned."""
        for m in self.adoc.mentions:
            if m.kind != "Organisation" or self.ctx.category(m.entity_id) != "company":
                continue
            span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            nouns = [
                c
                for c in span.root.children
                if c.dep_ in ("appos", "compound") and c.i not in range(span.start, span.end)
            ]
            if span.root.dep_ == "appos":
                nouns.append(span.root.head)
            for n in nouns:
                lemma = n.lemma_.lower()
                # the words as written too: "rights" is lemmatised "right" ("the rights-management body X")
                mods = {w for c in n.subtree if c.i != n.i for w in (c.lemma_.lower(), c.lower_)}
                if lemma in self._CIVIL_NOUNS or (lemma in ("group", "body") and mods & self._CIVIL_GROUPS):
                    self.ctx._category[m.entity_id] = "other"
                    break

    # -- the story as a whole
    def _lifting_story(self) -> bool:
        """The headline or the lead tells of a ban being lifted: "the decision" there is the lifting."""
        # the first two sentences with some length: a dateline cut off as a sentence of its own ("DAKAR") is no lead
        # (the headline repeated at the top of the text is no lead either)
        title = " ".join((self.adoc.document.title or "").lower().split())

        def in_title(s) -> bool:
            said = " ".join(s.text.lower().split()).rstrip(".!?:;, ")
            return bool(title) and bool(said) and said in title

        lead = " ".join(
            [s.text for s in self.adoc.sentences[:6] if sum(t.is_alpha for t in s) >= 6 and not in_title(s)][:2]
            or [s.text for s in self.adoc.sentences[:2]]
        )
        text = " " + " ".join(((self.adoc.document.title or "") + " " + lead).lower().split()) + " "
        return any_phrase(self.lex["lifting"], text, whole=True)

    def _transcript_turns(self) -> list[tuple[int, int, str]]:
        """Turns of a broadcast transcript: a line opening with a speaker's name in capitals and a colon
        ("GURUNG (on camera, translated): ..."), the speaker a person the text names. "ANCHOR:" is nobody."""
        people: dict[str, set[str]] = {}
        for e in self.adoc.entities.values():
            if e.kind != "Person":
                continue
            for name in [e.name, *e.aliases]:
                parts = name.upper().split()
                for label in {" ".join(parts), parts[-1] if parts else ""} - {""}:
                    people.setdefault(label, set()).add(e.id)
        text = doc_text(self.adoc.doc)
        # the programme's own journalists: "BEN OKAFOR, BYLINE:", "MARIA DELGADO, HOST:" tell the story, they take no side
        staff = {
            x.group(1)
            for x in re.finditer(
                r"(?m)^[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3}), (?:BYLINE|HOST|ANCHOR|CORRESPONDENT)[ \t]*:",
                text,
            )
        }
        staff_ids = {i for label in staff for i in people.get(label, ())}
        self._staff_labels = set(staff)
        # the same told in the introduction: "Host Dana Reyes spoke with ...", "..., said presenter X", "X, the host"
        roles = "|".join(map(re.escape, self.lex["programme_staff"]))
        for e in self.adoc.entities.values():
            if e.kind != "Person":
                continue
            for name in [e.name, *e.aliases]:
                named = re.escape(name)
                if (
                    name.split()[0].lower() in self.lex["programme_staff"]
                    # "Host Dana Reyes spoke with ...", "Host: Dana Reyes. Guest: ..." (a programme's credits)
                    or re.search(rf"(?i)\b(?:{roles})\s+{named}\b", text)
                    or _credited_as_staff(text, roles, named)
                    # not the host "of" another outlet: "X, host of the podcast Y", "X, the anchor of a rival
                    # network" are guests; "X, the host of this programme" is the programme's own
                    or re.search(
                        rf"(?i)\b{named},\s+(?:the\s+|our\s+)?(?:programme's\s+|show's\s+)?(?:{roles})\b"
                        r"(?!\s+of\b(?!\s+(?:this|our|the)\s+(?:show|programme|program|broadcast)\b(?!\s+[A-Z])))",
                        text,
                    )
                ):
                    staff_ids.add(e.id)
        self._staff_labels |= {label for label, ids in people.items() if ids & staff_ids}
        out = []
        for m in re.finditer(
            r"(?m)^[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})[ \t]*(?:\([^)\n]{0,60}\))?[ \t]*:", text
        ):
            ids = people.get(m.group(1))
            if not ids or len(ids) != 1 or ids & staff_ids:
                continue
            end = text.find("\n", m.end())
            out.append((m.end(), len(text) if end < 0 else end, next(iter(ids))))
        return out

    def _interview_answers(self) -> list[tuple[int, int, str]]:
        """Turns of an interview written up as questions and answers: the paragraph right after a question paragraph
        ("Is this about China?", "Q: Will prices go up?") is the answer of the guest the introduction names as the one
        the outlet asked or spoke to. Two answers or more, one in the first person, make the write-up one (an
        explainer's questions are answered by the story, of others: "What happens next? X has 20 days to appeal")."""
        text = doc_text(self.adoc.doc)
        lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
        answers = [
            lines[i + 1]
            for i, m in enumerate(lines[:-1])
            if _question_line(m.group()) and not _question_line(lines[i + 1].group())
        ]
        if len(answers) < 2 or not any(_FIRST_PERSON.search(m.group()) for m in answers):
            return []
        guest = self._interview_guest(answers[0].start() - 1)
        return [(m.start(), m.end(), guest) for m in answers] if guest is not None else []

    def _interview_guest(self, before: int) -> str | None:
        """The last person named before ``before`` as the one the outlet asked or spoke to: "we asked X, the county's
        head of security, why ...", "spoke to X, who ...", "We asked its managing director, X, what ..."."""
        guest = None
        for m in self.adoc.mentions:
            if m.kind != "Person" or m.start >= before:
                continue
            tok = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand").root
            if tok.dep_ == "appos":
                tok = tok.head
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with") else tok.head
            lemma = verb.lemma_.lower()
            if (tok.dep_ == "dobj" and lemma in self.lex["interview_asking"]) or (
                tok.dep_ == "pobj" and lemma in self.lex["interview_talking"]
            ):
                guest = m.entity_id
        return guest

    def _told_of_in_turn(self, subj) -> list[str] | None:
        """In a transcript turn, "he" or "she" is a person the conversation named before (in this turn or the one
        before), not the turn's own speaker and not a speaker's label ("RAMAN: X put it strongly. OKAFOR: He said ..."
        is X). None outside a turn or with no such person; none ([]) after the turn of a guest the text names no
        person for."""
        turn = self._turn_of(subj.sent)
        if turn is None:
            return None
        own = turn[1]
        text = doc_text(subj.doc)
        labels = [(text.rfind("\n", 0, start) + 1, start) for start, _, _ in self.turns]
        line = text.rfind("\n", 0, turn[0]) + 1
        above = text[:line].rstrip()
        prev_start = above.rfind("\n") + 1
        label = _TURN_LABEL.match(above[prev_start:])
        if label is not None:
            # the turn before is another guest's: "SUNITA RAI: I made my living on this app. Prime Minister X does not
            # care ... | RAMAN: She says the ban has cost her most of her income" is that guest, not X named in her turn
            before = next((sp for a, b, sp in self.turns if prev_start <= a <= prev_start + label.end()), None)
            if before is not None and before != own:
                return [before]
            if before is None and label.group(1).split(",")[0] not in self._staff_labels:
                return []  # a guest the text names no person for: nobody, no guess at a name told in that turn
        sents = self.adoc.sentences
        here = self.adoc.sentence_index(subj.idx)
        floor = sents[max(0, here - 3)].start_char
        for m in reversed(self.adoc.mentions):
            if m.end > subj.idx or m.start < floor or m.kind != "Person" or m.entity_id == own:
                continue
            if any(a <= m.start < b for a, b in labels):
                continue
            body = self._spokes_since(subj, m.end)
            return [body] if body is not None else [m.entity_id]
        return None

    def _spokes_since(self, subj, since: int) -> str | None:
        """The body of an unnamed spokeswoman or spokesman (fitting "she"/"he") told after ``since`` and before
        ``subj``: "X announced the ban. A TikTok spokeswoman responded within hours. | RUSU: She said ...": TikTok."""
        for tok in subj.doc[: subj.i]:
            if tok.idx < since or tok.lemma_.lower() not in self._GENDERED:
                continue
            if self._GENDERED[tok.lemma_.lower()] not in (None, subj.lower_) or not tok.dep_.startswith("nsubj"):
                continue
            found = self.speakers_of(tok)
            if len(found) == 1 and self.ctx.kind(found[0]) != "Person":
                return found[0]
        return None

    def _turn_of(self, sent) -> tuple[int, str] | None:
        """(start of the turn's words, speaker) of the transcript turn a sentence belongs to."""
        for start, end, speaker in self.turns:
            if sent.start_char < end and sent.end_char > start:
                return start, speaker
        return None

    # -- speakers
    def mention_ids(self, toks) -> list[tuple[str, object]]:
        out = []
        for t in toks:
            m = self.ctx.mention(t)
            if m and all(m.entity_id != e for e, _ in out):
                out.append((m.entity_id, t))
        return out

    def speakers_of(self, subj) -> list[str]:
        """Entity ids a subject phrase names (several for "MPs including A, B and C")."""
        if subj.pos_ == "PRON":
            if subj.lower_ in ("it", "he", "she") and subj.head.dep_ == "ccomp":
                # "DJI said it was disappointed ... and denied that ...": "it" is the one who said so
                said = next((c for c in subj.head.head.children if c.dep_ == "nsubj"), None)
                if said is not None and said.pos_ != "PRON" and subj.head.head.lemma_.lower() in self.lex["verbs"]:
                    found = self.speakers_of(said)
                    if len(found) == 1 and (subj.lower_ == "it") == (self.ctx.kind(found[0]) != "Person"):
                        return found
            if subj.lower_ in ("he", "she") and subj.head.dep_ in ("ROOT", "conj", "parataxis"):
                body = self._spokes_pronoun(subj)
                if body is not None:
                    return [body]  # 'A TikTok spokeswoman responded within hours. RUSU: She said ...': TikTok
                told = self._told_of_in_turn(subj)
                if told is not None:
                    return told  # 'OKAFOR: He said, "..."': the one the turn tells of, never the turn's speaker
            if subj.lower_ in ("he", "she") and subj.head.dep_ in ("ROOT", "conj"):
                body = self._spokes_pronoun(subj)
                if body is not None:
                    return [body]  # 'A TikTok spokeswoman said ... She said TikTok does not share data': TikTok
                last = self._last_person_before(subj)
                spoke = self.last_speakers[-1] if self.last_speakers else None
                if spoke is not None and self._spoke_just_before(spoke, subj):
                    return [spoke]  # 'X, a spokeswoman for Y, said ... "A quote. Another," she said': X, not Y
                if (
                    spoke is not None
                    and self.ctx.kind(spoke) == "Person"
                    and spoke == self._last_person_before(subj, sentences=1, among={spoke})
                    and self._subject_before(subj) in (None, spoke)
                ):
                    last = spoke  # the one who just spoke, named in the sentence before
                elif last is not None and last != self._last_person_before(subj, sentences=0):
                    last = self._subject_before(subj) or last  # the subject of the sentence before, not its object
                if last is not None:  # '"...," she said' after the minister was named but had not spoken yet
                    return [last]
            if subj.lower_ == "it" and subj.head.dep_ in ("ROOT", "conj"):
                body = self._clause_before_body(subj)
                if body is not None:
                    return [body]  # "X did not respond to a request for comment; it has denied ...": X
            if subj.lower_ in ("it", "he", "she") and self.last_speakers and subj.head.dep_ in ("ROOT", "conj"):
                last = self.last_speakers[-1]
                if (subj.lower_ == "it") == (self.ctx.kind(last) != "Person"):
                    return [last]
            if subj.lower_ == "they" and subj.head.dep_ in ("ROOT", "conj") and self.last_plural is not None:
                where, people = self.last_plural
                if where == self.adoc.sentence_index(subj.idx) - 1:
                    return list(people)  # "A and B wrote to officials ... They argued that ...": the two of them
            if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
                return self.speakers_of(subj.head.head)
            if subj.lower_ == "it":
                return self._it_body(subj)
            return []
        if not subj.like_num and any(
            c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no") for c in subj.children
        ):
            return []  # "Neither company has confirmed a deal", "No minister has commented": nobody speaks
        conj = [c for c in subj.children if c.dep_ == "conj"]
        if conj and subj.pos_ in ("PROPN", "NOUN") and self.ctx.mention(subj):
            out: list[str] = []
            for part in [subj, *conj]:
                for eid in self.speakers_of_one(part):
                    if eid not in out:
                        out.append(eid)
            if out:
                return out
        return self.speakers_of_one(subj)

    def _clause_before_body(self, subj) -> str | None:
        """The named body (no person) acting in the clause just before "it" in the same sentence, joined by "and" or a
        semicolon: "X declined to comment, and it has denied ...", "X did not respond; it has long denied ...": X,
        not whoever spoke last."""
        verb = subj.head
        clauses = [c for c in verb.children if c.i < subj.i and c.dep_ in ("ccomp", "conj", "parataxis")]
        if verb.dep_ == "conj" and verb.head.i < subj.i:
            clauses.append(verb.head)
        for clause in reversed(clauses):
            if clause.pos_ not in ("VERB", "AUX"):
                continue
            named = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            if named is None:
                continue
            found = self.speakers_of_one(named)
            if len(found) == 1 and self.ctx.kind(found[0]) in ("Organisation", "Product"):
                return found[0]
            return None
        return None

    def _spoke_just_before(self, spoke: str, subj) -> bool:
        """The person who made the last statement, one or two sentences before, with no other person named since
        (a name inside their own sentence, "a spokeswoman for Attorney General Y", does not count)."""
        if self.ctx.kind(spoke) != "Person":
            return False
        here = self.adoc.sentence_index(subj.idx)
        k = self.spoke_at.get(spoke)
        if k is None or not 1 <= here - k <= 2:
            return False
        since = self.adoc.sentences[k].end_char
        return not any(
            m.kind == "Person" and m.entity_id != spoke and since <= m.start < subj.idx for m in self.adoc.mentions
        )

    def _it_body(self, subj) -> list[str]:
        """ "it" for a body: "X blocked the app over what it described as ...": the clause's own subject; "X blocked
        Y. In May it blocked Z, saying ...": the body that was the subject of the sentence before."""
        # "what it described as", "what it called", "over content that it said could lead to ...": the clause's subject
        described = any(c.lower_ == "what" for c in subj.head.children) or (
            subj.head.dep_ == "relcl" and subj.head.lemma_.lower() in ("say", "claim", "call", "describe", "consider")
        )
        for a in subj.head.ancestors if described else ():
            named = next((c for c in a.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if a.pos_ in ("VERB", "AUX") and named is not None:
                found = self.speakers_of(named)
                if len(found) == 1 and self.ctx.kind(found[0]) == "Organisation":
                    return found
                if len(found) == 1 and self.ctx.kind(found[0]) == "Jurisdiction" and self._own_ban_reason(subj.head):
                    return found  # "Indonesia blocked the app over what it called negative content": the state's
                    # own word for what it banned
                if found and self.ctx.kind(found[0]) == "Product":
                    continue  # "ordered access to the platform Roblox blocked over content that it said ...": the
                    # app taken for a subject inside the order; the body that ordered it is further up
                return []
        # "The platform, it said, had failed to remove the content": a parenthetical "it said" is the body before too
        if subj.head.dep_ != "ROOT" and not (
            subj.head.dep_ == "parataxis" and subj.head.lemma_.lower() in self.lex["verbs"]
        ):
            return []
        here = self.adoc.sentence_index(subj.idx)
        if here == 0:
            return []
        prev = self.adoc.sentences[here - 1].root
        named = next((c for c in prev.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if named is None:
            return []
        asked = self._asked_body(prev)
        if asked is not None:  # "X asked Signal for comment. The block, it said, ...": Signal answers, not X
            named = asked
        found = self.speakers_of(named)
        if len(found) == 1 and self.ctx.kind(found[0]) == "Product" and found[0] in self.targets:
            # "Telegram took a more defensive line. It said ...": the banned app speaks as its firm; not when the
            # sentence before names another body "it" could be ("Signal lost its appeal at the Moscow City Court.
            # It said the block was lawful": the court)
            others = any(
                m.sentence == here - 1 and m.entity_id != found[0] and m.kind in ("Organisation", "Jurisdiction")
                for m in self.adoc.mentions
            )
            # (the body that asked it for a word is no such other: "X asked Signal for comment. It said ...")
            return [] if others and asked is None else found
        return found if len(found) == 1 and self.ctx.kind(found[0]) == "Organisation" else []

    def _asked_body(self, verb):
        """The body a request verb asks ("Access Now asked Signal for comment", "contacted the firm", "reached out to
        X"), when it is named as its object."""
        if verb.lemma_.lower() not in self.lex["request_verbs"]:
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
        ]
        return next((o for o in objs if self.speakers_of(o)), None)

    _LABELLING = {"call", "describe", "term", "label", "brand", "deem", "consider", "say", "cite"}

    def _own_ban_reason(self, verb) -> bool:
        """The verb gives the reason of a ban told in the same clause by its own imposer: "X blocked the app over what
        it called negative content" (a "what" clause in a prepositional phrase on the ban verb), "X banned the app,
        calling it a corrupting influence" / "saying it disrupted social harmony" (a participle on the ban verb)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self._LABELLING:
            return False
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(c.lower_ == "what" for c in verb.children):
            banned = verb.head.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
            banned = verb.head
        else:
            return False
        return (
            banned.pos_ == "VERB"
            and banned.lemma_.lower() in self._MEASURE_LEMMAS | {"shut", "cut"}
            and not any(c.dep_ == "neg" for c in banned.children)
        )

    _GENDERED = {"spokeswoman": "she", "spokesman": "he", "spokesperson": None}

    def _spokes_pronoun(self, subj) -> str | None:
        """The body whose unnamed spokesperson spoke in this or the sentence before, when "he"/"she" fits and no
        person has been named since."""
        if self.last_spokes is None:
            return None
        start, body, noun = self.last_spokes
        gender = self._GENDERED.get(noun)
        if gender is not None and gender != subj.lower_:
            return None
        sents = self.adoc.sentences
        here = self.adoc.sentence_index(subj.idx)
        if start < sents[max(0, here - 1)].start_char or start >= subj.idx:
            return None
        if any(m.kind == "Person" and start < m.start < subj.idx for m in self.adoc.mentions):
            return None
        return body

    _FILINGS = {"challenge", "argument", "appeal", "petition", "request", "bid", "lawsuit", "suit", "motion", "case"}

    def _rules_on_filing(self, verb, speaker: str) -> bool:
        """ "the appeals court rejected the challenge": a ruling on a filing, no denial by the court; and nobody
        rejects their own argument ("upheld the law, rejecting the company's argument" hung on the company)."""
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self._FILINGS):
            if self.ctx.category(speaker) == "court":
                return True
            for poss in (c for c in obj.children if c.dep_ == "poss"):
                if speaker in self.speakers_of(poss) or (poss.pos_ != "PRON" and speaker in self.generic(poss)):
                    return True
        return False

    def _subject_before(self, tok) -> str | None:
        """The person subject of the sentence before ``tok``'s: "X, for his part, has traded insults with Y. '...,' he
        wrote": he is X, the sentence's subject, whoever spoke last."""
        sents = self.adoc.sentences
        here = next((k for k, s in enumerate(sents) if s.start <= tok.i < s.end), None)
        if not here:
            return None
        root = sents[here - 1].root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        if m is not None:
            before = doc_text(tok.doc)[sents[here - 1].start_char : m.start]
            if sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2:
                return None  # 'X posted: "Dictator Y is out!" | he wrote': Y, quoted, is no subject of the story
        return m.entity_id if m is not None and m.kind == "Person" else None

    def _last_person_before(self, tok, sentences: int = 2, among: set[str] | None = None) -> str | None:
        """The person named last before ``tok``, within the last few sentences."""
        sents = self.adoc.sentences
        here = next((k for k, s in enumerate(sents) if s.start <= tok.i < s.end), None)
        if here is None:
            return None
        floor = sents[max(0, here - sentences)].start_char
        text = doc_text(tok.doc)
        start = sents[here].start_char
        for m in reversed(self.adoc.mentions):
            if m.end <= tok.idx and m.start >= floor and m.kind == "Person":
                # from the start of the name's own sentence: 'X posted: "Dictator Y is out!" | he wrote' (the parser
                # ends a sentence inside the quotation) quotes Y too
                opened = start if m.start >= start else sents[self.adoc.sentence_index(m.start)].start_char
                before = text[opened : m.start]
                if sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2:
                    continue  # '"Dictator X is a clown," he wrote': the name quoted is not the one who wrote it
                if among is None or m.entity_id in among:
                    return m.entity_id
        return None

    def _titled_person(self, subj, word: str | None = None) -> list[str]:
        """ "the minister said": the person last named with that title ("Communications Minister X")."""
        word = word or subj.lemma_.lower()
        doc = subj.doc
        for m in reversed([m for m in self.adoc.mentions if m.end <= subj.idx and m.kind == "Person"]):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            window = list(doc[max(span.start - 8, span.sent.start) : min(span.end + 8, span.sent.end)])
            if span.root.dep_ == "appos":  # "the Minister of Communication, Telecommunications and ..., X,"
                h = span.root.head
                for _ in range(6):  # up the portfolio's list to the title it names
                    window.append(h)
                    if h.dep_ not in ("conj", "pobj", "prep", "appos", "compound") or h.head.i == h.i:
                        break
                    h = h.head
            if any(
                (t.lemma_.lower() == word or t.lower_ == word or self._ABBREVIATED.get(t.lower_) == word)
                and t.i
                != subj.i  # '"... Governor X ...," the spokesperson said': the title asked about is no title of X
                for t in window
            ):
                return [m.entity_id]
        return []

    # "Gov. X signed the bill ... the governor said": a title written short before the name
    _ABBREVIATED = {"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
                    "rep": "representative", "atty.": "attorney", "pres.": "president", "sec.": "secretary",
                    "lt.": "lieutenant", "gen.": "general", "supt.": "superintendent"}  # fmt: skip

    def _acronym_title_person(self, subj) -> list[str]:
        """The person last named with the title an acronym abbreviates ("CAO": "Chief Administrative Officer")."""
        doc = subj.doc
        for m in reversed([m for m in self.adoc.mentions if m.end <= subj.idx and m.kind == "Person"]):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            window = doc[max(span.start - 8, span.sent.start) : min(span.end + 8, span.sent.end)]
            if subj.text in _title_acronyms(window, self.ctx.gaz):
                return [m.entity_id]
        return []

    _PAPERS = {"note", "memo", "memorandum", "letter", "advisory", "circular"}

    def _issuer(self, subj) -> list[str]:
        """ "The note said ...": the government body or official named last before it, in this or the sentence before."""
        sents = self.adoc.sentences
        here = self.adoc.sentence_index(subj.idx)
        floor = sents[max(0, here - 1)].start_char
        # what the paper says is not who issued it: "X, Y and Iran are covered, the letter said"
        frame = subj.head
        told = {t.idx for c in frame.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        told |= {t.idx for t in subj.sent if t not in frame.subtree} if frame.dep_ == "parataxis" else set()
        found = []
        for m in reversed(self.adoc.mentions):
            if m.end > subj.idx or m.start < floor or m.start in told:
                continue
            if m.kind == "Person" or self.ctx.category(m.entity_id) in (
                "government", "regulator", "legislature", "legislature_admin", "court", "jurisdiction", "eu",
            ):  # fmt: skip
                found.append(m)
        for m in found:  # the main clause's subject first: "In a letter, X said the advice would last until the
            # government ...": X wrote it, not the government named last
            span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "nsubj" and span.root.head.dep_ == "ROOT":
                return [m.entity_id]
        if found:
            return [found[0].entity_id]
        # "X has banned staff from using Y, according to a memo sent on Monday. ... the memo said": the paper the
        # ban was told by, so its issuer is the ban's imposer (a company's memo to its own staff too)
        paper = subj.lemma_.lower()
        for b in self.bans:
            for ev in b.evidence:
                k = self.adoc.sentence_index(ev.start)
                if 0 <= k < here and any(t.lemma_.lower() == paper for t in sents[k]):
                    return [b.imposed_by]
        return []

    def _sides_with_firm(self, subj) -> bool:
        """ "DeepSeek's defenders", "its rivals", "fans of the app X": those for or against a firm or its product, who
        speak for themselves; not "the ban's opponents" or "proponents of the ban" (whose are they: the measure), nor
        when a person is named among them ("the ban's opponents, among them lawmaker X, say": X speaks)."""
        own = _own_subtree(subj, skip=("relcl", "acl", "advcl", "punct", "cc", "conj"))
        if any((m := self.ctx.mention(t)) is not None and m.kind == "Person" for t in own):
            return False
        whose = [c for c in subj.children if c.dep_ == "poss"]
        whose += [
            o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for w in whose:
            if self._possessor(w) is not None:
                return True  # "its rivals say"
            m = self.ctx.mention(w)
            if m is not None and m.kind in ("Organisation", "Product"):
                return True
        return False

    # what a company publishes states its terms, not a view: "DeepSeek's privacy policy says it stores data in China"
    _PUBLISHED = {"policy", "terms", "website", "figures", "data", "metrics", "records", "listing", "filings"}

    def speakers_of_one(self, subj) -> list[str]:
        lemma = subj.lemma_.lower()
        if lemma in self._PUBLISHED and subj.pos_ == "NOUN" and self.ctx.mention(subj) is None:
            return []
        if lemma in self._PAPERS and subj.dep_ == "nsubj" and self.ctx.mention(subj) is None:
            for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.speakers_of_one(pobj) or self.generic(pobj)
                    if found:
                        return found  # "A memo from the agency said ...": the agency
            if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its") for c in subj.children):
                return self._issuer(subj)  # "The note said such tools pose risks": the ministry that issued it
        if (
            lemma in self.lex["bystanders"] or (lemma in self.lex["partisans"] and self._sides_with_firm(subj))
        ) and self.ctx.mention(subj) is None:
            hired = [  # "a Signal Foundation consultant": the body named in the title speaks
                m
                for c in subj.children
                if c.dep_ == "compound"
                for t in c.subtree
                if (m := self.ctx.mention(t)) is not None and m.kind == "Organisation"
            ]
            if not hired:
                # "Critics, including former president X and his allies, accuse ...", "analysts such as X say":
                # the people the phrase names among them speak
                listed = [
                    m.entity_id
                    for p in subj.children
                    if p.dep_ == "prep"
                    and (p.lower_ == "including" or (p.lower_ == "as" and any(c.lower_ == "such" for c in p.children)))
                    for t in p.subtree
                    if _listed_by(t, p) and (m := self.ctx.mention(t)) is not None and m.kind == "Person"
                ]
                return list(dict.fromkeys(listed))  # "according to witnesses in Dakar", "a Prague-based
                # consultant": not the place speaking
        if (
            subj.tag_ == "NNS"
            and self.ctx.mention(subj) is None
            and lemma not in _PLURAL_PEOPLE
            and lemma not in words("actors", "generic_government")
            and lemma not in ("official", "authority", "regulator", "minister")
        ):
            named = [t for t in subj.subtree if self.ctx.mention(t) is not None]
            placed = {
                t.i
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ in ("in", "across", "around", "throughout")
                for t in p.subtree
            }
            if named and all(t.i in placed for t in named):
                return []  # "consumer groups in Hyderabad", "businesses across Kenya": people in a place, not the place
        if any(c.dep_ == "amod" and c.lower_ == "familiar" for c in subj.children) and self.ctx.mention(subj) is None:
            return []  # "according to officials familiar with the matter": unnamed sources, no body speaking
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        if definite and subj.text.isupper() and 2 <= len(subj.text) <= 5:
            found = self._acronym_title_person(subj)
            if found:
                return found  # "The CAO said" after "X, the House's Chief Administrative Officer"
        if definite and subj.lower_ == "elect" and self.ctx.mention(subj) is None:
            office = next((c for c in subj.children if c.dep_ == "compound"), None)
            if office is not None and self.ctx.gaz is not None and office.lemma_.lower() in self.ctx.gaz.title_heads:
                found = self._titled_person(subj, office.lemma_.lower())
                if found:
                    return found  # "the president-elect wrote" after "President-elect X"
        if definite and subj.tag_ == "NN" and self.ctx.mention(subj) is None:
            if lemma in _TARGET_NOUNS and not any(self.ctx.mention(t) for t in subj.subtree):
                # (not "the monitoring group Civic Net", which names its group)
                found = self.generic(subj)
                if found:
                    return found  # "The platform, property of the group X, repeats": the platform
            if self.ctx.gaz is not None and lemma in self.ctx.gaz.title_heads:
                found = self._titled_person(subj)
                if found:
                    return found
        whose = self._whose_antecedent(subj)
        if whose:
            return whose
        found = self.mention_ids(_own_subtree(subj, skip=("relcl", "acl", "advcl", "punct", "cc", "conj")))
        subj_span = {t.i for t in subj.subtree}
        listed = self.mention_ids(_own_subtree(subj, skip=("relcl", "acl", "advcl", "punct", "cc")))
        own = self.ctx.mention(subj)
        if own is not None and own.kind == "Person" and any(c.dep_ == "appos" for c in subj.children):
            return [own.entity_id]  # "Emily Flower, a spokeswoman for Attorney General X, said": Emily Flower
        if own is None and subj.pos_ == "NOUN" and lemma in self.lex["member_bodies"]:
            # "A committee of cabinet members, including Minister A and Minister B, concluded ...": the committee
            # concludes, not the members it is said to include; a cabinet's committee is the government's voice
            members = {t.i for p in subj.subtree if p.dep_ == "prep" and p.lower_ == "including" for t in p.subtree}
            found = [(e, t) for e, t in found if t.i not in members]
            listed = [(e, t) for e, t in listed if t.i not in members]
            if members and not listed:
                cabinet = next(
                    (
                        t
                        for t in subj.subtree
                        if t.i not in members and t.lemma_.lower() in words("actors", "generic_government")
                    ),
                    None,
                )
                return self.generic(cabinet) if cabinet is not None else self.generic(subj)
        people = [e for e, _ in listed if self.ctx.kind(e) == "Person"]  # "MPs including A, B and C"
        # "President X's spokesman Y", "Minister X's spokeswoman, Y,": X owns the title, Y speaks
        owners = {e for e, t in listed if any(a.dep_ == "poss" for a in [t, *t.ancestors] if a.i in subj_span)}
        if len(people) > 1 and set(people) - owners:
            people = [e for e in people if e not in owners]
        if len(people) > 1 and own is not None and own.kind == "Person":
            # "state Rep. X of Sioux Falls said": where the named person comes from, whatever the NER took it for
            home = {t.i for p in subj.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for t in p.subtree}
            people = [e for e, t in listed if self.ctx.kind(e) == "Person" and t.i not in home] or people
        if people and (lemma in _PLURAL_PEOPLE or subj.tag_ in ("NNS", "NNPS") or len(people) > 1):
            return people
        if people:
            return [people[0]]
        if lemma in _PLURAL_PEOPLE or lemma in ("member", "lawmaker"):
            return self.generic(subj)  # "the two senators"; "Members of Parliament argued" is nobody in particular
        if found and lemma in ("maker", "manufacturer", "developer") and self.ctx.gaz is not None:
            entry = self.ctx.gaz.entries.get(found[0][0])
            for name in entry.related if entry is not None and entry.kind == "Product" else ():
                maker = next((e for e in self.adoc.entities.values() if e.name == name), None)
                if maker is not None and maker.kind == "Organisation":
                    return [maker.id]  # "the iPhone maker said": the company that makes it
        named = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and not c.is_lower and c.is_alpha]
        own_body = self.ctx.mention(subj)
        if subj.pos_ == "NOUN" and named and own_body is not None and own_body.kind == "Organisation":
            body = self.ctx.mention(named[0])
            if body is not None and body.kind == "Organisation" and body.entity_id != own_body.entity_id:
                return [body.entity_id]  # "France's privacy regulator, the CNIL, said": the body its name names, not
                # the one the description was read as
        if found and own is None and subj.pos_ == "NOUN" and self._placed_only(subj, found):
            # "A company spokesperson in Amsterdam said", "The Moscow-based company said": where the firm or its
            # voice sits is not who speaks; the firm (or the body the title names) does
            titled = lemma in _SPOKES_NOUNS | {"official"} and any(
                c.dep_ == "compound" and c.lemma_.lower() in (_TARGET_NOUNS | self._BODY_NOUNS) for c in subj.children
            )
            # "a rights group in Nairobi", "a Kampala-based advocacy group": a group named for what it does, not
            # for where it sits, is no firm of the story
            qualified = lemma == "group" and any(
                c.dep_ in ("amod", "compound") and not any(t.lower_ == "based" for t in c.subtree)
                for c in subj.children
            )
            if (lemma in _TARGET_NOUNS and not qualified) or titled:
                body = self.generic(subj)
                if body:
                    return body
        if found and lemma in _SPOKES_NOUNS:
            # "A TikTok spokesperson in the Nordics said": the body the title is compounded with speaks, not a name
            # for where the spokesperson sits, whatever the NER took that name for
            placed = {
                t.i
                for c in subj.children
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "from", "near", "outside")
                for t in c.subtree
            }
            titled = [(e, t) for e, t in found if t.dep_ in ("compound", "poss") and t.head.i == subj.i]
            if titled and any(t.i in placed for _, t in found):
                found = [(e, t) for e, t in found if t.i not in placed]
        if found:
            ranked = sorted(
                found,
                key=lambda x: {"Organisation": 0, "Product": 1, "Jurisdiction": 2}.get(self.ctx.kind(x[0]) or "", 3),
            )
            # "a TikTok spokeswoman" -> TikTok; "officials at Holyrood" -> Holyrood; "Germany's agency, the BSI" -> BSI
            return [ranked[0][0]]
        return self.generic(subj) or self._entity_stage_phrase(subj)

    # what speaks for a person: their office, staff or spokesperson ("X, whose office said")
    _VOICE_NOUNS = (
        frozenset({"office", "team", "staff", "aide", "lawyer", "counsel", "campaign", "press"}) | _SPOKES_NOUNS
    )

    def _whose_antecedent(self, subj) -> list[str]:
        """The person a "whose" subject belongs to: "X, the House's chief officer, whose office told staff that ...",
        "the minister, whose spokesman said": X's office or voice speaks for X (as "X's office said" does)."""
        if (
            self.ctx.mention(subj) is not None
            or subj.lemma_.lower() not in self._VOICE_NOUNS
            or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children)
        ):
            return []  # "X, whose critics said ...": the critics are not X's voice
        clause = subj.head
        if clause.dep_ != "relcl":
            return []
        owner = clause.head
        for tok in (owner, owner.head if owner.dep_ == "appos" else None):
            m = self.ctx.mention(tok) if tok is not None else None
            if m is not None and m.kind == "Person":
                return [m.entity_id]
        return []

    def _placed_only(self, subj, found) -> bool:
        """Every name in the subject is a place it is located by ("in Amsterdam", "Moscow-based"), none a body."""
        placed: set[int] = set()
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "from", "near", "outside"):
                placed |= {t.i for t in c.subtree}
            elif c.dep_ in ("amod", "compound") and any(t.lower_ == "based" for t in c.subtree):
                placed |= {t.i for t in c.subtree}
        return all(t.i in placed and self.ctx.kind(e) == "Jurisdiction" for e, t in found)

    def _entity_stage_phrase(self, subj) -> list[str]:
        """Last resort: the entity stage's reading of a definite description ("the platform")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return []
        try:
            from loaders.extract.resolve import resolve_phrase
        except ImportError:  # pragma: no cover - entity stage absent
            return []
        phrase = subj.doc[subj.left_edge.i : subj.i + 1]
        ent = resolve_phrase(self.adoc, phrase)
        if ent is not None and subj.tag_ == "NNS" and self.ctx.category(ent.id) in ("company", "product"):
            return []  # "the companies say ...": several firms, not the one app or company last named
        if (
            ent is not None
            and subj.lemma_.lower() in ("company", "firm")
            and self.ctx.category(ent.id) not in ("company", "product")
        ):
            return []  # "the company said" is no bureau or ministry the entity stage read it as
        return [ent.id] if ent is not None and ent.id in self.adoc.entities else []

    def generic(self, subj) -> list[str]:
        lemma = subj.lemma_.lower()
        actors = words("actors")
        before = [m for m in self.adoc.mentions if m.end <= subj.idx]
        if lemma in _PLURAL_PEOPLE:
            n = next((c for c in subj.children if c.dep_ == "nummod"), None)
            count = {"two": 2, "three": 3, "2": 2, "3": 3}.get(n.lower_, 0) if n is not None else 0
            if count:
                people: list[str] = []
                for m in reversed(before):
                    if m.kind == "Person" and m.entity_id not in people:
                        people.append(m.entity_id)
                    if len(people) == count:
                        return people
            return []
        official = lemma == "official" and subj.tag_ == "NN"  # "the official said", "a city official said"
        if official and any(c.dep_ == "amod" and c.lower_ in ("parliamentary", "congressional") for c in subj.children):
            for m in reversed(before):  # "a parliamentary official said": the parliament's administration
                if self.ctx.category(m.entity_id) in ("legislature", "legislature_admin"):
                    return [m.entity_id]
        if official and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and self.last_speakers:
            # "..., an NTA official said. The official said ...": the one who just spoke
            last = self.last_speakers[-1]
            if (
                self.ctx.kind(last) != "Person"
                and self.adoc.sentence_index(subj.idx) - self.spoke_at.get(last, -9) <= 2
            ):
                return [last]
        body = next(
            (
                c
                for c in subj.children
                if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in self._BODY_NOUNS
            ),
            None,
        )
        if official and body is not None:
            # "A ministry official said", "a foreign ministry official": the body the title names, last mentioned
            # (its modifiers in its name: "foreign" ~ "Foreign Affairs"), not the country as a whole
            mods = [
                re.compile(rf"\b{re.escape(c.lower_[: max(5, len(c.lower_) - 2)])}")
                for c in body.children
                if c.dep_ in ("amod", "compound") and c.text.islower()
            ]
            for m in reversed(before):
                name = self.ctx.name(m.entity_id).lower()
                if m.kind == "Organisation" and body.lemma_.lower() in name and all(md.search(name) for md in mods):
                    return [m.entity_id]
        if lemma in ("centre", "center") and subj.tag_ == "NN":
            # "... an assessment by the Centre for Cyber Security. The centre said": the centre just named, not
            # "the Centre" for a country's central government
            floor = self.adoc.sentences[max(0, self.adoc.sentence_index(subj.idx) - 2)].start_char
            for m in reversed(before):
                if m.start < floor:
                    break
                if m.kind == "Organisation" and lemma in self.ctx.name(m.entity_id).lower():
                    return [m.entity_id]
        if (
            lemma in actors["generic_government"] or subj.lower_ in actors["generic_government"] or official
        ) and lemma != "state":
            if subj.tag_ == "NNS" and lemma not in ("authority", "official", "minister"):
                return []  # "governments", "industry executives", "states": not the story's government
            ref = self._about_ban(subj)  # the country whose ban this part of the story tells, else the first
            first = self.bans[0] if self.bans else None
            j = next(
                (b.imposed_by for b in (ref, first) if b is not None and self.ctx.kind(b.imposed_by) == "Jurisdiction"),
                None,
            )
            j = j or self.ctx.main_jurisdiction or (self.bans[0].imposed_by if self.bans else None)
            return [j] if j else []
        if lemma in ("judge", "justice") and subj.tag_ == "NN":  # "Justice X issued orders ... the judge said": X
            judges = {m.entity_id for m in before if m.kind == "Person" and self._person_is_judge(m.entity_id)}
            if len(judges) == 1:
                return list(judges)
        if lemma in ("judge", "justice", "bench"):  # "the judges observed": the court last named
            for m in reversed(before):
                if m.kind == "Organisation" and self.ctx.category(m.entity_id) == "court":
                    return [m.entity_id]
        if lemma in ("company", "firm", "app", "platform") and subj.tag_ == "NN":
            before_subject = self._previous_subject(subj)
            if before_subject is not None and (
                self.ctx.category(before_subject) == "product"
                or (lemma in ("company", "firm") and self.ctx.category(before_subject) == "company")
            ):
                return [before_subject]  # "X, which is owned by Y, did not respond. The company has denied ...": X
        if lemma in ("company", "firm") and subj.tag_ == "NN" and self.last_speakers:
            # "TikTok, which is owned by ByteDance, said ... The company said": the company that just spoke
            here = self.adoc.sentence_index(subj.idx)
            last = self.last_speakers[-1]
            if self.ctx.category(last) in ("company", "product") and here - self.spoke_at.get(last, -9) <= 1:
                return [last]
            if (
                self.ctx.category(last) == "person"
                and here - self.spoke_at.get(last, -9) <= 1
                and self.ctx.main_target
                and self._person_on_target_side(last, subj)
                and not self._person_bodies(last)
            ):
                # '"...," company spokesman X said. The company has long maintained ...': the banned side X speaks
                # for (named by no firm of their own)
                return [self.ctx.main_target]
        if lemma == "group" and subj.tag_ == "NN" and self.last_speakers:
            # "X, a digital rights organisation, said the block was illegal. The group said it was considering a court
            # challenge": the campaigning body that just spoke, not an older group named before it
            last = self.last_speakers[-1]
            if (
                self.adoc.sentence_index(subj.idx) - self.spoke_at.get(last, -9) <= 1
                and self._a_civil_body(last)
                and not self._group_meant_otherwise(subj, last)
            ):
                return [last]
        if lemma in _TARGET_NOUNS and subj.tag_ == "NN":  # "press freedom groups" are not "the group"
            kinds = (
                ("Organisation", "Product") if lemma in ("company", "firm", "group") else ("Product", "Organisation")
            )
            # "the group" may be a campaigning group ("Euroconsumers ... welcomed the decision. The group said")
            cats = ("company", "product", "other") if lemma == "group" else ("company", "product")
            fronted = self._fronted_subject(subj, kinds, cats, before)
            if fronted is not None:
                return [fronted]  # 'X "rejects" the agency's findings, the company said': X, not the agency
            for kind in kinds:  # "the company" is the firm, "the app" the product
                for m in reversed(before):
                    if m.kind == kind and self.ctx.category(m.entity_id) in cats:
                        if self._named_as_example(m):
                            continue  # "app stores run by companies such as Apple and Google": not the company
                        if kind == "Organisation" and lemma in ("company", "firm"):
                            app = self._target_app_since(m, subj) or self._owned_in_passing(m)
                            if app is not None:
                                return [app]
                        return [m.entity_id]
            return [self.ctx.main_target] if self.ctx.main_target else []
        bodies = ("agency", "office", "authority", "society", "association", "union", "foundation")
        if lemma in _SPOKES_NOUNS:
            sents = self.adoc.sentences
            floor = sents[max(0, self.adoc.sentence_index(subj.idx) - 1)].start_char
            kind = next((c for c in subj.children if c.dep_ == "compound" and c.lemma_.lower() in _TARGET_NOUNS), None)
            if kind is not None:  # "That was not lost on X. A company spokeswoman said": the firm or app just named
                acting = self._previous_subject(subj)
                if acting is not None and self.ctx.category(acting) in ("company", "product"):
                    # "X, which is owned by the company Y, pushed back. A company spokesperson said": X, the firm or
                    # app the sentence before was about, not its owner named in passing
                    return [acting]
                near = [
                    m
                    for m in reversed(self.adoc.mentions_in(floor, subj.idx))
                    if self.ctx.category(m.entity_id) in ("company", "product")
                ]
                if kind.lemma_.lower() in ("company", "firm"):
                    # "X, which owns the apps Y and Z, said ... A company spokesperson said": the firm, not its app
                    near.sort(key=lambda m: self.ctx.category(m.entity_id) != "company")
                if near:
                    return [self._owned_in_passing(near[0]) or near[0].entity_id]
                return self.generic(kind)
            body = next(
                (
                    c
                    for c in subj.children
                    if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in self._BODY_NOUNS
                ),
                None,
            )
            if body is not None:  # "X said it had blocked the app. A university spokesperson said": X, the university
                for m in reversed(self.adoc.mentions):
                    if m.start < floor:
                        break
                    if (
                        m.end <= subj.idx
                        and m.kind == "Organisation"
                        and body.lemma_.lower() in self.ctx.name(m.entity_id).lower()
                    ):
                        return [m.entity_id]
            for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                    if not any(self.ctx.mention(t) for t in pobj.subtree):
                        found = self.generic(pobj)
                        if found:
                            return found  # "a spokesperson for the company said": the company last named
        if lemma in actors["generic_org"] or lemma in bodies or lemma in _SPOKES_NOUNS:
            cat = {"regulator": "regulator", "watchdog": "regulator", "court": "court"}.get(lemma)
            # "the digital ministry", "the interior ministry": the body whose name carries the word, not the last one
            # a word of the name that opens with the modifier's stem ("digital" ~ "Digital", not "interior" ~
            # "International")
            mods = [
                re.compile(rf"\b{re.escape(c.lower_[: max(5, len(c.lower_) - 2)])}")
                for c in subj.children
                if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and c.text.islower()
            ]
            for m in reversed(before) if mods else []:
                name = self.ctx.name(m.entity_id).lower()
                if m.kind == "Organisation" and lemma in name and all(md.search(name) for md in mods):
                    return [m.entity_id]
            for m in reversed(before):
                if m.kind != "Organisation":
                    continue
                name = self.ctx.name(m.entity_id).lower()
                if lemma in name or (cat and self.ctx.category(m.entity_id) == cat):
                    return [m.entity_id]
            if lemma in ("agency", "department", "ministry", "commission", "authority"):
                # a named place ("In Lithuania, the defence ministry"), not "the government" read as the country
                if subj.tag_ == "NNS" and any(c.lower_ in ("other", "several", "many", "some") for c in subj.children):
                    return []  # "the Justice Department and other agencies": no one body
                here = [  # before the subject, not in what is said: "In Lithuania, the ministry said ... Beijing"
                    self.ctx.mention(t)
                    for t in subj.sent
                    if t.pos_ == "PROPN" and self.ctx.mention(t) and t.i < subj.i and not self._qualifies_body(t)
                ]
                place = [m.entity_id for m in here if m.kind == "Jurisdiction"]
                if place:
                    return [place[0]]  # "In Lithuania, the defence ministry recommended"
                recent = subj.sent.start_char - 400
                for m in reversed(before):
                    if m.start < recent:
                        break
                    if m.kind == "Organisation" and self.ctx.category(m.entity_id) in ("government", "regulator"):
                        return [m.entity_id]
                if lemma == "ministry" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                    j = self.ctx.main_jurisdiction or (self.bans[0].imposed_by if self.bans else None)
                    if j and self.ctx.kind(j) == "Jurisdiction":
                        return [j]  # "the ministry said" in a story about one country's ban, no ministry named
            definite = any(c.lower_ in ("the", "this", "that") for c in subj.children if c.dep_ == "det")
            named_for = any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in subj.children)
            if lemma in _SPOKES_NOUNS and definite and not named_for:
                found = self._spokes_antecedent(subj)
                if found:
                    return found  # 'A Twitter spokesperson responded to reports. "...," the spokesperson said': Twitter
            if lemma in _SPOKES_NOUNS and self.last_speakers and definite and not named_for:
                return [self.last_speakers[-1]]
            if lemma in _SPOKES_NOUNS and self._bare_indefinite(subj):
                return self._body_just_named(subj)
        return []

    def _fronted_subject(self, subj, kinds, cats, before) -> str | None:
        """The subject of the reported clause put before "the company said" in its own sentence, when it names one of
        those kinds: 'Lumo "disputes" the regulator's report, the company said' is Lumo speaking, whoever else the
        clause names after it."""
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i):
            who = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            m = self.ctx.mention(who) if who is not None else None
            if m is not None and m.kind in kinds and self.ctx.category(m.entity_id) in cats:
                # only the firm the story was last on, the first named, or over one the clause names after it:
                # "Google removed the app ... TikTok violated local rules, the company said" is Google speaking of
                # TikTok; 'X "disagrees" with the DSK's conclusions, the company said' is X, not the DSK
                start = subj.sent.start_char
                named = [p for p in before if p.kind in kinds and self.ctx.category(p.entity_id) in cats]
                prior = [p for p in named if p.end <= start]
                nearest = next((p for kind in kinds for p in reversed(named) if p.kind == kind), None)
                if (
                    prior
                    and prior[-1].entity_id != m.entity_id
                    and nearest is not None
                    and nearest.end <= start
                    and nearest.entity_id != m.entity_id
                ):
                    return None
                return m.entity_id
        return None

    # bodies whose name carries the word a spokesperson is titled by: "a university spokesperson", "a ministry
    # spokesman", "a police spokeswoman"
    _BODY_NOUNS = {"university", "college", "school", "ministry", "department", "agency", "office", "council",
                   "commission", "authority", "regulator", "police", "army", "navy", "court", "parliament", "bank",
                   "union", "association", "party", "embassy", "board", "institute", "foundation"}  # fmt: skip

    def _spokes_antecedent(self, subj) -> list[str]:
        """ "the spokesperson": the spokesperson last introduced, in this sentence or the two before ("A Twitter
        spokesperson has responded to reports of the order", "X, a spokeswoman for Y,"), and who they are: the person
        named with the title, else the body the title names. Nothing when no earlier spokesperson names anyone."""
        sents = self.adoc.sentences
        floor = sents[max(0, self.adoc.sentence_index(subj.idx) - 2)].start
        doc = subj.doc
        for t in (doc[i] for i in range(subj.i - 1, floor - 1, -1)):
            if t.pos_ != "NOUN" or t.lemma_.lower() not in _SPOKES_NOUNS:
                continue
            person = next(
                (
                    m.entity_id
                    for x in [t.head] * (t.dep_ in ("appos", "compound")) + [c for c in t.children if c.dep_ == "appos"]
                    if (m := self.ctx.mention(x)) is not None and m.kind == "Person"
                ),
                None,
            )
            if person is not None:
                return [person]  # "X, a spokeswoman for Y," / "Y spokesperson X": X
            return self.speakers_of_one(t)
        return []

    def _bare_indefinite(self, subj) -> bool:
        """ "a spokesperson said": no body named with the title (no "for X", no "company spokesperson", no name)."""
        return (
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
            and not any(c.dep_ in ("prep", "compound", "amod", "appos", "poss", "nmod") for c in subj.children)
            and not any(self.ctx.mention(t) for t in subj.subtree)
        )

    def _body_just_named(self, subj) -> list[str]:
        """The company, app or body of the sentence before: 'X said it was disappointed. "...," a spokesperson said',
        'X responded to a request for comment. "...," a spokesperson said': its spokesperson, not a stranger's."""
        here = self.adoc.sentence_index(subj.idx)
        verb = subj.head
        if verb.dep_ == "conj" and verb.head.i < subj.i:
            # "X had not announced a block, and a spokeswoman said it was reviewing the order": the body of the
            # clause this one is joined to
            agent = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            m = self.ctx.mention(agent) if agent is not None else None
            if (
                m is not None
                and m.kind in ("Organisation", "Product")
                and not self._tells_of_another(verb, m.entity_id)
            ):
                return [m.entity_id]
        if here <= 0:
            return []
        verbs = self.lex["verbs"]
        for c in subj.head.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in verbs:
                inner = next((n for n in c.children if n.dep_ == "nsubj"), None)
                if inner is not None and any(self.ctx.mention(t) for t in inner.subtree):
                    return []  # "X said it had written to Y, a spokesperson told Z": X's words, its voice unnamed
        last = self.last_speakers[-1] if self.last_speakers else None
        if last is not None and here - self.spoke_at.get(last, -9) <= 1:
            return [last] if self.ctx.kind(last) in ("Organisation", "Product") else []
        root = self.adoc.sentences[here - 1].root
        agent = next((c for c in root.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(agent) if agent is not None and agent.pos_ == "PROPN" else None
        if m is not None and m.kind in ("Organisation", "Product"):
            return [m.entity_id]
        return []

    def _qualifies_body(self, tok) -> bool:
        """``tok`` names a country only as the qualifier of a body's name: "the U.S. Federal Trade Commission" (the
        head it modifies is a mention of an organisation), not a place where something happens."""
        if tok.dep_ not in ("compound", "nmod", "amod", "poss"):
            return False
        head = self.ctx.mention(tok.head)
        return head is not None and head.kind == "Organisation"

    def _tells_of_another(self, verb, eid: str) -> bool:
        """ "X refused, and a spokeswoman said the ministry would seek a court order": the reported clause's subject
        is another body (another entity named, or a body word - "the ministry", "the regulator", "the court" - that
        is no word of X's own name), so the spokeswoman need not be X's. "it", "the company", "the university" (of
        the University of Y) or no body at all ("daily fines would apply") leave her X's."""
        actors = words("actors")
        body_words = {w for k in ("generic_org", "generic_government", "court", "regulator") for w in actors[k]}
        own = set(re.findall(r"[a-z]+", self.ctx.name(eid).lower()))
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                named = {m.entity_id for t in subj.subtree if (m := self.ctx.mention(t)) is not None}
                if named - {eid}:
                    return True
                lemma = subj.lemma_.lower()
                if not named and subj.pos_ == "NOUN" and lemma in body_words and lemma not in own:
                    return True
        return False

    def _previous_subject(self, tok) -> str | None:
        """The entity named as the acting subject of the sentence right before ``tok``'s (not one in its relative
        clause or object): what "the company" at the start of the next sentence most likely refers back to."""
        here = self.adoc.sentence_index(tok.idx)
        if here <= 0 or any(t.i < tok.i and self.ctx.mention(t) for t in tok.sent):
            return None
        root = self.adoc.sentences[here - 1].root
        # an agent only: "X, owned by Y, was removed. The company said" is rather the firm Y
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None and subj.pos_ == "PROPN" else None
        return m.entity_id if m is not None else None

    def _target_app_since(self, m, subj) -> str | None:
        """A banned app, the subject of a sentence after the firm ``m`` was last named, two sentences or more before
        "the company": "... an affiliate of Y. [...] TikTok has criticized the bans. The company has said ...": TikTok,
        the app the story is about, not the firm named in passing paragraphs earlier."""
        here = self.adoc.sentence_index(subj.idx)
        if here - self.adoc.sentence_index(m.start) < 2:
            return None
        for later in reversed(self.adoc.mentions_in(m.end, subj.idx)):
            if (
                later.kind == "Product"
                and later.entity_id in self.targets
                and here - self.adoc.sentence_index(later.start) <= 2
            ):
                tok = self.adoc.doc.char_span(later.start, later.end, alignment_mode="expand")
                if tok is not None and tok.root.dep_ in ("nsubj", "nsubjpass"):
                    return later.entity_id  # the app acting, not "had ceased offering X" (the firm's own product)
        return None

    _OWNED_BY_VERBS = {"own", "operate", "control", "run"}
    # what an app does as the acting side of its ban, besides speaking: "TikTok, owned by ByteDance, sued the state"
    _APP_ACTS = {"sue", "challenge", "appeal", "contest", "fight", "file", "threaten", "refuse", "oppose", "announce"}

    def _owned_in_passing(self, m) -> str | None:
        """The banned app whose owner the firm ``m`` is only named as, when the app itself acts: "TikTok, which is
        owned by ByteDance, has criticized the bans. The company has said ...", "TikTok, owned by ByteDance, said the law
        was unconstitutional ... a company spokesperson said": TikTok; not "X, owned by Y, was removed. The company
        said", where the app is acted on and the firm Y speaks, nor "X, run by Y, has a billion users. The company
        said", where the app is only described (its verb no speech or act of its own)."""
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        by = span.root.head
        if span.root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
            return None
        owning = by.head
        if owning.lemma_.lower() not in self._OWNED_BY_VERBS or owning.dep_ not in ("acl", "relcl"):
            return None
        owned = owning.head
        found = self.ctx.mention(owned)
        if found is None or found.kind != "Product" or found.entity_id not in self.targets or owned.dep_ != "nsubj":
            return None
        acting = owned.head.lemma_.lower()
        if acting not in self.lex["verbs"] and acting not in self._APP_ACTS:
            return None  # "WeChat, run by Tencent, has more than a billion users": the app described, not acting
        return found.entity_id

    def _named_as_example(self, m) -> bool:
        """The mention is one of a list of examples ("companies such as X and Y", "firms including X", "apps like X")."""
        span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        for a in list(span.root.ancestors)[:4]:
            if a.lower_ in ("including", "like") and (a.dep_ in ("prep", "mark") or span.root.dep_ == "pobj"):
                return True
            if a.lower_ == "as" and a.i > 0 and a.doc[a.i - 1].lower_ == "such":
                return True
            if a.lemma_.lower() == "include" and a.pos_ == "VERB" and a.dep_ == "relcl":
                return True  # "an association whose members include X, Y and Z": members listed, not the actor
        return False

    # -- frames
    def _frame_words_in(self, sent) -> list[int]:
        """Indices of the sentence's words that can open a frame below: a lemma among the reporting verbs (or
        "report", which a monitor's subject makes one) or the statement nouns, or the form "according"; the other
        words take no branch of :meth:`frames`."""
        key = (self.lex["verbs"], self.lex["nouns"])
        lemmas = _FRAME_LEMMAS.get(key)
        if lemmas is None:
            lemmas = _FRAME_LEMMAS[key] = frozenset(self.lex["verbs"] | self.lex["nouns"] | {"report"})
        found = word_positions(sent.doc, lemmas, self.lex["according_to"])
        return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]

    def frames(self, sent):
        """(frame token, speaker ids, content tokens, frame lemma) for each reported statement in a sentence."""
        verbs = self.lex["verbs"]
        said = sent.text.strip()
        if said.endswith("?") and not any(q in said for q in ('"', "\u201c", "\u201d")):
            return  # "What does TikTok say?": a question the story asks, a heading, not a report
        if re.match(r"(?:to recap|recap|in summary|summary|in brief)\b", said, re.I):
            return  # "To recap: X has barred ..., and Y has confirmed it told ...": the story's news told again
        doc = sent.doc
        for i in self._frame_words_in(sent):  # a reporting verb, "report", a statement noun or "according"
            tok = doc[i]
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and self._monitor_reports(tok):
                lemma = "say"
            if tok.pos_ in ("VERB", "AUX") and lemma in verbs:
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
                quoted_as = self._quoted_as_saying(sent, tok)
                if quoted_as is not None:
                    if quoted_as:
                        yield quoted_as
                    continue
                if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse", "fail"):
                    continue  # "X declined to say whether he would sign it": nothing said
                if any(
                    c.dep_ in ("dobj", "npadvmod", "advmod") and c.lower_ in ("little", "nothing") for c in tok.children
                ):
                    continue  # "the company has said little publicly since": nothing said
                if (
                    lemma == "cite"
                    and tok.tag_ in ("VBG", "VBN")
                    and not any(c.dep_ == "nsubj" for c in tok.children)
                    and not self._named_imposer_cites(tok)
                ):
                    continue  # "banned X, citing security": the ban's reason, not a statement ("with the government
                    # citing concerns about ...", with a subject of its own, is the government's statement; "Australia
                    # banned X, citing an unacceptable risk": the named state's own reason, its case for the ban)
                if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
                    continue  # "the new rule, explained in five charts": a participle, not a report
                if (
                    lemma == "call"
                    and not any(c.dep_ == "ccomp" for c in tok.children)
                    and any(c.dep_ == "oprd" and c.pos_ == "PROPN" and self.ctx.mention(c) for c in tok.children)
                ):
                    continue  # "the Agency for X, usually called the Agency": a name given, no view told
                if lemma in _JUDGING and not any(c.dep_ == "auxpass" for c in tok.children):
                    continue  # "vendors deemed a risk": a description; only "X were judged Y (by Z)" reports a view
                if any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in tok.children) and not any(
                    c.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
                    for c in tok.children
                ):
                    continue  # "here is what the company has promised": the story's pointer, no words reported (not
                    # "over what it called immoral content", which gives the speaker's label)
                if (
                    lemma == "warn"
                    and tok.tag_ == "VBG"
                    and tok.dep_ == "advcl"
                    and not any(c.dep_ == "nsubj" for c in tok.children)
                    and self._instruction_reason(tok)
                ):
                    continue  # "an advisory told employees to avoid X, warning of risks": the order's reason
                if lemma in _NEEDS_CLAUSE and not any(c.dep_ in ("ccomp", "xcomp", "prep") for c in tok.children):
                    continue
                if lemma == "add" and not any(c.dep_ == "ccomp" for c in tok.children):
                    continue
                letter = (
                    lemma == "write"
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
                    and not any(c.dep_ == "ccomp" for c in tok.children)
                )  # "has written to DeepSeek asking how it handles data": a letter sent, no view told
                if (
                    lemma == "write"
                    and tok.tag_ == "VBZ"
                    and any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in tok.children)
                    and not self._has_clause(tok)
                    and not any(q in sent.text for q in self._QUOTES)
                ):
                    continue  # "X writes about technology and public policy": the author's note, no statement
                quoted = self._quote_before_subject(sent, tok)
                if lemma in self.lex["needs_clause"] and not self._has_clause(tok) and not quoted:
                    continue
                if lemma == "tell" and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children
                ):
                    continue  # "told operators to stop buying X, an order later put on ...": an instruction, no report
                if lemma in _LIKENING and not self._likens_measure(tok):
                    continue  # "compared prices", "compared the two apps": no measure likened to anything
                if (
                    lemma == "present"
                    and any(c.dep_ == "dobj" for c in tok.children)
                    and not any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children)
                ):
                    continue  # "before the minister presented the budget": a document tabled, no view (not "presented
                    # the move as a security step")
                if lemma in self.lex["not_with_object"] and any(c.dep_ == "dobj" for c in tok.children):
                    if not any(c.dep_ == "ccomp" for c in tok.children) and not any(
                        c.dep_ == "dobj" and c.lemma_.lower() in self.lex["said_objects"] for c in tok.children
                    ):
                        continue  # "will maintain the list"; not "maintained its position that ..."
                subj = self._subject(tok)
                if subj is None:
                    continue
                speakers = self.speakers_of(subj)
                if lemma in self.lex["cues"]["denies_allegation"]["verbs"]:
                    speakers = [sp for sp in speakers if not self._rules_on_filing(tok, sp)]
                if speakers and subj.lemma_.lower() in self._GENDERED and self.ctx.kind(speakers[0]) != "Person":
                    self.last_spokes = (subj.idx, speakers[0], subj.lemma_.lower())
                if lemma in ("rule", "find", "hold") and self.court_imposed and self._imposing_court(speakers):
                    continue  # "the court ruled that the suspension should remain": the ban itself, not a stance on it
                people = [sp for sp in speakers if self.ctx.kind(sp) == "Person"]
                if len(people) >= 2 and len(people) == len(speakers):
                    self.last_plural = (self.adoc.sentence_index(tok.idx), people)
                if speakers and letter:
                    self.last_speakers.extend(speakers)  # "They argued ..." after the letter is the writers'
                    continue
                if speakers:
                    content = [  # not a coordinated clause with a speaker of its own ("..., and Y urged officials to")
                        t
                        for c in tok.children
                        if c is not subj
                        and c.dep_ not in ("nsubj", "punct")
                        and not (
                            c.dep_ == "conj"
                            and any(g.dep_ == "nsubj" for g in c.children)
                            and not self._obligation_run_on(tok, c)
                        )
                        # "X said A, while Y said B": Y's words, reported beside X's
                        and not (
                            c.dep_ == "advcl"
                            and c.lemma_.lower() in verbs
                            and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)
                        )
                        for t in c.subtree
                    ]
                    if quoted and not any(t.i == quoted[0].i for t in content):
                        # '"...," X told reporters': the quotation the parser hung apart from the verb
                        content = quoted + content
                    self._spoke(speakers, tok)
                    yield tok, speakers, (content or list(sent)) + self._quote_opened_before(sent, tok), lemma
            elif (
                tok.lower_ in self.lex["according_to"]
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].lower_ == "to"
            ):
                pobj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None and any(t.like_num or t.lower_ in ("percent", "%") for t in sent):
                    speakers = self.speakers_of(pobj)
                    if speakers and self.ctx.kind(speakers[0]) != "Person":
                        continue  # "59 percent ..., according to the consultancy X": a source of figures
                if pobj is not None:
                    speakers = self.speakers_of(pobj)
                    if speakers:
                        self._spoke(speakers, tok)
                        yield tok, speakers, [t for t in sent if t.i not in {x.i for x in pobj.subtree}], "say"
            elif tok.pos_ == "NOUN" and lemma in self.lex["nouns"]:
                poss = next((c for c in tok.children if c.dep_ == "poss"), None)
                if poss is not None and self._in_report(tok):
                    continue  # "the official said the ban would stay until X addressed the government's concerns"
                if (
                    tok.dep_ == "nsubj"
                    and tok.head.lemma_ == "be"
                    and not any(c.dep_ in ("ccomp", "attr", "xcomp") for c in tok.head.children)
                    and not any(c.dep_ in ("acl", "relcl", "prep") for c in tok.children)
                ):
                    continue  # "X's response was conciliatory but firm": the writer's word on it, nothing X said
                if (
                    (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")
                    or (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ != "be")
                    or tok.dep_ == "ROOT"
                ):
                    continue  # "agrees to address the government's concerns", "rejecting the company's argument",
                    # "X's claim prompted scrutiny": what others do with the words, not the words told
                if poss is not None and poss.pos_ != "PRON":
                    speakers = self.speakers_of(poss)
                    if speakers:
                        self._spoke(speakers, tok)
                        yield tok, speakers, list(sent), "deny" if lemma.startswith("denial") else lemma

    _OBLIGING = {"must", "should"}

    def _obligation_run_on(self, verb, conj) -> bool:
        """ "X said the government is not against social media but companies must respect the law": a clause of what
        one ought to do, hung by the parser on the reporting verb after its reported clause, is still X's words (the
        story itself tells what happened, not what must be: "X said A, and the firm has since complied" stays apart)."""
        if conj.i < verb.i or conj.lemma_.lower() in self.lex["verbs"]:
            return False
        if not any(c.dep_ == "ccomp" and c.i < conj.i for c in verb.children):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in self._OBLIGING for c in conj.children):
            return False
        # only what the banned side must do: "and the government must respect whatever the judges decide", "and the
        # regulator must cooperate with the inquiry" are the speaker's wishes of the state, told beside their words
        return any(c.dep_ in ("nsubj", "nsubjpass") and self._banned_side(c) for c in conj.children)

    def _monitor_reports(self, tok) -> bool:
        """ "The observatory X reported a sharp drop in traffic", "X, a group that tracks censorship, reports the same
        pattern": "report" with a monitor of access as subject is its measurement told as its words (not "users
        reported outages", nor "the company reported revenue")."""
        if tok.lemma_.lower() != "report" or any(c.dep_ == "auxpass" for c in tok.children):
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return False
        speakers = self.speakers_of_one(subj)
        return bool(speakers) and all(self._monitor(sp) for sp in speakers)

    def _instruction_reason(self, participle) -> bool:
        """The participle hangs on an instruction ("told employees to avoid X, warning of ...") or on what it orders."""
        head = participle.head
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in self._ORDERING:
            return True
        return head.lemma_.lower() in self._ORDERING and any(
            c.dep_ in ("xcomp", "ccomp") and c.i < participle.i for c in head.children
        )

    def _standfirst(self, tok) -> bool:
        """A headline or standfirst: one of the first lines of the text, with no closing punctuation."""
        full = doc_text(tok.doc)
        start = full.rfind("\n", 0, tok.idx) + 1
        end = full.find("\n", tok.idx)
        line = full[start : len(full) if end < 0 else end].strip()
        if not line or line[-1] in ".!?\"\u201d'\u2019:":
            return False
        if len(line.split()) <= 12 and not any(q in line for q in ('"', "\u201c", "\u201d")):
            return True  # a liveblog entry's or an explainer's heading: "US Navy confirms it warned members off X"
        return len([x for x in full[:start].split("\n") if x.strip()]) <= 3

    def _imposing_court(self, speakers: list[str]) -> bool:
        """A court (or one of its judges) that imposed a ban here; another court ruling on a ban takes a side."""
        courts = {b.imposed_by for b in self.bans if self.ctx.category(b.imposed_by) == "court"}
        for sp in speakers:
            if sp in courts:
                return True
            if self.ctx.category(sp) == "person" and self._person_is_judge(sp):
                return True
            if self.ctx.category(sp) not in ("court", "person"):
                return True  # "it ruled" told of the ban's own authority: as before
        return not speakers

    def _spoke(self, speakers: list[str], tok) -> None:
        """Remember who spoke last, and in which sentence."""
        self.last_speakers.extend(speakers)
        here = self.adoc.sentence_index(tok.idx)
        for sp in speakers:
            self.spoke_at[sp] = here

    def _turn_frames(self, sent, found):
        """A sentence of a transcript turn is the turn's speaker's, unless it reports someone's words itself."""
        turn = self._turn_of(sent)
        if turn is None or found:
            return []
        start, speaker = turn
        self.last_speakers.append(speaker)
        content = [t for t in sent if t.idx >= start]
        return [(sent.root, [speaker], content or list(sent), "say")]

    _QUOTES = ('"', "\u201c", "\u201d")

    def _quote_rest(self, sent) -> list:
        """The sentences a quotation opened in ``sent`` runs on into, up to the one that closes it: '"The questions
        are legitimate. The answer should be better vetting, not a blanket stop," ...' is one quotation."""
        if sum(sent.text.count(q) for q in self._QUOTES) % 2 == 0:
            return []
        sents = self.adoc.sentences
        k = self.adoc.sentence_index(sent.start_char)
        out: list = []
        for nxt in sents[k + 1 : k + 4]:
            out.extend(nxt)
            if sum(nxt.text.count(q) for q in self._QUOTES) % 2 == 1:
                return out
        return []

    def _quote_opened_after(self, sent, frame) -> list:
        """The later sentences of a quotation opened after the reporting verb (a colon's quotation, 'X said: "A. B."') and
        left open at the end of its sentence; none when the sentence closes every quotation it opens."""
        if frame.pos_ not in ("VERB", "AUX") or frame.sent.start != sent.start:
            return []
        marks = [t for t in sent if t.text in self._QUOTES]
        if len(marks) != 1 or marks[0].i < frame.i or marks[0].text == "\u201d":
            return []
        return self._quote_rest(sent)

    def _quoted_as_saying(self, sent, tok):
        """'the statement quoted X as saying', 'X was quoted as saying': X speaks, not the one who quotes. None when
        ``tok`` is no such "saying"; else the frame (empty when X names nobody known)."""
        quote = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "as" else None
        if tok.lower_ != "saying" or quote is None or quote.lemma_.lower() != "quote" or quote.pos_ != "VERB":
            return None
        passive = any(c.dep_ == "auxpass" for c in quote.children)
        who = next((c for c in quote.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        speakers = self.speakers_of(who) if who is not None else []
        if not speakers:
            return ()
        content = [t for c in tok.children if c.dep_ != "punct" for t in c.subtree]
        content = self._quote_before_subject(sent, quote) + content + self._quote_opened_before(sent, quote)
        self._spoke(speakers, tok)
        return tok, speakers, content or list(sent), "say"

    def _cause_of_action(self, frame) -> bool:
        """The reporting verb heads an "after" clause of another verb with a subject of its own: "ordered X blocked
        after the company told it that ..."."""
        if frame.pos_ not in ("VERB", "AUX") or frame.dep_ != "advcl" or frame.head.pos_ not in ("VERB", "AUX"):
            return False
        if not any(c.dep_ == "mark" and c.lower_ == "after" for c in frame.children):
            return False
        return frame.head.lemma_.lower() not in self.lex["verbs"]

    def _quote_before_subject(self, sent, tok) -> list:
        """'"We gave them every chance," the minister told reporters': the quotation that opens the sentence and
        closes right before the reporting verb's subject (the parser may hang it on another verb), its words only."""
        subj = max((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), key=lambda c: c.i, default=None)
        if subj is None:
            return []
        close = subj.left_edge.i - 1
        if close <= sent.start or sent.doc[close].text not in ('"', "\u201d"):
            return []
        if sent.doc[sent.start].text not in ('"', "\u201c"):
            return []
        if any(sent.doc[i].text in self._QUOTES for i in range(sent.start + 1, close)):
            return []
        return [t for t in sent.doc[sent.start + 1 : close] if not t.is_punct or t.text not in ",."]

    def _quote_opened_before(self, sent, tok) -> list:
        """'"It is pointless. Everybody switches," said X': the quotation's earlier sentences are X's too."""
        before = doc_text(sent.doc)[sent.start_char : tok.idx]
        marks = [ch for ch in before if ch in '"\u201c\u201d']
        if len(marks) != 1 or marks[0] == "\u201c" or before.lstrip().startswith(('"', "\u201c")):
            return []  # the quotation does not start before this sentence
        sents = self.adoc.sentences
        k = next((i for i, x in enumerate(sents) if x.start == sent.start), None)
        out: list = []
        for j in range(k - 1, max(-1, k - 4), -1) if k is not None else []:
            out = list(sents[j]) + out
            text = sents[j].text
            if "\u201c" in text or text.count('"') % 2 == 1:
                return out  # the sentence that opens the quotation
        return []

    def _subject(self, tok):
        if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and tok.lemma_.lower() in _JUDGING:
            return _passive_judge(tok)
        if (
            tok.tag_ == "VBN"
            and tok.dep_ == "conj"
            and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
        ):
            return None  # "Mr X, who is in detention and is accused of insurrection": the one accused, urged or
            # asked is told of, the one who speaks is not named
        cur = tok
        head = tok.head
        if (
            tok.dep_ == "conj"
            and not any(c.dep_ == "nsubj" for c in tok.children)
            and head.dep_ == "ccomp"
            and (head.head.lemma_.lower() in self.lex["verbs"] or head.head.lemma_.lower() in _NEEDS_CLAUSE)
            and head.head.i < head.i
        ):
            cur = head.head  # "X said that A abused its power and urged B to ...": X urged, not A
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
                head = head.head  # "X said A had noticed ... and that B attached importance to ..., adding": X adds
        if cur is tok and (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and head.dep_ == "ccomp"
            and head.lemma_.lower() not in self.lex["verbs"]
            and head.head.pos_ in ("VERB", "AUX")
            and head.head.lemma_.lower() in self.lex["verbs"]
            and head.head.i < head.i
        ):
            cur = head.head  # "X said China was a threat, accusing Beijing of espionage": X accuses, not China
        if cur is tok and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            orderer = self._orderer_of_banned(tok)
            if orderer is not None:
                return orderer
        for _ in range(3):
            subjs = [c for c in cur.children if c.dep_ == "nsubj"]
            if len(subjs) > 1 and subjs[0].is_upper and subjs[-1].ent_type_ == "PERSON":
                return subjs[-1]  # "AUSTIN, Texas - Gov. X banned ...": the dateline parsed as a first subject
            if (
                len(subjs) > 1
                and subjs[-1].i < cur.i
                and subjs[0].pos_ == "NOUN"
                and (subjs[-1].pos_ == "PROPN" or self.ctx.mention(subjs[-1]) is not None)
            ):
                # "asked whether it covered X, the video app owned by Y, Z said": the parser took the appositive
                # ("app") for a first subject; the name next to the verb is the speaker
                return subjs[-1]
            if len(subjs) > 1 and self._placed_body(subjs[-1]) and all(self._a_place(t) for t in subjs[:-1]):
                # "The Santa Clara, California-based company said": the parser took the city for a first subject;
                # the firm it places speaks
                return subjs[-1]
            if subjs and self._a_place(subjs[0]):
                placed = next((c for c in subjs[0].children if c.dep_ == "appos" and self._placed_body(c)), None)
                if placed is not None:
                    return placed  # the same, with the firm parsed as the city's apposition
            titled = self._titled_after_acronym(subjs[0], subjs[1:]) if subjs else None
            if titled is not None:
                return titled
            if subjs:
                return subjs[0]
            for prep in (c for c in cur.children if c.dep_ == "prep" and c.i < cur.i):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    m = self.ctx.mention(pobj)
                    if prep.is_sent_start and prep.is_title and m is not None and m.start <= prep.idx:
                        return pobj  # "[Per] Willi Amundsen ... said": a given name the parser took for "per"
                    named = [a for a in pobj.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                    if named and named[-1].i > pobj.i:
                        return named[-1]  # "In a statement, X, which owns Y, said": the parser hung X on "statement"
            if cur.dep_ == "conj" and (acting := _passive_main_clause_actor(cur)) is not None:
                return acting
            if cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
                nearer = self._nearer_person_clause(cur) if cur.tag_ == "VBG" and cur.dep_ == "advcl" else None
                if nearer is not None:
                    return nearer
                cur = cur.head
                continue
            by = cur.head
            if cur.dep_ == "pcomp" and by.lower_ == "by" and by.dep_ == "prep" and by.head.pos_ in ("VERB", "AUX"):
                cur = by.head  # "X responded to the block by calling it an attack on ...": X calls it so
                continue
            return None
        return None

    def _titled_after_acronym(self, subj, others: list):
        """ "Kuomintang (KMT) legislator X said", "Democratic Party (DP) Senator Y said": a body's name and its acronym
        in brackets qualify the titled person after them, whom the parser tore off as the name's apposition or as a
        second subject; that person speaks. None when no titled person follows the brackets."""
        doc = subj.doc
        acronym = next((c for c in subj.children if c.dep_ == "appos" and doc[c.i - 1].text == "("), None)
        close = acronym.right_edge.i + 1 if acronym is not None else None
        if close is None or close + 1 >= len(doc) or doc[close].text != ")":
            return None
        after = [c for c in subj.children if c.dep_ == "appos" and c.i > close] + others
        for t in after:
            m = self.ctx.mention(t)
            if m is not None and m.kind == "Person" and t.left_edge.i == close + 1 and t.left_edge.idx < m.start:
                return t
        return None

    def _banned_thing_named(self, tok) -> bool:
        """A name of a platform or firm: what a ban is put on, never the one who orders it."""
        m = self.ctx.mention(tok)
        return m is not None and (
            m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
        )

    def _orderer_of_banned(self, participle):
        """ "X ordered TikTok and Telegram blocked, saying ...", "the minister gave providers a week to block A, B and C,
        saying ...": the parser hangs the participle on the small clause of the banned apps, or takes the last of them
        for its subject; the one who ordered the block says it, not the apps. Also on a conjunct with no subject of its
        own ("had ordered A and B blocked last year but lifted the order in March, saying ..."), and where the parser
        made the last app the subject of a "blocked" joined to the order or to the verb whose complement orders it
        ("refused to order A and B blocked, saying ...")."""
        verb = participle.head
        own = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if own is not None:
            if own.i > participle.i or not any(t.text == "," for t in participle.doc[own.i : participle.i]):
                return None  # "with officials saying ...": a subject of its own, next to the participle
        else:
            while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self._ORDERING and verb.head.i < verb.i:
                own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                verb = verb.head
            elif verb.dep_ == "conj" and verb.lemma_.lower() in words("ban", "verbs"):
                head = verb.head
                order = head if head.lemma_.lower() in self._ORDERING else None
                order = order or next(
                    (c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in self._ORDERING), None
                )
                if order is not None and order.i < verb.i:
                    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    verb = order
                    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
                        verb = verb.head  # "refused to order ...": the one who refused
        if own is None or not self._banned_thing_named(own) or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or self._banned_thing_named(subj):
            return None
        return subj

    @staticmethod
    def _placed_body(noun) -> bool:
        """A common noun placed by a "-based" / "-headquartered" modifier: "the California-based company"."""
        return noun.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and any(t.lower_ in ("based", "headquartered") for t in c.subtree)
            for c in noun.children
        )

    def _a_place(self, tok) -> bool:
        """A place's name: a jurisdiction mention, or a place the parser tagged (a city the gazetteer lacks)."""
        m = self.ctx.mention(tok)
        if m is not None:
            return m.kind == "Jurisdiction"
        return tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC")

    def _nearer_person_clause(self, participle):
        """ "New York followed suit, when Governor X ordered the app removed, saying ...": the participle the parser hung
        on the main verb speaks for the person subject of the clause just before it, when the main subject is no
        person."""
        head = participle.head
        main = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if main is None or (self.ctx.mention(main) is not None and self.ctx.mention(main).kind == "Person"):
            return None
        for v in head.subtree:
            if not head.i < v.i < participle.i or v.dep_ not in ("relcl", "advcl") or v.pos_ != "VERB":
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            m = self.ctx.mention(subj) if subj is not None else None
            if m is not None and m.kind == "Person" and participle.i > max(t.i for t in v.subtree):
                return subj
        return None

    # -- sides and stance
    def side(self, speaker: str, frame) -> str:
        """imposer (of the ban this statement is about), target (banned side) or other."""
        if speaker in self.targets:
            return "target"
        cat = self.ctx.category(speaker)
        if cat == "company" and speaker in self.imposers:
            return "imposer"  # a firm that barred a tool on its own staff's devices speaks for its own measure
        if cat in ("company", "product"):
            return "target"
        if cat == "government" and re.match(r"(?:Centre|Center) (?:for|on) ", self.ctx.name(speaker)):
            return "other"  # "the Centre for Policy Alternatives": a think tank's name, no state body ("X Centre")
        if cat == "government" and re.match(
            r"(?:Media|Press|Bar|Journalists'?|News) (?:Council|Board)\b", self.ctx.name(speaker)
        ):
            return "other"  # "the Media Council of X", "the Press Council", "the Bar Council": the profession's body
        if cat == "person" and self._person_is_activist(speaker) and not self._person_speaks_for_target(speaker):
            return "other"  # "X, a senior analyst at the consultancy Y": an outside voice, even at a company
        if cat == "person" and self._person_on_target_side(speaker, frame):
            return "target"
        if cat == "person" and self._person_is_judge(speaker):
            own_courts = {b for b in self.imposers if self.ctx.category(b) == "court"}
            if self._person_bodies(speaker) & own_courts:
                return "imposer"  # "Supreme Court justice X", when that court ordered the block: its own measure
            return "other"  # a judge ruling on a state's law does not speak for the state
        if cat == "person" and (self._person_is_activist(speaker) or self._person_of_outside_body(speaker)):
            return "other"  # "rights activist X", "X, director of Amnesty International": nobody's government
        if cat == "person" and not self._person_has_office(speaker):
            return "other"  # "X, who sells ceramics from a workshop": a person with no office speaks for no state
        relevant = {b.imposed_by for b in self._bans_in(frame.sent)}
        ref = self._about_ban(frame)
        if ref is not None:
            relevant.add(ref.imposed_by)
        for imp in list(relevant):
            if self.ctx.category(imp) in ("regulator", "court", "legislature"):
                home = self.ctx.jurisdiction_of(imp)
                if home:
                    relevant.add(home)  # the minister of the country whose regulator blocked the app
        norm = self.ctx.normalise(speaker, frame, strict=cat != "person")
        introduced = None
        if cat == "person":
            # the person's country is also read where the story introduced them, not only around what they say
            # ("pointed out that the data is stored in China" is no Chinese voice)
            named = next((span.root for span in self._mention_spans(speaker)), None)
            introduced = self.ctx.normalise(speaker, named) if named is not None else None
            norm = (
                self._person_home(speaker) or norm
            )  # "foreign ministry spokesperson X" ... "X also urged": X's ministry
        envoy = re.match(r"(?:Embassy|Consulate) of (.+?)(?: in .*)?$", self.ctx.name(speaker))
        if envoy and self.ctx.gaz is not None:
            home = self.ctx.gaz.lookup(envoy.group(1), ("Jurisdiction",))
            norm = home.id if home is not None else speaker  # China's embassy in Berlin speaks for China, not Germany
        if (
            norm == speaker
            and cat == "government"
            and not re.search(r"embassy|consulate", self.ctx.name(speaker), re.I)
        ):
            norm = self.ctx.normalise(speaker, frame)  # a home body whose country the text leaves implicit
        if speaker in relevant or norm in relevant or (introduced in relevant and not self._person_home(speaker)):
            return "imposer"
        own = {b for b in self.imposers if self.ctx.kind(b) != "Jurisdiction"}  # a parliament, a regulator, a court
        if cat == "person" and self._person_bodies(speaker) & (relevant | own):
            return "imposer"  # "X, the Parliament's spokesperson", when the Parliament imposed a ban of the story
        return "other"

    def _person_bodies(self, speaker: str) -> set[str]:
        """The bodies a person is named with ("X, the Parliament's spokesperson", "Commission spokesperson X")."""
        found = set()
        for span in self._mention_spans(speaker):
            for t in _named_with(span):
                m = self.ctx.mention(t)
                if m is not None and m.entity_id != speaker and self.ctx.category(m.entity_id) != "person":
                    found.add(m.entity_id)
        return found

    def _person_home(self, speaker: str) -> str | None:
        """The country of the government body a person is named with anywhere in the story ("foreign ministry
        spokesperson X", "X, a spokesman for the Chinese embassy"): a later bare "X said" or "X also urged" speaks for
        that country, not for whatever country its own sentence names or the story is about."""
        for span in self._mention_spans(speaker):
            for t in _named_with(span):
                m = self.ctx.mention(t)
                if m is None and self.ctx.gaz is not None and t.text in self.ctx.gaz.demonyms:
                    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
                    if nxt is not None and nxt.lower_ == "foreign" and nxt.i + 1 < len(t.doc):
                        nxt = t.doc[nxt.i + 1]  # "a Chinese foreign ministry spokesman"
                    if nxt is not None and nxt.lemma_.lower() in ("embassy", "consulate", "ministry", "government"):
                        return self.ctx.gaz.demonyms[t.text]  # "a Chinese embassy spokesman": China's voice
                if m is None and t.lemma_.lower() in ("embassy", "consulate"):
                    sender = self._envoy_before(t)
                    if sender is not None:
                        return sender  # "The Chinese embassy reacted. ... embassy spokesperson X said": that embassy's
                        # country, not the host's
                if m is None or m.entity_id == speaker or self.ctx.category(m.entity_id) != "government":
                    continue
                envoy = re.match(r"(?:Embassy|Consulate) of (.+?)(?: in .*)?$", self.ctx.name(m.entity_id))
                sender = self.ctx.gaz.lookup(envoy.group(1), ("Jurisdiction",)) if envoy and self.ctx.gaz else None
                if sender is not None:
                    return (
                        sender.id
                    )  # "a spokesman for the Chinese Embassy in Washington": China's voice, not the host's
                home = self.ctx.jurisdiction_of(m.entity_id)
                if home:
                    return home
        return None

    def _envoy_before(self, tok, sentences: int = 3) -> str | None:
        """The sending country of the embassy or consulate named last before ``tok`` (within a few sentences), for a
        bare "embassy" that a person's title refers back to: "The Chinese embassy reacted sharply. '...,' embassy
        spokesperson X said" -> China."""
        if self.ctx.gaz is None:
            return None
        here = self.adoc.sentence_index(tok.idx)
        floor = self.adoc.sentences[max(0, here - sentences)].start_char
        for m in reversed(self.adoc.mentions):
            if m.end > tok.idx or m.start < floor:
                continue
            envoy = re.match(r"(?:Embassy|Consulate) of (.+?)(?: in .*)?$", self.ctx.name(m.entity_id))
            if envoy is None:
                continue
            sender = self.ctx.gaz.lookup(envoy.group(1), ("Jurisdiction",))
            return sender.id if sender is not None else None
        return None

    def _reopened_on_terms(self, content) -> bool:
        """The service given back only once the banned side does what is asked: "would be reopened once it complied
        with Turkish law", "will be unblocked when they register": a verb of giving back with a clause of condition
        whose verb (or one joined to it) is a verb of compliance."""
        terms = set(self.lex["terms_verbs"])
        back = self._LIFT_VERBS | {"reopen", "restore", "reinstate", "resume", "unblock", "normalise", "normalize"}
        for t in content:
            if t.lemma_.lower() not in back or t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ != "advcl" or not any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in self._CONDITIONS for m in c.children
                ):
                    continue
                if c.lemma_.lower() in terms or any(x.dep_ == "conj" and x.lemma_.lower() in terms for x in c.children):
                    return True
        return False

    _TILL = {"until", "till", "unless"}

    def _kept_until(self, content, wished: bool = False) -> bool:
        """The measure kept until the banned side does what is asked, or for as long as it does not: "the block will
        stay until the company shows it respects the law", "the ban will remain in place for as long as the firm
        refuses to obey", "the app would stay blocked until it registered", "will keep the suspension in force until
        it pays" - a verb of keeping (lexicon status kept_verbs) whose subject or object is a measure word, or the
        banned side told cut off, with a clause of condition under it. ``wished``: only the stay wished for ("should
        remain closed until it is proved safe", "should have stayed until ..."). Not "the ban is likely to remain until
        March" (a time, no clause), nor "its service would stay online until the order takes effect" (the banned side
        not cut off)."""
        kept = words("status", "kept_verbs")
        off = words("ban", "verbs") | words("status", "off_adjectives") | {"close", "closed"}
        for t in content:
            if t.lemma_.lower() not in kept or t.pos_ != "VERB":
                continue
            if wished and not any(c.dep_ == "aux" and c.lower_ in self._OUGHT for c in t.children):
                continue
            cut_off = any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lemma_.lower() in off for c in t.children)
            held = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if not any(self._a_measure_word(c) or (cut_off and self._banned_side(c)) for c in held):
                continue
            if any(self._till_clause(c) for c in t.subtree if c.dep_ == "advcl"):
                return True
        return False

    def _till_clause(self, clause) -> bool:
        """A clause of the time something lasts: "until it registers", "unless it complies", "(for) as long as it
        refuses"."""
        return any(
            m.dep_ == "mark" and (m.lower_ in self._TILL or (m.lower_ == "as" and clause.head.lower_ == "long"))
            for m in clause.children
        )

    def _home_of_independent(self, speaker: str, frame) -> bool:
        """The speaker is on the imposer's side only as the home country of the regulator or court that imposed the
        ban ("Deputy Prime Minister X called the watchdog's move disproportionate"), not the imposer itself."""
        bans = self._bans_in(frame.sent)
        ref = self._about_ban(frame)
        if ref is not None:
            bans.append(ref)
        norm = self.ctx.normalise(speaker, frame)
        if not bans or any(b.imposed_by in (speaker, norm) for b in bans):
            return False
        return all(self.ctx.category(b.imposed_by) in ("regulator", "court") for b in bans)

    def _mention_spans(self, speaker: str):
        """The parsed spans of every mention of ``speaker``."""
        return (span for _, span in self.adoc.spans_of(speaker))

    _GROUP_NOUNS = {"organisation", "organization", "group", "network", "campaign", "coalition", "alliance", "ngo",
                    "charity", "association", "movement", "collective", "watchdog", "society", "union"}  # fmt: skip

    _OWNING = {"own", "run", "operate", "control", "make", "develop"}

    def _a_party(self, eid: str) -> bool:
        """A political party: the gazetteer's type, "Party" in its name, or told as "the ruling X", "opposition X"."""
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz is not None else None
        if entry is not None and entry.type == "party":
            return True
        if "party" in self.ctx.name(eid).lower().split():
            return True
        return any(
            t.lower_ in ("ruling", "opposition")
            for span in self._mention_spans(eid)
            for t in span.doc[max(span.start - 2, 0) : span.start]
        )

    def _group_meant_otherwise(self, subj, last: str) -> bool:
        """'The group' may be another body than the last speaker: one told as owning something ("The group, which
        owns WhatsApp, said"), or another body named after the speaker's mention ("..., a claim disputed by Human
        Rights Watch. The group said", "al-Shabaab, the militant group that has used Telegram. The group said",
        "called on Meta to resist. The group ... said")."""
        if any(c.dep_ == "relcl" and c.lemma_.lower() in self._OWNING for c in subj.children):
            return True
        spans = [span for span in self._mention_spans(last) if span.end <= subj.i]
        if not spans:
            return False
        own = spans[-1]
        told = {c.i for c in own.root.children if c.dep_ == "appos" for c in c.subtree}  # "X, a rights group,"
        for t in subj.doc[own.end : subj.i]:
            if t.i in told:
                continue
            if t.pos_ == "NOUN" and t.lemma_.lower() in self._GROUP_NOUNS:
                return True  # "al-Shabaab, the militant group that ..."
            m = self.ctx.mention(t)
            if m is None or m.entity_id == last or m.kind != "Organisation":
                continue
            if self.ctx.category(m.entity_id) in ("other", "company") or self._a_civil_body(m.entity_id):
                return True  # "disputed by Human Rights Watch", "called on Meta to resist"
        return False

    def _a_civil_body(self, eid: str) -> bool:
        """A members' or campaigning body: its category says so, or the text names it one in an apposition ("X, a
        digital rights organisation", "X, the press freedom group"), whatever kind its name was read as. Not a
        political party ("the ruling National Resistance Movement")."""
        if self.ctx.category(eid) == "other":
            return not self._a_party(eid)
        if self.ctx.category(eid) not in ("person", "company"):
            return False
        return any(
            c.dep_ == "appos" and c.lemma_.lower() in self._GROUP_NOUNS
            for span in self._mention_spans(eid)
            for c in span.root.children
        )

    _LEGISLATORS = {"senator", "sen", "sen.", "mp", "mps", "lawmaker", "legislator", "representative", "rep", "rep.",
                    "congressman", "congresswoman", "assemblyman", "assemblywoman", "assemblymember", "councillor",
                    "councilor", "mep", "msp", "deputy"}  # fmt: skip
    _EXECUTIVE = {"minister", "governor", "gov", "gov.", "mayor", "president", "secretary", "premier", "chancellor",
                  "spokesperson", "spokesman", "spokeswoman", "commissioner", "speaker", "chair", "chairman",
                  "chairwoman", "leader", "sponsor", "author"}  # fmt: skip

    def _person_is_legislator(self, speaker: str) -> bool:
        """ "State Sen. X", "X, a Labour MP": a member of a legislature, holding no executive office (nor the chair of
        the chamber, nor the measure's sponsor)."""
        if self.ctx.category(speaker) != "person":
            return False
        found = False
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for t in span] + [c for c in root.children if c.dep_ in ("compound", "appos", "amod")]
            phrase += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            if span.start > 0:
                phrase += list(span.doc[max(span.sent.start, span.start - 3) : span.start])
            if root.dep_ == "appos":
                phrase.extend(root.head.subtree)
            lemmas = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
            if lemmas & self._EXECUTIVE:
                return False
            found = found or bool(lemmas & self._LEGISLATORS)
        return found

    def _person_is_judge(self, speaker: str) -> bool:
        """ "U.S. District Judge Donald Molloy", "Justice X of the Supreme Court"."""
        court = set(words("actors", "court"))
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for t in span] + [c for c in root.children if c.dep_ in ("compound", "appos")]
            phrase += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            # "Lady Justice [X Y Z]": a title compounded onto the given name, not onto the surname
            phrase += [t for t in span.doc[max(span.sent.start, span.start - 2) : span.start] if t.dep_ == "compound"]
            if root.dep_ == "appos":
                phrase.append(root.head)
            lemmas = {t.lemma_.lower() for t in phrase}
            if lemmas & court and not lemmas & {"minister", "ministry", "department", "secretary", "attorney"}:
                return True  # not "Justice Minister X"
        return False

    _OFFICE_WORDS = _OFFICE_HOLDERS | _SPOKES | {
        "secretary", "official", "chairman", "chairwoman", "chair",
        "commissioner", "president", "premier", "prime", "chancellor", "attorney", "general", "ambassador", "envoy",
        "officer", "administrator", "speaker", "leader", "judge", "justice", "magistrate", "member", "adviser",
        "advisor", "aide", "deputy", "undersecretary", "king", "queen", "prince", "emir", "sheikh", "captain", "capt",
        "capt.", "chief", "commander", "colonel", "lieutenant", "major", "admiral", "sergeant",
        "inspector", "superintendent", "manager", "coordinator", "registrar", "clerk", "auditor", "regulator",
    }  # fmt: skip

    def _person_has_office(self, speaker: str) -> bool:
        """Whether any mention of the person carries a title, an office or a body: not a bare name, nor one described
        only by a relative clause ("X, who sells ceramics", "X, 34, a mother of two")."""
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for t in span if t.ent_type_ != "PERSON"]
            phrase += [
                t for c in root.children if c.dep_ in ("compound", "appos", "amod", "nmod", "prep") for t in c.subtree
            ]
            phrase += _office_clause(root)  # "X, who heads the digital agency": an office a relative clause gives
            if root.dep_ in ("appos", "compound"):
                phrase.extend(root.head.subtree)
            if root.i > 0:
                phrase.append(root.doc[span.start - 1])
            for t in phrase:
                if t.i in range(span.start, span.end) and t.ent_type_ == "PERSON":
                    continue
                if t.lower_ in self._OFFICE_WORDS or t.lemma_.lower() in self._OFFICE_WORDS:
                    return True
                m = self.ctx.mention(t)
                if m is not None and m.entity_id != speaker and m.kind != "Person":
                    return True
        return False

    def _blocking_judge(self, speaker: str) -> bool:
        """In a story of a court blocking a ban (and no court imposing one), a judge or the court itself is the one
        that blocked it: "In his order, X wrote that lawmakers cared more about China than about protecting users"."""
        if any(self.ctx.category(b.imposed_by) == "court" for b in self.bans):
            return False
        cat = self.ctx.category(speaker)
        if any(
            sp.root.dep_ == "nsubj" and sp.root.head.lemma_.lower() == "uphold" for sp in self._mention_spans(speaker)
        ):
            return False  # "the Supreme Court upheld the law": the court that kept a ban, not one that blocked one
        return cat == "court" or (cat == "person" and self._person_is_judge(speaker))

    def _person_is_activist(self, speaker: str) -> bool:
        """ "rights activist X", "X, a researcher at ...": a title that puts a person outside government."""
        outside = set(words("statement", "outsiders"))
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [c for c in root.children if c.dep_ in ("compound", "amod")]
            phrase += [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                phrase.append(root.head)
            if any(t.lemma_.lower() in outside for t in phrase):
                return True
            for c in root.children:  # "X, a press freedom group": a campaigning group the parse took for a person
                if c.dep_ == "appos" and c.lemma_.lower() in self._CIVIL_NOUNS | {"group"}:
                    civil = self._CIVIL_GROUPS
                    if any(g.dep_ in ("compound", "amod") and {g.lower_, g.lemma_.lower()} & civil for g in c.children):
                        return True
            if any(self._advisers_firm(t) for c in root.children if c.dep_ == "appos" for t in c.subtree):
                return True  # "X, a partner at the consulting firm Y": an adviser's view, nobody's side
        return False

    def _person_of_outside_body(self, speaker: str) -> bool:
        """ "X, the director of Amnesty International", "X of the journalists' union": a body outside government."""
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for c in root.children if c.dep_ in ("appos", "compound") for t in c.subtree]
            # "X, who leads the KeepItOn campaign at Access Now": the body a relative clause puts them in
            phrase += [
                t for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in _AFFILIATING for t in c.subtree
            ]
            if root.dep_ == "appos":
                phrase.extend(root.head.subtree)
            # "X of the Kenya Digital Action Network": a named body whose last word is a campaigning body's, told with
            # "of" or "at" (a country's name inside it makes no office of the state)
            for c in root.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "at"):
                    body = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if body is not None and body.pos_ == "PROPN" and body.lower_ in self.lex["civil_name_words"]:
                        # not a state or a bloc: "X of the Russian Federation", "X of the European Union" speak for
                        # the state, the imposer or its jurisdiction
                        held = self.ctx.mention(body)
                        if held is not None and (
                            self.ctx.kind(held.entity_id) == "Jurisdiction" or held.entity_id in self.imposers
                        ):
                            continue
                        return True
            for t in phrase:
                mt = self.ctx.mention(t)
                if mt and mt.entity_id != speaker and self.ctx.category(mt.entity_id) == "other":
                    return True
                owner = self._possessor(t)
                if owner is not None and self.ctx.category(owner) == "other":
                    return True  # "the group ..., with its chairman X saying"
                outside = set(self.lex["outsiders"]) | set(words("actors", "other"))
                if t.lemma_.lower() in outside and t.i not in range(span.start, span.end):
                    return True  # "X, the association's co-director", "Consumers Foundation chairman X"
        return False

    def _person_speaks_for_target(self, speaker: str) -> bool:
        """The person's own phrase names a banned target ("a researcher at TikTok", "TikTok lawyer X")."""
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            phrase += [t for c in root.children if c.dep_ == "compound" and c.i < span.start for t in c.subtree]
            if any((m := self.ctx.mention(t)) and m.entity_id in self.targets for t in phrase):
                return True
            # "X, a lawyer representing Meta at the hearing": the firm the person acts for
            for t in phrase:
                if t.lemma_.lower() != "represent" or t.pos_ != "VERB":
                    continue
                for o in (c for c in t.children if c.dep_ == "dobj"):
                    m = self.ctx.mention(o)
                    if m is not None and (
                        m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
                    ):
                        return True
        return False

    def _possessor(self, tok) -> str | None:
        """ "its", "their" as a title's possessor: the body last named before it, in this or the previous sentence;
        not one named inside a quotation of its own sentence ('"X has been a haven for piracy," its director said':
        "its" is the body that was the subject of the sentence before, not X)."""
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss":
            return None
        sents = self.adoc.sentences
        here = self.adoc.sentence_index(tok.idx)
        floor = sents[max(0, here - 1)].start_char
        start = sents[here].start_char
        text = doc_text(tok.doc)
        for m in reversed(self.adoc.mentions):
            if m.end <= tok.idx and m.start >= floor and m.kind in ("Organisation", "Product"):
                if here > 0 and m.start >= start and sum(text[start : m.start].count(q) for q in self._QUOTES) % 2:
                    # quoted: the body that is the subject of the sentence before, when there is one
                    subj = next((c for c in sents[here - 1].root.children if c.dep_ == "nsubj"), None)
                    before = self.ctx.mention(subj) if subj is not None else None
                    if (
                        before is not None
                        and before.kind == "Organisation"
                        and before.entity_id != m.entity_id
                        # the imposer's own officer only when the quotation accuses the firm: "X blocked Signal.
                        # '"Signal has been a haven for privacy," its president said' is Signal's
                        and (
                            before.entity_id not in self.imposers
                            or self._haven_for_wrongdoing([t for t in sents[here] if t.i < tok.i])
                        )
                    ):
                        return before.entity_id
                return m.entity_id
        return None

    def _person_on_target_side(self, speaker: str, frame) -> bool:
        """ "Theo Bertram, the app's vice-president", "Adam Mosseri, the head of Instagram"."""
        spans = [m for m in self.adoc.mentions if m.entity_id == speaker]
        for m in spans:
            span = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            own = [c for c in root.children if c.dep_ in ("appos", "compound")]
            if any(t.lower_ in _OFFICE_HOLDERS for c in own for t in c.subtree if t.i < c.i + 1):
                return False  # "X, a liberal MEP from the Renew Europe group": a lawmaker, not the company's voice
            if (
                root.dep_ == "appos"
                and root.head.lower_ in _STATE_OFFICES
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.head.children)
            ):
                return False  # "Its information minister, X": a state's office, whatever "its" the parser finds (not
                # "Meta's former minister of communications for Asia, X", an office the named firm gives)
            # not what a relative clause says of them: "X, who has been targeted by a campaign on WeChat"
            # nor a coordinated name: "Representatives X and Y", Y (tagged a company by the NER) is not X's employer
            clauses = {t.i for c in root.children if c.dep_ in ("relcl", "acl", "conj", "cc") for t in c.subtree}
            # nor a time or place the parser hung on the name: "Justice X of the court on Friday ordered Y suspended"
            clauses |= {
                t.i
                for c in root.children
                if c.dep_ == "prep" and c.lower_ not in ("of", "at", "for", "from", "with")
                for t in c.subtree
            }
            # nor what the apposition's own relative clause tells: "X, the House's chief officer, whose office told
            # staff that the Microsoft app is a risk" is no Microsoft voice
            clauses |= {
                t.i
                for c in root.children
                if c.dep_ == "appos"
                for k in c.children
                if k.dep_ == "relcl"  # ("a lawyer representing the company" still tells whom they act for)
                for t in k.subtree
            }
            phrase = [t for t in root.subtree if t.i not in clauses]
            phrase += _office_clause(root)  # "X, who heads Instagram": the firm or app the person leads
            if root.dep_ == "appos":  # "Telegram's founder, Pavel Durov": the head and its possessor
                phrase.append(root.head)  # "TikTok India head [Nikhil Gandhi]": the head's own modifiers too
                phrase.extend(t for c in root.head.children if c.dep_ in ("poss", "compound") for t in c.subtree)
                # "The head of Instagram, Adam Mosseri": the firm or app the title is of
                phrase.extend(
                    t
                    for c in root.head.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "at")
                    for p in c.children
                    if p.dep_ == "pobj"
                    for t in p.subtree
                )
            for c in root.children:
                if c.dep_ == "appos":
                    phrase.extend(t for t in c.subtree if t.i not in clauses)
            for t in phrase:
                if self._opposed_in_title(t, root):
                    continue  # "X, a longtime critic of Huawei": the firm the person stands against
                mt = self.ctx.mention(t)
                if mt and mt.entity_id != speaker and self.ctx.category(mt.entity_id) in ("company", "product"):
                    return True
                owner = self._possessor(t)
                if owner is not None and self.ctx.category(owner) in ("company", "product"):
                    return True  # "X, its data protection officer": "its" the company just named
                if t.lemma_.lower() in _TARGET_NOUNS and any(c.dep_ == "poss" for c in t.head.children):
                    return True
                if t.lemma_.lower() in _TARGET_NOUNS and t.dep_ == "poss":
                    return True
                if (
                    t.lemma_.lower() in _TARGET_NOUNS
                    and t.dep_ == "pobj"
                    and t.head.lower_ in ("for", "of", "at")
                    and any(c.lower_ == "the" for c in t.children)
                    and not self._names_other_body(t)
                ):
                    return True  # "a spokeswoman for the company"
                if (
                    t.lower_ in ("company", "firm", "app", "platform")
                    and t.dep_ == "compound"
                    and t.head.lower_ in _SPOKES
                    and any(self.ctx.category(x) in ("company", "product") for x in self.targets)
                ):
                    return True  # "company spokesperson X", "app spokeswoman X": the banned firm's voice
            if self._corporate_title(phrase, span) and self._company_just_named(span):
                return True  # "OpenAI's own response was firm. Chief executive X wrote that ...": OpenAI's head
        return False

    _OPPONENTS = {"critic", "opponent", "sceptic", "skeptic", "detractor", "foe", "adversary", "rival", "competitor"}

    def _opposed_in_title(self, tok, root) -> bool:
        """The word stands in the person's title as what they oppose: "a critic of Huawei", "an opponent of the app"."""
        for a in tok.ancestors:
            if a.i == root.i:
                return False
            if a.lemma_.lower() in self._OPPONENTS:
                return True
        return False

    def _names_other_body(self, noun) -> bool:
        """ "director of the civil liberties group Big Brother Watch": the group the noun names is no firm."""
        for c in noun.children:
            if c.dep_ not in ("appos", "compound"):
                continue
            m = next((self.ctx.mention(t) for t in c.subtree if self.ctx.mention(t)), None)
            if m is not None and self.ctx.category(m.entity_id) not in ("company", "product"):
                return True
        return False

    _CORPORATE = {"ceo", "founder", "co-founder", "cofounder", "coo", "cto"}
    _ADVISERS = {
        "consulting",
        "consultancy",
        "advisory",
        "law",
        "research",
        "analytics",
        "cybersecurity",
        "cyber-security",
    }
    _FIRMS = {"firm", "company", "practice", "group", "house"}

    def _advisers_firm(self, tok) -> bool:
        """ "the consulting firm", "a law firm", "the financial-services consultancy": a firm that advises others."""
        lemma = tok.lemma_.lower()
        if lemma == "consultancy" and tok.pos_ == "NOUN":
            return True
        return lemma in self._ADVISERS and tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in self._FIRMS

    def _corporate_title(self, phrase, span) -> bool:
        """A company title before or beside the name ("Chief executive X", "X, the founder,"), with no public body."""
        near = list(phrase) + list(span.doc[max(span.sent.start, span.start - 3) : span.start])
        lowered = [t.lower_ for t in near]
        titled = any(w in self._CORPORATE for w in lowered) or any(
            a == "chief" and b in ("executive", "operating", "technology")
            for a, b in zip(lowered, lowered[1:], strict=False)
        )
        if not titled:
            return False
        return not any(
            (m := self.ctx.mention(t)) is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES
            for t in near
        )

    def _company_just_named(self, span) -> bool:
        """The last organisation or product named before the person, in their sentence or the one before, is a
        company or an app."""
        sents = self.adoc.sentences
        floor = sents[max(0, self.adoc.sentence_index(span.start_char) - 1)].start_char
        for m in reversed(self.adoc.mentions):
            if m.end > span.start_char or m.kind not in ("Organisation", "Product"):
                continue
            if m.start < floor:
                return False
            return self.ctx.category(m.entity_id) in ("company", "product")
        return False

    @staticmethod
    def _cue_text(content) -> str:
        """The content's words, lower-cased and spaced, the way the cue lexicons are matched against them; a word the
        tokenizer split at its hyphens ("co - operate", "heavy - handed") is one word again, as the lexicons write it,
        and also its parts ("cyber-security" still says "security")."""
        parts: list[str] = []
        glued = False
        marks = ('"', "\u201c", "\u201d")
        quotes = [k for k, t in enumerate(content) if t.text in marks]
        # 'an act of "bullying"', 'a "dangerous precedent"': the marks around a word or two quoted as a label are
        # read through; a longer quotation keeps its marks
        scare = {k for a, b in zip(quotes, quotes[1:], strict=False) if b - a <= 4 for k in (a, b)}
        for k, t in enumerate(content):
            if k in scare and not glued:
                continue
            if t.lower_ in ("n't", "n’t") and t.i > 0 and not t.doc[t.i - 1].whitespace_ and parts and not glued:
                parts[-1] += "n't"  # "does n't", "wo n't": one word again, as the lexicons write it ("won't work")
                continue
            joined = t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_ and parts
            if joined:
                parts[-1] += "-"
                glued = True
            elif glued:
                parts[-1] += t.lower_
                glued = False
            else:
                parts.append(t.lower_)
        words = []
        for w in parts:
            words.append(w)
            if "-" in w.strip("-"):
                words.append("(" + w.replace("-", " ") + ")")  # the parts, fenced off so no phrase runs across
        text = " " + " ".join(words) + " "
        text = re.sub(r"court of appeals?|appeals? court", "court-of-appeal", text)  # a court's name, not an appeal
        text = re.sub(r" (set|sets|setting)(?: [\w']+){1,3} back ", r" \1 back ", text)  # "set the program back"
        # "would coordinate with other EU data protection authorities": a kind of body named, no protection argued
        text = re.sub(
            r" (?:data|privacy|consumer) protection (?:authority|authorities|regulator|regulators|watchdog|watchdogs|"
            r"agency|agencies|commission|commissioner|office|board|officer|officers) ",
            " privacy-regulator ",
            text,
        )
        # "had no clear legal basis", "without any proper legal basis", "lacked any clear legal basis": the basis
        # denied, however it is qualified (the opposing cues "no legal basis", "without legal basis"; not the backing
        # "legal basis")
        text = re.sub(
            r" (no|without|lacks|lacked|lacking|lack)(?: any| a)?(?: clear| proper| valid| sound| firm| solid| adequate|"
            r" sufficient| real)? (legal|factual) basis ",
            lambda m: f" {'without' if m[1] == 'without' else 'no'} {m[2]} basis ",
            text,
        )
        # "urged his supporters to avoid violence": a call for calm, no case against the banned side
        text = re.sub(r" (?:avoid|avoiding|refrain from|renounce|shun) (?:all |any )?violence ", " keep calm ", text)
        # "he needed time to review the situation": time wanted for a decision, not a measure said to be needed
        text = re.sub(r" (?:need|needs|needed|needing) (?:more |some |further )?time ", " wants time ", text)
        # "the city must keep the data of our residents safe": the measure's case, however long the object
        text = re.sub(r" (keep|keeps|keeping|kept)((?: [\w']+){1,6}) (safe|secure) ", r" \1\2 \3 keep-safe ", text)
        # "parents cannot fight that alone", "so schools would not have to fight each battle with parents alone": the
        # help the measure gives those left alone against the harm (lexicon supports_ban "fight-alone")
        text = re.sub(r" (fight|fights|fighting|fought)((?: [\w']+){0,5}) alone ", r" \1\2 alone fight-alone ", text)
        # "serving customers with products that are not subject to the restrictions": what the measure leaves out,
        # no denial (the denial cue "not subject to" is a law said not to reach the speaker: "not subject to Chinese
        # law")
        text = re.sub(_NOT_SUBJECT_TO_MEASURE, " outside-the-measure ", text)
        text = _access_denied(text)
        # "blamed for a rise in cyber crime": the harm a measure answers (lexicon supports_ban words
        # "cyber-crime-rise"); the bare "cyber crime law" tells none
        text = re.sub(
            r" (?:rise|rising|surge|increase|spike|growth|upsurge|jump) (?:in|of) cyber(?:-| )?crimes?(?![\w-])",
            r"\g<0> cyber-crime-rise",
            text,
        )
        # "is surprised by these statements": taken aback by the accusations, which is a denial, not a protest
        return re.sub(
            r"surprised (?:by|at) (?:these|the|such|those|its|their) (?:statements|claims|allegations|accusations|"
            r"reports|remarks|comments)",
            "denies the claims",
            text,
        )

    def _target_denial(self, text: str, content=None) -> bool:
        """The banned side's record put right, itself no state's agent ("set the record straight", "is not an agent of
        any government"); not "was not an agent of reform but of Beijing", the agency charged after all."""
        text = re.sub(r" not an? agent of(?: [\w'-]+){1,4} but (?:rather )?(?:an? )?(?:agent )?of ", " agent of ", text)
        phrases = self.lex["cues"]["denies_allegation"]["target_phrases"]
        if content is not None and not self._harm_taken_down(content):
            phrases = [w for w in phrases if not self._TAKEN_DOWN.search(" " + w + " ")]
        return any_phrase(phrases, text)

    _TAKEN_DOWN = re.compile(r" (?:removed from|not allowed on) ")
    _SINGLING = {"such", "these", "those", "any", "all"}  # not "that" (the complementizer is parsed as its det)

    def _harm_taken_down(self, content) -> bool:
        """What is said removed from the platform or not allowed on it is the harmful matter itself, told as the
        charge told it: "content inciting violence ... is removed from the platform", "such videos are not allowed on
        the platform" (content, or a thing singled out by a clause, a phrase or "such"); not a bare "underage
        accounts are removed from the platform", "harmful videos are not allowed on the platform"."""
        for t in content:
            if t.lemma_.lower() not in ("remove", "allow") or t.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            if t.lemma_.lower() == "allow" and not any(c.dep_ == "neg" for c in t.children):
                continue
            for subj in (c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")):
                if subj.lemma_.lower() in ("content", "material", "post", "video") and any(
                    c.dep_ in ("acl", "relcl", "prep") for c in subj.children
                ):
                    return True
                if any(c.dep_ in ("det", "amod", "predet") and c.lower_ in self._SINGLING for c in subj.children):
                    return True
                if subj.lemma_.lower() == "content" and not any(c.dep_ == "amod" for c in subj.children):
                    return True
        return False

    def stance(self, speaker: str, frame, content, lemma: str) -> str:
        cues = self.lex["cues"]
        side = self.side(speaker, frame)
        content = self._unnamed(self._asserted(content))
        text = self._cue_text(content)

        def has(ws) -> bool:
            return any_phrase(ws, text)

        if has(self.lex["neutral"]) and lemma not in cues["denies_allegation"]["verbs"]:
            return "neutral"  # "said it had no view on the security assessment"
        if side != "target" and self._examining(frame):
            return "neutral"  # "said the council was looking into the security implications": a review, no side
        if has(cues["opposes_ban"]["refusal"]):
            return "opposes_ban"  # "The government will not be banning the app"
        if lemma == "accuse" and side != "target" and self._accuses_target(frame) and not self._accuses_rulers([frame]):
            return "supports_ban"  # "accused the platform of censoring posts": a charge against the banned side
        if lemma == "accuse" and side != "imposer" and not self.lifting and self._accuses_imposer(frame):
            return "opposes_ban"  # "the embassy accused the UK of smearing Chinese companies": a charge against the
            # state that imposed the measure
        if side != "imposer" and not self.lifting and self._insults_person_or_imposer(frame):
            return "opposes_ban"  # 'called the president a "dictator"': the ruler behind the measure named a despot
        # the lifting judged, before the approval list ("a good decision" there would be the lifting's)
        lifting_judged = self._lifting_judged(content)
        if lifting_judged == "backs" and side != "target":
            return "supports_ban"  # "said lifting the ban now would not be a good decision"
        if lifting_judged == "undoes":
            return "opposes_ban"  # "lifting the ban would be the right decision"
        if self.lifting:
            lifted = self._lifting_stance(frame, content, lemma, has)
            if lifted:
                return lifted
        if side != "imposer" and self._welcomes_undoing(frame):
            return "opposes_ban"  # "TikTok welcomed the restoration of the service": only the measure's foes welcome
            # its undoing
        if side != "imposer" and self._welcomes_ruling(frame) and self._outside_voice(speaker, side):
            return "opposes_ban"  # "the publisher welcomed the ruling", "the rights group welcomed the verdict and
            # said ...": the banned side or a campaigner welcomes only a ruling against the measure
        if side == "imposer" and self._own_ban_reason(frame):
            return "supports_ban"  # "banned X over what it called abusive language", "blocked X, calling it a threat":
            # the imposer's own reason for its ban
        if self.court_blocked and self._blocking_judge(speaker):
            if self._procedural(content, cues["opposes_ban"]["words"]):
                return "neutral"  # "the case raised questions that needed to be tried": the court's procedure, no view
            return "opposes_ban"  # the judge who blocked the ban, reasoning in the ruling: against it, whatever cue
        if self.court_blocked:
            ruled = self._ruling_stance(content, lemma, has)
            if ruled:
                return ruled

        if side == "imposer" and (self._reopened_on_terms(content) or self._kept_until(content)):
            return "supports_ban"  # "the app would be reopened once it complied with the law", "the block stays until
            # the company registers": the measure's terms, not a wish to lift it
        if lemma in _LIKENING and side != "imposer":
            return "opposes_ban"  # "compared the order to shutting down the internet", "likened the ban to book
            # burning": a critic's figure; from the measure's own side the cues decide
        deny_verb = lemma in cues["denies_allegation"]["verbs"]
        if deny_verb and frame.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "dobj" and c.lemma_.lower() in self._TALLIES for c in frame.children):
                deny_verb = False  # "rejected the count as fraudulent": a result refused, no charge against oneself
            measures = _BAN_NOUNS
            if any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in frame.children):
                deny_verb = False  # "rejected the ban as politically motivated" opposes it
                if side != "imposer" and lemma in ("reject", "dismiss", "denounce"):
                    return "opposes_ban"  # "Telegram rejected the decision"
            reasons = {"reasoning", "rationale", "logic", "justification"}
            if side != "imposer" and any(c.dep_ == "dobj" and c.lemma_.lower() in reasons for c in frame.children):
                return "opposes_ban"  # "rejected the government's reasoning": the case for the measure, not a charge
        if (
            side == "target"
            and lemma not in self.lex["critic_verbs"]
            and self._rebuts_accusation(content)
            and not has([w for w in cues["opposes_ban"]["words"] if w not in self._REBUTTALS])
        ):
            return "denies_allegation"  # "said the security claims were unfounded": the charge, not the ban
        denial = (
            deny_verb
            or has(cues["denies_allegation"]["phrases"])
            or (side == "target" and self._target_denial(text, content))
            or self._vouches(side, lemma, content, text)
            or (side == "target" and self._own_goods_vouched(speaker, content))
        )
        critic = lemma in self.lex["critic_verbs"] or self._objects_to_measure(frame)
        measures = _BAN_NOUNS
        if lemma == "question" and frame.pos_ in ("VERB", "AUX"):
            questioned = {c.lemma_.lower() for c in frame.children if c.dep_ == "dobj"}
            grounds = {"need", "rationale", "logic", "wisdom", "necessity", "proportionality", "legality", "legitimacy",
                       "justification", "basis", "validity", "lawfulness", "timing", "motive", "motivation"}  # fmt: skip
            if questioned & (measures | self._JUDGED | grounds):
                return "opposes_ban"  # "questioned the government's approach"
        if critic and frame.pos_ in ("VERB", "AUX"):
            objects = [c for c in frame.children if c.dep_ == "dobj"]
            if any(c.lemma_.lower() in measures for c in objects):
                return "opposes_ban"  # "criticised the decision as ...": nobody criticises their own measure
            if not objects and speaker not in self.imposers and self._bans_in(frame.sent) == []:
                return "opposes_ban"  # '"Taken without consultation," regretted X': regret about the story's measure
        if side != "imposer" and any(
            self._condemns_measure(f, measures) for f in (frame, *self._labelling_frames(frame))
        ):
            return "opposes_ban"  # "called the block unacceptable", "described the suspension as an attack on ..."
        if lemma in self.lex["praise_verbs"] and frame.pos_ in ("VERB", "AUX") and side != "target":
            rulings = {"ruling", "verdict", "judgment", "judgement", "outcome"}
            # the measure's making praised: "applauded the signing of the act", "welcomed the bill's passage"
            if any(
                c.dep_ == "dobj"
                and (
                    c.lemma_.lower() in measures | rulings
                    or self._enacted_measure(c)
                    # not a description: "the attorney general's office, which is defending the law, said ..."
                    or (frame.dep_ != "relcl" and self._welcomed_measure(c))
                    or self._it_is_the_measure(c)
                )
                for c in frame.children
            ):
                return "supports_ban"  # "welcomed the decision", "welcomed the vote", "praised the plan"
            if not self.lifting and self._praised_for_acting(frame):
                return "supports_ban"  # "praised the store for acting quickly", "commended the ministry for removing
                # the app": the one who carried the measure out praised for it
        judged = self._judged_measure(content, side)
        opposing = (
            self._opposing_cue(content, cues["opposes_ban"]["words"])
            or self._not_lawful_measure(content)
            or (critic and side != "imposer")
            or self._rather_than_ban(content)
            or self._not_safer(content)
            or self._wants_lifted(content, side)
            or self._wants_delayed(content)
            or (side != "imposer" and self._worried_by_measure(content))
            # in a story of its lifting, the imposing side too may tell what it hurt: "argued that the blocks do more
            # harm to businesses than to anyone they were meant to stop"
            or ((side != "imposer" or self.lifting) and self._measure_hurts(content))
            or (side != "imposer" and self._lost_trade(content))
            or (side != "imposer" and self._trade_stalled(content, self.ctx.category(speaker) == "person"))
            or (side != "imposer" and self._lives_on_target(content))
            # the measure said to send people to worse places or ways around it: "would push users toward riskier apps"
            or (side != "imposer" and self._displaces_users(content))
            # (the speaker's own backing in the same words wins: "takes half his orders by the app ... and supports
            # the ban")
            or (side != "imposer" and self._depends_on_target(content) and not self._backs_measure(frame, content))
            or (side != "imposer" and self._presses_case(content))
            or (side != "imposer" and self._goes_to_court(content, speaker))
            or (side != "imposer" and self._measure_denied_worth(content))
            or (side != "imposer" and self._needless_measure(content))
            or self._not_fair(content)
            or (side != "imposer" and self._turned_on_others(content))
            or (side != "imposer" and self._not_solved_by(content))
            or (side != "imposer" and self._leaves_untouched(content))
            or (side != "imposer" and self._nothing_permits(content))
            or (side != "imposer" and self._charges_motive(content))
            or (not self.lifting and judged == "bad")
            or self._acted_rightly(content) == "undoes"
            # "the regulator caved in to pressure": the measure as a surrender (in a lifting story, the lifting is)
            or (not self.lifting and self._opposing_cue(content, cues["opposes_ban"]["capitulation"]))
            # the banned firm's own worry can only be about the measure: "the company had serious concerns"
            or (side == "target" and has(cues["opposes_ban"]["target_words"]) and self._concerns_at_measure(content))
        )
        backing = cues["supports_ban"]["words"]
        # "a good decision", "years late" back the measure only when the measure is what is judged
        loose = [w for w in self._LOOSE_BACKING if w in backing and not self._loose_backing_holds(w, content)]
        if loose:
            backing = [w for w in backing if w not in loose]
        if self.lifting:
            # in a story of the measure lifted, what should have come sooner is the lifting: "the lifting should have
            # come sooner"
            backing = [w for w in backing if not w.startswith("should have come")]
        if side != "target" and self._outside_voice(speaker, side):
            backing = [w for w in backing if w != "cyber-crime-rise"]  # a critic: "used a rise in cyber crime as an
            # excuse"
        if (
            side == "other"
            and self.ctx.category(speaker) == "person"
            and self._person_is_activist(speaker)
            and self._risk_only_weighed(content)
        ):
            # an analyst weighing the risk ("the practical risk is hard to measure") describes it; a judgement
            # ("sensible", "overdue") still backs the measure
            backing = [w for w in backing if w not in set(cues["supports_ban"]["topic_words"])]
        supporting = (
            has(backing)
            or self._wants_removed(content)
            or self._used_for_attacks(content)
            or self._calls_for_measure(frame)
            or (side != "target" and self._data_sent_home(content))
            or (not self.lifting and self._acted_rightly(content) == "backs")
            or (not self.lifting and self._backs_measure(frame, content))
            or (not self.lifting and judged == "good")
            # a measure said to have worked was right, also when it is lifted: "the ban had achieved its goal"
            or judged == "worked"
            or (not self.lifting and self._wanted_sooner(content))
            or (not self.lifting and side != "target" and self._wants_more(content))
            or self._out_of_place(content)
            or self._acted_too_late(content)
            or self._undercut_by_target(content)
            or self._haven_for_wrongdoing(content)
            or (side != "target" and self._measure_obeys_order(text))
            # (not in a story of the measure lifted or struck down: "would respect the court's decision but foreign
            # platforms must still obey Turkish law" backs no measure)
            or (
                side != "target"
                and not self.lifting
                and not self._court_undid_measure()
                and self._must_keep_law(content)
            )
            or (side != "target" and self._wants_others_to_follow(content))
            # the measure kept until its terms are met, told by an office holder, or only wished by anyone else
            # ("should remain closed until ...")
            or (side == "other" and self._kept_until(content, wished=not self._speaks_for_a_state(speaker)))
        ) and not (self._accuses_rulers([*content, frame]))
        if side != "target" and not opposing and not self.lifting and self._labels_measure(frame):
            return "supports_ban"  # 'called the bill "basic cyber hygiene"', "described the ban as a first step"
        # the government lifting its ban says it was wrong; a minister may criticise the block of an independent regulator
        home_critic = opposing and not self._negated_support(content) and self._home_of_independent(speaker, frame)
        # a legislator speaks for themself, not for the government that imposed the measure: "State Sen. X called the
        # law unconstitutional"
        member_critic = opposing and side == "imposer" and self._person_is_legislator(speaker)
        # one of the imposing side's own leaders pledging to lift or hold off the measure: "will issue an executive
        # order to delay enforcement", "promised to scrap the ban"
        undoing = (
            side == "imposer"
            and self.ctx.category(speaker) == "person"
            and (self._wants_lifted(content, side) or self._wants_delayed(content))
        )
        if (
            not self.no_measure
            and self._denies_purpose(content)
            and (side == "imposer" or (side == "other" and self._speaks_for_a_state(speaker)))
        ):
            return "denies_allegation"  # "the decision was never meant to gag the media", "the government never
            # intended to silence anyone": the charge against the measure's aim rebutted, by its side (with no ban in
            # the story, "the framework was not meant to restrict ..." only describes a rule)
        if side == "other" and opposing and not critic and self._weighed(content):
            return "neutral"  # "said the restriction made sense for state systems but was unlikely to stop ...": both
        if side != "imposer" or (opposing and self.lifting) or home_critic or member_critic or undoing:
            if deny_verb:
                return "denies_allegation"
            if opposing:
                return "opposes_ban"
            outsider = side == "other" and self.ctx.category(speaker) == "person" and self._person_is_activist(speaker)
            if (
                denial
                and not outsider  # "that question has never been tested", says a law professor: an opinion, no denial
                and (side == "target" or not supporting or self._negated_support(content))
            ):
                return "denies_allegation"
        if (
            side == "imposer"
            and lemma == "deny"
            and any(c.dep_ == "ccomp" or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG") for c in frame.children)
        ):
            return "denies_allegation"  # "the government denied that the block had to do with the protests", "the
            # government denies interfering in church affairs"
        if side == "imposer" and deny_verb and frame.pos_ in ("VERB", "AUX"):
            # "officials deny any link between the block and the vote": the charge about the measure's motive
            accusations = {"accusation", "allegation", "charge", "criticism", "claim", "suggestion", "link",
                           "connection", "involvement", "wrongdoing", "motive", "interference"}  # fmt: skip
            if any(c.dep_ == "dobj" and c.lemma_.lower() in accusations for c in frame.children):
                return "denies_allegation"  # "the president rejected the accusations": about itself, not the ban
        if side == "imposer" and not supporting and has(cues["denies_allegation"]["imposer_phrases"]):
            return "denies_allegation"  # 'said that "nobody is persecuted for journalism" and the case is "purely
            # economic"': the charge against the measure's motive, denied by its side
        if side == "imposer" and self._denies_measure(content):
            self.denied_measure.add(speaker)
            return "denies_allegation"  # "China has not issued any laws prohibiting the use of Apple phones"
        if (
            side == "imposer"
            and (has(self._MEASURE_HARMS) or self._measure_takes_away(content))
            and not supporting
            and self.ctx.category(speaker) == "person"
            and not self._imposer_words(text, content, cues["supports_ban"]["imposer_words"])
            and not self._unlawful_standing(content)
            and not self._told_in(frame.sent)  # "the ban" re-mentioned is no ban told
            and not self._negated_support(content)
        ):
            return "opposes_ban"  # "X, the drone program manager at the county's fire service, said grounding ... set
            # the program back": an official of the imposing side who only criticises the measure
        governing = side == "imposer" or self.ctx.category(speaker) in ("government", "regulator", "jurisdiction")
        if governing and self._plans_ban(content, speaker):
            return "supports_ban"  # "said it was considering blocking the app if the company did not register"
        if side == "imposer" and (
            self._imposer_words(text, content, cues["supports_ban"]["imposer_words"])
            or self._will_not_hesitate(speaker, content)
            or self._unlawful_standing(content)
            or self._defends_measure(content)
            or self._heeds_advice(content)
            or self._platform_spreads_harm(content)
            or self._not_tolerated(content)
            or self._short_of_law(content)
        ):
            return "supports_ban"  # "the state would appeal", "defend the law", "will follow the agency's advice"
        imposer_verbs = set(cues["supports_ban"]["imposer_verbs"])
        own = any(b.imposed_by == speaker for b in self._bans_in(frame.sent))
        if side == "imposer" and lemma in imposer_verbs and not supporting and own and lemma != "cite":
            return (
                "neutral"  # "the parliament's administration recommended that members remove the app": the ban itself
            )
        if supporting and side == "other" and self._conceded(content, cues["supports_ban"]["words"]):
            return "neutral"  # "Keeping it off state phones is sensible. But anyone can run a copy": a hedge
        if supporting and side == "other" and self._standard_for_all(content):
            return "neutral"  # "any restrictions had to be lawful, necessary and proportionate": a rule, no verdict
        if side != "target" and (
            supporting or (side == "imposer" and lemma in imposer_verbs and self._about_measure(content))
        ):
            return "supports_ban"
        # no reason either: "apps such as TikTok", "Twitter as well as Netflix", "barred since 2020" (a time, not a cause)
        text = text.replace(" such as ", " like ").replace(" as well as ", " plus ")
        since = [t for t in content if t.lower_ == "since" and t.dep_ == "prep"]
        if since and not any(t.lower_ == "since" and t.dep_ != "prep" for t in content):
            text = text.replace(" since ", " from ")
        # whole words: "as" is a reason, "asked" or "assessment" is none
        if (
            side == "imposer"
            and any_phrase(cues["justify"], text, whole=True)
            and (self._bans_in(frame.sent) or self._forbids_dealing(content) or self._measure_based(content))
        ):
            return "supports_ban"  # "said the phones may not be sold because they fail the local-content rule"
        return "neutral"

    # a measure undone: "would stop enforcing the ban in accordance with the court's order" backs nothing
    _HALTING = {"stop", "suspend", "lift", "halt", "cease", "pause", "end", "drop", "withdraw", "rescind", "revoke"}
    _ORDER_WORDS = ("in compliance with", "in accordance with", "in line with", "in keeping with")

    def _imposer_words(self, text: str, content, imposer_words) -> bool:
        """The imposing side's words of backing (lexicon supports_ban imposer_words), not an order heeded by undoing the
        measure: "the state would stop enforcing the ban in accordance with the court's order"."""
        backing, heeding = _split_phrases(imposer_words, self._ORDER_WORDS)
        if any_phrase(backing, text) or self._imposer_pledges(text, content):
            return True
        return any_phrase(heeding, text) and not any(
            t.lemma_.lower() in self._HALTING and t.pos_ == "VERB" for t in content
        )

    # what the measure gives, generalised: childhood taken from or given back to children, the law on one's side, the
    # burden put on the platforms ("stealing our children's childhood", "parents have the law on their side", "the
    # responsibility lay with the platforms, not with children")
    _PLEDGE_PATTERN = re.compile(
        r"(?<![\w-])(?:(?:steal|steals|stealing|stole|stolen|rob|robs|robbing|robbed|give|gives|giving|gave|return|"
        r"returns|returning|returned|restore|restores|restoring|restored)(?: [\w'-]+){0,3} childhood|"
        r"(?:have|has|had|having) the law on (?:their|our|his|her|its|your) side|"
        r"(?:responsibility|onus|burden) (?:lies|lay|rests|rested|is|was|falls|fell|should be|must be) (?:with|on) "
        r"(?:the )?(?:platforms|companies|tech companies|social media companies|big tech))(?![\w-])"
    )
    # a negation, doubt or question before a pledge in its clause: "he doubted the law would be upheld", "was not
    # confident", "had no plans to", "it was not his job to", "asked whether the measure puts parents back in charge"
    _HEDGED = re.compile(
        r"(?<![\w-])(?:not|no|never|n't|nor|hardly|doubt|doubts|doubted|doubting|doubtful|unsure|uncertain|unclear|"
        r"whether|if|asked|wondered|questioned|skeptical|sceptical)(?![\w-])"
    )
    _CLAUSE_END = re.compile(r"(?:[,;:.!?]| and| but| while)(?![\w-])")
    _ACCOUNTABLE_OBJECTS = {"platform", "company", "firm", "giant", "network", "app", "tech", "provider"}

    def _hedged_before(self, before: str) -> bool:
        """A negation, doubt or question in the last words of ``before``'s clause (up to eight words)."""
        ends = list(self._CLAUSE_END.finditer(before))
        clause = before[ends[-1].end() :] if ends else before
        return self._HEDGED.search(" ".join(clause.split()[-8:]).lower()) is not None

    def _imposer_pledges(self, text: str, content) -> bool:
        """The imposing side's pledge to defend or enforce its measure, or what it gives those it is made for (lexicon
        supports_ban imposer_pledges, _PLEDGE_PATTERN, "hold the platforms accountable"), told plainly: whole words, no
        negation, doubt or question before it in its clause ("doubted the law would be upheld", "had no plans to hold
        platforms accountable", "the ban was not a line in the sand"), and not told of the ban's lifting ("lifting the
        ban would let young people take back control") or with a ban word cut short ("childhood backgrounds")."""
        if any(
            t.lemma_.lower() in self._UNDOING
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _BAN_NOUNS for c in t.children)
            for t in content
        ):
            return False
        pledges = frozenset(self.lex["cues"]["supports_ban"].get("imposer_pledges", ()))
        key = ("pledges", pledges)
        pattern = _WORD_PATTERNS.get(key)
        if pattern is None:
            alternatives = _trie_alternation(set(pledges))
            pattern = _WORD_PATTERNS[key] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        for rx in (pattern, self._PLEDGE_PATTERN):
            if any(not self._hedged_before(text[: m.start()]) for m in rx.finditer(text)):
                return True
        for t in content:
            # "ready to hold these platforms accountable", "will hold tech companies accountable"
            accountable = [c for c in t.children if c.lower_ == "accountable"]
            if t.lemma_.lower() != "hold" or not accountable:
                continue
            # the object, or the small model's subject of "accountable" ("hold [these platforms accountable]")
            held = [c for c in t.children if c.dep_ == "dobj"] + [
                c for a in accountable for c in a.children if c.dep_ == "nsubj"
            ]
            if not any(c.lemma_.lower() in self._ACCOUNTABLE_OBJECTS or self._carrier(c) for c in held):
                continue
            before = " ".join(x.text for x in t.doc[max(t.sent.start, t.i - 12) : t.i])
            if not self._hedged_before(before) and not self._asked(t):
                return True
        return False

    # doubt over the measure's standing: "said it was not clear the ban is in accordance with the law"
    _DOUBTED = re.compile(r"\b(?:not clear|unclear|whether|doubt|doubts|doubted|doubtful|questioned)\b")

    _OBEYED = re.compile(
        r" (?:the|this|that|its|our|their) (?:" + "|".join(sorted(_BAN_NOUNS)) + r") (?:was|is|were|are|had been|has "
        r"been) (?:made |taken |put in place |imposed )?in (?:full )?(?:compliance|accordance|keeping|line) with "
        r"(?:the|an|a|his|her|its|their|our)(?: [\w'-]+){0,3} (?:order|orders|directive|decision|ruling|instruction|"
        r"instructions|mandate|law|policy|guidance) "
    )

    def _measure_obeys_order(self, text: str) -> bool:
        """The measure told as carried out on a higher authority's order: "the block was in compliance with the
        executive order", "the ban is in line with the governor's directive": its case, given by one who stands behind it
        (not "X is in compliance with the law", said of the banned side's conduct)."""
        m = self._OBEYED.search(text)
        return m is not None and not self._DOUBTED.search(text[: m.start()])

    _MODALS = {"can", "could", "may", "might", "must", "shall"}
    _TALLIES = {"count", "tally", "result", "election", "vote", "poll"}

    def _carrier(self, w) -> bool:
        """A platform, a banned thing or its users: what may be told spreading a harm or not tolerated."""
        if w is None:
            return False
        if w.lemma_.lower() in set(self.lex["platform_nouns"]) | set(self.lex["spread_carriers"]):
            return True
        m = self.ctx.mention(w)
        return m is not None and (
            m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
        )

    def _harm_spread(self, w) -> bool:
        lemma = w.lemma_.lower()
        if lemma in self.lex["spread_harms"]:
            return True
        marks = set(self.lex["false_marks"])
        return lemma in ("news", "information", "content", "claim", "report") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in marks for c in w.children
        )

    def _platform_spreads_harm(self, content) -> bool:
        """The imposer's harm answered, told as spread by the platform or its users: "any platform that spreads
        false news and incites hatred", "the app was used to spread false information" (a spreading verb with a harm
        as object whose doer is a platform, a banned thing or users); not "the ruling party was the source of
        hatred", "would deepen hatred", "accused critics of incitement"."""
        spreading = set(self.lex["spreading_verbs"])
        for t in content:
            if t.lemma_.lower() not in spreading or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "dobj" and self._harm_spread(c) for c in t.children):
                continue
            v = t
            while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
                v = v.head
            doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if v.dep_ == "relcl" and (doer is None or doer.tag_ in ("WDT", "WP")):
                doer = v.head
            if v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() == "use":
                # "the app was used to spread ...", "accused X of using the platform to promote hatred"
                doer = next((c for c in v.head.children if c.dep_ in ("nsubjpass", "dobj")), doer)
            if self._carrier(doer):
                return True
        return False

    def _not_tolerated(self, content) -> bool:
        """ "would not tolerate any platform that ...": a negated 'tolerate' whose object is a platform, a banned
        thing or its users (not "would not tolerate any attempt to censor journalists")."""
        for t in content:
            if t.lemma_.lower() != "tolerate" or not any(c.dep_ == "neg" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._carrier(o) for o in objs):
                return True
        return False

    def _short_of_law(self, content) -> bool:
        """The banned side found short of the law: "its data transfers fall short of the act" ('fall short of' with
        a law or rules object; not "fell short of its promise")."""
        laws = set(self.lex["law_nouns"])
        for t in content:
            if t.lemma_.lower() != "fall" or not any(c.lower_ == "short" for c in t.children):
                continue
            ofs = [p for c in t.children for p in (c, *c.children) if p.dep_ == "prep" and p.lower_ == "of"]
            if any(o.dep_ == "pobj" and o.lemma_.lower() in laws for p in ofs for o in p.children):
                return True
        return False

    def _unlawful_standing(self, content) -> bool:
        """The banned side told to lack its standing in law (lexicon statement.unlawful_standing): "Binance had been
        serving residents without a licence", "the exchange is not licensed to operate here", "it was operating
        illegally", "Kraken is an unregistered operator". The one lacking it is the subject of the phrase's verb and
        must be the banned side (a target named, a holder noun, or "it"/"they" whose nearest noun before is one): not
        the speaker ("the ministry said it was not authorised to disclose ..."), not "registered" with an object ("had
        not registered any complaints"), and a standing lost only in the words themselves ("was not operating
        illegally", "was not illegal under Russian law" deny it)."""
        lex = self.lex["unlawful_standing"]
        lacked, negated, unlawful = set(lex["lacked"]), set(lex["negated"]), set(lex["unlawful"])
        acts, manners = set(lex["acts"]), set(lex["manners"])

        def denied(v) -> bool:
            chain = [v]
            while chain[-1].dep_ in ("acomp", "xcomp", "conj") and len(chain) < 4:
                chain.append(chain[-1].head)
            return any(c.dep_ == "neg" for x in chain for c in x.children)

        for t in content:
            low = t.lower_
            pred = None
            if low == "without" and t.dep_ == "prep":
                objs = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
                if any(o.lemma_.lower() in lacked or o.lower_ in lacked for o in objs):
                    pred = t.head
                    while pred.pos_ not in ("VERB", "AUX") and pred.dep_ in ("dobj", "pobj", "prep", "attr"):
                        pred = pred.head  # "providing services to users without a licence"
                    if denied(pred):
                        continue
            elif low in negated and t.pos_ in ("VERB", "ADJ", "AUX"):
                if not denied(t) or any(c.dep_ == "dobj" for c in t.children):
                    continue  # "is licensed"; "had not registered any complaints"
                pred = t
            elif low in unlawful:
                if denied(t) or (t.dep_ == "amod" and denied(t.head)):
                    continue
                if t.dep_ == "amod":
                    noun = t.head
                    if noun.dep_ == "attr":
                        pred = noun.head  # "Kraken is an unregistered operator"
                    elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
                        pred = noun.head.head  # "sending data in an unauthorised manner", "regarded as an unauthorised
                        # transmitter": the doer of the verb the phrase qualifies
                    elif noun.dep_ in ("nsubj", "nsubjpass") and self._standing_holder(noun):
                        return True  # "unlicensed lenders had been charging ..." (not "fraudsters use unlicensed apps")
                    else:
                        continue
                else:
                    pred = t
            elif low in manners and t.dep_ == "advmod" and t.head.lemma_.lower() in acts:
                if denied(t.head):
                    continue
                pred = t.head
            if pred is not None and self._standing_holder(self._standing_subject(pred)):
                return True
        return False

    @staticmethod
    def _standing_subject(v):
        """The subject of ``v``, through the verbs it completes or is joined to ("continued to operate without a
        licence", "had ignored requests and was operating without one"); the noun a participle or relative clause
        describes ("exchanges operating without a licence", "Binance, which is not registered")."""
        for _ in range(5):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return v.head if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else subj
            if v.dep_ in ("acl", "relcl"):
                return v.head
            if v.dep_ not in ("xcomp", "conj", "acomp", "advcl") or v.head is v:
                return None
            v = v.head
        return None

    def _standing_holder(self, w) -> bool:
        """``w`` stands for the banned side: a target named, a holder noun ("the exchange", "the app"), a noun it owns
        ("Binance's operations"), or "it"/"they" whose nearest noun before, in this sentence or the one before, is
        one ("the ministry said it was not authorised" is the ministry)."""
        if w is None:
            return False
        holders = set(self.lex["unlawful_standing"]["holders"])

        def banned(x) -> bool:
            m = self.ctx.mention(x)
            if m is not None:
                return m.entity_id in self.targets
            return x.pos_ in ("NOUN", "PROPN") and x.lemma_.lower() in holders

        if w.lower_ in ("it", "they"):
            sents = self.adoc.sentences
            here = self.adoc.sentence_index(w.idx)
            for x in reversed(w.doc[sents[here].start : w.i]):
                if x.pos_ == "PRON" and x.lower_ in ("it", "they", "he", "she", "we", "i"):
                    return False  # "it said it was not authorised to ...": the speaker again
                if x.pos_ in ("NOUN", "PROPN") and x.dep_ != "compound":
                    return banned(x)  # "the ministry said it ..." is the ministry; "blocked the app because it ..."
            # opening its sentence: the banned side if the sentence before names it or its kind
            if here == 0:
                return False
            return any(banned(x) for x in sents[here - 1] if x.pos_ in ("NOUN", "PROPN"))
        if banned(w):
            return True
        if w.pos_ == "PROPN" and self.ctx.mention(w) is None and w.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC"):
            return True  # a firm's name the entity stage left unknown: "Polymarket is not authorised to ..."
        return any(c.dep_ == "poss" and banned(c) for c in w.children)

    def _measure_based(self, content) -> bool:
        """The measure said to rest on a ground: "the government's advice was based on a joint assessment by ...",
        "the suspension is based on the law" (a measure noun the subject of "based on")."""
        measures = _BAN_NOUNS | set(words("ban", "advisory_nouns"))
        for t in content:
            if t.lower_ != "based" or not any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if any(c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in measures for c in t.children):
                return True
        return False

    def _forbids_dealing(self, content) -> bool:
        """The measure in the speaker's own words, as what may not be done with the thing: "the device could not be
        marketed", "the phones may not be sold" (a dealing verb, negated, with a modal)."""
        acts = set(self.lex["forbidden_dealings"])
        for t in content:
            if t.pos_ != "VERB" or t.lemma_.lower() not in acts:
                continue
            kids = list(t.children)
            if any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in self._MODALS for c in kids):
                return True
        return False

    def _unnamed(self, content) -> list:
        """The content without the words of the bodies and laws it names: "following the assessment of the Centre for
        Cyber Security", "in contact with the Data Protection Commission" say nothing of security or protection. A
        party stays ("could hand data to the Communist Party" is the speaker's fear)."""
        out = []
        for t in content:
            m = self.ctx.mention(t)
            if m is not None and m.kind in ("Organisation", "Law") and " " in m.text:
                entry = self.ctx.gaz.entries.get(m.entity_id) if self.ctx.gaz is not None else None
                if entry is None or entry.type != "party":
                    continue
            out.append(t)
        return out

    def _defends_measure(self, content) -> bool:
        """'would "vigorously defend" the executive order': defending or upholding the measure itself, whatever
        quotation marks or adverbs stand between the verb and its object."""
        measures = self._MEASURES_OR_BANS
        return any(
            t.lemma_.lower() in ("defend", "uphold")
            and t.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in t.children)
            for t in content
        )

    _HEEDING = {"follow", "heed", "implement", "adopt", "accept"}
    _COUNSEL = frozenset(words("statement", "counsel"))
    _AFTER = {"following", "after"}
    # the verbs telling the measure made ("was taken", "was imposed", "the decision came after"), not what was done to
    # it since ("would be reconsidered", "could be ended", "was challenged in court")
    _MADE = frozenset(words("ban_rules", "impose_verbs")) | frozenset(words("ban_rules", "settling_verbs")) | {"come"}

    def _heeds_advice(self, content) -> bool:
        """The imposing side carrying out the counsel the measure rests on: "the government would follow the agency's
        advice in full", "the administration followed the ministry's recommendation", "the decision followed a
        determination by ...", "the measure was taken following technical analysis" (not negated)."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if t.lemma_.lower() in self._HEEDING and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self._COUNSEL for c in t.children
            ):
                return True
            # the measure itself told taken after a finding (not "following no formal assessment")
            if (
                t.lemma_.lower() in self._MADE
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in measures for c in t.children)
                and any(
                    p.dep_ == "prep"
                    and p.lower_ in self._AFTER
                    and any(
                        o.lemma_.lower() in self._COUNSEL and not any(d.lower_ == "no" for d in o.children)
                        for o in p.children
                    )
                    for p in t.children
                )
            ):
                return True
        for t in content:
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            kids = list(t.children)
            if t.lemma_.lower() == "act" and any(
                p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() in self._COUNSEL for o in p.children)
                for p in kids
            ):
                return True  # "ministers should act on the agency's findings"
            if (
                t.lemma_.lower() == "take"
                and any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in self._COUNSEL) for c in kids)
                and any(c.lower_ == "seriously" for c in kids)
            ):
                return True  # "expected ministries to take the agency's findings seriously", "had to take seriously
                # that both apps could be used by foreign states"
        return False

    _WORRIES = {"concern", "worry", "doubt", "reservation", "concerned", "worried", "question"}
    _MEASURES = {"bill", "law", "legislation", "framework", "regime", "rule", "requirement", "proposal", "plan",
                 "policy", "licensing", "amendment", "regulation"}  # fmt: skip
    # the measure's words: a ban's nouns and a rule's (computed once, not per call)
    _MEASURES_OR_BANS = frozenset(_BAN_NOUNS | _MEASURES)

    def _worried_by_measure(self, content) -> bool:
        """Concerns about the measure itself ("had concerns about the speed with which the framework was introduced",
        "raised questions over the bill"), not about the banned side ("concerns about the app's data handling")."""
        measures = self._MEASURES_OR_BANS
        if self._measure_a_cause_for_concern(content, measures):
            return True
        for t in content:
            if t.lemma_.lower() not in self._WORRIES or t.pos_ not in ("NOUN", "ADJ"):
                continue
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in t.children) or any(
                c.dep_ == "neg" for c in t.head.children
            ):
                continue  # "there were no concerns about the order"
            for prep in (
                c for c in t.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "with", "regarding")
            ):
                for x in prep.subtree:
                    m = self.ctx.mention(x)
                    if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) in (
                        "company", "product",
                    )):  # fmt: skip
                        break  # "concerns over how TikTok handles data under the new law": the banned side's conduct
                    if x.lemma_.lower() in measures and x.pos_ == "NOUN":
                        return True
        return False

    _CAUSES = {"cause", "source", "matter", "reason"}

    # others wanted to do the same: "urged other states to take similar steps", "should do exactly the same"
    _STEP_NOUNS = {"step", "measure", "action", "ban", "restriction", "move"}
    _LIKE = {"similar", "same", "comparable", "equivalent"}
    _URGING = {"urge", "call", "ask", "encourage", "press", "invite", "want", "tell"}
    _WANTED_MODALS = {"should", "must", "ought", "shall"}

    def _wants_others_to_follow(self, content) -> bool:
        """Others wanted to do the same as the measure: "urged other states and the federal government to take similar
        steps", "the Parliament should do exactly the same", "called on other countries to follow suit"; not "urged
        others not to follow suit", not "asked whether Britain would do the same"."""
        for t in content:
            lemma = t.lemma_.lower()
            objects = [c for c in t.children if c.dep_ == "dobj"]
            if lemma == "follow":
                same = any(o.lower_ == "suit" for o in objects)
            elif lemma == "do":
                same = any(o.lemma_.lower() == "same" for o in objects)
            elif lemma in ("take", "adopt", "introduce", "impose"):
                same = any(
                    o.lemma_.lower() in self._STEP_NOUNS and any(a.lower_ in self._LIKE for a in o.children)
                    for o in objects
                )
            else:
                continue
            if not same or t.pos_ != "VERB":
                continue
            wanted = any(c.dep_ == "aux" and c.lower_ in self._WANTED_MODALS for c in t.children) or (
                t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in self._URGING
            )
            negated = any(c.dep_ == "neg" for c in t.children) or any(
                c.dep_ == "neg" for c in t.head.children if t.dep_ in ("xcomp", "ccomp")
            )
            if wanted and not negated and self._urged_can_impose(t):
                return True
        return False

    _STATE_WORDS = {"state", "country", "nation", "government", "parliament", "legislature", "congress", "senate",
                    "province", "city", "council", "regulator", "authority", "ministry", "administration", "lawmaker",
                    "legislator", "capital", "member", "jurisdiction", "democracy"}  # fmt: skip

    def _urged_can_impose(self, verb) -> bool:
        """The party wanted to do the same can itself impose a measure: a government, state or body ("urged other
        states to take similar steps", "the Parliament should do exactly the same", "Britain should follow suit");
        not "urged her followers to do the same", "the opposition should do the same"."""
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self._URGING:
            head = verb.head
            urged = [c for c in head.children if c.dep_ == "dobj"]
            urged += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
            urged += [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            urged = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for u in urged:
            group = [u, *(c for c in u.children if c.dep_ == "conj")]
            for x in group:
                if x.lemma_.lower() in self._STATE_WORDS or x.lemma_.lower() in words("actors", "generic_government"):
                    return True
                m = self.ctx.mention(x)
                if m is not None and (
                    m.kind == "Jurisdiction"
                    or (
                        m.kind == "Organisation"
                        and self.ctx.category(m.entity_id) not in ("company", "product", "other")
                    )
                ):
                    return True
        return False

    _ATTACKS = {"cyberattack", "cyberattacks", "phishing", "malware", "attack", "attacks"}
    _USING = {"use", "exploit", "employ"}

    def _used_for_attacks(self, content) -> bool:
        """The app used for attacks: "uses the messenger for cyberattacks, phishing, spreading malware" (a using verb
        with an object, the attacks under its "for"); not "the website was hit by a cyberattack", "fake clones of the
        app that carry malware"."""
        for t in content:
            low = t.lower_
            if low not in self._ATTACKS or (
                low.startswith("attack") and not any(c.lower_ == "cyber" for c in t.children)
            ):
                continue
            x, prep = t, None
            for _ in range(6):
                if x.dep_ == "prep" and x.lower_ in ("for", "in"):
                    prep = x
                if x.head is x:
                    break
                x = x.head
                if prep is not None and x.lemma_.lower() in self._USING and x.pos_ == "VERB":
                    if any(c.dep_ in ("dobj", "nsubjpass") for c in x.children) and not any(
                        c.dep_ == "neg" for c in x.children
                    ):
                        return True
                    break
        return False

    # keeping a country's law: "has to respect Nepal's law", "had to play by Brazilian rules", "must comply with local law"
    _KEEPING_LAW = {"respect": None, "obey": None, "follow": None, "honour": None, "honor": None, "abide": "by",
                    "play": "by", "comply": "with"}  # fmt: skip
    _LAWS = {"law", "rule", "regulation", "legislation", "constitution"}
    _OBLIGED = {"must", "should"}
    _RULING_HOLDERS = {"court", "judge", "police", "minister", "ministry", "regulator", "authority", "we"}

    def _court_ruling_accepted(self, content) -> bool:
        """ "would respect the court's decision", "will abide by the ruling of the court": a court's ruling accepted."""
        for t in content:
            if t.lemma_.lower() not in self._KEEPING_LAW and t.lemma_.lower() != "accept":
                continue
            ruled = [c for c in t.children if c.dep_ == "dobj"]
            ruled += [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("by", "with") for o in p.children]
            for r in ruled:
                if r.lemma_.lower() in self._RULINGS and any(x.lemma_.lower() == "court" for x in r.subtree):
                    return True
        return False

    def _must_keep_law(self, content) -> bool:
        """The rule the banned side is held to, as an obligation: "any company that wants to do business in Nepal has to
        respect Nepal's law", "foreign companies had to play by Brazilian rules", "platforms must comply with local law";
        not "do not have to follow the law", not "the government must respect the rule of law" (a critic's charge),
        not the government or authorities held to it."""
        public = set(words("actors", "generic_government")) | self._RULING_HOLDERS
        if self._court_ruling_accepted(content):
            return False  # "would respect the court's decision but foreign platforms must still obey Turkish law": the
            # ruling against the measure accepted, the law upheld in general
        for t in content:
            particle = self._KEEPING_LAW.get(t.lemma_.lower(), "")
            if particle == "" or t.pos_ != "VERB":
                continue
            obliged = any(c.dep_ == "aux" and c.lower_ in self._OBLIGED for c in t.children)
            holder = t
            if not obliged and t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "need"):
                obliged = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                holder = t.head
            if not obliged or any(c.dep_ == "neg" for c in (*t.children, *holder.children)):
                continue
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in public:
                continue
            if particle:
                laws = [o for p in t.children if p.dep_ == "prep" and p.lower_ == particle for o in p.children]
            else:
                laws = [c for c in t.children if c.dep_ == "dobj"]
            for law in laws:
                if law.lemma_.lower() not in self._LAWS:
                    continue
                if any(p.dep_ == "prep" and p.lower_ == "of" for p in law.children):
                    continue  # "the rule of law"
                return True
        return False

    @staticmethod
    def _measure_a_cause_for_concern(content, measures) -> bool:
        """ "the orders were a cause for concern for all media", "the law is a matter of serious concern": the measure
        itself, the copula's subject, said to worry; not "the app's data practices are a cause for concern", not "the
        ban is no cause for concern"."""
        for t in content:
            if t.lemma_.lower() not in ("concern", "worry", "alarm") or t.dep_ != "pobj":
                continue
            prep = t.head
            cause = prep.head
            if prep.lower_ not in ("for", "of") or cause.lemma_.lower() not in StatementExtractor._CAUSES:
                continue
            if cause.dep_ != "attr" or any(c.lower_ in ("no", "little") for c in cause.children):
                continue
            copula = cause.head
            if any(c.dep_ == "neg" for c in copula.children):
                continue
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in copula.children):
                return True
        return False

    _NEGATIONS = {"not", "no", "n't", "never", "without", "nothing", "little", "nobody", "unlikely", "non"}

    def _risk_only_weighed(self, content) -> bool:
        """Every word of the risk in the content is the topic of the clause, not a charge: its subject ("the real risk
        is the phone itself", "the concern is less about the model"), or what something says little of ("say very
        little about the risk"); not "the app is a security risk" nor "concerns about how X handles data"."""
        topic = set(self.lex["cues"]["supports_ban"]["topic_words"])
        hits = [t for t in content if t.lower_ in topic or (t.pos_ == "NOUN" and t.lemma_.lower() in topic)]
        if not hits:
            return False
        for t in hits:
            while t.dep_ in ("compound", "amod") and t.head.i != t.i:
                t = t.head  # "the security risk": the risk's place in the clause
            if t.dep_ in ("nsubj", "nsubjpass"):
                continue
            if any(x.lower_ in ("little", "nothing") for a in list(t.ancestors)[:3] for x in (a, *a.children)):
                continue
            return False
        return True

    # what a measure does to those it falls on: "would cut off millions", "locks young people out", "would hit users"
    _HURTING = {"hurt", "harm", "hit", "damage", "destroy", "kill", "devastate", "cripple", "punish", "isolate",
                "deprive", "strangle", "ruin", "wreck", "lock", "shut", "cut", "rob", "undermine", "endanger",
                # what it breaks: "argued that the exclusion breaches an investment treaty"
                "breach", "violate", "contravene", "infringe", "trample"}  # fmt: skip
    # "the blocks do more harm to businesses than ...", "the ban causes real damage": the harm as the object
    _HARM_NOUNS = {"harm", "damage"}
    _JOBLESS_VERBS = frozenset(words("statement", "jobless_verbs"))
    _JOBLESS_NOUNS = frozenset(words("statement", "jobless_nouns"))
    _JOBLESS_WORDS = frozenset(words("statement", "jobless_words"))
    _BINDING_VERBS = frozenset(words("statement", "binding_verbs"))
    _BINDING_OBJECTS = frozenset(words("statement", "binding_objects"))

    # a harm told as slight or none: "does little harm to users", "causes no damage", "minimal harm"
    _SCANT = {"no", "little", "minimal", "negligible", "scant", "limited", "any"}
    _HURT_PARTICLES = {"lock": {"out"}, "shut": {"down", "off", "out"}, "cut": {"off"}}
    _PEOPLE = {"people", "user", "citizen", "resident", "customer", "family", "child", "student", "creator",
               "subscriber", "consumer", "reader", "viewer", "journalist", "business", "teenager", "person"}  # fmt: skip
    _WRONGDOERS = {"criminal", "fraudster", "scammer", "spy", "adversary", "enemy", "terrorist", "hacker", "gang"}

    def _leaves_jobless(self, verb) -> bool:
        """``verb`` ("put", "leave") takes work from its object: "put workers out of jobs" (out -> of -> jobs),
        "leave thousands jobless" (the adjective on the object or as its predicate)."""
        for c in verb.children:
            if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        if any(o.dep_ == "pobj" and o.lower_ in self._JOBLESS_NOUNS for o in p.children):
                            return True
            if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in self._JOBLESS_WORDS:
                return True
            if c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in self._JOBLESS_WORDS for a in c.children):
                return True
        return False

    def _displaces_users(self, content) -> bool:
        """People said to be sent elsewhere by the measure (lexicon statement.displacement): "the block would push
        users toward riskier apps", "teenagers would simply migrate to less moderated services", "people will just use
        VPNs", "a blunt tool that pushes users towards VPNs". The moving is foretold (a modal on the verb or on the verb
        it completes: "would force them to use VPNs") or, for a verb that moves others, told in the present of what the
        measure does; a fact reported ("many users had switched to VPNs") or a moving denied ("would not push users to
        ...") is no such case."""
        lex = self.lex["displacement"]
        verbs, others = set(lex["verbs"]), set(lex["moving_others"])
        preps, around = set(lex["preps"]), set(lex["ways_around"])
        worse, fewer = set(lex["worse_marks"]), set(lex["fewer"])
        predictions = set(self.lex["judged_outcome"]["predictions"])

        def worse_place(o) -> bool:
            if (
                o.lower_ in around
                or o.lemma_.lower() in around
                or "private network" in " ".join(t.lower_ for t in o.subtree)
            ):
                return True
            for m in o.children:
                if m.dep_ not in ("amod", "compound"):
                    continue
                if m.lower_ in worse or any(a.dep_ == "advmod" and a.lower_ in fewer for a in m.children):
                    return True
            return False

        ids = {t.i for t in content}
        for t in content:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in verbs:
                continue
            places = [
                o
                for p in t.children
                if p.dep_ in ("prep", "dative") and p.lower_ in preps
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if lemma == "use":
                places += [c for c in t.children if c.dep_ == "dobj"]
            places += [c for o in places for c in o.conjuncts]
            if not any(worse_place(o) for o in places):
                continue
            chain = [t]
            while (
                chain[-1].dep_ in ("xcomp", "conj")
                and chain[-1].head.i in ids
                and chain[-1].head.pos_ in ("VERB", "AUX")
            ):
                chain.append(chain[-1].head)
            if any(c.dep_ == "neg" for v in chain for c in v.children):
                continue
            foretold = any(c.dep_ == "aux" and c.lower_ in predictions for v in chain for c in v.children)
            now = lemma in others and t.tag_ in ("VBZ", "VBP") and any(c.dep_ == "dobj" for c in t.children)
            if (foretold or now) and self._displaced_by_measure(t, chain):
                return True
        return False

    def _displaced_by_measure(self, t, chain) -> bool:
        """The moving ``t`` (with the verbs it completes, ``chain``) is the measure's doing to its public: who moves
        is the public (lexicon statement.displacement.movers, or "they"/"them" whose nearest noun before is one), not
        wrongdoers or the firm ("hackers would use unofficial copies", "TikTok could use offshore entities"); a verb
        moving others has the measure as its subject ("the ban would push users ...", "cutting teenagers off may push
        them ...", "a crude tool that pushes users ..."); and the moving is not told of a world without the measure
        ("without the ban children would go to ...": a case for it) nor on a condition about something else ("if Meta
        loosened its rules, teenagers would migrate ...")."""
        lex = self.lex["displacement"]
        movers, others = set(lex["movers"]), set(lex["moving_others"])
        measures = self._MEASURES_OR_BANS  # "move", "decision", "measure", "order" are among its nouns
        banning = set(words("ban", "verbs"))

        def nearest_noun(w):
            sents = self.adoc.sentences
            here = self.adoc.sentence_index(w.idx)
            floor = sents[max(0, here - 1)].start
            for x in reversed(w.doc[floor : w.i]):
                if x.pos_ in ("NOUN", "PROPN") and x.dep_ != "compound":
                    return x
            return None

        def public(w) -> bool:
            if w is None:
                return False
            if w.lower_ in ("they", "them"):
                w = nearest_noun(w)
                if w is None:
                    return False
            return self.ctx.mention(w) is None and (w.lower_ in movers or w.lemma_.lower() in movers)

        def the_measure(w) -> bool:
            if w is None:
                return False
            if w.tag_ in ("WDT", "WP") and w.head.dep_ == "relcl":
                w = w.head.head  # "a crude tool that pushes users ..."
                if w.dep_ == "attr":
                    w = next((c for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if w is None:
                        return False
            if w.dep_ == "csubj" or w.pos_ == "VERB":
                return w.lemma_.lower() in banning  # "shutting the app may push ..."
            if w.lower_ in ("it", "this"):
                w = nearest_noun(w)
                if w is None:
                    return False
            m = self.ctx.mention(w)
            return w.lemma_.lower() in measures or (m is not None and m.kind == "Law")

        def subject(v):
            return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)

        # who moves, and what moves them
        mover, cause = None, None
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if t.lemma_.lower() in others and obj is not None:
            mover, cause = obj, subject(t)
        elif t.dep_ == "xcomp" and t.head.lemma_.lower() in others and subject(t) is None:
            o = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            mover, cause = (o, subject(t.head)) if o is not None else (subject(t.head), None)
        else:
            mover = next((s for v in chain if (s := subject(v)) is not None), None)
        if not public(mover):
            return False
        if cause is not None and not the_measure(cause):
            return False
        if obj is not None and t.lemma_.lower() in others and cause is None:
            return False  # "pushing users to ...": no measure told as the one pushing
        # a world without the measure, or a condition about something else
        conditions = set(lex["conditions"])
        named = _BAN_NOUNS
        for v in chain:
            for k in v.children:
                if k.dep_ == "prep" and k.lower_ == "without":
                    # what it lacks: its object, or the words right after it when the parse ran them into the
                    # subject ("without the ban children would go ...")
                    lacked = [o for o in k.children if o.dep_ == "pobj"] or list(t.doc[k.i + 1 : k.i + 4])
                    if any(o.lemma_.lower() in measures for o in lacked):
                        return False  # "without the ban children would go to darker corners"
                if k.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditions for c in k.children):
                    told = list(k.subtree)
                    if not any(
                        x.lemma_.lower() in named
                        or (x.pos_ == "VERB" and x.lemma_.lower() in banning)
                        or (self.ctx.mention(x) is not None and self.ctx.mention(x).kind == "Law")
                        for x in told
                    ):
                        return False  # "if Meta loosened its rules, teenagers would migrate ..."
        return True

    def _measure_hurts(self, content) -> bool:
        """The measure (or "it" for one named before) is the subject of a verb of harm done to people or a service:
        "the ban would cut off 170 million users", "the law locks teenagers out of the public square", "it would hit
        ordinary families" — not harm to a state or to wrongdoers ("would hurt Beijing", "cripple the gangs")."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            lemma = t.lemma_.lower()
            harm_done = lemma in ("do", "cause") and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in self._HARM_NOUNS
                and not any(q.i < c.i and q.lower_ in self._SCANT for q in c.children)
                for c in t.children
            )
            # "the cut puts lives at risk", "the block placed patients in danger"
            harm_done = harm_done or (
                lemma in ("put", "place")
                and any(
                    p.dep_ == "prep"
                    and p.lower_ in ("at", "in")
                    and any(o.lemma_.lower() in ("risk", "danger", "jeopardy") for o in p.children)
                    for p in t.children
                )
            )
            # "the ban would put thousands of workers out of jobs", "would leave couriers jobless", "would tie the
            # hands of investigators": work taken from people, or hands bound (lexicon statement.jobless_*, binding_*)
            harm_done = harm_done or (lemma in self._JOBLESS_VERBS and self._leaves_jobless(t))
            # "the ban would make it harder to report abuse", "makes it impossible for traders to reach customers"
            harm_done = harm_done or (lemma == "make" and self._makes_hard(t))
            # "the law has taken tools away from our deputies", "the rule takes lifesaving equipment away from first
            # responders": what people work or live by taken from them (not the banned app taken off a phone)
            harm_done = harm_done or (lemma == "take" and self._takes_away_from_people(t))
            harm_done = harm_done or (
                lemma in self._BINDING_VERBS
                and any(c.dep_ == "dobj" and c.lemma_.lower() in self._BINDING_OBJECTS for c in t.children)
            )
            if (lemma not in self._HURTING and not harm_done) or t.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            needed = self._HURT_PARTICLES.get(lemma)
            if (
                needed
                and not any(c.dep_ in ("prt", "prep") and c.lower_ in needed for c in t.children)
                and not (lemma == "shut" and any(c.dep_ == "dobj" for c in t.children))
            ):
                continue  # "would shut one of the few channels" has its object; "cut" alone may be a saving
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            gerund = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in self._BANNING_GERUNDS
                ),
                None,
            )
            if subj is None and gerund is not None:
                return True  # "cutting off platforms during an election robs citizens of the information they need"
            sufferer = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subj is None and sufferer is not None and sufferer.lemma_.lower() in self._PEOPLE:
                return True  # "80 million people would be cut off from the world": the harm told from its victims
            if subj is None:
                continue
            if subj.lower_ in ("it", "this"):
                if not any(x.lemma_.lower() in measures and x.i < t.i for x in t.sent):
                    continue
            elif subj.lemma_.lower() not in measures:
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if lemma == "shut" and obj is not None and obj.lemma_.lower() in ("door", "gate"):
                # "shut the door on foreign propaganda": an idiom, harm only when shut on people
                shut_on = [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                shut_on += [n for g in shut_on for p in g.children if p.lower_ == "of" for n in p.children]
                if not any(g.lemma_.lower() in self._PEOPLE for g in shut_on):
                    continue
            if obj is not None and self._spared(obj):
                continue
            if lemma in self._BINDING_VERBS and obj is not None:
                # "would tie the hands of Chinese intelligence services", "would tie Beijing's hands": whose hands
                # are bound gets the same spare as the object
                owners = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
                owners += [c for c in obj.children if c.dep_ == "poss"]
                if any(o.dep_ in ("pobj", "poss") and self._spared(o) for o in owners):
                    continue
            return True
        return False

    # what a measure may take away from people that is a loss to them: "taken tools away from our deputies"
    # (not "access", which a measure takes from those it is aimed at: "takes access to user data away from ByteDance
    # employees"; nor one story's kit, "drone", "device")
    _TAKEN = {"tool", "equipment", "lifeline", "livelihood", "job", "income", "voice", "right", "freedom", "choice",
              "option", "way", "means", "resource"}  # fmt: skip
    # those who work with what is taken, besides the measure's ordinary users: "away from first responders"
    _WORKERS = {"deputy", "officer", "responder", "firefighter", "police", "agency", "department", "crew", "team",
                "staff", "employee", "professional", "rescuer", "volunteer", "sheriff"}  # fmt: skip

    def _takes_away_from_people(self, verb) -> bool:
        """``verb`` ("take") with "away" takes a tool or a right from people: "has taken tools away from our deputies",
        "takes lifesaving equipment away from first responders"; not "takes the app away from officials' phones" (the
        banned thing off a device) nor "takes the data away from foreign hands"."""
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self._TAKEN:
            return False
        if any(q.i < obj.i and q.lower_ in self._SCANT for q in obj.children):
            return False  # "takes no tools away from our deputies that we cannot replace"
        if self._take_disowned(verb):
            return False
        m = self.ctx.mention(obj)
        if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")):
            return False
        losers = [
            g
            for x in (verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod")))
            for p in x.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(
            g.lemma_.lower() in self._HINDERED | self._WORKERS and not self._spared(g) and not self._foreign_staff(g)
            for g in losers
        )

    def _foreign_staff(self, w) -> bool:
        """Those taken from belong to the banned side or to another company: "away from ByteDance employees", "from
        the company's staff" (a measure's aim, not a loss to those it protects)."""
        owners = [c for c in w.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        owners += [o for p in w.children if p.dep_ == "prep" and p.lower_ in ("of", "at") for o in p.children]
        for o in owners:
            m = self.ctx.mention(o)
            if m is None:
                continue
            firm = self.ctx.category(m.entity_id) in ("company", "product")
            if m.entity_id in self.targets or (firm and m.entity_id not in self.imposers):
                return True
        return False

    # what frames a claim as someone else's or as false: "critics claim the law has taken ...", "it is not true that"
    _CLAIMING = {"claim", "say", "allege", "argue", "suggest", "contend", "insist", "assert", "complain"}
    _FALSE = {"wrong", "false", "untrue", "myth", "nonsense", "misleading", "incorrect"}

    def _take_disowned(self, verb) -> bool:
        """The taking told under a negation ("it is not true that the ban takes tools away"), as another's claim
        ("critics claim this law has taken tools away") or called false in the same quote ("..., but that is simply
        wrong")."""
        doc = verb.doc
        for a in verb.ancestors:
            lo, hi = sorted((a.i, verb.i))
            if any(doc[k].text in self._QUOTES for k in range(lo, hi)):
                break  # the reporting verb outside the quote: '"...," said Sheriff Tom Knight'
            if any(c.dep_ == "neg" for c in a.children):
                return True
            quoted = any(doc[k].text in self._QUOTES for k in range(a.sent.start, a.i))
            if a.lemma_.lower() in self._CLAIMING and (a.dep_ != "ROOT" or quoted):
                # another's claim inside the speaker's words, not the speaker's own "X said the ban takes ..."
                subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ not in ("i", "we"):
                    return True
        return any(t.lemma_.lower() in self._FALSE and t.dep_ in ("acomp", "attr") for t in verb.sent)

    def _measure_takes_away(self, content) -> bool:
        """The measure, unnegated, is the subject of taking tools from people: "this law has taken tools away from our
        deputies" (what an official of the imposing side may say against it as well as an outsider)."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() != "take" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in measures and self._takes_away_from_people(t):
                return True
        return False

    _HARD = {"hard", "difficult", "impossible", "costly", "expensive", "harder", "costlier"}
    # those a measure may not make anything hard for without a case against it: its ordinary users
    _HINDERED = _PEOPLE | {"reporter", "nurse", "doctor", "patient", "teacher", "parent", "worker", "trader",
                           "merchant", "vendor", "seller", "farmer", "driver", "researcher", "activist", "firm",
                           "company", "shop", "entrepreneur", "freelancer", "individual", "everyone", "anyone",
                           "ordinary", "community", "organization", "organisation", "charity"}  # fmt: skip
    # what a measure may well make hard without harm to anyone it should spare: "harder for spies to steal data"
    _HARMFUL_ACTS = {"spy", "steal", "hack", "access", "collect", "harvest", "track", "exploit", "spread", "misuse",
                     "abuse", "recruit", "leak", "cheat", "smuggle", "evade", "target", "attack", "surveil"}  # fmt: skip

    def _makes_hard(self, verb) -> bool:
        """ "would make it harder (for X) to V": ``verb`` ("make") with a hard-word clause, no wrongdoer hindered nor a
        wrong made hard ("makes it harder for criminals to ...", "harder to spy on users")."""
        for c in verb.children:
            if c.dep_ not in ("ccomp", "oprd", "xcomp") or c.lemma_.lower() not in self._HARD:
                continue
            acts = [a for a in c.children if a.dep_ in ("advcl", "xcomp", "ccomp") and a.pos_ == "VERB"]
            if not acts:
                continue
            if any(a.lemma_.lower() in self._HARMFUL_ACTS for a in acts):
                return False
            doers = [d for a in acts for d in a.children if d.dep_ == "nsubj"]
            doers += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
            doers += [j for d in doers for j in d.conjuncts]
            # only the measure's ordinary users hindered, or none named: not "harder for Beijing to influence ...",
            # "harder for predators to contact children" (a whitelist, narrower than the wrongdoers left out)
            if any(d.lemma_.lower() not in self._HINDERED for d in doers):
                return False
            return True
        return False

    def _spared(self, w) -> bool:
        """One a measure may harm without that being a case against it: a country ("would hurt Beijing"), a
        wrongdoer ("cripple the gangs"), or a foreign state's body, told by a nationality other than the imposer's
        ("Chinese intelligence services", "Russian state hackers") or named as another state's government body."""
        m = self.ctx.mention(w)
        if (m is not None and m.kind == "Jurisdiction") or w.lemma_.lower() in self._WRONGDOERS:
            return True
        if m is not None and self.ctx.category(m.entity_id) == "government" and m.entity_id not in self.imposers:
            return True
        gaz = self.ctx.gaz
        if gaz is None:
            return False
        for a in w.children:
            if a.dep_ in ("amod", "compound", "nmod") and a.text in gaz.demonyms:
                if gaz.demonyms[a.text] not in self.imposers:
                    return True
        return False

    _PERMITTING = frozenset(words("statement", "permitting"))
    _PROVISIONS = frozenset(words("statement", "provisions"))

    def _nothing_permits(self, content) -> bool:
        """The measure said to have no ground in law: "nothing in those regulations lets the state switch off a
        platform", "no law allows the government to block a whole service" (a permitting verb whose subject is
        "nothing" or a provision with "no", and a complement that is an act of banning)."""
        acts = set(words("ban", "verbs")) | set(words("ban", "particle_verbs")) | {"turn"}
        for t in content:
            if t.lemma_.lower() not in self._PERMITTING or t.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in self._PROVISIONS:
                continue
            if subj.lower_ != "nothing" and not any(c.lower_ == "no" for c in subj.children):
                continue
            done = [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
            done += [g for c in done for g in c.children if c.dep_ in ("xcomp", "acl", "relcl")]
            if any(c.pos_ == "VERB" and c.lemma_.lower() in acts for c in done):
                return True
        return False

    _MEANT = frozenset(words("statement", "meant_verbs"))
    _SILENCING = frozenset(words("statement", "silencing_verbs"))
    _STOPPING = frozenset(words("statement", "stopping_verbs"))
    _TELLING = frozenset(words("statement", "telling_verbs"))
    _WATCHERS = frozenset(words("statement", "watchers"))

    def _charges_motive(self, content) -> bool:
        """A critic's charge of the measure's aim: "the blackout was designed to silence critics", "the block was
        intended to stop voters from sharing evidence" (the measure the subject of a passive of meaning, a verb of
        silencing, or of stopping people from telling); not "the ban is meant to stop fraudsters", nor negated."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() not in self._MEANT or t.pos_ != "VERB" or t.tag_ != "VBN":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subj is None or subj.lemma_.lower() not in measures:
                continue
            if any(
                w.lemma_.lower() in self.lex["backing_verbs"] and not any(c.dep_ == "neg" for c in w.children)
                for w in t.sent
            ):
                return False  # "designed to stop ... and she welcomed it": the aim told by one who backs it
            for v in (c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                if any(c.dep_ == "neg" for c in v.children):
                    continue
                if v.lemma_.lower() in self._SILENCING:
                    return True
                if v.lemma_.lower() not in self._STOPPING:
                    continue
                who = [c for c in v.children if c.dep_ == "dobj"]
                people = self._PEOPLE | self._WATCHERS
                if not any(w.lemma_.lower() in people or w.tag_ == "NNPS" for w in who):
                    continue
                told = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
                told += [
                    g for w in who for p in w.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                ]
                if any(self._tells_free_speech(g) for g in told):
                    return True
        return False

    def _tells_free_speech(self, verb) -> bool:
        """A verb of telling whose matter is legitimate speech ("sharing evidence", "reporting the news", "posting
        criticism"; lexicon statement.free_speech) or that tells nothing but speaking out ("from speaking",
        "from protesting"); not harmful matter ("sharing answers", "spreading hate speech", "seeing violent
        content")."""
        if verb.lemma_.lower() not in self._TELLING:
            return False
        said = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
        said += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("about", "on", "of") for g in p.children]
        if not said:
            return verb.lemma_.lower() in self._SPEAKING_OUT
        free, marks = set(self.lex["free_speech"]), set(self.lex["harmful_speech_marks"])
        return any(
            (w.lemma_.lower() in free or w.lower_ in free)
            and not any(m.dep_ in ("amod", "compound") and m.lower_ in marks for m in w.children)
            for w in said
        )

    _SPEAKING_OUT = frozenset(words("statement", "speaking_out"))

    _COUNTED = {"day", "week", "month", "year", "half", "third", "quarter", "most", "much", "all", "some", "thousand",
                "hundred", "million", "percent", "%", "share", "lot", "bulk"}  # fmt: skip

    # goods whose loss tells a loss to the measure only when the measure is told as its cause ("every day without
    # the app I lose money", "we lost orders because of the ban"), and never when lost "to" someone
    _LOSS_TIED = {"money", "order", "contract"}
    _LOSS_CAUSES = {"because", "since", "after", "due", "from", "over", "through"}

    def _loss_tied_to_measure(self, content) -> bool:
        """The measure as what a loss comes from: "without" the app, or "because of", "since", "after" the ban."""
        toks = list(content)
        if any(t.lower_ == "without" for t in toks):
            return True
        return any(
            t.lower_ in self._LOSS_CAUSES and any(u.lemma_.lower() in _BAN_NOUNS for u in toks[i + 1 : i + 5])
            for i, t in enumerate(toks)
        )

    def _lost_trade(self, content) -> bool:
        """ "she had lost two days of sales", "we have lost customers", "every week without it I lose money": a trade
        hurt, told by who lost it."""
        goods = set(self.lex["lost_goods"])
        if self._trade_wiped_out(content, goods):
            return True
        for t in content:
            if t.lemma_.lower() != "lose" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            for obj in (c for c in t.children if c.dep_ == "dobj"):
                if obj.lemma_.lower() in self._LOSS_TIED and any(
                    c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in (*t.children, *obj.children)
                ):
                    continue  # "pensioners lost money to fraudsters", "lost the contract to a rival": not the measure's
                if obj.lemma_.lower() in self._LOSS_TIED and not self._loss_tied_to_measure(content):
                    continue  # "we lost money on the deal long before the ban": a loss the measure did not cause
                # the lost thing is the object's head, or what it counts ("two days of sales"), never a word further
                # down ("lost its business licence", "lost the trust of customers")
                counted = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                if obj.lemma_.lower() in goods or (
                    obj.lemma_.lower() in self._COUNTED and any(g.lemma_.lower() in goods for g in counted)
                ):
                    return True
        return False

    # what a measure does to a trade it ends: "would wipe out most of her income", "destroyed our sales"
    _WIPING = {"wipe": "out", "destroy": None, "ruin": None, "kill": None, "devastate": None, "eliminate": None,
               "erase": None, "halve": None}  # fmt: skip

    def _trade_wiped_out(self, content, goods) -> bool:
        """ "the ban would wipe out most of her income", "the block has destroyed our sales": the measure, as the
        subject, ending a trade (not "the ban would wipe out fraud", not "would not ruin anyone's income")."""
        measures = self._MEASURES_OR_BANS
        for t in content:
            lemma = t.lemma_.lower()
            if lemma not in self._WIPING or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            particle = self._WIPING[lemma]
            if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in t.children):
                continue
            if not any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in t.children):
                continue
            for obj in (c for c in t.children if c.dep_ == "dobj"):
                counted = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                if obj.lemma_.lower() in goods or any(g.lemma_.lower() in goods for g in counted):
                    return True
        return False

    # a trade come to a halt: "sales had almost stopped", "orders dried up", "two clients had paused campaigns"
    _STALLING = {"stop", "halt", "cease", "collapse", "vanish", "disappear", "evaporate", "dry", "freeze", "stall"}
    _SLUMPING = {"fall", "drop", "plunge", "plummet", "slump", "dwindle", "crash", "tumble", "decline", "shrink"}
    _BUYERS = {"customer", "client", "advertiser", "buyer", "sponsor"}
    _WITHDRAWING = {"pause", "cancel", "halt", "stop", "suspend", "withdraw", "pull", "freeze", "drop"}
    # what buyers pause or cancel that is trade: not "customers withdrew more than $1 billion from the exchange"
    _DEALINGS = {"campaign", "order", "contract", "advert", "ad", "advertisement", "advertising", "booking", "deal",
                 "subscription", "spending", "spend", "purchase", "account", "sponsorship", "partnership"}  # fmt: skip
    # a slump told with a cause of its own or as the season's: "because of the heavy monsoon rains, not the ban",
    # "during the New Year holidays, as they do every year, and had since recovered"
    _CAUSING = {"because", "due", "owing", "thanks"}
    _SEASONS = {"holiday", "season", "festival", "winter", "summer", "monsoon", "ramadan", "christmas", "eid",
                "strike", "storm", "flood", "election", "vacation"}  # fmt: skip
    _RECOVERING = {"recover", "rebound", "resume", "pick", "bounce", "return"}
    _NONE_OF = {"no", "few", "none", "nobody", "neither"}

    def _other_cause(self, verb) -> bool:
        """A halt or slump told with a cause other than the measure ("had fallen because of the heavy monsoon
        rains, not the ban"), as the season's ("almost stopped during the New Year holidays, as they do every
        year") or as over ("and had since recovered")."""
        measures = self._MEASURES_OR_BANS

        def names_measure(root) -> bool:
            for t in root.subtree:
                m = self.ctx.mention(t)
                named = t.lemma_.lower() in measures or (m is not None and m.entity_id in self.targets)
                if named and not any(w.lower_ in ("not", "never") for w in t.doc[max(t.i - 3, 0) : t.i]):
                    return True
            return False

        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in self._RECOVERING:
                return True  # "had almost stopped ... and had since recovered"
            if c.dep_ == "prep" and c.lower_ in self._CAUSING and not names_measure(c):
                return True  # "had fallen because of the heavy monsoon rains, not the ban"
            if (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
                and not names_measure(c)
            ):
                return True  # "fell because tourists stayed away"
            if c.dep_ == "prep" and c.lower_ == "during":
                if any(g.dep_ == "pobj" and g.lemma_.lower() in self._SEASONS for g in c.children):
                    return True  # "stopped during the New Year holidays"
        return any(t.lower_ in ("every", "each") and t.head.lower_ == "year" for t in verb.subtree)

    def _lives_on_target(self, content) -> bool:
        """The banned app told as all one lives on: "the app was his only income", "Viber had been her only source of
        income", "selling cakes on Viber was her only income", "his only income was the app"; the app (or the story's
        target) is the other side of the copula, not "the income from the app was the sole income of many young
        people", and not "the app was not her only source of income"."""
        for t in content:
            if t.lemma_.lower() not in ("income", "source") or not any(
                c.dep_ == "amod" and c.lower_ in ("only", "sole") for c in t.children
            ):
                continue
            if t.lemma_.lower() == "source" and not any(
                p.lower_ == "of" and any(g.lemma_.lower() == "income" for g in p.children) for p in t.children
            ):
                continue
            cop = t.head
            if t.dep_ not in ("attr", "nsubj") or cop.lemma_.lower() != "be":
                continue
            if any(c.dep_ == "neg" for c in cop.children):
                continue
            other = [c for c in cop.children if c.dep_ in ("nsubj", "csubj", "attr") and c.i != t.i]
            for o in other:
                near = list(o.subtree) if o.dep_ == "csubj" else [o]
                for w in near:
                    m = self.ctx.mention(w)
                    if w.lemma_.lower() in self._SERVICES or (m is not None and m.entity_id in self.targets):
                        return True
        return False

    def _trade_stalled(self, content, person: bool) -> bool:
        """The speaker's trade told as stopped or shrunk: a word of statement.lost_goods that stops, dries up or
        vanishes ("sales had almost stopped", "our orders have dried up"), or, told by a person, falls ("bookings fell
        by half"; not "could fall if the economy slowed"); or buyers who pause or cancel ("two clients had paused
        campaigns"). Not negated where it stands or on a verb it hangs on, and not "stopped growing" (a pace, no
        halt)."""
        goods = set(self.lex["lost_goods"]) | {"booking", "sales", "orders", "takings", "turnover"}
        dealings = self._DEALINGS | goods
        inside = {t.i for t in content}
        for v in content:
            if v.pos_ != "VERB":
                continue
            lemma = v.lemma_.lower()
            chain = [v, *(a for a in v.ancestors if a.i in inside)]
            if any(c.dep_ == "neg" for w in chain for c in w.children):
                continue
            if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
                continue  # "sales had stopped growing", "customers stopped to ask"
            for subj in (c for c in v.children if c.dep_ == "nsubj"):
                head = subj.lemma_.lower()
                if head in self._NONE_OF or any(
                    c.dep_ in ("det", "amod") and c.lower_ in self._NONE_OF for c in subj.children
                ):
                    continue  # "no customers had cancelled their orders", "few clients had paused campaigns"
                if (head in goods or head in self._BUYERS) and (self._foreseen(v) or self._other_cause(v)):
                    continue  # "bookings could collapse if the airport strike went on"
                if head == "order" and subj.tag_ == "NN":
                    continue  # "the central bank's order had stalled in the courts": a ruling's order, no trade
                if head in goods and lemma in self._STALLING:
                    return True
                if head in goods and person and lemma in self._SLUMPING:
                    return True
                if (
                    head in self._BUYERS
                    and lemma in self._WITHDRAWING
                    and (
                        any(c.dep_ == "dobj" and c.lemma_.lower() in dealings for c in v.children)
                        # "two clients had paused campaigns", parsed as "paused campaigns" with the clients inside
                        or (v.dep_ == "amod" and v.head.lemma_.lower() in dealings)
                    )
                ):
                    return True
        return False

    @staticmethod
    def _foreseen(verb) -> bool:
        """A verb told as what may happen, not what did: a modal ("could fall") or a condition ("if the economy
        slowed")."""
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return True
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children
        )

    def _depends_on_target(self, content) -> bool:
        """ "half of my customers found me on the app", "most of the studio's revenue passed through the store": what
        someone's trade or work gets through the banned platform (a word of statement.livelihood with a possessor, in
        the clause of a verb whose on/through/via object is the banned platform), told by who depends on it."""
        goods = set(self.lex["livelihood"])
        preps = set(self.lex["livelihood_preps"])
        platforms = set(self.lex["platform_nouns"])
        reaching = set(self.lex["livelihood_verbs"])
        inside = {t.i for t in content}
        for v in content:
            if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in v.children):
                continue
            if v.lemma_.lower() not in reaching:
                continue  # "had spent all his earnings on the app": no trade that comes through it
            via = [
                p
                for p in v.children
                if p.dep_ in ("prep", "prt")
                and p.lower_ in preps
                # not the platform denied as the way: "gets his customers by word of mouth, not by the app"
                and not any(c.dep_ == "neg" for c in p.children)
                and any(
                    o.dep_ == "pobj"
                    and (
                        # the platform, or a thing of it named by it ("came from TikTok live sessions")
                        any(
                            (m := self.ctx.mention(w)) is not None and m.entity_id in self.targets
                            for w in (o, *(c for c in o.children if c.dep_ in ("compound", "nmod")))
                        )
                        or (
                            o.lemma_.lower() in platforms
                            and any(c.lower_ in ("the", "this", "that") for c in o.children)
                        )
                    )
                    for o in p.children
                )
            ]
            if not via:
                continue
            skip = {x.i for p in via for x in p.subtree}
            # "half of her orders used to come from it": the trade is the subject of the verb "come" completes
            clause = v.head if v.dep_ == "xcomp" else v
            for x in clause.subtree:
                if x.i in skip or x.i not in inside or x.lemma_.lower() not in goods or x.pos_ != "NOUN":
                    continue
                if any(c.dep_ == "poss" for c in x.children):
                    return True
        return False

    # "hard to argue": a head that doubts what it governs (its own name: a later _HARD would hide _makes_hard's)
    _HARD_TO_CLAIM = {"hard", "difficult", "impossible", "tough"}

    @staticmethod
    def _denial_doubted(copula) -> bool:
        """A negated copula's clause told under a head that is itself denied or doubted asserts the word after all: "it
        was hard to argue that the suspension was not arbitrary", "nobody could seriously claim that the suspension
        was not arbitrary", "no one can pretend the ban is not censorship", "I fail to see how the ban is not
        censorship"."""
        if copula.dep_ != "ccomp":
            return False
        head = copula.head
        if head.lemma_.lower() == "doubt":
            return True
        if any(c.dep_ == "neg" for c in head.children):
            return True
        # "nobody could claim", "no one can pretend", "none of us can say"
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in ("nobody", "none", "noone")
                or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
            ):
                return True
        # "it was hard to argue that ...", "I fail to see how ..."
        if head.dep_ == "xcomp":
            up = head.head
            if up.lemma_.lower() in ("fail", "struggle") or any(
                c.dep_ in ("acomp", "neg") and c.lower_ in StatementExtractor._HARD_TO_CLAIM | {"not", "never", "n't"}
                for c in up.children
            ):
                return True
        return False

    _CHALLENGES = frozenset(words("ban_rules", "legal_actions"))

    def _basis_denied_to_challenger(self, content) -> set[int]:
        """A basis denied to what stands against the measure - a legal action against it, or the banned side: "the
        company's complaint had no valid legal basis", "petitions against the block lacked a sound legal basis",
        "there was no legal basis for the app to keep operating". The measure's side refuting its challengers tells
        no case against the measure, so the basis phrase leaves the cue text (not "the ban had no legal basis",
        "there is no legal basis for the block")."""
        challengers = self._CHALLENGES | self._BANNED_SIDE_NOUNS
        found = set()
        for t in content:
            if t.lemma_.lower() != "basis":
                continue
            if t.dep_ == "dobj" and t.head.lemma_.lower() in ("have", "lack"):
                holders = [c for c in t.head.children if c.dep_ == "nsubj"]  # "the complaint had no basis"
            elif t.dep_ == "attr" and any(c.dep_ == "expl" for c in t.head.children):
                # "there was no basis for the app to keep operating", "... for the petition"
                holders = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
                holders += [
                    s
                    for c in t.children
                    if c.dep_ in ("advcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
            else:
                continue
            if any(
                h.lemma_.lower() in challengers
                or ((m := self.ctx.mention(h)) is not None and m.entity_id in self.targets)
                for h in holders
            ):
                found.update(x.i for x in t.subtree)
        return found

    def _opposing_cue(self, content, cue_words) -> bool:
        """An opposing cue the speaker asserts: "about protecting young people, not punishing them" contrasts the
        measure with what it is not, so a cue word negated where it stands ("not punishing", "never a scapegoat")
        does not count; cues that carry their own negation ("not proportionate", "will not work") still do."""
        # what a relative clause tells of the banned thing is no word on the measure: "apps that report back to an
        # authoritarian state"
        described = (
            self._told_of_target(content)
            | self._orders_refused_by_target(content)
            | self._device_faulted(content)
            | self._basis_denied_to_challenger(content)
        )
        if described:
            content = [t for t in content if t.i not in described]
        text = self._outside_support_phrases(self._cue_text(content), cue_words)
        if not any_phrase(cue_words, text):
            return False
        denied = set()
        for t in content:
            if t.pos_ in ("VERB", "NOUN", "ADJ") and any(
                c.dep_ == "neg" and c.i < t.i and c.lower_ in ("not", "never") for c in t.children
            ):
                denied.add(t.i)
                denied.update(c.i for c in t.children if c.dep_ in ("neg", "conj"))
            if self._neither(t):
                denied.update({t.i, *(x.i for x in t.conjuncts)})  # "neither disproportionate nor discriminatory"
            # a copula negated: "the conditions were not disproportionate", "the ban is not arbitrary" deny the word
            # it links (the parser hangs the "not" on "be"); not "is not only arbitrary but unlawful"
            if (
                t.pos_ == "AUX"
                and t.lemma_.lower() == "be"
                and any(
                    c.dep_ == "neg"
                    and c.lower_ in ("not", "never", "n't")
                    and t.doc[min(c.i + 1, len(t.doc) - 1)].lower_ not in ("only", "just", "merely", "simply")
                    for c in t.children
                )
                and not self._denial_doubted(t)
            ):
                for c in t.children:
                    if c.dep_ in ("acomp", "attr"):
                        denied.update({c.i, *(x.i for x in c.conjuncts)})
            # "was about A rather than B": set against the predicate before it; not "Rather than silencing critics,
            # the government should ...", "Instead of censorship, we need ...", which open their clause
            contrast = (
                t.lower_ in ("than", "of")
                and t.i > 1
                and t.doc[t.i - 1].lower_ in ("rather", "instead")
                and t.doc[t.i - 1].i > t.doc[t.i - 1].sent.start
                and not t.doc[t.i - 2].is_punct
            )
            if (t.lower_ in ("not", "never") and t.i > 0 and t.doc[t.i - 1].text == ",") or contrast:
                # "about safety, not censorship", "about accountability rather than censorship": the word after a
                # contrastive ", not" or "rather than" (the parser may hang the "not" on the word before it)
                nxt = next((x for x in t.doc[t.i + 1 : t.i + 4] if x.lower_ not in ("to", "a", "an", "the")), None)
                if nxt is not None and nxt.pos_ in ("VERB", "NOUN", "ADJ"):
                    denied.update({t.i, nxt.i, *(c.i for c in nxt.children if c.dep_ == "conj")})
        if not denied:
            return True
        negating = [w for w in cue_words if set(w.split()) & self._NEGATIONS]
        plain = [w for w in cue_words if w not in negating]
        asserted = self._outside_support_phrases(self._cue_text([t for t in content if t.i not in denied]), cue_words)
        return any_phrase(negating, text) or any_phrase(plain, asserted)

    @staticmethod
    def _objects_to_measure(frame) -> bool:
        """ "The main opposition party also objected", "objected to the order": an objection, bare or to a word for the
        measure, is a critic's; not "did not object", nor "objected to the use of their data" (something else), nor
        to a step told of the measure by a clause on it ("objected to the ban being lifted", an acl or the verb's
        xcomp: the lifting objected to)."""
        if (
            frame.lemma_.lower() != "object"
            or frame.pos_ != "VERB"
            or any(c.dep_ in ("neg", "xcomp") for c in frame.children)
        ):
            return False
        objected = [o for p in frame.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
        return all(o.lemma_.lower() in _BAN_NOUNS and not any(c.dep_ == "acl" for c in o.children) for o in objected)

    @staticmethod
    def _neither(word) -> bool:
        """Whether ``word`` opens a "neither ... nor" pair, which denies it and its conjuncts ("found the conditions
        neither disproportionate nor discriminatory")."""
        return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in word.children)

    _DEVICE_FAULTS = {"distraction"}

    _ACTING = {"act", "move", "remove", "ban", "block", "bar", "pull", "delete", "suspend", "restrict", "take"}

    # unnamed bodies that carry a measure out: "praised the regulator for acting quickly"
    _ACTING_BODIES = {"regulator", "watchdog", "ministry", "department", "agency", "government", "authority",
                      "authorities", "administration", "commission", "governor", "minister", "state"}  # fmt: skip

    def _praised_for_acting(self, frame) -> bool:
        """ "praised the regulator for acting quickly", "commended the ministry for removing the app": the one who
        carried the measure out (an imposer of the story or a body word for one) praised for doing it - not the
        banned side, a court or another firm ("praised Telegram for blocking channels", "praised the judge for blocking
        the law", "praised Microsoft for pulling its ads"); beside acting or taking action, the act's object is the
        banned thing ("for removing the app"; not "for removing the requirement"); not moving to do another thing
        ("for moving quickly to hear petitions")."""
        praised = [c for c in frame.children if c.dep_ == "dobj"]
        if len(praised) != 1:
            return False
        m = self.ctx.mention(praised[0])
        if m is not None and (m.entity_id in self.targets or self.ctx.category(m.entity_id) == "court"):
            return False
        body = self._acting_body(praised[0])
        for c in frame.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for g in c.children:
                if g.dep_ != "pcomp" or g.tag_ != "VBG" or g.lemma_.lower() not in self._ACTING:
                    continue
                if any(x.dep_ == "neg" for x in g.children):
                    continue
                lemma = g.lemma_.lower()
                if not body and not (lemma == "act" and m is not None and m.kind == "Organisation"):
                    continue  # a firm that took the app down acting: "praised Apple for acting quickly"
                if lemma == "take" and not any(
                    x.dep_ == "dobj" and x.lemma_.lower() in ("action", "step", "measure") for x in g.children
                ):
                    continue  # "for taking action", "for taking steps"; not "for taking the time"
                if lemma == "move" and any(x.dep_ in ("xcomp", "advcl") for x in g.children):
                    continue  # "for moving quickly to hear petitions against the ban": another act
                if lemma not in ("act", "take", "move") and not any(
                    x.dep_ == "dobj" and self._story_thing(x) for x in g.children
                ):
                    continue  # "for removing the app"; not "for removing the requirement", "for pulling its ads"
                return True
        return False

    def _acting_body(self, w) -> bool:
        """``w`` names an imposer of the story (not a court, nor a banned side) or is a body word for one."""
        m = self.ctx.mention(w)
        if m is not None:
            return self.ctx.category(m.entity_id) not in ("company", "product", "person") and self._imposing(
                m.entity_id
            )
        return w.pos_ == "NOUN" and w.lemma_.lower() in self._ACTING_BODIES

    def _story_thing(self, w) -> bool:
        """``w`` is the story's banned thing: a target named, "the app", "the platform", or "it"."""
        m = self.ctx.mention(w)
        if m is not None:
            return m.entity_id in self.targets
        return w.lemma_.lower() in self._BANNED_THINGS or w.lower_ in ("it", "them")

    def _enacted_measure(self, w) -> bool:
        """``w`` is the making of the measure itself: "the signing of the act", "the bill's passage" (an enacting noun
        of statement.enacting_nouns whose "of" object or possessor is a measure noun) - not the passage of a bill
        that repeals or condemns it ("the adoption of a resolution condemning shutdowns", "a law repealing the ban";
        statement.enacted_against), nor, in a story of a ban being lifted, a bill passed, which is the lifting."""
        if w.lemma_.lower() not in set(self.lex["enacting_nouns"]) or self.lifting:
            return False
        measures = _BAN_NOUNS | self._MEASURES | {"act"}
        against = set(self.lex["enacted_against"])
        made = [o for p in w.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        made += [c for c in w.children if c.dep_ == "poss"]
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in w.children) and not made:
            return True  # "welcomed the approval": the story's own measure
        for o in made:
            if o.lemma_.lower() not in measures:
                continue
            if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in against for c in o.children):
                continue  # "a law repealing the ban", "a bill to lift the block", "a resolution that condemns it"
            return True
        return False

    _CORE = {"nsubj", "nsubjpass", "dobj"}
    _UNDONE_BY = {"block", "challenge", "contest", "suspend", "overturn", "appeal", "quash", "strike", "halt", "stay",
                  "lift", "reverse", "annul", "void", "scrap", "revoke", "repeal", "freeze", "invalidate", "rescind"}  # fmt: skip

    def _it_is_the_measure(self, w) -> bool:
        """``w`` is "it" standing for the measure the sentence before was about: "Police said the block had been carried
        out under the Act. The prime minister then defended it", "The block was widely criticised. The minister defended
        it" (a measure noun as a subject or object there, no noun but the speaker's before "it" in its own sentence). Not "it"
        after a sentence whose measure is only named in passing ("published a report on the ban"), nor in a story of a
        ban lifted (there "it" may be the lifting) or with no ban."""
        if w.lower_ != "it" or w.dep_ != "dobj" or self.lifting or self.no_measure:
            return False
        sent = w.sent
        speaking = {t.i for c in w.head.children if c.dep_ == "nsubj" for t in c.subtree}
        if any(t.pos_ == "NOUN" and t.i < w.i and t.i not in speaking for t in sent):
            return False  # "after reading the report, she defended it": "it" may be that noun, not the speaker's
        after = [t.lower_ for t in w.doc[w.i + 1 : w.i + 3]]
        if after[:1] == ["as"] and after[1:] and after[1] in ("a", "an", "the", "one"):
            return False  # "praised it as the last uncensored platform": what "it" is told as is no measure
        if after == ["for", "its"]:
            return False  # "praised it for its reliable coverage": a thing with qualities of its own
        here = self.adoc.sentence_index(sent.start_char)
        if here == 0:
            return False
        before = self.adoc.sentences[here - 1]
        for t in before:
            m = self.ctx.mention(t)
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                return False  # "TikTok challenged the ban", "The ban was reported by the BBC": "it" may be that name
        measures = _BAN_NOUNS - {"action", "step", "notice", "direction"}
        return any(
            t.pos_ == "NOUN"
            and t.dep_ in self._CORE
            and t.lemma_.lower() in measures
            # not the measure as what was undone or contested: "A federal judge blocked the ban", "challenged the ban"
            and not (t.dep_ == "dobj" and t.head.lemma_.lower() in self._UNDONE_BY)
            for t in before
        )

    def _welcomed_measure(self, w) -> bool:
        """``w``, what a speaker welcomes, is the story's measure told as its making or its plan: "welcomed the vote",
        "praised the plan", "hailed the change", "applauded the bill" (lexicon statement.welcomed_measures and the
        measure nouns). The noun must plainly be the measure: bare, or with a clause that bans or restricts ("the vote
        to ban", "the plan to restrict"); another clause or an "of" phrase makes it something else ("the plan to review
        the ban", "the proposal to exempt journalists", "the announcement of talks", "the vote of the court to hear a
        challenge"). Not one undoing it ("the plan to lift the ban", "the vote against the ban"), not another's ("the
        company's plan", "the changes the platform announced", "the changes announced by Meta"), not the vote of a
        story of an election, and none in a story of a ban lifted (the change is the lifting) or with no ban at all."""
        if self.lifting or self.no_measure:
            return False
        lemma = w.lemma_.lower()
        if w.lower_ not in set(self.lex["welcomed_measures"]) and lemma not in set(self.lex["welcomed_measures"]) | (
            self._MEASURES
        ):
            return False
        against = set(self.lex["enacted_against"])
        banning = set(words("ban", "verbs"))
        measures = self._MEASURES_OR_BANS
        owners = [k for k in w.children if k.dep_ == "poss"]
        named = []  # owners told in an "of"/"by" phrase: the phrase's own noun names them
        # an infinitive right after the noun, hung by the parse on the welcoming verb: "hailed the vote of the court to
        # hear a challenge" is the vote's clause
        clauses = [
            k
            for k in w.head.children
            if k.dep_ == "advcl"
            and k.i > w.i
            and k.left_edge.i == w.right_edge.i + 1
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in k.children)
        ]
        bans_it = False
        for k in [*w.children, *clauses]:
            if k.dep_ == "prep" and k.lower_ == "against":
                return False  # "the vote against the ban"
            if k.dep_ == "prep" and k.lower_ in ("of", "by"):
                objs = [o for o in k.children if o.dep_ == "pobj"]
                if any(o.lemma_.lower() in measures for o in objs):
                    continue  # "the announcement of the ban"
                named += objs  # "the vote of the court", "the plan by the ministry": an owner, as a possessive
                continue
            if k.dep_ not in ("acl", "relcl", "advcl"):
                continue
            verb = k.lemma_.lower()
            if verb in against:
                return False  # "the plan to lift the ban"
            doers = [s for s in k.children if s.dep_ == "nsubj"]
            doers += [o for a in k.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if doers:
                owners += doers  # "the changes Meta announced", "the plan announced by the ministry"
            elif verb in banning and not any(c.dep_ == "neg" for c in k.children):
                bans_it = True  # "the vote to ban TikTok", "the plan to restrict phones"
            else:
                return False  # "the plan to review the ban", "the proposal to exempt journalists"
        if (
            not bans_it
            and lemma in set(self.lex["welcomed_polls"])
            and any(t.lemma_.lower() in set(self.lex["election_words"]) for t in w.doc)
        ):
            return False  # "welcomed the vote" in a story of an election: the poll
        for o in named:
            m = self.ctx.mention(o)
            if m is None and o.lower_ not in ("government", "ministry", "parliament", "lawmakers", "council"):
                return False  # "the announcement of talks between the government and TikTok"
            if m is not None and not self._imposing(m.entity_id):
                return False  # "the plan by Meta"
        for o in owners:
            if o.lower_ in ("its", "their"):
                eid = self._possessor(o)
            else:
                m = next((self.ctx.mention(t) for t in o.subtree if self.ctx.mention(t)), None)
                eid = m.entity_id if m is not None else None
            if eid is not None and not self._imposing(eid):
                return False  # "the company's plan", "the changes Meta announced": no measure of the story's
            if eid is None and o.lower_ not in ("government", "ministry", "parliament", "lawmakers", "council"):
                return False
        return True

    def _out_of_place(self, content) -> bool:
        """A device or the banned thing said not to belong where the measure keeps it out: "phones don't belong in the
        classroom", "TikTok does not belong on government devices" (a negated "belong" whose subject is a device of
        scope.devices, a platform noun or a banned target). "Bureaucrats don't belong in decisions about apps" is
        about someone else."""
        devices = set(words("scope", "devices")) | set(self.lex["platform_nouns"])
        for t in content:
            if t.lemma_.lower() != "belong" or not any(c.dep_ == "neg" for c in t.children):
                continue
            for c in t.children:
                if c.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                m = self.ctx.mention(c)
                if (
                    c.lower_ in devices
                    or c.lemma_.lower() in devices
                    or (m is not None and m.entity_id in self.targets)
                ):
                    return True
                if c.lower_ in ("they", "it") and any(
                    x.i < c.i and (x.lower_ in devices or x.lemma_.lower() in devices) for x in t.sent
                ):
                    return True  # "even though phones are part of our lives, they don't belong in the classroom"
        return False

    def _device_faulted(self, content) -> set[int]:
        """A fault word said of a device or the banned thing, not of the measure: "phones are a distraction in class",
        "called smartphones a distraction" (the word as the predicate of a subject, or the object's complement, that is
        a device of scope.devices, a platform noun or a banned target) is the measure's own case; "called the ban a
        distraction" stays a charge against it."""
        devices = set(words("scope", "devices")) | set(self.lex["platform_nouns"])
        out: set[int] = set()
        for t in content:
            if t.lemma_.lower() not in self._DEVICE_FAULTS or t.dep_ not in ("attr", "oprd", "dobj", "acomp"):
                continue
            head = t.head
            if t.dep_ == "dobj" and head.lemma_.lower() not in self._NAMING_VERBS:
                out.add(t.i)  # "supported fewer distractions": one the speaker wants gone, no label on the measure
                continue
            held = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != t.i]
            for h in held:
                m = self.ctx.mention(h)
                if (
                    h.lower_ in devices
                    or h.lemma_.lower() in devices
                    or (m is not None and m.entity_id in self.targets)
                ):
                    out.add(t.i)
        return out

    _REFUSING = {"refuse", "ignore", "defy", "disobey", "reject", "flout", "resist", "obey", "comply", "follow"}

    def _orders_refused_by_target(self, content) -> set[int]:
        """The orders a named target is told to have refused ("said X had refused orders to censor accounts"): an
        account of the banned side's conduct, not the speaker calling the orders censorship; the speaker's own
        refusal ("we would not obey illegal orders to censor journalists") is its judgement and stays."""
        out: set[int] = set()
        for t in content:
            if t.lemma_.lower() not in ("order", "demand", "request") or t.dep_ not in ("dobj", "pobj"):
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if verb.lemma_.lower() not in self._REFUSING:
                continue
            clause = verb.head if verb.dep_ == "xcomp" else verb
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = self.ctx.mention(subj) if subj is not None else None
            if m is not None and m.entity_id in self.targets:
                out.update(x.i for x in t.subtree)
        return out

    _BANNED_THINGS = _TARGET_NOUNS | {"application", "service", "network", "product", "equipment", "device"}

    def _told_of_target(self, content) -> set[int]:
        """The words of relative clauses that describe the banned thing: a target named, or "apps", "the platform",
        "equipment" ("apps that report back to an authoritarian state", "TikTok, which critics call a tool of ...")."""
        out: set[int] = set()
        for t in content:
            if t.dep_ != "relcl":
                continue
            head = t.head
            m = self.ctx.mention(head)
            if (m is not None and m.entity_id in self.targets) or head.lemma_.lower() in self._BANNED_THINGS:
                out.update(x.i for x in t.subtree)
        return out

    def _outside_support_phrases(self, text: str, cue_words) -> str:
        """The cue text without the backing phrases that hold an opposing cue word: in "unlawful content" or "the
        greatest geopolitical threat" the longer phrase is what is said, not "unlawful" or "geopolitical"."""
        backing = self.lex["cues"]["supports_ban"]["words"]
        key = (frozenset(cue_words), frozenset(backing))
        if key not in _HOLDING:  # built once per pair of lists, not once per article (~200 phrase searches)
            held = [w for w in backing if " " in w and any_phrase(cue_words, " " + w + " ")]
            alternatives = "|".join(re.escape(w) for w in sorted(held, key=len, reverse=True))
            _HOLDING[key] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if held else None
        holding = _HOLDING[key]
        return holding.sub(" ", text) if holding is not None else text

    # What the measure costs, said by one of the imposing side's own officials ("set the program back by years"): not
    # words that may describe the banned side ("disinformation", "censorship").
    _MEASURE_HARMS = (
        "set back", "sets back", "setting back", "more expensive", "less capable", "dried up", "dry up", "blow to",
        "step backwards", "step backward", "unnecessary", "overkill", "go too far", "goes too far", "went too far",
        "gone too far", "disproportionate", "counterproductive", "ineffective", "pointless", "overreaction",
        "knee-jerk", "heavy-handed", "short-sighted", "ill-conceived", "do nothing to", "does nothing to",
        "backfire", "backfired", "backfires",
    )  # fmt: skip
    _LIFT_VERBS = {"lift", "ease", "relax", "loosen", "end", "scrap", "reverse", "rescind", "revoke", "repeal",
                   "overturn", "unblock", "roll", "drop", "remove", "withdraw"}  # fmt: skip
    _LIFTED = {"curb", "restriction", "blockade", "limit", "filtering", "censorship"}
    # verbs that undo a rule itself ("revoke the regulation", "repeal the law"): their object may be the rule the
    # measure rests on
    _UNDO_RULE = {"revoke", "repeal", "rescind", "scrap", "withdraw", "overturn", "annul"}
    # verbs by which the measure itself comes to an end: "the shutdown should end", "the blockade must stop"
    _CEASE = {"end", "stop", "cease"}
    _CONDITIONS = {"once", "if", "when", "after", "until", "unless", "as soon as"}

    def _wants_lifted(self, content, side: str | None = None) -> bool:
        """A call or pledge to end the measure: "promised to ease the internet restrictions", "urged the government
        to lift it", "should scrap the ban". An infinitive or a modal only, not the lifting told as done ("Turkey
        lifted its block"), nor one on a condition ("will lift the ban once the company complies")."""
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if self._restore_wished(t, measures):
                return True
            if side != "imposer" and (self._enforcing_stopped(t, measures) or self._measure_stopped(t, measures)):
                return True
            if t.lemma_.lower() in self._CEASE and t.pos_ == "VERB" and t.tag_ == "VB":
                kids = list(t.children)
                if (
                    not any(c.dep_ in ("neg", "dobj", "xcomp") for c in kids)
                    and any(c.dep_ == "aux" and c.lemma_.lower() in self._OUGHT for c in kids)
                    and any(c.dep_ == "nsubj" and c.lemma_.lower() in measures for c in kids)
                ):
                    return True  # "said the shutdown should end": the measure's end wished
            if t.lemma_.lower() not in self._LIFT_VERBS | self._UNDO_RULE or t.pos_ != "VERB" or t.tag_ != "VB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if t.lemma_.lower() == "roll" and not any(c.lower_ == "back" for c in t.children):
                continue
            if any(
                c.dep_ == "advcl"
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in self._CONDITIONS for m in c.children)
                for c in t.children
            ):
                continue
            undo_rule = t.lemma_.lower() in self._UNDO_RULE
            for o in (c for c in t.children if c.dep_ == "dobj"):
                if o.lemma_.lower() in measures:
                    return True
                if undo_rule and o.lemma_.lower() in self._MEASURES and self._the_measures_rule(o, t):
                    return True
                if o.lower_ in ("it", "them") and any(x.lemma_.lower() in measures for x in t.sent if x.i < t.i):
                    return True  # "called the block unacceptable and urged the government to lift it"
        return False

    _RULE_SUBJECT = {"for", "on", "about", "governing", "covering", "regarding", "concerning"}
    _HOLDING_BACK = {"stop", "prevent", "restrain", "bar"}
    _ENFORCING = {"enforce", "implement", "apply"}

    def _enforcing_stopped(self, t, measures) -> bool:
        """ "would ask the court to stop the government from enforcing the measure", "urged the judge to bar the state
        from implementing the law": the measure's enforcement wished halted. Only a bare infinitive under a verb of
        asking or with a modal of wish, the one stopped the imposing side; not the halt told as done or described
        ("the ruling that stopped the state from enforcing it", "the injunction preventing the state from ..."), a
        failed, tried or negated one ("had failed to stop", "were trying to stop", "would not allow anyone to stop
        it"), nor one no one can bring ("nothing could stop ...", "No court can stop us from ...")."""
        if t.lemma_.lower() not in self._HOLDING_BACK or t.pos_ != "VERB" or t.tag_ != "VB":
            return False
        if any(c.dep_ == "neg" for c in t.children):
            return False
        for c in t.children:
            if c.dep_ == "nsubj" and (
                c.lower_ in ("nothing", "nobody", "none", "noone")
                or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            ):
                return False
        if not self._halt_wished(t):
            return False
        for a in t.ancestors:
            if a.lemma_.lower() in self._TRIED or any(c.dep_ == "neg" for c in a.children):
                return False
            if a.lemma_.lower() in ("say", "tell", "add", "state"):
                break
        stopped = [c for c in t.children if c.dep_ == "dobj"]
        if not any(self._stopped_imposer(o) for o in stopped):
            return False
        rules = measures | self._MEASURES | _BAN_NOUNS
        for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"):
            for g in (c for c in p.children if c.tag_ == "VBG" and c.lemma_.lower() in self._ENFORCING):
                if any(o.dep_ == "dobj" and (o.lemma_.lower() in rules or o.lower_ == "it") for o in g.children):
                    return True
        return False

    def _halt_wished(self, t) -> bool:
        """The stopping is wished: with a modal of wish ("would stop"), or asked for ("asked the court to stop")."""
        return any(c.dep_ == "aux" and c.lower_ in self._WISH_MODALS for c in t.children) or (
            t.dep_ in ("xcomp", "ccomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and t.head.lemma_.lower() in self._HALT_ASKING
        )

    def _measure_stopped(self, t, measures) -> bool:
        """ "would ask the ECOWAS Court to stop the ban": the measure itself wished stopped, asked for or with a modal
        of wish; not negated ("would not ask the court to stop the ban"), nor the measure stopping something ("the
        ban is meant to stop fraud")."""
        if (
            t.lemma_.lower() != "stop"
            or t.tag_ != "VB"
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in t.children)
        ):
            return False
        return self._halt_wished(t) and not any(c.dep_ == "neg" for x in (t, t.head) for c in x.children)

    _HALT_ASKING = {"ask", "urge", "seek", "call", "petition", "request", "want", "press", "plan", "intend", "vow", "hope",
               "move", "apply", "sue", "go"}  # fmt: skip
    _WISH_MODALS = {"should", "must", "ought"}
    _TRIED = {"fail", "refuse", "try", "attempt", "struggle", "manage"}

    def _stopped_imposer(self, o) -> bool:
        """The one stopped is the measure's imposing side: "the government", "the state", the imposer named; not
        another ("stop Twitter from applying its own rules", "stop foreign states from ...")."""
        if o.lemma_.lower() in self._STOPPED_RULERS:
            return not any(
                c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in self._ALIEN)
                for c in o.children
            )
        m = self.ctx.mention(o)
        return m is not None and self._imposing(m.entity_id)

    _ALIEN = {"foreign", "hostile", "other", "rival", "enemy", "overseas", "outside"}

    def _the_measures_rule(self, o, verb) -> bool:
        """A rule noun undone ("revoke the regulation") is the rule the measure rests on: the law a ban is
        justified by, a rule named with that head in a ban's own sentence, or one told bare ("the regulation", "its
        new rules"); not a rule with a subject of its own ("its data retention policy for banks", "the rules for
        telecom tariffs")."""
        laws = {law for b in self.bans for law in b.justified_by}
        lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge)
        if any(m.entity_id in laws for m in self.adoc.mentions_in(lo, hi)):
            return True
        own = ("compound", "prep", "acl", "relcl", "nmod", "appos")
        # "withdraw its rules for telecom tariffs": the parse may hang the rule's subject on the verb
        told = any(
            c.dep_ == "prep" and c.i == o.right_edge.i + 1 and c.lower_ in self._RULE_SUBJECT for c in verb.children
        )
        if not told and not any(c.dep_ in own for c in o.children):
            return True
        named = [c.lower_ for c in o.children if c.dep_ == "compound"]
        for b in self.bans:
            for ev in b.evidence:
                sent = self.adoc.sentences[self.adoc.sentence_index(ev.start)]
                if sent.start <= o.i < sent.end:
                    continue
                if any(
                    x.lemma_.lower() == o.lemma_.lower()
                    and [c.lower_ for c in x.children if c.dep_ == "compound"] == named
                    for x in sent
                ):
                    return True
        return False

    _HOLD_OFF = {"delay", "postpone", "pause", "defer"}
    _HOLD_OFF_OR_EXTEND = _HOLD_OFF | {"extend"}

    _PRESSING = {"pursue", "press", "continue", "proceed", "push", "maintain", "keep", "take"}
    _LITIGATION = {"case", "challenge", "lawsuit", "suit", "appeal", "petition", "litigation", "complaint"}

    _BANNING_GERUNDS = {"ban", "block", "bar", "shut", "cut", "prohibit", "suspend", "restrict", "outlaw", "close"}

    _EFFECT_NOUNS = {"effect", "impact", "implication", "consequence", "fallout", "repercussion"}

    def _concerns_at_measure(self, content) -> bool:
        """The banned side's "serious concerns" are about the measure when they name nothing ("the company had
        serious concerns") or name the measure or its effects ("concerns about the decision", "over its impact on
        users"); not when they name something else ("concerns about terrorist content", "about scam channels")."""
        measures = _BAN_NOUNS | self._LABELLED
        for t in content:
            if t.lemma_.lower() != "concern" or t.pos_ != "NOUN":
                continue
            named = [c for c in t.children if c.dep_ in ("prep", "acl", "relcl", "ccomp")]
            if not named:
                return True
            for c in named:
                for g in c.subtree:
                    low = g.lemma_.lower()
                    if low in measures or (g.tag_ == "VBG" and low in self._BANNING_GERUNDS):
                        return True
                    if low in self._EFFECT_NOUNS and not any(p.dep_ == "prep" and p.lower_ == "of" for p in g.children):
                        return True  # "over its impact on small firms": the measure's effects
        return False

    def _measure_denied_worth(self, content) -> bool:
        """The measure said not to be what it claims: "blocking an entire platform is not a data-protection policy",
        "a ban is not a solution": a negated "is" whose subject is the measure (a ban noun or a gerund of banning)
        and whose complement is a noun."""
        measures = set(words("ban", "nouns")) | self._LABELLED
        for t in content:
            if t.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None or not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in t.children):
                continue
            gerund = subj.tag_ == "VBG" and subj.lemma_.lower() in self._BANNING_GERUNDS
            if gerund or (subj.pos_ == "NOUN" and subj.lemma_.lower() in measures):
                return True
        return False

    # ends too loose to deny a measure by ("the law does not make exceptions", "the ban does not keep records")
    _MADE_OR_KEPT = frozenset({"make", "keep", "win", "beat"})

    def _not_solved_by(self, content) -> bool:
        """An end the measure is said not to reach: "you don't fix unemployment by deleting a game", "you cannot
        protect children by banning apps" (a verb of statement.not_solved_by, negated, with "by" and a gerund of
        banning or removing), said of everyone (a generic subject, statement.not_solved_by_subjects) or of the banned
        product or measure (the gerund's object). "parents could not keep teenagers off social media by removing one
        app from their phones" tells what some people do, not what the measure reaches."""
        ends = set(self.lex["not_solved_by"])
        generic = set(self.lex["not_solved_by_subjects"])
        acts = set(words("ban", "verbs")) | self._REMOVAL_VERBS | self._BANNING_GERUNDS
        measures = self._MEASURES_OR_BANS
        for t in content:
            if t.lemma_.lower() not in ends or t.pos_ != "VERB":
                continue
            # "the ban is not going to stop the scammers": the negation and the subject on "going"
            gov = t.head if t.dep_ == "xcomp" and t.head.lower_ == "going" and t.tag_ == "VB" else t
            if not any(c.dep_ == "neg" for c in gov.children):
                continue
            everyone = any(c.dep_ == "nsubj" and c.lower_ in generic for c in gov.children)
            # the end denied is the verb's object: "the ban will not stop at TikTok", "will not stop there", "will not
            # end until ..." tell how far or how long the measure goes, no end it misses
            aimed = any(c.dep_ == "dobj" for c in t.children)
            if (
                aimed
                and t.lemma_.lower() not in self._MADE_OR_KEPT
                and any(
                    (c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in acts)
                    or (c.dep_ == "nsubj" and c.lemma_.lower() in measures and c.pos_ == "NOUN")
                    for c in gov.children
                )
            ):
                return True  # "blocking one app would not stop cheap imports", "the ban will not protect children":
                # the measure itself said not to reach its end
            for p in t.children:
                if p.dep_ != "prep" or p.lower_ != "by":
                    continue
                for g in p.children:
                    if g.dep_ != "pcomp" or g.tag_ != "VBG" or g.lemma_.lower() not in acts:
                        continue
                    if everyone or any(
                        c.dep_ == "dobj"
                        and (
                            c.lemma_.lower() in measures
                            or any(
                                (m := self.ctx.mention(x)) is not None and m.entity_id in self.targets
                                for x in c.subtree
                            )
                        )
                        for c in g.children
                    ):
                        return True
        return False

    _SHUTTING = {"ban", "bar", "prohibit", "block", "forbid", "outlaw", "restrict", "suspend", "blacklist", "exclude",
                 "shut", "close", "remove", "kick", "cut", "throttle"}  # fmt: skip

    def _needless_measure(self, content) -> bool:
        """The measure said not to be needed: "the country did not need to exclude the firm", "they don't need to close
        the whole app", "there is no need to ban it" (a ban verb after a negated "need" or "no need"; not "did not need
        to ask", nor "need not fear")."""
        acts = self._SHUTTING
        for t in content:
            if t.lemma_.lower() != "need":
                continue
            if t.pos_ == "VERB":
                negated = any(c.dep_ == "neg" for c in t.children)
                done = [c for c in t.children if c.dep_ == "xcomp"]
            elif t.pos_ == "NOUN":
                negated = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                done = [c for c in t.children if c.dep_ in ("acl", "relcl")]
            else:
                continue
            if not negated or any(c.dep_ == "nsubj" and self._another_state(c) for c in t.children):
                continue  # "Kyiv did not need to block the app": another state's own policy, no view on this measure
            if any(
                d.lemma_.lower() in acts
                and d.pos_ == "VERB"
                and any(self._banned_thing(o) for o in d.children)
                and not self._done_elsewhere(d)
                for d in done
            ):
                return True
        return False

    _ELSEWHERE = {"too", "again"}

    @staticmethod
    def _done_elsewhere(verb) -> bool:
        """The ban verb told of a ban besides this one: "to block the app as well", "to ban it too", "to ban the
        company again"."""
        return any(
            c.dep_ == "advmod"
            and (
                c.lower_ in StatementExtractor._ELSEWHERE
                or (c.lower_ == "well" and any(x.lower_ == "as" for x in c.children))
            )
            for c in verb.children
        )

    def _another_state(self, tok) -> bool:
        """``tok`` names a state, or its capital, that imposes none of the story's bans ("Kyiv", "Germany" in a story
        of Russia's ban)."""
        m = self.ctx.mention(tok)
        if m is not None:
            return self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES and not self._imposing(m.entity_id)
        gaz = self.ctx.gaz
        if gaz is None or tok.pos_ != "PROPN":
            return False
        refs = [r for r in gaz.candidates(tok.text) if r.how == CAPITAL]
        return bool(refs) and not any(self._imposing(r.entry_id) for r in refs)

    _UNFAIR_TO = {"for", "to", "on"}

    def _not_fair(self, content) -> bool:
        """The measure said not to be fair: "the ban is not fair to small sellers", "it is not fair for workers like
        us" (a bare "it" or "this" told unfair to people). Not what else is unfair, told in a clause ("it is not fair
        that the firm pays no tax", "not fair to local creators that they compete with an app run from abroad", "it
        would not be fair to let a foreign firm ignore our laws"), nor a view nobody holds ("nobody is saying it is
        not fair to ask questions")."""
        for t in content:
            if t.lower_ != "fair" or t.dep_ != "acomp" or t.i == 0 or t.doc[t.i - 1].lower_ != "not":
                continue
            verb = t.head
            if verb.dep_ in ("ccomp", "xcomp") and any(
                c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in self._NO_ONE) for c in verb.head.children
            ):
                continue
            after = [x for x in verb.subtree if x.i > t.i]
            if any(x.lower_ == "that" and x.dep_ != "det" for x in after):
                continue
            if any(
                x.pos_ in ("VERB", "AUX")
                and x.head in (verb, t)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in after
            ):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if subj.lemma_.lower() in _BAN_NOUNS:
                return True
            if subj.lower_ in ("it", "this") and any(
                x.dep_ == "prep"
                and x.lower_ in self._UNFAIR_TO
                and x.head in (verb, t)
                and any(c.dep_ == "pobj" for c in x.children)
                for x in after
            ):
                return True
        return False

    _BANNED_KINDS = {"app", "application", "platform", "service", "site", "website", "firm", "company", "vendor",
                     "supplier", "messenger"}  # fmt: skip

    def _banned_thing(self, o) -> bool:
        """The object of a ban verb names the banned side: the target, a firm or product, or "the whole app"."""
        return o.dep_ == "dobj" and self._banned_side(o)

    def _banned_side(self, o) -> bool:
        """``o`` names the banned side: the target, a firm or product, or a kind of them ("companies", "platforms")."""
        m = self.ctx.mention(o)
        if m is not None:
            return m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
        return o.lemma_.lower() in self._BANNED_KINDS

    def _leaves_untouched(self, content) -> bool:
        """The measure said to leave the problem where it was: "the order removes local staff while leaving the app
        itself, and its data risks, untouched", "stripping one app from work phones leaves the real questions
        untouched" (a verb "leave" with "untouched" within a dozen words after it, whose subject, or that of the verb
        it hangs on, is a measure noun or a gerund of banning or removing). "the company said it left its prices
        untouched", "users had left their accounts untouched" tell nothing of the measure."""
        measures = self._MEASURES_OR_BANS
        acts = set(words("ban", "verbs")) | self._REMOVAL_VERBS | self._BANNING_GERUNDS
        for t in content:
            if t.lemma_.lower() != "leave" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            after = t.doc[t.i + 1 : min(t.i + 14, t.sent.end)]
            if not any(w.lower_ == "untouched" for w in after):
                continue
            v = t
            for _ in range(4):
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "csubj")), None)
                if subj is not None:
                    if (subj.dep_ == "nsubj" and subj.lemma_.lower() in measures) or (
                        subj.dep_ == "csubj" and subj.lemma_.lower() in acts
                    ):
                        return True
                    break
                if v.dep_ not in ("conj", "advcl", "xcomp") or v.head is v:
                    break
                v = v.head
        return False

    _WARNING_MODALS = {"could", "might", "may", "can", "will", "would"}

    def _turned_on_others(self, content) -> bool:
        """The measure's power warned to be turned next on others: "the same legal basis could be used against other
        platforms", "a tool it could turn on other platforms" (a verb with a modal, the preposition the lexicon gives
        it, whose object is "other", "next" or "more" ones; statement.turned_on). A critic's warning of what the
        measure allows, never a fact told ("was used against other platforms" has no modal)."""
        lex = self.lex["turned_on"]
        others = set(lex["others"])
        measures = set(lex["measures"]) | _BAN_NOUNS
        for t in content:
            preps = lex["verbs"].get(t.lemma_.lower())
            if preps is None or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self._WARNING_MODALS for c in t.children):
                continue
            # what is used or turned: the passive subject, the object, or the head a relative hangs on ("a tool it
            # could turn on ..."); it must be the measure or its power, not people ("shoppers could turn against
            # other brands") nor the app ("Beijing could use the app against other governments")
            used = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
            if not used and t.dep_ in ("relcl", "acl"):
                used = [t.head]
            if not any(u.lemma_.lower() in measures or u.lower_ in measures for u in used):
                continue
            for p in t.children:
                if p.dep_ not in ("prep", "prt") or p.lower_ not in preps:
                    continue
                for o in p.children:
                    if o.dep_ == "pobj" and any(c.dep_ in ("amod", "det") and c.lower_ in others for c in o.children):
                        return True
        return False

    def _presses_case(self, content) -> bool:
        """A litigant going on with its court case against the measure: "said it would pursue the case on the
        merits", "would press ahead with its challenge", "will take the case to the Supreme Court"."""
        for t in content:
            if t.lemma_.lower() not in self._PRESSING or t.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            objs += [
                g
                for p in t.children
                if p.dep_ in ("prep", "prt", "advmod")
                for q in ([p] + [x for x in p.children if x.dep_ == "prep"])
                for g in q.children
                if g.dep_ == "pobj"
            ]
            if any(o.lemma_.lower() in self._LITIGATION for o in objs):
                return True
        return False

    # going to court against the measure: "would challenge both the ban and the fines in court", "was preparing a legal
    # challenge", "will file a challenge against the order"
    _CONTESTING = {"challenge", "contest"}
    _FILING = {"prepare", "file", "launch", "mount", "bring", "lodge", "plan", "consider", "weigh", "study", "explore"}
    _IN_LAW = {"legal", "court", "judicial", "constitutional"}

    # who may take the speaker's own step: a pronoun, the speaker, or a word for the speaker's own body or counsel
    _OWN_SIDE = {"company", "group", "organisation", "organization", "party", "union", "association", "society", "firm",
                 "coalition", "foundation", "network", "campaign", "lawyer", "attorney", "counsel", "team", "office",
                 "member", "client", "platform", "service", "body", "council", "bar"}  # fmt: skip
    # what a petition's own clause asks ("a petition demanding that the ban be enforced"): it goes against the measure
    # only if it asks to undo it
    _PETITION_ASKS = {"demand", "call", "seek", "ask", "urge", "request", "want", "press", "push"}

    def _goes_to_court(self, content, speaker: str | None = None) -> bool:
        """The speaker's own step in law against the measure: "challenge" or "contest" with the measure as object (one
        of coordinated objects too: "both the block and the fines"), or a legal challenge prepared, filed or weighed
        ("was preparing a legal challenge", "would file a challenge against the order"). Not negated on the verb or on
        a verb it hangs on ("would not challenge the block", "did not plan to file a legal challenge"), nor a challenge
        someone else meets ("was ready to face any legal challenge", "a legal challenge was unlikely")."""
        measures = self._MEASURES_OR_BANS
        inside = {t.i for t in content}

        def negated(v) -> bool:
            chain = [v, *(a for a in v.ancestors if a.i in inside)]
            if any(c.dep_ == "neg" for w in chain for c in w.children):
                return True
            # "had no plans to file a legal challenge", "has no intention of challenging the ban"
            return any(
                c.dep_ in ("det", "neg", "advmod") and c.lower_ in ("no", "never")
                for w in chain[1:]
                for c in w.children
            )

        def own_step(v) -> bool:
            """The step's doer is the speaker: 'it', 'we', 'the company', the speaker's name; not 'the families of two
            victims were preparing a legal complaint' (someone else's step, told)."""
            for w in [v, *(a for a in v.ancestors if a.i in inside)]:
                subj = [c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj:
                    continue
                s = subj[0]
                if s.pos_ == "PRON" or s.lemma_.lower() in self._OWN_SIDE:
                    return True
                m = self.ctx.mention(s)
                return speaker is not None and m is not None and m.entity_id == speaker
            return True

        def aimed(o, v) -> bool:
            """Told what the step is against ('a legal challenge to the election results', 'a complaint against X'):
            only the measure or those who made it count."""
            heads = [g for w in (o, v) for p in w.children if p.dep_ == "prep" and p.lower_ in ("against", "to")
                     for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            if not heads:
                return True
            for g in heads:
                m = self.ctx.mention(g)
                if g.lemma_.lower() in measures | self._RULERS or (m is not None and m.entity_id in self.imposers):
                    return True
            return False

        def asks_to_keep(o) -> bool:
            """'a court petition demanding that the ban be enforced strictly': the petition asks for the measure."""
            for c in o.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self._PETITION_ASKS:
                    return not any(t.lemma_.lower() in self._LIFT_VERBS | self._UNDOING for t in c.subtree)
            return False

        def objects(v) -> list:
            direct = [c for c in v.children if c.dep_ == "dobj"]
            return [*direct, *(x for d in direct for x in d.conjuncts)]

        for v in content:
            if v.pos_ != "VERB" or negated(v) or not own_step(v):
                continue
            lemma = v.lemma_.lower()
            if lemma in self._CONTESTING and any(o.lemma_.lower() in measures for o in objects(v)):
                return True  # "would challenge both the ban and the fines in court"
            if lemma not in self._FILING:
                continue
            for o in objects(v):
                if o.lemma_.lower() not in self._LITIGATION - {"case"} or not aimed(o, v) or asks_to_keep(o):
                    continue
                if lemma in ("consider", "weigh", "study", "explore") and any(c.lower_ == "the" for c in o.children):
                    continue  # "would consider the constitutional challenge": one already brought, weighed by another
                in_law = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in self._IN_LAW for c in o.children)
                against = any(
                    p.dep_ == "prep"
                    and p.lower_ in ("against", "to")
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in measures for g in p.children)
                    for p in o.children
                )
                if in_law or against:
                    return True  # "was preparing a legal challenge", "would file a petition against the order"
        return False

    def _wants_delayed(self, content) -> bool:
        """A pledge or call to hold the measure off: "will issue an order to delay enforcement", "urged the ministry
        to postpone the ban" (an infinitive or a modal, not negated)."""
        held = set(words("ban", "nouns")) | self._LIFTED | {"enforcement", "implementation"}
        for t in content:
            lemma = t.lemma_.lower()
            if lemma in self._HOLD_OFF and self._to_be_held_off(t, held):
                return True  # "asked for the decision to be postponed a few days"
            if lemma not in self._HOLD_OFF_OR_EXTEND or t.pos_ != "VERB" or t.tag_ != "VB":
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            wanted = self._GRACE if lemma == "extend" else held  # "to extend the period before it takes effect"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in t.children):
                return True
        return False

    _GRACE = {"deadline", "period", "reprieve", "pause", "moratorium", "grace"}

    @staticmethod
    def _to_be_held_off(verb, held) -> bool:
        """ "for the decision to be postponed", "wants the ban to be delayed": a passive infinitive of holding off, not
        negated, whose subject is the measure or the decision."""
        return (
            verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children)
            # nor on the verb it hangs on: "would not ask for the decision to be postponed", "did not want ..."
            and not any(c.dep_ == "neg" for a in verb.ancestors for c in a.children)
            and any(
                w.lemma_.lower() in held | {"decision", "order"}
                for w in (
                    *(c for c in verb.children if c.dep_ == "nsubjpass"),
                    *([verb.head] if verb.dep_ == "acl" else []),
                )
            )
        )

    def _announces_lifting(self, speaker: str, frame, content) -> bool:
        """The imposing side telling that the measure has been lifted: a lifting verb, done (not wished: "should
        lift"), whose object is the measure."""
        if frame.pos_ not in ("VERB", "AUX") or self.side(speaker, frame) != "imposer":
            return False
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if t.lemma_.lower() not in self._LIFT_VERBS | {"unblock", "restore"} or t.tag_ not in ("VBD", "VBN", "VBZ"):
                continue
            if any(c.dep_ == "neg" for c in t.children) or t.dep_ in ("acl", "amod", "advcl"):
                continue
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in measures for c in t.children):
                return True
        return False

    _ACCESS = {"access", "service", "services", "connection", "connectivity", "internet"}

    def _restore_wished(self, t, measures) -> bool:
        """ "called for access to be restored", "urged the government to restore access", "the ban should be lifted":
        access given back or the measure lifted, wished (an infinitive, or a passive after "to" or a modal)."""
        lemma = t.lemma_.lower()
        if lemma not in self._LIFT_VERBS | {"restore", "reinstate", "unblock"} or t.pos_ != "VERB":
            return False
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids):
            return False
        wanted = (self._ACCESS if lemma in ("restore", "reinstate") else set()) | (
            measures if lemma != "restore" else set()
        )
        if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in kids)
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
            wished = any(c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_.lower() in self._OUGHT) for c in kids)
            # "we hope that access is restored quickly": the restoring as the clause of a wish
            wished = wished or (t.dep_ == "ccomp" and t.head.lemma_.lower() in self._WISHING)
            return wished and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in wanted for c in kids)
        return False

    _WISHING = {"hope", "wish", "want", "expect", "trust"}
    _REMOVAL_VERBS = {"remove", "ban", "block", "bar", "prohibit", "replace", "rip", "uninstall", "delete", "strip"}
    _OUGHT = {"should", "must", "ought", "need"}

    _NO_ONE = {"few", "no", "nobody", "none", "noone", "neither"}

    def _backs_measure(self, frame, content) -> bool:
        """ "said she supported the order but ...", "backed the move, saying ...": a verb of backing with the measure
        as its object, in the words or as the verb a participle of saying hangs on."""
        measures = _BAN_NOUNS | set(words("ban", "similar_only_nouns"))
        backing = set(self.lex["backing_verbs"])
        measure_verbs = set(words("ban", "verbs"))
        verbs = [t for t in content if t.pos_ == "VERB"]
        if frame.pos_ == "VERB" and frame.dep_ == "advcl" and frame.tag_ == "VBG" and frame.head.pos_ == "VERB":
            verbs.append(frame.head)  # "X backed the move, saying ..."
        for t in verbs:
            kids = list(t.children)
            if t.lemma_.lower() not in backing or any(c.dep_ == "neg" for c in kids):
                continue
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if subj is not None and any(x.lower_ in self._NO_ONE for x in subj.subtree):
                continue  # "few people would support the ban": nobody's backing
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in kids
            ):
                continue  # "would support the ban if it were narrower": backing on a condition not met
            if any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in kids):
                return True
            if any(c.dep_ in ("dobj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in measure_verbs for c in kids):
                return True  # "a clear majority backed restricting the platform"
            if any(
                c.dep_ in ("dobj", "xcomp")
                and c.tag_ == "VBG"
                and c.lemma_.lower() == "keep"
                and any(p.dep_ in ("prep", "prt", "advmod") and p.lower_ in ("off", "out", "away") for p in c.children)
                for c in kids
            ):
                return True  # "said he supported keeping the apps off state phones"
        return False

    _COPULAS = {"be", "seem", "look", "sound", "remain", "prove"}
    # not "response" or "reaction": mostly someone's answer to the measure ("the company's response was appropriate")
    _JUDGED_NOUNS = {"approach", "policy", "plan", "rule", "law", "bill", "legislation"}
    # common nouns for the banned side owning a step ("the company's approach", "the platform's policy")
    _BANNED_SIDE_NOUNS = {"company", "firm", "platform", "app", "developer", "operator", "owner", "provider", "maker"}

    def _imposing(self, eid: str) -> bool:
        """The entity is an imposer of a ban of the story, or the country of one or whose body imposes one."""
        if eid in self.imposers:
            return True
        if self.ctx.jurisdiction_of(eid) in self.imposers:
            return True
        return any(self.ctx.jurisdiction_of(b) == eid for b in self.imposers)

    def _judged_measure(self, content, side: str | None = None) -> str | None:
        """The measure as the subject of a clause that judges it: "the approach was appropriate", "removing the app
        from work phones is basic hygiene" ("good"), "blocking a whole service is the equivalent of closing a road",
        "the ban was about control" ("bad"); "the decision is not appropriate" is "bad", "the ban is not wrong" no
        judgement (a hedge). The subject is a word for a measure (not the banned firm's: "the company's decision was
        right") or a gerund of banning or removing; the judging words are the lexicon's (statement.judged_measure)."""
        judged = self.lex["judged_measure"]
        measures = (_BAN_NOUNS | self._JUDGED_NOUNS) - {
            "action",
            "notice",
        }
        acts = set(words("ban", "verbs")) | set(words("ban", "needs_particle")) | self._REMOVAL_VERBS
        outcome = self.lex["judged_outcome"]
        inside = {t.i for t in content}
        for t in content:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in self._COPULAS | set(outcome["good"]) | set(outcome["bad"]):
                continue
            if self._asked(t):
                continue  # '"Is this shutdown acceptable?"', '"Would the block be acceptable if ...?"': asked, not judged
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and subj.lower_ == "it":
                # "it is unacceptable to shut down a platform": the infinitive the "it" stands for is judged
                subj = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VB"), subj)
            if subj is None or subj.i not in inside:
                continue
            if subj.dep_ == "nsubj":
                if subj.lemma_.lower() not in measures:
                    continue
                owners = [x for c in subj.children if c.dep_ == "poss" for x in c.subtree]
                if any(
                    (m := self.ctx.mention(x)) is not None and self.ctx.category(m.entity_id) in ("company", "product")
                    for x in owners
                ) or any(x.lemma_.lower() in self._BANNED_SIDE_NOUNS for x in owners):
                    continue  # "the company's decision was right": the banned side's own step
                if any(
                    (m := self.ctx.mention(x)) is not None
                    and m.kind in ("Organisation", "Jurisdiction")
                    and not self._imposing(m.entity_id)
                    for x in owners
                ):
                    continue  # "the European Commission's approach was wrong", in a story of Australia's ban: another's
                if side == "target" and any(x.lower_ in ("its", "their", "our") for x in owners):
                    continue  # the banned side's "its policy was appropriate": its own step, not the measure
            elif subj.tag_ not in ("VBG", "VB") or not (
                subj.lemma_.lower() in acts
                or (
                    subj.lemma_.lower() in ("take", "keep")
                    and any(c.dep_ in ("prt", "prep") and c.lower_ in ("off", "out", "down") for c in subj.children)
                )
            ):
                continue  # "removing the app from work phones", "taking it off official laptops"
            if lemma not in self._COPULAS:
                # judged by its outcome: "the ban had achieved its goal", "the block has not worked", "the ban failed
                # to stop ..."; "achieved nothing" is no success
                negated = any(c.dep_ == "neg" for c in t.children) or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("nothing", "little") for c in t.children
                )
                if not self._outcome_judged(t, subj, outcome):
                    continue
                if lemma in outcome["good"]:
                    if not negated and any(c.dep_ == "aux" and c.lower_ in outcome["predictions"] for c in t.children):
                        continue  # "the ban will work": a prediction, no verdict that it worked
                    return "bad" if negated else "worked"
                if not negated:
                    return "bad"
                continue
            heads = [
                c
                for c in t.children
                if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "prep" and c.lower_ in ("about", "like"))
            ]
            if not heads:
                continue
            denied = self._denied_alternatives(heads)
            text = " " + " ".join(x.lower_ for c in heads for x in c.subtree if x.i not in denied) + " "
            # "is not appropriate"; not a "not" further in ("about control, not about protecting", "a sensible floor,
            # not a solution")
            negated = (
                any(c.dep_ == "neg" and c.i < x.i for x in (t, *heads) for c in x.children)
                or any(c.dep_ == "neg" for c in t.children)
                or any(self._neither(h) for h in heads)  # "was neither necessary nor proportionate"
                or self._judgement_doubted(t, heads)
            )
            if self._claim_denied(t):
                # "Nobody can claim the suspension is illegal", "no one can say the block is unlawful": the measure's
                # lawfulness upheld; another judgement denied so tells none
                if any_phrase(judged["unlawful"], text, whole=True) and not negated:
                    return "good"
                continue
            if any_phrase(judged["good"], text, whole=True):
                return "bad" if negated else "good"
            if any_phrase(judged["bad"], text, whole=True) and not negated:
                return "bad"
            if not negated and any(c.dep_ == "attr" and c.lemma_.lower() in judged["bad_heads"] for c in heads):
                return "bad"
            # "the bans are political", "was political and illegal": the word itself the predicate (or one of its
            # conjuncts), not "a response to political violence", nor "about security and not political"
            if not any(c.dep_ == "neg" for c in t.children) and any(
                x.lower_ in judged["bad_words"] and not any(n.dep_ == "neg" for n in x.children)
                for c in heads
                if c.dep_ in ("acomp", "attr", "oprd")
                for x in (c, *c.conjuncts)
            ):
                return "bad"
        return None

    @staticmethod
    def _denied_alternatives(heads) -> set[int]:
        """The words of an alternative denied inside a judging predicate, which judge nothing: "about control, not
        about protecting anybody", "proportionate, not draconian" (what follows "not" is denied, not claimed)."""
        return {
            x.i
            for c in heads
            for d in c.subtree
            if d.i != c.i and any(n.dep_ == "neg" for n in d.children)
            for x in d.subtree
        }

    _ALL_BUT_NOT = {"hardly", "scarcely", "barely"}

    @classmethod
    def _judgement_doubted(cls, copula, heads) -> bool:
        """The judgement all but denied, "the order was hardly solid", or told under a verb of doubt not itself
        negated, "she doubted the order was solid" (not "she did not doubt the order was solid")."""
        if any(c.dep_ == "advmod" and c.lower_ in cls._ALL_BUT_NOT for x in (copula, *heads) for c in x.children):
            return True
        head = copula.head
        return (
            copula.dep_ == "ccomp"
            and head.lemma_.lower() == "doubt"
            and head.pos_ == "VERB"
            and not any(c.dep_ == "neg" for c in head.children)
        )

    def _a_measure_word(self, w) -> bool:
        """``w`` is a word for a measure ("the block", "the law") or a gerund of banning or switching off ("switching
        off a platform", "blocking it"), as _judged_measure reads a judged subject."""
        if w.tag_ == "VBG":
            acts = set(words("ban", "verbs")) | set(words("ban", "needs_particle")) | self._REMOVAL_VERBS
            return w.lemma_.lower() in acts
        return w.pos_ == "NOUN" and w.lemma_.lower() in (_BAN_NOUNS | self._JUDGED_NOUNS) - {"action", "notice"}

    def _not_lawful_measure(self, content) -> bool:
        """ "the block is not lawful", "switching off a platform because the government dislikes what is said on it is
        not a lawful option": the measure's lawfulness denied - its subject a measure word or a gerund of banning, or,
        where the parser hung the judging clause under such a gerund, that gerund. Not "hosting terrorist chats was not
        lawful", the banned side's deed judged."""
        inside = {t.i for t in content}
        for t in content:
            if t.lower_ != "lawful":
                continue
            if t.dep_ == "acomp":
                cop = t.head
            elif t.dep_ == "amod" and t.head.dep_ in ("attr", "acomp"):
                cop = t.head.head
            else:
                continue
            if cop.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for x in (cop, t) for c in x.children):
                continue
            subj = next((c for c in cop.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and self._a_measure_word(subj):
                return True
            x = cop
            while x.dep_ in ("ccomp", "advcl", "conj") and x.head.i in inside:
                x = x.head
                if x.tag_ == "VBG" and self._a_measure_word(x):
                    return True
        return False

    def _will_not_hesitate(self, speaker: str, content) -> bool:
        """ "the State will not hesitate to take other measures", "we won't hesitate to act again": more to come, told
        of the imposing side itself (a first-person "we" or "I", a body word, an imposer named, or "it" for a body that
        speaks) - not "the company would not hesitate to challenge the order"."""
        for t in content:
            if t.lemma_.lower() != "hesitate" or not any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ in ("we", "i") or (subj.lower_ == "it" and self.ctx.category(speaker) != "person"):
                return True
            m = self.ctx.mention(subj)
            if m is not None:
                if self._acting_body(subj):
                    return True
                continue
            if subj.lemma_.lower() in self._ACTING_BODIES:
                return True
        return False

    def _claim_denied(self, clause) -> bool:
        """The clause is what a negated verb, or one whose subject is nobody, says or claims: "Nobody can claim the
        suspension is illegal", "no one can say ...", "I do not believe the ban is unlawful"."""
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = clause.head
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        nobody = self.lex["judged_measure"]["nobody"]
        return subj.lower_ in nobody or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))

    def _undercut_by_target(self, content) -> bool:
        """Sellers who cannot compete with the banned platform back its ban: "our members cannot compete with goods that
        arrive tax-free", "they cannot compete with it" (the banned app or firm, a pronoun, or goods or sellers of
        statement.undercutting_goods with no other platform or firm named in them). Not "cannot compete with big
        chains without online sales", "could not compete with X's algorithm even after the ban", nor "with Y Shop
        sellers" when Y Shop is not what was banned."""
        goods = set(self.lex["undercutting_goods"])
        measures = _BAN_NOUNS
        for t in content:
            if t.lemma_.lower() != "compete":
                continue
            if not (any(c.dep_ == "neg" for c in t.children) or t.head.lower_ in ("unable", "incapable")):
                continue
            preps = [c for c in t.children if c.dep_ == "prep"]
            if any(p.lower_ == "without" for p in preps) or any(
                p.lower_ in ("after", "since", "despite") and any(o.lemma_.lower() in measures for o in p.children)
                for p in preps
            ):
                continue  # "without online sales", "even after the ban": no case for the measure
            for o in (o for p in preps if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
                if any(c.dep_ == "prep" and c.lower_ == "without" for c in o.children):
                    continue
                named = [
                    m
                    for x in _own_subtree(o, skip=("relcl", "acl"))
                    if (m := self.ctx.mention(x)) is not None and m.kind in ("Organisation", "Product")
                ]
                if any(m.entity_id in self.targets for m in named):
                    return True  # "cannot compete with Temu"
                if named:
                    continue  # another platform or firm: "big chains", "TikTok Shop sellers" when TikTok is banned
                if o.lower_ in ("it", "them") or o.lemma_.lower() in goods:
                    return True
        return False

    def _haven_for_wrongdoing(self, content) -> bool:
        """The platform told as a haven for wrongdoing ("has been a safe haven for piracy"): the measure's case; not a
        haven for free expression or privacy, nor "never a haven for cheating", "not for crime"."""
        wrongs = set(self.lex["haven_wrongs"])
        for t in content:
            if t.lemma_.lower() != "haven" or any(c.dep_ == "neg" for c in t.head.children):
                continue
            for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
                if any(c.dep_ == "neg" for c in p.children):
                    continue
                for o in (o for o in p.children if o.dep_ == "pobj"):
                    told = [o, *(c for c in o.children if c.dep_ in ("amod", "compound", "conj"))]
                    if any(x.lemma_.lower() in wrongs or x.lower_ in wrongs for x in told):
                        return True
        return False

    def _acted_too_late(self, content) -> bool:
        """The rulers said to have acted too late: "the state had waited too long to act", "the authorities were too
        slow to act", "regulators waited far too long before banning the app" (a degree word of statement.too_late
        with "too" on the waiting or being, governing a verb of acting or banning, whose subject is the government, a
        body or the imposer). Others waiting ("users had waited too long for the app to load", "customers had waited
        too long in the queue", "the company had waited too long for a reply") tell no measure come late."""
        lex = self.lex["too_late"]
        acts = set(lex["acts"]) | set(words("ban", "verbs")) | set(words("ban", "needs_particle"))
        actors = words("actors")
        bodies = {*actors["generic_government"], *actors["regulator"], *lex["rulers"]}
        bodies |= {*actors["descriptors"]["legislature"], *actors["descriptors"]["government"]}
        inside = {t.i for t in content}
        bare = set(lex["bare_degree"])
        for d in content:
            low = d.lemma_.lower()
            if low not in bare and (low not in lex["degree"] or not any(c.lower_ == "too" for c in d.children)):
                continue  # "too long", "too slow", "slow", "late"
            host = d.head if d.dep_ in ("advmod", "acomp", "npadvmod") else None
            if host is None or host.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in host.children):
                continue
            acting = [c for x in (d, host) for c in x.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
            acting += [
                g
                for c in host.children
                if c.dep_ == "prep" and c.lower_ in ("before", "to")
                for g in c.children
                if g.dep_ == "pcomp"
            ]
            if not any(a.lemma_.lower() in acts and self._acts_on_measure(a) for a in acting):
                continue  # "too slow to respond to the earthquake": acting on something else
            subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and host.dep_ == "conj":
                subj = next((c for c in host.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.i not in inside:
                continue
            m = self.ctx.mention(subj)
            if subj.lemma_.lower() in bodies or (m is not None and self._imposing(m.entity_id)):
                return True
        return False

    _TIME_ENTS = {"DATE", "TIME"}

    def _acts_on_measure(self, verb) -> bool:
        """Whether the acting verb of "too slow to act" is about the measure: it has no complement ("to act", "to
        step in", "to act in March"), or one that is the banned platform, the measure or a ban word ("to act against
        the app", "to crack down on TikTok", "to move toward a ban", "before banning it"). A noun of acting passes the
        check to its own complement ("to take action against the app"; statement.too_late.act_nouns). "too slow to
        respond to the earthquake", "to act on the floods", "before banning hate groups" are about something else."""
        lex = self.lex["too_late"]
        act_nouns = set(lex["act_nouns"])
        banning = set(words("ban", "verbs")) | set(words("ban", "needs_particle"))
        about = (
            set(words("ban", "nouns"))
            | set(words("ban", "weak_nouns"))
            | set(self.lex["turned_on"]["measures"])
            | set(self.lex["platform_nouns"])
            | banning
        ) - act_nouns

        def complements(t):
            out = [c for c in t.children if c.dep_ in ("dobj", "dative", "attr")]
            out += [
                g
                for c in t.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in self._TIME_ENTS
            ]
            return out

        objs = complements(verb)
        objs = [x for o in objs for x in (complements(o) if o.lemma_.lower() in act_nouns else [o])]
        if not objs:
            return True
        for o in objs:
            if o.lemma_.lower() in about or o.lower_ in about:
                return True
            if verb.lemma_.lower() in banning and o.dep_ == "dobj" and o.lower_ in ("it", "them"):
                return True  # "before banning it"
            if any((m := self.ctx.mention(x)) is not None and m.entity_id in self.targets for x in o.subtree):
                return True
        return False

    @staticmethod
    def _outcome_judged(verb, subj, outcome) -> bool:
        """Whether "the ban worked/failed" is a verdict on the story's measure: not another one ("a similar ban had
        failed", "an earlier ban on YouTube had failed"; statement.judged_outcome.other_measures), not under a
        condition ("would succeed only if the government also blocked VPNs"), and for a failure not its passage or
        trial ("failed to pass the legislature", "failed in court"): only a bare failure, one at what it was for
        ("failed to stop the rumours"; judged_outcome.fail_at) or a backfire."""
        if any(c.dep_ in ("amod", "det") and c.lower_ in outcome["other_measures"] for c in subj.children):
            return False
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in outcome["conditions"] for m in c.children)
            for c in verb.children
        ):
            return False
        if verb.lemma_.lower() != "fail":
            return True
        aims = [c for c in verb.children if c.dep_ == "xcomp"]
        if aims and not any(
            c.lemma_.lower() in outcome["fail_at"]
            or (c.lemma_.lower() in outcome["procedure_verbs"] and not StatementExtractor._passage(c, outcome))
            for c in aims
        ):
            return False  # "failed to pass the legislature", "failed to win approval"
        return not any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in outcome["procedure"] for o in c.children)
            for c in verb.children
        )  # "failed in court", "failed in a Senate vote"

    @staticmethod
    def _passage(verb, outcome) -> bool:
        """Whether "pass/clear/win ..." under "failed to" tells the measure's passage: nothing passed ("the bill
        failed to pass"), or what is passed, cleared or won (its object, or the object of a preposition on it) is a
        body, a vote, a stage of a bill or an approval ("failed to clear parliament", "failed to win approval",
        "failed to get through the Senate"; judged_outcome.procedure and .procedure_objects). "failed to pass a basic
        test of fairness" is a verdict on the measure."""
        stages = set(outcome["procedure"]) | set(outcome["procedure_objects"])
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return not objs or any(o.lemma_.lower() in stages or o.lower_ in stages for o in objs)

    _SOONER = {"earlier", "sooner", "ago", "before"}

    def _wants_more(self, content) -> bool:
        """The measure said to fall short of what is needed, so more is wanted: "keeping the app off government phones
        is not enough", "a ban on state devices was not enough" (no purpose after it: "not enough to stop abuse" may
        judge it useless)."""
        acts = set(words("ban", "verbs")) | {"keep"}
        for t in content:
            if t.lower_ != "enough" or t.dep_ != "acomp" or t.head.lemma_ != "be":
                continue
            verb = t.head
            if not any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ in ("xcomp", "advcl") for c in t.children):
                continue
            if any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
                continue
            for c in verb.children:
                if c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in acts:
                    if c.lemma_.lower() == "keep" and not any(
                        x.dep_ in ("prt", "prep", "advmod") and x.lower_ in ("off", "out") for x in c.children
                    ):
                        continue  # "keeping the app off phones"; not "keeping quiet about the block"
                    return True
                if c.dep_ == "nsubj" and c.lemma_.lower() in _BAN_NOUNS and self._measure_of_imposer(c, acts):
                    return True
        return False

    def _measure_of_imposer(self, noun, acts) -> bool:
        """``noun`` (a ban noun) is the story's measure, not another's step: no owner but an imposer or a body word
        for one ("the government's decision"; not "TikTok's decision", "the company's move"), and no "to" clause of
        another act ("the decision to store data locally", "the move to appoint a representative")."""
        for x in noun.children:
            if x.dep_ == "poss":
                m = self.ctx.mention(x)
                if m is not None:
                    if m.entity_id in self.targets or not self._imposing(m.entity_id):
                        return False
                elif x.lemma_.lower() not in self._ACTING_BODIES:
                    return False  # "the company's move", "its decision"
            if x.dep_ in ("acl", "relcl") and x.pos_ in ("VERB", "AUX") and x.lemma_.lower() not in acts:
                if x.dep_ == "acl" or any(y.dep_ == "aux" and y.lower_ == "to" for y in x.children):
                    return False
        return True

    def _wanted_sooner(self, content) -> bool:
        """The measure wanted earlier than it came: "the decision should have been made months ago", "the state ought
        to have blocked the app years ago", "the restriction should have come much earlier", "this should have been
        done months ago" (a "should have" verb with a time before now, whose subject is a word for the measure or a
        bare pronoun for the step done, or which is itself a verb of banning; not "the consultation should have
        happened months ago")."""
        measures = _BAN_NOUNS
        acts = set(words("ban", "verbs"))
        for t in content:
            if t.tag_ != "VBN" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            modal = [c for c in t.children if c.dep_ == "aux" and c.lower_ in ("should", "ought", "could")]
            if t.dep_ == "xcomp" and t.head.lower_ == "ought":
                modal.append(t.head)
            if not modal or not any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in self._SOONER for c in t.children):
                continue
            # "Should this have been done months ago?", "Nobody says this should have been done years ago": asked or
            # denied, no wish
            if self._asked(t) or self._claim_denied(t):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if t.lemma_.lower() in acts or (subj is not None and subj.lemma_.lower() in measures):
                return True
            # "This should have been done months ago", "it should have been imposed years ago": a bare pronoun as what
            # should have been done is the step the story tells (not "this should have been discussed months ago"), the
            # verb bare of a complement that makes a phrase of it ("made clear", "taken into account ... that ...");
            # "it" with a light verb is a phrase's, however parsed ("a review ... It should have been made public")
            if (
                subj is not None
                and subj.dep_ == "nsubjpass"
                and t.lemma_.lower() in self._DOING
                and (subj.lower_ in ("this", "that") or (subj.lower_ == "it" and t.lemma_.lower() not in self._LIGHT))
                and not any(c.dep_ in self._LIGHT_VERB_COMPLEMENTS for c in t.children)
            ):
                return True
        return False

    _DOING = {"do", "take", "make", "introduce", "impose"}
    _LIGHT = {"take", "make"}
    # what makes the verb a phrase of its own, no step done: "made clear", "made public", "taken into account"
    _LIGHT_VERB_COMPLEMENTS = {"oprd", "acomp", "attr", "dobj", "prep", "xcomp", "ccomp", "advcl"}

    def _acted_rightly(self, content) -> str | None:
        """The measure's makers said to have acted rightly: "the ministry did the correct thing", "the government has
        done the right thing" (statement.acted_rightly): "backs"; not negated ("did not do the right thing"), and not
        said of the banned side, of nobody named, or of others than the imposer and its government ("the company did
        the right thing by refusing", "doing the right thing is hard", "Students did the right thing by reporting the
        leaked papers"). Acting rightly "by"/"in" undoing the measure ("the court did the right thing by restoring
        access", "by challenging the ban", "in rejecting a total ban"; statement.acted_rightly.undoing): "undoes"."""
        acted = self.lex["acted_rightly"]
        actors = words("actors")
        bodies = {*actors["generic_government"], *actors["regulator"], *self.lex["too_late"]["rulers"]}
        bodies |= set(actors["descriptors"]["government"])
        for t in content:
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in acted["verbs"]:
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if not any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in acted["objects"]
                and any(a.dep_ == "amod" and a.lower_ in acted["marks"] for a in c.children)
                for c in t.children
            ):
                continue
            if any(
                c.dep_ == "prep"
                and c.lower_ in ("by", "in")
                and any(g.dep_ == "pcomp" and g.lemma_.lower() in acted["undoing"] for g in c.children)
                for c in t.children
            ):
                return "undoes"  # "did the right thing by restoring access", "in rejecting a total ban"
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() in self._BANNED_SIDE_NOUNS:
                continue
            m = self.ctx.mention(subj)
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                continue
            if (m is not None and not self._imposing(m.entity_id)) or (m is None and subj.lemma_.lower() not in bodies):
                continue  # "Students did the right thing", "the opposition did ...": not the measure's makers
            return "backs"
        return None

    def _wants_removed(self, content) -> bool:
        """ "every one of the devices should be removed", "the app must be banned": a call for the measure (the
        thing to remove is no measure itself: "the ban should be removed" is the opposite)."""
        measures = set(words("ban", "nouns")) | self._LIFTED
        for t in content:
            if t.lemma_.lower() not in self._REMOVAL_VERBS or t.pos_ != "VERB":
                continue
            kids = list(t.children)
            if any(c.dep_ == "neg" for c in kids) or not any(
                c.dep_ == "aux" and c.lemma_.lower() in self._OUGHT for c in kids
            ):
                continue
            subj = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.lemma_.lower() in measures:
                continue
            if any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in kids):
                continue  # "the government must remove the ban": the opposite
            if subj is not None and subj.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in kids):
                continue
            return True
        return False

    _CALLING_FOR = {"call", "argue", "push", "press", "campaign", "lobby", "plead", "clamour", "clamor"}
    # what the measure asked for becomes when it is to go ("called for the ban to be lifted") is read with the class's
    # one _UNDOING set, defined below with the lifting judgements

    def _calls_for_measure(self, frame) -> bool:
        """The speaking verb itself asks for the measure: "had argued for the restriction", "has called for a ban on
        the sale of the devices", "pushed for banning it" (not "called for an end to the ban", "called for the ban to
        be lifted", "did not argue for a ban")."""
        if frame.pos_ != "VERB" or frame.lemma_.lower() not in self._CALLING_FOR:
            return False
        if frame.dep_ in ("relcl", "acl"):
            return False  # "Trump, who had called for banning TikTok in 2020, said he would save the app": a past call
        if any(c.dep_ == "neg" for c in frame.children) or self._asked(frame):
            return False
        measure_verbs = set(words("ban", "verbs"))
        for prep in (c for c in frame.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                asked_for = obj.lemma_.lower() in words("ban", "nouns") or (
                    obj.tag_ == "VBG" and obj.lemma_.lower() in measure_verbs
                )
                if not asked_for:
                    continue
                if any(x.lemma_.lower() in self._UNDOING for x in obj.subtree if x.i != obj.i):
                    continue  # "called for the ban to be lifted"
                return True
        return False

    _DATA_NOUNS = {"data", "datum", "information", "message", "record", "detail", "file", "conversation",
                   "communication", "footage", "image", "photo", "location", "recording", "log"}  # fmt: skip
    _DATA_PLACING = {"end", "store", "send", "transfer", "flow", "go", "route", "keep", "hold", "process", "house",
                     "transmit", "sit", "reside", "land", "wind", "pass", "leak", "move", "hand"}  # fmt: skip
    _STILL_WANTED = {"should", "must", "shall", "ought"}

    def _target_homes(self) -> set[str]:
        """The countries the banned things belong to (the gazetteer's country of each target): "China" for DeepSeek."""
        if getattr(self, "_homes", None) is None:
            gaz = self.ctx.gaz
            homes = set()
            for t in self.targets:
                entry = gaz.entries.get(t) if gaz is not None else None
                home = gaz.country_entry(entry.country) if entry is not None and entry.country else None
                if home is not None:
                    homes.add(home.id)
                elif gaz is not None:
                    # a target named by its origin: "Chinese-made drones", "Russian antivirus software"
                    for word in re.split(r"[\s-]+", self.ctx.name(t)):
                        origin = gaz.entries.get(gaz.demonyms.get(word, ""))
                        if origin is not None and origin.type == "country":
                            homes.add(origin.id)
            # a capital stands for its country here ("ending up in Beijing") also where the text took it as a place
            self._home_capitals = {
                surface.lower()
                for surface, refs in (gaz.surfaces.items() if gaz is not None and homes else ())
                if any(r.how == CAPITAL and r.entry_id in homes for r in refs)
            }
            self._homes = homes
        return self._homes

    def _data_sent_home(self, content) -> bool:
        """Data told going to, or kept in, the banned side's own country: "data collected by our agencies should not
        be ending up in Beijing", "we cannot accept that our officials' data ends up on servers in China", "its own
        privacy policy says user data is stored on servers in China" (the measure's case, from anyone but the banned
        side; not "data never ends up in China", not "data is stored in Virginia")."""
        homes = self._target_homes()
        if not homes:
            return False
        inside = {t.i for t in content}
        for t in content:
            m = self.ctx.mention(t)
            if (m is None or m.entity_id not in homes) and t.lower_ not in self._home_capitals:
                continue
            # the place by its preposition, through "on servers in ..." up to the verb
            node, path = t, [t]
            while node.head.pos_ not in ("VERB", "AUX") and node.dep_ in ("pobj", "prep", "compound"):
                node = node.head
                path.append(node)
            verb = node.head
            path.append(node)
            if (
                node.dep_ not in ("prep", "oprd")  # "kept on servers in China" ("on" read as a predicate)
                or verb.i not in inside
                or verb.pos_ not in ("VERB", "AUX")
                or verb.lemma_.lower() not in self._DATA_PLACING
                or self._asked(verb)
            ):
                continue
            if self._place_denied(path, verb):
                continue  # "moved out of China", "stored in Topeka, not in China", "no longer sent to China"
            kids = list(verb.children)
            if any(c.dep_ == "neg" for c in kids) and not any(
                c.dep_ == "aux" and c.lower_ in self._STILL_WANTED for c in kids
            ):
                continue  # "our data never ends up in China": a denial
            # what goes there: the verb's subject or object (or a noun the parser left loose on it, "Data collected
            # by drones over our ports, our power plants ... should not be ending up in Beijing")
            carried = [
                x
                for c in kids
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") or (c.dep_ == "dep" and c.pos_ == "NOUN")
                for x in c.subtree
            ]
            if any(x.lemma_.lower() in self._DATA_NOUNS for x in carried):
                return True
        return False

    _PLACE_PREPS = {"in", "to", "on", "into", "onto", "inside", "within", "at"}
    _PRACTICE_ENDED = {"change", "fix", "stop", "end", "cease", "correct", "patch", "resolve", "halt"}

    def _place_denied(self, path, verb) -> bool:
        """The data told not going there after all: a place left ("moved out of China", "from Moscow"), the place
        itself negated ("in Topeka, not in China", "rather than China"), the sending stopped ("no longer sent to
        China", "not any more"), or a practice a following clause tells changed ("went to Beijing, but that changed",
        "sent to Beijing once, but the company fixed that")."""
        doc = verb.doc
        for x in path:
            if x.dep_ in ("prep", "oprd") and x.pos_ == "ADP" and x.lower_ not in self._PLACE_PREPS:
                return True
            if x.dep_ == "prep" and (
                any(c.dep_ == "neg" for c in x.children)
                or (x.i > 0 and doc[x.i - 1].lower_ == "not")
                or doc[max(0, x.i - 2) : x.i].text.lower() == "rather than"
            ):
                return True
        for c in verb.children:
            if c.dep_ == "advmod" and (
                c.lower_ == "anymore"
                or (c.lower_ in ("longer", "more") and any(g.lower_ in ("no", "any") for g in c.children))
            ):
                return True
            if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in self._PRACTICE_ENDED:
                return True
        return False

    def _plans_ban(self, content, speaker: str | None = None) -> bool:
        """The speaker's own plan to ban: "was considering blocking the app", "plans to ban it", "threatened to
        suspend the service"."""
        planned = set(words("ban", "planned")) - {"seek", "want"}
        banning = {"ban", "block", "bar", "prohibit", "suspend", "restrict", "shut", "outlaw", "blacklist"}
        for t in content:
            if t.lemma_.lower() not in planned or t.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                m = self.ctx.mention(subj)
                generic = subj.lemma_.lower() in words("actors", "generic_government") or subj.lemma_.lower() in (
                    "ministry",
                    "department",
                    "regulator",
                    "agency",
                )
                if not generic and (m is None or (speaker is not None and m.entity_id != speaker)):
                    continue  # "said the US was considering a ban": someone else's plan
            if any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.lemma_.lower() in banning for c in t.children):
                return True
        return False

    _CONDEMNING = {"unacceptable", "attack", "assault", "disgrace", "disgraceful", "shameful", "outrageous", "absurd",
                   "ridiculous", "scandal", "scandalous", "setback", "undemocratic", "illegal", "outrage", "nonsense",
                   "blow", "insult", "affront", "violation", "dangerous precedent", "slap",
                   # a hidden aim charged: "a backdoor to control speech", "a smokescreen", "a pretext for ..."
                   "backdoor", "back door", "smokescreen", "pretext", "power grab", "witch hunt", "witch-hunt"}  # fmt: skip

    def _condemns_measure(self, frame, measures) -> bool:
        """ "called the block unacceptable", "described the suspension as a serious attack on ...": the speaker
        judges the measure itself with a condemning word."""
        if frame.pos_ not in ("VERB", "AUX") or frame.lemma_.lower() not in self._NAMING_VERBS:
            return False
        objects = [c for c in frame.children if c.dep_ == "dobj"]
        strong = set(words("ban", "nouns"))
        # "called the measure an attack on democracy": a word for the measure, not the banned side's "decision"
        weak = {
            o.i
            for o in objects
            if o.lemma_.lower() in self._LABELLED
            and not any(
                (m := self.ctx.mention(x)) is not None and self.ctx.category(m.entity_id) in ("company", "product")
                for c in o.children
                if c.dep_ == "poss"
                for x in c.subtree
            )
        }
        if not any(o.lemma_.lower() in strong or o.i in weak for o in objects):
            return False
        judged = [
            t
            for c in frame.children
            if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "prep", "attr") and c.i > objects[0].i
            for t in c.subtree
        ]
        judged += [
            t
            for o in objects
            for c in o.children
            if c.dep_ in ("amod", "appos", "acl") and c.i > o.i
            for t in c.subtree
        ]
        if frame.dep_ == "acl":
            # 'X, the group, called the block "an attack on ..."' parsed as a clause on "group": the label hangs on
            # the subject as its apposition
            judged += [t for c in frame.head.children if c.dep_ == "appos" and c.i > objects[0].i for t in c.subtree]
        text = " " + " ".join(t.lower_ for t in judged) + " "
        opposing = self.lex["cues"]["opposes_ban"]["words"]
        return (
            self._labelled_a_failing(frame, objects[0])
            or any_phrase(self._CONDEMNING, text)
            # not a cue held in a backing phrase: "described the move as a deliberate attempt to get around the ban"
            or any_phrase(opposing, self._outside_support_phrases(text, opposing))
            # the words that judge a measure said of it ("the ban is security theatre") judge it as its label too
            or any_phrase(self.lex["judged_measure"]["bad"], text)
        )

    _FAILINGS = frozenset(words("statement", "makers_failings"))
    _SHOWING = frozenset(words("statement", "failing_shown_by"))

    def _labelled_a_failing(self, frame, measure) -> bool:
        """The measure named as a failing of its makers: 'called the measures "the desperation of a government that
        lost"', "described the block as an act of panic", "a sign of weakness" (the label itself, or what a word that
        shows it is "of", statement.failing_shown_by); not a failing of others the measure answers ("a response to the
        desperation of families") or ends ("the end of fear"), nor one others feel ("a product of the fear parents
        have lived with", "the fear of parents")."""
        labels = [c for c in frame.children if c.i > measure.i and c.dep_ in ("oprd", "xcomp", "attr")]
        labels += [o for c in frame.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        labels += [
            g
            for h in labels
            if h.lemma_.lower() in self._SHOWING
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        ]
        return any(w.lemma_.lower() in self._FAILINGS and self._felt_by_makers(w) for w in labels)

    def _felt_by_makers(self, failing) -> bool:
        """Whoever the failing is told of (its possessor, the object of its "of/for/among", the subject of a clause on
        it) is the measure's makers or a pronoun for them: "the desperation of a government", "the regime's panic";
        not "the fear parents have lived with", "fear among parents"."""
        owners = [c for c in failing.children if c.dep_ == "poss"]
        owners += [
            o for p in failing.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "among") for o in p.children
        ]
        owners += [s for r in failing.children if r.dep_ == "relcl" for s in r.children if s.dep_ == "nsubj"]
        for owner in owners:
            m = self.ctx.mention(owner)
            if m is not None:
                if not self._imposing(m.entity_id):
                    return False
            elif owner.pos_ != "PRON" and owner.lemma_.lower() not in self._ACTING_BODIES | self._RULERS:
                return False
        return True

    _NAMING_VERBS = frozenset(words("statement", "naming_verbs"))
    _OTHER_PEOPLE = frozenset(words("statement", "other_people"))

    def _in_description(self, head, subj) -> bool:
        """The word a naming clause hangs on is the speaker or a word of the speaker's description: reached from it
        through nouns and prepositions only ("X, head of the student union, who called ..."; apposition, of/for/at a
        body), with no verb on the way ("a spokesman for the authority, which has rejected claims by bloggers who
        called ..."), no other person ("a lawyer for the man who ...", _OTHER_PEOPLE) and no apposition that is
        plural or governed by a verb ("X, dismissing critics who called ...")."""
        x = head
        while x.i != subj.i:
            if x.pos_ not in ("NOUN", "PROPN", "ADP") or x.dep_ not in ("appos", "prep", "pobj", "compound", "conj"):
                return False
            if x.lemma_.lower() in self._OTHER_PEOPLE:
                return False
            if x.dep_ == "appos" and (
                x.tag_ in ("NNS", "NNPS") or any(c.pos_ in ("VERB", "AUX") for c in x.children if c.i < x.i)
            ):
                return False
            if x.head.i == x.i:
                return False
            x = x.head
        return True

    def _labelling_frames(self, frame) -> list:
        """The speaker's other verbs of naming in the sentence: 'called the block "an attack on rights" and urged
        ...' (the conjoined verb: the statement may be told by "urged"), 'said X, who called the ban "a stunt"' (a
        relative clause on the speaker)."""
        out = []
        if frame.pos_ not in ("VERB", "AUX"):
            return out
        kin = [c for c in frame.children if c.dep_ == "conj"]
        if frame.dep_ == "conj":
            kin.append(frame.head)
            kin += [c for c in frame.head.children if c.dep_ == "conj" and c.i != frame.i]
        subj = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            # "X, the rights group, called the block ... and urged": the parse may hang "called" on the subject as a
            # clause of its own (acl, a past tense, not the participle of "a group called X")
            kin += [
                t for t in subj.subtree if t.i > subj.i and (t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBD"))
            ]
        for t in kin:
            if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self._NAMING_VERBS or t.i == frame.i:
                continue
            if t.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in t.children
            ):
                continue
            if t.dep_ in ("relcl", "acl") and (subj is None or not self._in_description(t.head, subj)):
                continue  # "said X, a lawyer for the man who called the ban ...": another's words
            if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue  # "X said ... and Y called it ...": a subject of its own, another speaker
            out.append(t)
        return out

    _LABELLED = {"bill", "law", "legislation", "rule", "rules", "policy", "measure", "ban", "decision", "order",
                 "prohibition", "restriction", "move", "step", "directive",
                 # a measure that binds platforms to terms: "called the licence a backdoor to control speech"
                 "licence", "license", "licensing", "regime", "framework", "requirement", "regulation",
                 "regulations"}  # fmt: skip

    def _labels_measure(self, frame) -> bool:
        """ "called the bill basic cyber hygiene", "described the ban as a first step": the speaker gives the measure
        a name of its own (condemning names are caught before, by their cues)."""
        if frame.pos_ not in ("VERB", "AUX") or frame.lemma_.lower() not in ("call", "describe", "term", "dub", "hail"):
            return False
        objects = [c for c in frame.children if c.dep_ == "dobj" and c.lemma_.lower() in self._LABELLED]
        if not objects or any(c.dep_ == "neg" for c in frame.children):
            return False
        if any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in objects[0].children):
            return False  # "called the government's decision hasty": someone else's measure, no label of one's own
        labels = ("oprd", "xcomp", "ccomp", "attr", "acomp", "dobj")  # not "called the ban on Tuesday"
        return any(
            c.i > objects[0].i and (c.dep_ in labels or (c.dep_ == "prep" and c.lower_ == "as")) for c in frame.children
        ) or any(c.dep_ in ("appos", "amod", "acl") and c.i > objects[0].i for c in objects[0].children)

    _RULERS = {"government", "administration", "regime", "authorities", "junta"}

    def _accuses_rulers(self, content) -> bool:
        """ "accused the ruling party of organising fraud", "accused the government of using fraud as an excuse":
        the charge is against those in power, so the words of wrongdoing in it are no case for the ban."""
        for t in content:
            if t.lemma_.lower() != "accuse" or t.pos_ != "VERB":
                continue
            for o in (c for c in t.children if c.dep_ == "dobj"):
                phrase = list(o.subtree)
                if o.lemma_.lower() in self._RULERS or any(w.lower_ == "ruling" for w in phrase):
                    return True
                if any((m := self.ctx.mention(w)) is not None and m.entity_id in self.imposers for w in phrase):
                    return True
        return False

    def _accuses_imposer(self, frame) -> bool:
        """The object of "accuse" names the imposer of a ban of the story ("accused Canberra of discrimination")."""
        if frame.pos_ not in ("VERB", "AUX"):
            return False
        # "accused Norway of acting too slowly", "of failing to ban it": the charge is too little, which wants more
        charge = [t for c in frame.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        if any(t.lemma_.lower() in self._TOO_LITTLE for t in charge) or any(
            t.lower_ in ("enough", "too") for t in charge
        ):
            return False
        for obj in (c for c in frame.children if c.dep_ == "dobj"):
            m = self.ctx.mention(obj)
            if m is not None and m.entity_id in self.imposers:
                return True
            if obj.lemma_.lower() in self._RULERS and any(c.lower_ == "the" for c in obj.children):
                return True  # "accused the government of cutting the internet": the rulers behind the measure
        return False

    _NAMING = {"call", "brand", "label", "dub", "term"}

    def _insults_person_or_imposer(self, frame) -> bool:
        """ "called Maduro a dictator", "branded the government tyrants": a naming verb (the frame, or one
        coordinated with it) whose object is a person or the imposer and whose complement is a word for a despot
        (lexicon statement.despots)."""
        despots = set(self.lex["despots"])
        verbs = [frame, *(c for c in frame.children if c.dep_ == "conj")]
        if frame.dep_ == "conj":
            verbs.append(frame.head)
        for verb in verbs:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self._NAMING:
                continue
            told = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
            if not any(t.lemma_.lower() in despots for c in told for t in c.subtree):
                continue
            for c in told:
                for t in c.subtree:
                    m = self.ctx.mention(t)
                    if m is not None and (m.kind == "Person" or m.entity_id in self.imposers):
                        return True
                    if t.lemma_.lower() in self._RULERS or t.lemma_.lower() == "president":
                        return True
                    if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "nsubj"):
                        return True  # 'called him "an evil dictator"': a person, whoever the pronoun names
        return False

    _TOO_LITTLE = {"slow", "slowly", "fail", "delay", "drag", "hesitate", "dither", "weak", "lax", "complacent",
                   "complacency", "inaction", "neglect", "ignore"}  # fmt: skip

    def _accuses_target(self, frame) -> bool:
        """The object of "accuse" is the banned side: named, or "the platform", "the company", "the app"."""
        if frame.pos_ not in ("VERB", "AUX"):
            return False
        for obj in (c for c in frame.children if c.dep_ == "dobj"):
            m = self.ctx.mention(obj)
            if m is not None:
                if m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product"):
                    return True
                continue
            if obj.lemma_.lower() in _TARGET_NOUNS and any(c.lower_ == "the" for c in obj.children):
                return True
        return False

    _JUDGED = {"decision", "move", "change", "step", "news", "approach", "policy", "vote"}

    def _welcomes_ruling(self, frame) -> bool:
        """The statement, or the verb it is joined to, welcomes a court's ruling ("welcomed the ruling", "welcomed the
        verdict but cautioned that ...", "welcomed the judgment and said ..."), in a story that does not tell a court
        keeping the measure ("upheld the law", "dismissed the challenge")."""
        praise = set(self.lex["praise_verbs"]) - {"defend"}
        rulings = set(self.lex["court_rulings"])
        verbs = [frame, *(c for c in frame.children if c.dep_ == "conj")]
        if frame.dep_ == "conj":
            verbs.append(frame.head)
        if not any(
            v.pos_ in ("VERB", "AUX")
            and v.lemma_.lower() in praise
            and any(c.dep_ == "dobj" and c.lemma_.lower() in rulings for c in v.children)
            for v in verbs
        ):
            return False
        upholding = set(self.lex["upholding"])
        challenges = set(self.lex["upheld_challenges"])
        for t in self.adoc.doc:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or lemma not in upholding or any(c.dep_ == "neg" for c in t.children):
                continue
            if lemma == "uphold" or any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in challenges for c in t.children
            ):
                return False  # "the court upheld the ban", "the judge dismissed the company's challenge"
        return self._court_undid_measure()

    def _welcomes_undoing(self, frame) -> bool:
        """The statement welcomes the measure's undoing: "welcomed the restoration of the service", "hailed the
        lifting of the ban" (a praise verb, not "defend", whose object is an undoing noun told bare or of the banned
        side, access or a measure); not "welcomed the return of the ambassador", "the reopening of the border"."""
        praise = set(self.lex["praise_verbs"]) - {"defend"}
        if frame.pos_ not in ("VERB", "AUX") or frame.lemma_.lower() not in praise:
            return False
        for o in (c for c in frame.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex["undoing_nouns"]):
            undone = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            if all(g.lower_ == "access" or self._banned_side(g) or self._a_measure_word(g) for g in undone):
                return True
        return False

    def _court_undid_measure(self) -> bool:
        """The story tells a court going against the measure: a ban blocked by a court, a court lifting, striking down
        or halting a measure ("struck down the suspension", "ordered the block lifted", "the ban was overturned by the
        High Court"), ordering the platform or access back ("directed the regulator to restore access") or ruling the
        measure unlawful. Not a court ordering the ban itself ("ordered X suspended", "ordered the suspension of X")."""
        if self._court_undid is None:
            self._court_undid = any(b.status == "blocked_by_court" for b in self.bans) or any(
                self._court_undoes(t) for t in self.adoc.doc
            )
            self._court_undid = self._court_undid or any(self.bx._ruled_unlawful(s) for s in self.adoc.sentences)
        return self._court_undid

    def _court_undoes(self, verb) -> bool:
        """ "struck down the ban", "ordered the block lifted", "ordered the regulator to restore access": a court's
        verb undoing a measure (its object a measure noun) or bringing the platform back (its object no measure)."""
        lemma = verb.lemma_.lower()
        undoing, restoring = lemma in self.lex["court_undoing"], lemma in self.lex["court_restoring"]
        if verb.pos_ != "VERB" or not (undoing or restoring) or any(c.dep_ == "neg" for c in verb.children):
            return False
        measures = _BAN_NOUNS | words("status", "court_blocked")
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        subjs = [c for c in verb.children if c.dep_ == "nsubj"]
        subjs += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if verb.dep_ == "ccomp" and subjs and not objs:
            objs, subjs = subjs, []  # "ordered the block lifted": the small clause's subject is what the court undid
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not objs:
            objs = [verb.head]  # "a ban that the Supreme Court later stayed"
        head = verb
        if verb.dep_ == "acl" and not objs and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
            # "a judge ordered access reinstated", the participle hung on the object: the court orders it
            objs, head = [verb.head], verb.head.head
            if head.lemma_.lower() in words("ban_rules", "refusing") or any(c.dep_ == "neg" for c in head.children):
                return False
            subjs = [c for c in head.children if c.dep_ == "nsubj"]
        while not subjs and head.dep_ in ("xcomp", "ccomp", "oprd", "advcl") and head.head.pos_ == "VERB":
            # "ordered the regulator to lift its suspension", "directed the regulator to restore access": the court
            # is the subject of the verb that orders it (not one that refused: "declined to lift the ban")
            head = head.head
            if head.lemma_.lower() in words("ban_rules", "refusing") or any(c.dep_ == "neg" for c in head.children):
                return False
            subjs = [c for c in head.children if c.dep_ == "nsubj"]
            if not objs and verb.dep_ in ("xcomp", "oprd"):
                objs = [c for c in head.children if c.dep_ == "dobj"]  # "ordered the ban to be lifted"
        told_measure = any(o.lemma_.lower() in measures for o in objs)
        if undoing and not told_measure:
            return False  # "ordered X suspended", "ordered the ISPs to block the site": the court's own measure
        if restoring and told_measure:
            return False  # "reinstated the ban"
        return any(
            t.lemma_.lower() in words("actors", "court") | {"judge", "justice", "magistrate"}
            or (self.ctx.mention(t) is not None and self.ctx.category(self.ctx.mention(t).entity_id) == "court")
            for s in subjs
            for t in s.subtree
        )

    def _outside_voice(self, speaker: str, side: str) -> bool:
        """The banned side, a campaigner ("rights activist X", "X of the press freedom group Y") or an outside body
        (an association, a union, a foundation)."""
        if side == "target":
            return True
        cat = self.ctx.category(speaker)
        if cat == "other":
            return True
        if cat != "person":
            return False
        if self._person_is_activist(speaker) or self._person_of_outside_body(speaker):
            return True
        # "Digital rights advocate X welcomed ...": the title right before the name, also where the parse took
        # "advocate" for a verb and the name for its object
        outside = set(self.lex["outsiders"])
        return any(
            span.start > 0 and span.doc[span.start - 1].lemma_.lower() in outside
            for span in self._mention_spans(speaker)
        )

    def _lifting_stance(self, frame, content, lemma: str, has) -> str | None:
        """In a story about a ban being lifted, approving "the decision" opposes the ban; condemning it backs it."""
        judged = (
            {c.lemma_.lower() for c in frame.children if c.dep_ == "dobj"} if frame.pos_ in ("VERB", "AUX") else set()
        )
        if lemma in self.lex["critic_verbs"] and judged & self._JUDGED:
            return "supports_ban"
        if lemma in self.lex["praise_verbs"] and lemma != "defend" and judged & self._JUDGED:
            earlier = {"original", "earlier", "previous", "initial", "first"}
            if not any(a.lower_ in earlier for c in frame.children if c.dep_ == "dobj" for a in c.children):
                return "opposes_ban"  # "welcomed the decision", not "defended the original decision"
        if has(self.lex["cues"]["opposes_ban"]["capitulation"]):
            return "supports_ban"  # "the government had bowed to pressure from the company": the lifting decried
        if has(self.lex["cues"]["supports_ban"]["approval"]) or self._undoing_wanted_sooner(content):
            return "opposes_ban"
        return None

    _UNDOINGS = {"lifting", "lift", "decision", "move", "restoration", "reversal", "unblocking", "unbanning", "step"}

    def _undoing_wanted_sooner(self, content) -> bool:
        """In a story of a ban lifted, the lifting wanted earlier: "the lifting should have come sooner"."""
        for t in content:
            if t.lemma_.lower() != "come" or not any(c.dep_ == "aux" and c.lower_ == "should" for c in t.children):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in ("sooner", "earlier") for c in t.children):
                continue
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in self._UNDOINGS for c in t.children):
                return True
        return False

    _RULINGS = {"ruling", "decision", "judgment", "judgement", "verdict", "injunction"}
    _PROCEDURE = {"case", "question", "merit", "merits", "substance", "examine", "try", "hearing", "proceeding",
                  "proceedings", "pending", "appeal", "review", "evidence", "argument"}  # fmt: skip
    _PROCEDURAL_CUES = ("appeal", "challenge", "sue", "lawsuit")

    def _procedural(self, content, opposing) -> bool:
        """What a court that suspended a ban says of its procedure ("the case raised questions that needed to be tried
        before the conditions could apply", "until it had examined the substance of the appeal"): words of the case,
        and none judging the ban beyond the appeal or challenge it hears."""
        if not any(t.lemma_.lower() in self._PROCEDURE for t in content):
            return False
        text = " " + " ".join(t.lower_ for t in content) + " "
        judged = [w for w in opposing if not w.startswith(self._PROCEDURAL_CUES) and any_phrase([w], text)]
        return not judged

    def _ruling_stance(self, content, lemma: str, has) -> str | None:
        """A court has blocked the ban: welcoming the ruling opposes the ban, deploring it backs the ban."""
        if not any(t.lemma_.lower() in self._RULINGS for t in content):
            return None
        approve = (lemma in self.lex["praise_verbs"] and lemma != "defend") or has(
            ["welcome", "pleased", "happy", "glad", "win for", "victory for", "good news"]
        )
        deplore = lemma in self.lex["critic_verbs"] or has(["disappoint", "flawed", "wrongly decided", "misguided"])
        if approve and not deplore:
            return "opposes_ban"
        if deplore and not approve:
            return "supports_ban"
        return None

    @staticmethod
    def _asserted(content) -> list:
        """The content without what it only asks about or supposes ("whether a ban was needed", "if it is real")."""
        asked: set[int] = set()
        for t in content:
            if t.lower_ in ("whether", "if") and t.dep_ in ("mark", "advmod", "dep"):
                asked.update(x.i for x in t.head.subtree)  # "whether a ban was needed", "if the risk is real"
        return [t for t in content if t.i not in asked] if asked else content

    _ADVICE = re.compile(
        r"\b(?:against (?:using|the use|downloading|installing)|not to (?:use|download|install)|refrain from|"
        r"to avoid|to stop using|to delete|to remove|to uninstall)\b"
    )

    def _advice_against_use(self, lemma: str, content) -> bool:
        if lemma not in self.lex["cues"]["supports_ban"]["imposer_verbs"] or lemma == "cite":
            return False
        return bool(self._ADVICE.search(" ".join(t.lower_ for t in content)))

    @staticmethod
    def _in_relative(tok, content) -> bool:
        """The word sits inside a relative clause of the content ("extend the ban to apps that pose similar risks but
        are still allowed"): it describes a noun, it does not turn the speaker's own judgement."""
        inside = {t.i for t in content}
        return any(a.dep_ in ("relcl", "acl") and a.i in inside for a in [tok.head, *tok.head.ancestors])

    _EVERY = {"any", "all", "every", "such"}

    @classmethod
    def _standard_for_all(cls, content) -> bool:
        """A rule told for every measure of the kind, no view of this one: "any restrictions on online expression had
        to be lawful, necessary and proportionate", "all such measures must be necessary" (a measure noun with
        any/all/every/such, the subject of "must/should be" or "have/need to be"); not when the words also judge one
        measure by it: "any restriction should be necessary, and this one clearly is" (_one_measure_judged)."""
        for t in content:
            if t.lemma_.lower() != "be":
                continue
            clause = t.head if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "need") else t
            if clause is t and not any(c.dep_ == "aux" and c.lemma_.lower() in cls._OUGHT for c in t.children):
                continue
            if any(c.dep_ == "nsubj" and cls._every_measure(c) for c in clause.children):
                return not cls._one_measure_judged(cls._with_saying_conjuncts(content))
        return False

    @staticmethod
    def _with_saying_conjuncts(content) -> list:
        """The words said, with the clauses joined to the verb of saying that have no saying of their own ("said any
        restriction should be necessary, and this one clearly is")."""
        inside = {t.i for t in content}
        said = {t.head for t in content if t.head.i not in inside}
        joined = [c for v in said for c in v.children if c.dep_ == "conj" and c.i > v.i and c.lemma_.lower() != "say"]
        return [*content, *(t for c in joined for t in c.subtree if t.i not in inside)]

    @classmethod
    def _every_measure(cls, noun) -> bool:
        """A measure noun told of every measure of the kind: "any restrictions", "all such measures"."""
        return noun.lemma_.lower() in _BAN_NOUNS and any(
            d.dep_ in ("det", "amod", "predet") and d.lower_ in cls._EVERY for d in noun.children
        )

    @classmethod
    def _one_measure_judged(cls, content) -> bool:
        """Another clause's subject is one measure, a measure noun not told of every measure or "this/that one": "and
        this one clearly is", "and that the block was justified"."""
        return any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.head.pos_ in ("VERB", "AUX")
            and (
                (t.lemma_.lower() in _BAN_NOUNS and not cls._every_measure(t))
                or (t.lower_ == "one" and any(d.dep_ == "det" and d.lower_ in ("this", "that") for d in t.children))
            )
            for t in content
        )

    @staticmethod
    def _conceded(content, cue_words) -> bool:
        """An outside voice granting the measure a point, then turning against it with "but": every cue for the
        measure comes before the turn and none after."""
        toks = sorted(content, key=lambda t: t.i)
        turn = next(
            (
                k
                for k, t in enumerate(toks)
                if k > 0
                and t.lower_ in ("but", "however", "yet")
                and t.dep_ in ("cc", "advmod")
                # "cannot yet verify" is a time, not a turn: "yet" turns only as a conjunction or after a comma
                and (t.lower_ != "yet" or t.dep_ == "cc" or toks[k - 1].is_punct)
                and not StatementExtractor._in_relative(t, toks)
            ),
            None,
        )
        if turn is None:
            return False

        def cued(part) -> bool:
            text = " " + " ".join(t.lower_ for t in part) + " "
            return any_phrase(cue_words, text)

        return cued(toks[:turn]) and not cued(toks[turn + 1 :])

    _EVEN_GRANTED = {"understandable", "sensible", "reasonable", "legitimate", "justified", "prudent"}
    _GRANTED = ("makes sense", "made sense", "make sense", "understandable", "was right to", "is right to")

    def _weighed(self, content) -> bool:
        """An outside voice granting the measure its point, then a "but" and a criticism: a weighing, no side
        ("the restriction made sense for government systems but was unlikely to stop ...")."""
        toks = sorted(content, key=lambda t: t.i)
        turn = next(
            (
                k
                for k, t in enumerate(toks)
                if k > 0 and t.lower_ == "but" and t.dep_ == "cc" and not self._in_relative(t, toks)
            ),
            None,
        )
        opposing = self.lex["cues"]["opposes_ban"]["words"]
        if turn is None:
            # "understandable and probably symbolic in equal measure": the point granted and the criticism side by
            # side, coordinated, with no "but"
            for t in toks:
                if t.lower_ in self._EVEN_GRANTED and any(
                    c.dep_ == "conj" and any_phrase(opposing, " " + " ".join(x.lower_ for x in c.subtree) + " ")
                    for c in t.children
                ):
                    return True
            return False
        before = " " + " ".join(t.lower_ for t in toks[:turn]) + " "
        after = " " + " ".join(t.lower_ for t in toks[turn + 1 :]) + " "
        # the measure approved ("made sense", "reasonable"), not only the problem granted ("fraud is real, but ...")
        granted = any_phrase(self._GRANTED, before) or any_phrase(self.lex["cues"]["supports_ban"]["approval"], before)
        return granted and not any_phrase(opposing, before) and any_phrase(opposing, after)

    @staticmethod
    def _denies_measure(content) -> bool:
        """A government saying it has not taken the measure reported: "has not issued any laws prohibiting"."""
        acts = {
            "issue",
            "ban",
            "prohibit",
            "order",
            "restrict",
            "block",
            "impose",
            "introduce",
            "switch",
            "shut",
            "cut",
        }
        for t in content:
            if t.lemma_.lower() in acts and t.pos_ == "VERB":
                kids = {c.dep_: c for c in t.children}
                if "neg" in kids and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
                    return True
        return False

    _CITING_ACTS = {"tell", "instruct", "order", "direct", "advise", "urge"}

    def _named_imposer_cites(self, participle) -> bool:
        """ "Australia banned X from government devices, citing a risk", "the Navy told its members not to use X,
        citing concerns": the participle hangs on a ban (or an instruction) whose subject is a named state body."""
        head = participle.head
        if participle.dep_ != "advcl" or head.pos_ != "VERB" or any(c.dep_ == "neg" for c in head.children):
            return False
        if head.tag_ not in ("VBD", "VBN"):
            return False  # "Norway bans X, citing security risks": a headline's summary of the ban, not a report
        if head.lemma_.lower() not in set(words("ban", "verbs")) | self._CITING_ACTS:
            return False
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        m = self.ctx.mention(subj) if subj is not None else None
        return m is not None and self.ctx.category(m.entity_id) in IMPOSER_CATEGORIES - {"company", "person"}

    def _likens_measure(self, verb) -> bool:
        """ "compared the order to ...", "likened it to ...": the object is the measure (or stands for it) and a "to"
        or "with" says what it is likened to."""
        measures = _BAN_NOUNS
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects = [o for o in objects if o.lemma_.lower() in measures or o.lower_ in ("it", "this")]
        # "to" as a preposition, or as the parser's "to" of a gerund ("compared the order to shutting down ...")
        return any(t.lower_ in ("to", "with") and t.i > o.i for o in objects for t in verb.subtree)

    _PURPOSES = {"mean", "intend", "design", "aim"}

    @staticmethod
    def _denies_purpose(content) -> bool:
        """ "was never meant to gag the media", "is not intended to silence critics", "never intended to censor": an
        aim disowned (a negated purpose participle or verb with a clause of what was not meant)."""
        for t in content:
            if t.lemma_.lower() not in StatementExtractor._PURPOSES or t.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "neg" and c.lower_ in ("never", "not", "n't") for c in t.children):
                continue
            if any(c.dep_ in ("xcomp", "prep") for c in t.children):
                return True
        return False

    def _speaks_for_a_state(self, speaker: str) -> bool:
        """A government body, or a person holding an office outside any company or campaign."""
        cat = self.ctx.category(speaker)
        if cat == "person":
            return self._person_has_office(speaker) and not self._person_is_activist(speaker)
        return cat in ("government", "regulator", "jurisdiction")

    _CUTTING = {
        "ban",
        "block",
        "bar",
        "prohibit",
        "shut",
        "cut",
        "suspend",
        "restrict",
        "outlaw",
        "blacklist",
        "switch",
    }

    _LIKE_VERBS = {"be", "look", "seem", "appear", "sound"}
    _READING_VERBS = {"point", "indicate", "suggest", "show"}
    _PROPOSING_VERBS = {
        "urge",
        "ask",
        "propose",
        "recommend",
        "demand",
        "press",
        "encourage",
        "advise",
        "want",
        "prefer",
    }
    _READINGS = {"pattern", "data", "evidence", "measurement", "metric", "figure", "reading", "trace", "test", "sign"}

    @staticmethod
    def _told_as_not_ban(rather) -> bool:
        """'This looks like a registration fight rather than a permanent ban', 'it is a warning rather than a ban': what
        the measure is said to be, described, not an alternative wanted (a "should be", "must be" or "would be better"
        proposes one: "the answer should be guidance rather than a ban")."""
        verb = next((a for a in rather.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # a measurement read: "the pattern pointed to targeted filtering of platforms rather than a full shutdown"
        reading = (
            verb.lemma_.lower() in StatementExtractor._READING_VERBS
            and subj is not None
            and subj.lemma_.lower() in StatementExtractor._READINGS
        )
        if verb.lemma_.lower() not in StatementExtractor._LIKE_VERBS and not reading:
            return False
        if any(
            c.dep_ == "aux" and c.lower_ in StatementExtractor._MODALS | {"should", "would", "ought"}
            for c in verb.children
        ):
            return False
        measures = _BAN_NOUNS
        # "this", "it", or a relative's "which" ("warned staff ..., which is a warning rather than a ban")
        if subj is None or not (
            reading or subj.lower_ in ("this", "that", "it", "which") or subj.lemma_.lower() in measures
        ):
            return False
        # a cleft's empty "it" stands for nothing: "It is an audit rather than a ban that will protect children",
        # "it is a review rather than a ban that the law allows" (a relative clause after the copula's complement)
        if subj.lower_ == "it" and any(x.i != verb.i and x.dep_ == "relcl" and x.head.i > verb.i for x in verb.subtree):
            return False
        # a relative's "which" hanging on what a speaker urges or calls for is that proposal, not the measure: "urged
        # the government to fine the company instead, which it said was a proportionate penalty rather than a ban"
        if subj.lower_ == "which" and any(
            a.lemma_.lower() in StatementExtractor._PROPOSING_VERBS
            or (a.lemma_.lower() == "call" and any(c.lower_ in ("for", "on", "upon") for c in a.children))
            for a in verb.ancestors
        ):
            return False
        # what is weighed against the ban is another kind of measure ("a registration fight", "a warning"), not
        # what the speaker wants instead ("a moment for dialogue", "a job for regulators and parents")
        than = rather.head if rather.head.lower_ == "than" else None
        weighed = than.head if than is not None and than.head.i < than.i else None
        return (
            weighed is not None
            and weighed.lemma_.lower() in measures | set(words("statement", "measure_kinds"))
            and not (weighed.dep_ == "pobj" and weighed.head.lower_ == "for")
        )

    @staticmethod
    def _rather_than_ban(content) -> bool:
        """ "clear guidance rather than blanket bans", "instead of a ban": the ban is what the speaker rejects."""
        measures = words("ban", "nouns")
        acts = set(words("ban", "verbs")) | {"switch"}
        toks = sorted(content, key=lambda t: t.i)
        for k, t in enumerate(toks):
            if t.lower_ in ("rather", "instead") and k + 1 < len(toks) and toks[k + 1].lower_ in ("than", "of"):
                if StatementExtractor._told_as_not_ban(t):
                    continue
                if any(x.lemma_.lower() in measures for x in toks[k + 2 : k + 6]):
                    return True
                # the act itself turned down: "target unlawful content rather than shut off entire platforms",
                # "instead of blocking the app" (a verb right after, not "rather than the ban's critics"; not "add",
                # "order", "stop", "limit", and not when the remedy urged is itself a cut: "must ban every such app
                # instead of stopping at TikTok", "should remove it from all devices instead of limiting the rule")
                main = t.head
                while main.pos_ not in ("VERB", "AUX") and main.head is not main:
                    main = main.head
                if main.lemma_.lower() in acts | StatementExtractor._CUTTING and any(
                    c.dep_ in ("dobj", "nsubjpass")
                    and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PRODUCT") or c.lemma_.lower() in _APP_NOUNS)
                    for c in main.children
                ):
                    continue  # an app or a name cut, not "remove the illegal posts rather than shut down a service"
                if any(
                    x.pos_ == "VERB" and x.lemma_.lower() in acts - StatementExtractor._NOT_CUTS
                    for x in toks[k + 2 : k + 4]
                ):
                    return True
            # "should be dealt with by the police, not by switching off a service": the act itself turned down
            if t.lower_ == "not" and k + 2 < len(toks) and toks[k + 1].lower_ == "by":
                nxt = toks[k + 2]
                if nxt.tag_ == "VBG" and nxt.lemma_.lower() in acts:
                    return True
            # "the answer is to prosecute the fraudsters, not to cut off everyone": the act contrasted away
            if t.lower_ == "not" and k > 0 and toks[k - 1].text == "," and k + 2 < len(toks):
                nxt = toks[k + 2] if toks[k + 1].lower_ == "to" else toks[k + 1]
                if nxt.tag_ in ("VB", "VBG") and nxt.lemma_.lower() in StatementExtractor._CUTTING:
                    return True
        return False

    @staticmethod
    def _not_safer(content) -> bool:
        """ "will not make the Netherlands safer": the measure does not help."""
        for t in content:
            if t.lemma_.lower() in ("make", "keep") and any(c.dep_ == "neg" for c in t.children):
                if any(x.lower_ in ("safer", "secure", "safe", "more secure") for c in t.children for x in c.subtree):
                    return True
        return False

    def _denies_too(self, speaker: str, frame, content) -> bool:
        """'"firmly opposes ..." and "has never asked companies to collect data"': a denial beside the criticism."""
        if self.side(speaker, frame) == "imposer":
            return False
        text = _access_denied(" " + " ".join(t.lower_ for t in content) + " ")
        phrases = self.lex["cues"]["denies_allegation"]["phrases"]
        lemma = frame.lemma_.lower()
        return any_phrase(phrases, text) or self._vouches(self.side(speaker, frame), lemma, content, text)

    # ban verbs that after "rather than" tell no cut turned down: "rather than add another review", "rather than
    # order each outlet shut", "instead of stopping at TikTok", "instead of limiting the rule to ministers' phones"
    _NOT_CUTS = frozenset({"add", "order", "stop", "limit"})

    _LOOSE_BACKING = ("good decision", "years late", "months late", "decades late", "years too late",
                      "months too late", "must submit to", "small price to pay", "price worth paying",
                      "cost worth paying", "worth the inconvenience", "to stop")  # fmt: skip
    _STOPPED_RULERS = {"government", "authorities", "state", "ministry", "regulator", "minister", "president"}
    _COSTS = {"price", "cost", "inconvenience"}
    # what a cost worth bearing may be: the measure or its effect ("the block", "a few hours of inconvenience", "it")
    _BORNE = frozenset(_BAN_NOUNS) | {"inconvenience", "hour", "day", "week", "month", "disruption", "delay", "outage",
                                      "loss", "measure", "step", "decision", "sacrifice", "it", "this", "that"}  # fmt: skip

    def _cost_of_measure(self, cost) -> bool:
        """The price judged worth paying is the measure or its effect ("the block was a price worth paying", "a few
        hours of inconvenience were a small price to pay", "a week without the app" read with the app as subject), not a
        way around it ("paying for a VPN every month was a
        small price to pay", "moving his audience to Instagram was a price worth paying"); no subject told, as before."""
        if cost.lemma_.lower() == "inconvenience":
            return True
        verb = cost.head
        if cost.dep_ not in ("attr", "acomp", "oprd") and verb.dep_ in ("attr", "acomp"):
            verb = verb.head  # "a price [worth paying]"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if not subjects:
            return True
        return any(
            c.dep_ != "csubj"
            and c.tag_ != "VBG"
            and any(x.lemma_.lower() in self._BORNE or self._carrier(x) for x in c.subtree)
            and not any(x.lower_ in ("vpn", "vpns", "proxy", "proxies") for x in c.subtree)
            for c in subjects
        )

    _GOOD_JUDGEMENTS = {"good", "right", "correct", "wise", "sensible"}
    _UNDOING = {"lift", "end", "scrap", "reverse", "overturn", "repeal", "drop", "unblock", "rescind", "revoke"}
    _LATE_SUBJECTS = {"decision", "move", "step", "action", "response", "reply", "measure", "crackdown", "this", "it",
                      "that", "government", "ministry", "regulator", "authority", "authorities", "state"}  # fmt: skip

    @staticmethod
    def _asked(tok) -> bool:
        """The clause holding ``tok`` ends in a question mark ('"Was it a good decision? I do not know."')."""
        for t in tok.doc[tok.i + 1 :]:
            if t.text in (".", "!", "?", ";"):
                return t.text == "?"
        return False

    def _lifting_judged(self, content) -> str | None:
        """The lifting of the measure judged a good decision: "lifting the ban now would not be a good decision" backs
        the measure ("backs"); "ending the block would be the right decision" is against it ("undoes")."""
        measures = _BAN_NOUNS
        for t in content:
            if t.lemma_.lower() != "decision" or t.dep_ != "attr" or self._asked(t):
                continue
            if not any(c.dep_ == "amod" and c.lower_ in self._GOOD_JUDGEMENTS for c in t.children):
                continue
            verb = t.head
            subj = next((c for c in verb.children if c.dep_ in ("csubj", "nsubj") and c.tag_ == "VBG"), None)
            if subj is None or subj.lemma_.lower() not in self._UNDOING:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in subj.children):
                continue
            return "backs" if any(c.dep_ == "neg" for c in verb.children) else "undoes"
        return None

    def _loose_backing_holds(self, phrase: str, content) -> bool:
        """ "a good decision" backs the measure when it is not asked, negated, nor "a good decision to raise pensions"
        or "on the budget" (another matter); "years late" when what is late is the measure or the government's action
        ("this is years late", "the government's reply was years late"), not "the exam results came out months
        late"; "must submit to" when who must submit is the banned side ("any foreign company operating here must
        submit to our law"), not the state ("the ministry must submit to parliamentary oversight")."""
        if phrase == "must submit to":
            return any(
                t.lemma_.lower() == "submit"
                and any(c.dep_ == "aux" and c.lower_ == "must" for c in t.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") and self._banned_side(c) for c in t.children)
                for t in content
            )
        if phrase in ("small price to pay", "price worth paying", "cost worth paying", "worth the inconvenience"):
            # the cost judged worth bearing, not "losing my customers is not a small price to pay", "was it worth the
            # inconvenience?"
            costs = [t for t in content if t.lemma_.lower() in self._COSTS and self._cost_of_measure(t)]
            return any(
                not self._asked(t) and not any(c.dep_ == "neg" for x in (t, t.head, t.head.head) for c in x.children)
                for t in costs
            )
        if phrase == "to stop":
            # what the measure is to stop ("needed to stop misinformation"), not one's own use given up ("I am not
            # going to stop using it") nor the rulers stopped ("will ask the court to stop the government from
            # enforcing the measure")
            for t in content:
                if t.lemma_.lower() != "stop" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    continue
                # the gerund right after ("stop using it"), not the aim's own verb ("to stop papers leaking")
                if any(c.tag_ == "VBG" and c.i == t.i + 1 for c in t.children):
                    continue
                # told it will not stop it ("This ban is not going to stop the scammers")
                if any(c.dep_ == "neg" for x in (t, t.head, t.head.head) for c in x.children):
                    continue
                objs = [c for c in t.children if c.dep_ == "dobj"]
                # the measure itself stopped ("would ask the court to stop the ban")
                if any(o.lemma_.lower() in _BAN_NOUNS for o in objs):
                    continue
                # the imposing side stopped from carrying it out ("to stop the government from enforcing the
                # measure"), not a foreign one kept from its aim ("to stop the Chinese government from getting ...")
                if any(self._stopped_imposer(o) for o in objs) and any(
                    g.tag_ == "VBG" and g.lemma_.lower() in self._ENFORCING
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children
                ):
                    continue
                return True
            return False
        if phrase == "good decision":
            for t in content:
                if t.lemma_.lower() != "decision" or not any(
                    c.dep_ == "amod" and c.lower_ == "good" for c in t.children
                ):
                    continue
                if self._asked(t) or any(c.dep_ == "neg" for c in (*t.children, *t.head.children)):
                    continue
                if any(
                    (c.dep_ in ("acl", "relcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))
                    or (c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "regarding"))
                    for c in t.children
                ):
                    continue
                return True
            return False
        for t in content:
            if t.lower_ != "late" or self._asked(t):
                continue
            verb = t.head if t.dep_ in ("acomp", "advmod", "oprd") else None
            if verb is None:
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            held = self.ctx.mention(subj)
            if subj.lemma_.lower() in self._LATE_SUBJECTS or (held is not None and held.entity_id in self.imposers):
                return True
            if subj.lemma_.lower() in _BAN_NOUNS:
                return True
        return False

    _AS_REQUIRED = re.compile(
        r"\bas (?:the law|the rules?|regulations?|the regulator|it) (?:requires?|required|demands?)\b|"
        r"\bas required\b"
    )

    _GOODS = {"equipment", "product", "technology", "gear", "device", "hardware", "software", "network", "system",
              "app", "application", "service", "platform", "phone", "handset", "camera", "router", "module", "kit"}  # fmt: skip
    _FAULTS = {"problem", "issue", "incident", "breach", "flaw", "vulnerability"}
    _HARMS = {"threat", "risk", "danger", "hazard"}
    # a subordinator or preposition that makes the goods' safety hang on a condition or a time ("once the upgrade was
    # finished", "only when controls were on", "until 2019"), or on a scope ("safe from the ban", "secure in storage")
    _GOODS_CONDITIONS = {"if", "unless", "once", "when", "whenever", "until", "till", "before", "provided", "whether"}
    _GOODS_LIMITS = {"from", "in", "inside", "at", "on", "until", "till", "before", "after", "during", "since"}
    _GOODS_DOUBTS = {"doubt", "question", "wonder", "ask", "hope", "unclear", "unsure"}

    def _own_goods_vouched(self, speaker: str, content) -> bool:
        """The banned side vouching for its own goods, said of them as they are: "its 5G technology was secure", "our
        products are safe", "there had never been a security problem with its equipment", "the company's equipment
        posed no threat". Not a promise ("would be secure"), not a condition ("was secure once the upgrade was
        finished", "safe only when controls were on", "secure until 2019"), not doubted above ("could not guarantee
        that its cameras were secure"), not safe from or in something ("safe from the ban", "secure in storage", "safe
        to delete"), not another's goods ("the network is secure") nor another sense of the noun ("its network of
        suppliers"), not another's record ("its partners had never had a single issue with customs") and not
        what the ban posed ("the ban posed no threat to its earnings")."""
        inside = {t.i for t in content}

        def own(noun) -> bool:
            return any(c.dep_ == "poss" for c in noun.children)  # "its equipment", "the company's products"

        def goods(noun) -> bool:
            # "its network of suppliers": a noun told "of" something is another sense of the word
            return (
                noun.lemma_.lower() in self._GOODS
                and own(noun)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            )

        def speaks_of_itself(noun) -> bool:
            if noun.lower_ in ("it", "we"):
                return True
            m = self.ctx.mention(noun)
            return m is not None and m.entity_id == speaker

        def conditioned(word) -> bool:
            for c in word.children:
                if c.dep_ == "mark" and c.lower_ in self._GOODS_CONDITIONS:
                    return True  # "if its equipment was secure", "whether its equipment was secure"
                if c.dep_ == "prep" and c.lower_ in self._GOODS_LIMITS:
                    return True  # "safe from the ban", "secure in storage", "secure until 2019"
                if c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in ("now", "moment") for g in c.children):
                    return True  # "safe for now"
                if c.dep_ == "xcomp":
                    return True  # "safe to delete"
                if c.dep_ in ("advcl", "relcl") and any(
                    (g.dep_ == "mark" and g.lower_ in self._GOODS_CONDITIONS)
                    or (g.dep_ == "advmod" and g.lower_ in ("when", "whenever", "only"))
                    for g in c.children
                ):
                    return True  # "once the upgrade was finished", "only when controls were switched on"
            return False

        def doubted(verb) -> bool:
            """A negation, modal or doubt on the verb or any verb above it inside the speaker's words."""
            h = verb
            while True:
                if any(c.dep_ == "neg" for c in h.children) and h is not verb:
                    return True  # "could not guarantee that ..."
                aux = {c.lower_ for c in h.children if c.dep_ == "aux"}
                if aux & (self._MODALS | {"would", "will", "'ll", "should"}):
                    return True
                if h is not verb and h.lemma_.lower() in self._GOODS_DOUBTS:
                    return True
                if h.head.i == h.i or h.head.i not in inside:
                    return False
                h = h.head

        def said_as_is(verb) -> bool:
            if any(c.dep_ == "neg" for c in verb.children):
                return False
            return not doubted(verb) and not conditioned(verb)

        for t in content:
            lemma = t.lemma_.lower()
            if lemma in ("secure", "safe") and t.dep_ == "acomp" and t.head.lemma_ == "be" and said_as_is(t.head):
                if conditioned(t):
                    continue
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and goods(subj):
                    return True
            if lemma in self._FAULTS and t.dep_ in ("attr", "dobj") and t.head.lemma_ in ("be", "have"):
                verb = t.head
                never = any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
                security = any(c.lemma_.lower() in ("security", "safety") for c in t.children)
                with_goods = any(
                    c.dep_ == "prep" and c.lower_ in ("with", "in", "involving")
                    and any(g.dep_ == "pobj" and goods(g) for g in c.children)
                    for c in t.children
                )  # fmt: skip
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # "it had never had a security incident", "its equipment never had any security problem"; not "its
                # partners had never had a single issue"
                by_itself = verb.lemma_ == "have" and subj is not None and (goods(subj) or speaks_of_itself(subj))
                if never and security and (with_goods or by_itself) and not doubted(verb):
                    return True
            if lemma in self._HARMS and t.dep_ == "dobj" and t.head.lemma_ == "pose":
                # "the company's equipment posed no threat"; not "the ban posed no threat to its earnings"
                verb = t.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if (
                    any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                    and subj is not None
                    and (goods(subj) or speaks_of_itself(subj))
                    and not doubted(verb)
                ):
                    return True
        return False

    def _vouches(self, side: str, lemma: str, content, text: str) -> bool:
        """The banned side vouching for its own record or privacy ("said it had operated here for 14 years without a
        security incident", "insists the device does not store images"): only said or insisted by that side, of the
        present, not "said it would not store data in Turkey" (a refusal) nor "acknowledged that it did not store
        records as the law required" (an admission), nor a regulator's "X does not store data, as the law requires"."""
        cues = self.lex["cues"]["denies_allegation"]
        if side != "target" or lemma not in cues["vouching_verbs"]:
            return False
        if any(t.lower_ in ("would", "will", "'ll", "wo") for t in content):
            return False
        if self._AS_REQUIRED.search(" ".join(t.lower_ for t in content)):
            return False
        record, compliant = _split_phrases(cues["vouching"], tuple(sorted(self._COMPLIANT)))
        if any_phrase(record, text):
            return True
        return any_phrase(compliant, text) and self._compliance_told(content)

    # the banned side's word for its compliance ("were compliant", "meet the strict requirements"), which vouches only
    # as a record it asserts: not an aim, a doubt or a denial
    _COMPLIANT = frozenset(
        {"were compliant", "was compliant", "are compliant", "is compliant", "fully compliant", "meets the requirements",
         "meets the strict requirements", "meet the strict requirements", "strict data protection standards",
         "not controlled by"}
    )  # fmt: skip
    _AIMING = {"work", "try", "aim", "become", "hope", "seek", "strive", "plan", "want", "intend", "expect", "attempt"}

    def _compliance_told(self, content) -> bool:
        """A compliance phrase told as a record: "said it believed its services were fully compliant"; not "working to
        become fully compliant", "trying to meet the strict requirements" (an aim), "had not been fully compliant"
        (a negation before it in its clause) nor "could not confirm that its servers were compliant" (a doubt)."""
        toks = list(content)
        inside = {t.i for t in toks}
        low = [t.lower_ for t in toks]
        for phrase in self._COMPLIANT:
            ws = phrase.split()
            for k in range(len(toks) - len(ws) + 1):
                if low[k : k + len(ws)] != ws:
                    continue
                anchor = toks[k]
                chain = [anchor, *(a for a in anchor.ancestors if a.i in inside)]
                if any(a.lemma_.lower() in self._AIMING or a.lemma_.lower() == "confirm" for a in chain[1:]):
                    continue
                if any(
                    c.i < anchor.i and (c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("whether", "if")))
                    for a in chain
                    for c in a.children
                ):
                    continue
                return True
        return False

    @staticmethod
    def _negated_support(content) -> bool:
        """ "has never asked ... in violation of laws": the support cue sits inside the denial."""
        return any(t.dep_ == "neg" and t.lower_ in ("never", "not", "n't") for t in content)

    def _is_media(self, eid: str) -> bool:
        """A news outlet cited as the source ("according to the Boston Herald", "Xinhua reported"), no side of
        its own: a listed outlet, or an organisation named as a newspaper ("... Herald", "... Journal")."""
        entry = self.ctx.gaz.entries.get(eid) if self.ctx.gaz else None
        if entry is not None:
            return entry.type == "media"
        words = self.ctx.name(eid).split()
        if self.ctx.kind(eid) != "Organisation" or not words:
            return False
        if words[-1].lower() in PAPER_HEADS:
            return True
        doc = self.adoc.doc
        for span in self._mention_spans(eid):  # "according to broadcaster X", "the X newspaper reported"
            near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
            if any(t.lemma_.lower() in OUTLET_NOUNS for t in near):
                return True
        return False

    def _bans_in(self, sent) -> list[Ban]:
        return [
            b
            for b in self.bans
            if any(sent.start_char <= e.start < sent.end_char or e.start <= sent.start_char < e.end for e in b.evidence)
        ]

    def _told_in(self, sent) -> list[Ban]:
        """The bans this sentence tells (not one it only re-mentions: "warned that the ban could backfire")."""
        return [
            b
            for b in self._bans_in(sent)
            if any(e.extractor != "bans.remention" and sent.start_char <= e.start < sent.end_char for e in b.evidence)
        ]

    def _about_ban(self, frame) -> Ban | None:
        """The ban a statement is about: one told in its sentence, else the latest told before it, else the story's."""
        sent = frame.sent
        here = self._bans_in(sent)
        if here:
            return here[0]
        best, best_start = None, -1
        for b in self.bans:
            for e in b.evidence:
                if best_start < e.start < sent.start_char:
                    best, best_start = b, e.start
        return best or (self.bans[0] if self.bans else None)

    def run(self) -> list[Statement]:
        out: dict[tuple, Statement] = {}
        published = self.adoc.document.published
        quoted_before = None  # (speaker, frame, lemma) of a sentence that reported one speaker's quotation
        for sent in self.adoc.sentences:
            # one stance per speaker per sentence: a cue-bearing frame beats a neutral one
            per_speaker: dict[str, list[tuple[str, str]]] = {}
            found_frames = list(self.frames(sent))
            # "Beijing accuses Canberra of discrimination": a headline sums up the body's words
            found_frames = [x for x in found_frames if not self._standfirst(x[0])]
            spoken = {t.i for f, sps, content, _ in found_frames if f.pos_ in ("VERB", "AUX") for t in content}
            # "the government's concerns" inside the company's own words is the company speaking, not the government
            found_frames = [x for x in found_frames if x[0].pos_ != "NOUN" or x[0].i not in spoken]
            found_frames += self._turn_frames(sent, found_frames)
            outer = [f for f, *_ in found_frames]
            if not found_frames and quoted_before is not None and sent.text.lstrip()[:1] in ('"', "\u201c"):
                # '"We need a permanent law," she said. "Not just an executive decision."': still her words
                speaker, frame_before, lemma_before, said_before = quoted_before
                stance = self.stance(speaker, frame_before, list(sent) + self._quote_rest(sent), lemma_before)
                against = {"supports_ban": "opposes_ban", "opposes_ban": "supports_ban"}.get(stance)
                if stance != "neutral" and against not in said_before:
                    per_speaker[speaker] = [(stance, lemma_before)]
                    frame_of = frame_before
            speakers_here = {sp for _, sps, _, _ in found_frames for sp in sps}
            quoted_before = None
            for frame, speakers, content, lemma in found_frames:
                subj = self._subject(frame) if frame.pos_ in ("VERB", "AUX") else None
                named = subj is None or subj.pos_ == "PRON" or any(self.ctx.mention(t) for t in subj.subtree)
                if not named and any(
                    o.i != frame.i and frame in o.subtree and o.dep_ != "conj" and not self._shares_subject(frame, o)
                    for o in outer
                ):
                    continue  # "X said the service had concluded ...": X speaks, not "the service"
                nested = frame.dep_ == "ccomp" and any(
                    a.lemma_.lower() in self.lex["verbs"]
                    and a.pos_ in ("VERB", "AUX")
                    and not self._unnamed_voice_after(frame, a)
                    for a in frame.ancestors
                )
                # "X said the app spread hate, and that the government had concluded a ban was necessary": a verb
                # coordinated inside X's reported clause is X's account too
                nested = nested or (
                    frame.dep_ == "conj"
                    and any(c.dep_ == "nsubj" for c in frame.children)  # not "X said A and rejected B": X's own
                    and any(
                        a.dep_ == "ccomp"
                        and a.head.pos_ in ("VERB", "AUX")
                        and a.head.lemma_.lower() in self.lex["verbs"]
                        and not self._unnamed_voice_after(frame, a.head)
                        for a in frame.ancestors
                    )
                )
                if nested or self._relative_in_report(frame):
                    continue  # "X said Y had acknowledged / concluded ...": X's statement, Y's only at second hand
                # 'X told our reporter: "My son played with strangers. This is a good decision."': the quotation the
                # frame opens runs on into the sentences after, all X's words
                content = content + self._quote_opened_after(sent, frame)
                for speaker in speakers:
                    stance = self.stance(speaker, frame, content, lemma)
                    if self.no_measure and stance in ("supports_ban", "opposes_ban"):
                        stance = "neutral"  # a story with no ban (an explainer): risks and worries back no measure
                    if stance == "supports_ban" and self._measure_restated(speaker, frame, content):
                        continue  # "Officials said staff should not use X on work phones": the ban told again
                    relative = frame.dep_ == "relcl" or (frame.dep_ == "conj" and frame.head.dep_ == "relcl")
                    if stance == "neutral" and relative:
                        continue  # "Telegram, which says it has 200 million users, ...": a description, not a statement
                    if stance == "supports_ban" and self._advice_is_the_measure(speaker, frame, lemma, content):
                        continue  # "its agency advised ministries to avoid using X for work involving sensitive
                        # information": the advisory and its scope, told as the measure, with no reason given
                    if stance == "supports_ban" and (
                        self._reports_restriction(speaker, content, frame) or self._monitor(speaker)
                    ):
                        stance = "neutral"  # "NetBlocks said its data showed X had been restricted": a measurement
                        # of the block, reported as such, no view on it
                    if self.lifting and self._announces_lifting(speaker, frame, content):
                        continue  # "X has lifted its suspension of Y, the ministry said, ending a block imposed amid
                        # unrest": the lifting announced, an event, not the ministry's view of the ban
                    if stance == "neutral" and self._cause_of_action(frame):
                        continue  # "the regulator blocked X after the company said the law did not apply to it": what
                        # led to the measure, told as its cause, not a statement of the story
                    if stance == "neutral" and self._implementation_told(speaker, content):
                        continue  # "officials said providers had been instructed to restrict the services", "the
                        # department said the block would be reviewed": the measure carried out, an event, no view
                    if stance == "neutral" and self._advice_against_use(lemma, content):
                        continue  # "the office warned staff against using the app": the advisory itself, no stance
                    per_speaker.setdefault(speaker, []).append((stance, lemma))
                    if stance == "opposes_ban" and self._denies_too(speaker, frame, content):
                        per_speaker[speaker].append(("denies_allegation", lemma))
                    frame_of = frame
            if len(speakers_here) == 1 and any(q in sent.text for q in ('"', "\u201c", "\u201d")):
                only = next(iter(speakers_here))
                said = {st for st, _ in per_speaker.get(only, [])}
                quoted_before = (only, found_frames[-1][0], found_frames[-1][3], said)
            for speaker, found in per_speaker.items():
                if self._is_media(speaker):
                    continue
                stances = [st for st, _ in found if st != "neutral"] or ["neutral"]
                if stances == ["neutral"] and self.ctx.kind(speaker) == "Jurisdiction":
                    continue  # "officials say the first casualty is TikTok": a whole country's remark with no side
                if "supports_ban" in stances and "opposes_ban" in stances:
                    if ("supports_ban", "accuse") in found:
                        # "described the removals as censorship and accused the platform of double standards"
                        stances = ["supports_ban"]
                    else:
                        stances = stances[:1]  # "criticised X as ..., saying it risked ...": the main clause decides
                told = [
                    b
                    for b in self._bans_in(sent)
                    if any(
                        e.extractor != "bans.remention" and sent.start_char <= e.start < sent.end_char
                        for e in b.evidence
                    )
                    or not any(sent.start_char <= e.start < sent.end_char for e in b.evidence)
                ]
                if stances == ["neutral"] and self.side(speaker, frame_of) == "imposer" and told:
                    continue  # the imposer announcing its own ban: an event, not a stance ("the decision" is no news)
                for stance in dict.fromkeys(stances):
                    lemma = next(lm for st, lm in found if st == stance or stance == "neutral")
                    ban = self._about_ban(frame_of)
                    key = (speaker, stance, ban.id if ban is not None and stance == "supports_ban" else None)
                    ev = self.adoc.evidence(sent.start_char, sent.end_char, f"statements.{lemma}", 0.7)
                    if key in out:
                        if ev not in out[key].evidence:
                            out[key].evidence.append(ev)
                        continue
                    found_dates = dates_in(sent, published)
                    out[key] = Statement(
                        speaker=speaker,
                        stance=stance,
                        text=sent.text.strip(),
                        document_id=self.adoc.document.id,
                        start=sent.start_char,
                        date=found_dates[0][1] if found_dates else None,
                        about=[ban.id] if ban is not None and stance != "neutral" else [],
                        evidence=[ev],
                    )
        # a backing turned neutral is no continuation of the denial: it is kept as a remark of its own
        kept = self._no_backing_if_denied(self._drop_neutral_continuations(out.values()))
        return self._drop_voiced_bodies(self._drop_summarised_denials(kept))

    def _no_backing_if_denied(self, statements: list[Statement]) -> list[Statement]:
        """ "China has not issued any laws banning X," the spokeswoman said, then spoke of security concerns: who says
        the measure does not exist does not back it; the rest of their words take no side."""
        kept: dict[tuple, Statement] = {}
        for st in statements:
            if st.stance == "supports_ban" and st.speaker in self.denied_measure:
                st.stance, st.about = "neutral", []
            key = (st.speaker, st.stance, tuple(st.about))
            if key in kept:
                kept[key].evidence.extend(ev for ev in st.evidence if ev not in kept[key].evidence)
                continue
            kept[key] = st
        return list(kept.values())

    _SPOKES_TITLES = _SPOKES_NOUNS

    def _bare_spokesperson(self, speaker: str) -> bool:
        """ "Spokesperson X said ...": a spokesperson whose body the phrase does not name (the sentence before does)."""
        for span in self._mention_spans(speaker):
            root = span.root
            near = [c for c in root.children if c.dep_ in ("compound", "appos", "amod")]
            if root.dep_ == "appos":
                near.append(root.head)
            if any(t.lower_ in self._SPOKES_TITLES for t in near) or any(t.lower_ in self._SPOKES_TITLES for t in span):
                return True
        return False

    def _press_officer(self, speaker: str) -> bool:
        """ "Press secretary X", "spokeswoman X": a person who speaks for a body the phrase does not name."""
        if self._bare_spokesperson(speaker):
            return True
        for span in self._mention_spans(speaker):
            before = span.doc[max(span.sent.start, span.start - 2) : span.start]
            if [t.lower_ for t in before] == ["press", "secretary"]:
                return True
        return False

    def _drop_voiced_bodies(self, statements: list[Statement]) -> list[Statement]:
        """'The White House says it is leaving this to the next administration. Press secretary X said that ...': the
        body's words and its press officer's in the next sentence are one statement, the named officer's."""

        def index(st) -> int:
            return self.adoc.sentence_index(st.start)

        voiced = {
            (index(st), st.stance)
            for st in statements
            if st.stance == "neutral" and self.ctx.category(st.speaker) == "person" and self._press_officer(st.speaker)
        }  # a side taken by the body is kept: "the decision followed the Cyber Command's finding, the official said"
        if not voiced:
            return statements
        return [
            st
            for st in statements
            if self.ctx.kind(st.speaker) == "Person"
            or self.ctx.category(st.speaker) not in ("government", "jurisdiction")
            or (index(st) + 1, st.stance) not in voiced
        ]

    def _drop_summarised_denials(self, statements: list[Statement]) -> list[Statement]:
        """'China has rejected suggestions that the app poses a risk. Foreign ministry spokesperson X said the
        government "has never asked ..."': the country's denial and its named spokesperson's are one denial, told
        twice; it is the person's, not a second one by the country or its ministry."""

        def index(st) -> int:
            return self.adoc.sentence_index(st.start)

        voiced: set[str] = set()  # countries whose named official denied an accusation
        spokes_at: set[int] = set()  # sentences where a spokesperson of an unnamed body denied one
        for st in statements:
            if st.stance != "denies_allegation" or self.ctx.category(st.speaker) != "person":
                continue
            home = self._person_home(st.speaker)
            if home:
                voiced.add(home)
            elif self._bare_spokesperson(st.speaker):
                spokes_at.update(index(ev) for ev in st.evidence)
        if not voiced and not spokes_at:
            return statements
        out = []
        for st in statements:
            if st.stance == "denies_allegation" and self.ctx.category(st.speaker) != "person":
                home = None
                if self.ctx.kind(st.speaker) == "Jurisdiction":
                    home = st.speaker
                elif self.ctx.category(st.speaker) == "government":
                    home = self.ctx.jurisdiction_of(st.speaker) or st.speaker
                if home is not None and (
                    home in voiced or any(0 <= k - index(ev) <= 2 for ev in st.evidence for k in spokes_at)
                ):
                    continue
            out.append(st)
        return out

    _GOVERNING = ("government", "regulator", "legislature_admin", "legislature", "jurisdiction")
    _CARRIED_OUT = {"restrict", "block", "suspend", "ban", "bar", "prohibit", "cut", "shut", "disable", "throttle"}

    def _implementation_told(self, speaker: str, content) -> bool:
        """A state body's words that only tell the measure being carried out: the measure is what the clause is about
        (its subject or object: "the block would be reviewed", "the ban took effect") or a restricting verb is done
        ("providers had been instructed to restrict the services"). Not a measure named only as a time ("had found
        little use of the app before the ban"), and not in a story of a lifting (the lifting is the news there)."""
        if self.lifting or self.ctx.category(speaker) not in self._GOVERNING:
            return False
        nouns = set(words("ban", "nouns"))
        for t in content:
            lemma = t.lemma_.lower()
            if lemma in nouns and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return True
            if lemma in self._CARRIED_OUT and t.pos_ == "VERB" and t.dep_ not in ("amod", "acl"):
                return True
        return False

    _EXAMINING = {"review", "assess", "examine", "study", "evaluate", "monitor", "investigate", "analyse", "analyze"}
    _REVIEW_NOUNS = {"review", "assessment", "investigation", "inquiry", "study", "evaluation", "probe", "examination",
                     "audit"}  # fmt: skip
    _OUTCOMES = {"finding", "result", "outcome", "conclusion", "recommendation"}

    def _review_outcome(self, verb) -> bool:
        """ "... and that its findings would be considered by cabinet": what becomes of the review, no view."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.lemma_.lower() in self._OUTCOMES

    def _examining(self, frame) -> bool:
        """The reported clause tells only of an examination, not of a view: "said the council was looking into the
        implications", "said the government would monitor any threat", "is reviewing the app"."""
        if frame.pos_ not in ("VERB", "AUX"):
            return False
        clause = next((c for c in frame.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "neg" for c in clause.children):
            return False
        if any(c.dep_ == "conj" and not self._review_outcome(c) for c in clause.children):
            return False  # not "would monitor compliance and would take action against ...": a pledge besides
        lemma = clause.lemma_.lower()
        if lemma == "be":  # "said a broader review of the risks was still under way"
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            ongoing = {"way", "underway", "ongoing", "continuing"}
            return (
                subj is not None
                and subj.lemma_.lower() in self._REVIEW_NOUNS
                and any(t.lower_ in ongoing for c in clause.children if c.dep_ != "nsubj" for t in c.subtree)
            )
        if lemma == "look":
            return any(c.dep_ == "prep" and c.lower_ == "into" for c in clause.children)
        if lemma == "question":  # "would question the company about how its system works", not "questioned the need"
            return any(
                c.dep_ == "prep" and c.lower_ == "about"
                for d in (clause, *(o for o in clause.children if o.dep_ == "dobj"))
                for c in d.children
            )
        asking = [clause, *(c for c in clause.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG")]
        if any(  # "had written to the company requesting information": an enquiry
            v.lemma_.lower() in self._ASKING
            and any(c.dep_ == "dobj" and c.lemma_.lower() in self._ASKED_FOR for c in v.children)
            for v in asking
        ):
            return True
        return lemma in self._EXAMINING

    _ASKING = {"request", "seek", "ask"}
    _ASKED_FOR = {"information", "detail", "details", "clarification", "explanation", "explanations"}

    _MEASURE_WORDS = ("should not be installed", "should not be used", "should not install", "should not use",
                      "not be installed on")  # fmt: skip

    def _measure_restated(self, speaker: str, frame, content) -> bool:
        """The imposing side saying only what its measure is ("officials said staff should not use X on work
        computers"), with no reason and no other word for it: the ban itself, told again."""
        if self.side(speaker, frame) != "imposer":
            return False
        if not any((m := self.ctx.mention(t)) is not None and m.entity_id in self.targets for t in content):
            return False  # "did not confirm the instruction but said smartphones should not be used": a principle
        text = " " + " ".join(t.lower_ for t in content) + " "
        if not any_phrase(self._MEASURE_WORDS, text):
            return False
        cues = [w for w in self.lex["cues"]["supports_ban"]["words"] if w not in self._MEASURE_WORDS]
        return not any_phrase(cues, text) and not any(t.lower_ in self._BECAUSE for t in content)

    _ACCUSATIONS = {"claim", "allegation", "accusation", "suggestion", "charge", "assertion", "insinuation"}
    _REBUTTALS = {"unfounded", "baseless", "groundless", "false", "untrue", "misplaced", "wrong", "inaccurate",
                  "misleading", "unsubstantiated", "ridiculous", "absurd", "nonsense"}  # fmt: skip

    def _rebuts_accusation(self, content) -> bool:
        """ "the security claims were unfounded", "baseless allegations", "called the allegations unfounded",
        "described the accusations as groundless": the banned side calls the charge false."""
        for t in content:
            if t.lemma_.lower() not in self._ACCUSATIONS:
                continue
            if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(
                c.dep_ == "amod" and c.lemma_.lower() in self._REBUTTALS for c in t.children
            ):
                return True  # not "the bans rest on unfounded claims": the ban judged, which opposes it
            head = t.head
            if t.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self._REBUTTALS for c in head.children
            ):
                return True
            if t.dep_ == "dobj" and head.lemma_.lower() in self._NAMING_VERBS:
                labels = [c for c in head.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
                as_preps = [a for a in (*head.children, *t.children) if a.dep_ == "prep" and a.lower_ == "as"]
                labels += [g for a in as_preps for g in a.children]
                if any(x.lemma_.lower() in self._REBUTTALS for x in labels):
                    return True  # the charge named false: "called the allegations unfounded"
        return False

    def _unnamed_voice_after(self, frame, outer) -> bool:
        """ "X said it had written to Y ..., a spokesperson told Z": the outer verb comes after and its subject names
        nobody (X's own spokesperson), so X's words are first-hand, not someone's report of them."""
        if outer.i < frame.i:
            return False
        subj = next((c for c in outer.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in _SPOKES | {"official", "source", "aide"}:
            return False
        return not any(self.ctx.mention(t) for t in subj.subtree)

    def _relative_in_report(self, frame) -> bool:
        """A relative clause inside what someone else reports: "the regulator said its conditions were based on
        assessments by the security service, which had concluded that ..." is the regulator's account of the service."""
        return frame.dep_ == "relcl" and self._in_report(frame)

    def _in_report(self, frame) -> bool:
        """The token sits in what a reporting verb with a subject of its own says (not in that subject)."""
        verbs = self.lex["verbs"]
        for a in frame.ancestors:
            if a.pos_ not in ("VERB", "AUX") or a.lemma_.lower() not in verbs:
                continue
            subjects = [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
            # not one in the reporter's own subject: "Huawei, which has denied the claims, said ..."
            if subjects and not any(frame in c.subtree for c in subjects):
                return True
        return False

    def _about_measure(self, content) -> bool:
        """The advice concerns the banned side or the measure ("urged users not to install X", "warned against the
        app"), not everyday prudence ("urged everyone to think about what they share")."""
        measures = set(words("ban", "nouns")) | set(words("ban", "verbs")) | _TARGET_NOUNS | {"app", "application"}
        for t in content:
            m = self.ctx.mention(t)
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                return True
            if t.lemma_.lower() in measures:
                return True
        return bool(self._ADVICE.search(" ".join(t.lower_ for t in content)))

    @staticmethod
    def _has_clause(tok) -> bool:
        """A reported clause: a ccomp, or a "that" clause the parser hung lower ("observed at that hearing that videos
        ... were harming society", the clause taken for a modifier of "hearing")."""
        if any(c.dep_ == "ccomp" for c in tok.children):
            return True
        return any(t.dep_ == "mark" and t.lower_ == "that" and t.tag_ == "IN" and t.i > tok.i for t in tok.subtree)

    _RESTRICTED = {"restrict", "block", "disrupt", "throttle", "suspend", "cut", "ban", "limit", "shut", "slow"}

    _OUTAGES = {"disruption", "outage", "blackout", "shutdown", "block", "blocking", "restriction", "throttling"}

    def _reports_restriction(self, speaker: str, content, frame=None) -> bool:
        """An outside body (no government, no target) that only tells that a target was restricted: "NetBlocks said
        its data showed TikTok had been restricted on several networks" reports the ban, it takes no side."""
        if self.ctx.kind(speaker) != "Organisation" or speaker in self.targets:
            return False
        if self.ctx.category(speaker) in IMPOSER_CATEGORIES:
            return False
        if (
            frame is not None
            and frame.pos_ in ("VERB", "AUX")
            and frame.lemma_.lower() in ("confirm", "report", "detect", "record", "measure")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in self._OUTAGES for c in frame.children)
        ):
            return True  # "NetBlocks confirmed the disruption": a measurement of the block, no side
        for t in content:
            if t.lemma_.lower() not in self._RESTRICTED or t.pos_ != "VERB":
                continue
            if not any(c.dep_ == "auxpass" for c in t.children):
                continue
            if any(c.dep_ == "advmod" and c.lower_ in self.lex["judging_adverbs"] for c in t.children) or any(
                c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in t.children
            ):
                continue  # "had been rightly blocked", "had been blocked to silence protesters": a view on it
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            m = self.ctx.mention(subj) if subj is not None else None
            if m is not None and (
                m.entity_id in self.targets or self.ctx.category(m.entity_id) in ("company", "product")
            ):
                return True
            if m is None and subj is not None and subj.lemma_.lower() in self._SERVICES:
                return True  # "its data confirmed that the four platforms had been restricted"
        return False

    _SERVICES = {"platform", "app", "application", "service", "site", "website", "network", "messenger"}

    _MONITORS = {"monitor", "monitoring", "observatory", "tracker", "watcher"}

    def _monitor(self, speaker: str) -> bool:
        """An organisation the text introduces as one that measures access ("internet monitoring group X", "the
        internet observatory X", "X, which tracks outages"): what it reports without a side is a measurement."""
        if self.ctx.kind(speaker) != "Organisation" or self.ctx.category(speaker) in IMPOSER_CATEGORIES:
            return False
        for span in self._mention_spans(speaker):
            root = span.root
            phrase = [t for c in root.children if c.dep_ in ("compound", "appos", "amod") for t in c.subtree]
            phrase += [c for c in root.children if c.dep_ in ("relcl", "acl")]
            if root.dep_ in ("appos", "compound", "pobj"):
                phrase += [root.head, *(c for c in root.head.children if c.dep_ in ("compound", "amod"))]
            if any(t.lemma_.lower() in self._MONITORS or t.lemma_.lower() == "track" for t in phrase):
                return True
        return False

    _BECAUSE = {"because", "since", "citing", "due", "amid", "after", "saying", "as", "over", "given"}

    def _advice_is_the_measure(self, speaker: str, frame, lemma: str, content) -> bool:
        """The imposer's advisory verb whose object is the advice against use, no reason given: the measure itself."""
        if lemma not in self.lex["cues"]["supports_ban"]["imposer_verbs"] or lemma in ("cite", "accuse"):
            return False
        governing = self.ctx.category(speaker) in ("government", "regulator", "jurisdiction")
        if not self._bans_in(frame.sent) or (self.side(speaker, frame) != "imposer" and not governing):
            return False
        if not self._ADVICE.search(" ".join(t.lower_ for t in content)):
            return False
        return not any(t.lower_ in self._BECAUSE for t in content)

    @staticmethod
    def _shares_subject(frame, outer) -> bool:
        """ "Officials described X as ... and accused Y of ...": a verb coordinated with the outer one, no subject of
        its own, says what the same subject said."""
        return frame.dep_ == "conj" and frame.head.i == outer.i and not any(c.dep_ == "nsubj" for c in frame.children)

    def _drop_neutral_continuations(self, statements: list[Statement]) -> list[Statement]:
        """'X said it was disappointed. "We have always ...," a spokesperson said.': one speech, one stance.

        A neutral statement whose every sentence is at most two sentences from one where the same speaker took a side
        continues that statement; it is not a second, neutral one."""

        def index(ev) -> int:
            return self.adoc.sentence_index(ev.start)

        sided: dict[str, set[int]] = {}
        spoke: dict[int, set[str]] = {}  # sentence -> who made a statement there
        for st in statements:
            for ev in st.evidence:
                spoke.setdefault(index(ev), set()).add(st.speaker)
            if st.stance != "neutral":
                sided.setdefault(st.speaker, set()).update(index(ev) for ev in st.evidence)

        def continues(speaker: str, k: int, i: int) -> bool:
            # not across another speaker's statement: "PTS said ... Sapo's head said ... PTS said on Monday ..."
            between = range(min(k, i) + 1, max(k, i))
            return abs(k - i) <= 2 and not any(spoke.get(j, set()) - {speaker} for j in between)

        out = []
        for st in statements:
            near = sided.get(st.speaker)
            if st.stance == "neutral" and near and st.evidence:
                if all(any(continues(st.speaker, index(ev), i) for i in near) for ev in st.evidence):
                    continue
            out.append(st)
        return out


def extract_statements(adoc: AnnotatedDoc, bans: list[Ban]) -> list[Statement]:
    """Reported statements with speaker and stance, one per (speaker, stance[, ban]) per document."""
    if not isinstance(adoc, AnnotatedDoc):
        raise TypeError(f"extract_statements needs an AnnotatedDoc, got {type(adoc).__name__}")
    return StatementExtractor(adoc, list(bans)).run()

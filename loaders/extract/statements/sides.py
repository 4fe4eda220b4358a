"""Sides: which side of a ban a speaker is on (side: the imposer, the banned target, or other), from the bodies
and offices a person is named with (person_* : legislator, judge, activist, an outside body, the target's
people) and the bodies a text names."""

from __future__ import annotations

import re

from loaders.extract.bans import IMPOSER_CATEGORIES
from loaders.extract.base import doc_text
from loaders.extract.lexicon import words
from loaders.extract.statements._words import _SPOKES, _TARGET_NOUNS


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


class SideMixin:
    """StatementExtractor's methods of telling which side of a ban a speaker is on."""

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

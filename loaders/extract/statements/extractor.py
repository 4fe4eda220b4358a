"""StatementExtractor, assembled from the mixins, with its setup (__init__), the pass over a document's
sentences (run) with the checks that drop or neutralise a found statement, the drops after it, and
extract_statements."""

from __future__ import annotations

from loaders.extract.bans import IMPOSER_CATEGORIES, BanExtractor
from loaders.extract.base import AnnotatedDoc
from loaders.extract.dates import dates_in
from loaders.extract.lexicon import words
from loaders.extract.resolve import OUTLET_NOUNS, PAPER_HEADS
from loaders.extract.statements._text import any_phrase
from loaders.extract.statements._words import _SPOKES, _SPOKES_NOUNS
from loaders.extract.statements.backing import BackingMixin
from loaders.extract.statements.criticism import CriticismMixin
from loaders.extract.statements.frames import FrameMixin
from loaders.extract.statements.harms import HarmMixin
from loaders.extract.statements.sides import SideMixin
from loaders.extract.statements.speakers import SpeakerMixin
from loaders.extract.statements.stance import StanceMixin
from loaders.model import Ban, Statement


class StatementExtractor(SpeakerMixin, FrameMixin, SideMixin, StanceMixin, BackingMixin, HarmMixin, CriticismMixin):
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

    def _bare_spokesperson(self, speaker: str) -> bool:
        """ "Spokesperson X said ...": a spokesperson whose body the phrase does not name (the sentence before does)."""
        for span in self._mention_spans(speaker):
            root = span.root
            near = [c for c in root.children if c.dep_ in ("compound", "appos", "amod")]
            if root.dep_ == "appos":
                near.append(root.head)
            if any(t.lower_ in _SPOKES_NOUNS for t in near) or any(t.lower_ in _SPOKES_NOUNS for t in span):
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

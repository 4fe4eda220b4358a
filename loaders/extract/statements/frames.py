"""Frames: the reported statements of a sentence (a reporting verb with a subject, "according to X", a
statement noun with a possessor), the quotations they open or close, the subject of a reporting verb, and
the clauses (a relative clause, a verb hung on an order) that say whose words they are."""

from __future__ import annotations

import re
from bisect import bisect_left

from loaders.extract.base import doc_text, word_positions
from loaders.extract.lexicon import words
from loaders.extract.statements._text import _FRAME_LEMMAS
from loaders.extract.statements._words import _LIKENING

_NEEDS_CLAUSE = {"add", "note", "set", "point"}  # "added that ...", not "the decision adds to the pressure"


_JUDGING = {"judge", "deem"}


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


class FrameMixin:
    """StatementExtractor's methods of finding the frames of a sentence and the words each one reports."""

    # verbs that give an instruction ("told staff to avoid X"): a participle on them gives the instruction's reason
    _ORDERING = {"tell", "order", "instruct", "direct", "require", "ask", "urge", "advise", "recommend", "ban", "bar",
                 "prohibit", "block"}  # fmt: skip

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
                if self._relays_a_report(tok):
                    continue  # "According to X, the company replied that ...": the company's words, X only relays them
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

    def _relays_a_report(self, according) -> bool:
        """ "According to the regulator, the company replied that it does not operate there": "according to" hung on a
        reporting verb whose own subject names a speaker, who says the words; the one they are according to only
        passes them on. The verb reports words of its own only with a reported clause (or a quotation before its
        subject): "According to the regulator, the company posted a notice / told users to delete the app / held
        talks with its staff" tells the regulator's account of what the company did, the regulator's words."""
        verb = according.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex["verbs"]:
            return False
        if not self._has_clause(verb) and not self._quote_before_subject(verb.sent, verb):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ != "PRON" and bool(self.speakers_of_one(subj))

    def _obligation_run_on(self, verb, conj) -> bool:
        """ "X said the government is not against social media but companies must respect the law": a clause of what
        one ought to do, hung by the parser on the reporting verb after its reported clause, is still X's words (the
        story itself tells what happened, not what must be: "X said A, and the firm has since complied" stays apart);
        so is a second clause opened by "that" ("said the door was open to talks, but that the block would stay until
        ...": the parser's conjunct of the verb, the second thing X said)."""
        if conj.i < verb.i or conj.lemma_.lower() in self.lex["verbs"]:
            return False
        if not any(c.dep_ == "ccomp" and c.i < conj.i for c in verb.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
            return True
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
            questioned = self._questioned_subject(cur)
            if questioned is not None:
                return questioned
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

    def _questioned_subject(self, verb):
        """ "X, asked about the ban on Friday, said ...", "X, pressed by reporters, had said only that ...": a participle
        of being questioned, set off by commas between a subject and its reporting verb, that the parser took for the
        subject's own verb (hanging the reporting verb on it, or it on the reporting verb); the subject speaks."""
        if verb.dep_ == "ccomp" and verb.head.i < verb.i:
            part, frame_words = verb.head, {t.i for t in verb.subtree}
        else:
            part = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i), None)
            frame_words = set()
        if part is None or part.tag_ not in ("VBD", "VBN"):
            return None
        if part.lemma_.lower() not in self.lex["questioned_participles"]:
            return None
        if any(c.dep_ in ("dobj", "aux", "auxpass", "neg") for c in part.children):
            return None  # "X asked the court to ..., and said", "X had asked about it": X's own act, no parenthesis
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        end = max(t.i for t in part.subtree if t.i not in frame_words and not (t.is_punct or t.is_space))
        doc = verb.doc
        if subj is None or doc[part.i - 1].text != "," or end + 1 >= len(doc) or doc[end + 1].text != ",":
            return None
        return subj

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

    @staticmethod
    def _has_clause(tok) -> bool:
        """A reported clause: a ccomp, or a "that" clause the parser hung lower ("observed at that hearing that videos
        ... were harming society", the clause taken for a modifier of "hearing")."""
        if any(c.dep_ == "ccomp" for c in tok.children):
            return True
        return any(t.dep_ == "mark" and t.lower_ == "that" and t.tag_ == "IN" and t.i > tok.i for t in tok.subtree)

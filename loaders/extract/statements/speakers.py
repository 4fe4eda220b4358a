"""Speakers: who a reporting verb's subject names — speakers_of and speakers_of_one (a person over the body they
speak for, a body over its country), generic subjects resolved to the actor they stand for (generic),
pronouns and titles resolved to the person or body named before, and the turns of a broadcast transcript."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extract.bans import _own_subtree
from loaders.extract.base import doc_text
from loaders.extract.lexicon import words
from loaders.extract.statements._words import _SPOKES_NOUNS, _TARGET_NOUNS


def _listed_by(token: Token, prep: Token) -> bool:
    """Whether ``token`` is what the 'including' / 'such as' ``prep`` lists (its object, the names conjoined to it, and
    their own name words), not a name inside the object's own phrases: "critics, including allies of President X",
    "a former adviser to X", "those who advised X" list the allies, the adviser, those, never X."""
    while token.i != prep.i:
        if token.dep_ not in ("pobj", "conj", "compound", "flat", "appos", "amod", "det", "cc", "punct"):
            return False
        token = token.head
    return True


_PLURAL_PEOPLE = {"senator", "lawmaker", "mp", "msp", "legislator", "member", "minister", "politician", "congressman"}


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


# A transcript turn's opening label: "RAI:", "SUNITA RAI (translated):"
_TURN_LABEL = re.compile(r"[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})[ \t]*(?:\([^)\n]{0,60}\))?[ \t]*:")


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


class SpeakerMixin:
    """StatementExtractor's methods of resolving a subject phrase to the speakers it names."""

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
        explainer's questions are answered by the story, of others: "What happens next? X has 20 days to appeal").
        An answer opening with a person's name and a colon ("Holm: No. ...") is that person's, and so is each labelled
        paragraph after it; with two guests, an answer with no label is nobody's."""
        text = doc_text(self.adoc.doc)
        lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
        labels = self._person_labels()
        answers = []  # (paragraph, start of its words, the speaker its label names or None)
        for i, m in enumerate(lines[:-1]):
            if not _question_line(m.group()):
                continue
            for j in range(i + 1, len(lines)):
                if _question_line(lines[j].group()):
                    break
                label = re.match(r"\s*([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3})[ \t]*:", lines[j].group())
                ids = labels.get(label.group(1), set()) if label else set()
                speaker = next(iter(ids)) if len(ids) == 1 else None
                if j > i + 1 and speaker is None:
                    break
                answers.append((lines[j], lines[j].start() + label.end() if speaker else lines[j].start(), speaker))
                if speaker is None:
                    break
        if len(answers) < 2 or not any(self._answer_in_first_person(m) for m, _, _ in answers):
            return []
        guests = self._interview_guests(answers[0][0].start() - 1)
        if not guests:
            return []
        out = []
        for m, start, speaker in answers:
            if speaker is None and len(guests) == 1:
                speaker = guests[0]
            if speaker is not None:
                out.append((start, m.end(), speaker))
        return out

    def _person_labels(self) -> dict[str, set[str]]:
        """A person's full name and last name, as an answer's label may give them ("Holloway:", "Søren Holm:")."""
        people: dict[str, set[str]] = {}
        for e in self.adoc.entities.values():
            if e.kind != "Person":
                continue
            for name in [e.name, *e.aliases]:
                parts = name.split()
                for label in {name, parts[-1] if parts else ""} - {""}:
                    people.setdefault(label, set()).add(e.id)
        return people

    def _answer_in_first_person(self, m) -> bool:
        """An answer speaks in the first person: not in words it quotes of another ('"We had no choice," the minister
        told reporters'; a paragraph that is all one quotation is the guest's), nor in the outlet's own voice ("as we
        reported", "we found", "our poll", "our reading of the directive")."""
        span = self.adoc.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            return False
        quoted = []
        if not m.group().lstrip().startswith(('"', "\u201c")):
            quoted = [
                (m.start() + q.start(), m.start() + q.end())
                for q in re.finditer(r'["\u201c][^"\u201d]*["\u201d]', m.group())
            ]
        for t in span:
            low = t.lower_
            if low not in ("i", "me", "my", "mine", "we", "us", "our", "ours"):
                continue
            if any(a <= t.idx < b for a, b in quoted):
                continue
            if low == "we" and t.dep_.startswith("nsubj") and t.head.lemma_.lower() in self.lex["editorial_we_verbs"]:
                continue
            if low == "our" and t.head.lemma_.lower() in self.lex["editorial_our_nouns"]:
                continue
            return True
        return False

    def _interview_guests(self, before: int) -> list[str]:
        """The people named before ``before`` as the ones the outlet asked or spoke to: "we asked X, the county's
        head of security, why ...", "spoke to X, who ...", "We asked its managing director, X, what ...", "spoke to X
        and to Y". Not someone others asked ("senators asked X", "Police questioned X"), nor one who never answered
        ("we asked X to comment, but she did not respond")."""
        guests: list[str] = []
        for m in self.adoc.mentions:
            if m.kind != "Person" or m.start >= before:
                continue
            tok = self.adoc.doc.char_span(m.start, m.end, alignment_mode="expand").root
            if tok.dep_ == "appos":
                tok = tok.head
            while tok.dep_ == "conj":
                tok = tok.head
            prep = tok.head
            if tok.dep_ == "pobj" and prep.lower_ in ("to", "with"):
                while prep.dep_ == "conj":
                    prep = prep.head
                verb = prep.head
            else:
                verb = tok.head
            lemma = verb.lemma_.lower()
            if not (
                (tok.dep_ == "dobj" and lemma in self.lex["interview_asking"])
                or (tok.dep_ == "pobj" and lemma in self.lex["interview_talking"])
            ):
                continue
            if self._outlet_asks(verb) and not self._left_unanswered(verb) and m.entity_id not in guests:
                guests.append(m.entity_id)
        return guests

    def _outlet_asks(self, verb) -> bool:
        """The one asking is the outlet: "we", "I", or a name that is neither a person's nor a place's ("Backhaul
        Brief spoke to ..."); not "senators", "police" or another common noun."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        if subj.pos_ == "PRON":
            return subj.lower_ in ("we", "i")
        if subj.pos_ != "PROPN":
            return False
        mention = self.ctx.mention(subj)
        return mention is None or self.ctx.kind(mention.entity_id) not in ("Person", "Jurisdiction")

    def _left_unanswered(self, verb) -> bool:
        """The asking is told as left unanswered: "..., but she did not respond", "... X declined"."""
        for t in verb.sent:
            if t.head != verb or t.dep_ not in ("conj", "advcl", "parataxis"):
                continue
            lemma = t.lemma_.lower()
            if lemma in self.lex["interview_declining"] or (
                lemma in self.lex["interview_unanswered"] and any(c.dep_ == "neg" for c in t.children)
            ):
                return True
        return False

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

"""Stance: the decision (stance) over the cue lexicons read with the speaker's side, and what qualifies a cue —
what is only asked or supposed, conceded or weighed, told of every measure; denials (of the charge, of the
measure, of its purpose) and the banned side vouching for itself; the stance in a story of a ruling against
the measure or of its lifting; a review told instead of a view."""

from __future__ import annotations

import re

from loaders.extract.bans import IMPOSER_CATEGORIES
from loaders.extract.lexicon import words
from loaders.extract.statements._text import _split_phrases, any_phrase
from loaders.extract.statements._words import _BAN_NOUNS, _LIKENING, _TARGET_NOUNS
from loaders.extract.statements.backing import BackingMixin

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


# "not subject to the restrictions / these export controls": a measure said not to reach something (lexicon ban nouns,
# their plurals, and 'controls', 'curbs', 'sanctions'), not a law said not to reach the speaker
_NOT_SUBJECT_TO_MEASURE = re.compile(
    r" not subject to (?:the |these |those |such |any |its |their |new |current |latest |(?:u\.s\.|us|american) )*"
    r"(?:(?:export|trade) )?(?:"
    + "|".join(sorted({re.escape(w) + "s?" for w in words("ban", "nouns")} | {"controls?", "curbs?", "sanctions?"}))
    + r") "
)


class StanceMixin:
    """StatementExtractor's stance decision and the checks that qualify its cues."""

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
        # denied, however it is qualified and whatever its word ("imposed without any legal justification", "no
        # legal grounds"): the opposing cues "no legal basis", "without legal basis"; not the backing "legal basis"
        text = re.sub(
            r" (no|without|lacks|lacked|lacking|lack)(?: any| a)?(?: clear| proper| valid| sound| firm| solid| adequate|"
            r" sufficient| real)? (legal|factual) (?:basis|justification|grounds?) ",
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

    def _own_conduct_told(self, content) -> bool:
        """The banned side telling its own conduct in the lexicon's words (denies_allegation own_conduct: "its products
        contain no back doors", "it follows the law in the countries where it operates"): whole words ("follows the
        lawsuit" is none), and not told of a measure, the subject of the phrase's verb ("the shutdown follows the law
        signed in April": the measure comes after the law)."""
        toks = list(content)
        low = [t.lower_ for t in toks]
        for phrase in self.lex["cues"]["denies_allegation"]["own_conduct"]:
            ws = phrase.split()
            for i in range(len(toks) - len(ws) + 1):
                if low[i : i + len(ws)] != ws:
                    continue
                span = toks[i : i + len(ws)]
                verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), span[0].head)
                if not _measure_subject(verb):
                    return True
        return False

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
        if side != "imposer" and not self._of_the_imposing_state(speaker) and self._welcomes_undoing(frame):
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
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _BAN_NOUNS for c in frame.children):
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
            or (side == "target" and self._own_conduct_told(content))
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

    _TALLIES = {"count", "tally", "result", "election", "vote", "poll"}

    # What the measure costs, said by one of the imposing side's own officials ("set the program back by years"): not
    # words that may describe the banned side ("disinformation", "censorship").
    _MEASURE_HARMS = (
        "set back", "sets back", "setting back", "more expensive", "less capable", "dried up", "dry up", "blow to",
        "step backwards", "step backward", "unnecessary", "overkill", "go too far", "goes too far", "went too far",
        "gone too far", "disproportionate", "counterproductive", "ineffective", "pointless", "overreaction",
        "knee-jerk", "heavy-handed", "short-sighted", "ill-conceived", "do nothing to", "does nothing to",
        "backfire", "backfired", "backfires",
    )  # fmt: skip

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
        restoring = set(self.lex["restoring_nouns"])
        for o in (c for c in frame.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex["undoing_nouns"]):
            undone = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            if not undone:
                continue  # "welcomed the reopening": what is reopened is not told
            if o.lemma_.lower() in restoring and any(self._a_measure_word(g) for g in undone):
                continue  # "welcomed the reinstatement of the ban": the measure itself brought back
            if all(g.lower_ == "access" or self._undone_side(g) or self._story_measure_word(g) for g in undone):
                return True
        return False

    def _undone_side(self, g) -> bool:
        """The banned side of this story told as what is brought back: a target named, or a kind of firm or product
        ("the service", "the platform"); not another thing named ("the return of the internet in Balochistan")."""
        m = self.ctx.mention(g)
        if m is not None:
            return m.entity_id in self.targets
        return g.lemma_.lower() in self._BANNED_KINDS

    def _story_measure_word(self, g) -> bool:
        """A measure word that is no other's measure: not owned by one imposing nothing here ("China's ban on
        American beef" in a story of Pakistan's block), nor told "on" something other than the banned side."""
        if not self._a_measure_word(g):
            return False
        for c in g.children:
            if c.dep_ == "poss" and (m := self.ctx.mention(c)) is not None and not self._imposing(m.entity_id):
                return False
            if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                objs = [x for x in c.children if x.dep_ == "pobj"]
                if objs and not any(self._undone_side(x) for x in objs):
                    return False
        return True

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
                and not StanceMixin._in_relative(t, toks)
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
            if t.lemma_.lower() not in StanceMixin._PURPOSES or t.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "neg" and c.lower_ in ("never", "not", "n't") for c in t.children):
                continue
            if any(c.dep_ in ("xcomp", "prep") for c in t.children):
                return True
        return False

    def _of_the_imposing_state(self, speaker: str) -> bool:
        """The speaker holds an office of the state that imposes a ban here, or of one of its bodies ("Information
        Minister X" in a story of the telecom regulator's block): its welcome of an undoing is on its own terms."""
        if not self._speaks_for_a_state(speaker):
            return False
        if self._imposing(speaker):
            return True
        home = self.ctx.jurisdiction_of(speaker)
        return home is not None and self._imposing(home)

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
            verb.lemma_.lower() in StanceMixin._READING_VERBS
            and subj is not None
            and subj.lemma_.lower() in StanceMixin._READINGS
        )
        if verb.lemma_.lower() not in StanceMixin._LIKE_VERBS and not reading:
            return False
        if any(
            c.dep_ == "aux" and c.lower_ in BackingMixin._MODALS | {"should", "would", "ought"} for c in verb.children
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
            a.lemma_.lower() in StanceMixin._PROPOSING_VERBS
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
                if StanceMixin._told_as_not_ban(t):
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
                if main.lemma_.lower() in acts | StanceMixin._CUTTING and any(
                    c.dep_ in ("dobj", "nsubjpass")
                    and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PRODUCT") or c.lemma_.lower() in _APP_NOUNS)
                    for c in main.children
                ):
                    continue  # an app or a name cut, not "remove the illegal posts rather than shut down a service"
                if any(
                    x.pos_ == "VERB" and x.lemma_.lower() in acts - StanceMixin._NOT_CUTS for x in toks[k + 2 : k + 4]
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
                if nxt.tag_ in ("VB", "VBG") and nxt.lemma_.lower() in StanceMixin._CUTTING:
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
        # a negated verb told of the measure is no denial of the banned side's doing: "the ban does not send the right
        # signal" judges the measure ("does not send" denies only of the banned side's data)
        told_of_measure = {
            x.i
            for t in content
            if t.pos_ in ("VERB", "AUX") and _measure_subject(t)
            for x in (t, *t.children)
            if x.i == t.i or x.dep_ in ("neg", "aux", "auxpass")
        }
        content = [t for t in content if t.i not in told_of_measure]
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
                if any(x.lemma_.lower() in self._REBUTTALS and not self._label_denied(x) for x in labels):
                    return True  # the charge named false: "called the allegations unfounded"
        return False

    def _label_denied(self, label) -> bool:
        """The label is negated or hedged into its opposite: "not entirely unfounded", "hardly unfounded" (a
        concession, no denial)."""
        return any(
            d.i < label.i and (d.dep_ == "neg" or d.lower_ in self._ALL_BUT_NOT)
            for d in label.subtree
            if d.i != label.i
        )

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


def _measure_subject(verb) -> bool:
    """The verb is told of the measure: its subject is a word for one ("the shutdown follows the law", "the ban does
    not send the right signal")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _BAN_NOUNS for c in verb.children)

"""The entity stage: spaCy entities + gazetteer spans -> resolved mentions -> :class:`AnnotatedDoc`.

Why this shape: the event stages need every mention already tied to one
canonical actor, with evidence offsets into ``document.text``. Candidate spans
come from the parse (EntityRuler spans carry their gazetteer surface form in
``ent_id_``; the statistical NER fills in the rest) plus two rule matchers
(law titles, embassies). Each span is then resolved by
:mod:`loaders.extract.resolve` (gazetteer, persons within the document,
context-dependent aliases, capitals as metonyms) or dropped as junk.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from loaders.extract.base import AnnotatedDoc, Mention, doc_text
from loaders.extract.dates import MONTHS, WEEKDAYS
from loaders.extract.gazetteer import ALIAS, CAPITAL, CONTEXTUAL, Gazetteer, fold, get_gazetteer
from loaders.extract.lexicon import words as lexicon_words
from loaders.extract.resolve import (
    BILL_NUMBER_PREFIX,
    LAW_HEADS,
    LAW_HEADS_FIRST,
    LAW_KIND_WORDS,
    OUTLET_NOUNS,
    PORTFOLIO_TITLES,
    POST_NOMINALS,
    PRODUCT_NOUNS,
    Candidate,
    Resolver,
    Sentences,
    entity_from,
    is_furniture,
    local_court_seat,
    tokens_spelt,
)
from loaders.model import Document, Entity

# spaCy labels that can name an actor of this domain.
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "LAW", "FAC", "WORK_OF_ART"}


# lower-case words for a kind of court ("the [district] court in X")
_COURT_KINDS = {
    "administrative", "federal", "district", "regional", "city", "county", "appeals", "appellate", "criminal", "civil",
    "constitutional", "provincial", "military", "commercial", "magistrates", "magistrate", "municipal", "tax",
}  # fmt: skip


# the kind of place a court is said to sit in: "a court in the southern city of Adana"
_SEAT_NOUNS = {"city", "town", "province", "region", "district", "state", "county", "municipality"}


def _local_court(span: Span) -> Span | None:
    """ "court in Milan", "Moscow court" (the article dropped): a court of a city or province, not of a country ("a
    court in Brazil" is some court of Brazil's) nor by a kind the NER names ("an administrative court in X")."""
    place = local_court_seat(span)
    if place is None:
        return None
    gaz = get_gazetteer()
    known = gaz.lookup(place, ("Jurisdiction",))
    if (known is not None and known.type == "country") or place in gaz.demonyms:
        return None
    if span.end < len(span.doc) and span.doc[span.end].is_title and span.doc[span.end].pos_ == "PROPN":
        return None  # "a court in New York City Hall": the name goes on
    return span


@lru_cache(maxsize=4)
def _matcher(vocab) -> Matcher:
    """Rule matchers for names the small model does not label: law titles and embassies."""
    gaz = get_gazetteer()
    m = Matcher(vocab)
    cap = {"IS_TITLE": True}
    upper = {"IS_UPPER": True, "LENGTH": {">": 1}}
    # "rules": subordinate legislation ("the Information Technology (Blocking Procedure) Rules, 2009")
    head = {"LOWER": {"IN": sorted(LAW_HEADS | {"rules"})}, "IS_TITLE": True}
    # ("-": "the Anti-Money Laundering Act", "the ANTI-SOCIAL CCP Act", split at their hyphens)
    inner = {"OP": "*", "TEXT": {"REGEX": r"^([A-Z0-9].*|of|on|and|for|to|in|from|by|\(|\)|-)$"}}
    number = {"TEXT": {"REGEX": r"^\d[\d\-/]*$"}, "OP": "?"}
    year = [{"LOWER": "of", "OP": "?"}, {"SHAPE": "dddd", "OP": "?"}]
    comma_year = [{"TEXT": ","}, {"SHAPE": "dddd"}]  # "the Digital Security Act, 2018": the year is in the title
    year_tails = ([{"SHAPE": "dddd", "OP": "?"}], comma_year)  # a title's year: bare and optional, or after a comma
    m.add("LAW", [[first, inner, head, number, *year] for first in (cap, upper)], greedy="LONGEST")
    m.add("LAW", [[first, inner, head, *comma_year] for first in (cap, upper)], greedy="LONGEST")
    # a law known by its date: "the law of 3 April 1955", "the law of July 29, 1881"
    day = {"TEXT": {"REGEX": r"^\d{1,2}$"}}
    month = {"LOWER": {"IN": list(MONTHS)}}
    dated = [{"LOWER": "law"}, {"LOWER": "of"}]
    m.add("LAW", [[*dated, day, month, {"SHAPE": "dddd"}], [*dated, month, day, {"TEXT": ","}, {"SHAPE": "dddd"}]])
    # "the National Defense Authorization Act for Fiscal Year 2020": a US budget law's year is part of its name
    fiscal = [{"LOWER": "for"}, {"LOWER": "fiscal"}, {"LOWER": "year"}, {"SHAPE": "dddd"}]
    m.add("LAW", [[first, inner, head, *fiscal] for first in (cap, upper)], greedy="LONGEST")
    # "the National Defense Authorization Act for 2019": a budget act's bare year is its fiscal year
    budget = {"LOWER": {"IN": ["authorization", "appropriations"]}}
    m.add("LAW", [[first, inner, budget, head, {"LOWER": "for"}, {"SHAPE": "dddd"}] for first in (cap, upper)])
    # head first: "Law No. 5651", "Decree 147", "Regulation No. 31 of 2023", "the Law on Telecommunications"
    first_head = {"LOWER": {"IN": sorted(LAW_HEADS_FIRST)}, "IS_TITLE": True}
    numbered = [
        {"LOWER": {"IN": ["no", "no.", "nr", "nr."]}, "OP": "?"},
        {"TEXT": ".", "OP": "?"},
        {"TEXT": {"REGEX": r"^\d[\d\-/]*$"}},
    ]
    titled = [{"OP": "*", "IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "under", "in", "on"]}}]
    m.add("LAW", [[*titled, first_head, *numbered, *year]], greedy="LONGEST")
    # "the Law against Hatred", "the Constitutional Law on ...": a head-first title, its kind's word before it
    kind_word = {"LOWER": {"IN": sorted(LAW_KIND_WORDS)}, "IS_TITLE": True, "OP": "?"}
    law_of = [kind_word, first_head, {"LOWER": {"IN": ["on", "of", "against"]}}, {"IS_TITLE": True, "OP": "+"}]
    # "..., for Peaceful Coexistence and Tolerance": a second part after a comma, two capitalised words or more
    # (not ", on Monday Deputy Minister X said": a time and the clause after it)
    part = {"IS_TITLE": True, "LOWER": {"NOT_IN": [*WEEKDAYS, *MONTHS]}, "ENT_ID": ""}
    second = [{"TEXT": ","}, {"LOWER": "for"}, part, {**part, "OP": "+"}]
    second_and = [*second[:-1], {**part, "OP": "*"}, {"LOWER": "and"}, {**part, "OP": "+"}]
    m.add("LAW", [law_of, [*law_of, *second], [*law_of, *second_and]], greedy="LONGEST")
    # plural and guideline titles: "the Directives on the Operation of Social Networking 2023"
    rules_head = {"LOWER": {"IN": ["directives", "directive", "guidelines", "regulations", "rules"]}, "IS_TITLE": True}
    title_word = {"IS_TITLE": True, "OP": "+"}
    joiner = {"LOWER": {"IN": ["of", "and", "for", "on", "the"]}, "OP": "?"}
    m.add(
        "LAW",
        [
            [rules_head, {"LOWER": {"IN": ["on", "for"]}}, {"LOWER": "the", "OP": "?"}, title_word, joiner, joiner,
             {"IS_TITLE": True, "OP": "*"}, *tail]
            for tail in year_tails
        ],
        greedy="LONGEST",
    )  # fmt: skip
    # longer titles of that shape and "Act on ..." titles, capitalised words joined by small words up to a capitalised
    # last word: "the Directives on Managing the Use of Social Networks", "the 2014 Act on Cyber Security"
    no_head = r"(?!(?:Acts?|Laws?|Bills?|Codes?|Decrees?|Directives?|Regulations?|Rules|Ordinances?)$)"
    title_run = {"TEXT": {"REGEX": rf"^{no_head}([A-Z][\w\-]*|of|and|for|on|the|in)$"}, "OP": "*"}
    last_word = {"IS_TITLE": True, "TEXT": {"REGEX": rf"^{no_head}"}}  # not into the next title ("... and the Law on")
    act_on = [{"LOWER": "act", "IS_TITLE": True}, {"LOWER": "on"}]
    m.add(
        "LAW",
        [
            *([rules_head, {"LOWER": {"IN": ["on", "for"]}}, {"LOWER": "the", "OP": "?"}, title_word, title_run,
               last_word, *tail] for tail in year_tails),
            [*act_on, {"LOWER": "the", "OP": "?"}, title_word, title_run, last_word],
            [*act_on, {"LOWER": "the", "OP": "?"}, title_word],
        ],
        greedy="LONGEST",
    )  # fmt: skip
    # a law known by a person's or a place's name, after "the" or "so-called": "the so-called Yarovaya law"
    nickname = {
        "IS_TITLE": True,
        "POS": "PROPN",
        "ENT_TYPE": {"NOT_IN": ["NORP", "ORG", "PRODUCT", "DATE"]},
    }
    unnamed = {**nickname, "ENT_TYPE": {"NOT_IN": ["GPE", "NORP", "LOC", "ORG", "PRODUCT", "DATE", "PERSON"]}}
    m.add(
        "LAW_NICKNAME",
        [[{"LOWER": "called"}, nickname, {"TEXT": "law"}], [{"LOWER": "the"}, unnamed, {"TEXT": "law"}]],
        greedy="LONGEST",
    )
    # "the Law on Protection from False Information", "the Law on Social Responsibility in Radio, Television and
    # Electronic Media": a head-first title runs on over small words and one list of fields to its last capitalised word
    law_on = [
        kind_word,
        {"LOWER": {"IN": sorted(LAW_HEADS_FIRST)}, "IS_TITLE": True},
        {"LOWER": {"IN": ["on", "against"]}},
        {"LOWER": "the", "OP": "?"},
    ]
    run_on = {"TEXT": {"REGEX": rf"^{no_head}([A-Z][\w\-]*|of|and|for|on|the|in|from|to|against)$"}, "OP": "*"}
    fields = [{"IS_TITLE": True}, {"TEXT": ","}, {"IS_TITLE": True, "OP": "+"}, {"LOWER": "and"}, title_word]
    m.add("LAW", [[*law_on, title_word, run_on, last_word], [*law_on, title_word, run_on, *fields]], greedy="LONGEST")
    # "Ministry of Industry Regulation No. 29 of 2017": a ministry's numbered regulation, named for the ministry
    ministry = [{"LOWER": {"IN": ["ministry", "minister", "ministerial"]}, "IS_TITLE": True}, {"LOWER": "of"}]
    portfolio = [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "and", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]
    m.add("LAW", [[*ministry, *portfolio, first_head, *numbered, *year]], greedy="LONGEST")
    # the law "On the Protection of Children from ...": a title in quotes that opens with "On", as laws of the former
    # Soviet states are named (the title alone, without its quotes)
    opening = {"TEXT": {"IN": ['"', "\u201c"]}}
    closing = {"TEXT": {"IN": ['"', "\u201d"]}}
    quoted = {"TEXT": {"REGEX": r"^([A-Z][\w\-]*|of|and|for|on|the|in|from|to|against|with|its|their|a|,)$"}, "OP": "+"}
    m.add("LAW_QUOTED", [[{"LOWER": {"IN": ["law", "laws"]}}, opening, {"TEXT": "On"}, quoted, closing]])
    # ... or without its quotes, after a lower-case "law": "the federal law On the Status of Servicemen"
    law_word = {"LOWER": {"IN": ["law", "laws"]}, "IS_LOWER": True}
    on_title = [law_word, {"TEXT": "On"}, {"LOWER": "the", "OP": "?"}, title_word]
    m.add("LAW_ON_TITLE", [on_title, [*on_title, run_on, last_word]], greedy="LONGEST")
    bill_number = {"TEXT": {"REGEX": BILL_NUMBER_PREFIX}}
    m.add("LAW", [[bill_number, {"TEXT": {"REGEX": r"^\d{1,5}$"}}]], greedy="LONGEST")  # "SB 419", "H.R. 7521"
    demonyms = sorted(d.lower() for d in gaz.demonyms)
    city = {"POS": "PROPN", "OP": "+"}
    m.add(
        "EMBASSY",
        [
            [{"LOWER": {"IN": demonyms}}, {"LOWER": {"IN": ["embassy", "consulate"]}}, {"LOWER": "in"}, city],
            [{"LOWER": {"IN": demonyms}}, {"LOWER": {"IN": ["embassy", "consulate"]}}],
            [{"LOWER": {"IN": ["embassy", "consulate"]}}, {"LOWER": "of"}, {"ENT_TYPE": "GPE", "OP": "+"}],
            [
                {"LOWER": {"IN": ["embassy", "consulate"]}},
                {"LOWER": "of"},
                {"ENT_TYPE": "GPE", "OP": "+"},
                {"LOWER": "in"},
                city,
            ],
            # "China's embassy in Berlin"
            [{"ENT_TYPE": "GPE", "OP": "+"}, {"TAG": "POS"}, {"LOWER": {"IN": ["embassy", "consulate"]}}],
            [
                {"ENT_TYPE": "GPE", "OP": "+"},
                {"TAG": "POS"},
                {"LOWER": {"IN": ["embassy", "consulate"]}},
                {"LOWER": "in"},
                city,
            ],
        ],
        greedy="LONGEST",
    )
    # a court named by its kind and its seat, in lower case: "the administrative court in Cologne", "the capital's
    # Tagansky district court", "a federal court in Missoula" (courts impose bans of their own)
    kind = {"LOWER": {"IN": sorted(_COURT_KINDS)}, "IS_LOWER": True}
    court = {"LOWER": "court", "IS_LOWER": True}
    seat = {"ENT_TYPE": "GPE", "IS_TITLE": True}
    named = {"POS": "PROPN", "IS_TITLE": True, "IS_SENT_START": False}
    m.add(
        "COURT",
        [
            [kind, {**kind, "OP": "?"}, court, {"LOWER": "in"}, seat, {"POS": "PROPN", "IS_TITLE": True, "OP": "?"}],
            [named, kind, court],
        ],
        greedy="LONGEST",
    )
    # a court told only by the city or province it sits in: "a court in Milan", "a court in the southern province of
    # Adana", "a Moscow court" (courts impose bans of their own; see ``_local_court``)
    article = {"LOWER": {"IN": ["a", "an", "the"]}}
    seats = {"ENT_TYPE": {"IN": ["GPE", "LOC"]}, "IS_TITLE": True, "OP": "+"}
    place = {"POS": "PROPN", "IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["DATE", "TIME", "NORP"]}, "OP": "+"}
    m.add(
        "LOCAL_COURT",
        [
            [article, court, {"LOWER": "in"}, place],
            [
                article,
                court,
                {"LOWER": "in"},
                {"LOWER": "the"},
                {"POS": "ADJ", "IS_LOWER": True, "OP": "*"},
                {"LOWER": {"IN": sorted(_SEAT_NOUNS)}},
                {"LOWER": "of"},
                place,
            ],
            [article, seats, court],
        ],
        greedy="LONGEST",
    )
    nouns = sorted(PRODUCT_NOUNS)
    name = {
        "POS": "PROPN",
        "IS_TITLE": True,
        "LOWER": {"NOT_IN": nouns},
        "ENT_TYPE": {"NOT_IN": ["DATE", "TIME", "GPE", "NORP", "LOC"]},
    }
    m.add("APP_AFTER", [[{"LEMMA": {"IN": nouns}}, {**name, "OP": "+"}]], greedy="LONGEST")
    # "the business daily Vedomosti reported", "according to broadcaster NRK": the outlet the story cites
    outlet = {k: v for k, v in name.items() if k != "IS_TITLE"} | {"TEXT": {"REGEX": r"^[A-Z]"}}
    m.add("OUTLET_AFTER", [[{"LOWER": {"IN": sorted(OUTLET_NOUNS)}}, {**outlet, "OP": "+"}]], greedy="LONGEST")
    # a capitalised first word of a sentence is no evidence of a name ("Antivirus software ...")
    first = {**name, "IS_SENT_START": False}
    m.add("APP_BEFORE", [[first, {**name, "OP": "*"}, {"LEMMA": {"IN": nouns}, "POS": "NOUN"}]], greedy="LONGEST")
    return m


def candidate_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Non-overlapping candidate spans with the method that found them (``gazetteer``, ``ner``, ``law``, ``embassy``)."""
    # order matters on ties (filter_spans keeps the first of equal length): gazetteer, rules, then NER
    spans: list[Span] = [e for e in doc.ents if e.ent_id_ and not _another_owners_office(e)]
    method: dict[tuple[int, int], str] = {(e.start, e.end): "gazetteer" for e in spans}
    ner = [
        _after_headline_verb(_unbracketed(_without_correlative(e)))
        for e in doc.ents
        if not e.ent_id_ and e.label_ in _ACTOR_LABELS and not _common_word_opening(e)
    ]
    ner = [e for e in ner if len(e)]
    gaz = get_gazetteer()
    for e in [e for e in ner if gaz.country_in_context(e.text)]:
        # "a day after the Commonwealth barred the app": the country's contextual name the NER found alone
        if any(t.lower_ in _UNION_OF_STATES_WORDS for t in e.sent):
            continue  # "suspended Fiji's membership, and the Commonwealth said": the union of states, the NER's body
        ner.remove(e)
        if (
            e.end < len(doc)
            and doc[e.end].pos_ == "NOUN"
            and e.root.head.i == e.end
            and doc[e.end].lower_ not in _GOVERNMENT_HEADS
        ):
            continue  # "Commonwealth entities", "the Commonwealth direction": a modifier, like a demonym, no actor
        for t in e:
            t.ent_id_ = e.text  # the key of its gazetteer surface, as the ruler's spans carry
        spans.append(Span(doc, e.start, e.end, label="GPE"))
        method[(e.start, e.end)] = "gazetteer"
    for match_id, start, end in _matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        span = _trim_law(doc[start:end]) if label == "LAW" else doc[start:end]
        if label == "LAW" and span is not None:
            spaced = [t.i for t in span if t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_)]
            if spaced:  # "NAIROBI - The Computer Misuse Act": a dateline's dash, not a hyphen inside the title
                span = doc[spaced[-1] + 1 : span.end]
            first, span = _titles_joined(span)
            if first is not None:
                spans.append(Span(doc, first.start, first.end, label=label))
                method.setdefault((first.start, first.end), "law")
        if label == "LAW_NICKNAME":
            span, label = doc[start + 1 : end], "LAW"
        if label == "LAW_QUOTED":
            span, label = doc[start + 2 : end - 1], "LAW"
        if label == "LAW_ON_TITLE":
            if doc[start + 2].lower_ in _TIME_WORDS:
                continue  # "approved the law On Wednesday the president signed it": a time, no title
            span, label = doc[start + 1 : end], "LAW"
        if label == "OUTLET_AFTER":
            span, label = doc[start + 1 : end], "ORG"
        if label == "COURT":
            if start > 0 and doc[start - 1].lower_ in ("a", "an"):
                continue  # "an administrative court in Stockholm upheld it": some court, told in passing
            label = "ORG"
            method.setdefault((start, end), "court")
        if label == "LOCAL_COURT":
            span = _local_court(doc[start + 1 : end])
            if span is None:
                continue
            label = "ORG"
            method.setdefault((span.start, span.end), "local_court")
        if label in ("APP_AFTER", "APP_BEFORE"):  # "the app Foo", "the Foo app": the name alone, as a product
            span = doc[start + 1 : end] if label == "APP_AFTER" else doc[start : end - 1]
            label = "PRODUCT"
        if span is None or len(span) == 0:
            continue
        if label == "LAW":
            span = _with_code_suffix(span)  # "Federal Law No. 242[-FZ]", "Decree 85/2021[/ND-CP]"
        if label == "LAW" and span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN":
            continue  # "[Media and Law] Studies Association": the name goes on, it is no law title
        if label == "LAW" and span.start > 0 and doc[span.start - 1].lower_ == "the":
            span = doc[span.start - 1 : span.end]  # "the Law on X" is no shorter than the NER's span
        # a rule span replaces ruler/NER spans only when it is longer (filter_spans prefers the longest)
        spans.append(Span(doc, span.start, span.end, label=label))
        method.setdefault((span.start, span.end), label.lower())
    gazetted = {i for e in spans if method.get((e.start, e.end)) == "gazetteer" for i in range(e.start, e.end)}
    places = {e.start for e in spans if e.ent_id_ and get_gazetteer().lookup(e.text, ("Jurisdiction",))}
    places |= {i for e in spans if e.start in places for i in range(e.start, e.end)}
    for span in _possessive_names(doc, places):
        if not gazetted & {i for t in span if t.tag_ == "POS" for i in (t.i - 1, t.i)}:  # not "Commissioner's Office"
            spans.append(span)
            method.setdefault((span.start, span.end), "ner")
    kept = filter_spans(spans + ner)
    kept = [s for s in kept if not _someones_post(s, method)]
    kept = _corporate_names(kept, method)
    kept = _products_firms(kept, method)
    kept = _prefixed_corporate_names(kept, method)
    kept = _association_names(kept, method)
    kept = _names_run_into_of(kept, method)
    kept = _extend_places(kept, method)
    kept = _national_branches(kept, method)
    kept = _firm_names_opened(kept, method)
    kept = _local_institutions(kept, method)
    kept = _state_chambers(kept, method)
    kept = _foreign_contextual(kept, method)
    kept = _coordinated_fields(kept, method)
    kept = _pairs_told_as_two(kept, method)
    kept = _join_particle_names(kept)
    kept = _news_agencies(kept)
    kept = _group_names(kept, method)
    kept = _join_particle_bodies(kept)
    kept = _chamber_committees(kept, method)
    kept = _groups_named_for(kept, method)
    kept = [_with_ordinal(s) for s in kept]
    kept = _seated_numbered_courts(kept, method)
    covered = {i for s in kept for i in range(s.start, s.end)}
    kept = sorted(
        kept
        + _titled_people(doc, covered)
        + _names_with_titles_after(doc, covered)
        + _names_before_who(doc, covered)
        + _names_after_portfolios(doc, covered)
        + _coordinated_people(doc, covered, kept),
        key=lambda s: s.start,
    )
    covered = {i for s in kept for i in range(s.start, s.end)}
    out = []
    hows = [method.get((s.start, s.end), "ner") for s in kept]
    kept, hows = _extend_institutions(kept, hows)
    kept, hows = _extend_body_names(kept, hows)
    kept, hows = _join_place_names(kept, hows)
    kept, hows = _courts_in_cities(kept, hows)
    kept, hows = _join_coordinated_names(kept, hows)
    kept = [_extend_person(s, covered) if s.label_ == "PERSON" else s for s in kept]
    kept = [_without_portfolio_word(s) if s.label_ == "PERSON" else s for s in kept]
    kept, hows = _drop_portfolios(kept, hows)
    kept, hows = _given_names_joined(kept, hows)
    for k, s in enumerate(kept):
        how = hows[k]
        if how == "ner" and s.label_ in ("ORG", "WORK_OF_ART", "FAC") and (styled := _styled_name(s)) is not None:
            s = styled  # "the Hon Mark Dreyfus KC MP": an honorific and post-nominal letters make a person's name
        if how == "ner" and s.label_ in ("ORG", "GPE", "NORP", "LOC") and _joined_to_person(kept, k):
            s = Span(doc, s.start, s.end, label="PERSON")  # "Reps. Bill Harmon and [Deepak Chandrasekharan]"
        if how == "ner" and s.label_ in ("ORG", "GPE", "NORP") and (_listed_with_people(kept, k) or _titled(s)):
            s = Span(doc, s.start, s.end, label="PERSON")

        elif how == "ner" and s.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT") and _titled_after(s):
            s = _extend_person(Span(doc, s.start, s.end, label="PERSON"), covered)
        elif (
            how == "ner"
            and s.label_ in ("ORG", "GPE", "NORP")
            and len(s) == 1
            and _titled_after(wider := _extend_person(Span(doc, s.start, s.end, label="PERSON"), covered))
        ):
            s = wider  # "[Pavel] [Chikov], a lawyer with ...": the NER took the surname alone for a body
        elif (
            how == "ner"
            and s.label_ in ("ORG", "GPE", "NORP", "PERSON")
            and len(s) == 1
            and (chained := _compound_name(s, covered)) is not None
        ):
            s = chained  # "[Jörg] Oliveri del Castillo-Schulz, the bank's chief operating officer": the given name alone
        elif (
            how == "gazetteer"
            and s.label_ in ("GPE", "LOC")
            and len(s) == 1
            and (chained := _compound_name(s, covered)) is not None
        ):
            s = chained  # "[Santiago] Pedraz, an investigating judge": a place's name given to a person
            how = "ner"
        elif (
            how == "gazetteer" and s.label_ in ("GPE", "LOC") and (named := _given_name_person(s, covered)) is not None
        ):
            s, how = named, "ner"  # "[Jordan] Peterson said", "By [Georgia] Wells": a place's name as a given name
        elif (
            how == "gazetteer"
            and s.label_ in ("GPE", "LOC")
            and len(s) == 1
            and s.start > 0
            and doc[s.start - 1].pos_ == "PROPN"
            and doc[s.start - 1].dep_ == "compound"
            and doc[s.start - 1].head.i == s.start
            and (wider := _extend_person(Span(doc, s.start, s.end, label="PERSON"), covered)).start < s.start
            and (_titled_after(wider) or _titled(wider))
        ):
            # "Jimmy [Wales], the site's co-founder", "the site's founder Jimmy [Wales]": a place's name as a surname
            s, how = wider, "ner"
        elif (
            how == "ner"
            and s.label_ in ("ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC", "PRODUCT")
            and _titled_before(s)
        ):
            s = Span(doc, s.start, s.end, label="PERSON")
        elif how == "ner" and s.label_ in ("ORG", "NORP", "FAC", "WORK_OF_ART") and (named := _name_after_title(s)):
            s = named  # "[Taoiseach Leo Varadkar](ORG) said": the title stays before the name, for the roles
        elif how == "ner" and s.label_ in ("ORG", "GPE", "NORP") and (holder := _holder_after_state(s)) is not None:
            s = holder  # "The president of [the Republic Emmanuel Macron]": the state the title is of, then the name
        elif (
            how == "ner"
            and s.label_ in ("ORG", "GPE", "NORP")
            and s[0].lower_ != "the"  # "director of [the Digital Rights Coalition]" is a body
            and s[-1].lower_ not in _INSTITUTION_HEADS | _COORDINATED_HEADS
            and (cut := _without_portfolio(Span(doc, s.start, s.end, label="PERSON"))).start != s.start
        ):
            s = cut  # "State Secretary for [Digitalisation Zsolt Szabo]": the portfolio, then the holder's name
        elif (
            how == "ner"
            and s.label_ in ("LOC", "GPE")
            and len(s) > 1
            and s[-1].lower_ in _PLACE_BODY_HEADS | _INSTITUTION_HEADS | {"rescue", "brigade", "guard"}
        ):
            s = Span(doc, s.start, s.end, label="ORG")  # "[Miami-Dade Fire Rescue]" taken for a place: a service
        elif how == "ner" and s.label_ in ("LOC", "GPE", "FAC", "PERSON") and _names_a_group(s):
            s = Span(doc, s.start, s.end, label="ORG")  # "the [Agora] human rights group"
        elif how == "ner" and s.label_ == "ORG" and _named_as_seat(s):
            s = Span(doc, s.start, s.end, label="GPE")  # "Threema, based in [Pfäffikon]": a town, not a body
        elif s.label_ in ("PERSON", "WORK_OF_ART", "LOC", "FAC") and _named_as_company(s):
            s = Span(doc, s.start, s.end, label="ORG")
        elif s.label_ == "PERSON":
            s = _without_portfolio(s)
        if _style_word(s):
            continue  # "an Instagram-style app", "a TikTok-like feed": a likeness, not the product itself
        if re.fullmatch(r"(?i:article) \d+", s.text) and s.end < len(doc) and doc[s.end].lower_ == "of":
            # "Article 19 of the Constitution": a law's article, not the rights group of that name
            s, how = Span(doc, s.start, s.end, label="LAW"), "law"
        out.append((s, how))
    return _adjacent_people(_enumerated_bodies(out))


_CORPORATE_SUFFIXES = {"Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Limited", "GmbH", "plc", "PLC", "Pte", "B.V.", "S.A."}


_WEEKDAYS_AND_MONTHS = {
    *(d.lower() for d in calendar.day_name),
    *(m.lower() for m in calendar.month_name if m),
}


def _one_body(doc: Doc, out: list[Span], inside: list[Span], method: dict, start: int, end: int) -> list[Span]:
    """The spans ``inside`` give way to one organisation's name over tokens ``start``..``end`` (read as the NER's)."""
    method[(start, end)] = "ner"
    return [s for s in out if s not in inside] + [Span(doc, start, end, label="ORG")]


_FIRM_SUFFIXES = {"Corporation", "Corp", "Corp.", "Inc.", "Inc", "Ltd", "Ltd.", "LLC"}


def _products_firms(spans: list[Span], method: dict) -> list[Span]:
    """ "Roblox Corporation said in a statement", "TikTok Inc. sued the state": a known product's name closed by a
    corporate suffix is the firm that runs it, a body of its own (the product stays where it is named alone). Not
    when the gazetteer knows the whole name ("X Corp" is X's)."""
    gaz = get_gazetteer()
    out: list[Span] = []
    operators_of = _operators_by_product_name()
    for span in spans:
        doc = span.doc
        end = span.end
        if not (
            span.label_ == "PRODUCT"
            and method.get((span.start, span.end)) == "gazetteer"
            and end < len(doc)
            and doc[end].text in _FIRM_SUFFIXES
        ):
            out.append(span)
            continue
        refs = gaz.candidates(span.ent_id_)
        products = [gaz.entries[r.entry_id] for r in refs if r.entry_id in gaz.entries]
        products = [e for e in products if e.kind == "Product"]
        if (
            # "X Corp" is X's: a name the gazetteer knows whole is its entry's, a firm's only when a company's
            ((whole := gaz.lookup(doc[span.start : end + 1].text)) is None or whole.kind == "Organisation")
            and products
            # "Twitter Inc. said": a former name, an alias of the product's, stays the product's
            and any(e.name == span.text for e in products)
            and _firm_acting(doc[span.start : end + 1])
        ):
            firm = Span(doc, span.start, end + 1, label="ORG")
            # "Facebook Inc. said": the operator the gazetteer knows by that name; "Telegram Ltd said": the one firm it
            # names with the product's name at its start ("Telegram Messenger")
            operators = [whole] if whole is not None else operators_of.get(span.text, [])
            whole_surface = gaz._folded.get(fold(firm.text)) if whole is not None else None
            if len(operators) == 1:
                for t in firm:
                    t.ent_id_ = whole_surface or operators[0].name
                method[(span.start, end + 1)] = "gazetteer"
            else:
                method[(span.start, end + 1)] = "ner"
            out.append(firm)
            continue
        out.append(span)
    return out


@lru_cache(maxsize=1)
def _operators_by_product_name() -> dict[str, list]:
    """The companies the gazetteer names with a product's name and more words after it, by that product's name:
    "Telegram" -> [Telegram Messenger], "Zoom" -> [Zoom Video Communications]."""
    gaz = get_gazetteer()
    products = {e.name for e in gaz.entries.values() if e.kind == "Product"}
    out: dict[str, list] = {}
    for e in gaz.entries.values():
        words = e.name.split()
        if e.kind == "Organisation" and len(words) > 1 and words[0] in products and e.name in gaz.surfaces:
            out.setdefault(words[0], []).append(e)
    return out


def _firm_acting(span: Span) -> bool:
    """A firm's name told as the one that speaks or acts: the subject of an active verb ("TikTok Inc. sued the state")
    or the agent of a passive one ("brought by TikTok Inc."), not a measure's object ("Discord Inc. was blocked",
    "bars TikTok Inc. from operating") nor a modifier ("Zoom Inc. shares fell")."""
    root = span.root
    if root.dep_ == "nsubj":
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _corporate_names(spans: list[Span], method: dict) -> list[Span]:
    """ "TikTok Technology Canada Inc.": a run of capitalised words closed by a corporate suffix is one company (a
    subsidiary), not the product and the country named inside it; a known company with its suffix ("Sea Ltd",
    "Microsoft Corp.") is left to the gazetteer and the NER."""
    if not spans:
        return spans
    doc = spans[0].doc
    gaz = get_gazetteer()
    out = list(spans)
    for tok in doc:
        if tok.text not in _CORPORATE_SUFFIXES or tok.i < 2:
            continue
        start = tok.i
        while start - 1 >= tok.sent.start and (
            (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha) or doc[start - 1].text == "&"
        ):
            prev = doc[start - 1]
            if prev.pos_ == "DET" or prev.is_sent_start or prev.ent_type_ in ("DATE", "TIME"):
                break  # "In a statement on Friday ByteDance Ltd said": the day is no part of the name
            if prev.lower_ in _WEEKDAYS_AND_MONTHS:
                break
            start -= 1
        name = doc[start : tok.i]
        if len(name) < 2 or gaz.lookup(name.text) is not None or not name[0].text[:1].isupper():
            continue
        inside = [s for s in out if s.start < tok.i + 1 and s.end > start]
        if not inside or any(s.start < start or s.end > tok.i + 1 for s in inside):
            continue  # a name the run cuts through is no part of it
        if len(inside) == 1 and inside[0].start == start and inside[0].end >= tok.i:
            continue  # one name, already whole ("Sea Ltd")
        out = _one_body(doc, out, inside, method, start, tok.i + 1)
    return sorted(out, key=lambda s: s.start)


# Heads a trade or professional body's name ends with: "the Indonesian E-Commerce Association"
_ASSOCIATION_HEADS = {"Association", "Federation", "Chamber", "Society", "Confederation"}
# Heads of a body's name that an acronym in brackets may follow: "the Kenya ICT Action Network (KICTANet)"
_BRACKETED_HEADS = {"network", "coalition", "alliance", "forum", "foundation", "institute", "centre", "center", "union"}


def _association_names(spans: list[Span], method: dict) -> list[Span]:
    """ "the Indonesian E-Commerce Association (idEA)", "the Vietnam E-commerce Association": capitalised words (a
    hyphened compound among them, its second half in either case) closed by an association's head are one body,
    whatever the NER made of the hyphen (it leaves "Indonesian" a nationality, "Vietnam" a place)."""
    if not spans:
        return spans
    doc = spans[0].doc
    gaz = get_gazetteer()
    out = list(spans)
    for tok in doc:
        if tok.text not in _ASSOCIATION_HEADS and not (
            tok.is_title and tok.lower_ in _BRACKETED_HEADS and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "("
        ):
            continue
        if tok.i < 2:
            continue
        start, hyphened = tok.i, False
        # a separate name the run must not swallow: "Speaking to AFP Anti-Doping Association officials" ("AFP"); a
        # place or nationality the NER left is part of the name ("the Vietnam E-commerce Association")
        others = {
            k for s in out if s.label_ not in ("GPE", "NORP", "LOC") and s.end <= tok.i for k in range(s.start, s.end)
        }
        while start - 1 > tok.sent.start:
            prev = doc[start - 1]
            if prev.lower_ in _WEEKDAYS_AND_MONTHS or prev.ent_type_ == "DATE" or prev.i in others:
                break  # "On Monday Internet Freedom Foundation (IFF) said": the day is no part of the name
            joined = (
                start - 3 >= tok.sent.start
                and prev.is_alpha
                and doc[start - 2].text == "-"
                and not doc[start - 2].whitespace_
                and not doc[start - 3].whitespace_
                and doc[start - 3].is_alpha
                and doc[start - 3].text[:1].isupper()
                # both halves capitalised ("Anti-Doping"), or a letter's prefix ("E-commerce"); "Singapore-based" is
                # no part of the name
                and (prev.text[:1].isupper() or len(doc[start - 3].text) == 1)
                and doc[start - 3].i not in others
            )
            if joined:
                hyphened = True
                start -= 3  # "E-Commerce", "E-commerce": both halves
                continue
            if prev.is_alpha and prev.text[:1].isupper() and prev.pos_ != "DET" and start - tok.i > -5:
                start -= 1
                continue
            break
        # "the Kenya ICT Action Network (KICTANet)": an acronym in brackets right after tells the run is one name
        acronym = (
            tok.i + 3 < len(doc)
            and doc[tok.i + 1].text == "("
            and doc[tok.i + 3].text == ")"
            and doc[tok.i + 2].is_alpha
            and sum(c.isupper() for c in doc[tok.i + 2].text) >= 2
        )
        if not (hyphened or acronym) or tok.i - start < (3 if hyphened else 2):
            continue  # without a hyphened word or an acronym the NER reads such names well
        if gaz.lookup(doc[start : tok.i + 1].text) is not None:
            continue
        inside = [s for s in out if s.start <= tok.i and s.end > start]
        if any(s.start < start or s.end > tok.i + 1 for s in inside):
            continue
        out = _one_body(doc, out, inside, method, start, tok.i + 1)
    return sorted(out, key=lambda s: s.start)


def _body_head(tok) -> bool:
    """A word that heads an organisation's name ("Society", "Association", "Council", "Institute"), not a title
    ("Queen", "King", "Emir", "President", "Bishop")."""
    return tok.lower_ in _body_heads()


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The words of :func:`_body_head`, gathered once (the head lists, and the one-word generic bodies)."""
    heads = {h.lower() for h in _ASSOCIATION_HEADS} | _PLACE_BODY_HEADS | _INSTITUTION_HEADS
    return frozenset(heads | {w for w in lexicon_words("actors", "other") if " " not in w})


def _names_run_into_of(spans: list[Span], method: dict) -> list[Span]:
    """ "[The Law Society of] [Kenya]": a body's name the NER closed on "of", the place right after it, is one name
    with the place (a country or state the gazetteer knows), not the body cut short and the place apart."""
    if not spans:
        return spans
    doc = spans[0].doc
    gaz = get_gazetteer()
    out, skip = [], -1
    for k, span in enumerate(spans):
        if k == skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if (
            nxt is not None
            and len(span) >= 3
            and span[-1].lower_ == "of"
            and span.label_ not in ("PERSON", "GPE", "LOC", "DATE")
            and span[-2].is_title
            and _body_head(span[-2])  # "the Law Society of", not a title ("The Queen of", "the Emir of")
            and not any(t.lower_ in ("v", "v.", "vs", "vs.", "versus") for t in span)  # "X v Union of India": a case
            and nxt.start == span.end
            and nxt.label_ in ("GPE", "LOC")
            and (place := gaz.lookup(nxt.text, ("Jurisdiction",))) is not None
            and place.type in ("country", "subdivision")
        ):
            out.append(Span(doc, span.start, nxt.end, label="ORG"))
            method[(span.start, nxt.end)] = "ner"
            skip = k + 1
            continue
        out.append(span)
    return out


# Legal forms written before a company's name, in capitals (lexicon actors.corporate_prefixes): "PT", "OOO", "PJSC"
_CORPORATE_PREFIXES = set(lexicon_words("actors", "corporate_prefixes"))
# what a clock time ends on before a zone's letters: "10 a.m. PT", "9am PT", "1:45 p.m. PT"
_CLOCK_END = re.compile(r"(?i)(?:\d[\d:.]*|\d*[ap]\.?m\.?)")


def _prefixed_corporate_names(spans: list[Span], method: dict) -> list[Span]:
    """ "PT Sinar Jaya Makmur": a legal form before a run of capitalised words makes them one company, the form in its
    name, whatever the NER took the words for (a person, a place); a known name after the form is left as it is."""
    if not spans:
        return spans
    doc = spans[0].doc
    gaz = get_gazetteer()
    out = list(spans)
    people = {s.start for s in spans if s.label_ == "PERSON"}
    for tok in doc:
        if not tok.text.isupper() or tok.lower_ not in _CORPORATE_PREFIXES or tok.i + 1 >= len(doc):
            continue
        if tok.i > 0 and _CLOCK_END.fullmatch(doc[tok.i - 1].text):
            continue  # "at 10 a.m. PT Tuesday", "9am PT Monday": a time zone, no legal form
        if doc[tok.i + 1].lower_ in _WEEKDAYS_AND_MONTHS:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 5 and doc[end].is_alpha and doc[end].text[:1].isupper():
            if end > tok.i + 1 and (end in people or gaz.is_title_word(doc[end].text)):
                break  # "PT Pertamina [President Director] [Nicke Widyawati]": the company's name ends there
            end += 1
        if end < len(doc) and doc[end].text == "Tbk":
            end += 1
        name = doc[tok.i + 1 : end]
        if not 1 <= len(name) <= 5 or gaz.lookup(name.text) is not None:
            continue
        if _person_apposed(doc, end):
            continue  # "PT Usha, the president of the Olympic Association": initials before a person's name
        inside = [s for s in out if s.start < end and s.end > tok.i]
        if any(s.start < tok.i or s.end > end for s in inside):
            continue  # a name the run cuts through is no part of it
        out = _one_body(doc, out, inside, method, tok.i, end)
    return sorted(out, key=lambda s: s.start)


def _person_apposed(doc: Doc, end: int) -> bool:
    """ ", the president of ...", ", its chief executive": a title only a person holds set off right after a name."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for tok in doc[end + 1 : min(len(doc), end + 6)]:
        if tok.lemma_.lower() in _PERSON_TITLES:
            return True
        if tok.pos_ not in ("DET", "PRON", "ADJ", "PROPN", "PART") and tok.tag_ != "POS":
            return False
    return False


def _styled_name(span: Span) -> Span | None:
    """ "the Hon Mark Dreyfus KC MP", "Hon. Jane Roe MP": a name between an honorific and post-nominal letters is a
    person's, whatever the NER took it for; the span is the name alone."""
    doc, gaz = span.doc, get_gazetteer()
    start, end = span.start, span.end
    if doc[start].lower_ == "the":
        start += 1
    if start >= end or doc[start].text not in gaz.honorifics:
        return None
    start += 1
    if start < end and doc[start].text == ".":
        start += 1
    tail = end
    while tail > start and doc[tail - 1].text in POST_NOMINALS:
        tail -= 1
    # "the Honourable François-Philippe Champagne, Minister of ...": the parliamentary style alone makes a person's name
    styled = doc[span.start + (doc[span.start].lower_ == "the")].text.rstrip(".") in _PARLIAMENTARY_STYLES
    words = [t for t in doc[start:tail] if not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
    if (tail == end and not styled) or not 2 <= len(words) <= 3:
        return None
    if not all(t.is_title and t.is_alpha for t in words):
        return None
    return Span(doc, start, tail, label="PERSON")


_PARLIAMENTARY_STYLES = {"Hon", "Honourable", "Honorable"}


_CORRELATIVES = {"neither", "either", "both"}


def _without_correlative(span: Span) -> Span:
    """ "[Neither Ethio Telecom], the state-owned operator, nor ...": the word opening a pair of alternatives, which
    the NER ran into the first name at a sentence's start, is no part of it."""
    if len(span) > 1 and span[0].lower_ in _CORRELATIVES and span[0].dep_ != "compound" and span[1].is_title:
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def _unbracketed(span: Span) -> Span:
    """ "[The Foo Rights Project (FRP]), which ...": a bracket the NER opened inside a name and never closed; the name
    ends before it (the acronym after it is read as the name's acronym)."""
    opened = [t.i for t in span if t.text == "("]
    if not opened or any(t.text == ")" for t in span if t.i > opened[-1]):
        return span
    return Span(span.doc, span.start, opened[-1], label=span.label_)


def _with_code_suffix(span: Span) -> Span:
    """A law's number goes on with the series code glued to it: "Federal Law No. 242-FZ", "Decree 85/2021/ND-CP"
    (the tokenizer splits the code off at its hyphens and slashes; no space may come between)."""
    doc = span.doc
    if not span[-1].like_num:
        return span
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "/")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].is_upper or doc[end + 1].like_num)
        and doc[end + 1].text.isalnum()
    ):
        end += 2
    return span if end == span.end else doc[span.start : end]


_LIKENESS = {"style", "like", "esque", "type", "inspired"}


def _style_word(span: Span) -> bool:
    """The name is glued by a hyphen to a word of likeness: "Instagram-style", "TikTok-like"."""
    doc = span.doc
    k = span.end
    return (
        k + 1 < len(doc)
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].lower_ in _LIKENESS
    )


_ENUMERATING_NOUNS = {
    "company": "ORG", "firm": "ORG", "manufacturer": "ORG", "maker": "ORG", "vendor": "ORG", "supplier": "ORG",
    "provider": "ORG", "carrier": "ORG", "operator": "ORG", "app": "PRODUCT", "platform": "PRODUCT",
    "service": "PRODUCT", "application": "PRODUCT",
}  # fmt: skip


def _adjacent_people(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "Justice [Md Mozibur] [Rahman Miah]", "Minister [Antoine Félix] [Abdoulaye Diome]": two people's names the
    rules left side by side, with nothing between them, are one long name (two people are always parted by a comma, an
    "and" or a word)."""
    out: list[tuple[Span, str]] = []
    for span, how in found:
        if out:
            prev, prev_how = out[-1]
            if (
                prev.label_ == "PERSON"
                and span.label_ == "PERSON"
                and prev.end == span.start
                and "gazetteer" not in (how, prev_how)
                and not (prev.ent_id_ or span.ent_id_)
                and all(t.is_title or t.is_upper for t in (prev[0], span[0]))
            ):
                out[-1] = (Span(span.doc, prev.start, span.end, label="PERSON"), prev_how)
                continue
        out.append((span, how))
    return out


def _enumerated_bodies(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "five companies are on the list: [Skydio], [Parrot], [Teal Drones] and ...", "apps such as [Foo] and [Bar]":
    names the NER took for places or people, enumerated after a plural noun for companies or apps, are those."""
    if not found:
        return found
    doc = found[0][0].doc
    out = list(found)
    for k, (span, how) in enumerate(found):
        if how != "ner" or span.label_ not in ("GPE", "NORP", "PERSON", "LOC", "ORG", "PRODUCT"):
            continue
        # walk back over the enumeration to what introduces it
        i = span.start - 1
        while i >= span.sent.start and (doc[i].text in (",", "and", "or") or doc[i].pos_ == "PROPN"):
            i -= 1
        if i < span.sent.start:
            continue
        intro = doc[i]
        if intro.text == ":":
            head = next((t for t in reversed(doc[span.sent.start : i]) if t.tag_ == "NNS"), None)
        elif intro.lower_ in ("including", "like") or (intro.lower_ == "as" and i > 0 and doc[i - 1].lower_ == "such"):
            j = i - 2 if intro.lower_ == "as" else i - 1
            if j >= span.sent.start and doc[j].text == "," and intro.lower_ == "including":
                j -= 1  # "Four operators, including Telia and Tele2"
            head = doc[j] if j >= span.sent.start and doc[j].tag_ == "NNS" else None
        else:
            head = None
        label = _ENUMERATING_NOUNS.get(head.lemma_.lower()) if head is not None else None
        if label is not None and span.label_ != label:
            out[k] = (Span(doc, span.start, span.end, label=label), how)
    return out


_CITY_WORDS = {"City"}
_PLACE_BODY_HEADS = {
    "department", "police", "union", "council", "authority", "agency", "commission", "office", "board",
    "university", "court", "assembly", "senate", "legislature", "bureau", "service", "corporation",
}  # fmt: skip


def _extend_places(spans: list[Span], method: dict) -> list[Span]:
    """A gazetteer place that opens a longer name: "[New York] City", "[New York] Police Department",
    "[New York] Civil Liberties Union". The ruler's place span hid the NER's longer one."""
    out: list[Span] = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        doc = span.doc
        if span.label_ in ("GPE", "LOC") and method.get((span.start, span.end)) == "gazetteer":
            j = span.end
            body = j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].lower_ in _PLACE_BODY_HEADS
            if j < len(doc) and doc[j].text in _CITY_WORDS and j not in taken and not body:  # not "Moscow City Court"
                out.append(Span(doc, span.start, j + 1, label="GPE"))  # "Ho Chi Minh City", "New York City"
                continue
            k = j
            while (
                k < len(doc) and k < j + 4 and k not in taken and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN")
            ):
                k += 1
            heads = [i for i in range(j, k) if doc[i].lower_ in _PLACE_BODY_HEADS]
            if heads:
                out.append(Span(doc, span.start, heads[-1] + 1, label="ORG"))
                continue
        out.append(span)
    return out


_COMMITTEE_HEADS = {"committee", "subcommittee"}


def _chamber_committees(spans: list[Span], method: dict) -> list[Span]:
    """ "the [Senate] Intelligence Committee", "the [House] Committee on Energy and Commerce", "the Committee on
    [House] Administration": a committee named with its chamber, which the gazetteer took for the chamber alone, is
    one body (its fields may be listed: "the House Communications, Technology and Innovation Committee")."""
    if not spans:
        return spans
    doc = spans[0].doc
    chambers = {
        i
        for s in spans
        if method.get((s.start, s.end)) == "gazetteer" and re.sub(r"^(?:the|The) ", "", s.text) in _CHAMBERS
        for i in range(s.start, s.end)
        if doc[i].lower_ != "the"
    }
    if not chambers:
        return spans

    def name_word(t) -> bool:
        return t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("the", "on", "of")

    def joiner(k: int) -> bool:  # "Communications, Technology and Innovation": a list of fields inside the name
        return (
            doc[k].lower_ in ("and", "&", ",")
            and 0 < k < len(doc) - 1
            and name_word(doc[k - 1])
            and name_word(doc[k + 1])
            and (doc[k].text != "," or any(t.lower_ == "and" for t in doc[k + 1 : k + 6]))
        )

    ranges = []
    for tok in tokens_spelt(doc, {"Committee", "Subcommittee"}):
        start = tok.i
        while start - 1 >= tok.sent.start and (name_word(doc[start - 1]) or joiner(start - 1)):
            start -= 1
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("on", "of", "for"):
            k = end + 1 + (doc[end + 1].lower_ == "the")
            m = k
            while m < len(doc) and m < tok.sent.end and (name_word(doc[m]) or joiner(m)):
                m += 1
            if m > k:
                end = m
        if any(i in chambers for i in range(start, end)) and end - start >= 2:
            ranges.append((start, end))
    if not ranges:
        return spans
    out = [s for s in spans if not any(a < s.end and s.start < b for a, b in ranges)]
    for a, b in ranges:
        out.append(Span(doc, a, b, label="ORG"))
        method[(a, b)] = "ner"
    return sorted(out, key=lambda s: s.start)


_GROUP_HEADS = {"association", "alliance", "coalition", "union", "federation", "foundation", "society", "league"}


def _groups_named_for(spans: list[Span], method: dict) -> list[Span]:
    """ "the U.S. [WeChat] Users Alliance", "the [Telegram] Users Association": a group named after an app or company
    the gazetteer knows is a body of its own, the place before it in its name."""
    out: list[Span] = []
    for k, span in enumerate(spans):
        doc = span.doc
        if out and out[-1].end > span.start:
            continue  # taken into the name before
        if method.get((span.start, span.end)) != "gazetteer" or span.label_ not in ("PRODUCT", "ORG"):
            out.append(span)
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        j = span.end
        while (
            j < len(doc)
            and j < span.end + 4
            and doc[j].is_title
            and doc[j].is_alpha
            and doc[j].pos_ in ("PROPN", "NOUN")
            and (
                nxt is None
                or j < nxt.start
                or (method.get((nxt.start, nxt.end), "ner") == "ner" and nxt.label_ == "ORG")
            )
        ):
            j += 1
        if j == span.end or doc[j - 1].lower_ not in _GROUP_HEADS or (nxt is not None and nxt.start < j < nxt.end):
            out.append(span)
            continue
        start = span.start
        prev = out[-1] if out else None
        if prev is not None and prev.end == start and prev.label_ == "GPE":
            start = prev.start  # "the [U.S.] WeChat Users Alliance"
            out.pop()
        out.append(Span(doc, start, j, label="ORG"))
        method[(start, j)] = "ner"
    return out


def _merge_adjacent(
    spans: list[Span], method: dict, joins: Callable[[Span, Span], bool], gap: tuple[str, ...] = ()
) -> list[Span]:
    """Merge each span into the one right before it (no token between, or one of the words ``gap``) when
    ``joins(prev, span)``: the merged span is one ORG name, recorded in ``method`` as the NER's so later rules
    treat it as found text."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.end == span.start or (prev.end + 1 == span.start and span.doc[prev.end].lower_ in gap))
            and joins(prev, span)
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
            method[(prev.start, span.end)] = "ner"
            continue
        out.append(span)
    return out


_FIRM_HEADS = {"Group", "Holdings", "Corporation", "Corp.", "Company", "Co."}


def _firm_names_opened(spans: list[Span], method: dict) -> list[Span]:
    """ "[Trump] [Media & Technology Group]", "[Korea] [Hydro & Nuclear Power]": a firm's name (words joined by "&",
    or ending in Group, Holdings, Corporation, Company) the NER began one word late, after a name it took for a
    person or a place right before it, with nothing between, is one firm."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == span.start
            and span.label_ == "ORG"
            and method.get((span.start, span.end), "ner") == "ner"
            and prev.label_ in ("PERSON", "GPE", "NORP")
            and all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in prev)
            and span[0].is_title
            and ("&" in span.text.split() or span[-1].text in _FIRM_HEADS)
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
            method[(prev.start, span.end)] = "ner"
            continue
        out.append(span)
    return out


# Nouns an app-and-country pair may modify and still name the local company: its voice or its people ("a TikTok
# India spokesperson", "a TikTok India statement").
_LOCAL_FIRM_VOICES = {"representative", "executive", "head", "chief", "team", "office", "staff",
                                       "employee", "statement", "spokespeople"}  # fmt: skip


def _names_a_thing(span: Span) -> bool:
    """ "the 2020 [TikTok] [India] ban", "the third [WhatsApp] [Brazil] block": an app and a country that together
    modify a common noun (a ban, a block, a shutdown, the app) label a thing, not the firm running the app there."""
    last = span[-1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in lexicon_words("ban", "nouns"):
        return True  # the parser may read the ban noun as a verb: "the second [Signal] [Egypt] block in 2018"
    return (
        last.dep_ in ("compound", "amod", "nmod")
        and last.head.i >= span.end
        and last.head.pos_ == "NOUN"
        and last.head.lemma_.lower() not in _LOCAL_FIRM_VOICES | _PERSON_TITLES
    )


def _national_branches(spans: list[Span], method: dict) -> list[Span]:
    """ "[Amnesty International] [Senegal]": a campaigning group's national section, named with its country right
    after (no comma, no "in"), is a body of its own; so is a company's national subsidiary ("[Vodafone] [Portugal]",
    "[Airtel] [Kenya]"), and so is an app's ("[TikTok] [India] said it would comply": the company that runs the app in
    that country; a region is no country: "TikTok Europe" stays the app)."""
    gaz = get_gazetteer()

    def joins(prev: Span, span: Span, types=("ngo", "company", "app")) -> bool:
        if not (
            prev.label_ in ("ORG", "PRODUCT")
            and span.label_ == "GPE"
            and method.get((prev.start, prev.end)) == "gazetteer"
            and method.get((span.start, span.end)) == "gazetteer"
        ):
            return False
        refs = gaz.candidates(prev.ent_id_)
        place = gaz.candidates(span.ent_id_)
        body = gaz.entries.get(refs[0].entry_id) if refs else None
        home = gaz.entries.get(place[0].entry_id) if place else None
        if body is None or body.type not in types or home is None or home.kind != "Jurisdiction":
            return False
        if (body.kind == "Product") != (prev.label_ == "PRODUCT"):
            return False
        if body.kind == "Product" and _names_a_thing(span):
            return False
        return body.type == "ngo" or home.type == "country"

    def named_for_country(prev: Span, span: Span) -> bool:
        """ "the [Centre for Digital Rights] [Uganda]": a body the NER found, its last word a compound of the
        country's name after it, is named with its country; not when the two modify a noun after them ("the [World
        Bank] [Kenya] office": the body's office in that country), nor a government office ("the Digital Economy
        Ministry Thailand": the country's own ministry, the country named as its place), nor when the country is the
        subject a verb right after it lacks ("According to the Digital Rights Lab [Ethiopia] has blocked X": the
        parser hung the clause's subject on "to")."""
        # the shape first, then the lookups and the scan for a verb (run for every pair of adjacent spans)
        if not (
            prev.label_ == "ORG"
            and len(prev) > 1
            and span.ent_id_
            and method.get((prev.start, prev.end), "ner") == "ner"
            and method.get((span.start, span.end)) == "gazetteer"
            and prev[-1].dep_ == "compound"
            and span.start <= prev[-1].head.i < span.end
            and not (span[-1].dep_ == "compound" and span[-1].head.i >= span.end)
            and prev[-1].lower_ not in lexicon_words("actors", "portfolio_offices")
        ):
            return False
        place = gaz.lookup(span.ent_id_, ("Jurisdiction",))
        return place is not None and place.type == "country" and not _subject_of_next_verb(span)

    # then "the [ACLU] of [Montana]": the state affiliate, a body of its own
    return _merge_adjacent(
        _merge_adjacent(spans, method, lambda a, b: joins(a, b) or named_for_country(a, b)),
        method,
        lambda a, b: joins(a, b, ("ngo",)),
        gap=("of",),
    )


_CHAMBERS = {"Senate", "House", "Assembly", "General Assembly", "Legislature", "House of Representatives",
             "House of Delegates", "State Senate", "State Assembly", "Legislative Assembly", "Legislative Council"}  # fmt: skip


def _state_chambers(spans: list[Span], method: dict) -> list[Span]:
    """ "the [Ohio] [Senate]", "the [Texas] [House]": a state's or province's name right before a legislative chamber
    the gazetteer took for the national one names the state's own chamber."""
    gaz = get_gazetteer()

    def joins(prev: Span, span: Span) -> bool:
        if prev.label_ != "GPE" or method.get((prev.start, prev.end)) != "gazetteer":
            return False
        if span.text not in _CHAMBERS and not _national_chamber_body(span, method):
            return False
        place = gaz.candidates(prev.ent_id_)
        return bool(place) and gaz.entries[place[0].entry_id].type == "subdivision"

    return _merge_adjacent(spans, method, joins)


def _subject_of_next_verb(span: Span) -> bool:
    """The verb right after the name (past its auxiliaries) has no subject of its own, and the name is no subject
    either: the name is the subject the parser missed ("According to the Lab Ethiopia has blocked X")."""
    doc = span.doc
    k = span.end
    while k < len(doc) and doc[k].pos_ in ("AUX", "PART", "ADV") and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or span.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = doc[k]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _national_chamber_body(span: Span, method: dict) -> bool:
    """ "[Senate Commerce Committee]": a body of a country's legislature the gazetteer knows, its name opened by the
    chamber's word; after a state's name or another country's demonym ("the Texas Senate Commerce Committee", "the
    Philippine Senate Intelligence Committee") it is that state's or country's own, as the bare chamber is."""
    if span.label_ != "ORG" or method.get((span.start, span.end)) != "gazetteer" or not span.ent_id_:
        return False
    gaz = get_gazetteer()
    refs = gaz.candidates(span.ent_id_)
    entry = gaz.entries.get(refs[0].entry_id) if refs else None
    return (
        entry is not None
        and entry.type == "legislature"
        and entry.country is not None
        and any(span.text.startswith(ch + " ") for ch in _CHAMBERS)
    )


def _coordinated_fields(spans: list[Span], method: dict) -> list[Span]:
    """ "the Senate's [Internet and] [Technology Committee]": a body named for two fields, which the NER cut after
    the "and", is one name (the capitalised field before "and" nobody else took)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for span in spans:
        doc = span.doc
        k = span.start
        if (
            span.label_ == "ORG"
            and method.get((span.start, span.end), "ner") == "ner"
            and span[-1].lower_ in _INSTITUTION_HEADS
            and span[0].lower_ != "the"
            and k >= 2
            and doc[k - 1].lower_ == "and"
            and doc[k - 2].is_title
            and doc[k - 2].pos_ in ("PROPN", "NOUN", "ADJ")
            and k - 2 not in taken
            and not doc[k - 2].is_sent_start
        ):
            start = k - 2
            while start - 1 >= 0 and start - 1 not in taken and doc[start - 1].is_title and doc[start - 1].pos_ in (
                "PROPN", "NOUN", "ADJ",
            ) and not doc[start].is_sent_start:  # fmt: skip
                start -= 1
            out.append(Span(doc, start, span.end, label="ORG"))
            method[(start, span.end)] = "ner"
            continue
        out.append(span)
    return out


# a common noun in the possessive inside a body's name, and the words such a name ends in: "the National People's
# Congress Standing Committee", "Seoul Women's University", "the Polk County Sheriff's Office"
_POSSESSIVE_NAME_WORDS = {"people", "peoples", "women", "children", "workers", "veterans", "sheriff", "president",
                          "spokesperson", "general", "consumers", "farmers", "citizens", "prosecutor", "ombudsman",
                          "governor", "mayor", "attorney"}  # fmt: skip
_POSSESSIVE_NAME_HEADS = {"university", "college", "office", "congress", "committee", "division", "unit", "commission",
                          "party", "bank", "council", "department", "agency", "service", "association", "league",
                          "union", "army", "front", "movement", "fund", "institute", "federation", "alliance",
                          "bureau", "assembly", "court", "directorate"}  # fmt: skip
_NOT_IN_NAME = {"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "PART", "PUNCT", "NUM"}


def _possessive_names(doc: Doc, places: set[int]) -> list[Span]:
    """A body's name with a common noun in the possessive inside it, which the NER cuts at the "'s": from the
    capitalised words before that noun (not a country or state the gazetteer names, at ``places``: "the Sri Lanka
    [President's Media Division]") to the last institution word of the capitalised words after it. Not in a title-case
    headline, whose capitals tell no names ("Women's Groups Urge Congress To Lift ...")."""
    out = []
    for tok in doc:
        k = tok.i
        if tok.tag_ != "POS" or k == 0 or k + 1 >= len(doc):
            continue
        owner = doc[k - 1]
        if owner.lower_ not in _POSSESSIVE_NAME_WORDS or not owner.is_title or _title_cased(tok.sent):
            continue
        end = k + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ not in _NOT_IN_NAME:
            end += 1
        while end > k + 1 and doc[end - 1].lower_ not in _POSSESSIVE_NAME_HEADS:
            end -= 1
        if end == k + 1:
            continue
        start = k - 1
        while (
            start > 0
            and (doc[start - 1].is_title or doc[start - 1].is_upper)
            and doc[start - 1].is_alpha
            and doc[start - 1].pos_ not in _NOT_IN_NAME
            and doc[start - 1].ent_type_ != "PERSON"
            and start - 1 not in places  # "Brazil [Workers' Party] lawmakers": the country stays a place
        ):
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # "the National People's Congress": no shorter than the NER's "the National People's"
        out.append(Span(doc, start, end, label="ORG"))
    return out


_EACH_OF_TWO = {"both", "each"}
_TIME_UNITS = {"day", "week", "month", "quarter", "season", "year", "time"}


def _pairs_told_as_two(spans: list[Span], method: dict) -> list[Span]:
    """ "Acme and Zenith, which both sold ...", "Acme and Zenith each said ...": two one-word names the NER took as one
    organisation, which the text tells are two ("both", "each" right after, or after ", which"); a joined name
    ("Procter and Gamble said") is left whole."""
    out: list[Span] = []
    for span in spans:
        doc = span.doc
        k = span.end
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("which", "who"):
            k += 2
        if (
            span.label_ == "ORG"
            and method.get((span.start, span.end), "ner") == "ner"
            and len(span) == 3
            and span[1].lower_ == "and"  # never "Procter & Gamble"
            and all(t.is_title and t.is_alpha for t in (span[0], span[2]))
            and k < len(doc)
            and doc[k].lower_ in _EACH_OF_TWO
            and not (k + 1 < len(doc) and doc[k + 1].lower_ in _TIME_UNITS)  # "Procter and Gamble each year spends"
            and not (k + 1 < len(doc) and doc[k + 1].tag_ == "VBZ")  # "which both makes and sells": one firm
        ):
            for t in (span[0], span[2]):
                out.append(Span(doc, t.i, t.i + 1, label="ORG"))
                method[(t.i, t.i + 1)] = "ner"
            continue
        out.append(span)
    return out


def _someones_post(span: Span, method: dict) -> bool:
    """A body's name that ends in a post ("the EU executive" for the Commission) told as a person's post: after a
    possessive, "a" or a rank ("TikTok's EU executive, X", "a senior EU executive at Meta", "Meta's top EU executive")
    or before "at" ("an EU executive at a bank"): it names that person, not the body."""
    if span.label_ != "ORG" or method.get((span.start, span.end)) != "gazetteer" or not span[-1].is_lower:
        return False
    gaz = get_gazetteer()
    refs = gaz.candidates(span.ent_id_)
    entry = gaz.entries.get(refs[0].entry_id) if refs else None
    if entry is None or entry.type != "eu" or not gaz.is_title_word(span[-1].lower_):
        return False  # "Italy's privacy regulator" is the body
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "at":
        return True
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.lower_ in ("a", "an", "'s", "\u2019s") or prev.tag_ in ("PRP$", "POS", "JJ", "JJS")


def _foreign_contextual(spans: list[Span], method: dict) -> list[Span]:
    """ "the [Swedish] [Armed Forces]": a name the gazetteer knows only in context for one country ("Armed Forces" for
    the British ones), right after another country's demonym, is that country's body and one name."""
    gaz = get_gazetteer()
    out: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or method.get((span.start, span.end)) != "gazetteer" or span.start == 0:
            out.append(span)
            continue
        refs = gaz.candidates(span.ent_id_)
        entry = gaz.entries.get(refs[0].entry_id) if refs else None
        # a party's generic name ("Democratic Party") after another country's demonym is that country's party too
        if entry is None or (
            any(r.how != CONTEXTUAL for r in refs)
            and entry.type != "party"
            and not _national_chamber_body(span, method)
        ):
            out.append(span)
            continue
        doc = span.doc
        dem = doc[span.start - 1]
        home = gaz.entries.get(gaz.demonyms.get(dem.text, ""))
        if home is None or home.country == entry.country:
            out.append(span)
            continue
        start = dem.i - 1 if dem.i > 0 and doc[dem.i - 1].lower_ == "the" else dem.i
        prev = out[-1] if out else None
        if prev is not None and prev.end > start:
            if prev.start < start or method.get((prev.start, prev.end), "ner") != "ner":
                out.append(span)
                continue
            out.pop()  # "[the Swedish]" the NER made of what the ruler left
        out.append(Span(doc, dem.i, span.end, label="ORG"))
        method[(dem.i, span.end)] = "ner"
    return out


def _local_institutions(spans: list[Span], method: dict) -> list[Span]:
    """ "The [Peshawar] [High Court] (PHC)": a place the gazetteer does not know, then a generic institution, is one
    name (the city's court); a known country stays apart for the generic rule ("the Kenya High Court"). So is a name
    the gazetteer does not know, then one word heading a body that it knows alone in one country's stories ("the [Big
    Sky Digital Rights] [Coalition]": not Australia's Coalition)."""
    gaz = get_gazetteer()

    def joins(prev: Span, span: Span) -> bool:
        return (
            prev.label_ in ("GPE", "LOC", "ORG", "NORP")
            and method.get((prev.start, prev.end), "ner") == "ner"
            and not prev.ent_id_
            and all(t.is_title and t.pos_ == "PROPN" for t in prev if t.lower_ != "the")
            and any(t.lower_ != "the" for t in prev)
            and prev.text not in gaz.demonyms  # "the Kenyan High Court" is Kenya's, left to the generic rule
            and gaz.lookup(re.sub(r"^(?:the|The) ", "", prev.text)) is None
            and method.get((span.start, span.end)) == "gazetteer"
            and (span.text in gaz.generic_institutions or (len(span) == 1 and _body_head(span[0])))
        )

    return _merge_adjacent(spans, method, joins)


_PARTICLES = {"van", "der", "den", "de", "da", "das", "do", "dos", "du", "von", "di", "del", "della", "le", "la", "bin", "al", "el", "ter"}  # fmt: skip


def _join_particle_names(spans: list[Span]) -> list[Span]:
    """ "[Maria van der] [Berg]": a person's name the NER cut after its particle is one name."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        doc = span.doc
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and span.label_ == "PERSON"
            and 0 <= span.start - prev.end <= 2
            and all(t.lower_ in _PARTICLES and t.is_lower for t in doc[prev.end : span.start])
            and not span.ent_id_
            and not prev.ent_id_
        ):
            out[-1] = Span(
                doc, prev.start, span.end, label="PERSON"
            )  # "[Allan] dos [Santos]", "[Hassan Sheikh] [Mohamud]"
            continue
        if (
            prev is not None
            and prev.label_ in ("GPE", "LOC")
            and len(prev) == 1
            and span.label_ == "PERSON"
            and prev.end == span.start
            and not span.ent_id_
            and prev.start > 0
            and get_gazetteer().is_title_word(doc[prev.start - 1].text)
        ):
            out[-1] = Span(doc, prev.start, span.end, label="PERSON")  # "Judge [Wellington] [Lopes da Silva]"
            continue
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == span.start
            and prev[-1].lower_ in _PARTICLES
            and prev[-1].is_lower
            and span.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and span[0].is_title
            and not span.ent_id_
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
            continue
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == span.start
            and len(span) == 1
            and span.label_ in ("GPE", "LOC")
            and span[0].is_title
            and span[0].pos_ == "PROPN"
            and any(t.lower_ in _PARTICLES and t.is_lower for t in prev[1:])
            and (span.end == len(doc) or not (doc[span.end].is_title and doc[span.end].pos_ == "PROPN"))
        ):
            # "Judge [Ricardo Santana de Abreu] [Lima] of the court": a family name after the particle's that is also a
            # place (a capital, a city) closes the name
            out[-1] = Span(doc, prev.start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


_NAME_PARTICLES = {"na", "no", "da", "do", "das", "dos", "de", "del", "della", "des", "du", "di"}


def _join_particle_bodies(spans: list[Span]) -> list[Span]:
    """ "Coalizão Direitos na [Rede]", "[Coalizao Direitos] na [Rede]": a body's name in a language that joins its
    words with a lower-case article or preposition, which the NER cut there, is one name (a person's name after the
    particle stays a person's: "Lopes da Silva")."""
    out: list[Span] = []
    for span in spans:
        doc = span.doc
        k = span.start - 1
        if span.label_ != "ORG" or span.ent_id_ or k < 2 or doc[k].lower_ not in _NAME_PARTICLES or not doc[k].is_lower:
            out.append(span)
            continue
        prev = out[-1] if out else None
        start = k
        while start - 1 >= 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and start > span.sent.start:
            if (
                prev is not None
                and prev.start <= start - 1 < prev.end
                and (prev.ent_id_ or prev.label_ not in ("PERSON", "ORG"))
            ):
                break
            start -= 1
        if prev is not None and prev.start < start < prev.end:
            start = prev.end
        if k - start < 2:
            out.append(span)
            continue
        while prev is not None and prev.end > start:
            out.pop()
            prev = out[-1] if out else None
        out.append(Span(doc, start, span.end, label="ORG"))
    return out


def _news_agencies(spans: list[Span]) -> list[Span]:
    """ "the [Tasnim] news agency", "the official [IRNA news agency]": the agency's name, as an organisation."""
    out = []
    for span in spans:
        doc = span.doc
        if len(span) > 2 and span[-2].lower_ == "news" and span[-1].lower_ == "agency" and span.label_ == "ORG":
            span = Span(doc, span.start, span.end - 2, label="ORG")
        elif (
            span.end + 1 < len(doc)
            and doc[span.end].lower_ == "news"
            and doc[span.end + 1].lower_ == "agency"
            and span.label_ in ("PERSON", "GPE", "NORP", "ORG")
            and all(t.is_title or t.is_upper for t in span)
        ):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _coordinated_people(doc: Doc, covered: set[int], spans: list[Span]) -> list[Span]:
    """ "Reps. Mike Gallagher and [Raja Krishnamoorthi]": two or three capitalised proper nouns nobody labelled, joined
    by "and" to a person's name, the parser hanging them on it, are the next person of the pair."""
    out = []
    for span in spans:
        if span.label_ != "PERSON" or span.end + 3 > len(doc) or doc[span.end].lower_ != "and":
            continue
        j = span.end + 1
        while j < len(doc) and j - span.end <= 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and j not in covered:
            if doc[j].ent_type_ and doc[j].ent_type_ != "PERSON":
                break
            j += 1
        run = doc[span.end + 1 : j]
        after = doc[j] if j < len(doc) else None
        if not 2 <= len(run) <= 3 or (after is not None and after.pos_ == "PROPN"):
            continue
        if run.root.dep_ == "conj" and span.start <= run.root.head.i < span.end:
            out.append(Span(doc, run.start, run.end, label="PERSON"))
    return out


def _joined_to_person(spans: list[Span], k: int) -> bool:
    """The NER's place or body of two or three capitalised proper nouns, joined by "and" to the person's name just
    before it and hung on it by the parser: the next person of the pair."""
    span = spans[k]
    if k == 0 or spans[k - 1].label_ != "PERSON" or not 2 <= len(span) <= 3:
        return False
    prev, doc = spans[k - 1], span.doc
    if span.start != prev.end + 1 or doc[prev.end].lower_ != "and":
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in span):
        return False
    return span.root.dep_ == "conj" and prev.start <= span.root.head.i < prev.end


def _titled_people(doc: Doc, covered: set[int]) -> list[Span]:
    """A name the NER missed after a capitalised title: "Deputy Superintendent [Deepak Raj Awasthi],".

    Two to four capitalised proper nouns nobody labelled, right after a title head word."""
    gaz = get_gazetteer()
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        honoured = tok.text in gaz.honorifics  # "the Hon [Tony Burke] MP" (capitalised: is_title below)
        if (
            tok.is_title
            and (tok.lower_ in gaz.title_heads or gaz.is_title_word(tok.text) or honoured)
            and i + 1 < len(doc)
        ):
            j = i + 1
            while j < len(doc) and j - i <= 4 and j not in covered and doc[j].pos_ == "PROPN" and doc[j].is_title:
                if gaz.is_title_word(doc[j].text) or doc[j].ent_type_ or doc[j].text in gaz.honorifics:
                    break
                j += 1
            nxt = doc[j] if j < len(doc) else None
            if (
                2 <= j - i - 1 <= 4
                and (nxt is None or nxt.pos_ != "PROPN" or nxt.text in POST_NOMINALS)
                and not any(k in covered for k in range(i + 1, j))
            ):
                out.append(Span(doc, i + 1, j, label="PERSON"))
                i = j
                continue
        i += 1
    return out


def _names_with_titles_after(doc: Doc, covered: set[int]) -> list[Span]:
    """A name the NER missed with a person's title in apposition: "Anton Gorelkin, deputy head of ..."."""
    gaz = get_gazetteer()
    out = []
    for i, j in _capitalised_runs(doc, covered, 3):
        if j - i >= 2 and j < len(doc) and doc[j].text == "," and (i == 0 or doc[i - 1].pos_ != "PROPN"):
            last = doc[j - 1]
            appos = [c for c in last.children if c.dep_ == "appos" and c.i > j]
            if any(a.lemma_.lower() in _PERSON_TITLES or a.lower_ in gaz.title_heads for a in appos):
                if not any(gaz.is_title_word(doc[k].text) for k in range(i, j)):
                    out.append(Span(doc, i, j, label="PERSON"))
    return out


def _capitalised_runs(doc: Doc, covered: set[int], longest: int):
    """(start, end) of each run of up to ``longest`` title-case proper nouns no earlier span covers, left to right
    (an empty run where a word starts none); every word is in one run."""
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < longest and j not in covered and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        yield i, j
        i = max(j, i + 1)


def _names_before_who(doc: Doc, covered: set[int]) -> list[Span]:
    """A name the NER missed that a relative "who" describes: "[Jane Roe], who heads the X Foundation, said ...".

    Two to four capitalised proper nouns nobody labelled, opening a clause or after a comma, right before ", who":
    "who" stands for a person, never a body or a place."""
    gaz = get_gazetteer()
    out = []
    for i, j in _capitalised_runs(doc, covered, 4):
        if (
            j - i >= 2
            and j + 1 < len(doc)
            and doc[j].text == ","
            and doc[j + 1].lower_ == "who"
            and (
                i == 0
                or doc[i - 1].is_sent_end
                or doc[i - 1].is_punct
                or doc[i].is_sent_start
                or _lower_title(doc[i - 1])
            )
            and not any(doc[k].ent_type_ or gaz.is_title_word(doc[k].text) for k in range(i, j))
            and _who_tells_a_person(Span(doc, i, j))
        ):
            out.append(Span(doc, i, j, label="PERSON"))
    return out


def _lower_title(tok) -> bool:
    """A person's job written in lower case right before the name ("digital rights lawyer [Jane Roe], who ...")."""
    return (
        tok.is_lower
        and tok.pos_ == "NOUN"
        and (tok.lemma_ in _PERSON_TITLES or tok.lower_ in get_gazetteer().title_heads)
    )


def _who_follows(span: Span) -> bool:
    """ "Nighat Dad, who heads the X", "Le Quang Tu Do, who heads the Y": a proper name (no body's head word in it, no
    known name) that a relative clause opened by "who" describes is a person's."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "who":
        return False
    if doc[span.end + 2].pos_ not in ("VERB", "AUX", "ADV"):
        return False
    if span.start > 0 and (doc[span.start - 1].pos_ in ("ADP", "DET") or doc[span.start - 1].text in ("'s", "\u2019s")):
        return False  # "the Minister of State for [Media Affairs], who also serves as ...": a portfolio, not the name
    clause = doc[span.end + 1].head
    if clause.dep_ != "relcl" or not span.start <= clause.head.i < span.end:
        return False
    if any(t.lower_ in _INSTITUTION_HEADS | _COORDINATED_HEADS for t in span):
        return False
    return get_gazetteer().lookup(span.text) is None and _who_tells_a_person(span)


def _who_tells_a_person(span: Span) -> bool:
    """The relative "who" right after the name ("<name>, who ...") stands for a person, not a body (British English
    writes "who" of organisations too: "Big Brother Watch, who have campaigned ...", "Tech Nation, who advise ...").

    No plural verb in the clause; no organisation word closing the name; and a sign of a person: the clause tells a
    person's office ("who heads the X Foundation", "who is a lecturer at Y") or the text reads the name's last word as
    a person elsewhere."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if not words or words[-1].lower_ in lexicon_words("actors", "org_name_words"):
        return False
    if span.end + 1 >= len(doc) or doc[span.end + 1].lower_ != "who":
        return False
    verb = doc[span.end + 1].head
    if verb.i == span.end + 1:
        return False
    told = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ == "VBP" or t.lower_ == "were" for t in told):
        return False  # "who have campaigned", "who advise start-ups": a plural, a body's
    if verb.lemma_.lower() in lexicon_words("actors", "person_clause_verbs"):
        return True
    gaz = get_gazetteer()
    if verb.lemma_ == "be" and any(
        c.dep_ == "attr" and (c.lemma_.lower() in _PERSON_TITLES or c.lower_ in gaz.title_heads) for c in verb.children
    ):
        return True  # "who is a senior lecturer at ...", "who was the agency's director"
    last = words[-1].text
    return any(
        ent.label_ == "PERSON" and (ent.end <= span.start or ent.start >= span.end) and any(t.text == last for t in ent)
        for ent in doc.ents
    )  # "Dana Veyra, who ... said. Veyra added ..." with the NER reading the name a person there


def _names_after_portfolios(doc: Doc, covered: set[int]) -> list[Span]:
    """A name the NER missed between a long title and its verb: "Minister of State for Electronics and IT [Rajeev
    Chandrasekhar] said", "Secretary for Home Affairs [Jane Doe] told reporters".

    Two or three capitalised proper nouns nobody labelled, right before a verb (or the comma closing a fronted phrase:
    "According to Secretary of State for Digitalisation [Jane Doe], the ban ..."), after a title head word a few
    words back with no verb or punctuation between."""
    gaz = get_gazetteer()
    out = []
    for sent in doc.sents:
        for v in sent:
            if not (v.pos_ in ("VERB", "AUX") or v.text == ",") or v.i < sent.start + 3:
                continue
            if v.text == "," and (
                doc[v.i - 1].lower_ in _PORTFOLIO_FIELDS
                or (v.i + 1 < len(doc) and doc[v.i + 1].pos_ == "PROPN" and doc[v.i + 1].is_title)
            ):
                continue  # "Minister for Civil Defence, Carl-Oskar Bohlin, said": the portfolio, the name after it
            i = v.i
            while (
                i - 1 >= sent.start
                and v.i - i < 3
                and doc[i - 1].pos_ == "PROPN"
                and doc[i - 1].is_title
                and i - 1 not in covered
                and not doc[i - 1].ent_type_
            ):
                i -= 1  # not into the portfolio the NER took for a body ("... and [Information Technology] Jane Roe")
            if not 2 <= v.i - i <= 3 or any(k in covered or doc[k].ent_type_ for k in range(i, v.i)):
                continue
            if v.text == "," and not _name_after_portfolio_word(doc, i, v.i):
                # "According to the Secretary of State for Energy Security and [Net Zero], ...", "... for [Levelling
                # Up], ...": the portfolio's last field, no name; a holder's name follows a portfolio word
                continue
            if any(gaz.is_title_word(doc[k].text) or doc[k].lower_ in _INSTITUTION_HEADS for k in range(i, v.i)):
                continue
            if any(doc[k].lower_ in _HEADLINE_VERBS for k in range(i - 1, v.i)):
                continue  # "Governor X Issues Directive Barring ...": a title-case headline, no name before its verb
            for k in range(i - 1, max(sent.start, i - 9) - 1, -1):
                tok = doc[k]
                if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
                    break
                if tok.is_title and tok.lower_ in gaz.title_heads and tok.pos_ in ("NOUN", "PROPN"):
                    if k < i - 1:  # a portfolio between the title and the name
                        out.append(Span(doc, i, v.i, label="PERSON"))
                    break
    return out


def _name_after_portfolio_word(doc: Doc, i: int, end: int) -> bool:
    """ "Secretary of State for [Digitalisation Anna Peeters],": before the comma closing a fronted phrase, two words
    or more of a name after a capitalised portfolio word (in the run or right before it), not a field after "and",
    "for" or "of" ("... for Energy Security and [Net Zero],", "... for [Levelling Up],")."""
    start = i + 1 if doc[i].lower_ in _PORTFOLIO_FIELDS else i
    return (
        end - start >= 2
        and doc[start - 1].is_title
        and doc[start - 1].lower_ not in ("and", "for", "of")
        and not any(doc[k].lower_ in _PORTFOLIO_FIELDS for k in range(start, end))
    )


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_NUMBERED_BODIES = {"court", "circuit", "district", "army", "fleet", "corps", "division", "chamber", "regiment"}


def _with_ordinal(span: Span) -> Span:
    """ "the [9th] U.S. Circuit Court of Appeals", "the 2nd Chamber": the ordinal is part of a numbered body's name."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or not _ORDINAL.match(doc[span.start - 1].text):
        return span
    if not any(t.lower_ in _NUMBERED_BODIES for t in span):
        return span
    return Span(doc, span.start - 1, span.end, label=span.label_, kb_id=span.kb_id_)


# The head of a numbered court's name: "the Ankara 4th Criminal Court of Peace", "the Istanbul 8th Criminal Judgeship
# of Peace" (Turkey's sulh ceza hakimliği, told in English by either word)
_NUMBERED_COURTS = {"Court", "Judgeship"}


def _numbered_court_name(rest: str) -> bool:
    """ "1st Criminal Judgeship of Peace", "4th Criminal Court of Peace": what follows a seat in a numbered court's
    name (an ordinal, then the court)."""
    words = rest.split()
    return bool(words) and _ORDINAL.match(words[0]) is not None and bool(_NUMBERED_COURTS & set(words))


def _seated_numbered_courts(spans: list[Span], method: dict) -> list[Span]:
    """ "the [Ankara] 4th Criminal Court of Peace", "the [Istanbul] 2nd Commercial Court of First Instance": a city
    right before a numbered court names the court's seat and is part of its name (not a place of its own), whether
    or not the NER found the court; a country or a demonym before the number is no seat."""
    if not spans:
        return spans
    doc = spans[0].doc
    gaz = get_gazetteer()
    out: list[Span] = []
    until = -1
    for span in spans:
        if span.start < until:
            continue  # the NER's "[4th Criminal Court of Peace]", now inside the court's whole name
        place = re.sub(r"^(?:the|The) ", "", span.text)
        known = gaz.lookup(place, ("Jurisdiction",))
        if (
            span.label_ in ("GPE", "LOC")
            and span.end + 2 < len(doc)
            and _ORDINAL.match(doc[span.end].text)
            and all(t.is_title and t.pos_ == "PROPN" for t in span if t.lower_ != "the")
            and (known is None or known.type != "country")
            and place not in gaz.demonyms
        ):
            k = span.end + 1
            while k < len(doc) and k < span.end + 5 and doc[k].is_title and doc[k].text not in _NUMBERED_COURTS:
                k += 1
            if k < len(doc) and doc[k].text in _NUMBERED_COURTS:
                end = k + 1
                tails = lexicon_words("actors", "court_name_tails")
                if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in tails:
                    end += 1  # "of Peace", "of First Instance", "of Appeal"; not "of Appeal Judge Marie Dupont"
                    while end < len(doc) and end < k + 5 and doc[end].lower_ in tails:
                        end += 1
                out.append(Span(doc, span.start, end, label="ORG"))
                method[(span.start, end)] = "ner"
                until = end
                continue
        out.append(span)
    return out


def _listed_with_people(spans: list[Span], k: int) -> bool:
    """A proper name enumerated with people is a person: "Nusrat Ghani, Iain Duncan Smith and Tom Tugendhat"."""
    span = spans[k]
    # "LaHood", "McCarthy": capitalised, if not title-case
    if (
        not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not (t.is_upper and len(t.text.rstrip(".")) > 1)
            for t in span
        )
        or not 2 <= len(span) <= 4
    ):
        return False
    doc = span.doc
    for j in (k - 1, k + 1):
        if not 0 <= j < len(spans) or spans[j].label_ != "PERSON":
            continue
        left, right = (spans[j], span) if j < k else (span, spans[j])
        between = [t.text for t in doc[left.end : right.start]]
        if between and all(w in (",", "and") or w in get_gazetteer().honorifics for w in between):
            return True
    return False


_INSTITUTION_HEADS = {
    "commission", "authority", "agency", "ministry", "department", "council", "office", "board", "court",
    "committee", "service", "bureau", "directorate", "institute", "parliament", "assembly", "tribunal",
    "administration", "regulator", "secretariat", "inspectorate", "corporation", "company", "group",
}  # fmt: skip


def _extend_institutions(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """Widen NER ORG spans cut before their head noun: "[Personal Information Protection] Commission".

    The head may be untagged or a lone ambiguous gazetteer word ("Commission"), which is then absorbed.
    """
    out: list[Span] = []
    out_hows: list[str] = []
    skip = -1
    for k, span in enumerate(spans):
        if k == skip:
            continue
        doc, end = span.doc, span.end
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if span.label_ == "ORG" and hows[k] == "ner":
            span = _extend_left(span, spans[k - 1].end if k > 0 else 0)
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.end == span.start
                and prev.label_ == "GPE"
                and span[0].lower_ in _INSTITUTION_HEADS
                and span[0].lower_ not in ("court", "parliament", "assembly")
            ):
                # "[Texas] [Department of Information Resources]": the state names its own department
                out[-1] = Span(doc, prev.start, span.end, label="ORG")
                out_hows[-1] = "ner"
                continue
        if span.label_ == "ORG" and hows[k] == "ner" and end < len(doc):
            tok = doc[end]
            absorbed = nxt is not None and nxt.start == end and len(nxt) == 1
            free = nxt is None or nxt.start > end
            if tok.is_title and tok.lower_ in _INSTITUTION_HEADS and (free or absorbed):
                span = Span(doc, span.start, end + 1, label=span.label)
                if absorbed:
                    skip = k + 1
        if span.label_ == "ORG" and hows[k] == "ner" and span[-1].lower_ in _INSTITUTION_HEADS:
            tail = _numbered_division(doc, span.end)
            if tail and (nxt is None or nxt.start >= tail):
                span = Span(doc, span.start, tail, label=span.label)  # "Federal Regional Court of the 2nd Region"
        out.append(span)
        out_hows.append(hows[k])
    return out, out_hows


_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth"}  # fmt: skip
_DIVISIONS = {"region", "circuit", "district", "division", "chamber", "section", "zone", "department", "panel"}


def _numbered_division(doc: Doc, i: int) -> int | None:
    """The end of "of the 2nd Region", "for the Ninth Circuit" starting at token ``i``: a numbered division that ends
    a court's or body's name."""
    if i + 3 >= len(doc) or doc[i].lower_ not in ("of", "for") or doc[i + 1].lower_ != "the":
        return None
    num, head = doc[i + 2], doc[i + 3]
    ordinal = re.fullmatch(r"\d+(?:st|nd|rd|th)", num.lower_) or num.lower_ in _ORDINAL_WORDS
    if not ordinal or head.lower_ not in _DIVISIONS or not head.is_title:
        return None
    return i + 4


_BODY_NAME_HEADS = {
    "court", "department", "ministry", "office", "agency", "commission", "authority", "bureau", "directorate",
    "committee", "council", "board", "administration", "inspectorate", "secretariat", "tribunal", "society",
    "association", "federation", "union", "foundation", "chamber", "league",
}  # fmt: skip
_NAME_PART_TYPES = {"", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _name_run(doc: Doc, j: int, starts: dict[int, int], *, spans_ok: bool) -> int:
    """End of the capitalised name words from ``j`` ("District", "High-tech Crime Prevention"), taking in whole the
    place or body spans that start there when ``spans_ok`` ("of [Montana]", "for [the Ninth Circuit]")."""
    m = j
    while m < len(doc):
        t = doc[m]
        if m in starts:
            if not spans_ok:
                return j
            m = starts[m]
            continue
        if t.is_title and t.is_alpha and not t.is_sent_start and t.ent_type_ in _NAME_PART_TYPES:
            m += 1
            continue
        if t.text == "-" and m > j and not doc[m - 1].whitespace_ and not t.whitespace_ and m + 1 < len(doc):
            if doc[m + 1].is_alpha:
                m += 2  # "High-tech"
                continue
        break
    return m


def _named_for(span: Span) -> bool:
    """ "Department of Cybersecurity": a body's head word followed by what it is for."""
    doc = span.doc
    return any(
        t.lower_ in _BODY_NAME_HEADS and t.i + 1 < span.end and doc[t.i + 1].lower_ in ("of", "for") for t in span
    )


def _listed_portfolio(doc: Doc, j: int, starts: dict[int, int], fields: dict[int, int]) -> int:
    """End of "Industry and Energy" after "Ministry of Trade,": capitalised fields, the last after "and", then no
    other capitalised word. ``j`` when the words after the comma are no such list."""
    m = j
    seen_and = False
    while m < len(doc) and m < j + 8:
        t = doc[m]
        if m in fields:
            m = fields[m]  # "[Energy]" the NER called a body
            continue
        if m in starts:
            return j  # "Ministry of Trade, Google and Apple": other names, not fields
        if t.is_title and t.is_alpha and t.ent_type_ not in ("PERSON", "GPE", "DATE"):
            m += 1
        elif t.text == "," and m > j and not seen_and:
            m += 1
        elif t.lower_ == "and" and m > j and not seen_and and m + 1 < len(doc) and doc[m + 1].is_title:
            seen_and = True
            m += 1
        else:
            break
    if not seen_and or doc[m - 1].lower_ == "and" or (m < len(doc) and doc[m].is_title):
        return j
    return m


def _extend_body_names(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """A body's name the NER cut after its head word or at an "and": "[District Court] for the District of
    Montana", "[Montana Department] of Justice", "[Department of Cybersecurity] and High-tech Crime Prevention"."""
    if not spans:
        return spans, hows
    doc = spans[0].doc
    titles = get_gazetteer().title_heads
    starts: dict[int, int] = {}
    portfolio: dict[int, int] = {}  # "[Digital Economy]": an untagged-looking field the NER called a body
    for s, how in zip(spans, hows, strict=True):
        if s.label_ in ("GPE", "LOC", "ORG"):
            starts[s.start] = s.end
            if s[0].lower_ == "the" and len(s) > 1:
                starts[s.start + 1] = s.end
            if s.label_ == "ORG" and how == "ner" and s[0].lower_ != "the" and not _named_for(s):
                if s[-1].lower_ not in _BODY_NAME_HEADS | _INSTITUTION_HEADS:
                    portfolio[s.start] = s.end
    gaz = get_gazetteer()
    out: list[Span] = []
    out_hows: list[str] = []
    until = -1
    for k, span in enumerate(spans):
        if span.start < until:
            continue  # taken into the body's name before it
        # an ambiguous gazetteer name ("High Court", "Ministry of Information") may be only the start of the name
        contextual = hows[k] == "gazetteer" and not any(r.how == ALIAS for r in gaz.candidates(span.ent_id_))
        open_name = span.label_ == "ORG" and (hows[k] == "ner" or contextual)
        if open_name and span[-1].lower_ in _BODY_NAME_HEADS | {"appeals"}:
            named = False
        elif open_name and _named_for(span):
            named = True  # "Department of Cybersecurity": may go on after "and"
        else:
            out.append(span)
            out_hows.append(hows[k])
            continue
        end = span.end
        while end < len(doc):
            w = doc[end].lower_
            if w in ("of", "for"):
                j = end + 1
                if j < len(doc) and doc[j].lower_ == "the" and j not in starts:
                    j += 1
                m = _name_run(doc, j, starts, spans_ok=True)
            elif w == "," and named and _listed_portfolio(doc, end + 1, starts, portfolio) > end + 1:
                j = end + 1
                m = _listed_portfolio(doc, j, starts, portfolio)  # "Ministry of Trade[, Industry and Energy]"
            elif w == "and" and named:
                j = end + 1
                m = portfolio[j] if j in portfolio else _name_run(doc, j, starts, spans_ok=False)
                after = doc[m] if m < len(doc) else None
                if (
                    m == j
                    or any(t.lower_ in titles for t in doc[j:m])
                    or (after is not None and (after.is_title or after.lower_ in ("of", "and")))
                ):
                    break  # "the Department of Justice and Commerce Secretary X": another name follows
            else:
                break
            if m == j:
                break
            end, named = m, True
        if end > span.end:
            start = span.start
            prev = out[-1] if out else None
            if prev is not None and prev.end == start and prev.label_ == "GPE" and prev[0].lower_ != "the":
                start = prev.start  # "the [U.S.] [District Court] for the District of X": the place is in the name
                out.pop()
                out_hows.pop()
            span = Span(doc, start, end, label="ORG")
            until = end
            out.append(span)
            out_hows.append("ner")  # a longer name than the gazetteer's: resolved as a name of its own
            continue
        prev = out[-1] if out else None
        if (
            hows[k] == "ner"
            and not named
            and prev is not None
            and prev.end == span.start
            and prev.label_ == "GPE"
            and prev[0].lower_ != "the"
            and out_hows[-1] == "gazetteer"
            and span[0].is_title
            and span[0].lower_ not in _BODY_NAME_HEADS
            and span.text not in gaz.generic_institutions
            # "the Philippines [President's Communications Office]": the country's president's office, the country no
            # part of its name ("U.S." still opens "the U.S. Attorney's Office")
            and not (len(span) > 1 and span[1].tag_ == "POS" and all(t.is_alpha for t in prev))
        ):
            # "in [U.S.] [District Court] in Missoula": the place is part of a court's or a body's name (a generic
            # "[Kenya] [High Court]" is left to the generic institutions)
            span = Span(doc, prev.start, span.end, label="ORG")
            out[-1] = span
            out_hows[-1] = "ner"
            continue
        out.append(span)
        out_hows.append(hows[k])
    return out, out_hows


def _after_portfolio_title(span: Span) -> bool:
    """The span follows a minister's title and its "of"/"for", with only capitalised words and "and" or commas between:
    "Minister of [Digital Affairs]", "Minister for Transport, [Maritime Affairs] and Communications"."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text not in (",", ")") and doc[span.end].lower_ != "and":
        return False  # "Minister for [Digital Affairs Ilse Marchetti] said": the holder's name run into it
    if span.start > 0 and doc[span.start - 1].text == ",":
        return False  # "The Minister for Communications, [Leah Harcourt],": the holder named in apposition
    i = span.start - 1
    while i >= max(span.sent.start, span.start - 6) and (
        doc[i].lower_ in ("and", ",") or (doc[i].text[:1].isupper() and doc[i].lower_ not in PORTFOLIO_TITLES)
    ):
        i -= 1
    return i > span.sent.start and doc[i].lower_ in ("of", "for") and doc[i - 1].lower_ in PORTFOLIO_TITLES


def _courts_in_cities(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """ "[The Administrative Court] in [Stockholm]": a court named with the city it sits in (not a country: "the
    Supreme Court in Brazil" is Brazil's) is one body, the city no entity of its own; the name with its city is an
    alias (see ``annotate``)."""
    gaz = get_gazetteer()
    out, out_hows = [], []
    skip = -1
    for k, span in enumerate(spans):
        if k == skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        doc = span.doc
        if (
            nxt is not None
            and span.label_ == "ORG"
            and hows[k] == "ner"
            and _ends_in_court(span)
            and nxt.start == span.end + 1
            and doc[span.end].lower_ == "in"
            and nxt.label_ in ("GPE", "LOC")
            and all(t.is_title for t in nxt)
            and (nxt.end >= len(doc) or doc[nxt.end].text != ",")
        ):
            place = gaz.lookup(nxt.text, ("Jurisdiction",))
            if place is None or place.type != "country":
                out.append(span)  # the city is the court's (its full name an alias, see ``annotate``), no place
                out_hows.append(hows[k])
                skip = k + 1
                continue
        out.append(span)
        out_hows.append(hows[k])
    return out, out_hows


def _given_names_joined(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """ "[Nusrat](GPE) [Jahan](PERSON) refreshed her page", where "Nusrat" is a person elsewhere in the story: one
    person's name the NER split, not a place and a surname. So too a known name opening a name that a title or a
    "who" clause in apposition tells a person's: "[Sudan](GPE) [Gurung](PERSON), who heads the group", "[Tor](PRODUCT)
    [Inge Lunde](PERSON), chief union representative": a given name spelt like a country or a product."""
    person_words = {t.text for s in spans if s.label_ == "PERSON" for t in s if t.is_title}
    gaz = get_gazetteer()
    out, out_hows = [], []
    for span, how in zip(spans, hows, strict=True):
        prev = out[-1] if out else None
        if (
            prev is not None
            and span.label_ == "PERSON"
            and prev.end == span.start
            and prev.label_ in ("GPE", "LOC", "NORP", "ORG", "PRODUCT")
            and len(prev) == 1
            and (
                (out_hows[-1] == "ner" and prev.text in person_words and gaz.lookup(prev.text) is None)
                or _given_name_before(prev[0], span)
            )
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
            out_hows[-1] = "ner"
            continue
        out.append(span)
        out_hows.append(how)
    return out, out_hows


def _given_name_before(tok: Token, span: Span) -> bool:
    """A capitalised word right before a person's name, no mark between, that the parser joins to the name as its
    compound, where the name is told a person's by a title or a "who" clause in apposition after it. Not a place
    after a preposition ("In Ghana Sam George, the minister, said": where, then who)."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return (
        (before is None or before.pos_ not in ("ADP", "DET"))
        and tok.is_title
        and tok.pos_ in ("PROPN", "NOUN")  # the tagger reads a known product's name as a noun: "Tor"
        and not get_gazetteer().is_title_word(tok.text)
        and tok.dep_ == "compound"
        and span.start <= tok.head.i < span.end
        and tok.whitespace_
        and (_titled_after(span) or _titled_after(Span(span.doc, tok.i, span.end, label="PERSON")))
        and _own_body_beside(tok, span)
    )


def _own_body_beside(tok: Token, span: Span) -> bool:
    """The apposition or "who" clause after the name names, by another proper name, the body the person serves:
    "[Tor] Inge Lunde, chief union representative for Fagforbundet", "[Sudan] Gurung, who heads the youth group Hami
    Nepal". Then the known name before is no employer or home of the person and may be the given name. Where the
    apposition names no body of its own, or only refers back ("Signal Meredith Whittaker, the app's president",
    "Telegram Pavel Durov, who founded the app", "Texas Ken Paxton, the attorney general"), the word before the name
    is the person's company, product or place, written ahead of the name as news does: the two stay apart."""
    gaz = get_gazetteer()
    head = span.root
    for clause in head.children:
        if clause.i < span.end or clause.dep_ not in ("appos", "relcl"):
            continue
        for t in clause.subtree:
            if (
                t.pos_ == "PROPN"
                and t.is_title
                and t.lower_ != tok.lower_
                and t.ent_type_ not in ("NORP", "DATE", "TIME", "PERSON")
                and not gaz.is_title_word(t.text)
            ):
                return True
    return False


def _without_portfolio_word(span: Span) -> Span:
    """ "Minister of Digital [Affairs Huang Yen-nun]": the portfolio's last word the NER took into the name after a
    title "X of/for Y ..."; the name starts after it."""
    doc = span.doc
    gaz = get_gazetteer()
    if (
        len(span) >= 3
        and span.start >= 3
        and doc[span.start - 1].lower_ == "the"
        and doc[span.start - 2].lower_ in ("of", "for")
        and doc[span.start - 3].lower_ in gaz.title_heads
        and _portfolio_word(span[0], doc[span.start - 3])
    ):
        return Span(doc, span.start + 1, span.end, label=span.label_)  # "Minister of the [Interior Jane Doe]"
    if len(span) < 3 or span.start < 3 or not doc[span.start - 1].is_title:
        return span
    if span[0].lower_ not in _PORTFOLIO_FIELDS and span[0].tag_ != "NNPS":
        return span  # "State Secretary for Digitalisation [Alexandra van Huffelen]": the portfolio ends before the name
    for k in range(span.start - 2, max(span.sent.start, span.start - 5) - 1, -1):
        tok = doc[k]
        if tok.lower_ in ("of", "for") and k > 0 and doc[k - 1].lower_ in gaz.title_heads:
            if span[0].tag_ != "NNPS" and not _portfolio_word(span[0], doc[k - 1]):
                return span
            return Span(doc, span.start + 1, span.end, label=span.label_)
        if not tok.is_title:
            return span
    return span


def _drop_portfolios(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """ "[Digital] Affairs Minister X", "Transport and [Infrastructure] Minister X": a portfolio, not a body."""
    out, out_hows = [], []
    gaz = get_gazetteer()
    for span, how in zip(spans, hows, strict=True):
        # "[Home Affairs] Minister X": a body's short name the gazetteer knows only in context, with no head word of
        # a body in it, is the minister's portfolio there
        headless = (
            how == "gazetteer"
            and not any(t.lower_ in _INSTITUTION_HEADS for t in span)
            and any(r.how == CONTEXTUAL for r in gaz.candidates(span.ent_id_))
        )
        if (how == "ner" or headless) and span.label_ == "ORG":
            doc = span.doc
            j = span.end
            while (
                j < len(doc)
                and j < span.end + 3
                and (doc[j].text[:1].isupper() or doc[j].lower_ == "and")
                and doc[j].lower_ not in PORTFOLIO_TITLES
            ):
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ in PORTFOLIO_TITLES and doc[j + 1].ent_type_ == "PERSON":
                continue
            if headless and j == span.end and j < len(doc) and doc[j].lower_ in PORTFOLIO_TITLES:
                continue  # "deemed a risk by the [Home Affairs] Minister": the office, named or not
            if (
                j < len(doc)
                and doc[j].lower_ in PORTFOLIO_TITLES
                and doc[j].dep_ == "appos"
                and doc[j].head.ent_type_ == "PERSON"
            ):
                continue  # "X, the [Biometrics] and Surveillance Camera Commissioner": the title after the name
            if how == "ner" and _after_portfolio_title(span):
                continue  # "Minister of Cybersecurity and [Digital Technology], X": the rest of the portfolio
            if how == "ner" and _listed_portfolio_of_holder(span):
                continue  # "X, then [Transport], [Maritime Affairs] and Communications Minister, said"
        out.append(span)
        out_hows.append(how)
    return out, out_hows


def _portfolio_list_title(tok):
    """The minister's title that closes the list of portfolios `tok` heads or is listed in ("Transport, Maritime
    Affairs and Communications Minister" told in apposition to a name), or None."""
    top = tok
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.dep_ != "appos":
        return None
    doc = tok.doc
    for c in (top, *top.conjuncts):
        if c.i > tok.i and c.lower_ in PORTFOLIO_TITLES and (c.i + 1 == len(doc) or doc[c.i + 1].text in (",", ".")):
            return c
    return None


def _listed_portfolio_of_holder(span: Span) -> bool:
    """ "Ahmet Yilmaz, then [Transport], [Maritime Affairs] and Communications Minister, said": capitalised fields
    the NER took for bodies, listed before the minister's title in apposition to a name, are the portfolio."""
    if any(t.lower_ in _INSTITUTION_HEADS for t in span):
        return False
    return _portfolio_list_title(span.root) is not None


_PLACE_PREFIXES = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New"}
_CAMPUS_HEADS = {"university", "college"}


def _with_campus(span: Span) -> Span:
    """ "[the University of Texas] at Dallas": a university's campus named by its city is part of its name (and
    "System" after it: the university system)."""
    doc = span.doc
    end = span.end
    if span.label_ != "ORG" or not any(t.lower_ in _CAMPUS_HEADS for t in span) or end + 1 >= len(doc):
        return span
    if doc[end].text == "System":  # "[the University of Alabama] System": the system of campuses, a body of its own
        return Span(doc, span.start, end + 1, label="ORG")
    if doc[end].lower_ != "at" or doc[end + 1].tag_ != "NNP" or not doc[end + 1].is_title:
        return span  # (the city may be taken for a person: "at Madison")
    stop = end + 2
    while stop < len(doc) and doc[stop].tag_ == "NNP" and doc[stop].is_title and doc[stop].ent_iob_ == "I":
        stop += 1
    return Span(doc, span.start, stop, label="ORG")


def _join_place_names(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """Rejoin a body named after a place that the place's own span cut: "[the University of] [Oklahoma]".

    The NER span ends on "of" (a name never does); the next span, right after it, is the place.
    """
    out: list[Span] = []
    out_hows: list[str] = []
    skip = -1
    campus_end = -1
    for k, span in enumerate(spans):
        if k == skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if (
            span.label_ == "ORG"
            and hows[k] == "ner"
            and len(span) >= 2
            and span[-1].lower_ in ("of", "for", "and")
            and nxt is not None
            and nxt.start == span.end
            and (nxt.label_ in ("GPE", "LOC") or (nxt.label_ == "ORG" and hows[k + 1] == "ner"))
        ):  # also "[the Authority for Electronic and] [Postal Communications]": a name never ends on "and"
            span = Span(span.doc, span.start, nxt.end, label="ORG")
            skip = k + 1
        elif (
            span.label_ == "ORG"
            and hows[k] == "ner"
            and len(span) >= 3
            and span[-1].text in _PLACE_PREFIXES
            and span[-2].lower_ == "of"
            and nxt is not None
            and nxt.start == span.end
            and nxt.label_ in ("GPE", "LOC")
        ):  # "[the University of North] [Texas]": the NER cut the place's own first word off
            span = Span(span.doc, span.start, nxt.end, label="ORG")
            skip = k + 1
        if span.start < campus_end:
            continue  # the campus city the name before took in
        campus = _with_campus(span)
        if campus.end > span.end:
            span, campus_end = campus, campus.end
        out.append(span)
        out_hows.append(hows[k])
    return out, out_hows


_COORDINATED_HEADS = {
    "association", "society", "institute", "foundation", "council", "commission", "authority", "agency", "service",
    "centre", "center", "network", "union", "federation", "group", "board", "office", "department", "ministry",
}  # fmt: skip


def _join_coordinated_names(spans: list[Span], hows: list[str]) -> tuple[list[Span], list[str]]:
    """ "[Media] and [Law Studies Association]": one body whose name the NER cut at its "and"."""
    out: list[Span] = []
    out_hows: list[str] = []
    for k, span in enumerate(spans):
        prev = out[-1] if out else None
        doc = span.doc
        if (
            prev is not None
            and prev.label_ == "ORG"
            and span.label_ == "ORG"
            and out_hows[-1] == "ner"
            and hows[k] == "ner"
            and span.start - prev.end == 1
            and doc[prev.end].lower_ in ("and", "&")
            and len([t for t in prev if t.lower_ != "the"]) == 1
            and span[-1].lower_ in _COORDINATED_HEADS
            and span[0].lower_ != "the"
        ):
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
            continue
        i = span.start
        if (
            span.label_ == "ORG"
            and hows[k] == "ner"
            and span[-1].lower_ in _COORDINATED_HEADS
            and i >= 2
            and doc[i - 1].lower_ in ("and", "&")
            and doc[i - 2].is_title
            and not doc[i - 2].ent_type_
            and (prev is None or prev.end <= i - 2)
            and (i == 2 or doc[i - 3].lower_ == "the" or doc[i - 2].is_sent_start)
        ):
            span = Span(doc, i - 2, span.end, label="ORG")  # "the [Internet] and [Law Studies Association]"
        out.append(span)
        out_hows.append(hows[k])
    return out, out_hows


_NAME_CONNECTORS = {"per", "la", "le", "les", "dei", "del", "della", "de", "des", "du", "der", "die", "für", "y", "et"}


def _extend_left(span: Span, limit: int) -> Span:
    """Recover a foreign-language name the NER cut: "Garante per la Protezione dei [Dati Personali]"."""
    doc = span.doc
    start = span.start
    i = start - 1
    while i >= limit:
        tok = doc[i]
        if tok.lower_ in _NAME_CONNECTORS and i > limit:
            i -= 1
            continue
        if tok.ent_type_ and tok.ent_type_ not in ("ORG",):
            break  # "Tuesday", "Britain": another entity, not part of this name
        if tok.is_title and tok.pos_ == "PROPN" and not tok.is_sent_start:
            start = i
            i -= 1
            continue
        if (
            tok.is_title
            and tok.pos_ in ("PROPN", "NOUN")
            and tok.is_sent_start
            and doc[i + 1].lower_ in _NAME_CONNECTORS
        ):
            start = i
        break
    if start == span.start or doc[start].lower_ in _NAME_CONNECTORS:
        return span
    return Span(doc, start, span.end, label=span.label)


_COMPANY_NOUNS = {
    "company", "firm", "startup", "start-up", "consultancy", "carrier", "operator", "conglomerate", "manufacturer",
    "maker", "provider", "retailer",
}  # fmt: skip


_GROUP_NOUNS = {
    "group", "organisation", "organization", "movement", "coalition", "network", "alliance", "charity", "watchdog",
    "collective", "initiative", "project",
}  # fmt: skip


def _names_a_group(span: Span) -> bool:
    """ "the [Agora] human rights group", "the [Memorial] rights group": the name of the group that follows."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        # "[PASTEF], the party of opposition leader X", "[Agora], a rights group": the apposition says what it is
        for t in doc[span.end + 1 : span.end + 5]:
            if (
                t.is_lower
                and t.lemma_ in _GROUP_NOUNS | {"party"}
                and t.dep_ == "appos"
                and t.head.i in range(span.start, span.end)
            ):
                return True
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    k = span.end
    while k < len(doc) and k < span.end + 4 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
        if doc[k].lemma_ in _GROUP_NOUNS:
            return True
        k += 1
    return False


def _group_name_run(doc: Doc, last: int) -> tuple[int, int] | None:
    """The capitalised proper-noun run ending at ``last`` (at most five words)."""
    start = last
    while (
        start - 1 >= 0
        and last - start < 4
        and (doc[start - 1].is_title or doc[start - 1].is_upper)
        and (
            doc[start - 1].pos_ == "PROPN"
            or (doc[start - 1].dep_ in ("compound", "amod") and start <= doc[start - 1].head.i <= last)
        )  # "[Big] Brother Watch": a capitalised adjective inside the name
        and not doc[start].is_sent_start
    ):
        start -= 1
    return start, last + 1


def _mixed_case_name(tok) -> bool:
    """ "SAFEnet", "NetBlocks", "eSafety": a name in capitals and small letters, opening with a capital."""
    text = tok.text
    return text[:1].isupper() and text.isalpha() and any(ch.isupper() for ch in text[1:]) and not text.isupper()


def _group_names(spans: list[Span], method: dict) -> list[Span]:
    """A campaigning group's whole name, which the NER missed or cut, where the text says it is a group:
    "[Big Brother Watch], the civil liberties group", "[Digital Rights Nepal], a civil society group" (not
    "[Digital Rights] [Nepal]"), "the consumer organisation [Euroconsumers]"."""
    if not spans:
        return spans
    doc = spans[0].doc
    runs: list[tuple[int, int]] = []
    for g in doc:
        if g.pos_ != "NOUN" or not g.is_lower or g.lemma_ not in _GROUP_NOUNS | {"association", "foundation"}:
            continue
        head = g.head
        if head.i == g.i or head.pos_ != "PROPN" or not (head.is_title or head.is_upper or _mixed_case_name(head)):
            continue
        if g.dep_ == "appos" and g.i > head.i and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
            runs.append(_group_name_run(doc, head.i))  # "X, the civil liberties group"
        elif g.dep_ == "compound" and head.i == g.i + 1:
            end = head.i + 1  # "the consumer organisation X"
            runs.append((head.i, end))
    for g in doc:  # "the digital rights group X said": the name the parser set beside the group noun
        if g.pos_ != "NOUN" or not g.is_lower or g.lemma_ not in _GROUP_NOUNS | {"association", "foundation"}:
            continue
        name = next((c for c in g.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None or name.left_edge.i != g.i + 1:
            continue
        if all(
            t.pos_ == "PROPN" and (t.is_title or t.is_upper or _mixed_case_name(t)) for t in doc[g.i + 1 : name.i + 1]
        ):
            runs.append((g.i + 1, name.i + 1))
    if not runs:
        return spans
    out = list(spans)
    for start, end in runs:
        if any(doc[k].ent_type_ in ("PERSON", "DATE", "CARDINAL") for k in range(start, end)):
            continue
        inside = [s for s in out if s.start >= start and s.end <= end]
        crossing = [s for s in out if s.start < end and s.end > start and s not in inside]
        if crossing or any(method.get((s.start, s.end)) == "gazetteer" and len(inside) == 1 for s in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue  # the NER had it whole
        out = [s for s in out if s not in inside] + [Span(doc, start, end, label="ORG")]
        method.setdefault((start, end), "ner")
    return sorted(out, key=lambda s: s.start)


_SEATED = {"base", "headquarter", "headquartered", "locate"}


def _named_as_seat(span: Span) -> bool:
    """ "X, based in [Town]", "headquartered in [Town]": the place a body sits, one proper name with no body word."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in _SEATED
        and prep.head.tag_ == "VBN"
        and all(t.pos_ == "PROPN" for t in span)
        and span[-1].lower_ not in _INSTITUTION_HEADS | _COORDINATED_HEADS
    )


def _named_as_company(span: Span) -> bool:
    """ "cybersecurity company [An Tam Security]", "the consultancy [Kestrel Partners]": a body the NER took for a
    person. Not "the company John Smith founded": a verb right after is the name's own clause."""
    doc = span.doc
    if len(span) < 2 or span.start == 0 or doc[span.start - 1].lower_ not in _COMPANY_NOUNS:
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in ("VERB", "AUX")


def _titled(span: Span) -> bool:
    """A proper name right after a singular title is a person: "a TikTok spokeswoman, Brooke Oberwetter"."""
    if not all(t.pos_ == "PROPN" and t.is_title for t in span) or not 2 <= len(span) <= 4:
        return False
    i = span.start - 1
    if i >= 0 and span.doc[i].text == ",":
        i -= 1
    if i < 0:
        return False
    word = span.doc[i].text.lower()
    return word in get_gazetteer().title_heads


# Titles only a person holds (lexicon actors.person_titles): "X, the authority's president" names a person.
_PERSON_TITLES = lexicon_words("actors", "person_titles")


def _titled_after(span: Span) -> bool:
    """A proper name in apposition with a person's title is a person: "Pasquale Stanzione, the authority's president"."""
    # "François-Philippe Champagne": a hyphenated given name is split at its hyphen
    words = [t for t in span if not (t.text == "-" and 0 < t.i - span.start < len(span) - 1 and not t.whitespace_)]
    if not all(t.pos_ == "PROPN" and t.is_title for t in words) or not 2 <= len(words) <= 4:
        return False
    if span.end >= len(span.doc) or span.doc[span.end].text != ",":
        return False
    if _who_follows(span):
        return True  # "Eva Lindström, who heads the regulator's legal department": taken for a body by the NER
    appos = [c for c in span.root.children if c.dep_ == "appos" and c.i > span.end]
    if any(_portfolio_list_title(a) is not None for a in appos):
        return True  # "Ahmet Yilmaz, then Transport, Maritime Affairs and Communications Minister, said"
    if span.label_ != "ORG" and any(a.lemma_.lower() == "member" and a.tag_ == "NN" for a in appos):
        return True  # "Guido Scorza, a member of the authority's board" (a firm may be a member of a body too)
    # "Anita Anand, President of the Treasury Board": the capitalised title is tagged a proper noun (a title that
    # goes on to a name, "X, President Lula said", is someone else's)
    doc = span.doc
    return any(
        (a.lemma_.lower() in _PERSON_TITLES or _compound_title(a))
        and (
            a.tag_ == "NN"
            or (a.tag_ == "NNP" and (a.i + 1 == len(doc) or doc[a.i + 1].lower_ in ("of", "for", "at", ",", ".")))
        )
        for a in appos
    )


_GENERAL_TITLES = _PERSON_TITLES | {"attorney", "solicitor", "inspector", "surgeon"}


def _compound_title(tok) -> bool:
    """ "secretary general", "director general", "attorney general": the title is the compound before "general"."""
    return tok.lower_ == "general" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _GENERAL_TITLES for c in tok.children
    )


def _compound_name(span: Span, covered: set[int]) -> Span | None:
    """The whole name a one-word span opens when it is a compound of the proper nouns after it, particles and joined
    hyphens included ("Jörg Oliveri del Castillo-Schulz"), and the name is followed by a person's title in apposition."""
    doc = span.doc
    tok = span[0]
    if tok.dep_ != "compound" or tok.head.i <= tok.i or tok.head.pos_ != "PROPN" or not tok.is_title:
        return None
    head = tok.head
    for t in doc[tok.i + 1 : head.i + 1]:
        if t.i in covered:
            return None
        hyphen = t.text == "-" and not doc[t.i - 1].whitespace_ and not t.whitespace_
        if not (t.pos_ == "PROPN" and t.is_title) and t.lower_ not in _PARTICLES and not hyphen:
            return None
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    titles = [a for a in head.children if a.dep_ == "appos" and a.i > head.i]
    if not any(a.lemma_.lower() in _PERSON_TITLES or get_gazetteer().is_title_word(a.text) for a in titles):
        return None
    return Span(doc, tok.i, head.i + 1, label="PERSON")


def _given_name_person(span: Span, covered: set[int]) -> Span | None:
    """A one-word place whose name is also a given name (lexicon actors.given_name_places) opening one or two
    capitalised proper nouns the NER left untagged, the last their head: "[Jordan] Peterson", "[Georgia] Wells",
    "[Victoria] Beckham". Not when a word after it makes a place's own name ("Jordan Valley", "Georgia Tech",
    "Victoria Police"), is a title ("Georgia Governor Brian Kemp") or a body's word, or runs on into a longer name.
    Another place's name opens a person's only when a title or a "who" clause in apposition tells the name a
    person's: "[Sudan] Gurung, who heads the youth group"."""
    doc, gaz = span.doc, get_gazetteer()
    tok = span[0]
    if len(span) != 1 or tok.dep_ != "compound":
        return None
    head = tok.head
    if not tok.i < head.i <= tok.i + 2 or head.pos_ != "PROPN":
        return None
    stop = lexicon_words("actors", "place_name_words") | lexicon_words("actors", "org_name_words")
    for t in doc[tok.i + 1 : head.i + 1]:
        if (
            t.i in covered
            or t.pos_ != "PROPN"
            or not t.is_title
            or len(t) < 2
            or t.ent_type_ not in ("", "PERSON")
            or t.lower_ in stop
            or t.lower_ in _INSTITUTION_HEADS | _PLACE_BODY_HEADS
            or gaz.is_title_word(t.text)
            or t.lower_ in gaz.title_heads
        ):
            return None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and (
        (after.pos_ == "PROPN" and after.is_title and after.i not in covered) or after.lower_ in ("of", "for")
    ):
        return None  # "Georgia Power Company", "Kenya Certificate of Secondary Education": a longer name runs on
    if not _in_byline(tok, head) and _title_cased(tok.sent):
        return None  # "Chad Blocks Facebook and WhatsApp Ahead of Election": a headline's capitals tell no names
    named = Span(doc, tok.i, head.i + 1, label="PERSON")
    if tok.lower_ in lexicon_words("actors", "given_name_places") or _given_name_before(tok, named[1:]):
        return named
    return None


def _title_cased(sent: Span) -> bool:
    """A headline set in title case ("Chad Blocks Facebook and WhatsApp Ahead of Election"): nearly every longer
    word capitalised, so capitals tell no names."""
    longer = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(longer) >= 4 and sum(t.is_title or t.is_upper for t in longer) >= 0.8 * len(longer)


def _in_byline(tok: Token, head: Token) -> bool:
    """The name is in a byline opening its sentence: "By Georgia Wells and Chad Smith"."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "By Georgia Wells and [Chad] Smith"
    if first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.i == first.head.sent.start:
        return True
    by = tok.doc[tok.i - 1] if tok.i > 0 else None
    return by is not None and by.lower_ == "by" and by.i == by.sent.start


def _name_after_title(span: Span) -> Span | None:
    """A span the NER took for a body that opens with a person's title and goes on to a name: "[Taoiseach Leo
    Varadkar]", "[Premier Jane Roe]". The name after the title words (two to four capitalised proper nouns, none a
    title word or a body's word, no known entry) is the person's; the title is left before it."""
    doc, gaz = span.doc, get_gazetteer()
    k = span.start
    while k < span.end and doc[k].is_title and (gaz.is_title_word(doc[k].text) or doc[k].lower_ in gaz.title_heads):
        k += 1
    rest = doc[k : span.end]
    if k == span.start or not 2 <= len(rest) <= 4:
        return None
    org_words = _INSTITUTION_HEADS | _COORDINATED_HEADS | lexicon_words("actors", "org_name_words")
    if any(
        t.pos_ != "PROPN"
        or not t.is_title
        or gaz.is_title_word(t.text)
        or t.lower_ in org_words
        or t.lemma_.lower() in org_words
        for t in rest
    ):
        return None
    if gaz.lookup(rest.text) is not None:
        return None  # "Minister [Telecom Egypt]": a known body or place after the title
    return Span(doc, k, span.end, label="PERSON")


def _titled_before(span: Span) -> bool:
    """A proper name set off by commas after a person's title is a person:
    "The Chief Information Officer of Canada, Dominic Rochon, said", "the head of the judiciary, X, ..."."""
    doc = span.doc
    if not all(t.pos_ == "PROPN" and t.is_title for t in span) or not 2 <= len(span) <= 4:
        return False
    if any(t.lower_ in _INSTITUTION_HEADS for t in span):
        return False
    if span.start < 2 or doc[span.start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    heads = get_gazetteer().title_heads
    for i in range(span.start - 2, max(span.sent.start, span.start - 8) - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":"):
            return False
        if tok.lower_ in heads and tok.pos_ in ("NOUN", "PROPN"):
            return True
    return False


# Words of a minister's portfolio, which the NER may run into the holder's name:
# "Vice President for [Strategic Affairs Mohammad Javad Zarif]".
_PORTFOLIO_WORDS = {
    "affairs", "affair", "development", "security", "technology", "economy", "relations", "digitalisation",
    "digitalization", "information", "communications", "communication", "trade", "industry", "justice", "health",
    "defence", "defense", "finance", "interior", "culture", "education", "planning", "innovation", "media",
    "energy", "transport", "infrastructure", "digital", "strategic", "economic", "foreign", "informatics",
}  # fmt: skip
# Fields that also open the names of agencies and associations ("President of [Housing Europe] X", "Chief executive
# of [Investment NSW] X"): a portfolio only after a minister's or secretary's title ("Minister of Agriculture X")
_CABINET_FIELDS = {
    "transformation", "agriculture", "environment", "labour", "labor", "employment", "tourism", "commerce",
    "telecommunications", "science", "welfare", "housing", "cooperatives", "smes", "enterprise", "enterprises",
    "investment", "broadcasting",
}  # fmt: skip
_CABINET_HEADS = {"minister", "ministers", "secretary", "secretaries", "commissioner", "commissioners"}
# every field a portfolio may name, whatever the title
_PORTFOLIO_FIELDS = frozenset(_PORTFOLIO_WORDS | _CABINET_FIELDS)


def _portfolio_word(tok: Token, head: Token) -> bool:
    """A word of the portfolio named after the title ``head`` ("Minister [of] ..."): a field of government; a field
    that also names agencies only after a cabinet title."""
    return tok.lower_ in _PORTFOLIO_WORDS or (tok.lower_ in _CABINET_FIELDS and head.lower_ in _CABINET_HEADS)


# words telling the union of states that shares a country's contextual name ("the Commonwealth Secretariat", "members of
# the Commonwealth", "the Commonwealth summit"), not that country's government
_UNION_OF_STATES_WORDS = {
    "member", "members", "membership", "secretariat", "secretary-general", "summit", "games", "nations", "realms",
}  # fmt: skip
# a government's own head nouns: "the Commonwealth government" names the country, no modifier of a thing
_GOVERNMENT_HEADS = {"government", "administration", "cabinet"}

# a state named by its kind after a title's "of the": "President of the Republic", "Grand Duke of the Duchy"
_STATE_KINDS = {"Republic", "Duchy", "Federation", "Kingdom", "Confederation", "Principality", "Emirate"}


# heads of a firm's name that no person's name holds ("Republic Bank Group", "Kingdom Holding Company")
_TITLED_FIRM_HEADS = {"bank", "group", "company", "holding", "holdings", "party", "corporation", "trust", "fund"}


def _holder_after_state(span: Span) -> Span | None:
    """ "The president of [the Republic Emmanuel Macron] said": a title's complement naming the state by its kind,
    run by the NER into the holder's name after it; the name is the capitalised words after the kind (two at least)."""
    doc = span.doc
    k = span.start
    if (
        len(span) < 4
        or span[0].lower_ != "the"
        or span[1].text not in _STATE_KINDS
        or not all(t.is_title and t.pos_ == "PROPN" for t in span[2:])
        # "the Republic Bank Group Nigel Baptiste", "the Federation Council Valentina Matviyenko": a body's name
        # opening with the kind word, not the state
        or any(_body_head(t) or t.lower_ in _TITLED_FIRM_HEADS for t in span[2:])
        or k < 2
        or doc[k - 1].lower_ != "of"
        or not get_gazetteer().is_title_word(doc[k - 2].text)
    ):
        return None
    return Span(doc, k + 2, span.end, label="PERSON")


def _without_portfolio(span: Span) -> Span:
    """Cut the portfolio off a name that follows "Minister of" / "President for": the name is what is left."""
    doc = span.doc
    k = span.start - 1
    if k >= 2 and doc[k].lower_ in ("and", "&"):  # "Secretary for Information and [Communications X Y]"
        k -= 1
        while k > 1 and k > span.start - 6 and (doc[k].is_title or doc[k].is_upper) and doc[k].pos_ == "PROPN":
            k -= 1
    if k < 1 or doc[k].lower_ not in ("for", "of"):
        return span
    title = doc[k - 1]
    if title.lower_ == "state" and k >= 3 and doc[k - 2].lower_ == "of":
        title = doc[k - 3]  # "Secretary of State for [Digitalisation X Y]", "Minister of State for ..."
    if not get_gazetteer().is_title_word(title.text):
        # "Chancellor of the Duchy of [Lancaster Oliver Dowden]": a title's complement naming a place by its kind;
        # the place's one word opens the span, the name is the rest
        chained = (
            k >= 4
            and doc[k - 1].is_title
            and doc[k - 2].lower_ == "the"
            and doc[k - 3].lower_ in ("of", "for")
            and get_gazetteer().is_title_word(doc[k - 4].text)
        )
        return Span(doc, span.start + 1, span.end, label="PERSON") if chained and len(span) >= 3 else span
    last = max((j for j, t in enumerate(span) if _portfolio_word(t, title)), default=-1)
    if last < 0 or len(span) - last - 1 < 2:
        return span
    if span[last + 1].is_upper and len(span[last + 1]) > 1:
        return span  # "Chief executive of [Investment NSW Kylie Bell]": the field opens an agency's name
    return Span(doc, span.start + last + 1, span.end, label="PERSON")


def _extend_person(span: Span, covered: set[int]) -> Span:
    """Widen a PERSON span over given names the NER left out and a leading honorific.

    "Iain [Duncan Smith]" -> "Iain Duncan Smith"; "Mr [Dowden]" -> "Mr Dowden"
    (the honorific stays in the surface form, the resolver strips it).
    """
    gaz = get_gazetteer()
    doc = span.doc
    start = span.start
    while start > 0:
        tok = doc[start - 1]
        # "Communication Minister Rodrigue | Mboumba Bissawou went ...": a sentence the parser ended on a bare given
        # name, no stop after it, is cut inside the name
        cut_name = tok.is_alpha and tok.is_title and tok.pos_ == "PROPN" and tok.whitespace_ == " "
        if tok.i in covered or (tok.is_sent_end and not cut_name):
            break
        if tok.text in gaz.honorifics:
            start -= 1
            break
        if (
            tok.text == "-"
            and start >= 2
            and not tok.whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_alpha
            and doc[start - 2].is_title
            and doc[start - 2].i not in covered
            and not gaz.is_title_word(doc[start - 2].text)
        ):
            start -= 2  # "[Ana]-[Maria Petrescu]": a hyphenated given name the NER cut at its hyphen
            if doc[start].is_sent_start:
                break
            continue
        is_title_word = gaz.is_title_word(tok.text)
        if start >= 2 and doc[start - 2].lower_ in ("the", "of", "for") and doc[start - 2].is_lower:
            break  # "Minister of the [Interior] Jane Doe": the portfolio's last word, no given name
        if tok.pos_ == "PROPN" and tok.is_title and not is_title_word and not tok.is_sent_start:
            start -= 1
            continue
        if (
            tok.is_sent_start
            and tok.pos_ == "PROPN"
            and tok.is_title
            and tok.dep_ == "compound"
            and tok.head.i >= span.start
            and not is_title_word
            and not tok.is_stop
            and tok.ent_type_ in ("", "PERSON")
        ):
            start -= 1  # "[Adolfo] Urso, Italy's minister, said": a given name opening the sentence
        elif (
            tok.is_sent_start
            and tok.is_title
            and tok.dep_ == "prep"
            and span.root.dep_ == "pobj"
            and span.root.head.i == tok.i
            and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children)
        ):
            start -= 1  # "[Per] Willi Amundsen of the X party said": a given name the parser took for "per"
        break
    end = span.end
    # "Interior Minister [Antoine Félix] Abdoulaye Diome, who ...": the NER stopped before the family names; the span's
    # last word is a compound of a capitalised proper noun after it, with only such nouns between
    head = doc[end - 1].head
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    # the run ends the name: a punctuation mark or the sentence's end, or a lower-case verb (not a title-case headline's
    # next words)
    closed = (
        after is None or after.is_sent_start or after.is_punct or (after.is_lower and after.pos_ in ("VERB", "AUX"))
    )
    if doc[end - 1].dep_ == "compound" and head.i >= end and head.i - end < 3 and closed:
        run = doc[end : head.i + 1]
        if all(
            t.pos_ == "PROPN"
            and t.is_title
            and t.is_alpha
            and t.i not in covered
            and not t.ent_type_
            and not gaz.is_title_word(t.text)
            and t.text not in gaz.honorifics
            and t.lower_ not in _INSTITUTION_HEADS | _COORDINATED_HEADS | LAW_HEADS | _NAMED_FOR_HEADS
            for t in run
        ):
            end = head.i + 1
    if start == span.start and end == span.end:
        return span
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id, span_id=span.id)


_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "ET", "PT"}

# nouns a person's name is put before that make the whole no person's name ("the Trump Administration")
_NAMED_FOR_HEADS = {
    "administration", "government", "campaign", "family", "era", "doctrine", "foundation", "tower", "cabinet", "plan",
    "report", "rule", "effect", "show", "prize", "award", "university", "school", "center", "centre", "library",
}  # fmt: skip


# words of time that open no law's title after "On" and end one before "on" ("the Law against X on Tuesday")
_TIME_WORDS = frozenset(
    (*WEEKDAYS, *MONTHS, "today", "tomorrow", "yesterday", "monday's", "friday's", "morning", "evening", "night")
)


# X's account for governments, by the name it shares with other firms' offices (an alias of X in the gazetteer)
_X_OFFICE = "Global Government Affairs"


def _another_owners_office(span: Span) -> bool:
    """ "Meta's Global Government Affairs team", "Google's vice president of Global Government Affairs": the name of
    X's account for governments told as another owner's office names no X. It is X's when its owner is X or Twitter
    ("X's Global Government Affairs account"), or "the company" or no one in a story that names X."""
    if span.text != _X_OFFICE:
        return False
    doc = span.doc
    x_named = any(t.text in ("X", "Twitter") for t in doc if not span.start <= t.i < span.end)
    k = span.start - 1
    while k > max(0, span.start - 6) and doc[k].tag_ != "POS" and not doc[k].is_punct:
        k -= 1  # "Google's vice president of [Global Government Affairs]": back to its owner
    if k >= 1 and doc[k].tag_ == "POS":
        owner = doc[k - 1].text
        return owner not in ("X", "Twitter") and not (owner.lower() == "company" and x_named)
    return not x_named


def _trim_law(span: Span) -> Span | None:
    """Drop sentence-initial function words from a matched law title ("Under the Foo Act" -> "Foo Act") and a
    time stamp's zone run into a headline ("19:40 GMT Bill to bar ...")."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (
        (doc[start].is_stop and doc[start].lower_ != "no") or doc[start].is_punct or doc[start].text in _TIME_ZONES
    ):
        start += 1
    # "Senate Passes No TikTok on Government Devices Act", "Governor X Issues Directive ...": a title-case headline's
    # subject and verb run into the title; the title starts after the verb
    verb = next((t.i for t in reversed(doc[start : span.end - 1]) if t.is_title and t.lower_ in _HEADLINE_VERBS), None)
    if verb is not None and verb > start:
        start = verb + 1
    if doc[start].lower_ == "no" and span.end - start < 4:
        start += 1
    end = span.end
    for t in doc[start + 2 : span.end - 1]:
        if t.lower_ == "on" and doc[t.i + 1].lower_ in _TIME_WORDS:
            end = t.i - (doc[t.i - 1].text == ",")  # "a Resolution Against Foreign Interference on Tuesday"
            break
    against = next((t for t in doc[start:end] if t.lower_ == "against"), None)
    if against is not None and against.i + 1 < end and _known_actor(doc[against.i + 1]):
        return None  # "the new Law against Meta": a law against a firm or product the story names, no title
    if end - start < 2:
        return None
    return doc[start:end]


def _titles_joined(span: Span) -> tuple[Span | None, Span]:
    """ "the Consumer Protection Act and Uniform Deceptive Trade Practices Act", "the Foo Powers Act and Executive Order
    13873": two titles, each with its head, joined by "and" are two laws, the first and the rest; a one-word first part
    is the title's own words ("the Law and Order Act"), a second one with no head is no title ("the Foo Act and Section
    702" stays whole)."""
    doc = span.doc
    heads = LAW_HEADS | LAW_HEADS_FIRST
    for t in span[2:-2]:
        if t.lower_ == "and" and doc[t.i - 1].lower_ in heads and doc[t.i + 1].is_title:
            rest = doc[t.i + 1 : span.end]
            if any(w.lower_ in heads for w in rest):
                return doc[span.start : t.i], rest
    return None, span


def _known_actor(tok: Token) -> bool:
    """A token of a firm, body or product the gazetteer knows ("Meta", "TikTok")."""
    if not tok.ent_id_:
        return False
    gaz = get_gazetteer()
    refs = gaz.candidates(tok.ent_id_)
    return any(gaz.entries[r.entry_id].kind in ("Organisation", "Product") for r in refs if r.entry_id in gaz.entries)


_HEADLINE_VERBS = frozenset(lexicon_words("roles", "headline_verbs"))


# the tags of a word the tagger reads as no noun: an adjective, a verb's base form, an adverb
_NOT_NOUN_TAGS = {"JJ", "JJR", "JJS", "VB", "VBP", "RB", "RBR", "RBS"}


def _common_word_opening(span: Span) -> bool:
    """One word the NER took for a name only for its capital at the sentence's start, where the tagger reads it as an
    adjective, a verb or an adverb: "[Outright] bans remain rare", "[Invest] in school psychologists", "[Sharply]."."""
    return len(span) == 1 and span[0].is_sent_start and span[0].tag_ in _NOT_NOUN_TAGS


def _after_headline_verb(span: Span) -> Span:
    """ "[Assembly Passes Protecting Children Online Act]": the NER ran a title-case headline's subject and verb into
    the name after them; the name is what follows the verb."""
    last = span[-1]
    if (
        len(span) >= 2
        and last.is_title
        and last.lower_ in _HEADLINE_VERBS
        and all(t.is_title for t in span if t.is_alpha)
        and last.i + 1 < len(span.doc)
        and not last.doc[last.i + 1].is_punct
        # the word after is capitalised too, as in a headline: not "The charity Vital Signs said ..." in running text
        and last.doc[last.i + 1].text[:1].isupper()
    ):
        # "Governor [Reeves Prohibits] TikTok on State-Issued Devices": a title-case headline's verb after the name
        return Span(span.doc, span.start, span.end - 1, label=span.label_)
    verb = next((t.i for t in reversed(span[1:-1]) if t.is_title and t.lower_ in _HEADLINE_VERBS), None)
    if verb is None or any(not t.is_title and not t.is_upper for t in span.doc[span.start : verb] if t.is_alpha):
        return span  # "the Institute for Public Issues Research": a function word before it, a body's own name
    return Span(span.doc, verb + 1, span.end, label=span.label_)


_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def _clean(span: Span) -> tuple[int, int, str]:
    """Character offsets and text of a span without a leading "the" (or sentence-opening "Its") or trailing
    possessive."""
    start, end = span.start_char, span.end_char
    text = span.text
    m = re.match(r"(?:the|The|Its|Their)\s+", text)  # "[Its Personal Information Protection Commission] paused ..."
    if m and len(span) > 1:
        start += m.end()
        text = text[m.end() :]
    owner = re.match(r"(?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*['\u2019]s\s+(?=[A-Z])", text)
    if owner and len(span) > 3:
        start += owner.end()  # "[the ministry's Department of Expenditure]": the body's name after a common owner
        text = text[owner.end() :]
    pm = _POSSESSIVE.search(text)
    if pm and len(text) > pm.end() - pm.start():
        end -= len(pm.group())
        text = text[: pm.start()]
    text = text.rstrip(" .,;:")
    if len(span) > 2:
        text = re.sub(r"\s+(?:of|and|for|on)$", "", text)  # "the IT Security Act 2.0 of [2021]": a name never ends so
    return start, start + len(text), text


def annotate(document: Document, doc: Doc, gazetteer: Gazetteer | None = None) -> AnnotatedDoc:
    """Resolve the entities of one parsed document (``doc`` must be the parse of ``document.text``)."""
    if doc_text(doc) != document.text:
        raise ValueError(f"document {document.id!r}: the parse does not match its text")
    gaz = gazetteer or get_gazetteer()
    adoc = AnnotatedDoc(document=document, doc=doc)
    cands = []
    for span, method in candidate_spans(doc):
        start, end, text = _clean(span)
        if not text or is_furniture(span) or text.endswith(("-", "\u2010")):
            continue  # "Chinese- and Russian-linked apps": half of a suspended compound, no name
        if _rank_before_name(span, gaz):
            # "Maj Gen (retd) Rakesh Bhalla", "Army Col. Rob Manning": a rank, the name comes after it; a body told
            # before the ranks is kept ("Indian Army Lt Gen (Dr) Rajesh Pant" -> "Indian Army")
            span = _body_before_ranks(span, gaz)
            if span is None:
                continue
            start, end, text = _clean(span)
            if not text:
                continue
        cands.append(Candidate(span=span, start=start, end=end, text=text, label=span.label_, method=method))
    sentences = Sentences(adoc)
    resolver = Resolver(adoc, gaz, sentences)
    resolved = _court_seats_dropped(_local_courts_named(list(resolver.resolve(cands))), gaz)
    homes = _home_states_only(resolved, gaz)
    # names of the document's own entities: an owner in the possessive is stripped only when it is one of them
    known = {fold(n) for _, e, _, _ in resolved for n in (e.name, *e.aliases)}
    known |= {fold(c.text) for c, _, _, _ in resolved}
    for cand, entity, how, confidence in resolved:
        ent = adoc.entities.get(entity.id)
        if ent is None:
            ent = adoc.entities[entity.id] = entity
        if cand.text not in ent.aliases and cand.text != ent.name:
            ent.aliases.append(cand.text)
        bare = _unowned_name(cand.text, known, gaz) if ent.kind == "Organisation" else None
        if bare is not None and bare not in ent.aliases and bare != ent.name:
            ent.aliases.append(bare)  # "Ukraine's National Security and Defense Council": the body's own name
        seat = _court_seat(cand.span) if ent.kind == "Organisation" else None
        if seat is not None and f"{cand.text} in {seat}" not in ent.aliases:
            ent.aliases.append(f"{cand.text} in {seat}")  # "Administrative Court in Stockholm"
        owned = _owner_form(cand, ent) if ent.kind == "Organisation" else None
        if owned is not None and owned not in ent.aliases:
            ent.aliases.append(owned)  # "China's commerce ministry": how the text names the body, owner and all
        _add_mention(adoc, sentences, ent, cand.start, cand.end, cand.text, how, confidence)
    _repeat_mentions(adoc, sentences)
    _owners_named(adoc, sentences, gaz)
    _laws_with_their_year(adoc)
    if homes:
        # "Sen. X of Florida", "a Texas Republican": the state stays an entity of the story, but with no other mention
        # it is no actor there (no ban's imposer, no speaker's side): the event stages do not see it
        adoc.mentions = [m for m in adoc.mentions if m.entity_id not in homes]
    adoc.mentions.sort(key=lambda m: (m.start, m.end))
    return adoc


# A body named with its owner in the possessive: "Ukraine's National Security and Defense Council".
_OWNED_NAME = re.compile(
    r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['\u2019]s\s+(?P<bare>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|on|the))*)$"
)


def _unowned_name(text: str, known: set[str], gaz: Gazetteer) -> str | None:
    """The name a body has without its owner ("National Security and Defense Council" for "Ukraine's National
    Security and Defense Council"), when that name is two capitalised words or more ending on a capitalised one and
    the owner is a place, body or person of its own, one the gazetteer or the document names (``known``: folded
    names); a possessive belonging to the name ("People's Bank of China", "Moody's Investors Service") is kept."""
    m = _OWNED_NAME.match(text)
    if m is None:
        return None
    owner = fold(text[: m.start("bare")].rstrip()[:-2])
    if owner not in known and gaz.lookup(owner) is None:
        return None
    bare = m.group("bare")
    words = bare.split()
    if sum(w[0].isupper() for w in words) < 2 or not words[-1][0].isupper():
        return None
    return bare


# A law's name closed by its year: "Finance Bill 2024", "Electronic Transactions Act, 2008", "... Law of 2022"
_LAW_YEAR = re.compile(r"^(?P<bare>.+?\S)(?:,\s*|\s+of\s+|\s+)(?:19|20)\d\d$")
_YEAR_LAW = re.compile(r"^(?:19|20)\d\d\s+(?P<bare>[A-Z].*\S)$")


def _laws_with_their_year(adoc: AnnotatedDoc) -> None:
    """ "the Finance Bill 2024" and "the Finance Bill" in one story are one law: the short form's mentions go to the
    named one, and a law named with its year is known by its name without the year too."""
    laws = [e for e in adoc.entities.values() if e.kind == "Law"]
    dated: dict[str, list] = {}
    for e in laws:
        m = _LAW_YEAR.match(e.name) or _YEAR_LAW.match(e.name)  # "the 2009 Computer Crimes Law" too
        if m is None or len(m.group("bare").split()) < 2:
            continue
        dated.setdefault(m.group("bare").casefold(), []).append((m.group("bare"), e))
    # "the 2018 Data Protection Act replaced the 1998 Data Protection Act": the year before a title the NER left out
    # tells a second law of that title
    text = adoc.document.text
    for e in laws:
        if e.name.casefold() in dated:
            for m in adoc.mentions:
                if m.entity_id != e.id:
                    continue
                year = re.search(r"\b((?:19|20)\d\d)\s+$", text[max(0, m.start - 6) : m.start])
                if year and not any(year.group(1) in f.name for _, f in dated[e.name.casefold()]):
                    dated[e.name.casefold()].append((e.name, e))
                    break
    bare_of = {}
    for key, found in dated.items():
        if len(found) > 1:
            continue  # "the Finance Bill 2024" and "the Finance Bill 2023": a bare "the Finance Bill" is neither
        bare, e = found[0]
        bare_of[key] = e
        if bare not in e.aliases:
            e.aliases.append(bare)
    for e in laws:
        full = bare_of.get(e.name.casefold())
        if full is None or full.id == e.id:
            continue
        # the short form told apart from its named law: one law
        for a in [e.name, *e.aliases]:
            if a not in full.aliases and a != full.name:
                full.aliases.append(a)
        full.mentions.extend(e.mentions)
        adoc.mentions = [
            Mention(m.start, m.end, m.text, full.id, m.kind, m.sentence, m.confidence) if m.entity_id == e.id else m
            for m in adoc.mentions
        ]
        del adoc.entities[e.id]


# nouns a home state modifies ("an Illinois Republican") or names after "of" ("Senator X of Kentucky")
_MEMBER_NOUNS = {
    "democrat", "republican", "independent", "senator", "congressman", "congresswoman", "representative", "delegate",
    "congressmember",
}  # fmt: skip


def _home_state(span: Span) -> bool:
    """A state named only as a legislator's home: "a New Jersey Democrat", "Senator Rand Doe of Kentucky"."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.lemma_.lower() in _MEMBER_NOUNS:
        return head.tag_ in ("NN", "NNP")  # one member, not "Montana Republicans passed ...": the state's own
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.ent_type_ == "PERSON"
        and any(
            t.lower_ in _MEMBER_NOUNS or t.lower_ in ("sen.", "rep.")
            for t in span.doc[max(head.head.i - 5, 0) : head.head.i]
        )
    )


# A state or province told again by its level, not its name: "the state's ban", "the provincial government"
# ("the state media", "the state of emergency", "state-run" tell no state of a country)
_LEVEL_TOLD = re.compile(
    r"\b(?:the\s+(?:state|province)(?:['\u2019]s)?(?![\w-])(?![\s-]+(?:media|run|owned|of|broadcaster|television|news)\b)"
    r"|provincial\b|statewide\b|province-wide\b)"
)


def _court_seats_dropped(resolved: list, gaz: Gazetteer) -> list:
    """ "the Sindh High Court", "the Texas Supreme Court": a state or province told only as the first words of its
    court's name is no mention of the place (the court is the actor; the place stays an entity where the text names
    it otherwise). A state or province the text later tells by its level keeps that mention, the one "the state's
    ban" or "the provincial government" goes back to ("The Montana Supreme Court declined to revive the state's ban":
    Montana's ban, not the court's)."""
    starts = {c.span.start: e for c, e, _, _ in resolved if e.kind == "Organisation"}
    out = []
    for item in resolved:
        c, e = item[0], item[1]
        court = starts.get(c.span.end) if e.kind == "Jurisdiction" else None
        if court is not None and "Court" in court.name.split() and court.name.startswith(c.text + " "):
            entry = gaz.entries.get(e.id)
            told = entry is not None and entry.type == "subdivision" and _LEVEL_TOLD.search(c.span.doc.text, c.end)
            if not told:
                continue
        out.append(item)
    return out


def _home_states_only(resolved: list, gaz: Gazetteer) -> set[str]:
    """Sub-national jurisdictions every mention of which is a legislator's home state."""
    uses: dict[str, list[bool]] = {}
    for cand, entity, _, _ in resolved:
        if entity.kind == "Jurisdiction":
            uses.setdefault(entity.id, []).append(_home_state(cand.span))
    out = set()
    for eid, homes in uses.items():
        entry = gaz.entries.get(eid)
        if all(homes) and (entry is None or entry.type != "country"):
            out.add(eid)
    return out


def _rank_word(text: str, gaz: Gazetteer) -> bool:
    """A rank or honorific with or without its stop ("Gen", "Gen.", "Col")."""
    bare = text.rstrip(".")
    return bare in gaz.honorifics or f"{bare}." in gaz.honorifics


def _rank_before_name(span: Span, gaz: Gazetteer) -> bool:
    """A span that ends in a rank or honorific ("Maj Gen", "Army Col.") right before a person's name, or before a
    bracketed aside and then the name ("Maj Gen (retd) Rakesh Bhalla"): the title of the name after it, no body or
    person of its own."""
    if not _rank_word(span[-1].text, gaz):
        return False
    doc, k = span.doc, span.end
    if k < len(doc) and doc[k].text == ".":
        k += 1
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    return k + 1 < len(doc) and all(t.is_title and t.pos_ == "PROPN" for t in doc[k : k + 2])


_RANK_PREFIXES = {"Air", "Vice", "Rear", "Lieutenant", "Field", "Flight", "Squadron", "Wing", "Group", "Staff", "Chief"}


def _body_before_ranks(span: Span, gaz: Gazetteer) -> Span | None:
    """The words of ``span`` before the ranks it ends in ("Indian Army Lt Gen" -> "Indian Army", "Air Force Brig. Gen"
    -> "Air Force"), as an organisation, when two or more are left; none for a lone rank or "Army Col"."""
    k = span.end
    while k > span.start and (
        span.doc[k - 1].text == "."
        or _rank_word(span.doc[k - 1].text, gaz)
        or (k < span.end and span.doc[k - 1].text in _RANK_PREFIXES)  # "Air Marshal", "Vice Adm", "Rear Adm"
    ):
        k -= 1
    if k - span.start < 2 or not all(t.is_title or t.is_upper for t in span.doc[span.start : k]):
        return None
    return Span(span.doc, span.start, k, label="ORG")


def _local_courts_named(resolved: list) -> list:
    """ "A Moscow court ordered ...", then "Moscow's Tagansky District Court": a court told only by its city is the one
    court the story names as seated there (the city's possessive before the name, or "of"/"in" the city after it),
    not a second court; with no such court, or two, it stays the city's court."""
    local = {
        c.method == "local_court" and e.name.endswith(" court") and e.name[: -len(" court")] for c, e, _, _ in resolved
    }
    local.discard(False)
    if not local:
        return resolved
    by_seat: dict[str, tuple[set[str], set[str]]] = {seat: (set(), set()) for seat in local}
    named, courts, cands = {}, set(), {}
    # a city's numbered courts the story names ("the Ankara 5th Criminal Judgeship of Peace"), and those told in an
    # appeal, another case or other orders: a court told by its city is one of them only when it is the city's one
    numbered: dict[str, set[str]] = {seat: set() for seat in local}
    turned: set[str] = set()
    for cand, ent, _, _ in resolved:
        if cand.method == "local_court" or ent.kind != "Organisation":
            continue
        for seat in local:
            if ent.name.startswith(seat + " ") and _numbered_court_name(ent.name[len(seat) + 1 :]):
                numbered[seat].add(ent.id)
                if _NOT_THE_ORDER.search(cand.span.sent.text):
                    turned.add(ent.id)
    for cand, ent, _, _ in resolved:
        if cand.method == "local_court" or ent.kind != "Organisation" or not _NUMBERED_COURTS & set(ent.name.split()):
            continue
        courts.add(ent.id)
        if _another_courts_turn(cand, ent):
            continue
        cands.setdefault(ent.id, []).append(cand)
        named[ent.id] = ent
        doc, k = cand.span.doc, cand.span.start
        for seat, (owned, titled) in by_seat.items():
            n = len(seat.split())
            if k > n and doc[k - 1].tag_ == "POS" and doc[k - 1 - n : k - 1].text == seat:
                if fold(ent.name) == fold(re.sub(r"^(?:the|The) ", "", cand.text)) or seat in ent.name:
                    owned.add(ent.id)  # "Moscow's Tagansky District Court" (not resolved to another country's court)
            elif (
                any(
                    f" {p} {seat}" in f" {name}" and f" {name} ".endswith(f" {seat} ")
                    for name in (ent.name, cand.text)
                    for p in ("of", "in")
                )
                or _court_seat(cand.span) == seat
                or (numbered[seat] == {ent.id} and ent.id not in turned)
            ):
                # "the Central District Court of Minsk", "the Administrative Court in Stockholm", "the Ankara 1st
                # Criminal Judgeship of Peace"
                titled.add(ent.id)
    # no court told as seated in the city: the story's one named court whose name tells no place of its own ("A
    # Moscow court banned ...", then "The Tverskoy District Court granted ..."), when it names no other court at all
    # ... and that is told in the same story line, not another country's or another case's ("In neighbouring
    # Kazakhstan, the Almaly District Court ...", "Meanwhile the Basmanny District Court is hearing a separate case")
    unplaced = set()
    if len(courts) == 1:
        home = _local_courts_countries(resolved)
        elsewhere = {eid for eid, cs in cands.items() if any(_told_elsewhere(c, home) for c in cs)}
        unplaced = {eid for eid, ent in named.items() if not _names_a_place(ent.name) and eid not in elsewhere}
    out = []
    for cand, ent, how, confidence in resolved:
        if cand.method == "local_court" and ent.name[: -len(" court")] in by_seat:
            owned, titled = by_seat[ent.name[: -len(" court")]]
            court = owned or titled or unplaced
            if len(court) == 1:
                ent = named[next(iter(court))]
        out.append((cand, ent, how, confidence))
    return out


# a numbered court's sentence telling it is not the court that gave the order a city's court gave: an appeal's, another
# case's or other orders' ("Discord appealed, but the Ankara 2nd ... upheld the ban", "had issued similar orders")
_NOT_THE_ORDER = re.compile(
    r"\b(?:appeal\w*|uph[eo]ld\w*|overturn\w*|overrul\w*|separate\w*|unrelated|other|another|similar)\b", re.I
)
_ANOTHER_CASE = re.compile(r"\b(?:meanwhile|separate|unrelated|another case|other case|different case)\b", re.I)


def _local_courts_countries(resolved: list) -> set[str]:
    """The countries a city's courts belong to: those whose capital the city is ("Moscow" is Russia's), and those the
    city's court's own sentence names ("blocked across Russia")."""
    gaz = get_gazetteer()
    out = set()
    for cand, ent, _, _ in resolved:
        if cand.method != "local_court" or not ent.name.endswith(" court"):
            continue
        out |= {r.entry_id for r in gaz.candidates(ent.name[: -len(" court")]) if r.how == CAPITAL}
        out |= _countries_in(cand.span.sent)
    return out


def _countries_in(tokens) -> set[str]:
    gaz = get_gazetteer()
    out = set()
    for t in tokens:
        if t.is_title and t.pos_ == "PROPN":
            entry = gaz.lookup(t.text, ("Jurisdiction",))
            if entry is not None and entry.type == "country":
                out.add(entry.id)
    return out


def _told_elsewhere(cand: Candidate, home: set[str]) -> bool:
    """A named court told in another case ("Meanwhile ...", "a separate case", "an unrelated case") or after a place
    of another country than the city's court's ("In neighbouring Kazakhstan, the Almaly District Court ...")."""
    sent = cand.span.sent
    if _ANOTHER_CASE.search(sent.text):
        return True
    before = cand.span.doc[sent.start : cand.span.start]
    return bool(_countries_in(before) - home)


def _names_a_place(name: str) -> bool:
    """True when a court's name holds a place the gazetteer knows ("Moscow City Court", "High Court of Kenya")."""
    gaz = get_gazetteer()
    words = name.split()
    return any(
        gaz.lookup(" ".join(words[i:j]), ("Jurisdiction",)) is not None or " ".join(words[i:j]) in gaz.demonyms
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    ) or any(r.how == CAPITAL for w in words for r in gaz.candidates(w))


_HIGHER_COURT = {"higher", "supreme", "appeal", "appeals", "appellate", "cassation"}
_OTHER_TIME = re.compile(r"\b(?:separately|previously|earlier|last (?:year|month|week)|in (?:19|20)\d\d)\b", re.I)


def _another_courts_turn(cand: Candidate, ent: Entity) -> bool:
    """A court named in a city that is not the one a "Moscow court" stands for: a higher court ("the Higher Regional
    Court in Munich", "the Court of Appeal of Paris"), one appealed to or argued before ("appeal to ...", "challenged
    before ..."), or one told in another case's time ("In 2018, ...", "Last year, ...", "Separately, ...", "had last
    month dismissed")."""
    if _HIGHER_COURT & {w.lower() for w in re.findall(r"[A-Za-z]+", f"{ent.name} {cand.text}")}:
        return True
    root = cand.span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "before", "with"):
        return True
    sent = cand.span.sent
    if _OTHER_TIME.search(sent.text):
        return True
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _ends_in_court(span: Span) -> bool:
    """The name ends in "Court", or in "Court of Appeal(s)" ("the Administrative Court of Appeal"), where a city told
    next may be its seat."""
    if span[-1].text == "Court":
        return True
    return (
        len(span) >= 3 and [t.text for t in span[-3:-1]] == ["Court", "of"] and span[-1].text in ("Appeal", "Appeals")
    )


def _court_seat(span: Span) -> str | None:
    """The city a court is named with right after it ("[Administrative Court] in Stockholm"), else None."""
    doc = span.doc
    k = span.end
    if not _ends_in_court(span) or k + 1 >= len(doc) or doc[k].lower_ != "in":
        return None
    m = k + 1
    while m < len(doc) and doc[m].is_title and doc[m].pos_ == "PROPN":
        m += 1
    if m == k + 1:
        return None
    place = get_gazetteer().lookup(doc[k + 1 : m].text, ("Jurisdiction",))
    return doc[k + 1 : m].text if place is None or place.type != "country" else None


def _owner_form(cand: Candidate, ent: Entity) -> str | None:
    """ "China's foreign ministry": a body named by a common noun after a place's possessive, written with its owner
    (the everyday name of that body); None when no proper-noun owner comes right before. A capitalised generic name
    ("China's Commerce Ministry") needs the owner to be the country the body ``ent`` belongs to: "Delhi's High Court"
    is no alias of the High Court of India."""
    span = cand.span
    doc = span.doc
    k = span.start
    gaz = get_gazetteer()
    bare = re.sub(r"^(?:the|The) ", "", cand.text)
    if k >= 1 and doc[k - 1].text in gaz.demonyms and (bare in gaz.generic_aliases or bare in gaz.generic_institutions):
        return f"{doc[k - 1].text} {bare}"  # "Chinese Foreign Ministry": the body with the demonym it was named by
    generic = bare in gaz.generic_aliases or bare in gaz.generic_institutions
    if k < 2 or doc[k - 1].tag_ != "POS" or not (cand.text[:1].islower() or generic):
        return None  # "China's Commerce Ministry", "China's Ministry of Commerce": capitalised, a generic body's name
    start = k - 1
    while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in ("GPE", "NORP", "LOC"):
        start -= 1
    if start == k - 1:
        return None
    owner = doc[start : k - 1].text
    if not cand.text[:1].islower() and not _owned_by(ent, owner, gaz):
        return None
    return owner + doc[k - 1].text + " " + cand.text


def _owned_by(ent: Entity, owner: str, gaz: Gazetteer) -> bool:
    """The body ``ent`` is the country ``owner`` names: "Ministry of Commerce of China" for "China", or a known body
    of that country."""
    country = gaz.lookup(owner, ("Jurisdiction",))
    if country is None or country.country is None:
        return False
    if ent.name.endswith(f" of {country.name}"):
        return True
    entry = gaz.lookup(ent.name)
    return entry is not None and entry.country == country.country


def _owners_named(adoc: AnnotatedDoc, sentences, gaz: Gazetteer) -> None:
    """ "Italy's data protection authority" resolved as one body still names Italy: the country gets its evidence
    (kept out of the token mentions, so the event stages read the phrase as the body it names)."""
    for m in list(adoc.mentions):
        if m.kind != "Organisation":
            continue
        owner = re.match(r"([A-Z][\w .\-]*?)['\u2019]s\s", m.text)
        if owner is None:
            continue
        entry = gaz.lookup(owner.group(1), ("Jurisdiction",))
        if entry is None or entry.id == m.entity_id:
            continue
        ent = adoc.entities.get(entry.id)
        if ent is not None and ent.mentions:
            continue
        if ent is None:
            ent = adoc.entities[entry.id] = entity_from(entry)
        end = m.start + len(owner.group(1))
        ent.mentions.append(sentences.evidence(m.start, end, "entities.owner", 0.8))


def _add_mention(adoc: AnnotatedDoc, sentences, ent, start: int, end: int, text: str, how: str, confidence: float):
    """A mention of ``ent`` at characters ``start:end``, and its evidence (extractor ``entities.<how>``)."""
    adoc.mentions.append(
        Mention(
            start=start,
            end=end,
            text=text,
            entity_id=ent.id,
            kind=ent.kind,
            sentence=sentences.index(start),
            confidence=confidence,
        )
    )
    ent.mentions.append(sentences.evidence(start, end, f"entities.{how}", confidence))


def _repeat_mentions(adoc: AnnotatedDoc, sentences) -> None:
    """ "A Strava spokesperson said": a body or product the text has named, met again where the NER saw nothing (a
    name used as a modifier, a name at a sentence's start), is a mention of it too. Only the entity's own capitalised
    name or alias, as whole proper-noun tokens not inside another mention."""
    doc = adoc.doc
    taken = {i for m in adoc.mentions for i in range(m.start, m.end)}
    forms: dict[tuple[str, ...], str] = {}
    first = {m.entity_id: m.start for m in reversed(adoc.mentions)}
    # the entity named first wins a name two entities share ("Strava" the app, then "Strava" the company)
    for e in sorted(adoc.entities.values(), key=lambda e: first.get(e.id, len(doc_text(doc)))):
        if e.kind not in ("Organisation", "Product") or e.id not in first:
            continue
        for name in [e.name, *e.aliases]:
            words = tuple(name.split())
            if len(name) >= 3 and words and all(w[:1].isupper() for w in words):
                forms.setdefault(words, e.id)
    if not forms:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in forms:
        by_first.setdefault(words[0], []).append(words)
    for tok in tokens_spelt(doc, by_first):
        for words in sorted(by_first[tok.text], key=len, reverse=True):
            end = tok.i + len(words)
            span = doc[tok.i : end]
            if end > len(doc) or tuple(t.text for t in span) != words:
                continue
            if any(i in taken for i in range(span.start_char, span.end_char)):
                break
            if any(t.pos_ != "PROPN" for t in span) or (
                end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title
            ):
                break  # a longer name goes on ("Strava Labs"), or the word is no name here
            ent = adoc.entities[forms[words]]
            _add_mention(adoc, sentences, ent, span.start_char, span.end_char, span.text, "repeat", 0.8)
            taken.update(range(span.start_char, span.end_char))
            break

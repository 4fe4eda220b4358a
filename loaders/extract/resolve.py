"""Resolution: candidate spans -> one canonical actor each (or nothing).

Why it is its own module: the same actor is written many ways ("Oliver
Dowden", "Mr Dowden", "Dowden"; "the UK government", "Britain", "London";
"Parliament" meaning the UK's or New Zealand's), and getting this wrong makes
duplicate nodes in the graph. The rules, in order:

1. gazetteer aliases resolve directly; misspellings by a strict fuzzy match;
2. people: full names cluster within the document (same surname, near-equal
   spelling); a bare surname or "Mr X" goes to the full name it abbreviates;
3. context: the document's *focus* (the countries most mentioned as actors)
   decides ambiguous aliases ("Parliament", "the Commission"), "the
   government", and capitals used as metonyms ("Beijing said", but "in
   London" is a place and is dropped);
4. anything else the NER calls an organisation, product or law becomes a new
   entity when it passes the junk filters; places and nationalities that are
   not resolved are not entities.

:func:`resolve_phrase` exposes the same machinery to the event stages
("a TikTok spokeswoman", "the app", "the government").
"""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Span

from loaders.extract.base import AnnotatedDoc, doc_text, span_text
from loaders.extract.gazetteer import (
    ALIAS,
    CAPITAL,
    CONTEXTUAL,
    GENERIC,
    GOVERNMENT,
    GazEntry,
    Gazetteer,
    get_gazetteer,
)
from loaders.extract.lexicon import words as lexicon_words
from loaders.model import Entity, Evidence, entity_id

LAW_HEADS = {"act", "law", "bill", "directive", "regulation", "regulations", "code", "ordinance", "decree", "order"}
# Heads that open a title: "Law No. 5651", "Decree 147", "the Law on Telecommunications".
LAW_HEADS_FIRST = {"law", "decree", "regulation", "ordinance", "resolution"}
# Words of a law's kind told before a head-first title ("the Constitutional Law against Hatred", "Federal Law on ...")
LAW_KIND_WORDS = {"constitutional", "federal", "organic", "basic"}
_TITLED_LAW = re.compile(
    rf"(?:(?:{'|'.join(sorted(w.title() for w in LAW_KIND_WORDS))})\s+)?"
    rf"(?:{'|'.join(sorted(w.title() for w in LAW_HEADS_FIRST))})\s+(?:on|of|[Aa]gainst)\s+[A-Z]"
)
# Bill numbers of US legislatures: "SB 419", "HB 1234", "H.R. 7521", "S. 686".
BILL_NUMBER_PREFIX = r"^(SB|HB|AB|SF|HF|HR|H\.R\.|S\.|S\.B\.|H\.B\.)$"
# Nouns that make the name next to them an app, service or product ("the messaging app Foo").
PRODUCT_NOUNS = {"app", "application", "platform", "messenger", "chatbot", "browser", "game", "software", "antivirus"}
_GENERIC_LAWS = {"Constitution"}  # generic institutions that are laws: "the Constitution" of the story's country
_PLURAL_COUNTRIES = {"Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Marshall Islands"}
_ORDINAL_WORDS = (
    "(?:Twenty-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)|Tenth|Eleventh|Twelfth|Thirteenth|"
    "Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth"
)
_SECTION_WORDS = {"section", "article", "clause", "chapter", "paragraph", "sections", "articles"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
_WORD = re.compile(r"[\w\-']+")
# a person's name keeps run-together initials as one word, as written: "P.K. Choudhary", not "P K Choudhary"
_NAME_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[\w\-']+")


def tokens_spelt(doc, spellings) -> list:
    """The tokens of ``doc`` whose text is one of ``spellings``, in order (one array lookup instead of a Token
    object per word)."""
    strings = doc.vocab.strings
    ids = [strings[w] for w in spellings if w in strings]
    if not ids:
        return []
    orth = doc.to_array(ORTH)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(orth, numpy.array(ids, dtype=numpy.uint64)))]


# Words for a country's own level of government before a generic body ("the Union finance ministry" in India, "the
# Federal interior ministry"): no place of its own, the country's body.
_LEVELS = frozenset({"Union", "Central", "Federal"})


class Sentences:
    """Sentence lookups by character offset in O(log n).

    ``AnnotatedDoc.sentence_index`` rebuilds its list of sentence starts on
    every call, which is quadratic on long documents; the entity and role
    stages call it once per mention, so they use this instead (same answers).
    """

    def __init__(self, adoc: AnnotatedDoc) -> None:
        self.adoc = adoc
        self.sents = adoc.sentences
        self.starts = [s.start_char for s in self.sents]
        self._texts: dict[int, str] = {}

    def index(self, char: int) -> int:
        return max(bisect_left(self.starts, char + 1) - 1, 0)

    def evidence(self, start: int, end: int, extractor: str, confidence: float = 1.0) -> Evidence:
        """Same record as ``AnnotatedDoc.evidence``."""
        i = self.index(start)
        if i not in self._texts:
            self._texts[i] = span_text(self.sents[i])
        return Evidence(
            document_id=self.adoc.document.id,
            sentence=self._texts[i],
            start=start,
            end=end,
            extractor=extractor,
            confidence=confidence,
        )


@dataclass
class Candidate:
    span: Span
    start: int
    end: int
    text: str
    label: str
    method: str  # gazetteer | ner | law | embassy


def entity_from(entry: GazEntry) -> Entity:
    return Entity(
        id=entry.id,
        kind=entry.kind,
        name=entry.name,
        wikidata_id=entry.wikidata,
        properties=dict(entry.properties),
    )


def new_entity(kind: str, name: str, **properties) -> Entity:
    return Entity(id=entity_id(kind, name), kind=kind, name=name, properties=properties)


def local_court_seat(span: Span) -> str | None:
    """The place of a court told only by where it sits: "court in Milan", "court in the southern province of Adana"
    (the name after the last "in" or "of"), "Moscow court" (the place before "court")."""
    words = [t.lower_ for t in span]
    if "court" not in words:
        return None
    at = words.index("court")
    if at + 1 < len(span):
        cut = max(k for k, w in enumerate(words) if w in ("in", "of"))
        seat = span[cut + 1 :]
    else:
        seat = span[:at]
    if not len(seat) or not all(t.is_title and t.pos_ == "PROPN" for t in seat):
        return None
    return seat.text


def is_locative(span: Span, gaz: Gazetteer) -> bool:
    """True when a place name is used as a place: "in London", "a London court", "London-based"."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in gaz.locative_prepositions:
        return True
    if span.end < len(span.doc) and span.doc[span.end].text in ("-", "\u2013") and span.end + 1 < len(span.doc):
        return True
    return False


def focus_scores(adoc: AnnotatedDoc, gaz: Gazetteer, mentions=None) -> Counter:
    """How much each country (ISO code, or "EU") acts in the document.

    A mention counts 1, 3 in the first two sentences (headline and lead), +1
    as a grammatical subject or possessor. Bodies count for their country
    ("Commerce Department" for US), states for their country at half weight.
    """
    scores: Counter = Counter()
    dateline = dateline_country(adoc.document.text, gaz)
    if dateline is not None:
        scores[dateline.country] += 6.0  # a wire story is filed from the acting country
    for m in adoc.mentions if mentions is None else mentions:
        entry = gaz.entries.get(m.entity_id)
        if entry is None and m.kind == "Organisation":
            entry = country_named_last(m.text, gaz)  # "the Legal Resources Centre Zimbabwe": a body of that country
        if entry is None or not entry.country:
            continue
        weight = 3.0 if m.sentence <= 2 else 1.0  # headline (its own sentence), lead, next
        span = adoc.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _followed_one(span.root):
            weight = 1.0  # "Canberra has banned X, joining Italy and Taiwan": those went first, the lead is not theirs
        if span is not None and span.root.dep_ in _SUBJECT_DEPS:
            weight += 1.0
        if entry.type == "subdivision" or (entry.kind not in ("Jurisdiction",) and entry.type != "eu"):
            weight /= 2
        if entry.type == "company" or entry.kind in ("Product", "Person", "Law"):
            continue  # a company's home country is not an actor of the story
        scores[entry.country] += weight
    return scores


def country_named_last(name: str, gaz: Gazetteer) -> GazEntry | None:
    """A body the gazetteer does not know, named with its country last ("Legal Resources Centre Zimbabwe", "Digital
    Freedom Network South Africa"): the country, which counts for the story's focus as the body's own country would
    (its name holds the country's only mention, yet "the government" of the story is still that country's)."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        entry = gaz.lookup(" ".join(words[-k:]), ("Jurisdiction",))
        if entry is not None and entry.type == "country":
            return entry
    return None


def _followed_one(tok) -> bool:
    """The name is the object of a verb of following ("joining Italy, Taiwan and the US Navy", "following Canada"):
    another actor the story's one is compared with."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon_words("follow", "verbs")


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,}?)(?:,\s*([A-Z][\w.' ]+?))?\s*[(\-\u2013\u2014]", re.M)


def dateline_country(text: str, gaz: Gazetteer) -> GazEntry | None:
    """The country of a wire dateline ("WASHINGTON (Agency) -", "AUSTIN, Texas -"): where the story is filed."""
    head = "\n".join(text[:2000].lstrip().splitlines()[:6])
    for m in _DATELINE.finditer(head):
        for surface in (m.group(2), m.group(1).strip().title()):
            refs = gaz.candidates(surface.strip()) if surface else []
            if refs and refs[0].entry_id:
                entry = gaz.entries[refs[0].entry_id]
                if entry.kind == "Jurisdiction":
                    return gaz.country_entry(entry.country) or entry
    return None


_CREDIT = re.compile(r"^\W*(\(|\[)?\s*(additional\s+)?(reporting|writing|editing|compiled)\s+by\b", re.I)


def is_furniture(span: Span) -> bool:
    """A wire credit line "(Reporting by X; editing by the Rome desk)" or an all-caps dateline "ROME (Wire) -"."""
    doc = span.doc
    text = doc_text(doc)
    sent = span.sent
    if _CREDIT.match(span_text(sent)):
        return True
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    before_text = text[line_start : span.start_char]
    after_text = text[span.end_char : len(text) if line_end < 0 else line_end]
    if _BYLINE.match(before_text) and _BYLINE_END.match(after_text):
        return True  # "(By A and B)": a closing credit
    if _byline_writer(span):
        return True  # the article's own writer: "By Jane Doe, Lagos", "Opinion by Jane Doe"
    if (
        span.start_char < 600
        and re.match(r"^\s*[Bb]y\s+(?:the\s+)?$", before_text)
        and re.match(r"^\s*(?:$|,|\||and\s|&|(?:[A-Z][a-z]+\s*){1,6}$)", after_text)
    ):
        # an opening byline: "By the Capitol Bureau", "By Jane Doe, Staff Writer", "By X Statehouse Bureau", and the
        # outlet's name a loader ran into it ("By Jane Doe The Springfield Herald")
        return True
    if _nav_line(text[line_start : len(text) if line_end < 0 else line_end]):
        return True  # "Federal Politics · National security", "Share: Twitter | LinkedIn | Email"
    if _POSTAL.search(text[line_start : len(text) if line_end < 0 else line_end]):
        return True  # a newsletter's postal address: "1200 Independence Ave SE, Suite 400, Washington, DC 20003"
    if _SIGN_OFF.search(text[sent.start_char : span.start_char]) and re.match(
        r"^\s*(in\b|reporting\b|,|\.|$)", after_text
    ):
        return True  # "For News 24, this is Jane Doe in Kathmandu."
    if span.start_char < 400 and all(t.is_upper or not t.is_alpha for t in span):  # datelines open the story
        line_start = text.rfind("\n", 0, span.start_char) + 1
        if not text[line_start : span.start_char].strip():
            if len(span) > 1 and span[-1].text in _DASHES:
                return True  # the NER took the dash in: "[OSLO -] Norway's parliament ..."
            end = span.end
            while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and doc[end].text != "I":
                end += 1  # the NER took a part only: "[SALT] LAKE CITY -"
            nxt = doc[end] if end < len(doc) else None
            return nxt is not None and (nxt.text in ("(", ",", ":") or nxt.text in _DASHES)
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span.start_char < 400 and before is not None and after is not None and before.text == "(" and after.text == ")":
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.text in _DASHES and all(t.is_upper or not t.is_alpha for t in span):
            return True  # the agency code of a dateline: "HANOI, May 23 (AWS) -"
    return False


_DASHES = ("-", "--", "\u2013", "\u2014")
_NAV_SEPARATOR = re.compile(r"\s+([\u00b7\u2022\u203a>|])\s+")
_POSTAL = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Way|Plaza)\b"
    r"[^\n]{0,80}\b(?:[A-Z]{2}\s+\d{5}|[Ss]uite\s+\d+|\d{5})\b"
)


def _nav_line(line: str) -> bool:
    """A navigation, breadcrumb or share line: short parts between separators ("National · Politics", "Share: X |
    Facebook | Email"). Two parts only with a breadcrumb mark, not "|", which also ends a headline ("X bans Y | Outlet")."""
    parts = _NAV_SEPARATOR.split(line.strip())
    names, marks = parts[0::2], parts[1::2]
    if len(names) < 2 or any(not p.strip() or len(p.split()) > 4 or p.rstrip()[-1:] in ".!?" for p in names):
        return False
    return len(names) >= 3 or marks[0] != "|"


# a blog's or a site's posting stamp before its writer: "Posted 28 May 2024 by", "Posted 4:52 PM, Jan 14, 2025 |
# Updated 6:10 PM By", "Tech blog - posted by" (a short label and a dash or bar before it)
_STAMP = r"(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ww]ritten)(?:\s+(?:on|at|\d[\w:,.]*|[A-Z][a-z]{2,8}\.?,?|[AaPp]\.?[Mm]\.?,?))*"
_BYLINE_OPENING = re.compile(
    rf"^\s*(?:(?:[^\n]{{0,40}}?\s[-|\u2013\u2014]\s+)?{_STAMP}(?:\s*\|\s*{_STAMP})*\s+[Bb]y"
    r"|(?:Analysis|Commentary|Opinion|Words)\s+by|By)\s+(?:(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:and|&)\s+)?$"
)
_BYLINE_NAME_END = re.compile(r"^[ \t]*(?:$|,|\||and\s|&|\u00b7|\u2022)")
# a byline's own opening word ("By", "Analysis by"), which no stamp needs
_BY_OPENING = re.compile(r"^\s*(?:(?:Analysis|Commentary|Opinion|Words)\s+by|By)\s")
# ... and what ends the writer of a stamp that tells no date or time: the line, or a bar
_STAMP_NAME_END = re.compile(r"^[ \t]*(?:$|\|)")
# a byline line of its own, wherever it stands (a closing one too): the name, then at most the writer's e-mail address
_BYLINE_LINE_END = re.compile(r"^[ \t]*(?:\([^()\s]+@[^()\s]+\)[ \t]*)?$")
_NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019-]*$")


def _byline_writer(span: Span) -> bool:
    """The writer an opening byline names: "By Jane Doe, Lagos", "By Jane Doe | 3 May 2024", "Analysis by Jane Doe",
    "Posted 3 May 2024 by Jane Doe", or a byline line of its own anywhere ("By Jane Doe (jdoe@paper.example)").
    Two to four capitalised words alone on the line or before a comma, a bar or another name, that no desk word
    (lexicon actors.byline_desk_words: "By Ledger Staff", "By the Capitol Bureau"), no body's or outlet's last word
    ("By Jane Doe Media") and no known name of the gazetteer marks as something else."""
    while len(span) > 1 and span[-1].is_space:
        span = span[:-1]  # "By Anil Giri and [Sita Sharma\n]": the NER took the line break into the name
    words = span.text.split()  # "Jean-Baptiste Morel", "Lee Ji-hoon": a hyphen joins the parts of one name
    if not 2 <= len(words) <= 4 or span.ent_id_:
        return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if not _BYLINE_OPENING.match(text[line_start : span.start_char]):
        return False
    after = text[span.end_char : len(text) if line_end < 0 else line_end]
    if not (_BYLINE_LINE_END.match(after) or (span.start_char < 600 and _BYLINE_NAME_END.match(after))):
        return False  # "By Jane Doe, Lagos" opens the story; "By Jane Doe (jdoe@paper.example)" may close it
    opening = text[line_start : span.start_char]
    if not _BY_OPENING.match(opening) and not any(ch.isdigit() for ch in opening) and not _STAMP_NAME_END.match(after):
        return False  # a stamp with no date or time is prose unless the name ends its line: "Tech blog - posted by
        # Jane Doe", not "Written by X, the deputy minister, the letter asks ...", "An order - published by X, the
        # regulator's chairman, on Monday - bars ..."
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    lowered = {w.lower() for w in words}
    if lowered & (lexicon_words("actors", "byline_desk_words") | lexicon_words("actors", "byline_body_words")):
        return False  # "By Ledger Staff", "Analysis by Capital Economics"
    if " ".join(span.text.split()).casefold() in lexicon_words("actors", "byline_outlets"):
        return False  # "By Deutsche Welle", "By Al Jazeera": a known outlet
    last = words[-1].lower()
    return last not in lexicon_words("actors", "org_name_words") and last not in lexicon_words(
        "actors", "place_name_words"
    )


# A closing credit in brackets, like "(Reporting by X)": "(By A and B)", other credited names before this one.
_BYLINE = re.compile(r"^\s*[\(\[]\s*[Bb]y\s+(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*(?:,|and|&)\s*)*$")
# ... and after the name: the line ends, or a role, another name, a date or a separator follows.
_BYLINE_END = re.compile(r"^\s*(?:[,\)\]]|and\s|&)")
_SIGN_OFF = re.compile(r"^\W*(?:for|from)\b[^.]{0,40},\s*this is\s+$", re.I)


# the heads of a government body named for its field: "the Commerce Department", "the Ministry of Justice"
_FIELD_HEADS = ("Department", "Ministry")

PORTFOLIO_TITLES = {"minister", "secretary", "commissioner"}  # "Minister of A, B and C": a portfolio, not bodies
_REGIONAL_TITLES = {"president", "director", "manager", "head", "chief"}  # "... for Asia Pacific", a firm's region
_WORLD_REGIONS = {
    "Europe",
    "Asia",
    "Africa",
    "America",
    "Americas",
    "Pacific",
    "Oceania",
    "Eurasia",
    "Nordics",
    "Caribbean",
}
_BODY_WORDS = {"agency", "association", "union", "syndicate", "commission", "council", "party", "authority", "office"}


def _in_portfolio(span: Span) -> bool:
    """A name inside a minister's portfolio: "Minister of Communication, Telecommunications and the [Digital Economy]"."""
    if any(t.lower_ in _BODY_WORDS for t in span):
        return False
    doc = span.doc
    j = span.start - 1
    floor = max(span.sent.start, span.start - 12)
    while j > floor:
        tok = doc[j]
        if tok.lower_ in ("of", "for") and doc[j - 1].lower_ in PORTFOLIO_TITLES:
            return True  # "Minister for Communication and [Information Technology]" too
        regional = any(w in _WORLD_REGIONS for t in span for w in t.text.split("-"))
        if tok.lower_ == "for" and doc[j - 1].lower_ in _REGIONAL_TITLES and regional:
            return True  # "executive vice-president for [Central-East Europe] and the Nordic region": a patch
        if tok.lower_ == "of":
            return False
        if not (tok.is_title or tok.lower_ in ("and", "the", ",", "for", "&")):
            return False
        j -= 1
    return False


def _initials_of(word: str, name: str) -> bool:
    """A mixed-case acronym ("DoIT", "DfE", "MoD") whose capitals are, in order, initials of the name's words."""
    capitals = [ch for ch in word if ch.isupper()]
    if not (2 <= len(word) <= 8 and word.isalpha() and word[:1].isupper() and len(capitals) >= 2):
        return False
    initials = [w[0] for w in re.findall(r"[A-Za-z][\w\-]*", name) if w[0].isupper()]
    k = 0
    for ch in initials:
        if k < len(capitals) and ch == capitals[k]:
            k += 1
    return k == len(capitals)


def strip_honorifics(words: list[str], gaz: Gazetteer) -> list[str]:
    while len(words) > 1 and (
        words[0] in gaz.honorifics
        or words[0].rstrip(".") in gaz.honorifics
        or (gaz.is_title_word(words[0]) and words[0][:1].isupper())
    ):
        words = words[1:]
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words = words[:-1]  # "Ms Stephanie Foster PSM", "the Hon Tony Burke MP": honours and seats after the name
    return words


# Letters written after a person's name: honours, seats, degrees ("Tony Burke MP", "Jane Roe KC", "X AO").
POST_NOMINALS = frozenset({
    "MP", "MPP", "MLA", "MLC", "MSP", "MEP", "MHA", "MS", "TD", "KC", "QC", "SC", "AC", "AO", "AM", "OAM", "PSM", "APM",
    "CSC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCMG", "CMG", "PC", "FRS", "JP", "PhD", "FRSA",
})  # fmt: skip


# Head words a body's everyday short name leaves off ("Auburn" for "Auburn University", "Telekom" is not one).
OUTLET_NOUNS = {"daily", "newspaper", "broadcaster", "magazine", "weekly", "tabloid"}  # "the business daily X"
PAPER_HEADS = {"journal", "times", "post", "herald", "tribune", "gazette", "telegraph", "guardian", "chronicle"}
_SHORT_FORM_HEADS = {"university", "college", "institute", "group", "corporation", "corp", "inc", "ltd", "company", "co"}  # fmt: skip


# Last words of a body's name: "General Intelligence and Security Service" is no title even if "General" is.
_BODY_END = {
    "service", "agency", "department", "ministry", "commission", "authority", "council", "office", "bureau",
    "directorate", "court", "committee", "assembly", "board", "institute", "association", "union", "party",
    "inspectorate", "secretariat", "corporation",
}  # fmt: skip
# Last words of the names of bodies that gather members: a name ending so is a body's, whatever label the NER gave it.
_MEMBERS_BODIES = {"syndicate", "federation", "coalition", "alliance", "foundation", "society"}
# Common nouns a group's own name modifies: "the Renew Europe group", "the Pirate party".
_NAMED_BODIES = {"group", "party", "coalition", "alliance", "movement", "campaign", "caucus", "bloc", "faction"}

# Head words that, alone ("the Committee said"), stand for the one body of the story named with them.
_BODY_HEADS = {
    "committee", "parliament", "council", "commission", "authority", "board", "bureau", "ministry", "agency",
    "assembly", "tribunal", "directorate", "secretariat", "regulator", "inspectorate", "army", "navy", "court",
    "police", "senate",
}  # fmt: skip


# Words no name ends with: "[ISTANBUL - Access to] Instagram" is the NER running a dateline into the lead.
_NO_NAME_END = {"to", "of", "the", "and", "for", "in", "on", "at", "a", "an", "with", "by", "from"}


def _word_not_software(span, entries) -> bool:
    """A software name that is also a common word ("Outlook", "Word", "Excel", "Windows") opening its sentence with
    no app word after it ("Outlook for the cloud unit", "Windows were smashed"), or opening a longer proper name
    ("Excel Logistics"), is that word, not the product; "Outlook email", "Windows laptops" still are it."""
    if not entries or not all(e.kind == "Product" and e.type == "software" for e in entries):
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in _SOFTWARE_CUES:
        return False
    if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
        return True
    return span.start == span.sent.start or (span.start == span.sent.start + 1 and not doc[span.sent.start].is_alpha)


_SOFTWARE_CUES = {
    "email",
    "e-mail",
    "mail",
    "app",
    "application",
    "document",
    "file",
    "spreadsheet",
    "account",
    "software",
    "user",
    "laptop",
    "pc",
    "computer",
    "device",
    "operating",
    "system",
    "program",
    "programme",
    "version",
    "update",
    "licence",
    "license",
    "inbox",
    "calendar",
    "client",
}


def _head_only(text: str) -> str | None:
    """ "Committee", "the Parliament": a lone institution head word, else None."""
    word = re.sub(r"^(the|The)\s+", "", text).strip()
    return word if word.lower() in _BODY_HEADS and " " not in word and word[:1].isupper() else None


def _bodies_ending_in(head: str, out: list) -> list[Entity]:
    """Distinct organisations resolved so far whose name ends with ``head`` ("European Parliament")."""
    found: dict[str, Entity] = {}
    for _, entity, _, _ in out:
        words = entity.name.split()
        if entity.kind == "Organisation" and len(words) > 1 and words[-1].lower() == head.lower():
            found.setdefault(entity.id, entity)
    return list(found.values())


_CITY_OF = re.compile(r"(?:[Tt]he )?(?:City|Town|Municipality) of ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")
_CITY_WORDS = {"city", "town", "municipality"}  # "the city of X": lower case, the name alone is the NER's


def _acting(word) -> bool:
    """ "The City of X will remove", "banned by the city of X", "the City of X's policy": the city's government acts
    or owns, where "in the city of X" or "based in the city of X" is the place alone."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "by" and word.head.dep_ == "agent"


def _place_acting(span) -> bool:
    """An unknown place that is the subject of a verb of a government acting (lexicon actors.place_acting_verbs, a
    ban verb, a follow verb) or of one whose infinitive or clause bans ("X became the first city to ban Y"): a
    city's government acting, where "in X", "X-based" or "X is a port city" name a place alone."""
    doc = span.doc
    if span.text.isupper() or any(t.text in ("—", "–", "--", "(") for t in doc[span.end : span.end + 4]):
        return False  # a dateline ("SALT LAKE CITY — A judge blocked", "Portland, Ore. (AP) -"): where it was written
    word = span.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ != "nsubj" or word.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = word.head
    ban_verbs = set(lexicon_words("ban", "verbs"))
    acting = set(lexicon_words("actors", "place_acting_verbs")) | ban_verbs | set(lexicon_words("follow", "verbs"))
    if verb.lemma_.lower() in acting and not any(t.dep_ == "neg" for t in verb.children):
        return True
    # "became the first city to ban": the infinitive hangs on the verb, its complement or the noun
    infinitive = [t for t in verb.children if t.dep_ == "advcl" and any(a.lower_ == "to" for a in t.children)]
    stack = [(t, 0) for t in verb.children if t.dep_ in ("xcomp", "attr", "oprd")] + [(t, 0) for t in infinitive]
    while stack:
        t, depth = stack.pop()
        if t.dep_ in ("xcomp", "acl", "relcl", "advcl") and t.lemma_.lower() in ban_verbs:
            return True
        if depth < 2:
            stack.extend((ch, depth + 1) for ch in t.children if ch.dep_ in ("xcomp", "acl", "relcl"))
    return False


class Resolver:
    """Resolves the candidate spans of one document (see the module docstring for the rules)."""

    def __init__(self, adoc: AnnotatedDoc, gaz: Gazetteer | None = None, sentences: Sentences | None = None) -> None:
        self.adoc = adoc
        self.gaz = gaz or get_gazetteer()
        self.sentences = sentences or Sentences(adoc)

    # ------------------------------------------------------------------ main
    def resolve(self, cands: list[Candidate]) -> Iterator[tuple[Candidate, Entity, str, float]]:
        """Yield (candidate, entity, method, confidence) for every candidate that names an actor, in text order."""
        out: list[tuple[Candidate, Entity, str, float]] = []
        self._resolved_so_far = out  # for rules that need the document's context while resolving
        self._named = {c.text for c in cands} | {re.sub(r"^(?:the|The) ", "", c.text) for c in cands}
        pending, persons = self._direct(cands, out)
        self._people(cands, persons, out)
        full_names = {e.name for _, e, _, _ in out if e.kind == "Person" and " " in e.name}
        self._others([c for how, c, _ in pending if how == "other"], cands, full_names, out)
        self._in_context([p for p in pending if p[0] != "other"], out)
        self._fields_alone(out)
        self._late_acronyms(out)
        out.sort(key=lambda t: t[0].start)
        return iter(out)

    @staticmethod
    def _apposed_body(c: Candidate, out: list) -> tuple[Entity, str, float] | None:
        """ "The Information Commissioner's Office, the UK's data protection regulator, said": a generic body in
        apposition to a named one describes that body; it is no second body of its own."""
        root = c.span.root
        if root.dep_ != "appos":
            return None
        head = root.head
        for other, entity, _, _ in out:
            if entity.kind == "Organisation" and other.span.start <= head.i < other.span.end:
                return entity, "apposition", 0.8
        return None

    def _late_acronyms(self, out: list) -> None:
        """ "the Larkana High Court (LHC)" resolved in context (a generic court) after "LHC" was taken for a body of
        its own: the acronym names the court."""
        self._native_names(out)
        defined: dict[str, Entity] = {}
        for c, entity, how, _ in out:
            acronym = self._acronym_after(c)
            if acronym and how in ("generic", "context", "short form") and entity.kind == "Organisation":
                defined.setdefault(acronym, entity)
        # "Pakistan Tehreek-e-Insaf (PTI)": an acronym the text defines in brackets after a name is that body's, in the
        # whole text, even when the gazetteer knows the letters for another body (a news agency)
        bracketed: dict[str, Entity] = {}
        for c, entity, _, _ in out:
            acronym = self._acronym_after(c)
            if acronym and entity.kind in ("Organisation", "Product", "Law") and entity.name != acronym:
                bracketed.setdefault(acronym, entity)
        for k, (c, entity, _, _) in enumerate(out):
            target = bracketed.get(c.text)
            if target is not None and entity.id != target.id and entity.kind in ("Organisation", "Product", "Law"):
                out[k] = (c, target, "acronym", 0.85)
        # "the National Telecommunications Agency (Anatel)": a name the gazetteer does not know, with a body it knows
        # in brackets right after it, is that body's full name (the brackets hold its short name, not only capitals)
        by_start = {c.span.start: entity for c, entity, _, _ in out}
        for k, (c, entity, _, _) in enumerate(out):
            doc, end = c.span.doc, c.span.end
            if entity.kind != "Organisation" or entity.id in self.gaz.entries or end + 2 >= len(doc):
                continue
            short = by_start.get(end + 1) if doc[end].text == "(" and doc[end + 2].text == ")" else None
            if short is not None and short.kind == "Organisation" and short.id in self.gaz.entries:
                out[k] = (c, short, "acronym", 0.85)
        # "The Italian privacy Authority, the Garante, has ordered ...": a body told by a description the gazetteer
        # does not know, with a body it knows in apposition right after, is that body, at each of its mentions
        named_as: dict[str, Entity] = {}
        starts = {c.span.start: (c, entity) for c, entity, _, _ in out}
        for c, entity, _, _ in out:
            doc, end = c.span.doc, c.span.end
            if (
                entity.kind != "Organisation"
                or entity.id in self.gaz.entries
                or entity.name.split()[-1].lower() not in _BODY_HEADS
                or end + 2 >= len(doc)
                or doc[end].text != ","
            ):
                continue
            c2, known = starts.get(end + 1) or starts.get(end + 2 if doc[end + 1].lower_ == "the" else -1, (None, None))
            if (
                known is not None
                and known.kind == "Organisation"
                and known.id in self.gaz.entries
                and c2.span.root.dep_ == "appos"
                and not any(t.dep_ == "conj" and t.i >= c2.span.end for t in c2.span.root.children)  # "A, B and C"
            ):
                named_as.setdefault(entity.id, known)
        for k, (c, entity, _, _) in enumerate(out):
            if entity.id in named_as:
                out[k] = (c, named_as[entity.id], "apposition", 0.8)
        # "the ICA" after "the Investment Canada Act": a law of three words or more goes by its initials too
        initials: dict[str, Entity] = {}
        for _, entity, _, _ in out:
            words = [w for w in re.split(r"[\s-]+", entity.name) if w and w[0].isupper()]
            if entity.kind == "Law" and len(words) >= 3:
                initials.setdefault("".join(w[0] for w in words), entity)
        for k, (c, entity, _, _) in enumerate(out):
            law = initials.get(c.text) if c.text.isupper() and c.text.isalpha() and len(c.text) >= 3 else None
            if law is not None and entity.id not in self.gaz.entries and entity.kind != "Law":
                out[k] = (c, law, "acronym", 0.8)
        aliased: dict[str, Entity] = {}
        for k, (c, entity, _, _) in enumerate(out):
            known = self._known_as(c) if entity.name == c.text else None
            if known is not None and known.id != entity.id:
                out[k] = (c, known, "alias", 0.85)  # "the General Data Protection Law, known as the LGPD"
            if known is not None:
                aliased.setdefault(c.text, known)
        for k, (c, entity, _, _) in enumerate(out):
            known = aliased.get(c.text)
            if known is not None and entity.name == c.text and entity.id != known.id and entity.kind == known.kind:
                out[k] = (c, known, "alias", 0.85)  # "Sapo's head" after "the Security Service, known as Sapo"
        self._spelled_initials(out)
        if not defined:
            return
        for k, (c, entity, _, _) in enumerate(out):
            target = defined.get(c.text)
            if target is not None and entity.name == c.text and entity.id != target.id:
                out[k] = (c, target, "acronym", 0.85)

    def _spelled_initials(self, out: list) -> None:
        """ "the GCSB" after "the Government Communications Security Bureau", "SHC" with "the Sindh High Court": capitals
        the text never defines, spelling the initials of the one body of several words it names, are that body (not
        a second body of their own); letters the gazetteer knows, or two bodies' initials, are left alone."""
        spelled: dict[str, dict[str, Entity]] = {}
        for _, entity, _, _ in out:
            if entity.kind != "Organisation":
                continue
            for name in (entity.name, *entity.aliases):
                words = [w for w in re.split(r"[\s-]+", re.sub(r"^(?:the|The)\s+", "", name)) if w]
                if len(words) >= 2 and sum(w[0].isupper() for w in words) >= 3:
                    letters = "".join(w[0] for w in words if w[0].isupper())
                    spelled.setdefault(letters, {})[entity.id] = entity
        if not spelled:
            return
        for k, (c, entity, _, _) in enumerate(out):
            text = c.text
            if not (text.isupper() and text.isalpha() and 3 <= len(text) <= 6) or entity.name != text:
                continue
            if entity.id in self.gaz.entries or self.gaz.lookup(text) is not None:
                continue
            bodies = spelled.get(text, {})
            if len(bodies) == 1:
                out[k] = (c, next(iter(bodies.values())), "acronym", 0.8)

    def _direct(self, cands: list[Candidate], out: list) -> tuple[list, list]:
        """Unambiguous gazetteer spans resolve now; the rest wait for people, others or context."""
        gaz = self.gaz
        pending: list[tuple[str, Candidate, object]] = []
        persons: list[tuple[Candidate, list[str]]] = []
        for c in cands:
            refs = gaz.candidates(c.span.ent_id_) if c.method == "gazetteer" else []
            if refs and refs[0].how == ALIAS:
                out.append((c, entity_from(gaz.entries[refs[0].entry_id]), "gazetteer", 1.0))
            elif refs:
                pending.append((refs[0].how, c, refs))
            elif c.label in ("EMBASSY", "LAW"):
                pending.append((c.label.lower(), c, None))
            elif c.label == "PERSON" and self._named_as_product(c):
                pending.append(("other", c, None))  # "the messaging app Zalora" tagged PERSON
            elif c.label == "PERSON" and " " in c.text and c.text in gaz.junk_names:
                continue  # "Press contact: Press Office, ...": page furniture of several words tagged as a name
            elif c.label == "PERSON":
                words = strip_honorifics(_NAME_WORDS.findall(c.text), gaz)
                entry = gaz.lookup(c.text)
                if entry is not None:
                    out.append((c, entity_from(entry), "gazetteer", 0.95))
                elif words and not any(ch.isdigit() for ch in c.text) and c.text[:1].isupper():
                    if not self._credit_or_publisher(c):
                        persons.append((c, words))
            else:
                pending.append(("other", c, None))
        return pending, persons

    def _people(self, cands: list[Candidate], persons: list, out: list) -> None:
        known = [e.name for _, e, _, _ in out if e.kind == "Person" and " " in e.name]
        person_of = self._cluster_persons(persons, known)
        for c, words in persons:
            name = person_of.get(" ".join(words)) or self._mononym_after_title(c, words)
            if name:
                out.append((c, new_entity("Person", name), "ner" if name == " ".join(words) else "surname", 0.9))
        full_names = {e.name for _, e, _, _ in out if e.kind == "Person" and " " in e.name}
        out.extend(self._missed_surnames(cands, full_names))

    def _mononym_after_title(self, c: Candidate, words: list[str]) -> str | None:
        """ "Communication Minister Rudiantara said", "PTA chairman Hafeez-ur-Rehman told": one name right after an
        office's title word, abbreviating no full name of the story, is the whole name of a person known by one (not
        "Minister Jakarta": a name the gazetteer knows)."""
        span = c.span
        if len(words) != 1 or span.start == 0 or len(words[0]) < 4 or not words[0][:1].isupper():
            return None
        title = span.doc[span.start - 1]
        if title.pos_ not in ("NOUN", "PROPN") or title.lower_ not in self.gaz.title_heads:
            return None
        if self.gaz.lookup(words[0]) is not None or words[0] in self.gaz.demonyms:
            return None
        return words[0]

    def _others(self, others: list[Candidate], cands: list[Candidate], full_names: set[str], out: list) -> None:
        """NER organisations, products, places: surnames, gazetteer, fuzzy, acronyms, or new entities."""
        acronyms: dict[str, Entity] = {}
        for c, entity, _, _ in out:
            acronym = self._acronym_after(c)
            if acronym and entity.kind in ("Organisation", "Product", "Law"):
                acronyms.setdefault(acronym, entity)
        for c in sorted(others, key=lambda c: -len(c.span)):  # long names first, so "(BTK)" can point back
            got = (acronyms[c.text], "acronym", 0.85) if c.text in acronyms else None
            got = got or self._place_initials(c, out) or self._short_form(c, out) or self._place_prefixed(c, out)
            got = got or self._version_alone(c, out) or self._field_alone(c, out)
            got = got or self._resolve_other(c, full_names)
            if got:
                out.append((c, *got))
                acronym = self._acronym_after(c)
                if acronym and got[0].kind in ("Organisation", "Product", "Law"):
                    acronyms.setdefault(acronym, got[0])
        # "the Centre for Cyber Security" the NER called a facility the second time: the body already named so
        known = {c.text: e for c, e, _, _ in out if e.kind in ("Organisation", "Law") and " " in c.text}
        known.update({e.name: e for _, e, _, _ in out if e.kind in ("Organisation", "Law") and " " in e.name})
        resolved = {c.start for c, _, _, _ in out}
        for c in others:
            if c.start not in resolved and c.text in known:
                out.append((c, known[c.text], "same name", 0.8))
        out.extend(self._acronym_mentions(cands, out, acronyms))

    def _place_prefixed(self, c: Candidate, out: list):
        """ "the city's Cyber Command" after "NYC Cyber Command", "the Army" after "the Indian Army": a body named
        without the place (or its demonym) its full name opens with is the same body; of several such bodies, the one
        named last before it ("The Indian Army ordered ... the Army said", though the story names the US Army later)."""
        if c.label != "ORG" or not c.text[:1].isupper() or self.gaz.lookup(c.text) is not None:
            return None
        places = {n for _, e, _, _ in out if e.kind == "Jurisdiction" for n in (e.name, *e.aliases)}
        places |= {  # "NYC" for "New York City"
            "".join(w[0] for w in e.name.split() if w[0].isupper())
            for _, e, _, _ in out
            if e.kind == "Jurisdiction" and len(e.name.split()) >= 2
        }
        same: dict[str, tuple[Entity, int]] = {}  # entity id -> (entity, its last start before c, or -1)
        for named, entity, _, _ in out:
            if entity.kind != "Organisation" or not entity.name.endswith(" " + c.text):
                continue
            prefix = entity.name[: -len(c.text) - 1]
            if (
                self.gaz.lookup(prefix, ("Jurisdiction",)) is None
                and prefix not in places
                and prefix not in self.gaz.demonyms
            ):
                continue
            at = named.start if named.start < c.start else -1
            same[entity.id] = (entity, max(at, same.get(entity.id, (entity, -1))[1]))
        if len(same) == 1:
            return next(iter(same.values()))[0], "short form", 0.75
        before = sorted((at, entity.id, entity) for entity, at in same.values() if at >= 0)
        return (before[-1][2], "short form", 0.75) if before else None

    def _version_alone(self, c: Candidate, out: list):
        """ "XP" after "Windows XP": one word that ends the name of one product the text has named (its edition or
        version, said without the product line) is that product, not a body of its own."""
        if c.label not in ("ORG", "PRODUCT") or " " in c.text or not c.text[:1].isupper():
            return None
        if self.gaz.lookup(c.text) is not None:
            return None
        same = {e.id: e for _, e, _, _ in out if e.kind == "Product" and e.name.endswith(" " + c.text)}
        return (next(iter(same.values())), "short form", 0.75) if len(same) == 1 else None

    def _fields_alone(self, out: list) -> None:
        """A department's field said alone (:meth:`_field_alone`) again, once the bodies named in context are known too
        ("the Commerce Department" in a US story, then "Commerce has not commented"), for the new bodies it made."""
        for k, (c, entity, how, _) in enumerate(out):
            if how == "ner" and entity.name == c.text and (got := self._field_alone(c, out)) is not None:
                out[k] = (c, *got)

    def _field_alone(self, c: Candidate, out: list):
        """ "Commerce" after "the Commerce Department", "Justice" after "the Department of Justice": a department's or
        ministry's field said alone, as US and British news call the body, is that body when the text has named only
        one so ("Commerce" with no such body named stays what it is)."""
        if c.label != "ORG" or " " in c.text or not c.text.istitle() or self.gaz.lookup(c.text) is not None:
            return None
        forms = {f"{c.text} {head}" for head in _FIELD_HEADS} | {f"{head} of {c.text}" for head in _FIELD_HEADS}
        same = {
            e.id: e
            for named, e, _, _ in out
            if e.kind == "Organisation"
            and any(n == form or n.endswith(" " + form) for n in (named.text, e.name, *e.aliases) for form in forms)
        }
        return (next(iter(same.values())), "short form", 0.75) if len(same) == 1 else None

    @staticmethod
    def _place_initials(c: Candidate, out: list):
        """ "PNG" after "Papua New Guinea": capitals spelling the initials of a place of several words the text has
        named are that place (bodies define theirs in brackets, places seldom do)."""
        text = c.text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5):
            return None
        for _, e, _, _ in out:
            words = [w for w in re.split(r"[\s-]+", e.name) if w and w[0].isupper()]
            if e.kind == "Jurisdiction" and len(words) >= 2 and "".join(w[0] for w in words) == text:
                return e, "acronym", 0.8
        return None

    @staticmethod
    def _short_form(c: Candidate, out: list):
        """ "Auburn" after "Auburn University": a body's name without its generic head word is the same body.

        And the other way round: "the Committee" after "the Public Petitions Committee" is that committee."""
        if c.label != "ORG" or not c.text[:1].isupper():
            return None
        head = _head_only(c.text)
        paper = re.sub(r"^(the|The)\s+", "", c.text)
        if paper.lower() in PAPER_HEADS:  # "the Journal" after "The Wall Street Journal": the same paper
            head = paper
        if head:
            same = _bodies_ending_in(head, out)
            if len(same) == 1:
                return same[0], "short form", 0.75
        for _, entity, _, _ in out:
            if entity.kind != "Organisation" or not entity.name.startswith(c.text + " "):
                continue
            rest = entity.name[len(c.text) + 1 :].split()
            if rest and all(w.lower() in _SHORT_FORM_HEADS for w in rest):
                return entity, "short form", 0.8
        # "Defence" after "the Department of Defence": a department or ministry called by its field alone
        fields = {
            entity.id: entity
            for _, entity, _, _ in out
            if entity.kind == "Organisation"
            and re.fullmatch(rf"(?:Department|Ministry) (?:of|for) (?:the )?{re.escape(c.text)}", entity.name)
        }
        if len(fields) == 1 and " " not in c.text:
            return next(iter(fields.values())), "short form", 0.75
        return None

    def _home_named_near(self, c: Candidate, refs, out: list) -> bool:
        """ "The European Parliament banned X. In Britain, Parliament followed suit": a country one of the bare word's
        bodies belongs to, named in its sentence (or as the place of the sentence before), tells that country's body,
        not the one the story names in full."""
        homes = {self.gaz.by_country.get(self.gaz.entries[r.entry_id].country or "") for r in refs} - {None}
        sent = c.span.sent
        before = c.span.doc[sent.start - 1].sent if sent.start > 0 else None
        for cand, entity, _, _ in out:
            if entity.id not in homes:
                continue
            at = cand.span.sent
            if at.start == sent.start or (
                before is not None and at.start == before.start and is_locative(cand.span, self.gaz)
            ):
                return True
        return False

    def _in_context(self, pending: list, out: list) -> None:
        """Capitals, ambiguous aliases, "the government", embassies and laws, once the document's focus is known."""
        gaz = self.gaz
        # "Ottawa bars X": a capital standing for its government acts for its country, as its name would
        acting = [
            (c, entity_from(gaz.entries[refs[0].entry_id]), None, None)
            for how, c, refs in pending
            if how == CAPITAL and not is_locative(c.span, gaz) and c.span.root.dep_ in _SUBJECT_DEPS
        ]
        scores = self._scores(out + acting)
        resolved_ids = {e.id for _, e, _, _ in out}
        # names the text gives, resolved or not ("on the Hill" names no actor, yet it tells the House is the US one)
        mentioned_names = {e.name for _, e, _, _ in out} | {c.text for c, _, _, _ in out} | self._named
        for how, c, refs in pending:
            got = None
            if how == CAPITAL:
                entry = gaz.entries[refs[0].entry_id]
                if not is_locative(c.span, gaz):
                    got = (entity_from(entry), "capital", 0.85)
                elif scores.get(entry.country or "", 0) > 0:
                    # "in Washington" in a story whose actors are US bodies still names the US
                    got = (entity_from(entry), "capital", 0.6)
            elif how == CONTEXTUAL:
                if c.text in gaz.place_metonyms and is_locative(c.span, gaz):
                    continue
                if _word_not_software(c.span, [gaz.entries[r.entry_id] for r in refs]):
                    continue  # "Outlook for the unit remains strong", "Excel Logistics won", "Windows were smashed"
                got = self._state_court(c)  # "the Texas Supreme Court" is not the US Supreme Court
                if got is not None:
                    out.append((c, *got))
                    continue
                head = _head_only(c.text)
                named = _bodies_ending_in(head, out) if head else []
                if (
                    len(named) == 1
                    and not any(r.entry_id in resolved_ids for r in refs)
                    and not self._home_named_near(c, refs, out)
                ):
                    # "The European Parliament will ban X ... The decision was taken by Parliament President Y": the
                    # one body the story names in full with that head word, not a national one it never names
                    out.append((c, named[0], "short form", 0.8))
                    continue
                entry = self._choose(
                    refs, scores, resolved_ids, mentioned_names, _described(c.span), self._listed_kinds(c, out)
                )
                if entry is not None and _coded_other_thing(c.span, entry):
                    continue  # "the R1 road", "the R1 visa category": a code that names a model only as one
                if entry is not None and self._foreign_body(entry, scores, resolved_ids, mentioned_names):
                    # "the Ministry of Defence" in a Danish story: Denmark's, a body every country has
                    got = self._apposed_body(c, out) or self._generic(c, scores)
                    if got is None and re.sub(r"^(?:the|The) ", "", c.text)[:1].islower():
                        continue  # "members of the armed forces" there: a common noun, not the British forces
                if entry is not None:
                    got = got or (entity_from(entry), "context", 0.8)
                else:
                    got = self._apposed_body(c, out) or self._generic(c, scores) or self._shared_name(c, refs)
                if got is None and gaz.country_in_context(c.text) and c.span[0].ent_type_ == "ORG":
                    # "Nigeria lifted its ban. The Commonwealth said it welcomed": not that country's story, the
                    # NER's body again
                    got = self._resolve_other(replace(c, label="ORG"), set())
            elif how == GENERIC:
                got = self._apposed_body(c, out) or self._generic(c, scores)
            elif how == GOVERNMENT:  # "Kyrgyzstan suspended X, with the government citing ...": that country's
                # "Indonesia cut off access on Saturday. 'The government views ...'": the country the sentence before
                # is about, as its main subject
                entry = self._country_set_before(c) or self._subject_country_before(c) or self.focus_country(scores)
                if entry is not None:
                    got = (entity_from(entry), "context", 0.75)
            elif how == "embassy":
                got = self._embassy(c)
            elif how == "law":
                got = self._law(c, out)
            if got:
                out.append((c, *got))

    # ------------------------------------------------------------------ persons
    def _cluster_persons(self, persons: list[tuple[Candidate, list[str]]], known: list[str]) -> dict[str, str]:
        """Map each person surface (honorifics stripped) to its canonical full name, or leave it out.

        ``known`` are full names already resolved (gazetteer people): surnames may abbreviate them too.
        """
        # names used as modifiers ("Uighur Muslim community") may abbreviate a person but never introduce one
        counts = Counter(" ".join(w) for c, w in persons if len(w) >= 2 and not self._modifier(c))
        canon: dict[str, str] = {name: name for name in known}
        names = sorted(counts, key=lambda n: (-counts[n], -len(n)))
        for name in names:
            last = name.split()[-1]
            for other in list(dict.fromkeys(canon.values())):
                if other.split()[-1] == last and difflib.SequenceMatcher(None, name, other).ratio() >= 0.85:
                    canon[name] = other
                    break
            else:
                canon[name] = name
        fulls = list(dict.fromkeys(canon.values()))
        for _, words in persons:
            key = " ".join(words)
            if key in canon:
                continue
            match = self._by_surname(words, fulls)
            if match:
                canon[key] = match
        # a multi-word surface that abbreviates another full name ("De Croo" for "Alexander De Croo"), or its
        # first names in naming customs without a family name last ("Hassan Sheikh" for "Hassan Sheikh Mohamud")
        for key in list(canon):
            if canon[key] == key:
                words = key.lower().split()
                longer = [f for f in fulls if f != key and f.lower().split()[-len(words) :] == words]
                if not longer and len(words) >= 2:
                    longer = [
                        f for f in fulls if len(f.split()) > len(words) and f.lower().split()[: len(words)] == words
                    ]
                if len(longer) == 1:
                    canon[key] = longer[0]
        for c, words in persons:  # "Robert Kyagulanyi, ... better known as Bobi Wine": another name for the same person
            span = c.span
            doc = span.doc
            if span.start < 2 or doc[span.start - 1].lower_ != "as" or doc[span.start - 2].lower_ != "known":
                continue
            named = [(p.span.start, w) for p, w in persons if p.span.sent == span.sent and p.span.end < span.start]
            if named:
                target = canon.get(" ".join(max(named)[1]))
                if target:
                    canon[" ".join(words)] = target
        return canon

    def _native_names(self, out: list) -> None:
        """ "the Higher Council for Cyberspace Security (Conselho Superior de Segurança do Ciberespaço, or CSSC)": the
        bracket before ", or" holds the body's name in its own language; a name found inside it is that whole name,
        the body's."""
        doc = self.adoc.doc
        for c, entity, _, _ in list(out):
            if entity.kind != "Organisation" or self._acronym_after(c) is None:
                continue
            i = c.span.end
            close = next((k for k in range(i + 1, min(i + 20, len(doc))) if doc[k].text == ")"), None)
            if close is None or close - i < 5 or doc[close - 2].lower_ != "or":
                continue
            native = doc[i + 1 : close - 3]
            inside = [
                k for k, (o, _, _, _) in enumerate(out) if native.start <= o.span.start and o.span.end <= native.end
            ]
            if not native or not native[0].is_title or not inside:
                continue
            whole = Candidate(native, native.start_char, native.end_char, native.text, "ORG", "native")
            first, *rest = inside
            out[first] = (whole, entity, "native name", 0.85)
            for k in reversed(rest):
                del out[k]

    def _acronym_after(self, c: Candidate) -> str | None:
        """ "Information and Communication Technologies Authority (BTK)" -> "BTK"."""
        doc = c.span.doc
        i = c.span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            word = doc[i + 1].text
            if word.isupper() and 2 <= len(word) <= 8 and word.isalpha():
                return word
            if _initials_of(word, c.text):
                return word  # "the Department of Information Technology (DoIT)": capitals and small letters
        if i + 4 < len(doc) and doc[i].text == "(":
            # "the Higher Council for Cyberspace Security (Conselho Superior de ..., or CSSC)": the name in its own
            # language, then the acronym
            close = next((k for k in range(i + 1, min(i + 20, len(doc))) if doc[k].text in (")", "(")), None)
            if close is not None and doc[close].text == ")" and close - i >= 4:
                word = doc[close - 1].text
                if (
                    doc[close - 2].lower_ == "or"
                    and doc[close - 3].text == ","
                    and word.isupper()
                    and 2 <= len(word) <= 8
                    and word.isalpha()
                ):
                    return word
        return None

    def _acronym_mentions(self, cands: list[Candidate], out: list, acronyms: dict[str, Entity]) -> list:
        """Mentions of an acronym defined in the text ("(BTK)") that the NER left untagged."""
        if not acronyms:
            return []
        taken = {i for c in cands for i in range(c.span.start, c.span.end)}
        taken |= {i for c, _, _, _ in out for i in range(c.span.start, c.span.end)}
        found = []
        for tok in self.adoc.doc:
            entity = acronyms.get(tok.text)
            if entity is not None and tok.i not in taken:
                span = self.adoc.doc[tok.i : tok.i + 1]
                cand = Candidate(span, span.start_char, span.end_char, span.text, "ORG", "acronym")
                found.append((cand, entity, "acronym", 0.85))
        return found

    def _missed_surnames(self, cands: list[Candidate], full_names: set[str]) -> list:
        """Bare surnames of people already named that the NER did not tag ("Lindqvist added ...")."""
        by_last: dict[str, list[str]] = {}
        for name in full_names:
            by_last.setdefault(name.split()[-1], []).append(name)
        covered = {i for c in cands for i in range(c.span.start, c.span.end)}
        doc = self.adoc.doc
        found = []
        for tok in tokens_spelt(doc, by_last):  # only the tokens spelt like a surname (was: every token)
            names = by_last.get(tok.text)
            if not names or len(names) != 1 or tok.i in covered or tok.pos_ != "PROPN":
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue  # part of a longer, different name
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in self.gaz.honorifics else tok.i
            if start != tok.i and start in covered:
                start = tok.i
            span = doc[start : tok.i + 1]
            cand = Candidate(span, span.start_char, span.end_char, span.text, "PERSON", "surname")
            found.append((cand, new_entity("Person", names[0]), "surname", 0.7))
        return found

    @staticmethod
    def _by_surname(words: list[str], fulls: list[str]) -> str | None:
        low = [w.lower() for w in words]  # "Van Huffelen" opening a sentence abbreviates "Alexandra van Huffelen"
        hits = [f for f in fulls if f.lower().split()[-len(words) :] == low and len(f.split()) > len(words)]
        if not hits and len(words) == 1:
            # "Zulkifli told reporters" after "Trade Minister Zulkifli Hasan": many naming customs lead with
            # the personal name; only when exactly one full name opens with it
            hits = [f for f in fulls if f.split()[0] == words[0] and len(f.split()) > 1]
        return hits[0] if len(hits) == 1 else None

    # ------------------------------------------------------------------ others
    def _known_as(self, c: Candidate) -> Entity | None:
        """ "the General Data Protection Law, known by its Portuguese initials as the LGPD": another name of the entity
        the participle describes."""
        root = c.span.root
        prep = root.head
        initials = ("acronym", "initial", "initials", "abbreviation")
        if root.dep_ == "appos" and root.head.lemma_.lower() in initials and root.head.dep_ == "pobj":
            prep = root.head.head  # "known by its German initials BAKOM"
        elif not (
            root.dep_ == "pobj"
            and (
                prep.lower_ == "as"
                # "known by its Czech acronym NÚKIB": the acronym word taken for a modifier of the name
                or (prep.lower_ == "by" and any(t.lemma_.lower() in initials for t in root.children))
            )
        ):
            return None
        if prep.lower_ not in ("as", "by"):
            return None
        verb = prep.head
        verbs = ("know", "call", "dub", "nickname", "abbreviate")
        for _ in range(3):  # "known by its initials as": the parser may hang "as" on "initials"
            if verb.lemma_.lower() in verbs or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() not in verbs or verb.dep_ not in ("acl", "relcl"):
            return None
        named = verb.head
        for c2, entity, _, _ in self._resolved_so_far:
            if c2.span.start <= named.i < c2.span.end and entity.kind in ("Organisation", "Law", "Product"):
                return entity
        return None

    def _resolve_other(self, c: Candidate, full_names: set[str]) -> tuple[Entity, str, float] | None:
        gaz = self.gaz
        words = strip_honorifics(_WORD.findall(c.text), gaz)
        if words:
            match = self._by_surname(words, sorted(full_names))
            if match:  # spaCy's "Dowden" as GPE
                return new_entity("Person", match), "surname", 0.8
        entry = gaz.lookup(c.text)
        if entry is not None:
            return entity_from(entry), "gazetteer", 0.95
        if c.method == "local_court" and (seat := local_court_seat(c.span)) is not None:
            return new_entity("Organisation", f"{seat} court"), "court", 0.6  # "a court in Milan": the Milan court
        if c.method == "court" and not self._credit_or_publisher(c):
            return new_entity("Organisation", c.text), "court", 0.7  # "the administrative court in Cologne"
        if c.label in ("ORG", "PRODUCT", "PERSON", "GPE"):
            entry = gaz.fuzzy(c.text)
            if entry is not None:
                return entity_from(entry), "fuzzy", 0.8
        last = c.text.split()[-1]
        if c.label in ("ORG", "PRODUCT", "WORK_OF_ART") and last.lower() in LAW_HEADS and last[:1].isupper():
            return self._law(c, [])  # "the Foreign Agents Transparency Act" labelled ORG
        if c.label in ("ORG", "WORK_OF_ART") and re.match(r"(?:Law|Decree|Ordinance)\s+(?:on|of)\s+[A-Z]", c.text):
            return self._law(c, [])  # "the Law on Telecommunications 2023" labelled a work of art
        if c.label in ("ORG", "PRODUCT", "GPE", "WORK_OF_ART", "PERSON") and self._named_as_product(c):
            if self._plausible_name(c, as_product=True):
                return new_entity("Product", c.text), "product", 0.7
        if c.label in ("GPE", "ORG") and (city := self._city_named(c)) is not None and self._plausible_name(c):
            return new_entity("Jurisdiction", city), "city", 0.7  # "The City of Springfield will remove ..."
        if c.label == "GPE" and _place_acting(c.span) and self._plausible_name(c):
            return new_entity("Jurisdiction", c.text), "city", 0.65  # "Portland, Oregon, barred X": the city acts
        if c.label == "ORG" and self._title_acronym(c.text):
            return None  # "the CAO" after "Chief Administrative Officer": a title, not a body
        if c.label == "ORG" and self._plausible_name(c):
            return new_entity("Organisation", c.text), "ner", 0.7
        if (
            c.label == "WORK_OF_ART"
            and len(c.text.split()) >= 2
            and c.text.split()[-1].lower() in _BODY_END | _MEMBERS_BODIES
            and not _titled_work(c.span)
            and self._plausible_name(c)
        ):
            # "The Somali Journalists Syndicate" the NER took for the title of a work
            return new_entity("Organisation", c.text), "ner", 0.7
        if c.label == "GPE" and c.text.endswith(" City") and gaz.lookup(c.text[: -len(" City")]) is not None:
            return new_entity("Jurisdiction", c.text), "city", 0.7  # "New York City", "Ho Chi Minh City"
        if c.label == "PRODUCT" and self._plausible_name(c):
            return new_entity("Product", c.text), "ner", 0.6
        if c.label == "GPE" and self._named_as_region(c) and self._plausible_name(c):
            return new_entity("Jurisdiction", c.text), "region", 0.7  # "the semi-autonomous region of Puntland"
        return None

    def _city_named(self, c: Candidate) -> str | None:
        """The town a city government is named for: "The City of Springfield" (one name), "the city of Halifax" (the
        NER's name after the lower-case word). A municipality acting is a jurisdiction, as states and provinces are."""
        doc, start = c.span.doc, c.span.start
        if c.label == "GPE" and (city := _CITY_OF.fullmatch(c.text)) is not None:
            word = next(t for t in c.span if t.lower_ in _CITY_WORDS)
            return city.group(1) if _acting(word) else None
        if (
            start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in _CITY_WORDS
            and c.text[:1].isupper()
        ):
            return c.text if _acting(doc[start - 2]) else None  # not "based in the eastern city of X": a place
        return None

    _REGION_NOUNS = {"region", "province", "state", "territory", "enclave", "republic", "emirate", "county"}

    def _named_as_region(self, c: Candidate) -> bool:
        """An unknown place the text calls a region, province or state ("the semi-autonomous region of Puntland or
        Somaliland", "the Tigray region"): a jurisdiction of its own, not a mere place."""
        root = c.span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "region of Puntland or [Somaliland]"
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self._REGION_NOUNS:
            return True
        return head.lemma_.lower() in self._REGION_NOUNS and root.dep_ == "compound" and head.i == root.i + 1

    def _title_acronym(self, text: str) -> bool:
        """An all-capitals word spelling the initials of a capitalised job title in the text ("CAO")."""
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5):
            return False
        if not hasattr(self, "_acronyms_of_titles"):
            found: set[str] = set()
            run: list = []
            for t in [*self.adoc.doc, None]:
                if t is not None and t.is_title and t.is_alpha:
                    run.append(t)
                    continue
                if len(run) >= 2 and self.gaz.is_title_word(run[-1].text):
                    for k in range(len(run) - 1):
                        found.add("".join(x.text[0] for x in run[k:]).upper())
                run = []
            self._acronyms_of_titles = found
        return text in self._acronyms_of_titles

    def _named_as_product(self, c: Candidate) -> bool:
        """An unknown name the text calls an app or service: "the messaging app Foo", "Foo app", "Foo, a game"."""
        doc = c.span.doc
        before = doc[c.span.start - 1] if c.span.start > 0 else None
        after = doc[c.span.end] if c.span.end < len(doc) else None
        if before is not None and before.lemma_.lower() in PRODUCT_NOUNS:
            return True
        root = c.span.root
        if after is not None and after.lemma_.lower() in PRODUCT_NOUNS and root.head.i == after.i:
            return True
        return any(ch.dep_ == "appos" and ch.lemma_.lower() in PRODUCT_NOUNS for ch in root.children)

    def _plausible_name(self, c: Candidate, as_product: bool = False) -> bool:
        gaz = self.gaz
        text = c.text
        if (self._modifier(c) and not as_product) or self._credit_or_publisher(c):
            return False
        numbered = re.match(r"\d+(?:st|nd|rd|th) [A-Z]", text)  # "9th U.S. Circuit Court of Appeals"
        numbered = numbered or re.match(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]", text)  # "al-Shabab": an article
        if len(text) < 2 or "\n" in text or not (text[:1].isupper() or numbered) or text in gaz.junk_names:
            return False
        if text.isupper() and (
            text.title() in gaz.junk_names or text.capitalize() in gaz.junk_names or _heading(c.span)
        ):
            return (
                False  # "ON THE HILL", "BACKGROUND (departmental)": a section heading in capitals on a line of its own
            )
        if _unit_code(c.span):
            return False  # "NOK 1m a day", "13:10 NPT": a currency before an amount, a time zone after a clock time
        if re.match(r"[A-Z]{3,}(?: [A-Z]{3,})*,? [-\u2013\u2014] ", text) or text.split()[-1] in _NO_NAME_END:
            return False  # "ISTANBUL - Access to": a dateline run into the lead, cut off at a function word
        if "/" in text or re.search(r"\b(Photo|Photos|Image|Images|Illustration)\b", text):
            return False  # picture credits: "AP Photo/Jane Doe"
        if _in_portfolio(c.span):
            return False  # "Minister of Transformation and [Public Service]": a portfolio, not a body
        words = text.split()
        body = words[-1].lower() in _BODY_END  # "General Intelligence and Security Service" is a body
        # "Montana Department of Justice": a body named for its field, even when the field is a title word
        named_for = any(
            w.lower() in _BODY_END and nxt in ("of", "for") for w, nxt in zip(words, words[1:], strict=False)
        )
        firm = "&" in words  # "Lenz & Partner", "Ernst & Young": partners' names joined, a firm whatever its last word
        if not firm and (
            (words[-1].lower() in gaz.title_heads and not named_for) or (gaz.is_title_word(words[0]) and not body)
        ):
            # "Treasury Board President", "Minister of Electronics": titles, not bodies
            return False
        if text in gaz.demonyms or all(w in gaz.junk_names or w in gaz.demonyms for w in words):
            return False
        if sum(ch.isalpha() for ch in text) < 2:
            return False
        return True

    def _modifier(self, c: Candidate) -> bool:
        """A name used as a modifier: "Commerce Secretary", "Tech entrepreneurs", "Uighur Muslim community"."""
        root = c.span.root
        head = root.head
        if root.dep_ not in ("compound", "amod") or head.i < c.span.end:
            return False
        doc = c.span.doc
        if head.lower_ == "agency" and c.span.end < len(doc) and doc[c.span.end].lower_ == "news":
            return False  # "the Tasnim news agency" names the agency
        if head.lemma_.lower() in OUTLET_NOUNS and head.i == c.span.end:
            return False  # "the Yomiuri Shimbun newspaper reported": the name is the paper's
        if head.lemma_.lower() in _NAMED_BODIES and head.i == c.span.end:
            return False  # "the Renew Europe group", "the Likud party": the name is the group's
        form = c.span[0].text
        if c.label == "ORG" and len(c.span) >= 2 and form.isupper():
            if form.lower() in lexicon_words("actors", "corporate_prefixes") and self.gaz.is_title_word(head.text):
                return False  # "PT Pertamina President Director X": the firm its director heads
        spokes = lexicon_words("actors", "spokes_nouns")  # the voice of a body, not a kind of thing
        if c.label == "ORG" and len(c.span) >= 2 and head.lemma_.lower() in spokes and head.i == c.span.end:
            return False  # "a Zamtel Networks spokesperson said": the body the spokesperson speaks for
        if (
            head.text in POST_NOMINALS
            and c.label == "PERSON"
            and all(t.text in POST_NOMINALS for t in doc[c.span.end : head.i + 1])
        ):
            return (
                False  # "the Hon Tony Burke MP", "Mark Dreyfus KC MP": letters after the name, not a noun it modifies
            )
        return head.tag_ in ("NN", "NNS") or head.lower_ in self.gaz.title_heads

    def _staff(self) -> set[str]:
        """The outlet's own journalists, lower-cased with their surnames: "BEN OKAFOR, BYLINE:" and "MARIA DELGADO,
        HOST:" in a transcript, "our national security correspondent Ben Okafor", a "By Ben Okafor" byline line."""
        if not hasattr(self, "_staff_names"):
            text = doc_text(self.adoc.doc)
            found = {
                m.group(1).title()
                for m in re.finditer(r"(?m)^[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){1,3}), (?:BYLINE|HOST)\b", text)
            }
            found |= {
                m.group(1)
                for m in re.finditer(
                    r"\b[Oo]ur (?:[a-z\-]+ ){0,4}(?:correspondent|reporter|editor|host)\s+([A-Z][\w'\-]+(?: [A-Z][\w'\-]+){1,2})",
                    text,
                )
            }
            # a byline line: "By Jane Doe, Statehouse Bureau", "By Jane Doe and John Roe"
            name = r"(?:[A-Z][\w'\-]+ ){1,2}[A-Z][\w'\-]+"
            desks = set()
            for m in re.finditer(
                rf"(?m)^[ \t]*By ({name})(?: and ({name}))?(?=[ \t]*(?:[,|\u2022\u00b7]|$))(?:,[ \t]*({name})[ \t]*$)?",
                text,
            ):
                # the writers, wherever the body names them again, unless it tells one an office of the story
                found.update(n for n in m.groups()[:2] if n and not self._writer_in_office(n, text[m.end() :]))
                if m.group(3):
                    desks.add(m.group(3).casefold())  # "By Jane Doe, Statehouse Bureau": the outlet's own desk
            self._desk_names = desks
            self._staff_names = {n.casefold() for n in found} | {n.split()[-1].casefold() for n in found}
        return self._staff_names

    def _writer_in_office(self, name: str, body: str) -> bool:
        """The body tells the byline's writer an office that is no newsroom's, so the writer is a person of the story
        (an official writing an op-ed, or a namesake): a title before the name ("Senator Maria Santos, who sponsored
        the bill"), or a title set beside it or told with "is"/"was" ("Brendan Carr is a commissioner of the Federal
        Communications Commission", "Jan Kowalski, a ministry spokesman"). The outlet's own roles keep the writer its
        staff: "Jane Doe is a reporter", "Jane Doe, our correspondent", "Jane Doe covers state government"."""
        newsroom = lexicon_words("actors", "newsroom_roles")
        titles = lexicon_words("actors", "person_titles")
        quoted = re.escape(name)
        for m in re.finditer(rf"\b([A-Z][a-z]+)\.?[ \t]+{quoted}\b", body):
            if self.gaz.is_title_word(m.group(1)) and m.group(1).lower() not in newsroom:
                return True  # "Senator Maria Santos"
        for m in re.finditer(rf"\b{quoted}(?:,|[ \t]+(?:is|was))[ \t]+(?:a|an|the)[ \t]+([^,.;:\n]{{1,80}})", body):
            words = {w.lower() for w in re.findall(r"[A-Za-z-]+", m.group(1))}
            if words & newsroom:
                continue  # "Jane Doe, a reporter for the paper"
            if any(w in titles or self.gaz.is_title_word(w) for w in words):
                return True
        return False

    def _credit_or_publisher(self, c: Candidate) -> bool:
        """News furniture: the outlet itself, a wire credit "(Reporting by X; editing by Y)", a dateline "(X) -"."""
        publisher = (self.adoc.document.publisher or "").casefold()
        name = c.text.casefold()
        staff = self._staff()  # reads the byline's desk too (self._desk_names)
        if c.label == "PERSON" and name in staff:
            return True  # the programme's own reporter or host
        if re.sub(r"^the\s+", "", name) in self._desk_names:
            return True  # the desk a byline names ("By X, Statehouse Bureau"), wherever it is met again
        if publisher and (name in publisher or publisher in name):
            # "Office of Governor Jane Roe" publishing a press release: the office is the outlet, the governor an
            # actor of the story (a name inside any other publisher's is the outlet's: "The Mekong Byte")
            return c.label != "PERSON" or not re.match(r"(?:the\s+)?office\s+of\b", publisher)
        if is_furniture(c.span):
            return True
        doc = c.span.doc
        before = doc[c.span.start - 1] if c.span.start > 0 else None
        after = doc[c.span.end] if c.span.end < len(doc) else None
        if before is not None and after is not None and before.text == "(" and after.text == ")":
            nxt = doc[c.span.end + 1] if c.span.end + 1 < len(doc) else None
            if nxt is not None and nxt.text in ("-", "–", "—"):
                return True
        return False

    def _state_court(self, c: Candidate) -> tuple[Entity, str, float] | None:
        """ "the Karnataka High Court", "the Andhra Pradesh High Court", "the Texas Supreme Court": a court named right
        after a state or province the gazetteer knows is that state's own court, not the country's."""
        word = re.sub(r"^(the|The)\s+", "", c.text)
        if "Court" not in word:
            return None
        doc = c.span.doc
        i = c.span.start - 1
        for j in range(max(i - 2, 0), i + 1):
            place = doc[j : i + 1]
            if not all(t.is_title and t.pos_ == "PROPN" for t in place):
                continue
            known = self.gaz.lookup(place.text)
            if known is not None and known.type == "subdivision":
                return new_entity("Organisation", f"{place.text} {word}"), "generic", 0.6
        return None

    def _generic(self, c: Candidate, scores: Counter) -> tuple[Entity, str, float] | None:
        """ "Kenya's High Court", or "Parliament" in a story about Kenya -> "High Court of Kenya" / "Parliament of Kenya"."""
        word = re.sub(r"^(the|The)\s+", "", c.text)
        word = self.gaz.generic_aliases.get(word, word)  # "China's foreign ministry"
        if word not in self.gaz.generic_institutions and word[:1].upper() + word[1:] in self.gaz.generic_institutions:
            word = word[:1].upper() + word[1:]  # "a parliament spokeswoman" in a Danish story: the Parliament
        if word not in self.gaz.generic_institutions:
            return None
        if _idiomatic_bare(c.span):
            return None  # "a member of parliament", "protesters outside parliament": no body named
        head = _head_only(c.text)
        doc = c.span.doc
        owned = c.span.start > 0 and (doc[c.span.start - 1].tag_ == "POS" or doc[c.span.start - 1].pos_ == "PROPN")
        if head and not owned:
            same = _bodies_ending_in(head, self._resolved_so_far)
            if len(same) == 1:
                return same[0], "short form", 0.7  # "the Parliament's administration" after "the European Parliament"
        country = None
        doc = c.span.doc
        i = c.span.start - 1
        prev = doc[i] if i >= 0 else None
        state_court = self._state_court(c)
        if state_court is not None:
            return state_court
        if (
            prev is not None
            and (prev.pos_ == "PROPN" or (prev.pos_ == "ADJ" and prev.ent_type_ == "NORP"))  # "the Bavarian ..."
            and prev.is_title
            and c.text[:4].lower() != "the "  # "In July the High Court ruled": the word before "the" is no seat
            and prev.ent_type_ != "DATE"  # "a July High Court order": a month is no seat
            and prev.text not in self.gaz.demonyms
            and not (prev.text in _LEVELS and word.startswith("Ministry"))  # "the Union finance ministry": the
            # country's own, not a place's ("the Federal Parliament" is a name)
            and self.gaz.lookup(prev.text) is None
            and (not any(r.how == CAPITAL for r in self.gaz.candidates(prev.text)) or "Court" in word)
        ):  # "the Islamabad High Court" is the court of that city, "Islamabad's government" is not a body
            return new_entity("Organisation", f"{prev.text} {word}"), "generic", 0.6  # "the Madras High Court"
        if i > 0 and doc[i].text in ("'s", "\u2019s") or (i > 0 and doc[i].tag_ == "POS"):
            owner = [e for c2, e, _, _ in self._resolved_so_far if c2.span.end == i and e.kind == "Jurisdiction"]
            country = self.gaz.entries.get(owner[0].id) if owner else None
        elif i >= 0 and doc[i].text in self.gaz.demonyms:
            country = self.gaz.entries.get(self.gaz.demonyms[doc[i].text])  # "the Chinese foreign ministry"
        elif i > 1 and doc[i].lower_ == "whose" and doc[i - 1].text == ",":
            # "following Taiwan and Italy, whose data protection regulator ordered ...": the country just named
            owner = [e for c2, e, _, _ in self._resolved_so_far if c2.span.end == i - 1 and e.kind == "Jurisdiction"]
            country = self.gaz.entries.get(owner[0].id) if owner else None
        if country is None:
            country = self._country_set_before(c) or self._subject_country_before(c)
        if country is None:
            country = self.focus_country(scores)
        if country is None:
            return None
        name = country.name
        if name.startswith("United ") or "Republic" in name or name in _PLURAL_COUNTRIES:
            name = "the " + name  # "Supreme Court of the United Kingdom"
        demonyms = [d for d, jid in self.gaz.demonyms.items() if jid == country.id]
        forms = [f"{word} of {name}", *(f"{d} {word}" for d in demonyms), f"{country.name}'s {word.lower()}"]
        for form in forms:  # "Italy's privacy regulator": the Garante, named in the gazetteer as the Italian authority
            known = self.gaz.lookup(form, ("Organisation",))
            if known is not None:
                return entity_from(known), "generic", 0.7  # "Parliament" in a Norwegian story: the Storting
        made = new_entity("Law" if word in _GENERIC_LAWS else "Organisation", f"{word} of {name}")
        made.aliases.extend(f"{d} {word}" for d in demonyms[:1])  # "Ministry of Defence of Denmark": "Danish ..."
        return made, "generic", 0.6

    def _country_set_before(self, c: Candidate) -> GazEntry | None:
        """The one country the sentence sets the scene with before a generic body ("Italy: blocked by the privacy
        regulator", "In Lithuania, the defence ministry ..."); not a possessor or modifier ("China's DeepSeek")."""
        sent = self.sentences.index(c.start)
        found: dict[str, GazEntry] = {}
        for c2, e, _, _ in self._resolved_so_far:
            if e.kind != "Jurisdiction" or c2.start >= c.start or self.sentences.index(c2.start) != sent:
                continue
            if c2.span.root.dep_ in ("poss", "compound", "amod", "nmod"):
                continue
            entry = self.gaz.entries.get(e.id)
            if entry is not None and entry.type != "subdivision":
                found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def _subject_country_before(self, c: Candidate) -> GazEntry | None:
        """The country the sentence before is about, as its main subject, when this one names none: "India has
        stopped short of a ban. An advisory from the finance ministry ..." is India's ministry."""
        sent = self.sentences.index(c.start)
        found: dict[str, GazEntry] = {}
        for c2, e, _, _ in self._resolved_so_far:
            if e.kind != "Jurisdiction" or c2.start >= c.start:
                continue
            k = self.sentences.index(c2.start)
            if k == sent:
                return None  # a country in this sentence, set otherwise ("China's DeepSeek"): no guess from before
            root = c2.span.root
            if k == sent - 1 and root.dep_ == "nsubj" and root.head.dep_ == "ROOT":
                entry = self.gaz.entries.get(e.id)
                if entry is not None and entry.type != "subdivision":
                    found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def _embassy(self, c: Candidate) -> tuple[Entity, str, float] | None:
        gaz = self.gaz
        span = c.span
        country = None
        city = None
        for i, tok in enumerate(span):
            if tok.text in gaz.demonyms and country is None:
                country = gaz.entries[gaz.demonyms[tok.text]]
            if tok.lower_ == "in":
                city = span[i + 1 :].text
                break
        if country is None:
            of = re.search(r"\bof\s+(?:the\s+)?(.+?)(?:\s+in\s+|$)", span.text)
            if of:
                country = gaz.lookup(of.group(1), ("Jurisdiction",))
        if country is None:
            owner = re.match(r"(?:the\s+)?(.+?)\s*['\u2019]s?\s+(?:embassy|consulate)\b", span.text, re.I)
            if owner:
                country = gaz.lookup(owner.group(1), ("Jurisdiction",))  # "China's embassy in Berlin"
        if country is None:
            return None
        name = f"Embassy of {country.name}" + (f" in {city}" if city else "")
        return new_entity("Organisation", name), "embassy", 0.85

    def _law(self, c: Candidate, resolved: list) -> tuple[Entity, str, float] | None:
        gaz = self.gaz
        words = c.text.split()
        if words and words[0].lower() in _SECTION_WORDS:
            # "Section 69A": a part of the law named nearest in the same sentence
            sent = self.sentences.index(c.start)
            laws = [
                (abs(c2.start - c.start), e)
                for c2, e, _, _ in resolved
                if e.kind == "Law" and self.sentences.index(c2.start) == sent
            ]
            m = re.search(r"\bof\s+(?:the\s+)?(.+)$", c.text)
            if m:
                entry = gaz.lookup(m.group(1), ("Law",))
                if entry:
                    return entity_from(entry), "law", 0.8
            if laws:
                return min(laws, key=lambda t: t[0])[1], "law", 0.7
            title = m.group(1).split() if m else []
            if (
                len(title) >= 2
                and title[-1].lower() in LAW_HEADS
                and title[0][:1].isupper()
                and all(w[:1].isupper() or w in ("of", "on", "and", "for", "the", "to", "against") for w in title)
            ):
                # "Section 37 of the Prevention of Electronic Crimes Act gives ...": the law the section is part of
                return new_entity("Law", " ".join(title), **self._law_properties(c)), "law", 0.7
            if len(words) == 2 and words[0] == "Section" and re.fullmatch(r"\d[\w.\-]*", words[1]):
                doc = c.span.doc
                k = c.span.end
                if k < len(doc) and doc[k].lower_ == "of":
                    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
                    name = []
                    while k < len(doc) and doc[k].is_title:
                        name.append(doc[k].lower_)
                        k += 1
                    if name and name[-1] in ("statutes", "code"):
                        # "Section 934.50 of the Florida Statutes": a state code's section is the law itself
                        return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.65
            return None
        entry = gaz.lookup(c.text, ("Law",)) or gaz.fuzzy(c.text, ("Law",))
        if entry is not None:
            return entity_from(entry), "gazetteer", 0.9
        key = _bill_key(c.text)
        if key is not None:
            # "Senate Bill 419" ... "SB 419": a bill by its full and its abbreviated number is one bill
            same = next((e for c2, e, _, _ in resolved if e.kind == "Law" and _bill_key(c2.text) == key), None)
            if same is not None:
                return same, "law", 0.8
        if len(words) == 2 and re.match(BILL_NUMBER_PREFIX, words[0]) and words[1].isdigit():
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7
        if (
            re.search(r"\b(?:Law|Decree|Regulation|Ordinance|Resolution)\s+(?:(?:No|Nr)\.?\s*)?\d", c.text)
            or _TITLED_LAW.match(c.text)
            or (c.label == "LAW" and re.match(r"On\s+(?:the\s+)?[A-Z]", c.text))  # the law "On the Status of ..."
            or re.match(r"(?:Directives?|Guidelines|Regulations|Rules)\s+(?:on|for)\s+(?:the\s+)?[A-Z]", c.text)
            or re.match(r"Act\s+on\s+(?:the\s+)?[A-Z]", c.text)  # "the Act on Cyber Security"
        ):
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7
        fiscal = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z].*?\b(?:Act|Law|Bill)\s+for\s+Fiscal\s+Year\s+\d{4})", c.text)
        fiscal = fiscal or re.fullmatch(
            r"(?:[Tt]he\s+)?([A-Z].*?\b(?:Authorization|Appropriations)\s+(?:Act|Law|Bill)\s+for\s+\d{4})", c.text
        )
        if fiscal:  # "the National Defense Authorization Act for Fiscal Year 2020": that year's act, its own name
            return new_entity("Law", fiscal.group(1), **self._law_properties(c)), "law", 0.75
        amendment = re.fullmatch(rf"(?:[Tt]he\s+)?((?:{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\s+Amendment)", c.text)
        if amendment:  # "the First Amendment", "the 14th Amendment": a constitution's numbered clause
            return new_entity("Law", amendment.group(1), **self._law_properties(c)), "law", 0.7
        core = [w.rstrip(",") for w in words if not re.fullmatch(r"\d[\d\-/.]*|of", w)]  # "IT Security Act 2.0"
        if len(core) >= 2 and core[-1].lower() in LAW_HEADS | {"rules"} and core[-1][:1].isupper():
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7  # "... Rules, 2009" too
        if c.label == "LAW" and re.fullmatch(
            r"law of (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})", c.text
        ):
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7  # "the law of 3 April 1955"
        if c.label == "LAW" and re.fullmatch(r"On (?:the )?[A-Z].*", c.text) and len(words) >= 3:
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7  # the law "On Mass Media"
        if len(core) == 2 and core[1] == "law" and core[0][:1].isupper() and c.label == "LAW":
            return new_entity("Law", c.text, **self._law_properties(c)), "law", 0.7  # "the Yarovaya law"
        return None

    def _law_properties(self, c: Candidate) -> dict:
        """Jurisdiction (a name in the title, else the story's country) and year (in the title) of a new law."""
        props: dict = {}
        year = re.search(r"\b(1[89]\d\d|20\d\d)\b", c.text)
        if year:
            props["year"] = int(year.group(1))
        entry = None
        for n in range(min(3, len(c.span)), 0, -1):  # "Utah Social Media Regulation Act"
            refs = self.gaz.candidates(c.span[:n].text)
            if refs and refs[0].how == ALIAS and self.gaz.entries[refs[0].entry_id].kind == "Jurisdiction":
                entry = self.gaz.entries[refs[0].entry_id]
                break
        if entry is None:  # the jurisdiction or body named in the same sentence ("Montana ... signed SB 419")
            sent = self.sentences.index(c.start)
            for c2, e2, _, _ in sorted(self._resolved_so_far, key=lambda t: t[0].start):
                g = self.gaz.entries.get(e2.id)
                if g is None or self.sentences.index(c2.start) != sent or g.kind in ("Law", "Product", "Person"):
                    continue
                if g.kind == "Jurisdiction":
                    entry = g
                elif g.type in ("legislature", "ministry", "regulator", "court", "government", "agency"):
                    entry = self.gaz.country_entry(g.country)
                if entry is not None:
                    break
        if entry is None:
            entry = self.focus_country(self._scores(self._resolved_so_far))
        if entry is not None:
            props["jurisdiction"] = entry.name
        return props

    # ------------------------------------------------------------------ context
    def _scores(self, out) -> Counter:
        from loaders.extract.base import Mention

        mentions = [Mention(c.start, c.end, c.text, e.id, e.kind, self.sentences.index(c.start)) for c, e, _, _ in out]
        return focus_scores(self.adoc, self.gaz, mentions)

    def focus_country(self, scores: Counter) -> GazEntry | None:
        """The country the document is about: the most acting one (never the EU)."""
        for code, score in scores.most_common():
            if code != "EU" and score > 0:
                return self.gaz.country_entry(code)
        return None

    def _foreign_body(self, entry: GazEntry, scores: Counter, resolved_ids: set[str], mentioned: set[str]) -> bool:
        """A national body known only in context ("the Ministry of Defence" for the British one) chosen in a story
        that acts mostly in another country, with nothing else pointing at that body: "the Ministry of Defence" of a
        Danish story is Denmark's, though Britain is named in passing."""
        if entry.kind != "Organisation" or not entry.country or entry.country == "EU" or entry.id in resolved_ids:
            return False
        if any(r in mentioned for r in entry.related):
            return False
        focus = self.focus_country(scores)
        # clearly elsewhere: "the Senate" of a story about China's app, which the US Congress is acting on, stays the US one
        return (
            focus is not None
            and focus.country != entry.country
            and scores[focus.country] >= 3 * max(scores[entry.country], 1.0)
        )

    def _shared_name(self, c: Candidate, refs) -> tuple[Entity, str, float] | None:
        """ "the Securities and Exchange Commission", "the SEC": a body's name that several countries' bodies share,
        in a story naming none of their countries ("Coinbase shares fell after the Securities and Exchange Commission
        sued", "Ghana's Securities and Exchange Commission"), is still a body, told by its own name; not a single
        word a generic institution's ("Parliament", "Congress") nor a common noun."""
        text = re.sub(r"^(?:the|The) ", "", c.text)
        countries = {self.gaz.entries[r.entry_id].country for r in refs}
        kinds = {self.gaz.entries[r.entry_id].kind for r in refs}
        if len(countries) < 2 or kinds != {"Organisation"} or text in self.gaz.generic_institutions:
            return None
        if not (text.isupper() and text.isalpha() and len(text) >= 2) and not (
            len(text.split()) >= 2 and text[:1].isupper()
        ):
            return None
        return new_entity("Organisation", text), "ner", 0.6

    @staticmethod
    def _listed_kinds(c: Candidate, out: list) -> set[str]:
        """Kinds of the resolved names the candidate is coordinated with: "Telegram, X and YouTube" lists products."""
        root = c.span.root
        partners = {x.i for x in root.children if x.dep_ == "conj"}
        if root.dep_ == "conj":
            partners.add(root.head.i)
            partners.update(x.i for x in root.head.children if x.dep_ == "conj" and x.i != root.i)
        return {e.kind for c2, e, _, _ in out if any(t.i in partners for t in c2.span)} if partners else set()

    def _choose(
        self,
        refs,
        scores: Counter,
        resolved_ids: set[str],
        mentioned: set[str],
        described: str | None = None,
        listed: set[str] = frozenset(),
    ) -> GazEntry | None:
        best, best_score = None, 0.0
        for ref in refs:
            entry = self.gaz.entries[ref.entry_id]
            score = scores.get(entry.country or "", 0.0)
            if entry.kind == "Product" and "Product" in listed:
                score += 50  # "Telegram, X and YouTube": an app among apps
            if described is not None and entry.kind in _GENERIC_ACTORS.get(described, ()):
                score += 50  # "the social media platform X": the text says what X is
            if entry.id in resolved_ids:
                score += 100
            if any(r in mentioned for r in entry.related):
                score += 50
            if score > best_score:
                best, best_score = entry, score
        return best


def _coded_other_thing(span: Span, entry) -> bool:
    """A product's contextual alias that is a bare code of letters and digits ("R1") told as the modifier of a noun
    that no model or app is ("the R1 road", "the R1 visa category", "the R1 form"): some other thing's code; "its R1
    model", "the R1 reasoning model", "R1 rivals X" still name the product."""
    text = re.sub(r"^(?:the|The) ", "", span.text)
    if entry.kind != "Product" or not re.fullmatch(r"[A-Za-z]{1,3}\d{1,3}", text):
        return False
    heads = set(lexicon_words("actors", "coded_product_heads")) | PRODUCT_NOUNS
    after = [t for t in span.doc[span.end : span.end + 3] if not t.is_punct]
    nouns = []
    for t in after:
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.sent != span.sent:
            break
        nouns.append(t)
        if t.pos_ == "NOUN" and t.lemma_.lower() in heads:
            return False
    return any(t.pos_ == "NOUN" for t in nouns)


_DESCRIBERS = ("app", "application", "platform", "network", "service", "messenger", "site", "company", "firm")


def _described(span: Span) -> str | None:
    """The type noun a text puts right before or beside a name ("the platform X", "X, the social network")."""
    doc = span.doc
    before = [t for t in doc[max(span.start - 2, 0) : span.start] if not t.is_punct]
    near = before[-1:] + [c for c in span.root.children if c.dep_ == "appos"]
    if span.root.dep_ == "appos":
        near.append(span.root.head)
    for t in near:
        lemma = t.lemma_.lower()
        if lemma in _DESCRIBERS and lemma in _GENERIC_ACTORS:
            return lemma
    if _posted_on(span):
        return "platform"
    return None


_QUOTES = {'"', "“", "”", "‘", "’", "'", "«", "»"}


def _titled_work(span: Span) -> bool:
    """A name written as a work's title: inside quotation marks ('banned "Dead Poets Society"') or right after a work
    noun ("the film Dead Poets Society", "the novel ..."; lexicon actors.work_nouns), not a body's name."""
    doc = span.doc
    if span[0].text[:1] in _QUOTES or span[-1].text[-1:] in _QUOTES:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and after is not None and before.text in _QUOTES and after.text in _QUOTES:
        return True
    if before is not None and before.text in _QUOTES:
        before = doc[span.start - 2] if span.start > 1 else None
    return before is not None and before.lemma_.lower() in lexicon_words("actors", "work_nouns")


def _posted_on(span: Span) -> bool:
    """ "wrote on X", "said in a post on X", "a statement on X": the name after "on" that a word of writing or
    posting governs is the platform it was written on."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "on" or prep.i != span.start - 1:
        return False
    return prep.head.lemma_.lower() in lexicon_words("actors", "posted_on")


# ---------------------------------------------------------------------- helper for event stages
_GENERIC_ACTORS = {
    "app": ("Product",),
    "application": ("Product",),
    "platform": ("Product", "Organisation"),
    "service": ("Product",),
    "network": ("Product",),
    "company": ("Product", "Organisation"),
    "firm": ("Product", "Organisation"),
    "group": ("Organisation",),
    "government": ("Jurisdiction",),
    "country": ("Jurisdiction",),
    "state": ("Jurisdiction",),
    "nation": ("Jurisdiction",),
}


def resolve_phrase(adoc: AnnotatedDoc, text_span) -> Entity | None:
    """The actor a phrase refers to: "a TikTok spokeswoman" -> TikTok, "the app's" -> the story's app.

    ``text_span`` is a spaCy Span of ``adoc.doc`` or a (start, end) pair of
    character offsets. A resolved mention inside the phrase wins (the
    syntactic head's first); otherwise a definite description ("the app", "the
    company", "the government") names the document's most mentioned entity of
    that kind (for "the government": its focus country).
    """
    if isinstance(text_span, tuple):
        start, end = text_span
        span = adoc.doc.char_span(start, end, alignment_mode="expand")
    else:
        span = text_span
    if span is None:
        return None
    inside = adoc.mentions_in(span.start_char, span.end_char)
    if inside:
        head = span.root
        for m in inside:
            if m.start <= head.idx < m.end:
                return adoc.entities.get(m.entity_id)
        return adoc.entities.get(inside[0].entity_id)
    gaz = get_gazetteer()
    head = span.root.lemma_.lower()
    kinds = _GENERIC_ACTORS.get(head)
    if kinds is None:
        return None
    if kinds == ("Jurisdiction",):
        if head == "state":  # "the state says" in a story about Florida: the US state, not the country
            states = Counter(
                m.entity_id
                for m in adoc.mentions
                if m.kind == "Jurisdiction"
                and (e := gaz.entries.get(m.entity_id)) is not None
                and e.type == "subdivision"
                and m.start < span.start_char
            )
            if states:
                return adoc.entities.get(states.most_common(1)[0][0])
        entry = Resolver(adoc, gaz).focus_country(focus_scores(adoc, gaz))
        return adoc.entities.get(entry.id) if entry else None

    def fits(m) -> bool:
        if m.kind not in kinds:
            return False
        if m.kind == "Organisation" and head in ("company", "firm"):
            entry = gaz.entries.get(m.entity_id)
            return entry is None or entry.type in ("company", "media")
        return True

    if head == "group":  # "the group's executive director": the group last named, never a government body
        official = re.compile(r"\b(?:Ministry|Department|Court|Parliament|Commission|Authority|Agency|Office)\b")
        for m in reversed(adoc.mentions):
            if m.start < span.start_char and fits(m) and not official.search(m.text):
                entry = gaz.entries.get(m.entity_id)
                if entry is None or entry.type not in ("ministry", "regulator", "court", "legislature", "government"):
                    return adoc.entities.get(m.entity_id)
        return None
    counts = Counter(m.entity_id for m in adoc.mentions if fits(m) and m.start < span.start_char) or Counter(
        m.entity_id for m in adoc.mentions if fits(m)
    )
    if not counts:
        return None
    return adoc.entities.get(counts.most_common(1)[0][0])


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?", re.I)


@functools.cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _unit_code(span) -> bool:
    """A capitalised code that is a unit, not a name: an ISO currency code before an amount ("NOK 1m", "USD 20
    million"), or a time zone's letters right after a clock time ("13:10 NPT", "9 a.m. EAT")."""
    text = span.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if text in _currency_codes() and after is not None and (after.like_num or after.text[:1].isdigit()):
        return True
    return before is not None and _CLOCK.fullmatch(before.text) is not None


def _heading(span) -> bool:
    """The span stands on a line of its own written in capitals (a bracketed note aside): a section heading."""
    doc_text = span.doc.text
    start = doc_text.rfind("\n", 0, span.start_char) + 1
    end = doc_text.find("\n", span.end_char)
    line = re.sub(r"\([^)]*\)", "", doc_text[start : end if end >= 0 else len(doc_text)]).strip()
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(line.split()) <= 6


_BILL_CHAMBERS = {"SB": "S", "S.B.": "S", "S.": "S", "SF": "S", "HB": "H", "H.B.": "H", "HF": "H", "AB": "A"}


def _bill_key(text: str) -> tuple[str, str] | None:
    """ "Senate Bill 419" and "SB 419" -> ("S", "419"); "House Bill No. 12" and "HB 12" -> ("H", "12"): a state bill's
    chamber and number, however the text writes them."""
    text = re.sub(r"^[Tt]he\s+", "", text.strip())
    m = re.fullmatch(r"(Senate|House|Assembly)\s+Bill\s+(?:No\.?\s*)?(\d+)", text)
    if m:
        return m.group(1)[0], m.group(2)
    m = re.fullmatch(r"(\S+)\s*(\d+)", text)
    if m and m.group(1) in _BILL_CHAMBERS:
        return _BILL_CHAMBERS[m.group(1)], m.group(2)
    return None


def _idiomatic_bare(span) -> bool:
    """A lower-case institution word with no article or owner, the object of "in", "of", "outside" or "inside"
    ("support in parliament", "a member of parliament", "gathered outside parliament"): the idiom, not a name."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_lower or span.start == 0:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ not in ("in", "of", "outside", "inside"):
        return False
    gov = prep.head
    if gov.lemma_.lower() in lexicon_words("ban_rules", "house_offices"):
        return False  # "the speaker of parliament": an office of the body
    if gov.lower_ in ("member", "members") and gov.dep_ in ("nsubj", "nsubjpass"):
        gov = gov.head  # "members of parliament voted to ban X": the house acting
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in lexicon_words("ban_rules", "house_business"):
        return False  # "the ban was approved in parliament", "will be voted on in parliament"
    if prep.lower_ in ("in", "inside") and gov.pos_ in ("VERB", "AUX"):
        legislators = lexicon_words("ban_rules", "legislators")
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and (t.lemma_.lower() in legislators or t.lower_ in legislators)
            for t in gov.children
        ):
            return False  # "inside parliament, lawmakers said ...": the house's members acting in it
    return True

"""The curated gazetteer: known actors, their surface forms, and the phrase patterns built from them.

Why: spaCy's small model mislabels institutions, apps and laws, and knows
nothing of ids. This module turns ``gazetteer.yaml`` (curated data) plus
pycountry (countries, US states, provinces, devolved nations) into

* :class:`GazEntry` records, one per real-world actor, with a stable id
  (``entity_id(kind, canonical name)``), and
* a surface index (exact surface form -> candidate entries, with how the form
  refers to them: plain alias, contextual alias, capital metonym,
  "the government" phrase), from which the EntityRuler's phrase patterns are
  made. pycountry is only read to build patterns; raw tokens are never looked
  up in it (its fuzzy lookup maps "in" to India).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from loaders.extract.lexicon import safe_load_unique
from loaders.model import entity_id

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.yaml")

# How a surface form refers to its entry.
ALIAS = "alias"  # unambiguous name or alias
CONTEXTUAL = "contextual"  # ambiguous alone; needs the document's context
CAPITAL = "capital"  # a capital standing for its country's government, unless used as a place
GOVERNMENT = "government"  # "the government": the document's focus country
GENERIC = "generic"  # "Parliament", "High Court" with no curated body: that institution of the story's country

SPACY_LABEL = {"Person": "PERSON", "Organisation": "ORG", "Jurisdiction": "GPE", "Law": "LAW", "Product": "PRODUCT"}
_APOSTROPHES = ("'", "\u2019")
_ELECT = re.compile(r"(.+[^-])-(?:elect|designate)", re.I)  # a title glued to "-elect" in one token


_ENTRY_KEYS = {
    "name",
    "kind",
    "type",
    "country",
    "aliases",
    "contextual",
    "wikidata",
    "year",
    "related",
    "sector",
    "makes",
}


class GazetteerError(ValueError):
    """The gazetteer data file is malformed; the message names the entry."""


@dataclass(frozen=True)
class GazEntry:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    contextual: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-2 (or "EU") the actor belongs to; for jurisdictions their own code
    type: str | None = None  # country, subdivision, ministry, legislature, regulator, court, company, app, ...
    wikidata: str | None = None
    properties: dict = field(default_factory=dict, hash=False, compare=False)
    related: tuple[str, ...] = ()  # names whose mention makes a contextual alias safe ("Elon Musk" for "X")


@dataclass(frozen=True)
class SurfaceRef:
    entry_id: str
    how: str  # ALIAS | CONTEXTUAL | CAPITAL | GOVERNMENT | GENERIC


@dataclass
class Gazetteer:
    entries: dict[str, GazEntry]
    surfaces: dict[str, list[SurfaceRef]]  # exact surface form -> candidates
    demonyms: dict[str, str]  # "British" -> jurisdiction id
    by_country: dict[str, str]  # ISO code ("GB", "EU") -> entry id of the jurisdiction / union
    government_phrases: frozenset[str]
    locative_prepositions: frozenset[str]
    place_metonyms: frozenset[str]
    title_heads: frozenset[str]
    honorifics: frozenset[str]
    junk_names: frozenset[str]
    generic_institutions: frozenset[str] = frozenset()
    generic_aliases: dict[str, str] = field(default_factory=dict)  # "foreign ministry" -> "Ministry of Foreign Affairs"
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # "Gov." -> "Governor"
    _folded: dict[str, str] = field(default_factory=dict)  # casefolded surface -> surface (for lookups)
    _fuzzy_pools: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)  # see fuzzy()
    _fuzzy_found: dict[tuple, GazEntry | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for surface, refs in self.surfaces.items():
            if any(r.how == ALIAS for r in refs):
                self._folded.setdefault(fold(surface), surface)

    # ------------------------------------------------------------------ lookups
    def candidates(self, surface: str) -> list[SurfaceRef]:
        """The entries a surface form may name; "the X" may name whatever "X" names too (one entry listing "the House
        of Representatives" must not hide another listing "House of Representatives")."""
        refs = self.surfaces.get(surface, [])
        if surface.startswith(("the ", "The ")):
            seen = {r.entry_id for r in refs}
            more = [r for r in self.surfaces.get(surface[4:], []) if r.entry_id not in seen]
            if more:
                refs = [*refs, *more]
        return refs

    def lookup(self, text: str, kinds: tuple[str, ...] | None = None) -> GazEntry | None:
        """The entry an unambiguous alias names, ignoring case, punctuation and a leading "the"."""
        surface = self._folded.get(fold(text))
        if surface is None:
            return None
        for ref in self.surfaces[surface]:
            entry = self.entries[ref.entry_id]
            if ref.how == ALIAS and (kinds is None or entry.kind in kinds):
                return entry
        return None

    def fuzzy(self, text: str, kinds: tuple[str, ...] | None = None) -> GazEntry | None:
        """A misspelt known name ("Huwaei", "Bytedance Ltd") -> its entry.

        Strict on purpose (a wrong merge is worse than a miss): names under 6
        characters never match; otherwise the spelling must be within one edit
        or one transposition, or be very close (ratio >= 0.93) for long names.
        """
        key = fold(text)
        if len(key) < 6:
            return None
        # remembered per spelling and kinds (the entries do not change): a name the gazetteer does not know is
        # tried again at each of its mentions, and each try compares it with hundreds of known names
        memo = (key, kinds)
        if memo not in self._fuzzy_found:
            self._fuzzy_found[memo] = self._fuzzy(key, kinds)
        return self._fuzzy_found[memo]

    def _fuzzy(self, key: str, kinds: tuple[str, ...] | None) -> GazEntry | None:
        if not self._fuzzy_pools:  # the folded names of 6 characters or more, by their first character
            for k in self._folded:
                if len(k) >= 6:
                    self._fuzzy_pools.setdefault(k[0], []).append(k)
        pool = self._fuzzy_pools.get(key[0], [])
        for match in difflib.get_close_matches(key, pool, n=5, cutoff=0.8):
            close = _edits(key, match) <= 1 or sorted(key) == sorted(match)
            if close or (len(key) >= 12 and difflib.SequenceMatcher(None, key, match).ratio() >= 0.93):
                entry = self.lookup(self._folded[match], kinds)
                if entry is not None:
                    return entry
        return None

    def is_title_word(self, word: str) -> bool:
        """ "Senator", "senators", "MPs", "Secretary" -> True (a title head, singular or plural)."""
        if word in self.title_abbreviations or f"{word}." in self.title_abbreviations:
            return True  # "Gov.", "Sen" (the word pattern drops the full stop)
        w = word.lower()
        if (elect := _ELECT.fullmatch(word)) is not None:
            return self.is_title_word(elect.group(1))  # "Gov.-elect", "Premier-designate": one token
        return w in self.title_heads or (w.endswith("s") and w[:-1] in self.title_heads)

    def expand_title(self, text: str) -> str:
        """ "State Sen." -> "State Senator", "Gov.-elect" -> "Governor-elect": abbreviated title words written out
        (what the title means, for finding its office; the title reported is the one written, see stated_title)."""
        out = []
        for w in text.split():
            elect = _ELECT.fullmatch(w)
            base, suffix = (elect.group(1), w[len(elect.group(1)) :]) if elect else (w, "")
            full = self.title_abbreviations.get(base) or self.title_abbreviations.get(f"{base}.") or base
            full = self.title_abbreviations.get(full, full)  # "Sens." -> "Sen." -> "Senator"
            out.append(full + suffix)
        return " ".join(out)

    def stated_title(self, text: str) -> str:
        """The title as written, a plural abbreviation made singular: "Gov." stays "Gov.", "state Sens." (before
        several names) is each one's "state Sen."."""
        out = []
        for w in text.split():
            one = self.title_abbreviations.get(w)
            out.append(one if one is not None and one in self.title_abbreviations else w)
        return " ".join(out)

    def country_entry(self, code: str | None) -> GazEntry | None:
        eid = self.by_country.get(code or "")
        return self.entries.get(eid) if eid else None

    # ------------------------------------------------------------------ patterns
    def country_in_context(self, surface: str) -> bool:
        """A country's contextual name ("Commonwealth" for Australia): the ruler leaves it to the NER, so that the
        longer names it is part of ("Commonwealth Bank of Australia", "Commonwealth of Virginia") stay whole."""
        refs = self.surfaces.get(surface) or []
        return bool(refs) and all(
            r.how == CONTEXTUAL and r.entry_id in self.entries and self.entries[r.entry_id].type == "country"
            for r in refs
        )

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler phrase patterns; each pattern's ``id`` is its surface form (the key of :attr:`surfaces`)."""
        patterns = []
        for surface, refs in self.surfaces.items():
            if self.country_in_context(surface):
                continue  # "Commonwealth": named only where the NER finds it alone, not in "Commonwealth Bank"
            if refs[0].how in (CAPITAL, GOVERNMENT):
                label = "GPE"
            elif refs[0].how == GENERIC:
                label = "ORG"
            else:
                label = SPACY_LABEL[self.entries[refs[0].entry_id].kind]
            patterns.append({"label": label, "pattern": surface, "id": surface})
        return patterns


def fold(text: str) -> str:
    """A name as compared: no leading "the", no possessive, case and punctuation folded."""
    text = text.strip().replace("\u2019", "'")
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _variants(surface: str) -> list[str]:
    """The surface form and its curly-apostrophe twin."""
    out = [surface]
    if "'" in surface:
        out.append(surface.replace("'", "\u2019"))
    return out


class _Builder:
    """Accumulates entries and surfaces; explicit curated aliases win over generated ones."""

    def __init__(self) -> None:
        self.entries: dict[str, GazEntry] = {}
        self.surfaces: dict[str, list[SurfaceRef]] = {}
        self.priority: dict[str, int] = {}

    def add_entry(self, entry: GazEntry) -> GazEntry:
        if entry.id in self.entries:
            raise GazetteerError(f"gazetteer: duplicate entry {entry.name!r} ({entry.id})")
        self.entries[entry.id] = entry
        return entry

    def add_surface(self, surface: str, entry_id: str, how: str, priority: int) -> None:
        if not isinstance(surface, str):
            raise GazetteerError(f"gazetteer: surface form {surface!r} of {entry_id} is not a string (quote it)")
        surface = surface.strip()
        if not surface:
            return
        if how == ALIAS and surface.lower().startswith("the "):
            surface = surface[4:]
        for s in _variants(surface):
            old = self.priority.get(s)
            if how == CONTEXTUAL:
                refs = self.surfaces.setdefault(s, [])
                if all(r.how == CONTEXTUAL for r in refs):
                    if SurfaceRef(entry_id, how) not in refs:
                        refs.append(SurfaceRef(entry_id, how))
                    self.priority.setdefault(s, priority)
                continue
            if (
                old is None
                or priority > old
                or (priority == old and self.surfaces[s] and self.surfaces[s][0].how == CONTEXTUAL)
            ):
                self.surfaces[s] = [SurfaceRef(entry_id, how)]
                self.priority[s] = priority


def _country_names(country) -> list[str]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value and "(" not in value:
            names.append(value)
    return names


def build(data: dict) -> Gazetteer:
    """Build a :class:`Gazetteer` from parsed YAML data (see gazetteer.yaml for the format)."""
    b = _Builder()
    overrides: dict = data.get("countries") or {}
    for code in overrides:
        if not isinstance(code, str):  # YAML reads an unquoted NO (Norway) as false
            raise GazetteerError(f"gazetteer: country code {code!r} is not a string (quote it)")
    nouns = list(data.get("government_nouns") or [])
    demonyms: dict[str, str] = {}
    by_country: dict[str, str] = {}

    def add_government_phrases(surfaces: list[str], eid: str, adjectival: list[str]) -> None:
        for s in surfaces:
            for noun in nouns:
                if noun == "state":  # "US state of Texas" is not the US acting
                    continue
                b.add_surface(f"{s} {noun}", eid, ALIAS, 1)
            b.add_surface(f"{s}'s government", eid, ALIAS, 1)
            b.add_surface(f"government of {s}", eid, ALIAS, 1)
            b.add_surface(f"Government of {s}", eid, ALIAS, 1)
        for d in adjectival:
            for noun in nouns:
                b.add_surface(f"{d} {noun}", eid, ALIAS, 1)

    # Countries: pycountry, corrected and extended by the curated section.
    for country in pycountry.countries:
        code = country.alpha_2
        extra = overrides.get(code) or {}
        names = _country_names(country)
        name = extra.get("name") or getattr(country, "common_name", None) or (names[0] if names else country.name)
        aliases = list(dict.fromkeys(n for n in names + list(extra.get("aliases") or []) if n != name))
        entry = b.add_entry(
            GazEntry(
                id=entity_id("Jurisdiction", name),
                kind="Jurisdiction",
                name=name,
                aliases=tuple(aliases),
                contextual=tuple(extra.get("contextual") or ()),
                country=code,
                type="country",
                wikidata=extra.get("wikidata"),
                properties={"isoCode": code},
            )
        )
        by_country[code] = entry.id
        surfaces = [name, *aliases]
        for s in surfaces:
            b.add_surface(s, entry.id, ALIAS, 2)
        dems = [d for d in (extra.get("demonyms") or []) if d]
        for d in dems:
            demonyms[d] = entry.id
        adjectival = [d for d in dems if d not in surfaces]
        add_government_phrases(surfaces, entry.id, adjectival)
        for capital in extra.get("capital") or []:
            b.add_surface(capital, entry.id, CAPITAL, 2)
        for s in entry.contextual:  # "the Commonwealth" in an Australian story: its federal government
            b.add_surface(s, entry.id, CONTEXTUAL, 2)

    # Subdivisions: states, provinces, devolved nations.
    exclude = set(data.get("subdivision_exclude") or [])
    sub_demonyms = data.get("subdivision_demonyms") or {}
    sub_capitals = data.get("subdivision_capitals") or {}
    extra_subs = {s["name"]: s for s in data.get("subdivision_extra") or []}
    english = data.get("subdivision_names") or {}
    seen: set[str] = set()
    for code, types in (data.get("subdivisions") or {}).items():
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            if sub.type not in types or (sub.code in english and english[sub.code] is None):
                continue
            written = re.sub(r"\s*\[.*\]$", "", sub.name).strip()
            if sub.code in english:
                written = english[sub.code]  # "Hessen" is Hesse in English news, "Cataluña" Catalonia
            # "Rājasthān", "Tamil Nādu": an ISO name with transliteration marks, which English news never writes, is
            # named by its plain spelling ("Rajasthan"); marks English news keeps ("São Paulo", "Baden-Württemberg")
            # stay in the name; the plain spelling is an alias either way
            name = written if all(ord(ch) < 0x100 for ch in written) else _plain(written)
            if name in exclude or name in seen:
                continue
            seen.add(name)
            extra = extra_subs.pop(name, {})
            more = [a for a in dict.fromkeys([written, _plain(written)]) if a != name]
            if more:
                extra = {**extra, "aliases": [*(extra.get("aliases") or []), *more]}
            _add_subdivision(
                b, name, code, sub.code, extra, sub_demonyms.get(name, []), demonyms, add_government_phrases
            )
            for capital in sub_capitals.get(name) or []:
                b.add_surface(capital, entity_id("Jurisdiction", name), CAPITAL, 2)
    for name, extra in extra_subs.items():
        _add_subdivision(
            b, name, extra["country"], None, extra, sub_demonyms.get(name, []), demonyms, add_government_phrases
        )
        for capital in sub_capitals.get(name) or []:
            b.add_surface(capital, entity_id("Jurisdiction", name), CAPITAL, 2)

    # Curated entities.
    for raw in data.get("entities") or []:
        try:
            kind, name = raw["kind"], raw["name"]
        except (KeyError, TypeError) as exc:
            raise GazetteerError(f"gazetteer entry {raw!r} lacks {exc}") from None
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise GazetteerError(f"gazetteer entry {name!r}: unknown keys {sorted(unknown)}")
        props = {}
        if raw.get("sector"):
            props["sector"] = raw["sector"]  # what a company makes ("telecom_equipment"), where it tells a ban's reach
        if raw.get("makes"):
            props["makes"] = tuple(raw["makes"])  # the kinds of kit a maker sells ("drones"), for a ban on that kind
        if kind == "Law":
            if raw.get("country"):
                props["jurisdiction"] = raw["country"]
            if raw.get("year"):
                props["year"] = int(raw["year"])
        try:
            eid = entity_id(kind, name)
        except ValueError as exc:
            raise GazetteerError(f"gazetteer entry {name!r}: {exc}") from None
        entry = b.add_entry(
            GazEntry(
                id=eid,
                kind=kind,
                name=name,
                aliases=tuple(raw.get("aliases") or ()),
                contextual=tuple(raw.get("contextual") or ()),
                country=raw.get("country"),
                type=raw.get("type"),
                wikidata=raw.get("wikidata"),
                properties=props,
                related=tuple(raw.get("related") or ()),
            )
        )
        if raw.get("type") == "eu" and name == "European Union":
            by_country["EU"] = eid
        for s in [name, *entry.aliases]:
            if s not in entry.contextual:
                b.add_surface(s, eid, ALIAS, 3)
        for s in entry.contextual:
            b.add_surface(s, eid, CONTEXTUAL, 3)

    # laws name their jurisdiction as the graph does (a name, as in the gold files), not by code
    for eid, entry in list(b.entries.items()):
        code = entry.properties.get("jurisdiction")
        if entry.kind == "Law" and code in by_country:
            props = dict(entry.properties, jurisdiction=b.entries[by_country[code]].name)
            b.entries[eid] = GazEntry(**{**entry.__dict__, "properties": props})

    gov = frozenset(data.get("government_phrases") or [])
    for phrase in gov:
        for variant in {phrase, phrase[:1].upper() + phrase[1:]}:  # sentence-initial "The government"
            b.surfaces[variant] = [SurfaceRef("", GOVERNMENT)]

    generic = frozenset(data.get("generic_institutions") or [])
    generic_aliases = dict(data.get("generic_institution_aliases") or {})
    for alias in [a for a in generic_aliases if a[:1].islower()]:  # sentence-initial "Foreign ministry spokesman X"
        generic_aliases.setdefault(alias[:1].upper() + alias[1:], generic_aliases[alias])
    for alias, word in generic_aliases.items():
        if word not in generic:
            raise GazetteerError(f"generic_institution_aliases: {alias!r} names {word!r}, not a generic institution")
    for word in [*generic, *generic_aliases]:
        for variant in (word, f"the {word}"):
            if variant not in b.surfaces:  # curated bodies keep their contextual claim; GENERIC is the fallback
                b.surfaces[variant] = [SurfaceRef("", GENERIC)]

    return Gazetteer(
        generic_institutions=generic,
        generic_aliases=generic_aliases,
        entries=b.entries,
        surfaces=b.surfaces,
        demonyms=demonyms,
        by_country=by_country,
        government_phrases=gov,
        locative_prepositions=frozenset(data.get("locative_prepositions") or []),
        place_metonyms=frozenset(data.get("place_metonyms") or []),
        title_heads=frozenset(t.lower() for t in data.get("title_heads") or []),
        honorifics=frozenset(data.get("honorifics") or []),
        title_abbreviations={str(k): str(v) for k, v in (data.get("title_abbreviations") or {}).items()},
        junk_names=frozenset(data.get("junk_names") or []),
    )


def _plain(name: str) -> str:
    """A name without its diacritics: "Jammu and Kashmīr" -> "Jammu and Kashmir"."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _add_subdivision(b: _Builder, name, country, iso, extra, dems, demonyms, add_government_phrases) -> None:
    entry = b.add_entry(
        GazEntry(
            id=entity_id("Jurisdiction", name),
            kind="Jurisdiction",
            name=name,
            aliases=tuple(extra.get("aliases") or ()),
            country=country,
            type="subdivision",
            wikidata=extra.get("wikidata"),
            properties={"isoCode": iso} if iso else {},
        )
    )
    for s in [name, *entry.aliases]:
        b.add_surface(s, entry.id, ALIAS, 2)
    for d in dems:
        demonyms[d] = entry.id
    add_government_phrases([name, *entry.aliases], entry.id, list(dems))


def load(path: str | Path = GAZETTEER_PATH) -> Gazetteer:
    """Read and build a gazetteer file; a malformed file raises :class:`GazetteerError` naming it."""
    path = Path(path)
    try:
        data = safe_load_unique(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"gazetteer {path} must be a mapping")
    return build(data)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The project's gazetteer, built once per process."""
    return load()

"""Resolve the date expressions news text uses into partial ISO dates.

News rarely writes full dates: "on Friday", "in December", "last month",
"back in 2020". A reader resolves them against the publication date, at the
precision the text gives ("In December" -> "2022-12", never a made-up day).
``dateparser`` does the parsing (``RELATIVE_BASE`` = publication date,
``PREFER_DATES_FROM: "past"``); this module adds the conventions it lacks:

- a bare weekday equal to the publication weekday is the publication day
  itself ("announced on Friday" in a Friday paper), other weekdays are the
  last such day before it; "last <weekday>" is always strictly before, and in the week before the
  publication's when that weekday is earlier in the publication's week ("last Monday" in a Wednesday paper:
  this week's Monday is "on Monday"); "Thursday last week" is that weekday of the calendar week before;
- a day and month without a year take the year that puts them nearest to
  publication (effective dates are often a few weeks ahead: "until 15 March");
- leading prepositions and fillers ("on", "back in", "earlier", "late") are
  dropped, "the end of the month" is the month's last day;
- "the 17th" alone is that day of the publication's month (of the month before when still ahead);
- bare durations ("one week after opening it", "for six months", "90 days")
  are not anchored: they return None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, ORTH

from loaders.extract.lexicon import words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
_MONTH_RE = "|".join(MONTHS + tuple(m.lower() for m in calendar.month_abbr[1:]) + ("sept",))
_MONTH_WORDS = frozenset(MONTHS + tuple(m.lower() for m in calendar.month_abbr[1:]) + ("sept",))
_UNITS = r"(?:day|week|fortnight|month|year|hour)s?"
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few|"
    r"some|many|couple of|a couple of)"
)

# Words in front of a date that do not change it.
_LEADING = re.compile(
    r"^(?:(?:back|as|from|since|on|in|at|by|during|until|till|before|of|over|early|earlier|late|later|"
    r"mid|the|beginning|start|middle|as of|effective|starting|from|of)\b[\s,-]*)+"
)
_DURATION = re.compile(rf"^(?:for |within |after |in )?(?:the )?(?:{_NUMBER})[\s-]+{_UNITS}\b(?!\s+ago)")
_ANCHORLESS = re.compile(r"\b(?:later|after|afterwards|before|earlier than|at the time|then)$")
_END_OF = re.compile(r"^(?:the )?end of (?:the |this )?(month|year|week)$")
# "at the start of the month", "in the middle of this year": the period (which day is not told)
_START_OF = re.compile(r"^(?:(?:at|in) )?(?:the )?(?:start|beginning|middle) of (?:the |this )?(month|year)$")
# "at the end of last month", "the end of last year": the period itself (which day is not told)
_END_OF_LAST = re.compile(
    r"^(?:the )?(?:end|beginning|start|middle) of (?:the )?(last|past|previous|next) (month|year)$"
)
_END_OF_MONTH = re.compile(rf"^(?:the )?end of ({_MONTH_RE})(?: (\d{{4}}))?$")
_WEEKDAY = re.compile(rf"^(last |this |past |previous )?({'|'.join(WEEKDAYS)})$")
# "Thursday last week", "on the Monday of the previous week": that weekday of the calendar week before the publication's
_WEEKDAY_OF_LAST_WEEK = re.compile(rf"^(?:the )?({'|'.join(WEEKDAYS)}),? (?:of )?(?:last|the previous|the past) week$")
# ... of which "the previous week" is told from the time just told, when the text told one ("blocked X in July 2024. On
# Monday the previous week, it had cut off Y"); "last week" and "the past week" are told from the publication's
_WEEKDAY_OF_PREVIOUS_WEEK = re.compile(rf"^(?:the )?({'|'.join(WEEKDAYS)}),? (?:of )?the previous week$")
_MONTH_ONLY = re.compile(rf"^(last |this |past |previous )?({_MONTH_RE})\.?$")
_DAY_MONTH = re.compile(
    rf"^(?:(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?|({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?)$"
)
_DAY_ONLY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_LAST_YEAR = re.compile(r"^(.*?)\s*,?\s*(last|this|next) year$")
_THIS = re.compile(r"^(?:this|the) (month|year|week)$")
# "this spring", "earlier this summer", "last autumn": a season tells its year only
_SEASON = re.compile(
    r"^(?:(?:early|earlier|late|later|mid) ?-?)?(?:in )?(this|last|past) (spring|summer|autumn|fall|winter)$"
)
_SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}


def _base(published: str | None) -> date | None:
    if not published:
        return None
    try:
        parts = [int(p) for p in published[:10].split("-")]
    except ValueError as exc:
        raise ValueError(f"publication date {published!r} is not an ISO date") from exc
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")[:3]
    return [m[:3] for m in MONTHS].index(word) + 1


def _span(start: date, end: date) -> str | None:
    """A few days from ``start`` to ``end`` (at most a week) at the precision they share: their month when one
    month holds them all, else their year, else None."""
    if (start.year, start.month) == (end.year, end.month):
        return _iso(start, "month")
    return f"{start.year:04d}" if start.year == end.year else None


def _iso(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def normalise(expression: str) -> str:
    """Lower-case, collapse spaces and drop the words that do not move a date."""
    text = re.sub(r"\s+", " ", expression.strip().lower()).strip(" .,;:")
    text = text.replace("’", "'")
    text = re.sub(r"^(?:back|way back)\s+", "", text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)? of (?=[a-z])", r"\1 ", text)  # "the 3rd of March": "3 March"
    prev = None
    while prev != text:
        prev = text
        text = _LEADING.sub("", text).strip()
        text = re.sub(r"^(?:earlier|later) ", "", text)
    return text


@lru_cache(maxsize=64)
def _parser(base: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def resolve_date(expression: str, published: str | None) -> str | None:
    """Partial ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for ``expression``.

    ``published`` is the document's publication date (ISO, any precision) used
    as the anchor for relative expressions; without it only absolute dates
    resolve. Returns None for durations and anything that is not a point in time.
    """
    if not isinstance(expression, str):
        raise TypeError(f"date expression must be a string, got {type(expression).__name__}")
    return _resolve_date(expression, published)


@lru_cache(maxsize=4096)
def _resolve_date(expression: str, published: str | None) -> str | None:
    """:func:`resolve_date`, remembered per (expression, publication date): it depends on nothing else, and the
    stages ask for the same dates of a document over and over (half of the calls), each a dateparser run when
    the conventions below do not decide."""
    raw = re.sub(r"\s+", " ", expression.strip().lower())
    raw = re.sub(
        r"^(?:only|just|about|around|roughly|some|nearly|almost|more than|less than|over|under|barely) ", "", raw
    )
    if not raw or _DURATION.match(re.sub(r"^(?:back )?(?:in|on) ", "", raw)) and "ago" not in raw:
        return None
    if _ANCHORLESS.search(raw):
        return None
    text = normalise(expression)
    if not text:
        return None
    m = re.fullmatch(rf"(?:{'|'.join(WEEKDAYS)}),? (.*\d.*)", text)
    if m:
        text = normalise(m.group(1))  # "Friday, August 2", "Tuesday 4 June": the date the weekday names
    base = _base(published)

    # Absolute years stand alone: "2020", "in 2017", "back in 2020".
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return text
    if re.fullmatch(r"(?:(?:in|on|since|from|by|of|until) )?\d+", text):
        return None  # "Law No. 5651", "in 47": a bare number that is no year is no date
    m = re.fullmatch(
        r"(?:between )?((?:19|20)\d{2}) ?(?:and|to|until|till|through|-|\u2013|\u2014) ?(?:19|20)\d{2}", text
    )
    if m:
        return m.group(1)  # "between 2020 and 2021", "from 2012 to 2016": when it began
    m = re.fullmatch(rf"({_MONTH_RE})\.?,? ((?:19|20)\d{{2}})", text)
    if m:
        return f"{m.group(2)}-{_month_number(m.group(1)):02d}"
    # "the spring of 2022", "Q3 2023", "the third quarter of 2023": a season or a quarter tells its year only
    m = re.fullmatch(
        r"(?:(?:early|late|mid) ?-?)?(?:(?:spring|summer|autumn|fall|winter)|q[1-4]|(?:first|second|third|fourth|last) "
        r"(?:quarter|half))(?: of)? ((?:19|20)\d{2})",
        text,
    )
    if m:
        return m.group(1)
    if base is None:
        return _absolute(text)
    if re.fullmatch(r"(?:(?:at|over|during) )?the weekend|(?:(?:at|over|during) )?last weekend", raw.rstrip(" .,;:")):
        # "told schools at the weekend", "blocked it over the weekend": the weekend before the paper, told to the
        # month its Saturday and Sunday share (no day: it is either of two)
        saturday = base - timedelta(days=(base.weekday() - 5) % 7 or (7 if raw.startswith("last") else 0))
        return _span(saturday, saturday + timedelta(days=1))

    m = _START_OF.match(raw.rstrip(" .,;:"))  # before normalise, which drops "the start of"
    if m:
        return _iso(base, m.group(1))
    m = re.fullmatch(rf"(?:first|second|third|fourth|last) week of ({_MONTH_RE})\.?(?:,? ((?:19|20)\d{{2}}))?", text)
    if m:  # "in the first week of March": that month
        return resolve_date(m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), published)
    m = _LAST_YEAR.match(text)
    if m:
        year = base.year + {"last": -1, "this": 0, "next": 1}[m.group(2)]
        rest = normalise(m.group(1)) if m.group(1) else ""
        if not rest:
            return f"{year:04d}"
        resolved = resolve_date(rest, f"{year:04d}-12-31")
        return f"{year:04d}{resolved[4:]}" if resolved else f"{year:04d}"
    if text in ("week", "month", "year") and re.search(r"\b(?:in|during) the (?:week|month|year)$", raw):
        text = f"this {text}"  # "earlier in the week", "earlier in the month"
    m = _THIS.match(text)
    if m and m.group(1) == "week":
        # "earlier this week", "earlier in the week": the days of the week before the publication day (or up to
        # it), their month when one month holds them all, else their year
        start = base - timedelta(days=base.weekday())
        end = base - timedelta(days=1) if raw.startswith("earlier") and base > start else base
        return _span(start, end)
    if m and m.group(1) == "month" and raw.startswith("earlier") and base.day == 1:
        # "earlier this month" told on the 1st: nothing of this month is earlier, the writer's month is the last
        return _iso(base - timedelta(days=1), "month")
    if m:
        return _iso(base, m.group(1))
    m = _SEASON.match(text)
    if m:
        if m.group(1) == "this":
            return f"{base.year:04d}"
        end = _SEASON_LAST_MONTH.get(m.group(2))
        if end is None:
            return None  # "last winter": across two years
        return f"{base.year if base.month > end else base.year - 1:04d}"  # the last one already over
    m = _END_OF.match(text)
    if m:
        if m.group(1) == "month":
            last = calendar.monthrange(base.year, base.month)[1]
            return date(base.year, base.month, last).isoformat()
        if m.group(1) == "year":
            return f"{base.year:04d}-12-31"
        return _iso(base, "month")
    m = re.fullmatch(r"(?:the )?(?:end|beginning|start|middle) of ((?:19|20)\d{2})", text)
    if m:
        return m.group(1)  # "by the end of 2026": that year
    m = _END_OF_LAST.match(text)
    if m:
        if m.group(2) == "year":
            return f"{base.year + (1 if m.group(1) == 'next' else -1):04d}"
        if m.group(1) == "next":
            return _iso(base.replace(day=28) + timedelta(days=7), "month")
        return _iso(base.replace(day=1) - timedelta(days=1), "month")
    m = _END_OF_MONTH.match(text)
    if m:
        month = _month_number(m.group(1))
        year = int(m.group(2)) if m.group(2) else _nearest_year(base, month, calendar.monthrange(base.year, month)[1])
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    m = _WEEKDAY.match(text)
    if m:
        day = WEEKDAYS.index(m.group(2))
        if m.group(1) and m.group(1).strip() == "last" and day < base.weekday():
            # "last Monday" in a Wednesday paper: the Monday of last week (this week's is "on Monday")
            return (base - timedelta(days=base.weekday() - day + 7)).isoformat()
        return _weekday(base, day, strict=bool(m.group(1) and m.group(1).strip() != "this"))
    m = _WEEKDAY_OF_LAST_WEEK.match(text)
    if m:
        return _weekday_of_week_before(base, m.group(1))
    m = _MONTH_ONLY.match(text)
    if m:
        month = _month_number(m.group(2))
        strict = bool(m.group(1) and m.group(1).strip() != "this")
        year = base.year if month < base.month or (month == base.month and not strict) else base.year - 1
        if m.group(1) and m.group(1).strip() == "this":
            year = base.year
        return f"{year:04d}-{month:02d}"
    m = _DAY_ONLY.match(text)
    if m:
        # "said on the 17th", "from the 4th" (Korean, Japanese, South Asian style): a day of the month of
        # publication, or of the month before when that day is still ahead
        day = int(m.group(1))
        month_start = (
            base.replace(day=1) if day <= base.day else (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        )
        try:
            return month_start.replace(day=day).isoformat()
        except ValueError:
            return None
    m = _DAY_MONTH.match(text)
    if m:
        day = int(m.group(1) or m.group(4))
        month = _month_number(m.group(2) or m.group(3))
        year = _nearest_year(base, month, day)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if text in ("last week", "past week", "previous week"):
        if text == "past week":
            start, end = base - timedelta(days=7), base - timedelta(days=1)  # the seven days before
        else:
            start = base - timedelta(days=base.weekday() + 7)  # the Monday of the calendar week before
            end = start + timedelta(days=6)
        return _span(start, end)  # a week across two months: the year
    if re.fullmatch(r"(?:recent|(?:past|last) (?:few|several|couple of)) days", text):
        # "in recent days", "over the past few days": the week up to the publication day, its month if one
        return _span(base - timedelta(days=6), base)
    if re.fullmatch(r"(?:last|past|previous) month", text):
        prev = base.replace(day=1) - timedelta(days=1)
        return _iso(prev, "month")

    if re.search(r"\d0s\b|\bcentury\b|\bdecade\b", text):
        return None
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "week":
        period = "month"
    if period == "time":
        period = "day"
    return _iso(data.date_obj.date(), period)


def _absolute(text: str) -> str | None:
    """Dates that need no anchor: "16 March 2023", "2023-03-16"."""
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?", text)
    if m:
        return text
    from dateparser.date import DateDataParser

    if not re.search(r"(?:19|20)\d{2}", text):
        return None
    data = DateDataParser(languages=["en"], settings={"RETURN_TIME_AS_PERIOD": True}).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return _iso(data.date_obj.date(), "month" if data.period == "week" else (data.period or "day"))


def _nearest_year(base: date, month: int, day: int) -> int:
    """Year that puts day/month closest to the publication date."""
    best, best_gap = base.year, None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            gap = abs((date(year, month, min(day, calendar.monthrange(year, month)[1])) - base).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _weekday(base: date, weekday: int, strict: bool) -> str:
    """The publication day when it is that weekday (unless ``strict``), else the last one before."""
    delta = (base.weekday() - weekday) % 7
    if delta == 0 and strict:
        delta = 7
    return (base - timedelta(days=delta)).isoformat()


# --- finding date expressions in a sentence --------------------------------------------------

_DAY_PREPS = ["on", "from", "since", "until", "till", "by", "before", "after"]
# (or in capitals, as a timeline's entries open: "FEB 23, 2023 - ...")
_MONTH_ABBREVIATIONS = [
    f"{form}{dot}"
    for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
    for form in (m, m.upper())
    for dot in ("", ".")
]
_EXTRA_PATTERNS = [
    [
        {"LOWER": {"IN": ["last", "this", "earlier", "late", "early", "next"]}, "OP": "?"},
        {"LOWER": {"IN": list(WEEKDAYS)}},
    ],
    [
        {"LOWER": {"IN": ["late", "early", "earlier", "mid", "last", "this", "next"]}, "OP": "?"},
        {"LOWER": {"IN": ["this", "last", "next"]}, "OP": "?"},
        {"LOWER": {"IN": ["week", "month", "year"]}},
    ],
    [
        {"LOWER": {"IN": list(MONTHS)}},
        {"IS_DIGIT": True, "LENGTH": {"<=": 2}, "OP": "?"},
        {"IS_PUNCT": True, "OP": "?"},
        {"SHAPE": "dddd", "OP": "?"},
    ],
    # "Aug. 2", "Sept 14, 2023": a month's short form (capitalised: not "mar", "sep") before its day
    [
        {"TEXT": {"IN": _MONTH_ABBREVIATIONS}},
        {"IS_DIGIT": True, "LENGTH": {"<=": 2}},
        {"IS_PUNCT": True, "OP": "?"},
        {"SHAPE": "dddd", "OP": "?"},
    ],
    [{"IS_DIGIT": True, "LENGTH": {"<=": 2}}, {"LOWER": {"IN": list(MONTHS)}}, {"SHAPE": "dddd", "OP": "?"}],
    [{"IS_DIGIT": True, "LENGTH": {"<=": 2}}, {"TEXT": {"IN": _MONTH_ABBREVIATIONS}}, {"SHAPE": "dddd", "OP": "?"}],
    [{"LOWER": {"IN": ["in", "since", "of"]}}, {"SHAPE": "dddd", "TEXT": {"REGEX": r"^(19|20)\d\d$"}}],
    [
        {"LOWER": "the"},
        {"LOWER": {"IN": ["end", "start", "beginning", "middle"]}},
        {"LOWER": "of"},
        {"LOWER": "the"},
        {"LOWER": {"IN": ["month", "year", "week"]}},
    ],
    [{"LOWER": {"IN": ["yesterday", "today"]}}],
    # "in October that year", "by June of the same year": a month of the year told before (see dates_in)
    [
        {"LOWER": {"IN": list(MONTHS)}},
        {"LOWER": "of", "OP": "?"},
        {"LOWER": {"IN": ["that", "the"]}},
        {"LOWER": "same", "OP": "?"},
        {"LOWER": "year"},
    ],
    # "later that same month", "that year", "the same year": the period of the date told before (see dates_in)
    [
        {"LOWER": {"IN": ["later", "earlier"]}, "OP": "?"},
        {"LOWER": "that"},
        {"LOWER": "same", "OP": "?"},
        {"LOWER": {"IN": ["month", "year"]}},
    ],
    [
        {"LOWER": {"IN": ["later", "earlier"]}, "OP": "?"},
        {"LOWER": "the"},
        {"LOWER": "same"},
        {"LOWER": {"IN": ["month", "year"]}},
    ],
    # "the following spring", "the next month": the period after the date told before (see dates_in)
    [
        {"LOWER": "the"},
        {"LOWER": {"IN": ["following", "next"]}},
        {"LOWER": {"IN": ["year", "month", "spring", "summer", "autumn", "fall"]}},
    ],
    # "earlier in the week", "later in the month"
    [
        {"LOWER": {"IN": ["earlier", "later"]}},
        {"LOWER": {"IN": ["in", "during"]}},
        {"LOWER": "the"},
        {"LOWER": {"IN": ["week", "month", "year"]}},
    ],
    [
        {"LOWER": {"IN": ["early", "earlier", "late", "later"]}, "OP": "?"},
        {"LOWER": {"IN": ["this", "last", "past"]}},
        {"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}},
    ],
    # "on the 17th", "from the 4th": a day of the month alone (only after a preposition of time, see below)
    [{"LOWER": {"IN": _DAY_PREPS}}, {"LOWER": "the"}, {"TEXT": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)$"}}],
]


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEAR_NOUNS = {"directive", "order", "decree", "ban", "rule", "regulation", "ordinance", "prohibition", "suspension"}
_DURATION_UNIT = re.compile(r"^(?:day|week|month|year|hour|minute)s?$")


@lru_cache(maxsize=8)
def _matcher(vocab):
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    matcher.add("DATE_EXPR", _EXTRA_PATTERNS)
    return matcher


def _date_matches(doc) -> list[tuple[int, int, int]]:
    """The date patterns' matches over the whole document, found once per parse (kept in ``doc.user_data``).

    The same as matching each sentence on its own, keeping the matches inside it: the Matcher returns every
    match (not only the longest), and no pattern looks at where the text it runs on begins or ends. The
    extractors ask for the dates of a sentence ~20 times per document; matching each time was ~15% of their
    time."""
    found = doc.user_data.get("bangraph.date_matches")
    if found is None:
        found = doc.user_data["bangraph.date_matches"] = _matched_near_anchors(doc)
    return found


def _pattern_anchors(patterns) -> tuple[frozenset[str], tuple[tuple[str, re.Pattern], ...], int] | None:
    """What every match of the date patterns holds: for each pattern, the words (lower case) or the regular expression
    of its last token that is neither optional nor negated; and the most tokens a match can take. None when a pattern
    has no such token or may repeat one (then the whole text is matched)."""
    words: set[str] = set()
    regexes: list[tuple[str, re.Pattern]] = []
    reach = 0
    for pattern in patterns:
        if any(spec.get("OP", "1") not in ("1", "?", "!") for spec in pattern):
            return None  # "+", "*", "{n,m}": no bound on a match's length
        reach = max(reach, len(pattern))
        anchor = None
        for spec in reversed(pattern):
            if spec.get("OP", "1") != "1":
                continue
            for attr in ("LOWER", "TEXT", "ORTH"):
                value = spec.get(attr)
                if isinstance(value, str):
                    anchor = ("words", {value.lower()})
                elif isinstance(value, dict) and set(value) == {"IN"}:
                    anchor = ("words", {w.lower() for w in value["IN"]})
                elif isinstance(value, dict) and set(value) == {"REGEX"}:
                    anchor = ("regex", ("lower_" if attr == "LOWER" else "text", re.compile(value["REGEX"])))
                if anchor is not None:
                    break
            if anchor is not None:
                break
        if anchor is None:
            return None
        if anchor[0] == "words":
            words |= anchor[1]
        else:
            regexes.append(anchor[1])
    return frozenset(words), tuple(regexes), reach


_ANCHORS = _pattern_anchors(_EXTRA_PATTERNS)
_REGEX_ANCHORED: dict[tuple[str, int], bool] = {}  # (attribute, string id) -> a regex anchor matches it


def _matched_near_anchors(doc) -> list[tuple[int, int, int]]:
    """``_matcher(doc.vocab)(doc)``, the same matches in the same order, with the Matcher run only over the stretches
    of text within a match's reach of a token that every match needs (a month, a weekday, "week", a year ...).

    Why: the Matcher tries each of its patterns at every token, several Python predicates each ("IN" lists,
    regexes): ~6 µs a token, ~8% of the rules' time, for the few tokens near a date. A match holds its pattern's
    anchor and is at most ``reach`` tokens long, so it lies inside the stretch around that anchor, and the
    Matcher, run on a stretch (a Span), finds exactly the document's matches inside it (no pattern looks at where
    the text it runs on begins or ends)."""
    matcher = _matcher(doc.vocab)
    if _ANCHORS is None or not len(doc):
        return list(matcher(doc))
    words, regexes, reach = _ANCHORS
    strings = doc.vocab.strings
    lower = doc.to_array(LOWER)
    hit = numpy.isin(lower, numpy.array([strings[w] for w in words if w in strings], dtype=numpy.uint64))
    for attr in {attr for attr, _ in regexes}:
        values = doc.to_array(LOWER if attr == "lower_" else ORTH)
        keep = []
        for v in numpy.unique(values).tolist():
            known = _REGEX_ANCHORED.get((attr, v))
            if known is None:
                text = strings[v]
                known = _REGEX_ANCHORED[(attr, v)] = any(rx.search(text) for a, rx in regexes if a == attr)
            if known:
                keep.append(v)
        if keep:
            hit |= numpy.isin(values, numpy.array(keep, dtype=numpy.uint64))
    found: list[tuple[int, int, int]] = []
    stretches: list[list[int]] = []
    for i in numpy.flatnonzero(hit).tolist():
        lo, hi = max(i - reach + 1, 0), min(i + reach, len(doc))
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = hi
        else:
            stretches.append([lo, hi])
    for lo, hi in stretches:
        found += [(key, lo + start, lo + end) for key, start, end in matcher(doc[lo:hi])]
    return found


def _measure_years(doc) -> list[int]:
    """Indices of years the NER took for numbers that modify a measure ("a 2022 directive"), found once per parse
    (kept in ``doc.user_data``, like the pattern matches)."""
    found = doc.user_data.get("bangraph.measure_years")
    if found is None:
        found = doc.user_data["bangraph.measure_years"] = [
            t.i
            for t in doc
            if t.dep_ in ("nummod", "compound")
            and t.head.i > t.i
            and t.head.lemma_.lower() in _YEAR_NOUNS
            and _YEAR.match(t.text)
            and t.ent_type_ != "DATE"
        ]
    return found


def _date_ents(doc: Doc) -> list[Span]:
    """The document's DATE entities, read once per parse: ``Span.ents`` rebuilds every entity of the whole
    document on each call (spaCy walks ``Doc.ents``), and dates are looked up sentence by sentence."""
    found = doc.user_data.get("bangraph.date_ents")
    if found is None:
        found = doc.user_data["bangraph.date_ents"] = [ent for ent in doc.ents if ent.label_ == "DATE"]
    return found


def find_date_expressions(span: Span) -> list[Span]:
    """Date expressions inside a sentence ``span``: spaCy DATE entities plus weekday/month patterns.

    Overlapping candidates are merged to the longest; returned in text order.
    Durations are kept here (the caller resolves each and drops the None ones).
    """
    doc = span.doc
    candidates = [ent for ent in _date_ents(doc) if span.start <= ent.start and ent.end <= span.end]
    # "a 2022 directive", "the 2019 ban": a year the NER took for a number, dating the measure it modifies
    candidates += [doc[i : i + 1] for i in _measure_years(doc) if span.start <= i < span.end]
    for _, start, end in _date_matches(doc):
        if span.start <= start and end <= span.end:
            candidates.append(doc[start:end])
    # the NER sometimes takes the closing full stop into the date ("in January."): its root would be the
    # stop, attached to the sentence's main verb instead of the clause the date belongs to
    trimmed = []
    for cand in candidates:
        end = cand.end
        for t in cand[1:]:
            # "At the end of February the Folketing, ...": the NER ran the date into the name after it
            if (
                t.pos_ == "PROPN"
                and t.lower_.rstrip(".") not in _MONTH_WORDS
                and t.lower_ not in WEEKDAYS
                and t.lower_ not in ("day", "eve")
                and any(
                    u.lower_.rstrip(".") in _MONTH_WORDS or u.lower_ in WEEKDAYS for u in cand.doc[cand.start : t.i]
                )
            ):
                end = t.i - 1 if cand.doc[t.i - 1].lower_ == "the" and t.i - 1 > cand.start else t.i
                break
        for t in cand[1 : end - cand.start - 1]:
            # "on Aug. 2, two days after ...": the NER ran the date into the duration that follows it
            if (
                t.text == ","
                and t.i + 1 < cand.end
                and (t.nbor().like_num or t.nbor().lower_ in ("a", "an"))
                and t.nbor().i + 1 < cand.end
            ):
                if _DURATION_UNIT.match(t.doc[t.i + 2].lower_):
                    end = t.i
                    break
            if t.text == "," and t.i + 1 < cand.end and _DURATION_UNIT.match(t.nbor().lower_):
                end = t.i  # "in March 2022, days after ...": the NER ran the date into a bare duration after it
                break
            if t.text == "," and t.i + 1 < cand.end and t.nbor().pos_ == "VERB":
                end = t.i  # "on Thursday, ending months of talks": the NER ran the day into the clause after it
                break
        # ("in January." and "the end of February the [Folketing]": no stop nor article ends a date)
        while end > cand.start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "DT"):
            end -= 1
        trimmed.append(doc[cand.start : end])
    # "however large they may be", "Theresa May": the modal verb and the name are no month
    candidates = [c for c in trimmed if not _not_the_month(c) and not _ordinal_of_a_noun(c) and not _law_year(c)]
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    merged: list[Span] = []
    for cand in candidates:
        if merged and cand.start < merged[-1].end:
            if cand.end > merged[-1].end:
                merged[-1] = doc[merged[-1].start : cand.end]
            continue
        merged.append(cand)
    # "on Friday, August 2": the weekday and the date it names are one expression (the date decides)
    joined: list[Span] = []
    for cand in merged:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev[-1].lower_ in WEEKDAYS
            and (cand.start == prev.end or (cand.start == prev.end + 1 and doc[prev.end].text == ","))
            and any(t.like_num for t in cand)
            and any(t.lower_.rstrip(".") in _MONTH_WORDS for t in cand)
        ):
            joined[-1] = doc[prev.start : cand.end]
            continue
        joined.append(cand)
    return joined


def _law_year(cand: Span) -> bool:
    """ "the Telecommunication Act, 1996", "the Data Protection Act 2018", "Regulation No. 29 of 2017": the year in a
    law's name is no date of the event told with it."""
    years = [t for t in cand if _YEAR.match(t.text)]
    if len(years) != 1 or any(t.lower_.rstrip(".") in _MONTH_WORDS for t in cand):
        return False
    doc, i = cand.doc, years[0].i - 1
    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].like_num:
        lead = [t.lower_ for t in doc[max(i - 3, 0) : i - 1]]
        if "no" in lead or "no." in lead:
            return True  # "Law No. 5651 of 2007"
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].is_title and doc[i].lower_ in words("ban_rules", "law_heads")


def _ordinal_of_a_noun(cand: Span) -> bool:
    """ "on the 5th floor", "since the 19th century": an ordinal before a noun is no day of the month."""
    last = cand[-1]
    if not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", last.lower_) or last.i + 1 >= len(cand.doc):
        return False
    nxt = cand.doc[last.i + 1]
    return nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.lower_ not in MONTHS


def _not_the_month(cand: Span) -> bool:
    """A candidate that is only the word "may" used as a modal verb or as a person's name."""
    may = [t for t in cand if t.lower_ == "may"]
    if not may or any(t.like_num for t in cand):
        return False
    t = may[0]
    prev = t.doc[t.i - 1] if t.i > 0 else None
    named = prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.lower_ not in MONTHS + WEEKDAYS
    return t.text != "May" or t.tag_ == "MD" or t.ent_type_ == "PERSON" or named


def dates_in(span: Span, published: str | None) -> list[tuple[Span, str]]:
    """(expression, resolved date) for every resolvable date expression in ``span``.

    Found once per span and publication date of a parse (kept in ``doc.user_data``): the ban stage asks for the
    dates of every sentence in two passes and for some sentences again, a third of the calls a repeat."""
    known = span.doc.user_data.setdefault("bangraph.dates_in", {})
    key = (span.start, span.end, published)
    found = known.get(key)
    if found is None:
        found = known[key] = _dates_in(span, published)
    return list(found)


def _dates_in(span: Span, published: str | None) -> list[tuple[Span, str]]:
    out = []
    for expr in find_date_expressions(span):
        text = expr.text
        if _SAME_PERIOD.match(text.strip()):
            resolved = _earlier_period(expr, published, _SAME_PERIOD.match(text.strip()).group(1).lower())
        elif _THAT_MONTH.match(_with_that(expr)) and _earlier_period(expr, published, "year"):
            # "signed that December": that month of the year told just before
            year = _earlier_period(expr, published, "year")
            resolved = f"{year}-{_month_number(_THAT_MONTH.match(_with_that(expr)).group(1)):02d}"
        elif _MONTH_OF_SAME_YEAR.match(text.strip()):
            # "in March of that year", "by June that year": that month of the year told just before
            year = _earlier_period(expr, published, "year")
            month = _month_number(_MONTH_OF_SAME_YEAR.match(text.strip()).group(1))
            resolved = f"{year}-{month:02d}" if year else None
        elif _FOLLOWING.match(text.strip()):
            resolved = _following(expr, published, _FOLLOWING.match(text.strip()).group(1).lower())
        elif (week := _WEEKDAY_OF_PREVIOUS_WEEK.match(normalise(text))) and (
            told := _earlier_period(expr, published, "any")
        ):
            resolved = _previous_week_of(told, week.group(1))
        else:
            # "on Friday" reads better with its preposition; the resolver drops it anyway.
            resolved = resolve_date(text, published)
            same = re.match(r"(?:the )?same (.+)$", text.strip(), re.I)
            if resolved is None and same:
                resolved = resolve_date(same.group(1), published)  # "did [the same last week]": last week
        if resolved and published and len(resolved) == 10 and resolved > published[:10] and _told_as_past(expr):
            # "signed it on May 17" in a December paper: a day without its year that a past tense puts behind the
            # publication, not in the months ahead
            try:
                earlier = date.fromisoformat(resolved).replace(year=int(resolved[:4]) - 1)
            except ValueError:
                earlier = None
            resolved = earlier.isoformat() if earlier and earlier.isoformat() <= published[:10] else resolved
        if resolved:
            out.append((expr, resolved))
    return out


_DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "from", "starting", "effective", "before"})


def _told_as_past(expr: Span) -> bool:
    """The date hangs on a verb in a past tense ("signed it on May 17", "was blocked on 3 June", "had ordered")
    and names no year of its own."""
    if any(_YEAR.match(t.text) for t in expr):
        return False
    lead = [t.lower_ for t in expr.doc[max(expr.start - 3, expr.sent.start) : expr.start]]
    if (
        lead[-1:]
        and lead[-1] in _DEADLINE_WORDS
        or expr[0].lower_ in _DEADLINE_WORDS
        or {"deadline", "due"} & set(lead)
    ):
        return False  # "ordered staff to delete it by March 15", "set a deadline of 2 June": ahead whatever the tense
    verb = next((a for a in expr.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" or c.lemma_ == "have" for c in verb.children
    )


# "that month", "the same year", "the end of that month" (a part of the period is still in it)
_SAME_PERIOD = re.compile(
    r"^(?:in |during |later |earlier )?(?:the (?:end|start|beginning|middle) of )?(?:the same|that same|that) "
    r"(year|month)$",
    re.I,
)
_MONTH_OF_SAME_YEAR = re.compile(
    rf"^(?:in |by |from |since |until |(?:early|late|mid)[ -]|the end of )*({_MONTH_RE})\.?,? (?:of )?(?:the same|that same|that) year$",
    re.I,
)


# "the following spring", "the next year": the period after the date told before
_FOLLOWING = re.compile(r"^(?:in |during |by )?the (?:following|next) (year|month|spring|summer|autumn|fall)$", re.I)
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _previous_week_of(told: str, weekday: str) -> str:
    """ "blocked X on 3 July 2024 ... on Monday the previous week": that weekday of the calendar week before the day
    told; a date told only to its month or year gives no day, so the week's time is that month or year."""
    return told if len(told) < 10 else _weekday_of_week_before(date.fromisoformat(told), weekday)


def _weekday_of_week_before(base: date, weekday: str) -> str:
    """That weekday of the calendar week before ``base``'s ("Thursday last week")."""
    return (base - timedelta(days=base.weekday() + 7 - WEEKDAYS.index(weekday))).isoformat()


def _following(expr: Span, published: str | None, period: str) -> str | None:
    """ "banned X in December 2022 ... wrote it into law the following spring": the year (month) after the date
    told just before; a season's year is the first one that begins after that date. None when no date was told."""
    told = _earlier_period(expr, published, "any")
    if told is None:
        return None
    year = int(told[:4])
    if period == "year":
        return f"{year + 1:04d}"
    if period == "month":
        if len(told) < 7:
            return None
        month = int(told[5:7])
        return f"{year + (month == 12):04d}-{month % 12 + 1:02d}"
    if len(told) < 7:
        return f"{year + 1:04d}"
    return f"{year if int(told[5:7]) < _SEASON_FIRST_MONTH[period] else year + 1:04d}"


def _with_that(expr: Span) -> str:
    """The expression's text with a "that" just before it, which the NER leaves out ("signed that December")."""
    before = expr.doc[expr.start - 1] if expr.start > 0 else None
    if (
        before is not None
        and before.lower_ == "that"
        and (before.tag_ == "DT" or before.dep_ != "mark" and expr.root.dep_ not in ("nsubj", "nsubjpass"))
    ):
        # a determiner, or a word the parser took for something else before a month that is no clause's subject
        # ("a ban on X that September"): not the conjunction of "said that December was cold"
        return f"that {expr.text.strip()}"
    return expr.text.strip()


_THAT_MONTH = re.compile(
    rf"^(?:in |by |from |since |until |(?:early|late|mid)[ -])*(?:that|the same) ({_MONTH_RE})$", re.I
)


def _earlier_period(expr: Span, published: str | None, period: str) -> str | None:
    """ "the same year", "that month": the year (month) of the last date told before it, in this or the
    previous sentence, other than a deadline ("by 2027"); nothing when there is none (never the publication's)."""
    doc = expr.doc
    sent = expr.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else sent
    for cand in reversed(find_date_expressions(doc[prev.start : expr.start])):
        if (
            cand.end > expr.start
            or _SAME_PERIOD.match(cand.text.strip())
            or _THAT_MONTH.match(cand.text.strip())
            or _FOLLOWING.match(cand.text.strip())
        ):
            continue
        if _MONTH_OF_SAME_YEAR.match(cand.text.strip()):
            if period != "year":
                continue
            # "In September that year ... signed that December": the year the earlier one took
            told = _earlier_period(cand, published, "year")
            if told:
                return told
            continue
        if cand.start > 0 and doc[cand.start - 1].lower_ in ("by", "until", "till", "through"):
            continue  # "ordered operators to strip X by 2027. Y did so the same year": a deadline, not the event's
        resolved = resolve_date(cand.text, published)
        if resolved and period == "any":
            return resolved
        if resolved:
            return resolved[:4] if period == "year" else (resolved[:7] if len(resolved) >= 7 else None)
    return None

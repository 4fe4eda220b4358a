"""Text cleaning: what extraction reads and what evidence offsets point into.

Why cleaning is its own stage: evidence offsets are character positions in
``Document.text``, so the text must be final before any NLP runs; and scraped
pages carry furniture (share rows, newsletter prompts, "Articles You May Like"
lists of unrelated headlines, repeated lead paragraphs) that would otherwise
turn into false facts. The rules are general layout heuristics — a short line
that reads like page furniture, a run of headline-like lines after it at the
very end — never strings from one article.

Output shape: paragraphs separated by one blank line, single spaces inside a
paragraph, NFC unicode with typographic quotes kept.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that scrapes leave behind (ZWJ is kept: it belongs to emoji).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline (includes NBSP and other Zs)
_BULLET = re.compile(r"^(?:[-*•·▪–]|\d{1,2}[.)])\s")

# A short line that is page furniture rather than reporting: comment prompts, newsletter and
# subscription calls (a sentence opening with an imperative — "Register for our newsletter here",
# "Get the latest news straight to your inbox" — not any mention of subscribing), "you may also
# like" / related-story headings, share rows, ads, copyright.
_FURNITURE = re.compile(
    r"""
    \b(?:leave|post|add|write)\s+a\s+(?:comment|reply)\b
    | ^(?:\d+\s+)?comments?$
    | ^(?:newsletters?|subscribe|sign[\s-]?up|register)$ | \bstraight\s+to\s+your\s+inbox\b
    | (?:^|[.!?]\s+)(?:subscribe|sign[\s-]?up|register|join|get|follow|click|tap|download)\b
      [^.!?]{0,80}\b(?:newsletters?|inbox|updates|alerts|bulletin|here|now|today|free|our|us)\b
    | \b(?:articles?|stories|posts|news|reads|content)\s+(?:you|you'll|you’ll)\s+(?:may|might|will)\b
    | \byou\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)\b
    | ^(?:related|recommended|trending|popular|more)(?:\s+(?:articles?|stories|posts|content|coverage|reading|topics|for\s+you|now|news|from\s+.+|on\s+.+))?$
    | ^most\s+(?:read|popular|viewed|shared)(?:\s+(?:stories|articles|today|this\s+week))?$
    | ^(?:read|see|watch)\s+(?:more|next|also)\b
    | ^share(?:\s+(?:this(?:\s+(?:article|story|page))?|on\s+\S+|via\s+\S+))?$ | \bfollow\s+us\b
    | ^advertisement$ | ^sponsored(?:\s+content)?$ | \ball\s+rights\s+reserved\b | ^(?:copyright\s*)?(?:©|\(c\)\s*\d{4})
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Lines that are furniture wherever they stand: share rows, ad labels, "READ MORE: …" promos.
_FURNITURE_ANYWHERE = re.compile(
    r"""
    ^(?:advertisement|sponsored(?:\s+content)?|story\s+continues\s+below(?:\s+advertisement)?)$
    | ^(?:skip\s+to\s+(?:main\s+)?content|sign\s+in|log\s+in|menu|search|back\s+to\s+top)$
    | ^tags?\s*:\s*\S.{0,200}$
    | ^(?:share|tweet|email|print|copy\s+link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram)
      (?:[\s|,·•/]+(?:this|article|story|on|via|share|tweet|email|print|copy\s+link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram))*$
    | ^(?:read\s+more|related|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?)\s*[:|–—-]\s*\S.*$
    | ^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|preferences|settings|privacy)\b).*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
FURNITURE_MAX_WORDS = 30  # a furniture line is short; a long paragraph mentioning "newsletter" is content
TAIL_LINE_MAX_WORDS = 20  # lines of a trailing list of headlines are short
LABEL_MAX_WORDS = 3  # a section label ("Tech", "National Security") above the story
_SENTENCE_END = re.compile(r"[.!?:;…\"'”’)]$")


def normalise(text: str) -> str:
    """NFC, unified newlines, no control or invisible characters, single spaces, stripped lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\t", " ")).translate(_INVISIBLE)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of a normalised text, each a list of non-empty lines."""
    out: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if line:
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _words(line: str) -> int:
    return len(line.split())


def is_furniture(line: str) -> bool:
    """A short line that reads like page furniture (see module docstring)."""
    return _words(line) <= FURNITURE_MAX_WORDS and bool(_FURNITURE.search(line.strip(" .!:|")))


def drop_trailing_junk(units: list[str]) -> list[str]:
    """Cut the end of the article at the first furniture line of its trailing run of short lines.

    Walking back from the end over short lines (furniture, or the headline-like
    lines of a "you may like" list), the earliest furniture line seen marks
    where the article stopped; a long line ends the walk. Short lines of the
    article before that point stay.
    """
    cut = None
    i = len(units) - 1
    while i >= 0:
        line = units[i]
        if is_furniture(line):
            cut = i
        elif _words(line) > TAIL_LINE_MAX_WORDS:
            break
        i -= 1
    return units if cut is None else units[:cut]


# A byline under the headline ("By Jane Doe", "Analysis by Jane Doe") is short but no section label: a name of two
# capitalised words at least; "By Region", "By The Numbers" are labels.
_BYLINE_LINE = re.compile(
    r"^(?:(?:Analysis|Commentary|Opinion|Words)\s+by|By)\s+(?!(?:The|A|An)\s)[A-Z\u00c0-\u00de][\w'.\-]*\s+[A-Z\u00c0-\u00de]"
)


def _is_byline(line: str) -> bool:
    return _words(line) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(line) and bool(_BYLINE_LINE.match(line))


def _is_label(line: str) -> bool:
    return (
        _words(line) <= LABEL_MAX_WORDS
        and not _SENTENCE_END.search(line)
        and not _BULLET.match(line)
        and not _BYLINE_LINE.match(line)
    )


def _key(paragraph: str) -> str:
    return " ".join(paragraph.casefold().split())


def clean_text(text: str, *, title: str | None = None) -> str:
    """Cleaned article text: furniture, section labels and repeated paragraphs removed.

    ``title`` is the headline when the caller knows it: a section label just
    above or below it is dropped, and the headline is kept once at the top.
    """
    bs = blocks(normalise(text))
    # 1. furniture anywhere (share rows, ad labels, promos), then the trailing junk run, over lines
    units = [(b, line) for b, block in enumerate(bs) for line in block if not _FURNITURE_ANYWHERE.match(line)]
    kept = drop_trailing_junk([line for _, line in units])
    units = units[: len(kept)]
    grouped: dict[int, list[str]] = {}
    for b, line in units:
        grouped.setdefault(b, []).append(line)
    # 2. a paragraph is its lines joined by spaces (hard wraps), unless it is a bulleted list
    paragraphs = []
    for b in sorted(grouped):
        lines = grouped[b]
        sep = "\n" if any(_BULLET.match(x) for x in lines) else " "
        paragraphs.append(sep.join(lines))
    # 3. section labels before the first sentence ("Tech", "Politics")
    title_key = _key(title) if title else None
    i = bylines = 0
    while i < min(len(paragraphs), 3 + bylines):
        if title_key and _key(paragraphs[i]) == title_key:
            i += 1
        elif _is_byline(paragraphs[i]):
            i += 1  # "By Olga Ferreira" stays, and a label after it ("Tech") is still one
            bylines += 1
        elif _is_label(paragraphs[i]):
            del paragraphs[i]
        else:
            break
    # 4. a repeated paragraph counts once
    seen: set[str] = set()
    out: list[str] = []
    for p in paragraphs:
        k = _key(p)
        if k in seen:
            continue
        seen.add(k)
        out.append(p)
    return "\n\n".join(out)

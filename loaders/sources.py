"""Reading news files into cleaned :class:`~loaders.model.Document` records.

Why a generator of ``Document | LoadError``: one bad file must not stop a
folder from loading, and every failure must reach the user with the file (and
line) that caused it. So nothing here raises for bad input; each problem
becomes a :class:`LoadError` in the stream, in file order, and the caller
decides how to report it.

Inputs (contract in ARCHITECTURE.md, "The CLI"):

* ``.txt`` — the first line is the headline when it looks like one (a single
  short line followed by a blank line); it becomes the title and stays once at
  the top of the text;
* ``.html`` — the article's main text via trafilatura (no navigation, cookie
  banners, related stories, newsletter prompts); without a sidecar, title,
  publication date and site name come from the page itself;
* ``.jsonl`` — one article per line: ``id``, ``text`` or ``html``, ``title``,
  ``publisher``, ``published``, ``url`` (and ``language``); a line without
  ``id`` gets ``<file stem>-<line number>``; blank lines are ignored;
* ``<stem>.meta.json`` sidecars give metadata (``id``, ``title``,
  ``publisher``, ``published``, ``language``, ``url``); the document id is the
  sidecar's ``id``, else the file stem. ``*.meta.json`` and ``*.gold.json`` are
  never inputs; other files are skipped (with a note) inside a directory and
  are an error when named explicitly.

Limits: a document larger than ``BANGRAPH_MAX_DOC_BYTES`` (default 5 MB; for
``.jsonl``, per line) is refused, as are binary files (NUL bytes, control
characters), files in no recognisable text encoding, empty ones, HTML pages
with no article (fewer than ``MIN_ARTICLE_WORDS`` words of main text) and
invalid dates in metadata.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from loaders.clean import clean_text
from loaders.model import Document

log = logging.getLogger(__name__)

DEFAULT_MAX_DOC_BYTES = 5 * 1024 * 1024
MIN_ARTICLE_WORDS = 20  # an HTML page whose main text is shorter has no article (cookie banner, index page)
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 300
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
NEVER_INPUT = (".meta.json", ".gold.json")
META_FIELDS = ("id", "title", "publisher", "published", "language", "url")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_BINARY_CONTROL_RATIO = 0.01


class LoadError(Exception):
    """One input that could not be read; ``str()`` names the file (and line) and the reason."""

    def __init__(self, source: str, line: int | None, reason: str):
        super().__init__(source, line, reason)
        self.source = source
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LoadError) and self.args == other.args

    __hash__ = Exception.__hash__


class _Refused(Exception):
    """Internal: a reason to refuse the current input; turned into a LoadError with its location."""


def max_doc_bytes() -> int:
    """The per-document size cap: ``BANGRAPH_MAX_DOC_BYTES`` (bytes) or 5 MB."""
    raw = os.environ.get("BANGRAPH_MAX_DOC_BYTES")
    if not raw:
        return DEFAULT_MAX_DOC_BYTES
    try:
        value = int(raw)
    except ValueError:
        log.warning("BANGRAPH_MAX_DOC_BYTES=%r is not an integer; using %d", raw, DEFAULT_MAX_DOC_BYTES)
        return DEFAULT_MAX_DOC_BYTES
    return value if value > 0 else DEFAULT_MAX_DOC_BYTES


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Bytes to text: a BOM, else UTF-8, else charset detection; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Refused(f"undecodable UTF-16 text ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in data:
        raise _Refused("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise _Refused(f"not text in any recognised encoding (invalid UTF-8 at byte {exc.start})") from exc
        text = str(best)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if text and controls / len(text) > _BINARY_CONTROL_RATIO:
        raise _Refused("binary file (control characters)")
    return text


def _read_file(path: Path) -> str:
    size = path.stat().st_size
    cap = max_doc_bytes()
    if size > cap:
        raise _Refused(f"file too large ({size} bytes; the cap is {cap}, set BANGRAPH_MAX_DOC_BYTES to change it)")
    text = decode(path.read_bytes())
    if not text.strip():
        raise _Refused("empty file")
    return text


# --------------------------------------------------------------------------- metadata


def normalise_date(value: object) -> str | None:
    """``"2023-03-10"``, ``"2023-03"``, ``"2023"`` or an ISO date-time -> partial ISO date; else ValueError."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"invalid date {value!r} (expected a string YYYY[-MM[-DD]])")
    text = value.strip()
    m = _DATE.match(text)
    if m:
        year, month, day = m.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            raise ValueError(f"invalid date {value!r} ({exc})") from exc
        return text
    try:
        if not _DATETIME.match(text):
            raise ValueError(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError as exc:
        raise ValueError(f"invalid date {value!r} (expected YYYY[-MM[-DD]] or an ISO date-time)") from exc


def _clean_meta(meta: dict, what: str) -> dict:
    out: dict = {}
    for key in META_FIELDS:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if key == "published":
            try:
                out[key] = normalise_date(value)
            except ValueError as exc:
                raise _Refused(f"{what}: {exc}") from exc
            continue
        if not isinstance(value, str | int):
            raise _Refused(f"{what}: field {key!r} must be a string, not {type(value).__name__}")
        out[key] = str(value).strip()
    return out


def read_sidecar(path: Path) -> dict:
    """Metadata from ``<stem>.meta.json`` next to ``path`` (empty when there is none)."""
    meta_path = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(decode(meta_path.read_bytes()))
    except (_Refused, json.JSONDecodeError) as exc:
        raise _Refused(f"unreadable metadata sidecar {meta_path.name} ({exc})") from exc
    if not isinstance(data, dict):
        raise _Refused(f"metadata sidecar {meta_path.name} is not a JSON object")
    return _clean_meta(data, f"metadata sidecar {meta_path.name}")


# --------------------------------------------------------------------------- formats


def split_headline(text: str) -> tuple[str | None, str]:
    """The headline (first line, when it looks like one) and the whole text, headline kept as its own paragraph.

    A headline is a single short first line followed by more text, and either a
    blank line or, when the body follows on the next line, no sentence-ending
    punctuation (headlines rarely end with a full stop; a first sentence does).
    """
    stripped = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff \t\n")
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    blank_after = rest.lstrip(" \t").startswith("\n")
    looks_like_headline = (
        bool(sep)
        and bool(rest.strip())
        and 0 < len(first.split()) <= HEADLINE_MAX_WORDS
        and len(first) <= HEADLINE_MAX_CHARS
        and (blank_after or not first.endswith((".", "!", "?", ",", ";", ":", "\u201d", '"')))
    )
    if not looks_like_headline:
        return None, stripped
    return " ".join(first.split()), first + "\n\n" + rest.lstrip(" \t\n")


def html_to_article(html: str) -> tuple[str, dict]:
    """Main text (headline on top, one paragraph per block) and page metadata, via trafilatura."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        html, favor_precision=True, include_comments=False, include_tables=False, with_metadata=True
    )
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    meta = {
        "title": title,
        "published": getattr(doc, "date", None) if doc is not None else None,
        "publisher": getattr(doc, "sitename", None) if doc is not None else None,
        "url": getattr(doc, "url", None) if doc is not None else None,
        "language": _html_lang(html),
    }
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    headline = " ".join((title or "").split()).casefold()
    at = next(
        (i for i, p in enumerate(paragraphs[:3]) if headline and " ".join(p.split()).casefold() == headline), None
    )
    if title and at is None:
        paragraphs.insert(0, title)
    elif at and all(_kicker(p) for p in paragraphs[:at]):
        # '<p class="kicker">Platforms / South Asia</p><h1>...': the section label above the headline is no text
        del paragraphs[:at]
    byline = _byline(getattr(doc, "author", None) if doc is not None else None, paragraphs[:3])
    if byline:
        paragraphs.insert(1 if title and paragraphs else 0, byline)
    return "\n\n".join(paragraphs), {k: v for k, v in meta.items() if v}


def _kicker(paragraph: str) -> bool:
    """A label printed above a headline ("Platforms / South Asia", "EXCLUSIVE", "Analysis"): a few words, no
    sentence."""
    return len(paragraph.split()) <= 6 and not re.search(r"[.!?:;\"\u201d]\s*$", paragraph)


_BYLINE_NAME = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019-]*(?: [A-Z\u00c0-\u00de][\w'\u2019-]*){1,3}$")
_MONTHS = {
    *"january february march april may june july august september october november december".split(),
    *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
}


def _byline(author: str | None, opening: list[str]) -> str | None:
    """The page's byline, which the main-text extraction drops ('<p class="byline">By Jane Doe, Reporter</p>'), as
    trafilatura's metadata reads it ('Jane Doe; Reporter'): "By Jane Doe, Reporter" under the headline, when the
    first part is a person's name (two to four capitalised words, no desk word: not 'Ledger Staff', 'Our Brussels
    Political Staff'), the opening does not already carry it, and without the parts that tell a day ('Feb 6')."""
    from loaders.extract.lexicon import words as lexicon_words

    parts = [" ".join(p.split()) for p in (author or "").split(";")]
    parts = [p for p in parts if p]
    if not parts or not _BYLINE_NAME.match(parts[0]):
        return None
    if {w.lower() for w in parts[0].split()} & lexicon_words("actors", "byline_desk_words"):
        return None
    if any(parts[0] in p for p in opening):
        return None
    kept = [p for p in parts if not re.search(r"\d", p) and p.split()[0].lower().rstrip(".") not in _MONTHS]
    return "By " + ", ".join(kept)


def _html_lang(html: str) -> str | None:
    m = re.search(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", html[:4096], re.IGNORECASE)
    return m.group(1).lower() if m else None


def _page_meta(page: dict) -> dict:
    """Page metadata is a fallback: a date the page gives badly is dropped, not an error."""
    out = dict(page)
    try:
        out["published"] = normalise_date(page.get("published"))
    except ValueError:
        out.pop("published", None)
    return {k: v for k, v in out.items() if v}


def build_document(
    doc_id: str,
    *,
    text: str | None = None,
    html: str | None = None,
    meta: dict | None = None,
    source: str | None = None,
) -> Document:
    """A cleaned Document from raw text or HTML plus metadata (also usable for API ingestion).

    ``meta`` wins over what the page or the text says; ``doc_id`` is used when
    ``meta`` has no ``id``. Raises ``ValueError`` with the reason when there is
    nothing to load (empty text, an HTML page with no article).
    """
    meta = dict(meta or {})
    if html is not None and not (text and text.strip()):
        raw, page = html_to_article(html)
        for key, value in _page_meta(page).items():
            meta.setdefault(key, value)
        if len(raw.split()) - len((page.get("title") or "").split()) < MIN_ARTICLE_WORDS:
            raise ValueError("no article found in the HTML page")
        headline = page.get("title")
    elif text is not None and text.strip():
        headline, raw = split_headline(text)
        if headline:
            meta.setdefault("title", headline)
    else:
        raise ValueError("no text: the document is empty")
    cleaned = clean_text(raw, title=headline)
    if not cleaned.strip():
        raise ValueError("no text left after cleaning")
    return Document(
        id=str(meta.get("id") or doc_id),
        text=cleaned,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        url=meta.get("url"),
        language=meta.get("language"),
        source=source,
    )


def _from_file(path: Path) -> Document:
    meta = read_sidecar(path)
    raw = _read_file(path)
    kind = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    try:
        return build_document(path.stem, meta=meta, source=str(path), **{kind: raw})
    except ValueError as exc:
        raise _Refused(str(exc)) from exc


def _from_jsonl(path: Path) -> Iterator[Document | LoadError]:
    cap = max_doc_bytes()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield LoadError(str(path), None, f"cannot open ({exc.strerror})")
        return
    with handle:
        nonblank = 0
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            nonblank += 1
            try:
                if len(raw) > cap:
                    raise _Refused(f"line too large ({len(raw)} bytes; the cap is {cap}, set BANGRAPH_MAX_DOC_BYTES)")
                try:
                    record = json.loads(decode(raw))
                except json.JSONDecodeError as exc:
                    raise _Refused(f"broken JSON ({exc.msg} at column {exc.colno})") from exc
                if not isinstance(record, dict):
                    raise _Refused(f"expected a JSON object, got {type(record).__name__}")
                text, html = record.get("text"), record.get("html")
                if not any(isinstance(v, str) and v.strip() for v in (text, html)):
                    raise _Refused('no "text" or "html" field with content')
                meta = _clean_meta(record, "record")
                doc = build_document(
                    f"{path.stem}-{lineno}",
                    text=text if isinstance(text, str) else None,
                    html=html if isinstance(html, str) else None,
                    meta=meta,
                    source=f"{path}:{lineno}",
                )
            except (_Refused, ValueError) as exc:
                yield LoadError(str(path), lineno, str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one odd line must not stop the file
                yield LoadError(str(path), lineno, f"unexpected error while reading: {type(exc).__name__}: {exc}")
                continue
            yield doc
        if nonblank == 0:
            yield LoadError(str(path), None, "empty file")


# --------------------------------------------------------------------------- walking


def _is_input_name(path: Path) -> bool:
    name = path.name.lower()
    return not name.endswith(NEVER_INPUT) and path.suffix.lower() in SUFFIXES


def _expand(
    paths: Iterable[str | os.PathLike], on_skip: Callable[[str, str], None]
) -> Iterator[tuple[Path, LoadError | None]]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*"), key=lambda c: c.relative_to(path).parts):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.name.lower().endswith(NEVER_INPUT):
                    continue
                if not _is_input_name(child):
                    on_skip(str(child), f"not an article file ({child.suffix or 'no extension'}); skipped")
                    continue
                yield child, None
        elif path.is_file():
            if path.name.lower().endswith(NEVER_INPUT):
                yield path, LoadError(str(path), None, "metadata and gold files are not inputs")
            elif not _is_input_name(path):
                yield (
                    path,
                    LoadError(
                        str(path),
                        None,
                        f"unsupported file type {path.suffix or '(no extension)'}; expected .txt, .html or .jsonl",
                    ),
                )
            else:
                yield path, None
        else:
            yield path, LoadError(str(path), None, "no such file or directory")


def _log_skip(source: str, reason: str) -> None:
    log.info("%s: %s", source, reason)


def iter_documents(
    paths: Iterable[str | os.PathLike], *, on_skip: Callable[[str, str], None] | None = None
) -> Iterator[Document | LoadError]:
    """Documents (or errors) from files and directories, in path order; see the module docstring.

    ``on_skip(source, reason)`` hears about files skipped inside directories
    (not errors); by default they are logged at INFO level.
    """
    seen: dict[str, str] = {}
    for path, error in _expand(paths, on_skip or _log_skip):
        if error is not None:
            yield error
            continue
        if path.suffix.lower() == ".jsonl":
            items: Iterable[Document | LoadError] = _from_jsonl(path)
        else:
            try:
                items = [_from_file(path)]
            except _Refused as exc:
                items = [LoadError(str(path), None, str(exc))]
            except OSError as exc:
                items = [LoadError(str(path), None, f"cannot read ({exc.strerror or exc})")]
            except Exception as exc:  # noqa: BLE001 - a parser bug on one odd file must not stop the folder
                items = [LoadError(str(path), None, f"unexpected error while reading: {type(exc).__name__}: {exc}")]
        for item in items:
            if isinstance(item, Document):
                where = item.source or str(path)
                if item.id in seen:
                    source, _, line = where.rpartition(":") if path.suffix.lower() == ".jsonl" else (where, "", "")
                    yield LoadError(
                        source or where,
                        int(line) if line.isdigit() else None,
                        f"duplicate document id {item.id!r} (already read from {seen[item.id]})",
                    )
                    continue
                seen[item.id] = where
            yield item

"""Reading files into Documents, and every kind of bad input reported by name (and line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.model import Document
from loaders.sources import LoadError, iter_documents, normalise_date

PARA = (
    "The transport ministry of Westland on Monday ordered every government office to remove the ride-sharing app "
    "Zoomcab from official phones, saying it could not verify where the app kept location data."
)
PARA2 = "Zoomcab said it would challenge the order and that it had never shared data with any foreign government."

HTML = f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>Westland orders Zoomcab off official phones | The Valley Post</title>
<meta property="og:title" content="Westland orders Zoomcab off official phones">
<meta property="og:site_name" content="The Valley Post">
<meta property="article:published_time" content="2024-05-06T09:30:00+00:00">
</head><body>
<div class="cookie-banner"><p>We use cookies. By clicking accept you consent to our use of cookies.</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Westland orders Zoomcab off official phones</h1>
<p>{PARA}</p><p>{PARA2}</p>
<p>Officials said the order would be reviewed in six months, once an audit of the app's data handling was complete.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bus fares to rise in spring</a></li>
<li><a href="/b">Library reopens after refit</a></li></ul></aside>
<section class="newsletter"><p>Sign up for our morning newsletter.</p></section></main>
<footer><p>© 2024 The Valley Post. All rights reserved.</p></footer></body></html>"""


def read(*paths, **kw) -> tuple[list[Document], list[LoadError]]:
    docs, errors = [], []
    for item in iter_documents([str(p) for p in paths], **kw):
        (errors if isinstance(item, LoadError) else docs).append(item)
    return docs, errors


def test_txt_headline_becomes_title_and_stays_once(tmp_path):
    headline = "Westland orders Zoomcab off official phones"
    (tmp_path / "a1.txt").write_text(f"{headline}\n\n{headline}\n\n{PARA}\n\n{PARA2}\n", encoding="utf-8")
    (docs, errors) = read(tmp_path / "a1.txt")
    assert errors == []
    (doc,) = docs
    assert doc.id == "a1"
    assert doc.title == headline
    assert doc.text.count(headline) == 1
    assert doc.text.startswith(headline + "\n\n")
    assert PARA in doc.text and doc.source == str(tmp_path / "a1.txt")


def test_txt_without_headline_has_no_title(tmp_path):
    (tmp_path / "a2.txt").write_text(f"{PARA} {PARA2} {PARA}\n\n{PARA2}", encoding="utf-8")
    (doc,), _ = read(tmp_path / "a2.txt")
    assert doc.title is None


def test_sidecar_gives_id_and_metadata(tmp_path):
    (tmp_path / "story.txt").write_text(f"Headline here\n\n{PARA}", encoding="utf-8")
    meta = {
        "id": "westland-1",
        "title": "Sidecar title",
        "publisher": "Post",
        "published": "2024-05-06",
        "language": "en",
    }
    (tmp_path / "story.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "story.gold.json").write_text("{}", encoding="utf-8")
    (doc,), errors = read(tmp_path)
    assert errors == []
    assert (doc.id, doc.title, doc.publisher, doc.published, doc.language) == (
        "westland-1",
        "Sidecar title",
        "Post",
        "2024-05-06",
        "en",
    )


def test_html_main_text_and_page_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (doc,), errors = read(tmp_path / "page.html")
    assert errors == []
    assert doc.title == "Westland orders Zoomcab off official phones"
    assert doc.published == "2024-05-06"
    assert doc.publisher == "The Valley Post"
    assert doc.language == "en"
    assert doc.text.startswith(doc.title + "\n\n")
    assert PARA in doc.text and PARA2 in doc.text
    for junk in ("cookies", "Bus fares", "newsletter", "Sport", "All rights reserved"):
        assert junk not in doc.text


def test_jsonl_lines_with_a_broken_line_and_a_line_without_text(tmp_path):
    lines = [
        json.dumps({"id": "j1", "text": f"First headline\n\n{PARA}", "published": "2024-05"}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "no body"}),
        "",
        json.dumps({"id": "j4", "html": HTML, "publisher": "Given publisher"}),
        json.dumps(["not", "an", "object"]),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(tmp_path / "batch.jsonl")
    assert [d.id for d in docs] == ["j1", "j4"]
    assert docs[0].published == "2024-05" and docs[0].title == "First headline"
    assert docs[1].publisher == "Given publisher" and docs[1].published == "2024-05-06"
    assert [(Path(e.source).name, e.line) for e in errors] == [
        ("batch.jsonl", 2),
        ("batch.jsonl", 3),
        ("batch.jsonl", 6),
    ]
    assert "broken JSON" in errors[0].reason
    assert "text" in errors[1].reason and "html" in errors[1].reason
    assert str(errors[0]).startswith(str(tmp_path / "batch.jsonl") + ":2: ")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("nul.txt", b"Headline\n\nsome\x00binary\x00data", "binary"),
        ("ctrl.txt", bytes(range(1, 9)) * 200, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n   \n", "empty"),
        (
            "nocontent.html",
            b"<html><body><nav><a href='/'>Home</a></nav><p>We use cookies.</p></body></html>",
            "no article",
        ),
        ("empty.jsonl", b"\n\n", "empty"),
    ],
)
def test_bad_files_are_reported_by_name(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(PARA, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["good"]
    (err,) = errors
    assert err.source == str(tmp_path / name)
    assert reason in err.reason.lower()
    assert name in str(err)


def test_non_utf8_text_is_decoded_by_detection(tmp_path):
    text = f"Caf\u00e9 owners in Westland protest\n\n{PARA} Le caf\u00e9 \u00e9tait ferm\u00e9 \u00e0 cause de l'interdiction."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    docs, errors = read(tmp_path)
    assert errors == []
    assert all("Caf\u00e9" in d.text for d in docs) and len(docs) == 2


def test_oversized_file_is_refused_with_the_cap(tmp_path, monkeypatch):
    monkeypatch.setenv("BANGRAPH_MAX_DOC_BYTES", "100")
    (tmp_path / "big.txt").write_text(PARA * 3, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "b", "text": PARA * 3}) + "\n", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert docs == []
    assert [(Path(e.source).name, e.line) for e in errors] == [("big.jsonl", 1), ("big.txt", None)]
    assert all("too large" in e.reason and "100" in e.reason for e in errors)


def test_invalid_dates_in_metadata(tmp_path):
    (tmp_path / "d.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "d.meta.json").write_text(json.dumps({"published": "2023-02-30"}), encoding="utf-8")
    (tmp_path / "e.jsonl").write_text(json.dumps({"text": PARA, "published": "last Tuesday"}) + "\n", encoding="utf-8")
    (tmp_path / "f.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "f.meta.json").write_text("{broken", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert docs == []
    by_name = {Path(e.source).name: e for e in errors}
    assert "2023-02-30" in by_name["d.txt"].reason
    assert by_name["e.jsonl"].line == 1 and "last Tuesday" in by_name["e.jsonl"].reason
    assert "f.meta.json" in by_name["f.txt"].reason


def test_normalise_date():
    assert normalise_date("2023") == "2023"
    assert normalise_date("2023-03") == "2023-03"
    assert normalise_date("2023-03-10T17:42:00+01:00") == "2023-03-10"
    assert normalise_date(None) is None
    for bad in ("2023-13", "20230310", "March 2023", 2023):
        with pytest.raises(ValueError):
            normalise_date(bad)


def test_other_extensions_skipped_in_directories_errors_when_named(tmp_path):
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PARA2, encoding="utf-8")
    skipped = []
    docs, errors = read(tmp_path, on_skip=lambda src, why: skipped.append(src))
    assert [d.id for d in docs] == ["a", "b"]  # sorted, recursive
    assert errors == [] and skipped == [str(tmp_path / "notes.md")]
    _, errors = read(tmp_path / "notes.md", tmp_path / "missing.txt", tmp_path / "a.meta.json")
    assert [Path(e.source).name for e in errors] == ["notes.md", "missing.txt", "a.meta.json"]
    assert "unsupported" in errors[0].reason and "no such file" in errors[1].reason


def test_duplicate_ids_are_an_error_for_the_second(tmp_path):
    (tmp_path / "x.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "x.html").write_text(HTML, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert len(docs) == 1 and len(errors) == 1
    assert "duplicate document id 'x'" in errors[0].reason


def test_dev_corpus_reads_without_errors():
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "dev"
    docs, errors = read(corpus)
    assert errors == []
    golds = {p.name[: -len(".gold.json")] for p in corpus.glob("*.gold.json")}
    assert {d.id for d in docs} == golds
    for d in docs:
        assert d.title and d.published and d.text.strip()


def test_headline_without_blank_line_is_its_own_paragraph(tmp_path):
    (tmp_path / "h.txt").write_text(f"Westland orders Zoomcab off official phones\n{PARA}\n{PARA2}\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text(f"Zoomcab was banned.\n{PARA}\n", encoding="utf-8")  # a sentence, not a headline
    (h, s), errors = read(tmp_path / "h.txt", tmp_path / "s.txt")
    assert h.title == "Westland orders Zoomcab off official phones"
    assert h.text.startswith(h.title + "\n\n" + PARA)
    assert s.title is None and s.text.startswith("Zoomcab was banned. " + PARA[:20])


def test_jsonl_line_without_id_gets_file_stem_and_line(tmp_path):
    (tmp_path / "feed.jsonl").write_text("\n" + json.dumps({"text": PARA}) + "\n", encoding="utf-8")
    (doc,), errors = read(tmp_path / "feed.jsonl")
    assert errors == [] and doc.id == "feed-2" and doc.source == f"{tmp_path / 'feed.jsonl'}:2"


def test_an_unexpected_parser_error_is_reported_for_that_file_only(tmp_path, monkeypatch):
    import loaders.sources as sources

    def broken_parser(html):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(sources, "html_to_article", broken_parser)
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "html": HTML}) + "\n", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert [(Path(e.source).name, e.line) for e in errors] == [("a.html", None), ("c.jsonl", 1)]
    assert all("parser bug" in e.reason for e in errors)


@pytest.mark.parametrize(
    "byline, expected",
    [
        ('<p class="byline">By Ilse Varga, Transport correspondent</p>', "By Ilse Varga, Transport correspondent"),
        ('<p class="author">By Tomas Ruiz-Abad</p>', "By Tomas Ruiz-Abad"),
        ('<p class="byline">By Valley Post Staff</p>', None),
    ],
)
def test_html_byline_the_extraction_drops_is_kept_under_the_headline(tmp_path, byline, expected):
    page = HTML.replace("off official phones</h1>", "off official phones</h1>\n" + byline)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,), errors = read(tmp_path / "page.html")
    assert errors == []
    paragraphs = doc.text.split("\n\n")
    if expected:
        assert paragraphs[:3] == [doc.title, expected, PARA]
    else:
        assert paragraphs[:2] == [doc.title, PARA] and "Staff" not in doc.text


@pytest.mark.parametrize("kicker", ["Platforms / South Asia", "EXCLUSIVE", "Analysis"])
def test_html_section_label_above_the_headline_is_not_the_headline(tmp_path, kicker):
    page = HTML.replace("<article><h1>", f'<article><p class="kicker">{kicker}</p><h1>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,), errors = read(tmp_path / "page.html")
    assert errors == []
    assert doc.text.split("\n\n")[:2] == [doc.title, PARA]
    assert kicker not in doc.text


def test_html_sentence_above_the_headline_stays(tmp_path):
    lead = "Officials in Westland confirmed the order on Monday."
    page = HTML.replace("<article><h1>", f"<article><p>{lead}</p><h1>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,), errors = read(tmp_path / "page.html")
    assert errors == [] and lead in doc.text

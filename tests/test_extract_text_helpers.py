"""The extraction's text helpers that exist for speed give the answers of the slow forms they replace."""

from __future__ import annotations

import random
import re
from pathlib import Path

from loaders.extract.base import doc_text
from loaders.extract.nlp import get_nlp
from loaders.extract.statements import any_phrase


def _naive(phrases, text: str, whole: bool) -> bool:
    tail = r"(?![\w-])" if whole else ""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}{tail}", text) for w in phrases)


def test_any_phrase_agrees_with_one_search_per_phrase():
    rng = random.Random(7)
    vocab = ["ban", "banned", "band", "un-ban", "pro", "protect", "no view", "will not", "c++", "a.b", "-x", "x"]
    for _ in range(400):
        phrases = rng.sample(vocab, rng.randint(0, 5))
        text = " " + " ".join(rng.choice(vocab + ["the", "of", "-", "(", ")"]) for _ in range(rng.randint(0, 8))) + " "
        for whole in (False, True):
            assert any_phrase(phrases, text, whole=whole) == _naive(phrases, text, whole), (phrases, text, whole)


def test_any_phrase_word_starts_and_whole_words():
    assert any_phrase(["ban"], " they banned it ")
    assert not any_phrase(["ban"], " they banned it ", whole=True)
    assert not any_phrase(["ban"], " an urban plan ")
    assert not any_phrase(["ban"], " the anti-ban camp ")  # a hyphenated word part is not a word start
    assert not any_phrase([], " anything ")


def test_doc_text_is_the_text_and_read_once():
    doc = get_nlp()("Nepal banned the app. It was lifted later.")
    assert doc_text(doc) == doc.text
    doc.user_data["bangraph.text"] = "cached"
    assert doc_text(doc) == "cached"  # the second read comes from the parse's user_data


_SPEED_TEXT = (
    "On Friday, Slovakia's cabinet banned TikTok on official phones, weeks after Latvia did the same in March. "
    "Minister Jana Kovacova said the ban takes effect from 1 July 2025. Kovacova added that staff had been warned "
    "last month. The regulator did not say whether a broader prohibition would follow by the end of the year. "
    "Mr. Novak, a lawmaker, called the restriction rushed; Novak said Kovacova should publish the advice. "
    # one sentence for each kind of trigger word the ban stage knows (verbs, advice, refusals, avoiding)
    "The ministry advised civil servants against installing WeChat and told them to steer clear of Temu. "
    "Officials were told not to download the app. The regulator turned down a proposal to use Huawei equipment. "
    "Soldiers may no longer use Strava, and the army removed the app from its phones after a warning."
)


def test_date_matches_found_once_per_document_are_those_of_each_sentence():
    from loaders.extract.dates import _matcher, find_date_expressions

    doc = get_nlp()(_SPEED_TEXT)
    dated = 0
    for sent in doc.sents:
        per_sentence = sorted((sent.start + s, sent.start + e) for _, s, e in _matcher(doc.vocab)(sent))
        found = find_date_expressions(sent)  # uses the document's matches, cut to the sentence
        dated += bool(found)
        assert all(sent.start <= f.start and f.end <= sent.end for f in found)
        whole = doc.user_data["bangraph.date_matches"]
        assert sorted((s, e) for _, s, e in whole if sent.start <= s and e <= sent.end) == per_sentence
    assert dated >= 3  # Friday, March, 1 July 2025, last month, the end of the year


def test_trigger_word_filter_changes_no_answer(monkeypatch):
    """The ban stage skips tokens whose lemma no trigger rule names; with the filter off, no token answers
    differently."""
    from loaders.extract import bans
    from loaders.extract.bans import triggers
    from loaders.extract.entities import annotate
    from loaders.model import Document

    document = Document(id="t", text=_SPEED_TEXT, published="2025-06-13")
    adoc = annotate(document, get_nlp()(_SPEED_TEXT))
    fast = bans.BanExtractor(adoc)
    filtered = [fast.trigger_kind(t) for t in adoc.doc]

    class Everything:
        def __contains__(self, _):
            return True

    monkeypatch.setattr(triggers, "_trigger_words", lambda ban: (Everything(), Everything()))
    monkeypatch.setattr(bans.BanExtractor, "_candidates", lambda self: list(range(len(self.doc))))
    slow = bans.BanExtractor(adoc)
    assert [slow.trigger_kind(t) for t in adoc.doc] == filtered
    assert {"verb", "noun", "advisory"} <= set(filtered)  # the text has triggers of each kind


def test_trigger_word_filter_changes_no_answer_on_the_dev_corpus(monkeypatch):
    from loaders.extract import bans
    from loaders.extract.bans import triggers
    from loaders.extract.entities import annotate
    from loaders.sources import LoadError, iter_documents

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    documents = [d for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    assert len(documents) >= 10
    parsed = get_nlp().pipe(d.text for d in documents)
    adocs = [annotate(d, doc) for d, doc in zip(documents, parsed, strict=True)]
    filtered = [[bans.BanExtractor(a).trigger_kind(t) for t in a.doc] for a in adocs]

    class Everything:
        def __contains__(self, _):
            return True

    monkeypatch.setattr(triggers, "_trigger_words", lambda ban: (Everything(), Everything()))
    monkeypatch.setattr(bans.BanExtractor, "_candidates", lambda self: list(range(len(self.doc))))
    assert [[bans.BanExtractor(a).trigger_kind(t) for t in a.doc] for a in adocs] == filtered


def test_same_as_word_filter_changes_no_answer_on_the_dev_corpus(monkeypatch):
    """ "followed suit", "did the same": the check skips words no branch takes; with the filter off, no token of the
    dev corpus answers differently."""
    from loaders.extract import bans
    from loaders.extract.bans import triggers
    from loaders.extract.entities import annotate
    from loaders.model import Document
    from loaders.sources import LoadError, iter_documents

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    documents = [d for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    documents.append(Document(id="speed", text=_SPEED_TEXT, published="2025-06-13"))
    texts = [d.text for d in documents]
    adocs = [annotate(d, doc) for d, doc in zip(documents, get_nlp().pipe(texts), strict=True)]
    filtered = [[bans.BanExtractor(a).same_as_trigger(t) for t in a.doc] for a in adocs]
    assert sum(map(sum, filtered)) >= 3  # the corpus tells "followed suit" and "did the same"

    class Everything:
        def __contains__(self, _):
            return True

    monkeypatch.setattr(triggers, "_same_as_words", lambda pairs: Everything())
    monkeypatch.setattr(bans.BanExtractor, "_candidates", lambda self: list(range(len(self.doc))))
    assert [[bans.BanExtractor(a).same_as_trigger(t) for t in a.doc] for a in adocs] == filtered


def test_date_entities_read_once_are_each_sentences_own():
    from loaders.extract.dates import _date_ents

    doc = get_nlp()(_SPEED_TEXT)
    cached = _date_ents(doc)
    assert _date_ents(doc) is cached and cached  # read once per parse; the text has DATE entities
    for sent in doc.sents:
        own = [e for e in sent.ents if e.label_ == "DATE"]
        assert [e for e in cached if sent.start <= e.start and e.end <= sent.end] == own


def test_tokens_spelt_are_the_tokens_with_that_text():
    from loaders.extract.resolve import tokens_spelt

    doc = get_nlp()(_SPEED_TEXT)
    for spellings in ({"Kovacova", "Novak"}, {"Novak"}, {"never-seen-word"}, set(), {"the", "."}):
        assert [t.i for t in tokens_spelt(doc, spellings)] == [t.i for t in doc if t.text in spellings]


def test_dates_in_found_once_per_span_and_publication_date():
    from loaders.extract.dates import _dates_in, dates_in

    doc = get_nlp()(_SPEED_TEXT)
    for sent in doc.sents:
        for published in ("2025-06-13", "2024-01-02", None):
            first = dates_in(sent, published)
            assert [(e.start, e.end, v) for e, v in first] == [
                (e.start, e.end, v) for e, v in _dates_in(sent, published)
            ]
            first.append("changed by a caller")  # each call hands out its own list
            assert dates_in(sent, published) == first[:-1]
    assert len(doc.user_data["bangraph.dates_in"]) == 3 * len(list(doc.sents))


def test_resolve_date_remembered_gives_the_answers_worked_out():
    from loaders.extract.dates import _resolve_date, resolve_date

    expressions = ["on Friday", "last month", "in March", "15 March", "earlier this week", "2019", "years", "today"]
    for published in ("2025-06-13", "2024-02-29", None):
        for expression in expressions:
            assert resolve_date(expression, published) == _resolve_date.__wrapped__(expression, published)
    assert _resolve_date.cache_info().hits > 0


def test_fuzzy_lookup_remembered_and_by_first_letter_gives_the_full_scans_answers():
    import difflib

    from loaders.extract.gazetteer import _edits, fold, get_gazetteer

    gaz = get_gazetteer()

    def full_scan(text, kinds=None):  # the lookup as it was: every known name of the same first letter
        key = fold(text)
        if len(key) < 6:
            return None
        pool = [k for k in gaz._folded if len(k) >= 6 and k[0] == key[0]]
        for match in difflib.get_close_matches(key, pool, n=5, cutoff=0.8):
            close = _edits(key, match) <= 1 or sorted(key) == sorted(match)
            if close or (len(key) >= 12 and difflib.SequenceMatcher(None, key, match).ratio() >= 0.93):
                entry = gaz.lookup(gaz._folded[match], kinds)
                if entry is not None:
                    return entry
        return None

    names = ["Huwaei", "Bytedance Ltd", "Tik Tok", "Ministry of Digitl Affairs", "Federal Comunications Commission"]
    names += ["Telegramm", "Whatsap", "Nobody Known Here", "Temu", "Digital Services Act", "Cyber Security Act"]
    for name in names:
        for kinds in (None, ("Law",), ("Product", "Organisation")):
            assert gaz.fuzzy(name, kinds) == full_scan(name, kinds), (name, kinds)
            assert gaz.fuzzy(name, kinds) == full_scan(name, kinds)  # remembered
    assert gaz.fuzzy("Huwaei") is not None and gaz._fuzzy_found


def test_date_matches_near_anchors_are_the_whole_documents_matches_on_the_dev_corpus():
    """The date Matcher runs only around tokens every match needs; it finds the same matches, in the same order, as
    run over the whole text. A new date pattern with no anchor (or with a repeated token) turns the shortcut off:
    give it a word or a regex it cannot match without."""
    from loaders.extract.dates import _ANCHORS, _matched_near_anchors, _matcher
    from loaders.sources import LoadError, iter_documents

    assert _ANCHORS is not None
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    texts = [d.text for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    texts += [_SPEED_TEXT, "May 2024", "In 2019.", "on the 4th", "", "Sept. 14, 2023 - later that same month"]
    total = 0
    for doc in get_nlp().pipe(texts):
        whole = list(_matcher(doc.vocab)(doc)) if len(doc) else []
        assert _matched_near_anchors(doc) == whole, doc.text[:80]
        total += len(whole)
    assert total >= 100


def test_phrase_tree_matches_what_the_flat_alternation_matches_for_every_lexicon_list():
    """any_phrase writes a phrase list as a tree of shared beginnings; for every word list of the lexicon it finds a
    phrase at a word start exactly where the flat alternation does, on the dev corpus's sentences."""
    from loaders.extract.lexicon import lexicon
    from loaders.extract.statements import _trie_alternation
    from loaders.sources import LoadError, iter_documents

    lists = []

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, frozenset) and node:
            lists.append(node)

    walk(lexicon())
    assert len(lists) > 50
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    texts = [d.text for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    lines = [" " + " ".join(line.lower().split()) + " " for t in texts for line in re.split(r"(?<=[.!?])\s", t)]
    for phrases in lists:
        flat = "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
        for tail in ("", r"(?![\w-])"):
            old = re.compile(rf"(?<![\w-])(?:{flat}){tail}")
            new = re.compile(rf"(?<![\w-])(?:{_trie_alternation(set(phrases))}){tail}")
            for line in lines:
                assert bool(old.search(line)) == bool(new.search(line)), (sorted(phrases)[:5], line)
                for phrase in list(phrases)[:3]:  # and on texts that hold a phrase
                    probe = f" so {phrase} it "
                    assert bool(old.search(probe)) == bool(new.search(probe))


def test_any_phrase_keys_a_lexicon_frozenset_by_itself():
    """A lexicon list (a frozenset) is its own memo key: no tuple of its phrases is built per call."""
    from loaders.extract.statements import _text

    phrases = frozenset({"ban", "no view", "will not"})
    assert any_phrase(phrases, " they will not say ") and not any_phrase(phrases, " an urban plan ")
    assert (False, phrases) in _text._WORD_PATTERNS
    assert any_phrase(phrases, " a ban ", whole=True) == any_phrase(sorted(phrases), " a ban ", whole=True)


def test_backing_phrases_holding_a_cue_worked_out_once_for_all_articles(monkeypatch):
    """The backing phrases that hold an opposing cue word ("unlawful content") depend on the lexicon only: worked out
    once, not again for each article's statement extractor."""
    from loaders.extract import statements
    from loaders.extract.entities import annotate
    from loaders.extract.lexicon import words
    from loaders.extract.statements import criticism
    from loaders.model import Document

    adoc = annotate(Document(id="t", text=_SPEED_TEXT, published="2025-06-13"), get_nlp()(_SPEED_TEXT))
    cues = words("statement")["cues"]["opposes_ban"]["words"]
    first = statements.StatementExtractor(adoc, [])._outside_support_phrases(" the unlawful content rule ", cues)
    searched = []
    monkeypatch.setattr(criticism, "any_phrase", lambda *a, **k: searched.append(a) or False)
    again = statements.StatementExtractor(adoc, [])._outside_support_phrases(" the unlawful content rule ", cues)
    assert again == first and not [a for a in searched if a[0] is cues]


def test_word_positions_are_the_tokens_with_that_lemma_or_form():
    from loaders.extract.base import word_positions

    doc = get_nlp()(_SPEED_TEXT)
    for lemmas, lowers in (
        (frozenset({"ban", "say", "warn"}), frozenset()),
        (frozenset({"minister"}), frozenset({"kovacova", "the", "."})),
        (frozenset(), frozenset({"never-seen-word"})),
        (frozenset(), frozenset()),
    ):
        slow = [t.i for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lowers]
        assert word_positions(doc, lemmas, lowers) == slow
        assert word_positions(doc, lemmas, lowers) is word_positions(doc, lemmas, lowers)  # once per parse


def test_ban_stage_visiting_only_candidate_words_finds_the_same_bans_on_the_dev_corpus(monkeypatch):
    """The ban stage visits only the words that may be triggers (and court verbs only among the court-blocking
    lemmas); visiting every word finds the same bans."""
    from loaders.extract import bans, base
    from loaders.extract.bans import extractor, triggers
    from loaders.extract.entities import annotate
    from loaders.model import Document
    from loaders.sources import LoadError, iter_documents

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    documents = [d for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    documents.append(Document(id="speed", text=_SPEED_TEXT, published="2025-06-13"))
    parsed = list(get_nlp().pipe(d.text for d in documents))

    def found():
        return [repr(bans.extract_bans(annotate(d, doc))) for d, doc in zip(documents, parsed, strict=True)]

    fast = found()
    assert sum(r.count("Ban(") for r in fast) >= 20
    for doc in parsed:
        doc.user_data.clear()
    for module in (triggers, extractor):  # the modules of the ban stage that read word_positions
        monkeypatch.setattr(module, "word_positions", lambda doc, *words: list(range(len(doc))))
    assert found() == fast
    assert base.word_positions is not triggers.word_positions and base.word_positions is not extractor.word_positions


def test_span_text_is_the_spans_text():
    from loaders.extract.base import span_text

    doc = get_nlp()("Nepal banned the app.  It was lifted later.\n\nA new line, with  spaces \n")
    spans = [*doc.sents, *doc.ents, doc[0:3], doc[2:2], doc[:]]
    assert all(span_text(s) == s.text for s in spans)


def test_span_lemmas_and_forms_are_the_spans_words_read_once():
    from loaders.extract.base import span_forms, span_lemmas

    doc = get_nlp()(_SPEED_TEXT)
    for span in [*doc.sents, doc[0:5], doc[3:3], doc[:]]:
        assert span_lemmas(span) == {t.lemma_.lower() for t in span}
        assert span_forms(span) == {t.lower_ for t in span}
        assert span_lemmas(span) is span_lemmas(span) and span_forms(span) is span_forms(span)


def test_statement_frames_visiting_only_frame_words_find_the_same_statements_on_the_dev_corpus(monkeypatch):
    """The statement stage looks for frames only at reporting verbs, statement nouns, "report" and "according";
    visiting every word of every sentence finds the same statements."""
    from loaders.extract import statements
    from loaders.extract.bans import extract_bans
    from loaders.extract.entities import annotate
    from loaders.model import Document
    from loaders.sources import LoadError, iter_documents

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dev"
    documents = [d for d in iter_documents([str(corpus)]) if not isinstance(d, LoadError)]
    documents.append(Document(id="speed", text=_SPEED_TEXT, published="2025-06-13"))
    parsed = list(get_nlp().pipe(d.text for d in documents))

    def found():
        out = []
        for d, doc in zip(documents, parsed, strict=True):
            adoc = annotate(d, doc)
            out.append(repr(statements.extract_statements(adoc, extract_bans(adoc))))
        return out

    fast = found()
    assert sum(r.count("Statement(") for r in fast) >= 40
    monkeypatch.setattr(
        statements.StatementExtractor, "_frame_words_in", lambda self, sent: range(sent.start, sent.end)
    )
    assert found() == fast

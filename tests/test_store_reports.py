"""One ban reported by several documents: each document's report is kept, the Ban's summary does not
depend on load order, follows replacements and deletions, and eval scores each document's own report."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from factories import make_facts

from graph import write
from graph.store import FOLLOWABLE_STATUSES
from loaders.model import DocumentFacts, Evidence


def report(doc_id: str, published: str | None, status: str, announced: str | None, effective: str | None = None,
           suffix: str = "") -> DocumentFacts:  # fmt: skip
    """A document (published on ``published``) reporting Canada's TikTok ban as ``status``."""
    facts = make_facts(doc_id, "Canada", "TikTok", announced, text_suffix=suffix)
    facts.document.published = published
    ban = facts.bans[0]
    ban.status, ban.effective = status, effective
    return facts


# an older article: a proposal, dated to the month; a newer one: in force, announced on a day
OLD = ("old", "2023-01-20", "proposed", "2023-01", None)
NEW = ("new", "2023-03-02", "in_force", "2023-02-27", "2023-03-01")
# published the same day as NEW (tie on the date: the greater document id decides the status);
# announced as precisely as NEW but earlier (tie on precision: the earlier date wins)
SAME_DAY = ("newer-id", "2023-03-02", "temporary", "2023-02-20", None)


def summaries(store) -> list[dict]:
    return store.read("test.ban_summaries")


def load(store, *docs) -> None:
    for d in docs:
        store.write_document(report(*d))


@pytest.mark.parametrize("docs", [(OLD, NEW), (OLD, NEW, SAME_DAY)], ids=["two", "three"])
def test_ban_summary_does_not_depend_on_load_order(store, docs):
    results = []
    for order in (docs, tuple(reversed(docs)), docs[1:] + docs[:1]):
        store.clear()
        load(store, *order)
        results.append((summaries(store), store.read("test.ban_reports")))
    assert results[0] == results[1] == results[2]
    [ban] = results[0][0]
    if len(docs) == 2:
        assert (ban["status"], ban["announced"], ban["effective"]) == ("in_force", "2023-02-27", "2023-03-01")
    else:
        assert (ban["status"], ban["announced"], ban["effective"]) == ("temporary", "2023-02-20", "2023-03-01")
    assert ban["scope"] == "government_devices"


def test_each_document_report_is_kept(store):
    load(store, NEW, OLD)
    reports = {r["document"]: (r["status"], r["announced"], r["effective"]) for r in store.read("test.ban_reports")}
    assert reports == {"old": ("proposed", "2023-01", None), "new": ("in_force", "2023-02-27", "2023-03-01")}


def test_unknown_publication_date_counts_as_oldest(store):
    load(store, ("undated", None, "advisory", None), OLD)
    assert summaries(store)[0]["status"] == "proposed"


def test_eval_scores_each_document_against_its_own_report(store):
    from loaders.evaluate import read_predictions

    load(store, OLD, NEW)  # the newer report is written last: the older one must not be scored against it
    got = read_predictions(store)
    assert [(b.status, b.announced) for b in got["old"].bans] == [("proposed", "2023-01")]
    assert [(b.status, b.announced) for b in got["new"].bans] == [("in_force", "2023-02-27")]


def test_replacing_a_document_recomputes_the_summary(store):
    load(store, OLD, NEW)
    # the newer article is corrected: the ban was only temporary, and no date in force is given
    result = store.write_document(report("new", "2023-03-02", "temporary", "2023-02-27", None, suffix=" Corrected."))
    assert result.status == "replaced"
    [ban] = summaries(store)
    assert (ban["status"], ban["announced"], ban["effective"]) == ("temporary", "2023-02-27", None)

    # corrected again: it no longer reports this ban (another target), so only the old report is left
    changed = make_facts("new", "Canada", "WeChat", "2023-02-27", text_suffix=" Corrected again.")
    changed.document.published = "2023-03-02"
    assert store.write_document(changed).status == "replaced"
    by_id = {b["id"]: b for b in summaries(store)}
    tiktok = by_id[report(*OLD).bans[0].id]
    assert (tiktok["status"], tiktok["announced"], tiktok["effective"]) == ("proposed", "2023-01", None)


def test_deleting_a_document_recomputes_the_summary(store):
    load(store, OLD, NEW)
    assert store.delete_document("new") is True
    [ban] = summaries(store)
    assert (ban["status"], ban["announced"], ban["effective"]) == ("proposed", "2023-01", None)
    assert [r["document"] for r in store.read("test.ban_reports")] == ["old"]


def test_derived_follows_use_the_summary(store):
    """A proposal reported later in an older article does not stop a ban in force from being followed."""
    load(store, NEW, OLD)
    other = make_facts("be", "Belgium", "TikTok", "2023-03-10")
    store.write_document(other)
    assert "in_force" in FOLLOWABLE_STATUSES
    assert store.refresh_derived_follows() == 1
    follows = store.read("test.follows")
    assert [(f["follower"], f["followed"], f["lagDays"]) for f in follows] == [("Belgium", "Canada", 11)]


def test_store_eval_on_corpus_equals_in_memory_for_status_and_dates(corpus_store):
    from conftest import CORPUS_DIR

    from loaders.evaluate import evaluate_in_memory, load_gold, read_predictions, score_docs

    through_store = score_docs(read_predictions(corpus_store), load_gold(CORPUS_DIR))
    in_memory, errors = evaluate_in_memory(str(CORPUS_DIR))
    assert errors == []
    for attr in ("status", "announced"):
        got, want = through_store.attributes[attr], in_memory.attributes[attr]
        assert (got.right, got.compared) == (want.right, want.compared), attr
    assert through_store.counts["bans"].tp == in_memory.counts["bans"].tp


def test_graphql_evidence_carries_each_document_report(store):
    import asyncio

    from api.gql import make_context, schema

    load(store, OLD, NEW)
    query = """{ bans(first: 5) { nodes { status announced effective statusReportedIn
                 evidence { reportedStatus reportedAnnounced reportedEffective document { id } } } } }"""
    result = asyncio.run(schema.execute(query, context_value=make_context(store)))
    assert result.errors is None, result.errors
    [ban] = result.data["bans"]["nodes"]
    assert (ban["status"], ban["announced"], ban["effective"]) == ("IN_FORCE", "2023-02-27", "2023-03-01")
    assert ban["statusReportedIn"] == "new"
    reports = {e["document"]["id"]: (e["reportedStatus"], e["reportedAnnounced"], e["reportedEffective"])
               for e in ban["evidence"]}  # fmt: skip
    assert reports == {"old": ("PROPOSED", "2023-01", None), "new": ("IN_FORCE", "2023-02-27", "2023-03-01")}


STATUSES = ["in_force", "advisory", "enacted_law", "blocked_by_court", "temporary", "proposed"]


def _random_report(rng: random.Random, doc_id: str) -> tuple:
    published = rng.choice([None, "2023-03", "2023-03-02", "2023-03-02", "2023-03-05", "2023-04-01"])

    def date() -> str | None:  # fmt: skip
        return rng.choice([None, "2023", "2023-02", "2023-03", "2023-02-27", "2023-02-20", "2023-03-01"])

    return (doc_id, published, rng.choice(STATUSES), date(), date())


def _expected(reports: dict[str, tuple]) -> tuple:
    """The summary rules, in Python: latest published report's status (ties: greatest id), most precise dates."""
    latest = max(reports.values(), key=lambda r: (r[1] or "", r[0]))

    def best(dates):
        dates = [d for d in dates if d]
        return min(dates, key=lambda d: (-len(d), d)) if dates else None

    return (latest[2], best(r[3] for r in reports.values()), best(r[4] for r in reports.values()), latest[0])


def _summary(store) -> tuple:
    [ban] = summaries(store)
    return (ban["status"], ban["announced"], ban["effective"], ban["statusReportedIn"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_summary_folded_in_on_write_equals_the_rules_and_a_full_recompute(store, seed):
    """Random reports in random orders, then random replacements and deletions: the summary always equals
    the rules over the reports present, and recomputing it from every report changes nothing."""
    rng = random.Random(seed)
    reports = {f"d{i}": _random_report(rng, f"d{i}") for i in range(6)}
    order = list(reports)
    rng.shuffle(order)
    for doc_id in order:
        store.write_document(report(*reports[doc_id]))
    assert _summary(store) == _expected(reports)
    ban_id = summaries(store)[0]["id"]
    store._run_auto(write.BAN_SUMMARY.cypher, ids=[ban_id])
    assert _summary(store) == _expected(reports)

    for step in range(4):
        doc_id = rng.choice(sorted(reports))
        if step % 2 == 0 or len(reports) == 1:  # replace: a corrected article with another report
            reports[doc_id] = _random_report(rng, doc_id)
            assert store.write_document(report(*reports[doc_id], suffix=f" Update {step}.")).status == "replaced"
        else:
            del reports[doc_id]
            assert store.delete_document(doc_id) is True
        assert _summary(store) == _expected(reports), (step, doc_id)


def test_dev_corpus_in_reverse_order_gives_the_same_bans(store):
    """The bug this guards against: the last document written decided a ban's status."""
    from conftest import CORPUS_DIR

    from loaders.extract.pipeline import extract
    from loaders.sources import iter_documents

    documents = [d for d in iter_documents([CORPUS_DIR]) if not isinstance(d, Exception) and hasattr(d, "text")]
    facts = list(extract(documents))
    seen = []
    for order in (facts, facts[::-1]):
        store.clear()
        for f in order:
            store.write_document(f)
        store.refresh_derived_follows()
        seen.append((summaries(store), store.read("test.ban_reports"), sorted(map(str, store.read("test.follows")))))
    assert seen[0] == seen[1]
    statuses = {}
    for r in seen[0][1]:
        statuses.setdefault(r["ban"], set()).add(r["status"])
    assert any(len(s) > 1 for s in statuses.values()), "the corpus should have a ban reported with two statuses"


def told_twice(first: str, second: str) -> DocumentFacts:
    """One document telling Canada's TikTok ban in force since May 2022 and a bill of June 2025 that would also ban it
    (one ban id), the one whose status is ``first`` listed first."""
    dated = {"in_force": "2022-05", "proposed": "2025-06"}
    facts = report("both", "2025-06-20", first, dated[first], suffix=" A bill would ban TikTok outright.")
    ban = facts.bans[0]
    text = facts.document.text
    start = text.index("A bill")
    bill = Evidence("both", text[start:], start, len(text), "test.bans", 0.9)
    facts.bans.append(replace(ban, status=second, announced=dated[second], evidence=[bill]))
    assert facts.bans[0].id == facts.bans[1].id
    return facts


@pytest.mark.parametrize("order", [("in_force", "proposed"), ("proposed", "in_force")])
def test_a_document_telling_a_ban_and_a_bill_on_it_keeps_both_reports(store, order):
    """A ban in force and a bill that would also ban it, one id: each report stays on its own evidence, the ban's
    status is the measure's whichever is told first, and eval scores both as that document's bans."""
    from loaders.evaluate import read_predictions

    facts = told_twice(*order)
    store.write_document(facts)
    reports = sorted((r["status"], r["announced"]) for r in store.read("test.ban_reports"))
    assert reports == [("in_force", "2022-05"), ("proposed", "2025-06")]
    [ban] = summaries(store)
    assert (ban["status"], ban["announced"]) == ("in_force", "2022-05")
    store.write_document(report("other", "2025-07-01", "in_force", None))  # another document: summary recomputed
    store.delete_document("other")
    assert summaries(store)[0]["status"] == "in_force"
    got = read_predictions(store)["both"].bans
    assert sorted((b.status, b.announced) for b in got) == [("in_force", "2022-05"), ("proposed", "2025-06")]
    assert [len(b.evidence) for b in facts.bans] == [1, 1]  # the facts written are not changed

"""The scorer on small hand-written gold / prediction pairs (rules of corpus/README.md)."""

from __future__ import annotations

import json

import pytest

from loaders.evaluate import (
    Counts,
    GoldError,
    date_right,
    load_gold,
    max_weight_matching,
    norm_name,
    score,
    titles_match,
)
from loaders.model import Ban, Document, DocumentFacts, Entity, Evidence, Follow, Role, Statement, entity_id


def ev(doc_id: str = "d1") -> Evidence:
    return Evidence(document_id=doc_id, sentence="s", start=0, end=1, extractor="test")


def ent(kind: str, name: str, aliases=(), doc_id: str = "d1") -> Entity:
    return Entity(id=entity_id(kind, name), kind=kind, name=name, aliases=list(aliases), mentions=[ev(doc_id)])


def write_gold(tmp_path, doc_id: str = "d1", **parts) -> None:
    data = {"id": doc_id, "entities": [], "roles": [], "bans": [], "follows": [], "statements": [], "laws": []}
    data.update(parts)
    (tmp_path / f"{doc_id}.gold.json").write_text(json.dumps(data), encoding="utf-8")


def facts(doc_id: str = "d1", **parts) -> DocumentFacts:
    return DocumentFacts(document=Document(id=doc_id, text="x"), **parts)


UK = {"name": "United Kingdom", "kind": "Jurisdiction", "aliases": ["UK government", "UK"]}
TIKTOK = {"name": "TikTok", "kind": "Product", "aliases": []}
US = {"name": "United States", "kind": "Jurisdiction", "aliases": ["US"]}


def gold_ban(
    imposer="United Kingdom", targets=("TikTok",), scope="government_devices", status="in_force", announced="2023-03"
):
    return {
        "imposed_by": imposer,
        "targets": list(targets),
        "scope": scope,
        "status": status,
        "announced": announced,
        "effective": None,
        "justified_by": [],
    }


# ------------------------------------------------------------------ primitives


def test_norm_name_drops_case_punctuation_and_leading_the():
    assert norm_name("The U.S.") == "us"
    assert norm_name("the  Chinese-owned app") == "chineseowned app"  # punctuation dropped, not spaced
    assert norm_name("AT&T Inc.") == "att inc"
    assert norm_name("Theodore") == "theodore"  # "the" only as a word
    assert norm_name("Ministry of the Interior") == "ministry of the interior"  # only a leading "the"


def test_date_rule_at_gold_precision():
    assert date_right("2023-02", "2023-02-27")
    assert date_right("2023-02-27", "2023-02-27")
    assert not date_right("2023-02-27", "2023-02")
    assert not date_right("2023-02", "2023-03-01")
    assert date_right("2023", "2023-11-13")
    assert date_right(None, None)
    assert not date_right(None, "2023")
    assert not date_right("2023", None)


def test_titles_share_half_of_the_shorter_titles_words():
    assert titles_match("Prime Minister", "prime minister")
    assert titles_match("vice-president", "vice-president of government relations and public policy in Europe")
    assert titles_match("Cabinet Minister", "Minister")  # 1 of 1 shared
    assert titles_match("Secretary of State for Science", "Science Secretary")  # 2 of 2 ("of", "for" ignored)
    assert not titles_match("Prime Minister", "Foreign Secretary")


def test_titles_half_boundary():
    assert titles_match("deputy health minister", "deputy chairman")  # shorter has 2 words, 1 shared: exactly half
    assert not titles_match("national security adviser", "security council spokesman")  # 1 of 3 shared
    assert titles_match("national security adviser", "security adviser to the council")  # 2 of 3 shared


def test_counts_arithmetic():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_matching_is_maximum_not_greedy():
    # row 0 could take col 0 or 1, row 1 only col 0: greedy row-first would pair (0,0) and strand row 1.
    pairs = max_weight_matching([[1.0, 1.0], [1.0, None]])
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert max_weight_matching([[None, None]]) == []
    assert max_weight_matching([]) == []


# ------------------------------------------------------------------ score() end to end on tiny documents


def test_entities_alias_matching_and_one_to_one(tmp_path):
    write_gold(tmp_path, entities=[UK, TIKTOK, US])
    uk = ent("Jurisdiction", "Britain", aliases=["UK government"])  # matches gold through an alias on both sides
    uk_again = ent("Organisation", "UK")  # second prediction for the same gold entity: a false positive
    bytedance = ent("Organisation", "ByteDance")  # not in gold
    report = score([facts(entities=[uk, uk_again, bytedance])], tmp_path)
    c = report.counts["entities"]
    assert (c.tp, c.fp, c.fn) == (1, 2, 2)
    doc = report.documents[0]
    assert sorted(doc.misses["entities"]) == ["TikTok", "United States"]
    assert "ByteDance" in doc.false_positives["entities"]


def test_items_without_evidence_in_the_document_do_not_count(tmp_path):
    write_gold(tmp_path, entities=[UK])
    elsewhere = ent("Jurisdiction", "United Kingdom", doc_id="other")
    report = score([facts(entities=[elsewhere])], tmp_path)
    assert (report.counts["entities"].tp, report.counts["entities"].fp) == (0, 0)
    assert report.counts["entities"].fn == 1


def test_bans_need_imposer_and_one_target_and_dates_follow_gold_precision(tmp_path):
    write_gold(
        tmp_path,
        entities=[UK, TIKTOK, US, {"name": "WeChat", "kind": "Product", "aliases": []}],
        bans=[gold_ban(announced="2023-03"), gold_ban(imposer="United States", announced="2022-12-29", scope=None)],
    )
    uk, tt, us, wc = (
        ent("Jurisdiction", "UK"),
        ent("Product", "TikTok"),
        ent("Jurisdiction", "US"),
        ent("Product", "WeChat"),
    )
    bans = [
        Ban(uk.id, [tt.id, wc.id], "in_force", "government_devices", announced="2023-03-16", evidence=[ev()]),  # right
        Ban(us.id, [tt.id], "advisory", "nationwide", announced="2022-12", evidence=[ev()]),  # date too coarse
        Ban(us.id, [wc.id], "in_force", evidence=[ev()]),  # no target in common with any US gold ban
    ]
    report = score([facts(entities=[uk, tt, us, wc], bans=bans)], tmp_path)
    c = report.counts["bans"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)
    a = report.attributes
    assert (a["announced"].right, a["announced"].compared) == (1, 2)
    assert (a["scope"].right, a["scope"].compared) == (1, 1)  # the US gold ban gives no scope: not compared
    assert (a["status"].right, a["status"].compared) == (1, 2)


def test_bans_one_to_one_prefers_the_pairing_that_agrees_on_attributes(tmp_path):
    write_gold(
        tmp_path,
        entities=[UK, TIKTOK],
        bans=[
            gold_ban(scope="government_devices", announced="2023-03"),
            gold_ban(scope="nationwide", announced="2020"),
        ],
    )
    uk, tt = ent("Jurisdiction", "United Kingdom"), ent("Product", "TikTok")
    bans = [
        Ban(uk.id, [tt.id], "in_force", "nationwide", announced="2020-06", evidence=[ev()]),
        Ban(uk.id, [tt.id], "in_force", "government_devices", announced="2023-03-16", evidence=[ev()]),
        Ban(uk.id, [tt.id], "in_force", "government_devices", announced="2023-03-16", evidence=[ev()]),  # duplicate
    ]
    report = score([facts(entities=[uk, tt], bans=bans)], tmp_path)
    assert (report.counts["bans"].tp, report.counts["bans"].fp) == (2, 1)
    assert report.attributes["scope"].right == 2
    assert report.attributes["announced"].right == 2


def test_follows_explicit_only_roles_and_statements(tmp_path):
    write_gold(
        tmp_path,
        entities=[UK, US, TIKTOK, {"name": "Oliver Dowden", "kind": "Person", "aliases": ["Dowden"]}],
        follows=[{"follower": "United Kingdom", "followed": "United States", "explicit": True}],
        roles=[{"person": "Oliver Dowden", "title": "Cabinet Office Minister", "organisation": "United Kingdom"}],
        statements=[
            {"speaker": "Oliver Dowden", "stance": "supports_ban", "about": "x"},
            {"speaker": "TikTok", "stance": "opposes_ban", "about": "y"},
        ],
    )
    uk, us, tt = ent("Jurisdiction", "UK"), ent("Jurisdiction", "United States"), ent("Product", "TikTok")
    dowden = ent("Person", "Dowden")
    report = score(
        [
            facts(
                entities=[uk, us, tt, dowden],
                follows=[
                    Follow(uk.id, us.id, explicit=True, evidence=[ev()]),
                    Follow(us.id, uk.id, explicit=False, evidence=[ev()]),  # derived: ignored
                    Follow(us.id, uk.id, explicit=True, evidence=[ev()]),  # wrong direction
                ],
                roles=[
                    Role(dowden.id, "Minister", uk.id, evidence=[ev()]),
                    Role(dowden.id, "Prime Minister", evidence=[ev()]),
                ],
                statements=[
                    Statement(dowden.id, "supports_ban", "t", "d1", 0, evidence=[ev()]),
                    Statement(tt.id, "denies_allegation", "t", "d1", 5, evidence=[ev()]),  # wrong stance
                ],
            )
        ],
        tmp_path,
    )
    f, r, s = report.counts["follows"], report.counts["roles"], report.counts["statements"]
    assert (f.tp, f.fp, f.fn) == (1, 1, 0)
    # "Minister" shares 1 of 1 words; "Prime Minister" too, but the gold role can be matched once only
    assert (r.tp, r.fp, r.fn) == (1, 1, 0)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_micro_average_over_documents_and_missing_predictions(tmp_path):
    write_gold(tmp_path, "d1", entities=[UK, TIKTOK])
    write_gold(tmp_path, "d2", entities=[US, TIKTOK, UK, {"name": "China", "kind": "Jurisdiction", "aliases": []}])
    write_gold(tmp_path, "d3", entities=[UK])  # nothing predicted for d3: all misses
    preds = [
        facts("d1", entities=[ent("Product", "TikTok"), ent("Product", "Douyin")]),
        facts("d2", entities=[ent("Jurisdiction", n, doc_id="d2") for n in ("US", "China", "UK", "TikTok")]),
        facts("d9", entities=[ent("Product", "TikTok", doc_id="d9")]),  # no gold file: not scored
    ]
    report = score(preds, tmp_path)
    c = report.counts["entities"]
    assert (c.tp, c.fp, c.fn) == (5, 1, 2)
    assert c.precision == pytest.approx(5 / 6)
    assert c.recall == pytest.approx(5 / 7)
    assert report.unscored == ["d9"]
    assert [d.doc_id for d in report.documents] == ["d1", "d2", "d3"]


def test_broken_gold_file_is_named(tmp_path):
    (tmp_path / "bad.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="bad.gold.json"):
        load_gold(tmp_path)
    (tmp_path / "bad.gold.json").write_text(json.dumps({"id": "bad", "bans": [{"targets": []}]}), encoding="utf-8")
    with pytest.raises(GoldError, match="bad.gold.json"):
        load_gold(tmp_path)


def test_dev_gold_files_all_load():
    from pathlib import Path

    gold = load_gold(Path(__file__).resolve().parent.parent / "corpus" / "dev")
    assert len(gold) >= 21
    assert all(g.entities for g in gold.values())


def test_render_puts_the_summary_last_and_shows_undefined_ratios_as_dashes(tmp_path):
    import io

    from rich.console import Console

    from loaders.evaluate import render

    write_gold(tmp_path, entities=[UK, TIKTOK])
    report = score([facts(entities=[ent("Jurisdiction", "UK"), ent("Product", "Douyin")])], tmp_path)
    buf = io.StringIO()
    render(report, verbose=True, console=Console(file=buf, width=100, color_system=None))
    lines = buf.getvalue().rstrip().splitlines()
    assert lines[-1].startswith("matched bans: announced 0/0")
    rows = {ln.split()[0]: ln.split()[1:] for ln in lines if ln.split() and ln.split()[0] in ("entities", "follows")}
    assert rows["entities"] == ["1", "1", "1", "0.50", "0.50", "0.50"]
    assert rows["follows"] == ["0", "0", "0", "-", "-", "-"]
    assert any("miss entity: TikTok" in ln for ln in lines) and any("false+ entity: Douyin" in ln for ln in lines)
    assert len(lines) - lines.index(next(ln for ln in lines if "bangraph eval" in ln)) <= 12

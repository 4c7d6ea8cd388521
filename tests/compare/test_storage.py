"""Topics and facts in a real database, written through the crawl's real write path.

The database is ``notebooks/build_fixture_db.py``'s: the five seed vendors
recorded by :func:`policywatch.recorder.record` (the crawl's write path), then the edited
pages, then six real versions of GitHub's privacy statement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policywatch.db import open_db
from policywatch.db.analysis import load_facts, store_analysis
from policywatch.db.versions import load_version
from policywatch.diffing.facts import compare_facts
from policywatch.recorder.analysis import analyse_pending
from tests.conftest import REPO, load_script, run_cli

BUILDER = REPO / "notebooks" / "build_fixture_db.py"


def _builder() -> Any:
    return load_script(BUILDER, "build_fixture_db")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed vendors recorded twice (Faveo's retention edited in between), plus GitHub."""
    return Path(_builder().build(tmp_path_factory.mktemp("compare") / "fixture.db"))


def versions_of(db: Any, slug: str) -> list[int]:
    return [
        r["id"]
        for r in db.query(
            "select ver.id from versions ver join documents d on d.id = ver.document_id"
            " join vendors v on v.id = d.vendor_id where v.slug = ? order by ver.number",
            [slug],
        )
    ]


@pytest.mark.slow
def test_refresh_backfills_every_version_and_facts_feed_the_diff(demo_db: Path) -> None:
    result = run_cli("compare", "--db", str(demo_db), "--refresh")
    assert result.returncode == 0, result.stderr
    db = open_db(demo_db)
    missing = db.execute(
        "select count(*) from versions where id not in (select version_id from version_analysis)"
    ).fetchone()[0]
    assert missing == 0
    assert db.execute("select count(*) from section_topics").fetchone()[0] > 50
    old, new = versions_of(db, "faveo")
    old_facts, new_facts = load_facts(db, old), load_facts(db, new)
    assert {f.normalised for f in old_facts if f.kind == "retention"} >= {"14d"}
    assert {f.normalised for f in new_facts if f.kind == "retention"} >= {"180d"}
    changes = compare_facts(old_facts, new_facts)
    assert [c.category for c in changes] == ["retention"]
    assert "180 dager" in changes[0].explanation and "14 dager" in changes[0].explanation
    # The cosmetic Fusetools edit changes no fact.
    fuse = versions_of(db, "fusetools")
    assert compare_facts(load_facts(db, fuse[0]), load_facts(db, fuse[-1])) == []
    # Nothing to do the second time.
    assert analyse_pending(db) == 0


@pytest.mark.slow
def test_compare_by_slug_uses_the_latest_version(demo_db: Path) -> None:
    result = run_cli("compare", "faveo", "connectmyapps", "--db", str(demo_db), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r["cells"] for r in json.loads(result.stdout)["rows"]}
    assert any("180 dager" in v for v in rows["retention"]["faveo"]["values"])
    assert rows["certification"]["connectmyapps"]["values"] == ["ISO 27001 (in progress)"]
    assert rows["sale"]["faveo"]["status"] == "no"


@pytest.mark.slow
def test_unknown_slug_lists_known_slugs(demo_db: Path) -> None:
    result = run_cli("compare", "faveo", "acme", "--db", str(demo_db))
    assert result.returncode == 2
    assert (
        "acme" in result.stderr
        and "connectmyapps, faveo, fusetools, fusion, github" in result.stderr
    )
    wrong_type = run_cli("compare", "faveo", "--type", "dpa", "--db", str(demo_db))
    assert wrong_type.returncode == 2 and "no stored version of a dpa" in wrong_type.stderr


@pytest.mark.slow
def test_compare_page_context_reads_a_read_only_database(demo_db: Path) -> None:
    import sqlite3

    from sqlite_utils import Database

    from policywatch.db.compare_page import compare_context, matrix_csv

    read_only = Database(sqlite3.connect(f"file:{demo_db}?mode=ro", uri=True))
    context = compare_context(read_only, "faveo, nordhost")
    matrix = context["matrix"]
    assert matrix is not None and matrix.vendors == ["faveo", "nordhost"]
    assert all(m["version"] >= 1 and m["doc_type"] == "privacy_policy" for m in matrix.meta)
    assert "not stated" in matrix_csv(matrix)
    wrong = compare_context(read_only, "faveo,<script>x</script>")
    assert wrong["matrix"] is None and "<script>x</script>" in wrong["problems"][0]
    assert "nordhost" in wrong["known"]


def test_store_analysis_rolls_back_with_its_transaction(tmp_path: Path) -> None:
    from policywatch.db.versions import insert_version
    from policywatch.extract import ExtractedDocument, Section

    db = open_db(tmp_path / "t.db")
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert(
        {"vendor_id": 1, "url": "https://v.example/p", "doc_type": "privacy_policy"}
    )
    doc = ExtractedDocument(
        text="We do not sell personal data.",
        sections=[Section(1, "Sale", "We do not sell personal data.")],
    )
    with pytest.raises(RuntimeError), db.atomic():
        vid = insert_version(
            db, 1, doc, seen_at="2024-01-01T00:00:00Z", snapshot_sha256=None, fetch_id=None
        )
        store_analysis(db, vid, doc)
        raise RuntimeError("crawl killed")
    assert db.execute("select count(*) from facts").fetchone()[0] == 0
    with db.atomic():
        vid = insert_version(
            db, 1, doc, seen_at="2024-01-01T00:00:00Z", snapshot_sha256=None, fetch_id=None
        )
        store_analysis(db, vid, doc)
    row = next(db.query("select * from section_topics"))
    assert row["topic"] == "sale_sharing"
    assert json.loads(row["sentences"]) == ["We do not sell personal data."]
    assert [f.normalised for f in load_facts(db, vid) if f.kind == "sale"] == ["no"]
    assert load_version(db, vid).sections[0].heading == "Sale"


def test_a_section_text_shared_by_versions_is_stemmed_once(tmp_path: Path) -> None:
    from policywatch.db.versions import insert_version
    from policywatch.extract import ExtractedDocument, Section

    db = open_db(tmp_path / "t.db")
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert(
        {"vendor_id": 1, "url": "https://v.example/p", "doc_type": "privacy_policy"}
    )
    kept = Section(1, "Retention", "We retained your messages for thirty days.")
    for changed in ("We sell nothing.", "We sell nothing to anybody, ever."):
        doc = ExtractedDocument(
            text=f"{kept.heading}\n{kept.text}\nSale\n{changed}",
            sections=[kept, Section(1, "Sale", changed)],
        )
        with db.atomic():
            vid = insert_version(
                db, 1, doc, seen_at="2024-01-01T00:00:00Z", snapshot_sha256=None, fetch_id=None
            )
            store_analysis(db, vid, doc)
    count = lambda table: db.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: E731
    assert count("section_spans") == 4 and count("section_texts") == 3
    assert count("section_text_stems_fts") == 3
    # Analysing a version again adds nothing to the index.
    store_analysis(db, vid, doc)
    assert count("section_text_stems_fts") == 3
    hits = db.execute(
        "select rowid from section_text_stems_fts where section_text_stems_fts match 'retain'"
    ).fetchall()
    assert len(hits) == 1


def test_canned_matrix_query_matches_the_command(demo_db: Path) -> None:
    from policywatch.db.matrix_query import MATRIX_SQL

    db = open_db(demo_db)
    analyse_pending(db)
    rows = {
        r["vendor"]: r
        for r in db.query(MATRIX_SQL, {"doc_type": "", "vendors": "faveo, nordhost,connectmyapps"})
    }
    assert sorted(rows) == ["connectmyapps", "faveo", "nordhost"]
    assert rows["faveo"]["sells_data"] == "no"
    assert rows["nordhost"]["sells_data"] == "not stated"
    assert "ISO 27001 (in progress)" in rows["connectmyapps"]["certifications"]
    assert "do_not_track" in rows["faveo"]["topics_covered"]
    assert len(list(db.query(MATRIX_SQL, {"doc_type": "", "vendors": ""}))) == 6

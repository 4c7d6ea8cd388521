"""benchmarks/analyse.py stores corpus versions through the crawl's write path, reads no
frozen vendor's file unless told, and counts what ``policywatch analyse`` did."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from benchmarks import analyse
from benchmarks.corpus import CORPUS, is_frozen

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared/corpus/dev not beside the repo")


def test_the_versions_are_tune_vendors_only_unless_frozen_is_asked_for() -> None:
    tune = analyse.corpus_rows(frozen=False)
    every = analyse.corpus_rows(frozen=True)
    assert any(is_frozen(r["doc_id"], CORPUS) for r in every), "the test must be able to fail"
    assert tune and not any(is_frozen(r["doc_id"], CORPUS) for r in tune)
    assert {r["format"] for r in every} == {"md"}


def test_stored_versions_are_what_analyse_then_reads(tmp_path: Path) -> None:
    db_path = tmp_path / "stored.db"
    outcomes = analyse.store(db_path, analyse.corpus_rows(frozen=False), versions=3)
    assert outcomes["new_version"] == 3
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from versions").fetchone()[0] == 3
    assert db.execute("select count(*) from version_analysis").fetchone()[0] == 0
    db.close()

    copy = tmp_path / "copy.db"
    analyse.copy_db(db_path, copy)
    assert analyse.run_analyse(copy, workers=0)["versions"] == 3
    assert (
        sqlite_utils.Database(copy).execute("select count(*) from version_analysis").fetchone()[0]
        == 3
    )
    # The stored database itself is left as it was, for the next run.
    assert (
        sqlite_utils.Database(db_path)
        .execute("select count(*) from version_analysis")
        .fetchone()[0]
        == 0
    )


def test_two_workers_write_the_analysis_one_process_writes(tmp_path: Path) -> None:
    stored = tmp_path / "stored.db"
    assert analyse.store(stored, analyse.corpus_rows(frozen=False), versions=6)["new_version"] == 6
    copies = {workers: tmp_path / f"workers{workers}.db" for workers in (0, 2)}
    for workers, copy in copies.items():
        analyse.copy_db(stored, copy)
        assert analyse.run_analyse(copy, workers)["versions"] == 6
    rows = analyse.analysis_rows(copies[0])
    assert all(rows.values()), {table: len(got) for table, got in rows.items()}
    assert analyse.differing_tables(copies) == {2: []}

    # A difference in any one table is caught and named.
    sqlite_utils.Database(copies[2]).execute(
        "update facts set normalised = normalised || '!' where id = (select max(id) from facts)"
    ).connection.commit()
    assert analyse.differing_tables(copies) == {2: ["facts"]}

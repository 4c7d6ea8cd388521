"""The positionless text index (migration m023) and phrase search in two stages.

A database is built with the schema before m023 (``detail=full``, phrases
matched by FTS5), then opened the usual way: the migration rebuilds the
index without positions, and the two-stage search (``pw_fts_query`` on the
index, ``pw_has_phrase`` on the text) finds what the phrase query found.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from policywatch.core.model import ExtractedDocument, Section
from policywatch.db import open_db
from policywatch.db.phrase import has_phrases, index_query, tokens
from policywatch.db.schema import migrations
from policywatch.db.textstore import register
from policywatch.db.versions import insert_version
from tests.db.stored import store_versions

MIGRATION = "m023_positionless_text_index"

VERSIONS = [
    [
        Section(
            1, "Sub-processors", "We keep your messages for 30 days after you close your account."
        ),
        Section(1, "Vente", "Nous ne vendons pas vos données personnelles."),
    ],
    [
        Section(1, "Subprocessors", "Our processors keep messages for 30 or more days."),
        Section(1, "Vente", "Nous ne vendons pas vos données personnelles."),
    ],
]
# Each query, and the versions whose sections hold it (every word; phrases in a row).
QUERIES = {
    '"30 days"': [1],
    "30 days": [1, 2],
    "sub-processors": [1],
    '"DONNEES personnelles"': [1, 2],
    "sub-proc*": [1],
    '"your close"': [],
}
TWO_STAGE = """select distinct s.version_id from section_texts_fts f
join sections s on s.text_id = f.rowid
where section_texts_fts match pw_fts_query(?) and
  pw_has_phrase(coalesce(s.heading, '') || char(10) || s.text, ?) order by 1"""


def _insert(db: sqlite_utils.Database) -> None:
    store_versions(db, VERSIONS, current=False)


def _detail(db: sqlite_utils.Database) -> str:
    sql = db.execute("select sql from sqlite_master where name = 'section_texts_fts'").fetchone()
    return str(sql[0])


def test_migration_drops_positions_and_two_stage_search_finds_what_phrases_found(
    tmp_path: Path,
) -> None:
    path = tmp_path / "m022.db"
    old = sqlite_utils.Database(path)
    register(old.conn)
    migrations.apply(old, stop_before=MIGRATION)
    _insert(old)
    assert "detail=none" not in _detail(old)
    # Before: FTS5 matched phrases itself, quoting each word as Datasette did.
    fts5_phrase = {
        q: [
            r[0]
            for r in old.execute(
                "select distinct s.version_id from section_texts_fts f join sections s"
                " on s.text_id = f.rowid where section_texts_fts match ? order by 1",
                [q if q.startswith('"') else " ".join(f'"{w}"' for w in q.split())],
            )
        ]
        for q in QUERIES
        if "*" not in q
    }
    old.close()

    db = open_db(path)
    assert MIGRATION in {r["name"] for r in db["_sqlite_migrations"].rows}
    assert "detail=none" in _detail(db)
    db.execute("insert into section_texts_fts(section_texts_fts) values ('integrity-check')")
    found = {q: [r[0] for r in db.execute(TWO_STAGE, [q, q])] for q in QUERIES}
    assert found == QUERIES
    assert {q: found[q] for q in fts5_phrase} == fts5_phrase
    # What we give up: a phrase written straight against the index.
    with pytest.raises(sqlite3.OperationalError, match="phrase queries are not supported"):
        db.execute(
            "select rowid from section_texts_fts where section_texts_fts match '\"30 days\"'"
        )
    # Versions written after the migration are indexed and found the same way.
    with db.atomic():
        insert_version(
            db,
            1,
            ExtractedDocument(
                text="Sale\n\nWe never sell data.",
                sections=[Section(1, "Sale", "We never sell data.")],
            ),
            seen_at="2025-03",
            snapshot_sha256=None,
            fetch_id=None,
        )
    assert [r[0] for r in db.execute(TWO_STAGE, ['"never sell"', '"never sell"'])] == [3]


def test_the_phrase_check_tokenises_as_unicode61() -> None:
    index = sqlite3.connect(":memory:")
    index.execute("create virtual table f using fts5(t, tokenize='unicode61', detail=none)")
    text = "Æøå: Sub_Processors' DONNÉES, l'été — 30\u00a0jours."
    index.execute("insert into f values (?)", [text])
    for token in tokens(text):  # each token we read is one the index holds
        assert index.execute("select count(*) from f where f match ?", [f'"{token}"']).fetchone()[0]
    assert has_phrases(text, '"donnees l ete" sub') and has_phrases(text, '"30 jours"')
    assert not has_phrases(text, '"jours 30"') and not has_phrases(None, '"a b"')
    # Punctuation only: a query that matches nothing instead of an FTS5 syntax error.
    assert (
        index.execute("select count(*) from f where f match ?", [index_query('"-" !')]).fetchone()[
            0
        ]
        == 0
    )

"""Version text stored compressed (migration m022) and read back through ``pw_text``.

A database is built with the schema before m022 (text stored as text), then
opened the usual way: the migration converts it in one transaction and every
reader (SQL, the ``sections`` views, the full-text index, Python) reads the
same words as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from policywatch.core.model import ExtractedDocument, Section
from policywatch.db import open_db
from policywatch.db.schema import migrations
from policywatch.db.versions import insert_sections, insert_version, load_version

MIGRATION = "m022_version_text_compressed"

# Two versions of one policy: the second changes one section and keeps the other.
KEPT = Section(1, "Retention", "We keep your messages for 30 days after you close your account.")
VERSIONS = [
    [KEPT, Section(1, "Sale", "We do not sell personal data.")],
    [KEPT, Section(1, "Sale", "We sell nothing to anybody, ever. Æøå stay as written.")],
]


def _text(sections: list[Section]) -> str:
    return "\n\n".join(f"{s.heading}\n\n{s.text}" for s in sections)


def _previous_schema_db(path: Path) -> None:
    """A database as the code before m022 wrote it: ``versions.text`` holds the text."""
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before=MIGRATION)
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert({"vendor_id": 1, "url": "https://v.example/p"})
    for number, sections in enumerate(VERSIONS, start=1):
        text = _text(sections)
        version_id = (
            db["versions"]
            .insert({"document_id": 1, "number": number, "text_hash": str(number), "text": text})
            .last_pk
        )
        insert_sections(db, int(version_id or 0), text, sections)
    db.execute("update documents set current_version_id = 2")
    db.conn.commit()
    db.close()


def _snapshot(db: sqlite_utils.Database, text: str = "pw_text(text_z)") -> dict[str, object]:
    return {
        "texts": [r[0] for r in db.execute(f"select {text} from versions order by id")],
        "sections": [tuple(r) for r in db.execute("select * from sections order by id")],
        "latest": [r[0] for r in db.execute("select heading from latest_sections order by id")],
        "views": sorted(
            r[0] for r in db.execute("select name from sqlite_master where type = 'view'")
        ),
        "phrase": [
            r[0]
            for r in db.execute(
                "select s.version_id from section_texts_fts f"
                " join sections s on s.text_id = f.rowid"
                ' where section_texts_fts match \'"close" AND "your" AND "account"\''
                " order by 1"
            )
        ],
    }


def test_migration_compresses_text_and_every_reader_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _previous_schema_db(path)
    before = _snapshot(sqlite_utils.Database(path), text="text")
    assert before["texts"] == [_text(s) for s in VERSIONS] and before["phrase"] == [1, 2]

    db = open_db(path)
    assert MIGRATION in {r["name"] for r in db["_sqlite_migrations"].rows}
    assert _snapshot(db) == before
    stored = [r[0] for r in db.execute("select text_z from versions order by id")]
    assert all(
        isinstance(b, bytes) and len(b) < len(t)
        for b, t in zip(stored, before["texts"], strict=True)
    )
    # The text is no longer stored as text: only the compressed column holds it.
    assert "text" not in db["versions"].columns_dict
    db.execute("insert into section_texts_fts(section_texts_fts) values ('integrity-check')")
    doc = load_version(db, 2)
    assert doc.text == _text(VERSIONS[1]) and doc.sections == VERSIONS[1]
    # A new version written by today's code reads back the same way.
    new = ExtractedDocument(text=_text(VERSIONS[0]), sections=VERSIONS[0])
    with db.atomic():
        version_id = insert_version(db, 1, new, seen_at="2025", snapshot_sha256=None, fetch_id=None)
    assert load_version(db, version_id).sections == VERSIONS[0]
    assert (
        db.execute("select pw_text(text_z) from versions where id = ?", [version_id]).fetchone()[0]
        == new.text
    )


def test_a_failed_migration_leaves_the_previous_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _previous_schema_db(path)
    # A trigger that refuses the migration's writes makes it fail midway.
    conn = sqlite3.connect(path)
    conn.execute(
        "create trigger refuse before update on versions begin select raise(abort, 'no'); end"
    )
    conn.commit()
    conn.close()
    with pytest.raises(sqlite3.DatabaseError):
        open_db(path)
    db = sqlite_utils.Database(path)
    assert MIGRATION not in {r["name"] for r in db["_sqlite_migrations"].rows}
    assert "text" in db["versions"].columns_dict and "text_z" not in db["versions"].columns_dict
    assert [r[0] for r in db.execute("select text from versions order by id")] == [
        _text(s) for s in VERSIONS
    ]


def test_readers_without_pw_text_still_read_everything_else(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db")
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert({"vendor_id": 1, "url": "https://v.example/p"})
    doc = ExtractedDocument(text=_text(VERSIONS[0]), sections=VERSIONS[0])
    with db.atomic():
        insert_version(db, 1, doc, seen_at="2025", snapshot_sha256=None, fetch_id=None)
    db.close()
    # sqlite-utils registers pw_text through its plugin hook (the sqlite-utils CLI, notebooks).
    utils = sqlite_utils.Database(tmp_path / "new.db")
    assert utils.execute("select pw_text(text_z) from versions").fetchone()[0] == doc.text
    assert [r[0] for r in utils.execute("select heading from sections order by id")] == [
        "Retention",
        "Sale",
    ]
    # The sqlite3 shell does not: tables, checks and searches work; what reads text says why not.
    plain = sqlite3.connect(tmp_path / "new.db")
    assert plain.execute("pragma integrity_check").fetchone()[0] == "ok"
    plain.execute("update versions set first_seen_at = '2024' where number = 1")
    assert plain.execute("select number, text_hash from versions").fetchone() == (1, doc.text_hash)
    hits = plain.execute(
        "select count(*) from section_texts_fts where section_texts_fts match 'do AND not AND sell'"
    ).fetchone()[0]
    assert hits == 1
    with pytest.raises(sqlite3.OperationalError, match="pw_text"):
        plain.execute("select heading from sections").fetchone()


def test_datasette_reads_the_text_of_sections_and_versions(tmp_path: Path) -> None:
    """Through the plugin's prepare_connection: the sections view, the index, the versions page."""
    import asyncio

    from policywatch.db.web import make_datasette

    path = tmp_path / "policywatch.db"
    db = open_db(path)
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert({"vendor_id": 1, "url": "https://v.example/p"})
    hostile = Section(1, "Sale", "We sell <script>window.pwned=1</script> nothing.")
    doc = ExtractedDocument(text=_text([KEPT, hostile]), sections=[KEPT, hostile])
    with db.atomic():
        insert_version(db, 1, doc, seen_at="2025", snapshot_sha256=None, fetch_id=None)
    db.close()
    ds = make_datasette(str(path))

    def get(url: str) -> str:
        response = asyncio.run(ds.client.get(url))
        assert response.status_code == 200, (url, response.text[:300])
        return str(response.text)

    rows = asyncio.run(ds.client.get("/policywatch/sections.json?_shape=array")).json()
    assert [r["text"] for r in rows] == [KEPT.text, hostile.text]
    page = get("/policywatch/versions/1")
    assert "We keep your messages for 30 days" in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page and "<script>window" not in page
    found = asyncio.run(
        ds.client.get("/-/policywatch/search?q=%22close+your+account%22&scope=all&format=json")
    ).json()
    assert [r["heading"] for r in found] == ["Retention"]

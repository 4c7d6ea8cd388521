"""Migrations of how text is stored and indexed (issue 15): once, compressed, a positionless index.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


def m007_store_text_once(db: Database) -> None:
    """A version's text is stored once, and each distinct section text is indexed once (issue 15).

    ``versions.text`` is the one copy. A section is a span of it
    (``section_spans``: offsets, no text); the ``sections`` view reads the
    heading and text back with ``substr`` and keeps every reader's columns.
    ``section_texts`` holds each distinct (heading, text) once, by hash, and
    ``section_texts_fts`` indexes those: an unchanged section seen in 100
    versions is indexed once, so the all-versions index answers searches of
    current versions too (joined to ``documents.current_version_id``) and the
    second index of current versions, with its triggers, goes.
    """
    from policywatch.core.model import Section
    from policywatch.db.versions import section_hash, spans_of

    triggers = ["latest_sections_fts_current", "latest_sections_fts_ad", "latest_sections_fts_au"]
    for trigger in [*triggers, "sections_ai", "sections_ad", "sections_au"]:
        db.execute(f"drop trigger if exists {trigger}")
    db.execute("drop table if exists latest_sections_fts")
    db.execute("drop table if exists sections_fts")
    db.execute("drop view if exists latest_sections")
    # Renaming keeps the ids, and section_topics' foreign key follows the new name.
    db.execute("alter table sections rename to section_spans")
    db.table("section_texts").create(
        {"id": int, "sha256": str, "first_span_id": int},
        pk="id",
        not_null={"sha256"},
        foreign_keys=[("first_span_id", "section_spans", "id")],
    )
    db.table("section_texts").create_index(["sha256"], unique=True)
    for column in ("heading_start", "heading_length", "text_start", "text_length"):
        db.execute(f"alter table section_spans add column {column} integer")
    db.execute("alter table section_spans add column text_id integer references section_texts(id)")
    # Only for a section that is not a span of its version's text (never, from our extractor).
    db.execute("alter table section_spans add column heading_override text")
    db.execute("alter table section_spans add column text_override text")
    known: dict[str, int] = {}
    versions = [r["id"] for r in db.query("select id from versions order by id")]
    for version_id in versions:
        text = next(db.query("select text from versions where id = ?", [version_id]))["text"]
        rows = list(
            db.query(
                "select id, heading, text from section_spans where version_id = ?"
                " order by position",
                [version_id],
            )
        )
        sections = [Section(0, r["heading"] or "", r["text"] or "") for r in rows]
        for row, section, span in zip(rows, sections, spans_of(text, sections), strict=True):
            digest = section_hash(section)
            if digest not in known:
                cursor = db.execute(
                    "insert into section_texts (sha256, first_span_id) values (?, ?)",
                    [digest, row["id"]],
                )
                known[digest] = int(cursor.lastrowid or 0)
            db.execute(
                "update section_spans set heading_start = ?, heading_length = ?, text_start = ?,"
                " text_length = ?, heading_override = ?, text_override = ?, text_id = ?"
                " where id = ?",
                [*span, known[digest], row["id"]],
            )
    db.execute("alter table section_spans drop column heading")
    db.execute("alter table section_spans drop column text")
    db.table("section_spans").create_index(["text_id"])
    db.execute(
        "create index if not exists documents_current_version on documents(current_version_id)"
    )
    db.create_view(
        "sections",
        """select sp.id, sp.version_id, sp.position, sp.level,
  coalesce(sp.heading_override, substr(v.text, sp.heading_start + 1, sp.heading_length)) as heading,
  coalesce(sp.text_override, substr(v.text, sp.text_start + 1, sp.text_length)) as text,
  sp.text_id
from section_spans sp join versions v on v.id = sp.version_id""",
    )
    db.create_view(
        "latest_sections",
        """select s.* from sections s join documents d on d.current_version_id = s.version_id""",
    )
    # The index's content: each distinct text read from the first section that had it.
    db.create_view(
        "section_text_content",
        """select st.id, s.heading, s.text
from section_texts st join sections s on s.id = st.first_span_id""",
    )
    db.execute(
        "create virtual table section_texts_fts using fts5(heading, text,"
        " content='section_text_content', content_rowid='id', tokenize='unicode61')"
    )
    db.execute("insert into section_texts_fts(section_texts_fts) values ('rebuild')")


def m022_version_text_compressed(db: Database) -> None:
    """A version's text is stored compressed: ``versions.text_z`` (issue 15).

    ``text_z`` holds the text zlib-compressed and SQL reads it as text with
    ``pw_text(text_z)`` (:mod:`policywatch.db.textstore`), a function every
    connection policywatch, Datasette and sqlite-utils open registers. The
    ``sections`` view reads each section's words through it, so the
    sections, the full-text index's content and every query on them read
    text as before. SQLite cannot drop a column a view names, so the views
    are dropped and created again around the change, ``sections`` reading
    ``pw_text(v.text_z)`` where it read ``v.text``.
    """
    from policywatch.db.textstore import compress_text, register

    register(db.conn)
    db.execute("alter table versions add column text_z blob")
    for (version_id,) in db.execute("select id from versions").fetchall():
        text = db.execute("select text from versions where id = ?", [version_id]).fetchone()[0]
        db.execute(
            "update versions set text_z = ? where id = ?",
            [None if text is None else compress_text(text), version_id],
        )
    views = db.execute(
        "select name, sql from sqlite_master where type = 'view' order by rowid"
    ).fetchall()
    for name, _ in views:
        db.execute(f"drop view [{name}]")
    db.execute("alter table versions drop column text")
    for name, sql in views:
        db.execute(SECTIONS_VIEW if name == "sections" else sql)


# The sections view: spans of their version's text, read through pw_text.
SECTIONS_VIEW = """CREATE VIEW sections AS select sp.id, sp.version_id, sp.position, sp.level,
  coalesce(sp.heading_override,
    substr(pw_text(v.text_z), sp.heading_start + 1, sp.heading_length)) as heading,
  coalesce(sp.text_override, substr(pw_text(v.text_z), sp.text_start + 1, sp.text_length)) as text,
  sp.text_id
from section_spans sp join versions v on v.id = sp.version_id"""


def m023_positionless_text_index(db: Database) -> None:
    """``section_texts_fts`` keeps no token positions: ``detail=none`` (issue 15).

    Positions were about a third of a version's stored bytes (README,
    storage). Without them FTS5 still answers which section texts hold
    every word, not whether they stand in a row, so a phrase is searched in
    two stages (:mod:`policywatch.db.phrase`): its tokens from the index,
    then ``pw_has_phrase`` on the section's text. The index is dropped and
    built again from its content, in this migration's transaction.
    """
    db.execute("drop table section_texts_fts")
    db.execute(
        "create virtual table section_texts_fts using fts5(heading, text,"
        " content='section_text_content', content_rowid='id', tokenize='unicode61',"
        " detail=none)"
    )
    db.execute("insert into section_texts_fts(section_texts_fts) values ('rebuild')")


def m024_sections_name_their_version(db: Database) -> None:
    """The ``sections`` view reads its spans with ``pw_text(text_z, version_id, start, length)``.

    The same heading and text as ``substr(pw_text(text_z), ...)`` did, but a
    damaged ``text_z`` is now an error naming its version (commands) or a
    marker naming it (Datasette), not SQLite's bare "user-defined function
    raised exception" (:mod:`policywatch.db.textstore`). Only this view
    changes; the views that read it read it by name.
    """
    db.execute("drop view sections")
    db.execute(SECTIONS_VIEW_NAMING_VERSION)


SECTIONS_VIEW_NAMING_VERSION = """CREATE VIEW sections AS select sp.id, sp.version_id, sp.position,
  sp.level,
  coalesce(sp.heading_override,
    pw_text(v.text_z, v.id, sp.heading_start, sp.heading_length)) as heading,
  coalesce(sp.text_override, pw_text(v.text_z, v.id, sp.text_start, sp.text_length)) as text,
  sp.text_id
from section_spans sp join versions v on v.id = sp.version_id"""

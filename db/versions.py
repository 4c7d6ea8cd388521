"""Reading and writing versions, snapshots, fetches and changes.

Only SQL lives here; deciding *what* to write is the recorder's job
(:mod:`policywatch.recorder`).

A version's text is stored once, compressed (``versions.text_z``, read in
SQL as ``pw_text(text_z)``: :mod:`policywatch.db.textstore`). Its sections are
spans of that text (:func:`spans_of`), and each distinct section text is
indexed once for search (``section_texts``, ``section_texts_fts``)::

    >>> from policywatch.core.model import Section
    >>> spans_of("# Privacy\\n\\nWe keep data.", [Section(1, "Privacy", "We keep data.")])
    [(2, 7, 11, 13, None, None)]
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from policywatch.core.model import ExtractedDocument, Section, StatedDate
from policywatch.db.connection import utcnow
from policywatch.db.textstore import compress_text, text_of


def store_snapshot(
    db: Database,
    body: bytes,
    content_type: str | None,
    *,
    compressed: bytes | None = None,
    sha256: str | None = None,
) -> str:
    """Store raw bytes once, keyed by their sha256; return the hash.

    ``compressed`` is the body zlib-compressed by the caller (the recorder
    does it in a worker process); bytes that are already stored are not
    compressed at all.
    """
    sha = sha256 or hashlib.sha256(body).hexdigest()
    if next(db.query("select 1 from snapshots where sha256 = ?", [sha]), None) is None:
        db.execute(
            "insert into snapshots (sha256, content_type, size, compression, body,"
            " first_seen_at) values (?, ?, ?, 'zlib', ?, ?)",
            [sha, content_type, len(body), compressed or zlib.compress(body), utcnow()],
        )
    return sha


def load_snapshot(db: Database, sha: str) -> tuple[bytes, str | None]:
    """A snapshot's raw bytes and content type; ``LookupError`` if it is not stored."""
    row = next(db.query("select * from snapshots where sha256 = ?", [sha]), None)
    if row is None:
        raise LookupError(f"no snapshot {sha}")
    body = zlib.decompress(row["body"]) if row["compression"] == "zlib" else row["body"]
    return body, row["content_type"]


def insert_fetch(db: Database, row: dict[str, Any]) -> int:
    table = db.table("fetches")
    table.insert(row)
    assert table.last_pk is not None
    return int(table.last_pk)


def set_fetch_version(db: Database, fetch_id: int, version_id: int) -> None:
    """The fetch brought this version (written once the version exists)."""
    db.execute("update fetches set version_id = ? where id = ?", [version_id, fetch_id])


def recent_versions(db: Database, document_id: int, limit: int) -> list[dict[str, Any]]:
    """The document's ``limit`` newest versions (no text), newest first."""
    return [
        dict(r)
        for r in db.query(
            "select id, number, text_hash, snapshot_sha256, first_seen_at, last_seen_at"
            " from versions where document_id = ? order by number desc limit ?",
            [document_id, limit],
        )
    ]


def touch_version(db: Database, version_id: int, seen_at: str) -> None:
    db.execute("update versions set last_seen_at = ? where id = ?", [seen_at, version_id])


def insert_version(
    db: Database,
    document_id: int,
    doc: ExtractedDocument,
    *,
    seen_at: str,
    snapshot_sha256: str | None,
    fetch_id: int | None,
    origin: str = "crawl",
    first_seen_at: str | None = None,
) -> int:
    """Add the next version of a document and its sections; return its id.

    ``first_seen_at`` defaults to ``seen_at`` (a re-extraction keeps the
    first-seen time of the text it re-reads).

    Its topics and facts are added later by the analyse stage
    (``policywatch analyse``), outside the crawl's hot path.
    """
    number = next(
        db.query(
            "select coalesce(max(number), 0) + 1 as n from versions where document_id = ?",
            [document_id],
        )
    )["n"]
    date = doc.stated_date
    table = db.table("versions")
    table.insert(
        {
            "document_id": document_id,
            "number": number,
            "text_hash": doc.text_hash,
            "text_z": compress_text(doc.text),
            "title": doc.title,
            "language": doc.language,
            "word_count": doc.word_count,
            "stated_date": date.value if date else None,
            "stated_date_precision": date.precision if date else None,
            "stated_date_kind": date.kind if date else None,
            "stated_date_snippet": date.snippet if date else None,
            "first_seen_at": first_seen_at or seen_at,
            "last_seen_at": seen_at,
            "snapshot_sha256": snapshot_sha256,
            "fetch_id": fetch_id,
            "origin": origin,
        }
    )
    assert table.last_pk is not None
    version_id = int(table.last_pk)
    insert_sections(db, version_id, doc.text, doc.sections)
    return version_id


Span = tuple[int, int, int, int, str | None, str | None]


def spans_of(text: str, sections: Sequence[Section]) -> list[Span]:
    """Where each section's heading and text sit in the version's ``text``.

    ``(heading_start, heading_length, text_start, text_length, heading, text)``
    in characters from 0; the last two are None, or the section's own words
    when they are not found in order in ``text`` (a document built by hand).
    """
    spans: list[Span] = []
    cursor = 0
    for section in sections:
        parts: list[tuple[int, int, str | None]] = []
        for part in (section.heading, section.text):
            start = text.find(part, cursor) if part else cursor
            if start < 0:
                parts.append((cursor, 0, part))
                continue
            parts.append((start, len(part), None))
            cursor = start + len(part)
        (h_start, h_len, heading), (t_start, t_len, body) = parts
        spans.append((h_start, h_len, t_start, t_len, heading, body))
    return spans


def section_hash(section: Section) -> str:
    """What makes two sections' texts the same text for the index: heading and text."""
    return hashlib.sha256(f"{section.heading}\x00{section.text}".encode()).hexdigest()


def insert_sections(db: Database, version_id: int, text: str, sections: Sequence[Section]) -> None:
    """Store a version's sections as spans of its text; index each new distinct text once."""
    hashes = [section_hash(s) for s in sections]
    marks = ", ".join("?" * len(hashes))
    known = {
        r["sha256"]: r["id"]
        for r in db.query(f"select id, sha256 from section_texts where sha256 in ({marks})", hashes)
    }
    for position, (section, span, digest) in enumerate(
        zip(sections, spans_of(text, sections), hashes, strict=True)
    ):
        span_id = db.execute(
            "insert into section_spans (version_id, position, level, heading_start,"
            " heading_length, text_start, text_length, heading_override, text_override, text_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [version_id, position, section.level, *span, known.get(digest)],
        ).lastrowid
        if digest in known:
            continue
        text_id = db.execute(
            "insert into section_texts (sha256, first_span_id) values (?, ?)", [digest, span_id]
        ).lastrowid
        db.execute(
            "insert into section_texts_fts (rowid, heading, text) values (?, ?, ?)",
            [text_id, section.heading, section.text],
        )
        db.execute("update section_spans set text_id = ? where id = ?", [text_id, span_id])
        known[digest] = int(text_id or 0)


def load_version(db: Database, version_id: int) -> ExtractedDocument:
    """Rebuild the extracted document a stored version was made from.

    Raises ``LookupError`` if there is no such version, and
    :class:`~policywatch.db.textstore.UnreadableText` (naming it) if its
    stored text is damaged.
    """
    row = next(db.query("select * from versions where id = ?", [version_id]), None)
    if row is None:
        raise LookupError(f"no version with id {version_id}")
    text = text_of(row["text_z"], version_id) or ""
    sections = [
        Section(
            r["level"],
            _part(text, r["heading_start"], r["heading_length"], r["heading_override"]),
            _part(text, r["text_start"], r["text_length"], r["text_override"]),
        )
        for r in db.query(
            "select level, heading_start, heading_length, text_start, text_length,"
            " heading_override, text_override from section_spans where version_id = ?"
            " order by position",
            [version_id],
        )
    ]
    date = None
    if row["stated_date"]:
        date = StatedDate(
            row["stated_date"],
            row["stated_date_precision"],
            row["stated_date_kind"],
            row["stated_date_snippet"],
        )
    return ExtractedDocument(
        text=text,
        sections=sections,
        title=row["title"],
        language=row["language"],
        stated_date=date,
    )


def _part(text: str, start: int, length: int, override: str | None) -> str:
    return override if override is not None else text[start : start + length]


def insert_change(
    db: Database,
    document_id: int,
    old_version_id: int | None,
    new_version_id: int,
    diff: dict[str, Any],
    *,
    detected_at: str,
) -> int:
    """Store a diff (``DiffResult.to_dict(with_ops=True)``) and its items."""
    table = db.table("changes")
    table.insert(
        {
            "document_id": document_id,
            "old_version_id": old_version_id,
            "new_version_id": new_version_id,
            "detected_at": detected_at,
            "verdict": diff["verdict"],
            "material": int(bool(diff.get("material"))),
            "categories": json.dumps(diff.get("categories", [])),
            "flags": json.dumps(diff.get("flags", [])),
            "summary": diff.get("summary", ""),
            "stats": json.dumps(diff.get("stats", {})),
            "diff_json": json.dumps(diff, ensure_ascii=False),
        }
    )
    assert table.last_pk is not None
    change_id = int(table.last_pk)
    db.table("change_items").insert_all(
        {
            "change_id": change_id,
            "position": i,
            "kind": item["kind"],
            "old_heading": item.get("old_heading"),
            "new_heading": item.get("new_heading"),
            "verdict": item.get("verdict"),
            "categories": json.dumps(item.get("categories", [])),
            "reasons": json.dumps(item.get("reasons", []), ensure_ascii=False),
        }
        for i, item in enumerate(diff.get("items", []))
    )
    return change_id


def list_changes(db: Database) -> list[dict[str, Any]]:
    """Every change, oldest first, with its vendor's name: ``name, verdict, summary``."""
    return [
        dict(r)
        for r in db.query(
            "select v.name, c.verdict, c.summary from changes c join documents d on d.id ="
            " c.document_id join vendors v on v.id = d.vendor_id order by c.id"
        )
    ]

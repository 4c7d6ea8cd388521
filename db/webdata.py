"""The read queries behind the plugin's pages, run on Datasette's read-only connections.

Every function takes a :class:`datasette.database.Database` and returns plain
dicts, so the pages and the Atom feed share them::

    db = datasette.get_database()
    rows = await material_changes(db, limit=20)
"""

from __future__ import annotations

import json
from typing import Any

# Columns every change listing shows (from the change_log view, migration m005).
CHANGE_COLUMNS = (
    "change_id, vendor_slug, vendor, doc_type, document_id, document_url, detected_at,"
    " stated_date, version, verdict, material, categories, flags, summary"
)

# snippet() markers: control characters that cannot occur in extracted text,
# so the page escapes the snippet first and only then turns them into <mark>.
MARK_START, MARK_END = "\x02", "\x03"


async def query_rows(db: Any, sql: str, params: Any = None) -> list[dict[str, Any]]:
    """Run ``sql`` on a Datasette database; its rows as dicts, JSON list columns decoded.

    ``await query_rows(db, "select * from vendors where slug = :slug", {"slug": "acme"})``
    """
    results = await db.execute(sql, params or [])
    return [_decode(dict(row)) for row in results.rows]


async def _one(db: Any, sql: str, params: Any = None) -> dict[str, Any] | None:
    rows = await query_rows(db, sql, params)
    return rows[0] if rows else None


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    """JSON list columns (categories, flags) as lists."""
    for key in ("categories", "flags"):
        if isinstance(row.get(key), str):
            try:
                row[key] = json.loads(row[key])
            except ValueError:
                row[key] = []
    return row


async def material_changes(
    db: Any, *, limit: int = 50, vendor_slug: str | None = None
) -> list[dict[str, Any]]:
    """Newest material changes first, optionally for one vendor."""
    # Ordered through the changes_material_detected index, then joined.
    sql = f"""select {CHANGE_COLUMNS} from change_log
        where change_id in (
            select c.id from changes c
            join documents d on d.id = c.document_id
            join vendors v on v.id = d.vendor_id
            where c.material = 1 and (:slug is null or v.slug = :slug)
            order by c.detected_at desc limit :limit)
        order by detected_at desc"""
    return await query_rows(db, sql, {"slug": vendor_slug, "limit": limit})


async def change(db: Any, change_id: int) -> dict[str, Any] | None:
    """One change with its diff, and the two versions it lies between."""
    row = await _one(
        db,
        f"select {CHANGE_COLUMNS}, old_version_id, new_version_id from change_log"
        " where change_id = ?",
        [change_id],
    )
    if row is None:
        return None
    diff = await _one(db, "select diff_json from changes where id = ?", [change_id])
    row["diff"] = json.loads(diff["diff_json"]) if diff and diff["diff_json"] else None
    version_sql = (
        "select id, number, title, stated_date, stated_date_precision, stated_date_kind,"
        " stated_date_snippet, first_seen_at, last_seen_at, word_count from versions where id = ?"
    )
    row["old"] = await _one(db, version_sql, [row["old_version_id"]])
    row["new"] = await _one(db, version_sql, [row["new_version_id"]])
    return row


async def document(db: Any, document_id: int) -> dict[str, Any] | None:
    """A document, its status, every version (newest first) and the change into each."""
    row = await _one(db, "select * from document_status where document_id = ?", [document_id])
    if row is None:
        return None
    row["versions"] = await query_rows(
        db,
        """select ver.id, ver.number, ver.title, ver.stated_date, ver.stated_date_precision,
            ver.stated_date_kind, ver.first_seen_at, ver.last_seen_at, ver.word_count,
            ver.origin, c.id as change_id, c.verdict, c.categories, c.summary
        from versions ver left join changes c on c.new_version_id = ver.id
        where ver.document_id = ? order by ver.number desc""",
        [document_id],
    )
    row["fetches"] = await query_rows(
        db,
        "select started_at, status, outcome, coalesce(reason, error) as problem, elapsed_ms"
        " from fetches where document_id = ? order by started_at desc, id desc limit 10",
        [document_id],
    )
    return row


async def vendor(db: Any, slug: str) -> dict[str, Any] | None:
    """A vendor, the status of each of its documents and its latest changes."""
    row = await _one(
        db, "select id, slug, name, tags, created_at from vendors where slug = ?", [slug]
    )
    if row is None:
        return None
    row["documents"] = await query_rows(
        db, "select * from document_status where vendor_slug = ? order by doc_type, url", [slug]
    )
    row["changes"] = await query_rows(
        db,
        f"select {CHANGE_COLUMNS} from change_log where change_id in ("
        " select c.id from changes c join documents d on d.id = c.document_id"
        " where d.vendor_id = ? order by c.detected_at desc limit 50)"
        " order by detected_at desc",
        [row["id"]],
    )
    return row

"""Re-run extraction over stored snapshots after the extractor improved.

    >>> # for report in reextract(db): print(report)

Only each document's current version is re-extracted: history
stays as it was recorded. When the new extractor produces a different text
(or a different stated date) from the same raw bytes, the result is stored as a new version with
``origin = 'reextract'`` and a change flagged ``reextract``, so it is never
mistaken for a change the vendor made, and it never alerts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from policywatch.db import health
from policywatch.db import versions as store
from policywatch.db.connection import utcnow
from policywatch.diffing import diff_documents
from policywatch.extract import ExtractedDocument, ExtractionError, extract

REEXTRACT_FLAG = "reextract"


@dataclass
class Reextracted:
    document_id: int
    outcome: str  # "same", "new_version", "no_snapshot", "failed"
    version_id: int | None = None
    verdict: str | None = None
    detail: str = ""


def reextract(db: Database, document_ids: list[int] | None = None) -> Iterator[Reextracted]:
    """Re-extract the latest version of each document (or of ``document_ids``)."""
    sql = "select id, select_css, remove_css from documents"
    params: list[int] = []
    if document_ids:
        sql += f" where id in ({', '.join('?' for _ in document_ids)})"
        params = list(document_ids)
    for document in list(db.query(sql + " order by id", params)):
        yield reextract_document(db, document)


def _date(doc: ExtractedDocument) -> tuple[str, str, str] | None:
    date = doc.stated_date
    return (date.value, date.precision, date.kind) if date else None


def reextract_document(db: Database, document: dict) -> Reextracted:
    doc_id = document["id"]
    latest = health.current_version(db, doc_id)
    if latest is None or not latest["snapshot_sha256"]:
        return Reextracted(doc_id, "no_snapshot", detail="no stored version with a raw snapshot")
    body, content_type = store.load_snapshot(db, latest["snapshot_sha256"])
    try:
        doc = extract(
            body, content_type, None, select=document["select_css"], remove=document["remove_css"]
        )
    except ExtractionError as exc:
        return Reextracted(doc_id, "failed", detail=str(exc))
    if doc.suspect:
        return Reextracted(doc_id, "failed", detail=f"suspect: {doc.suspect}")
    stored = store.load_version(db, latest["id"])
    # The same text with a different stated date is an improved reading too.
    if doc.text_hash == latest["text_hash"] and _date(doc) == _date(stored):
        return Reextracted(doc_id, "same", version_id=latest["id"])
    diff = diff_documents(stored, doc).to_dict(with_ops=True)
    diff["flags"] = [*diff.get("flags", []), REEXTRACT_FLAG]
    diff["summary"] = "Re-extraction of the same page (our extractor changed, not the vendor). " + (
        diff.get("summary") or ""
    )
    now = utcnow()
    with db.atomic():
        version_id = store.insert_version(
            db,
            doc_id,
            doc,
            seen_at=now,
            snapshot_sha256=latest["snapshot_sha256"],
            fetch_id=None,
            origin="reextract",
        )
        # Keep the first-seen time of the text the vendor published.
        db.execute(
            "update versions set first_seen_at = ? where id = ?",
            [latest["first_seen_at"], version_id],
        )
        health.set_current_version(db, doc_id, version_id)
        store.insert_change(db, doc_id, latest["id"], version_id, diff, detected_at=now)
    return Reextracted(doc_id, "new_version", version_id=version_id, verdict=diff["verdict"])

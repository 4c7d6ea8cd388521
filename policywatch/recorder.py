"""Turn one fetch result into database rows: the crawl's single write path.

    >>> from policywatch.db import open_db
    >>> from policywatch.crawler.items import FetchResult
    >>> db = open_db(":memory:")
    >>> # (a vendor and document must exist; see tests/test_recorder.py)

Everything for one document is written in one transaction, so a crawl killed
at any moment leaves the database as it was before that document or after
it. Extraction and diffing run *before* the transaction opens: they are pure
and slow, and the write lock is held only for the inserts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.crawler.extract import ExtractedDocument, ExtractionError, extract
from policywatch.crawler.items import FetchResult
from policywatch.db import versions as store
from policywatch.db.connection import utcnow
from policywatch.diffing import diff_documents

# Fetch outcomes, as stored in fetches.outcome.
NEW_VERSION = "new_version"
UNCHANGED = "unchanged"
NOT_MODIFIED = "not_modified"
ERROR = "error"
HTTP_ERROR = "http_error"
SUSPECT = "suspect"

OK_OUTCOMES = (NEW_VERSION, UNCHANGED, NOT_MODIFIED)


@dataclass
class Recorded:
    """What happened to one fetch: its outcome and the rows it made."""

    document_id: int
    outcome: str
    fetch_id: int
    version_id: int | None = None
    change_id: int | None = None
    verdict: str | None = None
    summary: str | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in OK_OUTCOMES


def record_fetch(
    db: Database,
    result: FetchResult,
    *,
    document: dict[str, Any] | None = None,
    channels: list[dict[str, Any]] | None = None,
) -> Recorded:
    """Store one fetch attempt and, if the text is new, a version and a change."""
    document = document or _document(db, result.document_id)
    fetch: dict[str, Any] = {
        "document_id": result.document_id,
        "started_at": result.started_at,
        "url": result.url,
        "final_url": result.final_url,
        "status": result.status,
        "etag": result.etag,
        "last_modified": result.last_modified,
        "content_type": result.content_type,
        "size": len(result.body) if result.body else None,
        "elapsed_ms": result.elapsed_ms,
        "error": result.error,
    }
    seen_at = utcnow()
    latest = store.latest_version(db, result.document_id)

    if result.error is not None:
        return _fetch_only(db, fetch, ERROR, reason=result.error)
    if result.status == 304:
        return _fetch_only(db, fetch, NOT_MODIFIED, latest=latest, seen_at=seen_at)
    if result.status is None or result.status >= 400:
        return _fetch_only(db, fetch, HTTP_ERROR, reason=f"HTTP {result.status}")

    # Identical bytes to the latest version's snapshot: nothing to extract.
    body_sha = hashlib.sha256(result.body).hexdigest()
    if latest is not None and latest["snapshot_sha256"] == body_sha:
        return _fetch_only(
            db, fetch, UNCHANGED, latest=latest, seen_at=seen_at, body=result.body
        )

    try:
        doc = extract(
            result.body,
            result.content_type,
            result.final_url or result.url,
            select=document.get("select_css"),
            remove=document.get("remove_css"),
        )
    except ExtractionError as exc:
        return _fetch_only(db, fetch, SUSPECT, reason=str(exc), body=result.body)
    if doc.suspect:
        return _fetch_only(db, fetch, SUSPECT, reason=doc.suspect, body=result.body)
    if latest is not None and latest["text_hash"] == doc.text_hash:
        return _fetch_only(
            db, fetch, UNCHANGED, latest=latest, seen_at=seen_at, body=result.body
        )

    diff: dict[str, Any] | None = None
    if latest is not None:
        previous = store.load_version(db, latest["id"])
        diff = diff_documents(previous, doc).to_dict(with_ops=True)
    return _new_version(db, fetch, doc, result, latest, diff, seen_at, channels or [])


def _document(db: Database, document_id: int) -> dict[str, Any]:
    row = next(db.query("select * from documents where id = ?", [document_id]), None)
    if row is None:
        raise LookupError(f"no document with id {document_id}")
    return dict(row)


def _fetch_only(
    db: Database,
    fetch: dict[str, Any],
    outcome: str,
    *,
    reason: str | None = None,
    latest: dict[str, Any] | None = None,
    seen_at: str | None = None,
    body: bytes | None = None,
) -> Recorded:
    with db.atomic():
        if body is not None:
            fetch["snapshot_sha256"] = store.store_snapshot(db, body, fetch["content_type"])
        if latest is not None and seen_at is not None:
            store.touch_version(db, latest["id"], seen_at)
            fetch["version_id"] = latest["id"]
        fetch_id = store.insert_fetch(db, {**fetch, "outcome": outcome, "reason": reason})
    return Recorded(
        fetch["document_id"],
        outcome,
        fetch_id,
        version_id=fetch.get("version_id"),
        reason=reason,
    )


def _new_version(
    db: Database,
    fetch: dict[str, Any],
    doc: ExtractedDocument,
    result: FetchResult,
    latest: dict[str, Any] | None,
    diff: dict[str, Any] | None,
    seen_at: str,
    channels: list[dict[str, Any]],
) -> Recorded:
    from policywatch.alerts.outbox import enqueue_alerts

    change_id = None
    with db.atomic():
        sha = store.store_snapshot(db, result.body, result.content_type)
        fetch_id = store.insert_fetch(
            db, {**fetch, "outcome": NEW_VERSION, "snapshot_sha256": sha}
        )
        version_id = store.insert_version(
            db, result.document_id, doc, seen_at=seen_at, snapshot_sha256=sha, fetch_id=fetch_id
        )
        db.execute("update fetches set version_id = ? where id = ?", [version_id, fetch_id])
        if diff is not None and latest is not None:
            change_id = store.insert_change(
                db, result.document_id, latest["id"], version_id, diff, detected_at=seen_at
            )
            enqueue_alerts(db, change_id, channels)
    return Recorded(
        result.document_id,
        NEW_VERSION,
        fetch_id,
        version_id=version_id,
        change_id=change_id,
        verdict=diff["verdict"] if diff else None,
        summary=diff["summary"] if diff else None,
    )

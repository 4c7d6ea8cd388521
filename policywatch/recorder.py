"""Turn one fetch result into database rows: the crawl's single write path.

    >>> from policywatch.db import open_db
    >>> from policywatch.core.model import FetchResult
    >>> db = open_db(":memory:")
    >>> # (a vendor and document must exist; see tests/test_recorder.py)

Everything for one document is written in one transaction, so a crawl killed
at any moment leaves the database as it was before that document or after
it. Extraction and diffing run *before* the transaction opens: they are pure
and slow, and the write lock is held only for the inserts.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.core.model import FetchResult
from policywatch.db import health
from policywatch.db import versions as store
from policywatch.db.connection import utcnow
from policywatch.extract import ExtractedDocument, ExtractionError, extract, guard

# Fetch outcomes, as stored in fetches.outcome.
NEW_VERSION = "new_version"
UNCHANGED = "unchanged"
NOT_MODIFIED = "not_modified"
RETURNED = "returned"  # the page flipped back to one of the document's recent versions
ERROR = "error"
HTTP_ERROR = "http_error"
SUSPECT = "suspect"
REMOVED = "removed"  # 404/410 REMOVED_AFTER times in a row: reported once

OK_OUTCOMES = (NEW_VERSION, UNCHANGED, NOT_MODIFIED, RETURNED)
# A text equal to one of this many newest versions is a return, not a change.
RECENT_VERSIONS = 10
REMOVED_AFTER = 3


@dataclass
class Recorded:
    """What happened to one fetch: its outcome and the rows it made.

    ``known`` is set on a failure that was already reported (a removed
    document that is still gone), so the crawl does not report it again.
    """

    document_id: int
    outcome: str
    fetch_id: int
    version_id: int | None = None
    change_id: int | None = None
    verdict: str | None = None
    summary: str | None = None
    reason: str | None = None
    known: bool = False

    @property
    def ok(self) -> bool:
        return self.outcome in OK_OUTCOMES


def record_fetch(
    db: Database,
    result: FetchResult,
    *,
    document: dict[str, Any] | None = None,
    channels: list[dict[str, Any]] | None = None,
    relative_checks: bool = True,
) -> Recorded:
    """Store one fetch attempt and, if the text is new and sound, a version and a change.

    ``relative_checks=False`` records a page even if it differs too much from
    the previous version (``crawl --accept-change``, after a person checked it).
    The three steps below are also run apart by the crawl's pipeline, with
    :func:`prepare` in a worker process.
    """
    document = document or _document(db, result.document_id)
    recorded = record_without_extraction(db, result, document)
    if recorded is not None:
        return recorded
    context = load_context(db, result.document_id)
    prepared = prepare(result, document, context, relative_checks=relative_checks)
    return write_prepared(db, result, context, prepared, channels=channels or [])


def _fetch_row(result: FetchResult) -> dict[str, Any]:
    return {
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


def record_without_extraction(
    db: Database, result: FetchResult, document: dict[str, Any]
) -> Recorded | None:
    """Record the fetches that need no extraction (errors, 304s, identical bytes).

    Returns None when the body must be extracted: see :func:`prepare`.
    """
    fetch = _fetch_row(result)
    seen_at = utcnow()
    if result.error is not None:
        return _fetch_only(db, fetch, ERROR, reason=result.error, code=error_code(result.error))
    current = health.current_version(db, result.document_id)
    if result.status == 304:
        return _fetch_only(db, fetch, NOT_MODIFIED, current=current, seen_at=seen_at)
    if result.status is None or result.status >= 400:
        return _http_error(db, fetch, result, document, seen_at)
    body_sha = hashlib.sha256(result.body).hexdigest()
    if current is not None and current["snapshot_sha256"] == body_sha:
        return _fetch_only(db, fetch, UNCHANGED, current=current, seen_at=seen_at, body=result.body)
    return None


@dataclass
class Context:
    """What :func:`prepare` needs to know about the document's stored history."""

    current: dict[str, Any] | None
    current_doc: ExtractedDocument | None
    recent_hashes: dict[str, dict[str, Any]]


def load_context(db: Database, document_id: int) -> Context:
    current = health.current_version(db, document_id)
    recent = db.query(
        "select * from versions where document_id = ? order by number desc limit ?",
        [document_id, RECENT_VERSIONS],
    )
    hashes: dict[str, dict[str, Any]] = {}
    for row in recent:
        hashes.setdefault(row["text_hash"], dict(row))
    current_doc = store.load_version(db, current["id"]) if current is not None else None
    return Context(current, current_doc, hashes)


@dataclass
class Prepared:
    """The outcome of the CPU work on one body, ready to be written."""

    outcome: str
    doc: ExtractedDocument | None = None
    verdict: guard.Verdict | None = None
    back: dict[str, Any] | None = None
    diff: dict[str, Any] | None = None
    # The body compressed for its snapshot row, so the writer need not do it.
    compressed: bytes | None = None


def prepare(
    result: FetchResult,
    document: dict[str, Any],
    context: Context,
    *,
    relative_checks: bool = True,
) -> Prepared:
    """Extract, guard and diff one body. Pure: no database, so it can run in a
    worker process while the crawl keeps downloading.

    Topics and facts for the comparison are not computed here: they are a
    stage of their own (``policywatch analyse``), so downloads never wait
    for them. See :mod:`policywatch.db.analysis`.
    """
    prepared = _prepare(result, document, context, relative_checks=relative_checks)
    if prepared.doc is not None:
        prepared.doc.word_count  # noqa: B018 (cached here, in the worker, not by the writer)
    prepared.compressed = zlib.compress(result.body, store.SNAPSHOT_LEVEL)
    return prepared


def _prepare(
    result: FetchResult,
    document: dict[str, Any],
    context: Context,
    *,
    relative_checks: bool,
) -> Prepared:
    try:
        doc = extract(
            result.body,
            result.content_type,
            result.final_url or result.url,
            select=document.get("select_css"),
            remove=document.get("remove_css"),
        )
    except ExtractionError as exc:
        return Prepared(SUSPECT, verdict=guard.Verdict("unreadable", str(exc)))
    current = context.current
    if current is not None and current["text_hash"] == doc.text_hash:
        return Prepared(UNCHANGED, back=current)
    back = context.recent_hashes.get(doc.text_hash)
    if back is not None:
        # A/B tests, geo and cookie variants: a known text is not a new change.
        return Prepared(RETURNED, back=back)
    page = guard.Page(
        url=result.url,
        final_url=result.final_url,
        text=doc.text,
        title=doc.title,
        language=doc.language,
        body=result.body,
    )
    previous = None
    if current is not None and relative_checks:
        previous = guard.Previous(current["text"], current["language"])
    # The guard's own reasons first (they name the kind of page), then extraction's.
    verdict = guard.check(page, previous)
    if verdict.ok and doc.suspect:
        verdict = guard.Verdict("extraction", doc.suspect)
    if not verdict.ok:
        return Prepared(SUSPECT, verdict=verdict)
    diff = None
    if context.current_doc is not None:
        # Imported here: a crawl process whose workers diff never loads the lexicons.
        from policywatch.diffing import diff_documents

        doc_type = document.get("doc_type")
        diff = diff_documents(context.current_doc, doc, doc_type=doc_type).to_dict(with_ops=True)
    return Prepared(NEW_VERSION, doc=doc, diff=diff)


def write_prepared(
    db: Database,
    result: FetchResult,
    context: Context,
    prepared: Prepared,
    *,
    channels: list[dict[str, Any]],
) -> Recorded:
    fetch = _fetch_row(result)
    seen_at = utcnow()
    if prepared.outcome == SUSPECT:
        assert prepared.verdict is not None
        return _suspect(db, fetch, result, prepared.verdict, prepared.compressed)
    if prepared.outcome in (UNCHANGED, RETURNED):
        return _fetch_only(
            db,
            fetch,
            prepared.outcome,
            current=prepared.back,
            seen_at=seen_at,
            body=result.body,
            compressed=prepared.compressed,
            make_current=prepared.outcome == RETURNED,
        )
    assert prepared.doc is not None
    return _new_version(db, fetch, prepared, result, context.current, seen_at, channels)


def error_code(error: str) -> str:
    """A short code for a network-level error message (stored in fetches.reason_code)."""
    lowered = error.lower()
    for needle, code in (
        ("robots.txt", "robots"),
        ("refused to fetch", "refused_address"),
        ("timeout", "timeout"),
        ("timed out", "timeout"),
        ("redirection", "redirects"),
        ("max size", "too_large"),
        ("maximum size", "too_large"),
        ("maximum of", "too_large"),
        ("maxsize", "too_large"),
        ("dataloss", "truncated"),
        ("data loss", "truncated"),
        ("dns", "dns"),
        ("connection was refused", "connection_refused"),
        ("connectionrefused", "connection_refused"),
        ("connection", "connection"),
    ):
        if needle in lowered:
            return code
    return "error"


def _http_error(
    db: Database,
    fetch: dict[str, Any],
    result: FetchResult,
    document: dict[str, Any],
    seen_at: str,
) -> Recorded:
    status = result.status
    reason = f"HTTP {status}"
    retry_after = result.headers.get("Retry-After")
    if retry_after:
        reason += f" (the server asked to retry after {retry_after})"
    if status not in health.GONE_STATUSES:
        return _fetch_only(db, fetch, HTTP_ERROR, reason=reason, code=f"http_{status}")
    if document.get("removed_at"):
        return _fetch_only(
            db,
            fetch,
            HTTP_ERROR,
            reason=f"{reason}: still removed (since {document['removed_at']})",
            code="gone",
            known=True,
        )
    streak = health.gone_streak(db, result.document_id) + 1
    if streak < REMOVED_AFTER:
        return _fetch_only(db, fetch, HTTP_ERROR, reason=reason, code=f"http_{status}")
    return _fetch_only(
        db,
        fetch,
        REMOVED,
        reason=f"{reason} {streak} times in a row: the document was removed",
        code="gone",
        removed_at=seen_at,
    )


def _suspect(
    db: Database,
    fetch: dict[str, Any],
    result: FetchResult,
    verdict: guard.Verdict,
    compressed: bytes | None = None,
) -> Recorded:
    return _fetch_only(
        db,
        fetch,
        SUSPECT,
        reason=verdict.reason,
        code=verdict.code,
        body=result.body,
        compressed=compressed,
    )


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
    code: str | None = None,
    current: dict[str, Any] | None = None,
    seen_at: str | None = None,
    body: bytes | None = None,
    compressed: bytes | None = None,
    make_current: bool = False,
    removed_at: str | None = None,
    known: bool = False,
) -> Recorded:
    document_id = fetch["document_id"]
    with db.atomic():
        if body is not None:
            fetch["snapshot_sha256"] = store.store_snapshot(
                db, body, fetch["content_type"], compressed=compressed
            )
        if current is not None and seen_at is not None:
            store.touch_version(db, current["id"], seen_at)
            fetch["version_id"] = current["id"]
        if make_current and current is not None:
            health.set_current_version(db, document_id, current["id"])
        elif outcome in OK_OUTCOMES:
            health.clear_removed(db, document_id)
        if removed_at is not None:
            health.mark_removed(db, document_id, removed_at)
        fetch_id = store.insert_fetch(
            db, {**fetch, "outcome": outcome, "reason": reason, "reason_code": code}
        )
    return Recorded(
        document_id,
        outcome,
        fetch_id,
        version_id=fetch.get("version_id"),
        reason=reason,
        known=known,
    )


def _new_version(
    db: Database,
    fetch: dict[str, Any],
    prepared: Prepared,
    result: FetchResult,
    current: dict[str, Any] | None,
    seen_at: str,
    channels: list[dict[str, Any]],
) -> Recorded:
    from policywatch.alerts.outbox import enqueue_alerts

    assert prepared.doc is not None
    diff = prepared.diff
    change_id = None
    with db.atomic():
        sha = store.store_snapshot(
            db, result.body, result.content_type, compressed=prepared.compressed
        )
        fetch_id = store.insert_fetch(db, {**fetch, "outcome": NEW_VERSION, "snapshot_sha256": sha})
        version_id = store.insert_version(
            db,
            result.document_id,
            prepared.doc,
            seen_at=seen_at,
            snapshot_sha256=sha,
            fetch_id=fetch_id,
        )
        db.execute("update fetches set version_id = ? where id = ?", [version_id, fetch_id])
        health.set_current_version(db, result.document_id, version_id)
        if diff is not None and current is not None:
            change_id = store.insert_change(
                db, result.document_id, current["id"], version_id, diff, detected_at=seen_at
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

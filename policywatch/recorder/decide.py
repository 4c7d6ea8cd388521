"""The recorder's state machine, pure: what one fetch (or re-read) means for a document.

    >>> from policywatch.core.model import FetchResult
    >>> history = History(document_id=1)
    >>> result = FetchResult(1, "https://v.example/p", "2025-01-01T00:00:00Z",
    ...                      error="TimeoutError: took longer than 30 s", error_kind="timeout")
    >>> decision = decide(result, history)
    >>> decision.outcome, decision.code
    (<Outcome.ERROR: 'error'>, 'timeout')

:func:`decide` reads nothing and writes nothing (a fetch with no page to read
is judged in :mod:`.failed_fetch`, a body snapshotted and extracted in
:mod:`.page_body`); :func:`.apply.apply` writes
what it decided in one transaction. Between them the crawl runs the CPU work
(extraction, guard, diff) in worker processes: every type here pickles.
Every outcome of :class:`Outcome` comes from here and nowhere else.
"""

from __future__ import annotations

import hashlib
from typing import Any

from policywatch.core.model import ExtractedDocument, ExtractionError, FetchResult
from policywatch.core.vocabulary import (
    Outcome,
    ReasonCode,
    Rediscover,
    redirect_target,
)
from policywatch.db.textstore import REPAIR_HINT
from policywatch.recorder.decision import (
    REEXTRACT_FLAG,
    Decision,
    History,
    NewVersion,
    Reread,
    Snapshot,
    VersionRef,
)
from policywatch.recorder.failed_fetch import blocked, http_error, no_answer
from policywatch.recorder.is_policy import check_type
from policywatch.recorder.page_body import extract_body, snapshot_of


def decide(
    result: FetchResult | Reread, history: History, *, relative_checks: bool = True
) -> Decision:
    """The whole state machine: new, unchanged, not modified, returned, suspect,
    blocked, not a policy, removed, broken URL, HTTP error or error.

    ``relative_checks=False`` takes a page even if it differs too much from
    the current version or does not read as a document of its declared type
    (``crawl --accept-change``, after a person checked).
    """
    if result.document_id != history.document_id:
        raise ValueError(f"history of document {history.document_id}, not {result.document_id}")
    decision = _decide(result, history, relative_checks)
    damaged = history.unreadable_current
    if damaged is not None:  # named whatever the outcome: the crawl counts them
        decision.unreadable_version = damaged
        note = f"the stored text of version {damaged} is damaged, so this page was not"
        note += f" compared with it ({REPAIR_HINT})"
        if decision.version is not None:
            note = f"stored without a diff: {note}"
        decision.reason = f"{decision.reason}; {note}" if decision.reason else note
    return decision


def _decide(result: FetchResult | Reread, history: History, relative_checks: bool) -> Decision:
    if isinstance(result, Reread):
        return _reread(result, history)
    fetch = fetch_row(result)
    current = history.current
    if result.error is not None:
        return no_answer(result, history, fetch)
    if result.status == 304:
        return _healthy(result, Outcome.NOT_MODIFIED, fetch, current)
    if result.status is None or result.status >= 400:
        return http_error(result, history, fetch)
    sha = hashlib.sha256(result.body).hexdigest()
    if current is not None and current.snapshot_sha256 == sha:
        # The same bytes as the current version: already stored, nothing to read.
        snapshot = Snapshot(sha, result.body, result.content_type)
        return _healthy(result, Outcome.UNCHANGED, fetch, current, snapshot)
    snapshot = snapshot_of(result.body, result.content_type, sha)
    return _read(result, history, fetch, snapshot, relative_checks)


def needs_text(result: FetchResult | Reread, history: History) -> bool:
    """Whether :func:`decide` will read the body (and so needs ``history.current_doc``)."""
    if isinstance(result, Reread):
        return True
    if result.error is not None or result.status is None:
        return False
    if result.status == 304 or result.status >= 400:
        return False
    current = history.current
    return current is None or current.snapshot_sha256 != hashlib.sha256(result.body).hexdigest()


def failed_to_read(result: FetchResult, error: BaseException) -> Decision:
    """A bug in reading the page must not lose the fetch: it is recorded as suspect."""
    reason = f"policywatch could not process this page ({type(error).__name__}: {error})"
    snapshot = snapshot_of(result.body, result.content_type)
    return Decision(
        result.document_id,
        Outcome.SUSPECT,
        fetch_row(result),
        reason,
        ReasonCode.INTERNAL_ERROR,
        snapshot=snapshot,
    )


def fetch_row(result: FetchResult) -> dict[str, Any]:
    """The columns of ``fetches`` that the attempt itself fills in."""
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
        "render": result.render,
        "redirected_to": redirect_target(result.url, result.final_url),
    }


def _healthy(
    result: FetchResult,
    outcome: Outcome,
    fetch: dict[str, Any],
    shown: VersionRef | None,
    snapshot: Snapshot | None = None,
    *,
    make_current: bool = False,
) -> Decision:
    return Decision(
        result.document_id,
        outcome,
        fetch,
        snapshot=snapshot,
        confirms=shown.id if shown is not None else None,
        make_current=make_current,
        clear_removed=True,
    )


def _read(
    result: FetchResult,
    history: History,
    fetch: dict[str, Any],
    snapshot: Snapshot,
    relative_checks: bool,
) -> Decision:
    """Extract, compare with what is stored, guard and diff one new body."""
    from policywatch.extract import guard

    doc_id = result.document_id
    try:
        doc = extract_body(
            result.body, result.content_type, result.final_url or result.url, history
        )
    except ExtractionError as exc:
        return Decision(
            doc_id, Outcome.SUSPECT, fetch, str(exc), ReasonCode.UNREADABLE, snapshot=snapshot
        )
    current = history.current
    if current is not None and current.text_hash == doc.text_hash:
        return _healthy(result, Outcome.UNCHANGED, fetch, current, snapshot)
    back = history.recent.get(doc.text_hash)
    if back is not None:
        # A/B tests, geo and cookie variants: a known text is not a new change.
        return _healthy(result, Outcome.RETURNED, fetch, back, snapshot, make_current=True)
    previous_doc = _current_doc(history)
    page = guard.Page(
        url=result.url,
        final_url=result.final_url,
        text=doc.text,
        title=doc.title,
        language=doc.language,
        body=result.body,
    )
    previous = None
    if previous_doc is not None and relative_checks:
        previous = guard.Previous(
            previous_doc.text, previous_doc.language, title=previous_doc.title
        )
    # The guard's own reasons first (they name the kind of page), then extraction's.
    alone = guard.check_page(page)
    verdict = guard.check_against(page, previous) if alone.ok and previous is not None else alone
    reason, code = verdict.reason, verdict.code
    if code in guard.BLOCKING:
        return blocked(result, fetch, reason or code, code)
    # A new text the guard reads as a version of the stored one continues a document
    # already taken as its type (or accepted by a person): it is not judged again, so a
    # policy rewritten in a style the classifier reads less well is never refused.
    continues = previous is not None and verdict.ok
    if alone.ok and not doc.suspect and relative_checks and not continues:
        # Is it a policy? Asked on first sight, and before the comparison's verdict of
        # a text unlike the stored one: a page that reads as no document of its type is
        # named for what it is ("reads as a pricing page"), not only for the difference.
        url, body = result.final_url or result.url, result.body
        refused = check_type(
            doc, history.doc_type, url, body=body, content_type=result.content_type
        )
        if refused is not None:
            # Never a version; the snapshot is kept, so a person can check it.
            return Decision(
                doc_id,
                Outcome.NOT_A_POLICY,
                fetch,
                refused.reason,
                ReasonCode.NOT_A_POLICY,
                snapshot=snapshot,
            )
    if verdict.ok and doc.suspect:
        reason, code = doc.suspect, ReasonCode.EXTRACTION
    elif verdict.ok:
        return _new_version(doc_id, fetch, snapshot, doc, history, previous_doc)
    home = Rediscover.HOME_REDIRECT if guard.is_home_redirect(page) else None
    return Decision(
        doc_id, Outcome.SUSPECT, fetch, reason, code, snapshot=snapshot, rediscover=home
    )


def _stated(doc: ExtractedDocument) -> tuple[str, str, str] | None:
    date = doc.stated_date
    return (date.value, date.precision, date.kind) if date else None


def _current_doc(history: History) -> ExtractedDocument | None:
    if history.unreadable_current is not None:
        return None  # damaged: the new text is read alone, and stored without a diff
    if history.current is not None and history.current_doc is None:
        raise ValueError(
            f"document {history.document_id}: reading a body needs the current version's"
            " text (load_history(..., with_text=True))"
        )
    return history.current_doc


def _new_version(
    doc_id: int,
    fetch: dict[str, Any] | None,
    snapshot: Snapshot | None,
    doc: ExtractedDocument,
    history: History,
    previous_doc: ExtractedDocument | None,
    *,
    origin: str = "crawl",
) -> Decision:
    doc.word_count  # noqa: B018 (cached here, in the worker, not by the writer)
    diff = None
    if previous_doc is not None:
        # Imported here: a crawl process whose workers diff never loads the lexicons.
        from policywatch.diffing import diff_documents

        result = diff_documents(previous_doc, doc, doc_type=history.doc_type)
        diff = result.to_dict(with_ops=True)
    current = history.current
    first_seen = current.first_seen_at if origin != "crawl" and current else None
    return Decision(
        doc_id,
        Outcome.NEW_VERSION,
        fetch,
        snapshot=snapshot,
        clear_removed=True,
        version=NewVersion(doc, origin, first_seen),
        old_version_id=current.id if current is not None else None,
        change=diff,
        alert=origin == "crawl",
    )


def _reread(reread: Reread, history: History) -> Decision:
    """Re-extraction of the current version's snapshot: a new text is our change.

    It is stored as a version with ``origin = 'reextract'`` and a change
    flagged ``reextract`` that keeps the first-seen time of the text the
    vendor published, and it never alerts.
    """
    doc_id = reread.document_id
    try:
        doc = extract_body(reread.body, reread.content_type, None, history, reread.seen_at)
    except ExtractionError as exc:
        return Decision(doc_id, Outcome.SUSPECT, reason=str(exc), code=ReasonCode.UNREADABLE)
    if doc.suspect:
        reason = f"suspect: {doc.suspect}"
        return Decision(doc_id, Outcome.SUSPECT, reason=reason, code=ReasonCode.EXTRACTION)
    current = history.current
    previous = _current_doc(history)
    # The same text with a different stated date is an improved reading too.
    same_text = current is not None and doc.text_hash == current.text_hash
    if same_text and (previous is None or _stated(doc) == _stated(previous)):
        assert current is not None
        return Decision(doc_id, Outcome.UNCHANGED, confirms=current.id)
    decision = _new_version(doc_id, None, None, doc, history, previous, origin="reextract")
    if decision.change is not None:
        diff = decision.change
        diff["flags"] = [*diff.get("flags", []), REEXTRACT_FLAG]
        diff["summary"] = (
            "Re-extraction of the same page (our extractor changed, not the vendor). "
            + (diff.get("summary") or "")
        )
    decision.snapshot = Snapshot(reread.snapshot_sha256, reread.body, reread.content_type)
    return decision

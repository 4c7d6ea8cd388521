"""What a fetch that brought no page means: an error, a broken URL, an HTTP error, a
removed document, or a bot wall in place of the page.

    >>> from policywatch.core.model import FetchResult
    >>> result = FetchResult(1, "https://v.example/p", "2025-01-01T00:00:00Z", status=404)
    >>> http_error(result, History(document_id=1), {}).outcome
    <Outcome.BROKEN_URL: 'broken_url'>

Part of the recorder's state machine (:func:`policywatch.recorder.decide.decide`
sends these answers here); like it, pure.
"""

from __future__ import annotations

from typing import Any

from policywatch.core.model import ExtractionError, FetchResult
from policywatch.core.vocabulary import (
    BROKEN_URL_KINDS,
    GONE_STATUSES,
    REMOVED_AFTER,
    ErrorKind,
    Outcome,
    ReasonCode,
    Rediscover,
    Render,
)
from policywatch.recorder.decision import Decision, History
from policywatch.recorder.page_body import extract_body, snapshot_of


def no_answer(result: FetchResult, history: History, fetch: dict[str, Any]) -> Decision:
    """No HTTP answer: an error, or ``broken_url`` when the URL never worked and the
    failure says the URL itself is wrong (no such host, no HTTPS there)."""
    code = ErrorKind(result.error_kind or ErrorKind.ERROR)
    reason = result.error
    if history.current is None and code in BROKEN_URL_KINDS:
        reason = f"{reason}: this URL has never worked; fix it in the vendors file"
        return Decision(result.document_id, Outcome.BROKEN_URL, fetch, reason, str(code))
    return Decision(result.document_id, Outcome.ERROR, fetch, reason, str(code))


def http_error(result: FetchResult, history: History, fetch: dict[str, Any]) -> Decision:
    """An HTTP error answer: a bot wall (blocked), an error, a URL that never worked
    (broken), or a document gone :data:`REMOVED_AFTER` times in a row (removed)."""
    status = result.status
    reason = f"HTTP {status}"
    retry_after = result.headers.get("Retry-After")
    if retry_after:
        reason += f" (the server asked to retry after {retry_after})"
    doc_id = result.document_id
    if status not in GONE_STATUSES:
        wall = bot_wall(result)
        if wall is not None:
            return blocked(result, fetch, f"{reason}: {wall.reason}", wall.code)
        return Decision(doc_id, Outcome.HTTP_ERROR, fetch, reason, ReasonCode.http(status or 0))
    if history.current is None:
        # Never fetched successfully: a typo or a moved page, not a removal.
        reason += ": this URL has never worked; fix it in the vendors file"
        return Decision(doc_id, Outcome.BROKEN_URL, fetch, reason, ReasonCode.NOT_FOUND)
    if history.removed_at:
        reason += f": still removed (since {history.removed_at})"
        return Decision(
            doc_id,
            Outcome.HTTP_ERROR,
            fetch,
            reason,
            ReasonCode.GONE,
            known=True,
            rediscover=Rediscover.GONE,
        )
    streak = history.gone_streak + 1
    if streak < REMOVED_AFTER:
        return Decision(doc_id, Outcome.HTTP_ERROR, fetch, reason, ReasonCode.http(status))
    reason += f" {streak} times in a row: the document was removed"
    return Decision(
        doc_id,
        Outcome.REMOVED,
        fetch,
        reason,
        ReasonCode.GONE,
        mark_removed=True,
        rediscover=Rediscover.GONE,
    )


def bot_wall(result: FetchResult) -> Any:
    """The guard's verdict on an error answer's body when it is a bot challenge or wall."""
    from policywatch.extract import guard

    if not result.body:
        return None
    try:
        doc = extract_body(result.body, result.content_type, result.final_url or result.url, None)
    except ExtractionError:
        return None
    page = guard.Page(url=result.url, text=doc.text, title=doc.title, body=result.body)
    return guard.blocked(page)


def blocked(result: FetchResult, fetch: dict[str, Any], reason: str, code: str) -> Decision:
    """A bot challenge or wall: never a version; the hint says what may get through."""
    if result.render == Render.BROWSER:
        reason += " (even in the browser: ask the vendor, or watch a copy of the page)"
    else:
        reason += " (try 'render: browser' for this document)"
    snapshot = snapshot_of(result.body, result.content_type)
    return Decision(result.document_id, Outcome.BLOCKED, fetch, reason, code, snapshot=snapshot)

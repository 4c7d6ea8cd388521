"""Rediscovery through the recorder: when to look for a document again, and what it found.

    request = rediscovery_due(db, recorded, every_days=7)   # None: not asked, or too soon
    discovery = ...  # the crawl runs discovery on request.site for request.doc_type
    moved_to = record_rediscovery(db, request, discovery)   # one transaction

A fetch whose decision asks for it (:class:`~policywatch.core.vocabulary.Rediscover`:
the URL is gone, or leads to the home page) gets one rediscovery at most every
``every_days`` per document. It never changes the document's URL: ``status``
flags ``moved`` with the URL found, and a person moves the document
(``policywatch vendors move``, or the vendors file), which keeps its history.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from policywatch.core.vocabulary import Rediscovered, parse_time
from policywatch.db import rediscovery as store
from policywatch.db.connection import utcnow
from policywatch.extract.doctype_phrases import TYPES
from policywatch.extract.links import canonical_url, site_of

if TYPE_CHECKING:
    from sqlite_utils import Database

    from policywatch.extract.discovery import Discovery
    from policywatch.recorder.apply import Recorded


@dataclass(frozen=True)
class RediscoveryRequest:
    """Look for a document of ``doc_type`` on ``site`` again: ``url`` stopped being it."""

    document_id: int
    fetch_id: int | None
    trigger: str
    site: str
    doc_type: str
    url: str


def rediscovery_due(
    db: Database, recorded: Recorded, *, every_days: int, now: dt.datetime | None = None
) -> RediscoveryRequest | None:
    """The rediscovery a recorded fetch asks for, unless the document had one in the
    last ``every_days`` days (or is of a type discovery cannot find)."""
    if not recorded.rediscover:
        return None
    subject = store.rediscovery_subject(db, recorded.document_id)
    if subject is None or subject["doc_type"] not in TYPES:
        return None
    last = parse_time(subject["last_at"])
    now = now or dt.datetime.now(dt.UTC)
    if last is not None and now - last < dt.timedelta(days=every_days):
        return None
    return RediscoveryRequest(
        document_id=recorded.document_id,
        fetch_id=recorded.fetch_id,
        trigger=recorded.rediscover,
        # The vendor's site when known, else the site of the URL itself.
        site=subject["domain"] or site_of(subject["url"]),
        doc_type=subject["doc_type"],
        url=subject["url"],
    )


def judge(request: RediscoveryRequest, discovery: Discovery) -> dict[str, Any]:
    """The ``rediscoveries`` row of a finished discovery (pure)."""
    best = discovery.best(request.doc_type)
    if discovery.error:
        outcome = Rediscovered.FAILED
    elif best is None:
        outcome = Rediscovered.NOT_FOUND
    elif canonical_url(best.url) == canonical_url(request.url):
        outcome = Rediscovered.SAME_URL
    else:
        outcome = Rediscovered.FOUND
    return {
        "document_id": request.document_id,
        "fetch_id": request.fetch_id,
        "trigger": request.trigger,
        "site": request.site,
        "outcome": str(outcome),
        "url": best.url if best is not None else None,
        "confidence": best.confidence if best is not None else None,
        "evidence": json.dumps(best.evidence if best is not None else []),
        "pages_fetched": discovery.pages_fetched,
        "error": discovery.error,
    }


def record_rediscovery(
    db: Database, request: RediscoveryRequest, discovery: Discovery
) -> str | None:
    """Store what a rediscovery found (one transaction); return the URL the document
    moved to, if one was found."""
    row = judge(request, discovery)
    with db.atomic():
        store.insert_rediscovery(db, {**row, "at": utcnow()})
    return row["url"] if row["outcome"] == Rediscovered.FOUND else None

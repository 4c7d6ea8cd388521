"""Write what :func:`.decide.decide` decided: one transaction per decision.

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> # record(db, result) == apply(db, decide(result, load_history(db, id)))

A crawl killed at any moment leaves the database as it was before the
document or after it, never between. The clock is read here, inside the
transaction, so :func:`.decide.decide` stays pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from policywatch.core.vocabulary import healthy
from policywatch.db import health
from policywatch.db import versions as store
from policywatch.db.connection import utcnow
from policywatch.recorder.decision import Decision

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Recorded:
    """What happened to one fetch: its outcome and the rows it made.

    ``known`` is set on a failure that was already reported (a removed
    document that is still gone), so the crawl does not report it again.
    """

    document_id: int
    outcome: str
    fetch_id: int | None
    version_id: int | None = None
    change_id: int | None = None
    verdict: str | None = None
    summary: str | None = None
    reason: str | None = None
    known: bool = False
    render: str | None = None  # http or browser: how the page was fetched
    redirected_to: str | None = None  # the other page a redirect ended on
    # Issue 17: why the crawl should look for the document again (from the
    # decision), and the URL that rediscovery then found it at, if any.
    rediscover: str | None = None
    moved_to: str | None = None
    # The current version whose stored text was damaged, so this fetch was read
    # without comparing it with that text (the crawl counts and names it).
    unreadable_version: int | None = None

    @property
    def ok(self) -> bool:
        return healthy(self.outcome)


def apply(db: Database, decision: Decision, channels: Sequence[Any] = ()) -> Recorded:
    """Store ``decision`` (fetch, snapshot, version, change, alerts) in one transaction.

    ``channels`` are the alert channels a material change is queued for
    (the outbox rows commit with the change, or neither does).
    """
    d = decision
    now = utcnow()
    version_id = d.confirms
    change_id = None
    with db.atomic():
        sha = None
        if d.snapshot is not None:
            snap = d.snapshot
            sha = store.store_snapshot(
                db, snap.body, snap.content_type, compressed=snap.compressed, sha256=snap.sha256
            )
        fetch_id = None
        if d.fetch is not None:
            row = {
                **d.fetch,
                "outcome": str(d.outcome),
                "reason": d.reason,
                "reason_code": d.code,
                "snapshot_sha256": sha,
                "version_id": d.confirms,
            }
            fetch_id = store.insert_fetch(db, row)
        if d.confirms is not None and d.fetch is not None:
            store.touch_version(db, d.confirms, now)
        if d.make_current and d.confirms is not None:
            health.set_current_version(db, d.document_id, d.confirms)
        elif d.clear_removed:
            health.clear_removed(db, d.document_id)
        if d.mark_removed:
            health.mark_removed(db, d.document_id, now)
        if d.version is not None:
            version_id = store.insert_version(
                db,
                d.document_id,
                d.version.doc,
                seen_at=now,
                first_seen_at=d.version.first_seen_at,
                snapshot_sha256=sha,
                fetch_id=fetch_id,
                origin=d.version.origin,
            )
            if fetch_id is not None:
                store.set_fetch_version(db, fetch_id, version_id)
            health.set_current_version(db, d.document_id, version_id)
            if d.change is not None and d.old_version_id is not None:
                change_id = store.insert_change(
                    db, d.document_id, d.old_version_id, version_id, d.change, detected_at=now
                )
                if d.alert and channels:
                    from policywatch.alerts.outbox import enqueue_alerts

                    enqueue_alerts(db, change_id, channels)
    return Recorded(
        d.document_id,
        str(d.outcome),
        fetch_id,
        version_id=version_id,
        change_id=change_id,
        verdict=d.change["verdict"] if d.change else None,
        summary=d.change["summary"] if d.change else None,
        reason=d.reason,
        known=d.known,
        render=d.fetch.get("render") if d.fetch else None,
        redirected_to=d.fetch.get("redirected_to") if d.fetch else None,
        rediscover=d.rediscover,
        unreadable_version=d.unreadable_version,
    )

"""Crawl state and health: which version a document shows now, and how its fetches go.

The recorder uses the first half (inside its per-document transaction)::

    current = current_version(db, document_id)
    back = recent_version_with_hash(db, document_id, text_hash)

``policywatch status`` uses :func:`document_health`, one row per active
document with the flags a person (or a monitoring check) acts on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlite_utils import Database

# Outcomes that mean "the page was fetched and read correctly".
OK_OUTCOMES = ("new_version", "unchanged", "not_modified", "returned")
_OK_SQL = ", ".join(f"'{o}'" for o in OK_OUTCOMES)
GONE_STATUSES = (404, 410)

# Flags, in the order they are shown.
STALE = "stale"  # no successful fetch in N intervals
FAILING = "failing"  # N failed fetches in a row
SUSPECT = "suspect"  # the same suspect result N times in a row
REMOVED = "removed"  # the URL answered 404/410 several times: the policy is gone
OUTDATED = "outdated"  # the stated date is more than 12 months old
NEVER = "never_fetched"
FLAGS = (STALE, FAILING, SUSPECT, REMOVED, OUTDATED, NEVER)


def current_version(db: Database, document_id: int) -> dict[str, Any] | None:
    """The version the page shows now (``documents.current_version_id``).

    Falls back to the highest-numbered version for rows written before
    ``current_version_id`` existed.
    """
    row = next(
        db.query(
            "select v.* from versions v join documents d on d.current_version_id = v.id"
            " where d.id = ?",
            [document_id],
        ),
        None,
    )
    if row is not None:
        return dict(row)
    return next(
        db.query(
            "select * from versions where document_id = ? order by number desc limit 1",
            [document_id],
        ),
        None,
    )


def recent_version_with_hash(
    db: Database, document_id: int, text_hash: str, *, recent: int = 10
) -> dict[str, Any] | None:
    """One of the document's ``recent`` newest versions whose text has ``text_hash``."""
    return next(
        db.query(
            "select * from (select * from versions where document_id = ?"
            " order by number desc limit ?) where text_hash = ? order by number desc limit 1",
            [document_id, recent, text_hash],
        ),
        None,
    )


def set_current_version(db: Database, document_id: int, version_id: int) -> None:
    """Point the document at the version it shows now; it is not removed any more."""
    db.execute(
        "update documents set current_version_id = ?, removed_at = null where id = ?",
        [version_id, document_id],
    )


def clear_removed(db: Database, document_id: int) -> None:
    db.execute(
        "update documents set removed_at = null where id = ? and removed_at is not null",
        [document_id],
    )


def mark_removed(db: Database, document_id: int, at: str) -> None:
    db.execute("update documents set removed_at = ? where id = ?", [at, document_id])


def gone_streak(db: Database, document_id: int, *, limit: int = 50) -> int:
    """How many of the latest fetches in a row answered 404 or 410."""
    streak = 0
    for row in db.query(
        "select status from fetches where document_id = ? order by id desc limit ?",
        [document_id, limit],
    ):
        if row["status"] not in GONE_STATUSES:
            break
        streak += 1
    return streak


def parse_time(value: str | None) -> dt.datetime | None:
    """Our ISO 8601 UTC timestamps (``...Z``) or a stated ``YYYY-MM[-DD]`` date."""
    if not value:
        return None
    text = value.rstrip("Z")
    if len(text) == 7:  # YYYY-MM: the end of that month is the kindest reading
        text += "-28"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed


@dataclass
class DocumentHealth:
    """One document's line in ``policywatch status``."""

    document_id: int
    vendor: str
    doc_type: str
    url: str
    interval_seconds: int
    last_attempt: str | None
    last_success: str | None
    consecutive_failures: int
    last_status: int | None
    last_outcome: str | None
    last_reason: str | None
    version: int | None
    version_first_seen: str | None
    stated_date: str | None
    removed_at: str | None
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def document_health(
    db: Database,
    *,
    now: dt.datetime | None = None,
    stale_after: int = 3,
    failing_after: int = 3,
    suspect_after: int = 3,
    outdated_days: int = 365,
) -> list[DocumentHealth]:
    """Health of every active document, flags set by the given thresholds.

    ``stale_after``: intervals without a success; ``failing_after``: failed
    fetches in a row; ``suspect_after``: identical suspect results in a row.
    """
    now = now or dt.datetime.now(dt.UTC)
    rows = db.query(
        f"""
        select d.id, v.name as vendor, d.doc_type, d.url, d.interval_seconds, d.created_at,
          d.removed_at,
          (select max(started_at) from fetches where document_id = d.id) as last_attempt,
          (select max(id) from fetches where document_id = d.id
            and outcome in ({_OK_SQL})) as last_success_id,
          cv.number as version, cv.first_seen_at, cv.stated_date
        from documents d
        join vendors v on v.id = d.vendor_id
        left join versions cv on cv.id = coalesce(d.current_version_id, (
          select id from versions where document_id = d.id order by number desc limit 1))
        where d.active = 1
        order by v.name, d.doc_type, d.url
        """
    )
    result = []
    for row in list(rows):
        since = row["last_success_id"] or 0
        tail = list(
            db.query(
                "select id, started_at, status, outcome, reason, reason_code from fetches"
                " where document_id = ? and id > ? order by id desc limit 1000",
                [row["id"], since],
            )
        )
        last = tail[0] if tail else None
        success = None
        if row["last_success_id"]:
            success = next(db.query("select * from fetches where id = ?", [row["last_success_id"]]))
        if last is None and success is not None:
            last = success
        health = DocumentHealth(
            document_id=row["id"],
            vendor=row["vendor"],
            doc_type=row["doc_type"],
            url=row["url"],
            interval_seconds=row["interval_seconds"] or 86400,
            last_attempt=row["last_attempt"],
            last_success=success["started_at"] if success else None,
            consecutive_failures=len(tail),
            last_status=last["status"] if last else None,
            last_outcome=last["outcome"] if last else None,
            last_reason=last["reason"] if last else None,
            version=row["version"],
            version_first_seen=row["first_seen_at"],
            stated_date=row["stated_date"],
            removed_at=row["removed_at"],
        )
        health.flags = _flags(
            health,
            tail,
            created_at=row["created_at"],
            now=now,
            stale_after=stale_after,
            failing_after=failing_after,
            suspect_after=suspect_after,
            outdated_days=outdated_days,
        )
        result.append(health)
    return result


def _flags(
    h: DocumentHealth,
    tail: list[dict[str, Any]],
    *,
    created_at: str | None,
    now: dt.datetime,
    stale_after: int,
    failing_after: int,
    suspect_after: int,
    outdated_days: int,
) -> list[str]:
    flags = []
    window = dt.timedelta(seconds=h.interval_seconds * stale_after)
    if h.last_attempt is None:
        flags.append(NEVER)
    reference = parse_time(h.last_success) or parse_time(created_at)
    if h.last_attempt is not None and (reference is None or now - reference > window):
        flags.append(STALE)
    if h.consecutive_failures >= failing_after and not h.removed_at:
        flags.append(FAILING)
    if tail and tail[0]["outcome"] == "suspect":
        code = tail[0]["reason_code"]
        same = 0
        for f in tail:
            if f["outcome"] != "suspect" or f["reason_code"] != code:
                break
            same += 1
        if same >= suspect_after:
            flags.append(SUSPECT)
    if h.removed_at:
        flags.append(REMOVED)
    stated = parse_time(h.stated_date)
    if stated is not None and now - stated > dt.timedelta(days=outdated_days):
        flags.append(OUTDATED)
    return flags

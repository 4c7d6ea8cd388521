"""Reviewing changes: the append-only ``review_events`` trail and the lists read from it.

    record_review(db, 12, "acknowledged", by="ana", note="Checked with legal")
    rows = list_changes(db, ChangeFilter(unreviewed=True, verdict="material", tag="tier-1"))
    history = review_history(db, 12)                # every event, oldest first

A change's state (status, assignee, note, verdict override, objection
deadline) is the ``change_review`` view (migration ``m018_change_review``),
derived from the events; nothing here updates or deletes an event, and the
table's triggers refuse it anyway. The CLI and the workspace pages both call
these functions (the pages through Datasette's ``execute_fn``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.db.connection import utcnow
from policywatch.diffing.model import VERDICTS

# What a reviewer may set; "new" is where every change starts.
REVIEW_STATUSES = ("acknowledged", "dismissed", "escalated")
# Every state the view can show ("not_needed": a re-extraction, not the vendor's change).
ALL_STATUSES = ("new", *REVIEW_STATUSES, "not_needed")
# A reviewer may say a change is any of these instead of what policywatch found.
OVERRIDE_VERDICTS = tuple(v for v in VERDICTS if v not in ("unchanged", "suspect"))
NOTE_LIMIT = 4000

# Columns of a change list (the change_review view), in the order tables show them.
LIST_COLUMNS = (
    "change_id, vendor_slug, vendor, tags, owner, document_id, doc_type, document_url,"
    " detected_at, first_seen_at, version, stated_date, original_verdict, verdict_override,"
    " override_reason, verdict, material, categories, flags, summary, review_status, open,"
    " assignee, note, reviewed_by, reviewed_at, review_events, signed, notice_days,"
    " objection_deadline"
)
_JSON_COLUMNS = ("tags", "categories", "flags")


class ReviewError(ValueError):
    """A review that cannot be recorded, phrased for the person who gave it."""


@dataclass
class ChangeFilter:
    """Which changes a list shows; ``None`` means "any". Days are ``YYYY-MM-DD``."""

    unreviewed: bool = False  # status "new"
    status: str | None = None
    verdict: str | None = None  # the verdict in force (an override wins)
    tag: str | None = None
    vendor: str | None = None
    since: str | None = None  # detected on or after this day
    until: str | None = None  # detected on or before this day
    limit: int | None = None


def parse_day(text: str) -> str:
    """``"2024-3-5"`` is refused; ``"2024-03-05"`` comes back as given. Raises ValueError."""
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def decode(row: Any) -> dict[str, Any]:
    """A view row with its JSON list columns as lists."""
    out = dict(row)
    for key in _JSON_COLUMNS:
        if isinstance(out.get(key), str):
            try:
                out[key] = json.loads(out[key])
            except ValueError:
                out[key] = []
    return out


def record_review(
    db: Database,
    change_id: int,
    status: str,
    *,
    by: str,
    note: str | None = None,
    assignee: str | None = None,
    verdict_override: str | None = None,
    override_reason: str | None = None,
    at: str | None = None,
) -> int:
    """Append one review event; return its id. Nothing is written if anything is wrong."""
    if status not in REVIEW_STATUSES:
        raise ReviewError(f"status {status!r} is not one of: {', '.join(REVIEW_STATUSES)}.")
    if not (by or "").strip():
        raise ReviewError("say who reviewed (--by NAME).")
    note = (note or "").strip() or None
    if note and len(note) > NOTE_LIMIT:
        raise ReviewError(f"the note is longer than {NOTE_LIMIT} characters.")
    if verdict_override is not None and verdict_override not in OVERRIDE_VERDICTS:
        raise ReviewError(
            f"verdict {verdict_override!r} is not one of: {', '.join(OVERRIDE_VERDICTS)}."
        )
    override_reason = (override_reason or "").strip() or None
    if verdict_override and not override_reason:
        raise ReviewError("overriding the verdict needs a reason (--reason TEXT).")
    if override_reason and not verdict_override:
        raise ReviewError("a reason is only for overriding the verdict (give --verdict too).")
    with db.atomic():
        if next(db.query("select 1 from changes where id = ?", [change_id]), None) is None:
            raise ReviewError(f"no change with id {change_id}. See 'policywatch changes'.")
        table = db.table("review_events")
        table.insert(
            {
                "change_id": change_id,
                "at": at or utcnow(),
                "by": by.strip(),
                "status": status,
                "assignee": (assignee or "").strip() or None,
                "note": note,
                "verdict_override": verdict_override,
                "override_reason": override_reason,
            }
        )
        assert table.last_pk is not None
        return int(table.last_pk)


def review_history(db: Database, change_id: int) -> list[dict[str, Any]]:
    """Every review event of a change, oldest first: the audit trail as a person reads it."""
    return [
        dict(r)
        for r in db.query(
            "select id, at, by, status, assignee, note, verdict_override, override_reason"
            " from review_events where change_id = ? order by id",
            [change_id],
        )
    ]


def change_state(db: Database, change_id: int) -> dict[str, Any] | None:
    """One change's row of ``change_review`` (state, override, deadline), or None."""
    row = next(
        db.query(f"select {LIST_COLUMNS} from change_review where change_id = ?", [change_id]),
        None,
    )
    return decode(row) if row else None


def list_changes(db: Database, where: ChangeFilter | None = None) -> list[dict[str, Any]]:
    """Changes newest first, filtered; each with its review state, tags, owner and deadline."""
    f = where or ChangeFilter()
    clauses, params = _filter_sql(f)
    sql = f"select {LIST_COLUMNS} from change_review"
    if clauses:
        sql += " where " + " and ".join(clauses)
    sql += " order by detected_at desc, change_id desc"
    if f.limit:
        sql += " limit :limit"
        params["limit"] = f.limit
    return [decode(r) for r in db.query(sql, params)]


def _filter_sql(f: ChangeFilter) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.unreviewed:
        clauses.append("review_status = 'new'")
    if f.status:
        clauses.append("review_status = :status")
        params["status"] = f.status
    if f.verdict:
        clauses.append("verdict = :verdict")
        params["verdict"] = f.verdict
    if f.tag:
        clauses.append("exists (select 1 from json_each(tags) where value = :tag)")
        params["tag"] = f.tag
    if f.vendor:
        clauses.append("vendor_slug = :vendor")
        params["vendor"] = f.vendor
    if f.since:
        clauses.append("detected_at >= :since")
        params["since"] = parse_day(f.since)
    if f.until:
        clauses.append("detected_at < date(:until, '+1 day')")
        params["until"] = parse_day(f.until)
    return clauses, params


def open_deadlines(db: Database, *, limit: int = 50) -> list[dict[str, Any]]:
    """Open changes with an objection deadline, the soonest first (past ones included)."""
    return [
        decode(r)
        for r in db.query(
            f"select {LIST_COLUMNS} from change_review where open = 1"
            " and objection_deadline is not null order by objection_deadline, change_id"
            " limit ?",
            [limit],
        )
    ]


def all_tags(db: Database) -> list[str]:
    """Every tag some vendor has, sorted: the choices of the tag filters."""
    return [
        r["value"]
        for r in db.query(
            "select distinct j.value from vendors v, json_each(v.tags) j order by j.value"
        )
    ]


def vendor_index(db: Database, tag: str | None = None) -> list[dict[str, Any]]:
    """Every vendor with tags, owner, documents, last change and unreviewed count."""
    rows = db.query(
        """select v.slug, v.name, v.tags, v.owner, v.signed, v.notice_days,
          (select count(*) from documents d where d.vendor_id = v.id and d.active = 1)
            as documents,
          (select max(detected_at) from change_review r where r.vendor_slug = v.slug)
            as last_change_at,
          (select count(*) from change_review r where r.vendor_slug = v.slug
            and r.review_status = 'new') as unreviewed,
          (select count(*) from change_review r where r.vendor_slug = v.slug
            and r.review_status = 'new' and r.material = 1) as unreviewed_material
        from vendors v
        where :tag is null or exists (select 1 from json_each(v.tags) where value = :tag)
        order by v.name collate nocase""",
        {"tag": tag},
    )
    vendors = [decode(r) for r in rows]
    documents = db.query(
        "select d.id as document_id, v.slug, d.doc_type, d.url, d.signed, d.notice_days"
        " from documents d join vendors v on v.id = d.vendor_id where d.active = 1"
        " order by d.doc_type, d.url"
    )
    by_vendor: dict[str, list[dict[str, Any]]] = {}
    for d in documents:
        by_vendor.setdefault(d["slug"], []).append(dict(d))
    for v in vendors:
        v["document_list"] = by_vendor.get(v["slug"], [])
    return vendors


def document_vendors(db: Database) -> dict[int, dict[str, Any]]:
    """Each document's vendor tags and owner, keyed by document id (for ``status``)."""
    rows = db.query(
        "select d.id, v.slug, v.tags, v.owner from documents d join vendors v on v.id = d.vendor_id"
    )
    return {r["id"]: decode(r) for r in rows}

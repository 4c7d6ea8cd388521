"""Vendors and documents: syncing the vendors file, listing, adding."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.db.connection import utcnow
from policywatch.db.health import last_healthy_fetch_sql
from policywatch.db.outbox import save_channels


@dataclass
class SyncReport:
    vendors_added: int = 0
    vendors_updated: int = 0
    documents_added: int = 0
    documents_updated: int = 0
    documents_deactivated: int = 0
    documents_moved: int = 0
    channels: int = 0

    def __str__(self) -> str:
        return (
            f"vendors: {self.vendors_added} added, {self.vendors_updated} updated; "
            f"documents: {self.documents_added} added, {self.documents_updated} updated, "
            f"{self.documents_moved} moved to a new URL (history kept), "
            f"{self.documents_deactivated} no longer in the file (kept, marked inactive); "
            f"alert channels: {self.channels}"
        )


def upsert_vendor(
    db: Database, slug: str, name: str, tags: list[str], **attributes: Any
) -> tuple[int, bool]:
    """Return ``(vendor_id, created)``.

    ``attributes``: owner, signed, notice_days (issue 18) and domain, the site
    its documents are discovered on (issue 17).
    """
    row = next(db.query("select id from vendors where slug = ?", [slug]), None)
    values = {"name": name, "tags": json.dumps(tags), **attributes}
    if row:
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"update vendors set {sets} where id = ?", [*values.values(), row["id"]])
        return row["id"], False
    table = db.table("vendors")
    table.insert({"slug": slug, **values, "created_at": utcnow()})
    assert table.last_pk is not None
    return int(table.last_pk), True


def vendors_without_documents(db: Database, slugs: list[str]) -> set[str]:
    """Which of ``slugs`` have no active document (new vendors included)."""
    with_documents = {
        row["slug"]
        for row in db.query(
            "select distinct v.slug from vendors v join documents d on d.vendor_id = v.id"
            " where d.active = 1"
        )
    }
    return {slug for slug in slugs if slug not in with_documents}


def upsert_document(db: Database, vendor_id: int, fields: dict[str, Any]) -> tuple[int, bool]:
    """Insert or update a document by ``(vendor_id, url)``; return ``(id, created)``."""
    row = next(
        db.query(
            "select id from documents where vendor_id = ? and url = ?", [vendor_id, fields["url"]]
        ),
        None,
    )
    values = {**fields, "active": 1}
    if row:
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"update documents set {sets} where id = ?", [*values.values(), row["id"]])
        return row["id"], False
    table = db.table("documents")
    table.insert({**values, "vendor_id": vendor_id, "created_at": utcnow()})
    assert table.last_pk is not None
    return int(table.last_pk), True


def sync_vendors(
    db: Database, config: Any, discovered: dict[str, list[Any]] | None = None
) -> SyncReport:
    """Make the database's vendors, documents and alert channels match a parsed vendors file.

    Documents that left the file are marked inactive, never deleted: their
    history stays browsable. A vendor given by ``domain:`` alone gets the
    documents ``discovered`` for it (by slug) and keeps those found before.
    The ``alerts:`` channels are stored as written (``${VAR}`` references,
    never their values), so a later crawl without the file still queues and
    sends alerts. All in one transaction.
    """
    report = SyncReport()
    with db.atomic():
        kept: set[int] = set()
        for vendor in config.vendors:
            vendor_id, created = upsert_vendor(
                db,
                vendor.slug,
                vendor.name,
                vendor.tags,
                owner=vendor.owner,
                signed=vendor.signed,
                notice_days=vendor.notice_days,
                domain=vendor.domain,
            )
            report.vendors_added += created
            report.vendors_updated += not created
            documents = vendor.documents or (discovered or {}).get(vendor.slug, [])
            if not vendor.documents:
                # Found by an earlier discovery: kept while the file names only the domain.
                kept.update(
                    row["id"]
                    for row in db.query(
                        "select id from documents where vendor_id = ? and active = 1", [vendor_id]
                    )
                )
            for url, moved in moved_in_file(db, vendor_id, documents).items():
                move_document(db, moved, url)
                report.documents_moved += 1
            for doc in documents:
                doc_id, created = upsert_document(
                    db,
                    vendor_id,
                    {
                        "url": doc.url,
                        "doc_type": doc.doc_type,
                        "select_css": doc.select,
                        "remove_css": doc.remove,
                        "render": doc.render,
                        "interval_seconds": doc.interval_seconds,
                        "signed": doc.signed,
                        "notice_days": doc.notice_days,
                    },
                )
                kept.add(doc_id)
                report.documents_added += created
                report.documents_updated += not created
        for row in list(db.query("select id from documents where active = 1")):
            if row["id"] not in kept:
                db.execute("update documents set active = 0 where id = ?", [row["id"]])
                report.documents_deactivated += 1
        save_channels(db, list(config.alerts))
        report.channels = len(config.alerts)
    return report


def moved_in_file(db: Database, vendor_id: int, documents: list[Any]) -> dict[str, int]:
    """The file's documents whose URL was edited: new URL -> the document it moves.

    A URL the vendor has no document at, of a type whose only active document
    has left the file, is that document at its new address (the same vendor
    and type): it keeps its id, versions and reviews. With two new URLs or two
    documents gone for one type, which is which is not known: new documents.
    """
    rows = list(
        db.query("select id, url, doc_type, active from documents where vendor_id = ?", [vendor_id])
    )
    known = {r["url"] for r in rows}
    listed = {doc.url for doc in documents}
    moves = {}
    for doc_type in {doc.doc_type for doc in documents}:
        new = [d.url for d in documents if d.doc_type == doc_type and d.url not in known]
        left = [
            r["id"]
            for r in rows
            if r["active"] and r["doc_type"] == doc_type and r["url"] not in listed
        ]
        if len(new) == 1 and len(left) == 1:
            moves[new[0]] = left[0]
    return moves


def move_document(db: Database, document_id: int, url: str) -> None:
    """Point a document at the new URL of its page: same id, versions and reviews.

    Not removed any more: its new URL is fetched next (``vendors move``, or a
    URL edited in the vendors file).
    """
    db.execute("update documents set url = ?, removed_at = null where id = ?", [url, document_id])


def document_at(db: Database, vendor_id: int, url: str) -> int | None:
    """The id of the vendor's document at ``url``, if it has one."""
    row = next(
        db.query("select id from documents where vendor_id = ? and url = ?", [vendor_id, url]),
        None,
    )
    return int(row["id"]) if row is not None else None


def document_ids(db: Database, only: list[int] | None = None) -> list[int]:
    """Every document's id (or those of ``only`` that exist), in order."""
    sql, params = "select id from documents", list(only or [])
    if only:
        sql += f" where id in ({', '.join('?' for _ in only)})"
    return [r["id"] for r in db.query(sql + " order by id", params)]


def get_document(db: Database, document_id: int) -> dict[str, Any] | None:
    """One row of ``documents``, or None."""
    row = next(db.query("select * from documents where id = ?", [document_id]), None)
    return dict(row) if row is not None else None


def list_documents(db: Database) -> list[dict[str, Any]]:
    """Every document with its vendor and latest version, for ``vendors list``."""
    return list(
        db.query(
            """
            select v.slug, v.name, d.id as document_id, d.doc_type, d.url, d.active,
              (select count(*) from versions where document_id = d.id) as versions,
              (select max(started_at) from fetches where document_id = d.id) as last_fetch
            from documents d join vendors v on v.id = d.vendor_id
            order by v.slug, d.doc_type, d.url
            """
        )
    )


# A cron job started at the same minute every day must find yesterday's
# documents due although they were fetched a few seconds "later" in the day:
# a document is due this much before its interval is fully over.
DUE_SLACK_SHARE = 0.05
DUE_SLACK_MAX = 3600
# A failed document is retried after at most this long, not a whole interval.
RETRY_FAILED_AFTER = 3600


def crawl_targets(
    db: Database,
    vendor_slugs: tuple[str, ...] = (),
    *,
    due_only: bool = False,
    now: str | None = None,
) -> list[dict[str, Any]]:
    """Active documents to fetch, with the validators of their last good fetch.

    With ``due_only``, only documents whose interval has passed since their
    last successful fetch (and, if that failed since, at least an hour or the
    interval since the last attempt, whichever is shorter), or never fetched.
    """
    where = ["d.active = 1"]
    params: list[Any] = []
    if vendor_slugs:
        where.append(f"v.slug in ({', '.join('?' for _ in vendor_slugs)})")
        params.extend(vendor_slugs)
    sql = f"""
        select d.id as document_id, d.url, d.doc_type, d.select_css, d.remove_css, d.render,
          d.interval_seconds, v.slug as vendor_slug,
          -- Validators belong to a URL: none after the document moved (issue 17).
          case when lf.url = d.url then lf.etag end as etag,
          case when lf.url = d.url then lf.last_modified end as last_modified,
          lf.started_at as last_success,
          (select max(started_at) from fetches where document_id = d.id) as last_attempt
        from documents d join vendors v on v.id = d.vendor_id
        left join fetches lf on lf.id = {last_healthy_fetch_sql("d.id")}
        where {" and ".join(where)}
        order by d.id
    """
    rows = [dict(r) for r in db.query(sql, params)]
    if not due_only:
        return rows
    return [r for r in rows if is_due(r, now or utcnow())]


def is_due(target: dict[str, Any], now: str) -> bool:
    """Whether a ``crawl_targets`` row should be fetched at ``now`` (ISO 8601 UTC)."""
    if target["last_attempt"] is None:
        return True
    interval = target["interval_seconds"] or 86400
    slack = min(interval * DUE_SLACK_SHARE, DUE_SLACK_MAX)
    current = _seconds(now)
    since_attempt = current - _seconds(target["last_attempt"])
    if target["last_success"] is None or target["last_success"] < target["last_attempt"]:
        # The latest attempt failed: retry sooner than a full interval.
        return since_attempt >= min(interval, RETRY_FAILED_AFTER) - slack
    return since_attempt >= interval - slack


def _seconds(timestamp: str) -> float:
    import datetime as dt

    parsed = dt.datetime.fromisoformat(timestamp.rstrip("Z")).replace(tzinfo=dt.UTC)
    return parsed.timestamp()


def unknown_vendor_slugs(db: Database, slugs: tuple[str, ...]) -> list[str]:
    known = {r["slug"] for r in db.query("select slug from vendors")}
    return [s for s in slugs if s not in known]

"""The schema, as a sequence of sqlite-utils migrations.

Never edit an applied migration: add a new function at the end. Each runs
in its own transaction, recorded in ``_sqlite_migrations``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("policywatch")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("vendors").create(
        {"id": int, "slug": str, "name": str, "tags": str, "created_at": str},
        pk="id",
        not_null={"slug", "name"},
        defaults={"tags": "[]"},
    )
    db.table("vendors").create_index(["slug"], unique=True)

    db.table("documents").create(
        {
            "id": int,
            "vendor_id": int,
            "url": str,
            "doc_type": str,
            "title": str,
            "select_css": str,
            "remove_css": str,
            "render": str,
            "interval_seconds": int,
            "active": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("vendor_id", "vendors", "id")],
        not_null={"vendor_id", "url", "doc_type"},
        defaults={"doc_type": "privacy_policy", "interval_seconds": 86400, "active": 1},
    )
    db.table("documents").create_index(["vendor_id", "url"], unique=True)

    # Raw bodies, content-addressed: the same bytes are stored once however
    # often they are fetched, and extraction can be re-run over them later.
    db.table("snapshots").create(
        {
            "sha256": str,
            "content_type": str,
            "size": int,
            "compression": str,
            "body": bytes,
            "first_seen_at": str,
        },
        pk="sha256",
    )

    db.table("fetches").create(
        {
            "id": int,
            "document_id": int,
            "started_at": str,
            "url": str,
            "final_url": str,
            "status": int,
            "outcome": str,
            "reason": str,
            "error": str,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "size": int,
            "elapsed_ms": int,
            "snapshot_sha256": str,
            "version_id": int,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("snapshot_sha256", "snapshots", "sha256"),
        ],
    )
    db.table("fetches").create_index(["document_id", "started_at"])

    db.table("versions").create(
        {
            "id": int,
            "document_id": int,
            "number": int,
            "text_hash": str,
            "text": str,
            "title": str,
            "language": str,
            "word_count": int,
            "stated_date": str,
            "stated_date_precision": str,
            "stated_date_kind": str,
            "stated_date_snippet": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "snapshot_sha256": str,
            "fetch_id": int,
            "origin": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("snapshot_sha256", "snapshots", "sha256"),
            ("fetch_id", "fetches", "id"),
        ],
        defaults={"origin": "crawl"},
    )
    db.table("versions").create_index(["document_id", "number"], unique=True)
    db.table("versions").create_index(["document_id", "text_hash"])
    db.table("fetches").add_foreign_key("version_id", "versions", "id")

    db.table("sections").create(
        {
            "id": int,
            "version_id": int,
            "position": int,
            "level": int,
            "heading": str,
            "text": str,
        },
        pk="id",
        foreign_keys=[("version_id", "versions", "id")],
    )
    db.table("sections").create_index(["version_id", "position"], unique=True)
    db.table("sections").enable_fts(["heading", "text"], create_triggers=True, tokenize="unicode61")

    db.table("changes").create(
        {
            "id": int,
            "document_id": int,
            "old_version_id": int,
            "new_version_id": int,
            "detected_at": str,
            "verdict": str,
            "material": int,
            "categories": str,
            "flags": str,
            "summary": str,
            "stats": str,
            "diff_json": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("old_version_id", "versions", "id"),
            ("new_version_id", "versions", "id"),
        ],
        defaults={"categories": "[]", "flags": "[]", "material": 0},
    )
    db.table("changes").create_index(["document_id", "detected_at"])
    db.table("changes").create_index(["new_version_id"], unique=True)

    db.table("change_items").create(
        {
            "id": int,
            "change_id": int,
            "position": int,
            "kind": str,
            "old_heading": str,
            "new_heading": str,
            "verdict": str,
            "categories": str,
            "reasons": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        defaults={"categories": "[]", "reasons": "[]"},
    )
    db.table("change_items").create_index(["change_id", "position"])

    # The outbox: one row per (change, channel), written in the same
    # transaction as the change so a crash can neither lose nor invent one.
    db.table("alerts").create(
        {
            "id": int,
            "change_id": int,
            "channel": str,
            "status": str,
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        defaults={"status": "pending", "attempts": 0},
    )
    db.table("alerts").create_index(["change_id", "channel"], unique=True)
    db.table("alerts").create_index(["status", "next_attempt_at"])


# Later migrations, one per area; each fills in its own body. Never edit one
# once it has shipped: add a new function instead.


@migrations()
def m002_crawl_health(db: Database) -> None:
    """Columns and tables for cron-safe crawling, the guard and flapping (issue 8).

    ``documents.current_version_id`` is the version the page shows now: with
    flapping pages (A/B tests, geo variants) it can point back to an older
    version, so "latest" is no longer "highest number". ``removed_at`` marks a
    document whose URL has answered 404/410 several times in a row (reported
    once). ``fetches.reason_code`` is a short, stable code for the reason
    (``login_wall``, ``timeout``, ...) so repeats can be counted.
    """
    db.table("documents").add_column("current_version_id", int, fk="versions", fk_col="id")
    db.table("documents").add_column("removed_at", str)
    db.table("fetches").add_column("reason_code", str)
    # Latest fetch of a given outcome per document (crawl_targets, status).
    db.table("fetches").create_index(["document_id", "outcome"])
    db.execute(
        "update documents set current_version_id = (select id from versions"
        " where document_id = documents.id order by number desc limit 1)"
    )


@migrations()
def m003_alert_delivery(db: Database) -> None:
    """Columns and tables for alert delivery and digests (issue 5)."""
    # batch_key: the idempotency key (Message-ID, Idempotency-Key); rows of one
    # digest share it. sending_at: set before the send, so a crash between send
    # and mark is visible. in_doubt: a re-send after such a crash.
    alerts = db.table("alerts")
    alerts.add_column("batch_key", str)
    alerts.add_column("sending_at", str)
    alerts.add_column("in_doubt", int, not_null_default=0)
    alerts.create_index(["batch_key"])


@migrations()
def m004_topics_facts(db: Database) -> None:
    """Tables for section topics and extracted facts (issue 6)."""
    # One row per (section, topic) with the words that placed it there.
    db.table("section_topics").create(
        {
            "id": int,
            "section_id": int,
            "version_id": int,
            "topic": str,
            "score": float,
            "matched": str,
        },
        pk="id",
        foreign_keys=[("section_id", "sections", "id"), ("version_id", "versions", "id")],
        defaults={"matched": "[]"},
    )
    db.table("section_topics").create_index(["version_id", "topic"])
    db.table("section_topics").create_index(["section_id"])
    db.table("facts").create(
        {
            "id": int,
            "version_id": int,
            "kind": str,
            "value": str,
            "normalised": str,
            "snippet": str,
            "section": str,
        },
        pk="id",
        foreign_keys=[("version_id", "versions", "id")],
    )
    db.table("facts").create_index(["version_id", "kind"])
    # Which versions were analysed, and by which rules version: a version
    # with no facts is then told apart from one never analysed (backfill).
    db.table("version_analysis").create(
        {"version_id": int, "analysed_at": str, "rules": str},
        pk="version_id",
        foreign_keys=[("version_id", "versions", "id")],
    )


@migrations()
def m005_datasette_views(db: Database) -> None:
    """Views and an index for browsing in Datasette (issue 4).

    The views denormalise vendor and document onto changes and documents so
    Datasette can facet on the vendor's name; they hold no data of their own.
    ``latest_sections_fts`` is a second full-text index that holds only the
    sections of each document's latest version, kept current by triggers.
    """
    # The home page and the feeds ask for the newest material changes.
    db.execute(
        "create index if not exists changes_material_detected on changes(material, detected_at)"
    )
    # Change lists in Datasette sort newest first; without this a table page sorts every row.
    db.execute("create index if not exists changes_detected on changes(detected_at)")
    db.create_view(
        "change_log",
        """select c.id as change_id, v.slug as vendor_slug, v.name as vendor, d.doc_type,
  c.document_id, d.url as document_url, c.detected_at, nv.stated_date, nv.number as version,
  c.verdict, c.material, c.categories, c.flags, c.summary, c.old_version_id, c.new_version_id
from changes c
join documents d on d.id = c.document_id
join vendors v on v.id = d.vendor_id
join versions nv on nv.id = c.new_version_id""",
        replace=True,
    )
    # "Stale": no successful fetch within twice the document's interval.
    db.create_view(
        "document_status",
        """select *, case when last_ok_fetch_at is null
    or julianday('now') - julianday(last_ok_fetch_at) > 2.0 * interval_seconds / 86400
    then 1 else 0 end as stale
from (
  select d.id as document_id, v.slug as vendor_slug, v.name as vendor, d.doc_type, d.url,
    d.active, d.interval_seconds, lv.number as latest_version, lv.stated_date,
    lv.first_seen_at as latest_version_first_seen_at, lf.started_at as last_fetch_at,
    lf.outcome as last_outcome, lf.status as last_status,
    coalesce(lf.reason, lf.error) as last_problem,
    (select max(started_at) from fetches where document_id = d.id
      and outcome in ('new_version', 'unchanged', 'not_modified', 'returned'))
      as last_ok_fetch_at
  from documents d
  join vendors v on v.id = d.vendor_id
  left join versions lv on lv.id = d.current_version_id
  left join fetches lf on lf.id = (
    select id from fetches where document_id = d.id order by started_at desc, id desc limit 1)
)""",
        replace=True,
    )
    # Full-text search over each document's current version only. The index
    # over all sections cannot be filtered to current versions cheaply (with
    # 100 versions a common word matches 100x the rows we want), so a second,
    # small FTS5 index follows documents.current_version_id (which a flapping
    # page can move back to an older version). Its content is the
    # latest_sections view, so snippet() and 'rebuild' read the right rows.
    db.create_view(
        "latest_sections",
        """select s.id, s.version_id, s.position, s.level, s.heading, s.text
from sections s join documents d on d.current_version_id = s.version_id""",
        replace=True,
    )
    db.execute(
        "create virtual table latest_sections_fts using fts5(heading, text,"
        " content='latest_sections', content_rowid='id', tokenize='unicode61')"
    )
    db.execute("insert into latest_sections_fts(latest_sections_fts) values ('rebuild')")
    # A document's current version changes: the old one's sections leave the
    # index (an external-content delete needs the old values) and the new
    # one's come in. Versions are made current after their sections exist.
    db.execute(
        """create trigger latest_sections_fts_current after update of current_version_id
on documents when old.current_version_id is not new.current_version_id begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  select 'delete', s.id, s.heading, s.text from sections s
  where s.version_id = old.current_version_id;
  insert into latest_sections_fts(rowid, heading, text)
  select s.id, s.heading, s.text from sections s where s.version_id = new.current_version_id;
end"""
    )
    is_current = "{0}.version_id in (select current_version_id from documents)"
    db.execute(
        f"""create trigger latest_sections_fts_ad after delete on sections
when {is_current.format("old")} begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  values ('delete', old.id, old.heading, old.text);
end"""
    )
    db.execute(
        f"""create trigger latest_sections_fts_au after update on sections
when {is_current.format("old")} begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  values ('delete', old.id, old.heading, old.text);
  insert into latest_sections_fts(rowid, heading, text) values (new.id, new.heading, new.text);
end"""
    )


@migrations()
def m006_vendor_domain(db: Database) -> None:
    """``vendors.domain``: the site its documents were discovered on (issue 17).

    Set from ``domain:`` in the vendors file or ``vendors add --domain``; a
    moved document is looked for again on it.
    """
    db.table("vendors").add_column("domain", str)

"""The first schema (m001): vendors, documents, snapshots, fetches, versions,
sections, changes, alerts.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


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

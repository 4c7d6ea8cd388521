"""Migrations of the crawl's records: health, fetch order, rendering and redirects, discovery.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


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


def m008_fetches_by_document(db: Database) -> None:
    """An index of each document's fetches in the order they were recorded (issue 15).

    The health of a document (``document_status``, ``policywatch status``) reads
    its latest fetch and the fetches since its latest success: with this index
    both are a seek, however many fetches a year of hourly crawls has stored.
    """
    db.execute("create index if not exists fetches_document_order on fetches(document_id, id)")


def m016_fetch_render_and_redirect(db: Database) -> None:
    """How each fetch was made and where it ended (issue 16).

    ``fetches.render``: ``http`` or ``browser`` (headless Chromium ran the
    page's scripts); ``fetches.redirected_to``: the page a fetch ended on when
    a redirect took it to another path or host (the one rule:
    :func:`policywatch.core.vocabulary.redirect_target`), which ``status``
    flags ``redirected``. Older fetches were all plain HTTP.
    """
    db.table("fetches").add_column("render", str)
    db.table("fetches").add_column("redirected_to", str)
    db.execute("update fetches set render = 'http' where render is null")


def m020_vendor_domain(db: Database) -> None:
    """``vendors.domain``: the site its documents were discovered on (issue 17).

    Set from ``domain:`` in the vendors file or ``vendors add --domain``; a
    moved document is looked for again on it.
    """
    db.table("vendors").add_column("domain", str)


def m021_rediscoveries(db: Database) -> None:
    """``rediscoveries``: what the crawl found when it looked for a document again (issue 17).

    A fetch that found the URL gone or leading to the home page makes the
    crawl run discovery for the document's type on its vendor's site (at
    most once per document every ``rediscover_days``). One row per run: why
    (``trigger``), where (``site``), what it came to (``outcome``: found,
    same_url, not_found, failed) and the URL found. The document's URL is
    never changed here: ``document_status`` flags ``moved`` with ``moved_to``.
    """
    db.table("rediscoveries").create(
        {
            "id": int,
            "document_id": int,
            "fetch_id": int,
            "at": str,
            "trigger": str,
            "site": str,
            "outcome": str,
            "url": str,
            "confidence": float,
            "evidence": str,
            "pages_fetched": int,
            "error": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("fetch_id", "fetches", "id")],
        not_null={"document_id", "at", "trigger", "site", "outcome"},
    )
    db.table("rediscoveries").create_index(["document_id", "id"])

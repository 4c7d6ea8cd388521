"""Rediscoveries (issue 17): the SQL of looking for a broken document again.

    subject = rediscovery_subject(db, document_id)  # its URL, type, vendor domain, last run
    insert_rediscovery(db, row)                     # as policywatch.recorder.rediscovery judged it

``moved_to_sql`` is the one rule of the ``moved`` flag, read by
:func:`policywatch.db.health.document_facts_sql` (so ``status``, the
``document_status`` view and the web agree): the latest rediscovery of the
document found it at another URL, after its last healthy fetch.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from policywatch.core.vocabulary import Rediscovered


def rediscovery_subject(db: Database, document_id: int) -> dict[str, Any] | None:
    """The document's URL and type, its vendor's domain and when it was last rediscovered."""
    row = next(
        db.query(
            """select d.id, d.url, d.doc_type, v.domain,
              (select max(at) from rediscoveries where document_id = d.id) as last_at
            from documents d join vendors v on v.id = d.vendor_id where d.id = ?""",
            [document_id],
        ),
        None,
    )
    return dict(row) if row is not None else None


def insert_rediscovery(db: Database, row: dict[str, Any]) -> int:
    """Store one run of rediscovery; its id."""
    return int(db.table("rediscoveries").insert(row).last_pk or 0)


def moved_to_sql(document: str, url: str, ok_id: str) -> str:
    """The URL a document moved to (or NULL), in SQL: its latest rediscovery found it
    elsewhere, after its last healthy fetch (``ok_id``), and the document is not there yet.

    One index seek (``rediscoveries(document_id, id)``).
    """
    return f"""(select r.url from rediscoveries r
      where r.id = (select max(id) from rediscoveries where document_id = {document})
      and r.outcome = '{Rediscovered.FOUND.value}' and r.url != {url}
      and coalesce(r.fetch_id, 0) > coalesce({ok_id}, 0))"""

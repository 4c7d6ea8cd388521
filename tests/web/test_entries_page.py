"""The Datasette change page shows a sub-processor list's entries, escaped."""

from __future__ import annotations

import html
from pathlib import Path

from policywatch.core.model import FetchResult
from policywatch.db import open_db, utcnow
from policywatch.recorder import record
from tests.subprocessor_pages import ADDED, CHANGED, NEW, OLD
from tests.web.conftest import Client


def test_change_page_lists_added_and_changed_entries(tmp_path: Path) -> None:
    db_file = tmp_path / "pw.db"
    db = open_db(db_file)
    vendor = db.table("vendors").insert({"slug": "acme", "name": "Acme Cloud"}).last_pk
    url = "https://acme.example/subprocessors"
    document = (
        db.table("documents")
        .insert({"vendor_id": vendor, "url": url, "doc_type": "subprocessors"})
        .last_pk
    )
    change_id = None
    for body in (OLD, NEW):
        fetched = FetchResult(
            document_id=document, url=url, started_at=utcnow(), final_url=url, status=200,
            body=body, content_type="text/html",
        )  # fmt: skip
        change_id = record(db, fetched, channels=[]).change_id
    db.close()

    response = Client(db_file).get(f"/-/policywatch/change/{change_id}")

    assert response.status_code == 200
    page = response.text
    assert 'class="pw-entries"' in page
    assert html.escape(ADDED) in page and html.escape(CHANGED) in page

"""The Datasette change page shows a sub-processor list's entries, escaped: the list as
HTML in English, Norwegian and German, and as a PDF (:mod:`tests.subprocessor_lists`)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from policywatch.core.model import FetchResult
from policywatch.db import open_db, utcnow
from policywatch.recorder import record
from tests.subprocessor_lists import CASES
from tests.web.conftest import Client


@pytest.mark.parametrize("case_name", sorted(CASES))
def test_change_page_lists_added_and_changed_entries(tmp_path: Path, case_name: str) -> None:
    case = CASES[case_name]
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
    for body in (case.old, case.new):
        fetched = FetchResult(
            document_id=document, url=url, started_at=utcnow(), final_url=url, status=200,
            body=body, content_type=case.content_type,
        )  # fmt: skip
        change_id = record(db, fetched, channels=[]).change_id
    db.close()

    response = Client(db_file).get(f"/-/policywatch/change/{change_id}")

    assert response.status_code == 200
    page = response.text
    assert 'class="pw-entries"' in page
    assert html.escape(case.added) in page and html.escape(case.changed) in page

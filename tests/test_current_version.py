"""One "current version" everywhere: ``documents.current_version_id``.

A page that flips back to an earlier text (A/B tests, geo variants) makes
that earlier version current again although a newer one exists. The compare
command, the compare page and the canned compare query must all show it.
"""

from __future__ import annotations

import json

from policywatch.core.model import FetchResult
from policywatch.db import open_db
from policywatch.db.catalog import upsert_document, upsert_vendor
from policywatch.db.compare_page import compare_page_html
from policywatch.db.matrix_query import MATRIX_SQL
from policywatch.recorder import record
from policywatch.recorder.analysis import analyse_pending
from tests.conftest import run_cli

PAGE = """<html lang="en"><body><main><h1>Privacy policy</h1>
<h2>Retention</h2><p>We keep your account data for {days} days after you close the account.
We never sell personal data to anyone, and we host all data in the European Union.</p>
<h2>Contact</h2><p>Write to privacy@acme.example with any question about this notice.</p>
</main></body></html>"""


def fetch(doc_id: int, days: int) -> FetchResult:
    return FetchResult(
        document_id=doc_id,
        url="https://acme.example/privacy",
        started_at="2026-01-01T00:00:00Z",
        status=200,
        content_type="text/html; charset=utf-8",
        body=PAGE.format(days=days).encode(),
    )


def test_compare_shows_the_version_the_page_flipped_back_to(tmp_path):
    path = tmp_path / "flip.db"
    db = open_db(path)
    vendor_id, _ = upsert_vendor(db, "acme", "Acme", [])
    doc_id, _ = upsert_document(db, vendor_id, {"url": "https://acme.example/privacy"})
    first = record(db, fetch(doc_id, 30))
    assert record(db, fetch(doc_id, 90)).outcome == "new_version"
    back = record(db, fetch(doc_id, 30))
    assert back.outcome == "returned" and back.version_id == first.version_id
    analyse_pending(db)
    db.close()

    result = run_cli("compare", "acme", "--db", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r["cells"] for r in json.loads(result.stdout)["rows"]}
    retention = " ".join(rows["retention"]["acme"]["values"])
    assert "30 days" in retention and "90 days" not in retention

    page = compare_page_html(str(path), "acme")
    assert "30 days" in page and "90 days" not in page

    db = open_db(path)
    [matrix] = db.query(MATRIX_SQL, {"vendors": "acme", "doc_type": ""})
    assert matrix["version_id"] == first.version_id

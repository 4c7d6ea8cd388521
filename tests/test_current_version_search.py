"""Search over current versions follows a page that flips back to an earlier text."""

from __future__ import annotations

from policywatch.core.model import FetchResult
from policywatch.db import open_db
from policywatch.db.catalog import upsert_document, upsert_vendor
from policywatch.recorder import record

PAGE = (
    "<html lang='en'><body><main><h1>Privacy policy</h1>"
    "<p>Last updated: 1 March 2025</p><h2>Retention</h2>"
    "<p>We keep your account data for {period} after you close the account, and we delete"
    " backups within ninety days. We never sell personal data to anyone.</p>"
    "<h2>Variant</h2><p>This is the {variant} variant of our privacy notice for visitors.</p>"
    "</main></body></html>"
)


def fetch(document_id: int, variant: str, period: str) -> FetchResult:
    return FetchResult(
        document_id=document_id,
        url="https://vendor.example/privacy",
        started_at="2026-01-01T00:00:00Z",
        status=200,
        content_type="text/html; charset=utf-8",
        body=PAGE.format(variant=variant, period=period).encode(),
    )


def search(db, word: str) -> list[int]:
    """Versions whose current sections match, as the search page and canned query ask."""
    return [
        r["version_id"]
        for r in db.query(
            "select s.version_id from section_texts_fts f"
            " join latest_sections s on s.text_id = f.rowid"
            " where section_texts_fts match pw_fts_query(:q)"
            " and pw_has_phrase(coalesce(s.heading, '') || char(10) || s.text, :q)",
            {"q": word},
        )
    ]


def test_search_follows_the_current_version_through_a_flip(tmp_path):
    db = open_db(tmp_path / "flip.db")
    vendor_id, _ = upsert_vendor(db, "vendor", "Vendor", [])
    doc_id, _ = upsert_document(db, vendor_id, {"url": "https://vendor.example/privacy"})
    first = record(db, fetch(doc_id, "alpha", "thirty days"))
    second = record(db, fetch(doc_id, "beta", "thirty days"))
    assert second.outcome == "new_version"
    assert search(db, "beta") == [second.version_id] and search(db, "alpha") == []

    back = record(db, fetch(doc_id, "alpha", "thirty days"))
    assert back.outcome == "returned" and back.version_id == first.version_id
    assert search(db, "alpha") == [first.version_id]
    assert search(db, "beta") == []
    assert db.execute("select count(*) from changes").fetchone()[0] == 1

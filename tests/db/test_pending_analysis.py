"""Which versions the analyse stage reads, in which order: one document's together."""

from __future__ import annotations

from pathlib import Path

from policywatch.core.model import FetchResult
from policywatch.db import open_db
from policywatch.db.analysis import pending_analysis
from policywatch.db.catalog import upsert_document, upsert_vendor
from policywatch.recorder import record

PAGE = """<html lang="en"><body><main><h1>Privacy policy</h1>
<h2>Retention</h2><p>We keep your account data for {days} days after you close the account.
We never sell personal data to anyone, and we host all data in the European Union.</p>
<h2>Contact</h2><p>Write to privacy@{slug}.example with any question about this notice.</p>
</main></body></html>"""


def fetch(doc_id: int, slug: str, days: int) -> FetchResult:
    return FetchResult(
        document_id=doc_id,
        url=f"https://{slug}.example/privacy",
        started_at="2026-01-01T00:00:00Z",
        status=200,
        content_type="text/html; charset=utf-8",
        body=PAGE.format(days=days, slug=slug).encode(),
    )


def interleaved_db(path: Path) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Two documents whose versions alternate by id; acme's page flips back to its
    first text, so its current version is its oldest. Their ids and versions' ids."""
    db = open_db(path)
    docs = {}
    for slug in ("acme", "bolt"):
        vendor_id, _ = upsert_vendor(db, slug, slug.title(), [])
        docs[slug], _ = upsert_document(db, vendor_id, {"url": f"https://{slug}.example/privacy"})
    versions: dict[str, list[int]] = {"acme": [], "bolt": []}
    for slug, days in [("acme", 30), ("bolt", 30), ("acme", 90), ("bolt", 90), ("acme", 30)]:
        recorded = record(db, fetch(docs[slug], slug, days))
        if recorded.outcome == "new_version":
            versions[slug].append(recorded.version_id)
    db.close()
    return docs, versions


def test_a_documents_pending_versions_follow_one_another_current_first(tmp_path: Path) -> None:
    docs, versions = interleaved_db(tmp_path / "pending.db")
    (acme_first, acme_second), (bolt_first, bolt_second) = versions["acme"], versions["bolt"]
    # Ids alternate between the documents...
    assert acme_first < bolt_first < acme_second < bolt_second
    pending = pending_analysis(open_db(tmp_path / "pending.db"))
    # ...the pending list does not: each document's current version (acme's flipped
    # back to its first) leads its others, the documents in their current versions' order.
    assert pending == [
        (acme_first, docs["acme"]),
        (acme_second, docs["acme"]),
        (bolt_second, docs["bolt"]),
        (bolt_first, docs["bolt"]),
    ]


def test_no_pending_versions_once_analysed_unless_forced(tmp_path: Path) -> None:
    from policywatch.recorder.analysis import analyse_pending

    interleaved_db(tmp_path / "pending.db")
    db = open_db(tmp_path / "pending.db")
    everything = pending_analysis(db)
    assert analyse_pending(db) == len(everything) == 4
    assert pending_analysis(db) == []
    assert pending_analysis(db, force=True) == everything

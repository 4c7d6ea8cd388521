"""Build ``notebooks/fixture.db``: the small database the notebooks open by default.

    .venv/bin/python notebooks/build_fixture_db.py [PATH] [--force]

It goes through the crawl's real write path (:func:`policywatch.recorder.record`:
extraction, guard, versions, diffs, changes) without Scrapy or a network, so it is
quick and the same every time:

- the five seed vendors from the demo site, then the demo's two edited pages
  (Faveo's retention period: material; Fusetools' punctuation: cosmetic);
- GitHub's privacy statement, six real versions 2017-2026 from the dev corpus,
  with ``first_seen_at`` set to each version's commit date so the timeline
  notebook has years to plot.

Topics and facts are then computed for every version (the analyse stage). The
file is ignored by git (``*.db``); tests and notebooks build it when it is missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT = HERE / "fixture.db"
CORPUS = REPO.parent / "shared" / "corpus" / "dev"
HISTORY_DOC = "github-privacy-policy"

CONTENT_TYPES = {".html": "text/html", ".pdf": "application/pdf", ".md": "text/markdown"}


def _record(db: Database, document_id: int, url: str, path: Path) -> int | None:
    from policywatch.core.model import FetchResult
    from policywatch.db.connection import utcnow

    from policywatch.recorder import record

    result = FetchResult(
        document_id=document_id,
        url=url,
        started_at=utcnow(),
        final_url=url,
        status=200,
        body=path.read_bytes(),
        content_type=CONTENT_TYPES[path.suffix],
    )
    return record(db, result).version_id


def build(path: Path = DEFAULT) -> Path:
    """Write a fresh fixture database at ``path`` and return it."""
    from policywatch.db import open_db
    from policywatch.db.catalog import upsert_document, upsert_vendor

    from policywatch.commands.demo import DEMO_VENDORS
    from policywatch.recorder.analysis import analyse_pending

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    demo = REPO / "policywatch" / "demo"
    site, changed = demo / "site", demo / "changed"
    docs: dict[str, int] = {}
    for name, slug, rel, doc_type in DEMO_VENDORS:
        vendor_id, _ = upsert_vendor(db, slug, name, ["demo"])
        url = f"http://demo.invalid/{rel}"
        docs[rel], _ = upsert_document(db, vendor_id, {"url": url, "doc_type": doc_type})
        _record(db, docs[rel], url, site / rel)
    for page in sorted(changed.iterdir()):
        rel = page.name.replace("__", "/")
        _record(db, docs[rel], f"http://demo.invalid/{rel}", page)

    vendor_id, _ = upsert_vendor(db, "github", "GitHub", ["corpus"])
    url = "https://docs.github.com/site-policy/privacy-policies/github-privacy-statement"
    document_id, _ = upsert_document(db, vendor_id, {"url": url, "doc_type": "privacy_policy"})
    rows = [json.loads(line) for line in (CORPUS / "manifest.jsonl").open(encoding="utf-8")]
    for row in sorted(
        (r for r in rows if r["doc_id"] == HISTORY_DOC and r["format"] == "md"),
        key=lambda r: r["version"],
    ):
        version_id = _record(db, document_id, url, CORPUS / row["file"])
        if version_id is not None:
            # Backdate to when the text was really published (fixture only).
            seen = row["commit_date"][:19] + "Z"
            db.execute(
                "update versions set first_seen_at = ?, last_seen_at = ? where id = ?",
                [seen, seen, version_id],
            )
            db.execute(
                "update changes set detected_at = ? where new_version_id = ?", [seen, version_id]
            )
    analyse_pending(db)
    db.close()
    return path


def ensure(path: Path = DEFAULT) -> Path:
    """The fixture database, built first if it does not exist yet."""
    return path if path.is_file() else build(path)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = Path(args[0]) if args else DEFAULT
    out = build(target) if "--force" in sys.argv or not target.is_file() else target
    print(out)

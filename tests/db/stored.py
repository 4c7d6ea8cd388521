"""One vendor, one document and its versions written section by section, for the
storage tests: the real write path (``insert_version``), each version in its own
transaction, as a crawl stores them."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from policywatch.core.model import ExtractedDocument, Section
from policywatch.db.versions import insert_version


def store_versions(
    db: sqlite_utils.Database, versions: Sequence[Sequence[Section]], *, current: bool = True
) -> list[int]:
    """Versions of https://v.example/p (vendor "v"), month by month from 2025-01.

    ``current``: the last one becomes the document's current version. Returns their ids.
    """
    db["vendors"].insert({"slug": "v", "name": "V"})
    db["documents"].insert({"vendor_id": 1, "url": "https://v.example/p"})
    ids = []
    for number, sections in enumerate(versions, start=1):
        text = "\n\n".join(f"{s.heading}\n\n{s.text}" for s in sections)
        with db.atomic():
            ids.append(
                insert_version(
                    db,
                    1,
                    ExtractedDocument(text=text, sections=list(sections)),
                    seen_at=f"2025-0{number}",
                    snapshot_sha256=None,
                    fetch_id=None,
                )
            )
    if current:
        with db.atomic():
            db.execute("update documents set current_version_id = ?", [ids[-1]])
    return ids

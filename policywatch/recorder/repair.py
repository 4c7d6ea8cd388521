"""Rebuild damaged version texts from the raw snapshots they were read from.

    >>> # for repaired in repair_texts(db): print(repaired)

A version's text (``versions.text_z``) that is not readable (a damaged
database file) is extracted again from the version's snapshot, with the
document's ``select``/``remove``, and stored back only if it is the very text
the version had (the same ``text_hash``): its sections, diffs and topics are
spans of, or were read from, that text, so they stay true. Nothing else is
written: no version, no change, never an alert. ``policywatch reextract
--repair`` runs it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from policywatch.core.model import ExtractionError
from policywatch.db import textstore
from policywatch.db import versions as store

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Repaired:
    """What became of one damaged version text."""

    version_id: int
    document_id: int
    number: int
    repaired: bool
    detail: str  # why it could not be repaired, or what it was rebuilt from

    def __str__(self) -> str:
        what = "repaired" if self.repaired else "not repaired"
        return (
            f"document {self.document_id} version {self.number} (id {self.version_id}):"
            f" {what}: {self.detail}"
        )


def repair_texts(db: Database, document_ids: list[int] | None = None) -> Iterator[Repaired]:
    """Re-extract every damaged version text (of ``document_ids``), one transaction each."""
    for row in textstore.damaged_texts(db, document_ids):
        yield _repair(db, row)


def _repair(db: Database, row: dict[str, Any]) -> Repaired:
    version_id, document_id, number = row["id"], row["document_id"], row["number"]

    def outcome(repaired: bool, detail: str) -> Repaired:
        return Repaired(version_id, document_id, number, repaired, detail)

    sha = row["snapshot_sha256"]
    if not sha:
        return outcome(False, "no raw snapshot was kept; restore the file from a backup")
    try:
        body, content_type = store.load_snapshot(db, sha)
    except (LookupError, zlib.error):
        return outcome(False, f"its snapshot {sha} is missing or damaged too; restore a backup")
    # Imported here: the command's other paths never load extraction.
    from policywatch.extract import extract

    try:
        doc = extract(
            body, content_type, row["url"], select=row["select_css"], remove=row["remove_css"]
        )
    except ExtractionError as exc:
        return outcome(False, f"its snapshot no longer reads as a document ({exc})")
    if doc.text_hash != row["text_hash"]:
        return outcome(
            False,
            "its snapshot now reads as a different text (the extractor or the document's"
            " select/remove changed since); restore the file from a backup",
        )
    with db.atomic():
        textstore.restore_text(db, version_id, doc.text)
    return outcome(True, f"text re-extracted from snapshot {sha[:12]}")

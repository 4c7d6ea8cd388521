"""Re-run extraction over stored snapshots after the extractor improved.

    >>> # for report in reextract(db): print(report)

Only each document's current version is re-extracted: history stays as it
was recorded. It goes through the recorder like a crawl
(:class:`~policywatch.recorder.Reread` in, :func:`~policywatch.recorder.decide`,
:func:`~policywatch.recorder.apply`): a text that comes out differently from
the same raw bytes (or the same text with a different stated date) is stored
as a new version with ``origin = 'reextract'``
and a change flagged ``reextract``, so it is never mistaken for a change the
vendor made, and it never alerts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policywatch.core.vocabulary import Outcome
from policywatch.db import catalog
from policywatch.db import versions as store
from policywatch.recorder import Reread, record
from policywatch.recorder.decision import REEXTRACT_FLAG
from policywatch.recorder.history import load_history

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["REEXTRACT_FLAG", "Reextracted", "reextract", "reextract_document"]

# What a re-read came to, in the words of 'policywatch reextract'.
REPORTED = {Outcome.UNCHANGED: "same", Outcome.NEW_VERSION: "new_version"}


@dataclass
class Reextracted:
    document_id: int
    outcome: str  # "same", "new_version", "no_snapshot", "failed"
    version_id: int | None = None
    verdict: str | None = None
    detail: str = ""


def reextract(db: Database, document_ids: list[int] | None = None) -> Iterator[Reextracted]:
    """Re-extract the current version of each document (or of ``document_ids``)."""
    for document_id in catalog.document_ids(db, document_ids):
        yield reextract_document(db, document_id)


def reextract_document(db: Database, document_id: int) -> Reextracted:
    current = load_history(db, document_id, with_text=False).current
    if current is None or not current.snapshot_sha256:
        return Reextracted(
            document_id, "no_snapshot", detail="no stored version with a raw snapshot"
        )
    body, content_type = store.load_snapshot(db, current.snapshot_sha256)
    reread = Reread(document_id, body, content_type, current.snapshot_sha256, current.last_seen_at)
    recorded = record(db, reread)
    outcome = REPORTED.get(Outcome(recorded.outcome), "failed")
    return Reextracted(
        document_id,
        outcome,
        version_id=recorded.version_id if outcome != "failed" else None,
        verdict=recorded.verdict,
        detail=recorded.reason or "",
    )

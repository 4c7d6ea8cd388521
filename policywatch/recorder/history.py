"""Read a document's stored state for :func:`.decide.decide` (the SQL is in ``db/``).

>>> from policywatch.db import open_db
>>> load_history(open_db(":memory:"), 1)
Traceback (most recent call last):
LookupError: no document with id 1
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from policywatch.db import catalog, health
from policywatch.db import versions as store
from policywatch.db.textstore import UnreadableText
from policywatch.recorder.decision import RECENT_VERSIONS, History, VersionRef

if TYPE_CHECKING:
    from sqlite_utils import Database


def load_history(db: Database, document_id: int, *, with_text: bool = True) -> History:
    """The document's current version, recent texts and 404 streak.

    ``with_text=False`` leaves out the current version's text and sections:
    enough for fetches that need no reading (errors, 304s, the same bytes),
    which :func:`.decide.needs_text` tells apart.
    """
    document = catalog.get_document(db, document_id)
    if document is None:
        raise LookupError(f"no document with id {document_id}")
    current = health.current_version(db, document_id)
    recent: dict[str, VersionRef] = {}
    for row in store.recent_versions(db, document_id, RECENT_VERSIONS):
        recent.setdefault(row["text_hash"], _ref(row))
    history = History(
        document_id=document_id,
        doc_type=document["doc_type"],
        select_css=document["select_css"],
        remove_css=document["remove_css"],
        removed_at=document["removed_at"],
        current=_ref(current) if current is not None else None,
        recent=recent,
        gone_streak=health.gone_streak(db, document_id),
    )
    if with_text:
        add_text(db, history)
    return history


def add_text(db: Database, history: History) -> History:
    """Load the current version's text and sections into ``history`` (for reading a body).

    A current version whose stored text is damaged is named in
    ``history.unreadable_current`` instead: the new body is still read and
    recorded, without the comparison (``policywatch reextract --repair``
    rebuilds the text from its snapshot).
    """
    if history.current is not None and history.current_doc is None:
        try:
            history.current_doc = store.load_version(db, history.current.id)
        except UnreadableText:
            history.unreadable_current = history.current.id
    return history


def _ref(row: dict[str, Any]) -> VersionRef:
    return VersionRef(
        row["id"],
        row["text_hash"],
        row["snapshot_sha256"],
        row["first_seen_at"],
        row.get("last_seen_at"),
    )

"""The one write path: decide what a fetch means, then apply it in one transaction.

    >>> from policywatch.db import open_db
    >>> from policywatch.core.model import FetchResult
    >>> db = open_db(":memory:")
    >>> db["vendors"].insert({"slug": "v", "name": "V"}).last_pk
    1
    >>> db["documents"].insert({"vendor_id": 1, "url": "https://v.example/p"}).last_pk
    1
    >>> result = FetchResult(1, "https://v.example/p", "2025-01-01T00:00:00Z", status=503)
    >>> record(db, result).outcome
    'http_error'

:func:`decide` (pure, :mod:`.decide`) is the whole state machine; :func:`apply`
(:mod:`.apply`) writes its :class:`Decision`. The crawl's pipeline runs the
two apart (reading history and writing on its writer thread, deciding in a
worker process); ``policywatch reextract``, the analyse stage
(:mod:`.analysis`), the tests and the notebooks go through the same two.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from policywatch.core.model import FetchResult
from policywatch.recorder.apply import Recorded, apply
from policywatch.recorder.decide import decide, failed_to_read, needs_text
from policywatch.recorder.decision import Decision, History, Reread
from policywatch.recorder.history import add_text, load_history

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "Decision",
    "History",
    "Recorded",
    "Reread",
    "add_text",
    "apply",
    "decide",
    "failed_to_read",
    "load_history",
    "needs_text",
    "record",
]


def record(
    db: Database,
    result: FetchResult | Reread,
    *,
    channels: Sequence[Any] = (),
    relative_checks: bool = True,
) -> Recorded:
    """``apply(db, decide(result, load_history(db, id)), channels)``: all three in a row."""
    history = load_history(db, result.document_id, with_text=False)
    if needs_text(result, history):
        add_text(db, history)
    decision = decide(result, history, relative_checks=relative_checks)
    return apply(db, decision, channels)

"""A fetched body as the recorder keeps it and reads it: its compressed snapshot, and
its extraction with the document's own settings.

    >>> snapshot = snapshot_of(b"<p>Hello</p>", "text/html")
    >>> zlib.decompress(snapshot.compressed), len(snapshot.sha256)
    (b'<p>Hello</p>', 64)

Both run in the crawl's worker processes, not on the database writer's thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from typing import Any

from policywatch.recorder.decision import History, Snapshot

# zlib level of stored snapshots: 6 is zlib's own default balance. Compressed
# here, in a worker process, so the database writer does not.
SNAPSHOT_LEVEL = 6


def snapshot_of(body: bytes, content_type: str | None, sha: str | None = None) -> Snapshot:
    """``body`` as it is stored: its SHA-256 (``sha`` if already known) and compressed bytes."""
    sha = sha or hashlib.sha256(body).hexdigest()
    return Snapshot(sha, body, content_type, zlib.compress(body, SNAPSHOT_LEVEL))


def extract_body(
    body: bytes,
    content_type: str | None,
    url: str | None,
    history: History | None,
    seen_at: str | None = None,
) -> Any:
    """``body`` extracted with the document's own ``select``/``remove`` CSS (``history``;
    None: an error page, read whole), dated ``seen_at`` when re-read from a snapshot."""
    # Imported here: a process that only records errors never loads extraction.
    from policywatch.extract import extract

    fetched = dt.date.fromisoformat(seen_at[:10]) if seen_at else None
    if history is None:  # an error page: read whole
        return extract(body, content_type, url, fetched=fetched)
    return extract(
        body,
        content_type,
        url,
        select=history.select_css,
        remove=history.remove_css,
        fetched=fetched,
    )

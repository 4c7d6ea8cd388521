"""A version's text, stored compressed and read back as text through one SQL function.

``versions.text_z`` holds the text zlib-compressed (UTF-8); SQL reads it
with ``pw_text(text_z)``. The ``sections`` view does, so sections, the
full-text index's content and every query on them read text as before.
Every connection policywatch opens registers ``pw_text``
(:func:`policywatch.db.open_db`), and so do Datasette (the plugin's
``prepare_connection`` hook) and sqlite-utils (its ``prepare_connection``
plugin hook: ``sqlite-utils query policywatch.db "select pw_text(text_z)
from versions"`` and notebooks that open the file with
``sqlite_utils.Database``). Python reads a version through
:func:`policywatch.db.versions.load_version`; nothing else decompresses::

    >>> import sqlite3
    >>> conn = sqlite3.connect(":memory:")
    >>> register(conn)
    >>> conn.execute("select pw_text(?)", [compress_text("Vi lagrer data.")]).fetchone()[0]
    'Vi lagrer data.'

A connection that did not register it (the ``sqlite3`` shell) still reads
every table, checks the file (``pragma integrity_check``) and answers
full-text searches; only what reads text (``pw_text``, the ``sections``
views) fails there, with "no such function: pw_text".

``pw_text(text_z, version_id)`` reads the same text and names the version if
it cannot; ``pw_text(text_z, version_id, start, length)`` is a span of it
(the ``sections`` view's heading and text: migration m024). A ``text_z``
that is not zlib data (a damaged file) is an error naming the version
(:class:`UnreadableText`) for policywatch's own connections, so nothing is
diffed against a wrong text; SQLite itself only says "user-defined function
raised exception", which :func:`unreadable_text` turns back into the version
and what to do. Datasette's connections (``unreadable="marker"``) read it as
:func:`unreadable_marker` instead, so one damaged row does not take a page
down::

    >>> register(conn, unreadable="marker")
    >>> conn.execute("select pw_text(x'00', 12)").fetchone()[0]
    '[text unreadable: version 12]'
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Literal

from sqlite_utils import Database, hookimpl

from policywatch.db import phrase

TEXT_FUNCTION = "pw_text"
# What to do about a damaged text, wherever one is met (commands, the crawl's log).
REPAIR_HINT = "'policywatch reextract --repair' rebuilds it from the version's raw snapshot"
# zlib's own default balance, as for snapshots: level 9 saves ~1 % more for
# ~2x the CPU (benchmarks/crawl.py measures both).
TEXT_LEVEL = 6


def compress_text(text: str) -> bytes:
    """The stored form of a version's text."""
    return zlib.compress(text.encode("utf-8"), TEXT_LEVEL)


# The sections view reads a span of its version's text per row: the few
# latest texts are kept so a version's sections decompress it once.
@lru_cache(maxsize=8)
def decompress_text(blob: bytes | None) -> str | None:
    """The text ``compress_text`` stored (None stays None)."""
    if blob is None:
        return None
    return zlib.decompress(blob).decode("utf-8")


class UnreadableText(ValueError):
    """A version's stored text (``versions.text_z``) is not the zlib data policywatch wrote."""

    def __init__(self, version_id: int | None) -> None:
        self.version_id = version_id
        which = f"version {version_id}" if version_id is not None else "a version"
        super().__init__(
            f"{which}: its stored text (versions.text_z) is not readable, so the database"
            " file is damaged. Check it with sqlite3 FILE 'pragma integrity_check';"
            f" {REPAIR_HINT} (or restore the file from a backup)."
        )


# What reading a text_z that is not what compress_text wrote raises.
DAMAGED_TEXT_ERRORS = (zlib.error, UnicodeDecodeError, TypeError)


def text_of(blob: bytes | None, version_id: int | None) -> str | None:
    """The text ``compress_text`` stored for a version, or :class:`UnreadableText`."""
    try:
        return decompress_text(blob)
    except DAMAGED_TEXT_ERRORS:
        raise UnreadableText(version_id) from None


def unreadable_marker(version_id: int | None) -> str:
    """What Datasette shows in place of a text that cannot be read."""
    if version_id is None:
        return "[text unreadable]"
    return f"[text unreadable: version {version_id}]"


# The version whose text a SQL query could not read: SQLite replaces the
# exception of a function by "user-defined function raised exception", so
# unreadable_text() reads the version from here.
_last_unreadable: list[UnreadableText] = []


def unreadable_text(exc: BaseException) -> UnreadableText | None:
    """``exc`` as the unreadable text it came from, or None if it came from elsewhere.

    For a command's error handler: an :class:`UnreadableText` raised in
    Python, or SQLite's error for one raised inside ``pw_text``.
    """
    if isinstance(exc, UnreadableText):
        return exc
    if (
        isinstance(exc, sqlite3.OperationalError)
        and "user-defined function raised exception" in str(exc)
        and _last_unreadable
    ):
        return _last_unreadable.pop()
    return None


def register(conn: sqlite3.Connection, *, unreadable: Literal["raise", "marker"] = "raise") -> None:
    """Make ``pw_text`` (and so the ``sections`` views) readable on ``conn``.

    ``unreadable``: what a damaged ``text_z`` reads as: an error naming the
    version (``raise``: every command), or :func:`unreadable_marker`
    (``marker``: Datasette's pages).
    """

    def unreadable_as_configured(exc: UnreadableText) -> str:
        if unreadable == "marker":
            return unreadable_marker(exc.version_id)
        _last_unreadable[:] = [exc]
        raise exc

    def read(blob: bytes | None, version_id: int | None) -> str | None:
        try:
            return text_of(blob, version_id)
        except UnreadableText as exc:
            return unreadable_as_configured(exc)

    def span(
        blob: bytes | None, version_id: int | None, start: int | None, length: int | None
    ) -> str | None:
        try:
            text = text_of(blob, version_id)
        except UnreadableText as exc:
            return unreadable_as_configured(exc)
        if text is None or start is None or length is None:
            return None
        # SQL's substr(text, start + 1, length), as the view read it before m024.
        return text[start : start + length]

    overloads: dict[int, Callable[..., str | None]] = {
        1: lambda blob: read(blob, None),
        2: read,
        4: span,
    }
    for arity, function in overloads.items():
        conn.create_function(TEXT_FUNCTION, arity, function, deterministic=True)


def damaged_texts(db: Database, document_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """The versions whose stored text cannot be read, oldest first (of ``document_ids``).

    Each row: the version's ``id``, ``document_id``, ``number``, ``text_hash``,
    ``snapshot_sha256``, and what re-extracting it needs: the ``url`` it was
    read from and the document's ``select_css`` and ``remove_css``.
    """
    where, params = "", list(document_ids or [])
    if document_ids:
        where = f" where v.document_id in ({', '.join('?' * len(params))})"
    rows = db.query(
        "select v.id, v.document_id, v.number, v.text_hash, v.snapshot_sha256, v.text_z,"
        " coalesce(f.final_url, f.url, d.url) as url, d.select_css, d.remove_css"
        " from versions v join documents d on d.id = v.document_id"
        f" left join fetches f on f.id = v.fetch_id{where} order by v.id",
        params,
    )
    damaged = []
    for row in rows:
        try:
            decompress_text(row.pop("text_z"))
        except DAMAGED_TEXT_ERRORS:
            damaged.append(row)
    return damaged


def restore_text(db: Database, version_id: int, text: str) -> None:
    """Store ``text`` again as a version's text: the same text it had, so its
    hash, sections (spans of it) and everything derived from it stay true."""
    db.execute("update versions set text_z = ? where id = ?", [compress_text(text), version_id])


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """sqlite-utils' plugin hook: every ``sqlite_utils.Database`` registers ``pw_text``.

    And the phrase search's functions (``pw_has_phrase``), so the canned
    queries' SQL runs from sqlite-utils and notebooks too. A connection that
    has them already keeps its own: Datasette's, wrapped in a
    ``sqlite_utils.Database`` by a page, still reads a damaged text as its marker.
    """
    try:
        conn.execute(f"select {TEXT_FUNCTION}(null)")
    except sqlite3.OperationalError:  # no such function: not registered yet
        register(conn)
        phrase.register(conn)

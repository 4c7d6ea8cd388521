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
"""

from __future__ import annotations

import sqlite3
import zlib
from functools import lru_cache

from sqlite_utils import hookimpl

from policywatch.db import phrase

TEXT_FUNCTION = "pw_text"
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


def register(conn: sqlite3.Connection) -> None:
    """Make ``pw_text`` (and so the ``sections`` views) readable on ``conn``."""
    conn.create_function(TEXT_FUNCTION, 1, decompress_text, deterministic=True)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """sqlite-utils' plugin hook: every ``sqlite_utils.Database`` registers ``pw_text``.

    And the phrase search's functions (``pw_has_phrase``), so the canned
    queries' SQL runs from sqlite-utils and notebooks too.
    """
    register(conn)
    phrase.register(conn)

"""Opening a database file the one way the project does it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import sqlite_utils

DEFAULT_DB = "policywatch.db"


def default_db_path() -> str:
    """``$POLICYWATCH_DB`` or ``./policywatch.db``."""
    return os.environ.get("POLICYWATCH_DB") or DEFAULT_DB


# The project's timestamp format: ISO 8601 UTC with microseconds, so strings sort.
ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def utcnow() -> str:
    """Current UTC time as ISO 8601 with microseconds and a ``Z``.

    Microseconds keep rows written in the same second in order.
    """
    return iso(dt.datetime.now(dt.UTC))


def iso(when: dt.datetime) -> str:
    """A datetime in the project's timestamp format."""
    return when.astimezone(dt.UTC).strftime(ISO)


def open_db(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (and by default create or upgrade) a policywatch database.

    WAL mode lets Datasette read while a crawl writes; foreign keys keep
    versions, sections and changes attached to their document; a busy
    timeout lets a reader and the single writer share the file; ``pw_text``
    makes the compressed version text readable; ``pw_has_phrase`` checks
    phrases the positionless full-text index cannot (:mod:`policywatch.db.phrase`). Upgrading
    applies the migrations, then brings the views generated from the
    vocabulary up to date (:mod:`policywatch.db.views`).
    """
    from policywatch.db import phrase, textstore, views
    from policywatch.db.migrations import migrations

    db = sqlite_utils.Database(str(path))
    # pw_text reads the compressed version text (db/textstore.py).
    textstore.register(db.conn)
    # pw_fts_query and pw_has_phrase: phrase search on the positionless index.
    phrase.register(db.conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL is durable at every checkpoint and crash-consistent:
        # a crash can lose the last transaction, never corrupt the file.
        db.execute("PRAGMA synchronous = NORMAL")
    if migrate:
        migrations.apply(db)
        views.refresh(db)
    return db

"""Views whose SQL is generated from code: each database's copy is kept equal to it.

A migration runs once, but a view generated from the vocabulary
(:data:`policywatch.db.health.VIEWS`) must follow the code that reads it. So
:func:`policywatch.db.open_db` calls :func:`refresh` after the migrations:
a view whose stored SQL differs from the generated text is replaced, in the
same transaction, and an up-to-date database is not written at all::

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> refresh(db)
    []
"""

from __future__ import annotations

from sqlite_utils import Database


def generated_views() -> dict[str, str]:
    """Every generated view: name -> its select."""
    from policywatch.db.health import VIEWS

    return dict(VIEWS)


def refresh(db: Database) -> list[str]:
    """Replace the generated views whose SQL changed; return their names."""
    stored = {
        r["name"]: r["sql"]
        for r in db.query("select name, sql from sqlite_master where type = 'view'")
    }
    stale = {
        name: select
        for name, select in generated_views().items()
        if stored.get(name) != _create(name, select)
    }
    if stale:
        with db.atomic():
            for name, select in stale.items():
                db.execute(f"drop view if exists [{name}]")
                db.execute(_create(name, select))
    return sorted(stale)


def _create(name: str, select: str) -> str:
    # SQLite stores the statement as written, so this text is also the comparison key.
    return f"CREATE VIEW [{name}] AS {select}"

"""Storage: the schema, its migrations and every query (sqlite-utils).

Open a database, creating or upgrading its schema::

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> "versions" in db.table_names()
    True
"""

from policywatch.db.connection import open_db, utcnow

__all__ = ["open_db", "utcnow"]

"""Who is asking: the login state and role behind a request (issue 18).

    if await login_required(datasette):            # users exist
        role = await role_of(datasette, request.actor)   # "viewer" | "reviewer" | "admin" | None

Shared by the plugin hooks (:mod:`policywatch.db.workspace`) and the pages
(:mod:`policywatch.db.workspace_pages`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sqlite_utils import Database

from policywatch.db import users

PREFIX = "/-/policywatch"
LOGIN = f"{PREFIX}/login"


async def workspace_database(datasette: Any) -> Any | None:
    """The policywatch database this Datasette serves (the first, if several); None if none.

    The plugins load into every Datasette (entry points): one serving only
    other databases has no workspace, no users and no login.
    """
    from policywatch.db import pages  # the plugin imports the workspace: import late

    names = await pages.policywatch_databases(datasette)
    return datasette.get_database(names[0]) if names else None


async def role_of(datasette: Any, actor: dict[str, Any] | None) -> str | None:
    """The role of a logged-in actor, read from the database now; None if none."""
    if not actor or not isinstance(actor.get("id"), str):
        return None
    name = actor["id"]
    db = await workspace_database(datasette)
    if db is None:
        return None
    try:
        return await db.execute_fn(lambda conn: users.user_role(Database(conn), name))
    except Exception:  # a database without the users table (not migrated): nobody
        return None


async def login_required(datasette: Any) -> bool:
    """Users exist, so every page needs a login."""
    db = await workspace_database(datasette)
    if db is None:
        return False
    try:
        return bool(await db.execute_fn(lambda conn: users.has_users(Database(conn))))
    except Exception:  # not migrated yet: no users table, no users
        return False


def safe_next(target: str | None, datasette: Any) -> str:
    """Where to go after logging in: a path on this site only, never another host."""
    home = str(datasette.urls.instance())
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return home
    return quote(target, safe="/?=&%~.-_+:,;@")

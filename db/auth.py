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


async def role_of(datasette: Any, actor: dict[str, Any] | None) -> str | None:
    """The role of a logged-in actor, read from the database now; None if none."""
    if not actor or not isinstance(actor.get("id"), str):
        return None
    name = actor["id"]
    try:
        return await datasette.get_database().execute_fn(
            lambda conn: users.user_role(Database(conn), name)
        )
    except Exception:  # a database without the users table (not migrated): nobody
        return None


async def login_required(datasette: Any) -> bool:
    """Users exist, so every page needs a login."""
    try:
        return bool(
            await datasette.get_database().execute_fn(lambda conn: users.has_users(Database(conn)))
        )
    except Exception:  # not migrated yet: no users table, no users
        return False


def safe_next(target: str | None, datasette: Any) -> str:
    """Where to go after logging in: a path on this site only, never another host."""
    home = str(datasette.urls.instance())
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return home
    return quote(target, safe="/?=&%~.-_+:,;@")

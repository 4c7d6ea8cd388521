"""Workspace users: a name, a role, and an Argon2 hash of the password (never the password).

    add_user(db, "ana", "reviewer", "a long passphrase")
    user = verify_login(db, "ana", "a long passphrase")   # {"name": "ana", "role": ...} or None
    allowed(user_role(db, "ana"), REVIEW)                  # True

Roles are ordered: a viewer reads, a reviewer also reviews changes, an
admin also manages users. Hashing is Argon2id through argon2-cffi with its
default (RFC 9106 "low memory") parameters; a hash made with older
parameters is re-hashed on the next successful login.
"""

from __future__ import annotations

import functools
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from policywatch.db.connection import utcnow

ROLES = ("viewer", "reviewer", "admin")
# What each role may do, as Datasette permission names (see db/workspace.py).
READ = "view-instance"
REVIEW = "policywatch-review"
MANAGE_USERS = "policywatch-manage-users"
ROLE_ACTIONS = {
    "viewer": {READ},
    "reviewer": {READ, REVIEW},
    "admin": {READ, REVIEW, MANAGE_USERS},
}
MIN_PASSWORD = 8

_hasher = PasswordHasher()


class UserError(ValueError):
    """A user that cannot be added or removed, phrased for the person who asked."""


def allowed(role: str | None, action: str) -> bool:
    """Whether a user with ``role`` may do ``action`` (``False`` for no role)."""
    return action in ROLE_ACTIONS.get(role or "", set())


def has_users(db: Database) -> bool:
    """Users exist: the workspace then requires a login for everything."""
    return next(db.query("select 1 from users limit 1"), None) is not None


def list_users(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("select name, role, created_at from users order by name")]


def user_role(db: Database, name: str) -> str | None:
    row = next(db.query("select role from users where name = ?", [name]), None)
    return str(row["role"]) if row else None


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password is too short: use at least {MIN_PASSWORD} characters.")


def add_user(db: Database, name: str, role: str, password: str, *, replace: bool = False) -> None:
    """Store a user with a hash of ``password``; ``replace`` changes an existing one."""
    if role not in ROLES:
        raise UserError(f"role {role!r} is not one of: {', '.join(ROLES)}.")
    if not name or name != name.strip() or len(name) > 100:
        raise UserError(f"user name {name!r} must be 1-100 characters without outer spaces.")
    check_password(password)
    if user_role(db, name) is not None and not replace:
        raise UserError(f"user {name!r} already exists. Remove it first, or use --replace.")
    row = {
        "name": name,
        "role": role,
        "password_hash": _hasher.hash(password),
        "created_at": utcnow(),
    }
    with db.atomic():
        db.table("users").insert(row, replace=True)


def remove_user(db: Database, name: str) -> None:
    """Remove a user; their review events stay in the audit trail under their name."""
    if user_role(db, name) is None:
        raise UserError(f"no user {name!r}. See 'policywatch users list'.")
    with db.atomic():
        db.execute("delete from users where name = ?", [name])


def verify_login(db: Database, name: str, password: str) -> dict[str, str] | None:
    """The user if ``password`` is theirs, else ``None`` (same answer for an unknown name)."""
    row = next(db.query("select name, role, password_hash from users where name = ?", [name]), None)
    stored = row["password_hash"] if row else _dummy_hash()
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _hasher.check_needs_rehash(stored):
        with db.atomic():
            db.execute(
                "update users set password_hash = ? where name = ?",
                [_hasher.hash(password), name],
            )
    return {"name": row["name"], "role": row["role"]}


@functools.cache
def _dummy_hash() -> str:
    """Verifying unknown names against a real hash takes as long as known ones,
    so timing does not tell which names exist."""
    return _hasher.hash("policywatch: no such user")

"""``policywatch users``: who may log in to the workspace, and as what.

    policywatch users add ana --role reviewer                  # asks for the password twice
    printf '%s\\n' "$PW" | policywatch users add ci --role viewer --password-stdin
    policywatch users list
    policywatch users remove ana

Once a user exists, ``policywatch serve`` asks everyone to log in: viewers
read, reviewers also review changes, admins also manage users. Passwords are
stored only as Argon2 hashes.
"""

from __future__ import annotations

import json
import sys

import click

from policywatch.commands.common import UsageFailure, db_option
from policywatch.db import open_db

ROLE_CHOICE = click.Choice(["viewer", "reviewer", "admin"])


@click.group("users")
def users() -> None:
    """Workspace users and their roles (viewer, reviewer, admin)."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True, help="viewer | reviewer | admin.")
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
)
@click.option("--replace", is_flag=True, help="Change the role and password of an existing user.")
@db_option
def add(name: str, role: str, password_stdin: bool, replace: bool, db_path: str) -> None:
    """Add a user NAME with a role; the password is asked for (or read from stdin)."""
    from policywatch.db import users as store

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(
            f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True
        )
    db = open_db(db_path)
    try:
        store.add_user(db, name, role, password, replace=replace)
    except store.UserError as exc:
        raise UsageFailure(f"users add {name}: {exc}") from None
    finally:
        db.close()
    click.echo(f"User {name} ({role}) saved. 'policywatch serve' now asks for a login.")


@users.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
def list_command(fmt: str, db_path: str) -> None:
    """Every user with their role."""
    from policywatch.db import users as store

    db = open_db(db_path)
    rows = store.list_users(db)
    db.close()
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No users: 'policywatch serve' is read-only for anyone on this machine.")
        return
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        click.echo(f"{r['name']:<{width}}  {r['role']:<8}  added {r['created_at'][:10]}")


@users.command("remove")
@click.argument("name")
@db_option
def remove(name: str, db_path: str) -> None:
    """Remove user NAME (their review events stay in the audit trail)."""
    from policywatch.db import users as store

    db = open_db(db_path)
    try:
        store.remove_user(db, name)
        left = store.list_users(db)
    except store.UserError as exc:
        raise UsageFailure(f"users remove {name}: {exc}") from None
    finally:
        db.close()
    click.echo(f"User {name} removed.")
    if not left:
        click.echo("No users left: 'policywatch serve' is read-only again, with no login.")

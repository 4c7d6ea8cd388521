"""``policywatch serve``: browse the database in Datasette.

    policywatch serve --db policywatch.db              # http://127.0.0.1:8001/
    policywatch serve --host 0.0.0.0 --port 8080       # warns: visible on the network

Bound to 127.0.0.1 unless told otherwise, read-only from the web, with the
project's metadata, templates and plugin (see policywatch/db/web.py).
"""

from __future__ import annotations

import click

from policywatch.commands.common import UsageFailure, db_option

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path: str, host: str, port: int) -> None:
    """Open the database in Datasette (read-only; bound to 127.0.0.1 by default)."""
    from policywatch.db.web import CannotListen, listen, run_datasette

    try:
        sock = listen(host, port)
    except CannotListen as exc:
        raise UsageFailure(str(exc)) from None
    if host not in LOOPBACK and not _has_users(db_path):
        click.secho(
            f"Warning: serving on {host}: the data becomes visible on the network. Everyone who "
            f"can reach this machine on port {port} can read the tracked policies, changes and "
            "alerts (there is no login until 'policywatch users add' makes one). Use the "
            "default 127.0.0.1 to keep it on this machine.",
            fg="yellow",
            err=True,
        )
    elif host not in LOOPBACK:
        click.echo(
            f"Serving on {host}: every page asks for a login (see 'policywatch users list').",
            err=True,
        )
    _warn_pending_analysis(db_path)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {db_path} read-only on http://{shown}:{port}/ (Ctrl-C to stop)")
    run_datasette(db_path, sock=sock)


def _has_users(db_path: str) -> bool:
    from policywatch.db import open_db
    from policywatch.db.users import has_users

    db = open_db(db_path)
    try:
        return has_users(db)
    finally:
        db.close()


def _warn_pending_analysis(db_path: str) -> None:
    """The comparison shows 'analysis pending' for new versions: say how to fix it."""
    from policywatch.db import open_db
    from policywatch.db.analysis import pending_analysis

    db = open_db(db_path)
    pending = len(pending_analysis(db))
    db.close()
    if pending:
        click.echo(
            f"Note: {pending} versions have no topics and facts yet; the vendor comparison "
            f"shows them as 'analysis pending'. Run 'policywatch analyse --db {db_path}'.",
            err=True,
        )

"""``policywatch serve``: browse the database in Datasette."""

from __future__ import annotations

import click

from policywatch.commands.common import UsageFailure, db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path: str, host: str, port: int) -> None:
    """Open the database in Datasette (read-only; bound to 127.0.0.1 by default)."""
    from pathlib import Path

    from policywatch.db.web import run_datasette

    if not Path(db_path).exists():
        raise UsageFailure(
            f"{db_path}: no such database. Run 'policywatch crawl' or 'policywatch demo' first."
        )
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.secho(
            f"Warning: serving on {host}: everyone who can reach this machine on port "
            f"{port} can read the tracked policies and alerts.",
            fg="yellow",
            err=True,
        )
    run_datasette(db_path, host=host, port=port)

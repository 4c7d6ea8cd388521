"""``policywatch status``: is every watched document being fetched and read correctly?"""

from __future__ import annotations

import json
from typing import Any

import click

from policywatch.commands.common import EXIT_SOME_FAILED, db_option

FLAG_HELP = {
    "stale": "no successful fetch in --stale-after intervals",
    "failing": "--failing-after failed fetches in a row",
    "suspect": "the same suspect page (login wall, captcha, ...) --suspect-after times in a row",
    "removed": "the URL answers 404/410: the document was removed",
    "outdated": "the date the document states is more than 12 months old (CCPA: yearly)",
    "never_fetched": "not fetched yet",
}


@click.command("status")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--stale-after", default=3, show_default=True, help="Intervals without success.")
@click.option("--failing-after", default=3, show_default=True, help="Failures in a row.")
@click.option("--suspect-after", default=3, show_default=True, help="Same suspect result in a row.")
@click.option(
    "--ignore",
    "ignored",
    multiple=True,
    type=click.Choice(sorted(FLAG_HELP)),
    help="A flag that does not count for the exit code (repeatable), e.g. --ignore outdated.",
)
@click.option("--tag", help="Only documents of vendors with this tag, e.g. tier-1.")
def status(
    db_path: str,
    fmt: str,
    stale_after: int,
    failing_after: int,
    suspect_after: int,
    ignored: tuple[str, ...],
    tag: str | None,
) -> None:
    """Per document: last attempt and success, failures, version, stated date, flags.

    \b
    Flags:
      stale          no successful fetch in N intervals (--stale-after)
      failing        N failed fetches in a row (--failing-after)
      suspect        the same suspect page N times in a row: look at it, then
                     fix the URL or run 'policywatch crawl --accept-change'
      removed        the URL answers 404/410: the policy was removed
      outdated       stated date older than 12 months (CCPA asks for yearly updates)
      never_fetched  not fetched yet

    Exit code 0 when no document has a flag (except --ignore'd ones), 1 when
    some need attention (for monitoring), 2 when the database is missing.
    """
    from policywatch.db import open_db
    from policywatch.db.analysis import pending_analysis
    from policywatch.db.health import document_health
    from policywatch.db.review import document_vendors

    db = open_db(db_path)
    rows = document_health(
        db, stale_after=stale_after, failing_after=failing_after, suspect_after=suspect_after
    )
    pending = len(pending_analysis(db))
    owners = document_vendors(db)  # tags and owner per document (issue 18)
    db.close()
    if tag:
        rows = [r for r in rows if tag in owners[r.document_id]["tags"]]
    attention = [r for r in rows if set(r.flags) - set(ignored)]
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "documents": [{**r.to_dict(), **_owner(owners[r.document_id])} for r in rows],
                    "needs_attention": [r.document_id for r in attention],
                    "versions_pending_analysis": pending,
                },
                indent=2,
            )
        )
    else:
        _table(rows, owners)
        click.echo(f"{len(rows)} documents, {len(attention)} need attention.")
        if pending:
            click.echo(
                f"{pending} versions have no topics and facts yet: run 'policywatch analyse'."
            )
    if attention:
        raise SystemExit(EXIT_SOME_FAILED)


def _owner(vendor: dict[str, Any]) -> dict[str, Any]:
    return {"tags": vendor["tags"], "owner": vendor["owner"]}


def _table(rows: list[Any], owners: dict[int, dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in (
        "id",
        "vendor",
        "tags",
        "owner",
        "type",
        "last attempt",
        "last success",
        "fails",
        "HTTP",
        "version",
        "first seen",
        "stated",
        "flags",
    ):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(
            str(r.document_id),
            r.vendor,
            ", ".join(owners[r.document_id]["tags"]) or "-",
            owners[r.document_id]["owner"] or "-",
            r.doc_type,
            _short(r.last_attempt),
            _short(r.last_success),
            str(r.consecutive_failures),
            str(r.last_status or "-"),
            str(r.version or "-"),
            _short(r.version_first_seen),
            r.stated_date or "-",
            ", ".join(r.flags) or "ok",
        )
    Console(width=160).print(table)
    for r in rows:
        if r.flags and r.last_reason:
            click.echo(f"  document {r.document_id} ({r.url}): {r.last_reason}")


def _short(timestamp: str | None) -> str:
    return timestamp[:16].replace("T", " ") if timestamp else "-"

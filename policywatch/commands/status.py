"""``policywatch status``: is every watched document being fetched and read correctly?"""

from __future__ import annotations

import json
from typing import Any

import click

from policywatch.commands.common import EXIT_SOME_FAILED, db_option
from policywatch.core.vocabulary import DEFAULT_THRESHOLDS as DEFAULTS
from policywatch.core.vocabulary import Flag, Thresholds, needs_attention


@click.command("status")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--stale-after",
    default=DEFAULTS.stale_after,
    show_default=True,
    help="Intervals without success.",
)
@click.option(
    "--failing-after", default=DEFAULTS.failing_after, show_default=True, help="Failures in a row."
)
@click.option(
    "--suspect-after",
    default=DEFAULTS.suspect_after,
    show_default=True,
    help="Same suspect result in a row.",
)
@click.option(
    "--ignore",
    "ignored",
    multiple=True,
    type=click.Choice(sorted(f.value for f in Flag)),
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
      moved          the URL is gone or leads to the home page, and the site has
                     the document elsewhere (moved_to): check it, then
                     'policywatch vendors move ID URL'
      outdated       stated date older than 12 months (CCPA asks for yearly updates)
      never_fetched  not fetched yet
      never_succeeded  fetched, but never successfully: no version stored yet
      blocked        a bot challenge or bot wall answered: try 'render: browser'
      broken_url     404/410, no such host or TLS failure from the first fetch on:
                     fix the URL
      redirected     the URL redirects to another path or host (shown): check the
                     page and update the URL

    Alerts whose delivery failed (a channel down, or its ${VARIABLE} unset)
    are listed with their error: they stay pending and are retried.

    Exit code 0 when no document has a flag (except --ignore'd ones) and no
    alert is stuck, 1 when something needs attention (for monitoring), 2 when
    the database is missing.
    """
    from policywatch.db import open_db, outbox
    from policywatch.db.analysis import pending_analysis
    from policywatch.db.health import document_health
    from policywatch.db.review import document_vendors

    db = open_db(db_path)
    thresholds = Thresholds(
        stale_after=stale_after, failing_after=failing_after, suspect_after=suspect_after
    )
    rows = document_health(db, thresholds=thresholds)
    pending = len(pending_analysis(db))
    owners = document_vendors(db)  # tags and owner per document (issue 18)
    undelivered = outbox.undelivered(db)
    db.close()
    if tag:
        rows = [r for r in rows if tag in owners[r.document_id]["tags"]]
    attention = [r for r in rows if needs_attention(r.flags, ignored)]
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "documents": [{**r.to_dict(), **_owner(owners[r.document_id])} for r in rows],
                    "needs_attention": [r.document_id for r in attention],
                    "versions_pending_analysis": pending,
                    "alerts_undelivered": undelivered,
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
        for group in undelivered:
            click.echo(
                f"{group['alerts']} alert(s) to channel {group['channel']!r} not delivered"
                f" (pending since {_short(group['oldest'])}): {group['last_error']}"
            )
    if attention or undelivered:
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
        "via",
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
            r.last_render or "-",
            str(r.version or "-"),
            _short(r.version_first_seen),
            r.stated_date or "-",
            ", ".join(r.flags) or "ok",
        )
    Console(width=160).print(table)
    for r in rows:
        if r.flags and r.last_reason:
            click.echo(f"  document {r.document_id} ({r.url}): {r.last_reason}")
        if r.redirected_to:
            click.echo(f"  document {r.document_id} ({r.url}): redirected to {r.redirected_to}")
        if r.moved_to:
            click.echo(
                f"  document {r.document_id} moved? found at {r.moved_to}:"
                f" policywatch vendors move {r.document_id} {r.moved_to}"
            )


def _short(timestamp: str | None) -> str:
    return timestamp[:16].replace("T", " ") if timestamp else "-"

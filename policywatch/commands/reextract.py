"""``policywatch reextract``: re-run extraction over stored raw snapshots."""

from __future__ import annotations

import click

from policywatch.commands.common import UsageFailure, db_option


@click.command("reextract")
@db_option
@click.option(
    "--document",
    "document_ids",
    type=int,
    multiple=True,
    help="Only this document id (repeatable; see the documents table).",
)
def reextract_command(db_path: str, document_ids: tuple[int, ...]) -> None:
    """Re-extract each document's latest version from its stored raw snapshot.

    Use after upgrading policywatch: a text that comes out differently is
    stored as a new version marked as a re-extraction (origin 'reextract'),
    never as a vendor change, and never alerts.
    """

    from policywatch.db import open_db
    from policywatch.db.catalog import document_ids as existing
    from policywatch.reextract import reextract

    db = open_db(db_path)
    known = set(existing(db, list(document_ids)))
    missing = [d for d in document_ids if d not in known]
    if missing:
        raise UsageFailure(
            f"no document with id {', '.join(map(str, missing))} in {db_path}. "
            "See 'policywatch vendors list'."
        )
    counts: dict[str, int] = {}
    for result in reextract(db, list(document_ids) or None):
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
        if result.outcome in ("new_version", "failed"):
            detail = result.verdict or result.detail
            click.echo(f"document {result.document_id}: {result.outcome} ({detail})")
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counts.items()))
    click.echo(f"Re-extracted: {summary or 'no documents'}.")

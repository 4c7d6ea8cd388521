"""``policywatch reextract``: re-run extraction over stored raw snapshots."""

from __future__ import annotations

from typing import Any

import click

from policywatch.commands.common import EXIT_SOME_FAILED, UsageFailure, db_option


@click.command("reextract")
@db_option
@click.option(
    "--document",
    "document_ids",
    type=int,
    multiple=True,
    help="Only this document id (repeatable; see the documents table).",
)
@click.option(
    "--repair",
    is_flag=True,
    help="Instead: rebuild every damaged version text (any version, not only the"
    " latest) from its raw snapshot, and say which could not be.",
)
def reextract_command(db_path: str, document_ids: tuple[int, ...], repair: bool) -> None:
    """Re-extract each document's latest version from its stored raw snapshot.

    Use after upgrading policywatch: a text that comes out differently is
    stored as a new version marked as a re-extraction (origin 'reextract'),
    never as a vendor change, and never alerts.

    --repair: a version whose stored text is damaged ("its stored text
    (versions.text_z) is not readable") gets the text re-extracted from its
    snapshot, if that is the very text it had; nothing else changes. Exit 1
    if some could not be repaired.
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
    if repair:
        _repair(db, list(document_ids) or None)
        return
    counts: dict[str, int] = {}
    for result in reextract(db, list(document_ids) or None):
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
        if result.outcome in ("new_version", "failed"):
            detail = result.verdict or result.detail
            click.echo(f"document {result.document_id}: {result.outcome} ({detail})")
    summary = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counts.items()))
    click.echo(f"Re-extracted: {summary or 'no documents'}.")


def _repair(db: Any, document_ids: list[int] | None) -> None:
    """One line per damaged version text (stderr if it could not be repaired), then a count."""
    from policywatch.recorder.repair import repair_texts

    repaired = failed = 0
    for result in repair_texts(db, document_ids):
        click.echo(str(result), err=not result.repaired)
        repaired, failed = repaired + result.repaired, failed + (not result.repaired)
    if not repaired + failed:
        click.echo("No damaged version texts.")
        return
    click.echo(f"Repaired {repaired} damaged version texts, {failed} not repaired.")
    if failed:
        raise SystemExit(EXIT_SOME_FAILED)

"""``policywatch changes``: the changes a team reviews, filtered, with their review state.

    policywatch changes --unreviewed --verdict material        # this week's work
    policywatch changes --tag tier-1 --since 2024-01-01 --format csv > tier1.csv
    policywatch changes --vendor fusetools --format json

The verdict shown and filtered on is the one in force: a reviewer's
override wins over policywatch's, which is kept as ``original_verdict``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from policywatch.commands.common import DAY, UsageFailure, db_option
from policywatch.db import open_db

CSV_COLUMNS = (
    "change_id",
    "detected_at",
    "vendor_slug",
    "vendor",
    "tags",
    "owner",
    "doc_type",
    "document_id",
    "version",
    "verdict",
    "original_verdict",
    "override_reason",
    "categories",
    "review_status",
    "assignee",
    "reviewed_by",
    "reviewed_at",
    "note",
    "objection_deadline",
    "summary",
)


@click.command("changes")
@click.option("--unreviewed", is_flag=True, help="Only changes nobody has reviewed yet.")
@click.option(
    "--status",
    type=click.Choice(["new", "acknowledged", "dismissed", "escalated", "not_needed"]),
    help="Only changes in this review state.",
)
@click.option(
    "--verdict",
    type=click.Choice(["cosmetic", "editorial", "material"]),
    help="Only this verdict (an override counts).",
)
@click.option("--tag", help="Only vendors with this tag, e.g. tier-1.")
@click.option("--vendor", "vendor_slug", metavar="SLUG", help="Only this vendor.")
@click.option("--since", type=DAY, help="Detected on or after this day.")
@click.option("--until", type=DAY, help="Detected on or before this day.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (newest first).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@db_option
def changes_command(
    unreviewed: bool,
    status: str | None,
    verdict: str | None,
    tag: str | None,
    vendor_slug: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    fmt: str,
    db_path: str,
) -> None:
    """List changes, newest first, with verdict, tags, owner and review state."""
    from policywatch.db.catalog import unknown_vendor_slugs
    from policywatch.db.review import ChangeFilter, list_changes

    db = open_db(db_path)
    try:
        if vendor_slug and unknown_vendor_slugs(db, (vendor_slug,)):
            raise UsageFailure(
                f"--vendor {vendor_slug}: no such vendor ('policywatch vendors list')."
            )
        rows = list_changes(
            db,
            ChangeFilter(
                unreviewed=unreviewed,
                status=status,
                verdict=verdict,
                tag=tag,
                vendor=vendor_slug,
                since=since,
                until=until,
                limit=limit,
            ),
        )
    finally:
        db.close()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(to_csv(rows), nl=False)
    else:
        _table(rows)


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {**row, "tags": "; ".join(row["tags"]), "categories": "; ".join(row["categories"])}
        )
    return buffer.getvalue()


def _table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in (
        "id",
        "detected",
        "vendor",
        "tags",
        "owner",
        "type",
        "verdict",
        "review",
        "assignee",
        "deadline",
        "summary",
    ):
        table.add_column(column, overflow="fold")
    for r in rows:
        verdict = r["verdict"]
        if r["verdict_override"]:
            verdict += f" (was {r['original_verdict']})"
        review = r["review_status"].replace("_", " ")
        if r["reviewed_by"]:
            review += f" by {r['reviewed_by']}"
        table.add_row(
            str(r["change_id"]),
            r["detected_at"][:10],
            r["vendor_slug"],
            ", ".join(r["tags"]) or "-",
            r["owner"] or "-",
            r["doc_type"],
            verdict,
            review,
            r["assignee"] or "-",
            r["objection_deadline"] or "-",
            r["summary"] or "",
        )
    Console(width=200).print(table)
    unreviewed = sum(1 for r in rows if r["review_status"] == "new")
    click.echo(f"{len(rows)} changes, {unreviewed} unreviewed.")

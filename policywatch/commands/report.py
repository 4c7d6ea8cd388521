"""``policywatch report``: the audit report of a period, as printable HTML or CSV.

    policywatch report --since 2024-01-01 --until 2024-03-31 --format html > q1.html
    policywatch report --since 2024-01-01 --tag tier-1 --format csv --output q1.csv

Every change detected in the period (days inclusive, UTC) with vendor,
document, verdict (and any override with its reason), the reasons with the
quoted evidence, the review state and every review event: who, when, what.
The workspace shows the same report at ``/-/policywatch/report``.
"""

from __future__ import annotations

from pathlib import Path

import click

from policywatch.commands.common import DAY, UsageFailure, db_option
from policywatch.db import open_db


@click.command("report")
@click.option("--since", required=True, type=DAY, help="First day of the period.")
@click.option("--until", type=DAY, help="Last day of the period (default: today).")
@click.option("--tag", help="Only vendors with this tag.")
@click.option("--format", "fmt", type=click.Choice(["html", "csv"]), required=True)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file, not stdout."
)
@click.option("--base-url", help="Link each change to the workspace, e.g. https://pw.internal.")
@db_option
def report_command(
    since: str,
    until: str | None,
    tag: str | None,
    fmt: str,
    output: str | None,
    base_url: str | None,
    db_path: str,
) -> None:
    """Every change of a period with verdict, reasons, review state and who reviewed it."""
    from policywatch.db.report import build_report, report_csv, report_html

    if until and until < since:  # both YYYY-MM-DD
        raise UsageFailure(f"--until {until} is before --since {since}.")
    db = open_db(db_path)
    try:
        report = build_report(db, since=since, until=until, tag=tag)
    finally:
        db.close()
    if fmt == "csv":
        body = report_csv(report)
    else:
        link = f"{base_url.rstrip('/')}/-/policywatch/change/{{}}" if base_url else None
        body = report_html(report, change_url=link)
    if output:
        Path(output).write_text(body, encoding="utf-8")
        click.echo(f"Wrote {len(report.changes)} changes to {output}.", err=True)
    else:
        click.echo(body, nl=False)

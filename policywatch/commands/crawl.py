"""``policywatch crawl``: fetch documents, record versions, diffs and alerts."""

from __future__ import annotations

import click

from policywatch.commands.common import EXIT_SOME_FAILED, UsageFailure, db_option


@click.command("crawl")
@db_option
@click.option(
    "--vendors",
    "vendors_file",
    envvar="POLICYWATCH_VENDORS",
    type=click.Path(dir_okay=False),
    help="Vendors YAML file to sync before crawling (env: POLICYWATCH_VENDORS).",
)
@click.option("--vendor", "vendor_slugs", multiple=True, help="Only this vendor (repeatable).")
@click.option("--no-alerts", is_flag=True, help="Do not deliver alerts at the end.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per document.")
def crawl(
    db_path: str,
    vendors_file: str | None,
    vendor_slugs: tuple[str, ...],
    no_alerts: bool,
    verbose: bool,
) -> None:
    """Fetch every active document, store new versions and judge each change.

    Exit code 0 when every document was fetched, 1 when some failed (the
    others are still stored), 2 for usage or configuration errors.
    """
    from policywatch.config import ConfigError, load_vendors_file
    from policywatch.crawler.run import run_crawl
    from policywatch.db import open_db
    from policywatch.db.catalog import crawl_targets, sync_vendors, unknown_vendor_slugs

    channels = []
    db = open_db(db_path)
    if vendors_file:
        try:
            config = load_vendors_file(vendors_file)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from exc
        sync_vendors(db, config)
        channels = config.alerts
    unknown = unknown_vendor_slugs(db, vendor_slugs)
    if unknown:
        raise UsageFailure(
            f"unknown vendor {', '.join(unknown)}. See 'policywatch vendors list' for slugs."
        )
    targets = crawl_targets(db, vendor_slugs)
    db.close()
    if not targets:
        click.echo("Nothing to crawl: add vendors with 'policywatch vendors sync FILE'.")
        return
    recorded = run_crawl(db_path, targets, channels=channels)
    failed = [r for r in recorded if not r.ok]
    new = [r for r in recorded if r.version_id and r.outcome == "new_version"]
    if verbose:
        for r in recorded:
            line = f"document {r.document_id}: {r.outcome}"
            if r.verdict:
                line += f" ({r.verdict}) {r.summary or ''}"
            if r.reason:
                line += f" - {r.reason}"
            click.echo(line)
    missing = len(targets) - len(recorded)
    click.echo(
        f"Crawled {len(recorded)} documents: {len(new)} new versions, "
        f"{len(failed) + missing} failed."
    )
    if failed or missing:
        raise SystemExit(EXIT_SOME_FAILED)

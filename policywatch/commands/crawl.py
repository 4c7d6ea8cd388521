"""``policywatch crawl``: fetch documents, record versions, diffs and alerts.

Made for cron: one crawl per database at a time (a lock), only the due
documents with ``--due``, silent on success when not on a terminal (cron mails
any output), a progress bar on a terminal.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from policywatch.commands.common import (
    EXIT_SOME_FAILED,
    UsageFailure,
    db_option,
    fetch_settings,
    require_database,
)

# sysexits.h EX_TEMPFAIL: "try again later"; another crawl holds the lock.
EXIT_LOCKED = 75


@click.command("crawl")
@db_option(when_used=True)
@click.option(
    "--vendors",
    "vendors_file",
    envvar="POLICYWATCH_VENDORS",
    type=click.Path(dir_okay=False),
    help="Vendors YAML file to sync before crawling (env: POLICYWATCH_VENDORS); "
    "without it, the vendors and alert channels of the last sync.",
)
@click.option("--vendor", "vendor_slugs", multiple=True, help="Only this vendor (repeatable).")
@click.option("--due", is_flag=True, help="Only documents whose interval has passed (for cron).")
@click.option("--no-alerts", is_flag=True, help="Do not deliver alerts at the end.")
@click.option(
    "--accept-change",
    is_flag=True,
    help="Record pages even if they differ too much from the previous version or do not "
    "read as a document of their type (after checking a document that 'status' flags "
    "as suspect or not_a_policy; --vendor limits it to one vendor).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Processes that extract, check and diff pages while downloads go on "
    "(default for crawls of 20+ documents: cores - 1, at least 1; 0: none). "
    "Each worker needs about 150 MB.",
)
@click.option(
    "-v", "--verbose", count=True, help="-v: a one-line summary; -vv: one line per document."
)
@click.option(
    "--debug", is_flag=True, help="Also print Scrapy's own log (every request, tracebacks)."
)
# For a caller that runs 'policywatch analyse' itself next ('policywatch demo'):
# the hint to run it would tell the user to do what is about to happen.
@click.option("--analyse-next", is_flag=True, hidden=True)
def crawl(
    db_path: str,
    vendors_file: str | None,
    vendor_slugs: tuple[str, ...],
    due: bool,
    no_alerts: bool,
    accept_change: bool,
    workers: int | None,
    verbose: int,
    debug: bool,
    analyse_next: bool,
) -> None:
    """Fetch active documents, store new versions and judge each change.

    \b
    Exit codes:
      0   every document was fetched (or nothing was due)
      1   some documents failed (the others are stored); they are listed,
          as is a damaged stored text met (the new fetch is stored, undiffed)
      2   usage or configuration error
      75  another crawl holds the lock on this database (nothing done)

    \b
    From cron, hourly (quiet unless something fails), then the comparison's
    topics and facts of the new versions (see 'policywatch analyse'):
      0 * * * *  policywatch crawl --due --db /var/lib/policywatch/policywatch.db \\
                   --vendors /etc/policywatch/vendors.yaml; \\
                 policywatch analyse --db /var/lib/policywatch/policywatch.db

    Private, loopback and link-local addresses are refused unless allowed by
    'crawl: allow_networks: [10.0.0.0/8]' in the vendors file or by
    POLICYWATCH_ALLOW_NETWORKS=10.0.0.0/8 (comma-separated CIDRs).
    """
    from policywatch.lock import LockHeld, crawl_lock

    # A crawl starts a new database only from a vendors file (what to watch).
    require_database(db_path, create=vendors_file is not None)
    try:
        with crawl_lock(db_path):
            failed = _crawl(
                db_path,
                vendors_file,
                vendor_slugs,
                due,
                no_alerts,
                accept_change,
                workers,
                verbose,
                debug,
                analyse_hint=not analyse_next,
            )
    except LockHeld as exc:
        click.echo(f"policywatch crawl: {exc}", err=True)
        raise SystemExit(EXIT_LOCKED) from None
    if failed:
        raise SystemExit(EXIT_SOME_FAILED)


def _crawl(
    db_path: str,
    vendors_file: str | None,
    vendor_slugs: tuple[str, ...],
    due: bool,
    no_alerts: bool,
    accept_change: bool,
    workers: int | None,
    verbose: int,
    debug: bool = False,
    *,
    analyse_hint: bool = True,
) -> bool:
    """Sync, crawl, deliver; return whether any document failed or met a damaged stored text."""
    from policywatch.alerts.channels import ChannelError, parse_channels
    from policywatch.config import ConfigError, load_vendors_file
    from policywatch.crawler.run import run_crawl
    from policywatch.db import open_db
    from policywatch.db.catalog import crawl_targets, sync_vendors, unknown_vendor_slugs
    from policywatch.db.outbox import stored_channels

    channels: list[dict[str, Any]] = []
    crawl_config: dict[str, Any] = {}
    config = None
    if vendors_file:
        try:
            config = load_vendors_file(vendors_file)
        except ConfigError as exc:
            raise UsageFailure(str(exc)) from exc
        channels, crawl_config = config.alerts, config.crawl
    settings = fetch_settings(crawl_config)
    settings["POLICYWATCH_RELATIVE_CHECKS"] = not accept_change
    if workers is not None:
        settings["POLICYWATCH_WORKERS"] = workers
    if debug:
        # Otherwise every failure is reported once, in one line of our words, below.
        settings["LOG_LEVEL"] = "DEBUG"
    db = open_db(db_path)
    if config is not None:
        sync_vendors(db, config)
    else:
        # The channels the last 'vendors sync' stored: a change is never left unannounced.
        channels = stored_channels(db)
        try:
            parse_channels(channels, source=f"{db_path} (channels of the last 'vendors sync')")
        except ChannelError as exc:
            raise UsageFailure(f"{exc} Run 'policywatch vendors sync FILE' again.") from exc
    unknown = unknown_vendor_slugs(db, vendor_slugs)
    if unknown:
        raise UsageFailure(
            f"unknown vendor {', '.join(unknown)}. See 'policywatch vendors list' for slugs."
        )
    targets = crawl_targets(db, vendor_slugs, due_only=due)
    db.close()
    interactive = sys.stdout.isatty()
    if not targets:
        if interactive or verbose:
            click.echo("Nothing due." if due else "Nothing to crawl: add vendors first.")
        return False
    with Progress(len(targets), enabled=interactive) as progress:
        recorded = run_crawl(
            db_path, targets, channels=channels, settings=settings, on_recorded=progress.update
        )
    problems = [r for r in recorded if not r.ok and not r.known]
    by_id = {t["document_id"]: t for t in targets}
    # stderr holds one line per failed document (cron mails it); -vv adds the rest on stdout.
    for r in recorded:
        failed = not r.ok and not r.known
        # A new address found for a document already reported gone is news too, and
        # a damaged stored text (the fetch is kept, but read without comparing).
        news = bool(r.moved_to or r.unreadable_version)
        if failed or news or verbose >= 2:
            click.echo(_line(by_id[r.document_id], r), err=failed or news)
    unrecorded = by_id.keys() - {r.document_id for r in recorded}
    for document_id in sorted(unrecorded):
        click.echo(
            f"{_document(by_id[document_id])}: not recorded: the crawl stopped before storing"
            " it; run again with --debug to see why",
            err=True,
        )
    missing = len(unrecorded)
    new = sum(1 for r in recorded if r.outcome == "new_version")
    from policywatch.db.textstore import REPAIR_HINT

    damaged = sum(1 for r in recorded if r.unreadable_version is not None)
    if interactive or verbose or problems or missing or damaged:
        click.echo(
            f"Crawled {len(recorded)} documents: {new} new versions, "
            f"{len(problems) + missing} failed"
            + (f", {damaged} with a damaged stored text ({REPAIR_HINT})." if damaged else ".")
        )
    if new and (interactive or verbose) and analyse_hint:
        click.echo("Run 'policywatch analyse' to add their topics and facts to the comparison.")
    if not no_alerts and channels:
        _deliver(db_path, channels, verbose)
    # A damaged stored text is a failure to report (exit 1) though the fetch is kept.
    return bool(problems or missing or damaged)


def _document(target: dict[str, Any]) -> str:
    """How a crawl's output names a document: its vendor and its URL."""
    return f"{target['vendor_slug']} {target['url']}"


def _line(target: dict[str, Any], r: Any) -> str:
    line = f"{_document(target)}: {r.outcome}"
    if r.render == "browser":
        line += " (rendered in the browser)"
    if r.redirected_to:
        line += f" (redirected to {r.redirected_to})"
    if r.verdict:
        line += f" ({r.verdict}) {r.summary or ''}"
    if r.reason:
        line += f" - {r.reason}"
    if r.moved_to:
        line += (
            f"; found on its site at {r.moved_to}:"
            f" policywatch vendors move {r.document_id} {r.moved_to}"
        )
    return line


def _deliver(db_path: str, channels: list[dict[str, Any]], verbose: int) -> None:
    from policywatch.alerts.delivery import send_pending
    from policywatch.db import open_db

    db = open_db(db_path)
    try:
        report = send_pending(db, channels)
    finally:
        db.close()
    # A failed send says why (a channel down, a ${VARIABLE} unset): cron mails it.
    for line in report.lines(failed_only=verbose < 2):
        click.echo(line, err=not report.ok)
    if verbose or not report.ok:
        click.echo(str(report), err=not report.ok)


class Progress:
    """A rich progress bar with outcome counts, on a terminal only."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.counts: dict[str, int] = {}
        self.bar: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self.bar = Bar(
                TextColumn("crawl"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        return self

    def update(self, recorded: Any) -> None:
        self.counts[recorded.outcome] = self.counts.get(recorded.outcome, 0) + 1
        if self.bar is not None:
            text = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
            self.bar.update(self.task, advance=1, description=text)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

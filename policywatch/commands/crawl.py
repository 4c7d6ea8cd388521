"""``policywatch crawl``: fetch documents, record versions, diffs and alerts.

Made for cron: one crawl per database at a time (a lock), only the due
documents with ``--due``, silent on success when not on a terminal (cron mails
any output), a progress bar on a terminal.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from policywatch.commands.common import EXIT_SOME_FAILED, UsageFailure, db_option

# sysexits.h EX_TEMPFAIL: "try again later"; another crawl holds the lock.
EXIT_LOCKED = 75
ALLOW_ENV = "POLICYWATCH_ALLOW_NETWORKS"


@click.command("crawl")
@db_option
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
    help="Record pages even if they differ too much from the previous version "
    "(after checking a document that 'status' flags as suspect).",
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
def crawl(
    db_path: str,
    vendors_file: str | None,
    vendor_slugs: tuple[str, ...],
    due: bool,
    no_alerts: bool,
    accept_change: bool,
    workers: int | None,
    verbose: int,
) -> None:
    """Fetch active documents, store new versions and judge each change.

    \b
    Exit codes:
      0   every document was fetched (or nothing was due)
      1   some documents failed (the others are stored); they are listed
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

    try:
        with crawl_lock(db_path):
            failed = _crawl(
                db_path, vendors_file, vendor_slugs, due, no_alerts, accept_change, workers, verbose
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
) -> bool:
    """Sync, crawl, deliver; return whether any document failed."""
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
    settings = scrapy_settings(crawl_config, os.environ.get(ALLOW_ENV, ""))
    settings["POLICYWATCH_RELATIVE_CHECKS"] = not accept_change
    if workers is not None:
        settings["POLICYWATCH_WORKERS"] = workers
    if verbose < 2:
        # Every failure is reported once, in our words, below; Scrapy's own
        # error lines (with tracebacks) would make cron mail them twice.
        settings["LOG_LEVEL"] = "CRITICAL"
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
    rendered = [t["url"] for t in targets if t.get("render") == "browser"]
    if rendered:
        # Not built yet: running a vendor's JavaScript needs a sandboxed browser.
        click.echo(
            f"policywatch crawl: 'render: browser' is not supported yet; fetching "
            f"{len(rendered)} document(s) without JavaScript: {', '.join(rendered[:3])}",
            err=True,
        )
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
    missing = len(targets) - len(recorded)
    new = sum(1 for r in recorded if r.outcome == "new_version")
    if verbose >= 2:
        for r in recorded:
            click.echo(_line(r))
    else:
        # cron mails whatever is printed: only what a person must act on.
        for r in problems:
            click.echo(_line(r), err=True)
    if missing:
        click.echo(
            f"{missing} documents were not recorded; run again with -vv to see why.", err=True
        )
    if interactive or verbose or problems or missing:
        click.echo(
            f"Crawled {len(recorded)} documents: {new} new versions, "
            f"{len(problems) + missing} failed."
        )
    if new and (interactive or verbose):
        click.echo("Run 'policywatch analyse' to add their topics and facts to the comparison.")
    if not no_alerts and channels:
        _deliver(db_path, channels, verbose)
    return bool(problems or missing)


def scrapy_settings(crawl: dict[str, Any], env_networks: str) -> dict[str, Any]:
    """Scrapy settings from the vendors file's ``crawl:`` section and the environment."""
    from policywatch.crawler.middlewares import parse_networks

    try:
        from_env = [str(n) for n in parse_networks(env_networks)]
    except ValueError as exc:
        raise UsageFailure(
            f"{ALLOW_ENV}={env_networks!r}: {exc}. Give comma-separated CIDRs, e.g. 127.0.0.0/8."
        ) from None
    settings: dict[str, Any] = {
        "POLICYWATCH_ALLOW_NETWORKS": [*crawl.get("allow_networks", []), *from_env]
    }
    for key, setting in (
        ("timeout", "DOWNLOAD_TIMEOUT"),
        ("retries", "RETRY_TIMES"),
        ("retry_after_max", "RETRY_AFTER_MAX"),
        ("concurrency_per_domain", "CONCURRENT_REQUESTS_PER_DOMAIN"),
    ):
        if key in crawl:
            settings[setting] = crawl[key]
    return settings


def _line(r: Any) -> str:
    line = f"document {r.document_id}: {r.outcome}"
    if r.verdict:
        line += f" ({r.verdict}) {r.summary or ''}"
    if r.reason:
        line += f" - {r.reason}"
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

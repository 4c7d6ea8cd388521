"""``policywatch analyse``: topics and facts of stored versions, for the comparison."""

from __future__ import annotations

import os
import sys
import time

import click

from policywatch.commands.common import db_option

# Fewer pending versions than this are analysed here: workers take a second to start.
PARALLEL_FROM = 20


@click.command("analyse")
@db_option
@click.option(
    "--all",
    "redo_all",
    is_flag=True,
    help="Analyse every version again, not only those without topics and facts.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Processes that analyse while this one writes (default for 20+ versions: "
    "one per core; 0: none).",
)
def analyse_command(db_path: str, redo_all: bool, workers: int | None) -> None:
    """Read topics and facts from the versions that have none yet.

    The crawl stores versions, diffs and alerts and leaves this slower
    reading (retention periods, countries, certifications, topics of each
    section) to this command, so downloads never wait for it. The vendor
    comparison (the compare_vendors query, 'policywatch compare') uses it;
    until then a version shows as 'analysis pending'. Run it after each crawl:

    \b
      policywatch crawl --due; policywatch analyse

    Each version is committed on its own: stop it at any time and the next
    run goes on where it stopped. Versions read by an older policywatch's
    rules count as not analysed; --all reads every version again.
    """

    from policywatch.db import open_db
    from policywatch.db.analysis import pending_analysis
    from policywatch.recorder.analysis import analyse_pending

    db = open_db(db_path)
    total = len(pending_analysis(db, force=redo_all))
    if workers is None:
        workers = (os.cpu_count() or 1) if total >= PARALLEL_FROM else 0
    start = time.perf_counter()
    with click.progressbar(
        length=total,
        label="Analysing",
        file=sys.stderr,
        show_pos=True,
        hidden=not sys.stderr.isatty(),
    ) as bar:
        count = analyse_pending(db, force=redo_all, workers=workers, on_progress=bar.update)
    elapsed = time.perf_counter() - start
    noun = "version" if count == 1 else "versions"
    click.echo(f"Analysed {count} {noun} in {elapsed:.1f} s." if count else "Nothing to analyse.")

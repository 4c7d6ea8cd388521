"""Crawl throughput: a bare Scrapy spider vs ``policywatch crawl``, side by side.

    .venv/bin/python benchmarks/crawl.py [--docs 1000] [--kb 50]
    .venv/bin/python benchmarks/crawl.py --guard --memory-docs 10000   # issue 8
    .venv/bin/python benchmarks/crawl.py --browser [--docs 20]        # issue 16

Serves N generated policy pages of about K KB each on 127.0.0.1, then in one
run measures:

1. a bare Scrapy spider with the same politeness settings that only downloads;
2. ``policywatch crawl`` (download, snapshot, extract, guard, version, diff,
   alert outbox) into a fresh database;
3. ``policywatch analyse``, the stage after it that reads topics and facts for
   the vendor comparison, and the crawl and analysis together;
4. ``policywatch crawl`` again with nothing changed: new versions (must be 0)
   and database growth per document (target < 1 KB).

Both crawls run as subprocesses, timed wall-clock including start-up, so the
ratio compares what a cron job would see. Machines here are noisy: read the
ratio, not the absolute numbers.

The jobs are in :mod:`benchmarks.crawl_jobs`, one module each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.crawl_jobs import browser, guard_cost, memory, throughput


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents for the throughput run")
    parser.add_argument("--kb", type=int, default=50, help="size of each page")
    parser.add_argument(
        "--memory-docs",
        type=int,
        default=0,
        help="instead: peak resident memory of a crawl of this many documents",
    )
    parser.add_argument("--guard", action="store_true", help="instead: the guard's cost per page")
    parser.add_argument(
        "--browser",
        action="store_true",
        help="instead: pages built by scripts, rendered in Chromium (render: auto), against"
        " the same pages sent as HTML: median fetch-to-version time and peak memory",
    )
    return parser.parse_args()


if __name__ == "__main__":
    options = parse_args()
    if options.guard:
        guard_cost()
    if options.memory_docs:
        memory(options.memory_docs, options.kb)
    if options.browser:
        browser(options.docs if options.docs != 1000 else 20, options.kb)
    if not (options.guard or options.memory_docs or options.browser):
        throughput(options.docs, options.kb)

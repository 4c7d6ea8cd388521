"""Fetch a few URLs once, the way the crawl fetches: one Scrapy run, nothing recorded.

    results = fetch_urls(["https://vendor.example/privacy"], settings={
        "POLICYWATCH_ALLOW_NETWORKS": ["10.0.0.0/8"]})
    results[0].status, results[0].body, results[0].error   # FetchResults, in order

For URLs given on the command line (``policywatch extract|diff|compare URL``):
the crawl's settings, downloader middlewares and spider, so the same address
guard, robots.txt rules, user agent, size, redirect and retry limits apply,
and no item pipeline, so nothing is written. Twisted's reactor starts once
per process, so each call runs Scrapy in a fresh child process (about a
second); give every URL of a command in one call.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from policywatch.core.model import FetchResult

# Overrides of the crawl's settings for a one-shot fetch: no pipeline (nothing
# is recorded), no validators to send, no worker processes.
ONE_SHOT = {
    "ITEM_PIPELINES": {},
    "POLICYWATCH_CONDITIONAL_REQUESTS": False,
    "POLICYWATCH_WORKERS": 0,
}


def fetch_urls(urls: Sequence[str], *, settings: dict[str, Any] | None = None) -> list[FetchResult]:
    """One :class:`FetchResult` per URL, in order; ``settings`` override the crawl's.

    A URL the guard or robots.txt refuses, or that cannot be downloaded,
    comes back with ``error`` set (the reason in words), never as an exception.
    """
    if not urls:
        return []
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as child:
        return child.submit(fetch_in_this_process, list(urls), settings or {}).result()


def fetch_in_this_process(urls: list[str], settings: dict[str, Any]) -> list[FetchResult]:
    """Run the one-shot crawl here (once per process: it starts Twisted's reactor)."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from policywatch.crawler.settings import SETTINGS
    from policywatch.crawler.spiders.policies import PolicySpider
    from policywatch.db.connection import utcnow

    process = CrawlerProcess({**SETTINGS, **ONE_SHOT, **settings})
    crawler = process.create_crawler(PolicySpider)
    fetched: dict[int, FetchResult] = {}

    def keep(item: Any, **kwargs: Any) -> None:
        if isinstance(item, FetchResult):
            fetched[item.document_id] = item

    crawler.signals.connect(keep, signal=signals.item_scraped, weak=False)
    # The spider's targets are documents; here a URL's position stands for its id.
    process.crawl(crawler, targets=[{"document_id": i, "url": u} for i, u in enumerate(urls)])
    process.start()
    return [
        fetched.get(i)
        or FetchResult(
            document_id=i,
            url=url,
            started_at=utcnow(),
            error="not fetched: the fetch stopped before this URL (a bug: please report it)",
        )
        for i, url in enumerate(urls)
    ]

"""Run the crawl in-process: the one place that starts Scrapy.

recorded = run_crawl("policywatch.db", targets, settings={"DOWNLOAD_TIMEOUT": 10},
                     on_recorded=lambda recorded: print(recorded.outcome))
found = run_discovery(["acme.example"])["acme.example"].best("privacy_policy")
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from policywatch.extract.discovery import Discovery
from policywatch.recorder import Recorded

# Crawls of at least this many documents prepare pages in worker processes.
PARALLEL_FROM = 20


def _workers(targets: int) -> int:
    """For big crawls, a worker per core but one, which is left to the crawl
    process (downloads and writes); ``settings`` may override."""
    return max(1, (os.cpu_count() or 1) - 1) if targets >= PARALLEL_FROM else 0


def run_crawl(
    db_path: str,
    targets: list[dict[str, Any]],
    *,
    channels: list[dict[str, Any]] | None = None,
    settings: dict[str, Any] | None = None,
    on_recorded: Callable[[Recorded], None] | None = None,
) -> list[Recorded]:
    """Fetch ``targets`` (rows from ``crawl_targets``) and record every result.

    ``on_recorded`` is called after each document is committed (progress).
    Twisted's reactor starts once per process, so call this once per process.
    """
    from scrapy.crawler import CrawlerProcess

    from policywatch.crawler.pipelines import document_recorded
    from policywatch.crawler.settings import SETTINGS
    from policywatch.crawler.spiders.policies import PolicySpider

    merged = {
        **SETTINGS,
        "POLICYWATCH_DB": db_path,
        "POLICYWATCH_CHANNELS": channels or [],
        # Worker processes take a second to start: worth it for big crawls only.
        "POLICYWATCH_WORKERS": _workers(len(targets)),
        **(settings or {}),
    }
    process = CrawlerProcess(merged)
    crawler = process.create_crawler(PolicySpider)
    if on_recorded is not None:

        def relay(recorded: Recorded, **kwargs: Any) -> None:
            on_recorded(recorded)

        crawler.signals.connect(relay, signal=document_recorded, weak=False)
    process.crawl(crawler, targets=targets)
    process.start()
    spider = crawler.spider
    return list(getattr(spider, "recorded", []))


def run_discovery(
    sites: list[str],
    *,
    types: tuple[str, ...] | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, Discovery]:
    """Discover the legal documents of ``sites`` (domains or URLs), keyed as given.

    One crawl with the crawl's rules (robots.txt, user agent, address guard,
    timeouts, politeness); nothing is stored. Once per process, like run_crawl.
    """
    from scrapy.crawler import CrawlerProcess

    from policywatch.crawler.settings import SETTINGS
    from policywatch.crawler.spiders.discover import DiscoverySpider
    from policywatch.extract.doctype_phrases import TYPES

    process = CrawlerProcess({**SETTINGS, **(settings or {})})
    crawler = process.create_crawler(DiscoverySpider)
    process.crawl(crawler, sites=sites, types=types or TYPES)
    process.start()
    spider = crawler.spider
    results: dict[str, Discovery] = dict(getattr(spider, "results", {}))
    for site in sites:
        results.setdefault(site, Discovery(site, error="discovery did not finish"))
    return results

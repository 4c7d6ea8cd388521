"""Run the crawl in-process: the one place that starts Scrapy."""

from __future__ import annotations

from typing import Any

from policywatch.recorder import Recorded


def run_crawl(
    db_path: str,
    targets: list[dict[str, Any]],
    *,
    channels: list[dict[str, Any]] | None = None,
    settings: dict[str, Any] | None = None,
) -> list[Recorded]:
    """Fetch ``targets`` (rows from ``crawl_targets``) and record every result.

    Twisted's reactor starts once per process, so call this once per process.
    """
    from scrapy.crawler import CrawlerProcess

    from policywatch.crawler.settings import SETTINGS
    from policywatch.crawler.spiders.policies import PolicySpider

    merged = {
        **SETTINGS,
        "POLICYWATCH_DB": db_path,
        "POLICYWATCH_CHANNELS": channels or [],
        **(settings or {}),
    }
    process = CrawlerProcess(merged)
    crawler = process.create_crawler(PolicySpider)
    process.crawl(crawler, targets=targets)
    process.start()
    spider = crawler.spider
    return list(getattr(spider, "recorded", []))

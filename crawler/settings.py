"""Scrapy settings for the policywatch crawl.

Behaviour is switched here, not by flags threaded through calls. The CLI
overrides a few keys (database path, channels) per run.
"""

from __future__ import annotations

from typing import Any

from policywatch import __version__
from policywatch.core.vocabulary import REDISCOVER_EVERY_DAYS

PROJECT_URL = "https://github.com/policywatch/policywatch"

SETTINGS: dict[str, Any] = {
    "BOT_NAME": "policywatch",
    "USER_AGENT": f"policywatch/{__version__} (+{PROJECT_URL}; policy change tracker)",
    "ROBOTSTXT_OBEY": True,
    # Politeness: one request at a time per site, adapted to its latency.
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    # Items processed at once *per response*. Each response yields one
    # FetchResult, and Scrapy starts this many asyncio tasks for every
    # response's output: the default 100 cost ~3 ms of CPU per page.
    "CONCURRENT_ITEMS": 1,
    "AUTOTHROTTLE_ENABLED": True,
    "EXTENSIONS": {
        "scrapy.extensions.throttle.AutoThrottle": None,
        "policywatch.crawler.throttle.ConditionalAutoThrottle": 0,
    },
    # Scrapy's 5 s default start delay makes a 10-page crawl of one site take
    # a minute; AutoThrottle raises the delay again for slow sites.
    "AUTOTHROTTLE_START_DELAY": 0.25,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "DOWNLOAD_DELAY": 0,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    # Honour Retry-After on 429/503 up to this many seconds (RetryAfterMiddleware).
    "RETRY_AFTER_MAX": 120,
    "DOWNLOAD_TIMEOUT": 30,
    # Also caps decompressed size (gzip bombs): HttpCompressionMiddleware checks it.
    "DOWNLOAD_MAXSIZE": 20 * 1024 * 1024,
    # A body shorter than its Content-Length is an error, never half a policy.
    "DOWNLOAD_FAIL_ON_DATALOSS": True,
    "DOWNLOAD_WARNSIZE": 5 * 1024 * 1024,
    "REDIRECT_MAX_TIMES": 5,
    "HTTPCACHE_ENABLED": False,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    # Scrapy 2.19 opens a remote-control HTTP port by default: nothing a cron
    # job on a shared host should listen on.
    "REMOTE_CONTROL_ENABLED": False,
    # Each failed document is reported once, in one line of our words (the
    # commands print them); Scrapy's own log, with its tracebacks, would say
    # it again in 60 lines, and cron mails every line. 'crawl --debug' shows it.
    "LOG_LEVEL": "CRITICAL",
    "DOWNLOADER_MIDDLEWARES": {
        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
        # Before robots.txt: a refused address is not even asked for robots.txt.
        "policywatch.crawler.middlewares.AddressGuardMiddleware": 50,
        "policywatch.crawler.robots.SharedRobotsTxtMiddleware": 100,
        # Just after RetryMiddleware (550) on the way out, so before it on the way back.
        "policywatch.crawler.middlewares.RetryAfterMiddleware": 555,
        "policywatch.crawler.middlewares.ConditionalRequestMiddleware": 560,
    },
    # Pages that need a browser are rendered by headless Chromium through
    # scrapy-playwright (policywatch.crawler.browser); plain requests still go
    # to Scrapy's own HTTP handler, and the browser starts only when needed.
    "DOWNLOAD_HANDLERS": {
        "http": "policywatch.crawler.browser.BrowserDownloadHandler",
        "https": "policywatch.crawler.browser.BrowserDownloadHandler",
    },
    # One browser context, one page at a time (each tab costs memory).
    "PLAYWRIGHT_MAX_CONTEXTS": 1,
    "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
    "ITEM_PIPELINES": {
        "policywatch.crawler.pipelines.RecordPipeline": 300,
    },
    # policywatch's own settings.
    "POLICYWATCH_DB": "policywatch.db",
    "POLICYWATCH_CONDITIONAL_REQUESTS": True,
    "POLICYWATCH_CHANNELS": [],
    # Refuse private, loopback and link-local addresses, except these CIDRs
    # (from 'crawl: allow_networks:' and $POLICYWATCH_ALLOW_NETWORKS).
    "POLICYWATCH_ADDRESS_GUARD": True,
    "POLICYWATCH_ALLOW_NETWORKS": [],
    # Compare each page with the previous version (truncation, language, ...);
    # off for one run with 'policywatch crawl --accept-change'.
    "POLICYWATCH_RELATIVE_CHECKS": True,
    # Worker processes for extraction, guard, diff and analysis (0 = in the
    # crawl process). run_crawl() uses cores - 1 (at least 1) for crawls of 20+.
    "POLICYWATCH_WORKERS": 0,
    # A document whose URL is gone or leads home is looked for on its site at
    # most once in this many days ('crawl: rediscover_days:'; issue 17).
    "POLICYWATCH_REDISCOVER_DAYS": REDISCOVER_EVERY_DAYS,
    # The Chromium that renders pages (None: $POLICYWATCH_CHROMIUM, else
    # Debian's /usr/bin/chromium); without one, 'auto' documents stay plain.
    "POLICYWATCH_CHROMIUM": None,
}

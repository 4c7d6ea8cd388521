"""Rediscovery inside a running crawl (issue 17): look for a broken document on its site.

After the pipeline records a fetch whose decision asks for it (the URL is
gone, or leads to the home page), it awaits :func:`rediscover`::

    if recorded.rediscover:
        await rediscover(crawler, write, db, recorded)

The recorder says whether it is due (once per document every
``POLICYWATCH_REDISCOVER_DAYS``) and where to look; discovery then downloads
through this crawl's own engine (robots.txt, the address guard, politeness
and timeouts hold, and the spider stays open until it is done), and the
recorder stores what it found. ``recorded.moved_to`` is the URL found, if any.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from scrapy.crawler import Crawler

from policywatch.recorder import Recorded
from policywatch.recorder.rediscovery import record_rediscovery, rediscovery_due

logger = logging.getLogger(__name__)

# Runs a function on the pipeline's writer thread (the one that owns the database).
Write = Callable[..., Awaitable[Any]]


async def rediscover(crawler: Crawler, write: Write, db: Any, recorded: Recorded) -> None:
    """Run the rediscovery ``recorded`` asks for, if due, and record what it found."""
    every = crawler.settings.getint("POLICYWATCH_REDISCOVER_DAYS")
    request = await write(rediscovery_due, db, recorded, every_days=every)
    if request is None:
        return
    # Imported here: a crawl that never needs discovery does not load its cue tables.
    from policywatch.crawler.spiders.discover import discover
    from policywatch.extract.discovery import Discovery

    assert crawler.spider is not None
    try:
        found = await discover(request.site, crawler.spider, types=(request.doc_type,))
    except Exception as exc:  # a bug in discovery must not lose the crawl
        logger.exception("rediscovery of %s on %s failed", request.url, request.site)
        found = Discovery(request.site, error=f"policywatch could not finish it ({exc!r})")
    recorded.moved_to = await write(record_rediscovery, db, request, found)

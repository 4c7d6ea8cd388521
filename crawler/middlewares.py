"""Downloader middlewares, each with one job."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class ConditionalRequestMiddleware:
    """Send If-None-Match / If-Modified-Since from the document's last good fetch.

    An unchanged document then costs one 304 and no body. Switched by the
    ``POLICYWATCH_CONDITIONAL_REQUESTS`` setting; validators come in
    ``request.meta["validators"]``.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        if not crawler.settings.getbool("POLICYWATCH_CONDITIONAL_REQUESTS"):
            raise NotConfigured
        return cls()

    def process_request(self, request: Request, spider: Any = None) -> None:
        validators = request.meta.get("validators") or {}
        if validators.get("etag"):
            request.headers.setdefault(b"If-None-Match", validators["etag"])
        if validators.get("last_modified"):
            request.headers.setdefault(b"If-Modified-Since", validators["last_modified"])

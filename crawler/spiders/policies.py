"""The one spider: fetch each target document once and yield a FetchResult."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from policywatch.core.model import FetchResult
from policywatch.crawler.errors import error_kind
from policywatch.db.connection import utcnow

# Let error statuses reach the callback so they are recorded, while
# redirects (3xx other than 304) are still followed by RedirectMiddleware.
HANDLED_STATUSES = [304, *range(400, 600)]


class PolicySpider(scrapy.Spider):
    name = "policies"

    def __init__(self, targets: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets = targets

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for target in self.targets:
            yield scrapy.Request(
                target["url"],
                callback=self.parse,
                errback=self.failed,
                dont_filter=True,
                meta={
                    "document": target,
                    "started_at": utcnow(),
                    "handle_httpstatus_list": HANDLED_STATUSES,
                    "validators": {
                        "etag": target.get("etag"),
                        "last_modified": target.get("last_modified"),
                    },
                },
            )

    def parse(self, response: Response, **kwargs: Any) -> Any:
        meta = response.meta
        headers = response.headers
        latency = meta.get("download_latency")
        yield FetchResult(
            document_id=meta["document"]["document_id"],
            url=meta["document"]["url"],
            started_at=meta["started_at"],
            final_url=response.url,
            status=response.status,
            body=response.body,
            content_type=_header(headers, b"Content-Type"),
            etag=_header(headers, b"ETag"),
            last_modified=_header(headers, b"Last-Modified"),
            elapsed_ms=int(latency * 1000) if latency is not None else None,
            headers=_kept_headers(headers),
        )

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        yield FetchResult(
            document_id=meta["document"]["document_id"],
            url=meta["document"]["url"],
            started_at=meta["started_at"],
            final_url=request.url,
            error=describe_failure(failure, self.settings.getint("DOWNLOAD_MAXSIZE")),
            error_kind=error_kind(
                failure, max_redirects=self.settings.getint("REDIRECT_MAX_TIMES")
            ),
        )


def describe_failure(failure: Failure, maxsize: int = 0) -> str:
    """A one-line reason a person can act on."""
    message = failure.getErrorMessage() or failure.type.__name__  # type: ignore[union-attr]
    if failure.check(DownloadCancelledError) and "max size" not in message:
        # Cancelled mid-stream by the size limit: Scrapy's message is only the class name.
        return (
            f"the body grew larger than the maximum of {maxsize / 2**20:.0f} MB"
            " (DOWNLOAD_MAXSIZE): download cancelled"
        )
    if failure.check(IgnoreRequest):
        # Our middlewares and Scrapy's size and redirect limits already say why.
        return message
    return f"{failure.type.__name__}: {message}"  # type: ignore[union-attr]


# Response headers the recorder uses (kept small: the item holds the body already).
KEPT_HEADERS = (b"Retry-After", b"Content-Language", b"Location")


def _kept_headers(headers: Any) -> dict[str, str]:
    return {
        name.decode(): value
        for name in KEPT_HEADERS
        if (value := _header(headers, name)) is not None
    }


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None

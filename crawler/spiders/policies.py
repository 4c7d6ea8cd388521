"""The one spider: fetch each target document once and yield a FetchResult.

Every document is fetched plainly first (conditional request, robots.txt,
address guard). Then its ``render`` mode decides whether the browser renders
it (:mod:`policywatch.crawler.browser`): ``http`` never, ``browser`` for every
HTML answer and for a bot challenge, ``auto`` when
:func:`policywatch.extract.rendering.browser_reason` says why the plain page
needs it. A 304 is never rendered: nothing changed. The FetchResult says
which one was kept (``render``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from policywatch.core.model import FetchResult
from policywatch.core.vocabulary import DEFAULT_RENDER, ErrorKind, Render
from policywatch.crawler.browser import NO_BROWSER, browser_meta, chromium_path
from policywatch.crawler.errors import error_kind
from policywatch.db.connection import utcnow
from policywatch.extract.rendering import browser_reason

logger = logging.getLogger(__name__)

# Let error statuses reach the callback so they are recorded, while
# redirects (3xx other than 304) are still followed by RedirectMiddleware.
HANDLED_STATUSES = [304, *range(400, 600)]


class PolicySpider(scrapy.Spider):
    name = "policies"

    def __init__(self, targets: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets = targets
        self._chromium: str | bool | None = False  # not looked up yet

    @property
    def chromium(self) -> str | None:
        """The Chromium to render with (the POLICYWATCH_CHROMIUM setting), or None."""
        if self._chromium is False:
            self._chromium = chromium_path(self.settings.get("POLICYWATCH_CHROMIUM"))
        return self._chromium  # type: ignore[return-value]

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
        if meta.get("playwright"):
            yield self._rendered(response)
            return
        plain = self._result(response)
        mode = Render(meta["document"].get("render") or DEFAULT_RENDER)
        reason = self._browser_reason(response, mode)
        if reason is None:
            yield plain
        elif self.chromium is None:
            # 'auto' stays plain without a browser; 'browser' says how to get one.
            yield plain if mode == Render.AUTO else self._no_browser(meta)
        else:
            logger.info("rendering %s in the browser: %s", response.url, reason)
            yield scrapy.Request(
                response.url,
                callback=self.parse,
                errback=self.failed,
                dont_filter=True,
                meta={**browser_meta(meta), "plain": plain, "render_reason": reason},
            )

    def _browser_reason(self, response: Response, mode: Render) -> str | None:
        """Why this plain answer should be rendered, or None (see the module's docstring)."""
        if mode == Render.HTTP or response.status == 304:
            return None
        return browser_reason(
            response.body,
            _header(response.headers, b"Content-Type"),
            response.meta["document"].get("doc_type"),
            status=response.status,
            url=response.url,
            always=mode == Render.BROWSER,
        )

    def _result(self, response: Response, render: Render = Render.HTTP) -> FetchResult:
        meta = response.meta
        headers = response.headers
        latency = meta.get("download_latency")
        return FetchResult(
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
            render=render,
        )

    def _rendered(self, response: Response) -> FetchResult:
        """The page as Chromium shows it, unless the browser broke a rule on the way."""
        meta = response.meta
        refused = meta.get("refused_in_browser") or []
        problem = None
        if not meta.get("page_guarded"):
            problem = "the browser page could not be guarded; its content was not kept"
        elif refused:
            problem = f"the page was redirected in the browser to a refused address: {refused[0]}"
        elif len(response.body) > self.settings.getint("DOWNLOAD_MAXSIZE"):
            maxsize = self.settings.getint("DOWNLOAD_MAXSIZE") / 2**20
            problem = f"the rendered page is larger than the maximum of {maxsize:.0f} MB"
        if problem is None:
            return self._result(response, Render.BROWSER)
        kind = ErrorKind.TOO_LARGE if not refused and meta.get("page_guarded") else None
        return FetchResult(
            document_id=meta["document"]["document_id"],
            url=meta["document"]["url"],
            started_at=meta["started_at"],
            final_url=response.url,
            error=problem,
            error_kind=kind or ErrorKind.REFUSED_ADDRESS,
            render=Render.BROWSER,
        )

    def _no_browser(self, meta: dict[str, Any]) -> FetchResult:
        return FetchResult(
            document_id=meta["document"]["document_id"],
            url=meta["document"]["url"],
            started_at=meta["started_at"],
            error=NO_BROWSER,
            error_kind=ErrorKind.NO_BROWSER,
            render=Render.BROWSER,
        )

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        rendering = bool(meta.get("playwright"))
        message = describe_failure(failure, self.settings.getint("DOWNLOAD_MAXSIZE"))
        if rendering and meta["document"].get("render") != Render.BROWSER:
            # 'auto' rendered to improve on the plain page: keep that one instead.
            logger.info("the browser failed on %s (%s): keeping the plain page", request.url,
                        message)  # fmt: skip
            yield meta["plain"]
            return
        yield FetchResult(
            document_id=meta["document"]["document_id"],
            url=meta["document"]["url"],
            started_at=meta["started_at"],
            final_url=request.url,
            error=f"the browser could not render the page: {message}" if rendering else message,
            error_kind=error_kind(
                failure, max_redirects=self.settings.getint("REDIRECT_MAX_TIMES")
            ),
            render=Render.BROWSER if rendering else Render.HTTP,
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

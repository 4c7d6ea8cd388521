"""The discovery spider: from a vendor's domain to its legal documents.

For each site: the home page, robots.txt's sitemaps (or ``/sitemap.xml``),
legal hub pages one link away ("Legal", "Trust Center"), then the best
candidate links of each type, each read and classified by its own text
(:class:`policywatch.extract.discovery.Plan` decides what to fetch and what
was found). Every request goes through the crawl's downloader middlewares:
robots.txt, the private-address guard, timeouts, retries and one request at
a time per site. ``crawler/run.py``'s ``run_discovery`` runs it once per process.

:func:`discover` is the part a running crawl can reuse (rediscovery of one
moved document): give it the site, the types wanted and a spider whose
engine is running::

    discovery = await discover("https://acme.example/", spider, types=("privacy_policy",))
    found = discovery.best("privacy_policy")   # None, or found.url / .confidence / .evidence

Outside a crawl, ``run_discovery(["acme.example"], types=("privacy_policy",))``
(crawler/run.py) does the same in a crawl of its own. Either way the caller
compares ``found.url`` with the document's URL: a moved document is flagged,
never switched silently.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from policywatch.core.vocabulary import ErrorKind
from policywatch.crawler.errors import error_kind
from policywatch.crawler.spiders.policies import describe_failure
from policywatch.extract import ExtractionError, extract
from policywatch.extract.discovery import Discovery, Plan
from policywatch.extract.doctype_phrases import TYPES
from policywatch.extract.links import Link, collect_links, html_lang, html_title, pdf_title

# Sitemap files read per site (an index counts), and page URLs taken from them.
MAX_SITEMAPS = 3
MAX_SITEMAP_URLS = 5000
_ERROR_STATUSES = list(range(400, 600))


def start_urls(site: str) -> list[str]:
    """Where to start for a domain or URL: ``"acme.example"`` -> https, then http.

    >>> start_urls("acme.example"), start_urls("http://127.0.0.1:8000/legal")
    (['https://acme.example/', 'http://acme.example/'], ['http://127.0.0.1:8000/legal'])
    """
    site = site.strip()
    if site.startswith(("http://", "https://")):
        return [site if urlsplit(site).path else site + "/"]
    host = site.strip("/")
    return [f"https://{host}/", f"http://{host}/"]


async def fetch(spider: scrapy.Spider, url: str, **meta: Any) -> Response | str:
    """Download ``url`` through the crawl's downloader middlewares (redirects
    followed): the response, or a one-line reason it could not be fetched."""
    request = scrapy.Request(
        url, dont_filter=True, meta={"handle_httpstatus_list": _ERROR_STATUSES, **meta}
    )
    assert spider.crawler.engine is not None
    try:
        return await spider.crawler.engine.download_async(request)
    except Exception as exc:  # every download problem becomes a reason, never a crash
        return unreachable_reason(Failure(exc), spider.settings.getint("DOWNLOAD_MAXSIZE"))


async def discover(
    site: str,
    spider: scrapy.Spider,
    *,
    types: Iterable[str] = TYPES,
    home: Response | None = None,
) -> Discovery:
    """Find the site's legal documents of ``types`` (``home``: its home page, if fetched)."""
    if home is None:
        reached: Response | str = "no start URL"
        for url in start_urls(site):
            reached = await fetch(spider, url)
            if isinstance(reached, Response):
                break
        if not isinstance(reached, Response):
            return Discovery(site, error=reached, pages_fetched=1)
        home = reached
    if home.status >= 400:
        return Discovery(site, error=f"its home page {home.url} answered HTTP {home.status}")
    plan = Plan(home.url, types)
    _read_page(plan, home.url, home, region_of_body="body")
    plan.add_links(await _sitemap_links(spider, home.url))
    for hub in plan.hubs():
        response = await fetch(spider, hub)
        if isinstance(response, Response) and response.status < 400:
            _read_page(plan, hub, response, region_of_body="hub")
    while (candidate := plan.next_candidate()) is not None:
        response = await fetch(spider, candidate)
        if isinstance(response, Response) and response.status < 400:
            # Legal pages link to each other (a DPA to its sub-processor list, a
            # "Terms & policies" page to each): links in their text count as a hub's.
            _read_page(plan, candidate, response, region_of_body="hub")
    return plan.result()


# Why a site's home page could not be fetched, by the crawl's kind of failure;
# other kinds keep the crawl's own description (the guard's, robots.txt's...).
_UNREACHABLE = {
    ErrorKind.DNS: "its domain does not resolve (DNS lookup failed); check the spelling",
    ErrorKind.CONNECTION_REFUSED: "it refused the connection",
    ErrorKind.TIMEOUT: "it did not answer in time",
}


def unreachable_reason(failure: Failure, maxsize: int = 0) -> str:
    """Why a site's home page could not be fetched, in words for its owner's customer."""
    kind = error_kind(failure)
    if kind in _UNREACHABLE:
        return _UNREACHABLE[kind]
    if kind == ErrorKind.CONNECTION:
        return f"the download failed ({failure.getErrorMessage()})"
    return describe_failure(failure, maxsize)


def _read_page(plan: Plan, url: str, response: Response, *, region_of_body: str) -> None:
    """Classify a fetched page and take its links; links in its body count as
    ``region_of_body`` (a hub's, for a legal page)."""
    content_type = _header(response, b"Content-Type")
    try:
        doc = extract(response.body, content_type, response.url)
    except ExtractionError:
        doc = None
    html = _is_html(response, content_type)
    if doc is not None:
        is_pdf = response.body[:5] == b"%PDF-"
        title = html_title(response.body) if html else pdf_title(response.body) if is_pdf else None
        plan.add_page(url, response.url, doc, title, html_lang(response.body) if html else None)
    if html:
        links = collect_links(response.body, response.url)
        plan.add_links(
            Link(link.url, link.text, region_of_body, link.source)
            if link.region == "body"
            else link
            for link in links
        )


async def _sitemap_links(spider: scrapy.Spider, home: str) -> list[Link]:
    """Page URLs from the sitemaps robots.txt names, or from ``/sitemap.xml``."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(home))
    robots = await fetch(spider, f"{origin}/robots.txt", dont_obey_robotstxt=True)
    queue: list[str] = []
    if isinstance(robots, Response) and robots.status < 400:
        queue = list(sitemap_urls_from_robots(robots.body, base_url=origin))
    queue = queue or [f"{origin}/sitemap.xml"]
    links: list[Link] = []
    for _ in range(MAX_SITEMAPS):
        if not queue or len(links) >= MAX_SITEMAP_URLS:
            break
        url = queue.pop(0)
        response = await fetch(spider, url)
        if not isinstance(response, Response) or response.status >= 400:
            continue
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=spider.settings.getint("DOWNLOAD_MAXSIZE"))
        try:
            sitemap = Sitemap(body)
            entries = [entry["loc"] for entry in sitemap if entry.get("loc")]
        except Exception:  # lxml on a page that is not XML: no sitemap there
            continue
        if sitemap.type == "sitemapindex":
            queue.extend(entries)
        else:
            links.extend(Link(loc, "", "sitemap", url) for loc in entries[:MAX_SITEMAP_URLS])
    return links


def _is_html(response: Response, content_type: str | None) -> bool:
    return "html" in (content_type or "").lower() or response.body[:1024].lstrip()[:1] == b"<"


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class DiscoverySpider(scrapy.Spider):
    """Discover the documents of several sites in one crawl; ``results`` by site as given."""

    name = "discover"
    # Discovery stores nothing: no item pipeline, no database.
    custom_settings: dict[str, Any] | None = {"ITEM_PIPELINES": {}}  # noqa: RUF012

    def __init__(self, sites: list[str], types: Iterable[str] = TYPES, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sites = sites
        self.types = tuple(types)
        self.results: dict[str, Discovery] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site in self.sites:
            yield self._home_request(site, start_urls(site), time.monotonic())

    def _home_request(self, site: str, urls: list[str], started: float) -> scrapy.Request:
        return scrapy.Request(
            urls[0],
            callback=self.parse,
            errback=self.unreachable,
            dont_filter=True,
            meta={"site": site, "next_urls": urls[1:], "started": started,
                  "handle_httpstatus_list": _ERROR_STATUSES},
        )  # fmt: skip

    async def parse(self, response: Response, **kwargs: Any) -> Any:
        meta = response.meta
        discovery = await discover(meta["site"], self, types=self.types, home=response)
        self._done(meta["site"], discovery, meta["started"])

    def unreachable(self, failure: Failure) -> Any:
        meta = failure.request.meta  # type: ignore[attr-defined]
        if meta["next_urls"]:
            # https refused or failed: the same host over http.
            yield self._home_request(meta["site"], meta["next_urls"], meta["started"])
            return
        reason = unreachable_reason(failure, self.settings.getint("DOWNLOAD_MAXSIZE"))
        self._done(meta["site"], Discovery(meta["site"], error=reason), meta["started"])

    def _done(self, site: str, discovery: Discovery, started: float) -> None:
        discovery.seconds = round(time.monotonic() - started, 2)
        self.results[site] = discovery

"""Downloader middlewares, each with one job, each switched by a setting.

- :class:`AddressGuardMiddleware` refuses private, loopback and link-local
  addresses (``POLICYWATCH_ALLOW_NETWORKS`` lists the exceptions).
- :class:`RetryAfterMiddleware` waits as long as a 429/503 asks before retrying.
- :class:`ConditionalRequestMiddleware` sends the document's last validators.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class RefusedAddress(IgnoreRequest):
    """A request to an address the crawl may not reach; the message says how to allow it."""


class UnresolvedHost(IgnoreRequest):
    """A request whose host name does not resolve: its address cannot be checked."""


def parse_networks(values: list[str] | str) -> list[Network]:
    """``"127.0.0.0/8, 10.0.0.0/8"`` or a list of CIDRs -> networks (``ValueError`` if bad)."""
    if isinstance(values, str):
        values = [v for v in values.replace(",", " ").split()]
    return [ipaddress.ip_network(str(v).strip(), strict=False) for v in values if str(v).strip()]


class AddressGuardMiddleware:
    """Refuse requests whose host is, or resolves to, a non-public address.

    Every request passes here, redirects included (RedirectMiddleware sends
    the new request through the whole chain again). Host names are resolved
    with the reactor's resolver, which Scrapy's ``CachingThreadedResolver``
    caches, so the connection goes to the address that was checked.
    Settings: ``POLICYWATCH_ADDRESS_GUARD`` (on/off) and
    ``POLICYWATCH_ALLOW_NETWORKS`` (list of CIDRs that are allowed anyway).
    """

    def __init__(self, allowed: list[Network]) -> None:
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        if not crawler.settings.getbool("POLICYWATCH_ADDRESS_GUARD"):
            raise NotConfigured
        return cls(parse_networks(crawler.settings.getlist("POLICYWATCH_ALLOW_NETWORKS")))

    async def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlparse_cached(request).hostname or ""
        try:
            address = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            from twisted.internet import reactor  # the installed one: import late

            try:
                resolving: Any = reactor.resolve(host)  # type: ignore[arg-type]
                resolved = await maybe_deferred_to_future(resolving)
            except Exception as exc:
                # Refused, not left to the download: an address not checked here
                # may still be reached (through a proxy, or a later lookup that
                # answers with a private address).
                raise UnresolvedHost(
                    f"could not resolve {host} ({exc}); not fetched: only addresses the"
                    " guard has checked are fetched"
                ) from None
            address = ipaddress.ip_address(resolved)
        self.check(address, request.url)

    def check(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address, url: str) -> None:
        refused = address_refusal(address, url, self.allowed)
        if refused:
            raise RefusedAddress(refused)


def address_refusal(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address, url: str, allowed: list[Network]
) -> str | None:
    """Why ``url`` at ``address`` may not be fetched (the one rule), or None when it may.

    The crawl's middleware and the browser's request guard both ask this.
    """
    if address.is_global and not address.is_multicast:
        return None
    if any(address in network for network in allowed):
        return None
    kind = (
        "loopback"
        if address.is_loopback
        else "link-local"
        if address.is_link_local
        else "private"
        if address.is_private
        else "non-public"
    )
    return (
        f"refused to fetch {url}: it resolves to {address}, a {kind} address. If this is"
        " intended, allow its network in the vendors file ('crawl: allow_networks:"
        f" [{address}/32]') or in POLICYWATCH_ALLOW_NETWORKS"
    )


class RetryAfterMiddleware:
    """On 429 or 503 with ``Retry-After``, wait that long, then retry.

    Scrapy's RetryMiddleware retries these at once; this one sits just
    before it (it sees the response first) and honours the server's wish up
    to ``RETRY_AFTER_MAX`` seconds. A longer wish is not retried in this
    crawl: the response goes on and is recorded as an HTTP error that says
    when the server wants us back. Retries count against ``RETRY_TIMES``.
    """

    STATUSES = (429, 503)

    def __init__(self, max_wait: float, max_retries: int) -> None:
        self.max_wait = max_wait
        self.max_retries = max_retries

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED") or settings.getfloat("RETRY_AFTER_MAX") <= 0:
            raise NotConfigured
        return cls(settings.getfloat("RETRY_AFTER_MAX"), settings.getint("RETRY_TIMES"))

    async def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status not in self.STATUSES or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None:
            return response  # RetryMiddleware decides
        retries = request.meta.get("retry_times", 0) + 1
        if wait > self.max_wait or retries > self.max_retries:
            # Recorded as an HTTP error; no immediate retry against the server's wish.
            request.meta["dont_retry"] = True
            return response
        logger.info("%s answered %s: retrying in %.1f s", request.url, response.status, wait)
        from twisted.internet import reactor  # the installed one: import late

        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        retry = request.replace(dont_filter=True)
        retry.meta["retry_times"] = retries
        return retry


def retry_after_seconds(value: bytes | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: ``b"120"`` -> 120.0, an HTTP date -> seconds from now."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


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

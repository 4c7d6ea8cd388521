"""robots.txt handling that holds for every request waiting on the file.

Scrapy 2.19's RobotsTxtMiddleware lets every request that arrives while
robots.txt is still downloading await the same Deferred; the first waiter
consumes its result and the rest receive ``None``, which means "allowed".
A disallowed page queued behind five others was fetched in our tests. Here
each waiter gets its own Deferred fed from the shared one.

A robots.txt that answers 5xx disallows the whole site (RFC 9309), with a
reason that says so.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsDisallowed(IgnoreRequest):
    """The site's robots.txt disallows the page (or answered 5xx: all disallowed)."""


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    async def robot_parser(self, request: Request) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            mine: Deferred[Any] = Deferred()

            def relay(result: Any) -> Any:
                mine.callback(result)
                return result  # keep it for the next waiter

            pending.addBoth(relay)
            return await maybe_deferred_to_future(mine)
        return await super().robot_parser(request)

    async def _parse_robots(self, response: Any, netloc: str, request: Request) -> None:
        if response.status >= 500:
            # RFC 9309 2.3.1.4: an unreachable robots.txt (5xx) means "assume
            # complete disallow"; 4xx means no rules (Scrapy parses it as such).
            # Duck-typed as a RobotParser: only allowed() is ever called on it.
            parser: Any = _Unreachable(response.status, netloc)
            pending = self._parsers[netloc]
            self._parsers[netloc] = parser
            if isinstance(pending, Deferred):
                pending.callback(parser)
            return
        await super()._parse_robots(response, netloc, request)

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _Unreachable):
            raise RobotsDisallowed(
                f"robots.txt of {rp.netloc} answered HTTP {rp.status}: the whole site counts as"
                " disallowed until it answers (RFC 9309); not fetched, will retry next crawl"
            )
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest as exc:  # its only refusal: the page is disallowed
            raise RobotsDisallowed("disallowed by the site's robots.txt (not fetched)") from exc


class _Unreachable:
    """Stands in for a robots.txt parser when the file answered 5xx: nothing is allowed."""

    def __init__(self, status: int, netloc: str) -> None:
        self.status = status
        self.netloc = netloc

    def allowed(self, url: str, user_agent: str) -> bool:
        return False

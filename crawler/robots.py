"""robots.txt handling that holds for every request waiting on the file.

Scrapy 2.19's RobotsTxtMiddleware lets every request that arrives while
robots.txt is still downloading await the same Deferred; the first waiter
consumes its result and the rest receive ``None``, which means "allowed".
A disallowed page queued behind five others was fetched in our tests. Here
each waiter gets its own Deferred fed from the shared one.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


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

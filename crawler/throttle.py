"""AutoThrottle that lets a 304 Not Modified count as a healthy answer.

Scrapy's AutoThrottle never lowers the delay after a non-200 response
(error pages are small and fast, and would otherwise speed the crawl up
against a struggling site). But a recrawl of unchanged documents is almost
all 304s, so the delay stayed at its start value for the whole run: 300
unchanged documents of one site took 54 s instead of 4 s.
"""

from __future__ import annotations

from typing import Any

from scrapy.extensions.throttle import AutoThrottle


class ConditionalAutoThrottle(AutoThrottle):
    def _adjust_delay(self, slot: Any, latency: float, response: Any) -> None:
        if response.status == 304:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)

"""Rendering pages in Debian's headless Chromium, through scrapy-playwright.

A rendered page is a Scrapy request with ``meta["playwright"] = True``
(:func:`browser_meta`): it passes the same downloader middlewares as a plain
one (address guard, robots.txt, retries, per-site politeness) and then
:class:`BrowserDownloadHandler` loads it in Chromium and returns the HTML
after the page's scripts ran (``page.content()``), which is kept as the
snapshot. Page scripts run only inside Chromium, never in this process.

What holds inside the browser:

- every request the page makes (scripts, frames, XHR, the navigation itself)
  passes :class:`BrowserAddressGuard`, the crawl's private-address check, and
  is aborted if it fails; schemes other than http(s), data: and blob: are
  aborted; WebSockets are closed; service workers are blocked;
- a redirect inside the browser is not routed by Playwright, so
  :func:`guard_page` watches every redirected request and a page that was
  redirected to a refused address is discarded (nothing of it is stored);
- the browser starts at the first page that needs it (a crawl of plain
  pages never starts it) with a fresh profile, and closes with the crawl.

Chromium is found by :func:`chromium_path` (``POLICYWATCH_CHROMIUM`` or
Debian's ``/usr/bin/chromium``); Playwright never downloads a browser.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import shutil
import time
import weakref
from typing import Any, ClassVar
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from scrapy_playwright.page import PageMethod

from policywatch.crawler.middlewares import Network, address_refusal, parse_networks

logger = logging.getLogger(__name__)

CHROMIUM_ENV = "POLICYWATCH_CHROMIUM"
DEBIAN_CHROMIUM = "/usr/bin/chromium"
NO_BROWSER = (
    "this document has 'render: browser' but Chromium is not installed: install it"
    " (Debian/Ubuntu: 'sudo apt install chromium') or set POLICYWATCH_CHROMIUM to its path"
)
# Headless Chromium that phones nowhere; Playwright adds --headless, --no-sandbox
# and a fresh --user-data-dir of its own. WebRTC may not reach local addresses.
LAUNCH_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--disable-extensions",
    "--mute-audio",
]
# A fresh context for each crawl: no downloads, no service workers (their
# requests would bypass the address check), the crawl's own user agent.
CONTEXT = {"accept_downloads": False, "service_workers": "block"}
# After the load event: wait for the network to go quiet (up to this long),
# then until the text stops growing, checked this often, at most this long.
NETWORK_IDLE_MS = 5000
SETTLE_POLL_S = 0.25
SETTLE_MAX_S = 5.0


def chromium_path(configured: str | None = None) -> str | None:
    """The Chromium executable to use, or None if there is none.

    ``configured`` (the ``POLICYWATCH_CHROMIUM`` setting or environment
    variable) wins; a configured path that does not exist means no browser.
    """
    configured = configured if configured is not None else os.environ.get(CHROMIUM_ENV)
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for candidate in (DEBIAN_CHROMIUM, shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


# What a rendering request carries over from the plain request's meta.
CARRIED_META = ("document", "started_at", "handle_httpstatus_list")


def browser_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Request meta that renders a page in the browser (given the plain request's meta)."""
    return {
        **{key: meta[key] for key in CARRIED_META if key in meta},
        "playwright": True,
        "playwright_context": "policywatch",
        "playwright_context_kwargs": CONTEXT,
        "playwright_page_init_callback": guard_page,
        "playwright_page_methods": [PageMethod(settle)],
        "refused_in_browser": [],
        "validators": {},  # the plain answer was new: render it whole
    }


class BrowserAddressGuard:
    """``PLAYWRIGHT_ABORT_REQUEST``: abort every browser request the address guard refuses.

    Host names are resolved here and every address they resolve to must be
    public (or in ``POLICYWATCH_ALLOW_NETWORKS``). Answers are cached for
    the crawl. Chromium resolves the name again itself, so a host whose DNS
    answer changes between the two lookups could still be reached: the
    guard is the same check as the crawl's, not a firewall.
    """

    SAFE_SCHEMES = ("data", "blob", "about")
    WEB_SCHEMES = ("http", "https", "ws", "wss")

    def __init__(self, allowed: list[Network]) -> None:
        self.allowed = allowed
        self.cache: dict[str, str | None] = {}

    async def __call__(self, request: Any) -> bool:
        return await self.refusal(request.url) is not None

    async def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched by the browser, or None."""
        parts = urlsplit(url)
        if parts.scheme in self.SAFE_SCHEMES:
            return None
        if parts.scheme not in self.WEB_SCHEMES:
            return f"refused {url}: the browser may only fetch http(s) addresses"
        host = parts.hostname or ""
        if host not in self.cache:
            self.cache[host] = await self._check(host, url)
        return self.cache[host]

    async def _check(self, host: str, url: str) -> str | None:
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, None)
            except OSError as exc:
                return f"could not resolve {host} ({exc}); not fetched"
            addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        for address in addresses:
            refused = address_refusal(address, url, self.allowed)
            if refused:
                return refused
        return None


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, started lazily, with the crawl's address guard.

    Plain requests go to Scrapy's HTTP handler as before; Playwright (and
    Chromium) start at the first request with ``meta["playwright"]``. Scrapy
    makes one handler per scheme: the first one made for a crawl renders for
    both http and https, so a crawl runs one browser.
    """

    _renderers: ClassVar[weakref.WeakKeyDictionary[Crawler, BrowserDownloadHandler]] = (
        weakref.WeakKeyDictionary()
    )

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.renderer = self._renderers.setdefault(crawler, self)
        settings = crawler.settings
        executable = chromium_path(settings.get("POLICYWATCH_CHROMIUM"))
        self.config.launch_options = {
            "headless": True,
            "args": LAUNCH_ARGS,
            **({"executable_path": executable} if executable else {}),
        }
        self.config.navigation_timeout_ms = settings.getfloat("DOWNLOAD_TIMEOUT") * 1000
        allowed = parse_networks(settings.getlist("POLICYWATCH_ALLOW_NETWORKS"))
        guard = settings.getbool("POLICYWATCH_ADDRESS_GUARD", True)
        self.address_guard = BrowserAddressGuard(allowed) if guard else None
        self.abort_request = self.address_guard
        self._started: asyncio.Lock | None = None
        self._launched = False

    async def _maybe_launch_in_thread(self) -> None:
        """Not at engine start: a crawl of plain pages never starts Playwright."""

    def _engine_started(self) -> Any:  # older Scrapy's name for the same hook
        return None

    async def _start(self) -> None:
        if self._started is None:
            self._started = asyncio.Lock()
        async with self._started:
            if not self._launched:
                await self._maybe_future_from_coro(self._launch())
                self._launched = True

    async def download_request(self, request: Any, spider: Any = None) -> Any:
        if request.meta.get("playwright"):
            if self.renderer is not self:
                return await self.renderer.download_request(request)
            await self._start()
            request.meta["address_guard"] = self.address_guard
        return await super().download_request(request)


async def guard_page(page: Any, request: Any) -> None:
    """Before the page loads: close WebSockets, watch redirects against the address guard.

    Playwright does not route redirected requests, so each one is checked as
    it starts; a refused one is noted in ``request.meta["refused_in_browser"]``
    and the spider discards the page. ``meta["page_guarded"]`` says this ran
    (scrapy-playwright only logs an error in a page's init callback).
    """
    guard: BrowserAddressGuard | None = request.meta.get("address_guard")
    refused: list[str] = request.meta.setdefault("refused_in_browser", [])

    async def close_socket(socket: Any) -> None:
        await socket.close(code=1008, reason="policywatch: no WebSockets")

    await page.route_web_socket("**", close_socket)
    if guard is not None:

        async def check_redirect(browser_request: Any) -> None:
            if browser_request.redirected_from is None:
                return  # routed, so checked before it was sent
            reason = await guard.refusal(browser_request.url)
            if reason:
                refused.append(reason)

        page.on("request", check_redirect)
    request.meta["page_guarded"] = True


async def settle(page: Any) -> None:
    """After the load event, give the page's scripts time to write the text.

    Waits for the network to be idle (up to NETWORK_IDLE_MS; a page that
    polls forever is not waited for), then until the page's text length
    stops changing between two looks SETTLE_POLL_S apart (at most SETTLE_MAX_S).
    """
    from playwright.async_api import Error as PlaywrightError

    # Still busy after that: read what is there once the text settles.
    with contextlib.suppress(PlaywrightError):
        await page.wait_for_load_state("networkidle", timeout=NETWORK_IDLE_MS)
    deadline = time.monotonic() + SETTLE_MAX_S
    length = -1
    while time.monotonic() < deadline:
        now = await page.evaluate("document.body ? document.body.innerText.length : 0")
        if now == length:
            return
        length = now
        await asyncio.sleep(SETTLE_POLL_S)

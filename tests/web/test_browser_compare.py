"""The compare and search pages in a real headless Chromium, as an analyst uses them.

Same browser and fixtures as ``test_browser.py`` (Debian's chromium driven by
Playwright; skipped only when it is missing, never in CI).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.web import test_browser as _browser
from tests.web.test_browser import Watched

# The same fixtures and skip marker as test_browser.py.
pytestmark = _browser.pytestmark
browser = _browser.browser
watched = _browser.watched
shots = _browser.shots

FIVE = "connectmyapps,faveo,fusetools,fusion,nordhost"


def test_compare_page_is_readable_at_1400px_for_five_vendors(
    watched: Watched, server: str, shots: Path
) -> None:
    page = watched.page
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{server}/-/policywatch/compare?vendors={FIVE}")
    # Datasette's frame: its header and navigation menu, our breadcrumbs.
    assert page.locator("header").count() == 1 and page.locator("p.crumbs").count() == 1
    assert "compare vendors" in page.locator("p.crumbs").inner_text()
    headers = page.locator("table.pw-compare thead th")
    assert headers.count() == 6
    names = [headers.nth(i).inner_text() for i in range(1, 6)]
    wanted_names = ("ConnectMyApps", "Faveo", "Fusetools", "Fusion", "Nordhost")
    for name, wanted in zip(names, wanted_names, strict=True):
        assert wanted.lower() in name.lower() and "privacy_policy" in name and "version" in name
    # Fits the window: no sideways scrolling, columns wide enough to read sentences.
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 1400, width
    for i in range(1, 6):
        box = headers.nth(i).bounding_box()
        assert box is not None and box["width"] >= 200, (names[i - 1], box)
    size = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('table.pw-compare td')).fontSize)"
    )
    assert size >= 12
    # A covered topic is a quoted sentence; links lead to the vendor and the version.
    quote = page.locator("tr#topic\\:retention blockquote").first
    assert len(quote.inner_text().split()) >= 4
    page.locator("table.pw-compare thead strong a", has_text="Faveo").click()
    page.wait_for_url("**/-/policywatch/vendor/faveo")
    assert watched.errors == [] and watched.dialogs == []
    page.go_back()
    page.screenshot(path=str(shots / "screenshot-compare.png"), full_page=False)


def test_compare_page_exports_from_its_links(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(f"{server}/-/policywatch/compare?vendors=faveo,nordhost")
    for label, kind in (("CSV", "text/csv"), ("JSON", "application/json")):
        href = page.get_by_role("link", name=label, exact=True).get_attribute("href")
        assert href is not None
        response: Any = page.request.get(server + href)
        assert response.ok and response.headers["content-type"].startswith(kind)
    # The form changes the comparison.
    page.fill("input[name=vendors]", "fusion,nordhost")
    page.click("form.pw-compare-form button")
    page.wait_for_url("**vendors=fusion%2Cnordhost**")
    assert page.locator("table.pw-compare thead th").count() == 3


def test_search_box_answers_sub_processor(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/-/policywatch/search")
    page.fill("form.pw-search input[type=search]", "sub-processor")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=sub-processor**")
    assert page.locator(".pw-error").count() == 0
    assert page.locator("ol.pw-results li").count() >= 1
    assert "Recipients and sub-processors" in page.locator("p.pw-count").inner_text()
    assert watched.errors == []

"""What an analyst sees, in a real headless Chromium against the real ``policywatch serve``.

Debian's ``chromium`` package, driven by Playwright (its own browser download
is not reachable here). Skips only when ``/usr/bin/chromium`` is missing, and
fails instead when ``POLICYWATCH_REQUIRE_BROWSER=1`` (CI).
With ``POLICYWATCH_SCREENSHOTS=1`` it also saves the README's screenshots to
``docs/``; otherwise to a temporary folder, so a test run leaves the
repository as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import HOSTILE_NAME

CHROMIUM = Path("/usr/bin/chromium")
REPO_DOCS = Path(__file__).resolve().parents[2] / "docs"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [pytest.mark.browser]

if not CHROMIUM.exists():
    reason = "needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
    if os.environ.get("POLICYWATCH_REQUIRE_BROWSER") == "1":
        raise RuntimeError(reason + "; POLICYWATCH_REQUIRE_BROWSER=1 says it must run")
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason=reason)]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records every dialog, console error and uncaught script error."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def pwned(self) -> Any:
        return self.page.evaluate("() => window.pwned")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: the README's folder only when asked for."""
    return REPO_DOCS if os.environ.get("POLICYWATCH_SCREENSHOTS") == "1" else tmp_path


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.context.close()


def test_home_page_leads_to_latest_material_changes(
    watched: Watched, server: str, ids: dict[str, int], shots: Path
) -> None:
    page = watched.page
    page.goto(server + "/")
    heading = page.get_by_role("heading", name="Latest material changes")
    assert heading.is_visible()
    table = page.locator("table.pw-changes")
    assert "Faveo Helpdesk" in table.inner_text()
    assert "14 dager → 180 dager" in table.inner_text()
    # The hostile vendor's name reads as text in the list.
    assert HOSTILE_NAME in table.inner_text()
    page.screenshot(path=str(shots / "screenshot-home.png"), full_page=True)
    # A person clicks through to the change.
    page.locator(f'a[href="/-/policywatch/change/{ids["faveo_change"]}"]').first.click()
    page.wait_for_url(f"**/-/policywatch/change/{ids['faveo_change']}")
    assert page.locator(".pw-verdict-box").inner_text().startswith("MATERIAL")
    assert watched.pwned() is None and not watched.dialogs and not watched.errors


def test_change_page_shows_redline_and_reasons(
    watched: Watched, server: str, ids: dict[str, int], shots: Path
) -> None:
    page = watched.page
    page.goto(f"{server}/-/policywatch/change/{ids['faveo_change']}")
    assert page.locator("h1").inner_text().startswith("Faveo Helpdesk: privacy_policy")
    assert "period changed: 14 dager → 180 dager" in page.locator(".pw-why").inner_text()
    assert page.locator(".pw-diff del", has_text="14").count() >= 1
    assert page.locator(".pw-diff ins", has_text="180").count() >= 1
    # Deleted text looks deleted: the browser applies our stylesheet.
    decoration = page.locator(".pw-diff del").first.evaluate(
        "e => getComputedStyle(e).textDecorationLine"
    )
    assert decoration == "line-through"
    page.screenshot(path=str(shots / "screenshot-change.png"), full_page=True)
    page.get_by_role("link", name="Side by side").click()
    page.wait_for_url("**mode=side_by_side")
    assert page.locator(".pw-mode-side_by_side").is_visible()


def test_search_finds_sections_with_highlights(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/")
    page.get_by_label("Which vendors mention").fill("oppsigelsen")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/-/policywatch/search?**")
    results = page.locator("ol.pw-results > li")
    assert results.count() >= 1
    assert "Faveo Helpdesk" in results.first.inner_text()
    assert page.locator("ol.pw-results mark").first.inner_text().lower() == "oppsigelsen"
    page.select_option("select[name=scope]", "all")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**scope=all**")
    # The word is in both Faveo versions.
    assert page.locator("ol.pw-results > li").count() >= 2


@pytest.mark.parametrize("kind", ["change", "document", "vendor", "search"])
def test_hostile_policy_text_shows_literally_and_runs_nothing(
    watched: Watched, server: str, ids: dict[str, int], kind: str
) -> None:
    page = watched.page
    path = {
        "change": f"/-/policywatch/change/{ids['hostile_change']}",
        "document": f"/-/policywatch/document/{ids['hostile_document']}",
        "vendor": "/-/policywatch/vendor/acme",
        "search": "/-/policywatch/search?q=onerror&scope=all",
    }[kind]
    page.goto(server + path)
    for mode in ("inline", "side_by_side") if kind == "change" else ("",):
        if mode:
            page.goto(f"{server}{path}?mode={mode}")
        page.wait_for_load_state("load")
        text = page.locator("body").inner_text()
        assert watched.pwned() is None, "a script from the policy ran"
        assert not watched.dialogs and not watched.errors
        # Only Datasette's own inline script is on the page; no image from the policy.
        assert page.locator("script[src], img, iframe, object, embed").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        assert page.locator("[onerror], [onload], [onclick]").count() == 0
        scripts = page.locator("script").evaluate_all("els => els.map(e => e.textContent)")
        assert not any("pwned" in s for s in scripts)
        if kind in ("document", "vendor", "change"):
            assert HOSTILE_NAME in text
        if kind == "change":
            # The inserted words, script tag and all, read as text in the redline.
            assert "<script>window.pwned=6</script>" in page.locator(".pw-diff").inner_text()
            # (The classifier's evidence quotes the sentence without tags.)
            assert "5 years window.pwned=6 after" in page.locator(".pw-why").inner_text()
        if kind == "search":
            assert "<script>window.pwned=1</script>" in text
            assert '<img src=x onerror="window.pwned' in text
            assert "Who we are <h1>not a heading</h1>" in text


def test_hostile_rows_in_datasette_tables_show_literally(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/policywatch/sections?text__contains=pwned")
    text = page.locator("body").inner_text()
    assert "<script>window.pwned=1</script>" in text
    assert "{{ 7*7 }}" in text and "javascript:window.pwned=4" in text
    assert "<b>bold?</b>" in text
    assert watched.pwned() is None and not watched.dialogs

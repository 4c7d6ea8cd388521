"""When ``render: auto`` asks the browser: app shells, too little text, bot challenges.

Pure (no browser): :func:`policywatch.extract.rendering.browser_reason` on pages
written for these tests, and on the dev corpus's real snapshots of the tuned-on
vendors, none of which needs a browser.
"""

from __future__ import annotations

import pytest

from benchmarks.corpus import CORPUS, is_frozen, manifest
from policywatch.extract.rendering import browser_reason
from tests.crawl.test_faults import CAPTCHA_PAGE, LOGIN_PAGE

POLICY = (
    b"<!DOCTYPE html><html><head><title>Privacy</title></head><body><h1>Privacy policy</h1>"
    + b"<p>We keep account data for thirty days after an account is closed.</p>" * 30
    + b"</body></html>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'<html><body><div id="root"></div><script src="/a.js"></script></body></html>', "shell"),
        (b'<html><body><div id="__next"></div></body></html>', "shell"),
        (b"<html><body><app-root></app-root></body></html>", "shell"),
        (
            b"<html><body><noscript>Bitte aktivieren Sie JavaScript.</noscript>"
            b"<main></main></body></html>",
            "shell",
        ),
        (b"<html><body><h1>Privacy</h1><p>Loading the policy...</p></body></html>", "little"),
        (CAPTCHA_PAGE, "challenge"),
    ],
)
def test_pages_that_need_a_browser_say_why(body: bytes, expected: str) -> None:
    reason = browser_reason(body, "text/html; charset=utf-8", "privacy_policy")
    assert reason is not None
    words = {"shell": "app shell", "little": "too little text", "challenge": "bot challenge"}
    assert words[expected] in reason


def test_pages_that_need_no_browser() -> None:
    assert browser_reason(POLICY, "text/html", "privacy_policy") is None
    # A server-rendered page keeps a <noscript> note beside its text.
    noscript = POLICY.replace(b"<body>", b"<body><noscript>Enable JavaScript</noscript>")
    assert browser_reason(noscript, "text/html", "privacy_policy") is None
    # Not HTML: never rendered.
    assert browser_reason(b"%PDF-1.7 ...", "application/pdf", "dpa") is None
    # An error status is rendered only for a challenge; a login wall is no challenge.
    assert browser_reason(b"<h1>Not found</h1>", "text/html", "terms", status=404) is None
    assert browser_reason(CAPTCHA_PAGE, "text/html", "terms", status=403) is not None
    assert browser_reason(LOGIN_PAGE, "text/html", "terms", status=401) is None


def test_short_types_have_lower_bars() -> None:
    table = b"<html><body><table>" + b"<tr><td>Acme Cloud</td><td>Hosting</td></tr>" * 16
    table += b"</table></body></html>"
    assert browser_reason(table, "text/html", "subprocessors") is None
    assert browser_reason(table, "text/html", "privacy_policy") is not None


def test_render_browser_renders_every_html_answer() -> None:
    assert browser_reason(POLICY, "text/html", "privacy_policy", always=True) == "render: browser"
    assert browser_reason(b"%PDF-1.7", "application/pdf", "dpa", always=True) is None


def test_no_tuned_on_corpus_snapshot_needs_the_browser() -> None:
    rows = [r for r in manifest() if r["format"] == "html" and not is_frozen(r["doc_id"])]
    assert rows
    for row in rows:
        body = (CORPUS / row["file"]).read_bytes()
        assert browser_reason(body, "text/html", row["doc_type"]) is None, row["file"]

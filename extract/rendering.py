"""Does a plainly fetched page need a browser to show its text? (``render: auto``)

    >>> shell = b'<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
    >>> browser_reason(shell, "text/html", "privacy_policy")
    'an app shell (its text is built by scripts)'
    >>> page = b"<h1>Privacy</h1><p>" + b"We keep account data for thirty days. " * 40 + b"</p>"
    >>> browser_reason(page, "text/html", "privacy_policy") is None
    True

Pure (no browser, no Scrapy): the crawl asks this of every plain HTML answer
of an ``auto`` document and renders the page in headless Chromium only when
it says why. Three reasons, read from the page alone:

- a bot challenge (the guard's :func:`~policywatch.extract.guard.blocked`),
  which a browser that runs its script may pass;
- an app shell: a mount point left empty for scripts or a ``<noscript>``
  asking for JavaScript, on a page with little text;
- too little text for the declared type (:data:`MIN_WORDS`): a document that
  scripts fill in after load.

The count is of the page's visible words (scripts, styles and templates
dropped), made with lxml in a few milliseconds, not a full extraction.
"""

from __future__ import annotations

import re

from lxml import etree, html

from policywatch.core.lexicon.tokens import WORD
from policywatch.extract import guard

# Visible words below which a page is too short to be the document it is
# declared as. Real policies, terms, DPAs and cookie policies run to
# thousands of words (the dev corpus's shortest has over 400); a sub-processor
# list can be a short table; "other" documents get the guard's own minimum.
MIN_WORDS: dict[str, int] = {
    "privacy_policy": 150,
    "terms": 150,
    "dpa": 150,
    "cookie_policy": 100,
    "subprocessors": 40,
}
# An app shell's markers count only on a page with fewer words than this
# (a server-rendered page keeps a <noscript> fallback beside its text).
SHELL_WORDS = guard.DEFAULT.interstitial_words

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
# Elements single-page apps mount into, left empty in the HTML they send.
_MOUNT_IDS = re.compile(r"^(root|app|__next|__nuxt|___gatsby|svelte|main-app|ember-app)$", re.I)
_MOUNT_TAGS = ("app-root",)
_NEEDS_SCRIPT = re.compile(
    r"javascript|enable js|js is disabled|aktivieren sie javascript|activez javascript"
    r"|habilita javascript|attiva javascript|slå på javascript",
    re.IGNORECASE,
)


def browser_reason(
    body: bytes,
    content_type: str | None,
    doc_type: str | None,
    *,
    status: int = 200,
    url: str = "",
    always: bool = False,
) -> str | None:
    """Why the browser should render this plain answer, or None to keep it as it is.

    Only HTML is ever rendered: a PDF or a text file is what it is. An error
    status is rendered only when its page is a bot challenge; ``always``
    (``render: browser``) renders every other HTML answer too.
    """
    if not is_html(body, content_type):
        return None
    root = _parse(body)
    if root is None:
        return None
    title = (root.findtext(".//title") or "").strip()
    shell = _mount_point_empty(root) or _noscript_asks_for_javascript(root)
    for el in list(root.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()
    text = " ".join(root.itertext())
    words = len(WORD.findall(text))
    challenge = guard.blocked(guard.Page(url=url, text=text, title=title, body=body))
    if challenge is not None:
        return f"a bot challenge a browser may pass ({challenge.reason})"
    if status >= 400:
        return None
    if always:
        return "render: browser"
    if shell and words < SHELL_WORDS:
        return "an app shell (its text is built by scripts)"
    least = MIN_WORDS.get(doc_type or "", guard.DEFAULT.min_words)
    if words < least:
        return f"too little text for a {doc_type or 'document'} ({words} words)"
    return None


def is_html(body: bytes, content_type: str | None) -> bool:
    """Whether the answer is an HTML page (by its content type, or its start without one)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind:
        return False
    start = body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _parse(body: bytes) -> etree._Element | None:
    try:
        return html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None


def _mount_point_empty(root: etree._Element) -> bool:
    for el in root.iter("div", "main", "section", *_MOUNT_TAGS):
        ident = el.get("id") or ""
        if (el.tag in _MOUNT_TAGS or _MOUNT_IDS.match(ident)) and not "".join(
            el.itertext()
        ).strip():
            return True
    return False


def _noscript_asks_for_javascript(root: etree._Element) -> bool:
    return any(_NEEDS_SCRIPT.search(" ".join(el.itertext())) for el in root.iter("noscript"))

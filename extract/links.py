"""The links of a page, with their text and where on the page they sit.

    >>> html = b'''<html><head><link rel="privacy-policy" href="/p"></head><body>
    ... <a href="/blog">Blog</a><footer><a href="/legal/terms#top">Terms</a></footer>
    ... </body></html>'''
    >>> [(l.url, l.text, l.region) for l in collect_links(html, "https://acme.example/")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('https://acme.example/p', 'privacy policy', 'head'),
     ('https://acme.example/blog', 'Blog', 'body'),
     ('https://acme.example/legal/terms', 'Terms', 'footer')]

Pure: bytes in, links out. Legal documents are linked from a site's footer
and navigation, so each link says whether it sits there (``footer``,
``nav``), in the page's ``head`` (``<link rel="privacy-policy">``, a
registered link relation), or elsewhere (``body``).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

REGIONS = ("head", "footer", "nav", "hub", "body", "sitemap")
# Link relations registered for legal documents (IANA), read as link text.
_REL_TEXT = {"privacy-policy": "privacy policy", "terms-of-service": "terms of service"}
_FOOTER = re.compile(r"foot|bottom|legal|copyright|colophon", re.I)
_NAV = re.compile(r"\bnav|menu|header|masthead|topbar", re.I)
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "#")
# Pages with more links than this are cut: a footer is never that far down.
MAX_LINKS = 2000


@dataclass(frozen=True)
class Link:
    """A link found on ``source``: absolute URL (no fragment), its text, its region."""

    url: str
    text: str
    region: str
    source: str = ""


def canonical_url(url: str) -> str:
    """The URL without its fragment and with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.lower()
    if (parts.scheme, parts.port) in (("http", 80), ("https", 443)):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def collect_links(body: bytes | str, base_url: str) -> list[Link]:
    """Every http(s) link of an HTML page, in document order, deduplicated by URL and text."""
    root = _parse(body)
    if root is None:
        return []
    base = base_url
    for element in root.iter("base"):
        if element.get("href"):
            base = urljoin(base_url, element.get("href"))
            break
    found: list[Link] = []
    seen: set[tuple[str, str]] = set()

    def add(href: str | None, text: str, region: str) -> None:
        if not href or href.strip().lower().startswith(_SKIP_SCHEMES):
            return
        url = urljoin(base, href.strip())
        if urlsplit(url).scheme not in ("http", "https"):
            return
        url = canonical_url(url)
        key = (url, text)
        if key not in seen and len(found) < MAX_LINKS:
            seen.add(key)
            found.append(Link(url, text, region, base_url))

    for element in root.iter("link"):
        for rel in (element.get("rel") or "").lower().split():
            if rel in _REL_TEXT:
                add(element.get("href"), _REL_TEXT[rel], "head")
    for anchor in root.iter("a"):
        add(anchor.get("href"), _anchor_text(anchor), _region(anchor))
    return found


def html_title(body: bytes | str) -> str | None:
    """The text of a page's ``<title>`` (extraction keeps the H1 as the title instead).

    >>> html_title(b"<html><head><title> Privacy Policy | Acme </title></head></html>")
    'Privacy Policy | Acme'
    """
    root = _parse(body)
    for element in root.iter("title") if root is not None else ():
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        return text or None
    return None


def html_lang(body: bytes | str) -> str | None:
    """The language a page declares (``<html lang="nb-NO">`` -> ``"nb"``), or None.

    >>> html_lang(b'<html lang="sv-SE"><body>Hej</body></html>')
    'sv'
    """
    root = _parse(body)
    if root is None:
        return None
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].split("_")[0].lower()
    return {"no": "nb"}.get(lang, lang) or None


def pdf_title(body: bytes) -> str | None:
    """A PDF's own title (its document information dictionary), or None."""
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        metadata = PdfReader(io.BytesIO(body), strict=False).metadata
        title = metadata.title if metadata else None
    except Exception:  # pypdf raises assorted errors on hostile files: no title then
        return None
    return re.sub(r"\s+", " ", str(title)).strip() or None if title else None


def _parse(body: bytes | str) -> etree._Element | None:
    """The page's element tree, or None for a body that is not HTML at all."""
    try:
        return lxml.html.fromstring(body)
    except (etree.ParserError, ValueError):
        return None


def _anchor_text(anchor: etree._Element) -> str:
    text = " ".join(anchor.itertext()).strip()
    if not text:
        alts = [img.get("alt", "") for img in anchor.iter("img")]
        text = anchor.get("aria-label") or anchor.get("title") or " ".join(alts)
    return re.sub(r"\s+", " ", text).strip()[:200]


def _region(element: etree._Element) -> str:
    """``footer`` or ``nav`` if the element sits in one (by tag, role or class), else ``body``."""
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        role = (ancestor.get("role") or "").lower()
        if tag == "footer" or role == "contentinfo" or _FOOTER.search(marks):
            return "footer"
        if tag in ("nav", "header") or role in ("navigation", "banner") or _NAV.search(marks):
            return "nav"
    return "body"


def same_site(url: str, home: str) -> bool:
    """Whether ``url`` belongs to the site of ``home``: the same registrable domain
    (www.acme.example, legal.acme.example), or for an IP address the same host and port."""
    a, b = urlsplit(url), urlsplit(home)
    host_a, host_b = (a.hostname or ""), (b.hostname or "")
    if _is_ip(host_a) or _is_ip(host_b) or "." not in host_b:
        port_a, port_b = a.port or _default_port(a.scheme), b.port or _default_port(b.scheme)
        return (host_a, port_a) == (host_b, port_b)
    return registrable_domain(host_a) == registrable_domain(host_b)


def site_of(url: str) -> str:
    """The site a document's URL belongs to, as discovery is given one: its
    registrable domain, or for an address, a one-label host or another port,
    the URL's own origin.

    >>> site_of("https://legal.acme.example/privacy"), site_of("http://127.0.0.1:8000/p")
    ('acme.example', 'http://127.0.0.1:8000/')
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if _is_ip(host) or "." not in host or parts.port not in (None, _default_port(parts.scheme)):
        return f"{parts.scheme}://{parts.netloc}/"
    return registrable_domain(host)


def registrable_domain(host: str) -> str:
    """``"www.acme.co.uk"`` -> ``"acme.co.uk"`` (Public Suffix List, as tldextract ships it)."""
    extracted = _extractor()(host)
    # Unlisted suffixes (".example", ".internal") count as one label.
    return extracted.top_domain_under_public_suffix or ".".join(host.split(".")[-2:])


@cache
def _extractor() -> Any:
    import tldextract

    # The snapshot of the Public Suffix List that tldextract ships: no download, no cache files.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80

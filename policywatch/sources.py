"""Read documents given on the command line: local files or URLs.

    body, content_type, url = load_source("old.html")
    (old, new) = load_sources(["v1.md", "https://vendor.example/privacy"])

URLs are fetched exactly as the crawl fetches them (:mod:`policywatch.crawler.fetch`):
the private-address guard (``$POLICYWATCH_ALLOW_NETWORKS`` lists exceptions),
robots.txt and the crawl's user agent, all URLs of one command in one run.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path

SUFFIX_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
}

Source = tuple[bytes, str, str]


class SourceError(ValueError):
    """The source could not be read; the message says why and what to do."""

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(message)
        self.source = source


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load_source(source: str) -> Source:
    """Return ``(body, content_type, url)`` for a file path or http(s) URL."""
    return load_sources([source])[0]


def load_sources(sources: Sequence[str]) -> list[Source]:
    """:func:`load_source` for each, fetching every URL among them in one run.

    Raises :class:`SourceError` (its ``source`` says which) for the first
    that cannot be read.
    """
    loaded = {s: _read_file(s) for s in sources if not is_url(s)}  # files first: no wait
    urls = [s for s in sources if is_url(s)]
    loaded.update(zip(urls, _fetch(urls), strict=True))
    return [loaded[s] for s in sources]


def _fetch(urls: list[str]) -> list[Source]:
    if not urls:
        return []
    from policywatch.commands.common import fetch_settings
    from policywatch.crawler.fetch import fetch_urls

    loaded = []
    for url, result in zip(urls, fetch_urls(urls, settings=fetch_settings()), strict=True):
        if result.error:
            raise SourceError(result.error, url)
        if result.status is not None and result.status >= 400:
            raise SourceError(f"the server answered HTTP {result.status}", url)
        content_type = result.content_type or "application/octet-stream"
        loaded.append((result.body, content_type, result.final_url or url))
    return loaded


def _read_file(source: str) -> Source:
    path = Path(source)
    if not path.is_file():
        raise SourceError(
            "no such file (give a path to .html, .pdf, .md or .txt, or a URL)", source
        )
    content_type = SUFFIX_TYPES.get(path.suffix.lower()) or (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
    return path.read_bytes(), content_type, path.resolve().as_uri()

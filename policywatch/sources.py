"""Read a document given on the command line: a local file or a URL."""

from __future__ import annotations

import mimetypes
from pathlib import Path

SUFFIX_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
}


class SourceError(ValueError):
    """The source could not be read; the message says why and what to do."""


def load_source(source: str, *, timeout: float = 30.0) -> tuple[bytes, str, str]:
    """Return ``(body, content_type, url)`` for a file path or http(s) URL."""
    if source.startswith(("http://", "https://")):
        import httpx

        try:
            response = httpx.get(source, timeout=timeout, follow_redirects=True)
        except httpx.HTTPError as exc:
            raise SourceError(f"could not fetch: {exc}") from exc
        if response.status_code >= 400:
            raise SourceError(f"the server answered HTTP {response.status_code}")
        content_type = response.headers.get("content-type", "application/octet-stream")
        return response.content, content_type, str(response.url)
    path = Path(source)
    if not path.is_file():
        raise SourceError("no such file (give a path to .html, .pdf, .md or .txt, or a URL)")
    content_type = SUFFIX_TYPES.get(path.suffix.lower()) or (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
    return path.read_bytes(), content_type, path.resolve().as_uri()

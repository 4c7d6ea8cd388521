"""The data model every part shares: what a fetch produced, what extraction made of it.

They carry no behaviour beyond (de)serialisation and import nothing of
Scrapy or SQLite, so the crawl, the recorder, the database layer,
``policywatch diff`` and the tests can all build them from bytes, from
stored rows, or by hand::

    >>> doc = ExtractedDocument(text="# Privacy\\n\\nWe keep data 30 days.",
    ...                         sections=[Section(1, "Privacy", "We keep data 30 days.")])
    >>> doc.word_count
    6
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

# The kinds of document policywatch watches; "other" is any other page.
DOC_TYPES = ("privacy_policy", "terms", "dpa", "subprocessors", "cookie_policy", "other")


@dataclass(frozen=True)
class Section:
    """One section of a document: its depth in the document's own outline."""

    level: int
    heading: str
    text: str


@dataclass(frozen=True)
class StatedDate:
    """The "last updated" / "effective" / "version" date a document states.

    ``value`` is ``YYYY-MM-DD`` (precision ``day``) or ``YYYY-MM``
    (precision ``month``); ``snippet`` is the text it was read from.
    """

    value: str
    precision: str  # "day" | "month"
    kind: str  # "last_updated" | "effective" | "version"
    snippet: str


@dataclass
class ExtractedDocument:
    """What extraction returns for one fetched page, PDF or file.

    ``text`` is the normalised Markdown-like text: it is what versions hash
    and what diffs compare. ``suspect`` holds a reason when the input does
    not look like a real policy (empty, garbage, undecodable PDF...).
    """

    text: str
    sections: list[Section] = field(default_factory=list)
    title: str | None = None
    language: str | None = None
    stated_date: StatedDate | None = None
    suspect: str | None = None
    warnings: list[str] = field(default_factory=list)

    # Cached: the crawl computes both in a worker process and the values
    # travel with the pickled document, so the writer does not split 50 KB again.
    # ``text`` is never reassigned after extraction.
    @cached_property
    def word_count(self) -> int:
        return len(self.text.split())

    @cached_property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``policywatch extract --format json``."""
        return {
            "title": self.title,
            "language": self.language,
            "stated_date": asdict(self.stated_date) if self.stated_date else None,
            "sections": [asdict(s) for s in self.sections],
            "text": self.text,
            "word_count": self.word_count,
            "suspect": self.suspect,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtractedDocument:
        date = data.get("stated_date")
        return cls(
            text=data["text"],
            sections=[Section(**s) for s in data.get("sections", [])],
            title=data.get("title"),
            language=data.get("language"),
            stated_date=StatedDate(**date) if date else None,
            suspect=data.get("suspect"),
            warnings=list(data.get("warnings", [])),
        )


@dataclass
class FetchResult:
    """What one fetch attempt produced: the spider yields these, the recorder stores them."""

    document_id: int
    url: str
    started_at: str
    final_url: str | None = None
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int | None = None
    error: str | None = None
    # With ``error``: its kind (a :class:`policywatch.core.vocabulary.ErrorKind`
    # value), decided by the crawler from the exception's type.
    error_kind: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # How the body was made: "http" (as sent) or "browser" (rendered by
    # headless Chromium after the page's scripts ran); a Render value.
    render: str = "http"


class ExtractionError(ValueError):
    """The input cannot be turned into text at all (say what and what to do)."""

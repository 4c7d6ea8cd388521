"""Extraction: bytes + content type + URL in, :class:`ExtractedDocument` out.

    >>> from policywatch.crawler.extract import extract
    >>> doc = extract(b"<h1>Privacy</h1><p>Last updated: 6 May 2024</p>", "text/html")
    >>> doc.sections[0].heading
    'Privacy'

No Scrapy, no database: the crawl, ``policywatch extract`` and
``policywatch reextract`` all call :func:`extract`.
"""

from policywatch.crawler.extract.model import (
    ExtractedDocument,
    ExtractionError,
    Section,
    StatedDate,
)
from policywatch.crawler.extract.pipeline import extract

__all__ = ["ExtractedDocument", "ExtractionError", "Section", "StatedDate", "extract"]

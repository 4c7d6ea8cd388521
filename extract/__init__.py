"""Extraction: bytes + content type + URL in, :class:`ExtractedDocument` out.

    >>> from policywatch.extract import extract
    >>> doc = extract(b"<h1>Privacy</h1><p>Last updated: 6 May 2024</p>", "text/html")
    >>> doc.sections[0].heading
    'Privacy'

No Scrapy, no database: the crawl, ``policywatch extract`` and
``policywatch reextract`` all call :func:`extract`.
"""

from policywatch.core.model import (
    ExtractedDocument,
    ExtractionError,
    Section,
    StatedDate,
)
from policywatch.extract.pipeline import extract

__all__ = ["ExtractedDocument", "ExtractionError", "Section", "StatedDate", "extract"]

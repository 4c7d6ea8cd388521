"""Semantic diff of two extracted documents, and a materiality verdict.

Pure functions: no Scrapy, no database.

    >>> from policywatch.crawler.extract import ExtractedDocument
    >>> from policywatch.diffing import diff_documents
    >>> old = ExtractedDocument(text="We keep data for 30 days.")
    >>> new = ExtractedDocument(text="We keep data for 24 months.")
    >>> diff_documents(old, new).verdict in {"material", "editorial"}
    True
"""

from policywatch.diffing.model import ChangeItem, DiffResult, Reason
from policywatch.diffing.compare import diff_documents
from policywatch.diffing.render import render_html

__all__ = ["ChangeItem", "DiffResult", "Reason", "diff_documents", "render_html"]

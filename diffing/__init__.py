"""Semantic diff of two extracted documents, and a materiality verdict.

Pure functions: no Scrapy, no database.

    >>> from policywatch.extract import ExtractedDocument
    >>> from policywatch.diffing import diff_documents, render_html
    >>> old = ExtractedDocument(text="We keep data for 30 days.")
    >>> new = ExtractedDocument(text="We keep data for 24 months.")
    >>> result = diff_documents(old, new)
    >>> result.verdict, result.categories
    ('material', ['retention'])
    >>> "<del>30 days</del>" in render_html(result)
    True
"""

from policywatch.diffing.compare import diff_documents
from policywatch.diffing.model import ChangeItem, DiffResult, Reason
from policywatch.diffing.render import render_html

__all__ = ["ChangeItem", "DiffResult", "Reason", "diff_documents", "render_html"]

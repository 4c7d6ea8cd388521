"""Fixtures for diffing tests: real versions from the dev corpus, extracted as the crawl does."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.core.model import Section
from policywatch.diffing import DiffResult, diff_documents
from policywatch.extract import ExtractedDocument, extract, guard
from tests.conftest import CORPUS


def corpus_doc(relative: str) -> ExtractedDocument:
    """Extract one corpus file, skipping the test when the corpus is not checked out."""
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file missing: {path}")
    return extract(path.read_bytes(), "text/markdown", path.resolve().as_uri())


def corpus_path(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file missing: {path}")
    return path


def guarded_diff(
    old: ExtractedDocument, new: ExtractedDocument, doc_type: str | None = None
) -> DiffResult:
    """The guard, then the diff: what the crawl and ``policywatch diff`` do with a pair."""
    verdict = guard.check(guard.Page.of(new, "https://vendor.example/doc"), guard.Previous.of(old))
    if not verdict.ok:
        return DiffResult.not_compared(verdict.reason or verdict.code, verdict.code)
    return diff_documents(old, new, doc_type=doc_type)


def one_section(text: str, language: str) -> ExtractedDocument:
    """A document of one untitled section in ``language``: a sentence-level case."""
    return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)

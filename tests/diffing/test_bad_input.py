"""Pairs that are not two versions of one document: a clear suspect verdict, never material."""

from __future__ import annotations

import pytest

from policywatch.extract import extract

from .conftest import corpus_doc, guarded_diff


def test_two_unrelated_documents():
    old = corpus_doc("github-dpa/v05_2021-07-14.md")
    new = corpus_doc("happn-privacy-policy/v04_2026-03-03.md")
    result = guarded_diff(old, new)
    assert result.verdict == "suspect" and not result.material
    assert "another document" in result.summary


def test_two_languages():
    old = corpus_doc("badoo-terms-of-service/v03_2021-05-27.md")
    new = corpus_doc("badoo-terms-of-service/v04_2023-05-19.md")
    result = guarded_diff(old, new)
    assert result.verdict == "suspect" and "language" in result.summary


def test_bokmal_and_nynorsk_are_one_language():
    from policywatch.extract import guard

    text = "Vi behandlar personopplysningar om deg når du brukar tenesta. " * 20
    page = guard.Page(url="https://x.example", text=text, language="nn")
    assert guard.check(page, guard.Previous(text, "nb")).ok


@pytest.mark.parametrize("side", ["old", "new"])
def test_an_empty_side(side):
    doc = corpus_doc("linear-privacy-policy/v05_2026-06-18.md")
    empty = extract(b"   \n", "text/html", "https://x.example/privacy")
    pair = (empty, doc) if side == "old" else (doc, empty)
    result = guarded_diff(*pair)
    assert result.verdict == "suspect" and not result.material
    assert "empty" in result.summary or "no text" in result.summary


def test_a_binary_file():
    doc = corpus_doc("linear-privacy-policy/v05_2026-06-18.md")
    binary = extract(bytes(range(256)) * 40, "application/octet-stream", "https://x.example/a")
    result = guarded_diff(doc, binary)
    assert result.verdict == "suspect" and "binary" in result.summary
    result = guarded_diff(binary, doc)
    assert result.verdict == "suspect" and "binary" in result.summary

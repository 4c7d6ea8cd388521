"""HTML rendering: both modes, and page text is always escaped."""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import DiffResult, diff_documents, render_html

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def hostile_result() -> DiffResult:
    old_text = "We keep your data for 30 days. " + HOSTILE
    new_text = "We keep your data for 2 years. " + HOSTILE
    old = ExtractedDocument(text=old_text, sections=[Section(1, HOSTILE, old_text)])
    new = ExtractedDocument(text=new_text, sections=[Section(1, HOSTILE, new_text)])
    return diff_documents(old, new)


@pytest.mark.parametrize("mode", ["inline", "side_by_side"])
def test_page_text_is_escaped(mode: str) -> None:
    html = render_html(hostile_result(), mode=mode)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_inline_redline_marks_deletions_and_insertions() -> None:
    html = render_html(hostile_result())
    assert "<del>30 days</del>" in html and "<ins>2 years</ins>" in html


def test_side_by_side_has_both_columns() -> None:
    html = render_html(hostile_result(), mode="side_by_side")
    assert html.count('<td class="pw-text">') == 1 * 2
    assert "<del>30 days</del>" in html and "<ins>2 years</ins>" in html


def test_renders_from_stored_data_alone() -> None:
    stored = hostile_result().to_dict(with_ops=True)
    assert "<ins>2 years</ins>" in render_html(DiffResult.from_dict(stored))


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        render_html(hostile_result(), mode="columns")

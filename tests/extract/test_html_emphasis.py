"""What sets a paragraph apart without a heading tag (extract/html_emphasis.py): CSS
bold, a large font, a class naming a heading make it a heading candidate; their
twins (normal weight, a small font, a PDF line's position class) do not."""

from __future__ import annotations

import doctest

import pytest

from policywatch.extract import html_emphasis
from policywatch.extract.html import read_html

BODY = "<p>We share data with partners to run the service.</p>"


def _first(html: str) -> tuple[str, bool]:
    block = read_html(html + BODY).blocks[0]
    return block.kind, block.kind == "heading" or block.rank > 0


@pytest.mark.parametrize(
    ("set_apart", "plain"),
    [
        ('<p><span style="font-weight: 700">Sharing</span></p>',
         '<p><span style="font-weight: 400">Sharing</span></p>'),
        ('<p><span style="font-size: 20px">Sharing</span></p>',
         '<p><span style="font-size: 12px">Sharing</span></p>'),
        ('<p><font size="5">Sharing</font></p>', '<p><font size="2">Sharing</font></p>'),
        ('<div class="section-title">Sharing</div>', '<div class="t x1 h3 y2 ff1">Sharing</div>'),
    ],
)  # fmt: skip
def test_set_apart_text_is_a_heading_candidate_and_its_twin_is_not(set_apart, plain) -> None:
    assert _first(set_apart)[1], set_apart
    assert _first(plain) == ("para", False), plain


def test_the_usage_shown_in_the_docstring_holds() -> None:
    result = doctest.testmod(html_emphasis)
    assert result.attempted and not result.failed

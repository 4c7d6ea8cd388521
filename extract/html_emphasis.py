"""How HTML sets text apart without a heading tag: CSS bold or a large font, a
class that names a heading, ``<font size="4">``. The walker (:mod:`.html`)
reads such text as a heading candidate, as it does ``<b>`` and ``<strong>``.

    >>> import lxml.html
    >>> styled_bold(lxml.html.fromstring('<span style="font-weight: 700">Sharing</span>'))
    True
    >>> heading_class("section-title"), heading_class("t x1 h3 y2 ff1")
    (True, False)
    >>> bold_children(lxml.html.fromstring('<p><span class="bold">Sharing</span></p>'))
    True
"""

from __future__ import annotations

import re

from lxml import etree

from policywatch.extract.pdfhtml import positioned_line

# CSS that sets text apart: bold, or a font well above a body's (16px, 12pt, 1em).
_BOLD_STYLE = re.compile(
    r"font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:larger|x+-large|large"
    r"|(?:1[89]|[2-9]\d)(?:\.\d+)?px|(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt|(?:1\.[2-9]|[2-9])\d*r?em)",
    re.I,
)

# A class that names a heading or bold type: "h3", "section-title", "headline", "fw-bold".
_HEADING_CLASS = re.compile(
    r"(?:^|[\s_-])(?:h[1-6]|title|heading|headline|bold|strong)(?:$|[\s_-])", re.I
)


def heading_class(names: str) -> bool:
    """``class="h3"`` names a heading; ``class="t x1 h3 y2 ff1"`` (a PDF line's height) does not."""
    return _HEADING_CLASS.search(names) is not None and not positioned_line(names)


# Inline elements whose style sets text apart; <font size="4"> is the old HTML for a large font.
STYLED = ("span", "font")
_LARGE_FONT_SIZE = re.compile(r"^\s*(?:[4-7]|\+[1-6])\s*$")


def styled_bold(el: etree._Element) -> bool:
    """``<span style="font-weight: 700">``, ``<span class="heading">``, ``<font size="4">``."""
    style, names, size = el.get("style"), el.get("class"), el.get("size")
    if el.tag == "font" and size and _LARGE_FONT_SIZE.match(size):
        return True
    return (bool(style) and _BOLD_STYLE.search(style) is not None) or (
        bool(names) and heading_class(names)
    )


def bold_children(el: etree._Element) -> bool:
    """A paragraph whose text is all in CSS-bold spans: ``<p><span style="...bold">``."""
    if not len(el) or (el.text or "").strip():
        return False
    return all(
        child.tag in STYLED and styled_bold(child) and not (child.tail or "").strip()
        for child in el
    )

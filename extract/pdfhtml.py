"""HTML that a PDF converter (pdf2htmlEX) made: positioned lines, read as the PDF's lines.

pdf2htmlEX writes every line of the PDF as ``<div class="t m0 x1 h4 y2 ff1
fs0 fc0 sc0 ls0 ws0">``: a transform, an x and y position, a *height*
(``h4``), a font family and size, a colour, spacing classes. The ``h4`` is
no heading markup, so such a page is read as the text of the PDF it came
from: one line per baseline (pieces of a line that share the page and the
``y`` class, "1." and "DEFINITIONS" set side by side, are one line), a form
feed between pages, then :func:`policywatch.extract.textblocks.read_text`
re-joins paragraphs and guesses headings as it does for a PDF. A line set
wholly in a font family other than the body's (the ``ff`` class most lines
carry) is set apart as a PDF line in a bold font is.

    >>> from lxml import html
    >>> page = html.fromstring('<div class="pf"><div class="t m0 x1 h2 y1 ff1 fs0">1.</div>'
    ...     '<div class="t m0 x2 h2 y1 ff2 fs0">SCOPE</div></div>')
    >>> positioned_line("t m0 x1 h4 y2 ff1 fs0 fc0"), positioned_line("h4 section-title")
    (True, False)
    >>> pdf_page_text(page, min_lines=1).text
    '1. SCOPE'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from policywatch.extract.normalise import normalise_inline
from policywatch.extract.pdflines import LineStyle, style_key

# pdf2htmlEX's layout classes: transform, x/y position, font family/size, colour, spacing.
_LAYOUT_CLASS = re.compile(r"^(?:m|x|y|ff|fs|fc|sc|ls|ws)[0-9a-f]+$")
_MIN_LAYOUT_CLASSES = 3  # "x1 y2 ff1": a line placed on a page, not a class name that says "h4"
_MIN_LINES = 20  # positioned lines that make a page a converted PDF (not one stray div)
_LINES = "//div[contains(concat(' ', normalize-space(@class), ' '), ' t ')]"


def positioned_line(class_names: str) -> bool:
    """A class list that places a line on a PDF page: its ``h\\d`` is a height, not a heading."""
    return sum(bool(_LAYOUT_CLASS.match(name)) for name in class_names.split()) >= (
        _MIN_LAYOUT_CLASSES
    )


@dataclass
class PdfText:
    """A converted page's PDF text and each line's typography (as :func:`.pdf.pdf_read` gives)."""

    text: str
    styles: dict[str, LineStyle] = field(default_factory=dict)


def pdf_page_text(root: etree._Element, min_lines: int = _MIN_LINES) -> PdfText | None:
    """The PDF's text of a converted page (lines, pages split by form feeds), else None."""
    lines = [el for el in root.xpath(_LINES) if positioned_line(el.get("class", ""))]
    if len(lines) < min_lines:
        return None
    pages: list[list[str]] = []
    fonts: list[set[str]] = []  # the font families of each line's pieces, line by line
    last: tuple[object, str | None] | None = None
    for el in lines:
        names = el.get("class", "").split()
        page = next((a for a in el.iterancestors() if "pf" in a.get("class", "").split()), None)
        y = next((n for n in names if n.startswith("y")), None)
        font = {n for n in names if n.startswith("ff")}
        text = normalise_inline(el.text_content())
        if not text:
            continue  # a blank positioned line: PDF text has no empty lines inside paragraphs
        if last is None or last[0] is not page:
            pages.append([])
        if last is not None and last == (page, y) and pages[-1]:
            pages[-1][-1] = normalise_inline(pages[-1][-1] + " " + text)
            fonts[-1] |= font
        else:
            pages[-1].append(text)
            fonts.append(set(font))
        last = (page, y)
    common = Counter(f for line in fonts for f in line).most_common(1)
    body = common[0][0] if common else ""
    out: list[str] = []
    styles: dict[str, LineStyle] = {}
    at = 0
    for page in pages:
        out.append("\f")
        before = False  # the line before is set apart
        for line in page:
            apart = bool(fonts[at]) and body not in fonts[at]
            at += 1
            if apart and before and line[:1].islower():
                # A heading wrapped on in its font ("... basis for the" / "processing?").
                out[-1] = normalise_inline(out[-1] + " " + line)
                styles[style_key(out[-1])] = LineStyle(bold=True, scale=1.0)
                continue
            if apart and not before:
                out.append(
                    ""
                )  # a change to a font of its own starts a block, as a PDF's spacing does
            out.append(line)
            if apart:
                styles[style_key(line)] = LineStyle(bold=True, scale=1.0)
            before = apart
    return PdfText("\n".join(out).strip("\f\n"), styles)

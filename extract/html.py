"""HTML to blocks: the page's main text with the chrome gone, no per-site rules.

    >>> page = read_html("<nav>Home</nav><h1>Privacy</h1><p>We <b>never</b> sell data.</p>")
    >>> [(b.kind, b.text) for b in page.blocks]
    [('heading', 'Privacy'), ('para', 'We never sell data.')]

Chrome is removed by :mod:`.chrome` (by what it *is* and what its class or
id says, never by a site's selectors). Scripts are dropped wholesale, which
also drops the JSON-escaped copy of the text that hydrating single-page
apps carry. Headings are ``h1``-``h6`` and ARIA ``role="heading"``; bold
paragraphs (``b``, ``strong``, CSS ``font-weight``: :mod:`.html_emphasis`), italic ones shaped
like a heading (``em``, ``i``: :func:`.blocks.italic_heading_shaped`) and the titles of
collapsible panels (``summary``, accordion buttons) are heading candidates.
A vendor's own ``select`` / ``remove`` CSS (from the vendors file) is
applied first and takes precedence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from policywatch.core.model import ExtractionError
from policywatch.extract.blocks import BOLD, Block, italic_heading_shaped
from policywatch.extract.chrome import HEADINGS, dated_links, drop, strip_chrome
from policywatch.extract.hints import date_hints
from policywatch.extract.html_emphasis import STYLED, bold_children, heading_class, styled_bold
from policywatch.extract.inline import INLINE_EDGE, join_cell_lines, join_inline, keep_alt
from policywatch.extract.normalise import normalise_inline
from policywatch.extract.pdfhtml import pdf_page_text
from policywatch.extract.tablespans import spanned_rows
from policywatch.extract.textblocks import read_text

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "dt",
    "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure",
    "figcaption", "address", "details", "summary", "center", "fieldset", "hr", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "caption", "form", "legend", "html",
}  # fmt: skip
_HEADINGS = HEADINGS
# How a run of text is set: the walker keeps the weakest emphasis of a block's text.
_PLAIN, _ITALIC, _BOLD = 0, 1, 2
_EMPHASIS = {"b": _BOLD, "strong": _BOLD, "em": _ITALIC, "i": _ITALIC}


@dataclass
class HtmlPage:
    """What the HTML reader found: blocks plus page metadata."""

    blocks: list[Block]
    title: str | None = None
    lang: str | None = None
    warnings: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)  # ISO dates the markup gives the page


def read_html(html: str, *, select: str | None = None, remove: str | None = None) -> HtmlPage:
    """Parse ``html`` (already decoded) and return its main-text blocks."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"cannot parse HTML: {exc}") from exc
    title = _page_title(root)
    hints = date_hints(root)
    lang = root.get("lang") or None
    warnings: list[str] = []
    if remove:
        for el in _css(root, remove):
            drop(el)
    containers = [root]
    if select:
        containers = _css(root, select)
        if not containers:
            warnings.append(f"select {select!r} matched nothing; used the whole page")
            containers = [root]
    blocks: list[Block] = []
    for container in containers:
        strip_chrome(container, _walk)
        if (pdf := pdf_page_text(container)) is not None:
            # A PDF converted line by line (pdf2htmlEX): read as the PDF's lines.
            blocks += read_text(pdf.text, pdf.styles)
        else:
            _Walker(blocks, dated_links(container), lang).walk(container)
    return HtmlPage(blocks=blocks, title=title, lang=lang, warnings=warnings, hints=hints)


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _css(root: etree._Element, selector: str) -> list[etree._Element]:
    from cssselect import SelectorError

    try:
        return list(root.cssselect(selector))
    except SelectorError as exc:
        raise ExtractionError(f"bad CSS selector {selector!r}: {exc}") from exc


def _page_title(root: etree._Element) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//title//text()"):
        found = " ".join(str(t) for t in root.xpath(xpath))
        if found.strip():
            return normalise_inline(found)
    return None


def _walk(el: etree._Element) -> list[Block]:
    blocks: list[Block] = []
    _Walker(blocks).walk(el)
    return blocks


class _Walker:
    """Turn an element tree into blocks, keeping headings, list items and table rows.

    This visits every element of the page, so it is written for speed: the
    pending block's text pieces are kept with a running "has text" flag and
    the weakest emphasis among them (:data:`_PLAIN`, :data:`_ITALIC`,
    :data:`_BOLD`) instead of (text, emphasis) pairs re-scanned at every flush.
    """

    def __init__(
        self,
        out: list[Block],
        other_pages: set[etree._Element] | None = None,
        language: str | None = None,
    ) -> None:
        self.out = out
        self.language = language  # the page's lang attribute: whose ordinal suffixes join
        # Entries of lists of dated links (:func:`.chrome.dated_links`): their blocks are marked.
        self.other_pages = other_pages or set()
        self.pieces: list[str] = []
        self.has_text = False  # some piece has non-space characters
        self.least = _BOLD  # the weakest emphasis of those pieces
        self.kind = "para"
        self.tables: dict[etree._Element, dict[etree._Element, list[str]]] = {}

    def walk(self, el: etree._Element) -> None:
        self._visit(el, _PLAIN)
        self._flush()

    def _add(self, text: str, emphasis: int) -> None:
        self.pieces.append(text)
        if not text.isspace():  # callers never pass ""
            self.has_text = True
            if emphasis < self.least:
                self.least = emphasis

    def _visit(self, el: etree._Element, emphasis: int) -> None:
        tag = el.tag
        if tag in _HEADINGS:
            self._flush()
            self._emit(Block("heading", _label_text(el), int(tag[1])))
        elif tag in _LABEL_TAGS:
            # An accordion's title (its button or <summary>): a label heading its panel.
            self._flush()
            self._emit(Block("para", _label_text(el), BOLD))
        elif tag == "table" and _layout_table(el):
            # A table that only lays the page out: its cells are blocks of text.
            self._flush()
            outer, self.kind = self.kind, "para"
            for row in _own_rows(el):
                for cell in row:
                    if isinstance(cell.tag, str):
                        self._children(cell, emphasis)
                        self._flush()
            self.kind = outer
        elif tag == "tr":
            self._flush()
            cells = self._row_cells(el)
            if any(cells):
                self._emit(Block("row", " | ".join(cells)))
        elif tag == "br":
            self._flush()
        elif tag == "img":
            if keep_alt(el.get("alt"), _block_text(el), whole_link=_whole_link(el)):
                self._add(f" {el.get('alt')} ", emphasis)
        elif tag in _BLOCK_TAGS:
            if self.pieces:
                self._flush(opens_block=True)
            if el.get("role") == "heading":  # ARIA: <div role="heading" aria-level="2">
                level = el.get("aria-level") or ""
                rank = int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
                self._emit(Block("heading", _label_text(el), rank))
                if el.tail:
                    self._add(el.tail, emphasis)
                return
            if _class_named_heading(el):
                # <div class="section-title">: a heading its class names, set apart like bold.
                self._emit(Block("heading", _label_text(el), BOLD))
                if el.tail:
                    self._add(el.tail, emphasis)
                return
            outer = self.kind
            self.kind = "item" if tag in ("li", "dt", "dd") else "para"
            first = len(self.out)
            if not len(el):
                if el.text:
                    self._add(el.text, emphasis)
            elif tag in _PARAGRAPHS and _plain_text(el):
                # What visiting its descendants would collect, gathered in C.
                if text := el.text_content():
                    self._add(text, _BOLD if emphasis == _BOLD or bold_children(el) else emphasis)
            else:
                self._children(el, emphasis)
            self._flush()
            if self.other_pages and el in self.other_pages:
                for block in self.out[first:]:
                    block.other_page = True
            self.kind = outer
        else:
            # Comments and other non-elements (tag not a str) count as inline too.
            inner = emphasis
            if tag in _EMPHASIS:
                inner = max(emphasis, _EMPHASIS[tag])
            elif tag in STYLED and styled_bold(el):
                inner = _BOLD
            self._children(el, inner)
        if el.tail:
            self._add(el.tail, emphasis)

    def _row_cells(self, row: etree._Element) -> list[str]:
        """A row's cells, with the cells of rows above that span into it (tablespans.py)."""
        table = row.getparent()
        if table is not None and table.tag in _ROW_GROUPS:
            table = table.getparent()
        if table is not None and table.tag == "table":
            if table not in self.tables:
                self.tables[table] = spanned_rows(_own_rows(table), _cell_text)
            if row in self.tables[table]:
                return self.tables[table][row]
        return [_cell_text(c) for c in row if isinstance(c.tag, str)]

    def _children(self, el: etree._Element, emphasis: int) -> None:
        if el.text:
            self._add(el.text, emphasis)
        edge = False  # the child before ended an inline element with no text after it
        for child in el:
            inline = child.tag not in _BLOCK_TAGS and child.tag not in _NO_EDGE
            if edge and inline:
                self.pieces.append(INLINE_EDGE)
            self._visit(child, emphasis)
            edge = inline and not child.tail

    def _flush(self, opens_block: bool = False) -> None:
        """End the pending block; ``opens_block``: a block element inside it follows."""
        if not self.has_text:
            self.pieces = []
            return
        text = normalise_inline(join_inline(self.pieces, self.language))
        least = self.least
        self.pieces, self.has_text, self.least = [], False, _BOLD
        if text:
            # A bold label that opens a list item heads the item's text:
            # <li><strong>Sharing</strong><p>...</p></li> (a bold entry alone is a list entry).
            label = self.kind == "para" or (opens_block and self.kind == "item")
            set_apart = least == _BOLD or (least == _ITALIC and italic_heading_shaped(text))
            rank = BOLD if set_apart and label and len(text) <= 200 else 0
            self.out.append(Block(self.kind, text, rank))

    def _emit(self, block: Block) -> None:
        if block.text:
            self.out.append(block)


_ROW_GROUPS = ("thead", "tbody", "tfoot")


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """The table's rows, not those of the tables nested in its cells."""
    rows: list[etree._Element] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def _layout_table(table: etree._Element) -> bool:
    """A table that lays text out rather than holding data: one column, no header cells.

    Old pages and e-mail-style templates set a whole policy in a table, one
    row per heading or paragraph (``<tr><td><b>Sharing</b></td></tr><tr><td>
    We share...``): read as paragraphs, its bold cells are heading candidates.
    So is a table with a cell that holds headings (a menu cell beside the
    text cell). Otherwise a table with header cells or with two filled cells
    in any row is data (retention periods, sub-processors): its rows stay rows.
    """
    rows = _own_rows(table)
    if not rows:
        return False
    one_column = True
    for row in rows:
        filled = 0
        for cell in row:
            if cell.tag == "td" and next(cell.iter(*_HEADINGS), None) is not None:
                return True  # a cell with headings of its own holds text (beside a menu)
            if cell.tag == "th":
                one_column = False
            elif cell.tag == "td" and str(cell.text_content()).strip():
                filled += 1
        one_column = one_column and filled <= 1
    return one_column


# Titles of collapsible panels: <summary>, and the buttons _panel_title keeps.
_LABEL_TAGS = {"summary", "button"}

_MAX_CLASS_HEADING = 120  # characters: a longer block so named is a teaser or a card


def _class_named_heading(el: etree._Element) -> bool:
    """``<div class="title">Sharing</div>``: a short text block its class calls a heading."""
    names = el.get("class")
    if not names or el.tag not in ("div", "p") or not heading_class(names):
        return False
    return _plain_text(el) and len(el.text_content().strip()) <= _MAX_CLASS_HEADING


def _label_text(el: etree._Element) -> str:
    """A heading's text on one line: a ``<br>`` in it ("1.<br>Scope") is a space."""
    if next(el.iter("br"), None) is None:
        return normalise_inline(el.text_content())
    pieces: list[str] = []

    def visit(node: etree._Element) -> None:
        pieces.append(" " if node.tag == "br" else node.text or "")
        for child in node:
            visit(child)
            pieces.append(child.tail or "")

    visit(el)
    return normalise_inline("".join(pieces))


# Descendants the walker treats specially; a block without any is just its text.
_SPECIAL = (
    *_BLOCK_TAGS, "br", "img", *_EMPHASIS, etree.Comment, etree.ProcessingInstruction, etree.Entity
)  # fmt: skip


# Blocks that usually hold only text: worth checking for the fast path (a
# container would be scanned to its end for nothing).
_PARAGRAPHS = {"p", "li", "dt", "dd", "figcaption", "caption", "summary", "legend", "address"}


def _plain_text(el: etree._Element) -> bool:
    """True when ``el``'s descendants are all plain inline elements (links, spans...),
    none right after another (whose edge :func:`.inline.join_inline` reads)."""
    return next(el.iterdescendants(*_SPECIAL), None) is None and not any(
        not child.tail and child.getnext() is not None for child in el.iterdescendants()
    )


# Inline elements whose edges are no word's: a line break, an image's alt (spaced
# already), a sub- or superscript ("CO2", "1st").
_NO_EDGE = {"br", "img", "sub", "sup", "wbr"}


def _block_text(el: etree._Element) -> str:
    """The text of the nearest block-level ancestor: what an image's alt is judged against."""
    for ancestor in el.iterancestors():
        if ancestor.tag in _BLOCK_TAGS:
            return str(ancestor.text_content())
    return ""


def _whole_link(img: etree._Element) -> bool:
    """True when the image is all there is of the link around it (an icon or a badge)."""
    link = next((a for a in img.iterancestors() if a.tag == "a"), None)
    return link is not None and not str(link.text_content()).strip()


def _cell_text(cell: etree._Element) -> str:
    """A table cell as one line: ``<br>`` and block children separate its lines."""
    context = str(cell.text_content())
    lines: list[str] = [cell.text or ""]

    def visit(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        breaks = tag == "br" or tag in _BLOCK_TAGS
        if breaks:
            lines.append("")
        elif tag == "img" and keep_alt(el.get("alt"), context, whole_link=_whole_link(el)):
            lines[-1] += f" {el.get('alt')} "
        lines[-1] += el.text or ""
        for child in el:
            visit(child)
        if breaks:
            lines.append("")
        lines[-1] += el.tail or ""

    for child in cell:
        visit(child)
    return join_cell_lines(lines)

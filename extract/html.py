"""HTML to blocks: the page's main text with the chrome gone, no per-site rules.

    >>> page = read_html("<nav>Home</nav><h1>Privacy</h1><p>We <b>never</b> sell data.</p>")
    >>> [(b.kind, b.text) for b in page.blocks]
    [('heading', 'Privacy'), ('para', 'We never sell data.')]

Chrome is removed by what it *is* (``nav``, ``aside``, dialogs, hidden
elements, ARIA roles) and by what its class or id says (cookie, consent,
chat, breadcrumb, menu...), never by a site's selectors. Scripts are dropped
wholesale, which also drops the JSON-escaped copy of the text that
hydrating single-page apps carry. A vendor's own ``select`` / ``remove`` CSS
(from the vendors file) is applied first and takes precedence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from lxml import etree

from policywatch.core.lexicon.date_cues import cue_regex
from policywatch.core.model import ExtractionError
from policywatch.extract.blocks import BOLD, Block
from policywatch.extract.datetext import dates_in, has_year
from policywatch.extract.hints import date_hints
from policywatch.extract.inline import join_cell_lines, keep_alt
from policywatch.extract.normalise import normalise_inline
from policywatch.extract.outline import names_document

_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
    "embed", "head", "nav", "aside", "button", "select", "input", "textarea", "dialog",
    "video", "audio", "map", "label", "option",
}  # fmt: skip
# Page-level header/footer are chrome; inside an article they hold the title and date.
_CHROME_OUTSIDE_CONTENT = {"header", "footer"}
_CHROME_ROLES = {
    "navigation", "dialog", "alertdialog", "complementary", "search", "menu", "menubar",
    "tooltip", "contentinfo", "banner",
}  # fmt: skip
_CHROME_TOKENS = {
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "breadcrumb",
    "breadcrumbs", "sidebar", "share", "sharing", "social", "skip", "modal", "popup",
    "overlay", "toast", "chat", "livechat", "chatbot", "newsletter", "subscribe", "signup",
    "cookie", "cookies", "consent", "onetrust", "optanon", "didomi", "cookiebot",
    "usercentrics", "cmp", "intercom", "drift", "zendesk", "hubspot", "widget",
    "footer", "header", "masthead", "topbar", "toolbar", "languages", "langswitch",
    "sr-only", "visually-hidden", "visuallyhidden", "print-only",
}  # fmt: skip
# Glued class names ("footerWP", "cookieBanner") count by their prefix.
_CHROME_PREFIXES = (
    "cookie", "consent", "breadcrumb", "navbar", "newsletter", "onetrust", "footer",
)  # fmt: skip
_CONTENT_TAGS = ("main", "article")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "dt",
    "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure",
    "figcaption", "address", "details", "summary", "center", "fieldset", "hr", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "caption", "form", "legend", "html",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NEVER_CHROME = {"body", "html", "main", "article", *_HEADINGS}
_BOLD_TAGS = {"b", "strong"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TOKEN_SPLIT = re.compile(r"[^a-zA-Z0-9]+")
_SLUG_WORDS = 4


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
            _drop(el)
    containers = [root]
    if select:
        containers = _css(root, select)
        if not containers:
            warnings.append(f"select {select!r} matched nothing; used the whole page")
            containers = [root]
    blocks: list[Block] = []
    for container in containers:
        _strip_chrome(container)
        _Walker(blocks).walk(container)
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


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def _strip_chrome(root: etree._Element) -> None:
    """Drop navigation, dialogs, widgets and hidden elements in place.

    Dropped: the _DROP_TAGS, hidden elements (``hidden``, ``aria-hidden``,
    inline ``display: none``) unless they are collapsed panels, and
    non-elements. Chrome: page-level header and
    footer and chrome-named elements, outside any ``main``/``article`` and
    holding under 40% of the page's text. This looks at every element of the
    page, so each attribute is read once and the common tests come first.
    """
    total = len(root.text_content()) or 1
    doomed = []
    bands = set()  # chrome that may hold the document's date line or title
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _DROP_TAGS:
            doomed.append(el)
            if tag in _BAND_TAGS:
                bands.add(el)
            continue
        get = el.get
        style = get("style")
        if (
            get("hidden") is not None
            or get("aria-hidden") == "true"
            or (style and _HIDDEN_STYLE.search(style))
        ) and not _collapsed_panel(get):
            doomed.append(el)
            continue
        named = tag in _CHROME_OUTSIDE_CONTENT or _named_chrome(tag, get)
        if named and not _inside_content(el) and len(el.text_content()) < total * 0.4:
            doomed.append(el)
            bands.add(el)
    gone = set(doomed)
    title_in_band = bool(bands) and not any(_free(h1, gone) for h1 in root.iter("h1"))
    for el in doomed:
        # Inside an element already dropped: nothing to do (its tree is detached).
        if el in bands and not any(a in gone for a in el.iterancestors()):
            kept = _salvage(el, title_in_band)
            if kept is not None and el.getparent() is not None:
                kept.tail = el.tail
                el.getparent().replace(el, kept)
                continue
        _drop(el)


# Chrome bands that sit beside the text (not scripts, forms or widgets).
_BAND_TAGS = {"aside"}
_SALVAGE_LINE = 200


def _free(el: etree._Element, doomed: set[etree._Element]) -> bool:
    """Whether ``el`` survives the chrome removal (neither it nor an ancestor is dropped)."""
    return el not in doomed and not any(a in doomed for a in el.iterancestors())


def _salvage(band: etree._Element, title_in_band: bool) -> etree._Element | None:
    """The lines of a chrome band that belong to the document, as a ``div``, or None.

    Many pages put "Last updated: ..." or the document's title in a header
    band above the text, or the date in a footer: dropped with the
    navigation, the date would be lost. Kept: short lines that carry a date
    cue and a date, and (when no ``h1`` is left elsewhere) an ``h1`` that
    names the document.
    """
    text = band.text_content()
    dated = has_year(text) and cue_regex().search(text) is not None
    if not dated and not (title_in_band and next(band.iter("h1"), None) is not None):
        return None
    blocks: list[Block] = []
    _Walker(blocks).walk(band)
    kept = [
        b
        for b in blocks
        if len(b.text) <= _SALVAGE_LINE
        and (
            (dated and cue_regex().search(b.text) and dates_in(b.text, None))
            or (title_in_band and b.kind == "heading" and b.rank == 1 and names_document(b.text))
        )
    ]
    if not kept:
        return None
    div = etree.Element("div")
    for block in kept:
        line = etree.SubElement(div, "h1" if block.kind == "heading" else "p")
        line.text = block.text
    return div


def _collapsed_panel(get: Callable[[str], str | None]) -> bool:
    """A collapsed accordion or tab panel: hidden until its title is clicked, yet content.

    Policies often fold each section into an accordion; its panel is hidden
    (``aria-hidden``, ``hidden``) and labelled by the title that opens it.
    """
    return get("aria-labelledby") is not None or get("role") in _PANEL_ROLES


_PANEL_ROLES = {"tabpanel", "region"}


def _named_chrome(tag: str, get: Callable[[str], str | None]) -> bool:
    """Whether role, class or id names the element chrome (``get`` reads its attributes)."""
    # A heading is never a widget, whatever its id says.
    if tag in _NEVER_CHROME:
        return False
    if get("role") in _CHROME_ROLES:
        return True
    cls, ident = get("class"), get("id")
    if not cls and not ident:
        return False
    names = f"{cls or ''} {_id_name(ident) if ident else ''}"
    return bool(names.strip()) and _chrome_names(names)


def _id_name(ident: str) -> str:
    """The part of an id that names the element.

    An id of four or more words is a slug of the text ("how-we-share-
    information"): a chrome word inside it is the policy talking, so only
    its first word counts ("cookie-law-info-bar").
    """
    words = [w for w in _TOKEN_SPLIT.split(ident) if w]
    return words[0] if len(words) >= _SLUG_WORDS else ident


@lru_cache(maxsize=4096)
def _chrome_names(names: str) -> bool:
    """Whether class/id names say chrome; cached, as a page repeats a few class lists."""
    tokens = set(_TOKEN_SPLIT.split(names.lower()))
    return bool(tokens & _CHROME_TOKENS) or any(t.startswith(_CHROME_PREFIXES) for t in tokens)


def _inside_content(el: etree._Element) -> bool:
    """True when ``el`` sits inside a ``main``/``article`` (then it is content, not chrome)."""
    return any(a.tag in _CONTENT_TAGS for a in el.iterancestors())


class _Walker:
    """Turn an element tree into blocks, keeping headings, list items and table rows.

    This visits every element of the page, so it is written for speed: the
    pending block's text pieces are kept with running "has text" and "all
    bold" flags instead of (text, bold) pairs re-scanned at every flush.
    """

    def __init__(self, out: list[Block]) -> None:
        self.out = out
        self.pieces: list[str] = []
        self.has_text = False  # some piece has non-space characters
        self.all_bold = True  # and every such piece is bold
        self.kind = "para"

    def walk(self, el: etree._Element) -> None:
        self._visit(el, bold=False)
        self._flush()

    def _add(self, text: str, bold: bool) -> None:
        self.pieces.append(text)
        if not text.isspace():  # callers never pass ""
            self.has_text = True
            self.all_bold = self.all_bold and bold

    def _visit(self, el: etree._Element, bold: bool) -> None:
        tag = el.tag
        if tag in _HEADINGS:
            self._flush()
            self._emit(Block("heading", normalise_inline(el.text_content()), int(tag[1])))
        elif tag == "tr":
            self._flush()
            cells = [_cell_text(c) for c in el if isinstance(c.tag, str)]
            if any(cells):
                self._emit(Block("row", " | ".join(cells)))
        elif tag == "br":
            self._flush()
        elif tag == "img":
            if keep_alt(el.get("alt"), _block_text(el), whole_link=_whole_link(el)):
                self._add(f" {el.get('alt')} ", bold)
        elif tag in _BLOCK_TAGS:
            if self.pieces:
                self._flush()
            outer = self.kind
            self.kind = "item" if tag in ("li", "dt", "dd") else "para"
            if not len(el):
                if el.text:
                    self._add(el.text, bold)
            elif tag in _PARAGRAPHS and _plain_text(el):
                # What visiting its descendants would collect, gathered in C.
                if text := el.text_content():
                    self._add(text, bold)
            else:
                self._children(el, bold)
            self._flush()
            self.kind = outer
        else:
            # Comments and other non-elements (tag not a str) count as inline too.
            self._children(el, bold or tag in _BOLD_TAGS)
        if el.tail:
            self._add(el.tail, bold)

    def _children(self, el: etree._Element, bold: bool) -> None:
        if el.text:
            self._add(el.text, bold)
        for child in el:
            self._visit(child, bold)

    def _flush(self) -> None:
        if not self.has_text:
            self.pieces = []
            return
        text = normalise_inline("".join(self.pieces))
        all_bold = self.all_bold
        self.pieces, self.has_text, self.all_bold = [], False, True
        if text:
            rank = BOLD if all_bold and self.kind == "para" and len(text) <= 200 else 0
            self.out.append(Block(self.kind, text, rank))

    def _emit(self, block: Block) -> None:
        if block.text:
            self.out.append(block)


# Descendants the walker treats specially; a block without any is just its text.
_SPECIAL = (
    *_BLOCK_TAGS, "br", "img", *_BOLD_TAGS, etree.Comment, etree.ProcessingInstruction, etree.Entity
)  # fmt: skip


# Blocks that usually hold only text: worth checking for the fast path (a
# container would be scanned to its end for nothing).
_PARAGRAPHS = {"p", "li", "dt", "dd", "figcaption", "caption", "summary", "legend", "address"}


def _plain_text(el: etree._Element) -> bool:
    """True when ``el``'s descendants are all plain inline elements (links, spans...)."""
    return next(el.iterdescendants(*_SPECIAL), None) is None


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

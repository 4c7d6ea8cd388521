"""Chrome removal: what of an HTML page is navigation, widgets and hidden text, not the document.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><nav>Home</nav><p>We never sell data.</p></div>")
    >>> strip_chrome(root, lambda el: [])
    >>> root.text_content()
    'We never sell data.'

Chrome is removed by what it *is* (``nav``, ``aside``, dialogs, hidden
elements, ARIA roles) and by what its class or id says (cookie, consent,
chat, breadcrumb, menu...), never by a site's selectors. A header band or
footer that holds the document's date line or title keeps those lines
(:func:`_salvage`); collapsed accordion panels and the buttons titling them
are content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

from policywatch.core.lexicon.date_cues import cue_languages, cue_regex
from policywatch.extract.blocks import Block
from policywatch.extract.datelists import date_line
from policywatch.extract.datetext import dates_in, has_year
from policywatch.extract.heading_text import is_date_line
from policywatch.extract.outline import names_document

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

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
# Widgets: dialogs, banners and tools laid over the page. They speak about
# themselves ("We updated our cookie policy on ..."), never about the document,
# so none of their lines is kept (:func:`_salvage`), unlike a header band's.
_WIDGET_ROLES = {"dialog", "alertdialog", "tooltip"}
_WIDGET_TOKENS = {
    "modal", "popup", "overlay", "toast", "chat", "livechat", "chatbot", "newsletter",
    "subscribe", "signup", "cookie", "cookies", "consent", "onetrust", "optanon", "didomi",
    "cookiebot", "usercentrics", "cmp", "intercom", "drift", "zendesk", "hubspot", "widget",
}  # fmt: skip
# Bands: the page's own furniture around the text (a share bar may carry "Updated ...").
_CHROME_TOKENS = _WIDGET_TOKENS | {
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "breadcrumb",
    "breadcrumbs", "sidebar", "share", "sharing", "social", "skip", "footer", "header",
    "masthead", "topbar", "toolbar",
    "languages", "langswitch", "sr-only", "visually-hidden", "visuallyhidden", "print-only",
}  # fmt: skip
# Glued class names ("footerWP", "cookieBanner") count by their prefix.
_WIDGET_PREFIXES = ("cookie", "consent", "newsletter", "onetrust")
_CHROME_PREFIXES = (*_WIDGET_PREFIXES, "breadcrumb", "navbar", "footer")
# One comment of a discussion under a post ("comment", "comment-body"): with a
# date in it, it is a reader's, never the document's, even inside the article.
_COMMENT_TAGS = {"article", "li", "div", "section"}
_CHROME_KINDS = ("band", "widget")
_CONTENT_TAGS = ("main", "article")
_NEVER_CHROME = {"body", "html", "main", "article", *HEADINGS}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TOKEN_SPLIT = re.compile(r"[^a-zA-Z0-9]+")
_SLUG_WORDS = 4


def drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def strip_chrome(root: etree._Element, walk: Callable[[etree._Element], list[Block]]) -> None:
    """Drop navigation, dialogs, widgets and hidden elements in place.

    Dropped: the _DROP_TAGS, hidden elements (``hidden``, ``aria-hidden``,
    inline ``display: none``) unless they are collapsed panels, and
    non-elements. Chrome: page-level header and
    footer and chrome-named elements, outside any ``main``/``article`` and
    holding under 40% of the page's text. This looks at every element of the
    page, so each attribute is read once and the common tests come first.
    """
    total = len(root.text_content()) or 1
    # Year-first dates ("2024. március 17.", "2024 m. kovo 17 d.") are read in the page's language.
    language = root.getroottree().getroot().get("lang") or None
    doomed = []
    bands = set()  # chrome that may hold the document's date line or title
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or (tag in _DROP_TAGS and not _panel_title(el)):
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
        kind = _named_chrome(tag, get)
        if tag in _CHROME_OUTSIDE_CONTENT and kind != "widget":
            kind = "band"
        if kind in _CHROME_KINDS:
            if not _inside_content(el) and len(el.text_content()) < total * 0.4:
                doomed.append(el)
                if kind == "band":
                    bands.add(el)
        elif kind == "comment" and tag in _COMMENT_TAGS and _dated(el, language):
            doomed.append(el)
    gone = set(doomed)
    title_in_band = bool(bands) and not any(_free(h1, gone) for h1 in root.iter("h1"))
    # Bands inside an element dropped anyway go with it; the others are read once
    # what is never read (scripts, templates, hidden lines inside them) is gone.
    free_bands = [
        el for el in doomed if el in bands and not any(a in gone for a in el.iterancestors())
    ]
    for el in doomed:
        if el not in bands:
            drop(el)
    for el in free_bands:
        kept = _salvage(el, title_in_band, walk, language)
        if kept is not None and el.getparent() is not None:
            kept.tail = el.tail
            el.getparent().replace(el, kept)
        else:
            drop(el)


# Chrome bands that sit beside the text (not scripts, forms or widgets): a side
# panel or a navigation column may carry the date line, as role="navigation" may.
_BAND_TAGS = {"aside", "nav"}
_SALVAGE_LINE = 200
_DATE_LINE_REST = 12  # characters beside the date on a line that is only a date


def _free(el: etree._Element, doomed: set[etree._Element]) -> bool:
    """Whether ``el`` survives the chrome removal (neither it nor an ancestor is dropped)."""
    return el not in doomed and not any(a in doomed for a in el.iterancestors())


def _salvage(
    band: etree._Element,
    title_in_band: bool,
    walk: Callable[[etree._Element], list[Block]],
    language: str | None,
) -> etree._Element | None:
    """The lines of a chrome band that belong to the document, as a ``div``, or None.

    Many pages put "Last updated: ..." or the document's title in a header
    band above the text, or the date in a footer or a side panel: dropped
    with the navigation, the date would be lost. Kept: short lines that
    carry a date cue and a date, a cue line whose date is the next line
    ("Effective" / "May 12, 2025" in a definition list), and (when no ``h1``
    is left elsewhere) an ``h1`` that names the document with a line that is
    only a date right below it. A cue inside a link's text ("Updated
    onboarding flow", a post in a list of posts) names another page, and so
    does a list entry with a link and a date (:func:`dated_links`): they
    keep nothing.
    """
    text = " ".join(band.itertext())  # blocks' texts apart: "Last updated" "May 12, 2025"
    dated = is_date_line(text, language)
    titled = title_in_band and next(band.iter("h1"), None) is not None
    if not dated and not titled:
        return None
    for entry in dated_links(band, menu=True):
        drop(entry)  # "Latest posts", a menu: the dates of the pages they link to
    _space_items(band)
    links = [" ".join(a.text_content().split()) for a in band.iter("a") if a.get("href")]
    blocks = [b for b in walk(band) if len(b.text) <= _SALVAGE_LINE]
    keep: set[int] = set()
    for k, block in enumerate(blocks):
        after = blocks[k + 1].text if k + 1 < len(blocks) else ""
        if dated and _date_cue(block.text, links, language):
            if _line_dates(block.text, language):
                keep.add(k)
            elif _line_dates(after, language):
                keep |= {k, k + 1}  # the label, then its date
                keep |= _dated_run(blocks, k + 2, language)  # a change log's other entries
        if titled and block.kind == "heading" and block.rank == 1 and names_document(block.text):
            keep.add(k)
            if _only_a_date(after, language):
                keep.add(k + 1)
    if not keep:
        return None
    div = etree.Element("div")
    for k in sorted(keep):
        block = blocks[k]
        line = etree.SubElement(div, "h1" if block.kind == "heading" else "p")
        line.text = block.text
    return div


def _line_dates(text: str, language: str | None) -> bool:
    """Whether ``text`` holds a date, read in the page's language or in its own cues'.

    A band's date line need not be in the page's language ("Módosítva: 2024.
    március 17." on an English page of a Hungarian company): its cue tells the
    language, as in the main text (:func:`.dates.find_stated_date`).
    """
    if dates_in(text, language):
        return True
    cued = {lang for langs in cue_languages(text, language) for lang in langs}
    return any(dates_in(text, lang) for lang in sorted(cued - {language}))


def _dated_run(blocks: list[Block], start: int, language: str | None) -> set[int]:
    """The blocks from ``start`` on that are date lines, up to the first that is not.

    A label with its date on the next line may head a list of dated entries
    (a change log in the footer): kept whole, the date reader can tell which
    entry is the newest in any order, as it does in the main text.
    """
    run: set[int] = set()
    for k in range(start, len(blocks)):
        if not date_line(blocks[k].text, language):
            break
        run.add(k)
    return run


def _space_items(band: etree._Element) -> None:
    """Set the band's side-by-side items apart: "By Legal Team" "Updated on ..." are two.

    Page headers write their meta items as adjacent inline elements that
    CSS spaces out; read as one line they would fuse ("TeamUpdated").
    """
    for el in band.iter():
        if el is not band and not el.tail and el.getnext() is not None:
            el.tail = " "


def _date_cue(line: str, links: list[str], language: str | None) -> bool:
    """Whether ``line`` holds a date cue outside the text of its links."""
    return any(
        not any(
            link and line.find(link, max(0, m.end() - len(link)), m.start() + len(link)) >= 0
            for link in links
        )
        for m in cue_regex(language=language).finditer(line)
    )


def _only_a_date(text: str, language: str | None) -> bool:
    """A line that is a date and little else ("May 12, 2025", "12.05.2025")."""
    found = dates_in(text, language)
    return bool(found) and len(text) - sum(d.end - d.start for d in found) <= _DATE_LINE_REST


def _panel_title(el: etree._Element) -> bool:
    """A button that opens an accordion panel (or sits in a heading): the panel's title."""
    if el.tag != "button":
        return False
    if el.get("aria-expanded") is not None or el.get("aria-controls") is not None:
        return True
    return any(a.tag in HEADINGS for a in el.iterancestors())


def _collapsed_panel(get: Callable[[str], str | None]) -> bool:
    """A collapsed accordion or tab panel: hidden until its title is clicked, yet content.

    Policies often fold each section into an accordion; its panel is hidden
    (``aria-hidden``, ``hidden``) and labelled by the title that opens it.
    """
    return get("aria-labelledby") is not None or get("role") in _PANEL_ROLES


_PANEL_ROLES = {"tabpanel", "region"}


def _named_chrome(tag: str, get: Callable[[str], str | None]) -> str | None:
    """What role, class or id name the element (``get`` reads its attributes): ``"widget"``,
    ``"band"`` (chrome that may hold the document's date line), ``"comment"`` or None."""
    cls, ident = get("class"), get("id")
    kind = _names_kind(f"{cls or ''} {_id_name(ident) if ident else ''}") if cls or ident else None
    # A heading is never a widget, whatever its id says; an article may be a reader's comment.
    if tag in _NEVER_CHROME:
        return "comment" if kind == "comment" else None
    role = get("role")
    if role in _CHROME_ROLES:
        return "widget" if role in _WIDGET_ROLES else "band"
    return kind


def dated_links(root: etree._Element, *, menu: bool = False) -> set[etree._Element]:
    """The entries of lists of dated links: each names another page by its link and dates it.

        >>> import lxml.html
        >>> page = lxml.html.fromstring(
        ...     "<ul><li><a href='/a'>New office</a> 3 May 2024</li>"
        ...     "<li><a href='/b'>Updated pricing</a> 9 June 2024</li></ul>")
        >>> len(dated_links(page))
        2

    Latest posts, news, events, press releases, "Previous versions", a feed
    of ``article`` cards: the dates of such a list are the pages it links
    to, never the document's. A list is one when two or more of its entries
    (``li``, or ``article`` siblings), and at least half of them, are short
    and hold a link and a date. A list of dates without links (a change log),
    of links without dates (a table of contents), or a policy's own long
    ``article`` is not one. In a ``menu`` (a navigation band or a side panel,
    :func:`_salvage`) every entry that holds a link and a date is one: a
    menu's entries name other pages.
    """
    language = root.getroottree().getroot().get("lang") or None
    entries: set[etree._Element] = set()
    for items in _lists(root, 1 if menu else 2):
        dated = [item for item in items if _dated_link(item, language)]
        if menu or (len(dated) >= 2 and 2 * len(dated) >= len(items)):
            entries.update(dated)
    return entries


def _lists(root: etree._Element, least: int) -> list[list[etree._Element]]:
    """The page's lists of ``least`` entries or more with a year in them: the items of each
    ``ul``/``ol``, the ``article`` siblings of one parent, and the ``div`` siblings of one
    parent that share a class (cards: ``<div class="post-card">`` repeated) or, with no
    class, the same children (``<div><div>title</div><div>date</div></div>`` repeated)."""
    groups: dict[tuple[etree._Element, str], list[etree._Element]] = {}
    for listing in root.iter("ul", "ol"):
        groups[(listing, "li")] = [li for li in listing if li.tag == "li"]
    for card in root.iter("article", "div"):
        parent, name = card.getparent(), card.get("class") if card.tag == "div" else "article"
        if card.tag == "div" and not name and len(card):
            # A card with no class: its shape (the tags of its children) is what repeats.
            name = "/" + " ".join(str(child.tag) for child in card)
        if parent is not None and name:
            groups.setdefault((parent, name), []).append(card)
    return [
        items
        for (parent, name), items in groups.items()
        # A shape is a list only when it repeats, even in a menu (a band is one such div).
        if len(items) >= (max(least, 2) if name.startswith("/") else least)
        and has_year(parent.text_content())
    ]


_ENTRY_TEXT = 600  # characters: a longer entry is a text of its own, not a link to one


def _dated_link(item: etree._Element, language: str | None) -> bool:
    if not any(a.get("href") for a in item.iter("a")):
        return False
    text = " ".join(item.itertext())  # its blocks apart: "Our new office" "May 19, 2024"
    return len(text) <= _ENTRY_TEXT and has_year(text) and bool(dates_in(text, language))


def _dated(el: etree._Element, language: str | None) -> bool:
    """Whether ``el`` holds a date: a reader's comment with one is no part of the document;
    a comment box with none, or a policy's own section about comments, stays."""
    text = el.text_content()
    return has_year(text) and bool(dates_in(text, language))


def _id_name(ident: str) -> str:
    """The part of an id that names the element.

    An id of four or more words is a slug of the text ("how-we-share-
    information"): a chrome word inside it is the policy talking, so only
    its first word counts ("cookie-law-info-bar").
    """
    words = [w for w in _TOKEN_SPLIT.split(ident) if w]
    return words[0] if len(words) >= _SLUG_WORDS else ident


@lru_cache(maxsize=4096)
def _names_kind(names: str) -> str | None:
    """What class/id names say: ``"widget"``, ``"band"``, ``"comment"`` (one reader's
    comment, "comment-body") or None; cached, as a page repeats a few class lists."""
    tokens = set(_TOKEN_SPLIT.split(names.lower()))
    if tokens & _WIDGET_TOKENS or any(t.startswith(_WIDGET_PREFIXES) for t in tokens):
        return "widget"
    if tokens & _CHROME_TOKENS or any(t.startswith(_CHROME_PREFIXES) for t in tokens):
        return "band"
    return "comment" if "comment" in tokens else None


def _inside_content(el: etree._Element) -> bool:
    """True when ``el`` sits inside a ``main``/``article`` (then it is content, not chrome)."""
    return any(a.tag in _CONTENT_TAGS for a in el.iterancestors())

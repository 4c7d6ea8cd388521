"""Decide the document's own outline from heading candidates, then render text and sections.

    >>> from policywatch.extract.blocks import BOLD, Block
    >>> out = build([Block("heading", "Privacy Policy", 1), Block("para", "Intro."),
    ...              Block("heading", "1. Scope", 3), Block("para", "All data."),
    ...              Block("heading", "2. Rights", 3), Block("para", "Ask us.")])
    >>> out.text
    '# Privacy Policy\\n\\nIntro.\\n\\n## 1. Scope\\n\\nAll data.\\n\\n## 2. Rights\\n\\nAsk us.'

Levels are the document's, not its markup's: level 1 is the title (and the
preamble), level 2 the top-level sections, 3+ their subsections. Which
candidates are top-level sections is the fitted scorer's call
(:mod:`.headings`: numbering, markup, typography, position, siblings); this
module finds the title and renders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.core.lexicon.documents import document_regex
from policywatch.core.model import Section
from policywatch.extract.blocks import BOLD, GUESS, Block
from policywatch.extract.heading_text import is_date_line
from policywatch.extract.headings import HeadingModel, top_level
from policywatch.extract.headings_signature import signature_lines
from policywatch.extract.numbering import number_of

# Words naming the document (its title, not a section), in every language read.
_DOC_WORDS = document_regex()
# A permalink mark that sites put at the end (or start) of a heading: "Scope ¶", "# Scope".
_ANCHOR_MARK = re.compile(r"^[#¶🔗]\s+|\s*[#¶🔗]$")
_MAX_SUBHEADING = 80
_MAX_TITLE = 100
_MIN_TITLE = 5
_TITLE_SEPARATOR = re.compile(r"\s*[|–—·•:]|\s+-\s")
_TOP_TEXT = 300  # characters of text above the first heading that still count as the page's top
_UNNUMBERED = 99  # an unnumbered subheading sits below the numbered ones of its rank
_SUBTITLE_GAP = 120  # characters between the title and a subtitle (a date line, a version)
_FEW = 3  # fewer heading candidates than this below the title: short paragraphs are candidates
_MAX_PLAIN = 120  # characters of a short paragraph that may be a heading


@dataclass
class Outline:
    """The rendered result: title, normalised text and sections."""

    title: str | None
    text: str
    sections: list[Section]


def build(
    blocks: list[Block], page_title: str | None = None, model: HeadingModel | None = None
) -> Outline:
    """Assign levels to heading candidates and render the text and the sections.

    ``page_title`` is what the page calls itself outside its text (HTML
    ``<title>``, Markdown front matter): a heading that repeats it is the
    document's title, wherever the page's chrome pushed it. ``model`` is
    the heading scorer (the shipped one by default).
    """
    levels = _levels(blocks, page_title, model)
    titles = [b.text for i, b in enumerate(blocks) if levels.get(i) == 1]
    # A site banner ("Aide & services") can sit above the document's own title.
    title = next((t for t in titles if _DOC_WORDS.search(t)), titles[0] if titles else None)
    lines: list[str] = []
    sections: list[Section] = []
    heading, level, body = "", 1, list[str]()
    for i, block in enumerate(blocks):
        if i in levels:
            if heading or body:
                sections.append(Section(level, heading, "\n\n".join(body)))
            heading, level, body = heading_text(block.text), levels[i], []
            lines.append("#" * level + " " + heading)
            continue
        rendered = "- " + block.text if block.kind == "item" else block.text
        lines.append(rendered)
        body.append(rendered)
    if heading or body:
        sections.append(Section(level, heading, "\n\n".join(body)))
    return Outline(title=title, text="\n\n".join(lines), sections=sections)


def _levels(
    blocks: list[Block], page_title: str | None = None, model: HeadingModel | None = None
) -> dict[int, int]:
    """Map block index -> outline level for the blocks that are headings.

    The title is level 1; :func:`.headings.top_level` picks the top-level
    sections (level 2); heading candidates above the first section keep the
    title company (a banner, a subtitle: level 1), those below a section are
    its subsections (3+).
    """
    found = heading_candidates(blocks, page_title)
    cands = found.indexes
    levels = dict.fromkeys(found.head, 1)
    if not cands:
        return levels
    # Scored with the rest (their features are their neighbours' too), then left as text.
    signs = signature_lines(blocks)
    signatures = {i for i in cands if _signature(blocks[i], signs[i])}
    top = top_level(blocks, cands, found.title, page_title, model) - signatures
    first = min(top, default=len(blocks))
    for i in cands:
        if i in top:
            levels[i] = 2
        elif i < first and blocks[i].kind == "heading" and i not in signatures:
            levels[i] = 1
    # Short paragraphs read as candidates stay paragraphs unless they are sections.
    below = [
        i
        for i in cands
        if i > first and i not in signatures and (i in top or blocks[i].is_candidate)
    ]
    _assign_sublevels(blocks, below, top, levels)
    return levels


@dataclass
class Candidates:
    """The blocks that may be section headings, and the page's head (title, banners, subtitles)."""

    indexes: list[int]
    title: int | None
    head: list[int]  # level-1 headings: banners above the title, the title, its subtitles


def heading_candidates(blocks: list[Block], page_title: str | None = None) -> Candidates:
    """Find the title, then the headings below it that may be sections.

    Headings above the title (a site banner) are not sections, nor are the
    subtitles right below it: unnumbered headings that name the document with
    only a line or two between them and the title ("Terms & Conditions" / "Bumble
    Terms and Conditions of Use", or a date line between), and the document's
    date marked up as a heading there ("## Last updated: 1 March 2024").
    """
    cands = [i for i, b in enumerate(blocks) if b.is_candidate]
    title = _title_index(blocks, cands)
    if title is None and page_title:
        title = _repeats_page_title(blocks, cands, page_title)
    if title is None or not names_document(blocks[title].text):
        named = _named_title(blocks, cands, title)
        title = title if named is None else named  # (index 0 is a title too)
    start = -1 if title is None else title
    if sum(i > start for i in cands) < _FEW:
        # Almost no heading markup: the headings are among the short paragraphs.
        plain = [i for i, b in enumerate(blocks) if i > start and _heading_shaped(b)]
        cands = sorted({*cands, *plain})
    if title is None:
        return Candidates(cands, None, [])
    head = [i for i, b in enumerate(blocks[:title]) if b.kind == "heading"] + [title]
    below = [i for i in cands if i > title]
    last = title
    for i in below:
        between = blocks[last + 1 : i]
        short = sum(len(b.text) for b in between) <= _SUBTITLE_GAP
        text = blocks[i].text
        named = (names_document(text) or is_date_line(text)) and number_of(text) is None
        if not (short and blocks[i].kind == "heading" and named):
            break
        head.append(i)
        last = i
    return Candidates([i for i in below if i > last], title, head)


def _signature(block: Block, signs: bool) -> bool:
    """An unmarked candidate (a short paragraph, a line guessed a heading) that signs the page.

    ``signs``: a company or address line with no paragraph of its own
    (:func:`.headings_signature.signature_lines`).
    """
    unmarked = block.rank >= GUESS or (block.kind == "para" and block.rank != BOLD)
    return unmarked and signs


def _heading_shaped(block: Block) -> bool:
    """A short paragraph that could be a heading: letters, no comma or semicolon at its end."""
    text = block.text
    return (
        block.kind == "para"
        and len(text) <= _MAX_PLAIN
        and text[-1:] not in (",", ";")
        and sum(c.isalpha() for c in text) >= 3
    )


def heading_text(text: str) -> str:
    """A heading block's text as the outline shows it: permalink marks dropped."""
    return _ANCHOR_MARK.sub("", text) or text


def names_document(text: str) -> bool:
    """A short heading with a document-type word, not a sentence ending in a full stop."""
    return len(text) <= _MAX_TITLE and not text.endswith(".") and bool(_DOC_WORDS.search(text))


def _title_index(blocks: list[Block], cands: list[int]) -> int | None:
    """The first heading is the title when it opens the page and outranks the rest."""
    if not cands or blocks[cands[0]].kind != "heading":
        return None
    if sum(len(b.text) for b in blocks[: cands[0]]) > _TOP_TEXT:
        return None
    first = blocks[cands[0]]
    others = [blocks[i].rank for i in cands[1:] if blocks[i].kind == "heading"]
    if others and min(others) < first.rank:
        return None
    if number_of(first.text) is not None:
        return None
    unique = first.rank not in others
    return cands[0] if unique or _DOC_WORDS.search(first.text) else None


def _named_title(blocks: list[Block], cands: list[int], banner: int | None) -> int | None:
    """The first heading (or bold line) at the top that names the document.

    It may stand below a banner ("Aide & services").

    Only text before any numbered heading, and at most :data:`_TOP_TEXT`
    characters of paragraphs (a menu's list items do not count), is the top.
    """
    start = 0 if banner is None else banner + 1
    for i in cands:
        if i < start:
            continue
        if sum(len(b.text) for b in blocks[start:i] if b.kind != "item") > _TOP_TEXT:
            return None
        block = blocks[i]
        if number_of(block.text) is not None:
            return None
        # A bold paragraph is a title too, on pages that mark up no headings.
        if (block.kind == "heading" or block.rank == BOLD) and names_document(block.text):
            return i
    return None


def _repeats_page_title(blocks: list[Block], cands: list[int], page_title: str) -> int | None:
    """The first heading, before any numbered one, that the page's own title begins with.

    "Privacy Policy | Acme" names the page; the heading "Privacy Policy"
    is then its title, even below a banner or a breadcrumb trail.
    """
    name = page_title.casefold()
    for i in cands:
        text = blocks[i].text.casefold()
        if number_of(blocks[i].text) is not None:
            return None
        if blocks[i].kind == "heading" and len(text) >= _MIN_TITLE and name.startswith(text):
            rest = name[len(text) :]
            if not rest or _TITLE_SEPARATOR.match(rest):
                return i
    return None


def _assign_sublevels(
    blocks: list[Block], cands: list[int], top: set[int], levels: dict[int, int]
) -> None:
    """Level 3+ for candidates inside a top-level section: by markup rank, then numbering depth.

    Within one section, "2.1" (h3) sits above "2.1.1" (bold), and an
    unnumbered bold label below the numbered ones of its rank.
    """
    group: list[int] = []
    for i in [*cands, len(blocks)]:
        if i in top or i == len(blocks):
            keys = {j: _sublevel_key(blocks[j]) for j in group}
            order = sorted(set(keys.values()))
            for j in group:
                levels[j] = min(6, 3 + order.index(keys[j]))
            group = []
        elif blocks[i].kind == "heading" or (
            len(blocks[i].text) <= _MAX_SUBHEADING and not blocks[i].text.endswith(".")
        ):
            group.append(i)


def _sublevel_key(block: Block) -> tuple[int, int]:
    number = number_of(block.text)
    return block.rank, number.depth if number is not None else _UNNUMBERED

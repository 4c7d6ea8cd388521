"""Decide the document's own outline from heading candidates, then render text and sections.

    >>> from policywatch.extract.blocks import Block
    >>> out = build([Block("heading", "Privacy Policy", 1), Block("para", "Intro."),
    ...              Block("heading", "1. Scope", 3), Block("para", "All data.")])
    >>> out.text
    '# Privacy Policy\\n\\nIntro.\\n\\n## 1. Scope\\n\\nAll data.'

Levels are the document's, not its markup's: level 1 is the title (and the
preamble), level 2 the top-level sections, 3+ their subsections. Pages mark
parallel sections at different levels and use bold paragraphs as headings,
so the outline is read from numbering ("1.", "2.1", "Article 3", "A."),
annexes ("Schedule 1"), and markup rank, in that order of trust.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from policywatch.core.lexicon.documents import document_regex
from policywatch.core.lexicon.structure import annex_label_pattern, clause_label_pattern
from policywatch.core.model import Section
from policywatch.extract.blocks import BOLD, GUESS, Block

_NUM = re.compile(
    rf"^(?:{clause_label_pattern()}\s*)?"
    r"(\d{1,3})((?:\.\d{1,3})*)([a-z])?(?:\.|\)|:|\s|$)",
    re.I,
)
_LETTER = re.compile(r"^([A-Z])[.)]\s")
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s")
# An annex label with its number, letter or a stop after it: "Annex 1", "Anhang", "Schedule:".
_ANNEX = re.compile(
    rf"^{annex_label_pattern()}\s*(?:\d|[A-Z]\b|[IVX]+\b|[:.–—(-]|nr\b|no\b|$)", re.I
)
# Words naming the document (its title, not a section), in every language read.
_DOC_WORDS = document_regex()
# A permalink mark that sites put at the end (or start) of a heading: "Scope ¶", "# Scope".
_ANCHOR_MARK = re.compile(r"^[#¶🔗]\s+|\s*[#¶🔗]$")
_MAX_SUBHEADING = 80
_MAX_TITLE = 100
_MIN_TITLE = 5
_TITLE_SEPARATOR = re.compile(r"\s*[|–—·•:]|\s+-\s")
_HEAD_BODY = 300  # characters of text before a heading that still count as the page's top
_LONG_PARENT = 1000
_FEW = 3  # fewer markup headings than this beside bold ones do not make an outline


@dataclass
class Outline:
    """The rendered result: title, normalised text and sections."""

    title: str | None
    text: str
    sections: list[Section]


@dataclass
class _Number:
    kind: str  # "num" | "letter" | "roman" | "annex"
    value: int
    depth: int


def build(blocks: list[Block], page_title: str | None = None) -> Outline:
    """Assign levels to heading candidates and render the text and the sections.

    ``page_title`` is what the page calls itself outside its text (HTML
    ``<title>``, Markdown front matter): a heading that repeats it is the
    document's title, wherever the page's chrome pushed it.
    """
    levels = _levels(blocks, page_title)
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
            heading, level, body = _ANCHOR_MARK.sub("", block.text) or block.text, levels[i], []
            lines.append("#" * level + " " + heading)
            continue
        rendered = "- " + block.text if block.kind == "item" else block.text
        lines.append(rendered)
        body.append(rendered)
    if heading or body:
        sections.append(Section(level, heading, "\n\n".join(body)))
    return Outline(title=title, text="\n\n".join(lines), sections=sections)


def _number(text: str) -> _Number | None:
    if _ANNEX.match(text):
        return _Number("annex", 0, 1)
    if m := _NUM.match(text):
        depth = 1 + m.group(2).count(".") + (1 if m.group(3) else 0)
        return _Number("num", int(m.group(1)), depth)
    if m := _LETTER.match(text):
        return _Number("letter", ord(m.group(1)) - 64, 1)
    if (m := _ROMAN.match(text)) and m.group(1):
        return _Number("roman", len(m.group(1)), 1)
    return None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _levels(blocks: list[Block], page_title: str | None = None) -> dict[int, int]:
    """Map block index -> outline level for the blocks that are headings."""
    cands = [i for i, b in enumerate(blocks) if b.is_candidate]
    levels: dict[int, int] = {}
    title = _title_index(blocks, cands)
    if title is None and page_title:
        title = _repeats_page_title(blocks, cands, page_title)
    if title is not None:
        levels[title] = 1
        cands = [i for i in cands if i != title]
    if not cands:
        return levels
    numbers = {i: _number(blocks[i].text) for i in cands}
    top = _numbered_top(blocks, cands, numbers)
    if top is None:
        top = _unnumbered_top(blocks, cands)
    for i in top:
        levels[i] = 2
    if title is not None:
        name = blocks[title].text.casefold()
        for i in top:
            if blocks[i].text.casefold().startswith(name) and _DOC_WORDS.search(name):
                levels[i] = 1  # a repeat of the title (or a subtitle), not a section
    _assign_sublevels(blocks, cands, top, numbers, levels)
    _demote_title_restatements(blocks, [i for i in sorted(levels) if i != title], levels)
    return levels


def _demote_title_restatements(
    blocks: list[Block], cands: list[int], levels: dict[int, int]
) -> None:
    """Banner, title and subtitle headings above the first section are level 1, not sections.

    At the top of a page (less than :data:`_HEAD_BODY` characters of text
    before them), unnumbered headings that name the document ("Conditions
    générales de services", "Bumble Terms and Conditions of Use") are its
    title and subtitles, and headings before the first of them are a site
    banner ("Aide & services"); the first heading after them that does not
    name the document is the first section. Later, a heading that repeats
    such a title word for word wraps the body again; it is not a section.
    """
    body, start, named = 0, 0, False
    run: list[int] = []
    for i in cands:
        body += sum(len(b.text) for j, b in enumerate(blocks[start:i], start) if j not in levels)
        start = i + 1
        if body > _HEAD_BODY or _number(blocks[i].text) is not None:
            break
        if names_document(blocks[i].text):
            named = True
        elif named:
            break
        run.append(i)
    if named:
        for i in run:
            levels[i] = 1
    titles = {blocks[i].text.casefold() for i in levels if levels[i] == 1}
    for i in cands:
        text = blocks[i].text
        if levels[i] == 2 and text.casefold() in titles and names_document(text):
            levels[i] = 1


def names_document(text: str) -> bool:
    """A short heading with a document-type word, not a sentence ending in a full stop."""
    return len(text) <= _MAX_TITLE and not text.endswith(".") and bool(_DOC_WORDS.search(text))


def _title_index(blocks: list[Block], cands: list[int]) -> int | None:
    """The first heading is the title when it opens the page and outranks the rest."""
    if not cands or blocks[cands[0]].kind != "heading":
        return None
    if sum(len(b.text) for b in blocks[: cands[0]]) > 300:
        return None
    first = blocks[cands[0]]
    others = [blocks[i].rank for i in cands[1:] if blocks[i].kind == "heading"]
    if others and min(others) < first.rank:
        return None
    if _number(first.text) is not None:
        return None
    unique = first.rank not in others
    return cands[0] if unique or _DOC_WORDS.search(first.text) else None


def _repeats_page_title(blocks: list[Block], cands: list[int], page_title: str) -> int | None:
    """The first heading, before any numbered one, that the page's own title begins with.

    "Privacy Policy | Acme" names the page; the heading "Privacy Policy"
    is then its title, even below a banner or a breadcrumb trail.
    """
    name = page_title.casefold()
    for i in cands:
        text = blocks[i].text.casefold()
        if _number(blocks[i].text) is not None:
            return None
        if blocks[i].kind == "heading" and len(text) >= _MIN_TITLE and name.startswith(text):
            rest = name[len(text) :]
            if not rest or _TITLE_SEPARATOR.match(rest):
                return i
    return None


def _numbered_top(
    blocks: list[Block], cands: list[int], numbers: dict[int, _Number | None]
) -> set[int] | None:
    """Top-level headings from a numbered outline, or None when the document has none."""
    firsts = [i for i in cands if (n := numbers[i]) and n.depth == 1 and n.kind != "annex"]
    by_kind = Counter(n.kind for i in firsts if (n := numbers[i]))
    kinds = [k for k, count in by_kind.items() if count >= 3]
    if not kinds:
        return None
    # Lettered parts holding numbered clauses: the shallower numbering is the top.
    kind = min(
        kinds,
        key=lambda k: (min(blocks[i].rank for i in firsts if numbers[i].kind == k), -by_kind[k]),  # type: ignore[union-attr]
    )
    seq = [i for i in firsts if (n := numbers[i]) and n.kind == kind]
    rank = Counter(blocks[i].rank for i in seq).most_common(1)[0][0]
    # Unnumbered parts ("GITHUB DATA PROTECTION") or annexes ("Attachment 1") marked up
    # above the numbered clauses, before and after them: the clauses sit inside parts.
    shallower = [i for i in cands if blocks[i].rank < rank and _is_part(numbers[i])]
    if rank <= 6 and len(shallower) >= 2 and shallower[0] < seq[0] and shallower[-1] > seq[-1]:
        return None
    caps = sum(_is_caps(blocks[i].text) for i in seq) > len(seq) / 2
    top: set[int] = set()
    last, started, in_annex = 0, False, False
    for i in cands:
        n, b = numbers[i], blocks[i]
        if n and n.kind == "annex" and b.rank <= max(rank, BOLD):
            top.add(i)
            in_annex, started = True, True
            continue
        if n and n.kind == kind and n.depth == 1:
            restart = in_annex or n.value <= last - 1
            in_sequence = last < n.value <= last + 3
            if not restart and (b.rank <= rank or in_sequence) and b.rank <= GUESS:
                top.add(i)
                last, started = n.value, True
            continue
        if n is not None and n.kind == kind:
            continue  # a deeper number (2.1): a subsection
        if b.rank < rank or (not started and b.rank <= rank):
            top.add(i)
        elif started and not in_annex and b.rank == rank and _is_caps(b.text) == caps:
            # An unnumbered heading styled like its numbered siblings (a number that dropped out).
            top.add(i)
    return top


def _is_part(number: _Number | None) -> bool:
    """An unnumbered heading or an annex: what can hold numbered clauses."""
    return number is None or number.kind == "annex"


def _unnumbered_top(blocks: list[Block], cands: list[int]) -> set[int]:
    """Without numbering: the shallowest heading rank, plus deeper headings before it.

    A heading that comes before any shallower one has no parent, so it is a
    top-level section marked up at another level (common in CMS pages).
    """
    markup = [i for i in cands if blocks[i].kind == "heading"]
    if len(markup) < _FEW and len(cands) - len(markup) >= _FEW:
        # One stray heading ("Contact us") among bold-paragraph sections: the
        # bold paragraphs are the outline, read with it.
        markup = cands
    markup = markup or cands
    rank = min(blocks[i].rank for i in markup)
    first = next(i for i in markup if blocks[i].rank == rank)
    top = {i for i in markup if blocks[i].rank == rank or i < first}
    # A deeper heading is a sibling, not a child, when the heading above it
    # already carried a long body of its own (parallel sections marked up at
    # different levels); a parent that only introduces its children is short.
    # Numbered headings ("Clause 3", "Appendix 1") are never promoted this way:
    # here they are the numbered parts of an unnumbered part, its children.
    parent, parent_body = first, 0
    for i in markup:
        if i in top:
            parent = i
            parent_body = sum(len(b.text) for b in blocks[i + 1 : _next(markup, i, len(blocks))])
        elif (
            parent_body > _LONG_PARENT
            and _number(blocks[i].text) is None
            and blocks[i].rank <= _lowest_rank_after(blocks, markup, parent)
        ):
            top.add(i)
            parent = i
    return top


def _next(indices: list[int], i: int, default: int) -> int:
    return next((j for j in indices if j > i), default)


def _lowest_rank_after(blocks: list[Block], markup: list[int], parent: int) -> int:
    """The rank of the first heading after ``parent``: the level its siblings-to-be use."""
    nxt = _next(markup, parent, -1)
    return blocks[nxt].rank if nxt >= 0 else 0


def _assign_sublevels(
    blocks: list[Block],
    cands: list[int],
    top: set[int],
    numbers: dict[int, _Number | None],
    levels: dict[int, int],
) -> None:
    """Level 3+ for candidates inside a top-level section, by numbering depth or rank."""
    group: list[int] = []
    for i in [*cands, len(blocks)]:
        if i in top or i == len(blocks):
            ranks = sorted({blocks[j].rank for j in group})
            for j in group:
                n = numbers[j]
                if n is not None and n.kind == "num" and n.depth > 1:
                    levels[j] = min(6, 1 + n.depth)
                else:
                    levels[j] = min(6, 3 + ranks.index(blocks[j].rank))
            group = []
        elif blocks[i].kind == "heading" or (
            len(blocks[i].text) <= _MAX_SUBHEADING and not blocks[i].text.endswith(".")
        ):
            group.append(i)

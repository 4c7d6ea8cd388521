"""Markdown (and plain text written like it) to blocks.

    >>> doc = read_markdown("---\\ntitle: Terms\\n---\\nIntro\\n\\nScope\\n=====\\n\\n- one\\n")
    >>> doc.title, [(b.kind, b.text, b.rank) for b in doc.blocks]
    ('Terms', [('para', 'Intro', 0), ('heading', 'Scope', 1), ('item', 'one', 0)])

Handles YAML front matter, ATX and setext headings, lists, tables,
blockquotes, bold-only paragraphs (heading candidates), inline links,
emphasis, escapes and inline HTML such as ``<a name=...>`` anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policywatch.extract.blocks import BOLD, Block, italic_heading_shaped
from policywatch.extract.hints import text_hints
from policywatch.extract.inline import join_cell_lines, keep_alt
from policywatch.extract.normalise import normalise_inline
from policywatch.extract.numbering import MIN_RUN
from policywatch.extract.pdftables import TABLE_SEPARATOR
from policywatch.extract.textblocks import read_text, tidy_number

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|(\d{1,3})[.)])\s+(.*)$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LIQUID = re.compile(r"\{%.*?%\}")
# What a Markdown reader never sees: HTML comments and link reference
# definitions ("[1]: https://... "Title""). A date in them is no date line.
# A footnote ("[^1]: ...") is shown, and so is a line whose rest is no link and title.
_HIDDEN = re.compile(
    r"<!--.*?-->|^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]+\S+"
    r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""",
    re.S | re.M,
)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]*)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BR = re.compile(r"</?br\s*/?>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_HARD_BREAK = re.compile(r"\\$", re.M)  # a backslash ending a line: Markdown's line break


@dataclass
class MarkdownDoc:
    blocks: list[Block]
    title: str | None = None
    hints: list[str] = field(default_factory=list)  # ISO dates of the front matter


def read_markdown(text: str) -> MarkdownDoc:
    """Split Markdown source into blocks (see the module docstring)."""
    title, hints = None, []
    front = _FRONT_MATTER.match(text)
    if front:
        hints = text_hints(front.group(1))
        found = re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front.group(1), re.M)
        title = normalise_inline(found.group(1)) if found else None
        text = text[front.end() :]
    text = _HIDDEN.sub("", _LIQUID.sub("", text))
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            before = len(blocks)
            _add_paragraph(blocks, " ".join(para))
            if len(blocks) > before:  # a paragraph of only an image adds nothing
                blocks[-1].single_line = len(para) == 1
            para.clear()

    in_fence = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            in_fence = not in_fence
            flush()
            continue
        line = raw.strip()
        if in_fence:
            para.append(line)
            continue
        while line.startswith(">"):
            line = line[1:].strip()
        setext = _SETEXT.match(raw)
        if setext and para and not _ITEM.match(para[-1]):
            rank = 1 if setext.group(1)[0] == "=" else 2
            heading = " ".join(para)
            para.clear()
            _add_heading(blocks, heading, rank)
        elif not line:
            flush()
        elif (atx := _ATX.match(line)) is not None:
            flush()
            _add_heading(blocks, atx.group(2) or "", len(atx.group(1)))
        elif _RULE.match(line):
            flush()
        elif line.startswith("|"):
            flush()
            if not TABLE_SEPARATOR.match(line):
                cells = [_clean_cell(c) for c in line.strip("|").split("|")]
                if any(cells):
                    blocks.append(Block("row", " | ".join(cells)))
        elif (item := _ITEM.match(line)) is not None:
            flush()
            if (atx := _ATX.match(item.group(2))) is not None:
                # A heading inside a list item ("*   #### With other users",
                # "1.  ### Scope"): a heading, numbered as the reader sees it.
                number = f"{item.group(1)}. " if item.group(1) else ""
                _add_heading(blocks, number + (atx.group(2) or ""), len(atx.group(1)))
                continue
            para.append(line)  # list items continue on following indented lines
            number = f"{item.group(1)}\x01" if item.group(1) else ""
            para[-1] = "\x00" + number + item.group(2)
        else:
            para.append(line.removesuffix("\\").rstrip())
            if raw.endswith(("  ", "\\")):
                flush()  # a hard line break: the next line stands apart, as after <br>
    flush()
    _bold_entries_are_items(blocks)
    _numbered_lines_are_paragraphs(blocks)
    if not any(b.kind == "heading" or b.rank == BOLD or b.kind == "row" for b in blocks):
        # No heading markup at all, nor tables (PDF text saved as .md): its
        # lines are read as plain text is, headings judged by their shape.
        plain = "\n".join(clean_inline(line) for line in _HARD_BREAK.sub("", text).splitlines())
        blocks = read_text(plain)
    return MarkdownDoc(blocks=blocks, title=title, hints=hints)


def clean_inline(text: str, context: str | None = None) -> str:
    """Markdown inline syntax to plain text: links, emphasis, escapes, inline HTML.

    An image keeps its alt text only when :func:`keep_alt` says it is content,
    and then as words of their own; ``context`` is the text it is judged
    against (by default ``text`` itself, without its images).
    """
    if "![" in text:
        around = _IMAGE.sub(" ", text) if context is None else context

        def alt(m: re.Match[str]) -> str:
            whole_link = (
                text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 2] == "]("
            )
            return f" {m.group(1)} " if keep_alt(m.group(1), around, whole_link=whole_link) else " "

        text = _IMAGE.sub(alt, text)
    text = _BR.sub(" ", text)  # a line break inside a paragraph separates words
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    for _ in range(2):
        text = _STRONG.sub(r"\2", text)
    text = _EMPH.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return normalise_inline(text)


def _clean_cell(cell: str) -> str:
    """One table cell: its ``<br>``-separated lines joined by :func:`join_cell_lines`."""
    context = _IMAGE.sub(" ", cell)
    return join_cell_lines([clean_inline(part, context) for part in _BR.split(cell)])


# A paragraph all in italics, "*Scope*" or "_Scope_": set apart like a bold one
# when it is shaped like a heading (:func:`.blocks.italic_heading_shaped`).
_ITALIC_LINE = re.compile(r"([*_])(?![\s*_])[^*_]+(?<!\s)\1")


def _is_set_apart(text: str) -> bool:
    """A paragraph that is entirely bold (``**1. Scope**``, ``__Scope__``) or an italic heading.

    An italic one (``*Scope*``, ``_Scope_``) counts when it is shaped like a
    heading (:func:`.blocks.italic_heading_shaped`): italics also mark notes.
    """
    bare = _ESCAPE.sub(r"\1", _TAG.sub("", _LINK.sub(r"\1", text))).strip()
    if _ITALIC_LINE.fullmatch(bare) is not None:
        return italic_heading_shaped(bare[1:-1])
    stripped = bare.rstrip(".: ")  # "**Scope**:"; "__Scope__" keeps its closing marks
    return bool(re.fullmatch(r"(\*\*|__)[^*]+?\1[\s_.:]*", stripped + "")) or bool(
        re.fullmatch(r"(?:\*\*[^*]+\*\*\s*)+", stripped)
    )


def _add_paragraph(blocks: list[Block], text: str) -> None:
    if text.startswith("\x00"):
        number, _, source = text[1:].partition("\x01") if "\x01" in text[:6] else ("", "", text[1:])
        item = clean_inline(source)
        if item:
            # "1. **Sharing**" with its text below: a bold item heads that text.
            rank = BOLD if len(item) <= 200 and _is_set_apart(source) else 0
            blocks.append(Block("item", item, rank, list_number=int(number) if number else None))
        return
    clean = clean_inline(text)
    if clean:
        rank = BOLD if len(clean) <= 200 and _is_set_apart(text) else 0
        blocks.append(Block("para", clean, rank))


def _bold_entries_are_items(blocks: list[Block]) -> None:
    """A bold item heads text only when a paragraph follows it; in a list of them it is an entry."""
    if not blocks:  # a file of only front matter or comments
        return
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        heads_text = after is not None and after.kind == "para" and not after.rank
        if block.kind == "item" and block.rank == BOLD and not heads_text:
            block.rank = 0


def _numbered_lines_are_paragraphs(blocks: list[Block]) -> None:
    """Numbered lines that Markdown reads as lists of one item each are numbered paragraphs.

    ``1. Data we collect``, its paragraphs, ``2. How we use it``...: each
    "list" has one item, a paragraph follows it, and the numbers run on from
    one to the next (1, 2, 3 ...). Written so, the number is the document's
    clause numbering: the line keeps it, as a short paragraph the outline may
    take as a heading candidate (its numbering features then weigh it).
    """
    singles = [
        k
        for k, b in enumerate(blocks)
        if b.kind == "item"
        and b.list_number is not None
        and (k == 0 or blocks[k - 1].kind != "item")
        and k + 1 < len(blocks)
        and blocks[k + 1].kind == "para"
    ]
    run: list[int] = []
    for k in [*singles, None]:
        if k is not None and blocks[k].list_number == len(run) + 1:
            run.append(k)
            continue
        if len(run) >= MIN_RUN:
            for at in run:
                block = blocks[at]
                blocks[at] = Block("para", f"{block.list_number}. {block.text}", block.rank)
                blocks[at].single_line = True
        run = [k] if k is not None and blocks[k].list_number == 1 else []


def _add_heading(blocks: list[Block], text: str, rank: int) -> None:
    clean = tidy_number(clean_inline(text))
    if clean:
        blocks.append(Block("heading", clean, rank))

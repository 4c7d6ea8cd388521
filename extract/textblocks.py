"""Plain text (and text pulled out of PDFs) to blocks, headings guessed from shape.

    >>> [(b.kind, b.text) for b in read_text("1.DEFINITIONS\\nThe App means the\\nsoftware.")]
    [('heading', '1. DEFINITIONS'), ('para', 'The App means the software.')]

PDF text breaks lines mid-sentence, splits words with hyphens and quotes
across lines, and carries page numbers. Lines are re-joined into paragraphs
unless a line ends a sentence well short of the usual line width; headings
are numbered lines (``1.DEFINITIONS``, ``2.1 HOW WE ...``), upper-case lines
and short title-case lines that start a paragraph.
"""

from __future__ import annotations

import re
import statistics

from policywatch.extract.blocks import GUESS, Block
from policywatch.extract.normalise import normalise_inline

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.I)
_BULLET = re.compile(r"^(?:[•▪●◦‣∙·*–-]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+(.*)$")
# Only the label is case-blind: the title after the number must start with a
# capital, or "Article 17 of the GDPR. You also..." (a wrapped line) is a heading.
_NUMBERED = re.compile(
    r"^((?i:article|artikel|section|§)\s*\d+[.:]?|\d{1,2}(?:\.\d{1,2})*\.?)\s*([A-ZÀ-ÖØ-Þ].{1,150})$"
)
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
    "with", "we", "our", "your", "do", "is", "us", "de", "la", "le", "et", "des", "du",
}  # fmt: skip
_SENTENCE_END = (".", "!", ";", ",")


def read_text(text: str) -> list[Block]:
    """Split plain or PDF text into paragraph, item and guessed-heading blocks."""
    lines = [normalise_inline(line) for line in text.splitlines()]
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    width = _typical_width(lines)
    blocks: list[Block] = []
    current: list[str] = []
    kind = "para"

    def flush() -> None:
        nonlocal kind
        if current:
            blocks.append(Block(kind, _join(current)))
            current.clear()
        kind = "para"

    for i, line in enumerate(lines):
        if not line:
            flush()
            continue
        nxt = next((x for x in lines[i + 1 :] if x), "")
        at_start = not current or _ends_paragraph(current[-1], width)
        if at_start and is_heading_line(line, nxt):
            flush()
            blocks.append(Block("heading", tidy_number(line), GUESS))
            continue
        if blocks and blocks[-1].kind == "heading" and not current and _continues_heading(line):
            blocks[-1].text += " " + line
            continue
        bullet = _BULLET.match(line)
        if bullet or at_start:
            flush()
            if bullet:
                kind = "item"
                line = bullet.group(1)
        current.append(line)
    flush()
    return blocks


def _typical_width(lines: list[str]) -> int:
    long_lines = [len(line) for line in lines if len(line) > 30]
    return int(statistics.median(long_lines)) if long_lines else 80


def _ends_paragraph(line: str, width: int) -> bool:
    """A line ends its paragraph when it ends a sentence well short of the line width."""
    return line.endswith((".", "!", "?", ":", ";")) and len(line) < width * 0.8


def _join(lines: list[str]) -> str:
    """Re-join wrapped lines: repair hyphenation and quotes split from their word."""
    out = lines[0]
    for line in lines[1:]:
        if re.search(r"[a-zà-ÿ]-$", out) and line[:1].islower():
            out = out[:-1] + line
        elif out.endswith(('"', "(", "'", "/")) and _opens_quote(out):
            out += line
        else:
            out += " " + line
    return normalise_inline(out)


def _opens_quote(text: str) -> bool:
    """True when the trailing quote is an opening one (odd number of quotes so far)."""
    return not text.endswith('"') or text.count('"') % 2 == 1


def is_heading_line(line: str, nxt: str) -> bool:
    if len(line) > 150 or line.endswith(_SENTENCE_END) or not nxt:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    numbered = _NUMBERED.match(line)
    if numbered and not numbered.group(2).endswith(_SENTENCE_END):
        return len(line) <= 120
    if sum(c.isupper() for c in letters) >= 0.85 * len(letters):
        return len(letters) >= 4
    if line.endswith(":") or any(c.isdigit() for c in line):
        return False  # "Last Updated:", "October 2020": labels and dates, not headings
    return _is_title_case(line) and len(line) <= 80 and nxt[:1].isupper()


def _is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", line)]
    if not words or not words[0][0].isupper() or len(words) > 12:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.75 * len(big)


def _continues_heading(line: str) -> bool:
    """A heading wrapped over two lines: the second part starts in lower case."""
    return line[:1].islower() and len(line) < 80 and not line.endswith(".")


def tidy_number(line: str) -> str:
    """``1.DEFINITIONS`` -> ``1. DEFINITIONS`` so numbering reads the same everywhere."""
    return re.sub(r"^(\d{1,2}(?:\.\d{1,2})*\.)(?=[^\W\d])", r"\1 ", line)

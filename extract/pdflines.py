"""Rebuild lines from text positions, for PDFs that place every word on its own.

Some PDF producers write each word as a separate positioned text object, and
pypdf's plain extraction then gives one word per line: no line can be
recognised as a heading, and a date is lost in one giant paragraph. pypdf's
``layout`` mode keeps the lines but guesses spaces from fixed character
widths and glues words ("itsPresident"). Here the words are grouped into
lines by their baseline, and a space is put where the text skips ahead of
where the previous word ended; a clearly larger gap between lines is a
paragraph break.

    >>> c = PositionCollector()
    >>> for text, x, y in [("Last", 10, 700), ("", 30, 700), ("update:", 34, 700), ("", 70, 700),
    ...                    ("16", 10, 686), ("", 20, 686), ("May", 23, 686)]:
    ...     c.visit(text, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, x, y], None, 10)
    >>> c.page_text()
    'Last update:\\n16 May'
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

# Fractions of the font size: words on one line share a baseline within
# _SAME_LINE; a gap wider than _SPACE is a space between words; a line gap
# this much wider than the usual one is a paragraph break.
_SAME_LINE = 0.4
_SPACE = 0.12
_PARAGRAPH_GAP = 1.45
_OPENING = {"“", "«", "(", "[", "‘", "„"}
_CLOSING = set("”»)]’,.")


@dataclass
class _Word:
    text: str
    x: float
    y: float
    size: float
    end: float | None = None  # where the text position was after the word, if pypdf said
    bold: bool = False  # set in a bold font ("Arial-BoldMT", "CenturyGothic-Bold")


@dataclass(frozen=True)
class LineStyle:
    """How a PDF line is set: in a bold font throughout, and its font size over the body's."""

    bold: bool
    scale: float


_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class PositionCollector:
    """A ``visitor_text`` for :meth:`pypdf.PageObject.extract_text` that keeps positions.

    Use one collector per page: call :meth:`page_text` after extracting it,
    which also resets the collector for the next page.
    """

    words: list[_Word] = field(default_factory=list)

    def visit(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        """Record ``text`` at its device-space position (pypdf's visitor signature)."""
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        if not text.strip():
            # pypdf reports the position after a word with an empty or newline
            # fragment: that is where the word ended, so spaces can be measured.
            if self.words and self.words[-1].end is None and _same_line(self.words[-1], y):
                self.words[-1].end = x
            return
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        bold = _BOLD_FONT.search(name) is not None
        self.words.append(_Word(text.strip(), x, y, (size or 10.0) * scale, bold=bold))

    def lines(self) -> list[tuple[str, bool, float]]:
        """Each line's text, whether it is all bold, and its largest font size."""
        return [
            (_join(line), all(w.bold for w in line), max(w.size for w in line))
            for line in _lines(self.words)
        ]

    def page_text(self) -> str:
        """The collected words as lines (blank line between paragraphs); then reset."""
        lines = _lines(self.words)
        self.words = []
        if not lines:
            return ""
        gaps = [abs(a[0].y - b[0].y) for a, b in pairwise(lines) if a and b]
        usual = statistics.median(gaps) if gaps else 0.0
        out: list[str] = []
        for i, line in enumerate(lines):
            if i and usual and abs(lines[i - 1][0].y - line[0].y) > usual * _PARAGRAPH_GAP:
                out.append("")
            out.append(_join(line))
        return "\n".join(out)


def line_styles(collectors: list[PositionCollector]) -> dict[str, LineStyle]:
    """The style of every line of a document, by :func:`style_key` of its text.

    Sizes are relative to the body's: the font size most of the words are set in.
    A text set in several styles keeps its most set-apart one: a title that a
    small running header repeats on every page is still the title.
    """
    lines = [line for c in collectors for line in c.lines()]
    if not lines:
        return {}
    sizes = [round(size, 1) for _, _, size in lines]
    body = statistics.mode(sizes) or 1.0
    styles: dict[str, LineStyle] = {}
    for text, bold, size in lines:
        if text.strip():
            style, key = LineStyle(bold, round(size / body, 2)), style_key(text)
            known = styles.get(key)
            if known is None or (style.bold, style.scale) > (known.bold, known.scale):
                styles[key] = style
    return styles


def style_key(text: str) -> str:
    """A line's text without spaces, case folded: PDF texts space words differently."""
    return "".join(text.split()).casefold()


def _same_line(word: _Word, y: float) -> bool:
    return abs(word.y - y) <= word.size * _SAME_LINE


def _lines(words: list[_Word]) -> list[list[_Word]]:
    """Words in content order, cut into lines where the baseline moves."""
    lines: list[list[_Word]] = []
    for word in words:
        if lines and _same_line(lines[-1][0], word.y):
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _join(line: list[_Word]) -> str:
    """The words of one line, with a space wherever the text skips ahead.

    Quote marks and brackets written as fragments of their own often have no
    width in the font, so their gap says nothing: an opening mark is glued to
    the next word, a closing one (or a lone comma or full stop) to the previous.
    """
    out = line[0].text
    straight = line[0].text.count('"')
    for prev, word in pairwise(line):
        glued = prev.end is not None and word.x - prev.end < word.size * _SPACE
        opening = prev.text in _OPENING or (prev.text == '"' and straight % 2 == 1)
        closing = word.text[0] in _CLOSING or (word.text[0] == '"' and straight % 2 == 1)
        out += word.text if glued or opening or closing else " " + word.text
        straight += word.text.count('"')
    return out

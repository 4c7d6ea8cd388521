"""Where a PDF page's words stand: its lines, their cells, and runs of lines in columns.

The geometry half of reading PDF tables (:mod:`.pdftables` writes the runs found
here back into the page's text as rows): the words of a page are put back into
lines by their baseline, a line is cut into cells where a gutter (a gap of at
least a font size) separates its words, and a run of lines whose cells start at
the same few x positions is a table (:func:`find_tables`), unless its columns hold
running text, a block of "Label: value" fields or list markers hung left.

    >>> from types import SimpleNamespace as W
    >>> words = [W(text=t, x=x, y=y, size=10, end=None) for t, x, y in [
    ...     ("Name", 30, 740), ("Location", 200, 740), ("Stripe, Inc.", 30, 725),
    ...     ("Ireland", 200, 725), ("Zendesk, Inc.", 30, 710), ("United States", 200, 710)]]
    >>> [(len(run.lines), run.columns) for run in find_tables(words)]
    [(3, [30, 200])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from policywatch.extract.tablerows import row_numbers
from policywatch.extract.textcolumns import fields, prose_column

# Fractions of the font size: words on one line share a baseline within _SAME_LINE;
# a gap of _GUTTER or more between two words separates cells; a table's lines are at
# most _MAX_GAP apart. A word's width, when the PDF does not say where it ended, is
# taken as _CHAR_WIDTH a character to join words into cells (wide: a guess too narrow
# would cut prose into cells) and _NARROW_CHAR to tell whether a cell runs across the
# next column (narrow: a wrapped cell's long line ends just short of it).
_SAME_LINE = 0.4
_GUTTER = 1.0
_MAX_GAP = 3.2
_CHAR_WIDTH = 0.6
_NARROW_CHAR = 0.45
# Cells start in the same column within this many points.
_ALIGN = 3.0
# A first column of list markers makes a list, no table: bullets, or numbers hung left
# of list items and of numbered headings ("3.1." beside "Conditions of access").
_LIST_MARKER = re.compile(
    r"^(?:[•◦▪‣·●○■□►–—*-]|\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zA-Z]|[ivxlc]{1,5})[.)]?)$"
)
# A table has at least this many lines of two cells or more (a header and two rows),
# counted over every page where the same columns run (a table split across pages).
MIN_MULTI_LINES = 3


class Positioned(Protocol):
    """A piece of text where the page placed it (``pdflines._Word``)."""

    text: str
    x: float
    y: float
    size: float
    end: float | None


@dataclass
class Cell:
    words: list[int]  # indexes into the page's words, in content order
    x: float
    right: float  # where it ends at the widest guess
    least_right: float  # where it ends at the narrowest


@dataclass
class Line:
    y: float
    size: float
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Run:
    lines: list[Line]
    columns: list[float]  # where each column starts
    prose: bool = False  # columns of running text, no table


def _right(word: Positioned, char_width: float = _CHAR_WIDTH) -> float:
    if word.end is not None and word.end > word.x + 0.1:
        return word.end
    return word.x + len(word.text) * word.size * char_width


def _lines(words: Sequence[Positioned]) -> list[Line]:
    """The page's lines top to bottom, each cut into cells at its gutters."""
    by_line: list[tuple[float, float, list[int]]] = []
    for i, word in enumerate(words):
        if not word.text.strip():
            continue
        for y, size, members in by_line:
            if abs(y - word.y) <= max(size, word.size) * _SAME_LINE:
                members.append(i)
                break
        else:
            by_line.append((word.y, word.size, [i]))
    lines = []
    for y, size, members in sorted(by_line, key=lambda t: -t[0]):
        line = Line(y, size)
        for i in sorted(members, key=lambda i: words[i].x):
            word = words[i]
            cell = line.cells[-1] if line.cells else None
            if cell is not None and word.x - cell.right < word.size * _GUTTER:
                cell.words.append(i)
                cell.right = max(cell.right, _right(word))
                cell.least_right = max(cell.least_right, _right(word, _NARROW_CHAR))
            else:
                line.cells.append(Cell([i], word.x, _right(word), _right(word, _NARROW_CHAR)))
        lines.append(line)
    return lines


def column_index(x: float, columns: list[float]) -> int:
    """The column a cell starting at ``x`` is in (the last one starting at or before it)."""
    return max((n for n, c in enumerate(columns) if c <= x + _ALIGN), default=0)


def _fits(line: Line, columns: list[float], accepted: list[Line]) -> list[float] | None:
    """The columns with this line's cells in them, or None when the line is no table line."""
    columns = list(columns)
    for cell in line.cells:
        if any(abs(cell.x - c) <= _ALIGN for c in columns):
            continue
        if len(line.cells) < 2 or (
            cell.x < columns[0] and not _under_blank(line, columns, accepted)
        ):
            return None
        # A new column: no cell of the table so far may run across where it starts.
        if any(c.x < cell.x - _ALIGN < c.least_right for other in accepted for c in other.cells):
            return None
        columns = sorted([*columns, cell.x])
    for cell in line.cells:
        n = column_index(cell.x, columns)
        if n + 1 < len(columns) and cell.least_right > columns[n + 1] + _ALIGN:
            return None  # runs across the next column: prose, not a cell
    return columns


def _under_blank(line: Line, columns: list[float], accepted: list[Line]) -> bool:
    """A first row with a cell left of the header's: the header's first cell is blank
    (over a column of row numbers), and the row's other cells start under the header's.
    Any later line starting left of the table is text beside it, no row."""
    return len(accepted) == 1 and all(
        any(abs(c.x - x) <= _ALIGN for x in columns) for c in line.cells[1:]
    )


def _cut_at_columns(words: Sequence[Positioned], line: Line, columns: list[float]) -> Line | None:
    """A row whose cell ran into the next one (a name filling its column leaves less
    than a gutter before the purpose), cut where a word starts a column of the table;
    None when no word does or a cell would start outside the columns."""
    cells: list[Cell] = []
    for cell in line.cells:
        parts: list[list[int]] = [[]]
        for i in cell.words:
            starts = any(abs(words[i].x - x) <= _ALIGN for x in columns)
            if parts[-1] and starts:
                parts.append([])
            parts[-1].append(i)
        for part in parts:
            right = max(_right(words[i]) for i in part)
            narrow = max(_right(words[i], _NARROW_CHAR) for i in part)
            cells.append(Cell(part, words[part[0]].x, right, narrow))
    aligned = all(any(abs(c.x - x) <= _ALIGN for x in columns) for c in cells)
    return Line(line.y, line.size, cells) if aligned and len(cells) > len(line.cells) else None


def _then_fits(lines: list[Line], at: int, columns: list[float], run: list[Line]) -> bool:
    """The table goes on after a row that had to be cut: the next line fits its columns
    and is a row of two cells or more, or a cell of a later column (a purpose wrapped,
    a place set lower). A line of prose, whose words may start anywhere, is followed by
    prose, or by a paragraph's short last line in the first column."""
    if at >= len(lines) or _fits(lines[at], columns, run) is None:
        return False
    cells = lines[at].cells
    return len(cells) >= 2 or column_index(cells[0].x, columns) > 0


def _ends_page(lines: list[Line], at: int, run: list[Line]) -> bool:
    """The row at ``at`` is the last of the page's text, under a table of rows (two
    or more lines of two cells or more): nothing follows it but page furniture set
    apart (a footer farther below than a row's gap), so the table goes on on the next
    page, and a name filling its column there is cut as on any other row."""
    if multi_cell_lines(run) < 2:
        return False
    return at + 1 >= len(lines) or lines[at].y - lines[at + 1].y > lines[at + 1].size * _MAX_GAP


def multi_cell_lines(run: list[Line]) -> int:
    """How many of a run's lines have two cells or more."""
    return sum(len(line.cells) >= 2 for line in run)


def find_tables(words: Sequence[Positioned]) -> list[Run]:
    """Runs of lines whose cells share column starts (any length): tables, and columns of
    prose (:func:`_running_text`)."""
    lines = _lines(words)
    tables: list[Run] = []
    n = 0
    while n < len(lines):
        if len(lines[n].cells) < 2:
            n += 1
            continue
        run, columns = [lines[n]], [c.x for c in lines[n].cells]
        # Above: the lines of a cell set higher than the row's others (centred rows).
        while n - len(run) >= 0 and (above := lines[n - len(run)]) is not run[0]:
            if len(above.cells) != 1 or column_index(above.cells[0].x, columns) == 0:
                break
            if above.y - run[0].y > above.size * _MAX_GAP or _fits(above, columns, run) is None:
                break
            run.insert(0, above)
        end = n + 1
        while end < len(lines) and run[-1].y - lines[end].y <= lines[end].size * _MAX_GAP:
            fitted = _fits(lines[end], columns, run)
            cut = None if fitted is not None else _cut_at_columns(words, lines[end], columns)
            if cut is not None and (
                _then_fits(lines, end + 1, columns, [*run, cut]) or _ends_page(lines, end, run)
            ):
                lines[end] = cut
                fitted = _fits(cut, columns, run)
            if fitted is None:
                break
            run.append(lines[end])
            columns = fitted
            end += 1
        if _running_text(words, run, columns):
            # Columns of prose: the first column's lines below the others' end are its own.
            tables.append(Run(run, columns, prose=True))
            n = end
            continue
        # A line of the first column alone after the table is a heading or a note.
        while (
            len(run) > 1
            and len(run[-1].cells) == 1
            and not column_index(run[-1].cells[0].x, columns)
        ):
            run.pop()
            end -= 1
        if _fields(words, run, columns):
            n = end  # none of its lines starts a table either
        elif len(columns) >= 2 and not _list_markers(words, run, columns):
            tables.append(Run(run, columns))
            n = end
        else:
            n += 1
    return tables


def _running_text(words: Sequence[Positioned], lines: list[Line], columns: list[float]) -> bool:
    """Every column holds lines of prose (two or more): columns of text. A column of one
    cell beside prose (a term, a clause number beside its wrapped text) is no column of text."""
    by_column: dict[int, list[tuple[int, Cell]]] = {}
    for k, line in enumerate(lines):
        for cell in line.cells:
            by_column.setdefault(column_index(cell.x, columns), []).append((k, cell))
    judged = list(by_column.values())
    return (
        len(judged) >= 2
        and all(len(cells) >= 2 for cells in judged)
        and all(
            prose_column([(k, plain_text(words, c), c.x, c.right) for k, c in cells])
            for cells in judged
        )
    )


def _fields(words: Sequence[Positioned], lines: list[Line], columns: list[float]) -> bool:
    """Most first cells under the first line are "Label: value" fields or labels: a block
    of fields set side by side (a signature block: "Name: ...", "Date: ..."), no table."""
    first = [
        plain_text(words, c)
        for line in lines[1:]
        for c in line.cells
        if not column_index(c.x, columns)
    ]
    return fields(first)


def plain_text(words: Sequence[Positioned], cell: Cell) -> str:
    return " ".join(words[i].text.strip() for i in cell.words)


def same_columns(columns: list[float], earlier: list[float]) -> bool:
    """Every column starts where one of an earlier table's did."""
    return all(any(abs(x - e) <= _ALIGN for e in earlier) for x in columns)


def _list_markers(words: Sequence[Positioned], lines: list[Line], columns: list[float]) -> bool:
    """Most first cells are list markers ('•', '1.', 'a)'): a list hung left, no table."""
    first = [
        "".join(words[i].text for i in cell.words).strip()
        for line in lines
        for cell in line.cells
        if column_index(cell.x, columns) == 0
    ]
    if len(columns) > 2 and row_numbers(first):
        return False  # numbers beside two columns or more: the table's row numbers
    return sum(bool(_LIST_MARKER.match(text)) for text in first) * 2 >= len(first)

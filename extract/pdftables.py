"""Tables in a PDF read back as rows, from the text positions of its words.

A PDF has no table, only text placed at positions: pypdf's plain text gives a
sub-processor table as loose lines ("Amazon Web Services, Inc." / "Cloud
hosting and storage of customer data in our" / "primary region" / "United
States"), and the entries of the list are lost. Here the words of a page are
put back into lines by their baseline, a line is cut into cells where a gutter
(a gap of at least a font size) separates its words, and a run of lines whose
cells start at the same few x positions is a table. Its rows follow the
content order (every PDF writer seen writes a row's cells one after the
other, a wrapped cell's lines together), and a line with nothing in the first
column continues the row above. The rows replace the table's text on the
page, written ``| Name | Purpose | Location |`` (read as table rows by
:func:`policywatch.extract.textblocks.read_text`).

    >>> from types import SimpleNamespace as W
    >>> words = [W(text=t, x=x, y=y, size=10, end=None) for t, x, y in [
    ...     ("Name", 30, 740), ("Location", 200, 740), ("Stripe, Inc.", 30, 725),
    ...     ("Ireland", 200, 725), ("Zendesk, Inc.", 30, 710), ("United States", 200, 710)]]
    >>> page = "Name Location\\nStripe, Inc. Ireland\\nZendesk, Inc. United States"
    >>> print(with_tables([page], [words])[0])
    <BLANKLINE>
    | Name | Location |
    | Stripe, Inc. | Ireland |
    | Zendesk, Inc. | United States |
    <BLANKLINE>

Not tables, though their words line up in columns: two columns of running text
(long cells that carry a sentence on from line to line or fill their column),
which pypdf's plain text already reads column after column, and a block of
"Label: value" fields (a signature block: "Name: ..." / "Title: ..." / "Date: ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from typing import Protocol

from policywatch.extract.textcolumns import fields, long_cells, prose_column

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
_MIN_MULTI_LINES = 3
# Markdown's row under a table's header ("|---|:--:|", "| --- | --- |"): no row.
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


class Positioned(Protocol):
    """A piece of text where the page placed it (``pdflines._Word``)."""

    text: str
    x: float
    y: float
    size: float
    end: float | None


@dataclass
class _Cell:
    words: list[int]  # indexes into the page's words, in content order
    x: float
    right: float  # where it ends at the widest guess
    least_right: float  # where it ends at the narrowest


@dataclass
class _Line:
    y: float
    size: float
    cells: list[_Cell] = field(default_factory=list)


@dataclass
class _Run:
    lines: list[_Line]
    columns: list[float]  # where each column starts
    prose: bool = False  # columns of running text, no table


def with_tables(pages: list[str], words: Sequence[Sequence[Positioned]]) -> list[str]:
    """Each page's text (pypdf's plain text) with its tables written one row a line.

    ``words`` are each page's words as :class:`~policywatch.extract.pdflines.PositionCollector`
    collected them. A table split across pages is found on every page it runs on.
    """
    candidates = [_tables(page_words) for page_words in words]
    found = [
        (run.columns, _multi(run.lines)) for page in candidates for run in page if not run.prose
    ]
    out = []
    before: list[_Run] = []  # the tables of the page before
    for text, page_words, page in zip(pages, words, candidates, strict=True):
        # Few lines on this page: a table all the same when the same columns run on
        # elsewhere in the document (its part on the page before or after).
        tables = [
            run
            for run in page
            if run.prose
            or sum(n for other, n in found if _same_columns(run.columns, other)) >= _MIN_MULTI_LINES
        ]
        # A first row with an empty first cell goes on with a row of the page before only
        # where a table of the same columns ran there; else it is a header over a column
        # whose header cell is blank (row numbers).
        runs_on = [any(_same_columns(r.columns, b.columns) for b in before) for r in tables]
        out.append(_page_with_tables(text, page_words, tables, runs_on))
        before = [run for run in page if not run.prose]
    return out


def _page_with_tables(
    page_text: str, words: Sequence[Positioned], tables: list[_Run], runs_on: list[bool]
) -> str:
    """``page_text`` with each table's lines replaced by one ``| a | b |`` line a row, and
    each run of columns of prose by its columns' lines, one column after the other.

    The table's words are found in the text in content order; a table whose words
    are not one stretch of the text is left as the text had it.
    """
    if not tables:
        return page_text
    offsets: list[int] = []
    cursor = 0
    for word in words:
        at = page_text.find(word.text, cursor)
        if at < 0:
            return page_text
        offsets.append(at)
        cursor = at + len(word.text)
    out, done = [], 0
    gap = partial(_gap, page_text, offsets, words)
    for run, goes_on in zip(tables, runs_on, strict=True):
        lines, columns = run.lines, run.columns
        indexes = sorted(i for line in lines for cell in line.cells for i in cell.words)
        if indexes != list(range(indexes[0], indexes[-1] + 1)) or offsets[indexes[0]] < done:
            continue  # not one stretch of the text: leave it as it is
        rows = [] if run.prose else _rows(words, lines, columns, gap)
        if not rows and not run.prose:
            continue  # no rows to be read from it: left as the text had it
        start, last = offsets[indexes[0]], indexes[-1]
        out.append(page_text[done:start].rstrip(" "))
        # A first row with an empty first cell ends a row of the page before: text.
        ends_row = goes_on and rows and not rows[0][0]
        lead = [" ".join(c for c in rows.pop(0) if c)] if ends_row else []
        written = _column_lines(words, run, gap) if run.prose else [*lead, *map(_row_line, rows)]
        out.append("\n" + "\n".join(written) + "\n")
        done = offsets[last] + len(words[last].text)
    out.append(page_text[done:])
    return "".join(out)


def _column_lines(
    words: Sequence[Positioned], run: _Run, gap: Callable[[int, int], str]
) -> list[str]:
    """The lines of columns of prose, the first column's top to bottom, then the next's."""
    return [
        _cell_text(words, cell.words, gap)
        for n in range(len(run.columns))
        for line in run.lines
        for cell in line.cells
        if _column(cell.x, run.columns) == n
    ]


def _gap(text: str, offsets: list[int], words: Sequence[Positioned], i: int, j: int) -> str:
    """What the page text has between words ``i`` and ``j`` of one cell: a space or nothing."""
    between = text[offsets[i] + len(words[i].text) : offsets[j]] if j == i + 1 else " "
    return " " if between or words[i].y != words[j].y else ""


def table_row(line: str) -> str | None:
    """The cells of a ``| a | b |`` line as ``a | b``, empty cells kept (as HTML's and
    Markdown's rows keep them, so columns stay in place); None for any other line and
    for Markdown's separator row.

    >>> table_row("| Stripe, Inc. | Payments |"), table_row("|OVH SAS|Hosting||")
    ('Stripe, Inc. | Payments', 'OVH SAS | Hosting | ')
    >>> table_row("|---|:--|"), table_row("a | b"), table_row("| |")
    (None, None, None)
    """
    line = line.strip()
    if len(line) < 3 or line[0] != "|" or line[-1] != "|" or TABLE_SEPARATOR.match(line):
        return None
    cells = [cell.strip() for cell in line[1:-1].split("|")]
    return " | ".join(cells) if any(cells) else None


def _row_line(cells: list[str]) -> str:
    """A row as :func:`table_row` reads it back."""
    return f"| {' | '.join(cells)} |"


def _right(word: Positioned, char_width: float = _CHAR_WIDTH) -> float:
    if word.end is not None and word.end > word.x + 0.1:
        return word.end
    return word.x + len(word.text) * word.size * char_width


def _lines(words: Sequence[Positioned]) -> list[_Line]:
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
        line = _Line(y, size)
        for i in sorted(members, key=lambda i: words[i].x):
            word = words[i]
            cell = line.cells[-1] if line.cells else None
            if cell is not None and word.x - cell.right < word.size * _GUTTER:
                cell.words.append(i)
                cell.right = max(cell.right, _right(word))
                cell.least_right = max(cell.least_right, _right(word, _NARROW_CHAR))
            else:
                line.cells.append(_Cell([i], word.x, _right(word), _right(word, _NARROW_CHAR)))
        lines.append(line)
    return lines


def _column(x: float, columns: list[float]) -> int:
    """The column a cell starting at ``x`` is in (the last one starting at or before it)."""
    return max((n for n, c in enumerate(columns) if c <= x + _ALIGN), default=0)


def _fits(line: _Line, columns: list[float], accepted: list[_Line]) -> list[float] | None:
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
        n = _column(cell.x, columns)
        if n + 1 < len(columns) and cell.least_right > columns[n + 1] + _ALIGN:
            return None  # runs across the next column: prose, not a cell
    return columns


def _under_blank(line: _Line, columns: list[float], accepted: list[_Line]) -> bool:
    """A first row with a cell left of the header's: the header's first cell is blank
    (over a column of row numbers), and the row's other cells start under the header's.
    Any later line starting left of the table is text beside it, no row."""
    return len(accepted) == 1 and all(
        any(abs(c.x - x) <= _ALIGN for x in columns) for c in line.cells[1:]
    )


def _cut_at_columns(words: Sequence[Positioned], line: _Line, columns: list[float]) -> _Line | None:
    """A row whose cell ran into the next one (a name filling its column leaves less
    than a gutter before the purpose), cut where a word starts a column of the table;
    None when no word does or a cell would start outside the columns."""
    cells: list[_Cell] = []
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
            cells.append(_Cell(part, words[part[0]].x, right, narrow))
    aligned = all(any(abs(c.x - x) <= _ALIGN for x in columns) for c in cells)
    return _Line(line.y, line.size, cells) if aligned and len(cells) > len(line.cells) else None


def _then_fits(lines: list[_Line], at: int, columns: list[float], run: list[_Line]) -> bool:
    """The table goes on after a row that had to be cut: the next line fits its columns
    and is a row of two cells or more, or a cell of a later column (a purpose wrapped,
    a place set lower). A line of prose, whose words may start anywhere, is followed by
    prose, or by a paragraph's short last line in the first column."""
    if at >= len(lines) or _fits(lines[at], columns, run) is None:
        return False
    cells = lines[at].cells
    return len(cells) >= 2 or _column(cells[0].x, columns) > 0


def _multi(run: list[_Line]) -> int:
    """How many of a run's lines have two cells or more."""
    return sum(len(line.cells) >= 2 for line in run)


def _tables(words: Sequence[Positioned]) -> list[_Run]:
    """Runs of lines whose cells share column starts (any length): tables, and columns of
    prose (:func:`_running_text`)."""
    lines = _lines(words)
    tables: list[_Run] = []
    n = 0
    while n < len(lines):
        if len(lines[n].cells) < 2:
            n += 1
            continue
        run, columns = [lines[n]], [c.x for c in lines[n].cells]
        # Above: the lines of a cell set higher than the row's others (centred rows).
        while n - len(run) >= 0 and (above := lines[n - len(run)]) is not run[0]:
            if len(above.cells) != 1 or _column(above.cells[0].x, columns) == 0:
                break
            if above.y - run[0].y > above.size * _MAX_GAP or _fits(above, columns, run) is None:
                break
            run.insert(0, above)
        end = n + 1
        while end < len(lines) and run[-1].y - lines[end].y <= lines[end].size * _MAX_GAP:
            fitted = _fits(lines[end], columns, run)
            cut = None if fitted is not None else _cut_at_columns(words, lines[end], columns)
            if cut is not None and _then_fits(lines, end + 1, columns, [*run, cut]):
                lines[end] = cut
                fitted = _fits(cut, columns, run)
            if fitted is None:
                break
            run.append(lines[end])
            columns = fitted
            end += 1
        if _running_text(words, run, columns):
            # Columns of prose: the first column's lines below the others' end are its own.
            tables.append(_Run(run, columns, prose=True))
            n = end
            continue
        # A line of the first column alone after the table is a heading or a note.
        while len(run) > 1 and len(run[-1].cells) == 1 and not _column(run[-1].cells[0].x, columns):
            run.pop()
            end -= 1
        if _fields(words, run, columns):
            n = end  # none of its lines starts a table either
        elif len(columns) >= 2 and not _list_markers(words, run, columns):
            tables.append(_Run(run, columns))
            n = end
        else:
            n += 1
    return tables


def _running_text(words: Sequence[Positioned], lines: list[_Line], columns: list[float]) -> bool:
    """Every column holds lines of prose (two or more): columns of text. A column of one
    cell beside prose (a term, a clause number beside its wrapped text) is no column of text."""
    by_column: dict[int, list[tuple[int, _Cell]]] = {}
    for k, line in enumerate(lines):
        for cell in line.cells:
            by_column.setdefault(_column(cell.x, columns), []).append((k, cell))
    judged = list(by_column.values())
    return (
        len(judged) >= 2
        and all(len(cells) >= 2 for cells in judged)
        and all(
            prose_column([(k, _plain(words, c), c.x, c.right) for k, c in cells])
            for cells in judged
        )
    )


def _fields(words: Sequence[Positioned], lines: list[_Line], columns: list[float]) -> bool:
    """Most first cells under the first line are "Label: value" fields or labels: a block
    of fields set side by side (a signature block: "Name: ...", "Date: ..."), no table."""
    first = [
        _plain(words, c) for line in lines[1:] for c in line.cells if not _column(c.x, columns)
    ]
    return fields(first)


def _plain(words: Sequence[Positioned], cell: _Cell) -> str:
    return " ".join(words[i].text.strip() for i in cell.words)


def _same_columns(columns: list[float], earlier: list[float]) -> bool:
    """Every column starts where one of an earlier table's did."""
    return all(any(abs(x - e) <= _ALIGN for e in earlier) for x in columns)


def _rows(
    words: Sequence[Positioned],
    lines: list[_Line],
    columns: list[float],
    gap: Callable[[int, int], str],
) -> list[list[str]]:
    """The table's rows: a new row where the content goes back to an earlier column
    (or, for a table written column by column, where a line has a first cell).

    ``gap(i, j)`` is what separates words ``i`` and ``j`` of one cell (a space or nothing).
    """
    column_of = {
        i: _column(cell.x, columns) for line in lines for cell in line.cells for i in cell.words
    }
    rows: list[list[list[int]]] = []
    previous = len(columns)
    for i in sorted(column_of):
        n = column_of[i]
        if n < previous and (n == 0 or not rows or rows[-1][n]):
            rows.append([[] for _ in columns])
        rows[-1][n].append(i)
        previous = n
    # A row with nothing in its first column continues the one above (a wrapped cell).
    merged: list[list[list[int]]] = []
    for row in rows:
        if merged and not row[0]:
            for n, cell in enumerate(row):
                merged[-1][n].extend(cell)
        else:
            merged.append(row)
    anchored = [line for line in lines if any(not _column(c.x, columns) for c in line.cells)]
    if len(merged) * 2 < len(anchored):
        # Written column by column: rows by position, each line with a first cell opening one;
        # only beside short first cells (names), never for lines of prose: no table then.
        first = [
            _plain(words, c) for line in anchored for c in line.cells if not _column(c.x, columns)
        ]
        if long_cells(first):
            return []
        merged = []
        for line in lines:
            if not merged or not all(_column(c.x, columns) for c in line.cells):
                merged.append([[] for _ in columns])
            for c in line.cells:
                merged[-1][_column(c.x, columns)].extend(c.words)
    return [[_cell_text(words, cell, gap) for cell in row] for row in merged]


def _cell_text(words: Sequence[Positioned], cell: list[int], gap: Callable[[int, int], str]) -> str:
    text = words[cell[0]].text.strip() if cell else ""
    for i, j in pairwise(cell):
        text += gap(i, j) + words[j].text.strip()
    return text


def _list_markers(words: Sequence[Positioned], lines: list[_Line], columns: list[float]) -> bool:
    """Most first cells are list markers ('•', '1.', 'a)'): a list hung left, no table."""
    first = [
        "".join(words[i].text for i in cell.words).strip()
        for line in lines
        for cell in line.cells
        if _column(cell.x, columns) == 0
    ]
    if len(columns) > 2 and row_numbers(first):
        return False  # numbers beside two columns or more: the table's row numbers
    return sum(bool(_LIST_MARKER.match(text)) for text in first) * 2 >= len(first)


_ROW_NUMBER = re.compile(r"^(\d{1,4})\.?$")


def row_numbers(cells: Sequence[str]) -> bool:
    """A column of consecutive integers ("1", "2", "3" ...) under its header (repeated
    where the table goes on to another page): a table's row numbers, no list markers.

    >>> row_numbers(["No.", "1", "2", "No.", "3"]), row_numbers(["1", "2", "4"])
    (True, False)
    """
    numbers = [m.group(1) for c in cells if (m := _ROW_NUMBER.match(c.strip()))]
    others = {c.strip() for c in cells if not _ROW_NUMBER.match(c.strip())}
    return (
        len(numbers) >= 2
        and len(others) <= 1
        and all(int(b) == int(a) + 1 for a, b in pairwise(numbers))
    )

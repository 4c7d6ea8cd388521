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

Finding the lines, cells and runs of columns is :mod:`.pdfgrid`; the row format
(``| a | b |``, read back by :func:`table_row`) is :mod:`.tablerows`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise

from policywatch.extract.pdfgrid import (
    MIN_MULTI_LINES,
    Line,
    Positioned,
    Run,
    column_index,
    find_tables,
    multi_cell_lines,
    plain_text,
    same_columns,
)
from policywatch.extract.tablerows import TABLE_SEPARATOR, row_line, row_numbers, table_row
from policywatch.extract.textcolumns import long_cells

# The row format's names, read by the text readers from here as before.
__all__ = ["TABLE_SEPARATOR", "row_numbers", "table_row", "with_tables"]


def with_tables(pages: list[str], words: Sequence[Sequence[Positioned]]) -> list[str]:
    """Each page's text (pypdf's plain text) with its tables written one row a line.

    ``words`` are each page's words as :class:`~policywatch.extract.pdflines.PositionCollector`
    collected them. A table split across pages is found on every page it runs on.
    """
    candidates = [find_tables(page_words) for page_words in words]
    found = [
        (run.columns, multi_cell_lines(run.lines))
        for page in candidates
        for run in page
        if not run.prose
    ]
    out = []
    before: list[Run] = []  # the tables of the page before
    for text, page_words, page in zip(pages, words, candidates, strict=True):
        # Few lines on this page: a table all the same when the same columns run on
        # elsewhere in the document (its part on the page before or after).
        tables = [
            run
            for run in page
            if run.prose
            or sum(n for other, n in found if same_columns(run.columns, other)) >= MIN_MULTI_LINES
        ]
        # A first row with an empty first cell goes on with a row of the page before only
        # where a table of the same columns ran there; else it is a header over a column
        # whose header cell is blank (row numbers).
        runs_on = [any(same_columns(r.columns, b.columns) for b in before) for r in tables]
        out.append(_page_with_tables(text, page_words, tables, runs_on))
        before = [run for run in page if not run.prose]
    return out


def _page_with_tables(
    page_text: str, words: Sequence[Positioned], tables: list[Run], runs_on: list[bool]
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
        written = _column_lines(words, run, gap) if run.prose else [*lead, *map(row_line, rows)]
        out.append("\n" + "\n".join(written) + "\n")
        done = offsets[last] + len(words[last].text)
    out.append(page_text[done:])
    return "".join(out)


def _column_lines(
    words: Sequence[Positioned], run: Run, gap: Callable[[int, int], str]
) -> list[str]:
    """The lines of columns of prose, the first column's top to bottom, then the next's."""
    return [
        _cell_text(words, cell.words, gap)
        for n in range(len(run.columns))
        for line in run.lines
        for cell in line.cells
        if column_index(cell.x, run.columns) == n
    ]


def _gap(text: str, offsets: list[int], words: Sequence[Positioned], i: int, j: int) -> str:
    """What the page text has between words ``i`` and ``j`` of one cell: a space or nothing."""
    between = text[offsets[i] + len(words[i].text) : offsets[j]] if j == i + 1 else " "
    return " " if between or words[i].y != words[j].y else ""


def _rows(
    words: Sequence[Positioned],
    lines: list[Line],
    columns: list[float],
    gap: Callable[[int, int], str],
) -> list[list[str]]:
    """The table's rows: a new row where the content goes back to an earlier column
    (or, for a table written column by column, where a line has a first cell).

    ``gap(i, j)`` is what separates words ``i`` and ``j`` of one cell (a space or nothing).
    """
    column_of = {
        i: column_index(cell.x, columns)
        for line in lines
        for cell in line.cells
        for i in cell.words
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
    anchored = [line for line in lines if any(not column_index(c.x, columns) for c in line.cells)]
    if len(merged) * 2 < len(anchored):
        # Written column by column: rows by position, each line with a first cell opening one;
        # only beside short first cells (names), never for lines of prose: no table then.
        first = [
            plain_text(words, c)
            for line in anchored
            for c in line.cells
            if not column_index(c.x, columns)
        ]
        if long_cells(first):
            return []
        merged = []
        for line in lines:
            if not merged or not all(column_index(c.x, columns) for c in line.cells):
                merged.append([[] for _ in columns])
            for c in line.cells:
                merged[-1][column_index(c.x, columns)].extend(c.words)
    return [[_cell_text(words, cell, gap) for cell in row] for row in merged]


def _cell_text(words: Sequence[Positioned], cell: list[int], gap: Callable[[int, int], str]) -> str:
    text = words[cell[0]].text.strip() if cell else ""
    for i, j in pairwise(cell):
        text += gap(i, j) + words[j].text.strip()
    return text

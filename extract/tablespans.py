"""An HTML table's rows as a reader sees them: spanned cells carried into the rows they cover.

A cell with ``rowspan="3"`` ("Hosting" beside three providers) is written once in
the source but read in each of the three rows; a row that left it out would put
its next cell under the wrong header (a location read as a purpose). A cell with
``colspan="2"`` fills two columns: its text in the first, the others empty, so the
cells after it stay under their headers.

    >>> from lxml import html
    >>> table = html.fromstring(
    ...     "<table><tr><td>AWS</td><td rowspan='2'>Hosting</td><td>US</td></tr>"
    ...     "<tr><td>OVH</td><td>France</td></tr><tr><td colspan='3'>Note</td></tr></table>")
    >>> rows = table.findall("tr")
    >>> spanned = spanned_rows(rows, lambda cell: cell.text_content())
    >>> [spanned[row] for row in rows]
    [['AWS', 'Hosting', 'US'], ['OVH', 'Hosting', 'France'], ['Note', '', '']]
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

# No real table is wider: a page's colspan="1000" must not write a thousand cells a row.
MAX_COLUMNS = 100


def spanned_rows(
    rows: list[etree._Element], cell_text: Callable[[etree._Element], str]
) -> dict[etree._Element, list[str]]:
    """Each of a table's rows (``<tr>`` elements, in order) as its cells' texts, spans
    resolved (see the module docstring); ``cell_text`` reads one ``<td>``/``<th>``."""
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)
    out: dict[etree._Element, list[str]] = {}
    for n, row in enumerate(rows):
        cells: list[str] = []
        for cell in row:
            if not isinstance(cell.tag, str):
                continue
            _carry_over(cells, carried)
            text = cell_text(cell)
            down = min(_span(cell.get("rowspan"), default=len(rows) - n), len(rows) - n)
            across = min(_span(cell.get("colspan"), default=1), MAX_COLUMNS - len(cells))
            for k in range(max(across, 1)):
                if down > 1:
                    carried[len(cells)] = (text if k == 0 else "", down - 1)
                cells.append(text if k == 0 else "")
        _carry_over(cells, carried)
        out[row] = cells
    return out


def _carry_over(cells: list[str], carried: dict[int, tuple[str, int]]) -> None:
    """Add to ``cells`` the cells of rows above that span down into this row at its end."""
    while len(cells) in carried and len(cells) < MAX_COLUMNS:
        text, left = carried.pop(len(cells))
        if left > 1:
            carried[len(cells)] = (text, left - 1)
        cells.append(text)


def _span(value: str | None, default: int) -> int:
    """A span attribute's count; ``rowspan="0"`` (to the table's end) is ``default``."""
    value = (value or "1").strip()
    if not value.isdigit():
        return 1
    return int(value) or default

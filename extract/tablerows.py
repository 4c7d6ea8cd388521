"""A table's row as extraction writes it in a document's text: ``| a | b |``, one a line.

HTML's, Markdown's, CSV's and PDF's tables all come out in this form, and
:mod:`.textblocks` reads it back as table rows (the diff's entry lists read
their cells: ``diffing/entry_rows.py``).

    >>> row_line(["Stripe, Inc.", "Payments"]), table_row("| Stripe, Inc. | Payments |")
    ('| Stripe, Inc. | Payments |', 'Stripe, Inc. | Payments')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# Markdown's row under a table's header ("|---|:--:|", "| --- | --- |"): no row.
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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


def row_line(cells: list[str]) -> str:
    """A row as :func:`table_row` reads it back."""
    return f"| {' | '.join(cells)} |"


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

"""What lines up in columns but is no table: columns of prose, blocks of "Label: value" fields.

:mod:`policywatch.extract.pdftables` finds runs of lines whose cells start at the
same x positions; two columns of running text and a signature block do too. These
judge a run's cells by their text and extent.

    >>> prose_column([(0, "We keep the personal data you give us only", 30, 280),
    ...               (1, "as long as the service needs it, and we", 30, 275),
    ...               (2, "never sell it to anyone.", 30, 150)])
    True
    >>> prose_column([(0, "Stripe, Inc.", 30, 90), (1, "Zendesk, Inc.", 30, 95)])
    False
    >>> fields(["Name: John Roe", "Title: CEO", "Date: 12 May 2025"]), fields(["Stripe, Inc."])
    (True, False)
"""

from __future__ import annotations

import re
import statistics
from itertools import pairwise

# A column is prose when its cells are lines of prose (at least LONG_CELL words, the
# median) and either carry a sentence on (no end stop, the next line goes on in lower
# case: _CARRIED of its lines) or fill the column's width (end at most _FILL_SLACK of
# the column's width short of its right edge: _FILLED of its lines).
LONG_CELL = 6
_CARRIED = 0.25
_FILLED = 0.6
_FILL_SLACK = 0.15
_END_STOP = (".", "!", "?", ":", ";")
_CLOSERS = ')]”’"»'
# A field's label: a word or a few, then a colon ("Name:", "Full name:", "Nom :").
_LABEL = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s?:(?:\s|$)")


def prose_column(cells: list[tuple[int, str, float, float]]) -> bool:
    """Whether a column's cells, ``(line number, text, left, right)`` top to bottom, are
    lines of running text (no table's cells)."""
    texts = [text for _, text, _, _ in cells]
    if not long_cells(texts):
        return False
    carried = sum(
        below[0] == above[0] + 1
        and not above[1].rstrip(_CLOSERS).endswith(_END_STOP)
        and below[1][:1].islower()
        for above, below in pairwise(cells)
    )
    edge, start = max(c[3] for c in cells), min(c[2] for c in cells)
    filled = sum(c[3] >= edge - (edge - start) * _FILL_SLACK for c in cells)
    return carried >= _CARRIED * len(cells) or filled >= _FILLED * len(cells)


def long_cells(texts: list[str]) -> bool:
    """Cells as long as a line of prose (the median)."""
    return bool(texts) and statistics.median(len(t.split()) for t in texts) >= LONG_CELL


def fields(texts: list[str]) -> bool:
    """Most of a column's cells are "Label: value" fields or labels ("Name:", "Date: ...")."""
    return bool(texts) and sum(bool(_LABEL.match(t)) for t in texts) * 2 >= len(texts)

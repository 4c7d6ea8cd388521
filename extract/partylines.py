"""Lists of parties that PDF or plain text writes one name a line, its details under it.

    >>> lines = ["We use these sub-processors.", "Stripe, Inc.", "Payments (Ireland)",
    ...          "Zendesk, Inc.", "Customer support (United States)", "Your rights"]
    >>> name_detail_items(lines)
    {1: 2, 2: 3, 3: 4, 4: 5}

A sub-processor list set as a name in bold on one line and what it does (and
where) on the line below has no markup left once the PDF is text: read line by
line, the purpose lines ("Payments (Ireland)") look like title-case headings
and the first name runs on from the sentence before it. A run of at least
:data:`MIN_NAMES` names, each a line that is only a company's name with its
legal form (:data:`~policywatch.core.lexicon.legal_forms.NAME_WITH_FORM`) and
each followed by one short line that is no such name (two, when the next name
follows them: a wrapped purpose), is a list: every name and every detail is an
item of its own, as a ``<dl>``'s terms and definitions are in HTML. A single
name over an address, a definitions list (terms without a legal form), a
heading over its paragraph do not make one.
"""

from __future__ import annotations

from policywatch.core.lexicon.legal_forms import NAME_WITH_FORM

# A list of parties has at least this many names.
MIN_NAMES = 2
# A detail line is short: what a party does and where, not a paragraph's line.
MAX_DETAIL_CHARS = 100
MAX_DETAIL_WORDS = 15


def name_detail_items(lines: list[str]) -> dict[int, int]:
    """The items of every name-over-detail run in ``lines``: first line -> line after it."""
    items: dict[int, int] = {}
    start = 0
    while start < len(lines):
        run = _run(lines, start)
        if len(run) >= 2 * MIN_NAMES:
            items.update(run)
            start = max(run.values())
        else:
            start += 1
    return items


def _run(lines: list[str], start: int) -> dict[int, int]:
    """The name and detail items of a run starting at ``start`` (may be too short)."""
    items: dict[int, int] = {}
    at = start
    while at + 1 < len(lines) and _name(lines[at]) and _detail(lines[at + 1]):
        two = at + 3 < len(lines) and _detail(lines[at + 2]) and _name(lines[at + 3])
        end = at + 3 if two else at + 2
        items[at], items[at + 1] = at + 1, end
        at = end
    return items


def _name(line: str) -> bool:
    return NAME_WITH_FORM.match(line) is not None


def _detail(line: str) -> bool:
    return (
        bool(line)
        and not _name(line)
        and len(line) <= MAX_DETAIL_CHARS
        and len(line.split()) <= MAX_DETAIL_WORDS
        and sum(c.isalpha() for c in line) >= 3
        and not line.startswith("|")  # a table's row
    )

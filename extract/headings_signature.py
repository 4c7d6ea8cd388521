"""Signature and address lines: short lines that name a company or a place, and head nothing.

A page without heading markup (plain text, Markdown without ``#``) often
ends with who wrote it: "Acme Ltd" / "1 Main Street" / "London", each alone on
its line after the last paragraph, or an address block under "Contact us".
Read by shape alone they look like title-case headings. A line that is only a
company's name with its legal form
(:data:`~policywatch.core.lexicon.legal_forms.NAME_WITH_FORM`) or an address
line (a house number or postcode beside a few words), with no paragraph of
its own under it (the page ends, or another short line follows), is text.
A heading that names a company over its paragraph ("Acme Ltd and its
affiliates" / "We ...") is not touched, and neither is a company line above
all the text: a signature follows what it signs, and a line before the first
paragraph is a letterhead or a page's running header ("Acme SA" over the
title of a one-page PDF), which stays the banner it was.

    >>> from policywatch.extract.blocks import Block
    >>> blocks = [Block("para", "We never sell your data to anyone, and we keep it safe."),
    ...           Block("para", "Acme GmbH"), Block("heading", "Hauptstraße 1", 8),
    ...           Block("para", "10115 Berlin")]
    >>> [signature_line(blocks, i) for i in range(4)]
    [False, True, True, True]
    >>> over_text = [Block("para", "Acme Ltd"), Block("para", blocks[0].text)]
    >>> signature_line(over_text, 0)
    False
    >>> letterhead = [Block("heading", "Acme SA", 8), Block("heading", "Sub-processors", 8),
    ...               blocks[0]]
    >>> signature_line(letterhead, 0)
    False
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.legal_forms import NAME_WITH_FORM
from policywatch.extract.blocks import Block
from policywatch.extract.numbering import number_of

# A line of a signature or address block is short; a longer line is a paragraph's.
MAX_LINE = 60
# An address line: a house number or a postcode (digits, maybe one letter: "12b")
# before or after one to five words, no sentence punctuation: "1 Main Street",
# "Storgata 1", "Hauptstraße 1", "1 rue de la Paix", "75002 Paris", "0155 Oslo".
_NUMBER = r"\d{1,5}[^\W\d_]?"
_WORDS = r"[^\W\d_][^\W\d_'’.-]*(?:[ '’-]+[^\W\d_][^\W\d_'’.-]*){0,4}"
_ADDRESS = re.compile(rf"(?:{_NUMBER},?\s+{_WORDS}|{_WORDS},?\s+{_NUMBER})")


def is_address_line(text: str) -> bool:
    """A line of an address: ``1 Main Street``, ``75002 Paris`` (not ``Article 5``, ``Annex 2``).

    >>> [is_address_line(t) for t in ("Storgata 1", "1 rue de la Paix", "Article 5")]
    [True, True, False]
    """
    text = text.strip()
    if _ADDRESS.fullmatch(text) is None:
        return False
    # Words before a number are a street ("Storgata 1") unless they label a clause.
    return text[:1].isdigit() or number_of(text) is None


def signature_lines(blocks: list[Block]) -> list[bool]:
    """Per block: is it a company or address line with no paragraph of its own under it?

    The lines of one block follow each other ("Acme SAS" / "1 rue de la Paix" /
    "75002 Paris"): a numbered line under it is another of its lines only when
    one of them ends the page or stands over a short unnumbered line; a numbered
    outline's entries ("1 Scope" / "2 Sharing" / ...) end over a paragraph.
    A line with no paragraph above it signs nothing (a letterhead, a running header).

    One pass each way, each block's shape read once: the cost grows with the
    page's length, not its square (a page of thousands of short lines).
    """
    shaped = [_signature_shaped(block) for block in blocks]
    another = [_another_line(block) for block in blocks]
    # ends_block[j]: j and the signature-shaped lines under it reach the page's
    # end or a short unnumbered line (read from the bottom up).
    ends_block = [False] * len(blocks)
    for j in range(len(blocks) - 1, -1, -1):
        last = j + 1 == len(blocks)
        ends_block[j] = shaped[j] and (last or another[j + 1] or ends_block[j + 1])
    lines, text_above = [], False
    for j, block in enumerate(blocks):
        lines.append(text_above and ends_block[j])
        text_above = text_above or _body_text(block, shaped[j], another[j])
    return lines


def signature_line(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` alone is a signature line (see :func:`signature_lines`).

    Reads the whole page: for several lines of one page, call :func:`signature_lines` once.
    """
    return signature_lines(blocks)[i]


def _signature_shaped(block: Block) -> bool:
    text = block.text.strip()
    return len(text) <= MAX_LINE and bool(NAME_WITH_FORM.match(text) or is_address_line(text))


def _body_text(block: Block, shaped: bool, another: bool) -> bool:
    """A paragraph, list item or table row of the text, not a short line of a block.

    ``shaped`` / ``another``: the block's :func:`_signature_shaped` / :func:`_another_line`.
    """
    return block.kind in ("para", "item", "row") and not (another or shaped)


def _another_line(block: Block) -> bool:
    """A short unnumbered line (a place, a postcode), not a paragraph or a subsection."""
    text = block.text.strip()
    return (
        block.kind in ("para", "heading")
        and len(text) <= MAX_LINE
        and text[-1:] not in (".", "!", "?", ":")
        and number_of(text) is None
    )

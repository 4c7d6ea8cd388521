"""The intermediate form every reader produces: a flat list of text blocks.

HTML, Markdown, PDF and plain text readers all turn their input into
:class:`Block` objects; :mod:`outline` then decides which blocks are headings
and at what depth, and renders the normalised text and the sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Ranks of heading candidates: 1-6 are markup heading levels (h1-h6, ATX,
# setext); BOLD is a paragraph that is entirely bold; GUESS is a line that a
# plain-text/PDF reader guessed to be a heading from its shape alone; PLAIN is
# a short paragraph of a page that marks up almost no headings (CSS-styled
# ones come out as plain paragraphs), read as a candidate by the outline.
BOLD = 7
GUESS = 8
PLAIN = 9


@dataclass
class Block:
    """One paragraph, list item, table row or heading candidate.

    ``kind`` is ``"para"``, ``"item"`` (list item), ``"row"`` (table row) or
    ``"heading"``; ``rank`` orders heading candidates (see module constants).
    """

    kind: str
    text: str
    rank: int = 0
    single_line: bool = False  # a paragraph that was one source line (heading-shaped?)
    # Typography where the format says it (PDF fonts): set in a bold font, and
    # the font size over the body text's.
    font_bold: bool = False
    font_scale: float = 1.0
    list_number: int | None = None  # an ordered list item's number as written (Markdown)
    # An entry of a list of dated links (posts, news, events): its date is another page's.
    other_page: bool = False

    @property
    def is_candidate(self) -> bool:
        return self.kind == "heading" or self.rank == BOLD


# Italics also mark notes, quotations and lead-ins ("Note:", "For example: ..."),
# so an italic paragraph is set apart like a bold one only when it reads as a
# heading: a phrase of at most _MAX_ITALIC_HEADING characters that ends
# without a full stop, colon, comma or semicolon (a question mark may end it).
_MAX_ITALIC_HEADING = 100
_SENTENCE_END = re.compile(r"[.:;,!…]\W*$")


def italic_heading_shaped(text: str) -> bool:
    """An all-italic paragraph that may head a section (HTML ``<em>``, Markdown ``*...*``).

    >>> italic_heading_shaped("Data we collect"), italic_heading_shaped("Note: see above.")
    (True, False)
    """
    text = text.strip()
    return 0 < len(text) <= _MAX_ITALIC_HEADING and _SENTENCE_END.search(text) is None
